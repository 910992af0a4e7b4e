// ajv's options for the policy schema, shared by the build-time compiler
// (scripts/generate-schema-validator.ts) and the tests that compare against a live compile.
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictTypes: false,
  allowUnionTypes: true,
  allowMatchingProperties: true
} as const
