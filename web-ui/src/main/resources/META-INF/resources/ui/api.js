// The public API, called with the user's own token. Writes remember the Portal-Position they reached; every
// read sends the highest one back as Portal-Min-Position, so the answer already shows the user's writes.

let accessToken = null;
let position = null;

export function setToken(token) {
  accessToken = token;
  position = null;
}

/** The claims of a signed token (JWT), read without checking it: only to show things, never to trust them. */
export function claims(token) {
  try {
    return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  } catch (e) {
    return {};
  }
}

/** The roles the access token grants (AUDITOR, OPERATOR); the server checks them again. */
export function roles() {
  return accessToken ? claims(accessToken).roles || [] : [];
}

/** An API refusal, worded from its problem+json (or OAuth2 error) body; {@link fieldErrors} keeps its fields apart. */
export class ApiError extends Error {
  constructor(status, body) {
    super(describe(status, body));
    this.status = status;
    this.body = body;
  }

  /** {field: reason} of a validation refusal. */
  get fieldErrors() {
    return Object.fromEntries((this.body?.errors || []).map(e => [e.field, e.reason]));
  }
}

function describe(status, body) {
  if (body && typeof body === 'object') {
    const text = body.detail || body.error_description || body.ErrorModel?.Message || body.title;
    if (text) return text;
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

function readHeaders(extra = {}) {
  return headers(position === null ? extra : { ...extra, 'Portal-Min-Position': String(position) });
}

/** The server waited its few seconds and its read models still miss a write of ours: say so, show nothing stale. */
function requireCaughtUp(response) {
  if ((response.headers.get('Portal-Position-Reached') || '').toLowerCase() === 'false') {
    throw new Error('The portal has not caught up with your last change yet. Try again in a moment.');
  }
}

export async function get(path) {
  const response = await fetch(path, { headers: readHeaders() });
  const body = await parse(response);
  requireCaughtUp(response);
  return body;
}

/** A read answered as text (CSV, NDJSON), for a download. */
export async function getText(path, accept) {
  const response = await fetch(path, { headers: readHeaders({ Accept: accept }) });
  if (!response.ok) await parse(response);
  requireCaughtUp(response);
  return response.text();
}

/** A read asked with POST (the public keys of a bulk confirmation): it writes nothing. */
export async function postRead(path, body) {
  const response = await fetch(path, {
    method: 'POST', headers: readHeaders({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) });
  return parse(response);
}

async function write(method, path, body) {
  const response = await fetch(path, {
    method, headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body) });
  const reached = Number(response.headers.get('Portal-Position'));
  if (response.headers.has('Portal-Position') && Number.isFinite(reached)) {
    position = position === null ? reached : Math.max(position, reached);
  }
  return parse(response);
}

export const post = (path, body) => write('POST', path, body);
export const put = (path, body) => write('PUT', path, body);
export const del = path => write('DELETE', path);

/** The OAuth2 token endpoint takes a form, not JSON. */
export async function token(form) {
  return parse(await fetch('/identity/connect/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(form) }));
}
