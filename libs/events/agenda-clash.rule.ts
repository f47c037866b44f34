export interface TimedSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  track: string | null;
}

/**
 * Sessions already chosen that overlap `candidate` in time (touching ends do not overlap). Choosing
 * such a session is allowed — an attendee may leave one talk for another — but the agenda warns.
 */
export function agendaClashes<T extends TimedSession>(candidate: TimedSession, chosen: readonly T[]): T[] {
  const start = candidate.startsAt.getTime();
  const end = candidate.endsAt.getTime();
  return chosen.filter((s) => s.id !== candidate.id && s.startsAt.getTime() < end && start < s.endsAt.getTime());
}
