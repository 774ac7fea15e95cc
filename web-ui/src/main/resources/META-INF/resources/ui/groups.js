// Not built yet.
import { h } from './preact.js';

export function Groups() {
  return h('p', { class: 'empty' }, 'This page is not built yet.');
}
