// One organization, as its Owners and Admins, and the members of its managing provider, administer it.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { Collections } from './collections.js';
import { EventLog } from './events.js';
import { error } from './forms.js';
import { Groups } from './groups.js';
import { Members, people } from './members.js';
import { OrganizationVault } from './orgvault.js';
import { Policies } from './policies.js';
import * as router from './router.js';

const TABS = [['members', 'Members'], ['groups', 'Groups'], ['collections', 'Collections'], ['policies', 'Policies'],
  ['events', 'Event log'], ['vault', 'Vault']];

export class OrganizationPage extends Component {
  state = { organization: null, people: {}, failure: null };

  componentDidMount() { this.load(); }

  componentDidUpdate(previous) {
    if (previous.organizationId !== this.props.organizationId) this.load();
  }

  async load() {
    const id = this.props.organizationId;
    try {
      this.setState({ organization: await api.get(`/organizations/${id}`), failure: null });
    } catch (e) {
      this.setState({ failure: e });
      return;
    }
    // who is who in the event log; those who may not list members see the ids
    const members = await api.get(`/organizations/${id}/users`).then(a => a.data, () => []);
    this.setState({ people: people(members) });
  }

  content(organization, tab) {
    const props = { organization, onPeople: known => this.setState({ people: known }) };
    switch (tab) {
      case 'groups': return h(Groups, props);
      case 'collections': return h(Collections, props);
      case 'policies': return h(Policies, props);
      case 'events': return h(EventLog, { path: `/organizations/${organization.id}/events`,
        title: `Event log of ${organization.name}`, people: this.state.people });
      case 'vault': return h(OrganizationVault, props);
      default: return h(Members, props);
    }
  }

  render({ tab }, { organization, failure }) {
    if (failure) return h('section', { class: 'card' }, error(failure));
    if (!organization) return h('p', null, 'Loading…');
    return h('div', null,
      h('header', { class: 'bar' }, h('h1', null, organization.name),
        h('span', { class: 'muted' },
          `${organization.plan} · ${organization.occupiedSeats} of ${organization.seats} seats used`)),
      router.tabs('Organization', ['organizations', organization.id], TABS, tab),
      this.content(organization, tab));
  }
}
