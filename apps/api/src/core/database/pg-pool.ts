import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** The pg Pool behind TypeORM, shared with the session store and rate limiter instead of opening more connections. */
export function pgPoolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
