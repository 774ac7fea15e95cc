package io.providerportal.command.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfig {

    /** PBKDF2-HMAC-SHA256 with a random salt per hash; the iteration count is stored inside each hash. */
    @Bean
    PasswordEncoder credentialEncoder(IdentityProperties properties) {
        return new Pbkdf2PasswordEncoder(
                "", 16, properties.credentialHashIterations(), SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }
}
