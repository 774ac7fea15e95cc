// Small form helpers shared by the pages. A failure is the Error a call threw: an ApiError's field errors are
// shown beside their fields, the rest of it above the form's buttons.
import { h } from './preact.js';

let ids = 0;

/** A labelled input; {@code failure}'s reason for this field (the API's field path) is shown right under it. */
export function field(label, name, props = {}, failure = null) {
  const reason = failure?.fieldErrors?.[props.errorField || name];
  const id = `f${++ids}`;
  const { errorField, ...input } = props;
  return h('label', null, label,
    h('input', { name, required: true, ...input, 'aria-invalid': reason ? 'true' : null,
      'aria-describedby': reason ? `${id}-error` : null }),
    reason ? h('span', { class: 'field-error', id: `${id}-error` }, reason) : null);
}

export function values(event) {
  event.preventDefault();
  return Object.fromEntries(new FormData(event.target));
}

/** The failure's words, with the field errors no field of the form shows ({@code shown}: the fields it has). */
export function error(failure, shown = []) {
  if (!failure) return null;
  const text = typeof failure === 'string' ? failure : failure.message;
  const others = Object.entries(failure.fieldErrors || {}).filter(([f]) => !shown.includes(f))
    .map(([f, reason]) => `${f}: ${reason}`);
  return h('p', { class: 'error', role: 'alert' }, others.length ? `${text} (${others.join('; ')})` : text);
}

/** Runs an action of a component, with {busy, failure} in its state while and after it runs. */
export async function attempt(component, action) {
  component.setState({ busy: true, failure: null });
  try {
    await action();
    component.setState({ busy: false });
  } catch (e) {
    component.setState({ busy: false, failure: e });
  }
}

/** A select of [value, label] pairs. */
export function choice(label, name, options, props = {}) {
  return h('label', null, label, h('select', { name, ...props },
    options.map(([value, text]) => h('option', { value }, text))));
}

/** Saves text as a file, from this page: the data never leaves the browser for it. */
export function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
