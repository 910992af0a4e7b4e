// verify/'s public surface, under the name the pipeline imports.
export { verifySite } from './site.js'
export { judgeResponse, judgeHttpRedirect } from './check.js'
export { gradeSite, gradeForScore, ALGORITHM_VERSION } from './grade.js'
export type * from './types.js'
