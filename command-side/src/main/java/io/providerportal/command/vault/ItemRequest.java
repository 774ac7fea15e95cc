package io.providerportal.command.vault;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.providerportal.command.vault.VaultItemCommands.Contents;
import io.providerportal.command.vault.VaultItemCommands.Placement;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.platform.validation.EncString;
import io.providerportal.platform.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An item as clients send it (V-03), in Bitwarden's cipher shape: every secret is an EncString, checked for its
 * shape only. The type decides which section it may hold: a Login its {@code login}, a Card its {@code card},
 * an Identity its {@code identity}, a Secure Note none of them.
 */
public record ItemRequest(
        @NotNull VaultItemType type,
        UUID organizationId,
        @Size(max = 100) Set<@NotNull UUID> collectionIds,
        UUID folderId,
        boolean favorite,
        boolean reprompt,
        @EncString @Size(max = 1000) String key,
        @NotBlank @EncString @Size(max = 10_000) String name,
        @EncString @Size(max = 100_000) String notes,
        @Valid Login login,
        @Valid Card card,
        @Valid Identity identity,
        @Size(max = 200) List<@Valid @NotNull Field> fields,
        @Size(max = 100) List<@Valid @NotNull PasswordHistoryEntry> passwordHistory,
        Instant lastKnownRevisionDate) {

    /** Bitwarden's limit on an item's stored data. */
    static final int MAX_DATA_LENGTH = 500_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public record Login(
            @EncString @Size(max = 10_000) String username,
            @EncString @Size(max = 10_000) String password,
            @EncString @Size(max = 10_000) String totp,
            @Size(max = 100) List<@Valid @NotNull LoginUri> uris,
            Instant passwordRevisionDate) {}

    /** {@code match}: Domain 0, Host 1, StartsWith 2, Exact 3, RegularExpression 4, Never 5. */
    public record LoginUri(
            @NotBlank @EncString @Size(max = 10_000) String uri,
            @Min(0) @Max(5) Integer match) {}

    public record Card(
            @EncString @Size(max = 1000) String cardholderName,
            @EncString @Size(max = 1000) String brand,
            @EncString @Size(max = 1000) String number,
            @EncString @Size(max = 1000) String expMonth,
            @EncString @Size(max = 1000) String expYear,
            @EncString @Size(max = 1000) String code) {}

    public record Identity(
            @EncString @Size(max = 1000) String title,
            @EncString @Size(max = 1000) String firstName,
            @EncString @Size(max = 1000) String middleName,
            @EncString @Size(max = 1000) String lastName,
            @EncString @Size(max = 1000) String address1,
            @EncString @Size(max = 1000) String address2,
            @EncString @Size(max = 1000) String address3,
            @EncString @Size(max = 1000) String city,
            @EncString @Size(max = 1000) String state,
            @EncString @Size(max = 1000) String postalCode,
            @EncString @Size(max = 1000) String country,
            @EncString @Size(max = 1000) String company,
            @EncString @Size(max = 1000) String email,
            @EncString @Size(max = 1000) String phone,
            @EncString @Size(max = 1000) String ssn,
            @EncString @Size(max = 1000) String username,
            @EncString @Size(max = 1000) String passportNumber,
            @EncString @Size(max = 1000) String licenseNumber) {}

    /** {@code type}: Text 0, Hidden 1, Boolean 2, Linked 3. */
    public record Field(
            @EncString @Size(max = 5000) String name,
            @EncString @Size(max = 5000) String value,
            @Min(0) @Max(3) int type) {}

    public record PasswordHistoryEntry(
            @NotBlank @EncString @Size(max = 5000) String password,
            @NotNull Instant lastUsedDate) {}

    /** The shared contents, once the sections fit the type; the data is compact JSON without empty fields. */
    public Contents contents() {
        requireSection("login", login, VaultItemType.LOGIN);
        requireSection("card", card, VaultItemType.CARD);
        requireSection("identity", identity, VaultItemType.IDENTITY);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", name);
        data.put("notes", notes);
        data.put("login", login);
        data.put("card", card);
        data.put("identity", identity);
        data.put("fields", fields);
        data.put("passwordHistory", passwordHistory);
        data.values().removeIf(value -> value == null);
        String json = write(data);
        if (json.length() > MAX_DATA_LENGTH) {
            throw new InvalidRequestException(
                    "item.too-large",
                    "data",
                    "The item's encrypted data is longer than " + MAX_DATA_LENGTH + " characters.");
        }
        return new Contents(json, key, reprompt);
    }

    public Placement placement() {
        return new Placement(folderId, favorite);
    }

    public Set<UUID> collections() {
        return collectionIds == null ? Set.of() : collectionIds;
    }

    Instant requireLastKnownRevisionDate() {
        if (lastKnownRevisionDate == null) {
            throw new InvalidRequestException(
                    "item.revision-required",
                    "lastKnownRevisionDate",
                    "Name the revision date of the item as you last read it.");
        }
        return lastKnownRevisionDate;
    }

    private void requireSection(String section, Object value, VaultItemType owner) {
        if (value != null && type != owner) {
            throw new InvalidRequestException(
                    "item.section-not-allowed", section, "A " + type + " item has no " + section + " section.");
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
