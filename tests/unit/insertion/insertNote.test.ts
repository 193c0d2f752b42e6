// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { insertNote } from '@/lib/content/insertNote';

const note = { html: '<p>CHECK SAML logs</p>', text: 'CHECK SAML logs' };

/** A helpdesk whose composer is a plain textarea; switching to internal note succeeds or not. */
function fakeAdapter(switches: boolean) {
  const composer = document.createElement('textarea');
  document.body.append(composer);
  const switchToInternalNote = vi.fn(async () => switches);
  const adapter = { label: 'Zendesk', noteFormat: 'text', findComposer: () => composer, switchToInternalNote } as unknown as HelpdeskAdapter;
  return { adapter, composer, switchToInternalNote };
}

afterEach(() => document.body.replaceChildren());

describe('insertNote and the internal-note setting', () => {
  it('switches to internal note first by default, and refuses to insert when that fails', async () => {
    const { adapter, composer, switchToInternalNote } = fakeAdapter(false);
    const result = await insertNote(adapter, document, null, note);
    expect(switchToInternalNote).toHaveBeenCalledOnce();
    expect(result.ok).toBe(false);
    expect(composer.value).toBe('');
  });

  it('inserts into the composer as it is, without switching, when the agent turned the setting off', async () => {
    const { adapter, composer, switchToInternalNote } = fakeAdapter(false);
    const result = await insertNote(adapter, document, null, { ...note, asInternalNote: false });
    expect(switchToInternalNote).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: true, internalNote: false });
    expect(composer.value).toContain('CHECK SAML logs');
  });
});
