// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PersonalSettings, type PersonalSettingsDeps } from '@/components/options/PersonalSettings';
import { DEFAULT_SETTINGS, type PersonalSettings as Settings } from '@/lib/settings';

afterEach(cleanup);

function fakeDeps(failSave = false, failLoad = false) {
  const saved: Partial<Settings>[] = [];
  const deps: PersonalSettingsDeps = {
    load: async () => {
      if (failLoad) throw new Error('sync storage unavailable');
      return { ...DEFAULT_SETTINGS, insertedDraftRetentionDays: null };
    },
    save: async (patch) => {
      if (failSave) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      saved.push(patch);
    },
  };
  return { deps, saved };
}

describe('personal settings', () => {
  it('saves the panel side and the internal-note choice, each on its own, never the retention it did not show', async () => {
    const { deps, saved } = fakeDeps();
    render(<PersonalSettings deps={deps} />);
    await userEvent.click(await screen.findByRole('radio', { name: 'Left edge of the page' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Insert as internal note' }));
    expect(saved).toEqual([{ panelSide: 'left' }, { insertAsInternalNote: false }]);
    expect(screen.getByRole('status').textContent).toContain('Saved');
  });

  it('says so when the settings cannot be read, offers to try again, and saves nothing', async () => {
    const { deps, saved } = fakeDeps(false, true);
    render(<PersonalSettings deps={deps} />);
    expect((await screen.findByText(/Could not read your settings/)).getAttribute('role')).toBe('alert');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(saved).toEqual([]);
  });

  it('says so and shows the old value when the browser refuses to save', async () => {
    const { deps } = fakeDeps(true);
    render(<PersonalSettings deps={deps} />);
    const box = await screen.findByRole('checkbox', { name: 'Insert as internal note' });
    await userEvent.click(box);
    expect((await screen.findByText(/Could not save your settings: QUOTA_BYTES_PER_ITEM/)).getAttribute('role')).toBe('alert');
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
