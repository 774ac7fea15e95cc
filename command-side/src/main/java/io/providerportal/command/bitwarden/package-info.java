/**
 * The Bitwarden clients' API ({@code /api/**}) on the write side: their requests mapped onto the same commands as
 * the native API, in Bitwarden's shapes. The native API's JSON stays independent of it.
 */
package io.providerportal.command.bitwarden;
