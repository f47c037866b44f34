import type { PhiCandidate, PhiConfidence } from './phi-finding.types';
import { NON_PERSON_NOUNS } from './phi-patterns.data';

// A date on its own is ordinary talk ("the Annual Conference on November 14, 2026"); it identifies
// a patient only next to a birth or admission word. So the cue is found first, and the date is
// looked for in a short, bounded stretch after it: no regex ever runs over the whole post twice.

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';
const DATE_RE = new RegExp(
  [
    '(?<![\\d/.-])\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d-])', // 2026-02-03
    '(?<![\\d/.-])\\d{1,2}(?<sep>[/.-])\\d{1,2}(?:\\k<sep>(?:\\d{4}|\\d{2}))?(?![\\d/]|[.-]\\d)', // 2/3/2026, 3-14-61, 2/3
    `\\b\\d{1,2}${ORDINAL} (?:of )?${MONTH}\\.?(?:,? \\d{4})?\\b`, // 14 March 1961, 3rd of May
    `\\b${MONTH}\\.? \\d{1,2}${ORDINAL}(?:,? \\d{4})?\\b`, // March 14, 1961; Feb 3
    `\\b${MONTH}\\.?,? \\d{4}\\b`, // March 1961 (month and year only)
  ].join('|'),
  'i',
);
const MONTH_AND_YEAR_ONLY = new RegExp(`^${MONTH}\\.?,? \\d{4}$`, 'i');
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})(?:[/.-](\d{2,4}))?$/;

const DOB_CUE_RE = /\b(?:DOB|D\.O\.B\b\.?|date of birth|birth ?date|birthday|born(?: on)?)(?![\w])/gi;
// Words that may sit between a birth cue and its date: "DOB is 3/14/61", "born in March 1961".
const DOB_GAP_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'of', 'on', 'in', 'listed', 'as', 'the']);

const ADMISSION_CUE_RE =
  /\b(?:admitted|readmitted|discharged|admit date|admission date|date of admission|discharge date|date of discharge|DOA|d\/c(?:'d|ed)?)(?![\w])/gi;
// "admitted to the ICU on Feb 3", "discharged home on 2/5": a few words, no numbers, one sentence.
const ADMISSION_GAP_CHARS = 40;
const SENTENCE_BREAK = /[.!?;]\s|\n/;
// "we admitted 300 patients on ...", "new members admitted on May 1", "we were admitted to the
// Council on ...": a census or a membership, not one person's care.
const GROUP_WORDS =
  /\b(?:patients|people|residents|children|kids|members|students|applicants|fellows|visitors|guests|attendees|council|society|association|academy|college|program|programme|fellowship|residency|school|network|hall of fame|bar|board|committee|club|chapter|registry|cohort|class)\b/i;
// "I was admitted on 5/5/2025 myself": members may share their own care; asked, not held.
const FIRST_PERSON_BEFORE = /\b(?:I|I've|I'd)(?: was| have| had| got)?(?: been| just)?\s*$/;
const GROUP_SUBJECT_BEFORE = /\b(?:we|they|we've|they've)(?: were| are| have| had)?(?: been| got| just)?\s*$/i;

const AGE_NUMBER =
  '(?:\\d{2,3}|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a) hundred)';
const AGE_RE = new RegExp(
  '(?<![\\w.,$])(?:' +
    [
      `${AGE_NUMBER}[- ]?(?:years?|yrs?)[- ]old\\b`, // 92-year-old, 95 years old
      `${AGE_NUMBER} ?(?:yo|y\\/o|y\\.o\\.?)(?![\\w/])`, // 93 yo, 101 y/o
      `${AGE_NUMBER} ?[MF](?= (?:with|w\\/|who|presents|presenting|presented|admitted|s\\/p|c\\/o|hx|pmh)\\b)`, // 93M with CHF
      `\\bage[d:]? ?:? ?${AGE_NUMBER}\\b`, // aged 95, age: 93
      `\\bturn(?:ed|s|ing)? ${AGE_NUMBER}(?= (?:today|yesterday|last|this|on)\\b|[.!,;]|$)`, // she turned 95 last week
    ].join('|') +
    ')',
  'gi',
);
// "Mr. Jones, 94, hx of CHF", "Ms. Carter, 91, discharged": an age set off by commas after a name.
const APPOSITIVE_AGE_RE = /(?<=\p{Lu}\p{Ll}{1,30}, )(?:9\d|1[01]\d|12[0-5])(?=,| (?:yo|y\/o|M|F)\b)/gu;
const AGE_WORD_VALUES: ReadonlyArray<[RegExp, number]> = [
  [/hundred/i, 100],
  [/ninety/i, 90],
];
// HIPAA's "90 or older" is the aggregate it allows; older than this is not a real age.
const MIN_AGE = 90;
const MAX_AGE = 125;
// "aged 90 and over", "90+", "ages 90-99", "patients over 90 years old": groups, not a person.
// "mean age 92.4" is a study population.
const AGGREGATE_AFTER =
  /^(?:\s?(?:\+|plus\b|and (?:over|older|above|up)\b|or (?:older|over|more|above)\b|(?:-|\u2013|to )\s?\d)|[.,]\d)/i;
const AGGREGATE_BEFORE = /(?:\b(?:over|above|under|than|beyond|least|to|and|from|mean|median|average|avg)|[<>\u2264\u2265])\s*$/i;
const PREDICATIVE_AGE = /^\S+ (?:years?|yrs?) old$/i;
const LINKING_VERB_BEFORE = /\b(?:is|was|turns|turned|became|becomes|be|now)\s*$/i;

export function findPhiDates(text: string): PhiCandidate[] {
  return [...findBirthDates(text), ...findAdmissionDates(text), ...findAgesOver89(text)];
}

/** "DOB 03/14/1961", "born on March 3, 1961" → high; "born in March 1961", "birthday 3/14" → low. */
function findBirthDates(text: string): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  for (const cue of text.matchAll(DOB_CUE_RE)) {
    const cueEnd = cue.index + cue[0].length;
    const date = findDateAfter(text, cueEnd, 24);
    if (!date) continue;
    const gapWords = text.slice(cueEnd, date.start).split(/[^A-Za-z]+/).filter(Boolean);
    if (gapWords.length > 3 || gapWords.some((word) => !DOB_GAP_WORDS.has(word.toLowerCase()))) continue;
    const isBorn = cue[0].toLowerCase().startsWith('born');
    // "Florence Nightingale was born on 12 May 1820" is history, not a patient.
    if (isBorn && date.year !== undefined && date.year < 1900) continue;
    const isBirthday = cue[0].toLowerCase() === 'birthday';
    const confidence: PhiConfidence = date.hasDay && !isBirthday ? 'high' : 'low';
    found.push({ kind: 'DATE_OF_BIRTH', confidence, start: date.start, end: date.end });
  }
  return found;
}

/** "admitted on 2/3/2026", "discharge date: 02/05/2026" → high; month and year only, or the author's own stay → low. */
function findAdmissionDates(text: string): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  for (const cue of text.matchAll(ADMISSION_CUE_RE)) {
    const cueEnd = cue.index + cue[0].length;
    const date = findDateAfter(text, cueEnd, ADMISSION_GAP_CHARS);
    if (!date) continue;
    const gap = text.slice(cueEnd, date.start);
    if (/\d/.test(gap) || GROUP_WORDS.test(gap)) continue;
    const before = (text.slice(Math.max(0, cue.index - 40), cue.index).split(/[.!?\n]/).pop() ?? '');
    if (GROUP_WORDS.test(before) || GROUP_SUBJECT_BEFORE.test(before)) continue;
    const confidence: PhiConfidence = date.hasDay && !FIRST_PERSON_BEFORE.test(before) ? 'high' : 'low';
    found.push({ kind: 'ADMISSION_DATE', confidence, start: date.start, end: date.end });
  }
  return found;
}

/**
 * "92-year-old", "aged 95", "a 101 yo", "93M with CHF", "Mr. Jones, 94," → high (HIPAA treats every
 * age over 89 as an identifier); "my grandmother turned 100" → low.
 */
function findAgesOver89(text: string): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  for (const match of text.matchAll(AGE_RE)) {
    const start = match.index;
    const end = start + match[0].length;
    const age = ageValue(match[0]);
    if (age === null || age < MIN_AGE || age > MAX_AGE) continue;
    const after = text.slice(end, end + 30);
    const before = text.slice(Math.max(0, start - 40), start);
    if (AGGREGATE_AFTER.test(after) || AGGREGATE_BEFORE.test(before)) continue;
    // "a 120-year-old hospital", "our hospital is 120 years old".
    const nextWord = /^[\s-]*([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
    if (nextWord && NON_PERSON_NOUNS.has(nextWord)) continue;
    const isTurned = /^turn/i.test(match[0]);
    const sentence = before.split(/[.!?\n]/).pop() ?? '';
    if ((isTurned || (PREDICATIVE_AGE.test(match[0]) && LINKING_VERB_BEFORE.test(before)))
      && sentence.toLowerCase().split(/[^a-z]+/).some((word) => NON_PERSON_NOUNS.has(word))) continue;
    // "My grandmother turned 100" is usually a celebration; "my patient turned 100" is not.
    const confidence: PhiConfidence = isTurned && !/\b(?:patient|pt)\b/i.test(sentence) ? 'low' : 'high';
    found.push({ kind: 'AGE_OVER_89', confidence, start, end });
  }
  for (const match of text.matchAll(APPOSITIVE_AGE_RE)) {
    found.push({ kind: 'AGE_OVER_89', confidence: 'high', start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function ageValue(phrase: string): number | null {
  const digits = /\d{2,3}/.exec(phrase);
  if (digits) return Number(digits[0]);
  for (const [word, value] of AGE_WORD_VALUES) {
    if (word.test(phrase)) return value;
  }
  return null;
}

interface FoundDate {
  start: number;
  end: number;
  /** False for "March 1961": month and year without a day. */
  hasDay: boolean;
  year?: number;
}

/** The first plausible date starting within maxGap characters of `from`, in the same sentence. */
function findDateAfter(text: string, from: number, maxGap: number): FoundDate | null {
  // 30 characters is room for the longest date form ("September 14th, 2026").
  const window = text.slice(from, from + maxGap + 30);
  const match = DATE_RE.exec(window);
  if (!match || match.index > maxGap) return null;
  if (SENTENCE_BREAK.test(window.slice(0, match.index))) return null;
  const value = match[0];
  const numeric = NUMERIC_DATE.exec(value);
  if (numeric && !isPlausibleNumericDate(numeric)) return null;
  const year = /\d{4}/.exec(value)?.[0] ?? (numeric?.[4] && numeric[4].length === 2 ? `19${numeric[4]}` : undefined);
  return {
    start: from + match.index,
    end: from + match.index + value.length,
    hasDay: !MONTH_AND_YEAR_ONLY.test(value),
    ...(year !== undefined ? { year: Number(year) } : {}),
  };
}

/** 3/14 and 14/3 are dates; 2.5 (a dose) and 3-4 (a range) without a year are not. */
function isPlausibleNumericDate(parts: RegExpExecArray): boolean {
  const a = Number(parts[1]);
  const separator = parts[2];
  const b = Number(parts[3]);
  const year = parts[4];
  if (!year && separator !== '/') return false;
  if (year && year.length === 3) return false;
  const isDayMonth = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  return isDayMonth(b, a) || isDayMonth(a, b);
}
