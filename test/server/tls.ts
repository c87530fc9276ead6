import { X509Certificate, createHash } from 'node:crypto';
import { generate } from 'selfsigned';

export const CERT_HOSTS = ['status.claude.com', 'anthropic.statuspage.io', 'claude.ai', 'localhost'];
const CERT_IPS = ['127.0.0.1', '::1'];
const DAY = 86_400_000;

export interface TlsMaterial {
  key: string;
  cert: string;
  spkiFingerprint: string;
}

let made: Promise<TlsMaterial> | undefined;

/** One self-signed certificate per process (servers started by the same tests share it); never written to disk. */
export function tlsMaterial(): Promise<TlsMaterial> {
  made ??= makeTlsMaterial(Date.now());
  return made;
}

async function makeTlsMaterial(now: number): Promise<TlsMaterial> {
  const pems = await generate([{ name: 'commonName', value: 'status.claude.com' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    // A day of slack either side of now so clock skew between processes cannot make it "not yet valid".
    notBeforeDate: new Date(now - DAY),
    notAfterDate: new Date(now + 30 * DAY),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...CERT_HOSTS.map((value) => ({ type: 2 as const, value })),
          ...CERT_IPS.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert, spkiFingerprint: spkiFingerprint(pems.cert) };
}

export function spkiFingerprint(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
