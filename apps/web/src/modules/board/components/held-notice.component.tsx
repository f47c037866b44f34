import { Alert, Stack, Text } from '@mantine/core';
import { PhiFindingList, type PhiFindingLike } from './phi-report.component';

interface HeldNoticeProps {
  reason: string | null;
  findings?: readonly PhiFindingLike[];
  /** Who reads it: the author ("only you…") or a moderator. */
  viewer: 'author' | 'moderator';
  /** Announce it as it appears (right after posting). */
  announce?: boolean;
}

// Yellow text on a pale yellow background is unreadable: the title takes the body's color.
export const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } };

/** Why a post waits for a moderator, and who can see it meanwhile. */
export function HeldNotice({ reason, findings = [], viewer, announce = false }: HeldNoticeProps) {
  return (
    <Alert color="yellow" variant="light" title="Waiting for a moderator" role={announce ? 'status' : undefined} styles={READABLE_TITLE}>
      <Stack gap="xs">
        <Text size="sm">{reason ?? 'A moderator reviews this post before other members see it.'}</Text>
        <Text size="sm">
          {viewer === 'author'
            ? 'Only you and the board’s moderators can see it until a moderator approves it.'
            : 'Only its author and the moderators can see it until it is approved.'}
        </Text>
        {findings.length > 0 ? <PhiFindingList findings={findings} label="Possible patient identifiers found in this post" /> : null}
      </Stack>
    </Alert>
  );
}
