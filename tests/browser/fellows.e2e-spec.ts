/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../utils/axe';
import { logInThroughForm, sidewaysOverflow } from '../utils/browser';
import { BrowserStage, openBrowserStage } from '../utils/browser-stage';
import { TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, TestApp } from '../utils/test-app';

describe('the Fellows programme in the browser (390 px wide)', () => {
  let t: TestApp;
  let db: TestDb;
  let stage: BrowserStage;
  let page: Page;
  let author: { id: string; email: string };
  let staff: { id: string; email: string };

  beforeAll(async () => {
    stage = await openBrowserStage();
    ({ t, db, page } = stage);
    author = await db.createUser({ displayName: 'Nora Nurse' });
    staff = await db.createUser({ displayName: 'Stella Staff', roles: ['member', 'staff'] });
    await db.query(`update users set credentials = 'RN', organization_name = 'Seaside Hospital' where id = $1`, [author.id]);
    // Checked in at the Residency (what the events check-in records).
    await db.query(`insert into fellowship_eligibility (user_id, source, source_ref) values ($1, 'residency_check_in', 'e2e')`, [author.id]);
  });
  afterAll(async () => {
    await stage?.close();
  });

  it('a Residency graduate submits a plan, a reviewer accepts it, and the fellow appears on the public page', async () => {
    await logInThroughForm(page, t.baseUrl, author.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/fellows/plan`);
    await page.getByRole('heading', { name: 'Submit your plan' }).waitFor();
    await page.getByLabel('Title').fill('Seaside nurses teach on Instagram');
    await page.getByLabel('Goals').fill('Teach safe wound care at home and recruit new graduate nurses.');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.getByLabel(/^Audience/).fill('Patients after discharge, their carers, and nursing students nearby.');
    await page.getByLabel('Instagram').check();
    await page.getByLabel('YouTube').check();
    await page.getByLabel('Metrics').fill('Saves and shares per clip; applications citing social media, quarterly.');
    await page.getByLabel('Governance and privacy plan').fill('Two people proof-read every post; consent forms for anyone filmed; no patient details.');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Submit the plan' }).click();

    await page.getByText('Waiting for a reviewer to pick it up.').waitFor();
    await page.getByText('Submitted the plan').waitFor();
    await stage.screenshot('fellows-plan-submitted');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // The reviewer (staff) finds it in the queue and accepts it.
    await logInThroughForm(page, t.baseUrl, staff.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/fellows/review`);
    await page.getByRole('link', { name: 'Seaside nurses teach on Instagram' }).click();
    await page.getByRole('button', { name: 'Start the review' }).waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.getByRole('button', { name: 'Start the review' }).click();
    await page.getByRole('button', { name: 'Accept' }).waitFor();
    await page.getByLabel('Comment for the author').fill('Clear goals and a careful consent process. Welcome.');
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Accepted the plan').waitFor();
    await stage.screenshot('fellows-review-accepted');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const [mail] = await t.mailbox.waitFor(author.email, { subject: /was accepted/ });
    expect(mail.text).not.toContain('Welcome.');

    // The author sees the decision and the reviewer's comment, and chooses to be listed.
    await logInThroughForm(page, t.baseUrl, author.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/fellows/plan`);
    await page.getByText('Accepted: the author is a Social Media Fellow.').waitFor();
    await page.getByText('Clear goals and a careful consent process. Welcome.').waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.getByLabel('Show me on the public Fellows page').check();
    await page.getByLabel('Summary to share (optional)').fill('Wound-care clips for patients at home.');
    await page.getByRole('button', { name: 'Save my listing' }).click();
    await page.getByText('Saved.').waitFor();

    await page.context().clearCookies();
    await page.goto(`${t.baseUrl}/fellows`);
    const card = page.getByRole('listitem').filter({ hasText: 'Nora Nurse, RN' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Wound-care clips for patients at home.');
    await stage.screenshot('fellows-public');
    expect(await page.locator('main').textContent()).not.toContain('Two people proof-read');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});
