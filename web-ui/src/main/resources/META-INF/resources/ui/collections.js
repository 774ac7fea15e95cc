// An organization's collections: names are encrypted under the organization key here and opened here; access per
// member and per group at Bitwarden's levels; create, rename, change access and delete.
import { h, Component } from './preact.js';
import { accessList, levelOf, levelSelect } from './access.js';
import * as api from './api.js';
import * as crypto from './crypto.js';
import { attempt, error, field } from './forms.js';
import { openCollections } from './members.js';
import * as session from './session.js';

/** The people and groups access can be given to; an empty list where the caller may not see them. */
async function grantees(organizationId) {
  const members = await api.get(`/organizations/${organizationId}/users`).then(a => a.data, () => []);
  const groups = await api.get(`/organizations/${organizationId}/groups`).then(a => a.data, () => []);
  return { members: members.filter(m => m.status !== 'REVOKED'), groups };
}

export class Collections extends Component {
  state = { collections: null, members: [], groups: [], editing: null, deleting: null, busy: false, failure: null };

  componentDidMount() { this.load(); }

  load() {
    return attempt(this, async () => {
      const { organization } = this.props;
      this.setState({ collections: await openCollections(organization), ...await grantees(organization.id),
        editing: null, deleting: null });
    });
  }

  remove(collection) {
    attempt(this, async () => {
      await api.del(`/organizations/${this.props.organization.id}/collections/${collection.id}`);
      await this.load();
    });
  }

  render({ organization }, { collections, members, groups, editing, deleting, busy, failure }) {
    const names = Object.fromEntries([...members.map(m => [m.id, m.email]), ...groups.map(g => [g.id, g.name])]);
    return h('section', { class: 'card' },
      h('header', { class: 'bar' }, h('h2', null, 'Collections'),
        h('button', { type: 'button', onClick: () => this.setState({ editing: editing === 'new' ? null : 'new' }) },
          editing === 'new' ? 'Close' : 'New collection')),
      editing ? h(CollectionForm, { organization, members, groups, key: editing,
        collection: collections?.find(c => c.id === editing), onDone: () => this.load(),
        onCancel: () => this.setState({ editing: null }) }) : null,
      error(failure),
      collections === null ? h('p', null, 'Loading…') : collections.length === 0
        ? h('p', { class: 'empty' }, 'No collections yet.')
        : h('table', { class: 'collections stack' },
          h('thead', null, h('tr', null, ['Name', 'Access', 'Actions'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', null, collections.map(c => h('tr', { key: c.id },
            h('td', null, c.clearName),
            h('td', { 'data-label': 'Access' }, [...(c.users || []), ...(c.groups || [])].map(a => names[a.id]).filter(Boolean).join(', ')
              || h('span', { class: 'muted' }, c.users ? 'Nobody' : '')),
            h('td', { class: 'actions' },
              c.users ? h('button', { type: 'button', class: 'small secondary', 'aria-label': `Edit ${c.clearName}`,
                onClick: () => this.setState({ editing: c.id }) }, 'Edit') : null,
              deleting === c.id
                ? h('button', { type: 'button', class: 'small danger', disabled: busy, onClick: () => this.remove(c) },
                  `Really delete ${c.clearName}?`)
                : h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${c.clearName}`,
                  onClick: () => this.setState({ deleting: c.id }) }, 'Delete')))))));
  }
}

/** A new collection, or one to rename and re-grant: the whole access list is sent each time. */
class CollectionForm extends Component {
  constructor(props) {
    super(props);
    const levels = {};
    for (const a of [...(props.collection?.users || []), ...(props.collection?.groups || [])]) levels[a.id] = levelOf(a);
    this.state = { levels, busy: false, failure: null };
  }

  submit(event) {
    event.preventDefault();
    const name = new FormData(event.target).get('name');
    const { organization, collection, members, groups } = this.props;
    const { levels } = this.state;
    const pick = ids => Object.fromEntries(Object.entries(levels).filter(([id]) => ids.includes(id)));
    attempt(this, async () => {
      const key = await session.organizationKey(organization.id);
      const body = { name: await crypto.encrypt(key, name), users: accessList(pick(members.map(m => m.id))),
        groups: accessList(pick(groups.map(g => g.id))) };
      if (collection) await api.put(`/organizations/${organization.id}/collections/${collection.id}`, body);
      else await api.post(`/organizations/${organization.id}/collections`, body);
      this.props.onDone();
    });
  }

  grant(id, label) {
    return h('div', { class: 'access-row' }, h('span', null, label),
      levelSelect(`Access for ${label}`, this.state.levels[id] || '',
        level => this.setState({ levels: { ...this.state.levels, [id]: level } })));
  }

  render({ collection, members, groups, onCancel }, { busy, failure }) {
    return h('form', { class: 'panel', onSubmit: e => this.submit(e) },
      field('Collection name', 'name', { defaultValue: collection?.clearName, maxLength: 200 }, failure),
      members.length ? h('fieldset', null, h('legend', null, 'Members'),
        members.map(m => this.grant(m.id, m.email))) : null,
      groups.length ? h('fieldset', null, h('legend', null, 'Groups'), groups.map(g => this.grant(g.id, g.name))) : null,
      error(failure, ['name']),
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', disabled: busy }, collection ? 'Save collection' : 'Create collection'),
        h('button', { type: 'button', class: 'secondary', onClick: () => onCancel() }, 'Cancel')));
  }
}
