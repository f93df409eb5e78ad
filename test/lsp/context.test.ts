/**
 * Where the cursor is for completion, read from indentation while the text
 * is being typed (often not valid YAML yet).
 */
import { describe, expect, it } from 'vitest';
import { cursorContext } from '../../server/src/lsp/context.js';

/** `‸` marks the cursor. */
function ctx(textWithCursor: string) {
  const i = textWithCursor.indexOf('‸');
  const text = textWithCursor.slice(0, i) + textWithCursor.slice(i + 1);
  const before = text.slice(0, i).split('\n');
  return cursorContext(text, before.length - 1, before[before.length - 1]!.length);
}

describe('cursorContext', () => {
  it('a half-typed top-level key', () => {
    expect(ctx('scaling-plan: 1\npil‸')).toMatchObject({ mode: 'key', path: [], prefix: 'pil', wordStart: 0 });
  });

  it('a key inside a nested map, with the keys already there', () => {
    const c = ctx('ingredients:\n  financing:\n    status: partial\n    ‸\n    risk: high\npartners: []\n');
    expect(c).toMatchObject({ mode: 'key', path: ['ingredients', 'financing'], prefix: '', column: 4 });
    expect([...c!.taken].sort()).toEqual(['risk', 'status']);
  });

  it('a key in a list item, counting the items above', () => {
    const c = ctx('partners:\n  - id: a\n    name: A\n  - id: b\n    na‸\n');
    expect(c).toMatchObject({ mode: 'key', path: ['partners', 1], prefix: 'na' });
    expect([...c!.taken]).toEqual(['id']);
  });

  it('the first key of a new list item, also in a list written at the key\'s indentation', () => {
    expect(ctx('partners:\n  - id: a\n  - ‸')).toMatchObject({ mode: 'key', path: ['partners', 1], listItem: true, prefix: '' });
    expect(ctx('partners:\n- id: a\n  ‸')).toMatchObject({ mode: 'key', path: ['partners', 0] });
  });

  it('a value after `key:`, with or without the space', () => {
    expect(ctx('ingredients:\n  needs:\n    status: pa‸')).toMatchObject({ mode: 'value', path: ['ingredients', 'needs', 'status'], prefix: 'pa', needsSpace: false });
    expect(ctx('pilot:\n  stage:‸')).toMatchObject({ mode: 'value', path: ['pilot', 'stage'], prefix: '', needsSpace: true });
  });

  it('an item of a flow list, with the items already there', () => {
    const c = ctx('routes:\n  in:\n    actions: [a1, a‸');
    expect(c).toMatchObject({ mode: 'value', path: ['routes', 'in', 'actions', 1], prefix: 'a' });
    expect([...c!.taken]).toEqual(['a1']);
  });

  it('nothing inside free text, block scalars or comments', () => {
    expect(ctx('pilot:\n  summary: |\n    Een tekst ‸')).toBeUndefined();
    expect(ctx('pilot:\n  summary: |\n    Een tekst\n    ‸')).toBeUndefined();
    expect(ctx('pilot:\n  name: Een naam met‸ spaties')).toBeUndefined();
    expect(ctx('pilot:\n  # een opmerking ‸')).toBeUndefined();
  });
});
