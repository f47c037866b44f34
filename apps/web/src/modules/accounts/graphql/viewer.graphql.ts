import { graphql } from '../../../gql';

/** What the app shell and account pages know about the signed-in person. */
export const viewerFieldsFragment = graphql(`
  fragment ViewerFields on Account {
    id
    email
    emailVerified
    displayName
    credentials
    credentialsVerified
    jobTitle
    organizationName
    bio
    timeZone
    roles
    membership {
      tier
      source
      organizationId
      organizationName
      validUntil
    }
    administeredOrganizations {
      id
      name
    }
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
