import { Buyer, EQ, EventsWorld, ok } from '../../utils/events-fixtures';

/** Registration fields as the tickets page reads them. */
export const REG = `id orderId orderState ticketTypeId ticketTypeName status attendeeName attendeeEmail attendeeCredentials attendeeOrganization
  answers { questionId value } isBuyer isAttendee checkedInAt checkedInAtVenue cancelledAt refundCents transferredAt cancelUntil canCancel canTransfer
  icsUid ticketToken ticketQrDataUrl joinUrl recordingUrl event { id slug title kind timeZone }`;

export const RQ = {
  mine: `{ myRegistrations { ${REG} } }`,
  one: `query($id: ID!) { registration(id: $id) { ${REG} } }`,
  update: `mutation($input: UpdateRegistrationInput!) { updateRegistration(input: $input) { ${REG} } }`,
  cancel: `mutation($id: ID!) { cancelRegistration(registrationId: $id) { ${REG} } }`,
  transfer: `mutation($input: TransferRegistrationInput!) { transferRegistration(input: $input) { ${REG} } }`,
  checkIn: `mutation($eventId: ID!, $token: String!) { checkInTicket(eventId: $eventId, token: $token) { checkedInAt checkedInAtVenue registration { id attendeeName status } attendance { eventId checkedIn confirmed } } }`,
  checkInById: `mutation($eventId: ID!, $id: ID!) { checkInRegistration(eventId: $eventId, registrationId: $id) { checkedInAt checkedInAtVenue registration { id attendeeName } attendance { checkedIn confirmed } } }`,
  search: `query($eventId: ID!, $q: String!) { checkInSearch(eventId: $eventId, query: $q) { id attendeeName attendeeEmail checkedInAt ticketToken } }`,
  attendance: `query($eventId: ID!) { eventAttendance(eventId: $eventId) { eventId checkedIn confirmed } }`,
  agenda: `query($eventId: ID!) { myAgenda(eventId: $eventId) { eventId registrationId sessions { id title track } clashes { sessionId clashesWith } } }`,
  choose: `mutation($id: ID!) { chooseAgendaSession(sessionId: $id) { warning clashesWith { id title } agenda { sessions { id title } clashes { sessionId clashesWith } } } }`,
  unchoose: `mutation($id: ID!) { removeAgendaSession(sessionId: $id) { sessions { id } } }`,
};

/** Checks out and confirms (invoice); `paid` has staff mark it paid. Returns the order as confirmed. */
export async function register(
  w: EventsWorld,
  buyer: Buyer,
  ticketTypeId: string,
  opts: { quantity?: number; attendees?: Record<string, unknown>[]; answers?: { questionId: string; value: string }[]; paid?: Buyer } = {},
): Promise<{ id: string; state: string; registrations: { id: string; eventId: string; attendeeEmail: string; status: string }[] }> {
  const quantity = opts.quantity ?? opts.attendees?.length ?? 1;
  const input = w.checkoutInput(ticketTypeId, quantity, { ...(opts.attendees ? { attendees: opts.attendees } : {}), answers: opts.answers ?? [] });
  const { checkout } = await ok(buyer.client, EQ.checkout, { input });
  let order = checkout;
  if (order.state === 'PENDING') order = (await ok(buyer.client, EQ.confirm, { id: order.id })).confirmOrder;
  if (opts.paid && order.state === 'AWAITING_PAYMENT') order = (await ok(opts.paid.client, EQ.markPaid, { id: order.id, reference: 'test' })).markOrderPaid;
  return order;
}

/** The buyer attends the seat themselves. */
export const self = (b: Buyer, over: Record<string, unknown> = {}) => ({ name: b.displayName, email: b.email, credentials: 'MD', organization: 'Mayo Clinic', answers: [], ...over });
