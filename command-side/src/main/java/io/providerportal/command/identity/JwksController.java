package io.providerportal.command.identity;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the token signing key, for resource servers that do not run in this JVM. */
@RestController
class JwksController {

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/identity/.well-known/jwks")
    Map<String, Object> jwks() {
        return keys.publicKeySet().toJSONObject();
    }
}
