/** Invitations into providers and organizations: signed expiring tokens and the mail that carries them. */
package io.providerportal.command.invitation;
