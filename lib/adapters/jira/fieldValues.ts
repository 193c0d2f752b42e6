import { adfToText } from './adf';

/**
 * Custom fields Jira fills on every issue that say nothing about the customer's problem:
 * board ranking, the development panel's summary, chart helpers, form counters. Matched on
 * the field's name (expand=names), case-insensitively.
 */
const NOISE_NAMES = [
  /^rank$/i,
  /^development$/i,
  /^\[chart\]/i,
  /^vulnerability$/i,
  /^design$/i,
  /^issue colou?r$/i,
  /^(?:locked|open|submitted|total) forms$/i,
  /^satisfaction date$/i,
];

export function isNoiseField(name: string): boolean {
  return NOISE_NAMES.some((re) => re.test(name.trim()));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** One element of a field value: an option, a user, a named object, or a scalar. */
function itemText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    // The development field is a serialised map ("{}", "{pullrequest={…}}"): never content.
    return value.trim() === '' || value.trim() === '{}' ? undefined : value;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (!isRecord(value)) return undefined;
  // An ADF document (multi-line text fields in API v3).
  if (value.type === 'doc') return str(adfToText(value));
  // SLA fields (ongoingCycle / completedCycles): their state is not a field value we can
  // state faithfully in a line; left out.
  if ('ongoingCycle' in value || 'completedCycles' in value) return undefined;
  // Select options, cascading selects ("Parent / Child").
  const option = str(value.value);
  if (option) {
    const child = isRecord(value.child) ? str(value.child.value) : undefined;
    return child ? `${option} / ${child}` : option;
  }
  return str(value.displayName) ?? str(value.name) ?? str(value.title);
}

/** A custom field's value as one line of text, or undefined when it is empty or not text. */
export function fieldValueText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(itemText).filter((item): item is string => item !== undefined);
    return items.length ? items.join(', ') : undefined;
  }
  return itemText(value);
}

/** The request type of a JSM "Request Type" field value, when `value` is one. */
export function requestTypeName(value: unknown): string | undefined {
  if (!isRecord(value) || !isRecord(value.requestType)) return undefined;
  return str(value.requestType.name);
}

/** Organization names of a JSM "Organizations" field value. */
export function organizationNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((org) => (isRecord(org) ? str(org.name) : undefined)).filter((name): name is string => name !== undefined);
}
