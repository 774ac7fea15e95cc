package io.providerportal.platform.security;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Chooses how tokens are verified: an external OIDC issuer if one is configured, else the local signing key
 * when the token issuer runs in this JVM, else the issuer's published key set.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfig {

    @Bean
    JwtDecoder jwtDecoder(PortalSecurityProperties properties, ObjectProvider<JwtVerificationKey> localKey) {
        if (StringUtils.hasText(properties.issuerUri())) {
            return new VerifiedTokens(
                    JwtDecoders.fromIssuerLocation(properties.issuerUri()),
                    new DelegatingOAuth2TokenValidator<>(
                            JwtValidators.createDefaultWithIssuer(properties.issuerUri()), subjectIsUserId()));
        }
        NimbusJwtDecoder decoder;
        JwtVerificationKey key = localKey.getIfAvailable();
        if (key != null) {
            decoder = NimbusJwtDecoder.withPublicKey(key.publicKey()).build();
        } else if (StringUtils.hasText(properties.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        } else {
            throw new IllegalStateException(
                    "No way to verify tokens: set portal.security.jwk-set-uri (or portal.security.issuer-uri)");
        }
        return new VerifiedTokens(
                decoder,
                new DelegatingOAuth2TokenValidator<>(
                        JwtValidators.createDefaultWithIssuer(properties.issuer()),
                        subjectIsUserId(),
                        new JwtClaimValidator<String>(PortalClaims.TOKEN_USE, PortalClaims.ACCESS_TOKEN_USE::equals)));
    }

    /** Every actor is identified by a portal id: a token whose subject is none is refused (401), not a 500 later. */
    private static JwtClaimValidator<String> subjectIsUserId() {
        return new JwtClaimValidator<>(JwtClaimNames.SUB, subject -> {
            try {
                UUID.fromString(subject);
                return true;
            } catch (IllegalArgumentException | NullPointerException e) {
                return false;
            }
        });
    }
}
