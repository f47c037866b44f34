import { graphql } from '../../../gql';

export const forumCategoriesQuery = graphql(`
  query ForumCategories {
    forumCategories {
      ...ForumCategoryFields
    }
  }
`);

export const forumCategoryQuery = graphql(`
  query ForumCategory($slug: String!, $after: String, $first: Int! = 25) {
    forumCategory(slug: $slug) {
      ...ForumCategoryFields
      threads(first: $first, after: $after) {
        nodes {
          ...ForumThreadSummary
        }
        nextCursor
      }
    }
  }
`);

export const forumThreadQuery = graphql(`
  query ForumThread($id: ID!, $after: String, $first: Int! = 50) {
    forumThread(id: $id) {
      ...ForumThreadSummary
      lastReadSeq
      category {
        ...ForumCategoryFields
      }
      posts(first: $first, after: $after) {
        nodes {
          ...ForumPostFields
        }
        nextCursor
      }
    }
  }
`);

/** A new thread or reply: out at once, or `held` for a moderator (the post says why). */
export const forumPostResultFragment = graphql(`
  fragment ForumPostResultFields on ForumPostResult {
    held
    thread {
      ...ForumThreadSummary
    }
    post {
      ...ForumPostFields
    }
  }
`);

export const createForumThreadMutation = graphql(`
  mutation CreateForumThread($input: CreateForumThreadInput!) {
    createForumThread(input: $input) {
      ...ForumPostResultFields
    }
  }
`);

export const createForumPostMutation = graphql(`
  mutation CreateForumPost($input: CreateForumPostInput!) {
    createForumPost(input: $input) {
      ...ForumPostResultFields
    }
  }
`);

export const deleteForumPostMutation = graphql(`
  mutation DeleteForumPost($postId: ID!) {
    deleteForumPost(postId: $postId) {
      ok
    }
  }
`);

export const reactToForumPostMutation = graphql(`
  mutation ReactToForumPost($postId: ID!, $kind: ReactionKind!, $on: Boolean!) {
    reactToForumPost(postId: $postId, kind: $kind, on: $on) {
      id
      reactions {
        kind
        count
        mine
      }
    }
  }
`);
