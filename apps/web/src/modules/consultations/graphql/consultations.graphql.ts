import { graphql } from '../../../gql';

export const expertCardFragment = graphql(`
  fragment ExpertCardFields on Expert {
    id
    displayName
    credentials
    credentialsVerified
    jobTitle
    organizationName
    headline
    topics
    timeZone
    accepting
  }
`);

export const consultationTypeFragment = graphql(`
  fragment ConsultationTypeFields on ConsultationType {
    id
    expertId
    title
    description
    durationMinutes
    mode
    room
    meetingUrl
    intakeQuestion
    active
  }
`);

export const consultationFragment = graphql(`
  fragment ConsultationFields on Consultation {
    id
    expertId
    typeId
    title
    mode
    location
    startsAt
    endsAt
    timeZone
    status
    intakeAnswer
    expertNotes
    sequence
    cancelReason
    viewerRole
    canReschedule
    canCancel
    icsUrl
    expert {
      id
      displayName
      credentials
    }
    member {
      id
      displayName
      credentials
      organizationName
    }
  }
`);

export const expertsQuery = graphql(`
  query Experts($topic: String) {
    experts(topic: $topic) {
      ...ExpertCardFields
      consultationTypes {
        id
        title
        durationMinutes
        mode
      }
    }
    expertTopics
  }
`);

export const expertQuery = graphql(`
  query ExpertPage($id: ID!) {
    expert(id: $id) {
      ...ExpertCardFields
      bio
      consultationTypes {
        ...ConsultationTypeFields
      }
    }
  }
`);

export const slotsQuery = graphql(`
  query ConsultationSlots($typeId: ID!, $timeZone: String!, $from: DateTime, $days: Int) {
    consultationSlots(typeId: $typeId, timeZone: $timeZone, from: $from, days: $days) {
      date
      slots {
        start
        end
        label
        onSite
      }
    }
  }
`);

export const bookMutation = graphql(`
  mutation BookConsultation($input: BookConsultationInput!) {
    bookConsultation(input: $input) {
      ...ConsultationFields
    }
  }
`);

export const rescheduleMutation = graphql(`
  mutation RescheduleConsultation($input: RescheduleConsultationInput!) {
    rescheduleConsultation(input: $input) {
      ...ConsultationFields
    }
  }
`);

export const cancelMutation = graphql(`
  mutation CancelConsultation($input: CancelConsultationInput!) {
    cancelConsultation(input: $input) {
      ...ConsultationFields
    }
  }
`);

export const myConsultationsQuery = graphql(`
  query MyConsultations {
    myConsultations {
      ...ConsultationFields
    }
  }
`);

export const expertConsultationsQuery = graphql(`
  query ExpertConsultations {
    expertConsultations {
      ...ConsultationFields
    }
  }
`);

export const consultationByLinkQuery = graphql(`
  query ConsultationByLink($token: String!) {
    consultationByLink(token: $token) {
      ...ConsultationFields
    }
  }
`);

export const outcomeMutation = graphql(`
  mutation SetConsultationOutcome($id: ID!, $outcome: ConsultationOutcome!) {
    setConsultationOutcome(id: $id, outcome: $outcome) {
      ...ConsultationFields
    }
  }
`);

export const notesMutation = graphql(`
  mutation SetConsultationNotes($id: ID!, $notes: String!) {
    setConsultationNotes(id: $id, notes: $notes) {
      ...ConsultationFields
    }
  }
`);

export const availabilityFragment = graphql(`
  fragment ExpertAvailabilityFields on ExpertAvailability {
    expertId
    headline
    topics
    accepting
    timeZone
    weeklyRules {
      weekday
      start
      end
    }
    dateOverrides {
      date
      kind
      start
      end
    }
    onSiteBlocks {
      id
      start
      end
      room
      eventSessionId
    }
    bufferBeforeMinutes
    bufferAfterMinutes
    minimumNoticeMinutes
    horizonDays
    maxPerDay
    consultationTypes {
      ...ConsultationTypeFields
    }
  }
`);

export const availabilityQuery = graphql(`
  query ExpertAvailability {
    expertAvailability {
      ...ExpertAvailabilityFields
    }
  }
`);

export const updateAvailabilityMutation = graphql(`
  mutation UpdateExpertAvailability($input: ExpertAvailabilityInput!) {
    updateExpertAvailability(input: $input) {
      ...ExpertAvailabilityFields
    }
  }
`);

export const updateProfileMutation = graphql(`
  mutation UpdateExpertProfile($input: ExpertProfileInput!) {
    updateExpertProfile(input: $input) {
      ...ExpertAvailabilityFields
    }
  }
`);

export const saveTypeMutation = graphql(`
  mutation SaveConsultationType($input: ConsultationTypeInput!) {
    saveConsultationType(input: $input) {
      ...ConsultationTypeFields
    }
  }
`);

export const calendarLinksFragment = graphql(`
  fragment CalendarLinksFields on CalendarLinks {
    httpsUrl
    webcalUrl
    googleUrl
    publicHttpsUrl
    publicWebcalUrl
  }
`);

export const calendarFeedQuery = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      ...CalendarLinksFields
    }
  }
`);

export const regenerateFeedMutation = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed {
      ...CalendarLinksFields
    }
  }
`);
