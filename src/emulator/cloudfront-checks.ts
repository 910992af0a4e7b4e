// The checks CloudFront runs on a DistributionConfig before accepting it: Quantity/Items
// consistency, origin references and the Lambda@Edge association rules
// (docs/aws-facts.md §1, §9 and §10 give the messages used here).
import { ApiError } from './api-error.js'
import { itemsOf, lambdaAssociationsOf, type LambdaAssociation } from './edge-config.js'
import { ACCOUNT_ID, REGION, type EmulatorStore } from './store.js'
import { childElements, findPath, tagOf, textAt, textOf, type XmlNode } from './xml.js'

/** `InconsistentQuantities` wherever a `Quantity` disagrees with the number of `Items`. */
export function checkQuantities(node: XmlNode, path = ''): void {
  const tag = tagOf(node) ?? ''
  const here = path ? `${path}.${tag}` : tag
  const quantity = findPath(node, 'Quantity')
  if (quantity !== undefined && childElements(node, 'Quantity').length === 1) {
    const items = findPath(node, 'Items')
    const count = items ? childElements(items).length : 0
    if (Number(textOf(quantity)) !== count) {
      // Message as in the CloudFront API reference's error list ("InconsistentQuantities:
      // The value of Quantity and the size of Items don't match.").
      throw new ApiError(
        'InconsistentQuantities',
        400,
        `The value of Quantity and the size of Items don't match. (${here}: Quantity ${textOf(quantity)}, Items ${count})`
      )
    }
  }
  for (const child of childElements(node)) checkQuantities(child, here)
}

/** `NoSuchOrigin` when a cache behavior targets an origin or origin group that is not defined. */
export function checkOriginReferences(config: XmlNode): void {
  const ids = new Set([
    ...itemsOf(findPath(config, 'Origins')).map((o) => textAt(o, 'Id')),
    ...itemsOf(findPath(config, 'OriginGroups')).map((g) => textAt(g, 'Id'))
  ])
  const behaviors = [
    findPath(config, 'DefaultCacheBehavior'),
    ...itemsOf(findPath(config, 'CacheBehaviors'))
  ]
  for (const behavior of behaviors) {
    const target = textAt(behavior, 'TargetOriginId')
    if (behavior && !ids.has(target)) {
      throw new ApiError(
        'NoSuchOrigin',
        404,
        'One or more of your origins or origin groups do not exist.'
      )
    }
  }
}

export interface ParsedFunctionArn {
  region: string
  account: string
  name: string
  qualifier?: string
}

export function parseFunctionArn(arn: string): ParsedFunctionArn | undefined {
  const match =
    /^arn:aws:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9$_-]+))?$/.exec(
      arn
    )
  if (!match) return undefined
  return {
    region: match[1] as string,
    account: match[2] as string,
    name: match[3] as string,
    qualifier: match[4]
  }
}

const VIEWER_PACKAGE_LIMIT = 1048576
const ORIGIN_PACKAGE_LIMIT = 52428800

function invalid(message: string): ApiError {
  return new ApiError('InvalidLambdaFunctionAssociation', 400, message)
}

/** The rules one association must pass; throws InvalidLambdaFunctionAssociation. */
function checkAssociation(store: EmulatorStore, association: LambdaAssociation): void {
  const { arn } = association
  const parsed = parseFunctionArn(arn)
  if (!parsed || !parsed.qualifier || !/^\d+$/.test(parsed.qualifier)) {
    throw invalid(
      `The function ARN must reference a specific function version. (The ARN must end with the version number.) ARN: ${arn}`
    )
  }
  if (parsed.region !== REGION)
    throw invalid(`The function must be in region '${REGION}'. ARN: ${arn}`)
  const fn = parsed.account === ACCOUNT_ID ? store.functions.get(parsed.name) : undefined
  const version = fn?.versions.find((v) => v.version === parsed.qualifier)
  if (!version) {
    // What CloudFront says when it cannot read the version (missing, or not permitted).
    throw invalid(
      `Lambda@Edge cannot retrieve the specified Lambda function. Update the IAM policy to add permission: lambda:GetFunction for resource: ${arn} and try again.`
    )
  }
  if (version.settings.environment && Object.keys(version.settings.environment).length > 0) {
    throw invalid(`The function cannot have environment variables. Function: ${arn}`)
  }
  // "Restrictions on Lambda@Edge" lists these features as unsupported; CloudFront's exact
  // wording for them is not public, so the messages follow the pattern of the known ones.
  if (version.settings.kmsKeyArn) {
    throw invalid(`The function cannot use a customer managed KMS key. Function: ${arn}`)
  }
  if ((fn?.updateRuntimeOn ?? 'Auto') !== 'Auto') {
    throw invalid(`The function's runtime management configuration must be Auto. Function: ${arn}`)
  }
  if (fn?.provisionedConcurrency?.some((c) => c.qualifier === parsed.qualifier)) {
    throw invalid(`The function cannot have provisioned concurrency. Function: ${arn}`)
  }
  const trust = store.roleTrust(version.settings.role)
  if (!trust.includes('edgelambda.amazonaws.com') || !trust.includes('lambda.amazonaws.com')) {
    throw invalid(
      `The function execution role must be assumable with edgelambda.amazonaws.com as well as lambda.amazonaws.com principals. Update the IAM role and try again. Role: ${version.settings.role}`
    )
  }
  const limit = association.eventType.startsWith('viewer-')
    ? VIEWER_PACKAGE_LIMIT
    : ORIGIN_PACKAGE_LIMIT
  if (version.code.size > limit) {
    throw invalid(
      `The function code size is larger than the maximum allowed size for functions that are triggered by a CloudFront event: ${version.code.size} Max allowed: ${limit}`
    )
  }
}

function behaviorsOf(config: XmlNode | undefined): XmlNode[] {
  const behaviors = [
    findPath(config, 'DefaultCacheBehavior'),
    ...itemsOf(findPath(config, 'CacheBehaviors'))
  ]
  return behaviors.filter((b): b is XmlNode => b !== undefined)
}

/**
 * Checks the Lambda@Edge associations of a new configuration. Associations already present
 * in the previous configuration are not re-checked: they were accepted when they were made,
 * and a distribution may carry associations to functions the emulator does not hold
 * (another account's, in real life). Real CloudFront's behaviour here is not documented.
 */
export function checkLambdaAssociations(
  store: EmulatorStore,
  config: XmlNode,
  previous?: XmlNode
): void {
  const existing = new Set(
    behaviorsOf(previous).flatMap((b) =>
      lambdaAssociationsOf(b).map((a) => `${a.eventType} ${a.arn}`)
    )
  )
  for (const behavior of behaviorsOf(config)) {
    const associations = lambdaAssociationsOf(behavior)
    const seen = new Set<string>()
    for (const association of associations) {
      if (seen.has(association.eventType)) {
        // Wording as reported by CloudFormation for CloudFront's refusal (aws/aws-cdk, sst#2822).
        throw invalid(
          `The event type of a function association must be unique in the cache behavior. Event type ${association.eventType} cannot be associated with two functions`
        )
      }
      seen.add(association.eventType)
      if (!existing.has(`${association.eventType} ${association.arn}`))
        checkAssociation(store, association)
    }
  }
}
