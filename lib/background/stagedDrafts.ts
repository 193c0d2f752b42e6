import { type Draft, DraftSchema } from '../draft';

/** Name of the port each panel keeps open to the background while it shows a ticket. */
export const DRAFT_STAGE_PORT = 'baton-draft-stage';

interface StagePort {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface StagedDraftsDeps {
  /** The stored draft's last edit time, if there is one. */
  storedUpdatedAt(key: string): Promise<number | undefined>;
  write(draft: Draft): Promise<void>;
}

/**
 * The panel writes a draft 250 ms after typing stops; a tab closed inside that window takes
 * the panel with it, and a message sent while a page is torn down is not reliably delivered.
 * So every edit is also posted at once on a port, and the background keeps the newest per
 * ticket: when the port closes (tab closed, panel gone) with an edit still unwritten, the
 * background writes it, unless a newer version of that draft was stored meanwhile.
 */
export function acceptStagePort(port: StagePort, deps: StagedDraftsDeps): void {
  const staged = new Map<string, Draft>();
  port.onMessage.addListener((raw) => {
    const message = raw as { type?: unknown; draft?: unknown; key?: unknown };
    if (message?.type === 'stage') {
      const parsed = DraftSchema.safeParse(message.draft);
      if (parsed.success) staged.set(parsed.data.key, parsed.data);
    } else if (message?.type === 'written' && typeof message.key === 'string') {
      // The panel's own write landed: nothing of this ticket is pending any more.
      staged.delete(message.key);
    }
  });
  port.onDisconnect.addListener(() => {
    for (const draft of staged.values()) {
      void (async () => {
        const stored = await deps.storedUpdatedAt(draft.key);
        if (stored === undefined || stored < draft.updatedAt) await deps.write(draft);
      })().catch(() => undefined);
    }
    staged.clear();
  });
}
