import { graphql } from '../../../gql';

/** The fields every directory entry has: a listing, a submission or a likely duplicate. */
export const directoryEntryFragment = graphql(`
  fragment DirectoryEntryFields on DirectoryEntry {
    id
    name
    type
    countryCode
    countryName
    region
    city
    website
    websiteDomain
    accounts {
      platform
      url
    }
  }
`);

export const directoryListingFragment = graphql(`
  fragment DirectoryListingFields on DirectoryListing {
    ...DirectoryEntryFields
    updatedAt
  }
`);

export const directoryQuery = graphql(`
  query DirectoryGrid($query: DirectoryQueryInput) {
    directory(query: $query) {
      totalCount
      offset
      limit
      exportPath
      nodes {
        ...DirectoryListingFields
      }
      facets {
        countries {
          value
          label
          count
        }
        types {
          value
          label
          count
        }
        platforms {
          value
          label
          count
        }
      }
    }
  }
`);

export const submitDirectoryListingMutation = graphql(`
  mutation SubmitDirectoryListing($input: SubmitDirectoryListingInput!) {
    submitDirectoryListing(input: $input) {
      status
      organizationName
    }
  }
`);

export const confirmDirectorySubmissionMutation = graphql(`
  mutation ConfirmDirectorySubmission($token: String!) {
    confirmDirectorySubmission(token: $token) {
      status
      organizationName
    }
  }
`);

export const directoryEditFormQuery = graphql(`
  query DirectoryEditForm($token: String!) {
    directoryEditForm(token: $token) {
      updatePending
      listing {
        ...DirectoryListingFields
      }
    }
  }
`);

export const updateDirectoryListingMutation = graphql(`
  mutation UpdateDirectoryListing($token: String!, $input: DirectoryListingInput!) {
    updateDirectoryListing(token: $token, input: $input) {
      status
      organizationName
    }
  }
`);

export const requestDirectoryEditLinksMutation = graphql(`
  mutation RequestDirectoryEditLinks($email: String!) {
    requestDirectoryEditLinks(email: $email)
  }
`);

export const directoryReviewQueueQuery = graphql(`
  query DirectoryReviewQueue {
    directoryReviewQueue {
      totalCount
      nodes {
        ...DirectoryEntryFields
        kind
        status
        submitterEmail
        submittedAt
        confirmedAt
        currentListing {
          ...DirectoryListingFields
        }
        duplicates {
          ...DirectoryEntryFields
          source
          matchedOn
        }
      }
    }
  }
`);

export const approveDirectorySubmissionMutation = graphql(`
  mutation ApproveDirectorySubmission($id: ID!) {
    approveDirectorySubmission(id: $id) {
      id
      name
    }
  }
`);

export const rejectDirectorySubmissionMutation = graphql(`
  mutation RejectDirectorySubmission($id: ID!, $reason: String!) {
    rejectDirectorySubmission(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const removeDirectoryListingMutation = graphql(`
  mutation RemoveDirectoryListing($id: ID!, $reason: String!) {
    removeDirectoryListing(id: $id, reason: $reason)
  }
`);
