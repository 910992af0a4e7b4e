// Strict-Transport-Security (RFC 6797 6.1): `max-age=N; includeSubDomains; preload`.

export interface HstsInfo {
  maxAge?: number
  includeSubDomains: boolean
  preload: boolean
  /** Syntax problems that make browsers ignore the header; empty when it is valid. */
  problems: string[]
}

export function parseHsts(value: string): HstsInfo {
  const info: HstsInfo = { includeSubDomains: false, preload: false, problems: [] }
  const seen = new Set<string>()
  for (const part of value.split(';')) {
    const directive = part.trim()
    if (!directive) continue
    const eq = directive.indexOf('=')
    const name = (eq === -1 ? directive : directive.slice(0, eq)).trim().toLowerCase()
    const raw = eq === -1 ? undefined : directive.slice(eq + 1).trim()
    const arg =
      raw !== undefined && raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')
        ? raw.slice(1, -1)
        : raw
    if (seen.has(name)) {
      info.problems.push(
        `directive '${name}' appears twice, which makes browsers ignore the whole header`
      )
      continue
    }
    seen.add(name)
    if (name === 'max-age') {
      if (arg === undefined || !/^\d+$/.test(arg)) {
        info.problems.push(
          `max-age must be a whole number of seconds, got ${arg === undefined ? 'no value' : `'${arg}'`}`
        )
      } else {
        info.maxAge = Number(arg)
      }
    } else if (name === 'includesubdomains' || name === 'preload') {
      if (arg !== undefined)
        info.problems.push(
          `'${name === 'preload' ? 'preload' : 'includeSubDomains'}' takes no value`
        )
      if (name === 'preload') info.preload = true
      else info.includeSubDomains = true
    }
    // RFC 6797 6.1: unknown directives are ignored by browsers, so they are not problems.
  }
  if (!seen.has('max-age')) info.problems.push("max-age is required, e.g. 'max-age=31536000'")
  return info
}
