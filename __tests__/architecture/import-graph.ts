// Reads the import statements of src/ with TypeScript's own parser, so the architecture test can
// hold the tree to docs/ARCHITECTURE.md without running any of it, and no import can hide from
// it behind a comment, a string or an unusual layout.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

export interface ImportEdge {
  /** Importing file, relative to src/ (e.g. `aws/deploy.ts`). */
  from: string
  /**
   * Imported file, relative to src/ (`.ts`); the package name for a bare specifier; or
   * `<computed>` for an `import()` whose target is not a plain string.
   */
  to: string
  /** `import type`, `export type`, `import('…').T` in a type: erased, it carries shapes only. */
  typeOnly: boolean
  /** `import('...')`: loaded when the code runs, not when the module loads. */
  dynamic: boolean
  line: number
}

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

function target(srcDir: string, file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec
  return relative(srcDir, resolve(srcDir, dirname(file), spec)).replace(/\.js$/, '.ts')
}

/** `import { type A, type B } from`: every name is a type, so nothing is loaded at run time. */
function onlyTypeNames(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false
  if (clause.isTypeOnly) return true
  if (clause.name) return false
  const bindings = clause.namedBindings
  return (
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  )
}

/** The edges of one file's text; `file` is its path relative to `srcDir`. */
export function importsOf(srcDir: string, file: string, text: string): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const edges: ImportEdge[] = []
  const add = (node: ts.Node, spec: string | undefined, typeOnly: boolean, dynamic: boolean) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
    edges.push({
      from: file,
      to: spec === undefined ? '<computed>' : target(srcDir, file, spec),
      typeOnly,
      dynamic,
      line: line + 1
    })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, onlyTypeNames(node.importClause), false)
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const allTypes =
        node.isTypeOnly ||
        (node.exportClause !== undefined &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((e) => e.isTypeOnly))
      add(node, node.moduleSpecifier.text, allTypes, false)
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument
      const spec =
        ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal) ? arg.literal.text : undefined
      add(node, spec, true, false)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments
      const spec = arg && ts.isStringLiteralLike(arg) ? arg.text : undefined
      add(node, spec, false, true)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return edges
}

export function importEdges(srcDir: string): ImportEdge[] {
  return sourceFiles(srcDir).flatMap((file) =>
    importsOf(srcDir, file, readFileSync(join(srcDir, file), 'utf8'))
  )
}
