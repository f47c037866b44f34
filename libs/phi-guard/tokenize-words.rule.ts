export interface WordToken {
  /** The word as written, apostrophes and inner hyphens kept ("O'Brien", "Roe's", "year-old"). */
  text: string;
  lower: string;
  start: number;
  end: number;
}

// One flat character class with a single quantifier: linear on any input, even a 50k-letter run.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;

/** Splits text into words with their UTF-16 offsets; what lies between two words is their separator. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], lower: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

/** Text between token i-1 and token i ('' before the first token is treated as a line start). */
export function separatorBefore(text: string, tokens: readonly WordToken[], i: number): string {
  const previous = tokens[i - 1];
  const current = tokens[i];
  if (!current) return '';
  return text.slice(previous ? previous.end : 0, current.start);
}

/** "Roe's" → "Roe", "Jones'" → "Jones": possessives end a name but are not part of it. */
export function withoutPossessive(token: WordToken): { text: string; end: number; possessive: boolean } {
  const match = /(?:['\u2019]s|['\u2019-])$/.exec(token.text);
  if (!match) return { text: token.text, end: token.end, possessive: false };
  const text = token.text.slice(0, match.index);
  return { text, end: token.start + text.length, possessive: true };
}
