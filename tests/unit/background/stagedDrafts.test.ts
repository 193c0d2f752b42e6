import { describe, expect, it } from 'vitest';
import { acceptStagePort } from '@/lib/background/stagedDrafts';
import { DRAFT_SCHEMA_VERSION, type Draft } from '@/lib/draft';

function fakePort() {
  const messageListeners: ((message: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  return {
    port: {
      onMessage: { addListener: (l: (message: unknown) => void) => void messageListeners.push(l) },
      onDisconnect: { addListener: (l: () => void) => void disconnectListeners.push(l) },
    },
    post: (message: unknown) => messageListeners.forEach((l) => l(message)),
    close: () => disconnectListeners.forEach((l) => l()),
  };
}

const draft = (updatedAt: number, hypothesis: string): Draft => ({
  schemaVersion: DRAFT_SCHEMA_VERSION,
  key: 'zendesk/acme.zendesk.com/4211',
  helpdesk: 'zendesk',
  host: 'acme.zendesk.com',
  ticketId: '4211',
  templateId: 'default',
  answers: { hypothesis },
  updatedAt,
});

async function closedWith(stored: number | undefined, messages: unknown[]): Promise<Draft[]> {
  const written: Draft[] = [];
  const { port, post, close } = fakePort();
  acceptStagePort(port, { storedUpdatedAt: async () => stored, write: async (d) => void written.push(d) });
  messages.forEach(post);
  close();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return written;
}

describe('edits staged by a panel that goes away', () => {
  it('writes the newest unsaved edit when the panel closes', async () => {
    const written = await closedWith(100, [{ type: 'stage', draft: draft(200, 'a') }, { type: 'stage', draft: draft(300, 'ab') }]);
    expect(written.map((d) => d.answers.hypothesis)).toEqual(['ab']);
  });

  it('writes nothing when the panel wrote it itself, or a newer version is stored', async () => {
    expect(await closedWith(100, [{ type: 'stage', draft: draft(200, 'a') }, { type: 'written', key: draft(0, '').key }])).toEqual([]);
    expect(await closedWith(500, [{ type: 'stage', draft: draft(200, 'a') }])).toEqual([]);
  });

  it('ignores anything that is not a valid draft', async () => {
    expect(await closedWith(undefined, [{ type: 'stage', draft: { key: 'x' } }, 'junk', null])).toEqual([]);
  });
});
