// The auditor's page (the AUDITOR role, which an operator grants): the history as NDJSON with its filters, an
// organization as it was at an instant, the hash chain verified (against a kept head if given) and its signed head.
// Instants are typed as ISO 8601: an auditor compares them with the history's own timestamps, to the millisecond.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, download, error } from './forms.js';

const INSTANT_HINT = 'an instant such as 2026-12-01T15:10:00Z';

/** The form's text as an ISO instant, or a field error ({field: reason}) the page shows beside the field. */
function instantOf(text, fieldName) {
  if (!text) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw fieldError(fieldName, `must be ${INSTANT_HINT}`);
  return new Date(time).toISOString();
}

function fieldError(fieldName, reason) {
  const e = new Error('Check the marked field.');
  e.fieldErrors = { [fieldName]: reason };
  return e;
}

/** A text input with its reason beside it, as forms.field does, for optional inputs with a hint. */
function input(label, name, failure, props = {}) {
  const reason = failure?.fieldErrors?.[name];
  const id = `audit-${name}`;
  return h('label', null, label,
    h('input', { name, id, ...props, 'aria-invalid': reason ? 'true' : null,
      'aria-describedby': reason ? `${id}-error` : null }),
    reason ? h('span', { class: 'field-error', id: `${id}-error` }, reason) : null);
}

export function Auditor() {
  return h('div', null, h('h1', null, 'Audit'), h(History, null), h(PointInTime, null), h(Integrity, null));
}

class History extends Component {
  state = { lines: null, busy: false, failure: null };

  submit(event) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.target));
    attempt(this, async () => {
      this.setState({ lines: null });
      const query = new URLSearchParams();
      const from = instantOf(form.from, 'from');
      const to = instantOf(form.to, 'to');
      if (from) query.set('from', from);
      if (to) query.set('to', to);
      if (form.after) query.set('after', form.after);
      for (const type of form.type.split(/[\s,]+/).filter(Boolean)) query.append('type', type);
      if (form.organizationId) query.set('organizationId', form.organizationId.trim());
      if (form.providerId) query.set('providerId', form.providerId.trim());
      const text = await api.getText(`/audit/history?${query}`, 'application/x-ndjson');
      download(`history-${new Date().toISOString().replace(/[:.]/g, '-')}.ndjson`, 'application/x-ndjson', text);
      this.setState({ lines: text.split('\n').filter(Boolean).length });
    });
  }

  render(_, { lines, busy, failure }) {
    const fields = ['from', 'to', 'after', 'type', 'organizationId', 'providerId'];
    return h('section', { class: 'card' },
      h('h2', null, 'History'),
      h('p', { class: 'muted' }, 'Every event in order, one JSON object a line. Every filter is optional.'),
      h('form', { class: 'audit-filters', onSubmit: e => this.submit(e) },
        input('From (inclusive)', 'from', failure, { placeholder: INSTANT_HINT }),
        input('To (exclusive)', 'to', failure, { placeholder: INSTANT_HINT }),
        input('After position', 'after', failure, { type: 'number', min: 0, step: 1 }),
        input('Event types (comma separated)', 'type', failure, { placeholder: 'OrganizationUserConfirmed' }),
        input('Organization id', 'organizationId', failure),
        input('Provider id', 'providerId', failure),
        error(failure, fields),
        lines !== null ? h('p', { class: 'notice', role: 'status' }, `Downloaded ${lines} events.`) : null,
        h('button', { type: 'submit', disabled: busy }, busy ? 'Downloading…' : 'Download NDJSON')));
  }
}

class PointInTime extends Component {
  state = { view: null, busy: false, failure: null };

  submit(event) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.target));
    attempt(this, async () => {
      this.setState({ view: null });
      const at = instantOf(form.at, 'at');
      const query = at ? `?at=${encodeURIComponent(at)}` : '';
      this.setState({ view: await api.get(`/audit/organizations/${encodeURIComponent(form.organization.trim())}${query}`) });
    });
  }

  render(_, { view, busy, failure }) {
    return h('section', { class: 'card' },
      h('h2', null, 'Organization at an instant'),
      h('form', { class: 'audit-filters', onSubmit: e => this.submit(e) },
        input('Organization id', 'organization', failure, { required: true }),
        input('At (empty for now)', 'at', failure, { placeholder: INSTANT_HINT }),
        error(failure, ['organization', 'at']),
        h('button', { type: 'submit', disabled: busy }, 'Show organization')),
      view ? h(OrganizationState, { view }) : null);
  }
}

function OrganizationState({ view }) {
  const list = (title, rows, head, cells) => h('div', null, h('h3', null, `${title} (${rows.length})`),
    rows.length === 0 ? h('p', { class: 'empty' }, 'None.') : h('table', { class: `audit-${title.toLowerCase()}` },
      h('thead', null, h('tr', null, head.map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows.map(r => h('tr', null, cells(r).map(c => h('td', null, c)))))));
  return h('div', { class: 'audit-state', 'aria-live': 'polite' },
    h('dl', { class: 'facts' },
      h('dt', null, 'Name'), h('dd', null, view.name),
      h('dt', null, 'As of'), h('dd', null, view.at),
      h('dt', null, 'Last change'), h('dd', null, `${view.lastChange} (event ${view.sequence})`),
      h('dt', null, 'Plan and seats'), h('dd', null, `${view.plan}, ${view.seats} seats`),
      h('dt', null, 'Provider'), h('dd', null, view.providerId || 'none'),
      h('dt', null, 'Billing email'), h('dd', null, view.billingEmail),
      h('dt', null, 'Enabled'), h('dd', null, view.enabled ? 'yes' : 'no')),
    list('Members', view.members, ['Email', 'Role', 'Status'], m => [m.email, m.type, m.status]),
    list('Groups', view.groups, ['Name', 'Members'], g => [g.name, String(g.members.length)]),
    list('Collections', view.collections, ['Id', 'Members', 'Groups'],
      c => [c.id, String(c.users.length), String(c.groups.length)]),
    list('Policies', view.policies, ['Type', 'Enabled', 'Settings'],
      p => [p.type, p.enabled ? 'yes' : 'no', p.data || '']));
}

class Integrity extends Component {
  state = { verification: null, head: null, busy: false, failure: null };

  verify(event) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.target));
    attempt(this, async () => {
      this.setState({ verification: null });
      const query = new URLSearchParams();
      if (form.position) query.set('position', form.position);
      if (form.hash) query.set('hash', form.hash.trim());
      const verification = await api.get(`/audit/verify${query.size ? `?${query}` : ''}`);
      this.setState({ verification: { ...verification, kept: form.position || null } });
    });
  }

  signedHead() {
    attempt(this, async () => this.setState({ head: await api.get('/audit/head') }));
  }

  render(_, { verification, head, busy, failure }) {
    const v = verification;
    return h('section', { class: 'card' },
      h('h2', null, 'Integrity'),
      h('form', { class: 'audit-filters', onSubmit: e => this.verify(e) },
        input('Kept head position (optional)', 'position', failure, { type: 'number', min: 0, step: 1 }),
        input('Kept head hash (optional)', 'hash', failure, { maxLength: 64, placeholder: '64 hex digits' }),
        error(failure, ['position', 'hash']),
        h('div', { class: 'buttons' },
          h('button', { type: 'submit', disabled: busy }, 'Verify'),
          h('button', { type: 'button', class: 'secondary', disabled: busy, onClick: () => this.signedHead() },
            'Get signed head'))),
      v ? h('div', { class: 'verification', role: 'status' },
        h('p', { class: v.verified ? 'notice' : 'error' }, v.verified
          ? `Verified: the event log agrees with its hash chain up to position ${v.checkedUpTo}`
            + (v.kept ? `, and with the head kept at position ${v.kept}.` : '.')
          : `Not verified: agreement ends at position ${v.firstMismatch ?? '(not reached)'} (${v.reason}).`),
        h('dl', { class: 'facts' }, h('dt', null, 'Checked up to'), h('dd', null, String(v.checkedUpTo)),
          h('dt', null, 'Head'), h('dd', null, h('code', null, v.head)))) : null,
      head ? h('div', { class: 'signed-head' },
        h('h3', null, 'Signed head'),
        h('dl', { class: 'facts' },
          h('dt', null, 'Position'), h('dd', { class: 'head-position' }, String(head.position)),
          h('dt', null, 'Hash'), h('dd', null, h('code', { class: 'head-hash' }, head.hash)),
          h('dt', null, 'Signed at'), h('dd', null, head.signedAt),
          h('dt', null, 'Signature'), h('dd', null, h('code', null, head.signature))),
        h('button', { type: 'button', class: 'secondary',
          onClick: () => download(`head-${head.position}.json`, 'application/json', JSON.stringify(head, null, 2)) },
          'Save head as JSON')) : null);
  }
}
