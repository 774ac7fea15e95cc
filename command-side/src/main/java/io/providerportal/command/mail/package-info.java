/** Outgoing mail through a transactional outbox: invitations and other notices. */
package io.providerportal.command.mail;
