import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPathForPostgresUser } from '../database/embedded-postgres';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

(asRoot ? describe : describe.skip)('openPathForPostgresUser (running as root)', () => {
  it('lets others enter the folders leading to the data folder, but leaves the data folder private', () => {
    const root = mkdtempSync(join(tmpdir(), 'confer-private-')); // 0700, like a fresh temp folder or /root
    const data = join(root, 'repo', '.data', 'pg');
    mkdirSync(data, { recursive: true });
    chmodSync(join(root, 'repo'), 0o700);
    chmodSync(data, 0o700);
    try {
      const changed = openPathForPostgresUser([data]);
      expect(changed).toEqual(expect.arrayContaining([root, join(root, 'repo')]));
      expect(statSync(root).mode & 0o001).toBe(0o001);
      expect(statSync(join(root, 'repo')).mode & 0o001).toBe(0o001);
      // PostgreSQL refuses to start on a data folder others may enter.
      expect(statSync(data).mode & 0o777).toBe(0o700);
      // A second start changes nothing more.
      expect(openPathForPostgresUser([data])).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
