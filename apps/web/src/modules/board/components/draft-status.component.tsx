import { Text } from '@mantine/core';
import type { DraftStatus } from '../hooks/use-draft.hook';

function timeOf(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone }).format(date);
}

function describe(status: DraftStatus, timeZone?: string): string {
  switch (status.state) {
    case 'saving':
      return 'Saving draft…';
    case 'saved':
      return `Draft saved at ${timeOf(status.at, timeZone)}`;
    case 'device':
      return 'Draft kept on this device: it could not be saved to your account yet.';
    case 'idle':
      return '';
  }
}

/** Under the composer: whether the draft is saved (not announced: it changes as the member types). */
export function DraftStatusText({ status, timeZone }: { status: DraftStatus; timeZone?: string }) {
  return (
    <Text size="xs" c="dimmed" aria-live="off">
      {describe(status, timeZone) || ' '}
    </Text>
  );
}
