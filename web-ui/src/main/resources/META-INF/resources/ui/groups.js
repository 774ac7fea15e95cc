// An organization's groups: create, rename and delete; their members (of the organization's members) and their
// access to each collection at Bitwarden's levels. Every save sends the group's whole state.
import { h, Component } from './preact.js';
import { accessList, levelOf, levelSelect } from './access.js';
import * as api from './api.js';
import { attempt, error, field } from './forms.js';
import { openCollections } from './members.js';

export class Groups extends Component {
  state = { groups: null, members: [], collections: [], editing: null, deleting: null, busy: false, failure: null };

  componentDidMount() { this.load(); }

  componentDidUpdate(_, before) {
    // the asking button replaced the one that had the focus: a keyboard user answers it where they are
    if (this.state.deleting && this.state.deleting !== before.deleting) this.asking?.focus();
  }

  ask = button => { this.asking = button; };

  path(suffix = '') { return `/organizations/${this.props.organization.id}/groups${suffix}`; }

  load() {
    return attempt(this, async () => {
      const { organization } = this.props;
      const groups = (await api.get(this.path())).data;
      const members = await api.get(`/organizations/${organization.id}/users`).then(a => a.data, () => []);
      const collections = await openCollections(organization).catch(() => []);
      this.setState({ groups, members: members.filter(m => m.status !== 'REVOKED'), collections, editing: null,
        deleting: null });
    });
  }

  remove(group) {
    attempt(this, async () => {
      await api.del(this.path(`/${group.id}`));
      await this.load();
    });
  }

  render({ organization }, { groups, members, collections, editing, deleting, busy, failure }) {
    const emails = Object.fromEntries(members.map(m => [m.id, m.email]));
    const names = Object.fromEntries(collections.map(c => [c.id, c.clearName]));
    return h('section', { class: 'card' },
      h('header', { class: 'bar' }, h('h2', null, 'Groups'),
        h('button', { type: 'button', onClick: () => this.setState({ editing: editing === 'new' ? null : 'new' }) },
          editing === 'new' ? 'Close' : 'New group')),
      editing ? h(GroupForm, { organization, members, collections, key: editing,
        group: groups?.find(g => g.id === editing), onDone: () => this.load(),
        onCancel: () => this.setState({ editing: null }) }) : null,
      error(failure),
      groups === null ? (failure ? null : h('p', null, 'Loading…')) : groups.length === 0
        ? h('p', { class: 'empty' }, 'No groups yet.')
        : h('table', { class: 'groups' },
          h('thead', null, h('tr', null, ['Name', 'Members', 'Collections', 'Actions'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', null, groups.map(g => h('tr', { key: g.id },
            h('td', null, g.name),
            h('td', null, g.members.map(id => emails[id] || id).join(', ') || h('span', { class: 'muted' }, 'Nobody')),
            h('td', null, g.collections.map(a => names[a.id] || a.id).join(', ')
              || h('span', { class: 'muted' }, 'None')),
            h('td', { class: 'actions' },
              h('button', { type: 'button', class: 'small secondary', 'aria-label': `Edit ${g.name}`,
                onClick: () => this.setState({ editing: g.id, deleting: null }) }, 'Edit'),
              deleting === g.id
                ? [h('button', { type: 'button', class: 'small danger', disabled: busy, ref: this.ask,
                  onClick: () => this.remove(g) },
                  `Really delete ${g.name}?`),
                h('button', { type: 'button', class: 'small secondary', onClick: () => this.setState({ deleting: null }) },
                  'Keep')]
                : h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete ${g.name}`,
                  onClick: () => this.setState({ deleting: g.id }) }, 'Delete')))))));
  }
}

class GroupForm extends Component {
  constructor(props) {
    super(props);
    const levels = {};
    for (const a of props.group?.collections || []) levels[a.id] = levelOf(a);
    this.state = { chosen: props.group?.members || [], levels, busy: false, failure: null };
  }

  submit(event) {
    event.preventDefault();
    const name = new FormData(event.target).get('name');
    const { organization, group } = this.props;
    const body = { name, members: this.state.chosen, collections: accessList(this.state.levels) };
    attempt(this, async () => {
      const path = `/organizations/${organization.id}/groups`;
      if (group) await api.put(`${path}/${group.id}`, body);
      else await api.post(path, body);
      await this.props.onDone();
    });
  }

  toggle(id, on) {
    const chosen = this.state.chosen.filter(c => c !== id);
    this.setState({ chosen: on ? [...chosen, id] : chosen });
  }

  render({ group, members, collections, onCancel }, { chosen, levels, busy, failure }) {
    return h('form', { class: 'panel', onSubmit: e => this.submit(e) },
      field('Group name', 'name', { defaultValue: group?.name, maxLength: 100 }, failure),
      h('fieldset', null, h('legend', null, 'Members'),
        members.length === 0 ? h('p', { class: 'empty' }, 'No members to add.')
          : members.map(m => h('label', { class: 'check' },
            h('input', { type: 'checkbox', checked: chosen.includes(m.id), onChange: e => this.toggle(m.id, e.target.checked) }),
            m.name ? `${m.name} (${m.email})` : m.email))),
      h('fieldset', null, h('legend', null, 'Collections'),
        collections.length === 0 ? h('p', { class: 'empty' }, 'No collections yet.')
          : collections.map(c => h('div', { class: 'access-row' }, h('span', null, c.clearName),
            levelSelect(`Access to ${c.clearName}`, levels[c.id] || '',
              level => this.setState({ levels: { ...levels, [c.id]: level } }))))),
      error(failure, ['name']),
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', disabled: busy }, group ? 'Save group' : 'Create group'),
        h('button', { type: 'button', class: 'secondary', onClick: () => onCancel() }, 'Cancel')));
  }
}
