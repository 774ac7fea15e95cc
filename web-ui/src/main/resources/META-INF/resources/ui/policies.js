// An organization's policies: each type enabled or not, and for those with settings each setting as its own
// control, as the server checks them (PolicySettings); a refused setting's reason is shown beside it.
import { h, Component } from './preact.js';
import * as api from './api.js';
import { attempt, error } from './forms.js';

const flag = (name, label) => ({ name, label, kind: 'flag' });
const number = (name, label, min, max) => ({ name, label, kind: 'number', min, max });
const select = (name, label, options) => ({ name, label, kind: 'choice', options });

export const POLICIES = [
  { type: 'TWO_FACTOR_AUTHENTICATION', title: 'Require two-step login', settings: [] },
  { type: 'MASTER_PASSWORD', title: 'Master password requirements', settings: [
    number('minComplexity', 'Minimum complexity score (0–4)', 0, 4),
    number('minLength', 'Minimum length (12–128)', 12, 128),
    flag('requireUpper', 'Require upper case (A–Z)'), flag('requireLower', 'Require lower case (a–z)'),
    flag('requireNumbers', 'Require numbers (0–9)'), flag('requireSpecial', 'Require special characters (!@#$%^&*)'),
    flag('enforceOnLogin', 'Require existing members to change weak passwords at login')] },
  { type: 'PASSWORD_GENERATOR', title: 'Password generator', settings: [
    select('overridePasswordType', 'Default type', [['', 'User preference'], ['password', 'Password'],
      ['passphrase', 'Passphrase']]),
    number('minLength', 'Minimum length (5–128)', 5, 128),
    flag('useUpper', 'Upper case (A–Z)'), flag('useLower', 'Lower case (a–z)'), flag('useNumbers', 'Numbers (0–9)'),
    flag('useSpecial', 'Special characters (!@#$%^&*)'),
    number('minNumbers', 'Minimum numbers (0–9)', 0, 9), number('minSpecial', 'Minimum special (0–9)', 0, 9),
    number('minNumberWords', 'Minimum words in a passphrase (3–20)', 3, 20),
    flag('capitalize', 'Capitalize passphrase words'), flag('includeNumber', 'Include a number in passphrases')] },
  { type: 'SINGLE_ORG', title: 'Single organization', settings: [] },
  { type: 'DISABLE_PERSONAL_VAULT_EXPORT', title: 'Remove individual vault export', settings: [] },
  { type: 'ORGANIZATION_DATA_OWNERSHIP', title: 'Enforce organization data ownership (no personal items)',
    settings: [] },
  { type: 'ACTIVATE_AUTOFILL', title: 'Activate autofill on page load', settings: [] },
  { type: 'REMOVE_UNLOCK_WITH_PIN', title: 'Remove unlock with PIN', settings: [] },
  { type: 'MAXIMUM_VAULT_TIMEOUT', title: 'Vault timeout', settings: [
    number('minutes', 'Maximum timeout in minutes (1–525600)', 1, 525600),
    select('action', 'Timeout action', [['', 'User preference'], ['lock', 'Lock'], ['logOut', 'Log out']])] },
];

export class Policies extends Component {
  state = { policies: null, failure: null };

  componentDidMount() { this.load(); }

  async load() {
    try {
      const stored = (await api.get(`/organizations/${this.props.organization.id}/policies`)).data;
      this.setState({ policies: Object.fromEntries(stored.map(p => [p.type, p])), failure: null });
    } catch (e) {
      this.setState({ failure: e });
    }
  }

  render({ organization }, { policies, failure }) {
    if (failure) return h('section', { class: 'card' }, error(failure));
    if (!policies) return h('p', null, 'Loading…');
    return h('div', null, POLICIES.map(spec => h(PolicyForm, { key: spec.type, organization, spec,
      stored: policies[spec.type] || { type: spec.type, enabled: false, data: null } })));
  }
}

/** One policy's form; settings not filled in are left out, as the API has no defaults to send. */
class PolicyForm extends Component {
  state = { enabled: this.props.stored.enabled, data: { ...(this.props.stored.data || {}) }, saved: false,
    busy: false, failure: null };

  set(name, value) { this.setState({ data: { ...this.state.data, [name]: value }, saved: false }); }

  body() {
    const data = {};
    for (const s of this.props.spec.settings) {
      const value = this.state.data[s.name];
      if (s.kind === 'flag') data[s.name] = Boolean(value);
      else if (value !== undefined && value !== null && value !== '') data[s.name] = s.kind === 'number' ? Number(value) : value;
    }
    return { enabled: this.state.enabled, data: this.props.spec.settings.length ? data : null };
  }

  submit(event) {
    event.preventDefault();
    attempt(this, async () => {
      await api.put(`/organizations/${this.props.organization.id}/policies/${this.props.spec.type}`, this.body());
      this.setState({ saved: true });
    });
  }

  control(s, id) {
    const reason = this.state.failure?.fieldErrors?.[`data.${s.name}`];
    const value = this.state.data[s.name];
    const described = { 'aria-invalid': reason ? 'true' : null, 'aria-describedby': reason ? `${id}-${s.name}-error` : null };
    const note = reason ? h('span', { class: 'field-error', id: `${id}-${s.name}-error` }, reason) : null;
    if (s.kind === 'flag') {
      return h('div', null, h('label', { class: 'check' },
        h('input', { type: 'checkbox', name: s.name, checked: Boolean(value), ...described,
          onChange: e => this.set(s.name, e.target.checked) }), s.label), note);
    }
    if (s.kind === 'number') {
      return h('label', null, s.label,
        h('input', { type: 'number', name: s.name, min: s.min, max: s.max, step: 1, value: value ?? '', ...described,
          onInput: e => this.set(s.name, e.target.value) }), note);
    }
    return h('label', null, s.label,
      h('select', { name: s.name, value: value ?? '', ...described, onChange: e => this.set(s.name, e.target.value) },
        s.options.map(([v, text]) => h('option', { value: v }, text))), note);
  }

  /** What the fields beside them do not say already: a refused setting is named once, next to its control. */
  summary(spec, failure) {
    const shown = spec.settings.map(s => `data.${s.name}`);
    const reasons = Object.keys(failure?.fieldErrors || {});
    if (reasons.length && reasons.every(f => shown.includes(f))) return error('Check the marked setting.');
    return error(failure, shown);
  }

  render({ spec }, { enabled, saved, busy, failure }) {
    const id = `policy-${spec.type}`;
    return h('section', { class: 'card', 'aria-labelledby': `${id}-title` },
      // the server's range check, not the browser's, decides: its reason shows beside the field
      h('form', { class: 'policy', noValidate: true, onSubmit: e => this.submit(e) },
        h('h2', { id: `${id}-title` }, spec.title),
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'enabled', checked: enabled,
          onChange: e => this.setState({ enabled: e.target.checked, saved: false }) }), `${spec.title}: enabled`),
        spec.settings.length ? h('fieldset', { disabled: busy }, h('legend', null, 'Settings'),
          spec.settings.map(s => this.control(s, id))) : null,
        this.summary(spec, failure),
        saved ? h('p', { class: 'notice', role: 'status' }, 'Saved.') : null,
        h('button', { type: 'submit', disabled: busy, 'aria-label': `Save ${spec.title}` }, 'Save')));
  }
}
