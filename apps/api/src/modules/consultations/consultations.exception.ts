import { defineExceptions } from '../../core/errors/domain.exception';

export const ConsultationsErrors = {
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  PREMIUM_REQUIRED: {
    category: 'FORBIDDEN',
    message: 'Booking an expert is part of premium membership. Join to book one-to-one time with the network’s experts.',
  },
  CANNOT_BOOK_SELF: { category: 'BAD_USER_INPUT', message: 'You cannot book a consultation with yourself.' },
  EXPERT_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such expert.' },
  TYPE_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such consultation type.' },
  CONSULTATION_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such consultation.' },
  ONLY_MEMBER_RESCHEDULES: { category: 'FORBIDDEN', message: 'Only the member who booked can move a consultation. Cancel it with a reason instead.' },
  NOT_EXPERT: { category: 'FORBIDDEN', message: 'Only the expert (or staff) can change this.' },
  INVALID_TIME_ZONE: { category: 'BAD_USER_INPUT', message: 'Use an IANA time zone such as "America/New_York".' },
  INVALID_START: { category: 'BAD_USER_INPUT', message: 'Give the start as an ISO date and time with its offset.' },
  SLOT_IN_PAST: { category: 'BAD_USER_INPUT', message: 'This time has already passed.' },
  SLOT_TOO_SOON: { category: 'BAD_USER_INPUT', message: 'This time is inside the expert’s minimum notice. Choose a later slot.' },
  SLOT_TOO_FAR: { category: 'BAD_USER_INPUT', message: 'This time is beyond how far ahead the expert takes bookings.' },
  SLOT_NOT_OFFERED: { category: 'BAD_USER_INPUT', message: 'The expert does not offer this time. Choose one of the free slots.' },
  SLOT_TAKEN: { category: 'CONFLICT', message: 'Someone just booked this time. Choose another slot.' },
  DAY_FULL: { category: 'CONFLICT', message: 'The expert has no more consultations free on this day.' },
  NOT_ACCEPTING: { category: 'CONFLICT', message: 'This expert is not taking bookings at the moment.' },
  INTAKE_REQUIRED: { category: 'BAD_USER_INPUT', message: 'Tell the expert what you would like feedback on (up to 2,000 characters).' },
  REASON_REQUIRED: { category: 'BAD_USER_INPUT', message: 'Give the member a reason for cancelling.' },
  NOT_CHANGEABLE: { category: 'CONFLICT', message: 'This consultation can no longer be changed.' },
  NOT_STARTED: { category: 'CONFLICT', message: 'Mark the outcome once the consultation has started.' },
  INVALID_LINK: { category: 'BAD_USER_INPUT', message: 'This link is not valid, or the booking has changed since it was sent. Use the latest email or log in.' },
  LINK_EXPIRED: { category: 'BAD_USER_INPUT', message: 'This link has expired. Log in to manage your consultation.' },
  INVALID_AVAILABILITY: { category: 'BAD_USER_INPUT', message: 'Some availability settings are not valid.' },
  INVALID_TYPE: { category: 'BAD_USER_INPUT', message: 'An online consultation needs a meeting link; an on-site one needs a room.' },
} as const;

export type ConsultationsErrorCode = keyof typeof ConsultationsErrors;
export class ConsultationsException extends defineExceptions<ConsultationsErrorCode>(ConsultationsErrors) {}
