export default async function globalTeardown(): Promise<void> {
  if (process.env.KEEP_TEST_DB) return;
  await globalThis.__conferTestDb?.drop();
}
