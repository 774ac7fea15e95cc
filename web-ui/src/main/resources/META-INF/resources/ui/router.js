// Pages are addressed by the URL's fragment (#/providers/{id}/clients): the server serves one shell, and a
// reload, which forgets the keys, starts again at the login.
import { h } from './preact.js';

/** The fragment's path segments: '#/organizations/x/members' → ['organizations', 'x', 'members']. */
export function current() {
  return location.hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
}

export function go(...segments) {
  location.hash = '#/' + segments.map(encodeURIComponent).join('/');
}

export function href(...segments) {
  return '#/' + segments.map(encodeURIComponent).join('/');
}

/** A row of tabs: [segment, label] pairs under {@code base}; the open one is marked for assistive technology. */
export function tabs(label, base, items, open) {
  return h('nav', { class: 'tabs', 'aria-label': label },
    items.map(([segment, text]) => h('a', { href: href(...base, segment),
      'aria-current': segment === open ? 'page' : null }, text)));
}
