import { graphql } from '../../../gql';

export const certificateFieldsFragment = graphql(`
  fragment CertificateFields on Certificate {
    code
    holderName
    courseTitle
    issuedAt
    verifyUrl
    pdfUrl
  }
`);

export const courseModuleSummaryFieldsFragment = graphql(`
  fragment CourseModuleSummaryFields on CourseModuleSummary {
    id
    slug
    position
    title
    summary
    estimatedMinutes
    passMark
    questionCount
    status
    attempts
    bestScore
  }
`);

export const courseQuery = graphql(`
  query Course($slug: String!) {
    course(slug: $slug) {
      id
      slug
      title
      summary
      priceCents
      totalMinutes
      access {
        canStudy
        via
        missing
      }
      modules {
        ...CourseModuleSummaryFields
      }
      progress {
        totalModules
        completedModules
        percent
        resumeModuleSlug
        complete
      }
      certificate {
        ...CertificateFields
      }
    }
  }
`);

export const courseModuleQuery = graphql(`
  query CourseModule($courseSlug: String!, $slug: String!) {
    courseModule(courseSlug: $courseSlug, slug: $slug) {
      id
      slug
      position
      title
      summary
      estimatedMinutes
      passMark
      questionCount
      status
      attempts
      bestScore
      readAt
      courseSlug
      courseTitle
      contentHtml
      videoUrl
      previousModuleSlug
      nextModuleSlug
      questions {
        id
        position
        prompt
        choices
      }
    }
  }
`);

export const markCourseModuleReadMutation = graphql(`
  mutation MarkCourseModuleRead($moduleId: ID!) {
    markCourseModuleRead(moduleId: $moduleId) {
      id
      status
      readAt
    }
  }
`);

export const submitCourseQuizMutation = graphql(`
  mutation SubmitCourseQuiz($input: SubmitQuizInput!) {
    submitCourseQuiz(input: $input) {
      correctCount
      total
      scorePercent
      passMark
      passed
      courseComplete
      results {
        questionId
        choiceIndex
        correct
      }
      module {
        id
        status
        attempts
        bestScore
      }
      certificate {
        ...CertificateFields
      }
    }
  }
`);

export const verifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      holderName
      courseTitle
      issuedAt
    }
  }
`);

export const courseAccessGrantsQuery = graphql(`
  query CourseAccessGrants($courseSlug: String!) {
    courseAccessGrants(courseSlug: $courseSlug) {
      id
      userId
      userEmail
      userDisplayName
      source
      reference
      note
      createdAt
      revokedAt
    }
  }
`);

export const grantCourseAccessMutation = graphql(`
  mutation GrantCourseAccess($input: GrantCourseAccessInput!) {
    grantCourseAccess(input: $input) {
      id
    }
  }
`);

export const revokeCourseAccessMutation = graphql(`
  mutation RevokeCourseAccess($grantId: ID!) {
    revokeCourseAccess(grantId: $grantId) {
      ok
    }
  }
`);

export const courseModuleDraftFieldsFragment = graphql(`
  fragment CourseModuleDraftFields on CourseModuleDraft {
    id
    courseSlug
    slug
    position
    title
    summary
    estimatedMinutes
    contentMd
    videoUrl
    passMark
    questions {
      prompt
      choices
      correctIndex
    }
  }
`);

export const courseModuleDraftQuery = graphql(`
  query CourseModuleDraft($id: ID!) {
    courseModuleDraft(id: $id) {
      ...CourseModuleDraftFields
    }
  }
`);

export const saveCourseModuleMutation = graphql(`
  mutation SaveCourseModule($input: CourseModuleDraftInput!) {
    saveCourseModule(input: $input) {
      ...CourseModuleDraftFields
    }
  }
`);

/** The course sold on its own, bought through the events checkout (`/checkout/<id>?course=<slug>`). */
export const courseProductQuery = graphql(`
  query CourseProduct($courseSlug: String!) {
    courseProduct(courseSlug: $courseSlug) {
      ...TicketTypeFields
    }
  }
`);
