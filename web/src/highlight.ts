import type { CodedDocument, CodedEvent } from './api.js';
import { h } from './dom.js';
import { sectorColour } from './palette.js';

type Kind = 'actor' | 'place' | 'date' | 'quote' | 'trigger';
interface Mark { start: number; end: number; kind: Kind; ref: string; label: string; colour?: string }

export interface HighlightHandlers {
  /** Every event whose trigger covers the selected piece (symmetric events can share one trigger). */
  onEvents(events: CodedEvent[]): void;
  onQuote(speaker: string, anchor: HTMLElement | null): void;
}

/**
 * The document text cut at every span boundary; each piece carries the classes of the spans
 * covering it. Event triggers are buttons (keyboard reachable); quotes name their speaker.
 */
export function renderHighlighted(doc: CodedDocument, handlers: HighlightHandlers): HTMLElement {
  const marks = collectMarks(doc);
  const cuts = new Set<number>([0, doc.text.length]);
  for (const mark of marks) cuts.add(mark.start).add(mark.end);
  const sentenceStarts = new Map(doc.sentences.map((s, i) => [s.start, i]));
  for (const start of sentenceStarts.keys()) cuts.add(start);
  const points = [...cuts].filter((p) => p >= 0 && p <= doc.text.length).sort((a, b) => a - b);
  const container = h('div', { class: 'doc-text', 'data-testid': 'doc-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const sentence = sentenceStarts.get(start);
    if (sentence !== undefined) container.append(h('sup', { class: 'sentence-no', 'aria-hidden': 'true', 'data-sentence': sentence }, String(sentence + 1)));
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    container.append(renderPiece(doc, doc.text.slice(start, end), covering, handlers));
  }
  return container;
}

function renderPiece(doc: CodedDocument, text: string, covering: Mark[], handlers: HighlightHandlers): Node {
  if (covering.length === 0) return document.createTextNode(text);
  const triggerRefs = new Set(covering.filter((m) => m.kind === 'trigger').map((m) => m.ref));
  const events = doc.events.filter((e) => triggerRefs.has(e.id));
  const classes = [...new Set(covering.map((m) => m.kind))].join(' ');
  const title = covering.map((m) => m.label).join(' · ');
  const actor = covering.find((m) => m.kind === 'actor');
  const quote = covering.find((m) => m.kind === 'quote');
  const attrs = {
    class: `mark ${classes}`,
    title,
    style: actor?.colour ? `--actor:${actor.colour}` : undefined,
    'data-kind': classes,
    'data-ref': covering.map((m) => m.ref).join(' '),
  };
  const element = events.length > 0
    ? h('button', { ...attrs, type: 'button', 'aria-label': `event ${events.map((e) => e.cameo).join(', ')}: ${text}`, onclick: () => handlers.onEvents(events) }, text)
    : h('span', attrs, text);
  if (quote) {
    const speaker = speakerOf(quote.label);
    element.addEventListener('mouseenter', () => handlers.onQuote(speaker, element));
    element.addEventListener('focus', () => handlers.onQuote(speaker, element));
    element.addEventListener('mouseleave', () => handlers.onQuote('', null));
  }
  return element;
}

function collectMarks(doc: CodedDocument): Mark[] {
  const marks: Mark[] = [];
  for (const actor of doc.actors) {
    for (const m of actor.mentions) marks.push({ ...span(m), kind: 'actor', ref: actor.id, label: `${actor.name} (${actor.code})`, colour: sectorColour(actor.sector) });
  }
  for (const place of doc.places) for (const m of place.mentions) marks.push({ ...span(m), kind: 'place', ref: place.id, label: `place: ${place.name}${place.country ? `, ${place.country}` : ''}` });
  for (const quote of doc.quotes) {
    const speaker = quote.speaker ? `${quote.speaker.name} (${quote.speaker.code})` : 'unknown speaker';
    marks.push({ ...span(quote), kind: 'quote', ref: quote.id, label: `quote by ${speaker}` });
  }
  for (const event of doc.events) {
    marks.push({ ...span(event.trigger), kind: 'trigger', ref: event.id, label: `event ${event.cameo}${event.plover.type ? ` ${event.plover.type}` : ''}` });
    if (event.dateSpan) marks.push({ ...span(event.dateSpan), kind: 'date', ref: event.id, label: `date: ${event.date ?? '?'}` });
  }
  return marks.filter((m) => m.end > m.start);
}

function span(s: { start: number; end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}

/** Quote labels are "quote by NAME (CODE)"; the tooltip shows the speaker part. */
export function speakerOf(label: string): string {
  return label.replace(/^quote by /, '');
}
