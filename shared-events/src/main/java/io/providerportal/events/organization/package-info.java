/** Events of organizations: profile, members, collections and their access. */
package io.providerportal.events.organization;
