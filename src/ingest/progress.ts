import type { Writable } from 'node:stream';
import { finished, type IngestCounts } from './counts.js';

export interface Progress {
  update(counts: IngestCounts): void;
  setTotal(total: number | null): void;
  finish(counts: IngestCounts): void;
}

export interface ProgressOptions {
  readonly out: Writable;
  /** A redrawn bar (terminal) or plain periodic lines (logs, pipes). */
  readonly tty: boolean;
  /** How often a plain line is printed. */
  readonly intervalMs: number;
  readonly clock: () => number;
}

const BAR_WIDTH = 24;

/** Progress on stderr: documents, docs/s and ETA (when the total is known). */
export function createProgress(options: ProgressOptions): Progress {
  const started = options.clock();
  let total: number | null = null;
  let latest: IngestCounts | null = null;
  const render = () => {
    if (!latest) return;
    const line = formatProgress(latest, total, options.clock() - started, options.tty);
    options.out.write(options.tty ? `\r\x1b[K${line}` : `${line}\n`);
  };
  const timer = setInterval(render, options.tty ? 200 : options.intervalMs);
  timer.unref();
  return {
    update(counts) {
      latest = counts;
    },
    setTotal(value) {
      total = value;
    },
    finish(counts) {
      clearInterval(timer);
      if (options.tty) options.out.write('\r\x1b[K');
      latest = counts;
      options.out.write(`${summarise(counts)}\n`);
    },
  };
}

/** One progress line: a bar on a terminal, a plain `ingest: …` line otherwise. */
export function formatProgress(counts: IngestCounts, total: number | null, elapsedMs: number, tty: boolean): string {
  const done = finished(counts);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [`${done}${total ? `/${total}` : ''} docs`, `${rate.toFixed(0)} docs/s`];
  if (total && rate > 0) parts.push(`ETA ${formatSeconds(Math.max(0, total - done) / rate)}`);
  if (counts.rejected > 0) parts.push(`${counts.rejected} rejected`);
  const text = parts.join('  ');
  if (!tty) return `ingest: ${text}`;
  const filled = total ? Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH)) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${text}`;
}

export function summarise(counts: IngestCounts): string {
  const done = finished(counts);
  const seconds = counts.elapsedMs / 1000;
  const rate = seconds > 0 ? (done / seconds).toFixed(0) : '0';
  return (
    `ingest: ${done} documents in ${seconds.toFixed(1)} s (${rate} docs/s): ${counts.added} added, ${counts.recoded} re-coded, ` +
    `${counts.unchanged} unchanged, ${counts.rejected} rejected${counts.interrupted ? ' — interrupted; run again to resume' : ''}`
  );
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
