package io.providerportal.platform.web;

/** The serializable form of a {@link PortalException}, carried as command execution details across a bus. */
public record ErrorDetails(ErrorCategory category, String code, String field, String message) {}
