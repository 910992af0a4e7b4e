// A parser for RFC 8941 structured-field dictionaries, enough to check Permissions-Policy:
// members `key[=item-or-inner-list][;params]`, items being tokens, strings, numbers, booleans
// and byte sequences. It only reads; it never interprets a value as code.

export type BareItem =
  | { kind: 'token'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'bytes'; value: string }

export interface SfItem {
  item: BareItem
  offset: number
}

export interface SfMember {
  key: string
  offset: number
  /** An inner list `( ... )`, or a single item; a bare key is the boolean true. */
  value: { list: SfItem[] } | SfItem
  /** The key had no `=value` (RFC 8941: it means true). */
  bare: boolean
}

export class SfSyntaxError extends Error {
  override name = 'SfSyntaxError'
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

const KEY_START = /[a-z*]/
const KEY_CHAR = /[a-z0-9_\-.*]/
const TOKEN_START = /[A-Za-z*]/
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z:/]/

export function parseSfDictionary(input: string): SfMember[] {
  const p = new Parser(input)
  return p.dictionary()
}

class Parser {
  private i = 0
  constructor(private readonly s: string) {}

  dictionary(): SfMember[] {
    const members: SfMember[] = []
    this.skip(/ /)
    if (this.i === this.s.length) return members
    for (;;) {
      const offset = this.i
      const key = this.key()
      let value: SfMember['value'] = { item: { kind: 'boolean', value: true }, offset }
      const bare = this.peek() !== '='
      if (!bare) {
        this.i++
        value = this.peek() === '(' ? { list: this.innerList() } : this.item()
      }
      this.params()
      members.push({ key, offset, value, bare })
      this.skip(/[ \t]/)
      if (this.i === this.s.length) return members
      if (this.peek() !== ',') this.fail(`expected ',' between members`)
      this.i++
      this.skip(/[ \t]/)
      if (this.i === this.s.length) this.fail('a trailing comma is not allowed')
    }
  }

  private innerList(): SfItem[] {
    this.i++ // (
    const items: SfItem[] = []
    for (;;) {
      this.skip(/ /)
      if (this.peek() === ')') {
        this.i++
        this.params()
        return items
      }
      if (this.i >= this.s.length) this.fail(`missing ')'`)
      items.push(this.item())
      const next = this.peek()
      if (next !== ' ' && next !== ')') this.fail(`expected a space or ')' after an item`)
    }
  }

  private item(): SfItem {
    const offset = this.i
    const item = this.bareItem()
    this.params()
    return { item, offset }
  }

  private bareItem(): BareItem {
    const c = this.peek()
    if (c === '"') return this.string()
    if (c === '?') {
      const v = this.s[this.i + 1]
      if (v !== '0' && v !== '1') this.fail(`a boolean is ?0 or ?1`)
      this.i += 2
      return { kind: 'boolean', value: v === '1' }
    }
    if (c === ':') {
      const end = this.s.indexOf(':', this.i + 1)
      if (end === -1) this.fail(`unterminated byte sequence`)
      const value = this.s.slice(this.i + 1, end)
      if (!/^[A-Za-z0-9+/=]*$/.test(value)) this.fail('a byte sequence holds base64 only')
      this.i = end + 1
      return { kind: 'bytes', value }
    }
    if (c !== undefined && /[-0-9]/.test(c)) {
      const match = /^-?\d{1,15}(\.\d{1,3})?/.exec(this.s.slice(this.i))
      if (!match) this.fail('invalid number')
      this.i += match[0].length
      return { kind: 'number', value: Number(match[0]) }
    }
    if (c !== undefined && TOKEN_START.test(c)) {
      const start = this.i
      while (this.i < this.s.length && TOKEN_CHAR.test(this.s[this.i]!)) this.i++
      return { kind: 'token', value: this.s.slice(start, this.i) }
    }
    this.fail(c === undefined ? 'a value is missing' : `unexpected ${describeChar(c)}`)
  }

  private string(): BareItem {
    this.i++
    let value = ''
    while (this.i < this.s.length) {
      const c = this.s[this.i++]!
      if (c === '\\') {
        const next = this.s[this.i++]
        if (next !== '"' && next !== '\\')
          this.fail(`only \\" and \\\\ may be escaped in a string`, this.i - 2)
        value += next
      } else if (c === '"') {
        return { kind: 'string', value }
      } else if (c < ' ' || c > '~') {
        this.fail(`a string holds printable ASCII only`, this.i - 1)
      } else {
        value += c
      }
    }
    this.fail('unterminated string')
  }

  private key(): string {
    const start = this.i
    const c = this.peek()
    if (c === undefined || !KEY_START.test(c)) {
      this.fail(
        c === undefined
          ? 'a key is missing'
          : `a key starts with a lowercase letter or '*', not ${describeChar(c)}`
      )
    }
    while (this.i < this.s.length && KEY_CHAR.test(this.s[this.i]!)) this.i++
    return this.s.slice(start, this.i)
  }

  private params(): void {
    while (this.peek() === ';') {
      this.i++
      this.skip(/ /)
      this.key()
      if (this.peek() === '=') {
        this.i++
        this.bareItem()
      }
    }
  }

  private peek(): string | undefined {
    return this.s[this.i]
  }

  private skip(chars: RegExp): void {
    while (this.i < this.s.length && chars.test(this.s[this.i]!)) this.i++
  }

  private fail(message: string, offset = this.i): never {
    throw new SfSyntaxError(message, offset)
  }
}

function describeChar(c: string): string {
  return c === ' ' ? 'a space' : c === "'" ? 'a single quote' : `'${c}'`
}
