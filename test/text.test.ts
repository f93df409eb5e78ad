/** The shared helper for user text on its way out (server/src/text.ts, issue 11.6). */
import { describe, expect, it } from 'vitest';
import { clean, cut, hasControl, oneLine, safeJson } from '../server/src/text.js';

const NASTY = ['\u001b', '\u0007', '\r', '\u0000', '\u007f', '\u009b', '\u0085', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\b', '\u000b'];

describe('clean and oneLine', () => {
  it.each(NASTY.map((c) => [JSON.stringify(c), c]))('%s never passes', (_name, c) => {
    expect(hasControl(clean(`a${c}b`))).toBe(false);
    expect(hasControl(oneLine(`a${c}b`))).toBe(false);
  });

  it('the fake green result of issue 11.6, and line breaks as one space', () => {
    expect(clean('\u001b[2K\u001b[1A\u001b[32m✔ no problems')).toBe('?[2K?[1A?[32m✔ no problems');
    expect(oneLine('one\r\n  two\tthree\u2028four')).toBe('one   two three four');
    expect(oneLine('plain text stays')).toBe('plain text stays');
  });

  it('cuts at the bound with …, never inside a surrogate pair', () => {
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('abc', 3)).toBe('abc');
    expect(cut('ab😀cd', 4)).toBe('ab…');
    expect(oneLine('x'.repeat(10_000)).length).toBe(500);
  });
});

describe('safeJson', () => {
  it('the same value, with nothing raw in the text', () => {
    const value = { m: `esc\u001b c1\u009b bidi\u202e sep\u2028 del\u007f`, n: [1, 'ok'] };
    const text = safeJson(value, 2);
    expect(hasControl(text.replace(/\n/g, ''))).toBe(false);
    expect(JSON.parse(text)).toEqual(value);
  });
});
