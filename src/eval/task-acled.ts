import type { CodedDocument } from '../contract/types.js';
import { predictAcledType, type AcledType } from '../export/acled-mapping.js';
import { readBase, readOptionalString } from './gold-fields.js';
import { scoreAcledRecords } from './score-acled.js';
import type { GoldBase, TaskDefinition } from './types.js';

export interface AcledGold extends GoldBase {
  /** Null for the CASE codes outside ACLED (disasters, diplomacy, crime...). */
  readonly acled: AcledType | null;
}

function readAcledGold(record: Record<string, unknown>): AcledGold {
  const acled = (record.acled ?? {}) as Record<string, unknown>;
  const eventType = readOptionalString(acled, 'event_type');
  const subEventType = readOptionalString(acled, 'sub_event_type');
  return { ...readBase(record), acled: eventType && subEventType ? { eventType, subEventType } : null };
}

const show = (type: AcledType | null): string[] => [type ? `${type.eventType} / ${type.subEventType}` : '(no ACLED type)'];

export const acledTask: TaskDefinition<AcledGold, AcledType | null> = {
  task: 'acled',
  columns: ['subAccuracy', 'subMacroF1', 'typeAccuracy', 'typeMacroF1', 'nullLeftUntyped', 'typed', 'nullGold'],
  readGold: readAcledGold,
  predict: (doc: CodedDocument, _gold, ctx) => predictAcledType(doc, ctx.acled),
  empty: () => null,
  score: (items) => scoreAcledRecords(items.map(({ gold, pred }) => ({ gold: gold.acled, pred }))),
  loss: ({ gold, pred }) => (gold.acled?.subEventType === pred?.subEventType ? 0 : gold.acled?.eventType === pred?.eventType ? 1 : 2),
  view: ({ gold, pred }) => ({ gold: show(gold.acled), pred: show(pred) }),
};
