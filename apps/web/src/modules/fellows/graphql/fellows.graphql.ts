import { graphql } from '../../../gql';

export const fellowshipPlanFieldsFragment = graphql(`
  fragment FellowshipPlanFields on FellowshipPlan {
    id
    title
    goals
    audience
    platforms
    metrics
    governance
    status
    version
    cohortYear
    listPublicly
    publicSummary
    submittedAt
    updatedAt
    decidedAt
    isMine
    availableActions
    author {
      id
      displayName
      credentials
      jobTitle
      organizationName
    }
    timeline {
      id
      action
      fromStatus
      toStatus
      comment
      actorName
      byAuthor
      createdAt
    }
  }
`);

export const fellowsQuery = graphql(`
  query Fellows {
    fellows {
      id
      displayName
      credentials
      credentialsVerified
      jobTitle
      organizationName
      cohortYear
      summary
    }
  }
`);

export const myFellowshipQuery = graphql(`
  query MyFellowship {
    myFellowship {
      eligible
      eligibilitySource
      canSubmit
      cannotSubmitReason
      isReviewer
      plan {
        ...FellowshipPlanFields
      }
    }
  }
`);

export const fellowshipPlanQuery = graphql(`
  query FellowshipPlan($id: ID!) {
    fellowshipPlan(id: $id) {
      ...FellowshipPlanFields
    }
  }
`);

export const fellowshipReviewQueueQuery = graphql(`
  query FellowshipReviewQueue($statuses: [FellowshipPlanStatus!]) {
    fellowshipReviewQueue(statuses: $statuses) {
      id
      title
      status
      version
      updatedAt
      author {
        id
        displayName
        organizationName
      }
    }
  }
`);

export const submitFellowshipPlanMutation = graphql(`
  mutation SubmitFellowshipPlan($input: FellowshipPlanInput!) {
    submitFellowshipPlan(input: $input) {
      ...FellowshipPlanFields
    }
  }
`);

export const resubmitFellowshipPlanMutation = graphql(`
  mutation ResubmitFellowshipPlan($input: ResubmitFellowshipPlanInput!) {
    resubmitFellowshipPlan(input: $input) {
      ...FellowshipPlanFields
    }
  }
`);

export const reviewFellowshipPlanMutation = graphql(`
  mutation ReviewFellowshipPlan($input: ReviewFellowshipPlanInput!) {
    reviewFellowshipPlan(input: $input) {
      ...FellowshipPlanFields
    }
  }
`);

export const setFellowListingMutation = graphql(`
  mutation SetFellowListing($input: FellowListingInput!) {
    setFellowListing(input: $input) {
      ...FellowshipPlanFields
    }
  }
`);

export const fellowshipRosterQuery = graphql(`
  query FellowshipRoster {
    fellowshipEligibleMembers {
      userId
      displayName
      email
      source
      since
    }
    fellowshipReviewers {
      userId
      displayName
      email
      since
    }
  }
`);

export const grantFellowshipEligibilityMutation = graphql(`
  mutation GrantFellowshipEligibility($input: FellowshipMemberInput!) {
    grantFellowshipEligibility(input: $input) {
      userId
    }
  }
`);

export const setFellowshipReviewerMutation = graphql(`
  mutation SetFellowshipReviewer($input: FellowshipMemberInput!, $reviewer: Boolean!) {
    setFellowshipReviewer(input: $input, reviewer: $reviewer) {
      ok
    }
  }
`);
