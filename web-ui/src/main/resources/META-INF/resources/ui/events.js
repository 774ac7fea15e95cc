// An event log (a provider's or an organization's): a date range, pages of 50 newest first, and the whole range
// as CSV. Actors are named by email where the page knows them.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, download, error } from './forms.js';

const DAY = 24 * 3600 * 1000;

/** A date input's value (a day, in the user's time zone) as an instant, at the day's start or its end. */
function instant(day, endOfDay) {
  const date = new Date(`${day}T00:00:00`);
  return new Date(date.getTime() + (endOfDay ? DAY : 0)).toISOString();
}

function day(date) {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

export class EventLog extends Component {
  state = { start: day(new Date(Date.now() - 30 * DAY)), end: day(new Date()), entries: null, next: null,
    busy: false, failure: null };

  componentDidMount() { this.load(false); }

  range() {
    return new URLSearchParams({ start: instant(this.state.start, false), end: instant(this.state.end, true) });
  }

  load(more) {
    attempt(this, async () => {
      const query = this.range();
      if (more) query.set('continuationToken', this.state.next);
      const page = await api.get(`${this.props.path}?${query}`);
      this.setState({ entries: more ? [...this.state.entries, ...page.data] : page.data,
        next: page.continuationToken || null });
    });
  }

  exportCsv() {
    attempt(this, async () => {
      const csv = await api.getText(`${this.props.path}?${this.range()}`, 'text/csv');
      download(`events-${this.state.start}-${this.state.end}.csv`, 'text/csv', csv);
    });
  }

  actor(entry) {
    const known = this.props.people?.[entry.actingUserId];
    return known || entry.actingUserId || entry.actorType || '';
  }

  render({ title }, { start, end, entries, next, busy, failure }) {
    return h('section', { class: 'card' },
      h('h2', null, title),
      h('form', { class: 'range', onSubmit: e => { e.preventDefault(); this.load(false); } },
        h('label', null, 'From', h('input', { type: 'date', name: 'start', value: start, required: true,
          onInput: e => this.setState({ start: e.target.value }) })),
        h('label', null, 'To', h('input', { type: 'date', name: 'end', value: end, required: true,
          onInput: e => this.setState({ end: e.target.value }) })),
        h('button', { type: 'submit', disabled: busy }, 'Show'),
        h('button', { type: 'button', class: 'secondary', disabled: busy, onClick: () => this.exportCsv() },
          'Export CSV')),
      error(failure),
      entries === null ? h('p', null, 'Loading…') : entries.length === 0
        ? h('p', { class: 'empty' }, 'No events in this range.')
        : h('table', { class: 'events stack' },
          h('thead', null, h('tr', null, ['When', 'Event', 'By'].map(t => h('th', { scope: 'col' }, t)))),
          h('tbody', null, entries.map(entry => h('tr', { key: entry.position },
            h('td', null, new Date(entry.date).toLocaleString()), h('td', null, entry.name),
            h('td', { 'data-label': 'By' }, this.actor(entry)))))),
      next ? h('button', { type: 'button', class: 'secondary', disabled: busy, onClick: () => this.load(true) },
        'Load more') : null);
  }
}
