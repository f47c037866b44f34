export { renderMarkdown } from './render-markdown.rule';
