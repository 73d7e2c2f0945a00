import type { Readable, Writable } from 'node:stream';

/** The process edges a command touches, passed in so tests can run commands in-process. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** Writes and waits for the stream to accept more, so large outputs do not pile up in memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}
