// One provider: set it up if it is pending, then its clients and, for Provider Admins, its members, event log
// and settings. Service Users see the clients only: the rest is not theirs to change.
import { h, Component } from './preact.js';
import { Clients } from './clients.js';
import { EventLog } from './events.js';
import { attempt, error } from './forms.js';
import { ProviderMembers } from './provider-members.js';
import { ProviderSettings } from './provider-settings.js';
import * as router from './router.js';
import * as session from './session.js';

const ADMIN_TABS = [['clients', 'Clients'], ['members', 'Members'], ['events', 'Event log'], ['settings', 'Settings']];

export class ProviderPage extends Component {
  state = { busy: false, failure: null };

  setUp(provider) {
    attempt(this, async () => {
      await session.setUpProvider(provider.id);
      await this.props.onChanged();
    });
  }

  content(provider, tab, admin) {
    if (!provider.setUp) {
      return h('section', { class: 'card' }, h('p', null, `${provider.name} is not set up yet.`),
        error(this.state.failure),
        h('button', { type: 'button', disabled: this.state.busy, onClick: () => this.setUp(provider) },
          'Set up provider'));
    }
    if (!provider.key) return h('p', { class: 'card' }, 'Your membership awaits confirmation by a Provider Admin.');
    if (admin && tab === 'members') return h(ProviderMembers, { provider });
    if (admin && tab === 'events') return h(EventLog, { path: `/providers/${provider.id}/events`, title: `Event log of ${provider.name}` });
    if (admin && tab === 'settings') return h(ProviderSettings, { provider, onChanged: this.props.onChanged });
    return h(Clients, { provider });
  }

  render({ providers, providerId, tab }) {
    if (providers === null) return h('p', null, 'Loading…');
    const provider = providers.find(p => p.id === providerId);
    if (!provider) return h('p', { class: 'empty' }, 'You are not a member of this provider.');
    const admin = provider.role === 'PROVIDER_ADMIN';
    return h('div', null,
      h('label', { class: 'switcher' }, 'Provider ',
        h('select', { name: 'provider', value: provider.id, onChange: e => router.go('providers', e.target.value, tab) },
          providers.map(p => h('option', { value: p.id }, p.name)))),
      provider.setUp && provider.key
        ? router.tabs('Provider', ['providers', provider.id], admin ? ADMIN_TABS : ADMIN_TABS.slice(0, 1), tab)
        : null,
      this.content(provider, tab, admin));
  }
}
