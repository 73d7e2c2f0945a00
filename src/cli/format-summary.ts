import type { CodedDocument, OutEvent } from '../contract/types.js';

/** A human-readable digest of one coded document, for the quick start and for eyeballing output. */
export function formatSummary(doc: CodedDocument): string {
  const lines = [
    `# ${doc.id}  date=${doc.date ?? '-'}  sentences=${doc.sentences.length}  actors=${doc.actors.length}  places=${doc.places.length}  quotes=${doc.quotes.length}  events=${doc.events.length}`,
  ];
  for (const event of doc.events) lines.push(`  ${formatEvent(event)}`);
  return `${lines.join('\n')}\n`;
}

function formatEvent(event: OutEvent): string {
  const source = event.source ? `${event.source.code} "${event.source.text}"` : '-';
  const target = event.target ? `${event.target.code} "${event.target.text}"` : '-';
  const flags = [event.negated ? 'negated' : '', event.hypothetical ? 'hypothetical' : ''].filter(Boolean).join(',');
  const counts = [
    event.killed !== null ? `killed=${event.killed}` : '',
    event.injured !== null ? `injured=${event.injured}` : '',
    event.arrested !== null ? `arrested=${event.arrested}` : '',
  ].filter(Boolean);
  const where = event.place ? ` @${event.place.name}` : '';
  return [
    `${event.date ?? '-'} ${event.cameo} ${event.plover.type ?? '-'}`,
    `${source} -> ${target}`,
    `"${event.trigger.text}"${where}`,
    ...counts,
    flags,
  ]
    .filter(Boolean)
    .join('  ');
}
