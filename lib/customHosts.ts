import { HelpdeskIdSchema } from './context';
import { z } from './zod';

/** A helpdesk on the customer's own domain: a Freshdesk custom domain, Jira Data Center, … */
export const CustomHostSchema = z.object({
  /** host[:port] as in URL.host, lower-case. */
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  protocol: z.enum(['https:', 'http:']),
  helpdesk: HelpdeskIdSchema,
});
export type CustomHost = z.infer<typeof CustomHostSchema>;

export const CustomHostListSchema = z.array(CustomHostSchema);

/** storage.local key. Permissions are per browser, so this list is not synced. */
export const CUSTOM_HOSTS_KEY = 'customHosts';

/** The match pattern that grants (and injects on) exactly this host. Ports are not part of patterns. */
export function matchPatternFor(host: Pick<CustomHost, 'host' | 'protocol'>): string {
  return `${host.protocol}//${host.host.replace(/:\d+$/u, '')}/*`;
}

export type ParsedHost = { ok: true; value: Omit<CustomHost, 'helpdesk'> } | { ok: false; error: string };

/**
 * What the agent typed ("support.acme.com", "https://jira.acme.internal:8443/browse/X-1")
 * as a host, or a sentence saying why it is not one.
 */
export function parseHostInput(input: string): ParsedHost {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'Enter the address of your helpdesk, e.g. support.example.com.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: `"${trimmed}" is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'Only http:// and https:// addresses can be helpdesks.' };
  }
  if (url.username || url.password) return { ok: false, error: 'Leave out user names and passwords.' };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, error: `"${url.hostname}" is not a complete host name.` };
  }
  return { ok: true, value: { host: url.host, protocol: url.protocol } };
}
