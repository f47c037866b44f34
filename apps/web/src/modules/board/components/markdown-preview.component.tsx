import { renderMarkdown } from '@confer/libs/markdown';
import { Text, Typography } from '@mantine/core';
import { createElement, useMemo, type ReactNode } from 'react';
import classes from './board.module.css';

// The tags the server keeps after sanitizing (apps/api …/markdown-renderer.ts); anything else is unwrapped.
const ALLOWED_TAGS = new Set([
  'p', 'br', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);
const VOID_TAGS = new Set(['br', 'hr']);
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/**
 * Turns HTML into React elements through an allow-list: only the tags above, only `href` on links
 * (web and mail addresses) and `start` on lists. Never injects HTML, so the preview cannot run script.
 */
function toReact(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const children = Array.from(element.childNodes, (child, i) => toReact(child, `${key}.${i}`));
  if (!ALLOWED_TAGS.has(tag)) return children;
  const props: Record<string, unknown> = { key };
  if (tag === 'a') {
    const href = element.getAttribute('href') ?? '';
    if (SAFE_HREF.test(href)) Object.assign(props, { href, rel: 'nofollow noopener noreferrer', target: '_blank' });
  }
  if (tag === 'ol') {
    const start = Number(element.getAttribute('start'));
    if (Number.isInteger(start)) props.start = start;
  }
  return VOID_TAGS.has(tag) ? createElement(tag, props) : createElement(tag, props, ...children);
}

/** The composer's Preview tab: the same markdown rules as the server. */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const content = useMemo(() => {
    if (!markdown.trim()) return null;
    // An inert document: nothing in it loads or runs.
    const doc = new DOMParser().parseFromString(renderMarkdown(markdown), 'text/html');
    return Array.from(doc.body.childNodes, (child, i) => toReact(child, String(i)));
  }, [markdown]);
  if (!content) return <Text c="dimmed">Nothing to preview yet.</Text>;
  return <Typography className={classes.body}>{content}</Typography>;
}
