// The policy file's JSON Schema (draft 2020-12). It drives ajv's structural checks and the
// editors' autocompletion; schema/security-headers.schema.json is this object written out
// (a test keeps the two identical). Value syntax (CSP, HSTS, ...) is checked in code, where
// the messages can be precise; patterns here carry a `title` that names what is expected.
import { AWS_NAMES } from '../aws-names.js'
import { CSP_DIRECTIVES } from '../headers/csp.js'
import { CSP_EVALUATOR_CHECKS } from '../headers/csp-evaluator.js'
import { DEFAULT_RUNTIME, EDGE_RUNTIMES } from '../lambda-runtimes.js'

export const SCHEMA_ID =
  'https://github.com/headerguard/headerguard/schema/security-headers.schema.json'

/** `content-security-policy` -> `^[Cc][Oo]...$`: JSON Schema regexes have no case-insensitive flag. */
function anyCase(name: string): string {
  const letters = [...name].map((c) => (/[a-z]/.test(c) ? `[${c.toUpperCase()}${c}]` : c))
  return `^${letters.join('')}$`
}

const stringOrList = (description: string): Record<string, unknown> => ({
  description,
  type: ['string', 'array'],
  minLength: 1,
  items: { type: 'string', minLength: 1 }
})

const condition = {
  description: 'Apply the header only to responses that match every condition given.',
  type: 'object',
  additionalProperties: false,
  properties: {
    'content-type': stringOrList(
      'Media type(s) without parameters, e.g. text/html or text/*. A response without Content-Type does not match.'
    ),
    status: {
      description: 'Status code(s): 404, "2xx", "200-399", or a list of these.',
      type: ['integer', 'string', 'array'],
      minimum: 100,
      maximum: 599,
      items: { type: ['integer', 'string'] },
      examples: ['2xx', '200-399', 404]
    }
  }
}

const headerObjectProperties = {
  value: {
    description: 'The header value, sent exactly as written.',
    type: ['string', 'number']
  },
  override: {
    description:
      "true (default): replace the origin's value; false: keep the origin's value when it sent one.",
    type: 'boolean',
    default: true
  },
  when: { $ref: '#/$defs/condition' }
}

const directiveValue = {
  description:
    'Source expressions, e.g. ["\'self\'", "https://cdn.example.com"]; true or [] for a directive without value.',
  type: ['array', 'string', 'boolean'],
  items: { type: 'string', minLength: 1 }
}

const headerValue = {
  description:
    'A string (the value), null (do not send this header here: cancels a preset or inherited value), or { value, override, when }.',
  type: ['string', 'number', 'null', 'object'],
  additionalProperties: false,
  properties: headerObjectProperties
}

const cspHeaderValue = {
  description:
    'A CSP string, null, or { value | directives, override, when }. `directives` is a map from directive name to its sources; both forms normalise to the same canonical string.',
  type: ['string', 'null', 'object'],
  additionalProperties: false,
  properties: {
    ...headerObjectProperties,
    directives: {
      description: 'The policy as a map: directive name -> list of sources.',
      type: 'object',
      minProperties: 1,
      properties: Object.fromEntries(
        CSP_DIRECTIVES.map((name) => [name, { $ref: '#/$defs/cspDirectiveValue' }])
      ),
      additionalProperties: { $ref: '#/$defs/cspDirectiveValue' }
    }
  }
}

const knownHeaders: Record<string, { description: string; examples: string[] }> = {
  'strict-transport-security': {
    description:
      'HSTS: max-age in seconds (required); includeSubDomains; preload needs both and max-age >= 31536000.',
    examples: [
      'max-age=63072000; includeSubDomains; preload',
      'max-age=31536000; includeSubDomains'
    ]
  },
  'x-content-type-options': { description: 'Only nosniff is defined.', examples: ['nosniff'] },
  'x-frame-options': {
    description: 'DENY or SAMEORIGIN (ALLOW-FROM is obsolete: use CSP frame-ancestors).',
    examples: ['DENY', 'SAMEORIGIN']
  },
  'referrer-policy': {
    description:
      'A policy token, or a comma-separated fallback list (the last one the browser knows wins).',
    examples: ['no-referrer', 'strict-origin-when-cross-origin', 'same-origin']
  },
  'permissions-policy': {
    description:
      'A structured-field dictionary: feature=(allowlist), e.g. camera=(), geolocation=(self "https://maps.example").',
    examples: ['camera=(), geolocation=(), microphone=()']
  },
  'cross-origin-opener-policy': {
    description: 'same-origin, same-origin-allow-popups, noopener-allow-popups or unsafe-none.',
    examples: ['same-origin', 'same-origin-allow-popups']
  },
  'cross-origin-embedder-policy': {
    description: 'require-corp, credentialless or unsafe-none.',
    examples: ['require-corp', 'credentialless']
  },
  'cross-origin-resource-policy': {
    description: 'same-origin, same-site or cross-origin.',
    examples: ['same-origin', 'same-site', 'cross-origin']
  },
  'x-permitted-cross-domain-policies': {
    description: 'Adobe cross-domain policy files.',
    examples: ['none']
  },
  'x-dns-prefetch-control': { description: 'on or off.', examples: ['off'] },
  'x-xss-protection': {
    description: '0 disables the obsolete XSS auditor (recommended).',
    examples: ['0']
  },
  'origin-agent-cluster': {
    description: '?1 asks for an origin-keyed agent cluster.',
    examples: ['?1']
  },
  'cache-control': {
    description: 'Caching directives.',
    examples: ['no-cache', 'public, max-age=3600']
  }
}

const headerMap = {
  description:
    'Headers the edge sets, by name (case-insensitive). A value is a string, null, or { value, override, when }.',
  type: 'object',
  properties: {
    'content-security-policy': { $ref: '#/$defs/cspHeaderValue' },
    'content-security-policy-report-only': { $ref: '#/$defs/cspHeaderValue' },
    ...Object.fromEntries(
      Object.entries(knownHeaders).map(([name, doc]) => [
        name,
        { ...headerValue, description: doc.description, examples: doc.examples }
      ])
    )
  },
  patternProperties: {
    [anyCase('content-security-policy')]: { $ref: '#/$defs/cspHeaderValue' },
    [anyCase('content-security-policy-report-only')]: { $ref: '#/$defs/cspHeaderValue' }
  },
  additionalProperties: { $ref: '#/$defs/headerValue' }
}

const removeList = {
  description:
    "Headers the edge deletes from the origin's response. A trailing * removes every header with that prefix (x-powered-by*).",
  type: 'array',
  items: { type: 'string', minLength: 1 },
  examples: [['server', 'x-powered-by']]
}

const assertions = {
  required: {
    description:
      'true: must be present; false: must be absent; optional (default): checked only when present.',
    type: ['boolean', 'string'],
    enum: [true, false, 'optional']
  },
  value: stringOrList(
    'The items of the value, in any order (drHEADer Value): no item missing, none extra.'
  ),
  'preserve-order': {
    description: "With 'value': the items must also come in this order (drHEADer Preserve-Order).",
    type: 'boolean'
  },
  'one-of': stringOrList('The whole value must be exactly one of these (drHEADer Value-One-Of).'),
  'any-of': stringOrList(
    'Every item of the value must be one of these (drHEADer Value-Any-Of), e.g. a Referrer-Policy fallback list.'
  ),
  'must-contain': stringOrList('Every item must appear in the value.'),
  'must-contain-one': stringOrList('At least one of these items must appear in the value.'),
  'must-avoid': stringOrList(
    "No item may appear in the value (for CSP: in any directive, e.g. 'unsafe-inline')."
  ),
  severity: {
    description:
      'How a failure counts: error (default; fails the run), warning (fails with fail-on: warning), info (reported only).',
    enum: ['error', 'warning', 'info']
  }
}

export const POLICY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'headerguard security-headers policy',
  description:
    'The HTTP security headers a CloudFront distribution serves, compiled by headerguard into a Lambda@Edge origin-response function.',
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: {
    $schema: { description: 'The schema this file follows (for editors).', type: 'string' },
    version: { description: 'The policy language version: 1.', const: 1 },
    extends: {
      description:
        'A preset to start from, overridden header by header: owasp (OWASP Secure Headers Project), strict (the strictest static-site values), none.',
      enum: ['owasp', 'strict', 'none'],
      default: 'none'
    },
    cloudfront: {
      description: 'Where the headers are deployed.',
      type: 'object',
      additionalProperties: false,
      properties: {
        distribution: {
          description:
            'A distribution id or a list of ids (the `distribution-id` input overrides it).',
          type: ['string', 'array'],
          ...AWS_NAMES.distributionId,
          minItems: 1,
          items: {
            type: 'string',
            ...AWS_NAMES.distributionId
          }
        },
        behaviors: {
          description:
            '"*" (default): the default cache behavior; "all": every behavior; or a list of behavior path patterns.',
          type: ['string', 'array'],
          title: '"*" (the default behavior), "all", or a list of path patterns',
          pattern: '^(\\*|all)$',
          minItems: 1,
          items: { type: 'string', minLength: 1 },
          default: '*',
          examples: ['*', 'all', ['/assets/*']]
        },
        'replace-existing': {
          description:
            'Take over the origin-response event on a behavior even when a function that is not ours holds it (default false: stop and report).',
          type: 'boolean',
          default: false
        }
      }
    },
    lambda: {
      description: 'The Lambda@Edge function (created in us-east-1 when missing).',
      type: 'object',
      additionalProperties: false,
      properties: {
        function: {
          description: 'The function name (the `function-name` input overrides it).',
          type: 'string',
          ...AWS_NAMES.functionName
        },
        role: {
          description:
            'The execution role used when the function is created; trusted by lambda.amazonaws.com and edgelambda.amazonaws.com.',
          type: 'string',
          ...AWS_NAMES.roleArn
        },
        runtime: {
          description:
            'The Node.js runtime (nodejs20.x is deprecated and refused for new functions; nodejs22.x is deprecated on 2027-04-30).',
          enum: [...EDGE_RUNTIMES],
          default: DEFAULT_RUNTIME
        },
        memory: {
          description: 'Memory in MB (origin-response: 128 to 10240).',
          type: 'integer',
          minimum: 128,
          maximum: 10240,
          default: 128
        },
        timeout: {
          description: 'Timeout in seconds (origin-response: 1 to 30).',
          type: 'integer',
          minimum: 1,
          maximum: 30,
          default: 5
        }
      }
    },
    headers: { $ref: '#/$defs/headerMap' },
    remove: { $ref: '#/$defs/removeList' },
    paths: {
      description:
        'Per-path differences from the top level, in order; the first entry whose `match` fits the URI wins.',
      type: 'array',
      items: {
        type: 'object',
        required: ['match'],
        additionalProperties: false,
        properties: {
          match: {
            description:
              'A CloudFront path pattern: * any characters, ? one character, e.g. /embed/*.',
            type: 'string',
            minLength: 1
          },
          headers: { $ref: '#/$defs/headerMap' },
          remove: { $ref: '#/$defs/removeList' }
        }
      }
    },
    verify: {
      description: 'How the live site is checked after a deploy and on schedule.',
      type: 'object',
      additionalProperties: false,
      properties: {
        url: stringOrList('Site URL(s); default https://<distribution domain>.'),
        paths: {
          description:
            'Paths fetched on every URL; include a missing page to check error responses.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          examples: [['/', '/this-page-does-not-exist']]
        },
        'csp-evaluator': {
          description:
            "Google's CSP Evaluator on every CSP (validate and check; its findings are warnings): false turns it off; ignore lists check ids not to report.",
          type: ['boolean', 'object'],
          additionalProperties: false,
          properties: {
            ignore: {
              description:
                'Check ids of the evaluator not to report, e.g. SCRIPT_ALLOWLIST_BYPASS.',
              type: 'array',
              items: { enum: [...CSP_EVALUATOR_CHECKS] }
            }
          }
        },
        rules: {
          description: 'Extra assertions per header (drHEADer style), checked but never deployed.',
          type: 'object',
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ...assertions,
              directives: {
                description:
                  'Assertions per directive: CSP and Feature-Policy directives, Permissions-Policy features, Cache-Control and Strict-Transport-Security directives.',
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  additionalProperties: false,
                  properties: assertions
                }
              },
              cookies: {
                description:
                  'On set-cookie: assertions per named cookie (names are case-sensitive, RFC 6265).',
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    required: assertions.required,
                    'must-contain': assertions['must-contain'],
                    'must-contain-one': assertions['must-contain-one'],
                    'must-avoid': assertions['must-avoid'],
                    severity: assertions.severity
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  $defs: {
    condition,
    headerValue,
    cspHeaderValue,
    cspDirectiveValue: directiveValue,
    headerMap,
    removeList
  }
} as const
