import {
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPES,
  PLATFORM_INFO,
  PLATFORMS,
  type OrganizationType,
  type Platform,
} from '@confer/libs/directory';
import type { DirectoryOrganizationType, DirectoryPlatform } from '../../gql/graphql';

// The API's enums are the rule's values in upper case (hospital ↔ HOSPITAL).
export const toPlatformEnum = (p: Platform) => p.toUpperCase() as DirectoryPlatform;
export const fromPlatformEnum = (p: DirectoryPlatform) => p.toLowerCase() as Platform;
export const toTypeEnum = (t: OrganizationType) => t.toUpperCase() as DirectoryOrganizationType;
export const fromTypeEnum = (t: DirectoryOrganizationType) => t.toLowerCase() as OrganizationType;

export const typeLabel = (t: DirectoryOrganizationType) => ORGANIZATION_TYPE_LABELS[fromTypeEnum(t)] ?? t;
export const platformLabel = (p: DirectoryPlatform) => PLATFORM_INFO[fromPlatformEnum(p)]?.label ?? p;

export const TYPE_OPTIONS = ORGANIZATION_TYPES.map((t) => ({ value: toTypeEnum(t), label: ORGANIZATION_TYPE_LABELS[t] }));
export const PLATFORM_OPTIONS = PLATFORMS.map((p) => ({ value: toPlatformEnum(p), label: PLATFORM_INFO[p].label }));
