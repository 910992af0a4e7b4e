// Hostile policy files: a huge file is refused before it is read, and duplicate keys are found
// by a check that stays linear (one Set per mapping), naming keys as the data would.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_POLICY_BYTES, loadPolicy } from '../../src/policy/load.js'
import { editDistance, closest } from '../../src/suggest.js'
import { load } from './helpers.js'

const v1 = 'version: 1\n'

describe('policy file size limit', () => {
  it('refuses a file over 1 MiB without reading it', async () => {
    // A sparse 4 GiB file: reading it would fail (longer than a string can be), so the
    // diagnostic below can only come from the size check made before any read.
    const file = join(mkdtempSync(join(tmpdir(), 'headerguard-limit-')), 'huge.yml')
    const fd = openSync(file, 'w')
    ftruncateSync(fd, 4 * 1024 ** 3)
    closeSync(fd)
    const { policy, diagnostics } = await loadPolicy(file)
    expect(policy).toBeUndefined()
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      rule: 'policy-file-too-large',
      pos: { file, line: 1, col: 1 }
    })
    expect(diagnostics[0]!.message).toContain(`${4 * 1024 ** 3} bytes`)
    expect(diagnostics[0]!.message).toContain('1 MiB')
  })

  it('reads a file of exactly 1 MiB and refuses one byte more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headerguard-limit-'))
    const body = `${v1}headers:\n  x-frame-options: DENY\n`
    const padded = body + '#'.repeat(MAX_POLICY_BYTES - body.length - 1) + '\n'
    expect(Buffer.byteLength(padded)).toBe(MAX_POLICY_BYTES)
    writeFileSync(join(dir, 'at.yml'), padded)
    writeFileSync(join(dir, 'over.yml'), `${padded}\n`)
    const at = await loadPolicy(join(dir, 'at.yml'))
    expect(at.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(at.policy).toBeDefined()
    const over = await loadPolicy(join(dir, 'over.yml'))
    expect(over.diagnostics.map((d) => d.rule)).toEqual(['policy-file-too-large'])
  })

  it('counts bytes, not characters, for policy text', () => {
    // 'é' is two bytes in UTF-8: half a MiB of them is one MiB plus the rest of the text.
    const text = `${v1}# ${'é'.repeat(MAX_POLICY_BYTES / 2)}\n`
    expect(text.length).toBeLessThan(MAX_POLICY_BYTES)
    expect(load(text).diagnostics.map((d) => d.rule)).toEqual(['policy-file-too-large'])
  })
})

describe('duplicate keys', () => {
  it('reports every repeat, each naming the line of the first', () => {
    const { diagnostics } = load(`${v1}headers:\n  a: x\n  a: y\n  a: z\n`)
    const dup = diagnostics.filter((d) => d.rule === 'duplicate-key')
    expect(dup.map((d) => [d.pos.line, d.pos.col, d.message])).toEqual([
      [4, 3, "duplicate key 'a' (first at line 3): a key may appear only once in a mapping"],
      [5, 3, "duplicate key 'a' (first at line 3): a key may appear only once in a mapping"]
    ])
  })

  it('treats 1 and "1" as the same key, as the data would', () => {
    const { diagnostics } = load(`${v1}verify:\n  rules:\n    1: a\n    '1': b\n`)
    expect(diagnostics.filter((d) => d.rule === 'duplicate-key').map((d) => d.pos.line)).toEqual([
      5
    ])
  })

  it('checks flow mappings and nested mappings alike', () => {
    const { diagnostics } = load(`${v1}headers: {a: x, b: {c: 1, c: 2}, a: y}\n`)
    expect(
      diagnostics.filter((d) => d.rule === 'duplicate-key').map((d) => [d.pos.col, d.message])
    ).toEqual([
      [27, "duplicate key 'c' (first at line 2): a key may appear only once in a mapping"],
      [34, "duplicate key 'a' (first at line 2): a key may appear only once in a mapping"]
    ])
  })

  it('finds the same keys at the same positions in a mapping of thousands', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `x-h-${i}: v`)
    names.push('x-h-17: again')
    const { diagnostics } = load(`${v1}headers:\n  ${names.join('\n  ')}\n`)
    const dup = diagnostics.filter((d) => d.rule === 'duplicate-key')
    expect(dup.map((d) => [d.pos.line, d.message])).toEqual([
      [5003, "duplicate key 'x-h-17' (first at line 20): a key may appear only once in a mapping"]
    ])
  })
})

describe('typo suggestions', () => {
  it('computes the optimal-string-alignment distance', () => {
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('abc', '')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('ab', 'ba')).toBe(1) // a swap counts once
    expect(editDistance('ca', 'abc')).toBe(3) // OSA, not unrestricted Damerau
    expect(editDistance('x-frame-options', 'x-frame-options')).toBe(0)
  })

  it('skips candidates too far apart in length, still finding the close one', () => {
    expect(closest('x-frame-optoins', ['x-frame-options', 'x', 'a-very-long-header-name'])).toBe(
      'x-frame-options'
    )
    expect(closest('referer-policy', ['referrer-policy'])).toBe('referrer-policy')
    expect(closest('abc', ['abcdefgh'])).toBeUndefined()
  })
})
