import { Injectable } from '@nestjs/common';
import sanitizeHtml from 'sanitize-html';
import { renderMarkdown } from '@confer/libs/markdown';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

/**
 * Markdown → HTML with the shared rules, then an allow-list sanitizer as a second, independent
 * layer: whatever markdown-it lets through, only these tags and attributes reach a reader.
 */
@Injectable()
export class MarkdownRenderer {
  render(source: string): string {
    return sanitizeHtml(renderMarkdown(source), {
      allowedTags: ALLOWED_TAGS,
      allowedAttributes: { a: ['href', 'rel', 'target'], th: ['style'], td: ['style'], ol: ['start'] },
      allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
      allowedSchemes: ['http', 'https', 'mailto'],
      allowProtocolRelative: false,
      transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer', target: '_blank' }) },
    });
  }
}
