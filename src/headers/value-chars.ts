// The characters a header value may hold: the one definition, used by the policy checks
// (positioned diagnostics) and by the compiler (the last line of defence before a package).
//
// RFC 9110 5.5: field-value = *field-content, field-vchar = VCHAR / obs-text, with SP and HTAB
// between. obs-text (%x80-FF) exists only for compatibility: "Specifications for newly defined
// fields SHOULD limit their values to visible US-ASCII octets (VCHAR), SP, and HTAB", and "a
// recipient SHOULD treat other allowed octets in field content (i.e., obs-text) as opaque data".
// Every header a policy sets has an ASCII grammar, and a non-ASCII character in the YAML would
// reach browsers as bytes they decode as Latin-1, not as what the author typed. So the allowed
// set is HTAB, SP and VCHAR (%x21-7E); obs-text is refused, like CR, LF, NUL and DEL.

export interface ValueFinding {
  severity: 'error' | 'warning'
  rule: string
  message: string
  /** UTF-16 offset in the value; absent: the value as a whole. */
  offset?: number
}

/** HTAB, SP or VCHAR: RFC 9110 field-content without obs-text. */
export function isAllowedValueCode(code: number): boolean {
  return code === 0x09 || (code >= 0x20 && code <= 0x7e)
}

const CHAR_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
}

/** `U+000A LINE FEED`, `U+00E9` */
export function describeCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0')
  const name = CHAR_NAMES[codePoint]
  return name ? `U+${hex} ${name}` : `U+${hex}`
}

/** The first character a header value may not hold (see the module comment). */
export function firstBadValueChar(
  value: string
): { offset: number; codePoint: number } | undefined {
  for (let offset = 0; offset < value.length; offset++) {
    const code = value.charCodeAt(offset)
    if (isAllowedValueCode(code)) continue
    return { offset, codePoint: value.codePointAt(offset) ?? code }
  }
  return undefined
}

export function checkValueChars(value: string): ValueFinding[] {
  const bad = firstBadValueChar(value)
  if (!bad) return []
  const trailingNewline = bad.codePoint === 0x0a && bad.offset === value.length - 1
  const hint = trailingNewline
    ? " (a YAML block scalar keeps its final newline: write '>-' or '|-' to strip it)"
    : bad.codePoint === 0x0a || bad.codePoint === 0x0d
      ? ' (a line break in a header value would let it inject headers)'
      : ''
  return [
    {
      severity: 'error',
      rule: 'header-value-chars',
      message: `header value contains ${describeCodePoint(bad.codePoint)} at offset ${bad.offset}: only visible ASCII, space and tab are allowed${hint}`,
      offset: bad.offset
    }
  ]
}

/** The first forbidden character as `U+XXXX`, or undefined: the compiler's form of the check. */
export function forbiddenValueChar(value: string): string | undefined {
  const bad = firstBadValueChar(value)
  return bad === undefined
    ? undefined
    : `U+${bad.codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}
