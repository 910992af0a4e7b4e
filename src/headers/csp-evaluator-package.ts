// The one file that imports Google's CSP Evaluator (the csp_evaluator package, Apache-2.0).
// Only csp-evaluator.ts reaches it, through import(), so a run that judges no CSP never loads
// it and the bundles keep it in a chunk of its own.
export { CspEvaluator, DEFAULT_CHECKS } from 'csp_evaluator/dist/evaluator.js'
export { CspParser } from 'csp_evaluator/dist/parser.js'
export { Severity, Type } from 'csp_evaluator/dist/finding.js'
export { checkStrictDynamicNotStandalone } from 'csp_evaluator/dist/checks/strictcsp_checks.js'
