/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptWaitlistOfferInput = {
  answers?: Array<AnswerInput>;
  attendees: Array<AttendeeInput>;
  entryId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  promoCode?: InputMaybe<Scalars['String']['input']>;
};

export type Account = {
  __typename: 'Account';
  /** Organizations this account administers. */
  administeredOrganizations: Array<Organization>;
  bio: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  credentials: Maybe<Scalars['String']['output']>;
  credentialsVerified: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  membership: Membership;
  membershipOverride: MembershipOverride;
  organizationName: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  timeZone: Scalars['String']['output'];
};

export type AccountConnection = {
  __typename: 'AccountConnection';
  nextCursor: Maybe<Scalars['String']['output']>;
  nodes: Array<Account>;
};

export type AgendaChoiceResult = {
  __typename: 'AgendaChoiceResult';
  agenda: PersonalAgenda;
  /** Sessions you had already chosen that overlap this one. */
  clashesWith: Array<EventSession>;
  /** A warning to show when it clashes. */
  warning: Maybe<Scalars['String']['output']>;
};

export type AgendaClash = {
  __typename: 'AgendaClash';
  /** Chosen sessions that overlap it in time. */
  clashesWith: Array<Scalars['ID']['output']>;
  sessionId: Scalars['ID']['output'];
};

export type AgendaDay = {
  __typename: 'AgendaDay';
  /** The day at the venue (YYYY-MM-DD in the event’s zone). */
  date: Scalars['String']['output'];
  tracks: Array<AgendaTrack>;
};

export type AgendaTrack = {
  __typename: 'AgendaTrack';
  /** null: plenary (all tracks). */
  name: Maybe<Scalars['String']['output']>;
  sessions: Array<EventSession>;
};

export type AnswerInput = {
  questionId: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type AttendeeInput = {
  /** This attendee’s answers; the order’s answers fill in the rest. */
  answers?: Array<AnswerInput>;
  credentials?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
};

export type AvailabilityOverride = {
  __typename: 'AvailabilityOverride';
  /** yyyy-MM-dd in the expert’s zone. */
  date: Scalars['String']['output'];
  end: Maybe<Scalars['String']['output']>;
  kind: AvailabilityOverrideKind;
  start: Maybe<Scalars['String']['output']>;
};

export type AvailabilityOverrideKind =
  | 'EXTRA'
  | 'OFF';

export type BookConsultationInput = {
  /** The answer to the intake question. */
  intakeAnswer: Scalars['String']['input'];
  /** The slot’s start, an ISO instant (as given by consultationSlots). */
  start: Scalars['String']['input'];
  typeId: Scalars['ID']['input'];
};

/** Your personal feed (secret: anyone with the link can read it) and the public events feed. */
export type CalendarLinks = {
  __typename: 'CalendarLinks';
  /** Opens Google Calendar’s "add by URL" with your feed. */
  googleUrl: Scalars['String']['output'];
  httpsUrl: Scalars['String']['output'];
  publicHttpsUrl: Scalars['String']['output'];
  publicWebcalUrl: Scalars['String']['output'];
  /** The same feed for calendar programs that subscribe via webcal://. */
  webcalUrl: Scalars['String']['output'];
};

/** Either the id (logged in) or the token from an email link. */
export type CancelConsultationInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Required when the expert cancels: the member is told. */
  reason?: InputMaybe<Scalars['String']['input']>;
  token?: InputMaybe<Scalars['String']['input']>;
};

export type Certificate = {
  __typename: 'Certificate';
  code: Scalars['String']['output'];
  courseTitle: Scalars['String']['output'];
  holderName: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The PDF (for its holder and staff). */
  pdfUrl: Scalars['String']['output'];
  /** The public verification page. */
  verifyUrl: Scalars['String']['output'];
};

export type CertificateVerification = {
  __typename: 'CertificateVerification';
  code: Scalars['String']['output'];
  courseTitle: Scalars['String']['output'];
  holderName: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type CheckInResult = {
  __typename: 'CheckInResult';
  attendance: EventAttendance;
  checkedInAt: Scalars['DateTime']['output'];
  /** Wall-clock time at the venue, e.g. 08:02. */
  checkedInAtVenue: Scalars['String']['output'];
  registration: EventRegistration;
};

export type CheckoutInput = {
  /** Answers for every attendee who did not give their own. */
  answers?: Array<AnswerInput>;
  /** One per ticket (none for a membership). */
  attendees?: Array<AttendeeInput>;
  /** Made once per checkout page: sending it again returns the same order. */
  idempotencyKey: Scalars['String']['input'];
  promoCode?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  ticketTypeId: Scalars['ID']['input'];
};

export type Consultation = {
  __typename: 'Consultation';
  canCancel: Scalars['Boolean']['output'];
  canReschedule: Scalars['Boolean']['output'];
  cancelReason: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  endsAt: Scalars['DateTime']['output'];
  expert: ConsultationParty;
  expertId: Scalars['ID']['output'];
  /** The expert’s private notes: null for everyone but the expert. */
  expertNotes: Maybe<Scalars['String']['output']>;
  icsUid: Scalars['String']['output'];
  /** Download this consultation as an .ics file (needs the same log-in). */
  icsUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  intakeAnswer: Scalars['String']['output'];
  /** Meeting link (online) or room (on site). */
  location: Scalars['String']['output'];
  member: ConsultationParty;
  memberId: Scalars['ID']['output'];
  mode: ConsultationMode;
  sequence: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: ConsultationStatus;
  /** The zone the invite is written in (the expert’s). */
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  typeId: Scalars['ID']['output'];
  viewerRole: ConsultationRole;
};

export type ConsultationMode =
  | 'ONLINE'
  | 'ON_SITE';

export type ConsultationOutcome =
  | 'COMPLETED'
  | 'NO_SHOW';

export type ConsultationParty = {
  __typename: 'ConsultationParty';
  credentials: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
};

/** How the viewer takes part in a consultation. */
export type ConsultationRole =
  | 'EXPERT'
  | 'MEMBER'
  | 'STAFF';

export type ConsultationSlot = {
  __typename: 'ConsultationSlot';
  end: Scalars['String']['output'];
  /** Start time in the requested zone, e.g. "9:00 AM". */
  label: Scalars['String']['output'];
  /** The room when the slot is on site at the conference. */
  onSite: Maybe<Scalars['String']['output']>;
  /** ISO instant (UTC). */
  start: Scalars['String']['output'];
};

export type ConsultationSlotDay = {
  __typename: 'ConsultationSlotDay';
  /** yyyy-MM-dd in the requested zone. */
  date: Scalars['String']['output'];
  slots: Array<ConsultationSlot>;
};

export type ConsultationStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NO_SHOW';

export type ConsultationType = {
  __typename: 'ConsultationType';
  active: Scalars['Boolean']['output'];
  description: Maybe<Scalars['String']['output']>;
  durationMinutes: Scalars['Int']['output'];
  expertId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  intakeQuestion: Scalars['String']['output'];
  /** Online consultations: the meeting link. Only the expert (and staff) see it here; members get it with their booking. */
  meetingUrl: Maybe<Scalars['String']['output']>;
  mode: ConsultationMode;
  /** On-site consultations: the room. */
  room: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ConsultationTypeInput = {
  active?: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  durationMinutes: Scalars['Int']['input'];
  /** Staff only: for which expert. Defaults to you. */
  expertId?: InputMaybe<Scalars['ID']['input']>;
  /** Set to edit an existing type. */
  id?: InputMaybe<Scalars['ID']['input']>;
  intakeQuestion?: InputMaybe<Scalars['String']['input']>;
  meetingUrl?: InputMaybe<Scalars['String']['input']>;
  mode: ConsultationMode;
  room?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type Course = {
  __typename: 'Course';
  access: CourseAccess;
  /** The viewer’s certificate, once earned. */
  certificate: Maybe<Certificate>;
  id: Scalars['ID']['output'];
  modules: Array<CourseModuleSummary>;
  /** Price on its own, in US cents. */
  priceCents: Scalars['Int']['output'];
  /** The viewer’s progress (when they may study the course). */
  progress: Maybe<CourseProgress>;
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  totalMinutes: Scalars['Int']['output'];
};

export type CourseAccess = {
  __typename: 'CourseAccess';
  /** Whether the viewer may read the modules and take the quizzes. */
  canStudy: Scalars['Boolean']['output'];
  /** What would open the course, when it is closed. */
  missing: Maybe<CourseAccessMissing>;
  via: Maybe<CourseAccessVia>;
};

export type CourseAccessGrant = {
  __typename: 'CourseAccessGrant';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  reference: Maybe<Scalars['String']['output']>;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  source: CourseGrantSource;
  userDisplayName: Scalars['String']['output'];
  userEmail: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type CourseAccessMissing =
  | 'MEMBERSHIP_OR_PURCHASE'
  | 'SIGN_IN';

/** STAFF_ROLE: staff run the course; STAFF, PURCHASE, RESIDENCY: a grant of that kind. */
export type CourseAccessVia =
  | 'PREMIUM'
  | 'PURCHASE'
  | 'RESIDENCY'
  | 'STAFF'
  | 'STAFF_ROLE';

export type CourseGrantSource =
  | 'PURCHASE'
  | 'RESIDENCY'
  | 'STAFF';

export type CourseModule = {
  __typename: 'CourseModule';
  attempts: Scalars['Int']['output'];
  bestScore: Maybe<Scalars['Int']['output']>;
  /** Markdown rendered and sanitised on the server. */
  contentHtml: Scalars['String']['output'];
  courseSlug: Scalars['String']['output'];
  courseTitle: Scalars['String']['output'];
  estimatedMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastScore: Maybe<Scalars['Int']['output']>;
  nextModuleSlug: Maybe<Scalars['String']['output']>;
  /** Percent of quiz answers needed to pass. */
  passMark: Scalars['Int']['output'];
  passedAt: Maybe<Scalars['DateTime']['output']>;
  position: Scalars['Int']['output'];
  previousModuleSlug: Maybe<Scalars['String']['output']>;
  questionCount: Scalars['Int']['output'];
  questions: Array<QuizQuestion>;
  readAt: Maybe<Scalars['DateTime']['output']>;
  slug: Scalars['String']['output'];
  status: ModuleStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  videoUrl: Maybe<Scalars['String']['output']>;
};

export type CourseModuleDraft = {
  __typename: 'CourseModuleDraft';
  contentMd: Scalars['String']['output'];
  courseSlug: Scalars['String']['output'];
  estimatedMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  passMark: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  questions: Array<QuizQuestionDraft>;
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  videoUrl: Maybe<Scalars['String']['output']>;
};

export type CourseModuleDraftInput = {
  contentMd: Scalars['String']['input'];
  courseSlug?: Scalars['String']['input'];
  estimatedMinutes: Scalars['Int']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  passMark: Scalars['Int']['input'];
  questions: Array<QuizQuestionDraftInput>;
  slug: Scalars['String']['input'];
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

export type CourseModuleSummary = {
  __typename: 'CourseModuleSummary';
  attempts: Scalars['Int']['output'];
  bestScore: Maybe<Scalars['Int']['output']>;
  estimatedMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastScore: Maybe<Scalars['Int']['output']>;
  /** Percent of quiz answers needed to pass. */
  passMark: Scalars['Int']['output'];
  passedAt: Maybe<Scalars['DateTime']['output']>;
  position: Scalars['Int']['output'];
  questionCount: Scalars['Int']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
  slug: Scalars['String']['output'];
  status: ModuleStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type CourseProgress = {
  __typename: 'CourseProgress';
  complete: Scalars['Boolean']['output'];
  completedModules: Scalars['Int']['output'];
  percent: Scalars['Int']['output'];
  /** Where to continue: the latest module touched and not finished, else the first unfinished one. */
  resumeModuleSlug: Maybe<Scalars['String']['output']>;
  totalModules: Scalars['Int']['output'];
};

export type CreateForumPostInput = {
  anonymous?: Scalars['Boolean']['input'];
  body: Scalars['String']['input'];
  confirmPhi?: Scalars['Boolean']['input'];
  quotedPostId?: InputMaybe<Scalars['ID']['input']>;
  threadId: Scalars['ID']['input'];
};

export type CreateForumThreadInput = {
  anonymous?: Scalars['Boolean']['input'];
  body: Scalars['String']['input'];
  categoryId: Scalars['ID']['input'];
  /** The author checked the possible patient identifiers and posts anyway. */
  confirmPhi?: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
};

export type CreateOrganizationInput = {
  domains?: Array<Scalars['String']['input']>;
  membershipEndsAt?: InputMaybe<Scalars['DateTime']['input']>;
  membershipStartsAt: Scalars['DateTime']['input'];
  name: Scalars['String']['input'];
};

export type CreatePromoCodeInput = {
  amountOffCents?: InputMaybe<Scalars['Int']['input']>;
  /** Letters, digits, _ or -, 3 to 40 (stored upper-case). */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Only for this event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  percentOff?: InputMaybe<Scalars['Int']['input']>;
  /** Only for these ticket types (none: any). */
  ticketTypeIds?: Array<Scalars['ID']['input']>;
};

export type CreateSessionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  eventId: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  room?: InputMaybe<Scalars['String']['input']>;
  /** Speakers (member ids), in order. */
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** null for plenary sessions. */
  track?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<EventSessionType>;
};

export type CreateTicketTypeInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  audience?: InputMaybe<TicketAudience>;
  /** null: unlimited. Raising it offers the new seats to the waiting list first. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Bundles: one event ticket of each event the bundle gives a seat in. */
  componentTicketTypeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event (event tickets). */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** In-person: premium members save 25%. */
  inPerson?: InputMaybe<Scalars['Boolean']['input']>;
  /** Free for premium members (webinars). */
  includedInPremium?: InputMaybe<Scalars['Boolean']['input']>;
  listPriceCents?: InputMaybe<Scalars['Int']['input']>;
  maxPerOrder?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  saleEndsAt?: InputMaybe<Scalars['DateTime']['input']>;
  saleStartsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DateOverrideInput = {
  date: Scalars['String']['input'];
  end?: InputMaybe<Scalars['String']['input']>;
  kind: AvailabilityOverrideKind;
  start?: InputMaybe<Scalars['String']['input']>;
};

export type DirectoryAccount = {
  __typename: 'DirectoryAccount';
  platform: DirectoryPlatform;
  url: Scalars['String']['output'];
};

export type DirectoryAccountInput = {
  platform: DirectoryPlatform;
  url: Scalars['String']['input'];
};

/** A listing or another pending submission that looks like the same organization. */
export type DirectoryDuplicate = DirectoryEntry & {
  __typename: 'DirectoryDuplicate';
  accounts: Array<DirectoryAccount>;
  city: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code. */
  countryCode: Scalars['String']['output'];
  countryName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  matchedOn: Array<DirectoryMatch>;
  name: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
  source: DirectoryDuplicateSource;
  type: DirectoryOrganizationType;
  website: Scalars['String']['output'];
  websiteDomain: Scalars['String']['output'];
};

export type DirectoryDuplicateSource =
  | 'LISTED'
  | 'PENDING';

export type DirectoryEditForm = {
  __typename: 'DirectoryEditForm';
  /** The approved version, public until an update is approved. */
  listing: DirectoryListing;
  /** An update already waits for review (a new one replaces it). */
  updatePending: Scalars['Boolean']['output'];
};

export type DirectoryEntry = {
  accounts: Array<DirectoryAccount>;
  city: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code. */
  countryCode: Scalars['String']['output'];
  countryName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
  type: DirectoryOrganizationType;
  website: Scalars['String']['output'];
  websiteDomain: Scalars['String']['output'];
};

export type DirectoryFacetValue = {
  __typename: 'DirectoryFacetValue';
  /** Listings with this value under the other facets’ filters. */
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type DirectoryFacets = {
  __typename: 'DirectoryFacets';
  countries: Array<DirectoryFacetValue>;
  platforms: Array<DirectoryFacetValue>;
  types: Array<DirectoryFacetValue>;
};

export type DirectoryFilterInput = {
  /** ISO alpha-2 codes (any of). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  platforms?: InputMaybe<Array<DirectoryPlatform>>;
  /** Words matched as prefixes in name, city, region and website. */
  search?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<DirectoryOrganizationType>>;
};

export type DirectoryListing = DirectoryEntry & {
  __typename: 'DirectoryListing';
  accounts: Array<DirectoryAccount>;
  city: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code. */
  countryCode: Scalars['String']['output'];
  countryName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  listedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
  type: DirectoryOrganizationType;
  updatedAt: Scalars['DateTime']['output'];
  website: Scalars['String']['output'];
  websiteDomain: Scalars['String']['output'];
};

export type DirectoryListingInput = {
  accounts: Array<DirectoryAccountInput>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code, e.g. US. */
  countryCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  type: DirectoryOrganizationType;
  website: Scalars['String']['input'];
};

export type DirectoryMatch =
  | 'NAME'
  | 'WEBSITE';

export type DirectoryOrganizationType =
  | 'ACADEMIC_MEDICAL_CENTER'
  | 'ASSOCIATION'
  | 'CLINIC'
  | 'COMPANY'
  | 'GOVERNMENT'
  | 'HEALTH_SYSTEM'
  | 'HOSPITAL'
  | 'OTHER';

export type DirectoryPage = {
  __typename: 'DirectoryPage';
  /** Path of the CSV export of exactly this filter and sort (every matching row). */
  exportPath: Scalars['String']['output'];
  facets: DirectoryFacets;
  limit: Scalars['Int']['output'];
  nodes: Array<DirectoryListing>;
  offset: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type DirectoryPlatform =
  | 'BLOG'
  | 'FACEBOOK'
  | 'INSTAGRAM'
  | 'LINKEDIN'
  | 'OTHER'
  | 'PODCAST'
  | 'TIKTOK'
  | 'X'
  | 'YOUTUBE';

export type DirectoryQueryInput = {
  filter?: InputMaybe<DirectoryFilterInput>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: DirectorySort;
};

export type DirectoryReviewQueue = {
  __typename: 'DirectoryReviewQueue';
  nodes: Array<DirectorySubmission>;
  totalCount: Scalars['Int']['output'];
};

/** NAME: A–Z; COUNTRY: by country name, then name; RECENT: last approved change first. */
export type DirectorySort =
  | 'COUNTRY'
  | 'NAME'
  | 'RECENT';

export type DirectorySubmission = DirectoryEntry & {
  __typename: 'DirectorySubmission';
  accounts: Array<DirectoryAccount>;
  city: Maybe<Scalars['String']['output']>;
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** ISO 3166-1 alpha-2 code. */
  countryCode: Scalars['String']['output'];
  countryName: Scalars['String']['output'];
  /** For an update: the version public now, to compare side by side. */
  currentListing: Maybe<DirectoryListing>;
  /** Listings and other pending submissions with the same website domain or a matching name. */
  duplicates: Array<DirectoryDuplicate>;
  id: Scalars['ID']['output'];
  kind: DirectorySubmissionKind;
  /** The listing it created or updates. */
  listingId: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
  rejectReason: Maybe<Scalars['String']['output']>;
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  status: DirectorySubmissionStatus;
  submittedAt: Scalars['DateTime']['output'];
  submitterEmail: Scalars['String']['output'];
  type: DirectoryOrganizationType;
  website: Scalars['String']['output'];
  websiteDomain: Scalars['String']['output'];
};

export type DirectorySubmissionKind =
  | 'NEW'
  | 'UPDATE';

export type DirectorySubmissionReceipt = {
  __typename: 'DirectorySubmissionReceipt';
  organizationName: Scalars['String']['output'];
  status: DirectorySubmissionStatus;
};

export type DirectorySubmissionStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUPERSEDED'
  | 'UNCONFIRMED';

export type DiscountReason =
  | 'INCLUDED_IN_PREMIUM'
  | 'NONE'
  | 'PREMIUM_MEMBER'
  | 'PROMO_CODE';

export type DismissForumFlagsInput = {
  postId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type EditForumPostInput = {
  body: Scalars['String']['input'];
  confirmPhi?: Scalars['Boolean']['input'];
  postId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** When board emails go out: one per post, a daily or weekly summary, or never. */
export type EmailMode =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'OFF'
  | 'WEEKLY';

export type Event = {
  __typename: 'Event';
  /** Sessions by day (at the venue) and track. */
  agenda: Array<AgendaDay>;
  /** Self-service cancellation until then (the start when unset). */
  cancellationDeadline: Maybe<Scalars['DateTime']['output']>;
  description: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  includesCourse: Scalars['Boolean']['output'];
  /** Webinars: for registrants only. */
  joinUrl: Maybe<Scalars['String']['output']>;
  kind: EventKind;
  questions: Array<EventQuestion>;
  /** Webinars, afterwards: for registrants only. */
  recordingUrl: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  /** UTC instant. */
  startsAt: Scalars['DateTime']['output'];
  status: EventStatus;
  summary: Maybe<Scalars['String']['output']>;
  /** Tickets and the bundles that include this event, with seats left. */
  ticketTypes: Array<TicketType>;
  /** IANA time zone of the venue, e.g. America/New_York. */
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  venueAddress: Maybe<Scalars['String']['output']>;
  venueEnd: Scalars['String']['output'];
  venueName: Maybe<Scalars['String']['output']>;
  /** Start as wall-clock time at the venue, with its offset. */
  venueStart: Scalars['String']['output'];
};

export type EventAttendance = {
  __typename: 'EventAttendance';
  /** Confirmed seats checked in. */
  checkedIn: Scalars['Int']['output'];
  /** Confirmed seats. */
  confirmed: Scalars['Int']['output'];
  eventId: Scalars['ID']['output'];
};

export type EventCancellation = {
  __typename: 'EventCancellation';
  eventId: Scalars['ID']['output'];
  /** Orders cancelled or refunded (everyone in them notified). */
  ordersCancelled: Scalars['Int']['output'];
  /** Seats whose invites were cancelled. */
  seatsCancelled: Scalars['Int']['output'];
};

export type EventFieldsInput = {
  cancellationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  includesCourse?: InputMaybe<Scalars['Boolean']['input']>;
  joinUrl?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EventKind>;
  questions?: InputMaybe<Array<EventQuestionInput>>;
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** draft or published (cancel with cancelEvent). */
  status?: InputMaybe<EventStatus>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** IANA zone, e.g. America/New_York. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  venueAddress?: InputMaybe<Scalars['String']['input']>;
  venueName?: InputMaybe<Scalars['String']['input']>;
};

export type EventKind =
  | 'CONFERENCE'
  | 'OTHER'
  | 'RESIDENCY'
  | 'WEBINAR';

export type EventQuestion = {
  __typename: 'EventQuestion';
  id: Scalars['String']['output'];
  /** text or choice */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  options: Array<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
};

export type EventQuestionInput = {
  /** Stable key the answers are stored under, e.g. diet. */
  id: Scalars['String']['input'];
  /** text or choice */
  kind: Scalars['String']['input'];
  label: Scalars['String']['input'];
  options?: Array<Scalars['String']['input']>;
  required?: Scalars['Boolean']['input'];
};

export type EventRegistration = {
  __typename: 'EventRegistration';
  answers: Array<RegistrationAnswer>;
  attendeeCredentials: Maybe<Scalars['String']['output']>;
  attendeeEmail: Scalars['String']['output'];
  attendeeName: Scalars['String']['output'];
  attendeeOrganization: Maybe<Scalars['String']['output']>;
  /** You may cancel it now yourself. */
  canCancel: Scalars['Boolean']['output'];
  /** You may transfer it now to a colleague (until the event starts). */
  canTransfer: Scalars['Boolean']['output'];
  /** Self-service cancellation is possible until then (the event’s deadline, or its start). */
  cancelUntil: Scalars['DateTime']['output'];
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  checkedInAt: Maybe<Scalars['DateTime']['output']>;
  /** Check-in time as wall-clock time at the venue (e.g. 08:02). */
  checkedInAtVenue: Maybe<Scalars['String']['output']>;
  event: Event;
  /** The UID of the calendar invite (and feed item). */
  icsUid: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** You attend with this seat. */
  isAttendee: Scalars['Boolean']['output'];
  /** You bought this seat. */
  isBuyer: Scalars['Boolean']['output'];
  /** Webinars: the join link, for confirmed registrants only. */
  joinUrl: Maybe<Scalars['String']['output']>;
  orderId: Scalars['ID']['output'];
  orderState: OrderState;
  /** Webinars: the recording, once published, for registrants only. */
  recordingUrl: Maybe<Scalars['String']['output']>;
  /** Refund recorded for this seat, in cents. */
  refundCents: Maybe<Scalars['Int']['output']>;
  status: RegistrationStatus;
  /** The QR code as an SVG data URL (resolved on request). */
  ticketQrDataUrl: Maybe<Scalars['String']['output']>;
  /** Signed ticket text the QR code carries (confirmed in-person seats only). */
  ticketToken: Maybe<Scalars['String']['output']>;
  ticketTypeId: Scalars['ID']['output'];
  ticketTypeName: Scalars['String']['output'];
  transferredAt: Maybe<Scalars['DateTime']['output']>;
};

export type EventRegistrationsFilterInput = {
  checkedIn?: InputMaybe<Scalars['Boolean']['input']>;
  eventId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  /** Name, email or organization contains. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** held, confirmed or cancelled */
  status?: InputMaybe<Scalars['String']['input']>;
  ticketTypeId?: InputMaybe<Scalars['ID']['input']>;
};

export type EventSession = {
  __typename: 'EventSession';
  description: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  room: Maybe<Scalars['String']['output']>;
  speakers: Array<EventSpeaker>;
  /** UTC instant: show it in the viewer’s zone. */
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  /** null for plenary sessions. */
  track: Maybe<Scalars['String']['output']>;
  type: EventSessionType;
  venueEnd: Scalars['String']['output'];
  /** Wall-clock time at the venue, with its offset (show alongside). */
  venueStart: Scalars['String']['output'];
};

export type EventSessionType =
  | 'CASE_STUDY'
  | 'CONSULTATION_BLOCK'
  | 'KEYNOTE'
  | 'NETWORKING'
  | 'OTHER'
  | 'WORKSHOP';

export type EventSpeaker = {
  __typename: 'EventSpeaker';
  credentials: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

export type EventStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'PUBLISHED';

export type Expert = {
  __typename: 'Expert';
  accepting: Scalars['Boolean']['output'];
  bio: Maybe<Scalars['String']['output']>;
  /** Active consultation types. */
  consultationTypes: Array<ConsultationType>;
  credentials: Maybe<Scalars['String']['output']>;
  credentialsVerified: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  headline: Maybe<Scalars['String']['output']>;
  /** The expert’s user id. */
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  /** The expert’s own time zone (availability is set in it). */
  timeZone: Scalars['String']['output'];
  topics: Array<Scalars['String']['output']>;
};

export type ExpertAvailability = {
  __typename: 'ExpertAvailability';
  accepting: Scalars['Boolean']['output'];
  bufferAfterMinutes: Scalars['Int']['output'];
  bufferBeforeMinutes: Scalars['Int']['output'];
  consultationTypes: Array<ConsultationType>;
  dateOverrides: Array<AvailabilityOverride>;
  expertId: Scalars['ID']['output'];
  headline: Maybe<Scalars['String']['output']>;
  horizonDays: Scalars['Int']['output'];
  maxPerDay: Maybe<Scalars['Int']['output']>;
  minimumNoticeMinutes: Scalars['Int']['output'];
  onSiteBlocks: Array<OnSiteBlock>;
  timeZone: Scalars['String']['output'];
  topics: Array<Scalars['String']['output']>;
  weeklyRules: Array<WeeklyRule>;
};

export type ExpertAvailabilityInput = {
  bufferAfterMinutes: Scalars['Int']['input'];
  bufferBeforeMinutes: Scalars['Int']['input'];
  dateOverrides: Array<DateOverrideInput>;
  /** Staff only: whose availability. Defaults to yours. */
  expertId?: InputMaybe<Scalars['ID']['input']>;
  horizonDays: Scalars['Int']['input'];
  maxPerDay?: InputMaybe<Scalars['Int']['input']>;
  minimumNoticeMinutes: Scalars['Int']['input'];
  onSiteBlocks: Array<OnSiteBlockInput>;
  timeZone: Scalars['String']['input'];
  weeklyRules: Array<WeeklyRuleInput>;
};

export type ExpertProfileInput = {
  accepting: Scalars['Boolean']['input'];
  expertId?: InputMaybe<Scalars['ID']['input']>;
  headline?: InputMaybe<Scalars['String']['input']>;
  topics: Array<Scalars['String']['input']>;
};

/** An accepted fellow listed on the public Fellows page (with their consent). */
export type Fellow = {
  __typename: 'Fellow';
  cohortYear: Maybe<Scalars['Int']['output']>;
  credentials: Maybe<Scalars['String']['output']>;
  credentialsVerified: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  /** A summary the fellow chose to share; nothing else of the plan is public. */
  summary: Maybe<Scalars['String']['output']>;
};

export type FellowListingInput = {
  listPublicly: Scalars['Boolean']['input'];
  /** Shown on the public Fellows page when listed (up to 500 characters). */
  publicSummary?: InputMaybe<Scalars['String']['input']>;
};

/** What a plan shows about its author (to the author and reviewers). */
export type FellowshipAuthor = {
  __typename: 'FellowshipAuthor';
  credentials: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
};

export type FellowshipEligibilitySource =
  | 'RESIDENCY_CHECK_IN'
  | 'STAFF';

export type FellowshipMemberInput = {
  email: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A strategic plan: visible to its author and the programme’s reviewers only. */
export type FellowshipPlan = {
  __typename: 'FellowshipPlan';
  audience: Scalars['String']['output'];
  author: FellowshipAuthor;
  /** What the viewer can do now. */
  availableActions: Array<FellowshipPlanAction>;
  /** The year the plan was accepted. */
  cohortYear: Maybe<Scalars['Int']['output']>;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  goals: Scalars['String']['output'];
  /** The governance and privacy plan. */
  governance: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The viewer wrote this plan. */
  isMine: Scalars['Boolean']['output'];
  listPublicly: Scalars['Boolean']['output'];
  metrics: Scalars['String']['output'];
  platforms: Array<Scalars['String']['output']>;
  publicSummary: Maybe<Scalars['String']['output']>;
  status: FellowshipPlanStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Every step, oldest first. */
  timeline: Array<FellowshipPlanEvent>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with each resubmission. */
  version: Scalars['Int']['output'];
};

export type FellowshipPlanAction =
  | 'ACCEPT'
  | 'COMMENT'
  | 'DECLINE'
  | 'REQUEST_REVISION'
  | 'RESUBMIT'
  | 'START_REVIEW'
  | 'SUBMIT';

/** One step of a plan: a transition or a comment, with who and when. */
export type FellowshipPlanEvent = {
  __typename: 'FellowshipPlanEvent';
  action: FellowshipPlanAction;
  /** Null when the account was deleted. */
  actorName: Maybe<Scalars['String']['output']>;
  /** Written by the plan’s author (otherwise by a reviewer). */
  byAuthor: Scalars['Boolean']['output'];
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fromStatus: Maybe<FellowshipPlanStatus>;
  id: Scalars['ID']['output'];
  toStatus: FellowshipPlanStatus;
};

export type FellowshipPlanInput = {
  audience: Scalars['String']['input'];
  goals: Scalars['String']['input'];
  /** The governance and privacy plan. */
  governance: Scalars['String']['input'];
  metrics: Scalars['String']['input'];
  platforms: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type FellowshipPlanStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'IN_REVIEW'
  | 'RESUBMITTED'
  | 'REVISION_REQUESTED'
  | 'SUBMITTED';

/** Staff: a member on the eligibility or reviewer roster. */
export type FellowshipRosterEntry = {
  __typename: 'FellowshipRosterEntry';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  since: Scalars['DateTime']['output'];
  source: Maybe<FellowshipEligibilitySource>;
  userId: Scalars['ID']['output'];
};

export type FlagForumPostInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  postId: Scalars['ID']['input'];
  reason: FlagReason;
};

export type FlagReason =
  | 'OTHER'
  | 'PATIENT_PRIVACY'
  | 'SPAM'
  | 'UNPROFESSIONAL';

export type ForumAudience =
  | 'GROUP'
  | 'PREMIUM'
  | 'PUBLIC';

export type ForumAuthor = {
  __typename: 'ForumAuthor';
  anonymous: Scalars['Boolean']['output'];
  credentials: Maybe<Scalars['String']['output']>;
  credentialsVerified: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  /** True on your own posts (including your anonymous ones, shown only to you). */
  isYou: Scalars['Boolean']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  userId: Maybe<Scalars['ID']['output']>;
};

export type ForumCategory = {
  __typename: 'ForumCategory';
  allowAnonymous: Scalars['Boolean']['output'];
  audience: ForumAudience;
  /** Whether the viewer may start threads and reply here. */
  canPost: Scalars['Boolean']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  requirePremoderation: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  threads: ForumThreadConnection;
  /** Threads with posts you have not read yet. */
  unreadThreads: Scalars['Int']['output'];
};


export type ForumCategoryThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type ForumCategoryInput = {
  allowAnonymous?: Scalars['Boolean']['input'];
  audience: ForumAudience;
  description?: InputMaybe<Scalars['String']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  position?: Scalars['Int']['input'];
  requirePremoderation?: Scalars['Boolean']['input'];
  slug: Scalars['String']['input'];
};

export type ForumDraft = {
  __typename: 'ForumDraft';
  body: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ForumFlag = {
  __typename: 'ForumFlag';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  post: ForumPost;
  reason: FlagReason;
};

export type ForumGroup = {
  __typename: 'ForumGroup';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type ForumGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};

export type ForumGroupMember = {
  __typename: 'ForumGroupMember';
  addedAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type ForumPendingEdit = {
  __typename: 'ForumPendingEdit';
  bodyHtml: Scalars['String']['output'];
  bodyMd: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Why the edit waits for a moderator. */
  heldReason: Scalars['String']['output'];
  phiFindings: Array<PhiFinding>;
};

export type ForumPost = {
  __typename: 'ForumPost';
  author: ForumAuthor;
  bodyHtml: Scalars['String']['output'];
  bodyMd: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  editedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the post is held (its author and moderators only). */
  heldReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** An edit of this published post waiting for a moderator (its author and moderators only); readers see the published text until it is approved. */
  pendingEdit: Maybe<ForumPendingEdit>;
  /** Possible patient identifiers (its author and moderators only). */
  phiFindings: Array<PhiFinding>;
  reactions: Array<ReactionSummary>;
  seq: Scalars['Int']['output'];
  status: ForumStatus;
  threadId: Scalars['ID']['output'];
};

export type ForumPostConnection = {
  __typename: 'ForumPostConnection';
  nextCursor: Maybe<Scalars['String']['output']>;
  nodes: Array<ForumPost>;
};

export type ForumPostResult = {
  __typename: 'ForumPostResult';
  /** True when the post waits for a moderator (see post.heldReason). */
  held: Scalars['Boolean']['output'];
  post: ForumPost;
  thread: ForumThread;
};

export type ForumPostRevision = {
  __typename: 'ForumPostRevision';
  /** The text before this edit. */
  bodyMd: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
};

export type ForumSearchResult = {
  __typename: 'ForumSearchResult';
  postId: Scalars['ID']['output'];
  /** Plain text around the match; matches are wrapped in [[ and ]]. */
  snippet: Scalars['String']['output'];
  thread: ForumThread;
};

export type ForumStatus =
  | 'DELETED'
  | 'HELD'
  | 'HIDDEN'
  | 'VISIBLE';

export type ForumThread = {
  __typename: 'ForumThread';
  answerPostId: Maybe<Scalars['ID']['output']>;
  author: ForumAuthor;
  category: ForumCategory;
  categoryId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastPostAt: Scalars['DateTime']['output'];
  /** The last post number you had read when this page loaded ("new since your last visit"). */
  lastReadSeq: Scalars['Int']['output'];
  locked: Scalars['Boolean']['output'];
  pinned: Scalars['Boolean']['output'];
  postCount: Scalars['Int']['output'];
  posts: ForumPostConnection;
  status: ForumStatus;
  title: Scalars['String']['output'];
  /** Posts by others you have not read yet. */
  unreadCount: Scalars['Int']['output'];
};


export type ForumThreadPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type ForumThreadConnection = {
  __typename: 'ForumThreadConnection';
  nextCursor: Maybe<Scalars['String']['output']>;
  nodes: Array<ForumThread>;
};

export type ForumThreadReadState = {
  __typename: 'ForumThreadReadState';
  lastReadSeq: Scalars['Int']['output'];
  threadId: Scalars['ID']['output'];
  /** The viewer’s unread notifications after this change. */
  unreadNotificationCount: Scalars['Int']['output'];
};

export type ForumWatch = {
  __typename: 'ForumWatch';
  categoryId: Maybe<Scalars['ID']['output']>;
  /** The level in force here. */
  level: WatchLevel;
  /** Where that level comes from: set here, inherited from the category, or the default. */
  source: WatchSource;
  threadId: Maybe<Scalars['ID']['output']>;
};

export type GrantCourseAccessInput = {
  courseSlug?: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};

export type GrantPremiumInput = {
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  userId: Scalars['ID']['input'];
};

export type LogInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MarkNotificationsReadInput = {
  all?: Scalars['Boolean']['input'];
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type Membership = {
  __typename: 'Membership';
  /** What this membership includes, in plain words. */
  benefits: Array<Scalars['String']['output']>;
  organizationId: Maybe<Scalars['ID']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  source: MembershipSource;
  tier: MembershipTier;
  validUntil: Maybe<Scalars['DateTime']['output']>;
};

export type MembershipOverride =
  | 'GUEST'
  | 'NONE'
  | 'PREMIUM';

export type MembershipSource =
  | 'INDIVIDUAL'
  | 'NONE'
  | 'ORGANIZATION'
  | 'ROLE'
  | 'STAFF_OVERRIDE';

export type MembershipTier =
  | 'GUEST'
  | 'PREMIUM';

export type MentionCandidate = {
  __typename: 'MentionCandidate';
  displayName: Scalars['String']['output'];
  /** The markdown to insert: [@Display Name](/members/<id>). */
  markdown: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type ModerateForumPostInput = {
  decision: ModerationDecision;
  postId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ModerationAction = {
  __typename: 'ModerationAction';
  action: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
  targetId: Scalars['ID']['output'];
  targetType: Scalars['String']['output'];
};

export type ModerationDecision =
  | 'APPROVE'
  | 'DELETE'
  | 'HIDE'
  | 'REJECT_EDIT'
  | 'RESTORE';

export type ModuleStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type Mutation = {
  __typename: 'Mutation';
  /** Take an offered seat: an order like checkout’s, using the held seat. */
  acceptWaitlistOffer: Order;
  /** Staff: make a member an admin of the organization. */
  addOrganizationAdmin: Organization;
  /** Org admins propose (staff approve); staff add approved. */
  addOrganizationDomain: Organization;
  /** Staff: publish a submission (a new listing, or an update replacing the listed version). */
  approveDirectorySubmission: DirectoryListing;
  approveOrganizationDomain: Organization;
  /** Book a free slot (premium members). */
  bookConsultation: Consultation;
  /** Cancel (member, or the expert with a reason): both get METHOD:CANCEL. */
  cancelConsultation: Consultation;
  /** Staff: cancel an event: every order with a seat in it is cancelled or refunded and each attendee gets a calendar cancellation. */
  cancelEvent: EventCancellation;
  /** Cancels an order (a paid one is refunded) before the events’ cancellation deadline; staff at any time. */
  cancelOrder: Order;
  /** Cancel a seat before the event’s cancellation deadline; a paid seat’s refund is recorded. */
  cancelRegistration: EventRegistration;
  /** Other sessions of the account end; this one stays. */
  changePassword: OkResult;
  /** Staff: check in an attendee found by name. */
  checkInRegistration: CheckInResult;
  /** Staff: check in the ticket whose QR code was scanned (TICKET_INVALID for a forged one, ALREADY_CHECKED_IN with the time). */
  checkInTicket: CheckInResult;
  /** Holds seats in a pending order (EVENT_HOLD_MINUTES). A zero total is confirmed at once. The same idempotencyKey returns the same order. */
  checkout: Order;
  /** Add a session to your agenda; `warning` and `clashesWith` tell of overlapping sessions you already chose. */
  chooseAgendaSession: AgendaChoiceResult;
  /** The emailed confirmation link: sends the submission to review. */
  confirmDirectorySubmission: DirectorySubmissionReceipt;
  /** Confirms a pending order; by default an invoice is issued (awaiting payment). */
  confirmOrder: Order;
  /** Staff: a new event (draft unless status is given). */
  createEvent: Event;
  /** Staff: add a session to an event’s agenda. */
  createEventSession: EventSession;
  /** Staff: add a category (public, premium, or private to a group). */
  createForumCategory: ForumCategory;
  /** Staff: add a private group (members are added with setForumGroupMember). */
  createForumGroup: ForumGroup;
  createForumPost: ForumPostResult;
  /** Start a thread. Possible patient identifiers hold it for a moderator or ask for confirmation. */
  createForumThread: ForumPostResult;
  /** Staff: create an organization membership with its domains. */
  createOrganization: Organization;
  /** Staff: a promo code (percent or amount off, cap, expiry, event or ticket limits). */
  createPromoCode: PromoCode;
  /** Staff: add an item to the library. */
  createResource: Resource;
  /** Staff: a ticket for an event (eventId) or a bundle of event tickets (componentTicketTypeIds). */
  createTicketType: TicketType;
  /** Turn down an offered seat: it goes to the next person. */
  declineWaitlistOffer: OkResult;
  /** Staff: remove a session (and it leaves personal agendas). */
  deleteEventSession: OkResult;
  deleteForumPost: OkResult;
  /** Moderators: settle the open flags of a post without acting on it (logged, with an optional reason). */
  dismissForumFlags: OkResult;
  /** Edit your post (moderators: any post, with a reason). The old text is kept in the history. */
  editForumPost: ForumPost;
  /** Flag a post for the moderators. */
  flagForumPost: OkResult;
  /** Staff: give a member access to a course. */
  grantCourseAccess: CourseAccessGrant;
  /** Staff: let a member submit a plan (e.g. Residency attendance recorded on paper). */
  grantFellowshipEligibility: FellowshipRosterEntry;
  /** Staff: grant Premium Individual membership for a period. */
  grantPremiumMembership: PremiumGrant;
  /** Join the waiting list of a sold-out ticket. */
  joinWaitlist: WaitlistEntry;
  leaveWaitlist: OkResult;
  logIn: Account;
  logOut: OkResult;
  /** Ends every session of this account on every device. */
  logOutEverywhere: OkResult;
  /** Record that you read a module (it also becomes where you continue). */
  markCourseModuleRead: CourseModuleSummary;
  /** The thread’s author marks the reply that helped (null clears it). */
  markForumAnswer: ForumThread;
  /** The viewer has seen a thread up to post number `seq` (it only moves forward). */
  markForumThreadRead: ForumThreadReadState;
  /** Mark some of your notifications read, or all of them. */
  markNotificationsRead: UnreadNotifications;
  /** Staff: the invoice was paid. */
  markOrderPaid: Order;
  /** Moderators: approve, hide, delete or restore a post; approve or reject (REJECT_EDIT) an edit waiting for review. A reason is required except to approve. */
  moderateForumPost: ForumPost;
  /** Moderators: move a thread to another category (logged with the reason). */
  moveForumThread: OkResult;
  reactToForumPost: ForumPost;
  /** A new secret feed URL; the old one stops working at once. */
  regenerateCalendarFeed: CalendarLinks;
  /** Staff: turn a submission down; the submitter is emailed the reason. */
  rejectDirectorySubmission: DirectorySubmission;
  /** Remove a session from your agenda. */
  removeAgendaSession: PersonalAgenda;
  /** Staff: take a listing off the list; the submitter is emailed the reason. */
  removeDirectoryListing: Scalars['Boolean']['output'];
  removeOrganizationDomain: Organization;
  /** Emails fresh edit links for the listings this address submitted (the same answer either way). */
  requestDirectoryEditLinks: Scalars['Boolean']['output'];
  requestEmailVerification: OkResult;
  /** Always answers ok; a reset link is emailed if the account exists. */
  requestPasswordReset: OkResult;
  /** Move your booking to another free slot: same invite UID, higher SEQUENCE. */
  rescheduleConsultation: Consultation;
  resetPassword: OkResult;
  /** The author sends the revised plan back for review. */
  resubmitFellowshipPlan: FellowshipPlan;
  /** Moderators: see who wrote an anonymous post. Logged with the reason; the author is told. */
  revealAnonymousAuthor: RevealedAuthor;
  /** Reviewers: start the review, comment, ask for a revision, accept or decline. */
  reviewFellowshipPlan: FellowshipPlan;
  /** Staff: end a grant of course access (progress and certificates stay). */
  revokeCourseAccess: OkResult;
  /** Staff: take back the right to submit (a submitted plan stays in review). */
  revokeFellowshipEligibility: OkResult;
  revokePremiumGrant: OkResult;
  /** Create or edit a consultation type. */
  saveConsultationType: ConsultationType;
  /** Staff: add a module (without id) or change one; the quiz is replaced as a whole. */
  saveCourseModule: CourseModuleDraft;
  /** Saves (or, when empty, clears) your draft as you type. */
  saveForumDraft: Scalars['DateTime']['output'];
  /** Expert: private notes (never shown to the member). */
  setConsultationNotes: Consultation;
  /** Expert: mark a consultation completed or no-show. */
  setConsultationOutcome: Consultation;
  /** Staff: mark credentials verified (shown as a badge). */
  setCredentialsVerified: Account;
  /** Accepted fellows: appear (or not) on the public Fellows page, with an optional summary. */
  setFellowListing: FellowshipPlan;
  /** Staff: appoint or remove a reviewer of the Fellows programme. */
  setFellowshipReviewer: OkResult;
  /** Staff: add a member to a private group or remove them (their access ends at once). */
  setForumGroupMember: OkResult;
  /** Moderators: lock or pin a thread. */
  setForumThreadFlags: OkResult;
  setForumWatch: ForumWatch;
  /** Staff: force premium or guest regardless of grants and organizations. */
  setMembershipOverride: Account;
  setNotificationPreferences: NotificationPreferences;
  /** Staff: publish or unpublish (unpublished items are seen by staff only). */
  setResourcePublished: Resource;
  /** Staff: change a ticket’s capacity; new seats are offered to the waiting list first. */
  setTicketTypeCapacity: TicketType;
  /** Staff: set roles (member is always kept). */
  setUserRoles: Account;
  /** Always answers ok; a verification link (or a note to an existing owner) is emailed. */
  signUp: OkResult;
  /** Answer a module’s quiz; scored on the server. Passing the last module issues the certificate. */
  submitCourseQuiz: QuizResult;
  /** Propose an organization; it is reviewed once the submitter confirms the emailed link. */
  submitDirectoryListing: DirectorySubmissionReceipt;
  /** Members who completed the Residency submit their strategic plan. */
  submitFellowshipPlan: FellowshipPlan;
  /** Moderators: pause a member’s posting until a date (null lifts it); they can still read. */
  suspendForumMember: OkResult;
  /** Give a seat to a colleague (until the event starts): a new ticket and invite go to them. */
  transferRegistration: EventRegistration;
  /** Propose a change through the edit link; the approved version stays public until staff approve it. */
  updateDirectoryListing: DirectorySubmissionReceipt;
  /** Staff: edit an event (publish with status PUBLISHED); moving it re-sends attendees’ invites. */
  updateEvent: Event;
  /** Staff: edit a session (speakerIds replaces the speakers). */
  updateEventSession: EventSession;
  /** Replace the weekly rules, date overrides, on-site blocks and booking limits at once. */
  updateExpertAvailability: ExpertAvailability;
  updateExpertProfile: ExpertAvailability;
  /** Staff: rename, reorder, or change anonymity and pre-moderation. */
  updateForumCategory: ForumCategory;
  /** Staff: change the membership window or suspend it. */
  updateOrganizationMembership: Organization;
  updateProfile: Account;
  /** Staff: change a promo code’s cap, expiry or description, or switch it off. */
  updatePromoCode: PromoCode;
  /** Change the attendee’s name, credentials, organization and answers (until the event starts). */
  updateRegistration: EventRegistration;
  /** Staff: change an item (publication is changed with setResourcePublished). */
  updateResource: Resource;
  /** Staff: edit a ticket; raising the capacity offers the new seats to the waiting list first. */
  updateTicketType: TicketType;
  verifyEmail: OkResult;
  /** Moderators: send a member a private warning by email (logged). */
  warnForumMember: OkResult;
};


export type MutationAcceptWaitlistOfferArgs = {
  input: AcceptWaitlistOfferInput;
};


export type MutationAddOrganizationAdminArgs = {
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationAddOrganizationDomainArgs = {
  domain: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationApproveDirectorySubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveOrganizationDomainArgs = {
  domainId: Scalars['ID']['input'];
};


export type MutationBookConsultationArgs = {
  input: BookConsultationInput;
};


export type MutationCancelConsultationArgs = {
  input: CancelConsultationInput;
};


export type MutationCancelEventArgs = {
  eventId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelRegistrationArgs = {
  registrationId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCheckInRegistrationArgs = {
  eventId: Scalars['ID']['input'];
  registrationId: Scalars['ID']['input'];
};


export type MutationCheckInTicketArgs = {
  eventId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
};


export type MutationCheckoutArgs = {
  input: CheckoutInput;
};


export type MutationChooseAgendaSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationConfirmDirectorySubmissionArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationCreateEventArgs = {
  input: EventFieldsInput;
};


export type MutationCreateEventSessionArgs = {
  input: CreateSessionInput;
};


export type MutationCreateForumCategoryArgs = {
  input: ForumCategoryInput;
};


export type MutationCreateForumGroupArgs = {
  input: ForumGroupInput;
};


export type MutationCreateForumPostArgs = {
  input: CreateForumPostInput;
};


export type MutationCreateForumThreadArgs = {
  input: CreateForumThreadInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreatePromoCodeArgs = {
  input: CreatePromoCodeInput;
};


export type MutationCreateResourceArgs = {
  input: ResourceInput;
};


export type MutationCreateTicketTypeArgs = {
  input: CreateTicketTypeInput;
};


export type MutationDeclineWaitlistOfferArgs = {
  entryId: Scalars['ID']['input'];
};


export type MutationDeleteEventSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationDeleteForumPostArgs = {
  postId: Scalars['ID']['input'];
};


export type MutationDismissForumFlagsArgs = {
  input: DismissForumFlagsInput;
};


export type MutationEditForumPostArgs = {
  input: EditForumPostInput;
};


export type MutationFlagForumPostArgs = {
  input: FlagForumPostInput;
};


export type MutationGrantCourseAccessArgs = {
  input: GrantCourseAccessInput;
};


export type MutationGrantFellowshipEligibilityArgs = {
  input: FellowshipMemberInput;
};


export type MutationGrantPremiumMembershipArgs = {
  input: GrantPremiumInput;
};


export type MutationJoinWaitlistArgs = {
  quantity?: Scalars['Int']['input'];
  ticketTypeId: Scalars['ID']['input'];
};


export type MutationLeaveWaitlistArgs = {
  entryId: Scalars['ID']['input'];
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationMarkCourseModuleReadArgs = {
  moduleId: Scalars['ID']['input'];
};


export type MutationMarkForumAnswerArgs = {
  postId?: InputMaybe<Scalars['ID']['input']>;
  threadId: Scalars['ID']['input'];
};


export type MutationMarkForumThreadReadArgs = {
  seq: Scalars['Int']['input'];
  threadId: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMarkOrderPaidArgs = {
  orderId: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};


export type MutationModerateForumPostArgs = {
  input: ModerateForumPostInput;
};


export type MutationMoveForumThreadArgs = {
  categoryId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  threadId: Scalars['ID']['input'];
};


export type MutationReactToForumPostArgs = {
  kind: ReactionKind;
  on?: Scalars['Boolean']['input'];
  postId: Scalars['ID']['input'];
};


export type MutationRejectDirectorySubmissionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveAgendaSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationRemoveDirectoryListingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveOrganizationDomainArgs = {
  domainId: Scalars['ID']['input'];
};


export type MutationRequestDirectoryEditLinksArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestEmailVerificationArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRescheduleConsultationArgs = {
  input: RescheduleConsultationInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResubmitFellowshipPlanArgs = {
  input: ResubmitFellowshipPlanInput;
};


export type MutationRevealAnonymousAuthorArgs = {
  postId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReviewFellowshipPlanArgs = {
  input: ReviewFellowshipPlanInput;
};


export type MutationRevokeCourseAccessArgs = {
  grantId: Scalars['ID']['input'];
};


export type MutationRevokeFellowshipEligibilityArgs = {
  input: FellowshipMemberInput;
};


export type MutationRevokePremiumGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveConsultationTypeArgs = {
  input: ConsultationTypeInput;
};


export type MutationSaveCourseModuleArgs = {
  input: CourseModuleDraftInput;
};


export type MutationSaveForumDraftArgs = {
  body: Scalars['String']['input'];
  scope: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetConsultationNotesArgs = {
  id: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
};


export type MutationSetConsultationOutcomeArgs = {
  id: Scalars['ID']['input'];
  outcome: ConsultationOutcome;
};


export type MutationSetCredentialsVerifiedArgs = {
  userId: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
};


export type MutationSetFellowListingArgs = {
  input: FellowListingInput;
};


export type MutationSetFellowshipReviewerArgs = {
  input: FellowshipMemberInput;
  reviewer: Scalars['Boolean']['input'];
};


export type MutationSetForumGroupMemberArgs = {
  groupId: Scalars['ID']['input'];
  member: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetForumThreadFlagsArgs = {
  locked?: InputMaybe<Scalars['Boolean']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  threadId: Scalars['ID']['input'];
};


export type MutationSetForumWatchArgs = {
  input: SetForumWatchInput;
};


export type MutationSetMembershipOverrideArgs = {
  override: MembershipOverride;
  userId: Scalars['ID']['input'];
};


export type MutationSetNotificationPreferencesArgs = {
  input: SetNotificationPreferencesInput;
};


export type MutationSetResourcePublishedArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


export type MutationSetTicketTypeCapacityArgs = {
  capacity: Scalars['Int']['input'];
  ticketTypeId: Scalars['ID']['input'];
};


export type MutationSetUserRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSubmitCourseQuizArgs = {
  input: SubmitQuizInput;
};


export type MutationSubmitDirectoryListingArgs = {
  input: SubmitDirectoryListingInput;
};


export type MutationSubmitFellowshipPlanArgs = {
  input: FellowshipPlanInput;
};


export type MutationSuspendForumMemberArgs = {
  reason: Scalars['String']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationTransferRegistrationArgs = {
  input: TransferRegistrationInput;
};


export type MutationUpdateDirectoryListingArgs = {
  input: DirectoryListingInput;
  token: Scalars['String']['input'];
};


export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


export type MutationUpdateEventSessionArgs = {
  input: UpdateSessionInput;
};


export type MutationUpdateExpertAvailabilityArgs = {
  input: ExpertAvailabilityInput;
};


export type MutationUpdateExpertProfileArgs = {
  input: ExpertProfileInput;
};


export type MutationUpdateForumCategoryArgs = {
  input: UpdateForumCategoryInput;
};


export type MutationUpdateOrganizationMembershipArgs = {
  input: UpdateOrganizationMembershipInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdatePromoCodeArgs = {
  input: UpdatePromoCodeInput;
};


export type MutationUpdateRegistrationArgs = {
  input: UpdateRegistrationInput;
};


export type MutationUpdateResourceArgs = {
  id: Scalars['ID']['input'];
  input: ResourceInput;
};


export type MutationUpdateTicketTypeArgs = {
  input: UpdateTicketTypeInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationWarnForumMemberArgs = {
  reason: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type MyFellowship = {
  __typename: 'MyFellowship';
  /** Could submit a plan right now. */
  canSubmit: Scalars['Boolean']['output'];
  /** Why not (a reason code), when canSubmit is false. */
  cannotSubmitReason: Maybe<Scalars['String']['output']>;
  eligibilitySource: Maybe<FellowshipEligibilitySource>;
  /** May submit a plan (completed the Residency or let in by staff). */
  eligible: Scalars['Boolean']['output'];
  isReviewer: Scalars['Boolean']['output'];
  /** The latest plan (open, accepted or declined). */
  plan: Maybe<FellowshipPlan>;
};

/** Re-checked against the board’s access rules every time it is read. */
export type Notification = {
  __typename: 'Notification';
  /** Who wrote the post, as the viewer may see them (a pseudonym for anonymous posts). */
  actorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The start of the post, as plain text. */
  excerpt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  postId: Scalars['ID']['output'];
  postSeq: Scalars['Int']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
  threadId: Scalars['ID']['output'];
  threadTitle: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename: 'NotificationConnection';
  nextCursor: Maybe<Scalars['String']['output']>;
  nodes: Array<Notification>;
};

/** A reply to you, a mention of you, or a new post where you follow. */
export type NotificationKind =
  | 'MENTION'
  | 'REPLY'
  | 'WATCHED';

export type NotificationPreferences = {
  __typename: 'NotificationPreferences';
  emailMode: EmailMode;
};

export type OkResult = {
  __typename: 'OkResult';
  ok: Scalars['Boolean']['output'];
};

export type OnSiteBlock = {
  __typename: 'OnSiteBlock';
  end: Scalars['DateTime']['output'];
  /** The conference’s "expert consultations" session this block belongs to. */
  eventSessionId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  room: Scalars['String']['output'];
  start: Scalars['DateTime']['output'];
};

export type OnSiteBlockInput = {
  end: Scalars['String']['input'];
  eventSessionId?: InputMaybe<Scalars['ID']['input']>;
  room: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

export type Order = {
  __typename: 'Order';
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  discountCents: Scalars['Int']['output'];
  discountReason: DiscountReason;
  explanation: Scalars['String']['output'];
  /** While pending: the seats are held until then. */
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  invoiceNumber: Maybe<Scalars['String']['output']>;
  lines: Array<OrderLine>;
  paidAt: Maybe<Scalars['DateTime']['output']>;
  paymentProvider: Maybe<Scalars['String']['output']>;
  refundCents: Maybe<Scalars['Int']['output']>;
  refundedAt: Maybe<Scalars['DateTime']['output']>;
  registrations: Array<Registration>;
  state: OrderState;
  subtotalCents: Scalars['Int']['output'];
  totalCents: Scalars['Int']['output'];
};

export type OrderLine = {
  __typename: 'OrderLine';
  lineTotalCents: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  ticketTypeId: Scalars['ID']['output'];
  unitDiscountCents: Scalars['Int']['output'];
  unitListCents: Scalars['Int']['output'];
};

export type OrderState =
  | 'AWAITING_PAYMENT'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'PAID'
  | 'PENDING'
  | 'REFUNDED';

export type Organization = {
  __typename: 'Organization';
  /** Whether the flat-rate membership covers people right now. */
  active: Scalars['Boolean']['output'];
  admins: Array<UserProfile>;
  /** People with a verified email on an approved domain. */
  coveredMembers: Array<UserProfile>;
  domains: Array<OrganizationDomain>;
  id: Scalars['ID']['output'];
  membershipEndsAt: Maybe<Scalars['DateTime']['output']>;
  membershipStartsAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export type OrganizationDomain = {
  __typename: 'OrganizationDomain';
  approved: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  domain: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type PersonalAgenda = {
  __typename: 'PersonalAgenda';
  /** Chosen sessions that overlap others you chose (a warning, not a refusal). */
  clashes: Array<AgendaClash>;
  eventId: Scalars['ID']['output'];
  registrationId: Scalars['ID']['output'];
  /** Chosen sessions, by start time. */
  sessions: Array<EventSession>;
};

export type PhiFinding = {
  __typename: 'PhiFinding';
  confidence: Scalars['String']['output'];
  end: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type PremiumGrant = {
  __typename: 'PremiumGrant';
  createdAt: Scalars['DateTime']['output'];
  endsAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  source: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type PriceQuote = {
  __typename: 'PriceQuote';
  /** guest or premium, as decided on the server now. */
  buyerTier: Scalars['String']['output'];
  discountCents: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  listPriceCents: Scalars['Int']['output'];
  promoCode: Maybe<Scalars['String']['output']>;
  /** Why the code given was not applied. */
  promoProblem: Maybe<PromoProblem>;
  quantity: Scalars['Int']['output'];
  reason: DiscountReason;
  ticketTypeId: Scalars['ID']['output'];
  totalCents: Scalars['Int']['output'];
  unitDiscountCents: Scalars['Int']['output'];
  unitListCents: Scalars['Int']['output'];
  unitTotalCents: Scalars['Int']['output'];
};

export type PriceQuoteInput = {
  promoCode?: InputMaybe<Scalars['String']['input']>;
  quantity?: Scalars['Int']['input'];
  ticketTypeId: Scalars['ID']['input'];
};

export type PromoCode = {
  __typename: 'PromoCode';
  active: Scalars['Boolean']['output'];
  amountOffCents: Maybe<Scalars['Int']['output']>;
  code: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  eventId: Maybe<Scalars['ID']['output']>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  maxUses: Maybe<Scalars['Int']['output']>;
  percentOff: Maybe<Scalars['Int']['output']>;
  ticketTypeIds: Array<Scalars['ID']['output']>;
  uses: Scalars['Int']['output'];
};

export type PromoProblem =
  | 'EXPIRED'
  | 'NOT_APPLICABLE'
  | 'NOT_BETTER'
  | 'NOT_FOUND'
  | 'OTHER_EVENT'
  | 'USED_UP';

export type Query = {
  __typename: 'Query';
  /** Staff: confirmed attendees whose name, email or organization contains the text. */
  checkInSearch: Array<EventRegistration>;
  consultation: Consultation;
  /** The booking behind a reschedule/cancel link from an email (no log-in needed). */
  consultationByLink: Consultation;
  /** Free slots of one consultation type, grouped and labelled in `timeZone` (the viewer’s). */
  consultationSlots: Array<ConsultationSlotDay>;
  /** A course: its outline for everyone, with your access, progress and certificate. */
  course: Course;
  /** Staff: who was given access to a course, and how. */
  courseAccessGrants: Array<CourseAccessGrant>;
  /** A module’s content and quiz (members with access to the course). */
  courseModule: CourseModule;
  /** Staff: a module’s markdown and quiz with its answer key, for editing. */
  courseModuleDraft: CourseModuleDraft;
  /** A course sold on its own, bought through the same checkout (null when it is not for sale). */
  courseProduct: Maybe<TicketType>;
  /** The public grid: approved listings with filters, sort, paging and counts per filter value. */
  directory: DirectoryPage;
  /** The emailed edit link: the approved listing to start an update from. */
  directoryEditForm: DirectoryEditForm;
  /** Staff: confirmed submissions waiting for review, oldest first. */
  directoryReviewQueue: DirectoryReviewQueue;
  /** Staff: one submission (not unconfirmed ones). */
  directorySubmission: DirectorySubmission;
  event: Event;
  /** Staff: how many confirmed attendees are checked in (live: socket event events:attendance after events:check-in:join). */
  eventAttendance: EventAttendance;
  eventById: Event;
  /** Staff: an event’s registrations with filters (status, checked in, ticket, search), with counts. */
  eventRegistrations: RegistrationPage;
  /** Upcoming events (drafts too, for staff), soonest first. */
  events: Array<Event>;
  expert: Expert;
  /** An expert’s own settings (staff: any expert’s). */
  expertAvailability: ExpertAvailability;
  /** An expert’s bookings (upcoming: from yesterday on). */
  expertConsultations: Array<Consultation>;
  /** Every topic some expert covers, for the directory filter. */
  expertTopics: Array<Scalars['String']['output']>;
  /** The experts directory (anyone may look), optionally with one topic. */
  experts: Array<Expert>;
  /** Public: accepted fellows who chose to be listed. */
  fellows: Array<Fellow>;
  /** Staff: members who may submit a plan. */
  fellowshipEligibleMembers: Array<FellowshipRosterEntry>;
  /** A plan: its author and reviewers only. */
  fellowshipPlan: FellowshipPlan;
  /** Reviewers: plans waiting for review (open plans by default), oldest change first. */
  fellowshipReviewQueue: Array<FellowshipPlan>;
  /** Staff: appointed reviewers (staff review by role). */
  fellowshipReviewers: Array<FellowshipRosterEntry>;
  /** The board categories this viewer may read. */
  forumCategories: Array<ForumCategory>;
  forumCategory: ForumCategory;
  /** Your saved draft for "thread:<id>" or "category:<id>". */
  forumDraft: Maybe<ForumDraft>;
  /** Staff: the members of a private group, by name. */
  forumGroupMembers: Array<ForumGroupMember>;
  /** Staff: private groups of the board. */
  forumGroups: Array<ForumGroup>;
  /** Members who wrote named posts in a thread, to mention there. */
  forumMentionCandidates: Array<MentionCandidate>;
  /** Earlier versions of a post (its author and moderators). */
  forumPostHistory: Array<ForumPostRevision>;
  /** Full-text search over what you may read. */
  forumSearch: Array<ForumSearchResult>;
  forumThread: ForumThread;
  /** The viewer’s watch level on a thread or a category (give one of the two). */
  forumWatch: ForumWatch;
  /** The signed-in account, or null. */
  me: Maybe<Account>;
  /** Premium Individual membership, bought through the same checkout. */
  membershipProducts: Array<TicketType>;
  /** Moderators: open flags, oldest first. */
  moderationFlags: Array<ForumFlag>;
  /** Moderators: who did what, when and why. */
  moderationLog: Array<ModerationAction>;
  /** Moderators: posts held for review, oldest first. */
  moderationQueue: Array<ForumPost>;
  /** Your chosen sessions for an event you attend (NOT_REGISTERED without a confirmed seat). */
  myAgenda: PersonalAgenda;
  /** Your calendar feed links (created on first ask). */
  myCalendarFeed: CalendarLinks;
  /** Your certificates. */
  myCertificates: Array<Certificate>;
  /** Consultations you booked, oldest first. */
  myConsultations: Array<Consultation>;
  /** The signed-in member’s place in the Fellows programme. */
  myFellowship: MyFellowship;
  /** Your orders, newest first. */
  myOrders: Array<Order>;
  /** Your tickets: seats you bought and seats you attend with, soonest event first. */
  myRegistrations: Array<EventRegistration>;
  /** Your places on waiting lists, with positions. */
  myWaitlist: Array<WaitlistEntry>;
  notificationPreferences: NotificationPreferences;
  /** The viewer’s notifications, newest first; only what they may still see. */
  notifications: NotificationConnection;
  order: Order;
  /** Staff or the organization’s admins. */
  organization: Organization;
  /** Staff: every organization. */
  organizations: Array<Organization>;
  /** Premium grants of an account (its owner or staff). */
  premiumGrants: Array<PremiumGrant>;
  /** The price breakdown before committing, for the signed-in buyer’s membership now. */
  priceQuote: PriceQuote;
  /** Staff: promo codes (of one event, or all). */
  promoCodes: Array<PromoCode>;
  /** One of your tickets (NOT_FOUND when it is not yours). */
  registration: EventRegistration;
  resource: Resource;
  /** Tags of published items, most used first. */
  resourceTags: Array<ResourceTag>;
  /** The library: every published item (a preview where the viewer has no access), filtered and searched. */
  resources: ResourcePage;
  /** Unread notifications the viewer may still see (counted up to 1000). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** A member's public card (signed-in members only). */
  user: UserProfile;
  /** Staff: search accounts by email or name. */
  users: AccountConnection;
  /** Public: check a certificate by its verification code (name, course and date only). */
  verifyCertificate: CertificateVerification;
};


export type QueryCheckInSearchArgs = {
  eventId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
};


export type QueryConsultationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsultationByLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryConsultationSlotsArgs = {
  days?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  timeZone: Scalars['String']['input'];
  typeId: Scalars['ID']['input'];
};


export type QueryCourseArgs = {
  slug?: Scalars['String']['input'];
};


export type QueryCourseAccessGrantsArgs = {
  courseSlug?: Scalars['String']['input'];
};


export type QueryCourseModuleArgs = {
  courseSlug?: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};


export type QueryCourseModuleDraftArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseProductArgs = {
  courseSlug: Scalars['String']['input'];
};


export type QueryDirectoryArgs = {
  query?: InputMaybe<DirectoryQueryInput>;
};


export type QueryDirectoryEditFormArgs = {
  token: Scalars['String']['input'];
};


export type QueryDirectorySubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventArgs = {
  slug: Scalars['String']['input'];
};


export type QueryEventAttendanceArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryEventByIdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventRegistrationsArgs = {
  filter: EventRegistrationsFilterInput;
};


export type QueryEventsArgs = {
  includePast?: Scalars['Boolean']['input'];
  kind?: InputMaybe<EventKind>;
};


export type QueryExpertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpertAvailabilityArgs = {
  expertId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExpertConsultationsArgs = {
  upcoming?: Scalars['Boolean']['input'];
};


export type QueryExpertsArgs = {
  topic?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFellowshipPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFellowshipReviewQueueArgs = {
  statuses?: InputMaybe<Array<FellowshipPlanStatus>>;
};


export type QueryForumCategoryArgs = {
  slug: Scalars['String']['input'];
};


export type QueryForumDraftArgs = {
  scope: Scalars['String']['input'];
};


export type QueryForumGroupMembersArgs = {
  groupId: Scalars['ID']['input'];
};


export type QueryForumMentionCandidatesArgs = {
  search?: Scalars['String']['input'];
  threadId: Scalars['ID']['input'];
};


export type QueryForumPostHistoryArgs = {
  postId: Scalars['ID']['input'];
};


export type QueryForumSearchArgs = {
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QueryForumThreadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryForumWatchArgs = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  threadId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyAgendaArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPremiumGrantsArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryPriceQuoteArgs = {
  input: PriceQuoteInput;
};


export type QueryPromoCodesArgs = {
  eventId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourceArgs = {
  slug: Scalars['String']['input'];
};


export type QueryResourcesArgs = {
  filter?: InputMaybe<ResourceFilterInput>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVerifyCertificateArgs = {
  code: Scalars['String']['input'];
};

export type QuizAnswerInput = {
  /** 0-based index of the chosen answer. */
  choiceIndex: Scalars['Int']['input'];
  questionId: Scalars['ID']['input'];
};

export type QuizAnswerResult = {
  __typename: 'QuizAnswerResult';
  choiceIndex: Scalars['Int']['output'];
  /** Whether this answer was right (the right choice itself is never sent). */
  correct: Scalars['Boolean']['output'];
  questionId: Scalars['ID']['output'];
};

export type QuizQuestion = {
  __typename: 'QuizQuestion';
  choices: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  prompt: Scalars['String']['output'];
};

export type QuizQuestionDraft = {
  __typename: 'QuizQuestionDraft';
  choices: Array<Scalars['String']['output']>;
  /** The right answer: sent to staff only, for editing. */
  correctIndex: Scalars['Int']['output'];
  prompt: Scalars['String']['output'];
};

export type QuizQuestionDraftInput = {
  choices: Array<Scalars['String']['input']>;
  correctIndex: Scalars['Int']['input'];
  prompt: Scalars['String']['input'];
};

export type QuizResult = {
  __typename: 'QuizResult';
  certificate: Maybe<Certificate>;
  correctCount: Scalars['Int']['output'];
  courseComplete: Scalars['Boolean']['output'];
  module: CourseModuleSummary;
  passMark: Scalars['Int']['output'];
  passed: Scalars['Boolean']['output'];
  results: Array<QuizAnswerResult>;
  scorePercent: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ReactionKind =
  | 'AGREE'
  | 'HELPFUL'
  | 'THANKS';

export type ReactionSummary = {
  __typename: 'ReactionSummary';
  count: Scalars['Int']['output'];
  kind: ReactionKind;
  mine: Scalars['Boolean']['output'];
};

export type Registration = {
  __typename: 'Registration';
  answers: Array<RegistrationAnswer>;
  attendeeCredentials: Maybe<Scalars['String']['output']>;
  attendeeEmail: Scalars['String']['output'];
  attendeeName: Scalars['String']['output'];
  attendeeOrganization: Maybe<Scalars['String']['output']>;
  checkedInAt: Maybe<Scalars['DateTime']['output']>;
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  status: RegistrationStatus;
  ticketTypeId: Scalars['ID']['output'];
};

export type RegistrationAnswer = {
  __typename: 'RegistrationAnswer';
  questionId: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type RegistrationPage = {
  __typename: 'RegistrationPage';
  checkedIn: Scalars['Int']['output'];
  confirmed: Scalars['Int']['output'];
  items: Array<EventRegistration>;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'HELD';

/** Either the id (logged in) or the token from an email link. */
export type RescheduleConsultationInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  start: Scalars['String']['input'];
  token?: InputMaybe<Scalars['String']['input']>;
};

export type ResetPasswordInput = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** A library item. Without access: title, summary and first paragraph only, never the body or the file/recording link. */
export type Resource = {
  __typename: 'Resource';
  access: ResourceAccess;
  audience: ResourceAudience;
  /** The whole body as sanitised HTML; null without access. */
  bodyHtml: Maybe<Scalars['String']['output']>;
  /** Staff only: the markdown source, for editing. */
  bodyMd: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  invitation: Maybe<ResourceInvitation>;
  kind: ResourceKind;
  /** The file or recording; null without access. */
  linkUrl: Maybe<Scalars['String']['output']>;
  /** The first paragraph, as sanitised HTML. */
  previewHtml: Scalars['String']['output'];
  published: Scalars['Boolean']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ResourceAccess =
  | 'FULL'
  | 'PREVIEW';

/** Public: anyone. Guest: any signed-in account. Premium: premium members. */
export type ResourceAudience =
  | 'GUEST'
  | 'PREMIUM'
  | 'PUBLIC';

export type ResourceFilterInput = {
  audience?: InputMaybe<ResourceAudience>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<ResourceKind>;
  offset?: Scalars['Int']['input'];
  /** Words to search for (PostgreSQL full-text, English). */
  query?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type ResourceInput = {
  audience: ResourceAudience;
  /** Markdown. */
  bodyMd: Scalars['String']['input'];
  kind: ResourceKind;
  /** The file or recording (http or https). */
  linkUrl?: InputMaybe<Scalars['String']['input']>;
  published?: Scalars['Boolean']['input'];
  slug: Scalars['String']['input'];
  summary: Scalars['String']['input'];
  tags?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** What a preview invites the viewer to do to read the rest. */
export type ResourceInvitation =
  | 'SIGN_UP'
  | 'UPGRADE';

/** Guideline, template, training material, webinar recording or article. */
export type ResourceKind =
  | 'ARTICLE'
  | 'GUIDELINE'
  | 'TEMPLATE'
  | 'TRAINING'
  | 'WEBINAR';

export type ResourcePage = {
  __typename: 'ResourcePage';
  nodes: Array<Resource>;
  /** How many items match in all. */
  total: Scalars['Int']['output'];
};

export type ResourceTag = {
  __typename: 'ResourceTag';
  count: Scalars['Int']['output'];
  tag: Scalars['String']['output'];
};

export type ResubmitFellowshipPlanInput = {
  audience: Scalars['String']['input'];
  goals: Scalars['String']['input'];
  /** The governance and privacy plan. */
  governance: Scalars['String']['input'];
  metrics: Scalars['String']['input'];
  /** What changed, for the reviewers. */
  note?: InputMaybe<Scalars['String']['input']>;
  platforms: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type RevealedAuthor = {
  __typename: 'RevealedAuthor';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type ReviewFellowshipPlanInput = {
  /** START_REVIEW, COMMENT, REQUEST_REVISION, ACCEPT or DECLINE. */
  action: FellowshipPlanAction;
  comment?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
};

export type Role =
  | 'EXPERT'
  | 'MEMBER'
  | 'MODERATOR'
  | 'STAFF';

export type SetForumWatchInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  level: WatchLevel;
  threadId?: InputMaybe<Scalars['ID']['input']>;
};

export type SetNotificationPreferencesInput = {
  emailMode: EmailMode;
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

export type SubmitDirectoryListingInput = {
  accounts: Array<DirectoryAccountInput>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code, e.g. US. */
  countryCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  /** Where the confirmation link is sent; never shown publicly. */
  submitterEmail: Scalars['String']['input'];
  type: DirectoryOrganizationType;
  website: Scalars['String']['input'];
};

export type SubmitQuizInput = {
  answers: Array<QuizAnswerInput>;
  moduleId: Scalars['ID']['input'];
};

export type TicketAudience =
  | 'ANYONE'
  | 'PREMIUM';

export type TicketKind =
  | 'BUNDLE'
  | 'COURSE'
  | 'EVENT'
  | 'MEMBERSHIP';

export type TicketType = {
  __typename: 'TicketType';
  audience: TicketAudience;
  /** Bundles: the events it gives a seat in. */
  bundleEventIds: Array<Scalars['ID']['output']>;
  /** null: unlimited. */
  capacity: Maybe<Scalars['Int']['output']>;
  description: Maybe<Scalars['String']['output']>;
  eventId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  inPerson: Scalars['Boolean']['output'];
  includedInPremium: Scalars['Boolean']['output'];
  kind: TicketKind;
  listPriceCents: Scalars['Int']['output'];
  maxPerOrder: Scalars['Int']['output'];
  membershipMonths: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** Within the sale window and the events are open (seats aside). */
  onSale: Scalars['Boolean']['output'];
  saleEndsAt: Maybe<Scalars['DateTime']['output']>;
  saleStartsAt: Maybe<Scalars['DateTime']['output']>;
  /** null: unlimited. */
  seatsLeft: Maybe<Scalars['Int']['output']>;
  soldOut: Scalars['Boolean']['output'];
};

export type TransferRegistrationInput = {
  /** The colleague’s answers to the event’s questions. */
  answers?: Array<AnswerInput>;
  credentials?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
  registrationId: Scalars['ID']['input'];
};

export type UnreadNotifications = {
  __typename: 'UnreadNotifications';
  count: Scalars['Int']['output'];
};

export type UpdateEventInput = {
  cancellationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  includesCourse?: InputMaybe<Scalars['Boolean']['input']>;
  joinUrl?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EventKind>;
  questions?: InputMaybe<Array<EventQuestionInput>>;
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** draft or published (cancel with cancelEvent). */
  status?: InputMaybe<EventStatus>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** IANA zone, e.g. America/New_York. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  venueAddress?: InputMaybe<Scalars['String']['input']>;
  venueName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateForumCategoryInput = {
  allowAnonymous?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  requirePremoderation?: InputMaybe<Scalars['Boolean']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganizationMembershipInput = {
  membershipEndsAt?: InputMaybe<Scalars['DateTime']['input']>;
  membershipStartsAt?: InputMaybe<Scalars['DateTime']['input']>;
  organizationId: Scalars['ID']['input'];
  status?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfileInput = {
  bio?: InputMaybe<Scalars['String']['input']>;
  /** For example "MD, MPH" or "RN". */
  credentials?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  organizationName?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePromoCodeInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  maxUses?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateRegistrationInput = {
  answers?: Array<AnswerInput>;
  attendeeName: Scalars['String']['input'];
  credentials?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  registrationId: Scalars['ID']['input'];
};

export type UpdateSessionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  room?: InputMaybe<Scalars['String']['input']>;
  /** Speakers (member ids), in order. */
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** null for plenary sessions. */
  track?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<EventSessionType>;
};

export type UpdateTicketTypeInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  audience?: InputMaybe<TicketAudience>;
  /** null: unlimited. Raising it offers the new seats to the waiting list first. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** In-person: premium members save 25%. */
  inPerson?: InputMaybe<Scalars['Boolean']['input']>;
  /** Free for premium members (webinars). */
  includedInPremium?: InputMaybe<Scalars['Boolean']['input']>;
  listPriceCents?: InputMaybe<Scalars['Int']['input']>;
  maxPerOrder?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  saleEndsAt?: InputMaybe<Scalars['DateTime']['input']>;
  saleStartsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type UserProfile = {
  __typename: 'UserProfile';
  bio: Maybe<Scalars['String']['output']>;
  credentials: Maybe<Scalars['String']['output']>;
  credentialsVerified: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  organizationName: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  timeZone: Scalars['String']['output'];
};

export type WaitlistEntry = {
  __typename: 'WaitlistEntry';
  createdAt: Scalars['DateTime']['output'];
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** While offered: the seat is kept until then. */
  offerExpiresAt: Maybe<Scalars['DateTime']['output']>;
  orderId: Maybe<Scalars['ID']['output']>;
  /** 1 = next in line; null when not waiting. */
  position: Maybe<Scalars['Int']['output']>;
  quantity: Scalars['Int']['output'];
  status: WaitlistStatus;
  ticketTypeId: Scalars['ID']['output'];
};

export type WaitlistStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'LAPSED'
  | 'LEFT'
  | 'OFFERED'
  | 'WAITING';

/** WATCHING: every post, in the app and by email. TRACKING: every post, in the app only. NORMAL: replies to you and mentions. MUTED: nothing. */
export type WatchLevel =
  | 'MUTED'
  | 'NORMAL'
  | 'TRACKING'
  | 'WATCHING';

export type WatchSource =
  | 'CATEGORY'
  | 'DEFAULT'
  | 'THREAD';

export type WeeklyRule = {
  __typename: 'WeeklyRule';
  end: Scalars['String']['output'];
  /** HH:mm in the expert’s zone. */
  start: Scalars['String']['output'];
  /** 1 = Monday … 7 = Sunday. */
  weekday: Scalars['Int']['output'];
};

export type WeeklyRuleInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
  weekday: Scalars['Int']['input'];
};

export type AccountFieldsFragment = { __typename: 'Account', id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { __typename: 'OkResult', ok: boolean } };

export type RequestEmailVerificationMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestEmailVerificationMutation = { requestEmailVerification: { __typename: 'OkResult', ok: boolean } };

export type VerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailMutation = { verifyEmail: { __typename: 'OkResult', ok: boolean } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { __typename: 'Account', bio: string | null, timeZone: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, administeredOrganizations: Array<{ __typename: 'Organization', id: string, name: string }>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: { __typename: 'OkResult', ok: boolean } };

export type LogOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutEverywhereMutation = { logOutEverywhere: { __typename: 'OkResult', ok: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { __typename: 'OkResult', ok: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { __typename: 'OkResult', ok: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { __typename: 'OkResult', ok: boolean } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { __typename: 'Account', bio: string | null, timeZone: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, administeredOrganizations: Array<{ __typename: 'Organization', id: string, name: string }>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } } };

export type ViewerFieldsFragment = { __typename: 'Account', bio: string | null, timeZone: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, administeredOrganizations: Array<{ __typename: 'Organization', id: string, name: string }>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'Account', bio: string | null, timeZone: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, administeredOrganizations: Array<{ __typename: 'Organization', id: string, name: string }>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } } | null };

export type AdminOrganizationFieldsFragment = { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> };

export type AdminOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganizationsQuery = { organizations: Array<{ __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> }> };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type UpdateOrganizationMembershipMutationVariables = Exact<{
  input: UpdateOrganizationMembershipInput;
}>;


export type UpdateOrganizationMembershipMutation = { updateOrganizationMembership: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type AdminAddOrganizationDomainMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  domain: Scalars['String']['input'];
}>;


export type AdminAddOrganizationDomainMutation = { addOrganizationDomain: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type ApproveOrganizationDomainMutationVariables = Exact<{
  domainId: Scalars['ID']['input'];
}>;


export type ApproveOrganizationDomainMutation = { approveOrganizationDomain: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type AdminRemoveOrganizationDomainMutationVariables = Exact<{
  domainId: Scalars['ID']['input'];
}>;


export type AdminRemoveOrganizationDomainMutation = { removeOrganizationDomain: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type AddOrganizationAdminMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type AddOrganizationAdminMutation = { addOrganizationAdmin: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type AdminAccountFieldsFragment = { __typename: 'Account', membershipOverride: MembershipOverride, createdAt: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } };

export type PremiumGrantFieldsFragment = { __typename: 'PremiumGrant', id: string, startsAt: string, endsAt: string | null, note: string | null, source: string, revokedAt: string | null, createdAt: string };

export type AdminUsersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
}>;


export type AdminUsersQuery = { users: { __typename: 'AccountConnection', nextCursor: string | null, nodes: Array<{ __typename: 'Account', membershipOverride: MembershipOverride, createdAt: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } }> } };

export type PremiumGrantsQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type PremiumGrantsQuery = { premiumGrants: Array<{ __typename: 'PremiumGrant', id: string, startsAt: string, endsAt: string | null, note: string | null, source: string, revokedAt: string | null, createdAt: string }> };

export type SetCredentialsVerifiedMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
}>;


export type SetCredentialsVerifiedMutation = { setCredentialsVerified: { __typename: 'Account', membershipOverride: MembershipOverride, createdAt: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } } };

export type SetUserRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type SetUserRolesMutation = { setUserRoles: { __typename: 'Account', membershipOverride: MembershipOverride, createdAt: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } } };

export type SetMembershipOverrideMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  override: MembershipOverride;
}>;


export type SetMembershipOverrideMutation = { setMembershipOverride: { __typename: 'Account', membershipOverride: MembershipOverride, createdAt: string, id: string, email: string, emailVerified: boolean, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, roles: Array<Role>, membership: { __typename: 'Membership', tier: MembershipTier, source: MembershipSource, organizationId: string | null, organizationName: string | null, validUntil: string | null } } };

export type GrantPremiumMembershipMutationVariables = Exact<{
  input: GrantPremiumInput;
}>;


export type GrantPremiumMembershipMutation = { grantPremiumMembership: { __typename: 'PremiumGrant', id: string, startsAt: string, endsAt: string | null, note: string | null, source: string, revokedAt: string | null, createdAt: string } };

export type RevokePremiumGrantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokePremiumGrantMutation = { revokePremiumGrant: { __typename: 'OkResult', ok: boolean } };

export type ForumGroupFieldsFragment = { __typename: 'ForumGroup', id: string, slug: string, name: string, description: string | null };

export type ForumGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForumGroupsQuery = { forumGroups: Array<{ __typename: 'ForumGroup', id: string, slug: string, name: string, description: string | null }> };

export type CreateForumGroupMutationVariables = Exact<{
  input: ForumGroupInput;
}>;


export type CreateForumGroupMutation = { createForumGroup: { __typename: 'ForumGroup', id: string, slug: string, name: string, description: string | null } };

export type CreateForumCategoryMutationVariables = Exact<{
  input: ForumCategoryInput;
}>;


export type CreateForumCategoryMutation = { createForumCategory: { __typename: 'ForumCategory', id: string, slug: string, name: string, description: string | null, audience: ForumAudience, allowAnonymous: boolean, requirePremoderation: boolean, canPost: boolean, unreadThreads: number } };

export type UpdateForumCategoryMutationVariables = Exact<{
  input: UpdateForumCategoryInput;
}>;


export type UpdateForumCategoryMutation = { updateForumCategory: { __typename: 'ForumCategory', id: string, slug: string, name: string, description: string | null, audience: ForumAudience, allowAnonymous: boolean, requirePremoderation: boolean, canPost: boolean, unreadThreads: number } };

export type SetForumGroupMemberMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  member: Scalars['Boolean']['input'];
}>;


export type SetForumGroupMemberMutation = { setForumGroupMember: { __typename: 'OkResult', ok: boolean } };

export type ForumGroupMembersQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type ForumGroupMembersQuery = { forumGroupMembers: Array<{ __typename: 'ForumGroupMember', userId: string, displayName: string, email: string, addedAt: string }> };

export type ForumSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: Scalars['Int']['input'];
}>;


export type ForumSearchQuery = { forumSearch: Array<{ __typename: 'ForumSearchResult', postId: string, snippet: string, thread: { __typename: 'ForumThread', id: string, title: string, status: ForumStatus, pinned: boolean, locked: boolean, postCount: number, categoryId: string, createdAt: string, lastPostAt: string, unreadCount: number, answerPostId: string | null, category: { __typename: 'ForumCategory', id: string, slug: string, name: string }, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean } } }> };

export type FlagForumPostMutationVariables = Exact<{
  input: FlagForumPostInput;
}>;


export type FlagForumPostMutation = { flagForumPost: { __typename: 'OkResult', ok: boolean } };

export type MarkForumAnswerMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
  postId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MarkForumAnswerMutation = { markForumAnswer: { __typename: 'ForumThread', id: string, answerPostId: string | null } };

export type ForumPostHistoryQueryVariables = Exact<{
  postId: Scalars['ID']['input'];
}>;


export type ForumPostHistoryQuery = { forumPostHistory: Array<{ __typename: 'ForumPostRevision', id: string, bodyMd: string, reason: string | null, createdAt: string }> };

export type EditForumPostMutationVariables = Exact<{
  input: EditForumPostInput;
}>;


export type EditForumPostMutation = { editForumPost: { __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null } };

export type ForumDraftQueryVariables = Exact<{
  scope: Scalars['String']['input'];
}>;


export type ForumDraftQuery = { forumDraft: { __typename: 'ForumDraft', title: string | null, body: string, updatedAt: string } | null };

export type SaveForumDraftMutationVariables = Exact<{
  scope: Scalars['String']['input'];
  body: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
}>;


export type SaveForumDraftMutation = { saveForumDraft: string };

export type ForumCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ForumCategoriesQuery = { forumCategories: Array<{ __typename: 'ForumCategory', id: string, slug: string, name: string, description: string | null, audience: ForumAudience, allowAnonymous: boolean, requirePremoderation: boolean, canPost: boolean, unreadThreads: number }> };

export type ForumCategoryQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
}>;


export type ForumCategoryQuery = { forumCategory: { __typename: 'ForumCategory', id: string, slug: string, name: string, description: string | null, audience: ForumAudience, allowAnonymous: boolean, requirePremoderation: boolean, canPost: boolean, unreadThreads: number, threads: { __typename: 'ForumThreadConnection', nextCursor: string | null, nodes: Array<{ __typename: 'ForumThread', id: string, title: string, status: ForumStatus, pinned: boolean, locked: boolean, postCount: number, categoryId: string, createdAt: string, lastPostAt: string, unreadCount: number, answerPostId: string | null, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean } }> } } };

export type ForumThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
}>;


export type ForumThreadQuery = { forumThread: { __typename: 'ForumThread', lastReadSeq: number, id: string, title: string, status: ForumStatus, pinned: boolean, locked: boolean, postCount: number, categoryId: string, createdAt: string, lastPostAt: string, unreadCount: number, answerPostId: string | null, category: { __typename: 'ForumCategory', id: string, slug: string, name: string, description: string | null, audience: ForumAudience, allowAnonymous: boolean, requirePremoderation: boolean, canPost: boolean, unreadThreads: number }, posts: { __typename: 'ForumPostConnection', nextCursor: string | null, nodes: Array<{ __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null }> }, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean } } };

export type ForumPostResultFieldsFragment = { __typename: 'ForumPostResult', held: boolean, thread: { __typename: 'ForumThread', id: string, title: string, status: ForumStatus, pinned: boolean, locked: boolean, postCount: number, categoryId: string, createdAt: string, lastPostAt: string, unreadCount: number, answerPostId: string | null, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean } }, post: { __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null } };

export type CreateForumThreadMutationVariables = Exact<{
  input: CreateForumThreadInput;
}>;


export type CreateForumThreadMutation = { createForumThread: { __typename: 'ForumPostResult', held: boolean, thread: { __typename: 'ForumThread', id: string, title: string, status: ForumStatus, pinned: boolean, locked: boolean, postCount: number, categoryId: string, createdAt: string, lastPostAt: string, unreadCount: number, answerPostId: string | null, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean } }, post: { __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null } } };

export type CreateForumPostMutationVariables = Exact<{
  input: CreateForumPostInput;
}>;


export type CreateForumPostMutation = { createForumPost: { __typename: 'ForumPostResult', held: boolean, thread: { __typename: 'ForumThread', id: string, title: string, status: ForumStatus, pinned: boolean, locked: boolean, postCount: number, categoryId: string, createdAt: string, lastPostAt: string, unreadCount: number, answerPostId: string | null, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean } }, post: { __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null } } };

export type DeleteForumPostMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
}>;


export type DeleteForumPostMutation = { deleteForumPost: { __typename: 'OkResult', ok: boolean } };

export type ReactToForumPostMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  kind: ReactionKind;
  on: Scalars['Boolean']['input'];
}>;


export type ReactToForumPostMutation = { reactToForumPost: { __typename: 'ForumPost', id: string, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }> } };

export type ForumAuthorFieldsFragment = { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean };

export type ForumCategoryFieldsFragment = { __typename: 'ForumCategory', id: string, slug: string, name: string, description: string | null, audience: ForumAudience, allowAnonymous: boolean, requirePremoderation: boolean, canPost: boolean, unreadThreads: number };

export type ForumThreadSummaryFragment = { __typename: 'ForumThread', id: string, title: string, status: ForumStatus, pinned: boolean, locked: boolean, postCount: number, categoryId: string, createdAt: string, lastPostAt: string, unreadCount: number, answerPostId: string | null, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean } };

export type ForumPostFieldsFragment = { __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null };

export type ModerationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationQueueQuery = { moderationQueue: Array<{ __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null }> };

export type ModerationLogQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationLogQuery = { moderationLog: Array<{ __typename: 'ModerationAction', id: string, action: string, targetType: string, targetId: string, reason: string | null, actorName: string, createdAt: string }> };

export type ModerateForumPostMutationVariables = Exact<{
  input: ModerateForumPostInput;
}>;


export type ModerateForumPostMutation = { moderateForumPost: { __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null } };

export type SetForumThreadFlagsMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
  locked?: InputMaybe<Scalars['Boolean']['input']>;
  pinned?: InputMaybe<Scalars['Boolean']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetForumThreadFlagsMutation = { setForumThreadFlags: { __typename: 'OkResult', ok: boolean } };

export type RevealAnonymousAuthorMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevealAnonymousAuthorMutation = { revealAnonymousAuthor: { __typename: 'RevealedAuthor', userId: string, displayName: string, email: string } };

export type ModerationFlagsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationFlagsQuery = { moderationFlags: Array<{ __typename: 'ForumFlag', id: string, reason: FlagReason, note: string | null, createdAt: string, post: { __typename: 'ForumPost', id: string, threadId: string, seq: number, bodyHtml: string, bodyMd: string, status: ForumStatus, heldReason: string | null, createdAt: string, editedAt: string | null, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }>, author: { __typename: 'ForumAuthor', userId: string | null, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, anonymous: boolean, isYou: boolean }, reactions: Array<{ __typename: 'ReactionSummary', kind: ReactionKind, count: number, mine: boolean }>, pendingEdit: { __typename: 'ForumPendingEdit', bodyHtml: string, bodyMd: string, heldReason: string, createdAt: string, phiFindings: Array<{ __typename: 'PhiFinding', kind: string, confidence: string, start: number, end: number, text: string, reason: string }> } | null } }> };

export type MoveForumThreadMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
  categoryId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type MoveForumThreadMutation = { moveForumThread: { __typename: 'OkResult', ok: boolean } };

export type WarnForumMemberMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WarnForumMemberMutation = { warnForumMember: { __typename: 'OkResult', ok: boolean } };

export type SuspendForumMemberMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
  reason: Scalars['String']['input'];
}>;


export type SuspendForumMemberMutation = { suspendForumMember: { __typename: 'OkResult', ok: boolean } };

export type DismissForumFlagsMutationVariables = Exact<{
  input: DismissForumFlagsInput;
}>;


export type DismissForumFlagsMutation = { dismissForumFlags: { __typename: 'OkResult', ok: boolean } };

export type ExpertCardFieldsFragment = { __typename: 'Expert', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, headline: string | null, topics: Array<string>, timeZone: string, accepting: boolean };

export type ConsultationTypeFieldsFragment = { __typename: 'ConsultationType', id: string, expertId: string, title: string, description: string | null, durationMinutes: number, mode: ConsultationMode, room: string | null, meetingUrl: string | null, intakeQuestion: string, active: boolean };

export type ConsultationFieldsFragment = { __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } };

export type ExpertsQueryVariables = Exact<{
  topic?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExpertsQuery = { expertTopics: Array<string>, experts: Array<{ __typename: 'Expert', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, headline: string | null, topics: Array<string>, timeZone: string, accepting: boolean, consultationTypes: Array<{ __typename: 'ConsultationType', id: string, title: string, durationMinutes: number, mode: ConsultationMode }> }> };

export type ExpertPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExpertPageQuery = { expert: { __typename: 'Expert', bio: string | null, id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, headline: string | null, topics: Array<string>, timeZone: string, accepting: boolean, consultationTypes: Array<{ __typename: 'ConsultationType', id: string, expertId: string, title: string, description: string | null, durationMinutes: number, mode: ConsultationMode, room: string | null, meetingUrl: string | null, intakeQuestion: string, active: boolean }> } };

export type ConsultationSlotsQueryVariables = Exact<{
  typeId: Scalars['ID']['input'];
  timeZone: Scalars['String']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsultationSlotsQuery = { consultationSlots: Array<{ __typename: 'ConsultationSlotDay', date: string, slots: Array<{ __typename: 'ConsultationSlot', start: string, end: string, label: string, onSite: string | null }> }> };

export type BookConsultationMutationVariables = Exact<{
  input: BookConsultationInput;
}>;


export type BookConsultationMutation = { bookConsultation: { __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } } };

export type RescheduleConsultationMutationVariables = Exact<{
  input: RescheduleConsultationInput;
}>;


export type RescheduleConsultationMutation = { rescheduleConsultation: { __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } } };

export type CancelConsultationMutationVariables = Exact<{
  input: CancelConsultationInput;
}>;


export type CancelConsultationMutation = { cancelConsultation: { __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } } };

export type MyConsultationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsultationsQuery = { myConsultations: Array<{ __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } }> };

export type ExpertConsultationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertConsultationsQuery = { expertConsultations: Array<{ __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } }> };

export type ConsultationByLinkQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConsultationByLinkQuery = { consultationByLink: { __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } } };

export type SetConsultationOutcomeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: ConsultationOutcome;
}>;


export type SetConsultationOutcomeMutation = { setConsultationOutcome: { __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } } };

export type SetConsultationNotesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
}>;


export type SetConsultationNotesMutation = { setConsultationNotes: { __typename: 'Consultation', id: string, expertId: string, typeId: string, title: string, mode: ConsultationMode, location: string, startsAt: string, endsAt: string, timeZone: string, status: ConsultationStatus, intakeAnswer: string, expertNotes: string | null, sequence: number, cancelReason: string | null, viewerRole: ConsultationRole, canReschedule: boolean, canCancel: boolean, icsUrl: string, expert: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null }, member: { __typename: 'ConsultationParty', id: string, displayName: string, credentials: string | null, organizationName: string | null } } };

export type ExpertAvailabilityFieldsFragment = { __typename: 'ExpertAvailability', expertId: string, headline: string | null, topics: Array<string>, accepting: boolean, timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, horizonDays: number, maxPerDay: number | null, weeklyRules: Array<{ __typename: 'WeeklyRule', weekday: number, start: string, end: string }>, dateOverrides: Array<{ __typename: 'AvailabilityOverride', date: string, kind: AvailabilityOverrideKind, start: string | null, end: string | null }>, onSiteBlocks: Array<{ __typename: 'OnSiteBlock', id: string, start: string, end: string, room: string, eventSessionId: string | null }>, consultationTypes: Array<{ __typename: 'ConsultationType', id: string, expertId: string, title: string, description: string | null, durationMinutes: number, mode: ConsultationMode, room: string | null, meetingUrl: string | null, intakeQuestion: string, active: boolean }> };

export type ExpertAvailabilityQueryVariables = Exact<{ [key: string]: never; }>;


export type ExpertAvailabilityQuery = { expertAvailability: { __typename: 'ExpertAvailability', expertId: string, headline: string | null, topics: Array<string>, accepting: boolean, timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, horizonDays: number, maxPerDay: number | null, weeklyRules: Array<{ __typename: 'WeeklyRule', weekday: number, start: string, end: string }>, dateOverrides: Array<{ __typename: 'AvailabilityOverride', date: string, kind: AvailabilityOverrideKind, start: string | null, end: string | null }>, onSiteBlocks: Array<{ __typename: 'OnSiteBlock', id: string, start: string, end: string, room: string, eventSessionId: string | null }>, consultationTypes: Array<{ __typename: 'ConsultationType', id: string, expertId: string, title: string, description: string | null, durationMinutes: number, mode: ConsultationMode, room: string | null, meetingUrl: string | null, intakeQuestion: string, active: boolean }> } };

export type UpdateExpertAvailabilityMutationVariables = Exact<{
  input: ExpertAvailabilityInput;
}>;


export type UpdateExpertAvailabilityMutation = { updateExpertAvailability: { __typename: 'ExpertAvailability', expertId: string, headline: string | null, topics: Array<string>, accepting: boolean, timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, horizonDays: number, maxPerDay: number | null, weeklyRules: Array<{ __typename: 'WeeklyRule', weekday: number, start: string, end: string }>, dateOverrides: Array<{ __typename: 'AvailabilityOverride', date: string, kind: AvailabilityOverrideKind, start: string | null, end: string | null }>, onSiteBlocks: Array<{ __typename: 'OnSiteBlock', id: string, start: string, end: string, room: string, eventSessionId: string | null }>, consultationTypes: Array<{ __typename: 'ConsultationType', id: string, expertId: string, title: string, description: string | null, durationMinutes: number, mode: ConsultationMode, room: string | null, meetingUrl: string | null, intakeQuestion: string, active: boolean }> } };

export type UpdateExpertProfileMutationVariables = Exact<{
  input: ExpertProfileInput;
}>;


export type UpdateExpertProfileMutation = { updateExpertProfile: { __typename: 'ExpertAvailability', expertId: string, headline: string | null, topics: Array<string>, accepting: boolean, timeZone: string, bufferBeforeMinutes: number, bufferAfterMinutes: number, minimumNoticeMinutes: number, horizonDays: number, maxPerDay: number | null, weeklyRules: Array<{ __typename: 'WeeklyRule', weekday: number, start: string, end: string }>, dateOverrides: Array<{ __typename: 'AvailabilityOverride', date: string, kind: AvailabilityOverrideKind, start: string | null, end: string | null }>, onSiteBlocks: Array<{ __typename: 'OnSiteBlock', id: string, start: string, end: string, room: string, eventSessionId: string | null }>, consultationTypes: Array<{ __typename: 'ConsultationType', id: string, expertId: string, title: string, description: string | null, durationMinutes: number, mode: ConsultationMode, room: string | null, meetingUrl: string | null, intakeQuestion: string, active: boolean }> } };

export type SaveConsultationTypeMutationVariables = Exact<{
  input: ConsultationTypeInput;
}>;


export type SaveConsultationTypeMutation = { saveConsultationType: { __typename: 'ConsultationType', id: string, expertId: string, title: string, description: string | null, durationMinutes: number, mode: ConsultationMode, room: string | null, meetingUrl: string | null, intakeQuestion: string, active: boolean } };

export type CalendarLinksFieldsFragment = { __typename: 'CalendarLinks', httpsUrl: string, webcalUrl: string, googleUrl: string, publicHttpsUrl: string, publicWebcalUrl: string };

export type MyCalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCalendarFeedQuery = { myCalendarFeed: { __typename: 'CalendarLinks', httpsUrl: string, webcalUrl: string, googleUrl: string, publicHttpsUrl: string, publicWebcalUrl: string } };

export type RegenerateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RegenerateCalendarFeedMutation = { regenerateCalendarFeed: { __typename: 'CalendarLinks', httpsUrl: string, webcalUrl: string, googleUrl: string, publicHttpsUrl: string, publicWebcalUrl: string } };

type DirectoryEntryFields_DirectoryDuplicate_Fragment = { __typename: 'DirectoryDuplicate', id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> };

type DirectoryEntryFields_DirectoryListing_Fragment = { __typename: 'DirectoryListing', id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> };

type DirectoryEntryFields_DirectorySubmission_Fragment = { __typename: 'DirectorySubmission', id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> };

export type DirectoryEntryFieldsFragment = DirectoryEntryFields_DirectoryDuplicate_Fragment | DirectoryEntryFields_DirectoryListing_Fragment | DirectoryEntryFields_DirectorySubmission_Fragment;

export type DirectoryListingFieldsFragment = { __typename: 'DirectoryListing', updatedAt: string, id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> };

export type DirectoryGridQueryVariables = Exact<{
  query?: InputMaybe<DirectoryQueryInput>;
}>;


export type DirectoryGridQuery = { directory: { __typename: 'DirectoryPage', totalCount: number, offset: number, limit: number, exportPath: string, nodes: Array<{ __typename: 'DirectoryListing', updatedAt: string, id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> }>, facets: { __typename: 'DirectoryFacets', countries: Array<{ __typename: 'DirectoryFacetValue', value: string, label: string, count: number }>, types: Array<{ __typename: 'DirectoryFacetValue', value: string, label: string, count: number }>, platforms: Array<{ __typename: 'DirectoryFacetValue', value: string, label: string, count: number }> } } };

export type SubmitDirectoryListingMutationVariables = Exact<{
  input: SubmitDirectoryListingInput;
}>;


export type SubmitDirectoryListingMutation = { submitDirectoryListing: { __typename: 'DirectorySubmissionReceipt', status: DirectorySubmissionStatus, organizationName: string } };

export type ConfirmDirectorySubmissionMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmDirectorySubmissionMutation = { confirmDirectorySubmission: { __typename: 'DirectorySubmissionReceipt', status: DirectorySubmissionStatus, organizationName: string } };

export type DirectoryEditFormQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type DirectoryEditFormQuery = { directoryEditForm: { __typename: 'DirectoryEditForm', updatePending: boolean, listing: { __typename: 'DirectoryListing', updatedAt: string, id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> } } };

export type UpdateDirectoryListingMutationVariables = Exact<{
  token: Scalars['String']['input'];
  input: DirectoryListingInput;
}>;


export type UpdateDirectoryListingMutation = { updateDirectoryListing: { __typename: 'DirectorySubmissionReceipt', status: DirectorySubmissionStatus, organizationName: string } };

export type RequestDirectoryEditLinksMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestDirectoryEditLinksMutation = { requestDirectoryEditLinks: boolean };

export type DirectoryReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryReviewQueueQuery = { directoryReviewQueue: { __typename: 'DirectoryReviewQueue', totalCount: number, nodes: Array<{ __typename: 'DirectorySubmission', kind: DirectorySubmissionKind, status: DirectorySubmissionStatus, submitterEmail: string, submittedAt: string, confirmedAt: string | null, id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, currentListing: { __typename: 'DirectoryListing', updatedAt: string, id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> } | null, duplicates: Array<{ __typename: 'DirectoryDuplicate', source: DirectoryDuplicateSource, matchedOn: Array<DirectoryMatch>, id: string, name: string, type: DirectoryOrganizationType, countryCode: string, countryName: string, region: string | null, city: string | null, website: string, websiteDomain: string, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> }>, accounts: Array<{ __typename: 'DirectoryAccount', platform: DirectoryPlatform, url: string }> }> } };

export type ApproveDirectorySubmissionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveDirectorySubmissionMutation = { approveDirectorySubmission: { __typename: 'DirectoryListing', id: string, name: string } };

export type RejectDirectorySubmissionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectDirectorySubmissionMutation = { rejectDirectorySubmission: { __typename: 'DirectorySubmission', id: string, status: DirectorySubmissionStatus } };

export type RemoveDirectoryListingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RemoveDirectoryListingMutation = { removeDirectoryListing: boolean };

export type EventByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventByIdQuery = { eventById: { __typename: 'Event', description: string | null, venueAddress: string | null, venueEnd: string, cancellationDeadline: string | null, includesCourse: boolean, joinUrl: string | null, recordingUrl: string | null, id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null, agenda: Array<{ __typename: 'AgendaDay', date: string, tracks: Array<{ __typename: 'AgendaTrack', name: string | null, sessions: Array<{ __typename: 'EventSession', id: string, eventId: string, type: EventSessionType, title: string, description: string | null, track: string | null, room: string | null, startsAt: string, endsAt: string, venueStart: string, venueEnd: string, speakers: Array<{ __typename: 'EventSpeaker', userId: string, displayName: string, credentials: string | null }> }> }> }>, questions: Array<{ __typename: 'EventQuestion', id: string, label: string, kind: string, options: Array<string>, required: boolean }>, ticketTypes: Array<{ __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null }> } };

export type CreateEventMutationVariables = Exact<{
  input: EventFieldsInput;
}>;


export type CreateEventMutation = { createEvent: { __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent: { __typename: 'Event', description: string | null, venueAddress: string | null, cancellationDeadline: string | null, joinUrl: string | null, recordingUrl: string | null, id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null } };

export type CancelEventMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelEventMutation = { cancelEvent: { __typename: 'EventCancellation', eventId: string, ordersCancelled: number, seatsCancelled: number } };

export type CreateEventSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type CreateEventSessionMutation = { createEventSession: { __typename: 'EventSession', id: string, eventId: string, type: EventSessionType, title: string, description: string | null, track: string | null, room: string | null, startsAt: string, endsAt: string, venueStart: string, venueEnd: string, speakers: Array<{ __typename: 'EventSpeaker', userId: string, displayName: string, credentials: string | null }> } };

export type DeleteEventSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type DeleteEventSessionMutation = { deleteEventSession: { __typename: 'OkResult', ok: boolean } };

export type CreateTicketTypeMutationVariables = Exact<{
  input: CreateTicketTypeInput;
}>;


export type CreateTicketTypeMutation = { createTicketType: { __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null } };

export type UpdateTicketTypeMutationVariables = Exact<{
  input: UpdateTicketTypeInput;
}>;


export type UpdateTicketTypeMutation = { updateTicketType: { __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null } };

export type PromoCodesQueryVariables = Exact<{
  eventId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PromoCodesQuery = { promoCodes: Array<{ __typename: 'PromoCode', id: string, code: string, description: string | null, percentOff: number | null, amountOffCents: number | null, maxUses: number | null, uses: number, expiresAt: string | null, active: boolean, eventId: string | null, ticketTypeIds: Array<string> }> };

export type CreatePromoCodeMutationVariables = Exact<{
  input: CreatePromoCodeInput;
}>;


export type CreatePromoCodeMutation = { createPromoCode: { __typename: 'PromoCode', id: string, code: string } };

export type UpdatePromoCodeMutationVariables = Exact<{
  input: UpdatePromoCodeInput;
}>;


export type UpdatePromoCodeMutation = { updatePromoCode: { __typename: 'PromoCode', id: string, active: boolean } };

export type EventRegistrationsQueryVariables = Exact<{
  filter: EventRegistrationsFilterInput;
}>;


export type EventRegistrationsQuery = { eventRegistrations: { __typename: 'RegistrationPage', checkedIn: number, confirmed: number, items: Array<{ __typename: 'EventRegistration', id: string, orderId: string, status: RegistrationStatus, ticketTypeName: string, attendeeName: string, attendeeEmail: string, attendeeCredentials: string | null, attendeeOrganization: string | null, orderState: OrderState, checkedInAt: string | null, checkedInAtVenue: string | null }> } };

export type CheckInPersonFieldsFragment = { __typename: 'EventRegistration', id: string, attendeeName: string, attendeeCredentials: string | null, attendeeOrganization: string | null, ticketTypeName: string, checkedInAt: string | null, checkedInAtVenue: string | null };

export type EventAttendanceFieldsFragment = { __typename: 'EventAttendance', eventId: string, checkedIn: number, confirmed: number };

export type CheckInResultFieldsFragment = { __typename: 'CheckInResult', checkedInAt: string, checkedInAtVenue: string, attendance: { __typename: 'EventAttendance', eventId: string, checkedIn: number, confirmed: number }, registration: { __typename: 'EventRegistration', id: string, attendeeName: string, attendeeCredentials: string | null, attendeeOrganization: string | null, ticketTypeName: string, checkedInAt: string | null, checkedInAtVenue: string | null } };

export type CheckInSearchQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
}>;


export type CheckInSearchQuery = { checkInSearch: Array<{ __typename: 'EventRegistration', id: string, attendeeName: string, attendeeCredentials: string | null, attendeeOrganization: string | null, ticketTypeName: string, checkedInAt: string | null, checkedInAtVenue: string | null }> };

export type EventAttendanceQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type EventAttendanceQuery = { eventAttendance: { __typename: 'EventAttendance', eventId: string, checkedIn: number, confirmed: number } };

export type CheckInTicketMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
}>;


export type CheckInTicketMutation = { checkInTicket: { __typename: 'CheckInResult', checkedInAt: string, checkedInAtVenue: string, attendance: { __typename: 'EventAttendance', eventId: string, checkedIn: number, confirmed: number }, registration: { __typename: 'EventRegistration', id: string, attendeeName: string, attendeeCredentials: string | null, attendeeOrganization: string | null, ticketTypeName: string, checkedInAt: string | null, checkedInAtVenue: string | null } } };

export type CheckInRegistrationMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  registrationId: Scalars['ID']['input'];
}>;


export type CheckInRegistrationMutation = { checkInRegistration: { __typename: 'CheckInResult', checkedInAt: string, checkedInAtVenue: string, attendance: { __typename: 'EventAttendance', eventId: string, checkedIn: number, confirmed: number }, registration: { __typename: 'EventRegistration', id: string, attendeeName: string, attendeeCredentials: string | null, attendeeOrganization: string | null, ticketTypeName: string, checkedInAt: string | null, checkedInAtVenue: string | null } } };

export type MarkOrderPaidMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
}>;


export type MarkOrderPaidMutation = { markOrderPaid: { __typename: 'Order', id: string, state: OrderState, paidAt: string | null } };

export type TicketTypeFieldsFragment = { __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null };

export type EventSummaryFieldsFragment = { __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null };

export type EventSessionFieldsFragment = { __typename: 'EventSession', id: string, eventId: string, type: EventSessionType, title: string, description: string | null, track: string | null, room: string | null, startsAt: string, endsAt: string, venueStart: string, venueEnd: string, speakers: Array<{ __typename: 'EventSpeaker', userId: string, displayName: string, credentials: string | null }> };

export type EventQuestionFieldsFragment = { __typename: 'EventQuestion', id: string, label: string, kind: string, options: Array<string>, required: boolean };

export type PersonalAgendaFieldsFragment = { __typename: 'PersonalAgenda', eventId: string, registrationId: string, sessions: Array<{ __typename: 'EventSession', id: string }>, clashes: Array<{ __typename: 'AgendaClash', sessionId: string, clashesWith: Array<string> }> };

export type EventRegistrationFieldsFragment = { __typename: 'EventRegistration', id: string, orderId: string, orderState: OrderState, status: RegistrationStatus, ticketTypeId: string, ticketTypeName: string, attendeeName: string, attendeeEmail: string, attendeeCredentials: string | null, attendeeOrganization: string | null, isAttendee: boolean, isBuyer: boolean, canCancel: boolean, canTransfer: boolean, cancelUntil: string, cancelledAt: string | null, checkedInAt: string | null, checkedInAtVenue: string | null, transferredAt: string | null, refundCents: number | null, joinUrl: string | null, recordingUrl: string | null, ticketToken: string | null, ticketQrDataUrl: string | null, event: { __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null } };

export type OrderFieldsFragment = { __typename: 'Order', id: string, state: OrderState, subtotalCents: number, discountCents: number, totalCents: number, discountReason: DiscountReason, explanation: string, holdExpiresAt: string | null, invoiceNumber: string | null, paymentProvider: string | null, createdAt: string, confirmedAt: string | null, paidAt: string | null, cancelledAt: string | null, refundedAt: string | null, refundCents: number | null, lines: Array<{ __typename: 'OrderLine', ticketTypeId: string, name: string, quantity: number, unitListCents: number, unitDiscountCents: number, lineTotalCents: number }>, registrations: Array<{ __typename: 'Registration', id: string, eventId: string, attendeeName: string, status: RegistrationStatus }> };

export type WaitlistEntryFieldsFragment = { __typename: 'WaitlistEntry', id: string, eventId: string, ticketTypeId: string, quantity: number, status: WaitlistStatus, position: number | null, offerExpiresAt: string | null, orderId: string | null, createdAt: string };

export type EventDetailFieldsFragment = { __typename: 'Event', description: string | null, venueAddress: string | null, venueEnd: string, cancellationDeadline: string | null, includesCourse: boolean, joinUrl: string | null, recordingUrl: string | null, id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null, questions: Array<{ __typename: 'EventQuestion', id: string, label: string, kind: string, options: Array<string>, required: boolean }>, ticketTypes: Array<{ __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null }> };

export type EventsQueryVariables = Exact<{
  kind?: InputMaybe<EventKind>;
  includePast?: Scalars['Boolean']['input'];
}>;


export type EventsQuery = { events: Array<{ __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null }> };

export type EventQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type EventQuery = { event: { __typename: 'Event', description: string | null, venueAddress: string | null, venueEnd: string, cancellationDeadline: string | null, includesCourse: boolean, joinUrl: string | null, recordingUrl: string | null, id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null, questions: Array<{ __typename: 'EventQuestion', id: string, label: string, kind: string, options: Array<string>, required: boolean }>, ticketTypes: Array<{ __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null }> } };

export type AgendaDayFieldsFragment = { __typename: 'AgendaDay', date: string, tracks: Array<{ __typename: 'AgendaTrack', name: string | null, sessions: Array<{ __typename: 'EventSession', id: string, eventId: string, type: EventSessionType, title: string, description: string | null, track: string | null, room: string | null, startsAt: string, endsAt: string, venueStart: string, venueEnd: string, speakers: Array<{ __typename: 'EventSpeaker', userId: string, displayName: string, credentials: string | null }> }> }> };

export type EventAgendaQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type EventAgendaQuery = { event: { __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null, agenda: Array<{ __typename: 'AgendaDay', date: string, tracks: Array<{ __typename: 'AgendaTrack', name: string | null, sessions: Array<{ __typename: 'EventSession', id: string, eventId: string, type: EventSessionType, title: string, description: string | null, track: string | null, room: string | null, startsAt: string, endsAt: string, venueStart: string, venueEnd: string, speakers: Array<{ __typename: 'EventSpeaker', userId: string, displayName: string, credentials: string | null }> }> }> }> } };

export type MyAgendaQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type MyAgendaQuery = { myAgenda: { __typename: 'PersonalAgenda', eventId: string, registrationId: string, sessions: Array<{ __typename: 'EventSession', id: string }>, clashes: Array<{ __typename: 'AgendaClash', sessionId: string, clashesWith: Array<string> }> } };

export type ChooseAgendaSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type ChooseAgendaSessionMutation = { chooseAgendaSession: { __typename: 'AgendaChoiceResult', warning: string | null, clashesWith: Array<{ __typename: 'EventSession', id: string, title: string }>, agenda: { __typename: 'PersonalAgenda', eventId: string, registrationId: string, sessions: Array<{ __typename: 'EventSession', id: string }>, clashes: Array<{ __typename: 'AgendaClash', sessionId: string, clashesWith: Array<string> }> } } };

export type RemoveAgendaSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type RemoveAgendaSessionMutation = { removeAgendaSession: { __typename: 'PersonalAgenda', eventId: string, registrationId: string, sessions: Array<{ __typename: 'EventSession', id: string }>, clashes: Array<{ __typename: 'AgendaClash', sessionId: string, clashesWith: Array<string> }> } };

export type MembershipProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipProductsQuery = { membershipProducts: Array<{ __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null }> };

export type PriceQuoteQueryVariables = Exact<{
  input: PriceQuoteInput;
}>;


export type PriceQuoteQuery = { priceQuote: { __typename: 'PriceQuote', ticketTypeId: string, quantity: number, buyerTier: string, unitListCents: number, unitDiscountCents: number, unitTotalCents: number, listPriceCents: number, discountCents: number, totalCents: number, reason: DiscountReason, explanation: string, promoCode: string | null, promoProblem: PromoProblem | null } };

export type CheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type CheckoutMutation = { checkout: { __typename: 'Order', id: string, state: OrderState, subtotalCents: number, discountCents: number, totalCents: number, discountReason: DiscountReason, explanation: string, holdExpiresAt: string | null, invoiceNumber: string | null, paymentProvider: string | null, createdAt: string, confirmedAt: string | null, paidAt: string | null, cancelledAt: string | null, refundedAt: string | null, refundCents: number | null, lines: Array<{ __typename: 'OrderLine', ticketTypeId: string, name: string, quantity: number, unitListCents: number, unitDiscountCents: number, lineTotalCents: number }>, registrations: Array<{ __typename: 'Registration', id: string, eventId: string, attendeeName: string, status: RegistrationStatus }> } };

export type ConfirmOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type ConfirmOrderMutation = { confirmOrder: { __typename: 'Order', id: string, state: OrderState, subtotalCents: number, discountCents: number, totalCents: number, discountReason: DiscountReason, explanation: string, holdExpiresAt: string | null, invoiceNumber: string | null, paymentProvider: string | null, createdAt: string, confirmedAt: string | null, paidAt: string | null, cancelledAt: string | null, refundedAt: string | null, refundCents: number | null, lines: Array<{ __typename: 'OrderLine', ticketTypeId: string, name: string, quantity: number, unitListCents: number, unitDiscountCents: number, lineTotalCents: number }>, registrations: Array<{ __typename: 'Registration', id: string, eventId: string, attendeeName: string, status: RegistrationStatus }> } };

export type CancelOrderMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelOrderMutation = { cancelOrder: { __typename: 'Order', id: string, state: OrderState, subtotalCents: number, discountCents: number, totalCents: number, discountReason: DiscountReason, explanation: string, holdExpiresAt: string | null, invoiceNumber: string | null, paymentProvider: string | null, createdAt: string, confirmedAt: string | null, paidAt: string | null, cancelledAt: string | null, refundedAt: string | null, refundCents: number | null, lines: Array<{ __typename: 'OrderLine', ticketTypeId: string, name: string, quantity: number, unitListCents: number, unitDiscountCents: number, lineTotalCents: number }>, registrations: Array<{ __typename: 'Registration', id: string, eventId: string, attendeeName: string, status: RegistrationStatus }> } };

export type MyTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTicketsQuery = { myRegistrations: Array<{ __typename: 'EventRegistration', id: string, orderId: string, orderState: OrderState, status: RegistrationStatus, ticketTypeId: string, ticketTypeName: string, attendeeName: string, attendeeEmail: string, attendeeCredentials: string | null, attendeeOrganization: string | null, isAttendee: boolean, isBuyer: boolean, canCancel: boolean, canTransfer: boolean, cancelUntil: string, cancelledAt: string | null, checkedInAt: string | null, checkedInAtVenue: string | null, transferredAt: string | null, refundCents: number | null, joinUrl: string | null, recordingUrl: string | null, ticketToken: string | null, ticketQrDataUrl: string | null, event: { __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null } }>, myOrders: Array<{ __typename: 'Order', id: string, state: OrderState, subtotalCents: number, discountCents: number, totalCents: number, discountReason: DiscountReason, explanation: string, holdExpiresAt: string | null, invoiceNumber: string | null, paymentProvider: string | null, createdAt: string, confirmedAt: string | null, paidAt: string | null, cancelledAt: string | null, refundedAt: string | null, refundCents: number | null, lines: Array<{ __typename: 'OrderLine', ticketTypeId: string, name: string, quantity: number, unitListCents: number, unitDiscountCents: number, lineTotalCents: number }>, registrations: Array<{ __typename: 'Registration', id: string, eventId: string, attendeeName: string, status: RegistrationStatus }> }>, myWaitlist: Array<{ __typename: 'WaitlistEntry', id: string, eventId: string, ticketTypeId: string, quantity: number, status: WaitlistStatus, position: number | null, offerExpiresAt: string | null, orderId: string | null, createdAt: string }> };

export type CancelRegistrationMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
}>;


export type CancelRegistrationMutation = { cancelRegistration: { __typename: 'EventRegistration', id: string, orderId: string, orderState: OrderState, status: RegistrationStatus, ticketTypeId: string, ticketTypeName: string, attendeeName: string, attendeeEmail: string, attendeeCredentials: string | null, attendeeOrganization: string | null, isAttendee: boolean, isBuyer: boolean, canCancel: boolean, canTransfer: boolean, cancelUntil: string, cancelledAt: string | null, checkedInAt: string | null, checkedInAtVenue: string | null, transferredAt: string | null, refundCents: number | null, joinUrl: string | null, recordingUrl: string | null, ticketToken: string | null, ticketQrDataUrl: string | null, event: { __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null } } };

export type TransferRegistrationMutationVariables = Exact<{
  input: TransferRegistrationInput;
}>;


export type TransferRegistrationMutation = { transferRegistration: { __typename: 'EventRegistration', id: string, orderId: string, orderState: OrderState, status: RegistrationStatus, ticketTypeId: string, ticketTypeName: string, attendeeName: string, attendeeEmail: string, attendeeCredentials: string | null, attendeeOrganization: string | null, isAttendee: boolean, isBuyer: boolean, canCancel: boolean, canTransfer: boolean, cancelUntil: string, cancelledAt: string | null, checkedInAt: string | null, checkedInAtVenue: string | null, transferredAt: string | null, refundCents: number | null, joinUrl: string | null, recordingUrl: string | null, ticketToken: string | null, ticketQrDataUrl: string | null, event: { __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null } } };

export type JoinWaitlistMutationVariables = Exact<{
  ticketTypeId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
}>;


export type JoinWaitlistMutation = { joinWaitlist: { __typename: 'WaitlistEntry', id: string, eventId: string, ticketTypeId: string, quantity: number, status: WaitlistStatus, position: number | null, offerExpiresAt: string | null, orderId: string | null, createdAt: string } };

export type LeaveWaitlistMutationVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type LeaveWaitlistMutation = { leaveWaitlist: { __typename: 'OkResult', ok: boolean } };

export type DeclineWaitlistOfferMutationVariables = Exact<{
  entryId: Scalars['ID']['input'];
}>;


export type DeclineWaitlistOfferMutation = { declineWaitlistOffer: { __typename: 'OkResult', ok: boolean } };

export type AcceptWaitlistOfferMutationVariables = Exact<{
  input: AcceptWaitlistOfferInput;
}>;


export type AcceptWaitlistOfferMutation = { acceptWaitlistOffer: { __typename: 'Order', id: string, state: OrderState, subtotalCents: number, discountCents: number, totalCents: number, discountReason: DiscountReason, explanation: string, holdExpiresAt: string | null, invoiceNumber: string | null, paymentProvider: string | null, createdAt: string, confirmedAt: string | null, paidAt: string | null, cancelledAt: string | null, refundedAt: string | null, refundCents: number | null, lines: Array<{ __typename: 'OrderLine', ticketTypeId: string, name: string, quantity: number, unitListCents: number, unitDiscountCents: number, lineTotalCents: number }>, registrations: Array<{ __typename: 'Registration', id: string, eventId: string, attendeeName: string, status: RegistrationStatus }> } };

export type CheckoutEventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CheckoutEventQuery = { eventById: { __typename: 'Event', id: string, slug: string, kind: EventKind, title: string, summary: string | null, status: EventStatus, timeZone: string, startsAt: string, endsAt: string, venueStart: string, venueName: string | null, questions: Array<{ __typename: 'EventQuestion', id: string, label: string, kind: string, options: Array<string>, required: boolean }>, ticketTypes: Array<{ __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null }> } };

export type FellowshipPlanFieldsFragment = { __typename: 'FellowshipPlan', id: string, title: string, goals: string, audience: string, platforms: Array<string>, metrics: string, governance: string, status: FellowshipPlanStatus, version: number, cohortYear: number | null, listPublicly: boolean, publicSummary: string | null, submittedAt: string, updatedAt: string, decidedAt: string | null, isMine: boolean, availableActions: Array<FellowshipPlanAction>, author: { __typename: 'FellowshipAuthor', id: string, displayName: string, credentials: string | null, jobTitle: string | null, organizationName: string | null }, timeline: Array<{ __typename: 'FellowshipPlanEvent', id: string, action: FellowshipPlanAction, fromStatus: FellowshipPlanStatus | null, toStatus: FellowshipPlanStatus, comment: string | null, actorName: string | null, byAuthor: boolean, createdAt: string }> };

export type FellowsQueryVariables = Exact<{ [key: string]: never; }>;


export type FellowsQuery = { fellows: Array<{ __typename: 'Fellow', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null, cohortYear: number | null, summary: string | null }> };

export type MyFellowshipQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFellowshipQuery = { myFellowship: { __typename: 'MyFellowship', eligible: boolean, eligibilitySource: FellowshipEligibilitySource | null, canSubmit: boolean, cannotSubmitReason: string | null, isReviewer: boolean, plan: { __typename: 'FellowshipPlan', id: string, title: string, goals: string, audience: string, platforms: Array<string>, metrics: string, governance: string, status: FellowshipPlanStatus, version: number, cohortYear: number | null, listPublicly: boolean, publicSummary: string | null, submittedAt: string, updatedAt: string, decidedAt: string | null, isMine: boolean, availableActions: Array<FellowshipPlanAction>, author: { __typename: 'FellowshipAuthor', id: string, displayName: string, credentials: string | null, jobTitle: string | null, organizationName: string | null }, timeline: Array<{ __typename: 'FellowshipPlanEvent', id: string, action: FellowshipPlanAction, fromStatus: FellowshipPlanStatus | null, toStatus: FellowshipPlanStatus, comment: string | null, actorName: string | null, byAuthor: boolean, createdAt: string }> } | null } };

export type FellowshipPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FellowshipPlanQuery = { fellowshipPlan: { __typename: 'FellowshipPlan', id: string, title: string, goals: string, audience: string, platforms: Array<string>, metrics: string, governance: string, status: FellowshipPlanStatus, version: number, cohortYear: number | null, listPublicly: boolean, publicSummary: string | null, submittedAt: string, updatedAt: string, decidedAt: string | null, isMine: boolean, availableActions: Array<FellowshipPlanAction>, author: { __typename: 'FellowshipAuthor', id: string, displayName: string, credentials: string | null, jobTitle: string | null, organizationName: string | null }, timeline: Array<{ __typename: 'FellowshipPlanEvent', id: string, action: FellowshipPlanAction, fromStatus: FellowshipPlanStatus | null, toStatus: FellowshipPlanStatus, comment: string | null, actorName: string | null, byAuthor: boolean, createdAt: string }> } };

export type FellowshipReviewQueueQueryVariables = Exact<{
  statuses?: InputMaybe<Array<FellowshipPlanStatus> | FellowshipPlanStatus>;
}>;


export type FellowshipReviewQueueQuery = { fellowshipReviewQueue: Array<{ __typename: 'FellowshipPlan', id: string, title: string, status: FellowshipPlanStatus, version: number, updatedAt: string, author: { __typename: 'FellowshipAuthor', id: string, displayName: string, organizationName: string | null } }> };

export type SubmitFellowshipPlanMutationVariables = Exact<{
  input: FellowshipPlanInput;
}>;


export type SubmitFellowshipPlanMutation = { submitFellowshipPlan: { __typename: 'FellowshipPlan', id: string, title: string, goals: string, audience: string, platforms: Array<string>, metrics: string, governance: string, status: FellowshipPlanStatus, version: number, cohortYear: number | null, listPublicly: boolean, publicSummary: string | null, submittedAt: string, updatedAt: string, decidedAt: string | null, isMine: boolean, availableActions: Array<FellowshipPlanAction>, author: { __typename: 'FellowshipAuthor', id: string, displayName: string, credentials: string | null, jobTitle: string | null, organizationName: string | null }, timeline: Array<{ __typename: 'FellowshipPlanEvent', id: string, action: FellowshipPlanAction, fromStatus: FellowshipPlanStatus | null, toStatus: FellowshipPlanStatus, comment: string | null, actorName: string | null, byAuthor: boolean, createdAt: string }> } };

export type ResubmitFellowshipPlanMutationVariables = Exact<{
  input: ResubmitFellowshipPlanInput;
}>;


export type ResubmitFellowshipPlanMutation = { resubmitFellowshipPlan: { __typename: 'FellowshipPlan', id: string, title: string, goals: string, audience: string, platforms: Array<string>, metrics: string, governance: string, status: FellowshipPlanStatus, version: number, cohortYear: number | null, listPublicly: boolean, publicSummary: string | null, submittedAt: string, updatedAt: string, decidedAt: string | null, isMine: boolean, availableActions: Array<FellowshipPlanAction>, author: { __typename: 'FellowshipAuthor', id: string, displayName: string, credentials: string | null, jobTitle: string | null, organizationName: string | null }, timeline: Array<{ __typename: 'FellowshipPlanEvent', id: string, action: FellowshipPlanAction, fromStatus: FellowshipPlanStatus | null, toStatus: FellowshipPlanStatus, comment: string | null, actorName: string | null, byAuthor: boolean, createdAt: string }> } };

export type ReviewFellowshipPlanMutationVariables = Exact<{
  input: ReviewFellowshipPlanInput;
}>;


export type ReviewFellowshipPlanMutation = { reviewFellowshipPlan: { __typename: 'FellowshipPlan', id: string, title: string, goals: string, audience: string, platforms: Array<string>, metrics: string, governance: string, status: FellowshipPlanStatus, version: number, cohortYear: number | null, listPublicly: boolean, publicSummary: string | null, submittedAt: string, updatedAt: string, decidedAt: string | null, isMine: boolean, availableActions: Array<FellowshipPlanAction>, author: { __typename: 'FellowshipAuthor', id: string, displayName: string, credentials: string | null, jobTitle: string | null, organizationName: string | null }, timeline: Array<{ __typename: 'FellowshipPlanEvent', id: string, action: FellowshipPlanAction, fromStatus: FellowshipPlanStatus | null, toStatus: FellowshipPlanStatus, comment: string | null, actorName: string | null, byAuthor: boolean, createdAt: string }> } };

export type SetFellowListingMutationVariables = Exact<{
  input: FellowListingInput;
}>;


export type SetFellowListingMutation = { setFellowListing: { __typename: 'FellowshipPlan', id: string, title: string, goals: string, audience: string, platforms: Array<string>, metrics: string, governance: string, status: FellowshipPlanStatus, version: number, cohortYear: number | null, listPublicly: boolean, publicSummary: string | null, submittedAt: string, updatedAt: string, decidedAt: string | null, isMine: boolean, availableActions: Array<FellowshipPlanAction>, author: { __typename: 'FellowshipAuthor', id: string, displayName: string, credentials: string | null, jobTitle: string | null, organizationName: string | null }, timeline: Array<{ __typename: 'FellowshipPlanEvent', id: string, action: FellowshipPlanAction, fromStatus: FellowshipPlanStatus | null, toStatus: FellowshipPlanStatus, comment: string | null, actorName: string | null, byAuthor: boolean, createdAt: string }> } };

export type FellowshipRosterQueryVariables = Exact<{ [key: string]: never; }>;


export type FellowshipRosterQuery = { fellowshipEligibleMembers: Array<{ __typename: 'FellowshipRosterEntry', userId: string, displayName: string, email: string, source: FellowshipEligibilitySource | null, since: string }>, fellowshipReviewers: Array<{ __typename: 'FellowshipRosterEntry', userId: string, displayName: string, email: string, since: string }> };

export type GrantFellowshipEligibilityMutationVariables = Exact<{
  input: FellowshipMemberInput;
}>;


export type GrantFellowshipEligibilityMutation = { grantFellowshipEligibility: { __typename: 'FellowshipRosterEntry', userId: string } };

export type SetFellowshipReviewerMutationVariables = Exact<{
  input: FellowshipMemberInput;
  reviewer: Scalars['Boolean']['input'];
}>;


export type SetFellowshipReviewerMutation = { setFellowshipReviewer: { __typename: 'OkResult', ok: boolean } };

export type CertificateFieldsFragment = { __typename: 'Certificate', code: string, holderName: string, courseTitle: string, issuedAt: string, verifyUrl: string, pdfUrl: string };

export type CourseModuleSummaryFieldsFragment = { __typename: 'CourseModuleSummary', id: string, slug: string, position: number, title: string, summary: string, estimatedMinutes: number, passMark: number, questionCount: number, status: ModuleStatus, attempts: number, bestScore: number | null };

export type CourseQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CourseQuery = { course: { __typename: 'Course', id: string, slug: string, title: string, summary: string, priceCents: number, totalMinutes: number, access: { __typename: 'CourseAccess', canStudy: boolean, via: CourseAccessVia | null, missing: CourseAccessMissing | null }, modules: Array<{ __typename: 'CourseModuleSummary', id: string, slug: string, position: number, title: string, summary: string, estimatedMinutes: number, passMark: number, questionCount: number, status: ModuleStatus, attempts: number, bestScore: number | null }>, progress: { __typename: 'CourseProgress', totalModules: number, completedModules: number, percent: number, resumeModuleSlug: string | null, complete: boolean } | null, certificate: { __typename: 'Certificate', code: string, holderName: string, courseTitle: string, issuedAt: string, verifyUrl: string, pdfUrl: string } | null } };

export type CourseModuleQueryVariables = Exact<{
  courseSlug: Scalars['String']['input'];
  slug: Scalars['String']['input'];
}>;


export type CourseModuleQuery = { courseModule: { __typename: 'CourseModule', id: string, slug: string, position: number, title: string, summary: string, estimatedMinutes: number, passMark: number, questionCount: number, status: ModuleStatus, attempts: number, bestScore: number | null, readAt: string | null, courseSlug: string, courseTitle: string, contentHtml: string, videoUrl: string | null, previousModuleSlug: string | null, nextModuleSlug: string | null, questions: Array<{ __typename: 'QuizQuestion', id: string, position: number, prompt: string, choices: Array<string> }> } };

export type MarkCourseModuleReadMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type MarkCourseModuleReadMutation = { markCourseModuleRead: { __typename: 'CourseModuleSummary', id: string, status: ModuleStatus, readAt: string | null } };

export type SubmitCourseQuizMutationVariables = Exact<{
  input: SubmitQuizInput;
}>;


export type SubmitCourseQuizMutation = { submitCourseQuiz: { __typename: 'QuizResult', correctCount: number, total: number, scorePercent: number, passMark: number, passed: boolean, courseComplete: boolean, results: Array<{ __typename: 'QuizAnswerResult', questionId: string, choiceIndex: number, correct: boolean }>, module: { __typename: 'CourseModuleSummary', id: string, status: ModuleStatus, attempts: number, bestScore: number | null }, certificate: { __typename: 'Certificate', code: string, holderName: string, courseTitle: string, issuedAt: string, verifyUrl: string, pdfUrl: string } | null } };

export type VerifyCertificateQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyCertificateQuery = { verifyCertificate: { __typename: 'CertificateVerification', code: string, holderName: string, courseTitle: string, issuedAt: string } };

export type CourseAccessGrantsQueryVariables = Exact<{
  courseSlug: Scalars['String']['input'];
}>;


export type CourseAccessGrantsQuery = { courseAccessGrants: Array<{ __typename: 'CourseAccessGrant', id: string, userId: string, userEmail: string, userDisplayName: string, source: CourseGrantSource, reference: string | null, note: string | null, createdAt: string, revokedAt: string | null }> };

export type GrantCourseAccessMutationVariables = Exact<{
  input: GrantCourseAccessInput;
}>;


export type GrantCourseAccessMutation = { grantCourseAccess: { __typename: 'CourseAccessGrant', id: string } };

export type RevokeCourseAccessMutationVariables = Exact<{
  grantId: Scalars['ID']['input'];
}>;


export type RevokeCourseAccessMutation = { revokeCourseAccess: { __typename: 'OkResult', ok: boolean } };

export type CourseModuleDraftFieldsFragment = { __typename: 'CourseModuleDraft', id: string, courseSlug: string, slug: string, position: number, title: string, summary: string, estimatedMinutes: number, contentMd: string, videoUrl: string | null, passMark: number, questions: Array<{ __typename: 'QuizQuestionDraft', prompt: string, choices: Array<string>, correctIndex: number }> };

export type CourseModuleDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CourseModuleDraftQuery = { courseModuleDraft: { __typename: 'CourseModuleDraft', id: string, courseSlug: string, slug: string, position: number, title: string, summary: string, estimatedMinutes: number, contentMd: string, videoUrl: string | null, passMark: number, questions: Array<{ __typename: 'QuizQuestionDraft', prompt: string, choices: Array<string>, correctIndex: number }> } };

export type SaveCourseModuleMutationVariables = Exact<{
  input: CourseModuleDraftInput;
}>;


export type SaveCourseModuleMutation = { saveCourseModule: { __typename: 'CourseModuleDraft', id: string, courseSlug: string, slug: string, position: number, title: string, summary: string, estimatedMinutes: number, contentMd: string, videoUrl: string | null, passMark: number, questions: Array<{ __typename: 'QuizQuestionDraft', prompt: string, choices: Array<string>, correctIndex: number }> } };

export type CourseProductQueryVariables = Exact<{
  courseSlug: Scalars['String']['input'];
}>;


export type CourseProductQuery = { courseProduct: { __typename: 'TicketType', id: string, kind: TicketKind, name: string, description: string | null, eventId: string | null, bundleEventIds: Array<string>, listPriceCents: number, capacity: number | null, seatsLeft: number | null, soldOut: boolean, onSale: boolean, audience: TicketAudience, inPerson: boolean, includedInPremium: boolean, maxPerOrder: number, membershipMonths: number | null, saleStartsAt: string | null, saleEndsAt: string | null } | null };

export type NotificationFieldsFragment = { __typename: 'Notification', id: string, kind: NotificationKind, threadId: string, postId: string, postSeq: number, threadTitle: string, actorName: string, excerpt: string, readAt: string | null, createdAt: string };

export type NotificationsQueryVariables = Exact<{
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationsQuery = { notifications: { __typename: 'NotificationConnection', nextCursor: string | null, nodes: Array<{ __typename: 'Notification', id: string, kind: NotificationKind, threadId: string, postId: string, postSeq: number, threadTitle: string, actorName: string, excerpt: string, readAt: string | null, createdAt: string }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { __typename: 'UnreadNotifications', count: number } };

export type MarkForumThreadReadMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
  seq: Scalars['Int']['input'];
}>;


export type MarkForumThreadReadMutation = { markForumThreadRead: { __typename: 'ForumThreadReadState', threadId: string, lastReadSeq: number, unreadNotificationCount: number } };

export type ForumWatchQueryVariables = Exact<{
  threadId?: InputMaybe<Scalars['ID']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ForumWatchQuery = { forumWatch: { __typename: 'ForumWatch', threadId: string | null, categoryId: string | null, level: WatchLevel, source: WatchSource } };

export type SetForumWatchMutationVariables = Exact<{
  input: SetForumWatchInput;
}>;


export type SetForumWatchMutation = { setForumWatch: { __typename: 'ForumWatch', threadId: string | null, categoryId: string | null, level: WatchLevel, source: WatchSource } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { __typename: 'NotificationPreferences', emailMode: EmailMode } };

export type SetNotificationPreferencesMutationVariables = Exact<{
  input: SetNotificationPreferencesInput;
}>;


export type SetNotificationPreferencesMutation = { setNotificationPreferences: { __typename: 'NotificationPreferences', emailMode: EmailMode } };

export type ForumMentionCandidatesQueryVariables = Exact<{
  threadId: Scalars['ID']['input'];
  search?: Scalars['String']['input'];
}>;


export type ForumMentionCandidatesQuery = { forumMentionCandidates: Array<{ __typename: 'MentionCandidate', userId: string, displayName: string, markdown: string }> };

export type MemberSummaryFragment = { __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null };

export type OrganizationSummaryFragment = { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> };

export type OrganizationDetailsFragment = { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null }>, coveredMembers: Array<{ __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> };

export type OrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationQuery = { organization: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null }>, coveredMembers: Array<{ __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type AddOrganizationDomainMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  domain: Scalars['String']['input'];
}>;


export type AddOrganizationDomainMutation = { addOrganizationDomain: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null }>, coveredMembers: Array<{ __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type RemoveOrganizationDomainMutationVariables = Exact<{
  domainId: Scalars['ID']['input'];
}>;


export type RemoveOrganizationDomainMutation = { removeOrganizationDomain: { __typename: 'Organization', id: string, name: string, status: string, active: boolean, membershipStartsAt: string, membershipEndsAt: string | null, admins: Array<{ __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null }>, coveredMembers: Array<{ __typename: 'UserProfile', id: string, displayName: string, credentials: string | null, credentialsVerified: boolean, jobTitle: string | null, organizationName: string | null }>, domains: Array<{ __typename: 'OrganizationDomain', id: string, domain: string, approved: boolean, createdAt: string }> } };

export type ResourceFieldsFragment = { __typename: 'Resource', id: string, slug: string, kind: ResourceKind, audience: ResourceAudience, title: string, summary: string, tags: Array<string>, previewHtml: string, access: ResourceAccess, invitation: ResourceInvitation | null, published: boolean, publishedAt: string | null, updatedAt: string };

export type ResourcesQueryVariables = Exact<{
  filter?: InputMaybe<ResourceFilterInput>;
}>;


export type ResourcesQuery = { resources: { __typename: 'ResourcePage', total: number, nodes: Array<{ __typename: 'Resource', id: string, slug: string, kind: ResourceKind, audience: ResourceAudience, title: string, summary: string, tags: Array<string>, previewHtml: string, access: ResourceAccess, invitation: ResourceInvitation | null, published: boolean, publishedAt: string | null, updatedAt: string }> }, resourceTags: Array<{ __typename: 'ResourceTag', tag: string, count: number }> };

export type ResourceQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ResourceQuery = { resource: { __typename: 'Resource', bodyHtml: string | null, linkUrl: string | null, bodyMd: string | null, id: string, slug: string, kind: ResourceKind, audience: ResourceAudience, title: string, summary: string, tags: Array<string>, previewHtml: string, access: ResourceAccess, invitation: ResourceInvitation | null, published: boolean, publishedAt: string | null, updatedAt: string } };

export type CreateResourceMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type CreateResourceMutation = { createResource: { __typename: 'Resource', id: string, slug: string, kind: ResourceKind, audience: ResourceAudience, title: string, summary: string, tags: Array<string>, previewHtml: string, access: ResourceAccess, invitation: ResourceInvitation | null, published: boolean, publishedAt: string | null, updatedAt: string } };

export type UpdateResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResourceInput;
}>;


export type UpdateResourceMutation = { updateResource: { __typename: 'Resource', bodyHtml: string | null, linkUrl: string | null, bodyMd: string | null, id: string, slug: string, kind: ResourceKind, audience: ResourceAudience, title: string, summary: string, tags: Array<string>, previewHtml: string, access: ResourceAccess, invitation: ResourceInvitation | null, published: boolean, publishedAt: string | null, updatedAt: string } };

export type SetResourcePublishedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
}>;


export type SetResourcePublishedMutation = { setResourcePublished: { __typename: 'Resource', id: string, slug: string, kind: ResourceKind, audience: ResourceAudience, title: string, summary: string, tags: Array<string>, previewHtml: string, access: ResourceAccess, invitation: ResourceInvitation | null, published: boolean, publishedAt: string | null, updatedAt: string } };

export const AccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<AccountFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const OrganizationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OrganizationSummaryFragment, unknown>;
export const AdminOrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AdminOrganizationFieldsFragment, unknown>;
export const AdminAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"membershipOverride"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<AdminAccountFieldsFragment, unknown>;
export const PremiumGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PremiumGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PremiumGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PremiumGrantFieldsFragment, unknown>;
export const ForumGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<ForumGroupFieldsFragment, unknown>;
export const ForumAuthorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}}]} as unknown as DocumentNode<ForumAuthorFieldsFragment, unknown>;
export const ForumThreadSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPostAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"answerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}}]} as unknown as DocumentNode<ForumThreadSummaryFragment, unknown>;
export const ForumPostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}}]} as unknown as DocumentNode<ForumPostFieldsFragment, unknown>;
export const ForumPostResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPostResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumThreadSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPostAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"answerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ForumPostResultFieldsFragment, unknown>;
export const ForumCategoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"allowAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"requirePremoderation"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"unreadThreads"}}]}}]} as unknown as DocumentNode<ForumCategoryFieldsFragment, unknown>;
export const ExpertCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"accepting"}}]}}]} as unknown as DocumentNode<ExpertCardFieldsFragment, unknown>;
export const ConsultationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<ConsultationFieldsFragment, unknown>;
export const ConsultationTypeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intakeQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsultationTypeFieldsFragment, unknown>;
export const ExpertAvailabilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"accepting"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onSiteBlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"eventSessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"consultationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intakeQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ExpertAvailabilityFieldsFragment, unknown>;
export const CalendarLinksFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarLinksFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarLinks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webcalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"googleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publicHttpsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publicWebcalUrl"}}]}}]} as unknown as DocumentNode<CalendarLinksFieldsFragment, unknown>;
export const DirectoryEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"websiteDomain"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DirectoryEntryFieldsFragment, unknown>;
export const DirectoryListingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"websiteDomain"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DirectoryListingFieldsFragment, unknown>;
export const EventAttendanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]} as unknown as DocumentNode<EventAttendanceFieldsFragment, unknown>;
export const CheckInPersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}}]}}]} as unknown as DocumentNode<CheckInPersonFieldsFragment, unknown>;
export const CheckInResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInPersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}}]}}]} as unknown as DocumentNode<CheckInResultFieldsFragment, unknown>;
export const PersonalAgendaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAgendaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAgenda"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clashes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"clashesWith"}}]}}]}}]} as unknown as DocumentNode<PersonalAgendaFieldsFragment, unknown>;
export const EventSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}}]} as unknown as DocumentNode<EventSummaryFieldsFragment, unknown>;
export const EventRegistrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderState"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"isAttendee"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyer"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"cancelUntil"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}},{"kind":"Field","name":{"kind":"Name","value":"transferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticketToken"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}}]} as unknown as DocumentNode<EventRegistrationFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitListCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const WaitlistEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WaitlistEntryFieldsFragment, unknown>;
export const EventQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]} as unknown as DocumentNode<EventQuestionFieldsFragment, unknown>;
export const TicketTypeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}}]} as unknown as DocumentNode<TicketTypeFieldsFragment, unknown>;
export const EventDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"includesCourse"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}}]} as unknown as DocumentNode<EventDetailFieldsFragment, unknown>;
export const EventSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}}]}}]} as unknown as DocumentNode<EventSessionFieldsFragment, unknown>;
export const AgendaDayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}}]}}]} as unknown as DocumentNode<AgendaDayFieldsFragment, unknown>;
export const FellowshipPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FellowshipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"governance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"listPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"byAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<FellowshipPlanFieldsFragment, unknown>;
export const CertificateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<CertificateFieldsFragment, unknown>;
export const CourseModuleSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseModuleSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseModuleSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"questionCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"bestScore"}}]}}]} as unknown as DocumentNode<CourseModuleSummaryFieldsFragment, unknown>;
export const CourseModuleDraftFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseModuleDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseModuleDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseSlug"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"contentMd"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"correctIndex"}}]}}]}}]} as unknown as DocumentNode<CourseModuleDraftFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"postSeq"}},{"kind":"Field","name":{"kind":"Name","value":"threadTitle"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const MemberSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]} as unknown as DocumentNode<MemberSummaryFragment, unknown>;
export const OrganizationDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]} as unknown as DocumentNode<OrganizationDetailsFragment, unknown>;
export const ResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"previewHtml"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResourceFieldsFragment, unknown>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const RequestEmailVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const LogOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogOutEverywhereMutation, LogOutEverywhereMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"administeredOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AdminOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganizationMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMembershipMutation, UpdateOrganizationMembershipMutationVariables>;
export const AdminAddOrganizationDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddOrganizationDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AdminAddOrganizationDomainMutation, AdminAddOrganizationDomainMutationVariables>;
export const ApproveOrganizationDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveOrganizationDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOrganizationDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ApproveOrganizationDomainMutation, ApproveOrganizationDomainMutationVariables>;
export const AdminRemoveOrganizationDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemoveOrganizationDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AdminRemoveOrganizationDomainMutation, AdminRemoveOrganizationDomainMutationVariables>;
export const AddOrganizationAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOrganizationAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AddOrganizationAdminMutation, AddOrganizationAdminMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"membershipOverride"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const PremiumGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PremiumGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"premiumGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PremiumGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PremiumGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PremiumGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PremiumGrantsQuery, PremiumGrantsQueryVariables>;
export const SetCredentialsVerifiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCredentialsVerified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verified"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCredentialsVerified"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"verified"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verified"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"membershipOverride"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetCredentialsVerifiedMutation, SetCredentialsVerifiedMutationVariables>;
export const SetUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"membershipOverride"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const SetMembershipOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMembershipOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"override"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipOverride"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembershipOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"override"},"value":{"kind":"Variable","name":{"kind":"Name","value":"override"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"membershipOverride"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetMembershipOverrideMutation, SetMembershipOverrideMutationVariables>;
export const GrantPremiumMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantPremiumMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantPremiumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantPremiumMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PremiumGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PremiumGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PremiumGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<GrantPremiumMembershipMutation, GrantPremiumMembershipMutationVariables>;
export const RevokePremiumGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePremiumGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePremiumGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<RevokePremiumGrantMutation, RevokePremiumGrantMutationVariables>;
export const ForumGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<ForumGroupsQuery, ForumGroupsQueryVariables>;
export const CreateForumGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForumGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForumGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createForumGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<CreateForumGroupMutation, CreateForumGroupMutationVariables>;
export const CreateForumCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForumCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForumCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createForumCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumCategoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"allowAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"requirePremoderation"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"unreadThreads"}}]}}]} as unknown as DocumentNode<CreateForumCategoryMutation, CreateForumCategoryMutationVariables>;
export const UpdateForumCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateForumCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateForumCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateForumCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumCategoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"allowAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"requirePremoderation"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"unreadThreads"}}]}}]} as unknown as DocumentNode<UpdateForumCategoryMutation, UpdateForumCategoryMutationVariables>;
export const SetForumGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetForumGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"member"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setForumGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"member"},"value":{"kind":"Variable","name":{"kind":"Name","value":"member"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<SetForumGroupMemberMutation, SetForumGroupMemberMutationVariables>;
export const ForumGroupMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumGroupMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumGroupMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}}]}}]} as unknown as DocumentNode<ForumGroupMembersQuery, ForumGroupMembersQueryVariables>;
export const ForumSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPostAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"answerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}}]}}]} as unknown as DocumentNode<ForumSearchQuery, ForumSearchQueryVariables>;
export const FlagForumPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagForumPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagForumPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagForumPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<FlagForumPostMutation, FlagForumPostMutationVariables>;
export const MarkForumAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkForumAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markForumAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answerPostId"}}]}}]}}]} as unknown as DocumentNode<MarkForumAnswerMutation, MarkForumAnswerMutationVariables>;
export const ForumPostHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumPostHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumPostHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ForumPostHistoryQuery, ForumPostHistoryQueryVariables>;
export const EditForumPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditForumPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditForumPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editForumPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<EditForumPostMutation, EditForumPostMutationVariables>;
export const ForumDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ForumDraftQuery, ForumDraftQueryVariables>;
export const SaveForumDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveForumDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveForumDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}]}]}}]} as unknown as DocumentNode<SaveForumDraftMutation, SaveForumDraftMutationVariables>;
export const ForumCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumCategoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"allowAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"requirePremoderation"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"unreadThreads"}}]}}]} as unknown as DocumentNode<ForumCategoriesQuery, ForumCategoriesQueryVariables>;
export const ForumCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumCategoryFields"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumThreadSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"allowAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"requirePremoderation"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"unreadThreads"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPostAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"answerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}}]}}]} as unknown as DocumentNode<ForumCategoryQuery, ForumCategoryQueryVariables>;
export const ForumThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumThreadSummary"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumCategoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPostAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"answerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"allowAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"requirePremoderation"}},{"kind":"Field","name":{"kind":"Name","value":"canPost"}},{"kind":"Field","name":{"kind":"Name","value":"unreadThreads"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ForumThreadQuery, ForumThreadQueryVariables>;
export const CreateForumThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForumThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateForumThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createForumThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPostAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"answerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPostResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumThreadSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostFields"}}]}}]}}]} as unknown as DocumentNode<CreateForumThreadMutation, CreateForumThreadMutationVariables>;
export const CreateForumPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForumPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateForumPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createForumPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPostAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"answerPostId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPostResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumThreadSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostFields"}}]}}]}}]} as unknown as DocumentNode<CreateForumPostMutation, CreateForumPostMutationVariables>;
export const DeleteForumPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteForumPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteForumPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<DeleteForumPostMutation, DeleteForumPostMutationVariables>;
export const ReactToForumPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactToForumPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactionKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactToForumPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]}}]}}]} as unknown as DocumentNode<ReactToForumPostMutation, ReactToForumPostMutationVariables>;
export const ModerationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerationLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ModerationLogQuery, ModerationLogQueryVariables>;
export const ModerateForumPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateForumPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateForumPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateForumPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ModerateForumPostMutation, ModerateForumPostMutationVariables>;
export const SetForumThreadFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetForumThreadFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locked"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setForumThreadFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"locked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locked"}}},{"kind":"Argument","name":{"kind":"Name","value":"pinned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pinned"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<SetForumThreadFlagsMutation, SetForumThreadFlagsMutationVariables>;
export const RevealAnonymousAuthorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealAnonymousAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealAnonymousAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RevealAnonymousAuthorMutation, RevealAnonymousAuthorMutationVariables>;
export const ModerationFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumPostFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumAuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumAuthor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumAuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEdit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}},{"kind":"Field","name":{"kind":"Name","value":"heldReason"}},{"kind":"Field","name":{"kind":"Name","value":"phiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ModerationFlagsQuery, ModerationFlagsQueryVariables>;
export const MoveForumThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveForumThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveForumThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<MoveForumThreadMutation, MoveForumThreadMutationVariables>;
export const WarnForumMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarnForumMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnForumMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<WarnForumMemberMutation, WarnForumMemberMutationVariables>;
export const SuspendForumMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendForumMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendForumMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<SuspendForumMemberMutation, SuspendForumMemberMutationVariables>;
export const DismissForumFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissForumFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissForumFlagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissForumFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<DismissForumFlagsMutation, DismissForumFlagsMutationVariables>;
export const ExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"consultationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertTopics"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"accepting"}}]}}]} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const ExpertPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"consultationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTypeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"accepting"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intakeQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ExpertPageQuery, ExpertPageQueryVariables>;
export const ConsultationSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"typeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"typeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"typeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"onSite"}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationSlotsQuery, ConsultationSlotsQueryVariables>;
export const BookConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<BookConsultationMutation, BookConsultationMutationVariables>;
export const RescheduleConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<RescheduleConsultationMutation, RescheduleConsultationMutationVariables>;
export const CancelConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<CancelConsultationMutation, CancelConsultationMutationVariables>;
export const MyConsultationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myConsultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<MyConsultationsQuery, MyConsultationsQueryVariables>;
export const ExpertConsultationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertConsultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertConsultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<ExpertConsultationsQuery, ExpertConsultationsQueryVariables>;
export const ConsultationByLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationByLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationByLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<ConsultationByLinkQuery, ConsultationByLinkQueryVariables>;
export const SetConsultationOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConsultationOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationOutcome"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConsultationOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<SetConsultationOutcomeMutation, SetConsultationOutcomeMutationVariables>;
export const SetConsultationNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConsultationNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConsultationNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"typeId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"expertNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReschedule"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<SetConsultationNotesMutation, SetConsultationNotesMutationVariables>;
export const ExpertAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intakeQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"accepting"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onSiteBlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"eventSessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"consultationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTypeFields"}}]}}]}}]} as unknown as DocumentNode<ExpertAvailabilityQuery, ExpertAvailabilityQueryVariables>;
export const UpdateExpertAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExpertAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExpertAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intakeQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"accepting"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onSiteBlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"eventSessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"consultationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTypeFields"}}]}}]}}]} as unknown as DocumentNode<UpdateExpertAvailabilityMutation, UpdateExpertAvailabilityMutationVariables>;
export const UpdateExpertProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExpertProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExpertProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intakeQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"accepting"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onSiteBlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"eventSessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bufferBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"consultationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTypeFields"}}]}}]}}]} as unknown as DocumentNode<UpdateExpertProfileMutation, UpdateExpertProfileMutationVariables>;
export const SaveConsultationTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveConsultationType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveConsultationType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"intakeQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<SaveConsultationTypeMutation, SaveConsultationTypeMutationVariables>;
export const MyCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarLinksFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarLinksFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarLinks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webcalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"googleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publicHttpsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publicWebcalUrl"}}]}}]} as unknown as DocumentNode<MyCalendarFeedQuery, MyCalendarFeedQueryVariables>;
export const RegenerateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarLinksFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarLinksFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarLinks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"webcalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"googleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publicHttpsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publicWebcalUrl"}}]}}]} as unknown as DocumentNode<RegenerateCalendarFeedMutation, RegenerateCalendarFeedMutationVariables>;
export const DirectoryGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryQueryInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"exportPath"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryListingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"websiteDomain"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DirectoryGridQuery, DirectoryGridQueryVariables>;
export const SubmitDirectoryListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDirectoryListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitDirectoryListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDirectoryListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<SubmitDirectoryListingMutation, SubmitDirectoryListingMutationVariables>;
export const ConfirmDirectorySubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDirectorySubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDirectorySubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<ConfirmDirectorySubmissionMutation, ConfirmDirectorySubmissionMutationVariables>;
export const DirectoryEditFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryEditForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryEditForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePending"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryListingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"websiteDomain"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DirectoryEditFormQuery, DirectoryEditFormQueryVariables>;
export const UpdateDirectoryListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDirectoryListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDirectoryListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]} as unknown as DocumentNode<UpdateDirectoryListingMutation, UpdateDirectoryListingMutationVariables>;
export const RequestDirectoryEditLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDirectoryEditLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDirectoryEditLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestDirectoryEditLinksMutation, RequestDirectoryEditLinksMutationVariables>;
export const DirectoryReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submitterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryListingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"websiteDomain"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DirectoryReviewQueueQuery, DirectoryReviewQueueQueryVariables>;
export const ApproveDirectorySubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveDirectorySubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDirectorySubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApproveDirectorySubmissionMutation, ApproveDirectorySubmissionMutationVariables>;
export const RejectDirectorySubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectDirectorySubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDirectorySubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectDirectorySubmissionMutation, RejectDirectorySubmissionMutationVariables>;
export const RemoveDirectoryListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDirectoryListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDirectoryListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RemoveDirectoryListingMutation, RemoveDirectoryListingMutationVariables>;
export const EventByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaDayFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"includesCourse"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSessionFields"}}]}}]}}]}}]} as unknown as DocumentNode<EventByIdQuery, EventByIdQueryVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const CancelEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"ordersCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"seatsCancelled"}}]}}]}}]} as unknown as DocumentNode<CancelEventMutation, CancelEventMutationVariables>;
export const CreateEventSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEventSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}}]}}]} as unknown as DocumentNode<CreateEventSessionMutation, CreateEventSessionMutationVariables>;
export const DeleteEventSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEventSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEventSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<DeleteEventSessionMutation, DeleteEventSessionMutationVariables>;
export const CreateTicketTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicketType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicketType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}}]} as unknown as DocumentNode<CreateTicketTypeMutation, CreateTicketTypeMutationVariables>;
export const UpdateTicketTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTicketType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}}]} as unknown as DocumentNode<UpdateTicketTypeMutation, UpdateTicketTypeMutationVariables>;
export const PromoCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromoCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"percentOff"}},{"kind":"Field","name":{"kind":"Name","value":"amountOffCents"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeIds"}}]}}]}}]} as unknown as DocumentNode<PromoCodesQuery, PromoCodesQueryVariables>;
export const CreatePromoCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePromoCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromoCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromoCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreatePromoCodeMutation, CreatePromoCodeMutationVariables>;
export const UpdatePromoCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePromoCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePromoCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePromoCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdatePromoCodeMutation, UpdatePromoCodeMutationVariables>;
export const EventRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistrationsFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"orderState"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}}]}}]}}]}}]} as unknown as DocumentNode<EventRegistrationsQuery, EventRegistrationsQueryVariables>;
export const CheckInSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckInSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInPersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}}]}}]} as unknown as DocumentNode<CheckInSearchQuery, CheckInSearchQueryVariables>;
export const EventAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventAttendanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]} as unknown as DocumentNode<EventAttendanceQuery, EventAttendanceQueryVariables>;
export const CheckInTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInPersonFields"}}]}}]}}]} as unknown as DocumentNode<CheckInTicketMutation, CheckInTicketMutationVariables>;
export const CheckInRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckInResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckInPersonFields"}}]}}]}}]} as unknown as DocumentNode<CheckInRegistrationMutation, CheckInRegistrationMutationVariables>;
export const MarkOrderPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkOrderPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOrderPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]} as unknown as DocumentNode<MarkOrderPaidMutation, MarkOrderPaidMutationVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePast"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"includePast"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePast"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"venueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"includesCourse"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTypeFields"}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const EventAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaDayFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaDayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"tracks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSessionFields"}}]}}]}}]}}]} as unknown as DocumentNode<EventAgendaQuery, EventAgendaQueryVariables>;
export const MyAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalAgendaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAgendaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAgenda"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clashes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"clashesWith"}}]}}]}}]} as unknown as DocumentNode<MyAgendaQuery, MyAgendaQueryVariables>;
export const ChooseAgendaSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseAgendaSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseAgendaSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"clashesWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalAgendaFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAgendaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAgenda"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clashes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"clashesWith"}}]}}]}}]} as unknown as DocumentNode<ChooseAgendaSessionMutation, ChooseAgendaSessionMutationVariables>;
export const RemoveAgendaSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgendaSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgendaSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalAgendaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAgendaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAgenda"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clashes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"clashesWith"}}]}}]}}]} as unknown as DocumentNode<RemoveAgendaSessionMutation, RemoveAgendaSessionMutationVariables>;
export const MembershipProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}}]} as unknown as DocumentNode<MembershipProductsQuery, MembershipProductsQueryVariables>;
export const PriceQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"buyerTier"}},{"kind":"Field","name":{"kind":"Name","value":"unitListCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitTotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"promoCode"}},{"kind":"Field","name":{"kind":"Name","value":"promoProblem"}}]}}]}}]} as unknown as DocumentNode<PriceQuoteQuery, PriceQuoteQueryVariables>;
export const CheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Checkout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitListCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CheckoutMutation, CheckoutMutationVariables>;
export const ConfirmOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitListCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitListCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const MyTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myWaitlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitlistEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderState"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"isAttendee"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyer"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"cancelUntil"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}},{"kind":"Field","name":{"kind":"Name","value":"transferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticketToken"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitListCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyTicketsQuery, MyTicketsQueryVariables>;
export const CancelRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderState"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"isAttendee"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyer"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"cancelUntil"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}},{"kind":"Field","name":{"kind":"Name","value":"transferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticketToken"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const TransferRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderState"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCredentials"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"isAttendee"}},{"kind":"Field","name":{"kind":"Name","value":"isBuyer"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"cancelUntil"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAtVenue"}},{"kind":"Field","name":{"kind":"Name","value":"transferredAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ticketToken"}},{"kind":"Field","name":{"kind":"Name","value":"ticketQrDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}}]}}]}}]} as unknown as DocumentNode<TransferRegistrationMutation, TransferRegistrationMutationVariables>;
export const JoinWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketTypeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketTypeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitlistEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitlistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaitlistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"offerExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const LeaveWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;
export const DeclineWaitlistOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<DeclineWaitlistOfferMutation, DeclineWaitlistOfferMutationVariables>;
export const AcceptWaitlistOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptWaitlistOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptWaitlistOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptWaitlistOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"discountReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"holdExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundCents"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitListCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitDiscountCents"}},{"kind":"Field","name":{"kind":"Name","value":"lineTotalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptWaitlistOfferMutation, AcceptWaitlistOfferMutationVariables>;
export const CheckoutEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTypeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueStart"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}}]} as unknown as DocumentNode<CheckoutEventQuery, CheckoutEventQueryVariables>;
export const FellowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fellows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fellows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<FellowsQuery, FellowsQueryVariables>;
export const MyFellowshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFellowship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFellowship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilitySource"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"cannotSubmitReason"}},{"kind":"Field","name":{"kind":"Name","value":"isReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FellowshipPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FellowshipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"governance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"listPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"byAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyFellowshipQuery, MyFellowshipQueryVariables>;
export const FellowshipPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FellowshipPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fellowshipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FellowshipPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FellowshipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"governance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"listPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"byAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<FellowshipPlanQuery, FellowshipPlanQueryVariables>;
export const FellowshipReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FellowshipReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlanStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fellowshipReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<FellowshipReviewQueueQuery, FellowshipReviewQueueQueryVariables>;
export const SubmitFellowshipPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFellowshipPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFellowshipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FellowshipPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FellowshipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"governance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"listPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"byAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SubmitFellowshipPlanMutation, SubmitFellowshipPlanMutationVariables>;
export const ResubmitFellowshipPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitFellowshipPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitFellowshipPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitFellowshipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FellowshipPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FellowshipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"governance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"listPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"byAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ResubmitFellowshipPlanMutation, ResubmitFellowshipPlanMutationVariables>;
export const ReviewFellowshipPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewFellowshipPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFellowshipPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewFellowshipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FellowshipPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FellowshipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"governance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"listPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"byAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReviewFellowshipPlanMutation, ReviewFellowshipPlanMutationVariables>;
export const SetFellowListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFellowListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FellowListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFellowListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FellowshipPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FellowshipPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"governance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"listPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"byAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SetFellowListingMutation, SetFellowListingMutationVariables>;
export const FellowshipRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FellowshipRoster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fellowshipEligibleMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fellowshipReviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<FellowshipRosterQuery, FellowshipRosterQueryVariables>;
export const GrantFellowshipEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantFellowshipEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantFellowshipEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<GrantFellowshipEligibilityMutation, GrantFellowshipEligibilityMutationVariables>;
export const SetFellowshipReviewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFellowshipReviewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FellowshipMemberInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFellowshipReviewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reviewer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<SetFellowshipReviewerMutation, SetFellowshipReviewerMutationVariables>;
export const CourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Course"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canStudy"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseModuleSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalModules"}},{"kind":"Field","name":{"kind":"Name","value":"completedModules"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"resumeModuleSlug"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseModuleSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseModuleSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"questionCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"bestScore"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<CourseQuery, CourseQueryVariables>;
export const CourseModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseSlug"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"questionCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"bestScore"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"courseSlug"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contentHtml"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previousModuleSlug"}},{"kind":"Field","name":{"kind":"Name","value":"nextModuleSlug"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}}]}}]}}]}}]} as unknown as DocumentNode<CourseModuleQuery, CourseModuleQueryVariables>;
export const MarkCourseModuleReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkCourseModuleRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markCourseModuleRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkCourseModuleReadMutation, MarkCourseModuleReadMutationVariables>;
export const SubmitCourseQuizDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCourseQuiz"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitQuizInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCourseQuiz"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"courseComplete"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"choiceIndex"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"bestScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<SubmitCourseQuizMutation, SubmitCourseQuizMutationVariables>;
export const VerifyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const CourseAccessGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseAccessGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseAccessGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseSlug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}},{"kind":"Field","name":{"kind":"Name","value":"userDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<CourseAccessGrantsQuery, CourseAccessGrantsQueryVariables>;
export const GrantCourseAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantCourseAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCourseAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCourseAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantCourseAccessMutation, GrantCourseAccessMutationVariables>;
export const RevokeCourseAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCourseAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCourseAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<RevokeCourseAccessMutation, RevokeCourseAccessMutationVariables>;
export const CourseModuleDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseModuleDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseModuleDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseModuleDraftFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseModuleDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseModuleDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseSlug"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"contentMd"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"correctIndex"}}]}}]}}]} as unknown as DocumentNode<CourseModuleDraftQuery, CourseModuleDraftQueryVariables>;
export const SaveCourseModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCourseModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseModuleDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCourseModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseModuleDraftFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseModuleDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseModuleDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseSlug"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"contentMd"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"passMark"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"correctIndex"}}]}}]}}]} as unknown as DocumentNode<SaveCourseModuleMutation, SaveCourseModuleMutationVariables>;
export const CourseProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseSlug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"bundleEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"listPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"onSale"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"includedInPremium"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"membershipMonths"}},{"kind":"Field","name":{"kind":"Name","value":"saleStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"saleEndsAt"}}]}}]} as unknown as DocumentNode<CourseProductQuery, CourseProductQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"postSeq"}},{"kind":"Field","name":{"kind":"Name","value":"threadTitle"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkForumThreadReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkForumThreadRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markForumThreadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"seq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]} as unknown as DocumentNode<MarkForumThreadReadMutation, MarkForumThreadReadMutationVariables>;
export const ForumWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<ForumWatchQuery, ForumWatchQueryVariables>;
export const SetForumWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetForumWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetForumWatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setForumWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<SetForumWatchMutation, SetForumWatchMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMode"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMode"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const ForumMentionCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumMentionCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumMentionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}}]} as unknown as DocumentNode<ForumMentionCandidatesQuery, ForumMentionCandidatesQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberSummary"}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const AddOrganizationDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOrganizationDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberSummary"}}]}}]}}]} as unknown as DocumentNode<AddOrganizationDomainMutation, AddOrganizationDomainMutationVariables>;
export const RemoveOrganizationDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOrganizationDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"membershipEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"credentials"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsVerified"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberSummary"}}]}}]}}]} as unknown as DocumentNode<RemoveOrganizationDomainMutation, RemoveOrganizationDomainMutationVariables>;
export const ResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"previewHtml"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResourcesQuery, ResourcesQueryVariables>;
export const ResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"previewHtml"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResourceQuery, ResourceQueryVariables>;
export const CreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"previewHtml"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateResourceMutation, CreateResourceMutationVariables>;
export const UpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"previewHtml"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateResourceMutation, UpdateResourceMutationVariables>;
export const SetResourcePublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetResourcePublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"published"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setResourcePublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"Variable","name":{"kind":"Name","value":"published"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"previewHtml"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SetResourcePublishedMutation, SetResourcePublishedMutationVariables>;