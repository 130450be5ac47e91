import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../shared/pagination';
import { DivisionKind } from './division.enums';

/** Filters of a subtree search. */
@ArgsType()
export class DivisionSearchArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Search only beneath this node (code); the whole tree if omitted. 上级节点',
  })
  under?: string | null;

  @Field(() => String, { nullable: true, description: 'Only direct children of this node (code). 直接上级' })
  parent?: string | null;

  @Field(() => [DivisionKind], { nullable: true, description: 'Only these kinds. 层级' })
  kinds?: DivisionKind[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text. 名称包含' })
  nameContains?: string | null;
}

/** Changes to a tree node. */
@InputType({ description: 'Changes to a tree node. 节点修改' })
export class UpdateDivisionInput {
  @Field({ description: 'Code of the node to change. 代码' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'New name, 1–100 characters. 名称' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "Household head (a person's id), for buildings. 户长" })
  householdHeadId?: string | null;
}
