/** What every query endpoint shares: waiting for a client's own writes before answering. */
package io.providerportal.query.web;
