/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    emailVerified\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    roles\n    membership {\n      tier\n      source\n      organizationId\n      organizationName\n      validUntil\n    }\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ok\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation RequestEmailVerification($email: String!) {\n    requestEmailVerification(email: $email) {\n      ok\n    }\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut {\n      ok\n    }\n  }\n": typeof types.LogOutDocument,
    "\n  mutation LogOutEverywhere {\n    logOutEverywhere {\n      ok\n    }\n  }\n": typeof types.LogOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment ViewerFields on Account {\n    ...AccountFields\n    bio\n    timeZone\n    administeredOrganizations {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment AdminOrganizationFields on Organization {\n    ...OrganizationSummary\n    admins {\n      id\n      displayName\n    }\n  }\n": typeof types.AdminOrganizationFieldsFragmentDoc,
    "\n  query AdminOrganizations {\n    organizations {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganizationMembership($input: UpdateOrganizationMembershipInput!) {\n    updateOrganizationMembership(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.UpdateOrganizationMembershipDocument,
    "\n  mutation AdminAddOrganizationDomain($organizationId: ID!, $domain: String!) {\n    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AdminAddOrganizationDomainDocument,
    "\n  mutation ApproveOrganizationDomain($domainId: ID!) {\n    approveOrganizationDomain(domainId: $domainId) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.ApproveOrganizationDomainDocument,
    "\n  mutation AdminRemoveOrganizationDomain($domainId: ID!) {\n    removeOrganizationDomain(domainId: $domainId) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AdminRemoveOrganizationDomainDocument,
    "\n  mutation AddOrganizationAdmin($organizationId: ID!, $email: String!) {\n    addOrganizationAdmin(organizationId: $organizationId, email: $email) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AddOrganizationAdminDocument,
    "\n  fragment AdminAccountFields on Account {\n    ...AccountFields\n    membershipOverride\n    createdAt\n  }\n": typeof types.AdminAccountFieldsFragmentDoc,
    "\n  fragment PremiumGrantFields on PremiumGrant {\n    id\n    startsAt\n    endsAt\n    note\n    source\n    revokedAt\n    createdAt\n  }\n": typeof types.PremiumGrantFieldsFragmentDoc,
    "\n  query AdminUsers($search: String, $after: String, $first: Int! = 20) {\n    users(search: $search, after: $after, first: $first) {\n      nodes {\n        ...AdminAccountFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query PremiumGrants($userId: ID!) {\n    premiumGrants(userId: $userId) {\n      ...PremiumGrantFields\n    }\n  }\n": typeof types.PremiumGrantsDocument,
    "\n  mutation SetCredentialsVerified($userId: ID!, $verified: Boolean!) {\n    setCredentialsVerified(userId: $userId, verified: $verified) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.SetCredentialsVerifiedDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation SetMembershipOverride($userId: ID!, $override: MembershipOverride!) {\n    setMembershipOverride(userId: $userId, override: $override) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.SetMembershipOverrideDocument,
    "\n  mutation GrantPremiumMembership($input: GrantPremiumInput!) {\n    grantPremiumMembership(input: $input) {\n      ...PremiumGrantFields\n    }\n  }\n": typeof types.GrantPremiumMembershipDocument,
    "\n  mutation RevokePremiumGrant($id: ID!) {\n    revokePremiumGrant(id: $id) {\n      ok\n    }\n  }\n": typeof types.RevokePremiumGrantDocument,
    "\n  fragment ForumGroupFields on ForumGroup {\n    id\n    slug\n    name\n    description\n  }\n": typeof types.ForumGroupFieldsFragmentDoc,
    "\n  query ForumGroups {\n    forumGroups {\n      ...ForumGroupFields\n    }\n  }\n": typeof types.ForumGroupsDocument,
    "\n  mutation CreateForumGroup($input: ForumGroupInput!) {\n    createForumGroup(input: $input) {\n      ...ForumGroupFields\n    }\n  }\n": typeof types.CreateForumGroupDocument,
    "\n  mutation CreateForumCategory($input: ForumCategoryInput!) {\n    createForumCategory(input: $input) {\n      ...ForumCategoryFields\n    }\n  }\n": typeof types.CreateForumCategoryDocument,
    "\n  mutation UpdateForumCategory($input: UpdateForumCategoryInput!) {\n    updateForumCategory(input: $input) {\n      ...ForumCategoryFields\n    }\n  }\n": typeof types.UpdateForumCategoryDocument,
    "\n  mutation SetForumGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {\n    setForumGroupMember(groupId: $groupId, userId: $userId, member: $member) {\n      ok\n    }\n  }\n": typeof types.SetForumGroupMemberDocument,
    "\n  query ForumGroupMembers($groupId: ID!) {\n    forumGroupMembers(groupId: $groupId) {\n      userId\n      displayName\n      email\n      addedAt\n    }\n  }\n": typeof types.ForumGroupMembersDocument,
    "\n  query ForumSearch($query: String!, $first: Int! = 20) {\n    forumSearch(query: $query, first: $first) {\n      postId\n      snippet\n      thread {\n        ...ForumThreadSummary\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ForumSearchDocument,
    "\n  mutation FlagForumPost($input: FlagForumPostInput!) {\n    flagForumPost(input: $input) {\n      ok\n    }\n  }\n": typeof types.FlagForumPostDocument,
    "\n  mutation MarkForumAnswer($threadId: ID!, $postId: ID) {\n    markForumAnswer(threadId: $threadId, postId: $postId) {\n      id\n      answerPostId\n    }\n  }\n": typeof types.MarkForumAnswerDocument,
    "\n  query ForumPostHistory($postId: ID!) {\n    forumPostHistory(postId: $postId) {\n      id\n      bodyMd\n      reason\n      createdAt\n    }\n  }\n": typeof types.ForumPostHistoryDocument,
    "\n  mutation EditForumPost($input: EditForumPostInput!) {\n    editForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n": typeof types.EditForumPostDocument,
    "\n  query ForumDraft($scope: String!) {\n    forumDraft(scope: $scope) {\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.ForumDraftDocument,
    "\n  mutation SaveForumDraft($scope: String!, $body: String!, $title: String) {\n    saveForumDraft(scope: $scope, body: $body, title: $title)\n  }\n": typeof types.SaveForumDraftDocument,
    "\n  query ForumCategories {\n    forumCategories {\n      ...ForumCategoryFields\n    }\n  }\n": typeof types.ForumCategoriesDocument,
    "\n  query ForumCategory($slug: String!, $after: String, $first: Int! = 25) {\n    forumCategory(slug: $slug) {\n      ...ForumCategoryFields\n      threads(first: $first, after: $after) {\n        nodes {\n          ...ForumThreadSummary\n        }\n        nextCursor\n      }\n    }\n  }\n": typeof types.ForumCategoryDocument,
    "\n  query ForumThread($id: ID!, $after: String, $first: Int! = 50) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      lastReadSeq\n      category {\n        ...ForumCategoryFields\n      }\n      posts(first: $first, after: $after) {\n        nodes {\n          ...ForumPostFields\n        }\n        nextCursor\n      }\n    }\n  }\n": typeof types.ForumThreadDocument,
    "\n  fragment ForumPostResultFields on ForumPostResult {\n    held\n    thread {\n      ...ForumThreadSummary\n    }\n    post {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ForumPostResultFieldsFragmentDoc,
    "\n  mutation CreateForumThread($input: CreateForumThreadInput!) {\n    createForumThread(input: $input) {\n      ...ForumPostResultFields\n    }\n  }\n": typeof types.CreateForumThreadDocument,
    "\n  mutation CreateForumPost($input: CreateForumPostInput!) {\n    createForumPost(input: $input) {\n      ...ForumPostResultFields\n    }\n  }\n": typeof types.CreateForumPostDocument,
    "\n  mutation DeleteForumPost($postId: ID!) {\n    deleteForumPost(postId: $postId) {\n      ok\n    }\n  }\n": typeof types.DeleteForumPostDocument,
    "\n  mutation ReactToForumPost($postId: ID!, $kind: ReactionKind!, $on: Boolean!) {\n    reactToForumPost(postId: $postId, kind: $kind, on: $on) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n": typeof types.ReactToForumPostDocument,
    "\n  fragment ForumAuthorFields on ForumAuthor {\n    userId\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    anonymous\n    isYou\n  }\n": typeof types.ForumAuthorFieldsFragmentDoc,
    "\n  fragment ForumCategoryFields on ForumCategory {\n    id\n    slug\n    name\n    description\n    audience\n    allowAnonymous\n    requirePremoderation\n    canPost\n    unreadThreads\n  }\n": typeof types.ForumCategoryFieldsFragmentDoc,
    "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    status\n    pinned\n    locked\n    postCount\n    categoryId\n    createdAt\n    lastPostAt\n    unreadCount\n    answerPostId\n    author {\n      ...ForumAuthorFields\n    }\n  }\n": typeof types.ForumThreadSummaryFragmentDoc,
    "\n  fragment ForumPostFields on ForumPost {\n    id\n    threadId\n    seq\n    bodyHtml\n    bodyMd\n    status\n    heldReason\n    phiFindings {\n      kind\n      confidence\n      start\n      end\n      text\n      reason\n    }\n    author {\n      ...ForumAuthorFields\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    createdAt\n    editedAt\n    # Fields spelled out, not a fragment: the API's depth limit counts fragment spreads as levels.\n    pendingEdit {\n      bodyHtml\n      bodyMd\n      heldReason\n      phiFindings {\n        kind\n        confidence\n        start\n        end\n        text\n        reason\n      }\n      createdAt\n    }\n  }\n": typeof types.ForumPostFieldsFragmentDoc,
    "\n  query ModerationQueue {\n    moderationQueue {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ModerationLog {\n    moderationLog {\n      id\n      action\n      targetType\n      targetId\n      reason\n      actorName\n      createdAt\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  mutation ModerateForumPost($input: ModerateForumPostInput!) {\n    moderateForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ModerateForumPostDocument,
    "\n  mutation SetForumThreadFlags($threadId: ID!, $locked: Boolean, $pinned: Boolean, $reason: String) {\n    setForumThreadFlags(threadId: $threadId, locked: $locked, pinned: $pinned, reason: $reason) {\n      ok\n    }\n  }\n": typeof types.SetForumThreadFlagsDocument,
    "\n  mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n    revealAnonymousAuthor(postId: $postId, reason: $reason) {\n      userId\n      displayName\n      email\n    }\n  }\n": typeof types.RevealAnonymousAuthorDocument,
    "\n  query ModerationFlags {\n    moderationFlags {\n      id\n      reason\n      note\n      createdAt\n      post {\n        ...ForumPostFields\n      }\n    }\n  }\n": typeof types.ModerationFlagsDocument,
    "\n  mutation MoveForumThread($threadId: ID!, $categoryId: ID!, $reason: String!) {\n    moveForumThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) {\n      ok\n    }\n  }\n": typeof types.MoveForumThreadDocument,
    "\n  mutation WarnForumMember($userId: ID!, $reason: String!) {\n    warnForumMember(userId: $userId, reason: $reason) {\n      ok\n    }\n  }\n": typeof types.WarnForumMemberDocument,
    "\n  mutation SuspendForumMember($userId: ID!, $until: DateTime, $reason: String!) {\n    suspendForumMember(userId: $userId, until: $until, reason: $reason) {\n      ok\n    }\n  }\n": typeof types.SuspendForumMemberDocument,
    "\n  mutation DismissForumFlags($input: DismissForumFlagsInput!) {\n    dismissForumFlags(input: $input) {\n      ok\n    }\n  }\n": typeof types.DismissForumFlagsDocument,
    "\n  fragment ExpertCardFields on Expert {\n    id\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    headline\n    topics\n    timeZone\n    accepting\n  }\n": typeof types.ExpertCardFieldsFragmentDoc,
    "\n  fragment ConsultationTypeFields on ConsultationType {\n    id\n    expertId\n    title\n    description\n    durationMinutes\n    mode\n    room\n    meetingUrl\n    intakeQuestion\n    active\n  }\n": typeof types.ConsultationTypeFieldsFragmentDoc,
    "\n  fragment ConsultationFields on Consultation {\n    id\n    expertId\n    typeId\n    title\n    mode\n    location\n    startsAt\n    endsAt\n    timeZone\n    status\n    intakeAnswer\n    expertNotes\n    sequence\n    cancelReason\n    viewerRole\n    canReschedule\n    canCancel\n    icsUrl\n    expert {\n      id\n      displayName\n      credentials\n    }\n    member {\n      id\n      displayName\n      credentials\n      organizationName\n    }\n  }\n": typeof types.ConsultationFieldsFragmentDoc,
    "\n  query Experts($topic: String) {\n    experts(topic: $topic) {\n      ...ExpertCardFields\n      consultationTypes {\n        id\n        title\n        durationMinutes\n        mode\n      }\n    }\n    expertTopics\n  }\n": typeof types.ExpertsDocument,
    "\n  query ExpertPage($id: ID!) {\n    expert(id: $id) {\n      ...ExpertCardFields\n      bio\n      consultationTypes {\n        ...ConsultationTypeFields\n      }\n    }\n  }\n": typeof types.ExpertPageDocument,
    "\n  query ConsultationSlots($typeId: ID!, $timeZone: String!, $from: DateTime, $days: Int) {\n    consultationSlots(typeId: $typeId, timeZone: $timeZone, from: $from, days: $days) {\n      date\n      slots {\n        start\n        end\n        label\n        onSite\n      }\n    }\n  }\n": typeof types.ConsultationSlotsDocument,
    "\n  mutation BookConsultation($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.BookConsultationDocument,
    "\n  mutation RescheduleConsultation($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.RescheduleConsultationDocument,
    "\n  mutation CancelConsultation($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.CancelConsultationDocument,
    "\n  query MyConsultations {\n    myConsultations {\n      ...ConsultationFields\n    }\n  }\n": typeof types.MyConsultationsDocument,
    "\n  query ExpertConsultations {\n    expertConsultations {\n      ...ConsultationFields\n    }\n  }\n": typeof types.ExpertConsultationsDocument,
    "\n  query ConsultationByLink($token: String!) {\n    consultationByLink(token: $token) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.ConsultationByLinkDocument,
    "\n  mutation SetConsultationOutcome($id: ID!, $outcome: ConsultationOutcome!) {\n    setConsultationOutcome(id: $id, outcome: $outcome) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.SetConsultationOutcomeDocument,
    "\n  mutation SetConsultationNotes($id: ID!, $notes: String!) {\n    setConsultationNotes(id: $id, notes: $notes) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.SetConsultationNotesDocument,
    "\n  fragment ExpertAvailabilityFields on ExpertAvailability {\n    expertId\n    headline\n    topics\n    accepting\n    timeZone\n    weeklyRules {\n      weekday\n      start\n      end\n    }\n    dateOverrides {\n      date\n      kind\n      start\n      end\n    }\n    onSiteBlocks {\n      id\n      start\n      end\n      room\n      eventSessionId\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    horizonDays\n    maxPerDay\n    consultationTypes {\n      ...ConsultationTypeFields\n    }\n  }\n": typeof types.ExpertAvailabilityFieldsFragmentDoc,
    "\n  query ExpertAvailability {\n    expertAvailability {\n      ...ExpertAvailabilityFields\n    }\n  }\n": typeof types.ExpertAvailabilityDocument,
    "\n  mutation UpdateExpertAvailability($input: ExpertAvailabilityInput!) {\n    updateExpertAvailability(input: $input) {\n      ...ExpertAvailabilityFields\n    }\n  }\n": typeof types.UpdateExpertAvailabilityDocument,
    "\n  mutation UpdateExpertProfile($input: ExpertProfileInput!) {\n    updateExpertProfile(input: $input) {\n      ...ExpertAvailabilityFields\n    }\n  }\n": typeof types.UpdateExpertProfileDocument,
    "\n  mutation SaveConsultationType($input: ConsultationTypeInput!) {\n    saveConsultationType(input: $input) {\n      ...ConsultationTypeFields\n    }\n  }\n": typeof types.SaveConsultationTypeDocument,
    "\n  fragment CalendarLinksFields on CalendarLinks {\n    httpsUrl\n    webcalUrl\n    googleUrl\n    publicHttpsUrl\n    publicWebcalUrl\n  }\n": typeof types.CalendarLinksFieldsFragmentDoc,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      ...CalendarLinksFields\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      ...CalendarLinksFields\n    }\n  }\n": typeof types.RegenerateCalendarFeedDocument,
    "\n  fragment DirectoryEntryFields on DirectoryEntry {\n    id\n    name\n    type\n    countryCode\n    countryName\n    region\n    city\n    website\n    websiteDomain\n    accounts {\n      platform\n      url\n    }\n  }\n": typeof types.DirectoryEntryFieldsFragmentDoc,
    "\n  fragment DirectoryListingFields on DirectoryListing {\n    ...DirectoryEntryFields\n    updatedAt\n  }\n": typeof types.DirectoryListingFieldsFragmentDoc,
    "\n  query DirectoryGrid($query: DirectoryQueryInput) {\n    directory(query: $query) {\n      totalCount\n      offset\n      limit\n      exportPath\n      nodes {\n        ...DirectoryListingFields\n      }\n      facets {\n        countries {\n          value\n          label\n          count\n        }\n        types {\n          value\n          label\n          count\n        }\n        platforms {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.DirectoryGridDocument,
    "\n  mutation SubmitDirectoryListing($input: SubmitDirectoryListingInput!) {\n    submitDirectoryListing(input: $input) {\n      status\n      organizationName\n    }\n  }\n": typeof types.SubmitDirectoryListingDocument,
    "\n  mutation ConfirmDirectorySubmission($token: String!) {\n    confirmDirectorySubmission(token: $token) {\n      status\n      organizationName\n    }\n  }\n": typeof types.ConfirmDirectorySubmissionDocument,
    "\n  query DirectoryEditForm($token: String!) {\n    directoryEditForm(token: $token) {\n      updatePending\n      listing {\n        ...DirectoryListingFields\n      }\n    }\n  }\n": typeof types.DirectoryEditFormDocument,
    "\n  mutation UpdateDirectoryListing($token: String!, $input: DirectoryListingInput!) {\n    updateDirectoryListing(token: $token, input: $input) {\n      status\n      organizationName\n    }\n  }\n": typeof types.UpdateDirectoryListingDocument,
    "\n  mutation RequestDirectoryEditLinks($email: String!) {\n    requestDirectoryEditLinks(email: $email)\n  }\n": typeof types.RequestDirectoryEditLinksDocument,
    "\n  query DirectoryReviewQueue {\n    directoryReviewQueue {\n      totalCount\n      nodes {\n        ...DirectoryEntryFields\n        kind\n        status\n        submitterEmail\n        submittedAt\n        confirmedAt\n        currentListing {\n          ...DirectoryListingFields\n        }\n        duplicates {\n          ...DirectoryEntryFields\n          source\n          matchedOn\n        }\n      }\n    }\n  }\n": typeof types.DirectoryReviewQueueDocument,
    "\n  mutation ApproveDirectorySubmission($id: ID!) {\n    approveDirectorySubmission(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ApproveDirectorySubmissionDocument,
    "\n  mutation RejectDirectorySubmission($id: ID!, $reason: String!) {\n    rejectDirectorySubmission(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectDirectorySubmissionDocument,
    "\n  mutation RemoveDirectoryListing($id: ID!, $reason: String!) {\n    removeDirectoryListing(id: $id, reason: $reason)\n  }\n": typeof types.RemoveDirectoryListingDocument,
    "\n  query EventById($id: ID!) {\n    eventById(id: $id) {\n      ...EventDetailFields\n      agenda {\n        ...AgendaDayFields\n      }\n    }\n  }\n": typeof types.EventByIdDocument,
    "\n  mutation CreateEvent($input: EventFieldsInput!) {\n    createEvent(input: $input) {\n      ...EventSummaryFields\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventSummaryFields\n      description\n      venueAddress\n      cancellationDeadline\n      joinUrl\n      recordingUrl\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation CancelEvent($eventId: ID!, $reason: String) {\n    cancelEvent(eventId: $eventId, reason: $reason) {\n      eventId\n      ordersCancelled\n      seatsCancelled\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation CreateEventSession($input: CreateSessionInput!) {\n    createEventSession(input: $input) {\n      ...EventSessionFields\n    }\n  }\n": typeof types.CreateEventSessionDocument,
    "\n  mutation DeleteEventSession($sessionId: ID!) {\n    deleteEventSession(sessionId: $sessionId) {\n      ok\n    }\n  }\n": typeof types.DeleteEventSessionDocument,
    "\n  mutation CreateTicketType($input: CreateTicketTypeInput!) {\n    createTicketType(input: $input) {\n      ...TicketTypeFields\n    }\n  }\n": typeof types.CreateTicketTypeDocument,
    "\n  mutation UpdateTicketType($input: UpdateTicketTypeInput!) {\n    updateTicketType(input: $input) {\n      ...TicketTypeFields\n    }\n  }\n": typeof types.UpdateTicketTypeDocument,
    "\n  query PromoCodes($eventId: ID) {\n    promoCodes(eventId: $eventId) {\n      id\n      code\n      description\n      percentOff\n      amountOffCents\n      maxUses\n      uses\n      expiresAt\n      active\n      eventId\n      ticketTypeIds\n    }\n  }\n": typeof types.PromoCodesDocument,
    "\n  mutation CreatePromoCode($input: CreatePromoCodeInput!) {\n    createPromoCode(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreatePromoCodeDocument,
    "\n  mutation UpdatePromoCode($input: UpdatePromoCodeInput!) {\n    updatePromoCode(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.UpdatePromoCodeDocument,
    "\n  query EventRegistrations($filter: EventRegistrationsFilterInput!) {\n    eventRegistrations(filter: $filter) {\n      checkedIn\n      confirmed\n      items {\n        id\n        orderId\n        status\n        ticketTypeName\n        attendeeName\n        attendeeEmail\n        attendeeCredentials\n        attendeeOrganization\n        orderState\n        checkedInAt\n        checkedInAtVenue\n      }\n    }\n  }\n": typeof types.EventRegistrationsDocument,
    "\n  fragment CheckInPersonFields on EventRegistration {\n    id\n    attendeeName\n    attendeeCredentials\n    attendeeOrganization\n    ticketTypeName\n    checkedInAt\n    checkedInAtVenue\n  }\n": typeof types.CheckInPersonFieldsFragmentDoc,
    "\n  fragment EventAttendanceFields on EventAttendance {\n    eventId\n    checkedIn\n    confirmed\n  }\n": typeof types.EventAttendanceFieldsFragmentDoc,
    "\n  fragment CheckInResultFields on CheckInResult {\n    checkedInAt\n    checkedInAtVenue\n    attendance {\n      ...EventAttendanceFields\n    }\n    registration {\n      ...CheckInPersonFields\n    }\n  }\n": typeof types.CheckInResultFieldsFragmentDoc,
    "\n  query CheckInSearch($eventId: ID!, $query: String!) {\n    checkInSearch(eventId: $eventId, query: $query) {\n      ...CheckInPersonFields\n    }\n  }\n": typeof types.CheckInSearchDocument,
    "\n  query EventAttendance($eventId: ID!) {\n    eventAttendance(eventId: $eventId) {\n      ...EventAttendanceFields\n    }\n  }\n": typeof types.EventAttendanceDocument,
    "\n  mutation CheckInTicket($eventId: ID!, $token: String!) {\n    checkInTicket(eventId: $eventId, token: $token) {\n      ...CheckInResultFields\n    }\n  }\n": typeof types.CheckInTicketDocument,
    "\n  mutation CheckInRegistration($eventId: ID!, $registrationId: ID!) {\n    checkInRegistration(eventId: $eventId, registrationId: $registrationId) {\n      ...CheckInResultFields\n    }\n  }\n": typeof types.CheckInRegistrationDocument,
    "\n  mutation MarkOrderPaid($orderId: ID!, $reference: String) {\n    markOrderPaid(orderId: $orderId, reference: $reference) {\n      id\n      state\n      paidAt\n    }\n  }\n": typeof types.MarkOrderPaidDocument,
    "\n  fragment TicketTypeFields on TicketType {\n    id\n    kind\n    name\n    description\n    eventId\n    bundleEventIds\n    listPriceCents\n    capacity\n    seatsLeft\n    soldOut\n    onSale\n    audience\n    inPerson\n    includedInPremium\n    maxPerOrder\n    membershipMonths\n    saleStartsAt\n    saleEndsAt\n  }\n": typeof types.TicketTypeFieldsFragmentDoc,
    "\n  fragment EventSummaryFields on Event {\n    id\n    slug\n    kind\n    title\n    summary\n    status\n    timeZone\n    startsAt\n    endsAt\n    venueStart\n    venueName\n  }\n": typeof types.EventSummaryFieldsFragmentDoc,
    "\n  fragment EventSessionFields on EventSession {\n    id\n    eventId\n    type\n    title\n    description\n    track\n    room\n    startsAt\n    endsAt\n    venueStart\n    venueEnd\n    speakers {\n      userId\n      displayName\n      credentials\n    }\n  }\n": typeof types.EventSessionFieldsFragmentDoc,
    "\n  fragment EventQuestionFields on EventQuestion {\n    id\n    label\n    kind\n    options\n    required\n  }\n": typeof types.EventQuestionFieldsFragmentDoc,
    "\n  fragment PersonalAgendaFields on PersonalAgenda {\n    eventId\n    registrationId\n    sessions {\n      id\n    }\n    clashes {\n      sessionId\n      clashesWith\n    }\n  }\n": typeof types.PersonalAgendaFieldsFragmentDoc,
    "\n  fragment EventRegistrationFields on EventRegistration {\n    id\n    orderId\n    orderState\n    status\n    ticketTypeId\n    ticketTypeName\n    attendeeName\n    attendeeEmail\n    attendeeCredentials\n    attendeeOrganization\n    isAttendee\n    isBuyer\n    canCancel\n    canTransfer\n    cancelUntil\n    cancelledAt\n    checkedInAt\n    checkedInAtVenue\n    transferredAt\n    refundCents\n    joinUrl\n    recordingUrl\n    ticketToken\n    ticketQrDataUrl\n    event {\n      ...EventSummaryFields\n    }\n  }\n": typeof types.EventRegistrationFieldsFragmentDoc,
    "\n  fragment OrderFields on Order {\n    id\n    state\n    subtotalCents\n    discountCents\n    totalCents\n    discountReason\n    explanation\n    holdExpiresAt\n    invoiceNumber\n    paymentProvider\n    createdAt\n    confirmedAt\n    paidAt\n    cancelledAt\n    refundedAt\n    refundCents\n    lines {\n      ticketTypeId\n      name\n      quantity\n      unitListCents\n      unitDiscountCents\n      lineTotalCents\n    }\n    registrations {\n      id\n      eventId\n      attendeeName\n      status\n    }\n  }\n": typeof types.OrderFieldsFragmentDoc,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    eventId\n    ticketTypeId\n    quantity\n    status\n    position\n    offerExpiresAt\n    orderId\n    createdAt\n  }\n": typeof types.WaitlistEntryFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventSummaryFields\n    description\n    venueAddress\n    venueEnd\n    cancellationDeadline\n    includesCourse\n    joinUrl\n    recordingUrl\n    questions {\n      ...EventQuestionFields\n    }\n    ticketTypes {\n      ...TicketTypeFields\n    }\n  }\n": typeof types.EventDetailFieldsFragmentDoc,
    "\n  query Events($kind: EventKind, $includePast: Boolean! = false) {\n    events(kind: $kind, includePast: $includePast) {\n      ...EventSummaryFields\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.EventDocument,
    "\n  fragment AgendaDayFields on AgendaDay {\n    date\n    tracks {\n      name\n      sessions {\n        ...EventSessionFields\n      }\n    }\n  }\n": typeof types.AgendaDayFieldsFragmentDoc,
    "\n  query EventAgenda($slug: String!) {\n    event(slug: $slug) {\n      ...EventSummaryFields\n      agenda {\n        ...AgendaDayFields\n      }\n    }\n  }\n": typeof types.EventAgendaDocument,
    "\n  query MyAgenda($eventId: ID!) {\n    myAgenda(eventId: $eventId) {\n      ...PersonalAgendaFields\n    }\n  }\n": typeof types.MyAgendaDocument,
    "\n  mutation ChooseAgendaSession($sessionId: ID!) {\n    chooseAgendaSession(sessionId: $sessionId) {\n      warning\n      clashesWith {\n        id\n        title\n      }\n      agenda {\n        ...PersonalAgendaFields\n      }\n    }\n  }\n": typeof types.ChooseAgendaSessionDocument,
    "\n  mutation RemoveAgendaSession($sessionId: ID!) {\n    removeAgendaSession(sessionId: $sessionId) {\n      ...PersonalAgendaFields\n    }\n  }\n": typeof types.RemoveAgendaSessionDocument,
    "\n  query MembershipProducts {\n    membershipProducts {\n      ...TicketTypeFields\n    }\n  }\n": typeof types.MembershipProductsDocument,
    "\n  query PriceQuote($input: PriceQuoteInput!) {\n    priceQuote(input: $input) {\n      ticketTypeId\n      quantity\n      buyerTier\n      unitListCents\n      unitDiscountCents\n      unitTotalCents\n      listPriceCents\n      discountCents\n      totalCents\n      reason\n      explanation\n      promoCode\n      promoProblem\n    }\n  }\n": typeof types.PriceQuoteDocument,
    "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      ...OrderFields\n    }\n  }\n": typeof types.CheckoutDocument,
    "\n  mutation ConfirmOrder($orderId: ID!) {\n    confirmOrder(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n": typeof types.ConfirmOrderDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      ...OrderFields\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  query MyTickets {\n    myRegistrations {\n      ...EventRegistrationFields\n    }\n    myOrders {\n      ...OrderFields\n    }\n    myWaitlist {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  mutation CancelRegistration($registrationId: ID!) {\n    cancelRegistration(registrationId: $registrationId) {\n      ...EventRegistrationFields\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  mutation TransferRegistration($input: TransferRegistrationInput!) {\n    transferRegistration(input: $input) {\n      ...EventRegistrationFields\n    }\n  }\n": typeof types.TransferRegistrationDocument,
    "\n  mutation JoinWaitlist($ticketTypeId: ID!, $quantity: Int!) {\n    joinWaitlist(ticketTypeId: $ticketTypeId, quantity: $quantity) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.JoinWaitlistDocument,
    "\n  mutation LeaveWaitlist($entryId: ID!) {\n    leaveWaitlist(entryId: $entryId) {\n      ok\n    }\n  }\n": typeof types.LeaveWaitlistDocument,
    "\n  mutation DeclineWaitlistOffer($entryId: ID!) {\n    declineWaitlistOffer(entryId: $entryId) {\n      ok\n    }\n  }\n": typeof types.DeclineWaitlistOfferDocument,
    "\n  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) {\n      ...OrderFields\n    }\n  }\n": typeof types.AcceptWaitlistOfferDocument,
    "\n  query CheckoutEvent($id: ID!) {\n    eventById(id: $id) {\n      ...EventSummaryFields\n      questions {\n        ...EventQuestionFields\n      }\n      ticketTypes {\n        ...TicketTypeFields\n      }\n    }\n  }\n": typeof types.CheckoutEventDocument,
    "\n  fragment FellowshipPlanFields on FellowshipPlan {\n    id\n    title\n    goals\n    audience\n    platforms\n    metrics\n    governance\n    status\n    version\n    cohortYear\n    listPublicly\n    publicSummary\n    submittedAt\n    updatedAt\n    decidedAt\n    isMine\n    availableActions\n    author {\n      id\n      displayName\n      credentials\n      jobTitle\n      organizationName\n    }\n    timeline {\n      id\n      action\n      fromStatus\n      toStatus\n      comment\n      actorName\n      byAuthor\n      createdAt\n    }\n  }\n": typeof types.FellowshipPlanFieldsFragmentDoc,
    "\n  query Fellows {\n    fellows {\n      id\n      displayName\n      credentials\n      credentialsVerified\n      jobTitle\n      organizationName\n      cohortYear\n      summary\n    }\n  }\n": typeof types.FellowsDocument,
    "\n  query MyFellowship {\n    myFellowship {\n      eligible\n      eligibilitySource\n      canSubmit\n      cannotSubmitReason\n      isReviewer\n      plan {\n        ...FellowshipPlanFields\n      }\n    }\n  }\n": typeof types.MyFellowshipDocument,
    "\n  query FellowshipPlan($id: ID!) {\n    fellowshipPlan(id: $id) {\n      ...FellowshipPlanFields\n    }\n  }\n": typeof types.FellowshipPlanDocument,
    "\n  query FellowshipReviewQueue($statuses: [FellowshipPlanStatus!]) {\n    fellowshipReviewQueue(statuses: $statuses) {\n      id\n      title\n      status\n      version\n      updatedAt\n      author {\n        id\n        displayName\n        organizationName\n      }\n    }\n  }\n": typeof types.FellowshipReviewQueueDocument,
    "\n  mutation SubmitFellowshipPlan($input: FellowshipPlanInput!) {\n    submitFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n": typeof types.SubmitFellowshipPlanDocument,
    "\n  mutation ResubmitFellowshipPlan($input: ResubmitFellowshipPlanInput!) {\n    resubmitFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n": typeof types.ResubmitFellowshipPlanDocument,
    "\n  mutation ReviewFellowshipPlan($input: ReviewFellowshipPlanInput!) {\n    reviewFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n": typeof types.ReviewFellowshipPlanDocument,
    "\n  mutation SetFellowListing($input: FellowListingInput!) {\n    setFellowListing(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n": typeof types.SetFellowListingDocument,
    "\n  query FellowshipRoster {\n    fellowshipEligibleMembers {\n      userId\n      displayName\n      email\n      source\n      since\n    }\n    fellowshipReviewers {\n      userId\n      displayName\n      email\n      since\n    }\n  }\n": typeof types.FellowshipRosterDocument,
    "\n  mutation GrantFellowshipEligibility($input: FellowshipMemberInput!) {\n    grantFellowshipEligibility(input: $input) {\n      userId\n    }\n  }\n": typeof types.GrantFellowshipEligibilityDocument,
    "\n  mutation SetFellowshipReviewer($input: FellowshipMemberInput!, $reviewer: Boolean!) {\n    setFellowshipReviewer(input: $input, reviewer: $reviewer) {\n      ok\n    }\n  }\n": typeof types.SetFellowshipReviewerDocument,
    "\n  fragment CertificateFields on Certificate {\n    code\n    holderName\n    courseTitle\n    issuedAt\n    verifyUrl\n    pdfUrl\n  }\n": typeof types.CertificateFieldsFragmentDoc,
    "\n  fragment CourseModuleSummaryFields on CourseModuleSummary {\n    id\n    slug\n    position\n    title\n    summary\n    estimatedMinutes\n    passMark\n    questionCount\n    status\n    attempts\n    bestScore\n  }\n": typeof types.CourseModuleSummaryFieldsFragmentDoc,
    "\n  query Course($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      priceCents\n      totalMinutes\n      access {\n        canStudy\n        via\n        missing\n      }\n      modules {\n        ...CourseModuleSummaryFields\n      }\n      progress {\n        totalModules\n        completedModules\n        percent\n        resumeModuleSlug\n        complete\n      }\n      certificate {\n        ...CertificateFields\n      }\n    }\n  }\n": typeof types.CourseDocument,
    "\n  query CourseModule($courseSlug: String!, $slug: String!) {\n    courseModule(courseSlug: $courseSlug, slug: $slug) {\n      id\n      slug\n      position\n      title\n      summary\n      estimatedMinutes\n      passMark\n      questionCount\n      status\n      attempts\n      bestScore\n      readAt\n      courseSlug\n      courseTitle\n      contentHtml\n      videoUrl\n      previousModuleSlug\n      nextModuleSlug\n      questions {\n        id\n        position\n        prompt\n        choices\n      }\n    }\n  }\n": typeof types.CourseModuleDocument,
    "\n  mutation MarkCourseModuleRead($moduleId: ID!) {\n    markCourseModuleRead(moduleId: $moduleId) {\n      id\n      status\n      readAt\n    }\n  }\n": typeof types.MarkCourseModuleReadDocument,
    "\n  mutation SubmitCourseQuiz($input: SubmitQuizInput!) {\n    submitCourseQuiz(input: $input) {\n      correctCount\n      total\n      scorePercent\n      passMark\n      passed\n      courseComplete\n      results {\n        questionId\n        choiceIndex\n        correct\n      }\n      module {\n        id\n        status\n        attempts\n        bestScore\n      }\n      certificate {\n        ...CertificateFields\n      }\n    }\n  }\n": typeof types.SubmitCourseQuizDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      holderName\n      courseTitle\n      issuedAt\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  query CourseAccessGrants($courseSlug: String!) {\n    courseAccessGrants(courseSlug: $courseSlug) {\n      id\n      userId\n      userEmail\n      userDisplayName\n      source\n      reference\n      note\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.CourseAccessGrantsDocument,
    "\n  mutation GrantCourseAccess($input: GrantCourseAccessInput!) {\n    grantCourseAccess(input: $input) {\n      id\n    }\n  }\n": typeof types.GrantCourseAccessDocument,
    "\n  mutation RevokeCourseAccess($grantId: ID!) {\n    revokeCourseAccess(grantId: $grantId) {\n      ok\n    }\n  }\n": typeof types.RevokeCourseAccessDocument,
    "\n  fragment CourseModuleDraftFields on CourseModuleDraft {\n    id\n    courseSlug\n    slug\n    position\n    title\n    summary\n    estimatedMinutes\n    contentMd\n    videoUrl\n    passMark\n    questions {\n      prompt\n      choices\n      correctIndex\n    }\n  }\n": typeof types.CourseModuleDraftFieldsFragmentDoc,
    "\n  query CourseModuleDraft($id: ID!) {\n    courseModuleDraft(id: $id) {\n      ...CourseModuleDraftFields\n    }\n  }\n": typeof types.CourseModuleDraftDocument,
    "\n  mutation SaveCourseModule($input: CourseModuleDraftInput!) {\n    saveCourseModule(input: $input) {\n      ...CourseModuleDraftFields\n    }\n  }\n": typeof types.SaveCourseModuleDocument,
    "\n  query CourseProduct($courseSlug: String!) {\n    courseProduct(courseSlug: $courseSlug) {\n      ...TicketTypeFields\n    }\n  }\n": typeof types.CourseProductDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    threadId\n    postId\n    postSeq\n    threadTitle\n    actorName\n    excerpt\n    readAt\n    createdAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int! = 20, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      nextCursor\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      count\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkForumThreadRead($threadId: ID!, $seq: Int!) {\n    markForumThreadRead(threadId: $threadId, seq: $seq) {\n      threadId\n      lastReadSeq\n      unreadNotificationCount\n    }\n  }\n": typeof types.MarkForumThreadReadDocument,
    "\n  query ForumWatch($threadId: ID, $categoryId: ID) {\n    forumWatch(threadId: $threadId, categoryId: $categoryId) {\n      threadId\n      categoryId\n      level\n      source\n    }\n  }\n": typeof types.ForumWatchDocument,
    "\n  mutation SetForumWatch($input: SetForumWatchInput!) {\n    setForumWatch(input: $input) {\n      threadId\n      categoryId\n      level\n      source\n    }\n  }\n": typeof types.SetForumWatchDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      emailMode\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  query ForumMentionCandidates($threadId: ID!, $search: String! = \"\") {\n    forumMentionCandidates(threadId: $threadId, search: $search) {\n      userId\n      displayName\n      markdown\n    }\n  }\n": typeof types.ForumMentionCandidatesDocument,
    "\n  fragment MemberSummary on UserProfile {\n    id\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n  }\n": typeof types.MemberSummaryFragmentDoc,
    "\n  fragment OrganizationSummary on Organization {\n    id\n    name\n    status\n    active\n    membershipStartsAt\n    membershipEndsAt\n    domains {\n      id\n      domain\n      approved\n      createdAt\n    }\n  }\n": typeof types.OrganizationSummaryFragmentDoc,
    "\n  fragment OrganizationDetails on Organization {\n    ...OrganizationSummary\n    admins {\n      ...MemberSummary\n    }\n    coveredMembers {\n      ...MemberSummary\n    }\n  }\n": typeof types.OrganizationDetailsFragmentDoc,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationDetails\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation AddOrganizationDomain($organizationId: ID!, $domain: String!) {\n    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {\n      ...OrganizationDetails\n    }\n  }\n": typeof types.AddOrganizationDomainDocument,
    "\n  mutation RemoveOrganizationDomain($domainId: ID!) {\n    removeOrganizationDomain(domainId: $domainId) {\n      ...OrganizationDetails\n    }\n  }\n": typeof types.RemoveOrganizationDomainDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    slug\n    kind\n    audience\n    title\n    summary\n    tags\n    previewHtml\n    access\n    invitation\n    published\n    publishedAt\n    updatedAt\n  }\n": typeof types.ResourceFieldsFragmentDoc,
    "\n  query Resources($filter: ResourceFilterInput) {\n    resources(filter: $filter) {\n      total\n      nodes {\n        ...ResourceFields\n      }\n    }\n    resourceTags {\n      tag\n      count\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  query Resource($slug: String!) {\n    resource(slug: $slug) {\n      ...ResourceFields\n      bodyHtml\n      linkUrl\n      bodyMd\n    }\n  }\n": typeof types.ResourceDocument,
    "\n  mutation CreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.CreateResourceDocument,
    "\n  mutation UpdateResource($id: ID!, $input: ResourceInput!) {\n    updateResource(id: $id, input: $input) {\n      ...ResourceFields\n      bodyHtml\n      linkUrl\n      bodyMd\n    }\n  }\n": typeof types.UpdateResourceDocument,
    "\n  mutation SetResourcePublished($id: ID!, $published: Boolean!) {\n    setResourcePublished(id: $id, published: $published) {\n      ...ResourceFields\n    }\n  }\n": typeof types.SetResourcePublishedDocument,
};
const documents: Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    emailVerified\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    roles\n    membership {\n      tier\n      source\n      organizationId\n      organizationName\n      validUntil\n    }\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ok\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation RequestEmailVerification($email: String!) {\n    requestEmailVerification(email: $email) {\n      ok\n    }\n  }\n": types.RequestEmailVerificationDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut {\n      ok\n    }\n  }\n": types.LogOutDocument,
    "\n  mutation LogOutEverywhere {\n    logOutEverywhere {\n      ok\n    }\n  }\n": types.LogOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment ViewerFields on Account {\n    ...AccountFields\n    bio\n    timeZone\n    administeredOrganizations {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment AdminOrganizationFields on Organization {\n    ...OrganizationSummary\n    admins {\n      id\n      displayName\n    }\n  }\n": types.AdminOrganizationFieldsFragmentDoc,
    "\n  query AdminOrganizations {\n    organizations {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganizationMembership($input: UpdateOrganizationMembershipInput!) {\n    updateOrganizationMembership(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.UpdateOrganizationMembershipDocument,
    "\n  mutation AdminAddOrganizationDomain($organizationId: ID!, $domain: String!) {\n    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AdminAddOrganizationDomainDocument,
    "\n  mutation ApproveOrganizationDomain($domainId: ID!) {\n    approveOrganizationDomain(domainId: $domainId) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.ApproveOrganizationDomainDocument,
    "\n  mutation AdminRemoveOrganizationDomain($domainId: ID!) {\n    removeOrganizationDomain(domainId: $domainId) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AdminRemoveOrganizationDomainDocument,
    "\n  mutation AddOrganizationAdmin($organizationId: ID!, $email: String!) {\n    addOrganizationAdmin(organizationId: $organizationId, email: $email) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AddOrganizationAdminDocument,
    "\n  fragment AdminAccountFields on Account {\n    ...AccountFields\n    membershipOverride\n    createdAt\n  }\n": types.AdminAccountFieldsFragmentDoc,
    "\n  fragment PremiumGrantFields on PremiumGrant {\n    id\n    startsAt\n    endsAt\n    note\n    source\n    revokedAt\n    createdAt\n  }\n": types.PremiumGrantFieldsFragmentDoc,
    "\n  query AdminUsers($search: String, $after: String, $first: Int! = 20) {\n    users(search: $search, after: $after, first: $first) {\n      nodes {\n        ...AdminAccountFields\n      }\n      nextCursor\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query PremiumGrants($userId: ID!) {\n    premiumGrants(userId: $userId) {\n      ...PremiumGrantFields\n    }\n  }\n": types.PremiumGrantsDocument,
    "\n  mutation SetCredentialsVerified($userId: ID!, $verified: Boolean!) {\n    setCredentialsVerified(userId: $userId, verified: $verified) {\n      ...AdminAccountFields\n    }\n  }\n": types.SetCredentialsVerifiedDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...AdminAccountFields\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation SetMembershipOverride($userId: ID!, $override: MembershipOverride!) {\n    setMembershipOverride(userId: $userId, override: $override) {\n      ...AdminAccountFields\n    }\n  }\n": types.SetMembershipOverrideDocument,
    "\n  mutation GrantPremiumMembership($input: GrantPremiumInput!) {\n    grantPremiumMembership(input: $input) {\n      ...PremiumGrantFields\n    }\n  }\n": types.GrantPremiumMembershipDocument,
    "\n  mutation RevokePremiumGrant($id: ID!) {\n    revokePremiumGrant(id: $id) {\n      ok\n    }\n  }\n": types.RevokePremiumGrantDocument,
    "\n  fragment ForumGroupFields on ForumGroup {\n    id\n    slug\n    name\n    description\n  }\n": types.ForumGroupFieldsFragmentDoc,
    "\n  query ForumGroups {\n    forumGroups {\n      ...ForumGroupFields\n    }\n  }\n": types.ForumGroupsDocument,
    "\n  mutation CreateForumGroup($input: ForumGroupInput!) {\n    createForumGroup(input: $input) {\n      ...ForumGroupFields\n    }\n  }\n": types.CreateForumGroupDocument,
    "\n  mutation CreateForumCategory($input: ForumCategoryInput!) {\n    createForumCategory(input: $input) {\n      ...ForumCategoryFields\n    }\n  }\n": types.CreateForumCategoryDocument,
    "\n  mutation UpdateForumCategory($input: UpdateForumCategoryInput!) {\n    updateForumCategory(input: $input) {\n      ...ForumCategoryFields\n    }\n  }\n": types.UpdateForumCategoryDocument,
    "\n  mutation SetForumGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {\n    setForumGroupMember(groupId: $groupId, userId: $userId, member: $member) {\n      ok\n    }\n  }\n": types.SetForumGroupMemberDocument,
    "\n  query ForumGroupMembers($groupId: ID!) {\n    forumGroupMembers(groupId: $groupId) {\n      userId\n      displayName\n      email\n      addedAt\n    }\n  }\n": types.ForumGroupMembersDocument,
    "\n  query ForumSearch($query: String!, $first: Int! = 20) {\n    forumSearch(query: $query, first: $first) {\n      postId\n      snippet\n      thread {\n        ...ForumThreadSummary\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ForumSearchDocument,
    "\n  mutation FlagForumPost($input: FlagForumPostInput!) {\n    flagForumPost(input: $input) {\n      ok\n    }\n  }\n": types.FlagForumPostDocument,
    "\n  mutation MarkForumAnswer($threadId: ID!, $postId: ID) {\n    markForumAnswer(threadId: $threadId, postId: $postId) {\n      id\n      answerPostId\n    }\n  }\n": types.MarkForumAnswerDocument,
    "\n  query ForumPostHistory($postId: ID!) {\n    forumPostHistory(postId: $postId) {\n      id\n      bodyMd\n      reason\n      createdAt\n    }\n  }\n": types.ForumPostHistoryDocument,
    "\n  mutation EditForumPost($input: EditForumPostInput!) {\n    editForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n": types.EditForumPostDocument,
    "\n  query ForumDraft($scope: String!) {\n    forumDraft(scope: $scope) {\n      title\n      body\n      updatedAt\n    }\n  }\n": types.ForumDraftDocument,
    "\n  mutation SaveForumDraft($scope: String!, $body: String!, $title: String) {\n    saveForumDraft(scope: $scope, body: $body, title: $title)\n  }\n": types.SaveForumDraftDocument,
    "\n  query ForumCategories {\n    forumCategories {\n      ...ForumCategoryFields\n    }\n  }\n": types.ForumCategoriesDocument,
    "\n  query ForumCategory($slug: String!, $after: String, $first: Int! = 25) {\n    forumCategory(slug: $slug) {\n      ...ForumCategoryFields\n      threads(first: $first, after: $after) {\n        nodes {\n          ...ForumThreadSummary\n        }\n        nextCursor\n      }\n    }\n  }\n": types.ForumCategoryDocument,
    "\n  query ForumThread($id: ID!, $after: String, $first: Int! = 50) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      lastReadSeq\n      category {\n        ...ForumCategoryFields\n      }\n      posts(first: $first, after: $after) {\n        nodes {\n          ...ForumPostFields\n        }\n        nextCursor\n      }\n    }\n  }\n": types.ForumThreadDocument,
    "\n  fragment ForumPostResultFields on ForumPostResult {\n    held\n    thread {\n      ...ForumThreadSummary\n    }\n    post {\n      ...ForumPostFields\n    }\n  }\n": types.ForumPostResultFieldsFragmentDoc,
    "\n  mutation CreateForumThread($input: CreateForumThreadInput!) {\n    createForumThread(input: $input) {\n      ...ForumPostResultFields\n    }\n  }\n": types.CreateForumThreadDocument,
    "\n  mutation CreateForumPost($input: CreateForumPostInput!) {\n    createForumPost(input: $input) {\n      ...ForumPostResultFields\n    }\n  }\n": types.CreateForumPostDocument,
    "\n  mutation DeleteForumPost($postId: ID!) {\n    deleteForumPost(postId: $postId) {\n      ok\n    }\n  }\n": types.DeleteForumPostDocument,
    "\n  mutation ReactToForumPost($postId: ID!, $kind: ReactionKind!, $on: Boolean!) {\n    reactToForumPost(postId: $postId, kind: $kind, on: $on) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n": types.ReactToForumPostDocument,
    "\n  fragment ForumAuthorFields on ForumAuthor {\n    userId\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    anonymous\n    isYou\n  }\n": types.ForumAuthorFieldsFragmentDoc,
    "\n  fragment ForumCategoryFields on ForumCategory {\n    id\n    slug\n    name\n    description\n    audience\n    allowAnonymous\n    requirePremoderation\n    canPost\n    unreadThreads\n  }\n": types.ForumCategoryFieldsFragmentDoc,
    "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    status\n    pinned\n    locked\n    postCount\n    categoryId\n    createdAt\n    lastPostAt\n    unreadCount\n    answerPostId\n    author {\n      ...ForumAuthorFields\n    }\n  }\n": types.ForumThreadSummaryFragmentDoc,
    "\n  fragment ForumPostFields on ForumPost {\n    id\n    threadId\n    seq\n    bodyHtml\n    bodyMd\n    status\n    heldReason\n    phiFindings {\n      kind\n      confidence\n      start\n      end\n      text\n      reason\n    }\n    author {\n      ...ForumAuthorFields\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    createdAt\n    editedAt\n    # Fields spelled out, not a fragment: the API's depth limit counts fragment spreads as levels.\n    pendingEdit {\n      bodyHtml\n      bodyMd\n      heldReason\n      phiFindings {\n        kind\n        confidence\n        start\n        end\n        text\n        reason\n      }\n      createdAt\n    }\n  }\n": types.ForumPostFieldsFragmentDoc,
    "\n  query ModerationQueue {\n    moderationQueue {\n      ...ForumPostFields\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ModerationLog {\n    moderationLog {\n      id\n      action\n      targetType\n      targetId\n      reason\n      actorName\n      createdAt\n    }\n  }\n": types.ModerationLogDocument,
    "\n  mutation ModerateForumPost($input: ModerateForumPostInput!) {\n    moderateForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n": types.ModerateForumPostDocument,
    "\n  mutation SetForumThreadFlags($threadId: ID!, $locked: Boolean, $pinned: Boolean, $reason: String) {\n    setForumThreadFlags(threadId: $threadId, locked: $locked, pinned: $pinned, reason: $reason) {\n      ok\n    }\n  }\n": types.SetForumThreadFlagsDocument,
    "\n  mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n    revealAnonymousAuthor(postId: $postId, reason: $reason) {\n      userId\n      displayName\n      email\n    }\n  }\n": types.RevealAnonymousAuthorDocument,
    "\n  query ModerationFlags {\n    moderationFlags {\n      id\n      reason\n      note\n      createdAt\n      post {\n        ...ForumPostFields\n      }\n    }\n  }\n": types.ModerationFlagsDocument,
    "\n  mutation MoveForumThread($threadId: ID!, $categoryId: ID!, $reason: String!) {\n    moveForumThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) {\n      ok\n    }\n  }\n": types.MoveForumThreadDocument,
    "\n  mutation WarnForumMember($userId: ID!, $reason: String!) {\n    warnForumMember(userId: $userId, reason: $reason) {\n      ok\n    }\n  }\n": types.WarnForumMemberDocument,
    "\n  mutation SuspendForumMember($userId: ID!, $until: DateTime, $reason: String!) {\n    suspendForumMember(userId: $userId, until: $until, reason: $reason) {\n      ok\n    }\n  }\n": types.SuspendForumMemberDocument,
    "\n  mutation DismissForumFlags($input: DismissForumFlagsInput!) {\n    dismissForumFlags(input: $input) {\n      ok\n    }\n  }\n": types.DismissForumFlagsDocument,
    "\n  fragment ExpertCardFields on Expert {\n    id\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    headline\n    topics\n    timeZone\n    accepting\n  }\n": types.ExpertCardFieldsFragmentDoc,
    "\n  fragment ConsultationTypeFields on ConsultationType {\n    id\n    expertId\n    title\n    description\n    durationMinutes\n    mode\n    room\n    meetingUrl\n    intakeQuestion\n    active\n  }\n": types.ConsultationTypeFieldsFragmentDoc,
    "\n  fragment ConsultationFields on Consultation {\n    id\n    expertId\n    typeId\n    title\n    mode\n    location\n    startsAt\n    endsAt\n    timeZone\n    status\n    intakeAnswer\n    expertNotes\n    sequence\n    cancelReason\n    viewerRole\n    canReschedule\n    canCancel\n    icsUrl\n    expert {\n      id\n      displayName\n      credentials\n    }\n    member {\n      id\n      displayName\n      credentials\n      organizationName\n    }\n  }\n": types.ConsultationFieldsFragmentDoc,
    "\n  query Experts($topic: String) {\n    experts(topic: $topic) {\n      ...ExpertCardFields\n      consultationTypes {\n        id\n        title\n        durationMinutes\n        mode\n      }\n    }\n    expertTopics\n  }\n": types.ExpertsDocument,
    "\n  query ExpertPage($id: ID!) {\n    expert(id: $id) {\n      ...ExpertCardFields\n      bio\n      consultationTypes {\n        ...ConsultationTypeFields\n      }\n    }\n  }\n": types.ExpertPageDocument,
    "\n  query ConsultationSlots($typeId: ID!, $timeZone: String!, $from: DateTime, $days: Int) {\n    consultationSlots(typeId: $typeId, timeZone: $timeZone, from: $from, days: $days) {\n      date\n      slots {\n        start\n        end\n        label\n        onSite\n      }\n    }\n  }\n": types.ConsultationSlotsDocument,
    "\n  mutation BookConsultation($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n": types.BookConsultationDocument,
    "\n  mutation RescheduleConsultation($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n": types.RescheduleConsultationDocument,
    "\n  mutation CancelConsultation($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n": types.CancelConsultationDocument,
    "\n  query MyConsultations {\n    myConsultations {\n      ...ConsultationFields\n    }\n  }\n": types.MyConsultationsDocument,
    "\n  query ExpertConsultations {\n    expertConsultations {\n      ...ConsultationFields\n    }\n  }\n": types.ExpertConsultationsDocument,
    "\n  query ConsultationByLink($token: String!) {\n    consultationByLink(token: $token) {\n      ...ConsultationFields\n    }\n  }\n": types.ConsultationByLinkDocument,
    "\n  mutation SetConsultationOutcome($id: ID!, $outcome: ConsultationOutcome!) {\n    setConsultationOutcome(id: $id, outcome: $outcome) {\n      ...ConsultationFields\n    }\n  }\n": types.SetConsultationOutcomeDocument,
    "\n  mutation SetConsultationNotes($id: ID!, $notes: String!) {\n    setConsultationNotes(id: $id, notes: $notes) {\n      ...ConsultationFields\n    }\n  }\n": types.SetConsultationNotesDocument,
    "\n  fragment ExpertAvailabilityFields on ExpertAvailability {\n    expertId\n    headline\n    topics\n    accepting\n    timeZone\n    weeklyRules {\n      weekday\n      start\n      end\n    }\n    dateOverrides {\n      date\n      kind\n      start\n      end\n    }\n    onSiteBlocks {\n      id\n      start\n      end\n      room\n      eventSessionId\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    horizonDays\n    maxPerDay\n    consultationTypes {\n      ...ConsultationTypeFields\n    }\n  }\n": types.ExpertAvailabilityFieldsFragmentDoc,
    "\n  query ExpertAvailability {\n    expertAvailability {\n      ...ExpertAvailabilityFields\n    }\n  }\n": types.ExpertAvailabilityDocument,
    "\n  mutation UpdateExpertAvailability($input: ExpertAvailabilityInput!) {\n    updateExpertAvailability(input: $input) {\n      ...ExpertAvailabilityFields\n    }\n  }\n": types.UpdateExpertAvailabilityDocument,
    "\n  mutation UpdateExpertProfile($input: ExpertProfileInput!) {\n    updateExpertProfile(input: $input) {\n      ...ExpertAvailabilityFields\n    }\n  }\n": types.UpdateExpertProfileDocument,
    "\n  mutation SaveConsultationType($input: ConsultationTypeInput!) {\n    saveConsultationType(input: $input) {\n      ...ConsultationTypeFields\n    }\n  }\n": types.SaveConsultationTypeDocument,
    "\n  fragment CalendarLinksFields on CalendarLinks {\n    httpsUrl\n    webcalUrl\n    googleUrl\n    publicHttpsUrl\n    publicWebcalUrl\n  }\n": types.CalendarLinksFieldsFragmentDoc,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      ...CalendarLinksFields\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      ...CalendarLinksFields\n    }\n  }\n": types.RegenerateCalendarFeedDocument,
    "\n  fragment DirectoryEntryFields on DirectoryEntry {\n    id\n    name\n    type\n    countryCode\n    countryName\n    region\n    city\n    website\n    websiteDomain\n    accounts {\n      platform\n      url\n    }\n  }\n": types.DirectoryEntryFieldsFragmentDoc,
    "\n  fragment DirectoryListingFields on DirectoryListing {\n    ...DirectoryEntryFields\n    updatedAt\n  }\n": types.DirectoryListingFieldsFragmentDoc,
    "\n  query DirectoryGrid($query: DirectoryQueryInput) {\n    directory(query: $query) {\n      totalCount\n      offset\n      limit\n      exportPath\n      nodes {\n        ...DirectoryListingFields\n      }\n      facets {\n        countries {\n          value\n          label\n          count\n        }\n        types {\n          value\n          label\n          count\n        }\n        platforms {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": types.DirectoryGridDocument,
    "\n  mutation SubmitDirectoryListing($input: SubmitDirectoryListingInput!) {\n    submitDirectoryListing(input: $input) {\n      status\n      organizationName\n    }\n  }\n": types.SubmitDirectoryListingDocument,
    "\n  mutation ConfirmDirectorySubmission($token: String!) {\n    confirmDirectorySubmission(token: $token) {\n      status\n      organizationName\n    }\n  }\n": types.ConfirmDirectorySubmissionDocument,
    "\n  query DirectoryEditForm($token: String!) {\n    directoryEditForm(token: $token) {\n      updatePending\n      listing {\n        ...DirectoryListingFields\n      }\n    }\n  }\n": types.DirectoryEditFormDocument,
    "\n  mutation UpdateDirectoryListing($token: String!, $input: DirectoryListingInput!) {\n    updateDirectoryListing(token: $token, input: $input) {\n      status\n      organizationName\n    }\n  }\n": types.UpdateDirectoryListingDocument,
    "\n  mutation RequestDirectoryEditLinks($email: String!) {\n    requestDirectoryEditLinks(email: $email)\n  }\n": types.RequestDirectoryEditLinksDocument,
    "\n  query DirectoryReviewQueue {\n    directoryReviewQueue {\n      totalCount\n      nodes {\n        ...DirectoryEntryFields\n        kind\n        status\n        submitterEmail\n        submittedAt\n        confirmedAt\n        currentListing {\n          ...DirectoryListingFields\n        }\n        duplicates {\n          ...DirectoryEntryFields\n          source\n          matchedOn\n        }\n      }\n    }\n  }\n": types.DirectoryReviewQueueDocument,
    "\n  mutation ApproveDirectorySubmission($id: ID!) {\n    approveDirectorySubmission(id: $id) {\n      id\n      name\n    }\n  }\n": types.ApproveDirectorySubmissionDocument,
    "\n  mutation RejectDirectorySubmission($id: ID!, $reason: String!) {\n    rejectDirectorySubmission(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectDirectorySubmissionDocument,
    "\n  mutation RemoveDirectoryListing($id: ID!, $reason: String!) {\n    removeDirectoryListing(id: $id, reason: $reason)\n  }\n": types.RemoveDirectoryListingDocument,
    "\n  query EventById($id: ID!) {\n    eventById(id: $id) {\n      ...EventDetailFields\n      agenda {\n        ...AgendaDayFields\n      }\n    }\n  }\n": types.EventByIdDocument,
    "\n  mutation CreateEvent($input: EventFieldsInput!) {\n    createEvent(input: $input) {\n      ...EventSummaryFields\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventSummaryFields\n      description\n      venueAddress\n      cancellationDeadline\n      joinUrl\n      recordingUrl\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation CancelEvent($eventId: ID!, $reason: String) {\n    cancelEvent(eventId: $eventId, reason: $reason) {\n      eventId\n      ordersCancelled\n      seatsCancelled\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation CreateEventSession($input: CreateSessionInput!) {\n    createEventSession(input: $input) {\n      ...EventSessionFields\n    }\n  }\n": types.CreateEventSessionDocument,
    "\n  mutation DeleteEventSession($sessionId: ID!) {\n    deleteEventSession(sessionId: $sessionId) {\n      ok\n    }\n  }\n": types.DeleteEventSessionDocument,
    "\n  mutation CreateTicketType($input: CreateTicketTypeInput!) {\n    createTicketType(input: $input) {\n      ...TicketTypeFields\n    }\n  }\n": types.CreateTicketTypeDocument,
    "\n  mutation UpdateTicketType($input: UpdateTicketTypeInput!) {\n    updateTicketType(input: $input) {\n      ...TicketTypeFields\n    }\n  }\n": types.UpdateTicketTypeDocument,
    "\n  query PromoCodes($eventId: ID) {\n    promoCodes(eventId: $eventId) {\n      id\n      code\n      description\n      percentOff\n      amountOffCents\n      maxUses\n      uses\n      expiresAt\n      active\n      eventId\n      ticketTypeIds\n    }\n  }\n": types.PromoCodesDocument,
    "\n  mutation CreatePromoCode($input: CreatePromoCodeInput!) {\n    createPromoCode(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreatePromoCodeDocument,
    "\n  mutation UpdatePromoCode($input: UpdatePromoCodeInput!) {\n    updatePromoCode(input: $input) {\n      id\n      active\n    }\n  }\n": types.UpdatePromoCodeDocument,
    "\n  query EventRegistrations($filter: EventRegistrationsFilterInput!) {\n    eventRegistrations(filter: $filter) {\n      checkedIn\n      confirmed\n      items {\n        id\n        orderId\n        status\n        ticketTypeName\n        attendeeName\n        attendeeEmail\n        attendeeCredentials\n        attendeeOrganization\n        orderState\n        checkedInAt\n        checkedInAtVenue\n      }\n    }\n  }\n": types.EventRegistrationsDocument,
    "\n  fragment CheckInPersonFields on EventRegistration {\n    id\n    attendeeName\n    attendeeCredentials\n    attendeeOrganization\n    ticketTypeName\n    checkedInAt\n    checkedInAtVenue\n  }\n": types.CheckInPersonFieldsFragmentDoc,
    "\n  fragment EventAttendanceFields on EventAttendance {\n    eventId\n    checkedIn\n    confirmed\n  }\n": types.EventAttendanceFieldsFragmentDoc,
    "\n  fragment CheckInResultFields on CheckInResult {\n    checkedInAt\n    checkedInAtVenue\n    attendance {\n      ...EventAttendanceFields\n    }\n    registration {\n      ...CheckInPersonFields\n    }\n  }\n": types.CheckInResultFieldsFragmentDoc,
    "\n  query CheckInSearch($eventId: ID!, $query: String!) {\n    checkInSearch(eventId: $eventId, query: $query) {\n      ...CheckInPersonFields\n    }\n  }\n": types.CheckInSearchDocument,
    "\n  query EventAttendance($eventId: ID!) {\n    eventAttendance(eventId: $eventId) {\n      ...EventAttendanceFields\n    }\n  }\n": types.EventAttendanceDocument,
    "\n  mutation CheckInTicket($eventId: ID!, $token: String!) {\n    checkInTicket(eventId: $eventId, token: $token) {\n      ...CheckInResultFields\n    }\n  }\n": types.CheckInTicketDocument,
    "\n  mutation CheckInRegistration($eventId: ID!, $registrationId: ID!) {\n    checkInRegistration(eventId: $eventId, registrationId: $registrationId) {\n      ...CheckInResultFields\n    }\n  }\n": types.CheckInRegistrationDocument,
    "\n  mutation MarkOrderPaid($orderId: ID!, $reference: String) {\n    markOrderPaid(orderId: $orderId, reference: $reference) {\n      id\n      state\n      paidAt\n    }\n  }\n": types.MarkOrderPaidDocument,
    "\n  fragment TicketTypeFields on TicketType {\n    id\n    kind\n    name\n    description\n    eventId\n    bundleEventIds\n    listPriceCents\n    capacity\n    seatsLeft\n    soldOut\n    onSale\n    audience\n    inPerson\n    includedInPremium\n    maxPerOrder\n    membershipMonths\n    saleStartsAt\n    saleEndsAt\n  }\n": types.TicketTypeFieldsFragmentDoc,
    "\n  fragment EventSummaryFields on Event {\n    id\n    slug\n    kind\n    title\n    summary\n    status\n    timeZone\n    startsAt\n    endsAt\n    venueStart\n    venueName\n  }\n": types.EventSummaryFieldsFragmentDoc,
    "\n  fragment EventSessionFields on EventSession {\n    id\n    eventId\n    type\n    title\n    description\n    track\n    room\n    startsAt\n    endsAt\n    venueStart\n    venueEnd\n    speakers {\n      userId\n      displayName\n      credentials\n    }\n  }\n": types.EventSessionFieldsFragmentDoc,
    "\n  fragment EventQuestionFields on EventQuestion {\n    id\n    label\n    kind\n    options\n    required\n  }\n": types.EventQuestionFieldsFragmentDoc,
    "\n  fragment PersonalAgendaFields on PersonalAgenda {\n    eventId\n    registrationId\n    sessions {\n      id\n    }\n    clashes {\n      sessionId\n      clashesWith\n    }\n  }\n": types.PersonalAgendaFieldsFragmentDoc,
    "\n  fragment EventRegistrationFields on EventRegistration {\n    id\n    orderId\n    orderState\n    status\n    ticketTypeId\n    ticketTypeName\n    attendeeName\n    attendeeEmail\n    attendeeCredentials\n    attendeeOrganization\n    isAttendee\n    isBuyer\n    canCancel\n    canTransfer\n    cancelUntil\n    cancelledAt\n    checkedInAt\n    checkedInAtVenue\n    transferredAt\n    refundCents\n    joinUrl\n    recordingUrl\n    ticketToken\n    ticketQrDataUrl\n    event {\n      ...EventSummaryFields\n    }\n  }\n": types.EventRegistrationFieldsFragmentDoc,
    "\n  fragment OrderFields on Order {\n    id\n    state\n    subtotalCents\n    discountCents\n    totalCents\n    discountReason\n    explanation\n    holdExpiresAt\n    invoiceNumber\n    paymentProvider\n    createdAt\n    confirmedAt\n    paidAt\n    cancelledAt\n    refundedAt\n    refundCents\n    lines {\n      ticketTypeId\n      name\n      quantity\n      unitListCents\n      unitDiscountCents\n      lineTotalCents\n    }\n    registrations {\n      id\n      eventId\n      attendeeName\n      status\n    }\n  }\n": types.OrderFieldsFragmentDoc,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    eventId\n    ticketTypeId\n    quantity\n    status\n    position\n    offerExpiresAt\n    orderId\n    createdAt\n  }\n": types.WaitlistEntryFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventSummaryFields\n    description\n    venueAddress\n    venueEnd\n    cancellationDeadline\n    includesCourse\n    joinUrl\n    recordingUrl\n    questions {\n      ...EventQuestionFields\n    }\n    ticketTypes {\n      ...TicketTypeFields\n    }\n  }\n": types.EventDetailFieldsFragmentDoc,
    "\n  query Events($kind: EventKind, $includePast: Boolean! = false) {\n    events(kind: $kind, includePast: $includePast) {\n      ...EventSummaryFields\n    }\n  }\n": types.EventsDocument,
    "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...EventDetailFields\n    }\n  }\n": types.EventDocument,
    "\n  fragment AgendaDayFields on AgendaDay {\n    date\n    tracks {\n      name\n      sessions {\n        ...EventSessionFields\n      }\n    }\n  }\n": types.AgendaDayFieldsFragmentDoc,
    "\n  query EventAgenda($slug: String!) {\n    event(slug: $slug) {\n      ...EventSummaryFields\n      agenda {\n        ...AgendaDayFields\n      }\n    }\n  }\n": types.EventAgendaDocument,
    "\n  query MyAgenda($eventId: ID!) {\n    myAgenda(eventId: $eventId) {\n      ...PersonalAgendaFields\n    }\n  }\n": types.MyAgendaDocument,
    "\n  mutation ChooseAgendaSession($sessionId: ID!) {\n    chooseAgendaSession(sessionId: $sessionId) {\n      warning\n      clashesWith {\n        id\n        title\n      }\n      agenda {\n        ...PersonalAgendaFields\n      }\n    }\n  }\n": types.ChooseAgendaSessionDocument,
    "\n  mutation RemoveAgendaSession($sessionId: ID!) {\n    removeAgendaSession(sessionId: $sessionId) {\n      ...PersonalAgendaFields\n    }\n  }\n": types.RemoveAgendaSessionDocument,
    "\n  query MembershipProducts {\n    membershipProducts {\n      ...TicketTypeFields\n    }\n  }\n": types.MembershipProductsDocument,
    "\n  query PriceQuote($input: PriceQuoteInput!) {\n    priceQuote(input: $input) {\n      ticketTypeId\n      quantity\n      buyerTier\n      unitListCents\n      unitDiscountCents\n      unitTotalCents\n      listPriceCents\n      discountCents\n      totalCents\n      reason\n      explanation\n      promoCode\n      promoProblem\n    }\n  }\n": types.PriceQuoteDocument,
    "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      ...OrderFields\n    }\n  }\n": types.CheckoutDocument,
    "\n  mutation ConfirmOrder($orderId: ID!) {\n    confirmOrder(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n": types.ConfirmOrderDocument,
    "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      ...OrderFields\n    }\n  }\n": types.CancelOrderDocument,
    "\n  query MyTickets {\n    myRegistrations {\n      ...EventRegistrationFields\n    }\n    myOrders {\n      ...OrderFields\n    }\n    myWaitlist {\n      ...WaitlistEntryFields\n    }\n  }\n": types.MyTicketsDocument,
    "\n  mutation CancelRegistration($registrationId: ID!) {\n    cancelRegistration(registrationId: $registrationId) {\n      ...EventRegistrationFields\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  mutation TransferRegistration($input: TransferRegistrationInput!) {\n    transferRegistration(input: $input) {\n      ...EventRegistrationFields\n    }\n  }\n": types.TransferRegistrationDocument,
    "\n  mutation JoinWaitlist($ticketTypeId: ID!, $quantity: Int!) {\n    joinWaitlist(ticketTypeId: $ticketTypeId, quantity: $quantity) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.JoinWaitlistDocument,
    "\n  mutation LeaveWaitlist($entryId: ID!) {\n    leaveWaitlist(entryId: $entryId) {\n      ok\n    }\n  }\n": types.LeaveWaitlistDocument,
    "\n  mutation DeclineWaitlistOffer($entryId: ID!) {\n    declineWaitlistOffer(entryId: $entryId) {\n      ok\n    }\n  }\n": types.DeclineWaitlistOfferDocument,
    "\n  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) {\n      ...OrderFields\n    }\n  }\n": types.AcceptWaitlistOfferDocument,
    "\n  query CheckoutEvent($id: ID!) {\n    eventById(id: $id) {\n      ...EventSummaryFields\n      questions {\n        ...EventQuestionFields\n      }\n      ticketTypes {\n        ...TicketTypeFields\n      }\n    }\n  }\n": types.CheckoutEventDocument,
    "\n  fragment FellowshipPlanFields on FellowshipPlan {\n    id\n    title\n    goals\n    audience\n    platforms\n    metrics\n    governance\n    status\n    version\n    cohortYear\n    listPublicly\n    publicSummary\n    submittedAt\n    updatedAt\n    decidedAt\n    isMine\n    availableActions\n    author {\n      id\n      displayName\n      credentials\n      jobTitle\n      organizationName\n    }\n    timeline {\n      id\n      action\n      fromStatus\n      toStatus\n      comment\n      actorName\n      byAuthor\n      createdAt\n    }\n  }\n": types.FellowshipPlanFieldsFragmentDoc,
    "\n  query Fellows {\n    fellows {\n      id\n      displayName\n      credentials\n      credentialsVerified\n      jobTitle\n      organizationName\n      cohortYear\n      summary\n    }\n  }\n": types.FellowsDocument,
    "\n  query MyFellowship {\n    myFellowship {\n      eligible\n      eligibilitySource\n      canSubmit\n      cannotSubmitReason\n      isReviewer\n      plan {\n        ...FellowshipPlanFields\n      }\n    }\n  }\n": types.MyFellowshipDocument,
    "\n  query FellowshipPlan($id: ID!) {\n    fellowshipPlan(id: $id) {\n      ...FellowshipPlanFields\n    }\n  }\n": types.FellowshipPlanDocument,
    "\n  query FellowshipReviewQueue($statuses: [FellowshipPlanStatus!]) {\n    fellowshipReviewQueue(statuses: $statuses) {\n      id\n      title\n      status\n      version\n      updatedAt\n      author {\n        id\n        displayName\n        organizationName\n      }\n    }\n  }\n": types.FellowshipReviewQueueDocument,
    "\n  mutation SubmitFellowshipPlan($input: FellowshipPlanInput!) {\n    submitFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n": types.SubmitFellowshipPlanDocument,
    "\n  mutation ResubmitFellowshipPlan($input: ResubmitFellowshipPlanInput!) {\n    resubmitFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n": types.ResubmitFellowshipPlanDocument,
    "\n  mutation ReviewFellowshipPlan($input: ReviewFellowshipPlanInput!) {\n    reviewFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n": types.ReviewFellowshipPlanDocument,
    "\n  mutation SetFellowListing($input: FellowListingInput!) {\n    setFellowListing(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n": types.SetFellowListingDocument,
    "\n  query FellowshipRoster {\n    fellowshipEligibleMembers {\n      userId\n      displayName\n      email\n      source\n      since\n    }\n    fellowshipReviewers {\n      userId\n      displayName\n      email\n      since\n    }\n  }\n": types.FellowshipRosterDocument,
    "\n  mutation GrantFellowshipEligibility($input: FellowshipMemberInput!) {\n    grantFellowshipEligibility(input: $input) {\n      userId\n    }\n  }\n": types.GrantFellowshipEligibilityDocument,
    "\n  mutation SetFellowshipReviewer($input: FellowshipMemberInput!, $reviewer: Boolean!) {\n    setFellowshipReviewer(input: $input, reviewer: $reviewer) {\n      ok\n    }\n  }\n": types.SetFellowshipReviewerDocument,
    "\n  fragment CertificateFields on Certificate {\n    code\n    holderName\n    courseTitle\n    issuedAt\n    verifyUrl\n    pdfUrl\n  }\n": types.CertificateFieldsFragmentDoc,
    "\n  fragment CourseModuleSummaryFields on CourseModuleSummary {\n    id\n    slug\n    position\n    title\n    summary\n    estimatedMinutes\n    passMark\n    questionCount\n    status\n    attempts\n    bestScore\n  }\n": types.CourseModuleSummaryFieldsFragmentDoc,
    "\n  query Course($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      priceCents\n      totalMinutes\n      access {\n        canStudy\n        via\n        missing\n      }\n      modules {\n        ...CourseModuleSummaryFields\n      }\n      progress {\n        totalModules\n        completedModules\n        percent\n        resumeModuleSlug\n        complete\n      }\n      certificate {\n        ...CertificateFields\n      }\n    }\n  }\n": types.CourseDocument,
    "\n  query CourseModule($courseSlug: String!, $slug: String!) {\n    courseModule(courseSlug: $courseSlug, slug: $slug) {\n      id\n      slug\n      position\n      title\n      summary\n      estimatedMinutes\n      passMark\n      questionCount\n      status\n      attempts\n      bestScore\n      readAt\n      courseSlug\n      courseTitle\n      contentHtml\n      videoUrl\n      previousModuleSlug\n      nextModuleSlug\n      questions {\n        id\n        position\n        prompt\n        choices\n      }\n    }\n  }\n": types.CourseModuleDocument,
    "\n  mutation MarkCourseModuleRead($moduleId: ID!) {\n    markCourseModuleRead(moduleId: $moduleId) {\n      id\n      status\n      readAt\n    }\n  }\n": types.MarkCourseModuleReadDocument,
    "\n  mutation SubmitCourseQuiz($input: SubmitQuizInput!) {\n    submitCourseQuiz(input: $input) {\n      correctCount\n      total\n      scorePercent\n      passMark\n      passed\n      courseComplete\n      results {\n        questionId\n        choiceIndex\n        correct\n      }\n      module {\n        id\n        status\n        attempts\n        bestScore\n      }\n      certificate {\n        ...CertificateFields\n      }\n    }\n  }\n": types.SubmitCourseQuizDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      holderName\n      courseTitle\n      issuedAt\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  query CourseAccessGrants($courseSlug: String!) {\n    courseAccessGrants(courseSlug: $courseSlug) {\n      id\n      userId\n      userEmail\n      userDisplayName\n      source\n      reference\n      note\n      createdAt\n      revokedAt\n    }\n  }\n": types.CourseAccessGrantsDocument,
    "\n  mutation GrantCourseAccess($input: GrantCourseAccessInput!) {\n    grantCourseAccess(input: $input) {\n      id\n    }\n  }\n": types.GrantCourseAccessDocument,
    "\n  mutation RevokeCourseAccess($grantId: ID!) {\n    revokeCourseAccess(grantId: $grantId) {\n      ok\n    }\n  }\n": types.RevokeCourseAccessDocument,
    "\n  fragment CourseModuleDraftFields on CourseModuleDraft {\n    id\n    courseSlug\n    slug\n    position\n    title\n    summary\n    estimatedMinutes\n    contentMd\n    videoUrl\n    passMark\n    questions {\n      prompt\n      choices\n      correctIndex\n    }\n  }\n": types.CourseModuleDraftFieldsFragmentDoc,
    "\n  query CourseModuleDraft($id: ID!) {\n    courseModuleDraft(id: $id) {\n      ...CourseModuleDraftFields\n    }\n  }\n": types.CourseModuleDraftDocument,
    "\n  mutation SaveCourseModule($input: CourseModuleDraftInput!) {\n    saveCourseModule(input: $input) {\n      ...CourseModuleDraftFields\n    }\n  }\n": types.SaveCourseModuleDocument,
    "\n  query CourseProduct($courseSlug: String!) {\n    courseProduct(courseSlug: $courseSlug) {\n      ...TicketTypeFields\n    }\n  }\n": types.CourseProductDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    threadId\n    postId\n    postSeq\n    threadTitle\n    actorName\n    excerpt\n    readAt\n    createdAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int! = 20, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      nextCursor\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      count\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkForumThreadRead($threadId: ID!, $seq: Int!) {\n    markForumThreadRead(threadId: $threadId, seq: $seq) {\n      threadId\n      lastReadSeq\n      unreadNotificationCount\n    }\n  }\n": types.MarkForumThreadReadDocument,
    "\n  query ForumWatch($threadId: ID, $categoryId: ID) {\n    forumWatch(threadId: $threadId, categoryId: $categoryId) {\n      threadId\n      categoryId\n      level\n      source\n    }\n  }\n": types.ForumWatchDocument,
    "\n  mutation SetForumWatch($input: SetForumWatchInput!) {\n    setForumWatch(input: $input) {\n      threadId\n      categoryId\n      level\n      source\n    }\n  }\n": types.SetForumWatchDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      emailMode\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  query ForumMentionCandidates($threadId: ID!, $search: String! = \"\") {\n    forumMentionCandidates(threadId: $threadId, search: $search) {\n      userId\n      displayName\n      markdown\n    }\n  }\n": types.ForumMentionCandidatesDocument,
    "\n  fragment MemberSummary on UserProfile {\n    id\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n  }\n": types.MemberSummaryFragmentDoc,
    "\n  fragment OrganizationSummary on Organization {\n    id\n    name\n    status\n    active\n    membershipStartsAt\n    membershipEndsAt\n    domains {\n      id\n      domain\n      approved\n      createdAt\n    }\n  }\n": types.OrganizationSummaryFragmentDoc,
    "\n  fragment OrganizationDetails on Organization {\n    ...OrganizationSummary\n    admins {\n      ...MemberSummary\n    }\n    coveredMembers {\n      ...MemberSummary\n    }\n  }\n": types.OrganizationDetailsFragmentDoc,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationDetails\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation AddOrganizationDomain($organizationId: ID!, $domain: String!) {\n    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {\n      ...OrganizationDetails\n    }\n  }\n": types.AddOrganizationDomainDocument,
    "\n  mutation RemoveOrganizationDomain($domainId: ID!) {\n    removeOrganizationDomain(domainId: $domainId) {\n      ...OrganizationDetails\n    }\n  }\n": types.RemoveOrganizationDomainDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    slug\n    kind\n    audience\n    title\n    summary\n    tags\n    previewHtml\n    access\n    invitation\n    published\n    publishedAt\n    updatedAt\n  }\n": types.ResourceFieldsFragmentDoc,
    "\n  query Resources($filter: ResourceFilterInput) {\n    resources(filter: $filter) {\n      total\n      nodes {\n        ...ResourceFields\n      }\n    }\n    resourceTags {\n      tag\n      count\n    }\n  }\n": types.ResourcesDocument,
    "\n  query Resource($slug: String!) {\n    resource(slug: $slug) {\n      ...ResourceFields\n      bodyHtml\n      linkUrl\n      bodyMd\n    }\n  }\n": types.ResourceDocument,
    "\n  mutation CreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.CreateResourceDocument,
    "\n  mutation UpdateResource($id: ID!, $input: ResourceInput!) {\n    updateResource(id: $id, input: $input) {\n      ...ResourceFields\n      bodyHtml\n      linkUrl\n      bodyMd\n    }\n  }\n": types.UpdateResourceDocument,
    "\n  mutation SetResourcePublished($id: ID!, $published: Boolean!) {\n    setResourcePublished(id: $id, published: $published) {\n      ...ResourceFields\n    }\n  }\n": types.SetResourcePublishedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    emailVerified\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    roles\n    membership {\n      tier\n      source\n      organizationId\n      organizationName\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    email\n    emailVerified\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    roles\n    membership {\n      tier\n      source\n      organizationId\n      organizationName\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification($email: String!) {\n    requestEmailVerification(email: $email) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEmailVerification($email: String!) {\n    requestEmailVerification(email: $email) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOutEverywhere {\n    logOutEverywhere {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation LogOutEverywhere {\n    logOutEverywhere {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Account {\n    ...AccountFields\n    bio\n    timeZone\n    administeredOrganizations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Account {\n    ...AccountFields\n    bio\n    timeZone\n    administeredOrganizations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrganizationFields on Organization {\n    ...OrganizationSummary\n    admins {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AdminOrganizationFields on Organization {\n    ...OrganizationSummary\n    admins {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations {\n    organizations {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations {\n    organizations {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationMembership($input: UpdateOrganizationMembershipInput!) {\n    updateOrganizationMembership(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationMembership($input: UpdateOrganizationMembershipInput!) {\n    updateOrganizationMembership(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddOrganizationDomain($organizationId: ID!, $domain: String!) {\n    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddOrganizationDomain($organizationId: ID!, $domain: String!) {\n    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOrganizationDomain($domainId: ID!) {\n    approveOrganizationDomain(domainId: $domainId) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveOrganizationDomain($domainId: ID!) {\n    approveOrganizationDomain(domainId: $domainId) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveOrganizationDomain($domainId: ID!) {\n    removeOrganizationDomain(domainId: $domainId) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveOrganizationDomain($domainId: ID!) {\n    removeOrganizationDomain(domainId: $domainId) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganizationAdmin($organizationId: ID!, $email: String!) {\n    addOrganizationAdmin(organizationId: $organizationId, email: $email) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrganizationAdmin($organizationId: ID!, $email: String!) {\n    addOrganizationAdmin(organizationId: $organizationId, email: $email) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAccountFields on Account {\n    ...AccountFields\n    membershipOverride\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminAccountFields on Account {\n    ...AccountFields\n    membershipOverride\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PremiumGrantFields on PremiumGrant {\n    id\n    startsAt\n    endsAt\n    note\n    source\n    revokedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PremiumGrantFields on PremiumGrant {\n    id\n    startsAt\n    endsAt\n    note\n    source\n    revokedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $after: String, $first: Int! = 20) {\n    users(search: $search, after: $after, first: $first) {\n      nodes {\n        ...AdminAccountFields\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $after: String, $first: Int! = 20) {\n    users(search: $search, after: $after, first: $first) {\n      nodes {\n        ...AdminAccountFields\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiumGrants($userId: ID!) {\n    premiumGrants(userId: $userId) {\n      ...PremiumGrantFields\n    }\n  }\n"): (typeof documents)["\n  query PremiumGrants($userId: ID!) {\n    premiumGrants(userId: $userId) {\n      ...PremiumGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCredentialsVerified($userId: ID!, $verified: Boolean!) {\n    setCredentialsVerified(userId: $userId, verified: $verified) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCredentialsVerified($userId: ID!, $verified: Boolean!) {\n    setCredentialsVerified(userId: $userId, verified: $verified) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembershipOverride($userId: ID!, $override: MembershipOverride!) {\n    setMembershipOverride(userId: $userId, override: $override) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMembershipOverride($userId: ID!, $override: MembershipOverride!) {\n    setMembershipOverride(userId: $userId, override: $override) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantPremiumMembership($input: GrantPremiumInput!) {\n    grantPremiumMembership(input: $input) {\n      ...PremiumGrantFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantPremiumMembership($input: GrantPremiumInput!) {\n    grantPremiumMembership(input: $input) {\n      ...PremiumGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePremiumGrant($id: ID!) {\n    revokePremiumGrant(id: $id) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePremiumGrant($id: ID!) {\n    revokePremiumGrant(id: $id) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumGroupFields on ForumGroup {\n    id\n    slug\n    name\n    description\n  }\n"): (typeof documents)["\n  fragment ForumGroupFields on ForumGroup {\n    id\n    slug\n    name\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumGroups {\n    forumGroups {\n      ...ForumGroupFields\n    }\n  }\n"): (typeof documents)["\n  query ForumGroups {\n    forumGroups {\n      ...ForumGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumGroup($input: ForumGroupInput!) {\n    createForumGroup(input: $input) {\n      ...ForumGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumGroup($input: ForumGroupInput!) {\n    createForumGroup(input: $input) {\n      ...ForumGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumCategory($input: ForumCategoryInput!) {\n    createForumCategory(input: $input) {\n      ...ForumCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumCategory($input: ForumCategoryInput!) {\n    createForumCategory(input: $input) {\n      ...ForumCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForumCategory($input: UpdateForumCategoryInput!) {\n    updateForumCategory(input: $input) {\n      ...ForumCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForumCategory($input: UpdateForumCategoryInput!) {\n    updateForumCategory(input: $input) {\n      ...ForumCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetForumGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {\n    setForumGroupMember(groupId: $groupId, userId: $userId, member: $member) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SetForumGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {\n    setForumGroupMember(groupId: $groupId, userId: $userId, member: $member) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumGroupMembers($groupId: ID!) {\n    forumGroupMembers(groupId: $groupId) {\n      userId\n      displayName\n      email\n      addedAt\n    }\n  }\n"): (typeof documents)["\n  query ForumGroupMembers($groupId: ID!) {\n    forumGroupMembers(groupId: $groupId) {\n      userId\n      displayName\n      email\n      addedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumSearch($query: String!, $first: Int! = 20) {\n    forumSearch(query: $query, first: $first) {\n      postId\n      snippet\n      thread {\n        ...ForumThreadSummary\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumSearch($query: String!, $first: Int! = 20) {\n    forumSearch(query: $query, first: $first) {\n      postId\n      snippet\n      thread {\n        ...ForumThreadSummary\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagForumPost($input: FlagForumPostInput!) {\n    flagForumPost(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation FlagForumPost($input: FlagForumPostInput!) {\n    flagForumPost(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkForumAnswer($threadId: ID!, $postId: ID) {\n    markForumAnswer(threadId: $threadId, postId: $postId) {\n      id\n      answerPostId\n    }\n  }\n"): (typeof documents)["\n  mutation MarkForumAnswer($threadId: ID!, $postId: ID) {\n    markForumAnswer(threadId: $threadId, postId: $postId) {\n      id\n      answerPostId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPostHistory($postId: ID!) {\n    forumPostHistory(postId: $postId) {\n      id\n      bodyMd\n      reason\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ForumPostHistory($postId: ID!) {\n    forumPostHistory(postId: $postId) {\n      id\n      bodyMd\n      reason\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditForumPost($input: EditForumPostInput!) {\n    editForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditForumPost($input: EditForumPostInput!) {\n    editForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumDraft($scope: String!) {\n    forumDraft(scope: $scope) {\n      title\n      body\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ForumDraft($scope: String!) {\n    forumDraft(scope: $scope) {\n      title\n      body\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveForumDraft($scope: String!, $body: String!, $title: String) {\n    saveForumDraft(scope: $scope, body: $body, title: $title)\n  }\n"): (typeof documents)["\n  mutation SaveForumDraft($scope: String!, $body: String!, $title: String) {\n    saveForumDraft(scope: $scope, body: $body, title: $title)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumCategories {\n    forumCategories {\n      ...ForumCategoryFields\n    }\n  }\n"): (typeof documents)["\n  query ForumCategories {\n    forumCategories {\n      ...ForumCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumCategory($slug: String!, $after: String, $first: Int! = 25) {\n    forumCategory(slug: $slug) {\n      ...ForumCategoryFields\n      threads(first: $first, after: $after) {\n        nodes {\n          ...ForumThreadSummary\n        }\n        nextCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumCategory($slug: String!, $after: String, $first: Int! = 25) {\n    forumCategory(slug: $slug) {\n      ...ForumCategoryFields\n      threads(first: $first, after: $after) {\n        nodes {\n          ...ForumThreadSummary\n        }\n        nextCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThread($id: ID!, $after: String, $first: Int! = 50) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      lastReadSeq\n      category {\n        ...ForumCategoryFields\n      }\n      posts(first: $first, after: $after) {\n        nodes {\n          ...ForumPostFields\n        }\n        nextCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumThread($id: ID!, $after: String, $first: Int! = 50) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      lastReadSeq\n      category {\n        ...ForumCategoryFields\n      }\n      posts(first: $first, after: $after) {\n        nodes {\n          ...ForumPostFields\n        }\n        nextCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumPostResultFields on ForumPostResult {\n    held\n    thread {\n      ...ForumThreadSummary\n    }\n    post {\n      ...ForumPostFields\n    }\n  }\n"): (typeof documents)["\n  fragment ForumPostResultFields on ForumPostResult {\n    held\n    thread {\n      ...ForumThreadSummary\n    }\n    post {\n      ...ForumPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumThread($input: CreateForumThreadInput!) {\n    createForumThread(input: $input) {\n      ...ForumPostResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumThread($input: CreateForumThreadInput!) {\n    createForumThread(input: $input) {\n      ...ForumPostResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumPost($input: CreateForumPostInput!) {\n    createForumPost(input: $input) {\n      ...ForumPostResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumPost($input: CreateForumPostInput!) {\n    createForumPost(input: $input) {\n      ...ForumPostResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteForumPost($postId: ID!) {\n    deleteForumPost(postId: $postId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteForumPost($postId: ID!) {\n    deleteForumPost(postId: $postId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToForumPost($postId: ID!, $kind: ReactionKind!, $on: Boolean!) {\n    reactToForumPost(postId: $postId, kind: $kind, on: $on) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToForumPost($postId: ID!, $kind: ReactionKind!, $on: Boolean!) {\n    reactToForumPost(postId: $postId, kind: $kind, on: $on) {\n      id\n      reactions {\n        kind\n        count\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumAuthorFields on ForumAuthor {\n    userId\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    anonymous\n    isYou\n  }\n"): (typeof documents)["\n  fragment ForumAuthorFields on ForumAuthor {\n    userId\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    anonymous\n    isYou\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumCategoryFields on ForumCategory {\n    id\n    slug\n    name\n    description\n    audience\n    allowAnonymous\n    requirePremoderation\n    canPost\n    unreadThreads\n  }\n"): (typeof documents)["\n  fragment ForumCategoryFields on ForumCategory {\n    id\n    slug\n    name\n    description\n    audience\n    allowAnonymous\n    requirePremoderation\n    canPost\n    unreadThreads\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    status\n    pinned\n    locked\n    postCount\n    categoryId\n    createdAt\n    lastPostAt\n    unreadCount\n    answerPostId\n    author {\n      ...ForumAuthorFields\n    }\n  }\n"): (typeof documents)["\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    status\n    pinned\n    locked\n    postCount\n    categoryId\n    createdAt\n    lastPostAt\n    unreadCount\n    answerPostId\n    author {\n      ...ForumAuthorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumPostFields on ForumPost {\n    id\n    threadId\n    seq\n    bodyHtml\n    bodyMd\n    status\n    heldReason\n    phiFindings {\n      kind\n      confidence\n      start\n      end\n      text\n      reason\n    }\n    author {\n      ...ForumAuthorFields\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    createdAt\n    editedAt\n    # Fields spelled out, not a fragment: the API's depth limit counts fragment spreads as levels.\n    pendingEdit {\n      bodyHtml\n      bodyMd\n      heldReason\n      phiFindings {\n        kind\n        confidence\n        start\n        end\n        text\n        reason\n      }\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ForumPostFields on ForumPost {\n    id\n    threadId\n    seq\n    bodyHtml\n    bodyMd\n    status\n    heldReason\n    phiFindings {\n      kind\n      confidence\n      start\n      end\n      text\n      reason\n    }\n    author {\n      ...ForumAuthorFields\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    createdAt\n    editedAt\n    # Fields spelled out, not a fragment: the API's depth limit counts fragment spreads as levels.\n    pendingEdit {\n      bodyHtml\n      bodyMd\n      heldReason\n      phiFindings {\n        kind\n        confidence\n        start\n        end\n        text\n        reason\n      }\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue {\n    moderationQueue {\n      ...ForumPostFields\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue {\n    moderationQueue {\n      ...ForumPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog {\n    moderationLog {\n      id\n      action\n      targetType\n      targetId\n      reason\n      actorName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog {\n    moderationLog {\n      id\n      action\n      targetType\n      targetId\n      reason\n      actorName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateForumPost($input: ModerateForumPostInput!) {\n    moderateForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateForumPost($input: ModerateForumPostInput!) {\n    moderateForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetForumThreadFlags($threadId: ID!, $locked: Boolean, $pinned: Boolean, $reason: String) {\n    setForumThreadFlags(threadId: $threadId, locked: $locked, pinned: $pinned, reason: $reason) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SetForumThreadFlags($threadId: ID!, $locked: Boolean, $pinned: Boolean, $reason: String) {\n    setForumThreadFlags(threadId: $threadId, locked: $locked, pinned: $pinned, reason: $reason) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n    revealAnonymousAuthor(postId: $postId, reason: $reason) {\n      userId\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n    revealAnonymousAuthor(postId: $postId, reason: $reason) {\n      userId\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationFlags {\n    moderationFlags {\n      id\n      reason\n      note\n      createdAt\n      post {\n        ...ForumPostFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationFlags {\n    moderationFlags {\n      id\n      reason\n      note\n      createdAt\n      post {\n        ...ForumPostFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveForumThread($threadId: ID!, $categoryId: ID!, $reason: String!) {\n    moveForumThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation MoveForumThread($threadId: ID!, $categoryId: ID!, $reason: String!) {\n    moveForumThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarnForumMember($userId: ID!, $reason: String!) {\n    warnForumMember(userId: $userId, reason: $reason) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation WarnForumMember($userId: ID!, $reason: String!) {\n    warnForumMember(userId: $userId, reason: $reason) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendForumMember($userId: ID!, $until: DateTime, $reason: String!) {\n    suspendForumMember(userId: $userId, until: $until, reason: $reason) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendForumMember($userId: ID!, $until: DateTime, $reason: String!) {\n    suspendForumMember(userId: $userId, until: $until, reason: $reason) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissForumFlags($input: DismissForumFlagsInput!) {\n    dismissForumFlags(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation DismissForumFlags($input: DismissForumFlagsInput!) {\n    dismissForumFlags(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertCardFields on Expert {\n    id\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    headline\n    topics\n    timeZone\n    accepting\n  }\n"): (typeof documents)["\n  fragment ExpertCardFields on Expert {\n    id\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n    headline\n    topics\n    timeZone\n    accepting\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationTypeFields on ConsultationType {\n    id\n    expertId\n    title\n    description\n    durationMinutes\n    mode\n    room\n    meetingUrl\n    intakeQuestion\n    active\n  }\n"): (typeof documents)["\n  fragment ConsultationTypeFields on ConsultationType {\n    id\n    expertId\n    title\n    description\n    durationMinutes\n    mode\n    room\n    meetingUrl\n    intakeQuestion\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationFields on Consultation {\n    id\n    expertId\n    typeId\n    title\n    mode\n    location\n    startsAt\n    endsAt\n    timeZone\n    status\n    intakeAnswer\n    expertNotes\n    sequence\n    cancelReason\n    viewerRole\n    canReschedule\n    canCancel\n    icsUrl\n    expert {\n      id\n      displayName\n      credentials\n    }\n    member {\n      id\n      displayName\n      credentials\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationFields on Consultation {\n    id\n    expertId\n    typeId\n    title\n    mode\n    location\n    startsAt\n    endsAt\n    timeZone\n    status\n    intakeAnswer\n    expertNotes\n    sequence\n    cancelReason\n    viewerRole\n    canReschedule\n    canCancel\n    icsUrl\n    expert {\n      id\n      displayName\n      credentials\n    }\n    member {\n      id\n      displayName\n      credentials\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Experts($topic: String) {\n    experts(topic: $topic) {\n      ...ExpertCardFields\n      consultationTypes {\n        id\n        title\n        durationMinutes\n        mode\n      }\n    }\n    expertTopics\n  }\n"): (typeof documents)["\n  query Experts($topic: String) {\n    experts(topic: $topic) {\n      ...ExpertCardFields\n      consultationTypes {\n        id\n        title\n        durationMinutes\n        mode\n      }\n    }\n    expertTopics\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertPage($id: ID!) {\n    expert(id: $id) {\n      ...ExpertCardFields\n      bio\n      consultationTypes {\n        ...ConsultationTypeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertPage($id: ID!) {\n    expert(id: $id) {\n      ...ExpertCardFields\n      bio\n      consultationTypes {\n        ...ConsultationTypeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationSlots($typeId: ID!, $timeZone: String!, $from: DateTime, $days: Int) {\n    consultationSlots(typeId: $typeId, timeZone: $timeZone, from: $from, days: $days) {\n      date\n      slots {\n        start\n        end\n        label\n        onSite\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationSlots($typeId: ID!, $timeZone: String!, $from: DateTime, $days: Int) {\n    consultationSlots(typeId: $typeId, timeZone: $timeZone, from: $from, days: $days) {\n      date\n      slots {\n        start\n        end\n        label\n        onSite\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookConsultation($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation BookConsultation($input: BookConsultationInput!) {\n    bookConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleConsultation($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleConsultation($input: RescheduleConsultationInput!) {\n    rescheduleConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelConsultation($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelConsultation($input: CancelConsultationInput!) {\n    cancelConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsultations {\n    myConsultations {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  query MyConsultations {\n    myConsultations {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertConsultations {\n    expertConsultations {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  query ExpertConsultations {\n    expertConsultations {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationByLink($token: String!) {\n    consultationByLink(token: $token) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  query ConsultationByLink($token: String!) {\n    consultationByLink(token: $token) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsultationOutcome($id: ID!, $outcome: ConsultationOutcome!) {\n    setConsultationOutcome(id: $id, outcome: $outcome) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsultationOutcome($id: ID!, $outcome: ConsultationOutcome!) {\n    setConsultationOutcome(id: $id, outcome: $outcome) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsultationNotes($id: ID!, $notes: String!) {\n    setConsultationNotes(id: $id, notes: $notes) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsultationNotes($id: ID!, $notes: String!) {\n    setConsultationNotes(id: $id, notes: $notes) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertAvailabilityFields on ExpertAvailability {\n    expertId\n    headline\n    topics\n    accepting\n    timeZone\n    weeklyRules {\n      weekday\n      start\n      end\n    }\n    dateOverrides {\n      date\n      kind\n      start\n      end\n    }\n    onSiteBlocks {\n      id\n      start\n      end\n      room\n      eventSessionId\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    horizonDays\n    maxPerDay\n    consultationTypes {\n      ...ConsultationTypeFields\n    }\n  }\n"): (typeof documents)["\n  fragment ExpertAvailabilityFields on ExpertAvailability {\n    expertId\n    headline\n    topics\n    accepting\n    timeZone\n    weeklyRules {\n      weekday\n      start\n      end\n    }\n    dateOverrides {\n      date\n      kind\n      start\n      end\n    }\n    onSiteBlocks {\n      id\n      start\n      end\n      room\n      eventSessionId\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    horizonDays\n    maxPerDay\n    consultationTypes {\n      ...ConsultationTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertAvailability {\n    expertAvailability {\n      ...ExpertAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  query ExpertAvailability {\n    expertAvailability {\n      ...ExpertAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExpertAvailability($input: ExpertAvailabilityInput!) {\n    updateExpertAvailability(input: $input) {\n      ...ExpertAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExpertAvailability($input: ExpertAvailabilityInput!) {\n    updateExpertAvailability(input: $input) {\n      ...ExpertAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateExpertProfile($input: ExpertProfileInput!) {\n    updateExpertProfile(input: $input) {\n      ...ExpertAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateExpertProfile($input: ExpertProfileInput!) {\n    updateExpertProfile(input: $input) {\n      ...ExpertAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveConsultationType($input: ConsultationTypeInput!) {\n    saveConsultationType(input: $input) {\n      ...ConsultationTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveConsultationType($input: ConsultationTypeInput!) {\n    saveConsultationType(input: $input) {\n      ...ConsultationTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarLinksFields on CalendarLinks {\n    httpsUrl\n    webcalUrl\n    googleUrl\n    publicHttpsUrl\n    publicWebcalUrl\n  }\n"): (typeof documents)["\n  fragment CalendarLinksFields on CalendarLinks {\n    httpsUrl\n    webcalUrl\n    googleUrl\n    publicHttpsUrl\n    publicWebcalUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      ...CalendarLinksFields\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      ...CalendarLinksFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      ...CalendarLinksFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      ...CalendarLinksFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryEntryFields on DirectoryEntry {\n    id\n    name\n    type\n    countryCode\n    countryName\n    region\n    city\n    website\n    websiteDomain\n    accounts {\n      platform\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryEntryFields on DirectoryEntry {\n    id\n    name\n    type\n    countryCode\n    countryName\n    region\n    city\n    website\n    websiteDomain\n    accounts {\n      platform\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryListingFields on DirectoryListing {\n    ...DirectoryEntryFields\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment DirectoryListingFields on DirectoryListing {\n    ...DirectoryEntryFields\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryGrid($query: DirectoryQueryInput) {\n    directory(query: $query) {\n      totalCount\n      offset\n      limit\n      exportPath\n      nodes {\n        ...DirectoryListingFields\n      }\n      facets {\n        countries {\n          value\n          label\n          count\n        }\n        types {\n          value\n          label\n          count\n        }\n        platforms {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryGrid($query: DirectoryQueryInput) {\n    directory(query: $query) {\n      totalCount\n      offset\n      limit\n      exportPath\n      nodes {\n        ...DirectoryListingFields\n      }\n      facets {\n        countries {\n          value\n          label\n          count\n        }\n        types {\n          value\n          label\n          count\n        }\n        platforms {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDirectoryListing($input: SubmitDirectoryListingInput!) {\n    submitDirectoryListing(input: $input) {\n      status\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDirectoryListing($input: SubmitDirectoryListingInput!) {\n    submitDirectoryListing(input: $input) {\n      status\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDirectorySubmission($token: String!) {\n    confirmDirectorySubmission(token: $token) {\n      status\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmDirectorySubmission($token: String!) {\n    confirmDirectorySubmission(token: $token) {\n      status\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryEditForm($token: String!) {\n    directoryEditForm(token: $token) {\n      updatePending\n      listing {\n        ...DirectoryListingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryEditForm($token: String!) {\n    directoryEditForm(token: $token) {\n      updatePending\n      listing {\n        ...DirectoryListingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDirectoryListing($token: String!, $input: DirectoryListingInput!) {\n    updateDirectoryListing(token: $token, input: $input) {\n      status\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDirectoryListing($token: String!, $input: DirectoryListingInput!) {\n    updateDirectoryListing(token: $token, input: $input) {\n      status\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDirectoryEditLinks($email: String!) {\n    requestDirectoryEditLinks(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestDirectoryEditLinks($email: String!) {\n    requestDirectoryEditLinks(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryReviewQueue {\n    directoryReviewQueue {\n      totalCount\n      nodes {\n        ...DirectoryEntryFields\n        kind\n        status\n        submitterEmail\n        submittedAt\n        confirmedAt\n        currentListing {\n          ...DirectoryListingFields\n        }\n        duplicates {\n          ...DirectoryEntryFields\n          source\n          matchedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryReviewQueue {\n    directoryReviewQueue {\n      totalCount\n      nodes {\n        ...DirectoryEntryFields\n        kind\n        status\n        submitterEmail\n        submittedAt\n        confirmedAt\n        currentListing {\n          ...DirectoryListingFields\n        }\n        duplicates {\n          ...DirectoryEntryFields\n          source\n          matchedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDirectorySubmission($id: ID!) {\n    approveDirectorySubmission(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDirectorySubmission($id: ID!) {\n    approveDirectorySubmission(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDirectorySubmission($id: ID!, $reason: String!) {\n    rejectDirectorySubmission(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectDirectorySubmission($id: ID!, $reason: String!) {\n    rejectDirectorySubmission(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDirectoryListing($id: ID!, $reason: String!) {\n    removeDirectoryListing(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RemoveDirectoryListing($id: ID!, $reason: String!) {\n    removeDirectoryListing(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventById($id: ID!) {\n    eventById(id: $id) {\n      ...EventDetailFields\n      agenda {\n        ...AgendaDayFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventById($id: ID!) {\n    eventById(id: $id) {\n      ...EventDetailFields\n      agenda {\n        ...AgendaDayFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: EventFieldsInput!) {\n    createEvent(input: $input) {\n      ...EventSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: EventFieldsInput!) {\n    createEvent(input: $input) {\n      ...EventSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventSummaryFields\n      description\n      venueAddress\n      cancellationDeadline\n      joinUrl\n      recordingUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventSummaryFields\n      description\n      venueAddress\n      cancellationDeadline\n      joinUrl\n      recordingUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($eventId: ID!, $reason: String) {\n    cancelEvent(eventId: $eventId, reason: $reason) {\n      eventId\n      ordersCancelled\n      seatsCancelled\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($eventId: ID!, $reason: String) {\n    cancelEvent(eventId: $eventId, reason: $reason) {\n      eventId\n      ordersCancelled\n      seatsCancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEventSession($input: CreateSessionInput!) {\n    createEventSession(input: $input) {\n      ...EventSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEventSession($input: CreateSessionInput!) {\n    createEventSession(input: $input) {\n      ...EventSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEventSession($sessionId: ID!) {\n    deleteEventSession(sessionId: $sessionId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteEventSession($sessionId: ID!) {\n    deleteEventSession(sessionId: $sessionId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicketType($input: CreateTicketTypeInput!) {\n    createTicketType(input: $input) {\n      ...TicketTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicketType($input: CreateTicketTypeInput!) {\n    createTicketType(input: $input) {\n      ...TicketTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicketType($input: UpdateTicketTypeInput!) {\n    updateTicketType(input: $input) {\n      ...TicketTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTicketType($input: UpdateTicketTypeInput!) {\n    updateTicketType(input: $input) {\n      ...TicketTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromoCodes($eventId: ID) {\n    promoCodes(eventId: $eventId) {\n      id\n      code\n      description\n      percentOff\n      amountOffCents\n      maxUses\n      uses\n      expiresAt\n      active\n      eventId\n      ticketTypeIds\n    }\n  }\n"): (typeof documents)["\n  query PromoCodes($eventId: ID) {\n    promoCodes(eventId: $eventId) {\n      id\n      code\n      description\n      percentOff\n      amountOffCents\n      maxUses\n      uses\n      expiresAt\n      active\n      eventId\n      ticketTypeIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePromoCode($input: CreatePromoCodeInput!) {\n    createPromoCode(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePromoCode($input: CreatePromoCodeInput!) {\n    createPromoCode(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePromoCode($input: UpdatePromoCodeInput!) {\n    updatePromoCode(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePromoCode($input: UpdatePromoCodeInput!) {\n    updatePromoCode(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegistrations($filter: EventRegistrationsFilterInput!) {\n    eventRegistrations(filter: $filter) {\n      checkedIn\n      confirmed\n      items {\n        id\n        orderId\n        status\n        ticketTypeName\n        attendeeName\n        attendeeEmail\n        attendeeCredentials\n        attendeeOrganization\n        orderState\n        checkedInAt\n        checkedInAtVenue\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventRegistrations($filter: EventRegistrationsFilterInput!) {\n    eventRegistrations(filter: $filter) {\n      checkedIn\n      confirmed\n      items {\n        id\n        orderId\n        status\n        ticketTypeName\n        attendeeName\n        attendeeEmail\n        attendeeCredentials\n        attendeeOrganization\n        orderState\n        checkedInAt\n        checkedInAtVenue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckInPersonFields on EventRegistration {\n    id\n    attendeeName\n    attendeeCredentials\n    attendeeOrganization\n    ticketTypeName\n    checkedInAt\n    checkedInAtVenue\n  }\n"): (typeof documents)["\n  fragment CheckInPersonFields on EventRegistration {\n    id\n    attendeeName\n    attendeeCredentials\n    attendeeOrganization\n    ticketTypeName\n    checkedInAt\n    checkedInAtVenue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventAttendanceFields on EventAttendance {\n    eventId\n    checkedIn\n    confirmed\n  }\n"): (typeof documents)["\n  fragment EventAttendanceFields on EventAttendance {\n    eventId\n    checkedIn\n    confirmed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckInResultFields on CheckInResult {\n    checkedInAt\n    checkedInAtVenue\n    attendance {\n      ...EventAttendanceFields\n    }\n    registration {\n      ...CheckInPersonFields\n    }\n  }\n"): (typeof documents)["\n  fragment CheckInResultFields on CheckInResult {\n    checkedInAt\n    checkedInAtVenue\n    attendance {\n      ...EventAttendanceFields\n    }\n    registration {\n      ...CheckInPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInSearch($eventId: ID!, $query: String!) {\n    checkInSearch(eventId: $eventId, query: $query) {\n      ...CheckInPersonFields\n    }\n  }\n"): (typeof documents)["\n  query CheckInSearch($eventId: ID!, $query: String!) {\n    checkInSearch(eventId: $eventId, query: $query) {\n      ...CheckInPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAttendance($eventId: ID!) {\n    eventAttendance(eventId: $eventId) {\n      ...EventAttendanceFields\n    }\n  }\n"): (typeof documents)["\n  query EventAttendance($eventId: ID!) {\n    eventAttendance(eventId: $eventId) {\n      ...EventAttendanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInTicket($eventId: ID!, $token: String!) {\n    checkInTicket(eventId: $eventId, token: $token) {\n      ...CheckInResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInTicket($eventId: ID!, $token: String!) {\n    checkInTicket(eventId: $eventId, token: $token) {\n      ...CheckInResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInRegistration($eventId: ID!, $registrationId: ID!) {\n    checkInRegistration(eventId: $eventId, registrationId: $registrationId) {\n      ...CheckInResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInRegistration($eventId: ID!, $registrationId: ID!) {\n    checkInRegistration(eventId: $eventId, registrationId: $registrationId) {\n      ...CheckInResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOrderPaid($orderId: ID!, $reference: String) {\n    markOrderPaid(orderId: $orderId, reference: $reference) {\n      id\n      state\n      paidAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkOrderPaid($orderId: ID!, $reference: String) {\n    markOrderPaid(orderId: $orderId, reference: $reference) {\n      id\n      state\n      paidAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketTypeFields on TicketType {\n    id\n    kind\n    name\n    description\n    eventId\n    bundleEventIds\n    listPriceCents\n    capacity\n    seatsLeft\n    soldOut\n    onSale\n    audience\n    inPerson\n    includedInPremium\n    maxPerOrder\n    membershipMonths\n    saleStartsAt\n    saleEndsAt\n  }\n"): (typeof documents)["\n  fragment TicketTypeFields on TicketType {\n    id\n    kind\n    name\n    description\n    eventId\n    bundleEventIds\n    listPriceCents\n    capacity\n    seatsLeft\n    soldOut\n    onSale\n    audience\n    inPerson\n    includedInPremium\n    maxPerOrder\n    membershipMonths\n    saleStartsAt\n    saleEndsAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventSummaryFields on Event {\n    id\n    slug\n    kind\n    title\n    summary\n    status\n    timeZone\n    startsAt\n    endsAt\n    venueStart\n    venueName\n  }\n"): (typeof documents)["\n  fragment EventSummaryFields on Event {\n    id\n    slug\n    kind\n    title\n    summary\n    status\n    timeZone\n    startsAt\n    endsAt\n    venueStart\n    venueName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventSessionFields on EventSession {\n    id\n    eventId\n    type\n    title\n    description\n    track\n    room\n    startsAt\n    endsAt\n    venueStart\n    venueEnd\n    speakers {\n      userId\n      displayName\n      credentials\n    }\n  }\n"): (typeof documents)["\n  fragment EventSessionFields on EventSession {\n    id\n    eventId\n    type\n    title\n    description\n    track\n    room\n    startsAt\n    endsAt\n    venueStart\n    venueEnd\n    speakers {\n      userId\n      displayName\n      credentials\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventQuestionFields on EventQuestion {\n    id\n    label\n    kind\n    options\n    required\n  }\n"): (typeof documents)["\n  fragment EventQuestionFields on EventQuestion {\n    id\n    label\n    kind\n    options\n    required\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalAgendaFields on PersonalAgenda {\n    eventId\n    registrationId\n    sessions {\n      id\n    }\n    clashes {\n      sessionId\n      clashesWith\n    }\n  }\n"): (typeof documents)["\n  fragment PersonalAgendaFields on PersonalAgenda {\n    eventId\n    registrationId\n    sessions {\n      id\n    }\n    clashes {\n      sessionId\n      clashesWith\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventRegistrationFields on EventRegistration {\n    id\n    orderId\n    orderState\n    status\n    ticketTypeId\n    ticketTypeName\n    attendeeName\n    attendeeEmail\n    attendeeCredentials\n    attendeeOrganization\n    isAttendee\n    isBuyer\n    canCancel\n    canTransfer\n    cancelUntil\n    cancelledAt\n    checkedInAt\n    checkedInAtVenue\n    transferredAt\n    refundCents\n    joinUrl\n    recordingUrl\n    ticketToken\n    ticketQrDataUrl\n    event {\n      ...EventSummaryFields\n    }\n  }\n"): (typeof documents)["\n  fragment EventRegistrationFields on EventRegistration {\n    id\n    orderId\n    orderState\n    status\n    ticketTypeId\n    ticketTypeName\n    attendeeName\n    attendeeEmail\n    attendeeCredentials\n    attendeeOrganization\n    isAttendee\n    isBuyer\n    canCancel\n    canTransfer\n    cancelUntil\n    cancelledAt\n    checkedInAt\n    checkedInAtVenue\n    transferredAt\n    refundCents\n    joinUrl\n    recordingUrl\n    ticketToken\n    ticketQrDataUrl\n    event {\n      ...EventSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFields on Order {\n    id\n    state\n    subtotalCents\n    discountCents\n    totalCents\n    discountReason\n    explanation\n    holdExpiresAt\n    invoiceNumber\n    paymentProvider\n    createdAt\n    confirmedAt\n    paidAt\n    cancelledAt\n    refundedAt\n    refundCents\n    lines {\n      ticketTypeId\n      name\n      quantity\n      unitListCents\n      unitDiscountCents\n      lineTotalCents\n    }\n    registrations {\n      id\n      eventId\n      attendeeName\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment OrderFields on Order {\n    id\n    state\n    subtotalCents\n    discountCents\n    totalCents\n    discountReason\n    explanation\n    holdExpiresAt\n    invoiceNumber\n    paymentProvider\n    createdAt\n    confirmedAt\n    paidAt\n    cancelledAt\n    refundedAt\n    refundCents\n    lines {\n      ticketTypeId\n      name\n      quantity\n      unitListCents\n      unitDiscountCents\n      lineTotalCents\n    }\n    registrations {\n      id\n      eventId\n      attendeeName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    eventId\n    ticketTypeId\n    quantity\n    status\n    position\n    offerExpiresAt\n    orderId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    eventId\n    ticketTypeId\n    quantity\n    status\n    position\n    offerExpiresAt\n    orderId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetailFields on Event {\n    ...EventSummaryFields\n    description\n    venueAddress\n    venueEnd\n    cancellationDeadline\n    includesCourse\n    joinUrl\n    recordingUrl\n    questions {\n      ...EventQuestionFields\n    }\n    ticketTypes {\n      ...TicketTypeFields\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetailFields on Event {\n    ...EventSummaryFields\n    description\n    venueAddress\n    venueEnd\n    cancellationDeadline\n    includesCourse\n    joinUrl\n    recordingUrl\n    questions {\n      ...EventQuestionFields\n    }\n    ticketTypes {\n      ...TicketTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($kind: EventKind, $includePast: Boolean! = false) {\n    events(kind: $kind, includePast: $includePast) {\n      ...EventSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query Events($kind: EventKind, $includePast: Boolean! = false) {\n    events(kind: $kind, includePast: $includePast) {\n      ...EventSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...EventDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Event($slug: String!) {\n    event(slug: $slug) {\n      ...EventDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaDayFields on AgendaDay {\n    date\n    tracks {\n      name\n      sessions {\n        ...EventSessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaDayFields on AgendaDay {\n    date\n    tracks {\n      name\n      sessions {\n        ...EventSessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAgenda($slug: String!) {\n    event(slug: $slug) {\n      ...EventSummaryFields\n      agenda {\n        ...AgendaDayFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventAgenda($slug: String!) {\n    event(slug: $slug) {\n      ...EventSummaryFields\n      agenda {\n        ...AgendaDayFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAgenda($eventId: ID!) {\n    myAgenda(eventId: $eventId) {\n      ...PersonalAgendaFields\n    }\n  }\n"): (typeof documents)["\n  query MyAgenda($eventId: ID!) {\n    myAgenda(eventId: $eventId) {\n      ...PersonalAgendaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseAgendaSession($sessionId: ID!) {\n    chooseAgendaSession(sessionId: $sessionId) {\n      warning\n      clashesWith {\n        id\n        title\n      }\n      agenda {\n        ...PersonalAgendaFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseAgendaSession($sessionId: ID!) {\n    chooseAgendaSession(sessionId: $sessionId) {\n      warning\n      clashesWith {\n        id\n        title\n      }\n      agenda {\n        ...PersonalAgendaFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaSession($sessionId: ID!) {\n    removeAgendaSession(sessionId: $sessionId) {\n      ...PersonalAgendaFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaSession($sessionId: ID!) {\n    removeAgendaSession(sessionId: $sessionId) {\n      ...PersonalAgendaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipProducts {\n    membershipProducts {\n      ...TicketTypeFields\n    }\n  }\n"): (typeof documents)["\n  query MembershipProducts {\n    membershipProducts {\n      ...TicketTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceQuote($input: PriceQuoteInput!) {\n    priceQuote(input: $input) {\n      ticketTypeId\n      quantity\n      buyerTier\n      unitListCents\n      unitDiscountCents\n      unitTotalCents\n      listPriceCents\n      discountCents\n      totalCents\n      reason\n      explanation\n      promoCode\n      promoProblem\n    }\n  }\n"): (typeof documents)["\n  query PriceQuote($input: PriceQuoteInput!) {\n    priceQuote(input: $input) {\n      ticketTypeId\n      quantity\n      buyerTier\n      unitListCents\n      unitDiscountCents\n      unitTotalCents\n      listPriceCents\n      discountCents\n      totalCents\n      reason\n      explanation\n      promoCode\n      promoProblem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOrder($orderId: ID!) {\n    confirmOrder(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmOrder($orderId: ID!) {\n    confirmOrder(orderId: $orderId) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets {\n    myRegistrations {\n      ...EventRegistrationFields\n    }\n    myOrders {\n      ...OrderFields\n    }\n    myWaitlist {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  query MyTickets {\n    myRegistrations {\n      ...EventRegistrationFields\n    }\n    myOrders {\n      ...OrderFields\n    }\n    myWaitlist {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($registrationId: ID!) {\n    cancelRegistration(registrationId: $registrationId) {\n      ...EventRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($registrationId: ID!) {\n    cancelRegistration(registrationId: $registrationId) {\n      ...EventRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferRegistration($input: TransferRegistrationInput!) {\n    transferRegistration(input: $input) {\n      ...EventRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransferRegistration($input: TransferRegistrationInput!) {\n    transferRegistration(input: $input) {\n      ...EventRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitlist($ticketTypeId: ID!, $quantity: Int!) {\n    joinWaitlist(ticketTypeId: $ticketTypeId, quantity: $quantity) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitlist($ticketTypeId: ID!, $quantity: Int!) {\n    joinWaitlist(ticketTypeId: $ticketTypeId, quantity: $quantity) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWaitlist($entryId: ID!) {\n    leaveWaitlist(entryId: $entryId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveWaitlist($entryId: ID!) {\n    leaveWaitlist(entryId: $entryId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineWaitlistOffer($entryId: ID!) {\n    declineWaitlistOffer(entryId: $entryId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineWaitlistOffer($entryId: ID!) {\n    declineWaitlistOffer(entryId: $entryId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) {\n      ...OrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptWaitlistOffer($input: AcceptWaitlistOfferInput!) {\n    acceptWaitlistOffer(input: $input) {\n      ...OrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutEvent($id: ID!) {\n    eventById(id: $id) {\n      ...EventSummaryFields\n      questions {\n        ...EventQuestionFields\n      }\n      ticketTypes {\n        ...TicketTypeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckoutEvent($id: ID!) {\n    eventById(id: $id) {\n      ...EventSummaryFields\n      questions {\n        ...EventQuestionFields\n      }\n      ticketTypes {\n        ...TicketTypeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FellowshipPlanFields on FellowshipPlan {\n    id\n    title\n    goals\n    audience\n    platforms\n    metrics\n    governance\n    status\n    version\n    cohortYear\n    listPublicly\n    publicSummary\n    submittedAt\n    updatedAt\n    decidedAt\n    isMine\n    availableActions\n    author {\n      id\n      displayName\n      credentials\n      jobTitle\n      organizationName\n    }\n    timeline {\n      id\n      action\n      fromStatus\n      toStatus\n      comment\n      actorName\n      byAuthor\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment FellowshipPlanFields on FellowshipPlan {\n    id\n    title\n    goals\n    audience\n    platforms\n    metrics\n    governance\n    status\n    version\n    cohortYear\n    listPublicly\n    publicSummary\n    submittedAt\n    updatedAt\n    decidedAt\n    isMine\n    availableActions\n    author {\n      id\n      displayName\n      credentials\n      jobTitle\n      organizationName\n    }\n    timeline {\n      id\n      action\n      fromStatus\n      toStatus\n      comment\n      actorName\n      byAuthor\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Fellows {\n    fellows {\n      id\n      displayName\n      credentials\n      credentialsVerified\n      jobTitle\n      organizationName\n      cohortYear\n      summary\n    }\n  }\n"): (typeof documents)["\n  query Fellows {\n    fellows {\n      id\n      displayName\n      credentials\n      credentialsVerified\n      jobTitle\n      organizationName\n      cohortYear\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFellowship {\n    myFellowship {\n      eligible\n      eligibilitySource\n      canSubmit\n      cannotSubmitReason\n      isReviewer\n      plan {\n        ...FellowshipPlanFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFellowship {\n    myFellowship {\n      eligible\n      eligibilitySource\n      canSubmit\n      cannotSubmitReason\n      isReviewer\n      plan {\n        ...FellowshipPlanFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FellowshipPlan($id: ID!) {\n    fellowshipPlan(id: $id) {\n      ...FellowshipPlanFields\n    }\n  }\n"): (typeof documents)["\n  query FellowshipPlan($id: ID!) {\n    fellowshipPlan(id: $id) {\n      ...FellowshipPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FellowshipReviewQueue($statuses: [FellowshipPlanStatus!]) {\n    fellowshipReviewQueue(statuses: $statuses) {\n      id\n      title\n      status\n      version\n      updatedAt\n      author {\n        id\n        displayName\n        organizationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query FellowshipReviewQueue($statuses: [FellowshipPlanStatus!]) {\n    fellowshipReviewQueue(statuses: $statuses) {\n      id\n      title\n      status\n      version\n      updatedAt\n      author {\n        id\n        displayName\n        organizationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFellowshipPlan($input: FellowshipPlanInput!) {\n    submitFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFellowshipPlan($input: FellowshipPlanInput!) {\n    submitFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitFellowshipPlan($input: ResubmitFellowshipPlanInput!) {\n    resubmitFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitFellowshipPlan($input: ResubmitFellowshipPlanInput!) {\n    resubmitFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFellowshipPlan($input: ReviewFellowshipPlanInput!) {\n    reviewFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFellowshipPlan($input: ReviewFellowshipPlanInput!) {\n    reviewFellowshipPlan(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFellowListing($input: FellowListingInput!) {\n    setFellowListing(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetFellowListing($input: FellowListingInput!) {\n    setFellowListing(input: $input) {\n      ...FellowshipPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FellowshipRoster {\n    fellowshipEligibleMembers {\n      userId\n      displayName\n      email\n      source\n      since\n    }\n    fellowshipReviewers {\n      userId\n      displayName\n      email\n      since\n    }\n  }\n"): (typeof documents)["\n  query FellowshipRoster {\n    fellowshipEligibleMembers {\n      userId\n      displayName\n      email\n      source\n      since\n    }\n    fellowshipReviewers {\n      userId\n      displayName\n      email\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantFellowshipEligibility($input: FellowshipMemberInput!) {\n    grantFellowshipEligibility(input: $input) {\n      userId\n    }\n  }\n"): (typeof documents)["\n  mutation GrantFellowshipEligibility($input: FellowshipMemberInput!) {\n    grantFellowshipEligibility(input: $input) {\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFellowshipReviewer($input: FellowshipMemberInput!, $reviewer: Boolean!) {\n    setFellowshipReviewer(input: $input, reviewer: $reviewer) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SetFellowshipReviewer($input: FellowshipMemberInput!, $reviewer: Boolean!) {\n    setFellowshipReviewer(input: $input, reviewer: $reviewer) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateFields on Certificate {\n    code\n    holderName\n    courseTitle\n    issuedAt\n    verifyUrl\n    pdfUrl\n  }\n"): (typeof documents)["\n  fragment CertificateFields on Certificate {\n    code\n    holderName\n    courseTitle\n    issuedAt\n    verifyUrl\n    pdfUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseModuleSummaryFields on CourseModuleSummary {\n    id\n    slug\n    position\n    title\n    summary\n    estimatedMinutes\n    passMark\n    questionCount\n    status\n    attempts\n    bestScore\n  }\n"): (typeof documents)["\n  fragment CourseModuleSummaryFields on CourseModuleSummary {\n    id\n    slug\n    position\n    title\n    summary\n    estimatedMinutes\n    passMark\n    questionCount\n    status\n    attempts\n    bestScore\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Course($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      priceCents\n      totalMinutes\n      access {\n        canStudy\n        via\n        missing\n      }\n      modules {\n        ...CourseModuleSummaryFields\n      }\n      progress {\n        totalModules\n        completedModules\n        percent\n        resumeModuleSlug\n        complete\n      }\n      certificate {\n        ...CertificateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Course($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      priceCents\n      totalMinutes\n      access {\n        canStudy\n        via\n        missing\n      }\n      modules {\n        ...CourseModuleSummaryFields\n      }\n      progress {\n        totalModules\n        completedModules\n        percent\n        resumeModuleSlug\n        complete\n      }\n      certificate {\n        ...CertificateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseModule($courseSlug: String!, $slug: String!) {\n    courseModule(courseSlug: $courseSlug, slug: $slug) {\n      id\n      slug\n      position\n      title\n      summary\n      estimatedMinutes\n      passMark\n      questionCount\n      status\n      attempts\n      bestScore\n      readAt\n      courseSlug\n      courseTitle\n      contentHtml\n      videoUrl\n      previousModuleSlug\n      nextModuleSlug\n      questions {\n        id\n        position\n        prompt\n        choices\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseModule($courseSlug: String!, $slug: String!) {\n    courseModule(courseSlug: $courseSlug, slug: $slug) {\n      id\n      slug\n      position\n      title\n      summary\n      estimatedMinutes\n      passMark\n      questionCount\n      status\n      attempts\n      bestScore\n      readAt\n      courseSlug\n      courseTitle\n      contentHtml\n      videoUrl\n      previousModuleSlug\n      nextModuleSlug\n      questions {\n        id\n        position\n        prompt\n        choices\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCourseModuleRead($moduleId: ID!) {\n    markCourseModuleRead(moduleId: $moduleId) {\n      id\n      status\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCourseModuleRead($moduleId: ID!) {\n    markCourseModuleRead(moduleId: $moduleId) {\n      id\n      status\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCourseQuiz($input: SubmitQuizInput!) {\n    submitCourseQuiz(input: $input) {\n      correctCount\n      total\n      scorePercent\n      passMark\n      passed\n      courseComplete\n      results {\n        questionId\n        choiceIndex\n        correct\n      }\n      module {\n        id\n        status\n        attempts\n        bestScore\n      }\n      certificate {\n        ...CertificateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCourseQuiz($input: SubmitQuizInput!) {\n    submitCourseQuiz(input: $input) {\n      correctCount\n      total\n      scorePercent\n      passMark\n      passed\n      courseComplete\n      results {\n        questionId\n        choiceIndex\n        correct\n      }\n      module {\n        id\n        status\n        attempts\n        bestScore\n      }\n      certificate {\n        ...CertificateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      holderName\n      courseTitle\n      issuedAt\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      holderName\n      courseTitle\n      issuedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseAccessGrants($courseSlug: String!) {\n    courseAccessGrants(courseSlug: $courseSlug) {\n      id\n      userId\n      userEmail\n      userDisplayName\n      source\n      reference\n      note\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query CourseAccessGrants($courseSlug: String!) {\n    courseAccessGrants(courseSlug: $courseSlug) {\n      id\n      userId\n      userEmail\n      userDisplayName\n      source\n      reference\n      note\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantCourseAccess($input: GrantCourseAccessInput!) {\n    grantCourseAccess(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GrantCourseAccess($input: GrantCourseAccessInput!) {\n    grantCourseAccess(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCourseAccess($grantId: ID!) {\n    revokeCourseAccess(grantId: $grantId) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCourseAccess($grantId: ID!) {\n    revokeCourseAccess(grantId: $grantId) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseModuleDraftFields on CourseModuleDraft {\n    id\n    courseSlug\n    slug\n    position\n    title\n    summary\n    estimatedMinutes\n    contentMd\n    videoUrl\n    passMark\n    questions {\n      prompt\n      choices\n      correctIndex\n    }\n  }\n"): (typeof documents)["\n  fragment CourseModuleDraftFields on CourseModuleDraft {\n    id\n    courseSlug\n    slug\n    position\n    title\n    summary\n    estimatedMinutes\n    contentMd\n    videoUrl\n    passMark\n    questions {\n      prompt\n      choices\n      correctIndex\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseModuleDraft($id: ID!) {\n    courseModuleDraft(id: $id) {\n      ...CourseModuleDraftFields\n    }\n  }\n"): (typeof documents)["\n  query CourseModuleDraft($id: ID!) {\n    courseModuleDraft(id: $id) {\n      ...CourseModuleDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCourseModule($input: CourseModuleDraftInput!) {\n    saveCourseModule(input: $input) {\n      ...CourseModuleDraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCourseModule($input: CourseModuleDraftInput!) {\n    saveCourseModule(input: $input) {\n      ...CourseModuleDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseProduct($courseSlug: String!) {\n    courseProduct(courseSlug: $courseSlug) {\n      ...TicketTypeFields\n    }\n  }\n"): (typeof documents)["\n  query CourseProduct($courseSlug: String!) {\n    courseProduct(courseSlug: $courseSlug) {\n      ...TicketTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    threadId\n    postId\n    postSeq\n    threadTitle\n    actorName\n    excerpt\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    threadId\n    postId\n    postSeq\n    threadTitle\n    actorName\n    excerpt\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int! = 20, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int! = 20, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationFields\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkForumThreadRead($threadId: ID!, $seq: Int!) {\n    markForumThreadRead(threadId: $threadId, seq: $seq) {\n      threadId\n      lastReadSeq\n      unreadNotificationCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkForumThreadRead($threadId: ID!, $seq: Int!) {\n    markForumThreadRead(threadId: $threadId, seq: $seq) {\n      threadId\n      lastReadSeq\n      unreadNotificationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumWatch($threadId: ID, $categoryId: ID) {\n    forumWatch(threadId: $threadId, categoryId: $categoryId) {\n      threadId\n      categoryId\n      level\n      source\n    }\n  }\n"): (typeof documents)["\n  query ForumWatch($threadId: ID, $categoryId: ID) {\n    forumWatch(threadId: $threadId, categoryId: $categoryId) {\n      threadId\n      categoryId\n      level\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetForumWatch($input: SetForumWatchInput!) {\n    setForumWatch(input: $input) {\n      threadId\n      categoryId\n      level\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation SetForumWatch($input: SetForumWatchInput!) {\n    setForumWatch(input: $input) {\n      threadId\n      categoryId\n      level\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      emailMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      emailMode\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      emailMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumMentionCandidates($threadId: ID!, $search: String! = \"\") {\n    forumMentionCandidates(threadId: $threadId, search: $search) {\n      userId\n      displayName\n      markdown\n    }\n  }\n"): (typeof documents)["\n  query ForumMentionCandidates($threadId: ID!, $search: String! = \"\") {\n    forumMentionCandidates(threadId: $threadId, search: $search) {\n      userId\n      displayName\n      markdown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSummary on UserProfile {\n    id\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n  }\n"): (typeof documents)["\n  fragment MemberSummary on UserProfile {\n    id\n    displayName\n    credentials\n    credentialsVerified\n    jobTitle\n    organizationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationSummary on Organization {\n    id\n    name\n    status\n    active\n    membershipStartsAt\n    membershipEndsAt\n    domains {\n      id\n      domain\n      approved\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationSummary on Organization {\n    id\n    name\n    status\n    active\n    membershipStartsAt\n    membershipEndsAt\n    domains {\n      id\n      domain\n      approved\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationDetails on Organization {\n    ...OrganizationSummary\n    admins {\n      ...MemberSummary\n    }\n    coveredMembers {\n      ...MemberSummary\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationDetails on Organization {\n    ...OrganizationSummary\n    admins {\n      ...MemberSummary\n    }\n    coveredMembers {\n      ...MemberSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationDetails\n    }\n  }\n"): (typeof documents)["\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganizationDomain($organizationId: ID!, $domain: String!) {\n    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {\n      ...OrganizationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrganizationDomain($organizationId: ID!, $domain: String!) {\n    addOrganizationDomain(organizationId: $organizationId, domain: $domain) {\n      ...OrganizationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganizationDomain($domainId: ID!) {\n    removeOrganizationDomain(domainId: $domainId) {\n      ...OrganizationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOrganizationDomain($domainId: ID!) {\n    removeOrganizationDomain(domainId: $domainId) {\n      ...OrganizationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceFields on Resource {\n    id\n    slug\n    kind\n    audience\n    title\n    summary\n    tags\n    previewHtml\n    access\n    invitation\n    published\n    publishedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ResourceFields on Resource {\n    id\n    slug\n    kind\n    audience\n    title\n    summary\n    tags\n    previewHtml\n    access\n    invitation\n    published\n    publishedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($filter: ResourceFilterInput) {\n    resources(filter: $filter) {\n      total\n      nodes {\n        ...ResourceFields\n      }\n    }\n    resourceTags {\n      tag\n      count\n    }\n  }\n"): (typeof documents)["\n  query Resources($filter: ResourceFilterInput) {\n    resources(filter: $filter) {\n      total\n      nodes {\n        ...ResourceFields\n      }\n    }\n    resourceTags {\n      tag\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resource($slug: String!) {\n    resource(slug: $slug) {\n      ...ResourceFields\n      bodyHtml\n      linkUrl\n      bodyMd\n    }\n  }\n"): (typeof documents)["\n  query Resource($slug: String!) {\n    resource(slug: $slug) {\n      ...ResourceFields\n      bodyHtml\n      linkUrl\n      bodyMd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResource($id: ID!, $input: ResourceInput!) {\n    updateResource(id: $id, input: $input) {\n      ...ResourceFields\n      bodyHtml\n      linkUrl\n      bodyMd\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResource($id: ID!, $input: ResourceInput!) {\n    updateResource(id: $id, input: $input) {\n      ...ResourceFields\n      bodyHtml\n      linkUrl\n      bodyMd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResourcePublished($id: ID!, $published: Boolean!) {\n    setResourcePublished(id: $id, published: $published) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetResourcePublished($id: ID!, $published: Boolean!) {\n    setResourcePublished(id: $id, published: $published) {\n      ...ResourceFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;