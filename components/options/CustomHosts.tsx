import { type FormEvent, useEffect, useId, useState } from 'react';
import type { HelpdeskId } from '@/lib/context';
import { type CustomHost, matchPatternFor, parseHostInput } from '@/lib/customHosts';
import { LiveMessage, type Message } from './LiveMessage';

export interface CustomHostsDeps {
  load(): Promise<CustomHost[]>;
  save(hosts: CustomHost[]): Promise<void>;
  /** Must be called straight from the click: browsers only show the prompt for a user gesture. */
  requestPermission(pattern: string): Promise<boolean>;
  removePermission(pattern: string): Promise<void>;
}

const HELPDESKS: { id: HelpdeskId; label: string }[] = [
  { id: 'freshdesk', label: 'Freshdesk' },
  { id: 'jira', label: 'Jira Service Management / Jira Data Center' },
  { id: 'zendesk', label: 'Zendesk' },
];


/** Lets an agent add a helpdesk on their own domain, asking the browser for that host only. */
export function CustomHosts({ deps }: { deps: CustomHostsDeps }) {
  const id = useId();
  const [hosts, setHosts] = useState<CustomHost[] | null>(null);
  const [address, setAddress] = useState('');
  const [helpdesk, setHelpdesk] = useState<HelpdeskId>('freshdesk');
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    deps.load().then(setHosts, () => {
      setHosts([]);
      setMessage({ kind: 'error', text: 'Could not read your saved domains.' });
    });
  }, [deps]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const parsed = parseHostInput(address);
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.error });
    const entry: CustomHost = { ...parsed.value, helpdesk };
    if (hosts?.some((h) => h.host === entry.host && h.protocol === entry.protocol)) {
      return setMessage({ kind: 'error', text: `${entry.host} is already in the list.` });
    }
    let granted: boolean;
    try {
      granted = await deps.requestPermission(matchPatternFor(entry));
    } catch (error) {
      return setMessage({ kind: 'error', text: `The browser could not ask for access: ${String(error)}` });
    }
    if (!granted) return setMessage({ kind: 'error', text: `Access to ${entry.host} was not granted, so Baton cannot work there.` });
    const next = [...(hosts ?? []), entry];
    try {
      await deps.save(next);
    } catch (error) {
      return setMessage({ kind: 'error', text: `Could not save: ${String(error)}` });
    }
    setHosts(next);
    setAddress('');
    setMessage({ kind: 'ok', text: `Added ${entry.host}. Reload its tabs to see the Handoff panel.` });
  }

  async function remove(entry: CustomHost) {
    const next = (hosts ?? []).filter((h) => h !== entry);
    try {
      await deps.save(next);
      // Another entry may share the pattern (same host on another port): keep access then.
      if (!next.some((h) => matchPatternFor(h) === matchPatternFor(entry))) await deps.removePermission(matchPatternFor(entry));
    } catch (error) {
      return setMessage({ kind: 'error', text: `Could not remove ${entry.host}: ${String(error)}` });
    }
    setHosts(next);
    setMessage({ kind: 'ok', text: `Removed ${entry.host}.` });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Helpdesks on your own domain</h2>
      <p className="muted">
        For a Freshdesk custom domain or Jira on your company's own server. Baton asks the browser for access to that one
        address only.
      </p>
      <form onSubmit={(event) => void add(event)} className="row">
        <div className="field">
          <label htmlFor={`${id}-address`}>Address</label>
          <input
            id={`${id}-address`}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            placeholder="support.example.com"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-helpdesk`}>Helpdesk</label>
          <select id={`${id}-helpdesk`} value={helpdesk} onChange={(event) => setHelpdesk(event.target.value as HelpdeskId)}>
            {HELPDESKS.map((h) => (
              <option key={h.id} value={h.id}>
                {h.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Add domain</button>
      </form>
      <LiveMessage message={message} />
      {hosts === null ? (
        <p>Loading…</p>
      ) : hosts.length === 0 ? (
        <p className="muted">No custom domains yet.</p>
      ) : (
        <ul aria-label="Custom domains">
          {hosts.map((h) => (
            <li key={`${h.protocol}//${h.host}`}>
              <span>
                {h.protocol === 'http:' ? 'http://' : ''}
                {h.host} · {HELPDESKS.find((d) => d.id === h.helpdesk)?.label}
              </span>
              <button type="button" aria-label={`Remove ${h.host}`} onClick={() => void remove(h)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
