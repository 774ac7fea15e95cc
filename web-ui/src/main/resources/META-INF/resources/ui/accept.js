// The landing page of an invitation link (…/providers|organizations/{id}/users/{memberId}/accept?token=…): the
// server serves this app at that address; after logging in or registering, the user accepts here.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { error } from './forms.js';

const ID = '[0-9a-fA-F-]{36}';
const ACCEPT = new RegExp(`^/(providers|organizations)/(${ID})/users/(${ID})/accept/?$`);

/** The invitation this page was opened for, if any: {kind, path, token, email}. */
export function pendingInvitation() {
  const match = ACCEPT.exec(location.pathname);
  const token = new URLSearchParams(location.search).get('token');
  if (!match || !token) return null;
  return { kind: match[1] === 'providers' ? 'provider' : 'organization', path: match[0].replace(/\/$/, ''), token,
    email: invitedEmail(token) };
}

/** The address the invitation was sent to, from the signed token's claims (only to fill the form in). */
function invitedEmail(token) {
  return api.claims(token).email || '';
}

export class Accept extends Component {
  state = { done: false, failure: null };

  async componentDidMount() {
    const { invitation } = this.props;
    try {
      await api.post(invitation.path, { token: invitation.token });
      history.replaceState(null, '', '/');
      this.setState({ done: true });
    } catch (e) {
      this.setState({ failure: e });
    }
  }

  render({ invitation, onDone }, { done, failure }) {
    return h('section', { class: 'card narrow' },
      h('h1', null, `Join the ${invitation.kind}`),
      failure ? error(failure) : done
        ? h('p', { class: 'notice' }, `Invitation accepted. An administrator of the ${invitation.kind} confirms you `
          + 'next; until then its shared data stays closed to you.')
        : h('p', null, 'Accepting…'),
      done || failure ? h('button', { type: 'button', onClick: () => { history.replaceState(null, '', '/'); onDone(); } },
        'Continue') : null);
  }
}
