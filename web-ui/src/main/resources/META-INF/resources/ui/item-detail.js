// One item of My Vault, opened: its fields (a password the user may not view is never received, so shown as
// hidden), copy buttons, favourite and folder, share into an organization, trash, restore and purge.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, choice, error } from './forms.js';
import { ItemEditor } from './item-editor.js';
import { CARD_FIELDS, IDENTITY_FIELDS, TYPE_NAMES, openItem, shareBody } from './items.js';

function copyButton(label, text, onCopied) {
  return h('button', { type: 'button', class: 'small secondary', 'aria-label': `Copy ${label}`,
    onClick: async () => { await navigator.clipboard.writeText(text); onCopied(`${label} copied.`); } }, 'Copy');
}

export class ItemDetail extends Component {
  state = { clear: null, reveal: false, sharing: false, purging: false, busy: false, failure: null, notice: null };

  componentDidMount() {
    attempt(this, async () => this.setState({ clear: await openItem(this.props.item) }));
  }

  act(action, note) {
    const { item, onChanged } = this.props;
    attempt(this, async () => {
      await action();
      await onChanged(item.id, note);
    });
  }

  place(changes) {
    const { item } = this.props;
    this.act(() => api.put(`/items/${item.id}/partial`, { folderId: item.folderId || null, favorite: item.favorite,
      ...changes }), 'Item updated.');
  }

  line(label, text, { secret = false, copyable = false } = {}) {
    if (!text) return null;
    const { reveal } = this.state;
    return h('div', { class: 'detail-line' }, h('dt', null, label),
      h('dd', null, h('span', { class: secret ? 'secret' : null }, secret && !reveal ? '••••••••' : text),
        copyable ? copyButton(label.toLowerCase(), text, notice => this.setState({ notice })) : null,
        secret ? h('button', { type: 'button', class: 'small link', 'aria-pressed': String(reveal),
          'aria-label': `${reveal ? 'Hide' : 'Show'} ${label.toLowerCase()}`,
          onClick: () => this.setState({ reveal: !reveal }) }, reveal ? 'Hide' : 'Show') : null));
  }

  fields(item, clear) {
    if (item.type === 'LOGIN') {
      const login = clear.login || {};
      const password = !item.viewPassword
        ? h('div', { class: 'detail-line' }, h('dt', null, 'Password'), h('dd', { class: 'muted' }, 'hidden'))
        : this.line('Password', login.password, { secret: true, copyable: true });
      return [this.line('Username', login.username, { copyable: true }), password,
        (login.uris || []).map(u => this.line('Website', u.uri))];
    }
    if (item.type === 'CARD') {
      return CARD_FIELDS.map(([n, label]) => this.line(label, clear.card?.[n], { secret: n === 'number' || n === 'code',
        copyable: n === 'number' }));
    }
    if (item.type === 'IDENTITY') return IDENTITY_FIELDS.map(([n, label]) => this.line(label, clear.identity?.[n]));
    return null;
  }

  actions(item, vault) {
    const button = (text, onClick, cls = 'small secondary') => h('button', { type: 'button', class: cls, onClick,
      disabled: this.state.busy }, text);
    if (item.deletedDate) {
      return [item.edit ? button('Restore', () => this.act(() => api.put(`/items/${item.id}/restore`), 'Item restored.')) : null,
        item.edit && !this.state.purging ? button('Delete permanently', () => this.setState({ purging: true }), 'small danger') : null,
        this.state.purging ? button('Yes, delete it for good',
          () => this.act(() => api.del(`/items/${item.id}`), 'Item deleted permanently.'), 'small danger') : null];
    }
    return [
      item.edit && item.viewPassword ? button('Edit', () => this.props.onEdit(), 'small') : null,
      button(item.favorite ? 'Remove from favourites' : 'Add to favourites', () => this.place({ favorite: !item.favorite })),
      !item.organizationId && item.edit ? button('Share', () => this.setState({ sharing: !this.state.sharing })) : null,
      item.edit ? button('Move to trash', () => this.act(() => api.put(`/items/${item.id}/trash`), 'Item moved to trash.'),
        'small danger') : null,
      choice('Move to folder', 'moveFolder', [['', 'No folder'], ...vault.folders.map(f => [f.id, f.clearName])],
        { value: item.folderId || '', onChange: e => this.place({ folderId: e.target.value || null }) })];
  }

  render({ item, vault, organizations, collections, editing, onClose }, { clear, sharing, notice, failure }) {
    if (editing && clear) {
      return h(ItemEditor, { item, clear, folders: vault.folders, onCancel: () => onClose(),
        onSaved: id => this.props.onChanged(id, 'Item saved.') });
    }
    return h('section', { class: 'panel item-detail', 'aria-label': 'Item' },
      h('header', { class: 'bar' }, h('h2', null, clear ? clear.name : 'Opening…'),
        h('button', { type: 'button', class: 'small secondary', onClick: () => onClose() }, 'Close')),
      h('p', { class: 'muted' }, TYPE_NAMES[item.type] || item.type, item.deletedDate ? ' · in the trash' : ''),
      clear ? h('dl', { class: 'detail' }, this.fields(item, clear), this.line('Notes', clear.notes)) : null,
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      error(failure),
      h('div', { class: 'actions' }, this.actions(item, vault)),
      sharing ? h(ShareForm, { item, organizations, collections,
        onShared: () => this.props.onChanged(item.id, 'Item shared.') }) : null);
  }
}

/** Share a personal item: re-encrypted here under the chosen organization's key, into collections the user edits. */
class ShareForm extends Component {
  state = { organizationId: this.props.organizations[0]?.id || '', collectionIds: [], busy: false, failure: null };

  submit(event) {
    event.preventDefault();
    const { item, onShared } = this.props;
    const { organizationId, collectionIds } = this.state;
    attempt(this, async () => {
      if (!organizationId) throw new Error('You are in no organization to share with.');
      if (collectionIds.length === 0) throw new Error('Choose at least one collection.');
      await api.put(`/items/${item.id}/share`, await shareBody(item, organizationId, collectionIds));
      onShared();
    });
  }

  toggle(id, on) {
    const ids = this.state.collectionIds.filter(c => c !== id);
    this.setState({ collectionIds: on ? [...ids, id] : ids });
  }

  render({ organizations, collections }, { organizationId, collectionIds, busy, failure }) {
    const open = collections.filter(c => c.organizationId === organizationId);
    return h('form', { class: 'panel', onSubmit: e => this.submit(e), 'aria-label': 'Share item' },
      choice('Organization', 'shareOrganization', organizations.map(o => [o.id, o.name]),
        { value: organizationId, onChange: e => this.setState({ organizationId: e.target.value, collectionIds: [] }) }),
      h('fieldset', null, h('legend', null, 'Collections'), open.length === 0
        ? h('p', { class: 'empty' }, 'You may edit no collection of this organization.')
        : open.map(c => h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: collectionIds.includes(c.id),
          onChange: e => this.toggle(c.id, e.target.checked) }), c.clearName))),
      error(failure),
      h('button', { type: 'submit', disabled: busy }, busy ? 'Sharing…' : 'Share item'));
  }
}
