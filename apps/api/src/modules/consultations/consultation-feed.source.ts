import { Inject, Injectable } from '@nestjs/common';
import { consultationsPolicy } from '@confer/libs/access';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { MembershipService } from '../accounts/membership.service';
import { UserRepository } from '../accounts/user.repository';
import { CalendarFeedItem, CalendarFeedSnapshot, CalendarFeedSource, CalendarFeedSourceProvider } from '../calendar/calendar-feed-source';
import { CalendarFields, consultationIcsItem, Parties } from './consultation-calendar';
import { ConsultationRepository } from './consultation.repository';

/** Consultations in calendars: a member's bookings and an expert's sessions, with the invites' UIDs. */
@Injectable()
@CalendarFeedSourceProvider()
export class ConsultationFeedSource implements CalendarFeedSource {
  readonly key = 'consultations';

  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async personalItems(userId: string): Promise<CalendarFeedItem[]> {
    return (await this.personalSnapshot(userId)).items;
  }

  personalVersion(userId: string): Promise<string> {
    return this.consultations.feedVersionForParty(userId);
  }

  async personalSnapshot(userId: string): Promise<CalendarFeedSnapshot> {
    const { version, rows } = await this.consultations.feedSnapshotForParty(userId);
    return { version, items: rows.map((row) => this.toItem(row, row)) };
  }

  async itemForUser(userId: string, uid: string): Promise<CalendarFeedItem | null> {
    if (!uid.startsWith('consultation-')) return null;
    const booking = await this.consultations.findByUid(uid);
    if (!booking) return null;
    const { viewer } = await this.memberships.viewerForUserId(userId);
    if (!consultationsPolicy.canSeeBooking(viewer, booking)) return null;
    const names = new Map((await this.users.findByIds([booking.expertId, booking.memberId])).map((u) => [u.id, u.displayName]));
    return this.toItem(booking, { expertName: names.get(booking.expertId) ?? 'Expert', memberName: names.get(booking.memberId) ?? 'Member' });
  }

  private toItem(booking: CalendarFields, parties: Parties): CalendarFeedItem {
    const item = consultationIcsItem(booking, parties, this.config.publicUrl);
    return {
      uid: item.uid,
      sequence: item.sequence,
      lastModified: booking.updatedAt,
      start: booking.startsAt,
      end: booking.endsAt,
      timeZone: booking.timeZone,
      title: item.title,
      location: item.location,
      description: item.description,
      url: item.url,
    };
  }
}
