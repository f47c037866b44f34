import { isCommonPassword } from './password-weakness.rule';

export const PASSWORD_MIN_LENGTH = 12;
// Generous, but bounded so a megabyte "password" cannot tie up the hasher.
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'CONTAINS_EMAIL';

export type PasswordCheck = { ok: true } | { ok: false; problem: PasswordProblem; message: string };

export interface PasswordContext {
  email?: string;
  displayName?: string;
}

// Personal details shorter than this are too likely to appear by chance ('ann', 'li').
const MIN_PERSONAL_LENGTH = 4;

/**
 * Checks a new password against the policy (length, then common, then personal details).
 * The same function runs in the browser for instant feedback and on the server, which decides.
 */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
  // Code points, so an emoji or accented letter counts as one character, as a person sees it.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return fail('TOO_SHORT', `Your password must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return fail('TOO_LONG', `Your password must be at most ${PASSWORD_MAX_LENGTH} characters long.`);
  }
  if (isCommonPassword(password)) {
    return fail(
      'COMMON',
      'This password is too common or too easy to guess. Try a few unrelated words instead.',
    );
  }
  const lower = password.toLowerCase();
  const compact = lower.replace(/[^\p{L}\p{N}]+/gu, '');
  if (emailLocalParts(context.email).some((part) => lower.includes(part))) {
    return fail('CONTAINS_EMAIL', 'Your password must not contain your email address.');
  }
  // The name is personal data too; reported under the same problem so clients need no new case.
  if (nameParts(context.displayName).some((part) => compact.includes(part))) {
    return fail('CONTAINS_EMAIL', 'Your password must not contain your name.');
  }
  return { ok: true };
}

function fail(problem: PasswordProblem, message: string): PasswordCheck {
  return { ok: false, problem, message };
}

/** 'Jane.Doe+confer@x.org' → ['jane.doe+confer', 'jane.doe'] (those of at least 4 characters). */
function emailLocalParts(email: string | undefined): string[] {
  if (!email) return [];
  const value = email.trim().toLowerCase();
  const at = value.lastIndexOf('@');
  const local = at >= 0 ? value.slice(0, at) : value;
  const withoutTag = local.split('+')[0] ?? local;
  return [...new Set([local, withoutTag])].filter((p) => [...p].length >= MIN_PERSONAL_LENGTH);
}

/** 'Dr. Jane Smith-Jones' → ['jane', 'smith', 'jones', 'janesmithjones', ...]. */
function nameParts(displayName: string | undefined): string[] {
  if (!displayName) return [];
  const words = displayName.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set([...words, words.join('')])].filter((p) => [...p].length >= MIN_PERSONAL_LENGTH);
}
