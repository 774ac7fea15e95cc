/** Organizations as their members and administrators see them: profile, members, access. */
package io.providerportal.query.organization;
