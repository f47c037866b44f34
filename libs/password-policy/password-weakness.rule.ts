import { COMMON_PASSWORDS } from './common-passwords.data';

const COMMON = new Set(COMMON_PASSWORDS);

// Keyboard walks people type as "random": rows, and the columns of a US keyboard.
const KEYBOARD_WALKS = [
  '1234567890',
  'qwertyuiopasdfghjklzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'qazwsxedcrfvtgbyhnujmikolp',
  'q1w2e3r4t5y6u7i8o9p0',
];
const MIN_WALK_LENGTH = 4;

/**
 * Whether a password is in, or trivially derived from, the common-password list, or is a plain
 * repeat or sequence. Derived means: case changed, whitespace dropped, or digits and punctuation
 * added before or after (the usual way people satisfy length rules: 'Password1234!').
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFKC').toLowerCase();
  const compact = lower.replace(/\s+/gu, '');
  const trailingStripped = compact.replace(/[^\p{L}]+$/u, '');
  const bothStripped = trailingStripped.replace(/^[^\p{L}]+/u, '');
  const candidates = new Set([lower, compact, trailingStripped, bothStripped]);
  for (const c of candidates) {
    if (c.length === 0) continue;
    if (COMMON.has(c) || isTrivialRepeat(c)) return true;
    // Short stripped stems ('xyz' from 'xyz83619472') are not enough to call it a sequence.
    if (c.length >= MIN_WALK_LENGTH && isSequence(c)) return true;
  }
  return isMadeOfTrivialChunks(compact);
}

/** 'abcdef', '98765', '123456789012' (digits wrap 9→0), or a run along a keyboard walk. */
function isSequence(s: string): boolean {
  if (s.length < 3) return false;
  if (/^\d+$/.test(s)) return hasConstantStep(s, '0'.charCodeAt(0), 10);
  if (/^[a-z]+$/.test(s)) {
    if (hasConstantStep(s, 'a'.charCodeAt(0), 26)) return true;
    return s.length >= MIN_WALK_LENGTH && isKeyboardWalk(s);
  }
  return s.length >= MIN_WALK_LENGTH && isKeyboardWalk(s);
}

function hasConstantStep(s: string, base: number, modulo: number): boolean {
  const codes = [...s].map((ch) => ch.charCodeAt(0) - base);
  const steps = codes.slice(1).map((code, i) => (code - (codes[i] ?? 0) + modulo) % modulo);
  const step = steps[0];
  if (step !== 1 && step !== modulo - 1) return false;
  return steps.every((x) => x === step);
}

function isKeyboardWalk(s: string): boolean {
  return KEYBOARD_WALKS.some((walk) => {
    const reversed = [...walk].reverse().join('');
    return walk.includes(s) || reversed.includes(s);
  });
}

/** 'aaaaaaaaaaaa', 'abcabcabcabc', 'monkeymonkey': one short, common or sequential unit repeated. */
function isTrivialRepeat(s: string): boolean {
  const match = /^(.+?)\1+$/su.exec(s);
  const unit = match?.[1];
  if (unit === undefined) return false;
  return [...unit].length <= 3 || COMMON.has(unit) || isSequence(unit);
}

/**
 * 'abc123456789', 'aaaa1111!!!!', 'abcd-1234-wxyz': every letter run and digit run is a sequence
 * or repeat, and everything else is punctuation.
 */
function isMadeOfTrivialChunks(s: string): boolean {
  const chunks = s.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]+/gu) ?? [];
  const alnum = chunks.filter((c) => /^[\p{L}\p{N}]/u.test(c));
  if (alnum.length === 0) return false;
  return alnum.every((c) => (c.length >= 3 && isSequence(c)) || (c.length >= 3 && isTrivialRepeat(c)));
}
