import MarkdownIt from 'markdown-it';

// Raw HTML is never passed through; links are limited to web, mail and same-site addresses.
const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  // Members' links leave the site without passing on who clicked or lending the site's reputation.
  tokens[idx].attrSet('rel', 'nofollow noopener noreferrer');
  tokens[idx].attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown to HTML for board posts (the web preview and the server use the same rules). */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
