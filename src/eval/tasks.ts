import { acledTask } from './task-acled.js';
import { eventsTask } from './task-events.js';
import { geoTask } from './task-geo.js';
import { placesTask } from './task-places.js';
import { ploverTask } from './task-plover.js';
import { quotesTask } from './task-quotes.js';
import type { GoldBase, Task, TaskDefinition } from './types.js';

/** Every task definition by name (type-erased: the runner only passes a task's own values back to it). */
export const TASK_DEFINITIONS: Readonly<Record<Task, TaskDefinition<GoldBase, unknown>>> = {
  events: eventsTask as unknown as TaskDefinition<GoldBase, unknown>,
  plover: ploverTask as unknown as TaskDefinition<GoldBase, unknown>,
  quotes: quotesTask as unknown as TaskDefinition<GoldBase, unknown>,
  places: placesTask as unknown as TaskDefinition<GoldBase, unknown>,
  geo: geoTask as unknown as TaskDefinition<GoldBase, unknown>,
  acled: acledTask as unknown as TaskDefinition<GoldBase, unknown>,
};
