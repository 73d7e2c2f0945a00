import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DyadError } from '../core/errors.js';

export interface Rejects {
  add(error: DyadError, id?: string): void;
  close(): Promise<void>;
  readonly count: number;
}

/** Bad documents as JSONL ({file, line, id, code, message}); the file is created on the first reject only. */
export function createRejects(path: string): Rejects {
  let stream: WriteStream | null = null;
  let count = 0;
  return {
    add(error, id) {
      stream ??= createWriteStream(path);
      count++;
      const { file = null, line = null } = error.location;
      stream.write(`${JSON.stringify({ file, line, id: id ?? null, code: error.code, message: error.message })}\n`);
    },
    async close() {
      if (!stream) return;
      stream.end();
      await once(stream, 'finish');
    },
    get count() {
      return count;
    },
  };
}
