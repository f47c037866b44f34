import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { orderByKeys } from '../../core/loaders/request-loaders';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { DirectoryService } from './directory.service';
import { toDuplicate, toListing, toSubmission } from './graphql/directory.mapper';
import { DirectoryDuplicateModel, DirectoryListingModel, DirectoryReviewQueueModel, DirectorySubmissionModel } from './graphql/directory.model';
import { DirectoryOrganizationEntity } from './entities/directory-organization.entity';

/** Staff review of directory submissions. Every entry point asks DirectoryService.requireReviewer first. */
@Resolver(() => DirectorySubmissionModel)
export class DirectoryReviewResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly memberships: MembershipService,
  ) {}

  @Query(() => DirectoryReviewQueueModel, { description: 'Staff: confirmed submissions waiting for review, oldest first.' })
  async directoryReviewQueue(@Context() ctx: GqlContext): Promise<DirectoryReviewQueueModel> {
    const { viewer } = await this.memberships.current(ctx);
    const { nodes, totalCount } = await this.directory.queue(viewer);
    return { nodes: nodes.map(toSubmission), totalCount };
  }

  @Query(() => DirectorySubmissionModel, { description: 'Staff: one submission (not unconfirmed ones).' })
  async directorySubmission(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<DirectorySubmissionModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toSubmission(await this.directory.submission(viewer, id));
  }

  @Mutation(() => DirectoryListingModel, { description: 'Staff: publish a submission (a new listing, or an update replacing the listed version).' })
  async approveDirectorySubmission(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<DirectoryListingModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toListing(await this.directory.approve(viewer, id));
  }

  @Mutation(() => DirectorySubmissionModel, { description: 'Staff: turn a submission down; the submitter is emailed the reason.' })
  async rejectDirectorySubmission(
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
  ): Promise<DirectorySubmissionModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toSubmission(await this.directory.reject(viewer, id, reason.slice(0, 2000)));
  }

  @Mutation(() => Boolean, { description: 'Staff: take a listing off the list; the submitter is emailed the reason.' })
  async removeDirectoryListing(
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    const { viewer } = await this.memberships.current(ctx);
    await this.directory.remove(viewer, id, reason.slice(0, 2000));
    return true;
  }

  // Field resolvers run without guards: they re-check the reviewer through the service.

  @ResolveField(() => DirectoryListingModel, { nullable: true, description: 'For an update: the version public now, to compare side by side.' })
  async currentListing(@Parent() s: DirectorySubmissionModel, @Context() ctx: GqlContext): Promise<DirectoryListingModel | null> {
    const { viewer } = await this.memberships.current(ctx);
    this.directory.requireReviewer(viewer);
    if (s.kind !== 'update' || !s.listingId) return null;
    const listing = await ctx.loaders
      .get<string, DirectoryOrganizationEntity | null>('directory.listing', async (ids) => orderByKeys(ids, await this.directory.listingsByIds(ids), (o) => o.id))
      .load(s.listingId);
    return listing ? toListing(listing) : null;
  }

  @ResolveField(() => [DirectoryDuplicateModel], { description: 'Listings and other pending submissions with the same website domain or a matching name.' })
  async duplicates(@Parent() s: DirectorySubmissionModel, @Context() ctx: GqlContext): Promise<DirectoryDuplicateModel[]> {
    const { viewer } = await this.memberships.current(ctx);
    const matches = await ctx.loaders
      .get<string, DirectoryDuplicateModel[]>('directory.duplicates', async (ids) => (await this.directory.duplicatesOfIds(viewer, ids)).map((list) => list.map(toDuplicate)))
      .load(s.id);
    return matches;
  }
}
