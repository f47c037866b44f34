import { graphql } from '../../../gql';

export const eventByIdQuery = graphql(`
  query EventById($id: ID!) {
    eventById(id: $id) {
      ...EventDetailFields
      agenda {
        ...AgendaDayFields
      }
    }
  }
`);

export const createEventMutation = graphql(`
  mutation CreateEvent($input: EventFieldsInput!) {
    createEvent(input: $input) {
      ...EventSummaryFields
    }
  }
`);

export const updateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...EventSummaryFields
      description
      venueAddress
      cancellationDeadline
      joinUrl
      recordingUrl
    }
  }
`);

export const cancelEventMutation = graphql(`
  mutation CancelEvent($eventId: ID!, $reason: String) {
    cancelEvent(eventId: $eventId, reason: $reason) {
      eventId
      ordersCancelled
      seatsCancelled
    }
  }
`);

export const createEventSessionMutation = graphql(`
  mutation CreateEventSession($input: CreateSessionInput!) {
    createEventSession(input: $input) {
      ...EventSessionFields
    }
  }
`);

export const deleteEventSessionMutation = graphql(`
  mutation DeleteEventSession($sessionId: ID!) {
    deleteEventSession(sessionId: $sessionId) {
      ok
    }
  }
`);

export const createTicketTypeMutation = graphql(`
  mutation CreateTicketType($input: CreateTicketTypeInput!) {
    createTicketType(input: $input) {
      ...TicketTypeFields
    }
  }
`);

export const updateTicketTypeMutation = graphql(`
  mutation UpdateTicketType($input: UpdateTicketTypeInput!) {
    updateTicketType(input: $input) {
      ...TicketTypeFields
    }
  }
`);

export const promoCodesQuery = graphql(`
  query PromoCodes($eventId: ID) {
    promoCodes(eventId: $eventId) {
      id
      code
      description
      percentOff
      amountOffCents
      maxUses
      uses
      expiresAt
      active
      eventId
      ticketTypeIds
    }
  }
`);

export const createPromoCodeMutation = graphql(`
  mutation CreatePromoCode($input: CreatePromoCodeInput!) {
    createPromoCode(input: $input) {
      id
      code
    }
  }
`);

export const updatePromoCodeMutation = graphql(`
  mutation UpdatePromoCode($input: UpdatePromoCodeInput!) {
    updatePromoCode(input: $input) {
      id
      active
    }
  }
`);

export const eventRegistrationsQuery = graphql(`
  query EventRegistrations($filter: EventRegistrationsFilterInput!) {
    eventRegistrations(filter: $filter) {
      checkedIn
      confirmed
      items {
        id
        orderId
        status
        ticketTypeName
        attendeeName
        attendeeEmail
        attendeeCredentials
        attendeeOrganization
        orderState
        checkedInAt
        checkedInAtVenue
      }
    }
  }
`);

export const checkInPersonFragment = graphql(`
  fragment CheckInPersonFields on EventRegistration {
    id
    attendeeName
    attendeeCredentials
    attendeeOrganization
    ticketTypeName
    checkedInAt
    checkedInAtVenue
  }
`);

export const eventAttendanceFragment = graphql(`
  fragment EventAttendanceFields on EventAttendance {
    eventId
    checkedIn
    confirmed
  }
`);

export const checkInResultFragment = graphql(`
  fragment CheckInResultFields on CheckInResult {
    checkedInAt
    checkedInAtVenue
    attendance {
      ...EventAttendanceFields
    }
    registration {
      ...CheckInPersonFields
    }
  }
`);

export const checkInSearchQuery = graphql(`
  query CheckInSearch($eventId: ID!, $query: String!) {
    checkInSearch(eventId: $eventId, query: $query) {
      ...CheckInPersonFields
    }
  }
`);

export const eventAttendanceQuery = graphql(`
  query EventAttendance($eventId: ID!) {
    eventAttendance(eventId: $eventId) {
      ...EventAttendanceFields
    }
  }
`);


export const checkInTicketMutation = graphql(`
  mutation CheckInTicket($eventId: ID!, $token: String!) {
    checkInTicket(eventId: $eventId, token: $token) {
      ...CheckInResultFields
    }
  }
`);

export const checkInRegistrationMutation = graphql(`
  mutation CheckInRegistration($eventId: ID!, $registrationId: ID!) {
    checkInRegistration(eventId: $eventId, registrationId: $registrationId) {
      ...CheckInResultFields
    }
  }
`);

export const markOrderPaidMutation = graphql(`
  mutation MarkOrderPaid($orderId: ID!, $reference: String) {
    markOrderPaid(orderId: $orderId, reference: $reference) {
      id
      state
      paidAt
    }
  }
`);
