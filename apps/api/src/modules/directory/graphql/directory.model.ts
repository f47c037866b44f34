import { Field, ID, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import {
  DirectoryDuplicateSourceGql,
  DirectoryMatchGql,
  DirectoryOrganizationTypeGql,
  DirectoryPlatformGql,
  DirectorySubmissionKindGql,
  DirectorySubmissionStatusGql,
} from './directory-enums.model';

@ObjectType('DirectoryAccount')
export class DirectoryAccountModel {
  @Field(() => DirectoryPlatformGql) platform: DirectoryPlatformGql;
  @Field() url: string;
}

/** A listing's fields, whether listed, submitted or a likely duplicate (one fragment for all three). */
@InterfaceType('DirectoryEntry')
export abstract class DirectoryEntryModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => DirectoryOrganizationTypeGql) type: DirectoryOrganizationTypeGql;
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) countryCode: string;
  @Field() countryName: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field() website: string;
  @Field() websiteDomain: string;
  @Field(() => [DirectoryAccountModel]) accounts: DirectoryAccountModel[];
}

/** An approved, public listing. Never carries the submitter's email. */
@ObjectType('DirectoryListing', { implements: () => [DirectoryEntryModel] })
export class DirectoryListingModel extends DirectoryEntryModel {
  @Field() listedAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('DirectoryFacetValue')
export class DirectoryFacetValueModel {
  @Field() value: string;
  @Field() label: string;
  @Field(() => Int, { description: 'Listings with this value under the other facets’ filters.' }) count: number;
}

@ObjectType('DirectoryFacets')
export class DirectoryFacetsModel {
  @Field(() => [DirectoryFacetValueModel]) countries: DirectoryFacetValueModel[];
  @Field(() => [DirectoryFacetValueModel]) types: DirectoryFacetValueModel[];
  @Field(() => [DirectoryFacetValueModel]) platforms: DirectoryFacetValueModel[];
}

@ObjectType('DirectoryPage')
export class DirectoryPageModel {
  @Field(() => [DirectoryListingModel]) nodes: DirectoryListingModel[];
  @Field(() => Int) totalCount: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => DirectoryFacetsModel) facets: DirectoryFacetsModel;
  @Field({ description: 'Path of the CSV export of exactly this filter and sort (every matching row).' }) exportPath: string;
}

/** A proposed version as staff review it (staff only: includes the submitter’s email). */
@ObjectType('DirectorySubmission', { implements: () => [DirectoryEntryModel] })
export class DirectorySubmissionModel extends DirectoryEntryModel {
  @Field(() => DirectorySubmissionKindGql) kind: DirectorySubmissionKindGql;
  @Field(() => DirectorySubmissionStatusGql) status: DirectorySubmissionStatusGql;
  @Field() submitterEmail: string;
  @Field() submittedAt: Date;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => String, { nullable: true }) rejectReason: string | null;
  @Field(() => ID, { nullable: true, description: 'The listing it created or updates.' }) listingId: string | null;
}

@ObjectType('DirectoryDuplicate', { implements: () => [DirectoryEntryModel], description: 'A listing or another pending submission that looks like the same organization.' })
export class DirectoryDuplicateModel extends DirectoryEntryModel {
  @Field(() => DirectoryDuplicateSourceGql) source: DirectoryDuplicateSourceGql;
  @Field(() => [DirectoryMatchGql]) matchedOn: DirectoryMatchGql[];
}

@ObjectType('DirectoryReviewQueue')
export class DirectoryReviewQueueModel {
  @Field(() => [DirectorySubmissionModel]) nodes: DirectorySubmissionModel[];
  @Field(() => Int) totalCount: number;
}

/** What the submitter learns about their own submission (nothing else). */
@ObjectType('DirectorySubmissionReceipt')
export class DirectorySubmissionReceiptModel {
  @Field(() => DirectorySubmissionStatusGql) status: DirectorySubmissionStatusGql;
  @Field() organizationName: string;
}

@ObjectType('DirectoryEditForm')
export class DirectoryEditFormModel {
  @Field(() => DirectoryListingModel, { description: 'The approved version, public until an update is approved.' }) listing: DirectoryListingModel;
  @Field({ description: 'An update already waits for review (a new one replaces it).' }) updatePending: boolean;
}
