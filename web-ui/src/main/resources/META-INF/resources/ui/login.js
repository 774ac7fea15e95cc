// Log in and Register: the master key is derived here; only its hash goes to the server.
import { h, Component } from './preact.js';
import { attempt, error, field, values } from './forms.js';
import * as session from './session.js';

export class Login extends Component {
  state = { registering: false, busy: false, failure: null, notice: null };

  submit(event) {
    const form = values(event);
    attempt(this, async () => {
      if (this.state.registering) {
        await session.register(form.email, form.name, form.password);
        this.setState({ registering: false, notice: 'Account created. Log in with it.' });
      } else {
        await this.props.onLogin(await session.logIn(form.email, form.password));
      }
    });
  }

  render({ invitation }, { registering, busy, failure, notice }) {
    const email = invitation?.email || undefined;
    return h('section', { class: 'card narrow' },
      h('h1', null, registering ? 'Create account' : 'Log in'),
      invitation ? h('p', { class: 'invitation' }, `You are invited to join a ${invitation.kind}`
        + (email ? ` as ${email}` : '') + '. Log in to accept, or create an account first if you have none.') : null,
      notice ? h('p', { class: 'notice' }, notice) : null,
      h('form', { onSubmit: e => this.submit(e) },
        field('Email', 'email', { type: 'email', autocomplete: 'username', defaultValue: email }, failure),
        registering ? field('Name', 'name', { autocomplete: 'name' }, failure) : null,
        field('Master password', 'password',
          { type: 'password', autocomplete: registering ? 'new-password' : 'current-password',
            errorField: 'masterPasswordHash' }, failure),
        error(failure, ['email', 'name', 'masterPasswordHash']),
        h('button', { type: 'submit', disabled: busy }, busy ? 'Working…' : registering ? 'Create account' : 'Log in')),
      h('button', { class: 'link', type: 'button',
        onClick: () => this.setState({ registering: !registering, failure: null, notice: null }) },
        registering ? 'I have an account' : 'Create an account'));
  }
}
