import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** `"db_column" as "property"` for every column of an entity, so plain SQL rows come back shaped like the entity. */
export function selectList(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): string {
  return dataSource
    .getMetadata(entity)
    .columns.map((c) => `"${c.databaseName}" as "${c.propertyName}"`)
    .join(', ');
}
