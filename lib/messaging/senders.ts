import { browser } from 'wxt/browser';

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);

function protocolOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '').protocol;
  } catch {
    return null;
  }
}

/**
 * A page of this extension (panel, options), as opposed to a content script or a web page.
 * Compared by id and scheme, not by origin: a panel loaded through the per-session dynamic
 * URL (use_dynamic_url) has another origin string than runtime.getURL() gives elsewhere.
 */
export function isOwnExtensionPage(sender: { id?: string; url?: string } | undefined): boolean {
  return sender?.id === browser.runtime.id && EXTENSION_PROTOCOLS.has(protocolOf(sender.url) ?? '');
}

/** This extension's content script, running in a tab. */
export function isOwnContentScript(sender: { id?: string; url?: string; tab?: { id?: number } } | undefined): boolean {
  return sender?.id === browser.runtime.id && sender.tab?.id !== undefined && !isOwnExtensionPage(sender);
}

/** The panel page specifically. */
export function isOwnPanel(sender: { id?: string; url?: string } | undefined): boolean {
  return isOwnExtensionPage(sender) && new URL(sender?.url ?? '').pathname === '/panel.html';
}
