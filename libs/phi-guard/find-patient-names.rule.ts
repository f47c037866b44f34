import type { PhiCandidate, PhiConfidence } from './phi-finding.types';
import {
  CLINICAL_ACRONYM_RE,
  CLINICAL_CONTEXT_RE,
  COMMON_WORDS,
  COUNTER_CONTEXT_RE,
  DRUG_NAMES,
  HONORIFICS,
  INSTITUTION_WORDS,
  PATIENT_CUE_FILLERS,
  PATIENT_CUES,
  PUBLIC_FIGURE_SURNAMES,
  PUBLIC_FIGURES,
  PUBLIC_TITLES,
  WEAK_CLINICAL_CONTEXT_RE,
} from './phi-patterns.data';
import { separatorBefore, withoutPossessive, type WordToken } from './tokenize-words.rule';

// Names are found from their context, never from their shape alone: a capitalized pair of words
// is as likely to be "Cleveland Clinic" or a speaker as a patient, and members must be able to
// talk about people in public life. Works on the word list, so every check is one pass.

const NAME_SHAPE = /^\p{Lu}[\p{L}'\u2019-]+$/u;
const INITIAL_SHAPE = /^\p{Lu}$/u;
// Endings of abstract nouns that follow "Patient" in titles ("Patient Engagement", "Patient Informatics").
const NON_NAME_ENDING = /(?:tion|sion|ment|ness|ship|ology|ography|itis|ectomy|otomy|scopy|ism|ities|ics)$/;
// Months that are also first names: a name only when no day number follows ("patient June", not "June 3").
const MONTH_FIRST_NAMES: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);
const PUBLIC_FIGURE_SET: ReadonlySet<string> = new Set(PUBLIC_FIGURES);

const SPACE = /^[ \u00a0]$/;
// "patient Jane", "patient: Jane", "patient, Jane", "patient (Jane"; "pt." may also end in a dot.
const CUE_SEPARATOR = /^[ \u00a0]?[,:]?[ \u00a0]?\(?$/;
const PT_SEPARATOR = /^\.?[ \u00a0]?[,:]?[ \u00a0]?\(?$/;
const HONORIFIC_SEPARATOR = /^\.?[ \u00a0]$/;
const INITIAL_SEPARATOR = /^\.[ \u00a0]$/;
const SEPARATOR_BEFORE_PREDICATE = /^,?[ \u00a0]$/;
const AGE_APPOSITIVE_SEPARATOR = /^,[ \u00a0]$/;

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'is', 'got', 'gets', 'been', 'being']);
const CLINICAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'admitted', 'readmitted', 'discharged', 'diagnosed', 'hospitalized', 'hospitalised', 'intubated',
  'transferred', 'rushed', 'triaged', 'resuscitated', 'sedated',
]);
const PRESENTING_VERBS: ReadonlySet<string> = new Set(['presented', 'presents', 'presenting']);

// How far around an honorific name to look for clinical words: about one sentence.
const CONTEXT_CHARS = 80;

interface NameSpan {
  start: number;
  end: number;
  words: string[];
  honorific: boolean;
}

export function findPatientNames(text: string, tokens: readonly WordToken[]): PhiCandidate[] {
  return [
    ...findCuedNames(text, tokens),
    ...findHonorificNames(text, tokens),
    ...findNamesBeforeClinicalVerbs(text, tokens),
    ...findLabelledNames(text, tokens),
  ];
}

/** "my patient Jane Roe", "pt Maria Lopez", "the patient, Mrs. Patel", "patient's daughter Ana" → high. */
function findCuedNames(text: string, tokens: readonly WordToken[]): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  tokens.forEach((token, i) => {
    if (!PATIENT_CUES.has(token.lower)) return;
    const isPt = token.lower.startsWith('pt');
    // "PT" in capitals is physical therapy (and the therapist), not a patient.
    if (isPt && token.text.startsWith('PT')) return;
    let k = i + 1;
    for (let fillers = 0; ; fillers++) {
      const next = tokens[k];
      if (!next) return;
      const separator = separatorBefore(text, tokens, k);
      const allowed = isPt && k === i + 1 ? PT_SEPARATOR : CUE_SEPARATOR;
      if (separator === '' || !allowed.test(separator)) return;
      if (fillers >= 3 || next.text !== next.lower || !PATIENT_CUE_FILLERS.has(next.lower)) break;
      k++;
    }
    const name = readName(text, tokens, k);
    if (name) found.push(nameCandidate(name, 'high'));
  });
  return found;
}

/** "Mr. Jones in bed 4", "Mrs. Patel was admitted" → high; no clinical word nearby → nothing. */
function findHonorificNames(text: string, tokens: readonly WordToken[]): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  tokens.forEach((token, i) => {
    if (!HONORIFICS.has(token.lower) || !/^\p{Lu}/u.test(token.text)) return;
    const name = readName(text, tokens, i);
    if (!name || !name.honorific) return;
    const confidence = contextConfidence(text, name);
    if (confidence) found.push(nameCandidate(name, confidence));
  });
  return found;
}

/**
 * "Maria Lopez, 67, was admitted", "Jane presented with chest pain" → low: without a cue word this
 * may be a public figure the guard does not know, so the author is asked rather than held.
 */
function findNamesBeforeClinicalVerbs(text: string, tokens: readonly WordToken[]): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next || !SPACE.test(separatorBefore(text, tokens, i + 1))) return;
    // Lower case only: "Medicare Beneficiary Was Admitted..." is a headline in title case.
    const isPassive = PASSIVE_AUXILIARIES.has(token.text) && CLINICAL_PARTICIPLES.has(next.text);
    const isPresenting = PRESENTING_VERBS.has(token.text) && next.text === 'with';
    if (!isPassive && !isPresenting) return;

    let k = i - 1;
    let separator = separatorBefore(text, tokens, i);
    // Skip an age in commas: "Maria Lopez, 67, was admitted".
    const age = tokens[k];
    if (age && /^\d{1,3}$/.test(age.text) && AGE_APPOSITIVE_SEPARATOR.test(separator)) {
      separator = separatorBefore(text, tokens, k);
      k--;
    }
    if (!SEPARATOR_BEFORE_PREDICATE.test(separator)) return;

    const words: string[] = [];
    let end = -1;
    let first = k + 1;
    while (k >= 0 && words.length < 3) {
      const current = tokens[k];
      if (!current) break;
      const core = withoutPossessive(current);
      if (core.possessive || !isNameWord(core.text)) break;
      // "President Biden was diagnosed": a public person.
      if (words.length > 0 && PUBLIC_TITLES.has(core.text.toLowerCase())) return;
      words.unshift(core.text);
      if (end < 0) end = core.end;
      first = k;
      if (!SPACE.test(separatorBefore(text, tokens, k))) break;
      k--;
    }
    const firstToken = tokens[first];
    if (words.length === 0 || !firstToken) return;
    // "Dr. Smith was admitted" is a colleague or a public person; "Mr. Smith" is handled with its honorific.
    const before = tokens[first - 1];
    if (before && /^\.?[ \u00a0]$/.test(separatorBefore(text, tokens, first))) {
      if (PUBLIC_TITLES.has(before.lower) || HONORIFICS.has(before.lower)) return;
    }
    if (/[#@]/.test(text.charAt(firstToken.start - 1))) return;
    if (isPublicFigure(words, false)) return;
    found.push({ kind: 'PATIENT_NAME', confidence: 'low', start: firstToken.start, end });
  });
  return found;
}

/** "Name: Jane Roe" pasted from a record → low, or high with clinical words around it. */
function findLabelledNames(text: string, tokens: readonly WordToken[]): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  tokens.forEach((token, i) => {
    if (token.lower !== 'name' || !/^:[ \u00a0]?$/.test(separatorBefore(text, tokens, i + 1))) return;
    const name = readName(text, tokens, i + 1);
    if (name) found.push(nameCandidate(name, contextConfidence(text, name) === 'high' ? 'high' : 'low'));
  });
  return found;
}

/**
 * Reads an optional honorific and one to three name words (middle initials allowed) starting at
 * token i. Returns null for common words, institutions, titles like "Dr." and known public figures.
 */
function readName(text: string, tokens: readonly WordToken[], i: number): NameSpan | null {
  let k = i;
  const first = tokens[k];
  if (!first) return null;
  let honorific = false;
  if (HONORIFICS.has(first.lower) && /^\p{Lu}/u.test(first.text)) {
    if (!HONORIFIC_SEPARATOR.test(separatorBefore(text, tokens, k + 1))) return null;
    honorific = true;
    k++;
  }
  const words: string[] = [];
  let start = -1;
  let end = -1;
  let afterInitial = false;
  while (words.length < 4) {
    const token = tokens[k];
    if (!token) break;
    if (words.length > 0) {
      const separator = separatorBefore(text, tokens, k);
      if (!(afterInitial ? INITIAL_SEPARATOR : SPACE).test(separator)) break;
    }
    afterInitial = false;
    const following = tokens[k + 1];
    if (INITIAL_SHAPE.test(token.text) && following && isNameWord(withoutPossessive(following).text)
      && INITIAL_SEPARATOR.test(separatorBefore(text, tokens, k + 1))) {
      // "Jane Q. Roe", "pt J. Smith": an initial only counts when a name word follows it.
      if (start < 0) start = token.start;
      words.push(token.text);
      afterInitial = true;
      k++;
      continue;
    }
    const core = withoutPossessive(token);
    if (!isNameWord(core.text)) break;
    if (words.length === 0 && !honorific && PUBLIC_TITLES.has(core.text.toLowerCase())) return null;
    const nextToken = tokens[k + 1];
    if (words.length === 0 && MONTH_FIRST_NAMES.has(core.text.toLowerCase()) && nextToken
      && /^\d/.test(nextToken.text) && SPACE.test(separatorBefore(text, tokens, k + 1))) return null;
    if (start < 0) start = token.start;
    words.push(core.text);
    end = core.end;
    k++;
    if (core.possessive) break;
  }
  const fullWords = words.filter((word) => word.length > 1);
  if (fullWords.length === 0 || end < 0) return null;
  // "Patient Handoffs In The ICU": capitalized common words go on, so this is a title-case heading.
  const after = tokens[k];
  if (after && after.text.length > 1 && /^\p{Lu}/u.test(after.text) && COMMON_WORDS.has(after.lower)
    && SPACE.test(separatorBefore(text, tokens, k))) return null;
  if (isPublicFigure(fullWords, honorific)) return null;
  return { start: honorific ? first.start : start, end, words: fullWords, honorific };
}

function isNameWord(word: string): boolean {
  if (!NAME_SHAPE.test(word)) return false;
  // All capitals is an acronym here (ICU, COPD, HIPAA), not a name.
  if (word === word.toUpperCase()) return false;
  const lower = word.toLowerCase();
  if (COMMON_WORDS.has(lower) || INSTITUTION_WORDS.has(lower) || DRUG_NAMES.has(lower) || HONORIFICS.has(lower)) {
    return false;
  }
  return !(lower.length >= 6 && NON_NAME_ENDING.test(lower));
}

function isPublicFigure(words: readonly string[], honorific: boolean): boolean {
  const lower = words.map((word) => word.toLowerCase());
  if (PUBLIC_FIGURE_SET.has(lower.join(' '))) return true;
  if (lower.length > 2 && PUBLIC_FIGURE_SET.has(`${lower[0]} ${lower[lower.length - 1]}`)) return true;
  // "Mr. Rogers", "Mrs. Obama".
  return honorific && lower.length === 1 && PUBLIC_FIGURE_SURNAMES.has(lower[0] ?? '');
}

/**
 * How sure the words around an honorific name make us that it is a patient: strong clinical words
 * ("admitted", "bed 4") → high, weak ones ("room 12", "ICU") → low; event or staff words
 * ("keynote", "our manager") lower that one step. Null when nothing points to care.
 */
function contextConfidence(text: string, name: NameSpan): PhiConfidence | null {
  const before = text.slice(Math.max(0, name.start - CONTEXT_CHARS), name.start);
  const after = text.slice(name.end, name.end + CONTEXT_CHARS);
  // Stay within the paragraph; the name itself is left out ("Mr. Ed Lee" is not the ED).
  const window = `${before.slice(before.lastIndexOf('\n') + 1)} \u2026 ${after.split('\n', 1)[0] ?? ''}`;
  const strength = CLINICAL_CONTEXT_RE.test(window)
    ? 2
    : WEAK_CLINICAL_CONTEXT_RE.test(window) || CLINICAL_ACRONYM_RE.test(window)
      ? 1
      : 0;
  const score = strength - (strength > 0 && COUNTER_CONTEXT_RE.test(window) ? 1 : 0);
  return score === 2 ? 'high' : score === 1 ? 'low' : null;
}

function nameCandidate(name: NameSpan, confidence: PhiConfidence): PhiCandidate {
  return { kind: 'PATIENT_NAME', confidence, start: name.start, end: name.end };
}
