import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Per entity class, a prototype beneath the class's own that shadows MikroORM's property
 * accessors with plain writable slots: rows assigned to it become ordinary data properties,
 * while `instanceof` still holds.
 */
const LIGHT = new Map<EntityClass<object>, object>();

function lightPrototype(entity: EntityClass<object>, names: string[]): object {
  let proto = LIGHT.get(entity);
  if (!proto) {
    proto = Object.create(entity.prototype) as object;
    for (const name of names)
      Object.defineProperty(proto, name, { value: undefined, writable: true, enumerable: false, configurable: true });
    LIGHT.set(entity, proto);
  }
  return proto;
}

/**
 * Reads rows as read-only objects of the entity's class, without MikroORM's unit of work: no
 * identity map, no change tracking, many-to-one relations as `{ id }` references. It is the read
 * path of loaders and lists (hydrating managed entities cost more than the rest of a list query,
 * measured by the benchmark). Anything to be changed is loaded with `em.findOne` instead.
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; limit?: number } = {},
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity.name);
  const refs = meta.relations
    .filter((r) => r.kind === 'm:1' || (r.kind === '1:1' && r.owner))
    .map((r) => r.name as string);
  const proto = lightPrototype(entity, Object.keys(meta.properties));
  const qb = em.createQueryBuilder<T>(entity).select('*').where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit) qb.limit(options.limit);
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  return rows.map((row) => {
    for (const name of refs) row[name] = row[name] == null ? null : { id: row[name] };
    return Object.assign(Object.create(proto) as T, row);
  });
}
