// The middle of a benchmark's rounds: one slow round on a shared machine does not move it.
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}
