/**
 * Expands VS Code snippet bodies the way the editor does when the user only
 * presses Tab: placeholders keep their text, a choice takes its first option
 * (or the one a test picks), mirrors copy their tab stop. Enough of the
 * TextMate snippet syntax for our snippets; anything else throws, so a
 * snippet using more is noticed.
 */
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'stop'; n: number; children?: Node[]; choices?: string[] };

export interface Choice {
  n: number;
  options: string[];
}

function parse(src: string): Node[] {
  let i = 0;
  function nodes(until?: string): Node[] {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', text });
      text = '';
    };
    while (i < src.length) {
      const c = src[i]!;
      if (until && c === until) break;
      if (c === '\\' && i + 1 < src.length && '$}\\'.includes(src[i + 1]!)) {
        text += src[i + 1];
        i += 2;
      } else if (c === '$' && /\d/.test(src[i + 1] ?? '')) {
        flush();
        const m = /^\d+/.exec(src.slice(i + 1))!;
        out.push({ kind: 'stop', n: Number(m[0]) });
        i += 1 + m[0].length;
      } else if (c === '$' && src[i + 1] === '{') {
        flush();
        out.push(stop());
      } else if (c === '$' && /[A-Za-z_]/.test(src[i + 1] ?? '')) {
        throw new Error(`snippet variables are not expected: ${src.slice(i, i + 20)}`);
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  }
  function stop(): Node {
    const m = /^\$\{(\d+)/.exec(src.slice(i));
    if (!m) throw new Error(`unsupported snippet syntax at ${i}: ${src.slice(i, i + 20)}`);
    const n = Number(m[1]);
    i += m[0].length;
    if (src[i] === '}') {
      i++;
      return { kind: 'stop', n };
    }
    if (src[i] === ':') {
      i++;
      const children = nodes('}');
      if (src[i] !== '}') throw new Error(`unclosed placeholder $${n}`);
      i++;
      return { kind: 'stop', n, children };
    }
    if (src[i] === '|') {
      const end = src.indexOf('|}', i + 1);
      if (end < 0) throw new Error(`unclosed choice $${n}`);
      const choices = src.slice(i + 1, end).split(',');
      i = end + 2;
      return { kind: 'stop', n, choices };
    }
    throw new Error(`unsupported tab stop syntax $${n}: ${src.slice(i, i + 20)}`);
  }
  const result = nodes();
  if (i < src.length) throw new Error(`unexpected } at ${i}`);
  return result;
}

function walk(ns: Node[], f: (n: Node) => void): void {
  for (const n of ns) {
    f(n);
    if (n.kind === 'stop' && n.children) walk(n.children, f);
  }
}

export function bodyText(body: string | string[]): string {
  return Array.isArray(body) ? body.join('\n') : body;
}

/** The choice tab stops of a snippet, with their options. */
export function choicesOf(body: string | string[]): Choice[] {
  const out: Choice[] = [];
  walk(parse(bodyText(body)), (n) => {
    if (n.kind === 'stop' && n.choices) out.push({ n: n.n, options: n.choices });
  });
  return out;
}

/** The text after expansion; `pick` chooses an option for a choice tab stop (default: the first). */
export function expand(body: string | string[], pick: Map<number, string> = new Map()): string {
  const tree = parse(bodyText(body));
  // A tab stop's value comes from its first occurrence that has content (VS Code's rule for mirrors).
  const values = new Map<number, string>();
  const render = (ns: Node[]): string =>
    ns.map((n) => {
      if (n.kind === 'text') return n.text;
      if (n.choices) return pick.get(n.n) ?? n.choices[0]!;
      if (n.children) return render(n.children);
      return values.get(n.n) ?? '';
    }).join('');
  walk(tree, (n) => {
    if (n.kind !== 'stop' || values.has(n.n)) return;
    if (n.choices) values.set(n.n, pick.get(n.n) ?? n.choices[0]!);
    else if (n.children) values.set(n.n, render(n.children));
  });
  return render(tree);
}
