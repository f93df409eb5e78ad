/**
 * Expected diagnostics written inline in fixtures as YAML comments, the
 * markdownlint way:
 *   `# {SP301}`      one SP301 starting on this line
 *   `# {SP301x8}`    eight of them on this line
 *   `# {SP403:-2}`   one starting two lines up (`:+1` one line down)
 * Several markers may share a comment. Lines are 1-based, as users see them.
 */
export interface Expected {
  code: string;
  line: number;
}

const MARKER = /\{(SP\d{3})(?:x(\d+))?(?::([+-]\d+))?\}/g;

export function readMarkers(text: string): Expected[] {
  const out: Expected[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const hash = lineText.indexOf('#');
    if (hash < 0) return;
    for (const m of lineText.slice(hash).matchAll(MARKER)) {
      const count = m[2] ? Number(m[2]) : 1;
      const line = i + 1 + (m[3] ? Number(m[3]) : 0);
      for (let k = 0; k < count; k++) out.push({ code: m[1]!, line });
    }
  });
  return out.sort(compare);
}

export function compare(a: Expected, b: Expected): number {
  return a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
