import { graphql } from '../../../gql';

export const resourceFieldsFragment = graphql(`
  fragment ResourceFields on Resource {
    id
    slug
    kind
    audience
    title
    summary
    tags
    previewHtml
    access
    invitation
    published
    publishedAt
    updatedAt
  }
`);

export const resourcesQuery = graphql(`
  query Resources($filter: ResourceFilterInput) {
    resources(filter: $filter) {
      total
      nodes {
        ...ResourceFields
      }
    }
    resourceTags {
      tag
      count
    }
  }
`);

export const resourceQuery = graphql(`
  query Resource($slug: String!) {
    resource(slug: $slug) {
      ...ResourceFields
      bodyHtml
      linkUrl
      bodyMd
    }
  }
`);

export const createResourceMutation = graphql(`
  mutation CreateResource($input: ResourceInput!) {
    createResource(input: $input) {
      ...ResourceFields
    }
  }
`);

export const updateResourceMutation = graphql(`
  mutation UpdateResource($id: ID!, $input: ResourceInput!) {
    updateResource(id: $id, input: $input) {
      ...ResourceFields
      bodyHtml
      linkUrl
      bodyMd
    }
  }
`);

export const setResourcePublishedMutation = graphql(`
  mutation SetResourcePublished($id: ID!, $published: Boolean!) {
    setResourcePublished(id: $id, published: $published) {
      ...ResourceFields
    }
  }
`);
