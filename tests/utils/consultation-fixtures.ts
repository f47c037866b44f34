import type { CapturedMail, Mailbox } from './mailbox';
import { ForumWorld, Member, MemberOptions, ok } from './forum-fixtures';
import { readIcs, ReadCalendar } from './ics-reader';

/**
 * Consultation fixtures: experts publish availability and types through /graphql like the editor
 * does; members are the board fixtures' members (premium grants arranged in SQL).
 */

export const C = {
  experts: `query($topic: String) { experts(topic: $topic) { id displayName topics headline timeZone accepting consultationTypes { id title durationMinutes mode room meetingUrl intakeQuestion } } }`,
  expert: `query($id: ID!) { expert(id: $id) { id displayName consultationTypes { id title meetingUrl } } }`,
  slots: `query($typeId: ID!, $tz: String!, $from: DateTime, $days: Int) { consultationSlots(typeId: $typeId, timeZone: $tz, from: $from, days: $days) { date slots { start end label onSite } } }`,
  availability: `mutation($input: ExpertAvailabilityInput!) { updateExpertAvailability(input: $input) { expertId timeZone bufferBeforeMinutes weeklyRules { weekday start end } onSiteBlocks { id room start end eventSessionId } } }`,
  profile: `mutation($input: ExpertProfileInput!) { updateExpertProfile(input: $input) { expertId topics headline accepting } }`,
  saveType: `mutation($input: ConsultationTypeInput!) { saveConsultationType(input: $input) { id title mode meetingUrl room durationMinutes } }`,
  book: `mutation($input: BookConsultationInput!) { bookConsultation(input: $input) { ...C } }`,
  reschedule: `mutation($input: RescheduleConsultationInput!) { rescheduleConsultation(input: $input) { ...C } }`,
  cancel: `mutation($input: CancelConsultationInput!) { cancelConsultation(input: $input) { ...C } }`,
  outcome: `mutation($id: ID!, $outcome: ConsultationOutcome!) { setConsultationOutcome(id: $id, outcome: $outcome) { ...C } }`,
  notes: `mutation($id: ID!, $notes: String!) { setConsultationNotes(id: $id, notes: $notes) { ...C } }`,
  mine: `{ myConsultations { ...C } }`,
  forExpert: `{ expertConsultations { ...C } }`,
  one: `query($id: ID!) { consultation(id: $id) { ...C } }`,
  byLink: `query($token: String!) { consultationByLink(token: $token) { ...C } }`,
  feed: `{ myCalendarFeed { httpsUrl webcalUrl googleUrl publicHttpsUrl publicWebcalUrl } }`,
  regenerate: `mutation { regenerateCalendarFeed { httpsUrl webcalUrl googleUrl } }`,
};
const FRAGMENT = `fragment C on Consultation { id expertId memberId title mode location startsAt endsAt timeZone status intakeAnswer expertNotes icsUid sequence cancelReason viewerRole canReschedule canCancel icsUrl expert { id displayName } member { id displayName } }`;
for (const key of ['book', 'reschedule', 'cancel', 'outcome', 'notes', 'mine', 'forExpert', 'one', 'byLink'] as const) C[key] = `${C[key]} ${FRAGMENT}`;

export interface Expert extends Member {
  typeId: string;
  onSiteTypeId: string;
}

export const EXPERT_ZONE = 'America/New_York';
export const CONFERENCE_ROOM = 'Expert Lounge, Hall B';

/** Every day 08:00–20:00 New York, 15 min buffers, 60 min notice, 30-day horizon; one on-site block in 10 days. */
export function standardAvailability(changes: Record<string, unknown> = {}) {
  const block = new Date(Date.now() + 10 * 86_400_000);
  block.setUTCHours(14, 0, 0, 0);
  return {
    timeZone: EXPERT_ZONE,
    weeklyRules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
    dateOverrides: [],
    onSiteBlocks: [{ start: block.toISOString(), end: new Date(block.getTime() + 2 * 3_600_000).toISOString(), room: CONFERENCE_ROOM }],
    bufferBeforeMinutes: 15,
    bufferAfterMinutes: 15,
    minimumNoticeMinutes: 60,
    horizonDays: 30,
    maxPerDay: null,
    ...changes,
  };
}

export class ConsultationWorld {
  constructor(readonly w: ForumWorld) {}

  member(opts: MemberOptions = {}): Promise<Member> {
    return this.w.member(opts);
  }

  async expert(opts: MemberOptions & { availability?: Record<string, unknown>; topics?: string[] } = {}): Promise<Expert> {
    const expert = await this.w.member({ roles: ['member', 'expert'], ...opts });
    await ok(expert.client, C.availability, { input: standardAvailability(opts.availability) });
    await ok(expert.client, C.profile, { input: { topics: opts.topics ?? ['Social media policy'], headline: 'Frank feedback', accepting: true } });
    const online = await ok(expert.client, C.saveType, {
      input: { title: 'Strategy review', durationMinutes: 30, mode: 'ONLINE', meetingUrl: 'https://meet.example.org/expert', active: true },
    });
    const onSite = await ok(expert.client, C.saveType, { input: { title: 'Conference consultation', durationMinutes: 20, mode: 'ON_SITE', room: CONFERENCE_ROOM, active: true } });
    return { ...expert, typeId: online.saveConsultationType.id, onSiteTypeId: onSite.saveConsultationType.id };
  }

  /** Free slots (flattened) of a type, as `client` sees them in `zone`, starting `fromDays` from now. */
  async slots(client: Member['client'], typeId: string, zone = 'Europe/Berlin', fromDays = 2, days = 3): Promise<{ start: string; end: string; label: string; onSite: string | null }[]> {
    const from = new Date(Date.now() + fromDays * 86_400_000).toISOString();
    const data = await ok(client, C.slots, { typeId, tz: zone, from, days });
    return data.consultationSlots.flatMap((d: { slots: unknown[] }) => d.slots);
  }

  async book(member: Member, typeId: string, start: string, intakeAnswer = 'Feedback on our hospital’s Instagram policy, please.') {
    return (await ok(member.client, C.book, { input: { typeId, start, intakeAnswer } })).bookConsultation;
  }
}

/** The text/calendar part of an email, parsed with ical.js. */
export function icsOf(mail: CapturedMail): ReadCalendar & { raw: string } {
  const part = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no calendar part in "${mail.subject}"`);
  const raw = part.content.toString('utf8');
  return { ...readIcs(raw), raw };
}

/** The value of `token` in the first link of an email whose URL contains `path`. */
export function linkToken(mail: CapturedMail, action: 'reschedule' | 'cancel'): string {
  const link = mail.links.find((l) => l.includes('/consultations/manage') && l.includes(`action=${action}`));
  if (!link) throw new Error(`no ${action} link in "${mail.subject}"`);
  return new URL(link).searchParams.get('token')!;
}

/** Waits for the email to `address` whose invite carries `uid` (and subject), however many others arrived. */
export async function inviteMail(mailbox: Mailbox, address: string, subject: RegExp, uid: string, timeoutMs = 15000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailbox.for(address)).filter((m) => subject.test(m.subject)).find((m) => icsOf(m).events[0]?.uid === uid);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no "${subject}" invite for ${uid} to ${address}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
