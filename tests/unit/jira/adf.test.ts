import { describe, expect, it } from 'vitest';
import { adfToText } from '../../../lib/adapters/jira/adf';
import { fixtureJson } from './fakeJira';

const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const li = (...content: unknown[]) => ({ type: 'listItem', content });
const link = (href: string) => [{ type: 'link', attrs: { href } }];

describe('adfToText', () => {
  it('separates paragraphs and headings with blank lines, hardBreak as a newline', () => {
    expect(adfToText(doc(p(t('Hi team,')), { type: 'heading', attrs: { level: 2 }, content: [t('Steps')] }, p(t('Marta'), { type: 'hardBreak' }, t('Nordhavn'))))).toBe(
      'Hi team,\n\nSteps\n\nMarta\nNordhavn',
    );
  });

  it('writes bullet and ordered lists as "- " and "1. " lines, nested lists indented', () => {
    const nested = { type: 'bulletList', content: [li(p(t('inner a'))), li(p(t('inner b')))] };
    const text = adfToText(
      doc(
        { type: 'bulletList', content: [li(p(t('one'))), li(p(t('two')), nested)] },
        { type: 'orderedList', attrs: { order: 3 }, content: [li(p(t('third'))), li(p(t('fourth')))] },
      ),
    );
    expect(text).toBe('- one\n- two\n  - inner a\n  - inner b\n\n3. third\n4. fourth');
  });

  it('keeps code blocks and inline code verbatim, whitespace included', () => {
    const code = '  if (x) {\n\treturn "<b>";\n  }';
    const text = adfToText(doc(p(t('Run '), t('npm  ci', [{ type: 'code' }]), t(' first')), { type: 'codeBlock', attrs: { language: 'js' }, content: [t(code)] }));
    expect(text).toBe(`Run npm  ci first\n\n${code}`);
  });

  it('writes a link as its text plus the URL in parentheses, once per link run', () => {
    const text = adfToText(doc(p(t('See '), t('the ', link('https://x.example/a')), t('status page', [...link('https://x.example/a'), { type: 'strong' }]), t(' now'))));
    expect(text).toBe('See the status page (https://x.example/a) now');
    expect(adfToText(doc(p(t('https://x.example/b', link('https://x.example/b')))))).toBe('https://x.example/b');
  });

  it('never shows a link target Jira would not link (javascript:, data:)', () => {
    const text = adfToText(doc(p(t('my invoice', link("javascript:fetch('/__pwned')")), t(' and '), t('pic', link('data:text/html,<script>')))));
    expect(text).toBe('my invoice and pic');
  });

  it('turns mentions into @Name and emoji into their text or short name', () => {
    const text = adfToText(
      doc(
        p(
          { type: 'mention', attrs: { id: '1', text: '@Sam Okafor' } },
          t(' and '),
          { type: 'mention', attrs: { id: '2', text: 'Lena Brandt' } },
          t(' '),
          { type: 'mention', attrs: { id: '3' } },
          t(' '),
          { type: 'emoji', attrs: { shortName: ':smile:', text: '😄' } },
          { type: 'emoji', attrs: { shortName: ':custom:' } },
        ),
      ),
    );
    expect(text).toBe('@Sam Okafor and @Lena Brandt @someone 😄:custom:');
  });

  it('flattens panels, blockquotes, expands and tables to their text', () => {
    const cell = (s: string) => ({ type: 'tableCell', content: [p(t(s))] });
    const text = adfToText(
      doc(
        { type: 'panel', attrs: { panelType: 'warning' }, content: [p(t('Careful'))] },
        { type: 'blockquote', content: [p(t('quoted'))] },
        { type: 'expand', attrs: { title: 'Logs' }, content: [p(t('hidden'))] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p(t('Env'))] }, { type: 'tableHeader', content: [p(t('Result'))] }] }, { type: 'tableRow', content: [cell('prod'), cell('401')] }] },
        { type: 'rule' },
      ),
    );
    expect(text).toBe('Careful\n\nquoted\n\nLogs\n\nhidden\n\nEnv | Result\nprod | 401');
  });

  it('renders inline cards, dates, status lozenges, tasks and media as text', () => {
    const text = adfToText(
      doc(
        p({ type: 'inlineCard', attrs: { url: 'https://x.example/t/1' } }, t(' due '), { type: 'date', attrs: { timestamp: '1741564800000' } }, t(' '), { type: 'status', attrs: { text: 'BLOCKED', color: 'red' } }),
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [t('restart')] }, { type: 'taskItem', attrs: { state: 'TODO' }, content: [t('rotate key')] }] },
        { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'abc', type: 'file', alt: 'erp-error.png' } }] },
      ),
    );
    expect(text).toBe('https://x.example/t/1 due 2025-03-10 BLOCKED\n\n[x] restart\n[ ] rotate key\n\n[attachment: erp-error.png]');
  });

  it('falls back to the text children of node types it does not know', () => {
    expect(adfToText(doc({ type: 'futureBlock', content: [p(t('inside'))] }, p({ type: 'futureInline', text: 'inline' }, t(' text'))))).toBe('inside\n\ninline text');
  });

  it('survives malformed input: wrong types, cycles of depth, non-objects', () => {
    expect(adfToText(null)).toBe('');
    expect(adfToText(42)).toBe('');
    expect(adfToText('plain v2 body ')).toBe('plain v2 body');
    expect(adfToText({ type: 'doc', content: 'nope' })).toBe('');
    expect(adfToText(doc(p(t('a')), 7, null, { type: 'paragraph', content: [{ type: 'text', text: 5 }, t('b')] }))).toBe('a\n\nb');
    let deep: unknown = p(t('bottom'));
    for (let i = 0; i < 5000; i += 1) deep = { type: 'blockquote', content: [deep] };
    expect(() => adfToText(doc(deep, p(t('top'))))).not.toThrow();
    expect(adfToText(doc(deep, p(t('top'))))).toBe('top');
  });

  it('reads the recorded description faithfully', () => {
    const issue = fixtureJson<{ fields: { description: unknown } }>('SUP-4211', 'issue.json');
    expect(adfToText(issue.fields.description)).toBe(
      [
        'Hi team,',
        'Since Monday 10 March our ERP has not received any webhook deliveries. Every delivery in your webhook log shows 401 Unauthorized.',
        'What we checked',
        '- The endpoint https://erp.nordhavn.example/hooks/acme is up: a POST from curl gets 200\n- We rotated our API key on Friday 7 March, as your security notice asked',
        'Example line from the log:',
        '2025-03-10T06:00:12Z POST /hooks/acme 401 {"error": "invalid_signature"}\n2025-03-10T06:05:12Z POST /hooks/acme 401 {"error": "invalid_signature"}',
        'Our status page (https://status.nordhavn.example) is green. @Sam Okafor can you take a look? Thanks 🙂',
        'Marta\nNordhavn Logistics AB',
      ].join('\n\n'),
    );
  });
});
