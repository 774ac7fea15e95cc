/** Tamper evidence for auditors: a hash chain over the stored event log, its verification and signed heads. */
package io.providerportal.query.integrity;
