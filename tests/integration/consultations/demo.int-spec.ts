import { logIn } from '../../utils/fixtures';
import { ok } from '../../utils/forum-fixtures';
import { C } from '../../utils/consultation-fixtures';
import { startDemoApp } from '../../utils/demo-app';
import type { TestApp } from '../../utils/test-app';

/** The demo data: experts with topics, consultation types, availability, and one booking. */
describe('consultations demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startDemoApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows both experts with bookable slots, and Sarah’s booking in her consultations', async () => {
    const visitor = t.client();
    const { experts } = await ok(visitor, C.experts, {});
    const names = experts.map((e: any) => e.displayName);
    expect(names.sort()).toEqual(['Ada Okafor', 'Lee Park']);
    const ada = experts.find((e: any) => e.displayName === 'Ada Okafor');
    expect(ada.topics).toContain('HIPAA and privacy');
    expect(ada.consultationTypes.map((t: any) => t.mode)).toEqual(['ONLINE', 'ONLINE', 'ON_SITE']);
    const slots = await ok(visitor, C.slots, { typeId: ada.consultationTypes[0].id, tz: 'Europe/Berlin', days: 14 });
    expect(slots.consultationSlots.flatMap((d: any) => d.slots).length).toBeGreaterThan(10);

    const sarah = t.client();
    await logIn(sarah, 'sarah.chen@confer.test', 'confer-demo-2026');
    const mine = (await ok(sarah, C.mine)).myConsultations;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'BOOKED', expert: { displayName: 'Ada Okafor' }, canReschedule: true });
  });
});
