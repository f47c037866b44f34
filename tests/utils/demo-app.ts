import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DemoDataService } from '../../apps/api/src/demo/demo-data.service';
import { startTestApp, TestApp } from './test-app';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer(url: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * The app on a database of its own holding exactly the demo data, loaded the way `npm start` loads
 * it into an empty database. Its own database, because the run's shared one already holds other
 * files' rows (the demo refuses a non-empty database) and demo rows would skew their counts.
 */
/**
 * An empty database of its own on the test server, for an app whose workers must not share the run's
 * jobs and rows (a demo load, a test that cuts its app's connections). `drop` removes it.
 */
export async function scratchDatabase(tag: string): Promise<{ url: string; drop(): Promise<void> }> {
  const shared = process.env.TEST_DATABASE_URL!;
  const name = `${new URL(shared).pathname.slice(1)}_${tag}_${randomBytes(4).toString('hex')}`;
  await onServer(shared, `create database ${name}`);
  return { url: withDatabase(shared, name), drop: () => onServer(shared, `drop database if exists ${name} with (force)`).catch(() => undefined) };
}

export async function startDemoApp(): Promise<TestApp> {
  const { url, drop } = await scratchDatabase('demo');
  let t: TestApp;
  try {
    t = await startTestApp({ DATABASE_URL: url });
    if (!(await t.app.get(DemoDataService).seedIfEmpty())) throw new Error('the demo database was not empty');
  } catch (e) {
    await drop();
    throw e;
  }
  return {
    ...t,
    async close() {
      await t.close();
      await drop();
    },
  };
}
