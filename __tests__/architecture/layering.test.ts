// Holds src/ to the layering docs/ARCHITECTURE.md describes, by reading the import statements.
// When this fails, either the change reaches across a wall (move the shared code to headers/ or
// the kernel, or pass plain data), or the architecture changed: then change the document and
// the table below together.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { type ImportEdge, importEdges, importsOf, sourceFiles } from './import-graph.js'

const SRC = 'src'

/** The stages of the pipeline, in data-flow order; each sees the others only as types. */
const STAGES = ['policy', 'compile', 'edge-runtime', 'aws', 'verify', 'report', 'csp-preview']
/** Header grammar shared by the stages: depends on nothing but the kernel. */
const SHARED = 'headers'
/** The entry wings: they compose the stages and are imported by nothing in a stage. */
const ACTION = 'action'
const CLI = 'cli'
const EMULATOR = 'emulator'
/** Top-level files that compose the stages (everything else at the top is the kernel). */
const COMPOSERS = [
  'pipeline.ts',
  'pipeline-recovery.ts',
  'pipeline-stages.ts',
  'index.ts',
  'cli.ts'
]

type Layer = 'stage' | 'shared' | 'kernel' | 'composer' | 'action' | 'cli' | 'emulator'

function layerOf(file: string): { layer: Layer; folder: string } {
  const folder = file.includes('/') ? file.split('/')[0] : ''
  if (!folder) return { layer: COMPOSERS.includes(file) ? 'composer' : 'kernel', folder: file }
  if (STAGES.includes(folder)) return { layer: 'stage', folder }
  if (folder === SHARED) return { layer: 'shared', folder }
  if (folder === ACTION) return { layer: 'action', folder }
  if (folder === CLI) return { layer: 'cli', folder }
  if (folder === EMULATOR) return { layer: 'emulator', folder }
  throw new Error(`src/${folder}/ is not in docs/ARCHITECTURE.md: add it there and to this test`)
}

/** Why an import breaks the layering, or undefined when it is allowed. */
/** Files that may `import()` what only the run knows: the runner loads the user's built zip. */
const COMPUTED_IMPORTS = ['edge-runtime/runner.ts']

function violation(edge: ImportEdge): string | undefined {
  if (edge.to === '<computed>') {
    return COMPUTED_IMPORTS.includes(edge.from)
      ? undefined
      : 'an import() of a computed name hides its target from this test: import a literal path'
  }
  if (edge.to.startsWith('@aws-sdk/') && !edge.typeOnly && !edge.from.startsWith('aws/')) {
    return 'only src/aws/ loads the AWS SDK (the pipeline reaches it through aws/stage.ts)'
  }
  if (!edge.to.endsWith('.ts')) return undefined
  const from = layerOf(edge.from)
  const to = layerOf(edge.to)
  if (from.folder === to.folder) return undefined
  if (to.layer === 'action' && edge.from !== 'index.ts')
    return 'only src/index.ts imports src/action/'
  if (to.layer === 'emulator' && from.layer !== 'cli')
    return 'the emulator is a separate wing: only the CLI starts it'
  if (to.layer === 'cli' && edge.from !== 'cli.ts') return 'only src/cli.ts imports src/cli/'
  if (edge.typeOnly) return undefined
  switch (from.layer) {
    case 'kernel':
      return to.layer === 'kernel' ? undefined : 'the kernel imports only the kernel (types aside)'
    case 'shared':
      return to.layer === 'kernel' ? undefined : 'headers/ imports only the kernel (types aside)'
    case 'stage':
      if (to.layer === 'kernel' || to.layer === 'shared') return undefined
      return `stage ${from.folder}/ may use ${to.folder}${to.layer === 'stage' ? '/' : ''} only as types (import type)`
    case 'emulator':
      return ['kernel', 'shared', 'stage'].includes(to.layer) && to.folder !== 'aws'
        ? undefined
        : 'the emulator models AWS: it never uses the action, the pipeline or aws/'
    default:
      return undefined
  }
}

/**
 * Known breaks being removed, each `from -> to`. An entry that no longer occurs fails the test,
 * so the list only shrinks.
 */
const KNOWN_BREAKS: string[] = []

/** Files over 400 lines being split along their concerns (same issue, item 4); only shrinks. */
const KNOWN_LONG: string[] = []

describe('the layering of docs/ARCHITECTURE.md', () => {
  const edges = importEdges(SRC)

  it('finds the imports it judges (the reader is not blind)', () => {
    const pipelineImports = edges.filter((e) => e.from === 'pipeline.ts').map((e) => e.to)
    expect(pipelineImports).toEqual(
      expect.arrayContaining(['policy/read.ts', 'pipeline-stages.ts'])
    )
    const stageImports = edges.filter((e) => e.from === 'pipeline-stages.ts').map((e) => e.to)
    expect(stageImports).toEqual(expect.arrayContaining(['policy/load.ts', 'verify/site.ts']))
    expect(
      edges.some((e) => e.from === 'aws/stage.ts' && e.dynamic && e.to === 'aws/deploy.ts')
    ).toBe(true)
    expect(edges.some((e) => e.typeOnly)).toBe(true)
  })

  it('no stage imports a sibling stage’s code, the kernel and headers/ stand alone', () => {
    const broken = edges
      .map((e) => ({ e, why: violation(e) }))
      .filter((v) => v.why)
      .filter((v) => !KNOWN_BREAKS.includes(`${v.e.from} -> ${v.e.to}`))
      .map((v) => `src/${v.e.from}:${v.e.line} imports src/${v.e.to}: ${v.why}`)
    expect(broken).toEqual([])
  })

  it('lists only known breaks that still occur', () => {
    const occurring = new Set(edges.filter((e) => violation(e)).map((e) => `${e.from} -> ${e.to}`))
    expect(KNOWN_BREAKS.filter((b) => !occurring.has(b))).toEqual([])
  })

  it('reads imports as the compiler does, whatever their layout', () => {
    const text = [
      'export type Local = { n: number }',
      '',
      "import { deploy } from '../aws/deploy.js'",
      "import { type A, type B } from '../aws/types.js'",
      'import {',
      '  c,',
      '  d',
      "} from '../compile/package.js'",
      "export { e } from '../report/terminal.js'",
      "type T = import('../aws/types.js').DeployOutcome",
      "// import { x } from '../aws/fake.js'",
      'const s = "import { y } from \'../aws/string.js\'"',
      'const m = await import(`../aws/${s}.js`)'
    ].join('\n')
    const edges = importsOf('src', 'verify/x.ts', text).map(
      (e) => `${e.line} ${e.to} ${e.typeOnly ? 'type' : e.dynamic ? 'dynamic' : 'code'}`
    )
    expect(edges).toEqual([
      '3 aws/deploy.ts code',
      '4 aws/types.ts type',
      '5 compile/package.ts code',
      '9 report/terminal.ts code',
      '10 aws/types.ts type',
      '13 <computed> dynamic'
    ])
  })

  it('every folder the document names exists', () => {
    const doc = readFileSync('docs/ARCHITECTURE.md', 'utf8')
    const named = new Set([...doc.matchAll(/`src\/([a-z-]+)\/`/g)].map((m) => m[1]))
    const folders = new Set(
      readdirSync(SRC, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    )
    expect([...named].filter((f) => f && !folders.has(f))).toEqual([])
  })

  it('every folder of src/ is one the document describes', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
    const doc = readFileSync('docs/ARCHITECTURE.md', 'utf8')
    for (const folder of folders) {
      expect(() => layerOf(`${folder}/x.ts`)).not.toThrow()
      expect(doc).toContain(`src/${folder}/`)
    }
  })

  it('no source file is over 400 lines (generated files aside)', () => {
    const long = sourceFiles(SRC)
      .filter((f) => !f.endsWith('.generated.ts'))
      .map((f) => ({ f, lines: readFileSync(`${SRC}/${f}`, 'utf8').split('\n').length - 1 }))
      .filter((x) => x.lines > 400)
      .map((x) => x.f)
    expect(long.filter((f) => !KNOWN_LONG.includes(f))).toEqual([])
    // The list only shrinks: a file split since must leave it.
    expect(KNOWN_LONG.filter((f) => !long.includes(f))).toEqual([])
  })

  it('the project stands alone: nothing in src/ cites files outside the repository', () => {
    const outside = sourceFiles(SRC).filter((f) =>
      /\.\.\/shared\/|aws-edge-facts|DESIGN\.md|\bfacts \d+\.\d+/.test(
        readFileSync(`${SRC}/${f}`, 'utf8')
      )
    )
    expect(outside).toEqual([])
  })

  it('every docs/aws-facts.md section the code cites exists', () => {
    const facts = readFileSync('docs/aws-facts.md', 'utf8')
    const sections = new Set([...facts.matchAll(/^## §(\d+)/gm)].map((m) => m[1]))
    const cited = sourceFiles(SRC).flatMap((f) =>
      [
        ...readFileSync(`${SRC}/${f}`, 'utf8').matchAll(/aws-facts\.md((?:[ ,-]*(?:and )?§\d+)+)/g)
      ].flatMap((m) => [...(m[1] ?? '').matchAll(/§(\d+)/g)].map((n) => ({ f, section: n[1] })))
    )
    expect(cited.length).toBeGreaterThan(10)
    expect(cited.filter((c) => !sections.has(c.section ?? ''))).toEqual([])
  })
})
