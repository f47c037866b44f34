import { graphql } from '../../../gql';

export const notificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    threadId
    postId
    postSeq
    threadTitle
    actorName
    excerpt
    readAt
    createdAt
  }
`);

export const notificationsQuery = graphql(`
  query Notifications($first: Int! = 20, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
        ...NotificationFields
      }
      nextCursor
    }
  }
`);

export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      count
    }
  }
`);

export const markForumThreadReadMutation = graphql(`
  mutation MarkForumThreadRead($threadId: ID!, $seq: Int!) {
    markForumThreadRead(threadId: $threadId, seq: $seq) {
      threadId
      lastReadSeq
      unreadNotificationCount
    }
  }
`);

export const forumWatchQuery = graphql(`
  query ForumWatch($threadId: ID, $categoryId: ID) {
    forumWatch(threadId: $threadId, categoryId: $categoryId) {
      threadId
      categoryId
      level
      source
    }
  }
`);

export const setForumWatchMutation = graphql(`
  mutation SetForumWatch($input: SetForumWatchInput!) {
    setForumWatch(input: $input) {
      threadId
      categoryId
      level
      source
    }
  }
`);

export const notificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      emailMode
    }
  }
`);

export const setNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      emailMode
    }
  }
`);

export const forumMentionCandidatesQuery = graphql(`
  query ForumMentionCandidates($threadId: ID!, $search: String! = "") {
    forumMentionCandidates(threadId: $threadId, search: $search) {
      userId
      displayName
      markdown
    }
  }
`);
