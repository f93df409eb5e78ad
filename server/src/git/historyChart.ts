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
import { standalonePage } from '../preview/render.js';
import { CANVAS_CSS } from '../preview/styles.js';
import type { PlanHistory } from './history.js';

export function historyPage(history: PlanHistory, lang: Lang): string {
  const body = `<main class="canvas" lang="${lang}">
${historyBody(history, lang)}
</main>`;
  return standalonePage(lang, `${history.file} — ${label(lang, 'sheet.history')}`, CANVAS_CSS, body);
}
