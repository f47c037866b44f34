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
    "\n  fragment ForumPostFields on ForumPost {\n    id\n    threadId\n    seq\n    bodyHtml\n    bodyMd\n    status\n    heldReason\n    phiFindings {\n      kind\n      confidence\n      start\n      end\n      text\n      reason\n    }\n    author {\n      ...ForumAuthorFields\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    createdAt\n    editedAt\n  }\n": typeof types.ForumPostFieldsFragmentDoc,
    "\n  query ModerationQueue {\n    moderationQueue {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ModerationLog {\n    moderationLog {\n      id\n      action\n      targetType\n      targetId\n      reason\n      actorName\n      createdAt\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  mutation ModerateForumPost($input: ModerateForumPostInput!) {\n    moderateForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ModerateForumPostDocument,
    "\n  mutation SetForumThreadFlags($threadId: ID!, $locked: Boolean, $pinned: Boolean, $reason: String) {\n    setForumThreadFlags(threadId: $threadId, locked: $locked, pinned: $pinned, reason: $reason) {\n      ok\n    }\n  }\n": typeof types.SetForumThreadFlagsDocument,
    "\n  mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n    revealAnonymousAuthor(postId: $postId, reason: $reason) {\n      userId\n      displayName\n      email\n    }\n  }\n": typeof types.RevealAnonymousAuthorDocument,
    "\n  query ModerationFlags {\n    moderationFlags {\n      id\n      reason\n      note\n      createdAt\n      post {\n        ...ForumPostFields\n      }\n    }\n  }\n": typeof types.ModerationFlagsDocument,
    "\n  mutation MoveForumThread($threadId: ID!, $categoryId: ID!, $reason: String!) {\n    moveForumThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) {\n      ok\n    }\n  }\n": typeof types.MoveForumThreadDocument,
    "\n  mutation WarnForumMember($userId: ID!, $reason: String!) {\n    warnForumMember(userId: $userId, reason: $reason) {\n      ok\n    }\n  }\n": typeof types.WarnForumMemberDocument,
    "\n  mutation SuspendForumMember($userId: ID!, $until: DateTime, $reason: String!) {\n    suspendForumMember(userId: $userId, until: $until, reason: $reason) {\n      ok\n    }\n  }\n": typeof types.SuspendForumMemberDocument,
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
    "\n  fragment ForumPostFields on ForumPost {\n    id\n    threadId\n    seq\n    bodyHtml\n    bodyMd\n    status\n    heldReason\n    phiFindings {\n      kind\n      confidence\n      start\n      end\n      text\n      reason\n    }\n    author {\n      ...ForumAuthorFields\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    createdAt\n    editedAt\n  }\n": types.ForumPostFieldsFragmentDoc,
    "\n  query ModerationQueue {\n    moderationQueue {\n      ...ForumPostFields\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ModerationLog {\n    moderationLog {\n      id\n      action\n      targetType\n      targetId\n      reason\n      actorName\n      createdAt\n    }\n  }\n": types.ModerationLogDocument,
    "\n  mutation ModerateForumPost($input: ModerateForumPostInput!) {\n    moderateForumPost(input: $input) {\n      ...ForumPostFields\n    }\n  }\n": types.ModerateForumPostDocument,
    "\n  mutation SetForumThreadFlags($threadId: ID!, $locked: Boolean, $pinned: Boolean, $reason: String) {\n    setForumThreadFlags(threadId: $threadId, locked: $locked, pinned: $pinned, reason: $reason) {\n      ok\n    }\n  }\n": types.SetForumThreadFlagsDocument,
    "\n  mutation RevealAnonymousAuthor($postId: ID!, $reason: String!) {\n    revealAnonymousAuthor(postId: $postId, reason: $reason) {\n      userId\n      displayName\n      email\n    }\n  }\n": types.RevealAnonymousAuthorDocument,
    "\n  query ModerationFlags {\n    moderationFlags {\n      id\n      reason\n      note\n      createdAt\n      post {\n        ...ForumPostFields\n      }\n    }\n  }\n": types.ModerationFlagsDocument,
    "\n  mutation MoveForumThread($threadId: ID!, $categoryId: ID!, $reason: String!) {\n    moveForumThread(threadId: $threadId, categoryId: $categoryId, reason: $reason) {\n      ok\n    }\n  }\n": types.MoveForumThreadDocument,
    "\n  mutation WarnForumMember($userId: ID!, $reason: String!) {\n    warnForumMember(userId: $userId, reason: $reason) {\n      ok\n    }\n  }\n": types.WarnForumMemberDocument,
    "\n  mutation SuspendForumMember($userId: ID!, $until: DateTime, $reason: String!) {\n    suspendForumMember(userId: $userId, until: $until, reason: $reason) {\n      ok\n    }\n  }\n": types.SuspendForumMemberDocument,
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
export function graphql(source: "\n  fragment ForumPostFields on ForumPost {\n    id\n    threadId\n    seq\n    bodyHtml\n    bodyMd\n    status\n    heldReason\n    phiFindings {\n      kind\n      confidence\n      start\n      end\n      text\n      reason\n    }\n    author {\n      ...ForumAuthorFields\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    createdAt\n    editedAt\n  }\n"): (typeof documents)["\n  fragment ForumPostFields on ForumPost {\n    id\n    threadId\n    seq\n    bodyHtml\n    bodyMd\n    status\n    heldReason\n    phiFindings {\n      kind\n      confidence\n      start\n      end\n      text\n      reason\n    }\n    author {\n      ...ForumAuthorFields\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n    createdAt\n    editedAt\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;