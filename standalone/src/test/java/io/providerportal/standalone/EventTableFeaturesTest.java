package io.providerportal.standalone;

/** The event-log features on the database's event table, the store this portal ships with. */
@PortalTest
class EventTableFeaturesTest extends EventStoreFeatures {}
