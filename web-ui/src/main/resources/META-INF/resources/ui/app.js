// The app shell: log in (or accept an invitation first), then the page the URL's fragment names.
import { h, render, Component } from './preact.js';
import * as api from './api.js';
import { Accept, pendingInvitation } from './accept.js';
import { Auditor } from './auditor.js';
import { Login } from './login.js';
import { OrganizationPage } from './organization.js';
import { ProviderPage } from './provider.js';
import * as router from './router.js';
import * as session from './session.js';
import { MyVault } from './vault.js';

/** The roles whose organizations get a page of their own in the menu; a User's show in My Vault only. */
const ADMINISTERING = ['OWNER', 'ADMIN', 'CUSTOM'];

class App extends Component {
  state = { user: null, route: router.current(), invitation: pendingInvitation(), providers: null,
    organizations: [] };

  componentDidMount() {
    this.onHash = () => this.setState({ route: router.current() });
    addEventListener('hashchange', this.onHash);
  }

  componentWillUnmount() { removeEventListener('hashchange', this.onHash); }

  async loggedIn(user) {
    const [providers, organizations] = await Promise.all([api.get('/providers'), api.get('/organizations')]);
    this.setState({ user, providers: providers.data,
      organizations: organizations.data.filter(o => ADMINISTERING.includes(o.type)) });
    if (this.state.invitation) return;
    if (this.state.route.length === 0) {
      if (providers.data.length > 0) router.go('providers', providers.data[0].id, 'clients');
      else router.go('vault');
    }
  }

  logOut() {
    session.logOut();
    this.setState({ user: null, providers: null, route: [] });
    history.replaceState(null, '', '/');
  }

  page() {
    const { route, providers, invitation } = this.state;
    if (invitation) {
      return h(Accept, { invitation, onDone: () => { this.setState({ invitation: null }); this.loggedIn(this.state.user); } });
    }
    const [section, id, tab] = route;
    if (section === 'providers' && id) {
      return h(ProviderPage, { providers, providerId: id, tab: tab || 'clients',
        onChanged: async () => this.setState({ providers: (await api.get('/providers')).data }) });
    }
    if (section === 'organizations' && id) return h(OrganizationPage, { organizationId: id, tab: tab || 'members' });
    if (section === 'audit') return h(Auditor, null);
    return h(MyVault, null);
  }

  render(_, { user, providers, organizations, invitation }) {
    return h('div', null,
      h('header', { class: 'top' },
        h('strong', null, 'Provider Portal'),
        user ? h('nav', { class: 'main', 'aria-label': 'Main' },
          h('a', { href: router.href('vault') }, 'My Vault'),
          (providers || []).map(p => h('a', { href: router.href('providers', p.id, 'clients') }, p.name)),
          organizations.map(o => h('a', { href: router.href('organizations', o.id, 'members') }, o.name)),
          api.roles().includes('AUDITOR') ? h('a', { href: router.href('audit') }, 'Audit') : null) : null,
        user ? h('span', null, h('span', { class: 'who' }, user.email), ' ',
          h('button', { type: 'button', class: 'link', onClick: () => this.logOut() }, 'Log out')) : null),
      user ? this.page()
        : h(Login, { invitation, onLogin: u => this.loggedIn(u) }));
  }
}

// Preact keeps the shell's static "Loading…" beside what it renders; the app replaces it
const root = document.getElementById('app');
root.replaceChildren();
render(h(App, null), root);
