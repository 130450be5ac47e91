import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../auth/roles';

/** A new role assignment. */
@InputType({ description: 'Give a person a role at a node or in an organisation, for a term. 任命' })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The person. 人员' })
  personId!: string;

  @Field(() => Role, { description: 'The role. 角色' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The node (code), for roles held at a node. 节点代码' })
  divisionCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation, for ORG_ADMIN and ORG_MEMBER; for an ANALYST (with divisionCode), the organisation they work for, where their saved queries are shared. 机构',
  })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD); today if omitted. 任期开始' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); open-ended if omitted. 任期结束' })
  endsOn?: string | null;
}

/** Ending a role assignment. */
@InputType({ description: 'End a role assignment. 免职' })
export class EndRoleInput {
  @Field(() => ID, { description: 'The assignment. 任职' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (YYYY-MM-DD); yesterday if omitted, so it ends at once. 任期结束',
  })
  endsOn?: string | null;
}
