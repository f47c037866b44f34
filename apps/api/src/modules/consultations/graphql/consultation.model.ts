import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConsultationModeGql } from './expert.model';

export enum ConsultationStatusGql {
  BOOKED = 'booked',
  CANCELLED = 'cancelled',
  COMPLETED = 'completed',
  NO_SHOW = 'no_show',
}
registerEnumType(ConsultationStatusGql, { name: 'ConsultationStatus' });

export enum ConsultationRoleGql {
  MEMBER = 'member',
  EXPERT = 'expert',
  STAFF = 'staff',
}
registerEnumType(ConsultationRoleGql, { name: 'ConsultationRole', description: 'How the viewer takes part in a consultation.' });

@ObjectType('ConsultationParty')
export class ConsultationPartyModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) credentials: string | null;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
}

/** A booking as one of its parties sees it. */
@ObjectType('Consultation')
export class ConsultationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) expertId: string;
  @Field(() => ID) memberId: string;
  @Field(() => ID) typeId: string;
  @Field() title: string;
  @Field(() => ConsultationModeGql) mode: ConsultationModeGql;
  @Field({ description: 'Meeting link (online) or room (on site).' }) location: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field({ description: 'The zone the invite is written in (the expert’s).' }) timeZone: string;
  @Field(() => ConsultationStatusGql) status: ConsultationStatusGql;
  @Field() intakeAnswer: string;
  @Field(() => String, { nullable: true, description: 'The expert’s private notes: null for everyone but the expert.' }) expertNotes: string | null;
  @Field() icsUid: string;
  @Field(() => Int) sequence: number;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => ConsultationRoleGql) viewerRole: ConsultationRoleGql;
  @Field() canReschedule: boolean;
  @Field() canCancel: boolean;
  @Field({ description: 'Download this consultation as an .ics file (needs the same log-in).' }) icsUrl: string;
}
