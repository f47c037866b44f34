import { eventsPolicy } from './events.policy';
import { ANONYMOUS_VIEWER, Viewer } from './viewer.types';

const guest: Viewer = { userId: 'g', roles: ['member'], tier: 'guest', emailVerified: true };
const premium: Viewer = { userId: 'p', roles: ['member'], tier: 'premium', emailVerified: true };
const staff: Viewer = { userId: 's', roles: ['staff'], tier: 'premium', emailVerified: true };
const forgedAnonymous: Viewer = { ...ANONYMOUS_VIEWER, tier: 'premium', roles: ['staff'] };

describe('eventsPolicy', () => {
  it.each([
    ['anonymous', ANONYMOUS_VIEWER, 'published', true],
    ['anonymous', ANONYMOUS_VIEWER, 'cancelled', true],
    ['anonymous', ANONYMOUS_VIEWER, 'draft', false],
    ['premium', premium, 'draft', false],
    ['anonymous with forged roles', forgedAnonymous, 'draft', false],
    ['staff', staff, 'draft', true],
  ] as const)('%s sees a %s event: %s', (_n, v, status, expected) => {
    expect(eventsPolicy.canSeeEvent(v, { status })).toBe(expected);
  });

  it.each([
    ['anonymous', ANONYMOUS_VIEWER, 'anyone', false],
    ['guest', guest, 'anyone', true],
    ['guest', guest, 'premium', false],
    ['premium', premium, 'premium', true],
    ['anonymous with forged tier', forgedAnonymous, 'premium', false],
  ] as const)('%s buys a ticket for %s: %s', (_n, v, audience, expected) => {
    expect(eventsPolicy.canBuy(v, audience)).toBe(expected);
  });

  it.each([
    ['buyer', guest, { buyerId: 'g', attendeeUserId: null }, true],
    ['attendee', premium, { buyerId: 'g', attendeeUserId: 'p' }, true],
    ['another member', premium, { buyerId: 'g', attendeeUserId: null }, false],
    ['anonymous', ANONYMOUS_VIEWER, { buyerId: 'g', attendeeUserId: null }, false],
    ['staff', staff, { buyerId: 'g', attendeeUserId: null }, true],
  ] as const)('%s sees a registration: %s', (_n, v, r, expected) => {
    expect(eventsPolicy.canSeeRegistration(v, r)).toBe(expected);
    expect(eventsPolicy.canSeeOrder(v, r)).toBe(expected && _n !== 'attendee');
  });

  it.each([
    ['registrant', premium, true, true],
    ['not registered', premium, false, false],
    ['anonymous', ANONYMOUS_VIEWER, true, false],
    ['staff', staff, false, true],
  ] as const)('%s sees a webinar link: %s', (_n, v, registered, expected) => {
    expect(eventsPolicy.canSeeJoinLink(v, registered)).toBe(expected);
  });
});
