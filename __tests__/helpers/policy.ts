// The one way tests make a ResolvedPolicy: from policy-file text, through the real loader, so a
// fixture can never hold what the loader would refuse or resolve differently. A fixture with an
// error fails the test that made it, with the loader's own positioned messages.
import { formatDiagnostic, hasErrors } from '../../src/diagnostics.js'
import { loadPolicyText } from '../../src/policy/load.js'
import type { ResolvedPolicy } from '../../src/policy/types.js'

export function policyFromText(
  text: string,
  file = '.github/security-headers.yml'
): ResolvedPolicy {
  const { policy, diagnostics } = loadPolicyText(text, file)
  if (!policy || hasErrors(diagnostics)) {
    throw new Error(`test policy has errors:\n${diagnostics.map(formatDiagnostic).join('\n')}`)
  }
  return policy
}
