import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../../migrations';

/** One definition shared by the app and the `migrate` command. Entities are registered by each module. */
export function dataSourceOptions(url: string, entities: DataSourceOptions['entities'] = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: { max: 20, application_name: 'confer' },
  };
}
