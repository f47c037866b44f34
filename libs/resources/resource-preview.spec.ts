import { firstParagraph } from './resource-preview.rule';

describe('firstParagraph', () => {
  it.each<[string, string, string]>([
    ['plain paragraphs', 'First one.\n\nSecond one.', 'First one.'],
    ['skips a heading', '# Title\n\nThe opening.\n\nMore.', 'The opening.'],
    ['heading then paragraph in one block is skipped as a heading block', '## Why\nBecause.\n\nNext paragraph.', 'Next paragraph.'],
    ['skips lists, quotes and code', '- a\n- b\n\n> quote\n\n```\ncode\n```\n\nReal text.', 'Real text.'],
    ['joins wrapped lines', 'One\nparagraph\nwrapped.\n\nTwo.', 'One paragraph wrapped.'],
    ['windows line ends', 'First.\r\n\r\nSecond.', 'First.'],
    ['nothing but a heading', '# Only a heading', ''],
    ['empty', '', ''],
  ])('%s', (_n, md, expected) => expect(firstParagraph(md)).toBe(expected));

  it('cuts a long paragraph at a word and marks it', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const preview = firstParagraph(`${words}\n\nSecret second paragraph.`);
    expect(preview.endsWith('…')).toBe(true);
    expect([...preview].length).toBeLessThanOrEqual(601);
    expect(words.startsWith(preview.slice(0, -1))).toBe(true);
    expect(preview).not.toContain('Secret');
  });
});
