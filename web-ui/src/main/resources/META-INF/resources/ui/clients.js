// The clients of one provider: search, sort, keyset paging; rename and resize a client; and, for Provider Admins,
// a new client made with a key from this browser, an organization they own added, and a client unlinked.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, choice, error, field, values } from './forms.js';
import * as router from './router.js';
import * as session from './session.js';

const PAGE = 10;
const COLUMNS = [['name', 'Name'], ['seats', 'Assigned seats'], ['occupiedSeats', 'Used'], [null, 'Remaining'],
  ['plan', 'Plan'], ['status', 'Status'], [null, 'Actions']];

export class Clients extends Component {
  state = { rows: null, next: null, pages: [], search: '', sort: 'name', direction: 'asc', error: null,
    adding: null, editing: null, unlinking: null, busy: false, failure: null };

  componentDidMount() { this.load(null); }

  componentDidUpdate(previous, before) {
    if (previous.provider.id !== this.props.provider.id) this.setState({ pages: [] }, () => this.load(null));
    // the asking button replaced the one that had the focus: a keyboard user answers it where they are
    if (this.state.unlinking && this.state.unlinking !== before.unlinking) this.asking?.focus();
  }

  ask = button => { this.asking = button; };

  async load(token) {
    const { search, sort, direction } = this.state;
    const query = new URLSearchParams({ sort, direction, limit: String(PAGE) });
    if (search) query.set('search', search);
    if (token) query.set('continuationToken', token);
    try {
      const page = await api.get(`/providers/${this.props.provider.id}/clients?${query}`);
      this.setState({ rows: page.data, next: page.continuationToken || null, error: null });
    } catch (e) {
      this.setState({ error: e.message });
    }
  }

  unlink(row) {
    attempt(this, async () => {
      await api.del(`/providers/${this.props.provider.id}/clients/${row.organizationId}`);
      this.restart({ unlinking: null });
    });
  }

  actions(row, admin) {
    const { unlinking, busy } = this.state;
    return h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'small secondary', 'aria-label': `Edit ${row.name}`,
        onClick: () => this.setState({ editing: row.organizationId, unlinking: null }) }, 'Edit'),
      !admin ? null : unlinking === row.organizationId
        ? [h('button', { type: 'button', class: 'small danger', disabled: busy, ref: this.ask,
          onClick: () => this.unlink(row) },
          `Really unlink ${row.name}?`),
        h('button', { type: 'button', class: 'small secondary', onClick: () => this.setState({ unlinking: null }) },
          'Keep')]
        : h('button', { type: 'button', class: 'small danger', 'aria-label': `Unlink ${row.name}`,
          onClick: () => this.setState({ unlinking: row.organizationId }) }, 'Unlink'));
  }

  restart(change) { this.setState({ ...change, pages: [] }, () => this.load(null)); }

  sortBy(column) {
    const direction = this.state.sort === column && this.state.direction === 'asc' ? 'desc' : 'asc';
    this.restart({ sort: column, direction });
  }

  nextPage() {
    this.setState({ pages: [...this.state.pages, this.state.current || null], current: this.state.next });
    this.load(this.state.next);
  }

  previousPage() {
    const pages = [...this.state.pages];
    const token = pages.pop();
    this.setState({ pages, current: token });
    this.load(token);
  }

  render({ provider }, { rows, next, pages, sort, direction, error: message, adding, editing, failure }) {
    // Service Users rename and resize clients; creating, adding and unlinking them is for Provider Admins
    const admin = provider.role === 'PROVIDER_ADMIN';
    const edited = editing && rows?.find(r => r.organizationId === editing);
    const toggle = kind => this.setState({ adding: adding === kind ? null : kind });
    return h('section', { class: 'card' },
      h('header', { class: 'bar' },
        h('h2', null, `Clients of ${provider.name}`),
        admin ? h('div', { class: 'buttons', role: 'group', 'aria-label': 'Add a client' },
          h('button', { type: 'button', 'aria-expanded': String(adding === 'new'), onClick: () => toggle('new') },
            adding === 'new' ? 'Close' : 'New client'),
          h('button', { type: 'button', class: 'secondary', 'aria-expanded': String(adding === 'existing'),
            onClick: () => toggle('existing') }, adding === 'existing' ? 'Close' : 'Add existing organization'))
          : null),
      adding === 'new' ? h(NewClient, { provider, onCreated: () => this.restart({ adding: null }) }) : null,
      adding === 'existing' ? h(AddExisting, { provider, onAdded: () => this.restart({ adding: null }) }) : null,
      edited ? h(EditClient, { provider, client: edited, key: edited.organizationId,
        onDone: () => this.restart({ editing: null }), onCancel: () => this.setState({ editing: null }) }) : null,
      h('form', { class: 'search', role: 'search', onSubmit: e => this.restart({ search: values(e).search }) },
        h('input', { name: 'search', type: 'search', placeholder: 'Search by name', 'aria-label': 'Search' }),
        h('button', { type: 'submit' }, 'Search')),
      error(message),
      error(failure),
      rows === null ? h('p', null, 'Loading…') : rows.length === 0 && pages.length === 0
        ? h('p', { class: 'empty' }, admin ? 'No clients yet. Create the first with New client.' : 'No clients yet.')
        : h('table', { class: 'clients' },
          h('thead', null, h('tr', null, COLUMNS.map(([key, label]) => h('th', { scope: 'col' }, key
            ? h('button', { class: 'link', type: 'button', onClick: () => this.sortBy(key) },
              label + (sort === key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''))
            : label)))),
          h('tbody', null, rows.map(row => h('tr', { key: row.organizationId },
            h('td', null, h('a', { href: router.href('organizations', row.organizationId, 'members') }, row.name)),
            h('td', null, row.seats), h('td', null, row.occupiedSeats),
            h('td', null, row.remainingSeats), h('td', null, row.plan), h('td', null, row.status),
            this.actions(row, admin))))),
      h('nav', { class: 'pager' },
        pages.length > 0 ? h('button', { type: 'button', onClick: () => this.previousPage() }, 'Previous') : null,
        next ? h('button', { type: 'button', onClick: () => this.nextPage() }, 'Next') : null));
  }
}

class NewClient extends Component {
  state = { busy: false, failure: null };

  submit(event) {
    const form = values(event);
    attempt(this, async () => {
      await session.newClient(this.props.provider,
        { name: form.name, ownerEmail: form.ownerEmail, plan: form.plan, seats: Number(form.seats) });
      this.props.onCreated();
    });
  }

  render(_, { busy, failure }) {
    return h('form', { class: 'new-client', onSubmit: e => this.submit(e) },
      field('Client name', 'name', {}, failure),
      field('Owner email', 'ownerEmail', { type: 'email' }, failure),
      h('label', null, 'Plan', h('select', { name: 'plan' },
        h('option', { value: 'TEAMS' }, 'Teams'), h('option', { value: 'ENTERPRISE' }, 'Enterprise'))),
      field('Seats', 'seats', { type: 'number', min: 1, defaultValue: 10 }, failure),
      error(failure, ['name', 'ownerEmail', 'seats']),
      h('button', { type: 'submit', disabled: busy }, busy ? 'Creating…' : 'Create client'));
  }
}

/** Any member renames a client or changes its seats; the API refuses a Service User seats beyond those bought. */
class EditClient extends Component {
  state = { busy: false, failure: null };

  submit(event) {
    const form = values(event);
    attempt(this, async () => {
      await api.put(`/providers/${this.props.provider.id}/clients/${this.props.client.organizationId}`,
        { name: form.name, seats: Number(form.seats) });
      this.props.onDone();
    });
  }

  render({ client, onCancel }, { busy, failure }) {
    return h('form', { class: 'panel', onSubmit: e => this.submit(e) },
      h('h3', null, `Edit ${client.name}`),
      field('Client name', 'name', { defaultValue: client.name, maxLength: 50 }, failure),
      field('Seats', 'seats', { type: 'number', min: 1, defaultValue: client.seats }, failure),
      error(failure, ['name', 'seats']),
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', disabled: busy }, busy ? 'Saving…' : 'Save client'),
        h('button', { type: 'button', class: 'secondary', onClick: () => onCancel() }, 'Cancel')));
  }
}

/** The organizations the user owns and no provider manages yet, one of which joins this provider. */
class AddExisting extends Component {
  state = { organizations: null, busy: false, failure: null };

  componentDidMount() {
    attempt(this, async () => {
      const vault = await api.get('/vault');
      this.setState({ organizations: (vault.organizations || [])
        .filter(o => o.type === 'OWNER' && !o.providerId).sort((a, b) => a.name.localeCompare(b.name)) });
    });
  }

  submit(event) {
    const { organizationId } = values(event);
    attempt(this, async () => {
      await session.addExistingClient(this.props.provider, organizationId);
      this.props.onAdded();
    });
  }

  render(_, { organizations, busy, failure }) {
    if (organizations === null) return h('div', { class: 'panel' }, failure ? error(failure) : h('p', null, 'Loading…'));
    if (organizations.length === 0) {
      return h('p', { class: 'panel empty' }, 'You own no organization outside a provider.');
    }
    return h('form', { class: 'panel', onSubmit: e => this.submit(e) },
      choice('Organization you own', 'organizationId', organizations.map(o => [o.id, o.name])),
      error(failure, ['organizationId']),
      h('button', { type: 'submit', disabled: busy }, busy ? 'Adding…' : 'Add to provider'));
  }
}
