import { renderMarkdown } from './render-markdown.rule';

describe('renderMarkdown', () => {
  it.each([
    ['**bold** and _em_', /<strong>bold<\/strong> and <em>em<\/em>/],
    ['> quoted peer', /<blockquote>\s*<p>quoted peer<\/p>/],
    ['- one\n- two', /<ul>\s*<li>one<\/li>\s*<li>two<\/li>/],
    ['see https://example.org/guide', /<a href="https:\/\/example.org\/guide" rel="nofollow noopener noreferrer" target="_blank">/],
    ['[guide](/resources/1)', /<a href="\/resources\/1"/],
    ['line one\nline two', /line one<br>\s*line two/],
  ])('renders %j', (src, expected) => {
    expect(renderMarkdown(src)).toMatch(expected);
  });

  it.each([
    ['<script>alert(1)</script>', /&lt;script&gt;/],
    ['<img src=x onerror=alert(1)>', /&lt;img/],
    ['[x](javascript:alert(1))', /\[x\]\(javascript:alert\(1\)\)/],
    ['[x](JaVaScRiPt:alert(1))', /\[x\]/],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', /\[x\]/],
    ['[x](//evil.example/steal)', /\[x\]/],
    ['<a href="javascript:alert(1)">x</a>', /&lt;a href=/],
  ])('renders %j inert', (src, expected) => {
    const html = renderMarkdown(src);
    expect(html).toMatch(expected);
    expect(html).not.toMatch(/<script|<img|href="javascript|href="data|<[^>]*onerror=/i);
  });
});
