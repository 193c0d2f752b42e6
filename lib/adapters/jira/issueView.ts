import { isShown } from '../pageReading';
import { JIRA_SELECTORS as S } from './selectors';
import { issueKeyFromUrl } from './urls';

/** Does this breadcrumb item name `key`? Its link is /browse/{KEY}; its text is the key. */
function namesKey(crumb: Element, key: string): boolean {
  const link = crumb.closest('a') ?? crumb.querySelector('a');
  const href = link?.getAttribute('href') ?? '';
  try {
    if (href && new URL(href, 'https://jira.invalid/').pathname.replace(/\/$/, '') === `/browse/${key}`) return true;
  } catch {
    // not a URL: the text decides
  }
  return crumb.textContent?.trim() === key;
}

/**
 * The element holding the issue view `crumb` belongs to: the largest ancestor that holds no
 * other issue's breadcrumb (Jira can keep several issue views mounted), stopping at the modal
 * dialog (an issue opened over a board or queue, which must never take the board in) or at the
 * full-page layout.
 */
function viewAround(crumb: Element): Element {
  let view = crumb;
  for (let node = crumb.parentElement; node; node = node.parentElement) {
    const others = [...node.querySelectorAll(S.currentIssueCrumb)].some((other) => other !== crumb && !other.contains(crumb) && !crumb.contains(other));
    if (others) break;
    view = node;
    if (node.matches(S.issueModal) || node.matches(S.issueLayout) || node.getAttribute('role') === 'dialog') break;
  }
  return view;
}

/**
 * The visible issue view of issue `key`, or null when that issue is not on screen. A board
 * behind a modal is outside the modal, so its cards (which link to other issues) are never
 * read; cached, hidden issue views are skipped.
 */
export function issueView(doc: Document, key: string): Element | null {
  for (const crumb of doc.querySelectorAll(S.currentIssueCrumb)) {
    if (!namesKey(crumb, key) || !isShown(crumb)) continue;
    return viewAround(crumb);
  }
  return null;
}

/** The issue view of the issue in the page's URL (the composer has no ticket ref to go by). */
export function currentIssueView(doc: Document): Element | null {
  let key: string | null = null;
  try {
    key = issueKeyFromUrl(new URL(doc.location.href));
  } catch {
    key = null;
  }
  return key ? issueView(doc, key) : null;
}
