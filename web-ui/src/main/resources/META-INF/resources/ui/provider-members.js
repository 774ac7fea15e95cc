// A provider's members, for its Provider Admins: invite (up to 20 at once, with a role), confirm with the public
// key the server serves, reinvite, change the role and remove, one by one or the selected ones in bulk.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, choice, error } from './forms.js';
import * as session from './session.js';

export const PROVIDER_ROLES = [['SERVICE_USER', 'Service User'], ['TECHNICIAN', 'Technician (read-only)'],
  ['PROVIDER_ADMIN', 'Provider Admin']];
const ROLE_NAMES = Object.fromEntries(PROVIDER_ROLES);
const FILTERS = [['ALL', 'All'], ['INVITED', 'Invited'], ['ACCEPTED', 'Needs confirmation']];
const STATUS_NAMES = { INVITED: 'Invited', ACCEPTED: 'Needs confirmation', CONFIRMED: 'Confirmed' };

/** Throws the refusals of a bulk answer ({id, error} each), named by the members' emails. */
function requireAllDone(answer, members, verb) {
  const refused = (answer?.data || answer || []).filter(r => r.error);
  if (refused.length) {
    const email = id => members.find(m => m.id === id)?.email || id;
    throw new Error(`Not ${verb}: ${refused.map(r => `${email(r.id)} (${r.error})`).join('; ')}`);
  }
}

export class ProviderMembers extends Component {
  state = { members: null, filter: 'ALL', selected: [], inviting: false, editing: null, removing: null,
    busy: false, failure: null };

  componentDidMount() { this.load(); }

  componentDidUpdate(_, before) {
    // the asking button replaced the one that had the focus: a keyboard user answers it where they are
    if (this.state.removing && this.state.removing !== before.removing) this.asking?.focus();
  }

  ask = button => { this.asking = button; };

  path(suffix = '') { return `/providers/${this.props.provider.id}/users${suffix}`; }

  load() {
    return attempt(this, async () => {
      this.setState({ members: (await api.get(this.path())).data, selected: [], editing: null, removing: null });
    });
  }

  act(action) {
    attempt(this, async () => {
      try {
        await action();
      } finally {
        await this.load().catch(() => {});
      }
    });
  }

  confirm(ids) {
    this.act(async () => {
      const key = await session.providerKey(this.props.provider);
      requireAllDone(await session.confirmMembers(`/providers/${this.props.provider.id}`, ids, key),
        this.state.members, 'confirmed');
    });
  }

  bulk(verb, ids) {
    this.act(async () => requireAllDone(await api.post(this.path(`/${verb}`), { ids }), this.state.members,
      verb === 'remove' ? 'removed' : `${verb}d`));
  }

  toggle(id, on) {
    const selected = this.state.selected.filter(s => s !== id);
    this.setState({ selected: on ? [...selected, id] : selected });
  }

  row(m) {
    const button = (text, onClick, cls = 'small') => h('button', { type: 'button', class: cls, onClick,
      disabled: this.state.busy, 'aria-label': `${text} ${m.email}` }, text);
    const actions = [];
    if (m.status === 'ACCEPTED') actions.push(button('Confirm', () => this.confirm([m.id])));
    if (m.status === 'INVITED') actions.push(button('Reinvite', () => this.act(() => api.post(this.path(`/${m.id}/reinvite`)))));
    actions.push(button('Edit role', () => this.setState({ editing: m.id }), 'small secondary'));
    actions.push(this.state.removing === m.id
      ? h('span', { class: 'buttons' },
        h('button', { type: 'button', class: 'small danger', disabled: this.state.busy, ref: this.ask,
          onClick: () => this.act(() => api.del(this.path(`/${m.id}`))) }, `Really remove ${m.email}?`),
        h('button', { type: 'button', class: 'small secondary', onClick: () => this.setState({ removing: null }) },
          'Keep'))
      : button('Remove', () => this.setState({ removing: m.id }), 'small danger'));
    return h('tr', { key: m.id },
      h('td', null, h('input', { type: 'checkbox', 'aria-label': `Select ${m.email}`,
        checked: this.state.selected.includes(m.id), onChange: e => this.toggle(m.id, e.target.checked) })),
      h('td', null, m.name ? h('span', null, m.name, h('br'), h('small', null, m.email)) : m.email),
      h('td', null, ROLE_NAMES[m.type] || m.type), h('td', null, STATUS_NAMES[m.status] || m.status),
      h('td', { class: 'actions' }, actions));
  }

  render({ provider }, { members, filter, selected, inviting, editing, busy, failure }) {
    const all = members || [];
    const shown = all.filter(m => filter === 'ALL' || m.status === filter);
    const withStatus = status => selected.filter(id => all.find(m => m.id === id)?.status === status);
    const confirmable = withStatus('ACCEPTED');
    const reinvitable = withStatus('INVITED');
    const edited = editing && all.find(m => m.id === editing);
    return h('section', { class: 'card' },
      h('header', { class: 'bar' }, h('h2', null, `Members of ${provider.name}`),
        h('button', { type: 'button', onClick: () => this.setState({ inviting: !inviting }) },
          inviting ? 'Close' : 'Invite members')),
      inviting ? h(Invite, { provider, onDone: () => { this.setState({ inviting: false }); this.load(); } }) : null,
      edited ? h(EditRole, { provider, member: edited, key: edited.id, onDone: () => this.load(),
        onCancel: () => this.setState({ editing: null }) }) : null,
      h('div', { class: 'filters', role: 'group', 'aria-label': 'Show' },
        FILTERS.map(([value, label]) => h('button', { type: 'button', class: 'chip',
          'aria-pressed': String(filter === value), onClick: () => this.setState({ filter: value }) },
          `${label} (${all.filter(m => value === 'ALL' || m.status === value).length})`))),
      h('div', { class: 'filters', role: 'group', 'aria-label': 'Selected members' },
        h('button', { type: 'button', disabled: busy || confirmable.length === 0,
          onClick: () => this.confirm(confirmable) }, `Confirm selected (${confirmable.length})`),
        h('button', { type: 'button', class: 'secondary', disabled: busy || reinvitable.length === 0,
          onClick: () => this.bulk('reinvite', reinvitable) }, `Reinvite selected (${reinvitable.length})`),
        h('button', { type: 'button', class: 'danger', disabled: busy || selected.length === 0,
          onClick: () => this.bulk('remove', selected) }, `Remove selected (${selected.length})`)),
      error(failure),
      members === null ? (failure ? null : h('p', null, 'Loading…')) : shown.length === 0
        ? h('p', { class: 'empty' }, 'No members here.')
        : h('table', { class: 'members' },
          h('thead', null, h('tr', null, ['', 'Member', 'Role', 'Status', 'Actions'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', null, shown.map(m => this.row(m)))));
  }
}

class Invite extends Component {
  state = { busy: false, failure: null };

  submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const emails = form.get('emails').split(/[\s,;]+/).filter(Boolean);
    attempt(this, async () => {
      const answer = await api.post(`/providers/${this.props.provider.id}/users/invite`,
        { emails, type: form.get('type') });
      if (answer.skipped?.length) throw new Error(`Already members: ${answer.skipped.join(', ')}`);
      this.props.onDone();
    });
  }

  render(_, { busy, failure }) {
    const reasons = failure?.fieldErrors || {};
    const emailFields = Object.keys(reasons).filter(f => f.startsWith('emails'));
    const emailReason = emailFields.map(f => reasons[f])[0];
    return h('form', { class: 'panel', onSubmit: e => this.submit(e) },
      h('label', null, 'Emails (up to 20, separated by commas or lines)',
        h('textarea', { name: 'emails', required: true, rows: 3, 'aria-invalid': emailReason ? 'true' : null,
          'aria-describedby': emailReason ? 'invite-emails-error' : null }),
        emailReason ? h('span', { class: 'field-error', id: 'invite-emails-error' }, emailReason) : null),
      choice('Role', 'type', PROVIDER_ROLES),
      error(failure, emailFields),
      h('button', { type: 'submit', disabled: busy }, busy ? 'Inviting…' : 'Send invitations'));
  }
}

class EditRole extends Component {
  state = { type: this.props.member.type, busy: false, failure: null };

  submit(event) {
    event.preventDefault();
    const { type } = this.state;
    attempt(this, async () => {
      await api.put(`/providers/${this.props.provider.id}/users/${this.props.member.id}`, { type });
      await this.props.onDone();
    });
  }

  render({ member, onCancel }, { type, busy, failure }) {
    return h('form', { class: 'panel', onSubmit: e => this.submit(e) },
      h('h3', null, `Role of ${member.email}`),
      choice('Role', 'type', PROVIDER_ROLES, { value: type, onChange: e => this.setState({ type: e.target.value }) }),
      error(failure),
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', disabled: busy }, 'Save role'),
        h('button', { type: 'button', class: 'secondary', onClick: () => onCancel() }, 'Cancel')));
  }
}
