import { registerEnumType } from '@nestjs/graphql';

export enum DirectoryOrganizationTypeGql {
  HOSPITAL = 'hospital',
  HEALTH_SYSTEM = 'health_system',
  CLINIC = 'clinic',
  ACADEMIC_MEDICAL_CENTER = 'academic_medical_center',
  ASSOCIATION = 'association',
  GOVERNMENT = 'government',
  COMPANY = 'company',
  OTHER = 'other',
}
registerEnumType(DirectoryOrganizationTypeGql, { name: 'DirectoryOrganizationType' });

export enum DirectoryPlatformGql {
  FACEBOOK = 'facebook',
  X = 'x',
  YOUTUBE = 'youtube',
  LINKEDIN = 'linkedin',
  INSTAGRAM = 'instagram',
  TIKTOK = 'tiktok',
  BLOG = 'blog',
  PODCAST = 'podcast',
  OTHER = 'other',
}
registerEnumType(DirectoryPlatformGql, { name: 'DirectoryPlatform' });

export enum DirectorySortGql {
  NAME = 'name',
  COUNTRY = 'country',
  RECENT = 'recent',
}
registerEnumType(DirectorySortGql, { name: 'DirectorySort', description: 'NAME: A–Z; COUNTRY: by country name, then name; RECENT: last approved change first.' });

export enum DirectorySubmissionStatusGql {
  UNCONFIRMED = 'unconfirmed',
  PENDING = 'pending',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  SUPERSEDED = 'superseded',
}
registerEnumType(DirectorySubmissionStatusGql, { name: 'DirectorySubmissionStatus' });

export enum DirectorySubmissionKindGql {
  NEW = 'new',
  UPDATE = 'update',
}
registerEnumType(DirectorySubmissionKindGql, { name: 'DirectorySubmissionKind' });

export enum DirectoryDuplicateSourceGql {
  LISTED = 'listed',
  PENDING = 'pending',
}
registerEnumType(DirectoryDuplicateSourceGql, { name: 'DirectoryDuplicateSource' });

export enum DirectoryMatchGql {
  WEBSITE = 'website',
  NAME = 'name',
}
registerEnumType(DirectoryMatchGql, { name: 'DirectoryMatch' });
