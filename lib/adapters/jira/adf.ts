/**
 * Atlassian Document Format (ADF, the JSON Jira Cloud's v3 API uses for descriptions, comments
 * and rich-text fields) → plain text. Pure, and defensive: the input is untrusted JSON, so
 * every property is checked, unknown nodes fall back to their text children, and nesting is
 * bounded. The output is text only; nothing in it is ever meant to become markup again.
 *
 * Layout: blocks (paragraphs, headings, lists, code, tables…) are separated by a blank line;
 * list items are "- " or "1. " lines, nested lists indented under their item; code is kept
 * verbatim; a link is its text followed by its URL in parentheses; a mention is "@Name".
 * Node reference: developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */

interface AdfNode {
  type?: unknown;
  text?: unknown;
  attrs?: unknown;
  marks?: unknown;
  content?: unknown;
}

/** Deeper content is dropped: a hostile document must not exhaust the stack. */
const MAX_DEPTH = 48;

/** Inline node types; anything else with `content` is treated as a block container. */
const INLINE = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'date', 'status', 'mediaInline', 'placeholder', 'inlineExtension']);

function isNode(value: unknown): value is AdfNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function children(node: AdfNode): AdfNode[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : [];
}

function attr(node: AdfNode, name: string): unknown {
  return isNode(node.attrs) ? (node.attrs as Record<string, unknown>)[name] : undefined;
}

function attrText(node: AdfNode, name: string): string {
  const value = attr(node, name);
  return typeof value === 'string' ? value : '';
}

/**
 * Only URLs Jira itself turns into links are shown (its renderer drops other schemes, such as
 * `javascript:`); the text of the link is kept either way.
 */
export function isShownUrl(url: string): boolean {
  return /^(?:https?:|mailto:|tel:|ftp:)/i.test(url.trim());
}

function linkOf(node: AdfNode): string | undefined {
  if (!Array.isArray(node.marks)) return undefined;
  for (const mark of node.marks) {
    if (isNode(mark) && mark.type === 'link') {
      const href = attrText(mark, 'href');
      return href && isShownUrl(href) ? href : undefined;
    }
  }
  return undefined;
}

function isInline(node: AdfNode): boolean {
  return (typeof node.type === 'string' && INLINE.has(node.type)) || (typeof node.text === 'string' && !Array.isArray(node.content));
}

function mediaLabel(node: AdfNode): string {
  const name = attrText(node, 'alt') || attrText(node, 'name');
  return name ? `[attachment: ${name}]` : '[attachment]';
}

/** The text one inline node stands for. */
function inlineNodeText(node: AdfNode): string {
  switch (node.type) {
    case 'hardBreak':
      return '\n';
    case 'mention': {
      const name = attrText(node, 'text').replace(/^@/, '').trim();
      return `@${name || 'someone'}`;
    }
    case 'emoji':
      return attrText(node, 'text') || attrText(node, 'shortName');
    case 'inlineCard': {
      const url = attrText(node, 'url');
      return isShownUrl(url) ? url : '';
    }
    case 'date': {
      const stamp = Number(attrText(node, 'timestamp') || attr(node, 'timestamp'));
      return Number.isFinite(stamp) && stamp !== 0 ? new Date(stamp).toISOString().slice(0, 10) : '';
    }
    case 'status':
      return attrText(node, 'text');
    case 'mediaInline':
      return mediaLabel(node);
    case 'placeholder':
      // Editor hint text ("Type something…"), not content.
      return '';
    default:
      return typeof node.text === 'string' ? node.text : '';
  }
}

/** Inline nodes → one string; consecutive text under the same link gets its URL once. */
function inlineText(nodes: AdfNode[]): string {
  let out = '';
  let run = '';
  let runHref: string | undefined;
  const flush = () => {
    out += runHref && run.trim() !== runHref ? `${run} (${runHref})` : run;
    run = '';
    runHref = undefined;
  };
  for (const node of nodes) {
    const href = node.type === 'text' || node.type === undefined ? linkOf(node) : undefined;
    if (href !== runHref) flush();
    runHref = href;
    run += inlineNodeText(node);
  }
  flush();
  return out;
}

/** Indents every line after the first so it lines up under the text after `marker`. */
function withMarker(marker: string, text: string): string {
  const pad = ' '.repeat(marker.length);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? marker + line : line ? pad + line : line))
    .join('\n')
    .trimEnd();
}

function listText(node: AdfNode, ordered: boolean, depth: number): string {
  const order = Number(attr(node, 'order'));
  const start = ordered && Number.isInteger(order) && order >= 0 ? order : 1;
  return children(node)
    .map((item, i) => withMarker(ordered ? `${start + i}. ` : '- ', blocksOf(children(item), depth + 1).join('\n')))
    .join('\n');
}

function taskText(node: AdfNode, depth: number): string {
  return children(node)
    .map((item) => {
      if (item.type === 'taskList') return withMarker('    ', taskText(item, depth + 1));
      const marker = item.type === 'taskItem' ? (attr(item, 'state') === 'DONE' ? '[x] ' : '[ ] ') : '- ';
      return withMarker(marker, inlineText(children(item)).trim());
    })
    .join('\n');
}

function tableText(node: AdfNode, depth: number): string {
  return children(node)
    .map((row) =>
      children(row)
        .map((cell) => blocksOf(children(cell), depth + 2).join(' ').replace(/\s*\n\s*/g, ' ').trim())
        .join(' | '),
    )
    .filter((line) => line.replace(/[\s|]/g, '') !== '')
    .join('\n');
}

/** One block node → its text blocks (none when it is empty). */
function blockText(node: AdfNode, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const text = inlineText(children(node)).trim();
      return text ? [text] : [];
    }
    case 'bulletList':
    case 'orderedList': {
      const text = listText(node, node.type === 'orderedList', depth);
      return text.trim() ? [text] : [];
    }
    case 'codeBlock': {
      // Verbatim: whitespace in code is meaning, not layout.
      const text = children(node)
        .map((child) => (typeof child.text === 'string' ? child.text : ''))
        .join('');
      return text.trim() ? [text] : [];
    }
    case 'taskList':
    case 'decisionList': {
      const text = taskText(node, depth);
      return text.trim() ? [text] : [];
    }
    case 'table': {
      const text = tableText(node, depth);
      return text ? [text] : [];
    }
    case 'expand':
    case 'nestedExpand': {
      const title = attrText(node, 'title').trim();
      return [...(title ? [title] : []), ...blocksOf(children(node), depth + 1)];
    }
    case 'media':
      return [mediaLabel(node)];
    case 'blockCard':
    case 'embedCard': {
      const url = attrText(node, 'url');
      return isShownUrl(url) ? [url] : [];
    }
    case 'rule':
      return [];
    default:
      // doc, blockquote, panel, layouts, mediaSingle/mediaGroup, extensions and node types
      // this module does not know: their children, flattened.
      return blocksOf(children(node), depth + 1);
  }
}

/** Children of a container: runs of inline nodes become paragraphs, block nodes their blocks. */
function blocksOf(nodes: AdfNode[], depth: number): string[] {
  const blocks: string[] = [];
  let inline: AdfNode[] = [];
  const flushInline = () => {
    const text = inlineText(inline).trim();
    if (text) blocks.push(text);
    inline = [];
  };
  for (const node of nodes) {
    if (isInline(node)) {
      inline.push(node);
      continue;
    }
    flushInline();
    blocks.push(...blockText(node, depth));
  }
  flushInline();
  return blocks;
}

/**
 * Plain text of an ADF document (or of any ADF node). A string is returned as it is: the v2
 * API and some fields give plain text where v3 would give ADF.
 */
export function adfToText(doc: unknown): string {
  if (typeof doc === 'string') return doc.trim();
  if (!isNode(doc)) return '';
  return blocksOf([doc], 0).join('\n\n');
}
