export { RESOURCE_AUDIENCES, fullAudiences, resourceAccess, resourceInvitation } from './resource-access.rule';
export type { ResourceAccess, ResourceInvitation, ResourceRef } from './resource-access.rule';
export { RESOURCE_KINDS, RESOURCE_LIMITS, checkResourceFields, isWebUrl, normalizeTags } from './resource-fields.rule';
export type { ResourceFields, ResourceKind } from './resource-fields.rule';
export { firstParagraph } from './resource-preview.rule';
