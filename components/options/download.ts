/**
 * Saves text as a file through the browser's downloads, without any downloads permission.
 * The link is attached to the document for the click: a detached link's click does not start
 * a download in every browser.
 */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on a later task, not during the click: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
