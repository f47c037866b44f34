import DataLoader from 'dataloader';

/**
 * Per-request registry of DataLoaders (and other per-request memos): each loader is created on first
 * use and lives exactly as long as one GraphQL request, so batching never leaks data across viewers.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<any, any>>();
  private readonly memos = new Map<string, Promise<unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.memos.get(key);
    if (!value) {
      value = compute();
      this.memos.set(key, value);
    }
    return value as Promise<T>;
  }
}

/** Orders batch results to match the keys, as DataLoader requires. */
export function orderByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((k) => byKey.get(k) ?? null);
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const list = byKey.get(keyOf(row));
    if (list) list.push(row);
    else byKey.set(keyOf(row), [row]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}
