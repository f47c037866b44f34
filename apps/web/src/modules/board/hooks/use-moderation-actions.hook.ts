import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment, ModerationDecision } from '../../../gql/graphql';
import type { ReasonRequest } from '../components/reason-modal.component';
import { moderateForumPostMutation } from '../graphql/moderation.graphql';

const DONE: Record<ModerationDecision, string> = {
  APPROVE: 'Post approved: members can see it now.',
  HIDE: 'Post hidden.',
  DELETE: 'Post deleted.',
  RESTORE: 'Post restored.',
  REJECT_EDIT: 'Edit rejected: members keep seeing the published version.',
};

const ASK: Record<Exclude<ModerationDecision, 'APPROVE'>, Omit<ReasonRequest, 'run'>> = {
  HIDE: { title: 'Hide this post', confirmLabel: 'Hide post', description: 'Members no longer see it; moderators can restore it. Recorded in the moderation log.' },
  DELETE: { title: 'Delete this post', confirmLabel: 'Delete post', description: 'Removed for members; moderators can still restore it. Recorded in the moderation log.' },
  RESTORE: { title: 'Restore this post', confirmLabel: 'Restore post', description: 'Members see it again. Recorded in the moderation log.' },
  REJECT_EDIT: { title: 'Reject this edit', confirmLabel: 'Reject edit', description: 'The published version stays; the edit is dropped. Recorded in the moderation log.' },
};

/**
 * Approve at once (a post, or the edit waiting on a published post); hide, delete, restore and reject
 * an edit after asking for a reason (the modal's request).
 * `onDone` runs after the API accepted the decision, e.g. to take the post off the queue.
 */
export function useModerationActions(onDone?: (post: ForumPostFieldsFragment, decision: ModerationDecision) => void) {
  const [moderate] = useMutation(moderateForumPostMutation);
  const [reasonRequest, setReasonRequest] = useState<ReasonRequest | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const run = async (post: ForumPostFieldsFragment, decision: ModerationDecision, reason: string | null) => {
    setBusyId(post.id);
    try {
      const { data } = await moderate({ variables: { input: { postId: post.id, decision, reason } } });
      notifications.show({ message: decision === 'APPROVE' && post.pendingEdit ? 'Edit approved: members see it now.' : DONE[decision] });
      onDone?.(data?.moderateForumPost ?? post, decision);
    } finally {
      setBusyId(null);
    }
  };

  const decide = (post: ForumPostFieldsFragment, decision: ModerationDecision) => {
    if (decision === 'APPROVE') {
      run(post, decision, null).catch((error) =>
        notifications.show({ color: 'red', title: 'Could not approve', message: toApiError(error).message }),
      );
      return;
    }
    // The modal shows what the API says if this fails.
    setReasonRequest({ ...ASK[decision], run: (reason) => run(post, decision, reason) });
  };

  return { decide, busyId, reasonRequest, closeReason: () => setReasonRequest(null) };
}
