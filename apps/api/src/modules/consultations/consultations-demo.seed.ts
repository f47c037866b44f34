import { Injectable } from '@nestjs/common';
import { blockedTstzRange, generateSlots, type WeeklyRule } from '@confer/libs/availability';
import { DateTime } from 'luxon';
import { Tx, readTogether } from '../../core/database/transaction-runner';
import { UserRepository } from '../accounts/user.repository';
import { ConsultationRepository } from './consultation.repository';
import { availabilityOf } from './expert-settings';
import { ExpertRepository } from './expert.repository';

interface DemoExpert {
  email: string;
  headline: string;
  topics: string[];
  timeZone: string;
  rules: WeeklyRule[];
  types: { title: string; description: string; durationMinutes: number; mode: 'online' | 'on_site'; meetingUrl?: string; room?: string }[];
}

const weekdays = (start: string, end: string, days: WeeklyRule['weekday'][]): WeeklyRule[] => days.map((weekday) => ({ weekday, start, end }));

const EXPERTS: DemoExpert[] = [
  {
    email: 'ada.okafor@confer.test',
    headline: 'Physician voice online: policy, professionalism and patient privacy',
    topics: ['Social media policy', 'HIPAA and privacy', 'Professional presence'],
    timeZone: 'America/New_York',
    rules: [...weekdays('09:00', '12:00', [1, 3, 5]), ...weekdays('14:00', '16:00', [2, 4])],
    types: [
      { title: 'Strategy review', description: 'Thirty minutes on your hospital’s or practice’s social media plan, with frank feedback.', durationMinutes: 30, mode: 'online', meetingUrl: 'https://meet.confer.test/ada-okafor' },
      { title: 'Quick question', description: 'Fifteen minutes for one focused question, e.g. setting up a professional Twitter account.', durationMinutes: 15, mode: 'online', meetingUrl: 'https://meet.confer.test/ada-okafor' },
      { title: 'Conference consultation', description: 'Meet in person at the Annual Conference’s expert consultations.', durationMinutes: 20, mode: 'on_site', room: 'Expert Lounge, Hall B' },
    ],
  },
  {
    email: 'lee.park@confer.test',
    headline: 'Digital strategy, measurement and getting legal and leadership buy-in',
    topics: ['Digital strategy', 'Analytics', 'Leadership buy-in', 'Crisis communication'],
    timeZone: 'America/Chicago',
    rules: weekdays('10:00', '15:00', [1, 2, 3, 4]),
    types: [
      { title: 'Strategy review', description: 'Bring your goals and numbers: thirty minutes on what to measure and how to win buy-in.', durationMinutes: 30, mode: 'online', meetingUrl: 'https://meet.confer.test/lee-park' },
      { title: 'Crisis communication check', description: 'Forty-five minutes walking through your crisis plan for social channels.', durationMinutes: 45, mode: 'online', meetingUrl: 'https://meet.confer.test/lee-park' },
    ],
  },
];

/** Experts' profiles, consultation types and availability, plus one booking so "my consultations" is not empty. */
@Injectable()
export class ConsultationsDemoSeed {
  constructor(
    private readonly users: UserRepository,
    private readonly experts: ExpertRepository,
    private readonly consultations: ConsultationRepository,
  ) {}

  async run(tx: Tx): Promise<void> {
    const now = DateTime.utc();
    // The next Annual Conference (14–15 November, Jacksonville): on-site consultation hours.
    const year = now < DateTime.fromISO(`${now.year}-11-14T00:00`, { zone: 'America/New_York' }) ? now.year : now.year + 1;
    for (const e of EXPERTS) {
      const user = await this.users.findByEmail(e.email, tx);
      if (!user) continue;
      await this.experts.upsertProfile(
        user.id,
        { timeZone: e.timeZone, headline: e.headline, topics: e.topics, weeklyRules: e.rules, bufferBeforeMinutes: 10, bufferAfterMinutes: 10, minimumNoticeMinutes: 240, horizonDays: 365, maxPerDay: 4 },
        tx,
      );
      for (const [position, t] of e.types.entries()) {
        await this.experts.insertType({ expertId: user.id, title: t.title, description: t.description, durationMinutes: t.durationMinutes, mode: t.mode, meetingUrl: t.meetingUrl ?? null, room: t.room ?? null, intakeQuestion: 'What would you like feedback on?', active: true, position }, tx);
      }
      if (e.types.some((t) => t.mode === 'on_site')) {
        const day = (d: number, from: string, to: string) => ({
          startsAt: DateTime.fromISO(`${year}-11-${d}T${from}`, { zone: 'America/New_York' }).toJSDate(),
          endsAt: DateTime.fromISO(`${year}-11-${d}T${to}`, { zone: 'America/New_York' }).toJSDate(),
          room: 'Expert Lounge, Hall B',
          eventSessionId: null,
        });
        await this.experts.replaceBlocks(user.id, [day(14, '13:30', '15:30'), day(15, '10:00', '12:00')], tx);
      }
    }
    await this.sampleBooking(tx);
  }

  private async sampleBooking(tx: Tx): Promise<void> {
    const [ada, sarah] = await readTogether(tx, () => this.users.findByEmail('ada.okafor@confer.test', tx), () => this.users.findByEmail('sarah.chen@confer.test', tx));
    if (!ada || !sarah) return;
    const profile = await this.experts.findProfile(ada.id, tx);
    const [type] = await this.experts.findTypesOf([ada.id], true, tx);
    if (!profile || !type) return;
    const settings = availabilityOf(profile, []);
    const from = DateTime.utc().plus({ days: 3 });
    const [slot] = generateSlots(settings, type.durationMinutes, [], DateTime.utc().toISO()!, { from: from.toISO()!, to: from.plus({ days: 7 }).toISO()! });
    if (!slot) return;
    await this.consultations.insert(
      {
        expertId: ada.id,
        memberId: sarah.id,
        typeId: type.id,
        title: type.title,
        mode: type.mode,
        location: type.meetingUrl ?? 'Online',
        startsAt: new Date(slot.start),
        endsAt: new Date(slot.end),
        timeZone: profile.timeZone,
        intakeAnswer: 'Our nursing team wants to start a patient-education Instagram account. What should our posting policy cover first?',
      },
      blockedTstzRange(slot, settings.bufferBeforeMinutes, settings.bufferAfterMinutes),
      tx,
    );
  }
}
