package io.providerportal.platform.security;

/** A person who logged in with a password, or an ops client with client credentials. */
public enum ActorType {
    USER,
    SERVICE_CLIENT
}
