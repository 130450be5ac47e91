import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../auth/roles';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Person } from '../people';
import type { Division } from '../tree';

/** A person holds a role at a tree node or in an organisation, for a term. */
@ObjectType({
  implements: BaseEntity,
  description: 'A role held at a tree node or in an organisation, for a term. 任职',
})
@Entity({ tableName: 'role_assignment' })
@Index({ properties: ['scopePath'] })
export class RoleAssignment extends BaseEntity {
  @ManyToOne({ entity: 'Person', index: true })
  person!: Rel<Person>;

  @Field(() => Role, { description: 'The role. 角色' })
  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne({ entity: 'Division', nullable: true, index: true })
  division?: Rel<Division> | null;

  @ManyToOne({ entity: 'Organisation', nullable: true, index: true })
  organisation?: Rel<Organisation> | null;

  /** Path of the node the role reaches (the organisation's node for organisational roles). */
  @Property({ length: 140 })
  scopePath!: string;

  @Field(() => String, { description: 'First day of the term (YYYY-MM-DD). 任期开始' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day of the term, if set (YYYY-MM-DD). 任期结束' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;
}
