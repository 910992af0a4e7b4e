// The AWS clients the deploy stage uses, built in one place and injected everywhere else, so
// tests can mock them (aws-sdk-client-mock) or point them at the emulator through the SDK's own
// AWS_ENDPOINT_URL_* variables. There is deliberately no endpoint option: the action has no
// emulator-only code path.
import { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import { IAMClient } from '@aws-sdk/client-iam'
import { LambdaClient } from '@aws-sdk/client-lambda'
import { HEADERGUARD_VERSION } from '../version.js'

/** Lambda@Edge functions must live in US East (N. Virginia), whatever AWS_REGION says. */
export const EDGE_REGION = 'us-east-1'

export const DEFAULT_MAX_ATTEMPTS = 6

export interface AwsClients {
  lambda: LambdaClient
  cloudfront: CloudFrontClient
  iam: IAMClient
}

export interface AwsClientOptions {
  /** SDK attempts per call, throttling included (adaptive retry). Default 6. */
  maxAttempts?: number
  /** Default `headerguard/<version>`. */
  userAgent?: string
}

/**
 * The SDK's own warnings (a credential source conflict, sockets at capacity) on stderr, as with
 * its default logger; never its per-command lines (info: each command's input and output,
 * error: each failed command, which headerguard reports itself). Given explicitly because the
 * SDK recognises its default logger by class name, which the minified bundle does not keep.
 */
const SDK_LOGGER = {
  debug: () => {},
  info: () => {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: () => {}
}

export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const config = {
    region: EDGE_REGION,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: 'adaptive',
    customUserAgent: options.userAgent ?? `headerguard/${HEADERGUARD_VERSION}`,
    logger: SDK_LOGGER
  }
  return {
    lambda: new LambdaClient(config),
    cloudfront: new CloudFrontClient(config),
    iam: new IAMClient(config)
  }
}
