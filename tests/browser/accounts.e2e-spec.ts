/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserSession, openBrowser } from '../utils/browser';
import { GOOD_PASSWORD, startTestApp, TestApp, uniqueEmail } from '../utils/test-app';

const ARTIFACTS = join(__dirname, '.artifacts');

describe('a visitor joins Confer in the browser (390 px wide)', () => {
  let t: TestApp;
  let b: BrowserSession;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    t = await startTestApp();
    b = await openBrowser();
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('signs up, opens the email at /dev/mail, verifies, logs in and sees the membership', async () => {
    const { page } = b;
    const email = uniqueEmail('browser');
    page.setDefaultTimeout(15000);

    await page.goto(`${t.baseUrl}/signup`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).first().fill(GOOD_PASSWORD);
    await page.getByLabel('Display name').fill('Casey Browser');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Check your email').first().waitFor();

    // The verification email, as captured by the development mail transport.
    await t.mailbox.waitFor(email, { subject: /Verify/ });
    await page.goto(`${t.baseUrl}/dev/mail`);
    await page.getByText('Verify your email for Confer').first().click();
    const link = page.getByRole('link', { name: /verify-email\?token=/ }).first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toContain('/verify-email?token=');
    await link.click();
    await page.getByText('Email verified').first().waitFor();

    await page.goto(`${t.baseUrl}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).first().fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto(`${t.baseUrl}/membership`);
    await page.getByText('Guest', { exact: false }).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'membership-390.png'), fullPage: true });

    // Nothing sideways at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
