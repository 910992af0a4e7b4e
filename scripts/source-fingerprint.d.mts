export function sourceFingerprint(root: string): string
export const FINGERPRINT_FILE: string
