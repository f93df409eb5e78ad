/**
 * SHA-256 (hex) of a text, for the fingerprints of the sarif and gitlab
 * formats. `node:crypto` is loaded on first use: the default `lint` output
 * never needs it, and loading it costs every start-up a few ms (issue 17).
 */
export function sha256(text: string): string {
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}
