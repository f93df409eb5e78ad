/**
 * Free text from the plan as Markdown (SPEC §1): markdown-it with raw HTML
 * off, no images (a plan must not make the reader's browser fetch
 * anything), and only http(s), mailto and in-page `#` links — markdown-it's
 * own check lets `command:` and `vscode:` through, which in VS Code could
 * run commands.
 */
import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(?:https?:\/\/|mailto:|#)/i;

// Built on first use: the language server and `lint` load this module but need
// no Markdown until a preview (markdown-it's constructor compiles its link
// matcher, a few ms at every start-up otherwise).
let instance: MarkdownIt | undefined;
function md(): MarkdownIt {
  if (instance) return instance;
  const it = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  it.disable(['image']); // `![alt](url)` then reads as `!` and a plain link, checked like any link
  it.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());
  const renderLinkOpen = it.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  it.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    return renderLinkOpen(tokens, idx, options, env, self);
  };
  return (instance = it);
}

/** Block Markdown → HTML (inert: no raw HTML, no images, safe links only). */
export function markdown(source: string): string {
  try {
    return `<div class="md">${md().render(source)}</div>`;
  } catch {
    // markdown-it is not known to throw, but the preview must never fail on text.
    return `<div class="md"><p>${source.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p></div>`;
  }
}
