/**
 * Events of the vault: items (personal or owned by an organization), their per-user folder and favourite, and
 * users' folders. Item contents are a JSON object of EncStrings the server never decrypts.
 */
package io.providerportal.events.vault;
