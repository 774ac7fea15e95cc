package io.providerportal.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the {@link Actor} out of the security context that the resource server filled from the token. */
public final class Actors {

    private Actors() {}

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(fromJwt(jwt));
        }
        return Optional.empty();
    }

    public static Actor fromJwt(Jwt jwt) {
        String type = Optional.ofNullable(jwt.getClaimAsString(PortalClaims.ACTOR_TYPE))
                .orElse(ActorType.USER.name());
        return new Actor(
                UUID.fromString(jwt.getSubject()),
                jwt.getClaimAsString(PortalClaims.EMAIL),
                ActorType.valueOf(type),
                roles(jwt.getClaimAsStringList(PortalClaims.ROLES)));
    }

    static Set<SystemRole> roles(List<String> claim) {
        if (claim == null) {
            return Set.of();
        }
        Set<String> known = Arrays.stream(SystemRole.values()).map(Enum::name).collect(Collectors.toSet());
        return claim.stream()
                .filter(known::contains)
                .map(SystemRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SystemRole.class)));
    }

    static Collection<String> authorities(Jwt jwt) {
        return roles(jwt.getClaimAsStringList(PortalClaims.ROLES)).stream()
                .map(r -> "ROLE_" + r.name())
                .toList();
    }
}
