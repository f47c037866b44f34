import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import {
  checkSubmission,
  countryName,
  countryOptions,
  duplicateNameKey,
  ORGANIZATION_TYPE_LABELS,
  parseDirectoryFilter,
  PLATFORM_INFO,
  PLATFORMS,
  spreadsheetSafe,
  type DirectoryFilter,
  type DirectorySort,
  type RawDirectoryFilter,
  type SubmissionDraft,
} from '@confer/libs/directory';
import { isStaff, type Viewer } from '@confer/libs/access';
import { isPlausibleEmail, normalizeEmail } from '@confer/libs/text';
import { RateLimited, RateLimitService } from '../../core/auth/rate-limit.service';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { Tx, TransactionRunner } from '../../core/database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { directoryEmails } from './directory-emails.template';
import { DirectoryLinkSigner, DirectoryLinkPurpose } from './directory-link.signer';
import { DirectoryRepository, ListingData } from './directory.repository';
import { DirectoryException } from './directory.exception';
import { DirectoryOrganizationEntity } from './entities/directory-organization.entity';
import { DirectorySubmissionEntity } from './entities/directory-submission.entity';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface DirectoryPage {
  nodes: DirectoryOrganizationEntity[];
  totalCount: number;
  facets: { countries: FacetValue[]; types: FacetValue[]; platforms: FacetValue[] };
}

export interface DuplicateMatch {
  source: 'listed' | 'pending';
  matchedOn: ('website' | 'name')[];
  listing: DirectoryOrganizationEntity | DirectorySubmissionEntity;
}

/** The export never grows without bound; the whole list is far below this. */
const EXPORT_CAP = 20_000;
const QUEUE_LIMIT = 200;

/**
 * The Health Care Social Media List: public submissions confirmed by email, staff review, the public
 * grid and its CSV export, and updates through an emailed edit link. Submitters' addresses and
 * unapproved versions are only ever returned through the staff-only methods (requireReviewer).
 */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly listings: DirectoryRepository,
    private readonly transactions: TransactionRunner,
    private readonly mail: MailService,
    private readonly limits: RateLimitService,
    private readonly links: DirectoryLinkSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- checks ------------------------------------------------------------------------------

  /** The one access rule for everything not public: pending versions, submitters' emails, review. */
  requireReviewer(viewer: Viewer): string {
    if (!viewer.userId) throw new DirectoryException('SIGN_IN_REQUIRED');
    if (!isStaff(viewer)) throw new DirectoryException('STAFF_ONLY');
    return viewer.userId;
  }

  private clean(draft: SubmissionDraft): ListingData {
    const verdict = checkSubmission(draft);
    if (!verdict.ok) throw new DirectoryException(verdict.problem, { fields: verdict.fields }, Object.values(verdict.fields)[0]);
    return { ...verdict.value, nameKey: duplicateNameKey(verdict.value.name) };
  }

  private filterOf(raw: RawDirectoryFilter): DirectoryFilter {
    const verdict = parseDirectoryFilter(raw);
    if (!verdict.ok) throw new DirectoryException(verdict.problem, { fields: { [verdict.field]: 'Not a known value.' } });
    return verdict.filter;
  }

  private async limit(ip: string): Promise<void> {
    try {
      await this.limits.consume('directory-submission', ip);
    } catch (e) {
      if (e instanceof RateLimited) throw new DirectoryException('TOO_MANY_SUBMISSIONS', { retryAfterSeconds: e.retryAfterSeconds });
      throw e;
    }
  }

  private checkLink(purpose: DirectoryLinkPurpose, token: string): string {
    const verdict = this.links.verify(purpose, token);
    if (!verdict.ok) throw new DirectoryException(verdict.reason === 'expired' ? 'LINK_EXPIRED' : 'LINK_INVALID');
    return verdict.id;
  }

  private editUrl(organizationId: string): string {
    return `${this.config.publicUrl}/directory/edit/${this.links.sign('edit', organizationId, this.config.directory.editLinkDays * 86_400)}`;
  }

  // ---- submitting --------------------------------------------------------------------------

  /** A new listing: stored unconfirmed, with the confirmation email in the same transaction. */
  async submit(draft: SubmissionDraft, rawEmail: string, ip: string): Promise<void> {
    const data = this.clean(draft);
    const email = normalizeEmail(rawEmail);
    if (!isPlausibleEmail(email)) throw new DirectoryException('INVALID_EMAIL', { fields: { submitterEmail: 'Enter a valid email address.' } });
    await this.limit(ip);
    const hours = this.config.tokenTtl.emailVerificationHours;
    await this.transactions.run(async (tx) => {
      const submission = await this.listings.insertSubmission({ ...data, kind: 'new', status: 'unconfirmed', organizationId: null, submitterEmail: email }, tx);
      const url = `${this.config.publicUrl}/directory/confirm/${this.links.sign('confirm', submission.id, hours * 3600)}`;
      await this.mail.enqueue(tx, { kind: 'directory-confirm', to: email, ...directoryEmails.confirmSubmission(data.name, url, hours) });
    });
    this.mail.nudge();
  }

  /** Puts a submission in the review queue. Repeating it (a second click) answers with its current state. */
  async confirm(token: string): Promise<DirectorySubmissionEntity> {
    const id = this.checkLink('confirm', token);
    return this.transactions.run(async (tx) => {
      const confirmed = await this.listings.confirm(id, tx);
      if (confirmed) return confirmed;
      const existing = await this.listings.findSubmission(id, tx);
      if (!existing) throw new DirectoryException('LINK_INVALID');
      return existing;
    });
  }

  /** What the edit page starts from: the approved version, and whether an update already waits. */
  async editable(token: string): Promise<{ listing: DirectoryOrganizationEntity; updatePending: boolean }> {
    const id = this.checkLink('edit', token);
    const listing = await this.listings.findOrganization(id);
    if (!listing) throw new DirectoryException('LISTING_NOT_FOUND');
    return { listing, updatePending: await this.listings.hasOpenUpdate(id) };
  }

  /**
   * An update through the edit link goes straight to review (the link already proves the address).
   * The approved version stays public meanwhile; a newer update replaces an older one still waiting.
   */
  async submitUpdate(token: string, draft: SubmissionDraft, ip: string): Promise<DirectorySubmissionEntity> {
    const id = this.checkLink('edit', token);
    const data = this.clean(draft);
    await this.limit(ip);
    return this.transactions.run(async (tx) => {
      // The row lock orders concurrent updates of one listing (one pending update at a time).
      const listing = await this.listings.lockOrganization(id, tx);
      if (!listing) throw new DirectoryException('LISTING_NOT_FOUND');
      await this.listings.supersedeOpenUpdates(id, tx);
      return this.listings.insertSubmission({ ...data, kind: 'update', status: 'pending', organizationId: id, submitterEmail: listing.submitterEmail }, tx);
    });
  }

  /** Emails fresh edit links for every listing the address submitted; the same answer whether or not there are any. */
  async requestEditLinks(rawEmail: string, ip: string): Promise<void> {
    const email = normalizeEmail(rawEmail);
    if (!isPlausibleEmail(email)) throw new DirectoryException('INVALID_EMAIL', { fields: { email: 'Enter a valid email address.' } });
    await this.limit(ip);
    const owned = await this.listings.organizationsOfSubmitter(email);
    if (owned.length === 0) return;
    await this.transactions.run(async (tx) => {
      const links = owned.map((o) => ({ organization: o.name, url: this.editUrl(o.id) }));
      await this.mail.enqueue(tx, { kind: 'directory-edit-links', to: email, ...directoryEmails.editLinks(links, this.config.directory.editLinkDays) });
    });
    this.mail.nudge();
  }

  // ---- review (staff) ----------------------------------------------------------------------

  async queue(viewer: Viewer): Promise<{ nodes: DirectorySubmissionEntity[]; totalCount: number }> {
    this.requireReviewer(viewer);
    const [nodes, totalCount] = await Promise.all([this.listings.pendingQueue(QUEUE_LIMIT), this.listings.countPending()]);
    return { nodes, totalCount };
  }

  async submission(viewer: Viewer, id: string): Promise<DirectorySubmissionEntity> {
    this.requireReviewer(viewer);
    const found = await this.listings.findSubmission(id);
    if (!found || found.status === 'unconfirmed') throw new DirectoryException('SUBMISSION_NOT_FOUND');
    return found;
  }

  /** Likely duplicates of several submissions at once (one query pair for a whole queue page). */
  async duplicatesOf(viewer: Viewer, submissions: readonly DirectorySubmissionEntity[]): Promise<DuplicateMatch[][]> {
    this.requireReviewer(viewer);
    const { listed, pending } = await this.listings.duplicateCandidates(
      [...new Set(submissions.map((s) => s.websiteDomain))],
      [...new Set(submissions.map((s) => s.nameKey))],
    );
    return submissions.map((s) => {
      const match = (other: { websiteDomain: string; nameKey: string }) =>
        [other.websiteDomain === s.websiteDomain ? ('website' as const) : null, other.nameKey === s.nameKey ? ('name' as const) : null].filter((x) => x !== null);
      return [
        // An update is not a duplicate of the listing it updates.
        ...listed.filter((o) => o.id !== s.organizationId).map((o) => ({ source: 'listed' as const, matchedOn: match(o), listing: o })),
        ...pending.filter((p) => p.id !== s.id).map((p) => ({ source: 'pending' as const, matchedOn: match(p), listing: p })),
      ].filter((d) => d.matchedOn.length > 0);
    });
  }

  /** duplicatesOf for submission ids, aligned with them (the per-request DataLoader's batch). */
  async duplicatesOfIds(viewer: Viewer, ids: readonly string[]): Promise<DuplicateMatch[][]> {
    this.requireReviewer(viewer);
    const found = await this.listings.findSubmissions(ids);
    const dupes = await this.duplicatesOf(viewer, found);
    const byId = new Map(found.map((s, i) => [s.id, dupes[i]]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  async listingsByIds(ids: readonly string[]): Promise<DirectoryOrganizationEntity[]> {
    return this.listings.findOrganizations(ids);
  }

  async approve(viewer: Viewer, id: string): Promise<DirectoryOrganizationEntity> {
    const reviewerId = this.requireReviewer(viewer);
    const listing = await this.transactions.run(async (tx) => {
      const submission = await this.pendingForReview(id, tx);
      const data: ListingData = { ...submission, region: submission.region, city: submission.city };
      const listing =
        submission.kind === 'new'
          ? await this.listings.insertOrganization({ ...data, submitterEmail: submission.submitterEmail }, tx)
          : await this.listings.replaceOrganization(submission.organizationId!, data, tx);
      if (!listing) throw new DirectoryException('LISTING_NOT_FOUND');
      await this.listings.markReviewed(id, { status: 'approved', reviewerId, reason: null, organizationId: listing.id }, tx);
      const mail = directoryEmails.approved(listing.name, `${this.config.publicUrl}/directory?q=${encodeURIComponent(listing.name)}`, this.editUrl(listing.id), this.config.directory.editLinkDays, submission.kind === 'update');
      await this.mail.enqueue(tx, { kind: 'directory-approved', to: submission.submitterEmail, ...mail });
      return listing;
    });
    this.mail.nudge();
    return listing;
  }

  async reject(viewer: Viewer, id: string, rawReason: string): Promise<DirectorySubmissionEntity> {
    const reviewerId = this.requireReviewer(viewer);
    const reason = this.reason(rawReason);
    const rejected = await this.transactions.run(async (tx) => {
      const submission = await this.pendingForReview(id, tx);
      await this.listings.markReviewed(id, { status: 'rejected', reviewerId, reason, organizationId: null }, tx);
      const mail = directoryEmails.rejected(submission.name, reason, `${this.config.publicUrl}/directory`, submission.kind === 'update');
      await this.mail.enqueue(tx, { kind: 'directory-rejected', to: submission.submitterEmail, ...mail });
      return (await this.listings.findSubmission(id, tx))!;
    });
    this.mail.nudge();
    return rejected;
  }

  /** Takes a listing off the list (closed, not a health-care organization, hijacked accounts); the submitter is told why. */
  async remove(viewer: Viewer, id: string, rawReason: string): Promise<void> {
    this.requireReviewer(viewer);
    const reason = this.reason(rawReason);
    await this.transactions.run(async (tx) => {
      const listing = await this.listings.lockOrganization(id, tx);
      if (!listing) throw new DirectoryException('LISTING_NOT_FOUND');
      // Its submissions (history and any waiting update) go with it.
      await this.listings.deleteOrganization(id, tx);
      await this.mail.enqueue(tx, { kind: 'directory-removed', to: listing.submitterEmail, ...directoryEmails.removed(listing.name, reason, `${this.config.publicUrl}/directory/submit`) });
    });
    this.mail.nudge();
  }

  private reason(raw: string): string {
    const reason = raw.trim();
    if (reason.length < 3 || reason.length > 1000) throw new DirectoryException('INVALID_REASON', { fields: { reason: 'Between 3 and 1000 characters.' } });
    return reason;
  }

  /** Locks the submission so two reviewers cannot both decide it. */
  private async pendingForReview(id: string, tx: Tx): Promise<DirectorySubmissionEntity> {
    const submission = await this.listings.findSubmission(id, tx, true);
    if (!submission || submission.status === 'unconfirmed') throw new DirectoryException('SUBMISSION_NOT_FOUND');
    if (submission.status !== 'pending') throw new DirectoryException('ALREADY_REVIEWED');
    return submission;
  }

  // ---- the public grid ---------------------------------------------------------------------

  private countryOrder(): string[] {
    return countryOptions().map((c) => c.code);
  }

  async page(raw: RawDirectoryFilter, sort: DirectorySort, offset: number, limit: number): Promise<DirectoryPage> {
    const filter = this.filterOf(raw);
    const [{ rows, total }, counts] = await Promise.all([
      this.listings.page(filter, sort, this.countryOrder(), offset, limit),
      this.listings.facetCounts(filter),
    ]);
    const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label, 'en');
    return {
      nodes: rows,
      totalCount: total,
      facets: {
        countries: counts.countries.map((c) => ({ ...c, label: countryName(c.value) })).sort(byCount),
        types: counts.types.map((c) => ({ ...c, label: ORGANIZATION_TYPE_LABELS[c.value as keyof typeof ORGANIZATION_TYPE_LABELS] ?? c.value })).sort(byCount),
        platforms: counts.platforms.map((c) => ({ ...c, label: PLATFORM_INFO[c.value as keyof typeof PLATFORM_INFO]?.label ?? c.value })).sort(byCount),
      },
    };
  }

  /** The CSV of exactly what the grid shows for a filter and sort: every matching row, not one page. */
  async exportCsv(raw: RawDirectoryFilter, sort: DirectorySort): Promise<string> {
    const filter = this.filterOf(raw);
    const rows = await this.listings.all(filter, sort, this.countryOrder(), EXPORT_CAP);
    const header = ['Name', 'Type', 'Country', 'Country code', 'Region', 'City', 'Website', ...PLATFORMS.map((p) => PLATFORM_INFO[p].label), 'Last updated'];
    const records = rows.map((o) => [
      o.name,
      ORGANIZATION_TYPE_LABELS[o.type],
      countryName(o.country),
      o.country,
      o.region ?? '',
      o.city ?? '',
      o.website,
      // Several accounts on one platform share its column, one per line.
      ...PLATFORMS.map((p) => o.accounts.filter((a) => a.platform === p).map((a) => a.url).join('\n')),
      o.updatedAt.toISOString().slice(0, 10),
    ]);
    return stringify([header, ...records.map((r) => r.map(spreadsheetSafe))], { bom: true });
  }
}
