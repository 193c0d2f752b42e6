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
  // Pieces, joined once at the end: trimming or testing the end of one growing string at every
  // line break is quadratic, and a pasted 1 MB log froze the page for seconds.
  const parts: string[] = [];
  const trimEnd = () => {
    while (parts.length > 0) {
      const last = parts[parts.length - 1]!.replace(/[ \t]+$/, '');
      if (last) {
        parts[parts.length - 1] = last;
        return;
      }
      parts.pop();
    }
  };
  const trailingNewlines = () => {
    let count = 0;
    for (let i = parts.length - 1; i >= 0; i -= 1) {
      const part = parts[i]!;
      let at = part.length - 1;
      while (at >= 0 && part[at] === '\n') at -= 1;
      count += part.length - 1 - at;
      if (at >= 0) break;
    }
    return count;
  };
  const breakTo = (newlines: number) => {
    trimEnd();
    if (parts.length === 0) return;
    for (let count = trailingNewlines(); count < newlines; count += 1) parts.push('\n');
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text) parts.push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      trimEnd();
      parts.push('\n');
      return;
    }
    const breaks = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
    if (breaks) breakTo(breaks);
    node.childNodes.forEach(walk);
    if (breaks) breakTo(breaks);
  };
  root.childNodes.forEach(walk);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
