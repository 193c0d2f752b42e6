/**
 * zod/mini ships no message catalogue (that is part of its size saving), so issues carry
 * "Invalid input" unless a check named its own message. These turn issues into one line a
 * team lead can act on: where in the file, and what is wrong there.
 */

type PathPart = PropertyKey;

interface Issue {
  code: string;
  path: PathPart[];
  message: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  /** False for exclusive bounds such as `positive()`: 0 is then too small. */
  inclusive?: boolean;
  origin?: unknown;
  values?: unknown[];
  keys?: string[];
  input?: unknown;
  note?: string;
}

/** `templates[0].sections[2].label`; the file itself is "(file)". */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};

function reason(issue: Issue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'must be a whole number';
      return `must be ${EXPECTED[String(issue.expected)] ?? String(issue.expected)}, not ${typeName(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `needs at least ${String(issue.minimum)} item(s)`
          : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `may have at most ${String(issue.maximum)} items`
          : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.note === 'No matching discriminator' ? 'has an unknown kind' : 'is not in a form Baton knows';
    case 'invalid_format':
      return 'is not in the expected format';
    case 'unrecognized_keys':
      return `has unknown keys: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_key':
      return 'has a key Baton does not know';
    default:
      return 'is not valid';
  }
}

/**
 * One "path: reason" line per issue, at most `limit` of them (a hostile file can have thousands).
 * Parse with `{ reportInput: true }`: zod drops each issue's input otherwise, and a value of the
 * wrong type would read as missing.
 */
export function describeIssues(issues: readonly unknown[], prefix: readonly PathPart[] = [], limit = 20): string[] {
  const lines = issues.slice(0, limit).map((raw) => {
    const issue = raw as Issue;
    return `${formatPath([...prefix, ...(issue.path ?? [])])}: ${reason(issue)}`;
  });
  if (issues.length > limit) lines.push(`…and ${issues.length - limit} more problem(s)`);
  return lines;
}
