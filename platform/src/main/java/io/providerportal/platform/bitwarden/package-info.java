/** What the Bitwarden clients' API ({@code /api/**}) shares on both sides: its error body and statuses. */
package io.providerportal.platform.bitwarden;
