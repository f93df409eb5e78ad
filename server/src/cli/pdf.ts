/**
 * `render --pdf`: print the sheets through a Chromium the user already has
 * (headless `--print-to-pdf`). We never download a browser and never depend
 * on playwright at run time. Where we look, first that exists:
 * `SCALING_PLAN_CHROMIUM`, then `chromium`, `chromium-browser`,
 * `google-chrome`, `google-chrome-stable` (and `chrome`, `msedge` on
 * Windows) on the PATH, then the usual install places.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Localized } from '../model/types.js';

export const CHROMIUM_ENV = 'SCALING_PLAN_CHROMIUM';
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const WINDOWS_NAMES = ['chrome.exe', 'msedge.exe', ...NAMES.map((n) => `${n}.exe`)];

/** The usual install places, for the platform. */
function knownPlaces(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
  }
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Chromium', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];
}

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

export type ChromiumFound = { path: string } | { error: Localized };

/** The Chromium to print with, or a plain sentence why there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ChromiumFound {
  const own = env[CHROMIUM_ENV];
  if (own) {
    if (isFile(own)) return { path: own };
    return { error: {
      nl: `${CHROMIUM_ENV} wijst naar ‘${own}’, maar daar staat geen programma.`,
      en: `${CHROMIUM_ENV} points at '${own}', but there is no program there.`,
    } };
  }
  const names = platform === 'win32' ? WINDOWS_NAMES : NAMES;
  const dirs = (env['PATH'] ?? env['Path'] ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  for (const name of names) for (const dir of dirs) if (isFile(join(dir, name))) return { path: join(dir, name) };
  for (const p of knownPlaces(env, platform)) if (isFile(p)) return { path: p };
  return { error: {
    nl: `geen Chromium of Google Chrome gevonden om de PDF mee te maken. Installeer er een (bijv. ‘apt install chromium’), of zet ${CHROMIUM_ENV} op het pad van een Chromium-achtige browser. Zonder --pdf krijg je het canvas als HTML-bestand, dat je zelf vanuit de browser kunt afdrukken (A3 liggend).`,
    en: `no Chromium or Google Chrome found to make the PDF with. Install one (e.g. 'apt install chromium'), or set ${CHROMIUM_ENV} to the path of a Chromium-like browser. Without --pdf you get the canvas as an HTML file, which you can print from the browser yourself (A3 landscape).`,
  } };
}

export type PrintResult = { ok: true } | { error: Localized };

/**
 * Prints `html` to `out` with Chromium, headless, in a throw-away profile;
 * the page has no scripts and loads nothing (its CSP says so). The page's
 * own `@page` rule sets A3 landscape.
 */
export function printPdf(chromium: string, html: string, out: string, timeoutMs = 120_000): Promise<PrintResult> {
  const dir = mkdtempSync(join(tmpdir(), 'scaling-plan-pdf-'));
  const page = join(dir, 'canvas.html');
  const pdf = join(dir, 'canvas.pdf');
  writeFileSync(page, html, 'utf8');
  const args = [
    '--headless', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-sync',
    '--disable-background-networking', '--disable-component-update', '--disable-quic', `--user-data-dir=${join(dir, 'profile')}`,
    '--no-pdf-header-footer', '--print-to-pdf-no-header', `--print-to-pdf=${pdf}`,
  ];
  // Chromium refuses to start as root with its sandbox on (containers, CI).
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  args.push(pathToFileURL(page).href);
  return new Promise((done) => {
    execFile(chromium, args, { timeout: timeoutMs, windowsHide: true, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      try {
        const made = existsSync(pdf) && readFileSync(pdf).subarray(0, 5).toString('latin1') === '%PDF-';
        if (!made) {
          const why = (error?.message ?? String(stderr)).split('\n').find((l) => l.trim() !== '')?.slice(0, 200) ?? '';
          return done({ error: { nl: `Chromium kon de PDF niet maken (${why})`, en: `Chromium could not make the PDF (${why})` } });
        }
        writeFileSync(out, readFileSync(pdf));
        done({ ok: true });
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        done({ error: { nl: `de PDF kan niet geschreven worden (${why})`, en: `the PDF cannot be written (${why})` } });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
