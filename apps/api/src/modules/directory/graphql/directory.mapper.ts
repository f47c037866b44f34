import { countryName } from '@confer/libs/directory';
import type { DuplicateMatch } from '../directory.service';
import type { DirectoryOrganizationEntity } from '../entities/directory-organization.entity';
import type { DirectorySubmissionEntity } from '../entities/directory-submission.entity';
import type { DirectoryDuplicateSourceGql, DirectoryMatchGql, DirectoryOrganizationTypeGql, DirectoryPlatformGql, DirectorySubmissionKindGql, DirectorySubmissionStatusGql } from './directory-enums.model';
import type { DirectoryDuplicateModel, DirectoryListingModel, DirectorySubmissionModel } from './directory.model';

type ListingFields = Pick<DirectoryOrganizationEntity, 'id' | 'name' | 'type' | 'country' | 'region' | 'city' | 'website' | 'websiteDomain' | 'accounts'>;

function common(o: ListingFields) {
  return {
    id: o.id,
    name: o.name,
    type: o.type as DirectoryOrganizationTypeGql,
    countryCode: o.country,
    countryName: countryName(o.country),
    region: o.region,
    city: o.city,
    website: o.website,
    websiteDomain: o.websiteDomain,
    accounts: o.accounts.map((a) => ({ platform: a.platform as DirectoryPlatformGql, url: a.url })),
  };
}

/** The public shape: only approved fields, never the submitter's address. */
export function toListing(o: DirectoryOrganizationEntity): DirectoryListingModel {
  return { ...common(o), listedAt: o.listedAt, updatedAt: o.updatedAt };
}

export function toSubmission(s: DirectorySubmissionEntity): DirectorySubmissionModel {
  return {
    ...common(s),
    kind: s.kind as DirectorySubmissionKindGql,
    status: s.status as DirectorySubmissionStatusGql,
    submitterEmail: s.submitterEmail,
    submittedAt: s.createdAt,
    confirmedAt: s.confirmedAt,
    reviewedAt: s.reviewedAt,
    rejectReason: s.rejectReason,
    listingId: s.organizationId,
  };
}

export function toDuplicate(d: DuplicateMatch): DirectoryDuplicateModel {
  return { ...common(d.listing), source: d.source as DirectoryDuplicateSourceGql, matchedOn: d.matchedOn as DirectoryMatchGql[] };
}
