/** Retried writes with an {@code Idempotency-Key} are applied once and answered as the first time. */
package io.providerportal.command.idempotency;
