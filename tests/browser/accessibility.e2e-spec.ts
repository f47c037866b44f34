/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BrowserSession, openBrowser } from '../utils/browser';
import { TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp } from '../utils/test-app';

const AXE = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page; serious and critical WCAG A/AA problems fail the test. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const describeViolations = (vs: AxeViolation[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.html.slice(0, 160)).slice(0, 3).join(' | ')}`);

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
