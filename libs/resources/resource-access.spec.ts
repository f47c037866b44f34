import type { Audience, Viewer } from '../access';
import { fullAudiences, resourceAccess, resourceInvitation } from './resource-access.rule';

const viewer = (over: Partial<Viewer> = {}): Viewer => ({ userId: 'u1', roles: ['member'], tier: 'guest', emailVerified: true, ...over });
const anon: Viewer = { userId: null, roles: [], tier: 'guest', emailVerified: false };
const guest = viewer();
const premium = viewer({ tier: 'premium' });
const staff = viewer({ roles: ['member', 'staff'] });
const forged: Viewer = { userId: null, roles: ['staff'], tier: 'premium', emailVerified: true };

describe('resourceAccess and resourceInvitation', () => {
  it.each<[string, Viewer, Audience, boolean, string, string | null]>([
    ['anonymous, public', anon, 'public', true, 'full', null],
    ['anonymous, guest item', anon, 'guest', true, 'preview', 'sign_up'],
    ['anonymous, premium item', anon, 'premium', true, 'preview', 'sign_up'],
    ['forged anonymous, premium item', forged, 'premium', true, 'preview', 'sign_up'],
    ['guest, guest item', guest, 'guest', true, 'full', null],
    ['guest, premium item', guest, 'premium', true, 'preview', 'upgrade'],
    ['premium, premium item', premium, 'premium', true, 'full', null],
    ['staff on guest tier, premium item', staff, 'premium', true, 'full', null],
    ['premium, unpublished', premium, 'public', false, 'hidden', null],
    ['anonymous, unpublished', anon, 'public', false, 'hidden', null],
    ['forged anonymous, unpublished', forged, 'premium', false, 'hidden', null],
    ['staff, unpublished', staff, 'premium', false, 'full', null],
    ['unknown audience fails closed', premium, 'secret' as Audience, true, 'preview', 'upgrade'],
  ])('%s', (_n, v, audience, published, access, invitation) => {
    expect(resourceAccess(v, { audience, published })).toBe(access);
    expect(resourceInvitation(v, { audience, published })).toBe(invitation);
  });

  it.each<[string, Viewer, Audience[]]>([
    ['anonymous', anon, ['public']],
    ['forged anonymous', forged, ['public']],
    ['guest', guest, ['public', 'guest']],
    ['premium', premium, ['public', 'guest', 'premium']],
    ['staff', staff, ['public', 'guest', 'premium']],
  ])('fullAudiences(%s)', (_n, v, expected) => expect(fullAudiences(v)).toEqual(expected));

  it('fullAudiences agrees with resourceAccess for every audience', () => {
    for (const v of [anon, forged, guest, premium, staff]) {
      for (const a of ['public', 'guest', 'premium'] as Audience[]) {
        expect(fullAudiences(v).includes(a)).toBe(resourceAccess(v, { audience: a, published: true }) === 'full');
      }
    }
  });
});
