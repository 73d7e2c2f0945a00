import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { BUILT_IN_SETUP, createDyad, type CoderSetup, type Dyad } from '../../src/dyad.js';
import { buildApp } from '../../src/server/app.js';
import { coderInfoSource } from '../../src/server/coder-info.js';
import { openStore, type Store } from '../../src/store/index.js';
import { corpusInputs } from '../store/coded-fixtures.js';

export interface TestServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly url: string;
  readonly logged: string[];
  close(): Promise<void>;
}

let sharedDyad: Dyad | null = null;

/**
 * A workbench on port 0 over a fresh database seeded with the hand-made coded corpus. With `coder`
 * (e.g. a dictionaries folder) its coder is made at start, as `dyad serve --dictionaries` does.
 */
export async function startTestServer(options: { seed?: boolean; listen?: boolean; cluster?: boolean; coder?: CoderSetup } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-server-'));
  const dbFile = join(dir, 'test.db');
  const store = openStore(dbFile);
  if (options.seed ?? true) store.writeBatch(corpusInputs());
  const logged: string[] = [];
  const loaded = options.coder ? createDyad(options.coder) : null;
  const app = await buildApp(
    { store, dbFile, dyad: () => loaded ?? (sharedDyad ??= createDyad()), coder: coderInfoSource(options.coder ?? BUILT_IN_SETUP, loaded), clusterByDefault: options.cluster ?? true, version: 'test' },
    { log: (message) => logged.push(message) },
  );
  const url = options.listen ? await app.listen({ port: 0, host: '127.0.0.1' }) : '';
  return {
    app, store, url, logged,
    async close() {
      await app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
