// Small text helpers every report shares: counted nouns, and remote text made safe for a
// terminal (a hostile header value must not send escape sequences).

/** `1 header`, `2 headers`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Remote text on a terminal: control characters become `?`, at most `width` characters. */
export function terminalText(value: string | null, width: number): string {
  if (value === null) return '-'
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean
}
