import type { AvailabilitySettings, ExistingBooking } from '@confer/libs/availability';
import type { ConsultationEntity } from './entities/consultation.entity';
import type { ExpertOnsiteBlockEntity } from './entities/expert-onsite-block.entity';
import type { ExpertProfileEntity } from './entities/expert-profile.entity';

/** The stored plan in the shape libs/availability decides with. */
export function availabilityOf(profile: ExpertProfileEntity, blocks: readonly ExpertOnsiteBlockEntity[]): AvailabilitySettings {
  return {
    timeZone: profile.timeZone,
    rules: profile.weeklyRules,
    overrides: profile.dateOverrides,
    onSite: blocks.map((b) => ({ start: b.startsAt.toISOString(), end: b.endsAt.toISOString(), location: b.room })),
    bufferBeforeMinutes: profile.bufferBeforeMinutes,
    bufferAfterMinutes: profile.bufferAfterMinutes,
    minimumNoticeMinutes: profile.minimumNoticeMinutes,
    horizonDays: profile.horizonDays,
    maxPerDay: profile.maxPerDay,
  };
}

export function existingBookings(bookings: readonly ConsultationEntity[], exceptId: string | null = null): ExistingBooking[] {
  return bookings.filter((b) => b.id !== exceptId).map((b) => ({ start: b.startsAt.toISOString(), end: b.endsAt.toISOString() }));
}
