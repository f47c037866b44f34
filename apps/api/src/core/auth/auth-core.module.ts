import { Global, Inject, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { pgPoolOf } from '../database/pg-pool';
import { RateLimitService } from './rate-limit.service';
import { createSessionMiddleware } from './session.setup';

export const SESSION_MIDDLEWARE = Symbol('SESSION_MIDDLEWARE');

@Global()
@Module({
  providers: [
    RateLimitService,
    {
      provide: SESSION_MIDDLEWARE,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) => createSessionMiddleware(config, pgPoolOf(dataSource)),
    },
  ],
  exports: [RateLimitService, SESSION_MIDDLEWARE],
})
export class AuthCoreModule {
  constructor(@Inject(SESSION_MIDDLEWARE) readonly sessionMiddleware: unknown) {}
}
