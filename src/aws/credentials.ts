// Whether this run can reach AWS at all. A fork's pull request has no secrets and no OIDC
// token; a run without credentials still validates, builds and verifies, and says what it
// skipped. Detection follows the SDK's default provider chain's sources without calling them,
// so a machine without credentials does not wait on instance-metadata time-outs.
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export function awsCredentialSource(env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return 'environment variables'
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) return 'web identity token'
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) {
    return 'container credentials'
  }
  if (env.AWS_PROFILE) return `profile ${env.AWS_PROFILE}`
  // Instance profiles are opted into, never probed: probing 169.254.169.254 from a machine that
  // has no metadata service costs seconds of time-outs (self-hosted EC2 runners set this).
  if (env.AWS_EC2_METADATA_DISABLED === 'false') return 'instance metadata'
  const sharedFile = env.AWS_SHARED_CREDENTIALS_FILE ?? join(homedir(), '.aws', 'credentials')
  const configFile = env.AWS_CONFIG_FILE ?? join(homedir(), '.aws', 'config')
  // On a GitHub-hosted runner the only credentials are the ones a previous step exported.
  if (env.GITHUB_ACTIONS !== 'true' && (existsSync(sharedFile) || existsSync(configFile))) {
    return 'shared config files'
  }
  return undefined
}
