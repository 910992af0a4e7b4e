// AWS-shaped errors. Each service has its own wire format for them, and the SDK picks the
// exception class from the error code it finds there, so tests can assert `error.name`.
import { randomUUID } from 'node:crypto'
import type { WireResponse } from './wire.js'
import { buildXml, element, textElement } from './xml.js'

/** An error the emulated service answers with. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    /** Extra fields for JSON (Lambda) error bodies, e.g. `Reason`. */
    readonly extra: Record<string, string> = {}
  ) {
    super(message)
    this.name = code
  }
}

/**
 * CloudFront and IAM (REST-XML and query): `<ErrorResponse><Error><Type>Sender</Type>
 * <Code>…</Code><Message>…</Message></Error><RequestId>…</RequestId></ErrorResponse>`.
 */
export function xmlErrorResponse(
  error: ApiError,
  namespace = 'http://cloudfront.amazonaws.com/doc/2020-05-31/',
  requestId = randomUUID()
): WireResponse {
  const type = error.status >= 500 ? 'Receiver' : 'Sender'
  const body = buildXml([
    element(
      'ErrorResponse',
      [
        element('Error', [
          textElement('Type', type),
          textElement('Code', error.code),
          textElement('Message', error.message)
        ]),
        textElement('RequestId', requestId)
      ],
      { xmlns: namespace }
    )
  ])
  return {
    status: error.status,
    headers: {
      'content-type': 'text/xml',
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': error.code
    },
    body
  }
}

/** Lambda (REST-JSON): `x-amzn-ErrorType: Code` and `{"Type":"User","message":"…"}`. */
export function jsonErrorResponse(error: ApiError, requestId = randomUUID()): WireResponse {
  const type = error.status >= 500 ? 'Service' : 'User'
  return {
    status: error.status,
    headers: {
      'content-type': 'application/json',
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': error.code
    },
    body: JSON.stringify({ Type: type, message: error.message, ...error.extra })
  }
}
