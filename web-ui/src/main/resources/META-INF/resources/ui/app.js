// The app shell: log in, pick a provider, work on its clients.
import { h, render, Component } from './preact.js';
import * as api from './api.js';
import { Clients } from './clients.js';
import { error } from './forms.js';
import { Login } from './login.js';
import * as session from './session.js';

class Providers extends Component {
  state = { providers: null, selected: null, error: null };

  componentDidMount() { this.load(); }

  async load() {
    try {
      const providers = (await api.get('/providers')).data;
      const selected = providers.find(p => p.id === this.state.selected) ? this.state.selected
        : providers[0]?.id ?? null;
      this.setState({ providers, selected, error: null });
    } catch (e) {
      this.setState({ error: e.message });
    }
  }

  async setUp(provider) {
    try {
      await session.setUpProvider(provider.id);
      await this.load();
    } catch (e) {
      this.setState({ error: e.message });
    }
  }

  render(_, { providers, selected, error: message }) {
    if (providers === null) return h('div', null, error(message) || h('p', null, 'Loading…'));
    if (providers.length === 0) {
      return h('p', { class: 'empty' }, 'You are not a member of any provider yet.');
    }
    const provider = providers.find(p => p.id === selected);
    return h('div', null,
      h('label', { class: 'switcher' }, 'Provider ',
        h('select', { name: 'provider', value: selected, onChange: e => this.setState({ selected: e.target.value }) },
          providers.map(p => h('option', { value: p.id }, p.name)))),
      error(message),
      !provider.setUp
        ? h('section', { class: 'card' }, h('p', null, `${provider.name} is not set up yet.`),
          h('button', { type: 'button', onClick: () => this.setUp(provider) }, 'Set up provider'))
        : !provider.key
          ? h('p', null, 'Your membership awaits confirmation by a Provider Admin.')
          : h(Clients, { provider }));
  }
}

class App extends Component {
  state = { user: null };

  render(_, { user }) {
    return h('div', null,
      h('header', { class: 'top' }, h('strong', null, 'Provider Portal'),
        user ? h('span', null, h('span', { class: 'who' }, user.email), ' ',
          h('button', { type: 'button', class: 'link', onClick: () => { session.logOut(); this.setState({ user: null }); } },
            'Log out')) : null),
      user ? h(Providers, null) : h(Login, { onLogin: u => this.setState({ user: u }) }));
  }
}

render(h(App, null), document.getElementById('app'));
