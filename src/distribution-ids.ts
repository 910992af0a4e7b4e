// The one normalisation of a list of CloudFront distribution ids, for the `distribution-id`
// input and the policy's `cloudfront.distribution` alike: a repeated id would deploy the same
// distribution twice in one run, racing itself on the ETag and losing the rollback's record of
// what was there before.

/** Trimmed, empty items dropped, each id once, in first-seen order. */
export function normaliseDistributionIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0))]
}
