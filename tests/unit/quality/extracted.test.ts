import { describe, expect, it } from 'vitest';
import { extractAll, keptItems, replaceItemLine } from '@/lib/quality/extracted';
import { sampleContext } from '../core/sampleContext';

describe('replaceItemLine', () => {
  const text = 'Intro line\n- Cleared cookies → same error\n- Tried incognito → same error\nOutro';

  it('removes the line of a dropped find, bullet and all, and nothing else', () => {
    expect(replaceItemLine(text, 'Cleared cookies → same error', null)).toBe('Intro line\n- Tried incognito → same error\nOutro');
  });

  it('rewrites the line of an edited find, keeping its bullet', () => {
    expect(replaceItemLine(text, 'Tried incognito → same error', 'Tried incognito → works')).toBe(
      'Intro line\n- Cleared cookies → same error\n- Tried incognito → works\nOutro',
    );
  });

  it('matches regardless of spacing, and leaves text that only contains the line alone', () => {
    expect(replaceItemLine('  -   Browser:  Chrome 120 ', 'Browser: Chrome 120', null)).toBe('');
    expect(replaceItemLine('We saw Browser: Chrome 120 twice', 'Browser: Chrome 120', null)).toBe('We saw Browser: Chrome 120 twice');
  });
});

describe('extractAll and keptItems', () => {
  it('remembers the finds per ticket read and gives each a stable key', () => {
    const context = sampleContext();
    const first = extractAll(context);
    expect(extractAll(context)).toBe(first);
    const again = extractAll(sampleContext());
    expect(again).not.toBe(first);
    expect(again.tried.map((i) => i.key)).toEqual(first.tried.map((i) => i.key));
    expect(first.tried.length).toBeGreaterThan(0);
    expect(first.tried.every((item) => item.source.entryId === '2')).toBe(true);
  });

  it('leaves out dropped finds and carries the agent’s wording for edited ones', () => {
    const { tried } = extractAll(sampleContext());
    const [first, second] = tried;
    const kept = keptItems(tried, { dropped: [first.key], edited: { [second.key]: '  Tried a private window →  works ' } });
    expect(kept.map((i) => i.key)).not.toContain(first.key);
    expect(kept.find((i) => i.key === second.key)?.text).toBe('Tried a private window → works');
    expect(kept.find((i) => i.key === second.key)?.found).toBe(second.found);
  });
});
