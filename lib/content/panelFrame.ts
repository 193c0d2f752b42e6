import { browser } from 'wxt/browser';

const COLLAPSED = { width: '44px', height: '132px', top: 'calc(50% - 66px)' };
const OPEN = { width: 'min(420px, 100vw)', height: '100vh', top: '0' };

export interface PanelFrame {
  /** Random per mount; the panel echoes it so a page-made copy of panel.html is refused. */
  nonce: string;
  setOpen(open: boolean): void;
  /** Which edge of the page the panel sits on (the agent's setting). */
  setSide(side: 'left' | 'right'): void;
  setVisible(visible: boolean): void;
  destroy(): void;
}

function randomToken(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Mounts the panel as an extension-origin iframe inside a closed shadow root. The page's
 * scripts cannot read a cross-origin frame's content, and the closed root keeps them from
 * even finding the frame (or its nonce) with querySelector. Only the frame's box is styled
 * here, with `all: initial` so the page's CSS cannot reach it.
 */
export function mountPanelFrame(doc: Document): PanelFrame {
  const nonce = randomToken(16);
  // A previous copy of this content script (before an extension update) cannot clean up
  // after itself: its context is gone. Remove its panel so there is only ever one.
  for (const stale of doc.querySelectorAll('baton-root')) stale.remove();
  const host = doc.createElement('baton-root');
  host.style.cssText = 'all: initial; position: fixed; right: 0; z-index: 2147483646; display: block;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.src = `${browser.runtime.getURL('/panel.html')}#${nonce}`;
  frame.title = 'Baton handoff panel';
  // Lets the panel put the note on the clipboard when no editor takes it. `*` because the
  // panel document's origin is the per-session dynamic one, not the src's static one.
  frame.allow = 'clipboard-write *';
  frame.style.cssText =
    'all: initial; display: block; width: 100%; height: 100%; border: 0; background: transparent; color-scheme: normal;';
  shadow.append(frame);

  const apply = (box: typeof OPEN) => {
    host.style.width = box.width;
    host.style.height = box.height;
    host.style.top = box.top;
  };
  apply(COLLAPSED);
  // On <html>, not <body>: it exists at document_start, and SPAs that swap <body> keep us.
  doc.documentElement.append(host);

  return {
    nonce,
    setOpen: (open) => apply(open ? OPEN : COLLAPSED),
    setSide: (side) => {
      host.style.left = side === 'left' ? '0' : 'auto';
      host.style.right = side === 'left' ? 'auto' : '0';
    },
    setVisible: (visible) => {
      host.style.display = visible ? 'block' : 'none';
    },
    destroy: () => host.remove(),
  };
}

export { randomToken };
