// A password generator: characters drawn with crypto.getRandomValues, without modulo bias, at least one from
// each chosen set.
import { h, Component } from './preact.js';

export const SETS = [['upper', 'A–Z', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'], ['lower', 'a–z', 'abcdefghijklmnopqrstuvwxyz'],
  ['digits', '0–9', '0123456789'], ['symbols', '!@#$%^&*', '!@#$%^&*-_=+?']];

function randomBelow(n) {
  const limit = Math.floor(0x100000000 / n) * n;
  const word = new Uint32Array(1);
  do globalThis.crypto.getRandomValues(word); while (word[0] >= limit);
  return word[0] % n;
}

/** A password of {@code length} characters from the chosen sets ({@code sets}: their names). */
export function generate(length, sets) {
  const chosen = SETS.filter(([name]) => sets.includes(name)).map(([, , chars]) => chars);
  if (chosen.length === 0) throw new Error('Choose at least one kind of character.');
  const size = Math.max(length, chosen.length);
  const all = chosen.join('');
  const chars = chosen.map(set => set[randomBelow(set.length)]);
  while (chars.length < size) chars.push(all[randomBelow(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/** The generator's settings and its button; {@code onPassword} receives each new password. */
export class Generator extends Component {
  state = { length: 20, sets: ['upper', 'lower', 'digits', 'symbols'], failure: null };

  run() {
    try {
      this.props.onPassword(generate(this.state.length, this.state.sets));
      this.setState({ failure: null });
    } catch (e) {
      this.setState({ failure: e.message });
    }
  }

  toggle(name, on) {
    const sets = this.state.sets.filter(s => s !== name);
    this.setState({ sets: on ? [...sets, name] : sets });
  }

  render(_, { length, sets, failure }) {
    return h('fieldset', { class: 'generator' }, h('legend', null, 'Password generator'),
      h('label', null, 'Length',
        h('input', { type: 'number', name: 'generatorLength', min: 5, max: 128, value: length,
          onInput: e => this.setState({ length: Math.min(128, Math.max(5, Number(e.target.value) || 5)) }) })),
      h('div', { class: 'buttons' }, SETS.map(([name, label]) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', checked: sets.includes(name), onChange: e => this.toggle(name, e.target.checked) }),
        label))),
      failure ? h('p', { class: 'error', role: 'alert' }, failure) : null,
      h('button', { type: 'button', class: 'secondary', onClick: () => this.run() }, 'Generate password'));
  }
}
