// Not built yet.
import { h } from './preact.js';

export function ProviderSettings() {
  return h('p', { class: 'empty' }, 'This page is not built yet.');
}
