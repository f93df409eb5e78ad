/**
 * Globs matched in linear time (issue 11.4). A RegExp built from a glob
 * backtracks: `*a*a*a*a*a*a*a*a*b` against 40 `a`s took 16 s. Here a glob
 * is compiled to a small automaton (Thompson's construction) and run over
 * the path keeping the *set* of states it can be in — never backtracking —
 * so a match costs at most (path length × pattern length) steps, whatever
 * the pattern. Pure: no Node imports, so the language server (and a browser
 * worker) can use the same matcher as the CLI.
 *
 * Syntax: `*` and `?` stay within one folder name, `**` spans folders (`**\/`
 * also none), `{a,b}` is a choice (nested too), `[abc]`/`[a-z]` a class
 * (`[!…]`/`[^…]` negated, never `/`), `\` takes the next character literally.
 * A class with a reversed range (`[z-a]`) is taken literally.
 */

export interface Glob {
  /** Whether the whole `/`-separated path matches. */
  test(path: string): boolean;
}

export interface GlobOptions {
  /** Also match below any folders (`(.*\/)?` before): a gitignore pattern without `/`. */
  anyFolder?: boolean;
  /** Also match everything inside a matching folder (`(\/.*)?` after). */
  inside?: boolean;
}

type Test = (c: string) => boolean;
type Atom = { t: Test } | { loop: Seq } | { alt: Seq[] };
type Seq = Atom[];

const notSlash: Test = (c) => c !== '/';
const anyChar: Test = () => true;
const is = (ch: string): Test => (c) => c === ch;

export function compileGlob(glob: string, options: GlobOptions = {}): Glob {
  const body = parse(glob);
  const seq: Seq = [];
  // (?:.*\/)? — nothing, or any text that ends in a `/`.
  if (options.anyFolder) seq.push({ alt: [[], [{ loop: [{ t: anyChar }] }, { t: is('/') }]] });
  seq.push(...body);
  if (options.inside) seq.push({ alt: [[], [{ t: is('/') }, { loop: [{ t: anyChar }] }]] });
  return new Automaton(seq);
}

/** The glob as a sequence of atoms; braces become choices, wildcards loops. */
function parse(text: string): Seq {
  const glob = [...text]; // by code point, as paths are read
  const stack: { seqs: Seq[] }[] = [];
  let current: Seq = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) current.push({ t: is(glob[++i]!) });
    else if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (atStart && glob[i + 1] === '/') {
          current.push({ loop: [{ loop: [{ t: notSlash }] }, { t: is('/') }] }); // `**/`: any number of folders, also none
          i++;
        } else current.push({ loop: [{ t: atStart && i + 1 === glob.length ? anyChar : notSlash }] });
      } else current.push({ loop: [{ t: notSlash }] });
    } else if (c === '?') current.push({ t: notSlash });
    else if (c === '{') {
      stack.push({ seqs: [current] });
      current = [];
    } else if (c === ',' && stack.length > 0) {
      stack[stack.length - 1]!.seqs.push(current);
      current = [];
    } else if (c === '}' && stack.length > 0) current = close(stack, current);
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      const test = end < 0 ? undefined : classTest(glob.slice(i + 1, end).join(''));
      if (test) {
        current.push({ t: test });
        i = end;
      } else current.push({ t: is('[') });
    } else current.push({ t: is(c) });
  }
  while (stack.length > 0) current = close(stack, current); // an unclosed `{` ends at the end
  return current;
}

/** Closes the innermost `{…}`: the sequence before it, then the choice between its parts. */
function close(stack: { seqs: Seq[] }[], last: Seq): Seq {
  const [before, ...parts] = stack.pop()!.seqs;
  return [...before!, { alt: [...parts, last] }];
}

function classTest(body: string): Test | undefined {
  const negate = body.startsWith('!') || body.startsWith('^');
  const chars = [...(negate ? body.slice(1) : body)];
  const ranges: [number, number][] = [];
  for (let k = 0; k < chars.length; k++) {
    const from = chars[k]!.codePointAt(0)!;
    if (chars[k + 1] === '-' && k + 2 < chars.length) {
      const to = chars[k + 2]!.codePointAt(0)!;
      if (to < from) return undefined;
      ranges.push([from, to]);
      k += 2;
    } else ranges.push([from, from]);
  }
  const inClass = (c: string): boolean => {
    const p = c.codePointAt(0)!;
    return ranges.some(([a, b]) => p >= a && p <= b);
  };
  return negate ? (c) => c !== '/' && !inClass(c) : (c) => inClass(c);
}

/** Thompson NFA: `char` nodes consume one character, `split` nodes branch without consuming. */
type NfaNode = { test: Test; next: number } | { split: number[] } | { accept: true };

class Automaton implements Glob {
  private readonly nodes: NfaNode[] = [];
  private readonly start: number;

  constructor(seq: Seq) {
    const accept = this.add({ accept: true });
    this.start = this.seq(seq, accept);
  }

  test(path: string): boolean {
    let states = this.closure([this.start]);
    for (const c of path) {
      const next: number[] = [];
      for (const s of states) {
        const n = this.nodes[s]!;
        if ('test' in n && n.test(c)) next.push(n.next);
      }
      if (next.length === 0) return false;
      states = this.closure(next);
    }
    return states.some((s) => 'accept' in this.nodes[s]!);
  }

  /** Every node reachable without consuming a character, each once. */
  private closure(from: number[]): number[] {
    const seen = new Set<number>();
    const out: number[] = [];
    const todo = [...from];
    while (todo.length > 0) {
      const s = todo.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      const n = this.nodes[s]!;
      if ('split' in n) todo.push(...n.split);
      else out.push(s);
    }
    return out;
  }

  private add(n: NfaNode): number {
    this.nodes.push(n);
    return this.nodes.length - 1;
  }

  /** Compiles `seq` so that it continues at `next`; returns its start. */
  private seq(seq: Seq, next: number): number {
    let at = next;
    for (let i = seq.length - 1; i >= 0; i--) at = this.atom(seq[i]!, at);
    return at;
  }

  private atom(a: Atom, next: number): number {
    if ('t' in a) return this.add({ test: a.t, next });
    if ('alt' in a) return this.add({ split: a.alt.map((s) => this.seq(s, next)) });
    // A loop: a split that either enters the body (which comes back to it) or goes on.
    const split: { split: number[] } = { split: [] };
    const at = this.add(split);
    split.split = [this.seq(a.loop, at), next];
    return at;
  }
}

/**
 * Any of `globs` (`overrides.files` in `.scalingrc.yaml`), with the same
 * linear matcher; a pattern that cannot be read matches nothing rather than throw.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const compiled: Glob[] = [];
  for (const g of globs) {
    try {
      compiled.push(compileGlob(g));
    } catch {
      // matches nothing
    }
  }
  return (path) => compiled.some((g) => g.test(path));
}
