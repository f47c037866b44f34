import { checkAnswers, QuestionSpec } from './answers.rule';

const QUESTIONS: QuestionSpec[] = [
  { id: 'diet', label: 'Dietary needs', kind: 'choice', options: ['None', 'Vegetarian', 'Vegan'], required: true },
  { id: 'access', label: 'Accessibility needs', kind: 'text', required: false },
];

describe('checkAnswers', () => {
  it.each<[string, Record<string, string>, unknown]>([
    ['all answered', { diet: 'Vegan', access: 'Step-free seat' }, { answers: { diet: 'Vegan', access: 'Step-free seat' } }],
    ['optional left out', { diet: 'None' }, { answers: { diet: 'None' } }],
    ['trims and drops blank optional', { diet: ' Vegetarian ', access: '   ' }, { answers: { diet: 'Vegetarian' } }],
    ['drops unknown questions', { diet: 'None', shoe: '42' }, { answers: { diet: 'None' } }],
    ['required missing', { access: 'x' }, { problem: { code: 'ANSWER_REQUIRED', questionId: 'diet', message: 'Dietary needs: please answer.' } }],
    ['required blank', { diet: ' ' }, { problem: { code: 'ANSWER_REQUIRED', questionId: 'diet', message: 'Dietary needs: please answer.' } }],
    ['choice not an option', { diet: 'Pizza' }, { problem: { code: 'INVALID_ANSWER', questionId: 'diet', message: 'Dietary needs: choose one of the options.' } }],
    ['choice differs in case', { diet: 'vegan' }, { problem: { code: 'INVALID_ANSWER', questionId: 'diet', message: 'Dietary needs: choose one of the options.' } }],
  ])('%s', (_label, given, expected) => {
    expect(checkAnswers(QUESTIONS, new Map(Object.entries(given)))).toEqual(expected);
  });

  it('accepts anything when the event asks nothing', () => {
    expect(checkAnswers([], new Map([['diet', 'Vegan']]))).toEqual({ answers: {} });
  });
});
