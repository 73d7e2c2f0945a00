import { spawn } from 'node:child_process';

/**
 * Milliseconds from spawning `node BIN code FILE` to the first byte of coded output on stdout,
 * i.e. process start + loading lexicons/tagger + coding one document.
 */
export function timeFirstDocument(bin: string, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, [bin, 'code', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let first: number | null = null;
    child.stdout.on('data', () => {
      first ??= performance.now() - began;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || first === null) reject(new Error(`dyad code ${file} exited with ${code}`));
      else resolve(first);
    });
  });
}
