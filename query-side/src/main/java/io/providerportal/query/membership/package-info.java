/** Provider membership as the query side knows it, and the read authorization built on it. */
package io.providerportal.query.membership;
