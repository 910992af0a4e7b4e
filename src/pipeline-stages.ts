// The stages' code the pipeline runs once there is a policy to check, gathered in one module
// that pipeline.ts imports lazily: one chunk in the bundle, so the header grammar the stages
// share is not copied into a chunk per stage, and a run that fails on its policy file (or
// before it) loads none of it.
export { checkPolicyText } from './policy/load.js'
export { buildEdgePackage } from './compile/package.js'
export { comparePackages } from './compile/header-diff.js'
export { verifySite } from './verify/site.js'
export { verifyPreviewed } from './verify/preview.js'
export { openEdgePreview } from './edge-runtime/preview.js'
export { trackCspChanges } from './csp-preview/decide.js'
export { planCspPreview } from './csp-preview/step.js'
