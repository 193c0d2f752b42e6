import { adfToText } from './adf';

/**
 * Plain text of an Atlaskit renderer document (how the issue view shows descriptions and
 * comments), with the same layout rules as the API's ADF → text: the rendered HTML is mapped
 * back onto the few ADF node types it came from and handed to adfToText, so text read from the
 * page and text read from the API look alike. Reads text nodes and `href` attributes only;
 * nothing is ever parsed as HTML.
 */

type Node = { type: string; text?: string; attrs?: Record<string, unknown>; marks?: unknown[]; content?: Node[] };

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'svg']);
/** Elements that only style their text: their children join the surrounding text. */
const INLINE = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'DEL', 'CODE', 'SMALL', 'SUB', 'SUP', 'MARK', 'TIME', 'LABEL', 'ABBR', 'KBD']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function convertChildren(el: Element, link: string | undefined, depth: number): Node[] {
  return [...el.childNodes].flatMap((child) => convert(child, link, depth + 1));
}

function convert(node: ChildNode, link: string | undefined, depth: number): Node[] {
  if (depth > 64) return [];
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    return text ? [{ type: 'text', text, marks: link ? [{ type: 'link', attrs: { href: link } }] : [] }] : [];
  }
  if (node.nodeType !== 1) return [];
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return [];
  if (tag === 'BR') return [{ type: 'hardBreak' }];
  if (tag === 'A') return convertChildren(el, el.getAttribute('href') ?? undefined, depth);
  if (INLINE.has(tag)) return convertChildren(el, link, depth);
  if (tag === 'P') return [{ type: 'paragraph', content: convertChildren(el, link, depth) }];
  if (HEADINGS.has(tag)) return [{ type: 'heading', content: convertChildren(el, link, depth) }];
  if (tag === 'UL' || tag === 'OL') {
    const items = [...el.children].filter((c) => c.tagName.toUpperCase() === 'LI');
    const start = Number(el.getAttribute('start') ?? '1');
    return [{
      type: tag === 'UL' ? 'bulletList' : 'orderedList',
      attrs: { order: Number.isInteger(start) ? start : 1 },
      content: items.map((li) => ({ type: 'listItem', content: convertChildren(li, link, depth) })),
    }];
  }
  if (tag === 'PRE') {
    // Atlaskit code blocks put line numbers beside the <code>; the code is its text.
    const code = el.querySelector('code') ?? el;
    return [{ type: 'codeBlock', content: [{ type: 'text', text: code.textContent ?? '' }] }];
  }
  if (tag === 'TABLE') {
    const rows = [...el.querySelectorAll('tr')].filter((tr) => tr.closest('table') === el);
    return [{
      type: 'table',
      content: rows.map((tr) => ({
        type: 'tableRow',
        content: [...tr.children].map((cell) => ({ type: 'tableCell', content: convertChildren(cell, link, depth) })),
      })),
    }];
  }
  // Any other element is a block container (div, blockquote, panel, section…).
  return [{ type: 'container', content: convertChildren(el, link, depth) }];
}

/** Text of a rendered rich-text element (description, comment body). */
export function rendererText(root: Element): string {
  return adfToText({ type: 'doc', content: convertChildren(root, undefined, 0) });
}
