import { Check, Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Organisation } from '../organisations';
import type { Division } from '../tree';
import type { SocialWorker } from './linkage.entities';

/** Where a service project stands. */
export enum ProjectStatus {
  PLANNED = 'PLANNED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  EVALUATED = 'EVALUATED',
}
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Stage of a service project. 项目阶段',
  valuesConfig: {
    PLANNED: { description: 'Planned. 计划中' },
    RUNNING: { description: 'Running: the contractor records services. 实施中' },
    COMPLETED: { description: 'Completed, awaiting the buyer’s evaluation. 已完成' },
    EVALUATED: { description: 'Evaluated by the buyer. 已评估' },
  },
});

/** A service project, often bought by government (政府购买服务项目), run by a social organisation. */
@ObjectType({
  implements: BaseEntity,
  description: 'A service project bought from a social organisation. 政府购买服务项目',
})
@Entity({ tableName: 'service_project' })
@Check({ name: 'service_project_budget', expression: 'budget_yuan >= 0' })
export class ServiceProject extends BaseEntity {
  @Field({ description: 'Title. 项目名称' })
  @Property({ length: 200 })
  title!: string;

  @ManyToOne({ entity: 'Organisation' })
  buyer!: Rel<Organisation>;

  /** The buyer's node: its officials and those above are the buyer chain. */
  @Property({ length: 140, index: true })
  buyerPath!: string;

  @ManyToOne({ entity: 'Organisation', index: true })
  contractor!: Rel<Organisation>;

  /** Budget in yuan; read only by the buyer chain (see the rules). */
  @Property({ type: 'integer' })
  budgetYuan!: number;

  @Field(() => String, { description: 'Starts (YYYY-MM-DD). 开始' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { description: 'Ends (YYYY-MM-DD). 结束' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => ProjectStatus, { description: 'Stage. 阶段' })
  @Enum({ items: () => ProjectStatus })
  status!: ProjectStatus;

  @Field(() => Int, { nullable: true, description: "The buyer's score, 1–5. 评估得分" })
  @Property({ type: 'smallint', nullable: true })
  evaluationScore?: number | null;

  @Field(() => String, { nullable: true, description: "The buyer's evaluation. 评估意见" })
  @Property({ length: 500, nullable: true })
  evaluationNote?: string | null;
}

/** A community a project serves. */
@Entity({ tableName: 'service_project_community' })
@Unique({ properties: ['project', 'community'] })
export class ServiceProjectCommunity extends BaseEntity {
  @ManyToOne({ entity: 'ServiceProject', index: true })
  project!: Rel<ServiceProject>;

  @ManyToOne({ entity: 'Division' })
  community!: Rel<Division>;
}

/** A social worker assigned to a project. */
@Entity({ tableName: 'service_project_worker' })
@Unique({ properties: ['project', 'worker'] })
export class ServiceProjectWorker extends BaseEntity {
  @ManyToOne({ entity: 'ServiceProject', index: true })
  project!: Rel<ServiceProject>;

  @ManyToOne({ entity: 'SocialWorker' })
  worker!: Rel<SocialWorker>;
}

/** A service delivered, written by one of the contractor's workers. */
@ObjectType({ implements: BaseEntity, description: 'A service delivered under a project. 服务记录' })
@Entity({ tableName: 'service_record' })
@Check({ name: 'service_record_figures', expression: 'hours > 0 and beneficiaries >= 0' })
export class ServiceRecord extends BaseEntity {
  @ManyToOne({ entity: 'ServiceProject', index: true })
  project!: Rel<ServiceProject>;

  @ManyToOne({ entity: 'SocialWorker' })
  worker!: Rel<SocialWorker>;

  @Field(() => String, { description: 'Date (YYYY-MM-DD). 日期' })
  @Property({ type: 'date' })
  servedOn!: string;

  @Field(() => Int, { description: 'Hours. 时长（小时）' })
  @Property({ type: 'smallint' })
  hours!: number;

  @Field(() => Int, { description: 'Beneficiaries. 服务人数' })
  @Property({ type: 'integer' })
  beneficiaries!: number;

  @Field({ description: 'Notes. 记录' })
  @Property({ length: 1000 })
  notes!: string;
}
