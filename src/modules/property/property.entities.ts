import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Division } from '../tree';

/** A property company's standing for red property (红色物业): whether it has its own party organisation. */
@Entity({ tableName: 'property_company_profile' })
export class PropertyCompanyProfile extends BaseEntity {
  @ManyToOne({ entity: 'Organisation', unique: true })
  organisation!: Rel<Organisation>;

  @Property()
  hasPartyOrganisation!: boolean;
}

/** A residential compound (小区) of a community, its property company and owners' committee. */
@ObjectType({ implements: BaseEntity, description: 'A residential compound of a community. 小区' })
@Entity({ tableName: 'compound' })
export class Compound extends BaseEntity {
  @ManyToOne({ entity: 'Division', index: true })
  community!: Rel<Division>;

  @Property({ length: 140, index: true })
  communityPath!: string;

  @Field({ description: 'Name. 名称' })
  @Property({ length: 120 })
  name!: string;

  @ManyToOne({ entity: 'Organisation', nullable: true, index: true })
  propertyCompany?: Rel<Organisation> | null;

  @ManyToOne({ entity: 'Organisation', nullable: true })
  ownersCommittee?: Rel<Organisation> | null;
}
