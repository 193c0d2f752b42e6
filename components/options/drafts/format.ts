// Dates in the drafts table: how long ago for scanning, the full date and time on hover.

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** Epoch ms a Date can hold (±100,000,000 days); anything else would make Intl and toISOString throw. */
function isDate(at: number): boolean {
  return Number.isFinite(at) && Math.abs(at) <= 8.64e15;
}

export function isoDate(at: number): string | undefined {
  return isDate(at) ? new Date(at).toISOString() : undefined;
}

/** "just now", "5 minutes ago", "yesterday", "3 months ago"; a time ahead of the clock reads "just now". */
export function formatRelative(at: number, now: number): string {
  if (!isDate(at)) return 'unknown';
  const seconds = Math.round((now - at) / 1000);
  if (seconds < 45) return 'just now';
  for (const [unit, size] of UNITS) {
    if (seconds >= size) return relative.format(-Math.floor(seconds / size), unit);
  }
  return relative.format(-1, 'minute');
}

export function formatDateTime(at: number): string {
  return isDate(at) ? absolute.format(at) : 'unknown date';
}

export function formatDay(at: number): string {
  return isDate(at) ? dayOnly.format(at) : 'unknown date';
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
