import { isAbsolute, relative } from 'node:path'

/**
 * A file as annotations, messages and SARIF name it: relative to the repository root when it lies
 * inside it, else as given; forward slashes, no leading `./`. A relative path is already
 * repository-relative and is kept.
 */
export function repoRelative(root: string | undefined, path: string): string {
  let out = path
  if (root && isAbsolute(path)) {
    const rel = relative(root, path)
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) out = rel
  }
  return out.replace(/\\/g, '/').replace(/^\.\//, '')
}
