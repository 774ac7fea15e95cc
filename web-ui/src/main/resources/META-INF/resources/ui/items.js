// Vault items in Bitwarden's cipher shape, opened and sealed here: every text of an item's data is an EncString
// under the item's own key when it has one (itself wrapped under the user or organization key), else under that key.
import * as crypto from './crypto.js';
import * as session from './session.js';

export const TYPES = [['LOGIN', 'Login'], ['SECURE_NOTE', 'Secure note'], ['CARD', 'Card'], ['IDENTITY', 'Identity']];
export const TYPE_NAMES = Object.fromEntries(TYPES);

/** The clear fields the editor shows, per section; an item keeps whatever else it holds untouched. */
export const CARD_FIELDS = [['cardholderName', 'Cardholder name'], ['brand', 'Brand'], ['number', 'Number'],
  ['expMonth', 'Expiry month'], ['expYear', 'Expiry year'], ['code', 'Security code']];
export const IDENTITY_FIELDS = [['title', 'Title'], ['firstName', 'First name'], ['lastName', 'Last name'],
  ['email', 'Email'], ['phone', 'Phone'], ['company', 'Company'], ['address1', 'Address'], ['city', 'City'],
  ['postalCode', 'Postal code'], ['country', 'Country']];

/** Texts of the data that are not secrets, so neither encrypted nor opened. */
const PLAIN = new Set(['lastUsedDate', 'passwordRevisionDate', 'match', 'type']);

/** The key the user or organization holds for this item: the user key, or the organization key. */
export function ownerKey(item) {
  return item.organizationId ? session.organizationKey(item.organizationId) : session.session().keys.userKey;
}

/** The key an item's fields are under: its own key if it has one (wrapped under {@code key}), else {@code key}. */
export async function fieldKey(item, key) {
  return item.key ? crypto.symmetricKey(await crypto.decrypt(key, item.key)) : key;
}

/** The stored data, which the API passes through as JSON (older rows as a JSON string). */
export function dataOf(item) {
  return typeof item.data === 'string' ? JSON.parse(item.data) : item.data || {};
}

/** Name and username, all the list needs; the rest waits until an item is opened. */
export async function openSummary(item) {
  const key = await fieldKey(item, await ownerKey(item));
  const data = dataOf(item);
  return { name: await session.openText(key, data.name), username: await session.openText(key, data.login?.username) };
}

async function walk(value, leaf) {
  if (Array.isArray(value)) return Promise.all(value.map(v => walk(v, leaf)));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = PLAIN.has(k) ? v : await walk(v, leaf);
    return out;
  }
  return typeof value === 'string' ? leaf(value) : value;
}

/** The item's whole data in clear, every EncString opened. */
export async function openItem(item) {
  const key = await fieldKey(item, await ownerKey(item));
  return walk(dataOf(item), text => session.openText(key, text));
}

/** Clear data sealed under {@code key}: every text encrypted, empty texts left out. */
export async function seal(clear, key) {
  const prune = value => {
    if (Array.isArray(value)) return value.map(prune);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v !== null && v !== undefined)
        .map(([k, v]) => [k, prune(v)]));
    }
    return value;
  };
  return walk(prune(clear), text => crypto.encrypt(key, text));
}

/**
 * The body of {@code POST /items} or {@code PUT /items/{id}}: {@code clear} sealed under the item's own key if it
 * has one, else under the key of its owner ({@code organizationId}: the organization, else the user).
 */
export async function itemBody(item, clear, placement) {
  const organizationId = placement.organizationId || null;
  const owner = organizationId ? await session.organizationKey(organizationId) : session.session().keys.userKey;
  const key = item?.key && item.organizationId === organizationId ? await fieldKey(item, owner) : owner;
  const sealed = await seal(clear, key);
  return { type: placement.type, organizationId, collectionIds: placement.collectionIds || [],
    folderId: placement.folderId || null, favorite: !!placement.favorite, reprompt: !!item?.reprompt,
    key: item?.key && item.organizationId === organizationId ? item.key : null,
    name: sealed.name, notes: sealed.notes, login: sealed.login, card: sealed.card, identity: sealed.identity,
    fields: sealed.fields, passwordHistory: sealed.passwordHistory,
    lastKnownRevisionDate: item?.revisionDate || null };
}

/** A personal item re-encrypted under the organization key, for {@code PUT /items/{id}/share}. */
export async function shareBody(item, organizationId, collectionIds) {
  const clear = await openItem(item);
  const body = await itemBody(null, clear, { type: item.type, organizationId, collectionIds,
    folderId: item.folderId, favorite: item.favorite });
  return { ...body, reprompt: !!item.reprompt, lastKnownRevisionDate: item.revisionDate };
}
