import { graphql } from '../../../gql';

/** Matches in what the viewer may read; each hit is a post (snippet marks matches with [[ and ]]). */
export const forumSearchQuery = graphql(`
  query ForumSearch($query: String!, $first: Int! = 20) {
    forumSearch(query: $query, first: $first) {
      postId
      snippet
      thread {
        ...ForumThreadSummary
        category {
          id
          slug
          name
        }
      }
    }
  }
`);

export const flagForumPostMutation = graphql(`
  mutation FlagForumPost($input: FlagForumPostInput!) {
    flagForumPost(input: $input) {
      ok
    }
  }
`);

export const markForumAnswerMutation = graphql(`
  mutation MarkForumAnswer($threadId: ID!, $postId: ID) {
    markForumAnswer(threadId: $threadId, postId: $postId) {
      id
      answerPostId
    }
  }
`);

export const forumPostHistoryQuery = graphql(`
  query ForumPostHistory($postId: ID!) {
    forumPostHistory(postId: $postId) {
      id
      bodyMd
      reason
      createdAt
    }
  }
`);

export const editForumPostMutation = graphql(`
  mutation EditForumPost($input: EditForumPostInput!) {
    editForumPost(input: $input) {
      ...ForumPostFields
    }
  }
`);

export const forumDraftQuery = graphql(`
  query ForumDraft($scope: String!) {
    forumDraft(scope: $scope) {
      title
      body
      updatedAt
    }
  }
`);

export const saveForumDraftMutation = graphql(`
  mutation SaveForumDraft($scope: String!, $body: String!, $title: String) {
    saveForumDraft(scope: $scope, body: $body, title: $title)
  }
`);
