// Not built yet.
import { h } from './preact.js';

export function OrganizationVault() {
  return h('p', { class: 'empty' }, 'This page is not built yet.');
}
