import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { PG_POOL } from '../database/database.module';

export type LimiterName = 'login-failures' | 'login-failures-ip' | 'account-email' | 'signup' | 'directory-submission';

export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

/**
 * Named rate limits kept in PostgreSQL, so every API process counts the same attempts.
 * Callers decide which error to show; this only says "allowed" or "retry after N seconds".
 */
@Injectable()
export class RateLimitService implements OnModuleInit {
  private limiters = new Map<LimiterName, RateLimiterPostgres>();

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const storeClient = this.pool;
    const make = (keyPrefix: string, points: number, duration: number, blockDuration = 0) =>
      new RateLimiterPostgres({ storeClient, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix, points, duration, blockDuration });
    const login = this.config.loginRateLimit;
    this.limiters.set('login-failures', make('lf', login.points, login.durationSeconds, login.blockSeconds));
    // A wider net per address catches one source spraying many accounts.
    this.limiters.set('login-failures-ip', make('lfi', login.perIpPerDay, 24 * 3600, login.blockSeconds));
    this.limiters.set('account-email', make('ae', 5, 3600));
    this.limiters.set('signup', make('su', this.config.signupsPerIpPerHour, 3600));
    this.limiters.set('directory-submission', make('ds', this.config.directory.submissionsPerIpPerHour, 3600));
  }

  // Keys embed addresses of up to 254 characters; a digest keeps them short and out of the table.
  private static key(raw: string): string {
    return createHash('sha256').update(raw).digest('base64url');
  }

  private limiter(name: LimiterName): RateLimiterPostgres {
    const limiter = this.limiters.get(name);
    if (!limiter) throw new Error(`unknown limiter ${name}`);
    return limiter;
  }

  /** Counts one attempt; throws RateLimited when over the limit. */
  async consume(name: LimiterName, key: string, points = 1): Promise<void> {
    try {
      await this.limiter(name).consume(RateLimitService.key(key), points);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimited(Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
      throw e;
    }
  }

  /** Throws RateLimited if the key is currently over its limit, without counting an attempt. */
  async assertAllowed(name: LimiterName, key: string): Promise<void> {
    const limiter = this.limiter(name);
    const res = await limiter.get(RateLimitService.key(key));
    if (res && res.consumedPoints > limiter.points) throw new RateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
    if (res && res.consumedPoints >= limiter.points && res.msBeforeNext > 0) throw new RateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
  }

  async reset(name: LimiterName, key: string): Promise<void> {
    await this.limiter(name).delete(RateLimitService.key(key));
  }
}
