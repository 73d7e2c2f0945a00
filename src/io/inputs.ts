import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { DyadError } from '../core/errors.js';
import { errorItem, type InputItem, type ReadOptions } from './document.js';
import { readJsonl } from './jsonl.js';
import { textToItem, tooLarge } from './text-file.js';

const INPUT_EXTENSIONS = new Set(['.txt', '.jsonl']);

/**
 * Reads every input in order: files, folders (every *.txt and *.jsonl below them, sorted by
 * path) and `-` for standard input. Yields documents and errors; never throws for bad input.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions, stdin?: Readable): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      if (stdin) yield* readStdin(stdin, options);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield errorItem(path, undefined, readError(error));
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listInputFiles(path)) yield* readFileInput(file, idFor(path, file), options);
    } else {
      yield* readFileInput(path, basename(path, extname(path)), options);
    }
  }
}

async function* readFileInput(file: string, id: string, options: ReadOptions): AsyncGenerator<InputItem> {
  try {
    if (extname(file).toLowerCase() === '.jsonl') {
      yield* readJsonl(createReadStream(file), file, id, options);
      return;
    }
    const { size } = await stat(file);
    if (size > options.maxBytes) {
      yield errorItem(file, undefined, tooLarge(size, options.maxBytes));
      return;
    }
    yield textToItem(file, id, await readFile(file), options);
  } catch (error) {
    yield errorItem(file, undefined, readError(error));
  }
}

/** Standard input is JSONL when its first non-blank character is `{` (streamed line by line), else one text document. */
async function* readStdin(stdin: Readable, options: ReadOptions): AsyncGenerator<InputItem> {
  const chunks = (stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let firstChar = '';
  while (firstChar === '') {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    firstChar = Buffer.concat(head).toString('utf8').replace(/^\uFEFF/, '').trimStart().charAt(0);
  }
  const replayed = Readable.from(replay(head, chunks));
  if (firstChar === '{') {
    yield* readJsonl(replayed, '<stdin>', 'stdin', options);
    return;
  }
  const body: Buffer[] = [];
  let size = 0;
  for await (const chunk of replayed as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > options.maxBytes) {
      yield errorItem('<stdin>', undefined, tooLarge(size, options.maxBytes));
      return;
    }
    body.push(chunk);
  }
  yield textToItem('<stdin>', 'stdin', Buffer.concat(body), options);
}

async function* replay(head: Buffer[], rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Every *.txt and *.jsonl below `root`, sorted by path. */
export async function listInputFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
    }
  };
  await walk(root);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Inside a folder the id is the relative path without extension, so same-named files in subfolders stay distinct. */
function idFor(root: string, file: string): string {
  const rel = relative(root, file);
  return rel.slice(0, rel.length - extname(rel).length).split('\\').join('/');
}

function readError(error: unknown): DyadError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
  return new DyadError('E_READ', `cannot read: ${reason}`);
}
