/**
 * Running projections safely: an event a projection cannot handle is parked, not a stop for every tenant
 * ({@link io.providerportal.query.projection.IsolatedFailures}), and a projection is rebuilt into fresh tables while
 * its live tables keep serving, then swapped in ({@link io.providerportal.query.projection.ProjectionRebuilds}).
 */
package io.providerportal.query.projection;
