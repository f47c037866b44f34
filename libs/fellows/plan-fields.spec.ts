import { checkPlanFields, checkText, type PlanFields } from './plan-fields.rule';

const GOOD: PlanFields = {
  title: 'Bayview nursing on Instagram',
  goals: 'Recruit nurses and share patient education.',
  audience: 'Nursing students and new graduates in our region.',
  platforms: ['instagram', 'linkedin'],
  metrics: 'Applications from social referrals each quarter.',
  governance: 'Two people proof-read; no patient appears without signed consent.',
};

describe('checkPlanFields', () => {
  it.each<[string, Partial<PlanFields>, Record<string, string>]>([
    ['a complete plan', {}, {}],
    ['short title', { title: 'ab' }, { title: 'Give the plan a title of 3 to 200 characters.' }],
    ['blank title', { title: '    ' }, { title: 'Give the plan a title of 3 to 200 characters.' }],
    ['long title', { title: 'x'.repeat(201) }, { title: 'Give the plan a title of 3 to 200 characters.' }],
    ['short goals', { goals: 'Grow.' }, { goals: 'Write at least 20 characters.' }],
    ['oversized governance', { governance: 'y'.repeat(10_001) }, { governance: 'Keep this section under 10,000 characters.' }],
    ['section at the limit', { metrics: 'z'.repeat(10_000) }, {}],
    ['emoji count as one character', { title: '👩‍⚕️👩‍⚕️' }, {}],
    ['no platforms', { platforms: [] }, { platforms: 'Choose at least one platform.' }],
    ['unknown platform', { platforms: ['instagram', 'myspace'] }, { platforms: 'Choose platforms from the list.' }],
  ])('%s', (_name, patch, expected) => {
    expect(checkPlanFields({ ...GOOD, ...patch })).toEqual(expected);
  });
});

describe('checkText', () => {
  it.each<[string | null | undefined, number, ReturnType<typeof checkText>]>([
    [null, 10, { ok: true, value: null }],
    ['   ', 10, { ok: true, value: null }],
    ['  hello ', 10, { ok: true, value: 'hello' }],
    ['x'.repeat(11), 10, { ok: false, message: 'Keep it under 10 characters.' }],
  ])('%j max %d', (value, max, expected) => expect(checkText(value, max)).toEqual(expected));
});
