// "Did you mean": the closest candidate by edit distance, when it is close enough to be a typo.

/**
 * Damerau-Levenshtein distance (optimal string alignment): a swap of two letters counts once.
 * Three rolling rows instead of a full matrix: it runs once per unknown name and candidate.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1
  let older = new Array<number>(cols).fill(0) // row i - 2
  let previous = Array.from({ length: cols }, (_, j) => j) // row i - 1
  let current = new Array<number>(cols).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, older[j - 2]! + 1)
      }
      current[j] = best
    }
    ;[older, previous, current] = [previous, current, older]
  }
  return previous[b.length]!
}

/** The closest candidate within a typo's reach (a third of the word, at most 3 edits), if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase()
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (candidate === lower) continue
    // The distance is at least the difference in length: most candidates need no table.
    if (Math.abs(candidate.length - lower.length) > limit) continue
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance <= limit && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** `; did you mean 'x'?` or the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates)
  return match === undefined ? '' : `; did you mean '${match}'?`
}
