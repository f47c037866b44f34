import { createTestDatabase, TestDatabase } from './test-database';

declare global {
  // eslint-disable-next-line no-var
  var __conferTestDb: TestDatabase | undefined;
}

/** One database per `jest` run; every integration test file boots the app against it. */
export default async function globalSetup(): Promise<void> {
  const db = await createTestDatabase();
  globalThis.__conferTestDb = db;
  process.env.TEST_DATABASE_URL = db.url;
}
