export interface SnippetPart {
  text: string;
  /** A search match (shown marked). */
  match: boolean;
}

const MATCH = /\[\[([\s\S]*?)\]\]/g;

/**
 * The search API's plain-text snippet split into text and matches (wrapped in `[[` and `]]`).
 * Rendered as text nodes and <mark> elements, never as HTML; an unclosed `[[` stays plain text.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const found of snippet.matchAll(MATCH)) {
    const start = found.index ?? 0;
    if (start > last) parts.push({ text: snippet.slice(last, start), match: false });
    if (found[1]) parts.push({ text: found[1], match: true });
    last = start + found[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}

/** The link to one post of a thread (thread posts carry `id="post-<id>"`). */
export function postPath(threadId: string, postId: string): string {
  return `/board/t/${threadId}#post-${postId}`;
}
