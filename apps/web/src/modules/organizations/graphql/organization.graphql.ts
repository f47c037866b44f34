import { graphql } from '../../../gql';

export const memberSummaryFragment = graphql(`
  fragment MemberSummary on UserProfile {
    id
    displayName
    credentials
    credentialsVerified
    jobTitle
    organizationName
  }
`);

/** What every view of an organization shows: its membership window and email domains. */
export const organizationSummaryFragment = graphql(`
  fragment OrganizationSummary on Organization {
    id
    name
    status
    active
    membershipStartsAt
    membershipEndsAt
    domains {
      id
      domain
      approved
      createdAt
    }
  }
`);

export const organizationDetailsFragment = graphql(`
  fragment OrganizationDetails on Organization {
    ...OrganizationSummary
    admins {
      ...MemberSummary
    }
    coveredMembers {
      ...MemberSummary
    }
  }
`);

export const organizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationDetails
    }
  }
`);

export const addOrganizationDomainMutation = graphql(`
  mutation AddOrganizationDomain($organizationId: ID!, $domain: String!) {
    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {
      ...OrganizationDetails
    }
  }
`);

export const removeOrganizationDomainMutation = graphql(`
  mutation RemoveOrganizationDomain($domainId: ID!) {
    removeOrganizationDomain(domainId: $domainId) {
      ...OrganizationDetails
    }
  }
`);
