/** Every account's public key, served to those who confirm the account as a member (docs/keys.md). */
package io.providerportal.query.keys;
