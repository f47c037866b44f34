/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, describeViolations } from '../utils/axe';
import { BrowserSession, logInThroughForm, openBrowser, sidewaysOverflow } from '../utils/browser';
import { TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp, uniqueEmail } from '../utils/test-app';

const ARTIFACTS = join(__dirname, '.artifacts');

describe('the Health Care Social Media List in the browser (390 px wide)', () => {
  let t: TestApp;
  let db: TestDb;
  let b: BrowserSession;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    t = await startTestApp({ DIRECTORY_SUBMISSIONS_PER_IP_PER_HOUR: '1000' });
    db = await new TestDb().connect();
    // bypassCSP only lets the test inject axe-core.
    b = await openBrowser(undefined, { bypassCSP: true });
  });
  afterAll(async () => {
    await b?.close();
    await db?.close();
    await t?.close();
  });

  it('a visitor submits an organization, confirms by email, staff approve it, and it appears in the grid', async () => {
    const { page } = b;
    page.setDefaultTimeout(15000);
    const name = `Lakeside Children’s Hospital ${Date.now().toString(36)}`;
    const email = uniqueEmail('webteam');
    const pick = async (label: string, option: string, type?: string) => {
      const input = page.getByRole('combobox', { name: label, exact: true });
      await input.click();
      if (type) await input.fill(type);
      await page.getByRole('option', { name: option, exact: true }).click();
    };

    await page.goto(`${t.baseUrl}/directory/submit`);
    await page.getByLabel('Organization name').fill(name);
    await pick('Type', 'Hospital');
    await pick('Country', 'Canada', 'Cana');
    await page.getByLabel('State, province or region').fill('Ontario');
    await page.getByLabel('City').fill('Toronto');
    await page.getByLabel('Website').fill('lakeside-kids.example.org');
    await pick('Platform 1', 'Facebook');
    // A URL on another platform is caught next to the field, before anything is sent.
    await page.getByLabel('Address 1').fill('https://www.instagram.com/lakesidekids');
    await page.getByLabel('Your work email').fill(email);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('This address is not on the chosen platform.').waitFor();
    expect((await db.query(`select count(*)::int as n from directory_submissions where name = $1`, [name]))[0].n).toBe(0);

    await page.getByLabel('Address 1').fill('https://www.facebook.com/lakesidekids');
    await page.getByText('This address is not on the chosen platform.').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Add another account' }).click();
    await pick('Platform 2', 'YouTube');
    await page.getByLabel('Address 2').fill('https://www.youtube.com/@lakesidekids');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'directory-submit-390.png'), fullPage: true });
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Check your email').first().waitFor();

    // The confirmation link from the submitter's inbox.
    const [mail] = await t.mailbox.waitFor(email, { subject: /Confirm/ });
    const confirmLink = mail.links.find((l) => l.includes('/directory/confirm/'))!;
    await page.goto(confirmLink);
    await page.getByText('Submission confirmed').first().waitFor();

    // Staff approve it in the review queue.
    const staff = await db.createUser({ roles: ['member', 'staff'], displayName: 'Staff Sam' });
    await logInThroughForm(page, t.baseUrl, staff.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/directory/review`);
    const item = page.getByRole('region', { name });
    await item.waitFor();
    await item.getByText(email).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'directory-review-390.png'), fullPage: true });
    await item.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(`${name} is now listed.`).waitFor();
    await item.waitFor({ state: 'detached' });

    // Public again: the grid finds it, and the submitter got the edit link.
    await page.context().clearCookies();
    await page.goto(`${t.baseUrl}/directory?q=${encodeURIComponent('lakeside children')}`);
    const card = page.getByRole('article').filter({ hasText: name });
    await card.waitFor();
    await card.getByText('Toronto, Ontario, Canada').waitFor();
    await card.getByText('YouTube').waitFor();
    expect(await page.getByRole('link', { name: /Download CSV/ }).getAttribute('href')).toContain('/directory/export.csv?q=lakeside');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'directory-grid-390.png'), fullPage: true });
    // Filters fold away on a phone; each option shows its count, and the address keeps the choice.
    await page.getByRole('button', { name: 'Filters and sort' }).click();
    await page.getByLabel('Country', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Canada (1)' }).click();
    await page.waitForURL(/country=CA/);
    await card.waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await t.mailbox.waitFor(email, { subject: /now on the Health Care Social Media List/ });
  });

  it.each(['/directory', '/directory/submit', '/directory/review'])('%s has no serious accessibility violations (axe-core)', async (path) => {
    const { page } = b;
    if (path === '/directory/review') {
      // Something to review, with a likely duplicate of the listing approved above (same website).
      await db.query(
        `insert into directory_submissions (kind, status, name, name_key, type, country, website, website_domain, accounts, submitter_email, confirmed_at)
         values ('new', 'pending', 'Lakeside Kids', 'kids lakeside', 'clinic', 'CA', 'https://lakeside-kids.example.org/', 'lakeside-kids.example.org',
                 '[{"platform":"x","url":"https://x.com/lakesidekids"}]', 'axe@example.org', now())`,
      );
      const staff = await db.createUser({ roles: ['member', 'staff'], displayName: 'Staff Axe' });
      await logInThroughForm(page, t.baseUrl, staff.email, GOOD_PASSWORD);
    } else {
      await page.context().clearCookies();
    }
    await page.goto(`${t.baseUrl}${path}`);
    await page.waitForLoadState('networkidle');
    if (path === '/directory/review') await page.getByText('Possible duplicate: listed, same website').waitFor();
    const violations = await axeViolations(page);
    if (violations.length) await page.screenshot({ path: join(ARTIFACTS, `axe${path.replace(/\//g, '_')}.png`), fullPage: true });
    expect(describeViolations(violations)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('staff remove a listing from the grid with a reason', async () => {
    const { page } = b;
    const staff = await db.createUser({ roles: ['member', 'staff'], displayName: 'Staff Remover' });
    const name = `Closing Clinic ${Date.now().toString(36)}`;
    await db.query(
      `insert into directory_organizations (name, name_key, type, country, website, website_domain, accounts, platforms, submitter_email)
       values ($1, $1, 'clinic', 'US', 'https://closing.example.org/', 'closing.example.org', '[{"platform":"x","url":"https://x.com/closing"}]', '{x}', 'closing@example.org')`,
      [name],
    );
    await logInThroughForm(page, t.baseUrl, staff.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/directory?q=${encodeURIComponent(name)}`);
    await page.getByRole('button', { name: `Remove ${name}` }).click();
    await page.getByRole('dialog').getByLabel(/^Reason/).fill('The clinic closed.');
    await page.getByRole('button', { name: 'Remove from the list' }).click();
    await page.getByText('No organization matches these filters.').waitFor();
    await t.mailbox.waitFor('closing@example.org', { subject: /was removed/ });
  });
});
