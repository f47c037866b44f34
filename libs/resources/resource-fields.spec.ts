import { checkResourceFields, isWebUrl, normalizeTags, type ResourceFields } from './resource-fields.rule';

const GOOD: ResourceFields = {
  slug: 'social-media-policy-template',
  kind: 'template',
  title: 'Social media policy template',
  summary: 'A policy your legal team can start from.',
  bodyMd: 'Start here.',
  tags: ['policy', 'Legal '],
  linkUrl: 'https://example.org/policy.docx',
};

describe('checkResourceFields', () => {
  it.each<[string, Partial<ResourceFields>, Record<string, string>]>([
    ['a complete item', {}, {}],
    ['no link', { linkUrl: null }, {}],
    ['bad slug', { slug: 'Bad Slug' }, { slug: 'Use 2 to 80 lower-case letters, digits and dashes.' }],
    ['unknown kind', { kind: 'podcast' }, { kind: 'Choose a kind from the list.' }],
    ['short title', { title: 'ab' }, { title: 'Give it a title of 3 to 200 characters.' }],
    ['empty summary', { summary: '  ' }, { summary: 'Write a summary of up to 500 characters.' }],
    ['long summary', { summary: 's'.repeat(501) }, { summary: 'Write a summary of up to 500 characters.' }],
    ['oversized body', { bodyMd: 'b'.repeat(100_001) }, { bodyMd: 'Keep the body under 100,000 characters.' }],
    ['too many tags', { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, { tags: 'Use at most 10 tags.' }],
    ['a strange tag', { tags: ['<script>'] }, { tags: 'Tags are up to 40 letters, digits, spaces and dashes.' }],
    ['javascript link', { linkUrl: 'javascript:alert(1)' }, { linkUrl: 'Give a full http(s) address.' }],
    ['relative link', { linkUrl: '/files/x.pdf' }, { linkUrl: 'Give a full http(s) address.' }],
  ])('%s', (_n, patch, expected) => expect(checkResourceFields({ ...GOOD, ...patch })).toEqual(expected));
});

describe('normalizeTags', () => {
  it.each<[string[], string[]]>([
    [['Policy', 'policy ', ' HIPAA'], ['policy', 'hipaa']],
    [['  ', ''], []],
    [['patient   education'], ['patient education']],
  ])('%j → %j', (input, expected) => expect(normalizeTags(input)).toEqual(expected));
});

describe('isWebUrl', () => {
  it.each<[string, boolean]>([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['ftp://example.org', false],
    ['data:text/html,hi', false],
    ['example.org', false],
    [`https://example.org/${'a'.repeat(2000)}`, false],
  ])('%s → %s', (url, expected) => expect(isWebUrl(url)).toBe(expected));
});
