import { createHmac, hkdfSync } from 'node:crypto';
import { TestDb } from '../../utils/fixtures';
import { fail, ok, rnd } from '../../utils/forum-fixtures';
import { Mailbox } from '../../utils/mailbox';
import { TestApp, TestClient, uniqueEmail } from '../../utils/test-app';

export { fail, ok, rnd };

const LISTING = `id name type countryCode countryName region city website websiteDomain accounts { platform url } listedAt updatedAt`;
const SUBMISSION = `id kind status name type countryCode region city website websiteDomain accounts { platform url } submitterEmail submittedAt confirmedAt reviewedAt rejectReason listingId`;

export const D = {
  submit: `mutation($input: SubmitDirectoryListingInput!) { submitDirectoryListing(input: $input) { status organizationName } }`,
  confirm: `mutation($token: String!) { confirmDirectorySubmission(token: $token) { status organizationName } }`,
  editForm: `query($token: String!) { directoryEditForm(token: $token) { updatePending listing { ${LISTING} } } }`,
  update: `mutation($token: String!, $input: DirectoryListingInput!) { updateDirectoryListing(token: $token, input: $input) { status organizationName } }`,
  requestLinks: `mutation($email: String!) { requestDirectoryEditLinks(email: $email) }`,
  queue: `{ directoryReviewQueue { totalCount nodes { ${SUBMISSION} currentListing { ${LISTING} } duplicates { source matchedOn id name websiteDomain } } } }`,
  submission: `query($id: ID!) { directorySubmission(id: $id) { ${SUBMISSION} } }`,
  approve: `mutation($id: ID!) { approveDirectorySubmission(id: $id) { ${LISTING} } }`,
  reject: `mutation($id: ID!, $reason: String!) { rejectDirectorySubmission(id: $id, reason: $reason) { ${SUBMISSION} } }`,
  remove: `mutation($id: ID!, $reason: String!) { removeDirectoryListing(id: $id, reason: $reason) }`,
  grid: `query($query: DirectoryQueryInput) { directory(query: $query) { totalCount offset limit exportPath nodes { ${LISTING} } facets { countries { value label count } types { value label count } platforms { value label count } } } }`,
};

export interface ListingDraft {
  name: string;
  type: string;
  countryCode: string;
  region?: string | null;
  city?: string | null;
  website: string;
  accounts: { platform: string; url: string }[];
}

/** A valid listing whose name and website nobody else uses. */
export function draft(patch: Partial<ListingDraft> = {}): ListingDraft {
  const r = rnd();
  return {
    name: `Harbor Light Hospital ${r}`,
    type: 'HOSPITAL',
    countryCode: 'US',
    region: 'Florida',
    city: 'Jacksonville',
    website: `https://www.harborlight-${r}.example.org`,
    accounts: [
      { platform: 'FACEBOOK', url: `https://www.facebook.com/harborlight${r}` },
      { platform: 'X', url: `https://x.com/harbor${r}` },
    ],
    ...patch,
  };
}

export const linkToken = (mail: { links: string[] }, path: string): string => {
  const link = mail.links.find((l) => l.includes(path));
  if (!link) throw new Error(`no ${path} link`);
  return decodeURIComponent(new URL(link).pathname.split('/').pop()!);
};

/** A token signed like the server's, with any expiry (the test app runs on the development secret). */
export function forgeToken(purpose: 'confirm' | 'edit', id: string, expiresEpochSeconds: number): string {
  const key = Buffer.from(hkdfSync('sha256', 'confer-development-session-secret-not-for-production', 'confer', 'directory/links v1', 32));
  const body = `${purpose}.${id}.${expiresEpochSeconds}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

export class DirectoryWorld {
  constructor(
    readonly t: TestApp,
    readonly db: TestDb,
  ) {}

  /** Submits as a visitor and returns the submitter's address and the confirmation token from their inbox. */
  async submit(listing: ListingDraft, client: TestClient = this.t.client()): Promise<{ email: string; token: string }> {
    const email = uniqueEmail('webteam');
    await ok(client, D.submit, { input: { ...listing, submitterEmail: email } });
    const [mail] = await this.t.mailbox.waitFor(email, { subject: /confirm/i });
    return { email, token: linkToken(mail, '/directory/confirm/') };
  }

  async submissionId(name: string): Promise<string> {
    const rows = await this.db.query<{ id: string }>(`select id from directory_submissions where name = $1 order by created_at desc limit 1`, [name]);
    return rows[0].id;
  }

  /** submit → confirm → approve; returns the listing and the submitter's edit token. */
  async listed(staff: TestClient, listing: ListingDraft): Promise<{ listing: any; email: string; editToken: string }> {
    const { email, token } = await this.submit(listing);
    await ok(this.t.client(), D.confirm, { token });
    const approved = await ok(staff, D.approve, { id: await this.submissionId(listing.name) });
    const [mail] = await this.t.mailbox.waitFor(email, { subject: /now on/i });
    return { listing: approved.approveDirectorySubmission, email, editToken: linkToken(mail, '/directory/edit/') };
  }
}

export { Mailbox };
