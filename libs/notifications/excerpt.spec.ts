import { plainExcerpt } from './excerpt.rule';

describe('plainExcerpt', () => {
  it.each<[string, string, number | undefined, string]>([
    ['plain text', 'Hello there', undefined, 'Hello there'],
    ['markdown emphasis and headings', '# Title\n\n**Bold** and _it_', undefined, 'Title Bold and it'],
    ['links keep their text', 'See [the guide](https://example.org/x)', undefined, 'See the guide'],
    ['mentions read as @name', 'Ask [@Ada Lee](/members/3f1c2b9e-8d4a-4c1e-9f0a-1b2c3d4e5f60)', undefined, 'Ask @Ada Lee'],
    ['quotes and lists', '> quoted\n- one\n- two', undefined, 'quoted one two'],
    ['code blocks are left out', 'Before\n```\ncode\n```\nafter', undefined, 'Before after'],
    ['long text is cut at a word', 'alpha beta gamma delta epsilon', 17, 'alpha beta gamma…'],
  ])('%s', (_name, md, max, expected) => {
    expect(plainExcerpt(md, max)).toBe(expected);
  });
});
