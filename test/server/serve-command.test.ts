import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const BIN = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');

describe('dyad serve', () => {
  it('listens on 127.0.0.1, answers, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'serve.db'), '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
          stderr += chunk;
          const match = /at (http:\/\/[^/\s]+)\//.exec(stderr);
          if (match?.[1]) resolve(match[1]);
        });
        child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
      });
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const stats = await (await fetch(`${url}/api/stats`)).json();
      assert.deepEqual(stats, { documents: 0, events: 0, mentions: 0, actors: 0, firstDate: null, lastDate: null });
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });

  it('rejects bad usage with status 2', async () => {
    for (const args of [['--port', 'abc'], ['--port', '70000'], ['somewhere.db']]) {
      const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: 'ignore' });
      assert.equal(await new Promise((resolve) => child.on('exit', resolve)), 2, args.join(' '));
    }
  });
});
