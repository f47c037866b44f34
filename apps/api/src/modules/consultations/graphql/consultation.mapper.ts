import { consultationsPolicy, type Viewer } from '@confer/libs/access';
import type { UserEntity } from '../../accounts/entities/user.entity';
import type { ConsultationEntity } from '../entities/consultation.entity';
import type { ConsultationTypeEntity } from '../entities/consultation-type.entity';
import type { ExpertOnsiteBlockEntity } from '../entities/expert-onsite-block.entity';
import type { ExpertProfileEntity } from '../entities/expert-profile.entity';
import { ConsultationModel, ConsultationPartyModel, ConsultationRoleGql, ConsultationStatusGql } from './consultation.model';
import { ConsultationModeGql, ConsultationTypeModel, ExpertAvailabilityModel, ExpertModel, OverrideKindGql } from './expert.model';

export function toExpert(profile: ExpertProfileEntity, user: UserEntity): ExpertModel {
  return {
    id: user.id,
    displayName: user.displayName,
    credentials: user.credentials,
    credentialsVerified: user.credentialsVerified,
    jobTitle: user.jobTitle,
    organizationName: user.organizationName,
    bio: user.bio,
    headline: profile.headline,
    topics: profile.topics,
    timeZone: profile.timeZone,
    accepting: profile.accepting,
  };
}

/** The meeting link is for the expert's editor; members get it with their booking. */
export function toConsultationType(t: ConsultationTypeEntity, showMeetingUrl: boolean): ConsultationTypeModel {
  return {
    id: t.id,
    expertId: t.expertId,
    title: t.title,
    description: t.description,
    durationMinutes: t.durationMinutes,
    mode: t.mode as ConsultationModeGql,
    room: t.room,
    meetingUrl: showMeetingUrl ? t.meetingUrl : null,
    intakeQuestion: t.intakeQuestion,
    active: t.active,
  };
}

export function toAvailability(profile: ExpertProfileEntity, blocks: ExpertOnsiteBlockEntity[], types: ConsultationTypeEntity[]): ExpertAvailabilityModel {
  return {
    expertId: profile.userId,
    headline: profile.headline,
    topics: profile.topics,
    accepting: profile.accepting,
    timeZone: profile.timeZone,
    weeklyRules: profile.weeklyRules.map((r) => ({ weekday: r.weekday, start: r.start, end: r.end })),
    dateOverrides: profile.dateOverrides.map((o) => ({ date: o.date, kind: o.kind as OverrideKindGql, start: o.start ?? null, end: o.end ?? null })),
    onSiteBlocks: blocks.map((b) => ({ id: b.id, start: b.startsAt, end: b.endsAt, room: b.room, eventSessionId: b.eventSessionId })),
    bufferBeforeMinutes: profile.bufferBeforeMinutes,
    bufferAfterMinutes: profile.bufferAfterMinutes,
    minimumNoticeMinutes: profile.minimumNoticeMinutes,
    horizonDays: profile.horizonDays,
    maxPerDay: profile.maxPerDay,
    consultationTypes: types.map((t) => toConsultationType(t, true)),
  };
}

export function toParty(user: UserEntity): ConsultationPartyModel {
  return { id: user.id, displayName: user.displayName, credentials: user.credentials, jobTitle: user.jobTitle, organizationName: user.organizationName };
}

/** Callers have already checked consultationsPolicy.canSeeBooking. */
export function toConsultation(viewer: Viewer, c: ConsultationEntity, publicUrl: string, now: Date): ConsultationModel {
  const role = viewer.userId === c.expertId ? ConsultationRoleGql.EXPERT : viewer.userId === c.memberId ? ConsultationRoleGql.MEMBER : ConsultationRoleGql.STAFF;
  const open = c.status === 'booked' && c.startsAt.getTime() > now.getTime();
  return {
    id: c.id,
    expertId: c.expertId,
    memberId: c.memberId,
    typeId: c.typeId,
    title: c.title,
    mode: c.mode as ConsultationModeGql,
    location: c.location,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    timeZone: c.timeZone,
    status: c.status as ConsultationStatusGql,
    intakeAnswer: c.intakeAnswer,
    expertNotes: consultationsPolicy.canActAsExpert(viewer, c) ? c.expertNotes : null,
    icsUid: c.icsUid,
    sequence: c.icsSequence,
    cancelReason: c.cancelReason,
    cancelledAt: c.cancelledAt,
    viewerRole: role,
    canReschedule: open && consultationsPolicy.canReschedule(viewer, c),
    canCancel: open && consultationsPolicy.canCancel(viewer, c),
    icsUrl: `${publicUrl}/ics/item/${encodeURIComponent(c.icsUid)}.ics`,
  };
}

