// The client crypto of the portal, in WebCrypto: the same algorithms, byte for byte, as the Java client
// (client-tools ClientCrypto). Keys are raw bytes in memory; nothing here talks to the network.

const subtle = globalThis.crypto.subtle;
const utf8 = new TextEncoder();

export function toB64(bytes) {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromB64(text) {
  let s;
  try {
    s = atob(text);
  } catch (e) {
    throw new Error('invalid base64');
  }
  return Uint8Array.from(s, c => c.charCodeAt(0));
}

export function randomBytes(n) {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Emails are salted trimmed and lower-cased, as the server and the Java client normalise them. */
export function normalizeEmail(email) {
  return email.trim().toLowerCase();
}

async function hmac(key, data) {
  const k = await subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle.sign('HMAC', k, data));
}

/** PBKDF2-SHA256(password, salt = normalised email, iterations), 32 bytes. */
export async function masterKey(email, password, iterations) {
  const k = await subtle.importKey('raw', utf8.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: utf8.encode(normalizeEmail(email)), iterations }, k, 256);
  return new Uint8Array(bits);
}

/** What the server sees instead of the password: one PBKDF2 block, HMAC(masterKey, password || INT(1)). */
export async function masterPasswordHash(mk, password) {
  return toB64(await hmac(mk, concat(utf8.encode(password), Uint8Array.of(0, 0, 0, 1))));
}

/** One HKDF-expand block per half, no extract step: {enc, mac}, 32 bytes each. */
export async function stretch(mk) {
  return { enc: await hmac(mk, concat(utf8.encode('enc'), Uint8Array.of(1))),
           mac: await hmac(mk, concat(utf8.encode('mac'), Uint8Array.of(1))) };
}

/** A symmetric key from its 64-byte wire form (enc key first). */
export function symmetricKey(bytes) {
  if (bytes.length !== 64) throw new Error('a symmetric key is 64 bytes');
  return { enc: bytes.slice(0, 32), mac: bytes.slice(32, 64) };
}

export function keyBytes(key) {
  return concat(key.enc, key.mac);
}

export function randomSymmetricKey() {
  return symmetricKey(randomBytes(64));
}

/** Type-2 EncString: AES-256-CBC (PKCS#7), then HMAC-SHA256 over iv || ciphertext. */
export async function encrypt(key, plaintext) {
  const data = typeof plaintext === 'string' ? utf8.encode(plaintext) : plaintext;
  const iv = randomBytes(16);
  const aes = await subtle.importKey('raw', key.enc, 'AES-CBC', false, ['encrypt']);
  const ct = new Uint8Array(await subtle.encrypt({ name: 'AES-CBC', iv }, aes, data));
  const mac = await hmac(key.mac, concat(iv, ct));
  return `2.${toB64(iv)}|${toB64(ct)}|${toB64(mac)}`;
}

const imported = new WeakMap();

/** A key's WebCrypto halves, imported once per key object: a vault opens thousands of texts with one key. */
async function decryptionKeys(key) {
  if (!imported.has(key)) {
    imported.set(key, Promise.all([
      subtle.importKey('raw', key.mac, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']),
      subtle.importKey('raw', key.enc, 'AES-CBC', false, ['decrypt'])]).then(([macKey, aes]) => ({ macKey, aes })));
  }
  return imported.get(key);
}

/** Opens a type-2 EncString; the MAC is verified (by WebCrypto, in constant time) before decrypting. */
export async function decrypt(key, encString) {
  if (typeof encString !== 'string' || !encString.startsWith('2.')) throw new Error('not a type-2 EncString');
  const parts = encString.substring(2).split('|');
  if (parts.length !== 3) throw new Error('a type-2 EncString has three parts');
  const [iv, ct, mac] = parts.map(fromB64);
  if (iv.length !== 16) throw new Error('the IV must be 16 bytes');
  const { macKey, aes } = await decryptionKeys(key);
  if (!await subtle.verify('HMAC', macKey, mac, concat(iv, ct))) throw new Error('EncString MAC mismatch');
  try {
    return new Uint8Array(await subtle.decrypt({ name: 'AES-CBC', iv }, aes, ct));
  } catch (e) {
    throw new Error('EncString does not decrypt');
  }
}

export async function decryptToString(key, encString) {
  return new TextDecoder().decode(await decrypt(key, encString));
}

const OAEP = { name: 'RSA-OAEP', hash: 'SHA-1' };

/** Type-4 EncString: RSA-OAEP (SHA-1, MGF1-SHA-1) to a base64 SubjectPublicKeyInfo DER public key. */
export async function wrap(publicKeyB64, data) {
  const pub = await subtle.importKey('spki', fromB64(publicKeyB64), OAEP, false, ['encrypt']);
  return '4.' + toB64(new Uint8Array(await subtle.encrypt(OAEP, pub, data)));
}

/** Opens a type-4 EncString with a private key from {@link importPrivateKey}. */
export async function unwrap(privateKey, encString) {
  if (typeof encString !== 'string' || !encString.startsWith('4.')) throw new Error('not a type-4 EncString');
  try {
    return new Uint8Array(await subtle.decrypt(OAEP, privateKey, fromB64(encString.substring(2))));
  } catch (e) {
    throw new Error('EncString does not decrypt with this private key');
  }
}

/** A PKCS#8 DER private key, as an account's encrypted private key holds it; not extractable once imported. */
export function importPrivateKey(pkcs8) {
  return subtle.importKey('pkcs8', pkcs8, OAEP, false, ['decrypt']);
}

/** The public key (base64 SPKI DER) that belongs to a PKCS#8 private key: modulus and exponent are in it. */
export async function publicKeyOf(pkcs8) {
  const jwk = await subtle.exportKey('jwk', await subtle.importKey('pkcs8', pkcs8, OAEP, true, ['decrypt']));
  const pub = await subtle.importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RSA-OAEP', ext: true },
    OAEP, true, ['encrypt']);
  return toB64(new Uint8Array(await subtle.exportKey('spki', pub)));
}

/**
 * Everything a new account generates, as ClientAccount.create does: a random user key under the stretched
 * master key, a 2048-bit RSA key pair, its private key under the user key. Returns the registration body.
 */
export async function newAccount(email, name, password, iterations) {
  const normalized = normalizeEmail(email);
  const mk = await masterKey(normalized, password, iterations);
  const userKey = randomSymmetricKey();
  const pair = await subtle.generateKey(
    { ...OAEP, modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1) }, true, ['encrypt', 'decrypt']);
  const publicKey = toB64(new Uint8Array(await subtle.exportKey('spki', pair.publicKey)));
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey));
  return {
    email: normalized,
    name,
    masterPasswordHash: await masterPasswordHash(mk, password),
    key: await encrypt(await stretch(mk), keyBytes(userKey)),
    kdf: 0,
    kdfIterations: iterations,
    keys: { publicKey, encryptedPrivateKey: await encrypt(userKey, pkcs8) },
  };
}

/**
 * Opens the account's keys from the token response, as UnlockedKeys.unlock does: the stretched master key opens
 * the user key (Key), which opens the private key (PrivateKey).
 */
export async function unlock(mk, protectedUserKey, encryptedPrivateKey) {
  const userKey = symmetricKey(await decrypt(await stretch(mk), protectedUserKey));
  const pkcs8 = await decrypt(userKey, encryptedPrivateKey);
  return { userKey, privateKey: await importPrivateKey(pkcs8), publicKey: await publicKeyOf(pkcs8) };
}
