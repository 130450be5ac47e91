import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { ServiceProject } from '../linkage';
import type { Division } from '../tree';

/** The level that granted a designation. */
export enum DesignationLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
}

/** What a designation is for; the last five are the yearly “five batches” (五个一批). */
export enum DesignationCategory {
  HARMONIOUS_COMMUNITY = 'HARMONIOUS_COMMUNITY',
  INNOVATION_ZONE = 'INNOVATION_ZONE',
  WORK_METHOD = 'WORK_METHOD',
  RURAL_PILOT = 'RURAL_PILOT',
  PURCHASED_SERVICE_PROJECT = 'PURCHASED_SERVICE_PROJECT',
  CO_BUILDING_COMMUNITY = 'CO_BUILDING_COMMUNITY',
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
  VOLUNTEER_STATION = 'VOLUNTEER_STATION',
  DEMOCRACY_RULE_OF_LAW = 'DEMOCRACY_RULE_OF_LAW',
}

/** Yearly targets of the “five batches”. */
export const FIVE_BATCHES: Partial<Record<DesignationCategory, number>> = {
  [DesignationCategory.PURCHASED_SERVICE_PROJECT]: 10,
  [DesignationCategory.CO_BUILDING_COMMUNITY]: 10,
  [DesignationCategory.SOCIAL_ORGANISATION]: 10,
  [DesignationCategory.VOLUNTEER_STATION]: 20,
  [DesignationCategory.DEMOCRACY_RULE_OF_LAW]: 20,
};

registerEnumType(DesignationLevel, {
  name: 'DesignationLevel',
  description: 'Granting level. 级别',
  valuesConfig: {
    NATIONAL: { description: 'National. 国家级' },
    PROVINCIAL: { description: 'Provincial. 省级' },
    MUNICIPAL: { description: 'Municipal. 市级' },
    COUNTY: { description: 'County. 县级' },
  },
});
registerEnumType(DesignationCategory, {
  name: 'DesignationCategory',
  description: 'What the designation is for. 示范/试点类别',
  valuesConfig: {
    HARMONIOUS_COMMUNITY: { description: 'Harmonious-community demonstration. 和谐社区建设示范' },
    INNOVATION_ZONE: { description: 'Community governance innovation zone. 社区治理和服务创新实验区' },
    WORK_METHOD: { description: 'A community work method held up as a model. 社区工作法' },
    RURAL_PILOT: { description: 'Rural community pilot. 农村社区建设试点' },
    PURCHASED_SERVICE_PROJECT: {
      description: 'Five batches: purchased-service demonstration project (10 a year). 政府购买服务示范项目',
    },
    CO_BUILDING_COMMUNITY: { description: 'Five batches: co-building community (10 a year). 共建共治共享示范社区' },
    SOCIAL_ORGANISATION: { description: 'Five batches: excellent social organisation (10 a year). 优秀社会组织' },
    VOLUNTEER_STATION: { description: 'Five batches: volunteer station (20 a year). 学雷锋志愿服务站' },
    DEMOCRACY_RULE_OF_LAW: {
      description: 'Five batches: democracy-and-rule-of-law community (20 a year). 民主法治示范社区',
    },
  },
});

/** A demonstration or pilot designation held by a node. */
@ObjectType({ implements: BaseEntity, description: 'A demonstration or pilot designation. 示范/试点称号' })
@Entity({ tableName: 'designation' })
export class Designation extends BaseEntity {
  @Field({ description: 'Title. 称号' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => DesignationLevel, { description: 'Level. 级别' })
  @Enum({ items: () => DesignationLevel })
  level!: DesignationLevel;

  @Field(() => DesignationCategory, { description: 'Category. 类别' })
  @Enum({ items: () => DesignationCategory })
  category!: DesignationCategory;

  @Field(() => Int, { description: 'Year granted. 年度' })
  @Property({ type: 'smallint', index: true })
  year!: number;

  @ManyToOne({ entity: 'Division', index: true })
  holder!: Rel<Division>;

  @Property({ length: 140, index: true })
  holderPath!: string;

  /** The service project, for purchased-service demonstrations. */
  @ManyToOne({ entity: 'ServiceProject', nullable: true })
  project?: Rel<ServiceProject> | null;
}
