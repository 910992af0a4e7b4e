// The browser accepts the certificates of NODE_EXTRA_CA_CERTS by their public keys (Chrome's
// --ignore-certificate-errors-spki-list) only when every page is on loopback: the flag accepts
// any chain that merely contains one of them, so off loopback it would let any man in the
// middle through (trust.ts). The expected hashes were computed
// independently, the way Chromium's documentation does it:
//   openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
import { describe, expect, it } from '@jest/globals'
import { findBrowser } from '../../src/csp-preview/browser.js'
import { launchArgs } from '../../src/csp-preview/launch.js'
import {
  allLoopback,
  extraCaNote,
  extraCaTrustFlags,
  isLoopbackHost,
  spkiHashes,
  trustFlags
} from '../../src/csp-preview/trust.js'
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

const LOOPBACK = [
  'https://127.0.0.1:8443/',
  'http://127.5.5.5/x',
  'https://127.1/',
  'https://[::1]:9000/',
  'http://[0:0:0:0:0:0:0:1]/',
  'https://localhost/',
  'https://LOCALHOST./'
]
const NETWORK = [
  'https://example.com/',
  'https://10.0.0.1/',
  'https://192.168.1.1/',
  'https://128.0.0.1/',
  'https://[::2]/',
  'https://[::ffff:127.0.0.1]/',
  'https://localhost.example.com/',
  'https://127.0.0.1.example.com/',
  'https://mylocalhost/'
]

describe('the loopback decision', () => {
  it('takes 127.0.0.0/8, ::1 and localhost (any case, trailing dot) as loopback, and every other host, intranet addresses and look-alikes included, as a network one', () => {
    const decide = (url: string) => [url, isLoopbackHost(new URL(url).hostname)]
    expect(LOOPBACK.map(decide)).toEqual(LOOPBACK.map((url) => [url, true]))
    expect(NETWORK.map(decide)).toEqual(NETWORK.map((url) => [url, false]))
  })

  it('applies to a page list only when every page is on loopback, and there is one', () => {
    expect(allLoopback(['https://127.0.0.1:1/', 'http://localhost:2/a', 'https://[::1]/'])).toBe(
      true
    )
    expect(allLoopback(['https://127.0.0.1:1/', 'https://example.com/'])).toBe(false)
    expect(allLoopback(['not a url'])).toBe(false)
    expect(allLoopback([])).toBe(false)
  })
})

describe('extraCaTrustFlags', () => {
  const read = (path: string) => {
    expect(path).toBe('/tmp/ca.pem')
    return EMULATOR_CA_PEM
  }

  it('reads the bundle NODE_EXTRA_CA_CERTS names when every page is on loopback', () => {
    expect(
      extraCaTrustFlags('/tmp/ca.pem', ['https://127.0.0.1:1/', 'https://127.0.0.1:1/shop'], read)
    ).toEqual([`--ignore-certificate-errors-spki-list=${CA_SPKI}`])
  })

  it('adds nothing when any page is off loopback', () => {
    expect(extraCaTrustFlags('/tmp/ca.pem', ['https://www.example.com/'], read)).toEqual([])
    expect(
      extraCaTrustFlags('/tmp/ca.pem', ['https://127.0.0.1:1/', 'https://10.0.0.1/'], read)
    ).toEqual([])
  })

  it('adds nothing without the variable, for an unreadable file or one without certificates', () => {
    const unreadable = () => {
      throw new Error('ENOENT')
    }
    const pages = ['https://127.0.0.1:1/']
    expect(extraCaTrustFlags(undefined, pages)).toEqual([])
    expect(extraCaTrustFlags('/gone/ca.pem', pages, unreadable)).toEqual([])
    expect(extraCaTrustFlags('/tmp/empty.pem', pages, () => 'no certificates here')).toEqual([])
  })
})

describe('the launch args', () => {
  const choice = { path: '/usr/bin/chromium', from: 'PATH', extraCaCerts: '/tmp/ca.pem' }
  const read = () => EMULATOR_CA_PEM
  const trust = (args: string[]) => args.filter((a) => a.startsWith('--ignore-certificate-errors'))

  it('carry the SPKI list for loopback pages only, and never the blanket flag', () => {
    expect(trust(launchArgs(choice, ['https://127.0.0.1:1/'], read))).toEqual([
      `--ignore-certificate-errors-spki-list=${CA_SPKI}`
    ])
    expect(trust(launchArgs(choice, ['https://shop.example.com/'], read))).toEqual([])
    expect(trust(launchArgs(choice, ['https://127.0.0.1:1/', 'https://10.0.0.1/'], read))).toEqual(
      []
    )
    expect(
      trust(launchArgs({ path: choice.path, from: 'PATH' }, ['https://127.0.0.1:1/']))
    ).toEqual([])
    expect(launchArgs(choice, ['https://shop.example.com/'], read)).toContain('--no-first-run')
  })
})

describe('the note on NODE_EXTRA_CA_CERTS off loopback', () => {
  it('says how to install the CA in the browser, only when the variable is set and a page is off loopback', () => {
    const note = extraCaNote('/tmp/ca.pem', ['https://127.0.0.1:1/', 'https://shop.example.com/'])
    expect(note).toContain('/tmp/ca.pem')
    expect(note).toContain('certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n name -i ca.pem')
    expect(extraCaNote('/tmp/ca.pem', ['https://127.0.0.1:1/'])).toBeUndefined()
    expect(extraCaNote(undefined, ['https://shop.example.com/'])).toBeUndefined()
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
