/**
 * Globs for `overrides.files`, over `/`-separated paths: `**` any folders,
 * `*` and `?` within a name, `{a,b}` alternatives, `[abc]` classes. Pure (the
 * config module runs in a browser worker too); a pattern the RegExp engine
 * refuses matches nothing rather than throw.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const res = globs.map(toRegExp).filter((r): r is RegExp => r !== undefined);
  return (path) => res.some((r) => r.test(path));
}

function toRegExp(glob: string): RegExp | undefined {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${out}${')'.repeat(depth)}$`);
  } catch {
    return undefined;
  }
}
