import { isAbsolute, relative } from 'node:path'

/**
 * A path relative to the repository root when it lies inside it (as annotations and messages
 * name files), else as given.
 */
export function repoRelative(root: string, path: string): string {
  const rel = relative(root, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}
