/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TransactionRunner } from '../../apps/api/src/core/database/transaction-runner';
import { DEMO_COURSE_MODULES } from '../../apps/api/src/modules/learning/learning-demo.data';
import { LearningDemoSeed } from '../../apps/api/src/modules/learning/learning-demo.seed';
import { axeViolations, describeViolations } from '../utils/axe';
import { BrowserSession, logInThroughForm, openBrowser, sidewaysOverflow } from '../utils/browser';
import { TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp } from '../utils/test-app';

const ARTIFACTS = join(__dirname, '.artifacts');

describe('the certificate course in the browser (390 px wide)', () => {
  let t: TestApp;
  let db: TestDb;
  let browser: BrowserSession;
  let learner: { id: string; email: string };
  let guest: { id: string; email: string };
  let staff: { id: string; email: string };

  const logIn = (page: Page, email: string) => logInThroughForm(page, t.baseUrl, email, GOOD_PASSWORD);
  const noSidewaysScroll = async (page: Page) => expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  // The app shell (header, avatar) belongs to the accessibility suite; this checks the course's own content.
  const noAxeViolations = async (page: Page) => {
    const found = [];
    for (const v of await axeViolations(page)) {
      const nodes = [];
      for (const n of v.nodes) if (await page.evaluate((selector) => !!document.querySelector(selector)?.closest('main'), n.target[0])) nodes.push(n);
      if (nodes.length > 0) found.push({ ...v, nodes });
    }
    expect(describeViolations(found)).toEqual([]);
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    t = await startTestApp();
    db = await new TestDb().connect();
    // The demo course content, loaded the way `npm start` loads it.
    await t.app.get(TransactionRunner).run((tx) => t.app.get(LearningDemoSeed).run(tx));
    learner = await db.createUser({ displayName: 'Jordan Ellis' });
    guest = await db.createUser({ displayName: 'Guest Gray' });
    staff = await db.createUser({ displayName: 'Staff Stevie', roles: ['member', 'staff'] });
    await db.query(`insert into premium_grants (user_id, starts_at, source) values ($1, now() - interval '1 day', 'staff')`, [learner.id]);
    // The course on its own, as the demo seed sells it.
    await db.query(`insert into ticket_types (kind, course_id, name, list_price_cents, included_in_premium, max_per_order) select 'course', id, 'Social for Healthcare Certificate', 25000, true, 1 from courses where slug = 'social-for-healthcare'`);
    // bypassCSP only lets the test inject axe-core.
    browser = await openBrowser(undefined, { bypassCSP: true });
    browser.page.setDefaultTimeout(15000);
  });

  afterAll(async () => {
    await browser?.close();
    await db?.close();
    await t?.close();
  });

  it('a guest sees the outline and an invitation, never the content', async () => {
    const { page } = browser;
    await logIn(page, guest.email);
    await page.goto(`${t.baseUrl}/learning`);
    await page.getByRole('heading', { name: 'Social for Healthcare Certificate', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Take the course' }).waitFor();
    await expect(page.getByText(DEMO_COURSE_MODULES[0].title).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: DEMO_COURSE_MODULES[0].title }).count()).resolves.toBe(0);
    await noSidewaysScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'learning-guest-390.png'), fullPage: true });
    await noAxeViolations(page);

    // Buying it alone goes through the events checkout; an invoice does not open the course yet.
    await page.getByRole('link', { name: 'Buy the course — $250' }).click();
    await page.getByRole('heading', { name: 'Buy: Social for Healthcare Certificate' }).waitFor();
    await page.getByText('$250.00').first().waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Confirm and get invoice' }).click();
    expect(await page.getByTestId('order-state').innerText()).toBe('Confirmed — awaiting payment');
    await page.getByText('The course opens as soon as the invoice is paid.').waitFor();
    await noSidewaysScroll(page);

    await page.goto(`${t.baseUrl}/learning/modules/${DEMO_COURSE_MODULES[0].slug}`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('included in premium membership');
    expect(await page.content()).not.toContain('Patients were there first');
  });

  it('a member reads a module, passes its quiz, and the course overview moves on to the next module', async () => {
    const { page } = browser;
    const first = DEMO_COURSE_MODULES[0];
    await logIn(page, learner.email);
    await page.goto(`${t.baseUrl}/learning`);
    await page.getByText(`0 of ${DEMO_COURSE_MODULES.length} modules completed`).waitFor();
    await page.getByRole('link', { name: new RegExp(`: ${first.title}`) }).click();

    await page.getByRole('heading', { name: first.title, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Patients were there first' }).waitFor();
    await page.getByRole('button', { name: 'I have read this module' }).click();
    await page.getByText('You marked this module as read.').waitFor();
    await noSidewaysScroll(page);

    // One wrong answer first: the result says which answers were right, not what the right ones are.
    for (const [i, q] of first.quiz.entries()) {
      const choice = i === 0 ? (q.correct + 1) % q.choices.length : q.correct;
      await page.getByRole('radiogroup', { name: `${i + 1}. ${q.prompt}` }).getByRole('radio', { name: q.choices[choice] }).check();
    }
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByText(/You scored 66%/).waitFor();
    await page.getByText('Your answer is not right.').waitFor();
    expect(await page.getByText('Your answer is right.').count()).toBe(first.quiz.length - 1);

    await page.getByRole('radiogroup', { name: `1. ${first.quiz[0].prompt}` }).getByRole('radio', { name: first.quiz[0].choices[first.quiz[0].correct] }).check();
    await page.getByRole('button', { name: 'Submit answers again' }).click();
    await page.getByText('Passed: 100%').waitFor();
    await page.getByText('Completed', { exact: true }).first().waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'learning-module-390.png'), fullPage: true });
    await noAxeViolations(page);

    await page.getByRole('link', { name: 'Next module' }).first().click();
    await page.getByRole('heading', { name: DEMO_COURSE_MODULES[1].title, level: 1 }).waitFor();

    await page.goto(`${t.baseUrl}/learning`);
    await page.getByText(`1 of ${DEMO_COURSE_MODULES.length} modules completed`).waitFor();
    await page.getByRole('link', { name: new RegExp(`Continue: ${DEMO_COURSE_MODULES[1].title}`) }).waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'learning-overview-390.png'), fullPage: true });
    await noAxeViolations(page);

    const rows = await db.query(`select p.passed_at is not null as passed, p.attempts from course_module_progress p where p.user_id = $1`, [learner.id]);
    expect(rows).toEqual([{ passed: true, attempts: 2 }]);
  });

  it('staff add a module with a quiz through the editor, and it joins the course', async () => {
    const { page } = browser;
    await logIn(page, staff.email);
    await page.goto(`${t.baseUrl}/learning/admin`);
    await page.getByRole('button', { name: 'Add a module' }).click();
    const form = page.getByRole('form', { name: 'New module' });
    await form.getByLabel('Title').waitFor();
    await noAxeViolations(page);
    await form.getByLabel('Title').fill('Handling comments and reviews');
    await form.getByLabel('Address').fill('handling-comments');
    await form.getByLabel('Summary').fill('What to answer, what to hide, and how fast.');
    await form.getByLabel('Content').fill('## Answer in public, solve in private\n\nAcknowledge, then move the conversation to a private channel.');
    // The form checks the draft with the server's rule before sending it.
    await form.getByRole('button', { name: 'Add the module' }).click();
    await form.getByText(/different answers/).waitFor();
    await form.getByLabel('Question 1').fill('A patient complains in a public comment. First step?');
    await form.getByLabel('Answers, one per line').fill('Delete it\nAcknowledge and move to a private channel');
    await form.getByLabel('Right answer').click();
    await page.getByRole('option', { name: 'Acknowledge and move to a private channel' }).click();
    await noSidewaysScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'learning-admin-editor-390.png'), fullPage: true });
    await form.getByRole('button', { name: 'Add the module' }).click();
    await page.getByText(`${DEMO_COURSE_MODULES.length + 1}. Handling comments and reviews`).waitFor();

    const [row] = await db.query(`select position, pass_mark, content_html from course_modules where slug = 'handling-comments'`);
    expect(row).toEqual({ position: DEMO_COURSE_MODULES.length + 1, pass_mark: 70, content_html: expect.stringContaining('<h2>Answer in public, solve in private</h2>') });
    expect(await db.query(`select correct_index from course_quiz_questions q join course_modules m on m.id = q.module_id where m.slug = 'handling-comments'`)).toEqual([{ correct_index: 1 }]);
  });

  it('anyone can verify a certificate by its code: name, course and date; a made-up code says so', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    const code = 'SFHC-7K3QD-M9X2A-04BCN-ZZ1RT';
    const [course] = await db.query<{ id: string }>(`select id from courses where slug = 'social-for-healthcare'`);
    await db.query(
      `insert into course_certificates (course_id, user_id, code, holder_name, course_title, issued_at) values ($1, $2, $3, 'Jordan Ellis', 'Social for Healthcare Certificate', '2026-11-02T15:00:00Z')`,
      [course.id, learner.id, code],
    );
    await page.goto(`${t.baseUrl}/certificates`);
    await page.getByLabel('Verification code').fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${t.baseUrl}/certificates/${code}`);
    const card = page.getByRole('region', { name: 'Certificate' });
    await card.getByText('Valid certificate').waitFor();
    expect(await card.innerText()).toContain('Jordan Ellis completed the Social for Healthcare Certificate on Nov 2, 2026.');
    expect(await page.getByRole('link', { name: /PDF/ }).count()).toBe(0);
    await noSidewaysScroll(page);
    await noAxeViolations(page);

    await page.goto(`${t.baseUrl}/certificates/SFHC-ABCDE-FGHJK-MNPQR-STVWX`);
    await page.getByRole('alert').getByText('Not a valid certificate').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('No certificate has this verification code.');
  });
});
