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
  organizationKeys.clear();
}

/** The provider key from the user's own copy (type 4, wrapped with their public key). */
export async function providerKey(provider) {
  return crypto.symmetricKey(await crypto.unwrap(current.keys.privateKey, provider.key));
}

/** The provider key by id, from the user's entry in {@code GET /providers}. */
async function providerKeyById(providerId) {
  const provider = (await api.get('/providers')).data.find(p => p.id === providerId);
  if (!provider?.key) throw new Error('You hold no key of this organization\'s provider.');
  return providerKey(provider);
}

const organizationKeys = new Map();

/**
 * The organization key, however the user holds it: wrapped for them as a member (type 4), or under the key of
 * the provider that manages the organization (type 2). Kept for the session once opened.
 */
export async function organizationKey(organizationId) {
  if (!organizationKeys.has(organizationId)) {
    const organization = await api.get(`/organizations/${organizationId}`);
    if (!organization.key) throw new Error('You hold no key of this organization yet: a member must confirm you.');
    const bytes = organization.key.startsWith('4.')
      ? await crypto.unwrap(current.keys.privateKey, organization.key)
      : await crypto.decrypt(await providerKeyById(organization.providerId), organization.key);
    organizationKeys.set(organizationId, crypto.symmetricKey(bytes));
  }
  return organizationKeys.get(organizationId);
}

/** Opens an EncString of an organization to text; an unreadable one reads as a mark, not as an error. */
export async function openText(key, encString) {
  if (!encString) return '';
  try {
    return await crypto.decryptToString(key, encString);
  } catch (e) {
    return '[cannot decrypt]';
  }
}

/**
 * Confirms accepted members of a provider or an organization ({@code tenantPath}): their public keys come from the
 * server, and the shared key is wrapped to each here, so the server only passes on what it cannot read.
 */
export async function confirmMembers(tenantPath, memberIds, sharedKey) {
  const keys = (await api.postRead(`${tenantPath}/users/public-keys`, { ids: memberIds })).data;
  const wrapped = [];
  for (const { id, key } of keys) {
    if (key) wrapped.push({ id, key: await crypto.wrap(key, crypto.keyBytes(sharedKey)) });
  }
  if (wrapped.length === 0) throw new Error('The server has no public key for these members.');
  return api.post(`${tenantPath}/users/confirm`, { keys: wrapped });
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

/** An organization the user owns joins the provider: its key, opened as Owner, goes under the provider key. */
export async function addExistingClient(provider, organizationId) {
  const orgKey = await organizationKey(organizationId);
  const pk = await providerKey(provider);
  return api.post(`/providers/${provider.id}/clients/existing`,
    { organizationId, key: await crypto.encrypt(pk, crypto.keyBytes(orgKey)) });
}
