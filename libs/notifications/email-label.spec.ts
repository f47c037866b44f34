import { emailThreadLabel } from './email-label.rule';

describe('emailThreadLabel', () => {
  it.each<[string, string, ReturnType<typeof emailThreadLabel>]>([
    ['public', 'Flu season hashtags', { confidential: false, title: 'Flu season hashtags' }],
    ['public', 'Two\nlines  here', { confidential: false, title: 'Two lines here' }],
    ['premium', 'Legal blocked our Instagram', { confidential: true }],
    ['group', 'Fellows only', { confidential: true }],
    ['PUBLIC', 'Wrong case is not public', { confidential: true }],
    ['', 'Unknown audience', { confidential: true }],
  ])('%j → %j', (audience, title, expected) => {
    expect(emailThreadLabel(audience, title)).toEqual(expected);
  });
});
