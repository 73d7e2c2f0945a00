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
  const layers: Partial<Layers> = {};
  const timingsMs: Record<string, number> = {};
  for (const stage of pipeline.stages) {
    const began = clock?.();
    const produced = stage.run(doc, ctx, layers);
    for (const layer of stage.provides) {
      if (produced[layer] === undefined) {
        throw new DyadError('E_PIPELINE', `stage "${stage.name}" did not provide layer "${layer}"`);
      }
    }
    Object.assign(layers, produced);
    if (clock && began !== undefined) timingsMs[stage.name] = clock() - began;
  }
  return { layers, timingsMs };
}
