import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import type { Pool } from 'pg';
import { createApp } from '../../apps/api/src/bootstrap';
import { freePort } from './api-process';
import { PG_POOL } from '../../apps/api/src/core/database/database.module';
import { loadConfig } from '../../apps/api/src/core/config/app-config';
import { Mailbox } from './mailbox';

export interface GqlResult<T = any> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; fields?: Record<string, string>; retryAfterSeconds?: number } }[];
  headers: Record<string, string | string[]>;
}

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  mailbox: Mailbox;
  /** A fresh browser-like client with its own cookie jar. */
  client(): TestClient;
  close(): Promise<void>;
}

export class TestClient {
  constructor(readonly agent: InstanceType<typeof TestAgent>) {}

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const res = await this.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', 'true')
      .set(headers)
      .send({ query, variables });
    return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors, headers: res.headers as Record<string, string> };
  }
}

/**
 * Apps of this test file still running. Files share one database, so an app left running by one file
 * would keep working the shared job queues for the next files (writing their emails into its own mail
 * folder): every file's apps are closed when it ends.
 */
const openApps = new Set<TestApp>();

export async function closeLeftoverApps(): Promise<number> {
  const left = [...openApps];
  await Promise.all(left.map((t) => t.close()));
  return left.length;
}

/** Boots the real app (HTTP, GraphQL, socket.io, job workers) on the run's test database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const mailDir = mkdtempSync(join(tmpdir(), 'confer-mail-'));
  // A known port up front so links in emails point at this very server.
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    MAIL_DIR: mailDir,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEMO_DATA: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    SIGNUPS_PER_IP_PER_HOUR: '100000',
    LOGIN_MAX_FAILURES_PER_IP: '100000',
    ...env,
  });
  const app = await createApp(config, config.databaseUrl!);
  await app.listen(port, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | null = null;
  const testApp: TestApp = {
    app,
    baseUrl,
    mailbox: new Mailbox(mailDir),
    client: () => new TestClient(request.agent(app.getHttpServer())),
    close: () => {
      openApps.delete(testApp);
      closing ??= (async () => {
        // Notification emails wait NOTIFY_EMAIL_DELAY_SECONDS (two minutes by default) before they are
        // checked: drop this app's that still wait, or they come due while a later file's app works the
        // same queues and hold up that file's own jobs.
        await app
          .get<Pool>(PG_POOL)
          .query(`delete from pgboss.job where name like 'notifications.%' and state = 'created' and start_after > now()`)
          .catch(() => undefined);
        await app.close();
      })();
      return closing;
    },
  };
  openApps.add(testApp);
  return testApp;
}

let counter = 0;
/** Unique addresses per test so files can share one database. */
export function uniqueEmail(prefix = 'member', domain = 'example.org'): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}@${domain}`;
}

export const GOOD_PASSWORD = 'velvet-harbor-quietly-73';
