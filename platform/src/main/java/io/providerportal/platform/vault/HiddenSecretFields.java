package io.providerportal.platform.vault;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of an item a member with HidePasswords is never sent (V-12): the login's password and TOTP seed, and
 * the password history. Defined once: the read side leaves them out of what it answers, and the command side keeps
 * the stored ones when such a member updates the item, since they could not know them.
 */
public final class HiddenSecretFields {

    /** Each a path into the item's JSON. */
    public static final List<List<String>> PATHS =
            List.of(List.of("login", "password"), List.of("login", "totp"), List.of("passwordHistory"));

    private HiddenSecretFields() {}

    /** A PostgreSQL {@code jsonb} expression: {@code column} without the hidden fields. */
    public static String withoutThem(String jsonbColumn) {
        return PATHS.stream()
                .map(path -> " #- '{" + String.join(",", path) + "}'")
                .collect(Collectors.joining("", "(" + jsonbColumn, ")"));
    }
}
