import { Injectable } from '@nestjs/common';
import { consultationsPolicy, type Viewer } from '@confer/libs/access';
import { generateSlots, isValidAvailability, slotFitsMode, slotsByDay, type ViewerDay } from '@confer/libs/availability';
import { isValidTimeZone } from '@confer/libs/time-zone';
import { Clock } from '../../core/clock/clock';
import { TransactionRunner } from '../../core/database/transaction-runner';
import type { RequestLoaders } from '../../core/loaders/request-loaders';
import { groupByKeys } from '../../core/loaders/request-loaders';
import type { UserEntity } from '../accounts/entities/user.entity';
import { UserRepository } from '../accounts/user.repository';
import { ConsultationRepository } from './consultation.repository';
import { ConsultationsException } from './consultations.exception';
import type { ConsultationTypeEntity } from './entities/consultation-type.entity';
import type { ExpertProfileEntity } from './entities/expert-profile.entity';
import { availabilityOf, existingBookings } from './expert-settings';
import { ExpertRepository } from './expert.repository';
import type { ConsultationTypeInput, ExpertAvailabilityInput, ExpertProfileInput } from './graphql/consultation.input';
import { toAvailability, toConsultationType, toExpert } from './graphql/consultation.mapper';
import type { ConsultationTypeModel, ExpertAvailabilityModel, ExpertModel } from './graphql/expert.model';

const MAX_SLOT_DAYS = 31;

/** The experts directory, their free slots, and what experts (or staff) publish. */
@Injectable()
export class ExpertsService {
  constructor(
    private readonly experts: ExpertRepository,
    private readonly consultations: ConsultationRepository,
    private readonly users: UserRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async directory(topic: string | null): Promise<ExpertModel[]> {
    const profiles = await this.experts.listDirectory(topic?.trim() || null);
    return this.withUsers(profiles);
  }

  topics(): Promise<string[]> {
    return this.experts.allTopics();
  }

  /** One expert; an account without the expert role (any more) answers like a made-up id. */
  async expert(id: string): Promise<ExpertModel> {
    const [expert] = await this.withUsers(await this.experts.findProfiles([id]));
    if (!expert) throw new ConsultationsException('EXPERT_NOT_FOUND');
    return expert;
  }

  /** Active consultation types, batched per request. */
  typesOf(loaders: RequestLoaders, viewer: Viewer, expertId: string): Promise<ConsultationTypeModel[]> {
    return loaders
      .get<string, ConsultationTypeEntity[]>('consultations:types', async (ids) => groupByKeys(ids, await this.experts.findTypesOf(ids, true), (t) => t.expertId))
      .load(expertId)
      .then((types) => types.map((t) => toConsultationType(t, consultationsPolicy.canManageExpert(viewer, t.expertId))));
  }

  /** Free slots of one consultation type, grouped by the viewer's dates and labelled in the viewer's zone. */
  async slots(typeId: string, timeZone: string, from: Date | null, days: number): Promise<ViewerDay[]> {
    if (!isValidTimeZone(timeZone)) throw new ConsultationsException('INVALID_TIME_ZONE');
    const type = await this.experts.findType(typeId);
    if (!type || !type.active) throw new ConsultationsException('TYPE_NOT_FOUND');
    const profile = await this.requireExpertProfile(type.expertId);
    if (!profile.accepting) return [];
    const now = this.clock.now();
    const start = from && from > now ? from : now;
    const end = new Date(start.getTime() + Math.min(Math.max(days, 1), MAX_SLOT_DAYS) * 86_400_000);
    const [blocks, bookings] = await Promise.all([this.experts.findBlocks(profile.userId), this.consultations.liveForExpert(profile.userId, now)]);
    const slots = generateSlots(availabilityOf(profile, blocks), type.durationMinutes, existingBookings(bookings), now.toISOString(), {
      from: start.toISOString(),
      to: end.toISOString(),
    }).filter((slot) => slotFitsMode(slot, type.mode));
    return slotsByDay(slots, timeZone);
  }

  async availability(viewer: Viewer, expertId: string | null): Promise<ExpertAvailabilityModel> {
    const id = this.managedExpertId(viewer, expertId);
    const profile = await this.ensureProfile(id);
    const [blocks, types] = await Promise.all([this.experts.findBlocks(id), this.experts.findTypesOf([id], false)]);
    return toAvailability(profile, blocks, types);
  }

  async updateProfile(viewer: Viewer, input: ExpertProfileInput): Promise<ExpertAvailabilityModel> {
    const id = this.managedExpertId(viewer, input.expertId ?? null);
    const profile = await this.ensureProfile(id);
    const topics = [...new Set(input.topics.map((t) => t.trim()).filter(Boolean))];
    await this.transactions.run((tx) =>
      this.experts.upsertProfile(id, { timeZone: profile.timeZone, headline: input.headline?.trim() || null, topics, accepting: input.accepting }, tx),
    );
    return this.availability(viewer, id);
  }

  /** Saves the whole plan at once after libs/availability found no problem in it. */
  async updateAvailability(viewer: Viewer, input: ExpertAvailabilityInput): Promise<ExpertAvailabilityModel> {
    const id = this.managedExpertId(viewer, input.expertId ?? null);
    if (!isValidTimeZone(input.timeZone)) throw new ConsultationsException('INVALID_TIME_ZONE');
    const settings = {
      timeZone: input.timeZone,
      rules: input.weeklyRules.map((r) => ({ weekday: r.weekday as 1, start: r.start, end: r.end })),
      overrides: input.dateOverrides.map((o) => ({ date: o.date, kind: o.kind, ...(o.start ? { start: o.start } : {}), ...(o.end ? { end: o.end } : {}) })),
      onSite: input.onSiteBlocks.map((b) => ({ start: b.start, end: b.end, location: b.room })),
      bufferBeforeMinutes: input.bufferBeforeMinutes,
      bufferAfterMinutes: input.bufferAfterMinutes,
      minimumNoticeMinutes: input.minimumNoticeMinutes,
      horizonDays: input.horizonDays,
      maxPerDay: input.maxPerDay ?? null,
    };
    const check = isValidAvailability(settings);
    if (!check.ok) throw new ConsultationsException('INVALID_AVAILABILITY', { extra: { problems: check.problems } }, `Some availability settings are not valid: ${check.problems.join(' ')}`);
    await this.transactions.run(async (tx) => {
      await this.experts.upsertProfile(
        id,
        {
          timeZone: settings.timeZone,
          weeklyRules: settings.rules,
          dateOverrides: settings.overrides,
          bufferBeforeMinutes: settings.bufferBeforeMinutes,
          bufferAfterMinutes: settings.bufferAfterMinutes,
          minimumNoticeMinutes: settings.minimumNoticeMinutes,
          horizonDays: settings.horizonDays,
          maxPerDay: settings.maxPerDay,
        },
        tx,
      );
      await this.experts.replaceBlocks(
        id,
        input.onSiteBlocks.map((b) => ({ startsAt: new Date(b.start), endsAt: new Date(b.end), room: b.room.trim(), eventSessionId: b.eventSessionId ?? null })),
        tx,
      );
    });
    return this.availability(viewer, id);
  }

  async saveType(viewer: Viewer, input: ConsultationTypeInput): Promise<ConsultationTypeModel> {
    const existing = input.id ? await this.experts.findType(input.id) : null;
    if (input.id && !existing) throw new ConsultationsException('TYPE_NOT_FOUND');
    const id = this.managedExpertId(viewer, existing?.expertId ?? input.expertId ?? null);
    const online = input.mode === 'online';
    if (online ? !input.meetingUrl : !input.room?.trim()) throw new ConsultationsException('INVALID_TYPE');
    await this.ensureProfile(id);
    const data = {
      expertId: id,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      meetingUrl: online ? input.meetingUrl! : null,
      room: online ? null : input.room!.trim(),
      intakeQuestion: input.intakeQuestion?.trim() || 'What would you like feedback on?',
      active: input.active,
      position: existing?.position ?? 0,
    };
    const saved = await this.transactions.run(async (tx) => {
      if (!existing) return this.experts.insertType(data, tx);
      await this.experts.updateType(existing.id, data, tx);
      return (await this.experts.findType(existing.id, tx))!;
    });
    return toConsultationType(saved, true);
  }

  /** The expert whose settings the viewer manages: themselves, or (staff) the one named. */
  private managedExpertId(viewer: Viewer, expertId: string | null): string {
    if (!viewer.userId) throw new ConsultationsException('SIGN_IN_REQUIRED');
    const id = expertId ?? viewer.userId;
    if (!consultationsPolicy.canManageExpert(viewer, id)) throw new ConsultationsException('NOT_EXPERT');
    return id;
  }

  private async requireExpertProfile(id: string): Promise<ExpertProfileEntity> {
    const [profile, user] = await Promise.all([this.experts.findProfile(id), this.users.findById(id)]);
    if (!profile || !user || !user.roles.includes('expert')) throw new ConsultationsException('EXPERT_NOT_FOUND');
    return profile;
  }

  /** An expert's first visit to the editor creates their profile in their account's zone. */
  private async ensureProfile(id: string): Promise<ExpertProfileEntity> {
    const existing = await this.experts.findProfile(id);
    if (existing) return existing;
    const user = await this.users.findById(id);
    if (!user || !user.roles.includes('expert')) throw new ConsultationsException('EXPERT_NOT_FOUND');
    await this.transactions.run((tx) => this.experts.upsertProfile(id, { timeZone: user.timeZone }, tx));
    return (await this.experts.findProfile(id))!;
  }

  private async withUsers(profiles: ExpertProfileEntity[]): Promise<ExpertModel[]> {
    const users = new Map<string, UserEntity>((await this.users.findByIds(profiles.map((p) => p.userId))).map((u) => [u.id, u]));
    return profiles.flatMap((p) => {
      const user = users.get(p.userId);
      return user && user.roles.includes('expert') ? [toExpert(p, user)] : [];
    });
  }
}
