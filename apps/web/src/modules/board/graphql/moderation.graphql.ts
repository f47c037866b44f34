import { graphql } from '../../../gql';

export const moderationQueueQuery = graphql(`
  query ModerationQueue {
    moderationQueue {
      ...ForumPostFields
    }
  }
`);

export const moderationLogQuery = graphql(`
  query ModerationLog {
    moderationLog {
      id
      action
      targetType
      targetId
      reason
      actorName
      createdAt
    }
  }
`);

export const moderateForumPostMutation = graphql(`
  mutation ModerateForumPost($input: ModerateForumPostInput!) {
    moderateForumPost(input: $input) {
      ...ForumPostFields
    }
  }
`);

export const setForumThreadFlagsMutation = graphql(`
  mutation SetForumThreadFlags($threadId: ID!, $locked: Boolean, $pinned: Boolean, $reason: String) {
    setForumThreadFlags(threadId: $threadId, locked: $locked, pinned: $pinned, reason: $reason) {
      ok
    }
  }
`);

export const revealAnonymousAuthorMutation = graphql(`
  mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {
    revealAnonymousAuthor(postId: $postId, reason: $reason) {
      userId
      displayName
      email
    }
  }
`);

/** Open flags, oldest first, with the flagged post as moderators see it. */
export const moderationFlagsQuery = graphql(`
  query ModerationFlags {
    moderationFlags {
      id
      reason
      note
      createdAt
      post {
        ...ForumPostFields
      }
    }
  }
`);

export const moveForumThreadMutation = graphql(`
  mutation MoveForumThread($threadId: ID!, $categoryId: ID!, $reason: String!) {
    moveForumThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) {
      ok
    }
  }
`);

export const warnForumMemberMutation = graphql(`
  mutation WarnForumMember($userId: ID!, $reason: String!) {
    warnForumMember(userId: $userId, reason: $reason) {
      ok
    }
  }
`);

export const suspendForumMemberMutation = graphql(`
  mutation SuspendForumMember($userId: ID!, $until: DateTime, $reason: String!) {
    suspendForumMember(userId: $userId, until: $until, reason: $reason) {
      ok
    }
  }
`);

export const dismissForumFlagsMutation = graphql(`
  mutation DismissForumFlags($input: DismissForumFlagsInput!) {
    dismissForumFlags(input: $input) {
      ok
    }
  }
`);
