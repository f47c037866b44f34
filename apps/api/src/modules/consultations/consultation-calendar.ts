import type { IcsItem } from '@confer/libs/ics';
import type { ConsultationEntity } from './entities/consultation.entity';

export interface Parties {
  expertName: string;
  memberName: string;
}

/**
 * A booking as a calendar entry: the same UID and SEQUENCE in invites, feeds and downloads. Only what
 * both parties already know goes in (type, names, place); never the intake answer or private notes.
 */
export type CalendarFields = Pick<ConsultationEntity, 'icsUid' | 'icsSequence' | 'updatedAt' | 'startsAt' | 'endsAt' | 'timeZone' | 'title' | 'mode' | 'location' | 'status'>;

export function consultationIcsItem(booking: CalendarFields, parties: Parties, publicUrl: string): IcsItem {
  const place = booking.mode === 'online' ? `Online: ${booking.location}` : `On site: ${booking.location}`;
  return {
    uid: booking.icsUid,
    sequence: booking.icsSequence,
    lastModified: booking.updatedAt.toISOString(),
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    timeZone: booking.timeZone,
    title: `${booking.title}: ${parties.expertName} with ${parties.memberName}`,
    location: booking.location,
    description: `One-to-one expert consultation on Confer. ${place}. Manage it at ${publicUrl}/consultations`,
    url: `${publicUrl}/consultations`,
    cancelled: booking.status === 'cancelled',
  };
}
