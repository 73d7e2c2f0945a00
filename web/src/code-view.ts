import { ApiError, getJson, postJson, type CodedDocument, type CoderInfo } from './api.js';
import { clear, h } from './dom.js';
import { renderCodedEvent } from './event-record.js';
import { renderHighlighted } from './highlight.js';

const DATELINE = /^date (\d{4}-\d{2}-\d{2})\r?\n/;

/** "Code an article": paste or upload a text with its date, see what Dyad extracts and why. */
export function createCodeView(): HTMLElement {
  const text = h('textarea', { id: 'code-text', name: 'text', rows: 10, required: true, placeholder: 'Paste a news article…' });
  const date = h('input', { id: 'code-date', name: 'date', type: 'date' });
  const file = h('input', { id: 'code-file', type: 'file', accept: '.txt,text/plain' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  // Which lexicons code the text: a server started with --dictionaries codes with PETRARCH's, not Dyad's.
  const coder = h('p', { class: 'hint', 'data-testid': 'coder' });
  void getJson<CoderInfo>('/api/coder').then((info) => { coder.textContent = describeCoder(info); }, () => { coder.textContent = ''; });
  const output = h('div', { class: 'code-output' });
  const panel = h('aside', { class: 'panel', 'aria-label': 'Selected event', 'data-testid': 'code-panel' }, h('p', { class: 'hint' }, 'Select an event trigger to see its record and evidence.'));
  const tooltip = h('div', { class: 'speaker-tip', role: 'tooltip', id: 'speaker-tip', hidden: true, 'data-testid': 'speaker-tip' });

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const content = await chosen.text();
    const match = DATELINE.exec(content);
    if (match?.[1]) date.value = match[1];
    text.value = match ? content.slice(match[0].length) : content;
  });

  const form = h(
    'form',
    { class: 'code-form', 'aria-label': 'Code an article' },
    h('label', { for: 'code-text' }, 'Article text'),
    text,
    h('div', { class: 'row' },
      h('label', { for: 'code-date' }, 'Date ', date),
      h('label', { for: 'code-file' }, 'or upload a .txt file ', file),
      h('button', { type: 'submit', class: 'primary' }, 'Code'),
    ),
    status,
    coder,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = 'Coding…';
    try {
      const doc = await postJson<CodedDocument>('/api/code', { text: text.value, ...(date.value ? { date: date.value } : {}) });
      status.textContent = summarise(doc);
      clear(panel, h('p', { class: 'hint' }, doc.events.length > 0 ? 'Select an event trigger to see its record and evidence.' : 'No events were coded in this text.'));
      clear(output, legend(), renderHighlighted(doc, {
        onEvents: (events) => {
          clear(panel, ...events.map((coded) => renderCodedEvent(doc, coded)));
          panel.querySelector('h3')?.setAttribute('tabindex', '-1');
          (panel.querySelector('h3') as HTMLElement | null)?.focus();
        },
        onQuote: (speaker, anchor) => showTip(tooltip, speaker, anchor),
      }));
    } catch (error) {
      status.textContent = error instanceof ApiError ? `Error: ${error.message}` : 'Error: the server did not answer';
    }
  });
  return h('section', { id: 'view-code', class: 'view', 'aria-labelledby': 'tab-code' }, form, h('div', { class: 'code-layout' }, output, panel), tooltip);
}

function summarise(doc: CodedDocument): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(doc.sentences.length, 'sentence')}, ${n(doc.actors.length, 'actor')}, ${n(doc.places.length, 'place')}, ${n(doc.quotes.length, 'quote')}, ${n(doc.events.length, 'event')}.`;
}

function legend(): HTMLElement {
  const item = (kind: string, label: string) => h('li', {}, h('span', { class: `mark ${kind}` }, label));
  return h('ul', { class: 'legend', 'aria-label': 'Legend' }, item('actor', 'actor (colour = sector)'), item('place', 'place'), item('date', 'date'), item('quote', 'quote'), item('trigger', 'event trigger'));
}

function showTip(tip: HTMLElement, speaker: string, anchor: HTMLElement | null): void {
  if (!anchor || !speaker) {
    tip.hidden = true;
    return;
  }
  tip.textContent = `Speaker: ${speaker}`;
  const box = anchor.getBoundingClientRect();
  tip.style.left = `${Math.max(4, box.left + window.scrollX)}px`;
  tip.style.top = `${box.bottom + window.scrollY + 4}px`;
  tip.hidden = false;
  anchor.setAttribute('aria-describedby', 'speaker-tip');
}

function describeCoder(info: CoderInfo): string {
  const extra = info.lexiconDirs.length > 0 ? ` plus the actor lists in ${info.lexiconDirs.join(', ')}` : '';
  if (info.lexicons === 'built-in' || !info.dictionaries) return `Coded with Dyad's built-in lexicons${extra} (Dyad ${info.version}).`;
  const { dir, files, warnings } = info.dictionaries;
  const kept = info.keepBuiltinLexicons ? ', on top of the built-in lexicons' : '';
  return `Coded with the PETRARCH dictionaries in ${dir} (${files.length} files, ${warnings} lines skipped with a warning${kept})${extra} (Dyad ${info.version}).`;
}
