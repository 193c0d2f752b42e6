// Self-signed TLS certificate for the fixture server, made at test time with openssl (no
// cert is committed, none expires in the repo). Chromium is told to accept it with
// --ignore-certificate-errors (the extension's service worker ignores Playwright's
// ignoreHTTPSErrors) and pages via ignoreHTTPSErrors.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Host names the fixture server answers for; one SAN entry each. */
export const FIXTURE_CERT_HOSTS = [
  '*.zendesk.com',
  '*.freshdesk.com',
  '*.atlassian.net',
  // Stands in for a customer's own domain (a Freshdesk custom domain, Jira Data Center).
  '*.example.test',
  'localhost',
] as const;

export interface FixtureCert {
  key: string;
  cert: string;
}

let cached: FixtureCert | undefined;

/** Creates (once per process) a self-signed cert/key pair for the fixture hosts. */
export function makeFixtureCert(hosts: readonly string[] = FIXTURE_CERT_HOSTS): FixtureCert {
  if (cached && hosts === FIXTURE_CERT_HOSTS) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'baton-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    const configPath = join(dir, 'openssl.cnf');
    // A config file rather than -addext: works with both OpenSSL 1.1 and 3.x.
    const san = [...hosts.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    writeFileSync(
      configPath,
      [
        '[req]',
        'distinguished_name = dn',
        'x509_extensions = v3',
        'prompt = no',
        '[dn]',
        'CN = baton-fixtures',
        '[v3]',
        `subjectAltName = ${san}`,
        'basicConstraints = CA:FALSE',
        'keyUsage = digitalSignature, keyEncipherment',
        'extendedKeyUsage = serverAuth',
        '',
      ].join('\n'),
    );
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
        '-keyout', keyPath, '-out', certPath, '-config', configPath,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const result = { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
    if (hosts === FIXTURE_CERT_HOSTS) cached = result;
    return result;
  } catch (error) {
    throw new Error(
      `Could not create the fixture TLS certificate with openssl (is openssl installed?): ${String(error)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
