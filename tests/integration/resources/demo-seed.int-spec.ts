import { logIn } from '../../utils/fixtures';
import { ok } from '../../utils/forum-fixtures';
import { startDemoApp } from '../../utils/demo-app';
import type { TestApp } from '../../utils/test-app';

/** The demo library and fellows load and read as a visitor and a demo member would see them. */
describe('demo fellows and resources', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startDemoApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('every kind and audience is in the catalogue; the draft is not; premium items are previews for visitors', async () => {
    const { resources } = await ok(t.client(), `{ resources(filter: { first: 50 }) { total nodes { slug kind audience access bodyHtml linkUrl } } }`);
    const demo = resources.nodes.filter((n: any) => ['twelve-word-social-media-policy', 'patient-privacy-checklist', 'webinar-measuring-roi', 'strategic-plan-workbook', 'hospital-social-media-policy-template', 'draft-tiktok-guidance'].includes(n.slug));
    expect(demo.map((n: any) => n.slug).sort()).toEqual(['hospital-social-media-policy-template', 'patient-privacy-checklist', 'strategic-plan-workbook', 'twelve-word-social-media-policy', 'webinar-measuring-roi']);
    expect(new Set(resources.nodes.map((n: any) => n.kind))).toEqual(new Set(['GUIDELINE', 'TEMPLATE', 'TRAINING', 'WEBINAR', 'ARTICLE']));
    for (const n of resources.nodes) {
      if (n.audience !== 'PUBLIC') expect(n).toMatchObject({ access: 'PREVIEW', bodyHtml: null, linkUrl: null });
    }
  });

  it('Sarah is a listed fellow; Marcus sees the reviewer’s request on his timeline', async () => {
    const { fellows } = await ok(t.client(), `{ fellows { displayName credentials organizationName cohortYear summary } }`);
    expect(fellows).toContainEqual(expect.objectContaining({ displayName: 'Sarah Chen', credentials: 'RN, BSN', organizationName: 'Bayview Hospital' }));
    const marcus = t.client();
    await logIn(marcus, 'marcus.johnson@confer.test', 'confer-demo-2026');
    const mine = (await ok(marcus, `{ myFellowship { eligible plan { status availableActions timeline { action actorName comment } } } }`)).myFellowship;
    expect(mine.plan).toMatchObject({ status: 'REVISION_REQUESTED', availableActions: ['RESUBMIT'] });
    expect(mine.plan.timeline.map((e: any) => e.action)).toEqual(['SUBMIT', 'START_REVIEW', 'REQUEST_REVISION']);
  });
});
