import { graphql } from '../../../gql';

export const forumGroupFieldsFragment = graphql(`
  fragment ForumGroupFields on ForumGroup {
    id
    slug
    name
    description
  }
`);

export const forumGroupsQuery = graphql(`
  query ForumGroups {
    forumGroups {
      ...ForumGroupFields
    }
  }
`);

export const createForumGroupMutation = graphql(`
  mutation CreateForumGroup($input: ForumGroupInput!) {
    createForumGroup(input: $input) {
      ...ForumGroupFields
    }
  }
`);

export const createForumCategoryMutation = graphql(`
  mutation CreateForumCategory($input: ForumCategoryInput!) {
    createForumCategory(input: $input) {
      ...ForumCategoryFields
    }
  }
`);

export const updateForumCategoryMutation = graphql(`
  mutation UpdateForumCategory($input: UpdateForumCategoryInput!) {
    updateForumCategory(input: $input) {
      ...ForumCategoryFields
    }
  }
`);

export const setForumGroupMemberMutation = graphql(`
  mutation SetForumGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {
    setForumGroupMember(groupId: $groupId, userId: $userId, member: $member) {
      ok
    }
  }
`);

export const forumGroupMembersQuery = graphql(`
  query ForumGroupMembers($groupId: ID!) {
    forumGroupMembers(groupId: $groupId) {
      userId
      displayName
      email
      addedAt
    }
  }
`);
