import { findPatientNames } from './find-patient-names.rule';
import { findPhiDates } from './find-phi-dates.rule';
import { findPhiNumbers } from './find-phi-numbers.rule';
import type { PhiCandidate, PhiFinding, PhiKind } from './phi-finding.types';
import { phiReason } from './phi-kind-labels.data';
import { tokenizeWords } from './tokenize-words.rule';

/*
 * Confidence decides what happens to a post: any 'high' finding holds it for a moderator, 'low'
 * findings ask the author to confirm. High is kept for things that identify a patient on their
 * face; low for things that are usually an organization's or a colleague's (phones, emails,
 * addresses) or whose clinical context is only implied.
 *
 * | Kind                  | high                                                 | low                                                |
 * |-----------------------|------------------------------------------------------|----------------------------------------------------|
 * | SSN                   | ddd-dd-dddd (area not 000/666/9xx); "SSN" + 9 digits | "SSN ending in 6789"; xxx-xx-6789                  |
 * | DATE_OF_BIRTH         | "DOB"/"date of birth"/"born (on)" + date with a day  | month and year only; "birthday" + date             |
 * | MEDICAL_RECORD_NUMBER | "MRN"/"medical record #"/"chart #" + 4+ digit id     | -                                                  |
 * | ACCOUNT_NUMBER        | "acct"/"policy"/"member ID"/"claim #" + 5+ char id   | -                                                  |
 * | PATIENT_NAME          | "my patient"/"pt" + name; "Mr./Mrs./Ms." + name with | name + "was admitted"/"presented with" (maybe a    |
 * |                       | strong clinical words near ("bed 4", "admitted")     | public figure); honorific near weak words ("room   |
 * |                       |                                                      | 12", "ICU"), or strong + event words; "Name: X"    |
 * | ADMISSION_DATE        | "admitted/discharged (on)" + date with a day         | month and year only; "I was admitted on ..."       |
 * | AGE_OVER_89           | "92-year-old", "aged 95", "101 yo", "93M with",      | "my grandmother turned 100" (no patient word)      |
 * |                       | "Mr. Jones, 94,"; "my patient turned 100"            |                                                    |
 * | PHONE / FAX           | -                                                    | US formats; "fax" just before or after → FAX       |
 * | EMAIL                 | -                                                    | any address except role mailboxes (media@...)      |
 * | STREET_ADDRESS        | -                                                    | number + street + type; "lives at 12 Oak"; PO Box  |
 *
 * Not findings at all: bare capitalized names (public figures, speakers), institution and brand
 * names, dates without a birth or admission cue, ages under 90 or for groups ("aged 90 and over"),
 * toll-free numbers, hashtags and @handles, code numbers (CPT, ICD-10), prices, times and years.
 */

// Ties between overlapping findings of equal confidence and length go to the more specific kind.
const KIND_PRIORITY: readonly PhiKind[] = [
  'SSN', 'MEDICAL_RECORD_NUMBER', 'DATE_OF_BIRTH', 'ADMISSION_DATE', 'AGE_OVER_89', 'ACCOUNT_NUMBER',
  'PATIENT_NAME', 'FAX', 'PHONE', 'EMAIL', 'STREET_ADDRESS',
];

/**
 * Finds likely patient identifiers in a post. Runs in the composer on every keystroke and again on
 * the server, so it is linear in the text: one tokenization plus bounded look-arounds.
 * Returns findings sorted by start, without overlaps (the higher-confidence, then longer, one wins).
 */
export function scanForPhi(text: string): PhiFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenizeWords(text);
  const candidates = [...findPatientNames(text, tokens), ...findPhiDates(text), ...findPhiNumbers(text)];
  return resolveOverlaps(candidates).map((candidate) => ({
    ...candidate,
    text: text.slice(candidate.start, candidate.end),
    reason: phiReason(candidate.kind, candidate.confidence),
  }));
}

function resolveOverlaps(candidates: PhiCandidate[]): PhiCandidate[] {
  const ranked = candidates
    .filter((candidate) => candidate.end > candidate.start)
    .sort(
      (a, b) =>
        rank(a.confidence) - rank(b.confidence) ||
        b.end - b.start - (a.end - a.start) ||
        KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind) ||
        a.start - b.start,
    );
  // Kept findings never overlap and stay sorted by start, so only the neighbours of the insertion
  // point can collide: a pasted document with thousands of phone numbers stays fast.
  const kept: PhiCandidate[] = [];
  for (const candidate of ranked) {
    const at = firstStartingAtOrAfter(kept, candidate.start);
    const previous = kept[at - 1];
    const next = kept[at];
    if (previous && previous.end > candidate.start) continue;
    if (next && next.start < candidate.end) continue;
    kept.splice(at, 0, candidate);
  }
  return kept;
}

function firstStartingAtOrAfter(sorted: readonly PhiCandidate[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? Infinity) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

function rank(confidence: PhiCandidate['confidence']): number {
  return confidence === 'high' ? 0 : 1;
}
