/** Events of providers and their members. */
package io.providerportal.events.provider;
