import { Client } from 'pg';
import request from 'supertest';
import type { ApiProcess } from './api-process';
import { EventsWorld } from './events-fixtures';
import { TestDb } from './fixtures';
import { TestApp, TestClient } from './test-app';

/** A database of its own on the test server, for one process test file. */
export interface OwnDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function ownDatabase(prefix: string): Promise<OwnDatabase> {
  const server = process.env.TEST_DATABASE_URL!;
  const name = `confer_${prefix}_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: withDatabase(server, 'postgres') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: withDatabase(server, name),
    async drop() {
      const c = new Client({ connectionString: withDatabase(server, 'postgres') });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      await c.end();
    },
  };
}

/** A TestDb on a given database (TestDb connects to TEST_DATABASE_URL). */
export async function testDbAt(url: string): Promise<TestDb> {
  const saved = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = url;
  try {
    return await new TestDb().connect();
  } finally {
    process.env.TEST_DATABASE_URL = saved;
  }
}

/** Just what the fixtures need of a TestApp: browser-like clients of a running process. */
export function processApp(baseUrl: () => string): TestApp {
  return {
    get baseUrl() {
      return baseUrl();
    },
    client: () => new TestClient(request.agent(baseUrl())),
  } as unknown as TestApp;
}

/** The events fixtures against an API process (by its current address) and its database. */
export function processWorld(proc: () => ApiProcess, db: TestDb): EventsWorld {
  return new EventsWorld(
    processApp(() => proc().baseUrl),
    db,
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` answers true, or fails with `what` after `ms`. */
export async function eventually(what: string, check: () => Promise<boolean> | boolean, ms = 30_000, every = 200): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await sleep(every);
  }
}
