import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What one analyst has spent in one budget window (query cost as graphql-armor counts it).
 * Written only by the PostgreSQL budget store (one guarded upsert per operation); old windows are
 * deleted as new ones open. Not part of the GraphQL schema.
 */
@Entity({ tableName: 'analyst_cost_window' })
export class AnalystCostWindow {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  personId!: number;

  @PrimaryKey({ type: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  spent!: number;
}
