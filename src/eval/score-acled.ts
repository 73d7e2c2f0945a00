import type { AcledType } from '../export/acled-mapping.js';
import { countLabels, macroF1, ratio } from './metrics.js';
import type { Figure } from './types.js';

export interface AcledRecord {
  readonly gold: AcledType | null;
  readonly pred: AcledType | null;
}

/**
 * Sub-event and event type accuracy and macro-F1 (over the labels seen in gold or prediction)
 * on records with a gold type; for null-gold records, the share left without any ACLED type.
 */
export function scoreAcledRecords(records: readonly AcledRecord[]): Record<string, Figure> {
  const typed = records.filter((record) => record.gold !== null);
  const untypedGold = records.filter((record) => record.gold === null);
  const sub = typed.map(({ gold, pred }) => ({ gold: gold!.subEventType, pred: pred?.subEventType ?? null }));
  const type = typed.map(({ gold, pred }) => ({ gold: gold!.eventType, pred: pred?.eventType ?? null }));
  return {
    subAccuracy: ratio(sub.filter((pair) => pair.gold === pair.pred).length, sub.length),
    subMacroF1: macroF1(countLabels(sub)),
    typeAccuracy: ratio(type.filter((pair) => pair.gold === pair.pred).length, type.length),
    typeMacroF1: macroF1(countLabels(type)),
    nullLeftUntyped: ratio(untypedGold.filter((record) => record.pred === null).length, untypedGold.length),
    typed: typed.length,
    nullGold: untypedGold.length,
  };
}
