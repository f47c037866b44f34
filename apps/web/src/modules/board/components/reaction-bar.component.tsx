import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment, ReactionKind } from '../../../gql/graphql';
import { REACTIONS } from '../board-labels.util';
import { reactToForumPostMutation } from '../graphql/board.graphql';

interface ReactionBarProps {
  post: Pick<ForumPostFieldsFragment, 'id' | 'reactions'>;
  /** Members who may post here may react; others see the counts. */
  canReact: boolean;
}

/** Helpful / Thanks / Agree, each a toggle with its count. */
export function ReactionBar({ post, canReact }: ReactionBarProps) {
  const [react] = useMutation(reactToForumPostMutation);
  const [busy, setBusy] = useState<ReactionKind | null>(null);

  const toggle = async (kind: ReactionKind, on: boolean) => {
    setBusy(kind);
    try {
      await react({ variables: { postId: post.id, kind, on } });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not react', message: toApiError(error).message });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Group gap={6} role="group" aria-label="Reactions">
      {REACTIONS.map(({ kind, label }) => {
        const summary = post.reactions.find((r) => r.kind === kind);
        const count = summary?.count ?? 0;
        const mine = summary?.mine ?? false;
        if (!canReact && count === 0) return null;
        return (
          <Button
            key={kind}
            size="compact-sm"
            variant={mine ? 'light' : 'subtle'}
            color={mine ? 'blue' : 'gray'}
            aria-pressed={canReact ? mine : undefined}
            aria-label={`${label}: ${count}`}
            disabled={!canReact}
            loading={busy === kind}
            onClick={() => toggle(kind, !mine)}
          >
            {label} {count > 0 ? count : ''}
          </Button>
        );
      })}
    </Group>
  );
}
