import type { Segmentation } from './tokens.js';

/**
 * Every layer a stage can provide, by name. Later stages add their layer here;
 * a pipeline checks, when it is built, that each requirement is provided by an earlier stage.
 */
export interface Layers {
  segmentation: Segmentation;
}

export type LayerName = keyof Layers;
