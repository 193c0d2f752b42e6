// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readJiraDom } from '../../../lib/adapters/jira/dom';
import { issueView } from '../../../lib/adapters/jira/issueView';
import { rendererText } from '../../../lib/adapters/jira/rendererText';
import { jiraAdapter } from '../../../lib/adapters/jira';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { JSDOM, ORIGIN, issueViewPage } from './fakeJira';

const BOARD = `${ORIGIN}/jira/software/c/projects/SUP/boards/12`;
const ref = (key: string) => ticketRefFor(jiraAdapter, `${BOARD}?selectedIssue=${key}`)!;
const read = (key = 'SUP-4211') => readJiraDom(ref(key), issueViewPage(`${BOARD}?selectedIssue=${key}`).window.document);

describe('readJiraDom on the committed board with the issue modal open', () => {
  it('reads the issue fields the modal shows', () => {
    const { values, problems } = read();
    expect(values.subject).toBe('Webhook deliveries to our ERP fail with 401 since the API key rotation');
    expect(values.status).toBe('Waiting for support');
    expect(values.priority).toBe('High');
    // The page shows the reporter's name only; their email is not on it.
    expect(values.requester).toEqual({ name: 'Marta Lindqvist' });
    expect(values.organization).toEqual({ name: 'Nordhavn Logistics AB', fields: [] });
    expect(values.tags).toEqual(['webhooks', 'enterprise', 'api_key']);
    // Custom fields by their headings; "None" is an empty field; system fields are not custom.
    expect(values.customFields).toEqual([
      { label: 'Request Type', value: 'Report a bug' },
      { label: 'Product area', value: 'Integrations / Webhooks' },
      { label: 'Tenant region', value: 'eu-2' },
      { label: 'Seats', value: '38' },
    ]);
    expect(problems).toEqual([]);
  });

  it('reads the description with its files, then the comments oldest first', () => {
    const timeline = read().values.timeline!;
    expect(timeline.map((e) => [e.id, e.author, e.authorRole, e.visibility])).toEqual([
      ['dom-description', 'Marta Lindqvist', 'customer', 'public'],
      ['dom-10501', 'Sam Okafor', 'agent', 'public'],
      ['dom-10502', 'Marta Lindqvist', 'customer', 'public'],
      ['dom-10503', 'Sam Okafor', 'agent', 'internal'],
      ['dom-10504', 'Lena Brandt', 'agent', 'internal'],
      ['dom-10505', 'Sam Okafor', 'agent', 'public'],
    ]);
    expect(timeline[0]!.attachments).toEqual([{ name: 'webhook-log.csv' }, { name: 'erp-error.png' }]);
    expect(timeline[0]!.text).toContain('shows 401 Unauthorized.\n\nWhat we checked\n\n- The endpoint https://erp.nordhavn.example/hooks/acme is up');
    // Code keeps its line break; the code block's "Copy" button is not content.
    expect(timeline[0]!.text).toContain('"invalid_signature"}\n2025-03-10T06:05:12Z');
    expect(timeline[0]!.text).not.toContain('Copy');
    expect(timeline[0]!.text).toContain('Our status page (https://status.nordhavn.example) is green. @Sam Okafor can you take a look? Thanks 🙂');
    expect(timeline[2]!.text).toBe('Only the API key was rotated, we did not touch the signing secret.\nFailing delivery ID: dlv_8841203.\n\nRetried it from the webhook log → same 401.');
    expect(timeline[3]!.text).toContain('Troubleshooting so far:\n\n- Re-sent dlv_8841203 from the admin console → 401 again\n- Compared');
    // This page shows times as text only: none is invented.
    expect(timeline.slice(1).every((e) => e.at === undefined)).toBe(true);
  });

  it('never reads the board behind the modal: a card of another issue is not that issue', () => {
    const doc = issueViewPage().window.document;
    const other = readJiraDom(ref('SUP-4212'), doc);
    expect(other.values).toEqual({});
    expect(new Set(other.problems.map((p) => p.reason))).toEqual(new Set(['issue is not the one shown on the page']));
    expect(issueView(doc, 'SUP-4211')?.getAttribute('data-testid')).toBe('issue.views.issue-details.issue-modal.modal-dialog');
  });

  it('reads nothing when the modal is closed (hidden)', () => {
    const doc = issueViewPage().window.document;
    doc.querySelector('[data-testid="issue.views.issue-details.issue-modal.modal-dialog--positioner"]')!.setAttribute('hidden', '');
    expect(readJiraDom(ref('SUP-4211'), doc).values).toEqual({});
  });

  it('keeps going when parts are missing: each missing field is a problem of its own', () => {
    const doc = issueViewPage().window.document;
    doc.querySelector('[data-testid="issue.activity.comments-list"]')!.remove();
    doc.querySelector('[data-testid="issue-field-priority-readview-full.ui.priority.wrapper"]')!.remove();
    const { values, problems } = readJiraDom(ref('SUP-4211'), doc);
    expect(values.priority).toBeUndefined();
    expect(problems).toEqual([{ field: 'priority', reason: 'not found on the page' }]);
    // Without the comments list the description is still there.
    expect(values.timeline!.map((e) => e.id)).toEqual(['dom-description']);
  });

  it('takes no text from an empty description (Jira shows a prompt there, not content)', () => {
    const doc = issueViewPage().window.document;
    doc.querySelector('[data-testid="issue.views.field.rich-text.description"]')!.innerHTML = '<div role="button"><p>Add a description…</p></div>';
    doc.querySelector('[data-testid="issue.views.issue-base.content.attachment.filmstrip-panel"]')!.remove();
    const timeline = readJiraDom(ref('SUP-4211'), doc).values.timeline!;
    expect(timeline[0]!.id).toBe('dom-10501');
    expect(JSON.stringify(timeline)).not.toContain('Add a description');
  });

  it('orders comments by id when the page lists them newest first, whatever their times say', () => {
    const doc = issueViewPage().window.document;
    const list = doc.querySelector('[data-testid="issue.activity.comments-list"]')!;
    list.append(...[...list.children].reverse());
    expect(readJiraDom(ref('SUP-4211'), doc).values.timeline!.slice(1).map((e) => e.id)).toEqual(['dom-10501', 'dom-10502', 'dom-10503', 'dom-10504', 'dom-10505']);
  });
});

describe('rendererText', () => {
  const text = (html: string) => rendererText(new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!);

  it('maps renderer markup onto the ADF text layout', () => {
    expect(text('<p>a <strong>b</strong></p><ol start="2"><li><p>x</p><ul><li>y</li></ul></li></ol><blockquote><p>q</p></blockquote>')).toBe('a b\n\n2. x\n   - y\n\nq');
    expect(text('<table><tr><th>Env</th><th>Result</th></tr><tr><td><p>prod</p></td><td>401</td></tr></table>')).toBe('Env | Result\nprod | 401');
  });

  it('reads text and safe link targets only; scripts and javascript: links stay inert', () => {
    expect(text('<p>see <a href="https://x.example">docs</a> and <a href="javascript:alert(1)">this</a><script>alert(2)</script></p>')).toBe('see docs (https://x.example) and this');
  });
});
