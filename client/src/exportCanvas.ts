/**
 * "Export canvas (HTML / PDF)" in the preview's title bar. HTML: the page
 * `scaling-plan render` writes (the server's sheets, no scripts). PDF: that
 * page printed by a Chromium or Google Chrome installed on this computer,
 * headless — as `render --pdf` does (server/src/cli/pdf.ts; the client may
 * not import the server, so the small finder is repeated here). No browser
 * is ever downloaded; without one we say so and offer the HTML.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import { say, type Lang } from './readiness';

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** SCALING_PLAN_CHROMIUM, the PATH, then the usual install places (as server/src/cli/pdf.ts). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const own = env['SCALING_PLAN_CHROMIUM'];
  if (own) return isFile(own) ? own : undefined;
  const win = platform === 'win32';
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].flatMap((n) => (win ? [`${n}.exe`] : [n]));
  if (win) names.unshift('chrome.exe', 'msedge.exe');
  const dirs = (env['PATH'] ?? env['Path'] ?? '').split(win ? ';' : delimiter).filter(Boolean);
  for (const n of names) for (const d of dirs) if (isFile(join(d, n))) return join(d, n);
  const roots = [env['ProgramFiles'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
  const places = platform === 'darwin'
    ? ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']
    : win
      ? roots.flatMap((r) => [join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')])
      : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return places.find(isFile);
}

function printPdf(chromium: string, html: string, out: string): Promise<string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'scaling-plan-pdf-'));
  const page = join(dir, 'canvas.html');
  const pdf = join(dir, 'canvas.pdf');
  writeFileSync(page, html, 'utf8');
  const args = ['--headless', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-sync',
    '--disable-background-networking', '--disable-component-update', `--user-data-dir=${join(dir, 'profile')}`,
    '--no-pdf-header-footer', '--print-to-pdf-no-header', `--print-to-pdf=${pdf}`];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  args.push(pathToFileURL(page).href);
  return new Promise((done) => {
    execFile(chromium, args, { timeout: 120_000, windowsHide: true }, (error) => {
      try {
        if (!isFile(pdf)) return done(error?.message.split('\n')[0] ?? 'no PDF');
        writeFileSync(out, readFileSync(pdf));
        done(undefined);
      } catch (e) {
        done(e instanceof Error ? e.message : String(e));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** Asks HTML or PDF and where, then writes it. `page`: the standalone canvas page. */
export async function exportCanvas(plan: vscode.Uri, page: string, lang: Lang): Promise<void> {
  const html = { label: 'HTML', description: say(lang, 'één zelfstandig bestand, zonder scripts', 'one self-contained file, no scripts'), ext: 'html' };
  const pdf = { label: 'PDF', description: say(lang, 'vijf A3-pagina’s liggend, via Chromium of Chrome', 'five A3 landscape pages, through Chromium or Chrome'), ext: 'pdf' };
  const pick = await vscode.window.showQuickPick([html, pdf], { title: say(lang, 'Canvas exporteren', 'Export canvas') });
  if (!pick) return;
  const chromium = pick === pdf ? findChromium() : undefined;
  if (pick === pdf && !chromium) {
    const asHtml = say(lang, 'Als HTML exporteren', 'Export as HTML');
    const answer = await vscode.window.showWarningMessage(say(lang,
      'Geen Chromium of Google Chrome gevonden om de PDF mee te maken. Installeer er een, of zet SCALING_PLAN_CHROMIUM op het pad ervan. Je kunt het canvas ook als HTML exporteren en vanuit de browser afdrukken (A3 liggend).',
      'No Chromium or Google Chrome found to make the PDF with. Install one, or set SCALING_PLAN_CHROMIUM to its path. You can also export the canvas as HTML and print it from the browser (A3 landscape).'), asHtml);
    if (answer === asHtml) await save(plan, page, html.ext, lang);
    return;
  }
  await save(plan, page, pick.ext, lang, chromium);
}

async function save(plan: vscode.Uri, page: string, ext: string, lang: Lang, chromium?: string): Promise<void> {
  const name = basename(plan.path).replace(/\.scaling\.ya?ml$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(plan, '..', `${name}.canvas.${ext}`),
    filters: { [ext.toUpperCase()]: [ext] },
  });
  if (!target) return;
  if (!chromium) {
    await vscode.workspace.fs.writeFile(target, Buffer.from(page, 'utf8'));
  } else {
    if (target.scheme !== 'file') {
      void vscode.window.showErrorMessage(say(lang, 'Een PDF kan alleen naar een lokaal bestand.', 'A PDF can only be written to a local file.'));
      return;
    }
    const problem = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: say(lang, 'Canvas afdrukken naar PDF…', 'Printing the canvas to PDF…') },
      () => printPdf(chromium, page, target.fsPath));
    if (problem) {
      void vscode.window.showErrorMessage(say(lang, `Chromium kon de PDF niet maken (${problem}).`, `Chromium could not make the PDF (${problem}).`));
      return;
    }
  }
  void vscode.window.showInformationMessage(say(lang, `Canvas geëxporteerd naar ${basename(target.path)}.`, `Canvas exported to ${basename(target.path)}.`));
}
