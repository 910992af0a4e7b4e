// The browser trusts what the run's Node trusts: the certificates in NODE_EXTRA_CA_CERTS (a
// company CA, the emulator's test CA), so the preview loads the same https pages verify
// fetched. Chrome takes no extra root per launch; its narrow stand-in is
// --ignore-certificate-errors-spki-list: a certificate error is ignored only when the chain
// the server presents contains a certificate whose public key is on the list. Never the
// blanket --ignore-certificate-errors.
import { X509Certificate, createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g

/** base64(SHA-256(DER SubjectPublicKeyInfo)) of one certificate: the form Chrome's list takes. */
export function spkiHash(certificate: X509Certificate): string {
  const spki = certificate.publicKey.export({ type: 'spki', format: 'der' })
  return createHash('sha256').update(spki).digest('base64')
}

/**
 * The SPKI hash of every certificate in a PEM bundle, once each, in file order. A block that
 * is not a certificate is skipped, as Node skips it when it reads NODE_EXTRA_CA_CERTS.
 */
export function spkiHashes(pem: string): string[] {
  const hashes = new Set<string>()
  for (const block of pem.match(PEM_CERTIFICATE) ?? []) {
    try {
      hashes.add(spkiHash(new X509Certificate(block)))
    } catch {
      continue
    }
  }
  return [...hashes]
}

/** The launch flag that lets exactly these keys vouch for a chain; none for an empty list. */
export function trustFlags(hashes: readonly string[]): string[] {
  return hashes.length > 0 ? [`--ignore-certificate-errors-spki-list=${hashes.join(',')}`] : []
}

/**
 * The flags for the bundle NODE_EXTRA_CA_CERTS names. An unreadable file gives none: Node has
 * already warned about it when the process started ("Ignoring extra certs from …"), and an
 * https page that needed it then fails to load with the certificate error, said on that page.
 */
export function extraCaTrustFlags(
  file: string | undefined,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8')
): string[] {
  if (!file) return []
  let pem: string
  try {
    pem = read(file)
  } catch {
    return []
  }
  return trustFlags(spkiHashes(pem))
}
