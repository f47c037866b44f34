import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A unit of work spanning several repositories (and the job queue). Services pass it on without knowing TypeORM. */
export type Tx = EntityManager;

/** The pg-boss `db` adapter shape: lets a job be inserted inside the caller's transaction. */
export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: any[] }>;
}

export function sqlExecutorFor(tx: Tx): SqlExecutor {
  return {
    async executeSql(text, values) {
      const runner = tx.queryRunner;
      if (!runner) throw new Error('sqlExecutorFor needs a transactional manager');
      const result = await runner.query(text, values as unknown[], true);
      return { rows: result.records ?? [] };
    },
  };
}

@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one READ COMMITTED transaction; everything it writes commits or rolls back together. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The manager for single statements outside a transaction. */
  get manager(): Tx {
    return this.dataSource.manager;
  }
}

/**
 * Runs independent reads side by side on the pool, but one after another inside a transaction: a
 * transaction has a single connection, and pg refuses overlapping queries on one client (pg 9).
 */
export async function readTogether<T extends readonly unknown[]>(tx: Tx | undefined, ...reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!tx) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
