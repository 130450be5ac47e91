import DataLoader from 'dataloader';

type Key = string | number;

/** A loader of one row per key (null when missing), fetched in one batch. */
export function oneByKey<K extends Key, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T | null> {
  return new DataLoader<K, T | null>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map<K, T>();
    for (const row of rows) map.set(keyOf(row), row);
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** A loader of all rows per key (in the order fetched), fetched in one batch. */
export function manyByKey<K extends Key, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map<K, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      const list = map.get(k);
      if (list) list.push(row);
      else map.set(k, [row]);
    }
    return keys.map((k) => map.get(k) ?? []);
  });
}

/** The id of a many-to-one reference without loading it. */
export function refId(ref: { id: number } | null | undefined): number | null {
  return ref ? ref.id : null;
}
