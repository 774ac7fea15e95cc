/**
 * The permanent record shared by both sides: event records, their enums and the tenancy interfaces.
 * Classes here never move or change once released: a change is a new revision plus an upcaster.
 */
package io.providerportal.events;
