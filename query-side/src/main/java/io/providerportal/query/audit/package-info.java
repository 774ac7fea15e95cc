/** The event log: what happened in each organization and provider, by whom, as auditors and admins read it. */
package io.providerportal.query.audit;
