package io.providerportal.query.keys;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The public keys of accounts; the controller decides who may learn them. */
@Component
class PublicKeys {

    private final NamedParameterJdbcTemplate jdbc;

    PublicKeys(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(UUID userId) {
        return Optional.ofNullable(of(List.of(userId)).get(userId));
    }

    /** A member's public key, as the bulk confirmations of providers and organizations serve it. */
    record MemberPublicKey(UUID id, UUID userId, String key) {}

    /** The public key of each member, given their member ids and user ids; members without one are left out. */
    List<MemberPublicKey> ofMembers(Map<UUID, UUID> userIdByMemberId) {
        Map<UUID, String> byUser = of(userIdByMemberId.values());
        return userIdByMemberId.entrySet().stream()
                .filter(member -> byUser.containsKey(member.getValue()))
                .map(member -> new MemberPublicKey(member.getKey(), member.getValue(), byUser.get(member.getValue())))
                .sorted(Comparator.comparing(MemberPublicKey::id))
                .toList();
    }

    /** The public key of each of the users that has one. */
    Map<UUID, String> of(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .query(
                        "select user_id, public_key from user_public_key where user_id in (:ids)",
                        Map.of("ids", userIds),
                        (rs, i) -> Map.entry(rs.getObject("user_id", UUID.class), rs.getString("public_key")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
