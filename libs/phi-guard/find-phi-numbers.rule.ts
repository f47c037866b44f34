import type { PhiCandidate, PhiConfidence, PhiKind } from './phi-finding.types';
import { ROLE_MAILBOXES, STREET_DIRECTIONS, STREET_SUFFIXES, TOLL_FREE_AREA_CODES } from './phi-patterns.data';

// Numbers are everywhere in professional talk (CPT 99213, ICD-10 E11.9, version 2.3.1, $795), so
// only fixed formats (SSN, phone, email) are found bare; record and account numbers need their
// label. Every pattern starts with a look-behind or \b so it fails at once inside a long word.

const SSN_RE = /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g;
const MASKED_SSN_RE = /(?<![\w-])[xX*#]{3}-[xX*#]{2}-\d{4}(?![\w-])/g;
const SSN_CUE_RE = /\b(?:SSN|SS#|SS ?No\b|social security(?: number| no\b| #)?|soc sec(?: #)?)/gi;
const SSN_FILLERS: ReadonlySet<string> = new Set([
  'is', 'was', 'number', 'no', 'num', 'ending', 'ends', 'in', 'last', 'four', '4', 'digits', 'of', 'xxx', 'xx',
]);
const SSN_FULL_AT = /(?!000|666|9\d\d)\d{3}[ -]?(?!00)\d{2}[ -]?(?!0000)\d{4}(?![\w-])/y;
const SSN_LAST_FOUR_AT = /\d{4}(?![\w-])/y;

const MRN_CUE_RE =
  /\b(?:MRN|MR#|MR ?No\b|MR number|medical record|med ?rec|chart (?:#|no\b|number)|hospital (?:#|no\b|number)|(?:patient|pt) (?:ID|#|no\b|number)|record (?:#|no\b|number))/gi;
// Words too common to label a number by themselves ("we claim 50000 followers", "billing 99213")
// need "#", "no", "number" or "ID" after them.
const ACCOUNT_CUE_RE =
  /\b(?:(?:account|acct|a\/c|policy|member(?: ID)?|subscriber(?: ID)?|insurance(?: ID)?|Medicaid(?: ID)?|Medicare(?: ID)?|MBI|beneficiary(?: ID)?|FIN|CSN|HAR)(?![\w])|(?:ins|group|grp|claim|encounter|visit|billing) ?(?:#|(?:no|number|ID)\b))/gi;
const IDENTIFIER_FILLERS: ReadonlySet<string> = new Set(['number', 'num', 'nbr', 'no', 'id', 'is', 'was', 'of', 'ending', 'in']);
const IDENTIFIER_AT = /[A-Za-z0-9][A-Za-z0-9-]{2,24}/y;
const YEAR_OR_RANGE = /^(?:19|20)\d\d(?:-(?:19|20)?\d\d)?$/;

const PHONE_RE =
  /(?<![\w.+/-])(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}(?![\w-]|[./]\d)/g;
const FAX_BEFORE = /\b(?:fax|faxed|faxing|facsimile)\b[^\d\n]{0,20}$|(?:^|\s)F[:.] ?$/i;
const FAX_AFTER = /^ ?\(?fax\b/i;

const LOCAL_PART_CHAR = /[A-Za-z0-9._%+'-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const MAX_LOCAL_PART = 64;
const MAX_DOMAIN = 253;

const HOUSE_NUMBER_RE = /(?<![\w.,:/$#@+-])\d{1,6}[A-Za-z]?(?= \S)/g;
const STREET_WORD_AT = /(?:\p{Lu}[\p{L}'\u2019-]{0,24}|\d{1,3}(?:st|nd|rd|th))(?![\p{L}\p{N}])/uy;
const POST_DIRECTION_AT = / (?:N|S|E|W|NE|NW|SE|SW)\.?(?![\w])/y;
const UNIT_AT = /,? (?:Apt|Apartment|Unit|Suite|Ste|Bldg|Building|Lot|#)\.? ?#?[A-Za-z0-9-]{1,6}(?![\w-])/iy;
const CITY_STATE_ZIP_AT = /,? \p{Lu}[\p{L}.'\u2019-]{1,24}(?: \p{Lu}[\p{L}.'\u2019-]{1,24})?,? [A-Z]{2} \d{5}(?:-\d{4})?(?!\d)/uy;
const RESIDENCE_BEFORE = /\b(?:lives|living|live|resides|residing|reside|stays|staying|address(?: is)?:?)(?: at| on)? $/i;
const PO_BOX_RE = /\bP\.? ?O\.? Box \d{1,6}\b/gi;
const MAX_STREET_WORDS = 5;

export function findPhiNumbers(text: string): PhiCandidate[] {
  return [
    ...findSsns(text),
    ...findLabelledIdentifiers(text, MRN_CUE_RE, 'MEDICAL_RECORD_NUMBER', 4),
    ...findLabelledIdentifiers(text, ACCOUNT_CUE_RE, 'ACCOUNT_NUMBER', 5),
    ...findPhones(text),
    ...findEmails(text),
    ...findStreetAddresses(text),
  ];
}

/** "123-45-6789" (valid area number) and "SSN 123 45 6789" → high; "SSN ending in 6789" → low. */
function findSsns(text: string): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  for (const match of text.matchAll(SSN_RE)) found.push(span('SSN', 'high', match.index, match[0]));
  for (const match of text.matchAll(MASKED_SSN_RE)) found.push(span('SSN', 'low', match.index, match[0]));
  for (const cue of text.matchAll(SSN_CUE_RE)) {
    const at = skipFillers(text, cue.index + cue[0].length, SSN_FILLERS);
    SSN_FULL_AT.lastIndex = at;
    const full = SSN_FULL_AT.exec(text);
    if (full) {
      found.push(span('SSN', 'high', at, full[0]));
      continue;
    }
    SSN_LAST_FOUR_AT.lastIndex = at;
    const lastFour = SSN_LAST_FOUR_AT.exec(text);
    if (lastFour && !/\d/.test(text.charAt(at - 1))) found.push(span('SSN', 'low', at, lastFour[0]));
  }
  return found;
}

/** "MRN 00482913", "Acct #88812345", "member ID: XK9923381" → high. The label is what makes it PHI. */
function findLabelledIdentifiers(text: string, cues: RegExp, kind: PhiKind, minLength: number): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  for (const cue of text.matchAll(cues)) {
    const at = skipFillers(text, cue.index + cue[0].length, IDENTIFIER_FILLERS);
    IDENTIFIER_AT.lastIndex = at;
    const match = IDENTIFIER_AT.exec(text);
    if (!match) continue;
    const value = match[0].replace(/-+$/, '');
    // Longer than any real identifier: this is a word run, not a number.
    if (/[A-Za-z0-9]/.test(text.charAt(at + match[0].length))) continue;
    const digits = value.replace(/\D/g, '').length;
    if (digits < 4 || value.replace(/-/g, '').length < minLength || YEAR_OR_RANGE.test(value)) continue;
    found.push(span(kind, 'high', at, value));
  }
  return found;
}

/** Skips separators and label words ("number", "is", "#", ":") after a cue; returns where the value starts. */
function skipFillers(text: string, from: number, fillers: ReadonlySet<string>): number {
  let at = from;
  for (let words = 0; words <= 4; words++) {
    while (at < text.length && at - from < 40 && /[\s:#=.,()-]/.test(text.charAt(at)) && text.charAt(at) !== '\n') at++;
    const word = /[A-Za-z0-9]+/y;
    word.lastIndex = at;
    const match = word.exec(text);
    if (!match || !fillers.has(match[0].toLowerCase())) return at;
    at += match[0].length;
  }
  return at;
}

/** US numbers: (904) 555-0142, +1 904 555 0123, 904.555.0123 → low; after "fax" → FAX. Toll-free lines are organizations'. */
function findPhones(text: string): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  for (const match of text.matchAll(PHONE_RE)) {
    const digits = match[0].replace(/\D/g, '');
    const areaCode = digits.length === 11 ? digits.slice(1, 4) : digits.slice(0, 3);
    if (TOLL_FREE_AREA_CODES.has(areaCode)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const isFax = FAX_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || FAX_AFTER.test(text.slice(end, end + 8));
    found.push(span(isFax ? 'FAX' : 'PHONE', 'low', start, match[0]));
  }
  return found;
}

/**
 * Email addresses → low. Expanded by hand around each "@" (bounded by the RFC lengths) instead of
 * a regex, which would go quadratic on a long run of letters; "@MayoClinic" handles are skipped.
 */
function findEmails(text: string): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL_PART && LOCAL_PART_CHAR.test(text.charAt(start - 1))) start--;
    while (start < at && /[.'-]/.test(text.charAt(start))) start++;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text.charAt(end))) end++;
    while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end--;
    const local = text.slice(start, at);
    const labels = text.slice(at + 1, end).split('.');
    const topLevel = labels[labels.length - 1] ?? '';
    if (local.length === 0 || labels.length < 2 || !/^[A-Za-z]{2,}$/.test(topLevel)) continue;
    if (labels.some((label) => !/^[A-Za-z0-9-]+$/.test(label))) continue;
    if (ROLE_MAILBOXES.has(local.toLowerCase())) continue;
    found.push(span('EMAIL', 'low', start, text.slice(start, end)));
  }
  return found;
}

/** "1234 Riverside Ave", "55 W. Oak Ave, Apt 3", "she lives at 1234 Riverside", "PO Box 12" → low. */
function findStreetAddresses(text: string): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  for (const house of text.matchAll(HOUSE_NUMBER_RE)) {
    const start = house.index;
    let at = start + house[0].length;
    const words: Array<{ lower: string; end: number }> = [];
    let sawName = false;
    let streetEnd = -1;
    while (words.length < MAX_STREET_WORDS) {
      // One space between words; "W." and "Ave." may carry their abbreviation dot.
      const gap = text.startsWith('. ', at) ? 2 : text.charAt(at) === ' ' ? 1 : 0;
      if (gap === 0 || (gap === 2 && words.length === 0)) break;
      STREET_WORD_AT.lastIndex = at + gap;
      const word = STREET_WORD_AT.exec(text);
      if (!word) break;
      const lower = word[0].toLowerCase();
      at = at + gap + word[0].length;
      words.push({ lower, end: at });
      if (sawName && STREET_SUFFIXES.has(lower)) streetEnd = at;
      if (!(words.length === 1 && STREET_DIRECTIONS.has(lower))) sawName = true;
    }
    if (streetEnd < 0) {
      // No street type, but "lives at 1234 Riverside" still gives a home address.
      const firstWord = words[0];
      if (!firstWord || !RESIDENCE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      streetEnd = firstWord.end;
    } else {
      POST_DIRECTION_AT.lastIndex = streetEnd;
      const postDirection = POST_DIRECTION_AT.exec(text);
      if (postDirection) streetEnd += postDirection[0].length;
      UNIT_AT.lastIndex = streetEnd;
      const unit = UNIT_AT.exec(text);
      if (unit) streetEnd += unit[0].length;
    }
    CITY_STATE_ZIP_AT.lastIndex = streetEnd;
    const cityStateZip = CITY_STATE_ZIP_AT.exec(text);
    if (cityStateZip) streetEnd += cityStateZip[0].length;
    found.push(span('STREET_ADDRESS', 'low', start, text.slice(start, streetEnd)));
  }
  for (const match of text.matchAll(PO_BOX_RE)) found.push(span('STREET_ADDRESS', 'low', match.index, match[0]));
  return found;
}

function span(kind: PhiKind, confidence: PhiConfidence, start: number, value: string): PhiCandidate {
  return { kind, confidence, start, end: start + value.length };
}
