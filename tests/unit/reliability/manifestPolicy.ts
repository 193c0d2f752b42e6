// What Baton's manifest may ask for, as one checker: used by the unit test on wxt.config.ts and
// the entrypoints (tests/unit/reliability/manifest.test.ts) and by the e2e isolation test on the
// manifest of the extension it actually loads (tests/e2e/isolation.e2e.test.ts).

/** The only hosts Baton gets up front: the three cloud helpdesks. */
export const CLOUD_HELPDESK_HOSTS = ['https://*.freshdesk.com/*', 'https://*.atlassian.net/*', 'https://*.zendesk.com/*'];
export const PERMISSIONS = ['scripting', 'storage'];
/**
 * Custom helpdesk domains: asked for at run time, one host at a time, when the agent adds one on
 * the options page (permissions.request); nothing is granted by installing.
 */
export const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

export interface ManifestLike {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: ({ resources?: string[]; matches?: string[]; use_dynamic_url?: boolean } | string)[];
  externally_connectable?: unknown;
  [key: string]: unknown;
}

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** A match pattern that reaches every site (any scheme, or any host). */
export function isAllHosts(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^([^:]+):\/\/([^/]*)\//.exec(pattern);
  return !m || m[1] === '*' || m[2] === '*' || m[2] === '';
}

/** Every way `manifest` asks for more than Baton needs; empty when it is the minimum. */
export function manifestViolations(manifest: ManifestLike): string[] {
  const problems: string[] = [];
  if (!same(manifest.permissions, PERMISSIONS)) problems.push(`permissions must be exactly ${PERMISSIONS.join(', ')}: ${JSON.stringify(manifest.permissions)}`);
  if (manifest.optional_permissions?.length) problems.push(`no optional API permissions: ${JSON.stringify(manifest.optional_permissions)}`);
  if (!same(manifest.host_permissions, CLOUD_HELPDESK_HOSTS)) {
    problems.push(`host_permissions must be exactly the cloud helpdesks: ${JSON.stringify(manifest.host_permissions)}`);
  }
  for (const pattern of manifest.host_permissions ?? []) if (isAllHosts(pattern)) problems.push(`host_permissions reach every site: ${pattern}`);
  if (manifest.optional_host_permissions && !same(manifest.optional_host_permissions, OPTIONAL_HOSTS)) {
    problems.push(`optional_host_permissions changed: ${JSON.stringify(manifest.optional_host_permissions)}`);
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const pattern of script.matches ?? []) {
      if (isAllHosts(pattern)) problems.push(`a content script runs on every site: ${pattern}`);
      else if (!CLOUD_HELPDESK_HOSTS.includes(pattern)) problems.push(`a content script runs beyond the cloud helpdesks: ${pattern}`);
    }
  }
  const resources = manifest.web_accessible_resources ?? [];
  const exposed = resources.flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.resources ?? [])));
  if (!same(exposed, ['panel.html'])) problems.push(`web_accessible_resources must expose panel.html only: ${JSON.stringify(exposed)}`);
  for (const entry of resources) {
    if (typeof entry === 'string' || entry.use_dynamic_url !== true) problems.push(`web_accessible_resources without use_dynamic_url: ${JSON.stringify(entry)}`);
  }
  if (manifest.externally_connectable !== undefined) problems.push(`externally_connectable lets pages message Baton: ${JSON.stringify(manifest.externally_connectable)}`);
  return problems;
}
