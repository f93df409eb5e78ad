/**
 * `history --format html`: the readiness over the commits that touched the
 * plan as one self-contained page — inline SVG charts and the commit list
 * (preview/history.ts draws them; the preview's sixth view is the same
 * markup). No scripts, nothing loaded from elsewhere: the same strict CSP
 * as `render`'s page.
 */
import type { Lang } from '../model/types.js';
import { historyBody } from '../preview/history.js';
import { label } from '../preview/labels.js';
import { STANDALONE_CSP } from '../preview/render.js';
import { CANVAS_CSS } from '../preview/styles.js';
import { esc } from '../preview/html.js';
import type { PlanHistory } from './history.js';

export function historyPage(history: PlanHistory, lang: Lang): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(`${history.file} — ${label(lang, 'sheet.history')}`)}</title>
<style>${CANVAS_CSS}</style>
</head>
<body>
<main class="canvas" lang="${lang}">
${historyBody(history, lang)}
</main>
</body>
</html>
`;
}
