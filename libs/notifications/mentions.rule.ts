/**
 * Mentions are written as a markdown link to the member: `[@Display Name](/members/<uuid>)`.
 * The id decides who is mentioned (names are not unique and can change); the name is only what
 * readers see. Being a same-site link, it renders as "@Display Name" with the board's markdown rules.
 */
export const MAX_MENTIONS_PER_POST = 20;

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const MENTION = new RegExp(`\\[@([^\\[\\]\\n]{1,80})\\]\\(/members/(${UUID})\\)`, 'g');
const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[ \t]*$|(?![\s\S]))/gm;
const INLINE_CODE = /(`+)[^`][\s\S]*?\1/g;

/** The token the composer inserts for a mention. */
export function mentionMarkdown(displayName: string, userId: string): string {
  const name = displayName.replace(/[[\]\n\r]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'member';
  return `[@${name}](/members/${userId.toLowerCase()})`;
}

/** The distinct members a post mentions (lower-case ids, in order, at most MAX_MENTIONS_PER_POST); code is ignored. */
export function findMentionedUserIds(markdown: string): string[] {
  const prose = markdown.replace(FENCED_CODE, ' ').replace(INLINE_CODE, ' ');
  const ids: string[] = [];
  for (const match of prose.matchAll(MENTION)) {
    const id = match[2].toLowerCase();
    if (!ids.includes(id)) ids.push(id);
    if (ids.length >= MAX_MENTIONS_PER_POST) break;
  }
  return ids;
}

/** Mention tokens as readers see them ("@Display Name"). */
export function replaceMentions(markdown: string): string {
  return markdown.replace(MENTION, (_all, name: string) => `@${name}`);
}
