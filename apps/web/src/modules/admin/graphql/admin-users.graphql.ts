import { graphql } from '../../../gql';

export const adminAccountFieldsFragment = graphql(`
  fragment AdminAccountFields on Account {
    ...AccountFields
    membershipOverride
    createdAt
  }
`);

export const premiumGrantFieldsFragment = graphql(`
  fragment PremiumGrantFields on PremiumGrant {
    id
    startsAt
    endsAt
    note
    source
    revokedAt
    createdAt
  }
`);

export const adminUsersQuery = graphql(`
  query AdminUsers($search: String, $after: String, $first: Int! = 20) {
    users(search: $search, after: $after, first: $first) {
      nodes {
        ...AdminAccountFields
      }
      nextCursor
    }
  }
`);

export const premiumGrantsQuery = graphql(`
  query PremiumGrants($userId: ID!) {
    premiumGrants(userId: $userId) {
      ...PremiumGrantFields
    }
  }
`);

export const setCredentialsVerifiedMutation = graphql(`
  mutation SetCredentialsVerified($userId: ID!, $verified: Boolean!) {
    setCredentialsVerified(userId: $userId, verified: $verified) {
      ...AdminAccountFields
    }
  }
`);

export const setUserRolesMutation = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      ...AdminAccountFields
    }
  }
`);

export const setMembershipOverrideMutation = graphql(`
  mutation SetMembershipOverride($userId: ID!, $override: MembershipOverride!) {
    setMembershipOverride(userId: $userId, override: $override) {
      ...AdminAccountFields
    }
  }
`);

export const grantPremiumMembershipMutation = graphql(`
  mutation GrantPremiumMembership($input: GrantPremiumInput!) {
    grantPremiumMembership(input: $input) {
      ...PremiumGrantFields
    }
  }
`);

export const revokePremiumGrantMutation = graphql(`
  mutation RevokePremiumGrant($id: ID!) {
    revokePremiumGrant(id: $id) {
      ok
    }
  }
`);
