// The conventions that keep "adding a helpdesk = one adapter folder + one registry line +
// fixtures + tests" true. A new adapter that skips any of them fails here, by name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpdeskMatches } from '@/lib/adapters/matches';
import { adapters } from '@/lib/adapters/registry';
import { ticketRefFor } from '@/lib/adapters/ticketRef';

const root = resolve(import.meta.dirname, '../../..');

interface ExampleUrls {
  tickets: { url: string; ticketId: string }[];
  notTickets: string[];
}

function exampleUrls(id: string): ExampleUrls {
  return JSON.parse(readFileSync(join(root, 'tests/fixtures', id, 'urls.json'), 'utf8')) as ExampleUrls;
}

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('adapter %s', (id, adapter) => {
  it('has its own folder, fixtures, unit tests and an end-to-end test', () => {
    expect(existsSync(join(root, 'lib/adapters', id, 'index.ts'))).toBe(true);
    expect(existsSync(join(root, 'lib/adapters', id, 'selectors.ts'))).toBe(true);
    expect(readdirSync(join(root, 'tests/fixtures', id)).some((f) => f.endsWith('.html'))).toBe(true);
    expect(existsSync(join(root, 'tests/fixtures', id, 'api'))).toBe(true);
    expect(readdirSync(join(root, 'tests/unit', id)).filter((f) => f.endsWith('.test.ts')).length).toBeGreaterThan(0);
    expect(existsSync(join(root, 'tests/e2e', `${id}.e2e.test.ts`))).toBe(true);
    // Its own content script entry, so a page carries only its own adapter.
    expect(readFileSync(join(root, 'entrypoints', `${id}.content.ts`), 'utf8')).toContain(`runContentScript(ctx, ${id}Adapter)`);
  });

  it('has example URLs, and reads exactly the ticket ones', () => {
    const examples = exampleUrls(id);
    expect(examples.tickets.length).toBeGreaterThan(2);
    expect(examples.notTickets.length).toBeGreaterThan(2);
    for (const { url, ticketId } of examples.tickets) expect(ticketRefFor(adapter, url)?.ticketId, url).toBe(ticketId);
    for (const url of examples.notTickets) expect(ticketRefFor(adapter, url), url).toBeNull();
  });

  it("rejects every other helpdesk's ticket URLs", () => {
    for (const other of adapters.filter((a) => a !== adapter)) {
      for (const { url } of exampleUrls(other.id).tickets) expect(ticketRefFor(adapter, url), url).toBeNull();
    }
  });

  it('runs the content script on its hosts and nowhere broader', () => {
    for (const pattern of adapter.matches) {
      expect(helpdeskMatches).toContain(pattern);
      expect(pattern).toMatch(/^https:\/\/\*\.[a-z-]+\.[a-z]+\/\*$/u);
    }
  });
});
