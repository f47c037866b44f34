import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ReasonRequest } from '../components/reason-modal.component';
import { suspendForumMemberMutation, warnForumMemberMutation } from '../graphql/moderation.graphql';

/** A member a moderator acts on (non-anonymous posts carry the author's user id). */
export interface ModeratedMember {
  userId: string;
  displayName: string;
}

/**
 * Moderators: warn a member (private email), pause their posting until a date, or lift the pause.
 * Warning and lifting ask for a reason (`reasonRequest`, for ReasonModal); pausing opens
 * SuspendMemberModal for `suspending`, which calls `suspend`.
 */
export function useMemberModeration() {
  const [warnMember] = useMutation(warnForumMemberMutation);
  const [suspendMember] = useMutation(suspendForumMemberMutation);
  const [reasonRequest, setReasonRequest] = useState<ReasonRequest | null>(null);
  const [suspending, setSuspending] = useState<ModeratedMember | null>(null);

  const askWarn = (member: ModeratedMember) =>
    setReasonRequest({
      title: `Warn ${member.displayName}`,
      description: 'Sent to them privately by email, without any post text. Recorded in the moderation log.',
      confirmLabel: 'Send warning',
      run: async (reason) => {
        await warnMember({ variables: { userId: member.userId, reason } });
        notifications.show({ message: `Warning sent to ${member.displayName}.` });
      },
    });

  const askLift = (member: ModeratedMember) =>
    setReasonRequest({
      title: `Let ${member.displayName} post again`,
      description: 'Lifts the pause on their posting at once; they are told by email. Recorded in the moderation log.',
      confirmLabel: 'Lift the pause',
      run: async (reason) => {
        await suspendMember({ variables: { userId: member.userId, until: null, reason } });
        notifications.show({ message: `${member.displayName} can post again.` });
      },
    });

  const suspend = async (member: ModeratedMember, until: string, reason: string) => {
    await suspendMember({ variables: { userId: member.userId, until, reason } });
    notifications.show({ message: `${member.displayName}’s posting is paused.` });
  };

  return {
    askWarn,
    askLift,
    askSuspend: setSuspending,
    suspending,
    suspend,
    closeSuspend: () => setSuspending(null),
    reasonRequest,
    closeReason: () => setReasonRequest(null),
  };
}

export type MemberModeration = ReturnType<typeof useMemberModeration>;
