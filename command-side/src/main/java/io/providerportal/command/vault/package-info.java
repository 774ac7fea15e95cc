/**
 * The vault's write side: items (personal or owned by an organization), their per-user folder and favourite,
 * and users' folders. Contents arrive as EncStrings and are stored as they are; the server checks their shape
 * and who may change what, never their meaning.
 */
package io.providerportal.command.vault;
