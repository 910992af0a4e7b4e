// IAM (query protocol), only GetRole: the action reads a role's trust policy in its preflight.
// A role the state does not declare exists and trusts lambda and edgelambda.
import { createHash, randomUUID } from 'node:crypto'
import { ApiError, xmlErrorResponse } from './api-error.js'
import { ACCOUNT_ID, type EmulatorStore } from './store.js'
import type { ApiRequest, ServiceAnswer, WireResponse } from './wire.js'
import { buildXml, element, textElement } from './xml.js'

const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/'

/** Whether a request is an IAM query call: POST / with a form body, or signed for `iam`. */
export function isIamRequest(request: ApiRequest): boolean {
  if (request.path !== '/' || request.method !== 'POST') return false
  const auth = request.headers.authorization ?? ''
  const form = (request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')
  return form || /\/iam\/aws4_request/.test(auth)
}

export function trustPolicyDocument(principals: string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: principals }, Action: 'sts:AssumeRole' }]
  })
}

function getRole(store: EmulatorStore, params: URLSearchParams): WireResponse {
  const name = params.get('RoleName') ?? ''
  if (!/^[\w+=,.@-]{1,64}$/.test(name)) {
    throw new ApiError('ValidationError', 400, `The specified value for roleName is invalid.`)
  }
  const declared = store.roles.get(name)
  const arn = declared?.arn ?? `arn:aws:iam::${ACCOUNT_ID}:role/${name}`
  const trust = store.roleTrust(arn)
  const roleId = `AROA${createHash('sha256').update(arn).digest('hex').slice(0, 17).toUpperCase()}`
  const requestId = randomUUID()
  const body = buildXml([
    element(
      'GetRoleResponse',
      [
        element('GetRoleResult', [
          element('Role', [
            textElement('Path', '/'),
            // AWS returns the policy document URL-encoded (RFC 3986) inside the XML.
            textElement('AssumeRolePolicyDocument', encodeURIComponent(trustPolicyDocument(trust))),
            textElement('MaxSessionDuration', 3600),
            textElement('RoleId', roleId),
            textElement('RoleName', name),
            textElement('Arn', arn),
            textElement('CreateDate', '2024-01-01T00:00:00Z'),
            element('RoleLastUsed')
          ])
        ]),
        element('ResponseMetadata', [textElement('RequestId', requestId)])
      ],
      { xmlns: IAM_NAMESPACE }
    )
  ])
  return {
    status: 200,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body
  }
}

export function handleIam(store: EmulatorStore, request: ApiRequest): ServiceAnswer {
  const params = new URLSearchParams(request.body.toString('utf8'))
  const operation = params.get('Action') ?? 'Unknown'
  try {
    if (store.faults.takeThrottle('iam', operation))
      throw new ApiError('Throttling', 400, 'Rate exceeded')
    if (operation !== 'GetRole') {
      throw new ApiError(
        'InvalidAction',
        400,
        `The emulator implements only GetRole, not ${operation}.`
      )
    }
    return { operation, mutating: false, response: getRole(store, params) }
  } catch (error) {
    if (error instanceof ApiError) {
      return { operation, mutating: false, response: xmlErrorResponse(error, IAM_NAMESPACE) }
    }
    throw error
  }
}
