import { graphql } from '../../../gql';

/** An account as both its owner and staff see it: identity, profile basics, roles and membership. */
export const accountFieldsFragment = graphql(`
  fragment AccountFields on Account {
    id
    email
    emailVerified
    displayName
    credentials
    credentialsVerified
    jobTitle
    organizationName
    roles
    membership {
      tier
      source
      organizationId
      organizationName
      validUntil
    }
  }
`);
