/** One line of `npm run bench`'s table: a figure, ours, the baseline measured beside it, their ratio. */
export interface BenchRow {
  figure: string
  ours: string
  baseline: string
  ratio: string
}

export type Benchmark = () => Promise<BenchRow[]>
