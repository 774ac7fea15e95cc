package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import io.providerportal.events.organization.PlanType;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An operator set how many seats of a plan the provider has bought: its clients on that plan may hold that many
 * seats in all before a Service User can no longer add seats (PO-09).
 */
@Revision("1")
public record ProviderSeatMinimumSet(UUID providerId, PlanType plan, int seatMinimum) implements ProviderEvent {}
