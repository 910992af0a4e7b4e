// The browser trusts the certificates of NODE_EXTRA_CA_CERTS by their public keys (Chrome's
// --ignore-certificate-errors-spki-list), and nothing else. The expected hashes were computed
// independently, the way Chromium's documentation does it:
//   openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
import { describe, expect, it } from '@jest/globals'
import { findBrowser } from '../../src/csp-preview/browser.js'
import { extraCaTrustFlags, spkiHashes, trustFlags } from '../../src/csp-preview/trust.js'
import { EMULATOR_CA_PEM, EMULATOR_LEAF_CERT_PEM } from '../../src/emulator/tls-material.js'

const CA_SPKI = 'uie+nEevj/RE4Y5drkkjBBb5tGUWqHh7tf6Ac9uTPbQ='
const LEAF_SPKI = 'm6kcDZ9Y4mfhYMloTHsEQuMP+ulkSfnYns9zU1mBsDE='

describe('spkiHashes', () => {
  it("gives the SHA-256 of each certificate's SubjectPublicKeyInfo, base64, in file order", () => {
    expect(spkiHashes(EMULATOR_CA_PEM)).toEqual([CA_SPKI])
    expect(spkiHashes(`${EMULATOR_LEAF_CERT_PEM}\n${EMULATOR_CA_PEM}`)).toEqual([
      LEAF_SPKI,
      CA_SPKI
    ])
  })

  it('lists a repeated certificate once and skips what is not a certificate', () => {
    const broken =
      '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----'
    const key = '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----'
    const bundle = ['# company CA', EMULATOR_CA_PEM, broken, key, EMULATOR_CA_PEM].join('\n')
    expect(spkiHashes(bundle)).toEqual([CA_SPKI])
    expect(spkiHashes('')).toEqual([])
  })
})

describe('trustFlags', () => {
  it('is one --ignore-certificate-errors-spki-list flag with the hashes, never the blanket flag', () => {
    expect(trustFlags([CA_SPKI, LEAF_SPKI])).toEqual([
      `--ignore-certificate-errors-spki-list=${CA_SPKI},${LEAF_SPKI}`
    ])
    expect(trustFlags([])).toEqual([])
  })
})

describe('extraCaTrustFlags', () => {
  it('reads the bundle NODE_EXTRA_CA_CERTS names', () => {
    const read = (path: string) => {
      expect(path).toBe('/tmp/ca.pem')
      return EMULATOR_CA_PEM
    }
    expect(extraCaTrustFlags('/tmp/ca.pem', read)).toEqual([
      `--ignore-certificate-errors-spki-list=${CA_SPKI}`
    ])
  })

  it('adds nothing without the variable, for an unreadable file or one without certificates', () => {
    const unreadable = () => {
      throw new Error('ENOENT')
    }
    expect(extraCaTrustFlags(undefined)).toEqual([])
    expect(extraCaTrustFlags('/gone/ca.pem', unreadable)).toEqual([])
    expect(extraCaTrustFlags('/tmp/empty.pem', () => 'no certificates here')).toEqual([])
  })
})

describe('findBrowser passes NODE_EXTRA_CA_CERTS on to the launch', () => {
  const exists = (path: string) => path === '/usr/bin/chromium'
  it('with the variable set, and not without it', () => {
    const env = { PATH: '/usr/bin', NODE_EXTRA_CA_CERTS: '/tmp/ca.pem' }
    expect(findBrowser(undefined, env, 'linux', exists)).toEqual({
      path: '/usr/bin/chromium',
      from: 'PATH',
      extraCaCerts: '/tmp/ca.pem'
    })
    expect(findBrowser(undefined, { PATH: '/usr/bin' }, 'linux', exists)).toEqual({
      path: '/usr/bin/chromium',
      from: 'PATH'
    })
  })
})
