import { checkAccountUrl } from './check-account-url.rule';
import { isKnownCountry } from './countries.rule';
import { isOrganizationType, type OrganizationType } from './organization-types.data';
import { isPlatform, type Platform } from './platforms.data';
import { normalizeWebsite } from './website.rule';

export const SUBMISSION_LIMITS = { name: 200, region: 100, city: 100, accounts: 20 } as const;

export interface SubmissionDraft {
  name: string;
  type: string;
  country: string;
  region?: string | null;
  city?: string | null;
  website: string;
  accounts: readonly { platform: string; url: string }[];
}

export interface CleanSubmission {
  name: string;
  type: OrganizationType;
  country: string;
  region: string | null;
  city: string | null;
  website: string;
  websiteDomain: string;
  accounts: { platform: Platform; url: string }[];
}

export type SubmissionProblem =
  | 'INVALID_NAME'
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_TYPE'
  | 'UNKNOWN_COUNTRY'
  | 'INVALID_WEBSITE'
  | 'NO_ACCOUNTS'
  | 'TOO_MANY_ACCOUNTS'
  | 'UNKNOWN_PLATFORM'
  | 'INVALID_URL'
  | 'URL_NOT_ON_PLATFORM'
  | 'ACCOUNT_PATH_MISSING'
  | 'DUPLICATE_ACCOUNT';

export type SubmissionVerdict =
  | { ok: true; value: CleanSubmission }
  | { ok: false; problem: SubmissionProblem; fields: Record<string, string> };

const tidy = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Checks a directory submission field by field and returns it normalised (trimmed text, https
 * website, website domain, checked account URLs), or the first problem with a message per field.
 * The same rule runs in the web form and on the server.
 */
export function checkSubmission(draft: SubmissionDraft): SubmissionVerdict {
  const fail = (problem: SubmissionProblem, field: string, message: string): SubmissionVerdict => ({ ok: false, problem, fields: { [field]: message } });
  const name = tidy(draft.name);
  if (name.length < 2) return fail('INVALID_NAME', 'name', 'Enter the organization’s name.');
  if (name.length > SUBMISSION_LIMITS.name) return fail('TEXT_TOO_LONG', 'name', `At most ${SUBMISSION_LIMITS.name} characters.`);
  if (!isOrganizationType(draft.type)) return fail('UNKNOWN_TYPE', 'type', 'Choose a type from the list.');
  if (!isKnownCountry(draft.country)) return fail('UNKNOWN_COUNTRY', 'country', 'Choose a country from the list.');
  const region = tidy(draft.region);
  if (region.length > SUBMISSION_LIMITS.region) return fail('TEXT_TOO_LONG', 'region', `At most ${SUBMISSION_LIMITS.region} characters.`);
  const city = tidy(draft.city);
  if (city.length > SUBMISSION_LIMITS.city) return fail('TEXT_TOO_LONG', 'city', `At most ${SUBMISSION_LIMITS.city} characters.`);
  const website = normalizeWebsite(draft.website);
  if (!website) return fail('INVALID_WEBSITE', 'website', 'Enter the website’s address, such as https://www.example.org.');
  if (draft.accounts.length === 0) return fail('NO_ACCOUNTS', 'accounts', 'Add at least one official account.');
  if (draft.accounts.length > SUBMISSION_LIMITS.accounts) return fail('TOO_MANY_ACCOUNTS', 'accounts', `At most ${SUBMISSION_LIMITS.accounts} accounts.`);
  const accounts: CleanSubmission['accounts'] = [];
  const seen = new Set<string>();
  for (const [i, account] of draft.accounts.entries()) {
    const field = `accounts.${i}.url`;
    if (!isPlatform(account.platform)) return fail('UNKNOWN_PLATFORM', `accounts.${i}.platform`, 'Choose a platform from the list.');
    const verdict = checkAccountUrl(account.platform, account.url);
    if (!verdict.ok) {
      const messages = {
        INVALID_URL: 'Enter a web address starting with https://.',
        URL_NOT_ON_PLATFORM: 'This address is not on the chosen platform.',
        ACCOUNT_PATH_MISSING: 'Link to the organization’s own page, not the platform’s home page.',
      } as const;
      return fail(verdict.reason, field, messages[verdict.reason]);
    }
    const key = verdict.url.toLowerCase().replace(/\/+$/, '');
    if (seen.has(key)) return fail('DUPLICATE_ACCOUNT', field, 'This address is already listed above.');
    seen.add(key);
    accounts.push({ platform: account.platform, url: verdict.url });
  }
  return {
    ok: true,
    value: { name, type: draft.type, country: draft.country, region: region || null, city: city || null, website: website.url, websiteDomain: website.domain, accounts },
  };
}
