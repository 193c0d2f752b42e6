const PARAGRAPH = new Set(['P', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'FIGURE']);
const LINE = new Set(['DIV', 'LI', 'TR', 'DD', 'DT', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ADDRESS']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Plain text of a rendered Freshdesk body, from text nodes only (never innerHTML). Freshdesk
 * shows the email / editor HTML, where each line is its own <div> and a blank line is
 * `<div><br></div>` (Froala's div mode), while <p> separates paragraphs. So a <div> only
 * starts a new line, a <p> a new paragraph, and a <br> always breaks the line: that gives back
 * the API's `body_text` line for line. `innerText` would do this in a browser but needs
 * layout, which jsdom and hidden views don't have.
 */
export function bodyText(root: Element): string {
  let out = '';
  const trimEnd = () => {
    out = out.replace(/[ \t]+$/, '');
  };
  const breakTo = (newlines: number) => {
    trimEnd();
    if (out === '') return;
    while (!out.endsWith('\n'.repeat(newlines))) out += '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      trimEnd();
      out += '\n';
      return;
    }
    const breaks = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
    if (breaks) breakTo(breaks);
    node.childNodes.forEach(walk);
    if (breaks) breakTo(breaks);
  };
  root.childNodes.forEach(walk);
  return out
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
