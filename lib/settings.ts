import { z } from './zod';

/**
 * An agent's own preferences. Kept in storage.sync, so they follow the agent to every
 * browser they sign in to; a damaged or missing value reads as the defaults.
 */
export const PersonalSettingsSchema = z.object({
  /** Which edge of the helpdesk page the panel opens on. */
  panelSide: z._default(z.enum(['right', 'left']), 'right'),
  /**
   * Switch the helpdesk's editor to internal note before inserting. Off: the note goes into
   * the editor as the agent left it (reply or note), and the panel says so.
   */
  insertAsInternalNote: z._default(z.boolean(), true),
  /** Inserted drafts older than this are removed; null keeps them. Un-inserted drafts are never removed. */
  insertedDraftRetentionDays: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(3650))), 30),
});
export type PersonalSettings = z.infer<typeof PersonalSettingsSchema>;

export const DEFAULT_SETTINGS: PersonalSettings = PersonalSettingsSchema.parse({});

export const SETTINGS_KEY = 'settings';

/** Field by field, so one bad value does not reset the others. */
export function readSettings(raw: unknown): PersonalSettings {
  const whole = PersonalSettingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    // The parsed field, not `source[key] ?? default`: null is a valid value (keep drafts forever).
    const field = PersonalSettingsSchema.safeParse({ [key]: source[key] });
    if (field.success) settings[key] = field.data[key as keyof PersonalSettings];
  }
  return PersonalSettingsSchema.parse(settings);
}
