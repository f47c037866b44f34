import { ModuleDraft, moduleDraftProblems } from './module-draft.rule';

const good: ModuleDraft = {
  slug: 'a-professional-x-account',
  title: 'Setting up a professional X account',
  summary: 'A handle, a bio and a disclaimer.',
  estimatedMinutes: 25,
  contentMd: '## Before you start\n\nDecide what the account is for.',
  videoUrl: 'https://videos.confer.test/x.mp4',
  passMark: 67,
  questions: [{ prompt: 'What belongs in a bio?', choices: ['Credentials', 'Your address'], correctIndex: 0 }],
};
const q = good.questions[0];

describe('moduleDraftProblems', () => {
  it('accepts a complete module, with or without a video', () => {
    expect(moduleDraftProblems(good)).toEqual({});
    expect(moduleDraftProblems({ ...good, videoUrl: null })).toEqual({});
  });

  it.each<[string, Partial<ModuleDraft>, string]>([
    ['a slug with capitals', { slug: 'Bad Slug' }, 'slug'],
    ['an empty title', { title: '  ' }, 'title'],
    ['an oversized title', { title: 'x'.repeat(201) }, 'title'],
    ['an oversized summary', { summary: 'x'.repeat(1001) }, 'summary'],
    ['zero minutes', { estimatedMinutes: 0 }, 'estimatedMinutes'],
    ['fractional minutes', { estimatedMinutes: 2.5 }, 'estimatedMinutes'],
    ['empty content', { contentMd: '' }, 'contentMd'],
    ['oversized content', { contentMd: 'x'.repeat(100_001) }, 'contentMd'],
    ['a plain http video', { videoUrl: 'http://videos.example.org/a.mp4' }, 'videoUrl'],
    ['a javascript: video', { videoUrl: 'javascript:alert(1)' }, 'videoUrl'],
    ['a video link with a password', { videoUrl: 'https://user:pw@videos.example.org/a' }, 'videoUrl'],
    ['a pass mark of 0', { passMark: 0 }, 'passMark'],
    ['a pass mark over 100', { passMark: 101 }, 'passMark'],
    ['no questions', { questions: [] }, 'questions'],
    ['21 questions', { questions: Array.from({ length: 21 }, () => q) }, 'questions'],
    ['an empty prompt', { questions: [{ ...q, prompt: ' ' }] }, 'questions.0.prompt'],
    ['one choice', { questions: [{ ...q, choices: ['Only'] }] }, 'questions.0.choices'],
    ['nine choices', { questions: [{ ...q, choices: Array.from({ length: 9 }, (_, i) => `c${i}`) }] }, 'questions.0.choices'],
    ['the same choice twice', { questions: [{ ...q, choices: ['Yes', 'yes '] }] }, 'questions.0.choices'],
    ['an empty choice', { questions: [{ ...q, choices: ['Yes', ''] }] }, 'questions.0.choices'],
    ['the right answer out of range', { questions: [q, { ...q, correctIndex: 2 }] }, 'questions.1.correctIndex'],
  ])('refuses %s', (_name, change, field) => {
    expect(Object.keys(moduleDraftProblems({ ...good, ...change }))).toEqual([field]);
  });
});
