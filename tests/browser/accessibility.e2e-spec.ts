/// <reference lib="dom" />
import { join } from 'node:path';
import { axeViolations, describeViolations } from '../utils/axe';
import { BrowserSession, openBrowser } from '../utils/browser';
import { TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp } from '../utils/test-app';

describe('accessibility at 390 px (axe-core, WCAG 2.1 A/AA)', () => {
  let t: TestApp;
  let b: BrowserSession;
  let db: TestDb;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    b = await openBrowser(undefined, { bypassCSP: true });
  });
  afterAll(async () => {
    await b?.close();
    await db?.close();
    await t?.close();
  });

  it.each(['/', '/signup', '/login', '/forgot-password', '/board', '/events'])('%s has no serious violations for a visitor', async (path) => {
    await b.page.goto(`${t.baseUrl}${path}`);
    await b.page.waitForLoadState('networkidle');
    expect(describeViolations(await axeViolations(b.page))).toEqual([]);
  });

  it.each(['/profile', '/membership', '/board', '/notifications'])('%s has no serious violations for a signed-in member', async (path) => {
    const user = await db.createUser({ displayName: 'Axe Member' });
    await b.page.goto(`${t.baseUrl}/login`);
    await b.page.getByLabel('Email').fill(user.email);
    await b.page.getByLabel(/^Password/).first().fill(GOOD_PASSWORD);
    await b.page.getByRole('button', { name: 'Log in' }).click();
    await b.page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await b.page.goto(`${t.baseUrl}${path}`);
    await b.page.waitForLoadState('networkidle');
    try {
      const violations = await axeViolations(b.page);
      if (violations.length) await b.page.screenshot({ path: join(__dirname, '.artifacts', `axe${path.replace(/\//g, '_')}.png`), fullPage: true });
      expect(describeViolations(violations)).toEqual([]);
    } finally {
      await b.context.clearCookies();
    }
  });
});
