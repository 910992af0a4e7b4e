/** headerguard's version. Kept equal to package.json by a test: the bundle cannot read package.json at run time. */
export const HEADERGUARD_VERSION = '0.1.0'
