import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Division } from '../tree';

/** A person: resident, official, worker, volunteer. */
@ObjectType({
  implements: BaseEntity,
  description: 'A person. 人员',
})
@Entity({ tableName: 'person' })
export class Person extends BaseEntity {
  @Field({ description: 'Full name. 姓名' })
  @Property({ length: 60 })
  name!: string;

  /** Mobile phone; read through the masking field resolver. */
  @Property({ length: 20, nullable: true })
  phone?: string | null;

  /** National ID number (居民身份证号码); read through the masking field resolver. */
  @Property({ length: 18, nullable: true })
  idNumber?: string | null;

  /** The node the person lives at (a building, usually). */
  @ManyToOne({ entity: 'Division', nullable: true, index: true })
  home?: Rel<Division> | null;

  /** Denormalised path of `home`, so permission checks need no join. */
  @Property({ length: 140, nullable: true, index: true })
  homePath?: string | null;
}
