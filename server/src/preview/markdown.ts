/**
 * Free text from the plan as Markdown (SPEC §1): markdown-it with raw HTML
 * off, no images (a plan must not make the reader's browser fetch
 * anything), and only http(s), mailto and in-page `#` links — markdown-it's
 * own check lets `command:` and `vscode:` through, which in VS Code could
 * run commands.
 */
import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(?:https?:\/\/|mailto:|#)/i;

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
md.disable(['image']); // `![alt](url)` then reads as `!` and a plain link, checked like any link
md.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());

const renderLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return renderLinkOpen(tokens, idx, options, env, self);
};

/** Block Markdown → HTML (inert: no raw HTML, no images, safe links only). */
export function markdown(source: string): string {
  try {
    return `<div class="md">${md.render(source)}</div>`;
  } catch {
    // markdown-it is not known to throw, but the preview must never fail on text.
    return `<div class="md"><p>${source.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p></div>`;
  }
}
