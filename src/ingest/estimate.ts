import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { listInputFiles } from '../io/inputs.js';

/**
 * How many documents the inputs hold (for the ETA): one per text file, one per non-blank
 * JSONL line. Null when unknown (standard input, unreadable paths).
 */
export async function estimateTotal(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return null;
    try {
      const info = await stat(path);
      const files = info.isDirectory() ? await listInputFiles(path) : [path];
      for (const file of files) total += extname(file).toLowerCase() === '.jsonl' ? await countLines(file) : 1;
    } catch {
      return null;
    }
  }
  return total;
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  let lineHasText = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (lineHasText) lines++;
        lineHasText = false;
      } else if (byte !== 32 && byte !== 13 && byte !== 9) lineHasText = true;
    }
  }
  return lines + (lineHasText ? 1 : 0);
}
