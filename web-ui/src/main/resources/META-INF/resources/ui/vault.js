// Not built yet.
import { h } from './preact.js';

export function MyVault() {
  return h('p', { class: 'empty' }, 'This page is not built yet.');
}
