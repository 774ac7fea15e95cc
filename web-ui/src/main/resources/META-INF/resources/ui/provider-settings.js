// A provider's profile (name, business name, billing email), which its Provider Admins edit, and its seat pool per
// plan, which they only read: the seats bought are set by an operator, as billing is outside the portal.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, error, field } from './forms.js';

export class ProviderSettings extends Component {
  state = { profile: null, saved: false, busy: false, failure: null };

  componentDidMount() { this.load(); }

  load() {
    return attempt(this, async () => {
      this.setState({ profile: await api.get(`/providers/${this.props.provider.id}`) });
    });
  }

  submit(event) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.target));
    this.setState({ saved: false });
    attempt(this, async () => {
      await api.put(`/providers/${this.props.provider.id}`, { name: form.name,
        businessName: form.businessName || null, billingEmail: form.billingEmail });
      await this.load();
      this.setState({ saved: true });
      await this.props.onChanged?.();
    });
  }

  render(_, { profile, saved, busy, failure }) {
    if (!profile) return h('section', { class: 'card' }, failure ? error(failure) : h('p', null, 'Loading…'));
    return h('div', null,
      h('section', { class: 'card' },
        h('h2', null, 'Profile'),
        h('form', { class: 'settings', onSubmit: e => this.submit(e) },
          field('Provider name', 'name', { defaultValue: profile.name, maxLength: 50 }, failure),
          field('Business name', 'businessName', { defaultValue: profile.businessName || '', maxLength: 50,
            required: false }, failure),
          field('Billing email', 'billingEmail', { type: 'email', defaultValue: profile.billingEmail,
            maxLength: 256 }, failure),
          error(failure, ['name', 'businessName', 'billingEmail']),
          saved ? h('p', { class: 'notice', role: 'status' }, 'Settings saved.') : null,
          h('button', { type: 'submit', disabled: busy }, busy ? 'Saving…' : 'Save settings'))),
      h('section', { class: 'card' },
        h('h2', null, 'Seats'),
        h('p', { class: 'muted' }, 'The seats bought per plan are set by the portal\'s operator.'),
        profile.plans.length === 0 ? h('p', { class: 'empty' }, 'No seats bought and none allocated yet.')
          : h('table', { class: 'plans' },
            h('thead', null, h('tr', null, ['Plan', 'Seats bought', 'Allocated to clients', 'Unallocated']
              .map(t => h('th', { scope: 'col' }, t)))),
            h('tbody', null, profile.plans.map(p => h('tr', { key: p.plan },
              h('td', null, p.plan), h('td', null, p.seatMinimum), h('td', null, p.allocatedSeats),
              h('td', null, Math.max(0, p.seatMinimum - p.allocatedSeats))))))));
  }
}
