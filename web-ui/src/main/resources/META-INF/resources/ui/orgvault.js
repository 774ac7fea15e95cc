// An organization's admin vault: every item, unassigned ones too, names opened with the organization key.
// Provider members may receive metadata only (no contents): then the type and collections are what is shown.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, error } from './forms.js';
import { ItemEditor } from './item-editor.js';
import { TYPE_NAMES, openItem } from './items.js';
import { openCollections } from './members.js';
import * as session from './session.js';

export class OrganizationVault extends Component {
  state = { items: null, collections: [], trash: false, editing: null, clear: null, notice: null, busy: false,
    failure: null };

  componentDidMount() { this.load(); }

  load(trash = this.state.trash) {
    const { organization } = this.props;
    return attempt(this, async () => {
      const items = (await api.get(`/organizations/${organization.id}/items${trash ? '?trash=true' : ''}`)).data;
      const key = await session.organizationKey(organization.id).catch(() => null);
      for (const item of items) {
        item.clear = item.data && key ? await openItem(item).catch(() => null) : null;
      }
      items.sort((a, b) => (a.clear?.name || '').localeCompare(b.clear?.name || ''));
      this.setState({ items, trash, collections: await openCollections(organization).catch(() => []) });
    });
  }

  act(action, notice) {
    attempt(this, async () => {
      await action();
      await this.load();
      this.setState({ notice, editing: null });
    });
  }

  row(item) {
    const names = this.state.collections;
    const where = item.collectionIds.length
      ? item.collectionIds.map(id => names.find(c => c.id === id)?.clearName || 'a collection').join(', ')
      : 'Unassigned';
    const name = item.clear ? item.clear.name : item.data ? '[cannot decrypt]' : 'Contents not shown to you';
    const button = (text, onClick, cls = 'small secondary') => h('button', { type: 'button', class: cls, onClick,
      'aria-label': `${text} ${item.clear?.name || item.id}` }, text);
    return h('tr', { key: item.id },
      h('td', null, name), h('td', { 'data-label': 'Type' }, TYPE_NAMES[item.type] || item.type),
      h('td', { 'data-label': 'Collections' }, where),
      h('td', { class: 'actions' },
        item.deletedDate
          ? item.edit ? button('Restore', () => this.act(() => api.put(`/items/${item.id}/restore`), 'Item restored.')) : null
          : [item.edit && item.clear && item.viewPassword ? button('Edit', () => this.setState({ editing: item.id })) : null,
            item.edit ? button('Move to trash', () => this.act(() => api.put(`/items/${item.id}/trash`),
              'Item moved to trash.'), 'small danger') : null]));
  }

  render({ organization }, { items, collections, trash, editing, notice, failure }) {
    const edited = editing && editing !== 'new' && items?.find(i => i.id === editing);
    const placeable = collections.map(c => ({ ...c, organizationId: organization.id }));
    return h('section', { class: 'card' },
      h('header', { class: 'bar' }, h('h2', null, trash ? 'Vault — trash' : 'Vault'),
        h('span', { class: 'buttons' },
          h('button', { type: 'button', class: 'chip', 'aria-pressed': String(trash),
            onClick: () => { this.setState({ editing: null }); this.load(!trash); } }, 'Trash'),
          trash ? null : h('button', { type: 'button', onClick: () => this.setState({ editing: editing === 'new' ? null : 'new' }) },
            editing === 'new' ? 'Close' : 'New login'))),
      editing === 'new' ? h(ItemEditor, { organizationId: organization.id, collections: placeable,
        types: [['LOGIN', 'Login']], onSaved: () => this.act(async () => {}, 'Item saved.'),
        onCancel: () => this.setState({ editing: null }) }) : null,
      edited ? h(ItemEditor, { item: edited, clear: edited.clear, key: edited.id,
        onSaved: () => this.act(async () => {}, 'Item saved.'), onCancel: () => this.setState({ editing: null }) }) : null,
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      error(failure),
      items === null ? h('p', null, 'Loading…') : items.length === 0
        ? h('p', { class: 'empty' }, trash ? 'The trash is empty.' : 'No items in this organization.')
        : h('table', { class: 'org-items stack' },
          h('thead', null, h('tr', null, ['Name', 'Type', 'Collections', 'Actions'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', null, items.map(i => this.row(i)))));
  }
}
