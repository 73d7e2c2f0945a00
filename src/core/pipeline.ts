import type { Doc } from './doc.js';
import { DyadError } from './errors.js';
import type { LayerName, Layers } from './layers.js';

/**
 * A named pure step: reads the doc, the shared read-only context and earlier layers,
 * returns the layers it provides. No I/O, no clock, no globals.
 */
export interface Stage<Ctx> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(doc: Doc, ctx: Ctx, layers: Readonly<Partial<Layers>>): Partial<Layers>;
}

export interface Pipeline<Ctx> {
  readonly stages: readonly Stage<Ctx>[];
  readonly provides: ReadonlySet<LayerName>;
}

export interface PipelineRun {
  readonly layers: Readonly<Partial<Layers>>;
  /** Milliseconds per stage name; empty when no clock was given. */
  readonly timingsMs: Readonly<Record<string, number>>;
}

/** Orders are checked here, once, so a misconfigured pipeline fails before any document runs. */
export function buildPipeline<Ctx>(stages: readonly Stage<Ctx>[]): Pipeline<Ctx> {
  const provided = new Set<LayerName>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new DyadError('E_PIPELINE', `stage "${stage.name}" appears twice`);
    }
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        throw new DyadError('E_PIPELINE', `stage "${stage.name}" requires layer "${need}", which no earlier stage provides`);
      }
    }
    for (const layer of stage.provides) provided.add(layer);
  }
  return { stages: [...stages], provides: provided };
}

/**
 * Runs every stage in order. The clock is passed in (the core never reads one itself),
 * so a caller that wants deterministic output simply omits it.
 */
export function runPipeline<Ctx>(pipeline: Pipeline<Ctx>, doc: Doc, ctx: Ctx, clock?: () => number): PipelineRun {
  const [run] = runPipelineBatch(pipeline, [doc], ctx, clock);
  if (run && 'error' in run) throw run.error;
  return run as PipelineRun;
}

/** One document's outcome in a batch: its layers, or the error one of its stages threw. */
export type BatchRun = PipelineRun | { readonly error: unknown };

/**
 * Runs a batch of documents stage by stage: every document through segment, then every document
 * through actors, and so on. Each stage's code and lexicons then stay in the CPU caches for the
 * whole batch instead of being evicted by the other stages between documents — about a quarter
 * less CPU per document than running each document through all stages in turn (README "Speed").
 * Stages stay pure and per-document: the output for a document does not depend on its batch.
 * A stage that throws on one document drops that document only; the rest of the batch goes on.
 */
export function runPipelineBatch<Ctx>(pipeline: Pipeline<Ctx>, docs: readonly Doc[], ctx: Ctx, clock?: () => number): BatchRun[] {
  const layers = docs.map((): Partial<Layers> => ({}));
  const timings = docs.map((): Record<string, number> => ({}));
  const errors: unknown[] = new Array(docs.length).fill(undefined);
  for (const stage of pipeline.stages) {
    docs.forEach((doc, i) => {
      if (errors[i] !== undefined) return;
      const began = clock?.();
      try {
        runStage(stage, doc, ctx, layers[i] as Partial<Layers>);
      } catch (error) {
        errors[i] = error ?? new Error('stage threw nothing');
        return;
      }
      if (clock && began !== undefined) (timings[i] as Record<string, number>)[stage.name] = clock() - began;
    });
  }
  return docs.map((_, i) => (errors[i] !== undefined ? { error: errors[i] } : { layers: layers[i] as Partial<Layers>, timingsMs: timings[i] as Record<string, number> }));
}

function runStage<Ctx>(stage: Stage<Ctx>, doc: Doc, ctx: Ctx, layers: Partial<Layers>): void {
  const produced = stage.run(doc, ctx, layers);
  for (const layer of stage.provides) {
    if (produced[layer] === undefined) {
      throw new DyadError('E_PIPELINE', `stage "${stage.name}" did not provide layer "${layer}"`);
    }
  }
  Object.assign(layers, produced);
}
