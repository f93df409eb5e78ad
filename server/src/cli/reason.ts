/** Why a file operation failed, in plain words (`not found`), else the error's code or message. */
import type { Localized } from '../model/types.js';

export function reason(e: unknown): Localized {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '';
  if (code === 'ENOENT') return { nl: 'niet gevonden', en: 'not found' };
  if (code === 'EACCES' || code === 'EPERM') return { nl: 'geen toegang', en: 'permission denied' };
  if (code === 'EISDIR') return { nl: 'dit is een map', en: 'this is a folder' };
  const msg = code || (e instanceof Error ? e.message : String(e));
  return { nl: msg, en: msg };
}
