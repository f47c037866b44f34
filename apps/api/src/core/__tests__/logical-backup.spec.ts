import PgBoss from 'pg-boss';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  defaultBackupFileName,
  migrationsToReplay,
  parseManifest,
  withoutTransaction,
} from '../database/logical-backup';

const manifest = {
  format: BACKUP_FORMAT,
  version: BACKUP_FORMAT_VERSION,
  createdAt: '2026-11-21T20:00:00.000Z',
  serverVersion: '18.0',
  migrations: ['A1', 'B2'],
  jobQueueSchemaVersion: 24,
  tables: [{ schema: 'public', name: 'users', columns: ['id'], rows: 3 }],
  sequences: [],
};

describe('logical backup: file name', () => {
  it('stamps the UTC time without separators', () => {
    expect(defaultBackupFileName(new Date('2026-11-21T20:01:02.345Z'))).toBe('confer-20261121T200102Z.backup.gz');
  });
});

describe('logical backup: manifest', () => {
  it('accepts a well-formed manifest', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it.each([
    ['not JSON', 'PGDMP\u0001\u000e', /not a Confer backup/],
    ['another format', JSON.stringify({ ...manifest, format: 'other' }), /unknown format/],
    ['a newer format version', JSON.stringify({ ...manifest, version: 2 }), /format version 2/],
    ['a table without columns', JSON.stringify({ ...manifest, tables: [{ schema: 'public', name: 'users', columns: [], rows: 1 }] }), /damaged/],
    ['a negative row count', JSON.stringify({ ...manifest, tables: [{ schema: 'public', name: 'users', columns: ['id'], rows: -1 }] }), /damaged/],
    ['no migration list', JSON.stringify({ ...manifest, migrations: undefined }), /damaged/],
  ])('refuses %s', (_case, line, message) => {
    expect(() => parseManifest(line)).toThrow(BackupFileError);
    expect(() => parseManifest(line)).toThrow(message);
  });
});

describe('logical backup: which migrations run before and after the rows', () => {
  const known = ['A1', 'B2', 'C3'];
  it.each([
    [['A1', 'B2', 'C3'], ['A1', 'B2', 'C3'], []],
    [['A1', 'B2'], ['A1', 'B2'], ['C3']],
    [[], [], ['A1', 'B2', 'C3']],
  ])('backup %j → up to %j, then %j', (backup, upTo, after) => {
    expect(migrationsToReplay(backup, known)).toEqual({ upTo, after });
  });

  it('refuses a backup from a newer version, naming the unknown migration', () => {
    expect(() => migrationsToReplay(['A1', 'B2', 'C3', 'D4'], known)).toThrow(/newer version of Confer \(migration D4/);
  });

  it('refuses migrations out of order', () => {
    expect(() => migrationsToReplay(['B2', 'A1'], known)).toThrow(BackupFileError);
  });
});

describe('logical backup: pg-boss construction inside the restore transaction', () => {
  it('strips exactly the outer BEGIN/COMMIT of the installed pg-boss script', () => {
    const body = withoutTransaction(PgBoss.getConstructionPlans('pgboss'));
    expect(body).not.toMatch(/^\s*BEGIN;/);
    expect(body).not.toMatch(/COMMIT;\s*$/);
    expect(body).toMatch(/CREATE TABLE pgboss\.job/);
  });

  it('refuses a script of another shape', () => {
    expect(() => withoutTransaction('CREATE TABLE x ()')).toThrow(/Unexpected shape/);
  });
});
