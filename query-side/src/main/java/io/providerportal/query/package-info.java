/** The read side: projections turn events into read models, which every GET endpoint serves. */
package io.providerportal.query;
