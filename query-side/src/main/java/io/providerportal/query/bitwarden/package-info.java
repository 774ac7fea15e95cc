/**
 * The Bitwarden clients' API ({@code /api/**}) on the read side: the same read models as the native API, in
 * Bitwarden's JSON shapes, so that the official clients sync against this server. The native API's JSON stays
 * independent of it.
 */
package io.providerportal.query.bitwarden;
