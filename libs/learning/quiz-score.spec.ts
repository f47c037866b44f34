import { isValidPassMark, scoreQuiz } from './quiz-score.rule';
import type { QuizQuestionKey } from './learning.types';

const key: QuizQuestionKey[] = [
  { id: 'q1', choiceCount: 3, correctIndex: 0 },
  { id: 'q2', choiceCount: 4, correctIndex: 3 },
  { id: 'q3', choiceCount: 2, correctIndex: 1 },
];
const all = (a: number, b: number, c: number) => [
  { questionId: 'q1', choiceIndex: a },
  { questionId: 'q2', choiceIndex: b },
  { questionId: 'q3', choiceIndex: c },
];

describe('scoreQuiz', () => {
  it.each([
    ['all right', all(0, 3, 1), 67, { correctCount: 3, scorePercent: 100, passed: true }],
    ['two of three against 67 (66 rounds down)', all(0, 3, 0), 67, { correctCount: 2, scorePercent: 66, passed: false }],
    ['two of three against 66', all(0, 3, 0), 66, { correctCount: 2, scorePercent: 66, passed: true }],
    ['none right', all(1, 0, 0), 1, { correctCount: 0, scorePercent: 0, passed: false }],
    ['answers in any order', [...all(0, 0, 1)].reverse(), 60, { correctCount: 2, scorePercent: 66, passed: true }],
  ])('%s', (_name, answers, passMark, expected) => {
    const score = scoreQuiz(key, answers, passMark);
    expect(score).toMatchObject({ ok: true, total: 3, ...expected });
  });

  it('says which answers were right, in question order, without revealing the right choice', () => {
    const score = scoreQuiz(key, [...all(0, 1, 1)].reverse(), 50);
    expect(score).toEqual({
      ok: true,
      correctCount: 2,
      total: 3,
      scorePercent: 66,
      passed: true,
      results: [
        { questionId: 'q1', correct: true },
        { questionId: 'q2', correct: false },
        { questionId: 'q3', correct: true },
      ],
    });
  });

  it.each([
    ['a question of another module', [...all(0, 3, 1), { questionId: 'other', choiceIndex: 0 }], { problem: 'QUESTION_NOT_IN_MODULE', questionId: 'other' }],
    ['the same question twice', [...all(0, 3, 1), { questionId: 'q2', choiceIndex: 1 }], { problem: 'DUPLICATE_ANSWER', questionId: 'q2' }],
    ['a question left out', all(0, 3, 1).slice(0, 2), { problem: 'INCOMPLETE_ANSWERS', questionId: 'q3' }],
    ['no answers', [], { problem: 'INCOMPLETE_ANSWERS', questionId: 'q1' }],
    ['a choice past the end', all(0, 4, 1), { problem: 'INVALID_CHOICE', questionId: 'q2' }],
    ['a negative choice', all(-1, 3, 1), { problem: 'INVALID_CHOICE', questionId: 'q1' }],
    ['a fractional choice', all(0, 1.5, 1), { problem: 'INVALID_CHOICE', questionId: 'q2' }],
  ])('refuses %s', (_name, answers, expected) => {
    expect(scoreQuiz(key, answers, 50)).toEqual({ ok: false, ...expected });
  });

  it('refuses a quiz without questions', () => {
    expect(scoreQuiz([], [], 50)).toEqual({ ok: false, problem: 'NO_QUESTIONS', questionId: null });
  });
});

describe('isValidPassMark', () => {
  it.each([
    [1, true],
    [70, true],
    [100, true],
    [0, false],
    [101, false],
    [70.5, false],
    [Number.NaN, false],
  ])('%s → %s', (mark, expected) => {
    expect(isValidPassMark(mark)).toBe(expected);
  });
});
