import { MEMBERSHIP_BENEFITS } from './membership-benefits.data';

describe('MEMBERSHIP_BENEFITS', () => {
  it.each<[string, 'guest' | 'premium', RegExp]>([
    ['guest: public samples', 'guest', /sample/i],
    ['guest: public calendar', 'guest', /calendar/i],
    ['guest: directory', 'guest', /directory/i],
    ['guest: full-price tickets', 'guest', /full price/i],
    ['premium: confidential board', 'premium', /confidential/i],
    ['premium: 25% off in-person events', 'premium', /25%.*Annual Conference.*Residency/i],
    ['premium: webinars', 'premium', /webinars included/i],
    ['premium: certificate course', 'premium', /Social for Healthcare Certificate/],
    ['premium: expert consultations', 'premium', /consultations/i],
    ['premium: personal calendar feed', 'premium', /personal calendar feed/i],
  ])('%s', (_name, tier, pattern) => {
    expect(MEMBERSHIP_BENEFITS[tier].some((line) => pattern.test(line))).toBe(true);
  });
});
