package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An operator invited an email to own a provider that has no owner yet (a reseller created without one). The
 * invitee accepts like any provider member, then sets up the provider key ({@link ProviderSetUp}).
 */
@Revision("1")
public record ProviderOwnerInvited(UUID providerId, UUID providerUserId, String email) implements ProviderEvent {}
