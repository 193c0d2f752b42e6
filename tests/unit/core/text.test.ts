import { describe, expect, it } from 'vitest';
import { clip, countWords, firstWords, stripInvisible } from '@/lib/text';

describe('text helpers', () => {
  it('counts words across lines and ignores surrounding space', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one two\nthree  ')).toBe(3);
  });

  it('cuts to a number of words with an ellipsis only when something was cut', () => {
    expect(firstWords('a b c', 3)).toBe('a b c');
    expect(firstWords('a b c d', 3)).toBe('a b c…');
  });

  it('removes control, zero-width and bidi characters but keeps newlines, tabs and emoji', () => {
    expect(stripInvisible('a\u0000b\u200Bc\u202Ed\te\nf 🙂')).toBe('abcd\te\nf 🙂');
  });
});

describe('clip', () => {
  it('leaves short text alone and cuts long text to the limit with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    const cut = clip('x'.repeat(5000), 1000);
    expect(cut).toHaveLength(1000);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits an emoji in half', () => {
    const cut = clip(`${'a'.repeat(8)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(cut)).toBe(false);
  });
});
