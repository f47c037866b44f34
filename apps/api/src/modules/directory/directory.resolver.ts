import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { directoryQueryString, type DirectorySort } from '@confer/libs/directory';
import { clientIp, type GqlContext } from '../../core/graphql/graphql-context';
import { DirectoryService } from './directory.service';
import { toListing } from './graphql/directory.mapper';
import { DirectoryEditFormModel, DirectoryPageModel, DirectorySubmissionReceiptModel } from './graphql/directory.model';
import { DirectorySubmissionStatusGql } from './graphql/directory-enums.model';
import { DirectoryListingInput, DirectoryQueryInput, SubmitDirectoryListingInput } from './graphql/directory.input';
import { EXPORT_PATH } from './directory-export.controller';

/** The public side of the Health Care Social Media List: no account needed. */
@Resolver()
export class DirectoryResolver {
  constructor(private readonly listings: DirectoryService) {}

  @Query(() => DirectoryPageModel, { description: 'The public grid: approved listings with filters, sort, paging and counts per filter value.' })
  async directory(@Args('query', { type: () => DirectoryQueryInput, nullable: true }) query?: DirectoryQueryInput): Promise<DirectoryPageModel> {
    const q = query ?? { sort: 'name', offset: 0, limit: 24, filter: null };
    const raw = { countries: q.filter?.countries ?? [], types: q.filter?.types ?? [], platforms: q.filter?.platforms ?? [], search: q.filter?.search ?? null };
    const sort = (q.sort ?? 'name') as DirectorySort;
    const offset = q.offset ?? 0;
    const limit = q.limit ?? 24;
    const page = await this.listings.page(raw, sort, offset, limit);
    return { nodes: page.nodes.map(toListing), totalCount: page.totalCount, offset, limit, facets: page.facets, exportPath: `${EXPORT_PATH}?${directoryQueryString(raw, sort)}` };
  }

  @Mutation(() => DirectorySubmissionReceiptModel, { description: 'Propose an organization; it is reviewed once the submitter confirms the emailed link.' })
  async submitDirectoryListing(@Context() ctx: GqlContext, @Args('input') input: SubmitDirectoryListingInput): Promise<DirectorySubmissionReceiptModel> {
    const { submitterEmail, ...listing } = input;
    await this.listings.submit(draftOf(listing), submitterEmail, clientIp(ctx.req));
    return { status: DirectorySubmissionStatusGql.UNCONFIRMED, organizationName: listing.name.trim() };
  }

  @Mutation(() => DirectorySubmissionReceiptModel, { description: 'The emailed confirmation link: sends the submission to review.' })
  async confirmDirectorySubmission(@Args('token') token: string): Promise<DirectorySubmissionReceiptModel> {
    const submission = await this.listings.confirm(token);
    return { status: submission.status as DirectorySubmissionStatusGql, organizationName: submission.name };
  }

  @Query(() => DirectoryEditFormModel, { description: 'The emailed edit link: the approved listing to start an update from.' })
  async directoryEditForm(@Args('token') token: string): Promise<DirectoryEditFormModel> {
    const { listing, updatePending } = await this.listings.editable(token);
    return { listing: toListing(listing), updatePending };
  }

  @Mutation(() => DirectorySubmissionReceiptModel, { description: 'Propose a change through the edit link; the approved version stays public until staff approve it.' })
  async updateDirectoryListing(@Context() ctx: GqlContext, @Args('token') token: string, @Args('input') input: DirectoryListingInput): Promise<DirectorySubmissionReceiptModel> {
    const submission = await this.listings.submitUpdate(token, draftOf(input), clientIp(ctx.req));
    return { status: submission.status as DirectorySubmissionStatusGql, organizationName: submission.name };
  }

  @Mutation(() => Boolean, { description: 'Emails fresh edit links for the listings this address submitted (the same answer either way).' })
  async requestDirectoryEditLinks(@Context() ctx: GqlContext, @Args('email') email: string): Promise<boolean> {
    await this.listings.requestEditLinks(email.slice(0, 254), clientIp(ctx.req));
    return true;
  }
}

function draftOf(input: DirectoryListingInput) {
  return {
    name: input.name,
    type: input.type,
    country: input.countryCode.trim().toUpperCase(),
    region: input.region ?? null,
    city: input.city ?? null,
    website: input.website,
    accounts: input.accounts.map((a) => ({ platform: a.platform, url: a.url })),
  };
}
