// Drives the Baton panel inside a helpdesk page, the way an agent would: by role and label.
import type { Frame, Page } from 'playwright-core';

/** The panel's extension-origin iframe in `page`, once it has loaded. */
export async function panelFrame(page: Page, extensionId: string, timeoutMs = 15_000): Promise<Frame> {
  const prefix = `chrome-extension://${extensionId}/panel.html`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`No Baton panel frame appeared in ${page.url()}`);
}

/** Opens the panel if it is collapsed; returns it ready for input. */
export async function openPanel(page: Page, extensionId: string): Promise<Frame> {
  const frame = await panelFrame(page, extensionId);
  const toggle = frame.getByRole('button', { name: /Handoff/ });
  await toggle.first().waitFor({ timeout: 15_000 });
  const openButton = frame.getByRole('button', { name: /Open Handoff/ });
  if (await openButton.count()) await openButton.click();
  await frame.getByRole('button', { name: /Close Handoff/ }).waitFor();
  return frame;
}

export function field(frame: Frame, label: RegExp) {
  return frame.getByLabel(label);
}

export async function fillAgentSections(frame: Frame, hypothesis: string, verifyFirst: string): Promise<void> {
  const hypothesisField = field(frame, /Current hypothesis/);
  await hypothesisField.waitFor();
  // Enabled once the draft lookup finished; typing before would be refused.
  await frame.waitForFunction(() => !document.querySelector('textarea:disabled'));
  await hypothesisField.fill(hypothesis);
  await field(frame, /What L2 should verify first/).fill(verifyFirst);
}

/** CKEditor's own model, serialised: the ground truth of what the agent would submit. */
export async function editorData(page: Page, ticketId: string): Promise<string> {
  return page.evaluate((id) => (window as any).__editors[id].getData() as string, ticketId);
}

export function countOf(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
