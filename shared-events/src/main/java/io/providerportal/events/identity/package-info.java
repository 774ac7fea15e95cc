/** Events of user accounts. */
package io.providerportal.events.identity;
