import { isValidPassMark } from './quiz-score.rule';

/** A module as staff write it, before it is saved. */
export interface ModuleDraft {
  slug: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  contentMd: string;
  videoUrl: string | null;
  passMark: number;
  questions: readonly { prompt: string; choices: readonly string[]; correctIndex: number }[];
}

export const MODULE_LIMITS = {
  title: 200,
  summary: 1000,
  content: 100_000,
  minutes: 600,
  questions: 20,
  prompt: 1000,
  choice: 300,
  minChoices: 2,
  maxChoices: 8,
} as const;

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * What is wrong with a module draft, by field (`questions.2.choices` for the third question's
 * choices); an empty object means it can be saved. The same rule runs in the staff form and on the server.
 */
export function moduleDraftProblems(d: ModuleDraft): Record<string, string> {
  const p: Record<string, string> = {};
  if (!SLUG.test(d.slug)) p.slug = 'Use 2 to 63 lower-case letters, digits and dashes.';
  if (d.title.trim().length === 0 || d.title.length > MODULE_LIMITS.title) p.title = `Give a title of up to ${MODULE_LIMITS.title} characters.`;
  if (d.summary.trim().length === 0 || d.summary.length > MODULE_LIMITS.summary) p.summary = `Give a summary of up to ${MODULE_LIMITS.summary} characters.`;
  if (!Number.isInteger(d.estimatedMinutes) || d.estimatedMinutes < 1 || d.estimatedMinutes > MODULE_LIMITS.minutes) {
    p.estimatedMinutes = `Between 1 and ${MODULE_LIMITS.minutes} minutes.`;
  }
  if (d.contentMd.trim().length === 0 || d.contentMd.length > MODULE_LIMITS.content) p.contentMd = `Write the content (up to ${MODULE_LIMITS.content.toLocaleString('en-US')} characters).`;
  if (d.videoUrl !== null && !isHttpsUrl(d.videoUrl)) p.videoUrl = 'A video link must be an https:// address.';
  if (!isValidPassMark(d.passMark)) p.passMark = 'A whole percentage from 1 to 100.';
  if (d.questions.length === 0 || d.questions.length > MODULE_LIMITS.questions) p.questions = `Between 1 and ${MODULE_LIMITS.questions} questions.`;
  d.questions.forEach((q, i) => {
    if (q.prompt.trim().length === 0 || q.prompt.length > MODULE_LIMITS.prompt) p[`questions.${i}.prompt`] = `Write the question (up to ${MODULE_LIMITS.prompt} characters).`;
    const badChoice = q.choices.some((c) => c.trim().length === 0 || c.length > MODULE_LIMITS.choice);
    const distinct = new Set(q.choices.map((c) => c.trim().toLowerCase())).size === q.choices.length;
    if (q.choices.length < MODULE_LIMITS.minChoices || q.choices.length > MODULE_LIMITS.maxChoices || badChoice || !distinct) {
      p[`questions.${i}.choices`] = `${MODULE_LIMITS.minChoices} to ${MODULE_LIMITS.maxChoices} different answers, each up to ${MODULE_LIMITS.choice} characters.`;
    } else if (!Number.isInteger(q.correctIndex) || q.correctIndex < 0 || q.correctIndex >= q.choices.length) {
      p[`questions.${i}.correctIndex`] = 'Choose the right answer.';
    }
  });
  return p;
}
