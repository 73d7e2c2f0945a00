import type { ActorRef, CodedDocument, OutEvent } from '../contract/types.js';
import type { DocMeta } from '../core/doc.js';
import { toCell } from './csv-format.js';
import { findEvidenceSentence } from './evidence.js';

/** `--format csv`: one event per row; the contract's event fields flattened, plus document id, date and the evidence sentence. */
export const CSV_COLUMNS = [
  'doc_id', 'doc_date', 'doc_url', 'event_id', 'sentence', 'date', 'cameo', 'plover_type', 'plover_mode',
  'quad_class', 'goldstein',
  'source_code', 'source_name', 'source_text', 'source_start', 'source_end',
  'target_code', 'target_name', 'target_text', 'target_start', 'target_end',
  'trigger_text', 'trigger_start', 'trigger_end', 'date_text',
  'place_name', 'place_lat', 'place_lon', 'place_text', 'place_start', 'place_end',
  'killed', 'injured', 'arrested', 'negated', 'hypothetical', 'quote', 'rule', 'evidence',
] as const;

function actorCells(ref: ActorRef | null): string[] {
  return ref ? [ref.code, ref.name, ref.text, String(ref.start), String(ref.end)] : ['', '', '', '', ''];
}

export function toCsvRow(doc: CodedDocument, event: OutEvent, meta: DocMeta = {}): string[] {
  const place = event.place;
  return [
    doc.id, toCell(doc.date), toCell(meta.url), event.id, String(event.sentence), toCell(event.date), event.cameo,
    toCell(event.plover.type), toCell(event.plover.mode), String(event.quadClass), toCell(event.goldstein),
    ...actorCells(event.source),
    ...actorCells(event.target),
    event.trigger.text, String(event.trigger.start), String(event.trigger.end), toCell(event.dateSpan?.text),
    toCell(place?.name), toCell(place?.lat), toCell(place?.lon), toCell(place?.text), toCell(place?.start), toCell(place?.end),
    toCell(event.killed), toCell(event.injured), toCell(event.arrested), String(event.negated), String(event.hypothetical),
    toCell(event.quote), event.rule, findEvidenceSentence(doc, event),
  ];
}

export function toCsvRows(doc: CodedDocument, meta: DocMeta = {}): string[][] {
  return doc.events.map((event) => toCsvRow(doc, event, meta));
}
