import { renderMarkdown } from '../markdown/render-markdown.rule';
import { findMentionedUserIds, MAX_MENTIONS_PER_POST, mentionMarkdown, replaceMentions } from './mentions.rule';

const A = '3f1c2b9e-8d4a-4c1e-9f0a-1b2c3d4e5f60';
const B = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('findMentionedUserIds', () => {
  it.each<[string, string, string[]]>([
    ['one mention', `Thanks [@Dr Ada Lee](/members/${A}) for this`, [A]],
    ['two, in order', `[@Bo](/members/${B}) and [@Ada](/members/${A})`, [B, A]],
    ['the same member twice counts once', `[@Ada](/members/${A}) … [@Ada L.](/members/${A})`, [A]],
    ['upper-case id is normalised', `[@Ada](/members/${A.toUpperCase()})`, [A]],
    ['a plain @name is not a mention', '@Ada Lee what do you think?', []],
    ['a link elsewhere is not a mention', `[@Ada](https://example.org/members/${A})`, []],
    ['a link without @ is not a mention', `[Ada](/members/${A})`, []],
    ['a malformed id is not a mention', '[@Ada](/members/not-a-uuid)', []],
    ['inside inline code: ignored', `\`[@Ada](/members/${A})\``, []],
    ['inside a fenced block: ignored', `\`\`\`\n[@Ada](/members/${A})\n\`\`\`\nafter [@Bo](/members/${B})`, [B]],
    ['a name cannot span lines', `[@Ada\nLee](/members/${A})`, []],
  ])('%s', (_name, md, expected) => {
    expect(findMentionedUserIds(md)).toEqual(expected);
  });

  it(`keeps at most ${MAX_MENTIONS_PER_POST} members`, () => {
    const ids = Array.from({ length: 30 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const md = ids.map((id) => `[@M](/members/${id})`).join(' ');
    expect(findMentionedUserIds(md)).toEqual(ids.slice(0, MAX_MENTIONS_PER_POST));
  });
});

describe('mentionMarkdown', () => {
  it.each<[string, string]>([
    ['Ada Lee', `[@Ada Lee](/members/${A})`],
    ['Ada [admin] Lee', `[@Ada admin Lee](/members/${A})`],
    ['Ada\nLee', `[@Ada Lee](/members/${A})`],
    ['   ', `[@member](/members/${A})`],
  ])('%j', (name, expected) => {
    expect(mentionMarkdown(name, A.toUpperCase())).toBe(expected);
  });

  it('round-trips through findMentionedUserIds', () => {
    expect(findMentionedUserIds(`hi ${mentionMarkdown('Ada [x]', A)}`)).toEqual([A]);
  });

  it('replaceMentions shows what readers see', () => {
    expect(replaceMentions(`Ask ${mentionMarkdown('Ada Lee', A)}!`)).toBe('Ask @Ada Lee!');
  });
});

describe('a mention in a post', () => {
  it('renders as a same-site "@name" link with the board’s markdown rules', () => {
    expect(renderMarkdown(mentionMarkdown('Ada Lee', A))).toContain(`<a href="/members/${A}" rel="nofollow noopener noreferrer" target="_blank">@Ada Lee</a>`);
  });
});
