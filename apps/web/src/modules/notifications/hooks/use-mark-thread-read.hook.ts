import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { markForumThreadReadMutation } from '../graphql/notifications.graphql';
import { writeUnreadCount } from './use-unread-notifications.hook';

/**
 * Tells the server how far the viewer has read a thread (it only ever moves forward), so they are
 * not emailed about posts they have seen and the thread's notifications clear. Each number is sent once.
 */
export function useMarkThreadRead(threadId: string): (seq: number) => void {
  const client = useApolloClient();
  const [mark] = useMutation(markForumThreadReadMutation);
  const sent = useRef({ threadId, seq: 0 });
  return useCallback(
    (seq: number) => {
      if (sent.current.threadId !== threadId) sent.current = { threadId, seq: 0 };
      if (seq <= sent.current.seq) return;
      sent.current.seq = seq;
      mark({ variables: { threadId, seq } })
        .then(({ data }) => {
          const state = data?.markForumThreadRead;
          if (!state) return;
          writeUnreadCount(client.cache, state.unreadNotificationCount);
          // The board's own unread badge for this thread follows (its "new since" divider keeps its place).
          client.cache.modify({
            id: client.cache.identify({ __typename: 'ForumThread', id: threadId }),
            fields: { lastReadSeq: () => state.lastReadSeq, unreadCount: (count: number) => (state.lastReadSeq >= seq ? 0 : count) },
          });
        })
        .catch(() => {
          // Not fatal: the next post shown (or the next visit) tries again.
          if (sent.current.threadId === threadId && sent.current.seq === seq) sent.current.seq = 0;
        });
    },
    [client, mark, threadId],
  );
}
