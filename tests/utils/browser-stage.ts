/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BrowserSession, openBrowser } from './browser';
import { TestDb } from './fixtures';
import { startTestApp, TestApp } from './test-app';

/** A browser test's stage: the app, the database, one 390 px browser (axe-ready) and a screenshot folder. */
export interface BrowserStage {
  t: TestApp;
  db: TestDb;
  browser: BrowserSession;
  page: Page;
  /** A full-page screenshot in tests/browser/.artifacts, for looking at a step afterwards. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openBrowserStage(): Promise<BrowserStage> {
  const artifacts = join(__dirname, '..', 'browser', '.artifacts');
  mkdirSync(artifacts, { recursive: true });
  const t = await startTestApp();
  const db = await new TestDb().connect();
  const browser = await openBrowser(undefined, { bypassCSP: true });
  browser.page.setDefaultTimeout(15000);
  return {
    t,
    db,
    browser,
    page: browser.page,
    async screenshot(name) {
      await browser.page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await db.close();
      await t.close();
    },
  };
}
