// Log in and Register: the master key is derived here; only its hash goes to the server.
import { h, Component } from './preact.js';
import { error, field, values } from './forms.js';
import * as session from './session.js';

export class Login extends Component {
  state = { registering: false, busy: false, error: null, notice: null };

  async submit(event) {
    const form = values(event);
    this.setState({ busy: true, error: null, notice: null });
    try {
      if (this.state.registering) {
        await session.register(form.email, form.name, form.password);
        this.setState({ registering: false, busy: false, notice: 'Account created. Log in with it.' });
      } else {
        this.props.onLogin(await session.logIn(form.email, form.password));
      }
    } catch (e) {
      this.setState({ busy: false, error: e.message });
    }
  }

  render(_, { registering, busy, error: message, notice }) {
    return h('section', { class: 'card narrow' },
      h('h1', null, registering ? 'Create account' : 'Log in'),
      notice ? h('p', { class: 'notice' }, notice) : null,
      h('form', { onSubmit: e => this.submit(e) },
        field('Email', 'email', { type: 'email', autocomplete: 'username' }),
        registering ? field('Name', 'name', { autocomplete: 'name' }) : null,
        field('Master password', 'password',
          { type: 'password', autocomplete: registering ? 'new-password' : 'current-password' }),
        error(message),
        h('button', { type: 'submit', disabled: busy }, busy ? 'Working…' : registering ? 'Create account' : 'Log in')),
      h('button', { class: 'link', type: 'button',
        onClick: () => this.setState({ registering: !registering, error: null, notice: null }) },
        registering ? 'I have an account' : 'Create an account'));
  }
}
