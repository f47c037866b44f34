const PREVIEW_MAX = 600;

/**
 * The first paragraph of a markdown body: what a viewer without access reads. Headings, lists,
 * quotes, code and tables are skipped; a long paragraph is cut at a word and marked with "…".
 */
export function firstParagraph(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const raw of blocks) {
    const block = raw.trim();
    if (!block) continue;
    if (/^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|```|~~~|\||<|!\[)/.test(block)) continue;
    const text = block.replace(/\s*\n\s*/g, ' ');
    const cps = [...text];
    if (cps.length <= PREVIEW_MAX) return text;
    const cut = cps.slice(0, PREVIEW_MAX).join('');
    const lastSpace = cut.lastIndexOf(' ');
    return `${(lastSpace > PREVIEW_MAX / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
  }
  return '';
}
