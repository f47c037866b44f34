import type { QuizAnswer, QuizQuestionKey, QuizScore } from './learning.types';

/** Pass marks are whole percentages. */
export function isValidPassMark(passMark: number): boolean {
  return Number.isInteger(passMark) && passMark >= 1 && passMark <= 100;
}

/**
 * Scores one quiz attempt against its answer key. Every question of the module must be answered
 * exactly once; an answer to a question of another module, a repeated question or a choice that does
 * not exist is refused as a whole (nothing is scored).
 */
export function scoreQuiz(key: readonly QuizQuestionKey[], answers: readonly QuizAnswer[], passMark: number): QuizScore {
  if (key.length === 0) return { ok: false, problem: 'NO_QUESTIONS', questionId: null };
  const byId = new Map(key.map((q) => [q.id, q]));
  const given = new Map<string, number>();
  for (const answer of answers) {
    const question = byId.get(answer.questionId);
    if (!question) return { ok: false, problem: 'QUESTION_NOT_IN_MODULE', questionId: answer.questionId };
    if (given.has(answer.questionId)) return { ok: false, problem: 'DUPLICATE_ANSWER', questionId: answer.questionId };
    if (!Number.isInteger(answer.choiceIndex) || answer.choiceIndex < 0 || answer.choiceIndex >= question.choiceCount) {
      return { ok: false, problem: 'INVALID_CHOICE', questionId: answer.questionId };
    }
    given.set(answer.questionId, answer.choiceIndex);
  }
  const missing = key.find((q) => !given.has(q.id));
  if (missing) return { ok: false, problem: 'INCOMPLETE_ANSWERS', questionId: missing.id };

  const results = key.map((q) => ({ questionId: q.id, correct: given.get(q.id) === q.correctIndex }));
  const correctCount = results.filter((r) => r.correct).length;
  const scorePercent = Math.floor((correctCount * 100) / key.length);
  return { ok: true, correctCount, total: key.length, scorePercent, passed: scorePercent >= passMark, results };
}
