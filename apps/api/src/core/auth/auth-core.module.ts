import { Global, Inject, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { PG_POOL } from '../database/database.module';
import { RateLimitService } from './rate-limit.service';
import { createSessionMiddleware } from './session.setup';

export const SESSION_MIDDLEWARE = Symbol('SESSION_MIDDLEWARE');

@Global()
@Module({
  providers: [
    RateLimitService,
    {
      provide: SESSION_MIDDLEWARE,
      inject: [APP_CONFIG, PG_POOL],
      useFactory: (config: AppConfig, pool: Pool) => createSessionMiddleware(config, pool),
    },
  ],
  exports: [RateLimitService, SESSION_MIDDLEWARE],
})
export class AuthCoreModule {
  constructor(@Inject(SESSION_MIDDLEWARE) readonly sessionMiddleware: unknown) {}
}
