package io.providerportal.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where access tokens come from.
 *
 * @param issuer     the {@code iss} the portal writes into its own tokens and requires on them
 * @param issuerUri  an external OpenID Connect issuer to trust instead of the portal's own tokens
 * @param jwkSetUri  where a side without the signing key (query-side on its own) fetches the public keys
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(
        @DefaultValue("provider-portal") String issuer, String issuerUri, String jwkSetUri) {}
