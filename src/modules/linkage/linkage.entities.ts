import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Person } from '../people';
import type { Division } from '../tree';

/** Where a social organisation is registered. */
export enum RegistrationLevel {
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
  STREET_FILED = 'STREET_FILED',
}
registerEnumType(RegistrationLevel, {
  name: 'RegistrationLevel',
  description: 'Registration level of a social organisation. 登记层级',
  valuesConfig: {
    MUNICIPAL: { description: 'Registered with the city. 市级登记' },
    COUNTY: { description: 'Registered with the district or county. 县级登记' },
    STREET_FILED: { description: 'Filed with the street (community organisations). 街道备案' },
  },
});

/** What a social organisation does. */
export enum SocialOrganisationCategory {
  COMMUNITY_SERVICE = 'COMMUNITY_SERVICE',
  CHARITY = 'CHARITY',
  CULTURE_SPORTS = 'CULTURE_SPORTS',
  MEDIATION = 'MEDIATION',
  ELDERLY_CARE = 'ELDERLY_CARE',
}
registerEnumType(SocialOrganisationCategory, {
  name: 'SocialOrganisationCategory',
  description: 'Kind of social organisation. 社会组织类别',
  valuesConfig: {
    COMMUNITY_SERVICE: { description: 'Community services. 社区服务类' },
    CHARITY: { description: 'Charity. 公益慈善类' },
    CULTURE_SPORTS: { description: 'Culture and sports. 文体娱乐类' },
    MEDIATION: { description: 'Mediation. 专业调处类' },
    ELDERLY_CARE: { description: 'Elderly care. 养老服务类' },
  },
});

/** A social worker's licence level. */
export enum LicenceLevel {
  ASSISTANT = 'ASSISTANT',
  INTERMEDIATE = 'INTERMEDIATE',
  SENIOR = 'SENIOR',
}
registerEnumType(LicenceLevel, {
  name: 'LicenceLevel',
  description: "A social worker's licence level. 社会工作者职业资格等级",
  valuesConfig: {
    ASSISTANT: { description: 'Assistant social worker. 助理社会工作师' },
    INTERMEDIATE: { description: 'Social worker. 社会工作师' },
    SENIOR: { description: 'Senior social worker. 高级社会工作师' },
  },
});

/** The registration of a social organisation (an organisation of kind SOCIAL_ORGANISATION). */
@ObjectType({ implements: BaseEntity, description: 'A registered social organisation. 社会组织登记信息' })
@Entity({ tableName: 'social_organisation' })
export class SocialOrganisation extends BaseEntity {
  @ManyToOne({ entity: 'Organisation', unique: true })
  organisation!: Rel<Organisation>;

  @Property({ length: 140, index: true })
  organisationPath!: string;

  @Field({ description: 'Unified social credit code (18 characters, GB 32100-2015). 统一社会信用代码' })
  @Property({ length: 18, unique: true })
  creditCode!: string;

  @Field(() => RegistrationLevel, { description: 'Registration level. 登记层级' })
  @Enum({ items: () => RegistrationLevel })
  registrationLevel!: RegistrationLevel;

  @Field(() => SocialOrganisationCategory, { description: 'Kind. 类别' })
  @Enum({ items: () => SocialOrganisationCategory })
  category!: SocialOrganisationCategory;
}

/** A tree node a social organisation serves. */
@Entity({ tableName: 'social_organisation_area' })
@Unique({ properties: ['organisation', 'division'] })
export class SocialOrganisationArea extends BaseEntity {
  @ManyToOne({ entity: 'Organisation', index: true })
  organisation!: Rel<Organisation>;

  @ManyToOne({ entity: 'Division', index: true })
  division!: Rel<Division>;
}

/** A licensed social worker and the organisation employing them. */
@ObjectType({ implements: BaseEntity, description: 'A social worker with a licence. 社会工作者' })
@Entity({ tableName: 'social_worker' })
export class SocialWorker extends BaseEntity {
  @ManyToOne({ entity: 'Person', unique: true })
  person!: Rel<Person>;

  @ManyToOne({ entity: 'Organisation', index: true })
  employer!: Rel<Organisation>;

  @Property({ length: 140, index: true })
  employerPath!: string;

  @Field(() => LicenceLevel, { description: 'Licence level. 资格等级' })
  @Enum({ items: () => LicenceLevel })
  level!: LicenceLevel;

  @Field({ description: 'Licence number. 证书编号' })
  @Property({ length: 30, unique: true })
  licenceNumber!: string;

  @Field(() => String, { description: 'Issued (YYYY-MM-DD). 发证日期' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { description: 'Expires (YYYY-MM-DD). 有效期至' })
  @Property({ type: 'date' })
  expiresOn!: string;
}
