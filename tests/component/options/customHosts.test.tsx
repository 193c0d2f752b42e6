// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CustomHosts, type CustomHostsDeps } from '@/components/options/CustomHosts';
import type { CustomHost } from '@/lib/customHosts';

afterEach(cleanup);

function fakeDeps(initial: CustomHost[] = [], grant = true) {
  const state = { hosts: [...initial], requested: [] as string[], removed: [] as string[] };
  const deps: CustomHostsDeps = {
    load: async () => [...state.hosts],
    save: async (hosts) => {
      state.hosts = [...hosts];
    },
    requestPermission: async (pattern) => {
      state.requested.push(pattern);
      return grant;
    },
    removePermission: async (pattern) => {
      state.removed.push(pattern);
    },
  };
  return { deps, state };
}

describe('custom helpdesk domains', () => {
  it('adds a domain after asking for exactly that host', async () => {
    const { deps, state } = fakeDeps();
    render(<CustomHosts deps={deps} />);
    await screen.findByText('No custom domains yet.');
    await userEvent.type(screen.getByLabelText('Address'), 'https://support.example.com/a/tickets/1');
    await userEvent.selectOptions(screen.getByLabelText('Helpdesk'), 'freshdesk');
    await userEvent.click(screen.getByRole('button', { name: 'Add domain' }));
    const added = await screen.findByText('Added support.example.com. Reload its tabs to see the Handoff panel.');
    expect(added.getAttribute('role')).toBe('status');
    expect(state.requested).toEqual(['https://support.example.com/*']);
    expect(state.hosts).toEqual([{ host: 'support.example.com', protocol: 'https:', helpdesk: 'freshdesk' }]);
    expect(screen.getByRole('list', { name: 'Custom domains' }).textContent).toContain('support.example.com · Freshdesk');
  });

  it('explains a bad address and changes nothing', async () => {
    const { deps, state } = fakeDeps();
    render(<CustomHosts deps={deps} />);
    await userEvent.type(screen.getByLabelText('Address'), 'ftp://files.example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add domain' }));
    expect((await screen.findByText(/Only http/)).getAttribute('role')).toBe('alert');
    expect(state.requested).toEqual([]);
    expect(state.hosts).toEqual([]);
  });

  it('saves nothing when the browser permission is refused', async () => {
    const { deps, state } = fakeDeps([], false);
    render(<CustomHosts deps={deps} />);
    await userEvent.type(screen.getByLabelText('Address'), 'jira.corp.example');
    await userEvent.click(screen.getByRole('button', { name: 'Add domain' }));
    expect((await screen.findByText(/was not granted/)).getAttribute('role')).toBe('alert');
    expect(state.hosts).toEqual([]);
  });

  it('refuses a duplicate and removes a domain with its permission', async () => {
    const existing: CustomHost = { host: 'jira.corp.example', protocol: 'https:', helpdesk: 'jira' };
    const { deps, state } = fakeDeps([existing]);
    render(<CustomHosts deps={deps} />);
    await screen.findByRole('list', { name: 'Custom domains' });
    await userEvent.type(screen.getByLabelText('Address'), 'jira.corp.example');
    await userEvent.click(screen.getByRole('button', { name: 'Add domain' }));
    expect((await screen.findByText(/already in the list/)).getAttribute('role')).toBe('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Remove jira.corp.example' }));
    await waitFor(() => expect(state.hosts).toEqual([]));
    expect(state.removed).toEqual(['https://jira.corp.example/*']);
  });
});
