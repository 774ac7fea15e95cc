// The public API, called with the user's own token. Writes remember the Portal-Position they reached; every
// read sends the highest one back as Portal-Min-Position, so the answer already shows the user's writes.

let accessToken = null;
let position = null;

export function setToken(token) {
  accessToken = token;
  position = null;
}

/** An API refusal, worded from its problem+json (or OAuth2 error) body. */
export class ApiError extends Error {
  constructor(status, body) {
    super(describe(status, body));
    this.status = status;
    this.body = body;
  }
}

function describe(status, body) {
  if (body && typeof body === 'object') {
    const fields = (body.errors || []).map(e => `${e.field}: ${e.reason}`).join('; ');
    const text = body.detail || body.error_description || body.ErrorModel?.Message || body.title;
    if (text) return fields ? `${text} (${fields})` : text;
  }
  return `The server answered ${status}.`;
}

async function parse(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

function headers(extra) {
  const h = { Accept: 'application/json', ...extra };
  if (accessToken) h.Authorization = `Bearer ${accessToken}`;
  return h;
}

export async function get(path) {
  const extra = position === null ? {} : { 'Portal-Min-Position': String(position) };
  const response = await fetch(path, { headers: headers(extra) });
  const body = await parse(response);
  // the server waited its few seconds and its read models still miss a write of ours: say so, show nothing stale
  if ((response.headers.get('Portal-Position-Reached') || '').toLowerCase() === 'false') {
    throw new Error('The portal has not caught up with your last change yet. Try again in a moment.');
  }
  return body;
}

export async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) });
  const reached = Number(response.headers.get('Portal-Position'));
  if (response.headers.has('Portal-Position') && Number.isFinite(reached)) {
    position = position === null ? reached : Math.max(position, reached);
  }
  return parse(response);
}

/** The OAuth2 token endpoint takes a form, not JSON. */
export async function token(form) {
  return parse(await fetch('/identity/connect/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(form) }));
}
