export const EVENTS_QUEUES = {
  /** One per pending order, due when its hold ends. */
  expireHold: 'events.expire-hold',
  /** One per waiting-list offer, due when the offer ends. */
  lapseOffer: 'events.lapse-offer',
  /** Every minute: catches any hold or offer whose own job was lost or ran early. */
  sweep: 'events.sweep',
} as const;
