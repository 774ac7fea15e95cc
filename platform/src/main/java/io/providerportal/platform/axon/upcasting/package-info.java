/**
 * Upcasters, one class per revision step of one event, named for the step. Axon applies every one of these beans
 * wherever events are read: aggregates, projections and the auditor's history.
 */
package io.providerportal.platform.axon.upcasting;
