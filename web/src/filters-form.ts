import { h } from './dom.js';

export type Filters = Record<string, string>;

const FIELDS: [name: string, label: string, type: string, placeholder: string][] = [
  ['q', 'Text', 'search', 'words in the articles'],
  ['from', 'From', 'date', ''],
  ['to', 'To', 'date', ''],
  ['actor', 'Actor', 'text', 'code or name, e.g. ISR or police'],
  ['cameo', 'CAMEO', 'text', 'root or code, e.g. 19'],
  ['plover', 'PLOVER', 'text', 'e.g. ASSAULT'],
  ['place', 'Place', 'text', 'place name'],
  ['country', 'Country', 'text', 'e.g. KEN'],
];

/** The corpus filters: the same names as the API's query parameters. */
export function createFiltersForm(onApply: (filters: Filters) => void): { form: HTMLFormElement; set(filters: Filters): void; read(): Filters } {
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const form = h('form', { class: 'filters', 'aria-label': 'Event filters', role: 'search' });
  for (const [name, label, type, placeholder] of FIELDS) {
    const input = h('input', { id: `f-${name}`, name, type, placeholder });
    inputs.set(name, input);
    form.append(h('label', { for: `f-${name}` }, label, input));
  }
  const quad = h('select', { id: 'f-quadClass', name: 'quadClass' },
    h('option', { value: '' }, 'any'), h('option', { value: '1' }, '1 verbal cooperation'), h('option', { value: '2' }, '2 material cooperation'),
    h('option', { value: '3' }, '3 verbal conflict'), h('option', { value: '4' }, '4 material conflict'));
  inputs.set('quadClass', quad);
  const cluster = h('input', { id: 'f-cluster', name: 'cluster', type: 'checkbox', checked: true });
  form.append(
    h('label', { for: 'f-quadClass' }, 'Quad class', quad),
    h('label', { for: 'f-cluster', class: 'check' }, cluster, ' group mentions into events'),
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'), h('button', { type: 'reset' }, 'Clear')),
  );
  const read = (): Filters => {
    const filters: Filters = {};
    for (const [name, input] of inputs) if (input.value.trim() !== '') filters[name] = input.value.trim();
    if (!cluster.checked) filters.cluster = 'false';
    return filters;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onApply(read());
  });
  form.addEventListener('reset', () => setTimeout(() => onApply(read()), 0));
  return {
    form,
    read,
    set(filters) {
      for (const [name, input] of inputs) input.value = filters[name] ?? '';
      cluster.checked = filters.cluster !== 'false';
    },
  };
}
