import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ConsultationModeGql {
  ONLINE = 'online',
  ON_SITE = 'on_site',
}
registerEnumType(ConsultationModeGql, { name: 'ConsultationMode' });

export enum OverrideKindGql {
  OFF = 'off',
  EXTRA = 'extra',
}
registerEnumType(OverrideKindGql, { name: 'AvailabilityOverrideKind' });

@ObjectType('ConsultationType')
export class ConsultationTypeModel {
  @Field(() => ID) id: string;
  @Field(() => ID) expertId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) durationMinutes: number;
  @Field(() => ConsultationModeGql) mode: ConsultationModeGql;
  @Field(() => String, { nullable: true, description: 'On-site consultations: the room.' }) room: string | null;
  @Field(() => String, { nullable: true, description: 'Online consultations: the meeting link. Only the expert (and staff) see it here; members get it with their booking.' })
  meetingUrl: string | null;
  @Field() intakeQuestion: string;
  @Field() active: boolean;
}

@ObjectType('Expert')
export class ExpertModel {
  @Field(() => ID, { description: 'The expert’s user id.' }) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) credentials: string | null;
  @Field() credentialsVerified: boolean;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => String, { nullable: true }) bio: string | null;
  @Field(() => String, { nullable: true }) headline: string | null;
  @Field(() => [String]) topics: string[];
  @Field({ description: 'The expert’s own time zone (availability is set in it).' }) timeZone: string;
  @Field() accepting: boolean;
}

@ObjectType('ConsultationSlot')
export class ConsultationSlotModel {
  @Field({ description: 'ISO instant (UTC).' }) start: string;
  @Field() end: string;
  @Field({ description: 'Start time in the requested zone, e.g. "9:00 AM".' }) label: string;
  @Field(() => String, { nullable: true, description: 'The room when the slot is on site at the conference.' }) onSite: string | null;
}

@ObjectType('ConsultationSlotDay')
export class ConsultationSlotDayModel {
  @Field({ description: 'yyyy-MM-dd in the requested zone.' }) date: string;
  @Field(() => [ConsultationSlotModel]) slots: ConsultationSlotModel[];
}

@ObjectType('WeeklyRule')
export class WeeklyRuleModel {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' }) weekday: number;
  @Field({ description: 'HH:mm in the expert’s zone.' }) start: string;
  @Field() end: string;
}

@ObjectType('AvailabilityOverride')
export class DateOverrideModel {
  @Field({ description: 'yyyy-MM-dd in the expert’s zone.' }) date: string;
  @Field(() => OverrideKindGql) kind: OverrideKindGql;
  @Field(() => String, { nullable: true }) start: string | null;
  @Field(() => String, { nullable: true }) end: string | null;
}

@ObjectType('OnSiteBlock')
export class OnSiteBlockModel {
  @Field(() => ID) id: string;
  @Field() start: Date;
  @Field() end: Date;
  @Field() room: string;
  @Field(() => ID, { nullable: true, description: 'The conference’s "expert consultations" session this block belongs to.' }) eventSessionId: string | null;
}

/** The expert’s own settings, for the availability editor. */
@ObjectType('ExpertAvailability')
export class ExpertAvailabilityModel {
  @Field(() => ID) expertId: string;
  @Field(() => String, { nullable: true }) headline: string | null;
  @Field(() => [String]) topics: string[];
  @Field() accepting: boolean;
  @Field() timeZone: string;
  @Field(() => [WeeklyRuleModel]) weeklyRules: WeeklyRuleModel[];
  @Field(() => [DateOverrideModel]) dateOverrides: DateOverrideModel[];
  @Field(() => [OnSiteBlockModel]) onSiteBlocks: OnSiteBlockModel[];
  @Field(() => Int) bufferBeforeMinutes: number;
  @Field(() => Int) bufferAfterMinutes: number;
  @Field(() => Int) minimumNoticeMinutes: number;
  @Field(() => Int) horizonDays: number;
  @Field(() => Int, { nullable: true }) maxPerDay: number | null;
  @Field(() => [ConsultationTypeModel]) consultationTypes: ConsultationTypeModel[];
}
