package io.providerportal.platform.security;

import java.security.interfaces.RSAPublicKey;

/** The public half of the local signing key, offered by the side that issues tokens when it runs in this JVM. */
public interface JwtVerificationKey {

    RSAPublicKey publicKey();
}
