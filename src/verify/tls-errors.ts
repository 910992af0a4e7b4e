// TLS failures in words a site owner acts on, instead of OpenSSL's text
// ("write EPROTO 80...:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:...").
// A certificate that is wrong now is wrong on the next attempt too: these are never retried.

/** Node's error codes for a certificate the client cannot accept (tls, OpenSSL X509_V_ERR_*). */
const CERTIFICATE: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'is self-signed, so no browser trusts it',
  SELF_SIGNED_CERT_IN_CHAIN: 'chains to a self-signed root that is not a trusted CA',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'is signed by an issuer the client does not know: the server must send the intermediate certificates, or the CA is private',
  UNABLE_TO_GET_ISSUER_CERT:
    'is signed by an issuer the client does not know: the server must send the intermediate certificates, or the CA is private',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'is signed by an issuer the client does not know: the server must send the intermediate certificates, or the CA is private',
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not valid yet (its notBefore date is in the future)',
  CERT_REVOKED: 'has been revoked',
  CERT_SIGNATURE_FAILURE: 'has a signature that does not verify',
  CERT_UNTRUSTED: 'is not trusted for serving websites',
  ERR_TLS_CERT_ALTNAME_INVALID: 'does not name this host (subject alternative names)'
}

/** OpenSSL reason strings worth a sentence of their own (the rest: "the TLS handshake failed"). */
const HANDSHAKE: Array<[RegExp, string]> = [
  [
    /wrong version number|packet length too long|http request/i,
    'the server did not answer in TLS on this port (is it an http:// port?)'
  ],
  [
    /unsupported protocol|no protocols available/i,
    'the server only offers TLS versions Node refuses (TLS 1.0/1.1?)'
  ],
  [
    /alert handshake failure|no shared cipher|sslv3 alert/i,
    'the server refused the TLS handshake (no protocol or cipher in common, or no certificate for this host name: SNI)'
  ],
  [/unrecognized name/i, 'the server has no certificate for this host name (SNI)']
]

export interface TlsProblem {
  message: string
  /** A certificate is judged the same on every attempt; a dropped handshake may not be. */
  retryable: boolean
}

/** The TLS problem behind a request error, in plain words; undefined when it is not one. */
export function tlsProblem(error: unknown, url: string): TlsProblem | undefined {
  const code = (error as { code?: unknown }).code
  const text = error instanceof Error ? error.message : String(error)
  let host = url
  try {
    host = new URL(url).host
  } catch {
    // keep the text as given
  }
  if (typeof code === 'string' && Object.hasOwn(CERTIFICATE, code)) {
    return {
      message: `TLS certificate error: the certificate of ${host} ${CERTIFICATE[code]} (${code})`,
      retryable: false
    }
  }
  const isTls =
    code === 'EPROTO' ||
    (typeof code === 'string' && code.startsWith('ERR_SSL_')) ||
    /SSL routines|ssl3_|tls_/i.test(text)
  if (!isTls) return undefined
  const known = HANDSHAKE.find(([pattern]) => pattern.test(text))
  return {
    message: `TLS handshake with ${host} failed: ${known ? known[1] : 'the TLS handshake failed'}${typeof code === 'string' ? ` (${code})` : ''}`,
    retryable: false
  }
}
