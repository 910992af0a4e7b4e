// The MDN HTTP Observatory grade (scoring algorithm version 6), computed locally from the
// responses verify already has. Shown beside the policy verdict, never instead of it.
//
// Read from the public mdn/mdn-http-observatory repository:
//   src/scanner/index.js              base 100; bonuses only when the score without them is >= 90
//   src/grader/grader.js, charts.js   score -> grade (round down to a multiple of 5), modifiers
//   src/analyzer/tests/*.js           csp, cookies, cors, redirection, referrer-policy,
//                                     strict-transport-security, subresource-integrity,
//                                     x-content-type-options, x-frame-options,
//                                     cross-origin-resource-policy, cross-origin-opener-policy,
//                                     cross-origin-embedder-policy
//   src/analyzer/cspParser.js         CSP parsing (sources lowercased, duplicate directives invalid
//                                     except report-uri/report-to)
//   test/scanner.test.js              algorithmVersion 6, 12 tests
// and the threads that changed the table: PR #332 (v5: X-Frame-Options DENY/SAMEORIGIN +5),
// PR #498 and issues #410/#556 (v6: COOP and COEP, +10 for isolating values, -5 when invalid),
// PR #151 (duplicate report-* directives: 0), issue #5 (report-only CSP: -25).
//
// Scored here: every test that needs only response headers and the redirect chain.
// Not scored (modifier 0, listed in `notScored`):
//   - subresource-integrity: needs the HTML body and its <script> tags;
//   - cross-origin-resource-sharing: needs a second request with a forged Origin header, which
//     would pollute the CDN cache key; ACAO `*` (0) is still recognised;
//   - the HSTS preload list (hsts-preloaded +5, redirection-all-redirects-preloaded): needs the
//     Chromium preload list; a preloaded site is graded on its header like any other;
//   - <meta http-equiv> CSP and Referrer-Policy: need the HTML body.
// An http:// base URL is graded as a site without HTTPS, as the Observatory would grade it.
import { cookiesTest } from './observatory/cookies.js'
import {
  type GradeInput,
  type ObservatoryGrade,
  type ObservatoryTest,
  test
} from './observatory/common.js'
import { cspTest } from './observatory/csp.js'
import {
  corpTest,
  corsTest,
  hstsTest,
  redirectionTest,
  referrerTest,
  tokenPolicyTest,
  xctoTest,
  xfoTest
} from './observatory/headers.js'
import {
  ALGORITHM_VERSION,
  GRADE_ORDER,
  gradeForScore,
  MINIMUM_SCORE_FOR_EXTRA_CREDIT
} from './observatory/scoring.js'

export type { GradeInput, ObservatoryGrade, ObservatoryTest } from './observatory/common.js'
export { ALGORITHM_VERSION, gradeForScore, MODIFIERS } from './observatory/scoring.js'

/** The Observatory grade of one site from its responses. */
export function gradeSite(input: GradeInput): ObservatoryGrade {
  const csp = cspTest(input.auto)
  const hsts = hstsTest(input.https)
  const tests: ObservatoryTest[] = [
    csp.test,
    cookiesTest(input, hsts.pass),
    corsTest(input.auto),
    redirectionTest(input.httpChain),
    referrerTest(input.auto),
    hsts,
    test('subresource-integrity', 'sri-not-scored', true, false),
    xctoTest(input.auto),
    xfoTest(input.auto, csp.directives),
    corpTest(input.auto),
    tokenPolicyTest(input.auto, 'cross-origin-opener-policy', 'coop', {
      'same-origin': 'same-origin',
      'same-origin-allow-popups': 'same-origin-allow-popups',
      'noopener-allow-popups': 'noopener-allow-popups',
      'unsafe-none': 'unsafe-none'
    }),
    tokenPolicyTest(input.auto, 'cross-origin-embedder-policy', 'coep', {
      'require-corp': 'require-corp',
      credentialless: 'credentialless',
      'unsafe-none': 'unsafe-none'
    })
  ]
  const withExtraCredit = 100 + tests.reduce((sum, t) => sum + t.modifier, 0)
  const uncurved = 100 + tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 0)
  const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved, 0)
  return {
    url: input.url,
    algorithmVersion: ALGORITHM_VERSION,
    score,
    grade: gradeForScore(score),
    tests,
    notScored: tests.filter((t) => !t.scored).map((t) => t.name)
  }
}

/** The weakest of several grades (the site is as strong as its weakest host). */
export function weakest(grades: readonly ObservatoryGrade[]): ObservatoryGrade | undefined {
  return [...grades].sort(
    (a, b) => GRADE_ORDER.indexOf(b.grade) - GRADE_ORDER.indexOf(a.grade) || a.score - b.score
  )[0]
}
