import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  INPUT,
  readSettings,
  parseDuration,
  parseBehaviors,
  type InputName
} from '../../src/settings.js'
import { InputError } from '../../src/errors.js'
import { load } from '../policy/helpers.js'

function settingsFrom(inputs: Partial<Record<InputName, string>>) {
  return readSettings((name) => inputs[name] ?? '')
}

/** The `default:` of each input in action.yml, as the runner would pass it. */
function actionDefaults(): Map<string, string> {
  const doc = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out = new Map<string, string>()
  for (const [name, input] of Object.entries(doc.inputs)) {
    if (input.default !== undefined) out.set(name, String(input.default))
  }
  return out
}

describe('distribution ids', () => {
  it('de-duplicates the input exactly as the policy file list is (one normalisation)', () => {
    const input = settingsFrom({
      'distribution-id': 'EDFDVBD6EXAMPLE, E2QWRUHEXAMPLE,EDFDVBD6EXAMPLE\n E2QWRUHEXAMPLE ,'
    }).distributionIds
    expect(input).toEqual(['EDFDVBD6EXAMPLE', 'E2QWRUHEXAMPLE'])
    const policy = load(
      'version: 1\ncloudfront:\n  distribution: [EDFDVBD6EXAMPLE, E2QWRUHEXAMPLE, EDFDVBD6EXAMPLE, E2QWRUHEXAMPLE]\n'
    ).policy
    expect(policy?.cloudfront.distributions).toEqual(input)
  })
})

describe('readSettings', () => {
  it('falls back to exactly the defaults action.yml declares (one source of truth, read from the file)', () => {
    const declared = actionDefaults()
    // Only expressions the runner evaluates (`${{ github.token }}`) cannot be mirrored.
    const literal = [...declared].filter(([, value]) => !value.includes('${{'))
    expect(literal.map(([name]) => name)).toEqual(
      expect.arrayContaining(['policy', 'mode', 'wait-timeout', 'poll-interval', 'fail-on'])
    )
    const unset = settingsFrom({})
    for (const [name, value] of literal) {
      // Setting an input to its declared default must change nothing.
      expect({ name, settings: settingsFrom({ [name]: value }) }).toEqual({ name, settings: unset })
    }
  })

  it('knows every input action.yml declares, and no other', () => {
    const doc = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }
    expect(Object.values(INPUT).sort()).toEqual(Object.keys(doc.inputs).sort())
  })

  it('reads lists, durations and booleans in every accepted spelling', () => {
    const s = settingsFrom({
      'distribution-id': 'E2QWRUHEXAMPLE, EDFDVBD6EXAMPLE',
      url: 'https://a.example.com\nhttps://b.example.com/x',
      'wait-timeout': '90s',
      'poll-interval': '2',
      invalidate: '/index.html, /assets/*',
      'rollback-on-failure': 'FALSE',
      behaviors: '/api/*, /static/*',
      'fail-on': 'warning'
    })
    expect(s.distributionIds).toEqual(['E2QWRUHEXAMPLE', 'EDFDVBD6EXAMPLE'])
    expect(s.urls).toEqual(['https://a.example.com', 'https://b.example.com/x'])
    expect(s.waitTimeoutMs).toBe(90_000)
    expect(s.pollIntervalMs).toBe(2_000)
    expect(s.invalidate).toEqual(['/index.html', '/assets/*'])
    expect(s.rollbackOnFailure).toBe(false)
    expect(s.behaviors).toEqual({ kind: 'patterns', patterns: ['/api/*', '/static/*'] })
    expect(s.failOn).toBe('warning')
    expect(settingsFrom({ invalidate: 'false' }).invalidate).toBe(false)
    expect(settingsFrom({ 'prune-versions': '3' }).pruneKeep).toBe(3)
    expect(settingsFrom({}).pruneKeep).toBeUndefined()
    expect(settingsFrom({}).cspPreview).toBe('auto')
    expect(settingsFrom({ 'csp-preview': 'true' }).cspPreview).toBe('always')
    expect(settingsFrom({ 'csp-preview': 'false' }).cspPreview).toBe('never')
    expect(() => settingsFrom({ 'csp-preview': 'sometimes' })).toThrow(
      "Input 'csp-preview' has an invalid value 'sometimes': use auto, true or false"
    )
    expect(settingsFrom({ 'browser-path': '/opt/chrome/chrome' }).browserPath).toBe(
      '/opt/chrome/chrome'
    )
    expect(settingsFrom({ behaviors: 'all' }).behaviors).toEqual({ kind: 'all' })
    expect(settingsFrom({ behaviors: '*' }).behaviors).toEqual({ kind: 'default' })
  })

  it.each<[Partial<Record<InputName, string>>, RegExp]>([
    [
      { mode: 'yolo' },
      /Input 'mode' has an invalid value 'yolo': use one of auto, plan, deploy, check/
    ],
    [{ 'wait-timeout': 'soon' }, /Input 'wait-timeout' .* 'soon'.*90s, 30m or 1h/],
    [{ 'wait-timeout': '0' }, /'wait-timeout'.*above 0/],
    [{ 'poll-interval': '0' }, /'poll-interval'.*between 0.1 and 600/],
    [{ comment: 'yes' }, /Input 'comment' has an invalid value 'yes': use true or false/],
    [{ 'distribution-id': 'e2qwruhexample' }, /'distribution-id'.*'e2qwruhexample'.*upper-case/],
    [{ 'role-arn': 'edge-role' }, /'role-arn'.*IAM role ARN/],
    // the same shape as the policy's cloudfront.distribution (aws-names.ts): too short for either
    [{ 'distribution-id': 'E1234567' }, /'distribution-id'.*'E1234567'.*10 to 20/],
    [{ 'role-arn': 'arn:aws:iam::123456789012:role/' }, /'role-arn'.*IAM role ARN/],
    [{ url: 'www.example.com' }, /Input 'url' .*'www.example.com': not a URL/],
    [{ url: 'ftp://example.com' }, /only http:\/\/ and https:\/\//],
    [{ invalidate: 'index.html' }, /'invalidate'.*start with \//],
    [{ behaviors: '*, /api/*' }, /'behaviors'.*stand alone/],
    [{ 'prune-versions': '-1' }, /'prune-versions'.*whole number/],
    [{ 'function-name': 'bad_name!!' }, /'function-name'.*1 to 64 letters/],
    [{ 'function-name': 'arn:aws:lambda:us-east-1:1:function:x' }, /'function-name'.*not an ARN/]
  ])('rejects %j with a message naming the input and the fix', (inputs, message) => {
    expect(() => settingsFrom(inputs)).toThrow(InputError)
    expect(() => settingsFrom(inputs)).toThrow(message)
  })
})

describe('parseDuration', () => {
  it('reads bare numbers in the input unit and explicit units', () => {
    expect(parseDuration('wait-timeout', '30', 'm')).toBe(1_800_000)
    expect(parseDuration('wait-timeout', '1h', 'm')).toBe(3_600_000)
    expect(parseDuration('poll-interval', '10s', 's')).toBe(10_000)
    expect(parseDuration('poll-interval', '250ms', 's')).toBe(250)
    expect(parseDuration('poll-interval', '0.5', 's')).toBe(500)
  })
})

describe('parseBehaviors', () => {
  it('keeps path patterns in order', () => {
    expect(parseBehaviors('/b/*,/a/*')).toEqual({ kind: 'patterns', patterns: ['/b/*', '/a/*'] })
  })
})
