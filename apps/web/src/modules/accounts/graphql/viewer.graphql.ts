import { graphql } from '../../../gql';

/** What the app shell and account pages know about the signed-in person. */
export const viewerFieldsFragment = graphql(`
  fragment ViewerFields on Account {
    ...AccountFields
    bio
    timeZone
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
