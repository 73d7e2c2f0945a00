import type { CodedDocument, CodedEvent, Evidence, EventDetail, Span } from './api.js';
import { h } from './dom.js';
import { QUAD_LABELS } from './palette.js';

/** The fields of one event as a definition list. */
export function renderRecord(fields: [string, string | number | null | undefined][]): HTMLElement {
  const list = h('dl', { class: 'record' });
  for (const [name, value] of fields) {
    if (value === null || value === undefined || value === '') continue;
    list.append(h('dt', {}, name), h('dd', {}, String(value)));
  }
  return list;
}

/** An event coded in the "Code an article" view: its record and its evidence spans within the sentence. */
export function renderCodedEvent(doc: CodedDocument, event: CodedEvent): HTMLElement {
  const sentence = doc.sentences[event.sentence] ?? { start: event.trigger.start, end: event.trigger.end };
  const spans: [string, Span | null][] = [
    ['trigger', event.trigger], ['source', event.source], ['target', event.target], ['place', event.place], ['date', event.dateSpan],
  ];
  return h(
    'section',
    { class: 'event-record', 'data-testid': 'event-record', 'aria-label': `event ${event.id}` },
    h('h3', {}, `Event ${event.id}: CAMEO ${event.cameo}`),
    renderRecord([
      ['CAMEO', event.cameo], ['PLOVER', [event.plover.type, event.plover.mode].filter(Boolean).join(' / ')],
      ['quad class', `${event.quadClass} ${QUAD_LABELS[event.quadClass - 1] ?? ''}`], ['Goldstein', event.goldstein],
      ['source', event.source ? `${event.source.name} (${event.source.code})` : '—'], ['target', event.target ? `${event.target.name} (${event.target.code})` : '—'],
      ['date', event.date], ['place', event.place?.name], ['killed', event.killed], ['injured', event.injured], ['arrested', event.arrested],
      ['negated', event.negated ? 'yes' : null], ['hypothetical', event.hypothetical ? 'yes' : null], ['rule', event.rule],
    ]),
    h('h4', {}, 'Evidence'),
    renderSentence(doc.text.slice(sentence.start, sentence.end), sentence.start, spans),
  );
}

/** One real-world event from the corpus with every mention's evidence sentence. */
export function renderEventDetail(detail: EventDetail): HTMLElement {
  return h(
    'section',
    { class: 'event-record', 'data-testid': 'event-detail', 'aria-label': `event ${detail.id}` },
    h('h3', {}, `${detail.id}: CAMEO ${detail.cameo}${detail.plover.type ? ` · ${detail.plover.type}` : ''}`),
    renderRecord([
      ['date', detail.date], ['source', actorLabel(detail.source)], ['target', actorLabel(detail.target)],
      ['quad class', `${detail.quadClass} ${QUAD_LABELS[detail.quadClass - 1] ?? ''}`], ['Goldstein', detail.goldstein],
      ['place', detail.place ? `${detail.place.name}${detail.place.country ? `, ${detail.place.country}` : ''}` : null],
      ['killed', detail.killed], ['injured', detail.injured], ['arrested', detail.arrested],
      ['articles', detail.articles], ['mentions', detail.mentions],
    ]),
    h('h4', {}, `Evidence (${detail.evidence.length} mention${detail.evidence.length === 1 ? '' : 's'})`),
    h('ol', { class: 'evidence-list' }, ...detail.evidence.map(renderMention)),
  );
}

function renderMention(mention: Evidence): HTMLElement {
  const spans: [string, Span | null][] = [
    ['trigger', mention.trigger], ['source', mention.source], ['target', mention.target], ['place', mention.place], ['date', mention.date],
  ];
  return h(
    'li',
    { class: 'evidence', 'data-testid': 'evidence' },
    h('div', { class: 'evidence-source' }, `${mention.document.title ?? mention.document.id} — ${mention.document.date ?? 'undated'} · ${mention.document.id} · ${mention.rule}`),
    renderSentence(mention.sentence.text, mention.sentence.start, spans),
  );
}

function actorLabel(actor: { code: string | null; name: string | null } | null): string {
  return actor ? `${actor.name ?? '?'} (${actor.code ?? '?'})` : '—';
}

/** A sentence with the event's spans marked; offsets are into the document, so shift by the sentence start. */
function renderSentence(text: string, offset: number, spans: [string, Span | null][]): HTMLElement {
  const inside = spans
    .filter((entry): entry is [string, Span] => entry[1] !== null)
    .map(([role, s]) => ({ role, start: s.start - offset, end: s.end - offset }))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = h('blockquote', { class: 'sentence', 'data-testid': 'evidence-sentence' });
  let at = 0;
  for (const s of inside) {
    if (s.start < at) continue; // nested or overlapping spans: the outer one is shown
    out.append(text.slice(at, s.start), h('mark', { class: `ev-${s.role}`, title: s.role, 'data-role': s.role }, text.slice(s.start, s.end)));
    at = s.end;
  }
  out.append(text.slice(at));
  return out;
}
