// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PersonalSettings, type PersonalSettingsDeps } from '@/components/options/PersonalSettings';
import { DEFAULT_SETTINGS, type PersonalSettings as Settings } from '@/lib/settings';

afterEach(cleanup);

function fakeDeps(failSave = false) {
  const saved: Settings[] = [];
  const deps: PersonalSettingsDeps = {
    load: async () => DEFAULT_SETTINGS,
    save: async (settings) => {
      if (failSave) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      saved.push(settings);
    },
  };
  return { deps, saved };
}

describe('personal settings', () => {
  it('saves the panel side and the internal-note choice', async () => {
    const { deps, saved } = fakeDeps();
    render(<PersonalSettings deps={deps} />);
    await userEvent.click(await screen.findByRole('radio', { name: 'Left edge of the page' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Insert as internal note' }));
    expect(saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, panelSide: 'left', insertAsInternalNote: false });
    expect(screen.getByRole('status').textContent).toContain('Saved');
  });

  it('says so and shows the old value when the browser refuses to save', async () => {
    const { deps } = fakeDeps(true);
    render(<PersonalSettings deps={deps} />);
    const box = await screen.findByRole('checkbox', { name: 'Insert as internal note' });
    await userEvent.click(box);
    expect(screen.getByRole('alert').textContent).toContain('Could not save your settings: QUOTA_BYTES_PER_ITEM');
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
