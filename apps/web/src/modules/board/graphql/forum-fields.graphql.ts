import { graphql } from '../../../gql';

/** How an author appears to this viewer (a pseudonym for anonymous posts). */
export const forumAuthorFieldsFragment = graphql(`
  fragment ForumAuthorFields on ForumAuthor {
    userId
    displayName
    credentials
    credentialsVerified
    jobTitle
    organizationName
    anonymous
    isYou
  }
`);

export const forumCategoryFieldsFragment = graphql(`
  fragment ForumCategoryFields on ForumCategory {
    id
    slug
    name
    description
    audience
    allowAnonymous
    requirePremoderation
    canPost
    unreadThreads
  }
`);

/** A thread as the category list and the thread header show it. */
export const forumThreadSummaryFragment = graphql(`
  fragment ForumThreadSummary on ForumThread {
    id
    title
    status
    pinned
    locked
    postCount
    categoryId
    createdAt
    lastPostAt
    unreadCount
    answerPostId
    author {
      ...ForumAuthorFields
    }
  }
`);

/** A post with what its author and moderators may also see (held reason, possible identifiers, an edit waiting for review). */
export const forumPostFieldsFragment = graphql(`
  fragment ForumPostFields on ForumPost {
    id
    threadId
    seq
    bodyHtml
    bodyMd
    status
    heldReason
    phiFindings {
      kind
      confidence
      start
      end
      text
      reason
    }
    author {
      ...ForumAuthorFields
    }
    reactions {
      kind
      count
      mine
    }
    createdAt
    editedAt
    # Fields spelled out, not a fragment: the API's depth limit counts fragment spreads as levels.
    pendingEdit {
      bodyHtml
      bodyMd
      heldReason
      phiFindings {
        kind
        confidence
        start
        end
        text
        reason
      }
      createdAt
    }
  }
`);
