/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../utils/axe';
import { logInThroughForm, sidewaysOverflow } from '../utils/browser';
import { BrowserStage, openBrowserStage } from '../utils/browser-stage';
import { TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, TestApp } from '../utils/test-app';

describe('the resources library in the browser (390 px wide)', () => {
  let t: TestApp;
  let db: TestDb;
  let stage: BrowserStage;
  let page: Page;
  let staff: { id: string; email: string };
  let premium: { id: string; email: string };

  beforeAll(async () => {
    stage = await openBrowserStage();
    ({ t, db, page } = stage);
    staff = await db.createUser({ displayName: 'Stella Staff', roles: ['member', 'staff'] });
    premium = await db.createUser({ displayName: 'Pat Premium' });
    await db.query(`insert into premium_grants (user_id, starts_at, source) values ($1, now() - interval '1 day', 'staff')`, [premium.id]);
  });
  afterAll(async () => {
    await stage?.close();
  });

  it('staff add a premium item; a visitor sees its preview and an invitation; a premium member reads it all', async () => {
    await logInThroughForm(page, t.baseUrl, staff.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/resources`);
    await page.getByRole('link', { name: 'Add a resource' }).click();
    await page.getByLabel(/^Title/).fill('Consent form wording for patient stories');
    expect(await page.getByLabel(/^Address/).inputValue()).toBe('consent-form-wording-for-patient-stories');
    await page.getByLabel('Kind').selectOption('TEMPLATE');
    await page.getByLabel('Premium', { exact: true }).check();
    await page.getByLabel(/^Summary/).fill('The consent wording members use before a patient appears in a post.');
    await page.getByLabel('Body (markdown)').fill('Ask before you film, and keep the signed form.\n\n## The wording\n\nI agree that **Seaside Hospital** may publish my story.');
    await page.getByRole('combobox', { name: 'Tags' }).fill('consent');
    await page.keyboard.press('Enter');
    await page.getByLabel('File or recording link').fill('https://files.example.org/consent-form.docx');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await page.waitForURL(/\/resources\/consent-form-wording-for-patient-stories$/);
    await page.getByText('I agree that').waitFor();

    // A visitor: the catalogue, the preview, an invitation, and nothing more.
    await page.context().clearCookies();
    await page.goto(`${t.baseUrl}/resources?q=consent`);
    await page.getByRole('link', { name: 'Consent form wording for patient stories' }).waitFor();
    await stage.screenshot('resources-list');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.getByRole('link', { name: 'Consent form wording for patient stories' }).click();
    await page.getByText('Ask before you film, and keep the signed form.').waitFor();
    await page.getByText('Join Confer to read the rest').waitFor();
    await stage.screenshot('resource-preview');
    const visitorText = (await page.locator('main').textContent()) ?? '';
    expect(visitorText).not.toContain('I agree that');
    expect(await page.getByRole('link', { name: 'Open the file' }).count()).toBe(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    // A premium member reads the body and gets the file.
    await logInThroughForm(page, t.baseUrl, premium.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/resources/consent-form-wording-for-patient-stories`);
    await page.getByText('I agree that').waitFor();
    expect(await page.getByRole('link', { name: 'Open the file' }).getAttribute('href')).toBe('https://files.example.org/consent-form.docx');
    expect(await page.getByText('Join Confer to read the rest').count()).toBe(0);
  });
});
