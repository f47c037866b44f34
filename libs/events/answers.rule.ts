/** A question asked of every attendee (stored on the event). */
export interface QuestionSpec {
  id: string;
  label: string;
  kind: 'text' | 'choice';
  options?: string[];
  required: boolean;
}

export type AnswerProblem = { code: 'ANSWER_REQUIRED' | 'INVALID_ANSWER'; questionId: string; message: string };

/**
 * Checks an attendee's answers against the event's questions: required ones must be answered, a
 * choice must be one of its options, and answers to questions the event does not ask are dropped.
 * Returns the clean answers, or the first problem.
 */
export function checkAnswers(questions: readonly QuestionSpec[], given: ReadonlyMap<string, string>): { answers: Record<string, string> } | { problem: AnswerProblem } {
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const value = (given.get(q.id) ?? '').trim();
    if (!value) {
      if (q.required) return { problem: { code: 'ANSWER_REQUIRED', questionId: q.id, message: `${q.label}: please answer.` } };
      continue;
    }
    if (q.kind === 'choice' && !(q.options ?? []).includes(value)) {
      return { problem: { code: 'INVALID_ANSWER', questionId: q.id, message: `${q.label}: choose one of the options.` } };
    }
    answers[q.id] = value;
  }
  return { answers };
}
