import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum EventKindGql {
  CONFERENCE = 'conference',
  RESIDENCY = 'residency',
  WEBINAR = 'webinar',
  OTHER = 'other',
}
registerEnumType(EventKindGql, { name: 'EventKind' });

export enum EventStatusGql {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  CANCELLED = 'cancelled',
}
registerEnumType(EventStatusGql, { name: 'EventStatus' });

export enum EventSessionTypeGql {
  KEYNOTE = 'keynote',
  CASE_STUDY = 'case_study',
  WORKSHOP = 'workshop',
  NETWORKING = 'networking',
  CONSULTATION_BLOCK = 'consultation_block',
  OTHER = 'other',
}
registerEnumType(EventSessionTypeGql, { name: 'EventSessionType' });

@ObjectType('EventQuestion')
export class EventQuestionModel {
  @Field() id: string;
  @Field() label: string;
  @Field({ description: 'text or choice' }) kind: string;
  @Field(() => [String]) options: string[];
  @Field() required: boolean;
}

@ObjectType('Event')
export class EventModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => EventKindGql) kind: EventKindGql;
  @Field() title: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) venueName: string | null;
  @Field(() => String, { nullable: true }) venueAddress: string | null;
  @Field({ description: 'IANA time zone of the venue, e.g. America/New_York.' }) timeZone: string;
  @Field({ description: 'UTC instant.' }) startsAt: Date;
  @Field() endsAt: Date;
  @Field({ description: 'Start as wall-clock time at the venue, with its offset.' }) venueStart: string;
  @Field() venueEnd: string;
  @Field(() => EventStatusGql) status: EventStatusGql;
  @Field(() => Date, { nullable: true, description: 'Self-service cancellation until then (the start when unset).' }) cancellationDeadline: Date | null;
  @Field() includesCourse: boolean;
  @Field(() => [EventQuestionModel]) questions: EventQuestionModel[];
}

@ObjectType('EventSpeaker')
export class EventSpeakerModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) credentials: string | null;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
}

@ObjectType('EventSession')
export class EventSessionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) eventId: string;
  @Field(() => EventSessionTypeGql) type: EventSessionTypeGql;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true, description: 'null for plenary sessions.' }) track: string | null;
  @Field(() => String, { nullable: true }) room: string | null;
  @Field({ description: 'UTC instant: show it in the viewer’s zone.' }) startsAt: Date;
  @Field() endsAt: Date;
  @Field({ description: 'Wall-clock time at the venue, with its offset (show alongside).' }) venueStart: string;
  @Field() venueEnd: string;
  @Field(() => [EventSpeakerModel]) speakers: EventSpeakerModel[];
}

@ObjectType('AgendaTrack')
export class AgendaTrackModel {
  @Field(() => String, { nullable: true, description: 'null: plenary (all tracks).' }) name: string | null;
  @Field(() => [EventSessionModel]) sessions: EventSessionModel[];
}

@ObjectType('AgendaDay')
export class AgendaDayModel {
  @Field({ description: 'The day at the venue (YYYY-MM-DD in the event’s zone).' }) date: string;
  @Field(() => [AgendaTrackModel]) tracks: AgendaTrackModel[];
}

@ObjectType('EventSeats')
export class EventSeatsModel {
  @Field(() => ID) ticketTypeId: string;
  @Field(() => Int, { nullable: true }) seatsLeft: number | null;
  @Field() soldOut: boolean;
}
