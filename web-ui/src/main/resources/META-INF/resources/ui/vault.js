// My Vault: the user's personal items and the organization items of the collections they reach, opened in the
// browser. One load of GET /vault, filtered here; names are opened in the background, batch by batch, and only
// the rows in view are rendered, so ten thousand items stay usable. Marks vault:first-rows and vault:all-decrypted.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, choice, error } from './forms.js';
import { Folders, openFolders } from './folders.js';
import { ItemDetail } from './item-detail.js';
import { ItemEditor } from './item-editor.js';
import { TYPES, TYPE_NAMES, dataOf, openItem, openSummary } from './items.js';
import * as session from './session.js';
import { WindowedList } from './windowed.js';

const ROW_HEIGHT = 56;
const FIRST_BATCH = 40;
const BATCH = 100;
const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Gives the page a turn between two batches. WebCrypto answers come back as microtasks, so without this the
 * whole opening runs as one long task and keeps clicks, keys and painting waiting until it ends.
 */
function yieldToPage() {
  return globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise(resolve => setTimeout(resolve));
}

export class MyVault extends Component {
  state = { vault: null, opened: 0, trash: false, filter: { owner: '', collection: '', folder: '', type: '' },
    favorites: false, search: '', selected: null, editing: null, showFolders: false, notice: null,
    busy: false, failure: null };

  generation = 0;
  /** Names already opened, by item id, while the item's revision is the same: a reload after a write reopens none. */
  summaries = new Map();

  componentDidMount() {
    performance.mark('vault:mount');
    this.load();
  }

  componentWillUnmount() { this.generation++; }

  load(trash = this.state.trash) {
    return attempt(this, async () => {
      const generation = ++this.generation;
      const vault = await api.get(trash ? '/vault?trash=true' : '/vault');
      // One organization key at a time, before the items: thousands of items must not each ask for it.
      for (const o of vault.organizations) await session.organizationKey(o.id).catch(() => null);
      vault.folders = await openFolders(vault.folders);
      for (const c of vault.collections) {
        const key = await session.organizationKey(c.organizationId).catch(() => null);
        c.clearName = key ? await session.openText(key, c.name) : '[no key]';
      }
      if (generation !== this.generation) return;
      this.setState({ vault, opened: 0, trash });
      this.openNames(generation, vault.items);
    });
  }

  /** Opens the items' names in the background, the first rows first; the list re-renders after each batch. */
  async openNames(generation, items) {
    for (let at = 0; at < items.length;) {
      const end = at === 0 ? Math.min(FIRST_BATCH, items.length) : Math.min(at + BATCH, items.length);
      await Promise.all(items.slice(at, end).map(async item => {
        const known = this.summaries.get(item.id);
        item.clear = known?.revisionDate === item.revisionDate ? known.clear
          : await openSummary(item).catch(() => ({ name: '[cannot decrypt]', username: '' }));
        this.summaries.set(item.id, { revisionDate: item.revisionDate, clear: item.clear });
      }));
      if (generation !== this.generation) return;
      const first = at === 0;
      at = end;
      this.setState({ opened: at }, first ? () => performance.mark('vault:first-rows') : undefined);
      await yieldToPage();
    }
    if (generation !== this.generation) return;
    items.sort((a, b) => names.compare(a.clear.name, b.clear.name));
    this.setState({ opened: items.length }, () => performance.mark('vault:all-decrypted'));
    if (items.length === 0) performance.mark('vault:first-rows');
  }

  shown() {
    const { vault, filter, favorites, search } = this.state;
    if (!vault) return [];
    const text = search.trim().toLowerCase();
    return vault.items.filter(item =>
      (filter.owner === '' || (filter.owner === 'personal' ? !item.organizationId : item.organizationId === filter.owner))
      && (filter.collection === '' || item.collectionIds.includes(filter.collection))
      && (filter.folder === '' || (filter.folder === 'none' ? !item.folderId : item.folderId === filter.folder))
      && (filter.type === '' || item.type === filter.type)
      && (!favorites || item.favorite)
      && (!text || (item.clear && item.clear.name.toLowerCase().includes(text))));
  }

  setFilter(name, value) {
    const filter = { ...this.state.filter, [name]: value };
    if (name === 'owner') filter.collection = '';
    this.setState({ filter });
  }

  async saved(id, notice) {
    await this.load();
    this.setState({ editing: null, selected: id, notice });
  }

  copyField(item, which) {
    attempt(this, async () => {
      const data = await openItem(item);
      await navigator.clipboard.writeText(which === 'password' ? data.login.password : data.login.username);
      this.setState({ notice: `${which === 'password' ? 'Password' : 'Username'} of ${item.clear.name} copied.` });
    });
  }

  row(item) {
    const name = item.clear?.name;
    const login = item.type === 'LOGIN';
    const hidden = login && !item.viewPassword;
    const data = dataOf(item);
    const organization = this.state.vault.organizations.find(o => o.id === item.organizationId);
    return h('div', { class: 'vault-row', role: 'listitem', key: item.id },
      h('div', { class: 'vault-name' },
        name === undefined ? h('span', { class: 'muted' }, 'Opening…')
          : h('button', { type: 'button', class: 'link', onClick: () => this.setState({ selected: item.id, editing: null }) },
            name),
        item.favorite ? h('span', { class: 'star', title: 'Favourite', 'aria-label': 'Favourite' }, '★') : null,
        h('small', { class: 'muted' }, ` ${TYPE_NAMES[item.type] || item.type} · ${organization ? organization.name : 'Personal'}`),
        item.clear?.username ? h('small', { class: 'muted vault-user' }, item.clear.username) : null),
      h('div', { class: 'actions' },
        name !== undefined && item.clear.username ? h('button', { type: 'button', class: 'small secondary',
          'aria-label': `Copy username of ${name}`, onClick: () => this.copyField(item, 'username') }, 'Copy username') : null,
        hidden ? h('span', { class: 'muted hidden-password' }, 'Password hidden')
          : login && name !== undefined && data?.login?.password ? h('button', { type: 'button', class: 'small secondary',
            'aria-label': `Copy password of ${name}`, onClick: () => this.copyField(item, 'password') }, 'Copy password')
            : null));
  }

  filters() {
    const { vault, filter, favorites, trash, search } = this.state;
    const collections = vault.collections.filter(c => !filter.owner || filter.owner === 'personal'
      || c.organizationId === filter.owner);
    return h('div', { class: 'filters vault-filters', role: 'group', 'aria-label': 'Filter items' },
      h('label', null, 'Search names', h('input', { type: 'search', name: 'search', value: search,
        onInput: e => this.setState({ search: e.target.value }) })),
      choice('Vault', 'owner', [['', 'All vaults'], ['personal', 'My items'],
        ...vault.organizations.map(o => [o.id, o.name])],
      { value: filter.owner, onChange: e => this.setFilter('owner', e.target.value) }),
      choice('Collection', 'collection', [['', 'All collections'], ...collections.map(c => [c.id, c.clearName])],
        { value: filter.collection, onChange: e => this.setFilter('collection', e.target.value) }),
      choice('Folder', 'folder', [['', 'All folders'], ['none', 'No folder'],
        ...vault.folders.map(f => [f.id, f.clearName])],
      { value: filter.folder, onChange: e => this.setFilter('folder', e.target.value) }),
      choice('Type', 'typeFilter', [['', 'All types'], ...TYPES],
        { value: filter.type, onChange: e => this.setFilter('type', e.target.value) }),
      h('button', { type: 'button', class: 'chip', 'aria-pressed': String(favorites),
        onClick: () => this.setState({ favorites: !favorites }) }, 'Favourites'),
      h('button', { type: 'button', class: 'chip', 'aria-pressed': String(trash),
        onClick: () => { this.setState({ selected: null, editing: null }); this.load(!trash); } }, 'Trash'));
  }

  render(_, { vault, opened, trash, selected, editing, showFolders, notice, failure }) {
    if (!vault) return h('section', { class: 'card' }, h('h1', null, 'My Vault'), error(failure) || h('p', null, 'Loading…'));
    const shown = this.shown();
    const item = selected && vault.items.find(i => i.id === selected);
    const editable = vault.collections.filter(c => !c.readOnly);
    const organizations = vault.organizations.filter(o => o.key && o.enabled !== false);
    const { filter, favorites, search } = this.state;
    return h('section', { class: 'card vault' },
      h('header', { class: 'bar' }, h('h1', null, trash ? 'My Vault — trash' : 'My Vault'),
        h('span', { class: 'buttons' },
          h('button', { type: 'button', class: 'secondary', 'aria-expanded': String(showFolders),
            onClick: () => this.setState({ showFolders: !showFolders }) }, 'Folders'),
          trash ? null : h('button', { type: 'button', onClick: () => this.setState({ editing: 'new', selected: null }) },
            'New item'))),
      showFolders ? h(Folders, { folders: vault.folders, onChanged: () => this.load() }) : null,
      editing === 'new' ? h(ItemEditor, { organizations, collections: editable, folders: vault.folders,
        onSaved: id => this.saved(id, 'Item saved.'), onCancel: () => this.setState({ editing: null }) }) : null,
      item ? h(ItemDetail, { item, key: `${item.id}:${item.revisionDate}:${editing === item.id}`, vault, organizations,
        collections: editable, editing: editing === item.id,
        onEdit: () => this.setState({ editing: item.id }), onClose: () => this.setState({ selected: null, editing: null }),
        onChanged: (id, note) => this.saved(id, note) }) : null,
      this.filters(),
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      error(failure),
      h('p', { class: 'muted', role: 'status' }, opened < vault.items.length
        ? `${shown.length} of ${vault.items.length} items · opening ${opened} of ${vault.items.length}…`
        : `${shown.length} of ${vault.items.length} items`),
      shown.length === 0 ? h('p', { class: 'empty' }, trash ? 'The trash is empty.' : 'No items here.')
        : h(WindowedList, { items: shown, rowHeight: ROW_HEIGHT, label: 'Items', row: i => this.row(i),
          listKey: JSON.stringify([filter, favorites, search, trash]) }));
  }
}
