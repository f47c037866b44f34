import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment } from '../../../gql/graphql';
import { markForumAnswerMutation } from '../graphql/board-tools.graphql';

interface MarkAnswerButtonProps {
  threadId: string;
  postId: string;
  /** This reply is the chosen answer now. */
  chosen: boolean;
  /** The post's accessible name, e.g. "Post 3 by Avery Quinn". */
  label: string;
}

/** The thread's author: "This helped" marks a reply as the answer (pressed again, it clears it). */
export function MarkAnswerButton({ threadId, postId, chosen, label }: MarkAnswerButtonProps) {
  const [mark, { loading }] = useMutation(markForumAnswerMutation);
  const toggle = async () => {
    try {
      // The answer updates the thread's answerPostId in the cache, so every post redraws.
      await mark({ variables: { threadId, postId: chosen ? null : postId } });
      notifications.show({ message: chosen ? 'Answer cleared.' : 'Marked as the answer that helped.' });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not mark the answer', message: toApiError(error).message });
    }
  };
  return (
    <Button
      size="compact-sm"
      variant={chosen ? 'light' : 'subtle'}
      color="teal"
      onClick={toggle}
      loading={loading}
      aria-pressed={chosen}
      aria-label={`This helped: ${label}`}
    >
      This helped
    </Button>
  );
}

export function AnswerBadge() {
  return (
    <Badge color="teal" variant="filled" tt="none" autoContrast>
      Answer that helped
    </Badge>
  );
}

/** At the top of a thread: where the reply that helped its author is. */
export function ThreadAnswerLink({ answerPostId, posts }: { answerPostId: string | null; posts: readonly ForumPostFieldsFragment[] }) {
  if (!answerPostId) return null;
  const answer = posts.find((post) => post.id === answerPostId);
  return (
    <Paper withBorder p="xs" px="sm" bg="teal.0">
      <Text size="sm">
        The author marked an answer that helped:{' '}
        <Anchor href={`#post-${answerPostId}`}>{answer ? `the reply by ${answer.author.displayName}` : 'go to the answer'}</Anchor>
      </Text>
    </Paper>
  );
}
