// The clients of one provider: search, sort, keyset paging, and a new client made with a key from this browser.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, error, field, values } from './forms.js';
import * as router from './router.js';
import * as session from './session.js';

const PAGE = 10;
const COLUMNS = [['name', 'Name'], ['seats', 'Assigned seats'], ['occupiedSeats', 'Used'], [null, 'Remaining'],
  ['plan', 'Plan'], ['status', 'Status']];

export class Clients extends Component {
  state = { rows: null, next: null, pages: [], search: '', sort: 'name', direction: 'asc', error: null,
    adding: false };

  componentDidMount() { this.load(null); }

  componentDidUpdate(previous) {
    if (previous.provider.id !== this.props.provider.id) this.setState({ pages: [] }, () => this.load(null));
  }

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

  render({ provider }, { rows, next, pages, sort, direction, error: message, adding }) {
    return h('section', { class: 'card' },
      h('header', { class: 'bar' },
        h('h2', null, `Clients of ${provider.name}`),
        h('button', { type: 'button', onClick: () => this.setState({ adding: !adding }) },
          adding ? 'Close' : 'New client')),
      adding ? h(NewClient, { provider, onCreated: () => this.restart({ adding: false }) }) : null,
      h('form', { class: 'search', role: 'search', onSubmit: e => this.restart({ search: values(e).search }) },
        h('input', { name: 'search', type: 'search', placeholder: 'Search by name', 'aria-label': 'Search' }),
        h('button', { type: 'submit' }, 'Search')),
      error(message),
      rows === null ? h('p', null, 'Loading…') : rows.length === 0 && pages.length === 0
        ? h('p', { class: 'empty' }, 'No clients yet. Create the first with New client.')
        : h('table', { class: 'clients' },
          h('thead', null, h('tr', null, COLUMNS.map(([key, label]) => h('th', { scope: 'col' }, key
            ? h('button', { class: 'link', type: 'button', onClick: () => this.sortBy(key) },
              label + (sort === key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''))
            : label)))),
          h('tbody', null, rows.map(row => h('tr', { key: row.organizationId },
            h('td', null, h('a', { href: router.href('organizations', row.organizationId, 'members') }, row.name)),
            h('td', null, row.seats), h('td', null, row.occupiedSeats),
            h('td', null, row.remainingSeats), h('td', null, row.plan), h('td', null, row.status))))),
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
