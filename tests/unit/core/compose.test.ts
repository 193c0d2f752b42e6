// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeNote, escapeHtml, toBlocks } from '@/lib/compose';
import { DEFAULT_TEMPLATE } from '@/lib/templates/template';

const answers = {
  happening: 'SSO login fails for all users',
  tried: '- Cleared cookies → same error\n- Tried incognito → same error',
  hypothesis: 'IdP certificate rotated with the plan change.',
  customer: 'Plan tier: Enterprise\nPriority: high',
  'verify-first': 'SAML logs for org 88231 around 14:30 UTC',
};

describe('composeNote', () => {
  it('renders every section in template order, labels bold, bullets as a list', () => {
    const { html } = composeNote(DEFAULT_TEMPLATE, { ticketId: '4211' }, answers);
    expect(html).toBe(
      '<p><strong>Escalation handoff: ticket #4211</strong></p>' +
        '<p><strong>What&#39;s happening</strong></p><p>SSO login fails for all users</p>' +
        '<p><strong>What&#39;s been tried</strong></p><ul><li>Cleared cookies → same error</li><li>Tried incognito → same error</li></ul>' +
        '<p><strong>Current hypothesis</strong></p><p>IdP certificate rotated with the plan change.</p>' +
        '<p><strong>Customer context</strong></p><p>Plan tier: Enterprise<br>Priority: high</p>' +
        '<p><strong>What L2 should verify first</strong></p><p>SAML logs for org 88231 around 14:30 UTC</p>',
    );
  });

  it('gives the same content as plain text with blank lines between paragraphs', () => {
    const { text } = composeNote(DEFAULT_TEMPLATE, { ticketId: '4211' }, answers);
    expect(text).toBe(
      [
        'Escalation handoff: ticket #4211',
        "WHAT'S HAPPENING\nSSO login fails for all users",
        "WHAT'S BEEN TRIED\n- Cleared cookies → same error\n- Tried incognito → same error",
        'CURRENT HYPOTHESIS\nIdP certificate rotated with the plan change.',
        'CUSTOMER CONTEXT\nPlan tier: Enterprise\nPriority: high',
        'WHAT L2 SHOULD VERIFY FIRST\nSAML logs for org 88231 around 14:30 UTC',
      ].join('\n\n'),
    );
  });

  it('says "Not provided." for an empty section instead of dropping it', () => {
    const { html, text } = composeNote(DEFAULT_TEMPLATE, { ticketId: '1' }, { ...answers, customer: '  ' });
    expect(html).toContain('<p><strong>Customer context</strong></p><p>Not provided.</p>');
    expect(text).toContain('CUSTOMER CONTEXT\nNot provided.');
  });

  it('escapes customer-supplied markup everywhere so it stays text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>';
    const { html, text } = composeNote(DEFAULT_TEMPLATE, { ticketId: '<b>1</b>' }, { happening: hostile, tried: `- ${hostile}` });
    expect(html).not.toMatch(/<(?:img|script|a)\b/u);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('#&lt;b&gt;1&lt;/b&gt;');
    expect(text).toContain(hostile);
    // Parsing the HTML yields the hostile text as text, not as elements.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img, script, a').length).toBe(0);
    expect(doc.body.textContent).toContain(hostile);
  });

  it('strips bidi overrides and zero-width characters that could disguise text', () => {
    const { text } = composeNote(DEFAULT_TEMPLATE, { ticketId: '1' }, { hypothesis: 'evil\u202Etxt.exe\u200B' });
    expect(text).toContain('eviltxt.exe');
  });
});

describe('toBlocks', () => {
  it('splits paragraphs on blank lines and groups bullets', () => {
    expect(toBlocks('a\nb\n\n- one\n* two\nc')).toEqual([
      { kind: 'paragraph', lines: ['a', 'b'] },
      { kind: 'list', items: ['one', 'two'] },
      { kind: 'paragraph', lines: ['c'] },
    ]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
