/** "Tue, Nov 24, 2026, 3:00 PM GMT+1" in the reader's zone. */
export function formatConsultationTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

export const MODE_LABEL = { ONLINE: 'Online', ON_SITE: 'On site' } as const;
