// Small form helpers shared by the pages.
import { h } from './preact.js';

export function field(label, name, props = {}) {
  return h('label', null, label, h('input', { name, required: true, ...props }));
}

export function values(event) {
  event.preventDefault();
  return Object.fromEntries(new FormData(event.target));
}

export function error(message) {
  return message ? h('p', { class: 'error', role: 'alert' }, message) : null;
}
