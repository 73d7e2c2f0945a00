import { createCodeView } from './code-view.js';
import { createCorpusView } from './corpus-view.js';
import { h } from './dom.js';

/** Two views behind tabs: "Code an article" and "Corpus". */
function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const code = createCodeView();
  const corpus = createCorpusView();
  let corpusLoaded = false;
  const tabs = [
    { id: 'tab-code', label: 'Code an article', view: code },
    { id: 'tab-corpus', label: 'Corpus', view: corpus.element },
  ];
  const buttons = tabs.map((tab, i) =>
    h('button', { type: 'button', role: 'tab', id: tab.id, 'aria-controls': tab.view.id, 'aria-selected': i === 0 ? 'true' : 'false', tabindex: i === 0 ? 0 : -1 }, tab.label),
  );
  const select = (index: number) => {
    tabs.forEach((tab, i) => {
      tab.view.hidden = i !== index;
      buttons[i]?.setAttribute('aria-selected', i === index ? 'true' : 'false');
      buttons[i]?.setAttribute('tabindex', i === index ? '0' : '-1');
    });
    buttons[index]?.focus();
    if (tabs[index]?.view === corpus.element && !corpusLoaded) {
      corpusLoaded = true;
      void corpus.load();
    }
  };
  buttons.forEach((button, i) => {
    button.addEventListener('click', () => select(i));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight') select((i + 1) % tabs.length);
      if (event.key === 'ArrowLeft') select((i + tabs.length - 1) % tabs.length);
    });
  });
  for (const tab of tabs) tab.view.setAttribute('role', 'tabpanel');
  root.append(h('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Views' }, ...buttons), code, corpus.element);
}

start();
