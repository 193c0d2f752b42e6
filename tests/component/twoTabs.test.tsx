// @vitest-environment jsdom
import { act, cleanup, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { draftKey } from '@/lib/draft';
import { BatonDb } from '@/lib/storage/db';
import { type DraftStore, dexieDraftStore } from '@/lib/storage/draftRepo';
import { sampleContext } from '../unit/core/sampleContext';
import { renderPanel } from './panelHarness';

const KEY = draftKey('zendesk', 'acme.zendesk.com', '4211');

afterEach(cleanup);

/** Two panels' views of one draft database; each write is announced to the other, as the background does. */
function twoTabStores(db: BatonDb): [DraftStore, DraftStore] {
  const listeners: Set<(key: string) => void>[] = [new Set(), new Set()];
  const storeFor = (me: number): DraftStore => {
    const base = dexieDraftStore(db);
    return {
      get: base.get,
      async put(draft) {
        await base.put(draft);
        for (const listener of listeners[1 - me]) listener(draft.key);
      },
      onWrittenElsewhere(listener) {
        listeners[me].add(listener);
        return () => listeners[me].delete(listener);
      },
    };
  };
  return [storeFor(0), storeFor(1)];
}

async function openTab(db: BatonDb, drafts: DraftStore) {
  const harness = renderPanel({ db, drafts });
  const view = within(harness.container);
  await view.findByRole('button', { name: /Close Handoff/ });
  act(() => harness.bridge.showTicket(sampleContext()));
  await waitFor(() => expect((view.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).disabled).toBe(false));
  return { harness, view, field: (label: RegExp) => view.getByLabelText(label) as HTMLTextAreaElement };
}

describe('two tabs on the same ticket', () => {
  it('end with the latest text of both, section by section', async () => {
    const db = new BatonDb(`test-${crypto.randomUUID()}`);
    const [storeA, storeB] = twoTabStores(db);
    const a = await openTab(db, storeA);
    const b = await openTab(db, storeB);

    await userEvent.type(a.field(/Current hypothesis/), 'Cert rotated');
    await waitFor(() => expect(b.field(/Current hypothesis/).value).toBe('Cert rotated'));
    expect(b.view.getByText('Updated with changes made in another tab on this ticket.')).toBeTruthy();

    await userEvent.type(b.field(/verify first/), 'SAML logs 14:30 UTC');
    await waitFor(() => expect(a.field(/verify first/).value).toBe('SAML logs 14:30 UTC'));
    expect(a.field(/Current hypothesis/).value).toBe('Cert rotated');
    await waitFor(async () =>
      expect((await db.drafts.get(KEY))?.answers).toMatchObject({ hypothesis: 'Cert rotated', 'verify-first': 'SAML logs 14:30 UTC' }),
    );
  });

  it('keeps both texts when both tabs change the same section at once: this tab’s wins, the other’s is shown', async () => {
    const db = new BatonDb(`test-${crypto.randomUUID()}`);
    const [storeA, storeB] = twoTabStores(db);
    const a = await openTab(db, storeA);
    const b = await openTab(db, storeB);

    // B is typing (not saved yet) when A's save lands.
    b.harness.store.getState().edit('hypothesis', 'Proxy strips the header');
    a.harness.store.getState().edit('hypothesis', 'Cert rotated');
    await act(() => a.harness.store.getState().flush());

    await waitFor(() => expect(b.view.getByText(/Your other tab also changed Current hypothesis/)).toBeTruthy());
    expect(b.field(/Current hypothesis/).value).toBe('Proxy strips the header');
    expect(b.view.getByText('Cert rotated')).toBeTruthy();
    // B's pending save then carries its text over to A: both end with the latest keystrokes.
    await waitFor(() => expect(a.field(/Current hypothesis/).value).toBe('Proxy strips the header'), { timeout: 1500 });
  });
});
