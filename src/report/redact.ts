// Credentials in URLs (`https://user:secret@host/`) are never published: every URL shown in a
// summary, comment, report file, SARIF or log has its userinfo removed, and the secret itself is
// masked in the Actions log.

/**
 * `scheme://userinfo@` up to the authority's LAST `@`, as the WHATWG URL parser reads it: a
 * password may hold a raw `@` (`https://u:p@ss@host/` has the host `host`).
 */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi

/** The text with the userinfo of every URL in it removed (`https://u:p@h/` → `https://h/`). */
export function stripUserinfo(text: string): string {
  return text.replace(USERINFO, '$1')
}

/** A copy of plain data (JSON-shaped) with every string passed through stripUserinfo. */
export function redactDeep<T>(value: T): T {
  if (value === undefined) return value
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? stripUserinfo(v) : v
  ) as T
}

/**
 * The secrets a URL carries, raw and percent-decoded, for the log's mask: the password, or the
 * user name when it stands alone (`https://TOKEN@host/`, the usual way to pass a token).
 */
export function urlSecrets(url: string): string[] {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return []
  }
  const secrets = new Set<string>()
  for (const part of [parsed.password || parsed.username]) {
    if (!part) continue
    secrets.add(part)
    try {
      secrets.add(decodeURIComponent(part))
    } catch {
      // Not valid percent-encoding: the raw form is masked.
    }
  }
  return [...secrets]
}
