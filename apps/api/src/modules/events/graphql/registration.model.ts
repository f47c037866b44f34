import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventModel, EventSessionModel } from './event.model';
import { OrderStateGql, RegistrationAnswerModel, RegistrationStatusGql } from './order.model';

/** One seat for one attendee, as its buyer, its attendee or staff see it. */
@ObjectType('EventRegistration')
export class EventRegistrationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field(() => OrderStateGql) orderState: OrderStateGql;
  @Field(() => EventModel) event: EventModel;
  @Field(() => ID) ticketTypeId: string;
  @Field() ticketTypeName: string;
  @Field(() => RegistrationStatusGql) status: RegistrationStatusGql;
  @Field() attendeeName: string;
  @Field() attendeeEmail: string;
  @Field(() => String, { nullable: true }) attendeeCredentials: string | null;
  @Field(() => String, { nullable: true }) attendeeOrganization: string | null;
  @Field(() => [RegistrationAnswerModel]) answers: RegistrationAnswerModel[];
  @Field({ description: 'You bought this seat.' }) isBuyer: boolean;
  @Field({ description: 'You attend with this seat.' }) isAttendee: boolean;
  @Field(() => Date, { nullable: true }) checkedInAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Check-in time as wall-clock time at the venue (e.g. 08:02).' }) checkedInAtVenue: string | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Refund recorded for this seat, in cents.' }) refundCents: number | null;
  @Field(() => Date, { nullable: true }) transferredAt: Date | null;
  @Field({ description: 'Self-service cancellation is possible until then (the event’s deadline, or its start).' }) cancelUntil: Date;
  @Field({ description: 'You may cancel it now yourself.' }) canCancel: boolean;
  @Field({ description: 'You may transfer it now to a colleague (until the event starts).' }) canTransfer: boolean;
  @Field({ description: 'The UID of the calendar invite (and feed item).' }) icsUid: string;
  @Field(() => String, { nullable: true, description: 'Signed ticket text the QR code carries (confirmed in-person seats only).' }) ticketToken: string | null;
  @Field(() => String, { nullable: true, description: 'The QR code as an SVG data URL (resolved on request).' }) ticketQrDataUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Webinars: the join link, for confirmed registrants only.' }) joinUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Webinars: the recording, once published, for registrants only.' }) recordingUrl: string | null;
}

@ObjectType('RegistrationPage')
export class RegistrationPageModel {
  @Field(() => [EventRegistrationModel]) items: EventRegistrationModel[];
  @Field(() => Int) checkedIn: number;
  @Field(() => Int) confirmed: number;
}

@ObjectType('EventAttendance')
export class EventAttendanceModel {
  @Field(() => ID) eventId: string;
  @Field(() => Int, { description: 'Confirmed seats checked in.' }) checkedIn: number;
  @Field(() => Int, { description: 'Confirmed seats.' }) confirmed: number;
}

@ObjectType('CheckInResult')
export class CheckInResultModel {
  @Field(() => EventRegistrationModel) registration: EventRegistrationModel;
  @Field() checkedInAt: Date;
  @Field({ description: 'Wall-clock time at the venue, e.g. 08:02.' }) checkedInAtVenue: string;
  @Field(() => EventAttendanceModel) attendance: EventAttendanceModel;
}

@ObjectType('AgendaClash')
export class AgendaClashModel {
  @Field(() => ID) sessionId: string;
  @Field(() => [ID], { description: 'Chosen sessions that overlap it in time.' }) clashesWith: string[];
}

@ObjectType('PersonalAgenda')
export class PersonalAgendaModel {
  @Field(() => ID) eventId: string;
  @Field(() => ID) registrationId: string;
  @Field(() => [EventSessionModel], { description: 'Chosen sessions, by start time.' }) sessions: EventSessionModel[];
  @Field(() => [AgendaClashModel], { description: 'Chosen sessions that overlap others you chose (a warning, not a refusal).' }) clashes: AgendaClashModel[];
}

@ObjectType('AgendaChoiceResult')
export class AgendaChoiceResultModel {
  @Field(() => PersonalAgendaModel) agenda: PersonalAgendaModel;
  @Field(() => [EventSessionModel], { description: 'Sessions you had already chosen that overlap this one.' }) clashesWith: EventSessionModel[];
  @Field(() => String, { nullable: true, description: 'A warning to show when it clashes.' }) warning: string | null;
}
