// The control plane's request and response, independent of node:http so the service
// modules are plain functions of (store, request).

export interface ApiRequest {
  method: string
  /** The decoded path, without the query string. */
  path: string
  query: URLSearchParams
  /** Lowercase header names. */
  headers: Record<string, string | undefined>
  body: Buffer
}

export interface WireResponse {
  status: number
  headers: Record<string, string>
  body: string | Uint8Array
}

/** What a service module answers: the operation it recognised and the response. */
export interface ServiceAnswer {
  operation: string
  mutating: boolean
  response: WireResponse
}
