// The item editor of My Vault and of an organization's admin vault: all four types, sealed in the browser;
// a new item goes into the personal vault or into collections of an organization the user may edit.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, choice, error, field } from './forms.js';
import { Generator } from './generator.js';
import { CARD_FIELDS, IDENTITY_FIELDS, TYPES, itemBody } from './items.js';

// Inputs the user types into are uncontrolled (defaultValue): a re-render, as the generator's, keeps what they typed.
const optional = { required: false };

/** The section's fields from the form, over what the item already held (fields the editor does not show stay). */
function section(form, fields, before = {}) {
  return { ...before, ...Object.fromEntries(fields.map(([name]) => [name, form.get(name) || null])) };
}

function loginOf(form, before = {}) {
  const [first, ...others] = before.uris || [];
  const uri = form.get('uri');
  return { ...before, username: form.get('username') || null, password: form.get('password') || null,
    uris: uri ? [{ ...first, uri, match: first?.match ?? null }, ...others] : others };
}

/**
 * Props: {@code item} and {@code clear} (its opened data) to edit, none to create; {@code organizations} the user
 * may place a new item in, {@code collections} they may edit (with {@code clearName}), {@code folders} (with
 * {@code clearName}); {@code organizationId} fixes the organization (the admin vault), {@code types} narrows the types.
 */
export class ItemEditor extends Component {
  constructor(props) {
    super(props);
    const { item, clear, organizationId } = props;
    this.state = { type: item?.type || (props.types || TYPES)[0][0],
      organizationId: item?.organizationId || organizationId || '', collectionIds: item?.collectionIds || [],
      password: clear?.login?.password || '', folderId: item?.folderId || '', busy: false, failure: null };
  }

  submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const { item, clear = {}, onSaved } = this.props;
    const { type, organizationId, collectionIds } = this.state;
    attempt(this, async () => {
      if (!item && organizationId && collectionIds.length === 0) throw new Error('Choose at least one collection.');
      const data = { ...clear, name: form.get('name'), notes: form.get('notes') || null,
        login: type === 'LOGIN' ? loginOf(form, clear.login) : null,
        card: type === 'CARD' ? section(form, CARD_FIELDS, clear.card) : null,
        identity: type === 'IDENTITY' ? section(form, IDENTITY_FIELDS, clear.identity) : null };
      const placement = { type, organizationId: item ? item.organizationId : organizationId || null,
        collectionIds: item ? item.collectionIds : collectionIds,
        folderId: this.props.folders ? this.state.folderId || null : item?.folderId || null, favorite: item ? item.favorite : false };
      const body = await itemBody(item, data, placement);
      const answer = item ? await api.put(`/items/${item.id}`, body) : await api.post('/items', body);
      onSaved(item ? item.id : answer.id);
    });
  }

  toggleCollection(id, on) {
    const ids = this.state.collectionIds.filter(c => c !== id);
    this.setState({ collectionIds: on ? [...ids, id] : ids });
  }

  placement() {
    const { item, organizations = [], collections = [], folders, organizationId: fixed } = this.props;
    const { organizationId, collectionIds } = this.state;
    const parts = [];
    if (!item && !fixed) {
      parts.push(choice('Owner', 'organizationId', [['', 'Me (personal)'], ...organizations.map(o => [o.id, o.name])],
        { value: organizationId, onChange: e => this.setState({ organizationId: e.target.value, collectionIds: [] }) }));
    }
    const open = collections.filter(c => c.organizationId === organizationId || fixed);
    if (!item && organizationId) {
      parts.push(h('fieldset', null, h('legend', null, 'Collections'),
        open.length ? open.map(c => h('label', { class: 'check' },
          h('input', { type: 'checkbox', checked: collectionIds.includes(c.id),
            onChange: e => this.toggleCollection(c.id, e.target.checked) }), c.clearName))
          : h('p', { class: 'empty' }, 'You may edit no collection of this organization.')));
    }
    if (folders) {
      parts.push(choice('Folder', 'folderId', [['', 'No folder'], ...folders.map(f => [f.id, f.clearName])],
        { value: this.state.folderId, onChange: e => this.setState({ folderId: e.target.value }) }));
    }
    return parts;
  }

  fields(type, clear, failure) {
    const value = (section, name) => ({ ...optional, defaultValue: clear?.[section]?.[name] || '', errorField: `${section}.${name}` });
    if (type === 'LOGIN') {
      return [
        field('Username', 'username', { ...value('login', 'username'), autocomplete: 'off' }, failure),
        field('Password', 'password', { ...optional, type: 'text', autocomplete: 'off', errorField: 'login.password',
          value: this.state.password, onInput: e => this.setState({ password: e.target.value }) }, failure),
        h(Generator, { onPassword: password => this.setState({ password }) }),
        field('Website (URI)', 'uri', { ...optional, type: 'url', defaultValue: clear?.login?.uris?.[0]?.uri || '',
          errorField: 'login.uris[0].uri' }, failure)];
    }
    if (type === 'CARD') return CARD_FIELDS.map(([name, label]) => field(label, name, value('card', name), failure));
    if (type === 'IDENTITY') {
      return IDENTITY_FIELDS.map(([name, label]) => field(label, name, value('identity', name), failure));
    }
    return [];
  }

  render({ item, clear, onCancel, types = TYPES }, { type, busy, failure }) {
    const shown = ['name', 'notes', 'login.username', 'login.password', 'login.uris[0].uri',
      ...CARD_FIELDS.map(([n]) => `card.${n}`), ...IDENTITY_FIELDS.map(([n]) => `identity.${n}`)];
    const notesReason = failure?.fieldErrors?.notes;
    return h('form', { class: 'panel item-editor', onSubmit: e => this.submit(e), 'aria-label': item ? 'Edit item' : 'New item' },
      h('h3', null, item ? 'Edit item' : 'New item'),
      choice('Type', 'type', types, { value: type, disabled: !!item, onChange: e => this.setState({ type: e.target.value }) }),
      field('Name', 'name', { defaultValue: clear?.name || '', autocomplete: 'off' }, failure),
      this.fields(type, clear, failure),
      h('label', null, 'Notes', h('textarea', { name: 'notes', rows: type === 'SECURE_NOTE' ? 6 : 3,
        defaultValue: clear?.notes || '', 'aria-invalid': notesReason ? 'true' : null })),
      notesReason ? h('span', { class: 'field-error' }, notesReason) : null,
      this.placement(),
      error(failure, shown),
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', disabled: busy }, busy ? 'Saving…' : 'Save item'),
        h('button', { type: 'button', class: 'secondary', onClick: () => onCancel() }, 'Cancel')));
  }
}
