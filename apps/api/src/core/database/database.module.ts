import { Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';
import { pgPoolOf } from './pg-pool';
import { TransactionRunner } from './transaction-runner';

export const DATABASE_URL = Symbol('DATABASE_URL');
/** The pg Pool behind TypeORM, for the session store and rate limiter (no extra connections). */
export const PG_POOL = Symbol('PG_POOL');

@Global()
@Module({})
export class DatabaseModule {
  /** `url` is resolved before the app is created (embedded PostgreSQL or DATABASE_URL). */
  static forRoot(url: string) {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(url), autoLoadEntities: true }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrations(dataSource);
            return dataSource;
          },
        }),
      ],
      providers: [
        TransactionRunner,
        { provide: DATABASE_URL, useValue: url },
        { provide: PG_POOL, inject: [getDataSourceToken()], useFactory: (dataSource: DataSource) => pgPoolOf(dataSource) },
      ],
      exports: [TransactionRunner, DATABASE_URL, PG_POOL],
    };
  }
}
