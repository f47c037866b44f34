import { graphql } from '../../../gql';

export const ticketTypeFragment = graphql(`
  fragment TicketTypeFields on TicketType {
    id
    kind
    name
    description
    eventId
    bundleEventIds
    listPriceCents
    capacity
    seatsLeft
    soldOut
    onSale
    audience
    inPerson
    includedInPremium
    maxPerOrder
    membershipMonths
    saleStartsAt
    saleEndsAt
  }
`);

export const eventSummaryFragment = graphql(`
  fragment EventSummaryFields on Event {
    id
    slug
    kind
    title
    summary
    status
    timeZone
    startsAt
    endsAt
    venueStart
    venueName
  }
`);

export const sessionFragment = graphql(`
  fragment EventSessionFields on EventSession {
    id
    eventId
    type
    title
    description
    track
    room
    startsAt
    endsAt
    venueStart
    venueEnd
    speakers {
      userId
      displayName
      credentials
    }
  }
`);

export const questionFragment = graphql(`
  fragment EventQuestionFields on EventQuestion {
    id
    label
    kind
    options
    required
  }
`);

export const personalAgendaFragment = graphql(`
  fragment PersonalAgendaFields on PersonalAgenda {
    eventId
    registrationId
    sessions {
      id
    }
    clashes {
      sessionId
      clashesWith
    }
  }
`);

export const registrationFragment = graphql(`
  fragment EventRegistrationFields on EventRegistration {
    id
    orderId
    orderState
    status
    ticketTypeId
    ticketTypeName
    attendeeName
    attendeeEmail
    attendeeCredentials
    attendeeOrganization
    isAttendee
    isBuyer
    canCancel
    canTransfer
    cancelUntil
    cancelledAt
    checkedInAt
    checkedInAtVenue
    transferredAt
    refundCents
    joinUrl
    recordingUrl
    ticketToken
    ticketQrDataUrl
    event {
      ...EventSummaryFields
    }
  }
`);

export const orderFragment = graphql(`
  fragment OrderFields on Order {
    id
    state
    subtotalCents
    discountCents
    totalCents
    discountReason
    explanation
    holdExpiresAt
    invoiceNumber
    paymentProvider
    createdAt
    confirmedAt
    paidAt
    cancelledAt
    refundedAt
    refundCents
    lines {
      ticketTypeId
      name
      quantity
      unitListCents
      unitDiscountCents
      lineTotalCents
    }
    registrations {
      id
      eventId
      attendeeName
      status
    }
  }
`);

export const waitlistFragment = graphql(`
  fragment WaitlistEntryFields on WaitlistEntry {
    id
    eventId
    ticketTypeId
    quantity
    status
    position
    offerExpiresAt
    orderId
    createdAt
  }
`);

export const eventDetailFragment = graphql(`
  fragment EventDetailFields on Event {
    ...EventSummaryFields
    description
    venueAddress
    venueEnd
    cancellationDeadline
    includesCourse
    joinUrl
    recordingUrl
    questions {
      ...EventQuestionFields
    }
    ticketTypes {
      ...TicketTypeFields
    }
  }
`);

export const eventsQuery = graphql(`
  query Events($kind: EventKind, $includePast: Boolean! = false) {
    events(kind: $kind, includePast: $includePast) {
      ...EventSummaryFields
    }
  }
`);

export const eventQuery = graphql(`
  query Event($slug: String!) {
    event(slug: $slug) {
      ...EventDetailFields
    }
  }
`);

export const agendaDayFragment = graphql(`
  fragment AgendaDayFields on AgendaDay {
    date
    tracks {
      name
      sessions {
        ...EventSessionFields
      }
    }
  }
`);

export const eventAgendaQuery = graphql(`
  query EventAgenda($slug: String!) {
    event(slug: $slug) {
      ...EventSummaryFields
      agenda {
        ...AgendaDayFields
      }
    }
  }
`);

export const myAgendaQuery = graphql(`
  query MyAgenda($eventId: ID!) {
    myAgenda(eventId: $eventId) {
      ...PersonalAgendaFields
    }
  }
`);

export const chooseAgendaSessionMutation = graphql(`
  mutation ChooseAgendaSession($sessionId: ID!) {
    chooseAgendaSession(sessionId: $sessionId) {
      warning
      clashesWith {
        id
        title
      }
      agenda {
        ...PersonalAgendaFields
      }
    }
  }
`);

export const removeAgendaSessionMutation = graphql(`
  mutation RemoveAgendaSession($sessionId: ID!) {
    removeAgendaSession(sessionId: $sessionId) {
      ...PersonalAgendaFields
    }
  }
`);

export const membershipProductsQuery = graphql(`
  query MembershipProducts {
    membershipProducts {
      ...TicketTypeFields
    }
  }
`);

export const priceQuoteQuery = graphql(`
  query PriceQuote($input: PriceQuoteInput!) {
    priceQuote(input: $input) {
      ticketTypeId
      quantity
      buyerTier
      unitListCents
      unitDiscountCents
      unitTotalCents
      listPriceCents
      discountCents
      totalCents
      reason
      explanation
      promoCode
      promoProblem
    }
  }
`);

export const checkoutMutation = graphql(`
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) {
      ...OrderFields
    }
  }
`);

export const confirmOrderMutation = graphql(`
  mutation ConfirmOrder($orderId: ID!) {
    confirmOrder(orderId: $orderId) {
      ...OrderFields
    }
  }
`);

export const cancelOrderMutation = graphql(`
  mutation CancelOrder($orderId: ID!, $reason: String) {
    cancelOrder(orderId: $orderId, reason: $reason) {
      ...OrderFields
    }
  }
`);

export const myTicketsQuery = graphql(`
  query MyTickets {
    myRegistrations {
      ...EventRegistrationFields
    }
    myOrders {
      ...OrderFields
    }
    myWaitlist {
      ...WaitlistEntryFields
    }
  }
`);

export const cancelRegistrationMutation = graphql(`
  mutation CancelRegistration($registrationId: ID!) {
    cancelRegistration(registrationId: $registrationId) {
      ...EventRegistrationFields
    }
  }
`);

export const transferRegistrationMutation = graphql(`
  mutation TransferRegistration($input: TransferRegistrationInput!) {
    transferRegistration(input: $input) {
      ...EventRegistrationFields
    }
  }
`);

export const joinWaitlistMutation = graphql(`
  mutation JoinWaitlist($ticketTypeId: ID!, $quantity: Int!) {
    joinWaitlist(ticketTypeId: $ticketTypeId, quantity: $quantity) {
      ...WaitlistEntryFields
    }
  }
`);

export const leaveWaitlistMutation = graphql(`
  mutation LeaveWaitlist($entryId: ID!) {
    leaveWaitlist(entryId: $entryId) {
      ok
    }
  }
`);

export const declineWaitlistOfferMutation = graphql(`
  mutation DeclineWaitlistOffer($entryId: ID!) {
    declineWaitlistOffer(entryId: $entryId) {
      ok
    }
  }
`);

export const acceptWaitlistOfferMutation = graphql(`
  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {
    acceptWaitlistOffer(input: $input) {
      ...OrderFields
    }
  }
`);

export const checkoutEventQuery = graphql(`
  query CheckoutEvent($id: ID!) {
    eventById(id: $id) {
      ...EventSummaryFields
      questions {
        ...EventQuestionFields
      }
      ticketTypes {
        ...TicketTypeFields
      }
    }
  }
`);
