import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Person } from '../people';
import type { Division } from '../tree';
import { OrganisationKind, OrganisationStatus } from './organisation.enums';

/** An organisation placed at a tree node; partners join by applying. */
@ObjectType({
  implements: BaseEntity,
  description: 'An organisation placed at a tree node. 机构',
})
@Entity({ tableName: 'organisation' })
export class Organisation extends BaseEntity {
  @Field({ description: 'Name. 名称' })
  @Property({ length: 120 })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Kind. 类型' })
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @Field(() => OrganisationStatus, { description: 'Standing on the platform. 状态' })
  @Enum({ items: () => OrganisationStatus, default: OrganisationStatus.ACTIVE })
  status: OrganisationStatus = OrganisationStatus.ACTIVE;

  @ManyToOne({ entity: 'Division', index: true })
  division!: Rel<Division>;

  /** Denormalised path of `division`. */
  @Property({ length: 140, index: true })
  divisionPath!: string;

  @Field(() => String, { nullable: true, description: 'Contact person. 联系人' })
  @Property({ length: 60, nullable: true })
  contactName?: string | null;

  /** Contact phone; read through the masking field resolver. */
  @Property({ length: 20, nullable: true })
  contactPhone?: string | null;

  @ManyToOne({ entity: 'Person', nullable: true })
  appliedBy?: Rel<Person> | null;

  @ManyToOne({ entity: 'Person', nullable: true })
  decidedBy?: Rel<Person> | null;

  @Field(() => Date, { nullable: true, description: 'When the application was decided. 审核时间' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Reason given with the decision. 审核意见' })
  @Property({ length: 500, nullable: true })
  decisionReason?: string | null;
}
