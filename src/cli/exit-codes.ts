import type { ErrorCode } from '../core/errors.js';

/**
 * Exit statuses, in one place:
 * 0 every input coded · 1 some inputs were bad (each reported on stderr; the rest were coded)
 * 2 usage error (bad option or argument) · 3 internal error (a bug: please report it).
 */
export const EXIT = { ok: 0, badInput: 1, usage: 2, internal: 3 } as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export function exitStatusFor(code: ErrorCode): ExitStatus {
  switch (code) {
    case 'E_USAGE':
      return EXIT.usage;
    case 'E_INTERNAL':
    case 'E_PIPELINE':
    case 'E_DATA':
      return EXIT.internal;
    default:
      return EXIT.badInput;
  }
}
