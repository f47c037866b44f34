import { graphql } from '../../../gql';

/** The staff list shows every organization, so it leaves out the (long) covered-members list. */
export const adminOrganizationFieldsFragment = graphql(`
  fragment AdminOrganizationFields on Organization {
    ...OrganizationSummary
    admins {
      id
      displayName
    }
  }
`);

export const adminOrganizationsQuery = graphql(`
  query AdminOrganizations {
    organizations {
      ...AdminOrganizationFields
    }
  }
`);

export const createOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...AdminOrganizationFields
    }
  }
`);

export const updateOrganizationMembershipMutation = graphql(`
  mutation UpdateOrganizationMembership($input: UpdateOrganizationMembershipInput!) {
    updateOrganizationMembership(input: $input) {
      ...AdminOrganizationFields
    }
  }
`);

export const adminAddOrganizationDomainMutation = graphql(`
  mutation AdminAddOrganizationDomain($organizationId: ID!, $domain: String!) {
    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {
      ...AdminOrganizationFields
    }
  }
`);

export const approveOrganizationDomainMutation = graphql(`
  mutation ApproveOrganizationDomain($domainId: ID!) {
    approveOrganizationDomain(domainId: $domainId) {
      ...AdminOrganizationFields
    }
  }
`);

export const adminRemoveOrganizationDomainMutation = graphql(`
  mutation AdminRemoveOrganizationDomain($domainId: ID!) {
    removeOrganizationDomain(domainId: $domainId) {
      ...AdminOrganizationFields
    }
  }
`);

export const addOrganizationAdminMutation = graphql(`
  mutation AddOrganizationAdmin($organizationId: ID!, $email: String!) {
    addOrganizationAdmin(organizationId: $organizationId, email: $email) {
      ...AdminOrganizationFields
    }
  }
`);
