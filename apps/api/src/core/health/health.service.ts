import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DeadlineExceeded, withDeadline } from '../async/with-deadline';
import { PG_POOL } from '../database/database.module';
import { JobQueueService } from '../jobs/job-queue.service';
import { RedisConnection } from '../redis/redis.module';

/** A dependency that does not answer within this long counts as down (a probe must answer promptly). */
const CHECK_TIMEOUT_MS = 2000;

export interface CheckResult {
  status: 'ok' | 'fail';
  /** A coarse reason only (the endpoint is public): "timeout", "unreachable", "not running", "shutting down". */
  error?: string;
  durationMs?: number;
}

export interface Readiness {
  status: 'ok' | 'fail';
  checks: Record<string, CheckResult>;
}

async function timed(check: () => Promise<unknown>): Promise<CheckResult> {
  const started = Date.now();
  try {
    await withDeadline(check(), CHECK_TIMEOUT_MS);
    return { status: 'ok', durationMs: Date.now() - started };
  } catch (e) {
    return { status: 'fail', error: e instanceof DeadlineExceeded ? 'timeout' : 'unreachable', durationMs: Date.now() - started };
  }
}

/**
 * Liveness (the process answers) and readiness (it can serve: database, job queue, Redis when
 * configured). Readiness also fails once shutdown has begun, so a balancer stops sending new requests.
 */
@Injectable()
export class HealthService implements BeforeApplicationShutdown {
  private shuttingDown = false;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly jobs: JobQueueService,
    private readonly redis: RedisConnection,
  ) {}

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }

  live(): { status: 'ok'; uptimeSeconds: number } {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  async ready(): Promise<Readiness> {
    const redis = this.redis.client;
    const [database, pingRedis] = await Promise.all([
      timed(() => this.pool.query('select 1')),
      redis ? timed(() => (redis.isReady ? redis.ping() : Promise.reject(new Error('not connected')))) : Promise.resolve(null),
    ]);
    const checks: Record<string, CheckResult> = {
      database,
      queue: this.jobs.running ? { status: 'ok' } : { status: 'fail', error: 'not running' },
    };
    if (pingRedis) checks.redis = pingRedis;
    if (this.shuttingDown) checks.process = { status: 'fail', error: 'shutting down' };
    const ok = Object.values(checks).every((c) => c.status === 'ok');
    return { status: ok ? 'ok' : 'fail', checks };
  }
}
