import { cancellation } from './cancellation.rule';

const START = new Date('2026-11-13T13:00:00Z');
const DEADLINE = new Date('2026-11-06T05:00:00Z');
const before = new Date('2026-11-01T00:00:00Z');
const after = new Date('2026-11-07T00:00:00Z');

describe('cancellation', () => {
  it.each([
    ['pending, before the deadline', 'pending', before, false, DEADLINE, { event: 'cancel' }],
    ['awaiting payment', 'awaiting_payment', before, false, DEADLINE, { event: 'cancel' }],
    ['paid: refunded', 'paid', before, false, DEADLINE, { event: 'refund' }],
    ['after the deadline', 'paid', after, false, DEADLINE, { problem: 'CANCELLATION_CLOSED' }],
    ['staff after the deadline', 'paid', after, true, DEADLINE, { event: 'refund' }],
    ['no deadline: until the start', 'paid', after, false, null, { event: 'refund' }],
    ['no deadline, event started', 'paid', START, false, null, { problem: 'CANCELLATION_CLOSED' }],
    ['cancelling twice', 'cancelled', before, false, DEADLINE, { problem: 'ALREADY_CANCELLED' }],
    ['refunded already', 'refunded', before, true, DEADLINE, { problem: 'ALREADY_CANCELLED' }],
    ['expired hold', 'expired', before, false, DEADLINE, { problem: 'INVALID_ORDER_STATE' }],
  ] as const)('%s', (_n, state, now, byStaff, deadline, expected) => {
    expect(cancellation(state, { deadlines: [deadline], starts: [START], now, byStaff })).toEqual(expected);
  });

  it.each([
    ['pending', false, { event: 'cancel' }],
    ['awaiting_payment', false, { event: 'cancel' }],
    ['paid', false, { problem: 'CANCELLATION_CLOSED' }],
    ['paid', true, { event: 'refund' }],
  ] as const)('a membership order (no event), %s, by staff %s', (state, byStaff, expected) => {
    expect(cancellation(state, { deadlines: [], starts: [], now: before, byStaff })).toEqual(expected);
  });

  it('a bundle closes at the earliest of its events’ deadlines', () => {
    const early = new Date('2026-10-15T00:00:00Z');
    expect(cancellation('paid', { deadlines: [DEADLINE, early], starts: [START, START], now: before, byStaff: false })).toEqual({ problem: 'CANCELLATION_CLOSED' });
  });
});
