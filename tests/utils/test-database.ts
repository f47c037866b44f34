import { Client } from 'pg';
import { resolve } from 'node:path';
import { startEmbeddedPostgres, EmbeddedPgHandle } from '../../apps/api/src/core/database/embedded-postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh database for one test run: on DATABASE_URL's server when set (CI uses the machine's
 * PostgreSQL), otherwise on an embedded PostgreSQL kept under .data/test-pg.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  let embedded: EmbeddedPgHandle | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      port: Number(process.env.TEST_EMBEDDED_PG_PORT || 54331),
      dataDir: resolve(__dirname, '../../.data/test-pg'),
      user: 'confer',
      password: 'confer',
      database: 'postgres',
    });
    serverUrl = embedded.url;
  }
  const name = `confer_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new Client({ connectionString: withDatabase(serverUrl!, 'postgres') });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      await client.end();
      if (embedded) await embedded.stop();
    },
  };
}
