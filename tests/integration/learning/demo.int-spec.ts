import { logIn } from '../../utils/fixtures';
import { ok } from '../../utils/forum-fixtures';
import { startDemoApp } from '../../utils/demo-app';
import type { TestApp } from '../../utils/test-app';

const COURSE = `{ course { title modules { title } certificate { code holderName } } }`;

/** The demo course as `npm start` loads it: modules for everyone's outline, Sarah's certificate checkable by anyone. */
describe('certificate course demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startDemoApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('outlines six modules to a visitor, and Sarah’s certificate verifies publicly', async () => {
    const visitor = t.client();
    const { course } = await ok(visitor, COURSE);
    expect(course.title).toBe('Social for Healthcare Certificate');
    expect(course.modules).toHaveLength(6);
    expect(course.certificate).toBeNull();

    const sarah = t.client();
    await logIn(sarah, 'sarah.chen@confer.test', 'confer-demo-2026');
    const mine = (await ok(sarah, COURSE)).course.certificate;
    expect(mine.holderName).toBe('Sarah Chen');
    const check = await ok(visitor, `query($code: String!) { verifyCertificate(code: $code) { holderName courseTitle } }`, { code: mine.code });
    expect(check.verifyCertificate).toEqual({ holderName: 'Sarah Chen', courseTitle: 'Social for Healthcare Certificate' });
  });
});
