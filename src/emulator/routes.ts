// Matching a service's REST routes and turning its ApiErrors into that service's error shape.
import { ApiError } from './api-error.js'
import type { ApiRequest, ServiceAnswer, WireResponse } from './wire.js'

export interface Route<C> {
  method: string
  /** Matched against the path after the service's prefix; groups are URI-decoded parameters. */
  pattern: RegExp
  operation: string
  mutating: boolean
  /** When two operations share a path, the query tells them apart. */
  when?: (request: ApiRequest) => boolean
  run: (ctx: C, params: string[], request: ApiRequest) => WireResponse | Promise<WireResponse>
}

export interface ServiceShape {
  /** Whether this call is throttled by an injected fault. */
  throttled: (operation: string) => boolean
  throttleError: () => ApiError
  /** The service's answer to a request no route matches. */
  unknownCode: string
  errorResponse: (error: ApiError) => WireResponse
}

export async function dispatchRoutes<C>(
  ctx: C,
  routes: Route<C>[],
  path: string,
  request: ApiRequest,
  shape: ServiceShape
): Promise<ServiceAnswer> {
  let operation = 'Unknown'
  let mutating = request.method !== 'GET'
  try {
    for (const route of routes) {
      const applies = route.method === request.method && (route.when?.(request) ?? true)
      const match = applies ? route.pattern.exec(path) : null
      if (!match) continue
      operation = route.operation
      mutating = route.mutating
      if (shape.throttled(operation)) throw shape.throttleError()
      const params = match.slice(1).map((p) => decodeURIComponent(p))
      return { operation, mutating, response: await route.run(ctx, params, request) }
    }
    throw new ApiError(
      shape.unknownCode,
      400,
      `The emulator does not implement ${request.method} ${request.path}.`
    )
  } catch (error) {
    if (error instanceof ApiError)
      return { operation, mutating, response: shape.errorResponse(error) }
    throw error
  }
}
