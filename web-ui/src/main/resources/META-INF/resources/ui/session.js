// Logging in, registering and the keys of the logged-in user. Keys live in this page's memory only: a reload or
// Log out forgets them, and nothing but the master password hash and wrapped keys is ever sent.

import * as api from './api.js';
import * as crypto from './crypto.js';

let current = null;

export function session() {
  return current;
}

async function kdfIterations(email) {
  const answer = await api.post('/identity/accounts/prelogin/password', { email });
  return answer.kdfIterations;
}

export async function logIn(email, password) {
  const normalized = crypto.normalizeEmail(email);
  const mk = await crypto.masterKey(normalized, password, await kdfIterations(normalized));
  const answer = await api.token({
    grant_type: 'password', username: normalized, password: await crypto.masterPasswordHash(mk, password),
    scope: 'api offline_access', client_id: 'web', deviceType: '9',
    deviceIdentifier: globalThis.crypto.randomUUID(), deviceName: 'provider-portal-web' });
  const keys = await crypto.unlock(mk, answer.Key, answer.PrivateKey);
  api.setToken(answer.access_token);
  current = { email: normalized, keys };
  return current;
}

/** Registers with the iterations the server asks of a new account (prelogin answers its minimum for them). */
export async function register(email, name, password) {
  const normalized = crypto.normalizeEmail(email);
  const body = await crypto.newAccount(normalized, name, password, await kdfIterations(normalized));
  await api.post('/identity/accounts/register', body);
}

export function logOut() {
  api.setToken(null);
  current = null;
}

/** The provider key from the user's own copy (type 4, wrapped with their public key). */
export async function providerKey(provider) {
  return crypto.symmetricKey(await crypto.unwrap(current.keys.privateKey, provider.key));
}

/** A pending provider's owner makes its key here and keeps it wrapped with their own public key. */
export async function setUpProvider(providerId) {
  const key = await crypto.wrap(current.keys.publicKey, crypto.keyBytes(crypto.randomSymmetricKey()));
  await api.post(`/providers/${providerId}/setup`, { key });
}

/** As PortalClient.newClientJson: a fresh organization key under the provider key, and the default collection. */
export async function newClient(provider, { name, ownerEmail, plan, seats }) {
  const pk = await providerKey(provider);
  const orgKey = crypto.randomSymmetricKey();
  return api.post(`/providers/${provider.id}/clients`, {
    name, ownerEmail, plan, seats,
    key: await crypto.encrypt(pk, crypto.keyBytes(orgKey)),
    collectionName: await crypto.encrypt(orgKey, 'Default collection') });
}
