/** Operations endpoints of the read side: the state of its projections. */
package io.providerportal.query.admin;
