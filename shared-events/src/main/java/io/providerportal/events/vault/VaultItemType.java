package io.providerportal.events.vault;

/** What an item holds; its data carries the matching section ({@code login}, {@code card}, {@code identity}). */
public enum VaultItemType {
    LOGIN,
    SECURE_NOTE,
    CARD,
    IDENTITY
}
