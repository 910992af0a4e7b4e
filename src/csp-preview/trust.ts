// The browser of the CSP preview does not simply trust what the run's Node trusts. Chrome takes
// no extra root per launch; its only stand-in is --ignore-certificate-errors-spki-list, and
// that is no trust anchor: Chromium's IgnoreErrorsCertVerifier
// (https://source.chromium.org/chromium/chromium/src/+/main:services/network/ignore_errors_cert_verifier.cc)
// hashes every certificate the server presents, leaf and intermediates, and on any match
// accepts the connection with no signature, hostname or expiry check. A CA certificate is
// public, so any man in the middle, on any origin the page loads, passes by appending it to its
// own chain. We therefore pass the hashes of the
// NODE_EXTRA_CA_CERTS certificates only when every page to load is on a loopback host (the
// embedded emulator, a local test site), where there is no network path for a man in the
// middle; a private CA for a real site belongs in the browser's trust store. Never the blanket
// --ignore-certificate-errors.
import { X509Certificate, createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g

/** base64(SHA-256(DER SubjectPublicKeyInfo)) of one certificate: the form Chrome's list takes. */
function spkiHash(certificate: X509Certificate): string {
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
 * 127.0.0.0/8, ::1 and localhost (Chrome resolves it to loopback itself, never by DNS). The
 * URL parser has already normalised the host: lower case, `127.1` to `127.0.0.1`, `[::1]`.
 * A trailing dot names the same host. Anything else, intranet addresses included, is a network.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '')
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** Whether there are pages to load and every one is on a loopback host. */
export function allLoopback(pages: readonly string[]): boolean {
  return (
    pages.length > 0 &&
    pages.every((page) => {
      try {
        return isLoopbackHost(new URL(page).hostname)
      } catch {
        return false
      }
    })
  )
}

/**
 * Said once per run when NODE_EXTRA_CA_CERTS is set but a page is not on loopback, so its
 * certificates are not passed to the browser; undefined when there is nothing to say.
 */
export function extraCaNote(
  file: string | undefined,
  pages: readonly string[]
): string | undefined {
  if (!file || allLoopback(pages)) return undefined
  return `the browser does not trust NODE_EXTRA_CA_CERTS (${file}) for pages off loopback: a site behind a private CA needs that CA in the browser's trust store (Chrome or Chromium on Linux, its NSS database: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n name -i ca.pem)`
}

/**
 * The flags for the bundle NODE_EXTRA_CA_CERTS names, when every page is on loopback (none
 * otherwise: see the top of this file). An unreadable file gives none: Node has already
 * warned about it when the process started ("Ignoring extra certs from …"), and an
 * https page that needed it then fails to load with the certificate error, said on that page.
 */
export function extraCaTrustFlags(
  file: string | undefined,
  pages: readonly string[],
  read: (path: string) => string = (path) => readFileSync(path, 'utf8')
): string[] {
  if (!file || !allLoopback(pages)) return []
  let pem: string
  try {
    pem = read(file)
  } catch {
    return []
  }
  return trustFlags(spkiHashes(pem))
}
