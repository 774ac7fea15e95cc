// An organization's members: invite (up to 20 at once, with a role and collection access), confirm with the
// public key the server serves, reinvite, change the role, revoke, restore and remove; filters and bulk confirm.
import { h, Component } from './preact.js';
import { accessList, levelSelect } from './access.js';
import * as api from './api.js';
import { attempt, choice, error } from './forms.js';
import * as session from './session.js';

export const ROLES = [['USER', 'User'], ['ADMIN', 'Admin'], ['OWNER', 'Owner'], ['CUSTOM', 'Custom']];
export const PERMISSIONS = [['ACCESS_EVENT_LOGS', 'Access event logs'], ['ACCESS_IMPORT_EXPORT', 'Import and export'],
  ['ACCESS_REPORTS', 'Access reports'], ['CREATE_NEW_COLLECTIONS', 'Create collections'],
  ['EDIT_ANY_COLLECTION', 'Edit any collection'], ['DELETE_ANY_COLLECTION', 'Delete any collection'],
  ['MANAGE_GROUPS', 'Manage groups'], ['MANAGE_POLICIES', 'Manage policies'], ['MANAGE_USERS', 'Manage members']];
const FILTERS = [['ALL', 'All'], ['INVITED', 'Invited'], ['ACCEPTED', 'Needs confirmation'], ['REVOKED', 'Revoked']];
const ROLE_NAMES = Object.fromEntries(ROLES);

/** Members' emails by user id, to name who acted in an event log. */
export function people(members) {
  return Object.fromEntries(members.filter(m => m.userId).map(m => [m.userId, m.email]));
}

/** An organization's collections with their names opened; none for those who cannot read them. */
export async function openCollections(organization) {
  const key = await session.organizationKey(organization.id);
  const collections = (await api.get(`/organizations/${organization.id}/collections`)).data;
  for (const c of collections) c.clearName = await session.openText(key, c.name);
  return collections.sort((a, b) => a.clearName.localeCompare(b.clearName));
}

/** Checkboxes of the Custom role's permissions. */
export function permissionBoxes(chosen, onChange) {
  return h('fieldset', { class: 'permissions' }, h('legend', null, 'Permissions'),
    PERMISSIONS.map(([value, label]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', checked: chosen.includes(value),
        onChange: e => onChange(e.target.checked ? [...chosen, value] : chosen.filter(p => p !== value)) }),
      label)));
}

export class Members extends Component {
  state = { members: null, collections: [], filter: 'ALL', selected: [], inviting: false, editing: null,
    busy: false, failure: null };

  componentDidMount() { this.load(); }

  load() {
    const { organization, onPeople } = this.props;
    return attempt(this, async () => {
      const members = (await api.get(`/organizations/${organization.id}/users`)).data;
      onPeople?.(people(members));
      this.setState({ members, selected: [], collections: await openCollections(organization).catch(() => []) });
    });
  }

  path(suffix = '') { return `/organizations/${this.props.organization.id}/users${suffix}`; }

  act(action) {
    attempt(this, async () => {
      await action();
      await this.load();
    });
  }

  confirm(ids) {
    this.act(async () => {
      const key = await session.organizationKey(this.props.organization.id);
      const answer = await session.confirmMembers(`/organizations/${this.props.organization.id}`, ids, key);
      const refused = (answer?.data || answer || []).filter(r => r.error);
      if (refused.length) throw new Error(`Not confirmed: ${refused.map(r => r.error).join('; ')}`);
    });
  }

  toggle(id, on) {
    const selected = this.state.selected.filter(s => s !== id);
    this.setState({ selected: on ? [...selected, id] : selected });
  }

  row(m) {
    const actions = [];
    const button = (text, onClick, cls) => h('button', { type: 'button', class: cls || 'small', onClick,
      'aria-label': `${text} ${m.email}` }, text);
    if (m.status === 'ACCEPTED') actions.push(button('Confirm', () => this.confirm([m.id])));
    if (m.status === 'INVITED') actions.push(button('Reinvite', () => this.act(() => api.post(this.path(`/${m.id}/reinvite`)))));
    if (m.status === 'REVOKED') actions.push(button('Restore', () => this.act(() => api.put(this.path(`/${m.id}/restore`)))));
    else actions.push(button('Revoke', () => this.act(() => api.put(this.path(`/${m.id}/revoke`))), 'small secondary'));
    actions.push(button('Edit', () => this.setState({ editing: m.id }), 'small secondary'));
    actions.push(button('Remove', () => this.act(() => api.del(this.path(`/${m.id}`))), 'small danger'));
    return h('tr', { key: m.id },
      h('td', null, h('input', { type: 'checkbox', 'aria-label': `Select ${m.email}`,
        checked: this.state.selected.includes(m.id), onChange: e => this.toggle(m.id, e.target.checked) })),
      h('td', null, m.name ? h('span', null, m.name, h('br'), h('small', null, m.email)) : m.email),
      h('td', { 'data-label': 'Role' }, ROLE_NAMES[m.type] || m.type),
      h('td', { 'data-label': 'Status' }, statusLabel(m.status)),
      h('td', { class: 'actions' }, actions));
  }

  render({ organization }, { members, collections, filter, selected, inviting, editing, busy, failure }) {
    const shown = (members || []).filter(m => filter === 'ALL' || m.status === filter);
    const confirmable = selected.filter(id => members.find(m => m.id === id)?.status === 'ACCEPTED');
    const edited = editing && members?.find(m => m.id === editing);
    return h('section', { class: 'card' },
      h('header', { class: 'bar' }, h('h2', null, 'Members'),
        h('button', { type: 'button', onClick: () => this.setState({ inviting: !inviting }) },
          inviting ? 'Close' : 'Invite members')),
      inviting ? h(Invite, { organization, collections, onDone: () => { this.setState({ inviting: false }); this.load(); } })
        : null,
      edited ? h(EditMember, { organization, member: edited, onDone: () => { this.setState({ editing: null }); this.load(); } })
        : null,
      h('div', { class: 'filters', role: 'group', 'aria-label': 'Show' },
        FILTERS.map(([value, label]) => h('button', { type: 'button', class: 'chip', 'aria-pressed': String(filter === value),
          onClick: () => this.setState({ filter: value }) },
          `${label} (${(members || []).filter(m => value === 'ALL' || m.status === value).length})`)),
        h('button', { type: 'button', disabled: busy || confirmable.length === 0,
          onClick: () => this.confirm(confirmable) }, `Confirm selected (${confirmable.length})`)),
      error(failure),
      members === null ? h('p', null, 'Loading…') : shown.length === 0
        ? h('p', { class: 'empty' }, 'No members here.')
        : h('table', { class: 'members stack' },
          h('thead', null, h('tr', null, ['', 'Member', 'Role', 'Status', 'Actions'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', null, shown.map(m => this.row(m)))));
  }
}

function statusLabel(status) {
  return { INVITED: 'Invited', ACCEPTED: 'Needs confirmation', CONFIRMED: 'Confirmed', REVOKED: 'Revoked' }[status]
    || status;
}

class Invite extends Component {
  state = { type: 'USER', permissions: [], levels: {}, busy: false, failure: null };

  submit(event) {
    event.preventDefault();
    const emails = new FormData(event.target).get('emails').split(/[\s,;]+/).filter(Boolean);
    const { type, permissions, levels } = this.state;
    attempt(this, async () => {
      const answer = await api.post(`/organizations/${this.props.organization.id}/users/invite`, {
        emails, type, permissions: type === 'CUSTOM' ? permissions : [], collections: accessList(levels) });
      if (answer.skipped?.length) throw new Error(`Already members: ${answer.skipped.join(', ')}`);
      this.props.onDone();
    });
  }

  render({ collections }, { type, permissions, levels, busy, failure }) {
    const reasons = failure?.fieldErrors || {};
    const emailReason = Object.entries(reasons).find(([f]) => f.startsWith('emails'))?.[1];
    return h('form', { class: 'panel', onSubmit: e => this.submit(e) },
      h('label', null, 'Emails (up to 20, separated by commas or lines)',
        h('textarea', { name: 'emails', required: true, rows: 3, 'aria-invalid': emailReason ? 'true' : null }),
        emailReason ? h('span', { class: 'field-error' }, emailReason) : null),
      choice('Role', 'type', ROLES, { value: type, onChange: e => this.setState({ type: e.target.value }) }),
      type === 'CUSTOM' ? permissionBoxes(permissions, p => this.setState({ permissions: p })) : null,
      collections.length ? h('fieldset', null, h('legend', null, 'Collections'),
        collections.map(c => h('div', { class: 'access-row' }, h('span', null, c.clearName),
          levelSelect(`Access to ${c.clearName}`, levels[c.id] || '',
            level => this.setState({ levels: { ...levels, [c.id]: level } }))))) : null,
      error(failure, Object.keys(reasons).filter(f => f.startsWith('emails'))),
      h('button', { type: 'submit', disabled: busy }, busy ? 'Inviting…' : 'Send invitations'));
  }
}

class EditMember extends Component {
  state = { type: this.props.member.type, permissions: this.props.member.permissions || [], busy: false, failure: null };

  submit(event) {
    event.preventDefault();
    const { member, organization } = this.props;
    const { type, permissions } = this.state;
    attempt(this, async () => {
      await api.put(`/organizations/${organization.id}/users/${member.id}`, {
        type, permissions: type === 'CUSTOM' ? permissions : [], collections: member.collections,
        groups: member.groups });
      this.props.onDone();
    });
  }

  render({ member, onDone }, { type, permissions, busy, failure }) {
    return h('form', { class: 'panel', onSubmit: e => this.submit(e) },
      h('h3', null, `Role of ${member.email}`),
      choice('Role', 'type', ROLES, { value: type, onChange: e => this.setState({ type: e.target.value }) }),
      type === 'CUSTOM' ? permissionBoxes(permissions, p => this.setState({ permissions: p })) : null,
      error(failure),
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', disabled: busy }, 'Save role'),
        h('button', { type: 'button', class: 'secondary', onClick: () => onDone() }, 'Cancel')));
  }
}
