/**
 * The auditor's reads, straight from the event store rather than from a read model: the complete history as a
 * resumable NDJSON stream, and an organization's state as it was at any instant, rebuilt from its events.
 */
package io.providerportal.query.history;
