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
