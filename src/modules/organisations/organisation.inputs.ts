import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../shared/pagination';
import { OrganisationKind, OrganisationStatus } from './organisation.enums';

/** An organisation's application to join the platform. */
@InputType({ description: 'An application to join as a partner organisation. 入驻申请' })
export class ApplyToJoinInput {
  @Field({ description: 'Name, 2–120 characters. 名称' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Kind. 类型' })
  kind!: OrganisationKind;

  @Field({ description: 'Code of the node where it works. 所在节点代码' })
  divisionCode!: string;

  @Field({ description: 'Contact person. 联系人' })
  contactName!: string;

  @Field({ description: 'Contact mobile phone (11 digits). 联系电话' })
  contactPhone!: string;
}

/** The decision on an application. */
@InputType({ description: 'A decision on an application. 入驻审核' })
export class DecideApplicationInput {
  @Field(() => ID, { description: 'The applying organisation. 申请机构' })
  organisationId!: string;

  @Field({ description: 'Approve (true) or decline (false). 是否批准' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Reason (required when declining). 审核意见' })
  reason?: string | null;
}

/** Changes to an organisation's profile. */
@InputType({ description: "Changes to an organisation's profile. 机构信息修改" })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation. 机构' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name. 名称' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact person. 联系人' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'New contact phone. 联系电话' })
  contactPhone?: string | null;
}

/** Filters of the organisation list. */
@ArgsType()
export class OrganisationSearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only beneath this node (code). 上级节点' })
  under?: string | null;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Only these kinds. 类型' })
  kinds?: OrganisationKind[] | null;

  @Field(() => OrganisationStatus, {
    nullable: true,
    defaultValue: OrganisationStatus.ACTIVE,
    description: 'Standing (default ACTIVE). 状态',
  })
  status?: OrganisationStatus | null;
}
