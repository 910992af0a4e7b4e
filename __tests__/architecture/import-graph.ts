// Reads the import statements of src/ as text, so the architecture test can hold the tree to
// docs/ARCHITECTURE.md without running any of it.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

export interface ImportEdge {
  /** Importing file, relative to src/ (e.g. `aws/deploy.ts`). */
  from: string
  /** Imported file, relative to src/ (`.ts`), or the package name for a bare specifier. */
  to: string
  /** `import type` / `export type`: erased at compile time, so it carries data shapes only. */
  typeOnly: boolean
  /** `import('...')`: loaded when the code runs, not when the module loads. */
  dynamic: boolean
  line: number
}

const STATIC = /^\s*(import|export)\s+(type\s+)?[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm
const BARE = /^\s*import\s+['"]([^'"]+)['"]/gm
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

export function sourceFiles(srcDir: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts')) out.push(relative(srcDir, path))
    }
  }
  walk(srcDir)
  return out.sort()
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** `import { type A, type B } from`: every name is a type, so nothing is loaded at run time. */
function onlyTypeNames(statement: string): boolean {
  const braces = /^\s*(?:import|export)\s*\{([^}]*)\}\s*from/.exec(statement)
  if (!braces) return false
  const names = braces[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
  return names.length > 0 && names.every((n) => n.startsWith('type '))
}

function target(srcDir: string, file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec
  return relative(srcDir, resolve(srcDir, dirname(file), spec)).replace(/\.js$/, '.ts')
}

export function importEdges(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = []
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(join(srcDir, file), 'utf8')
    for (const m of text.matchAll(STATIC)) {
      edges.push({
        from: file,
        to: target(srcDir, file, m[3]),
        typeOnly: Boolean(m[2]) || onlyTypeNames(m[0]),
        dynamic: false,
        line: lineOf(text, m.index)
      })
    }
    for (const m of text.matchAll(BARE)) {
      edges.push({
        from: file,
        to: target(srcDir, file, m[1]),
        typeOnly: false,
        dynamic: false,
        line: lineOf(text, m.index)
      })
    }
    for (const m of text.matchAll(DYNAMIC)) {
      edges.push({
        from: file,
        to: target(srcDir, file, m[1]),
        typeOnly: false,
        dynamic: true,
        line: lineOf(text, m.index)
      })
    }
  }
  return edges
}
