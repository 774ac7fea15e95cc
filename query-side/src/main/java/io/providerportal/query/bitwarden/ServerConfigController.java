package io.providerportal.query.bitwarden;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a Bitwarden client asks before it logs in: where the API and identity live. No feature flags: each one
 * switches the clients to request shapes this server does not speak.
 */
@RestController
class ServerConfigController {

    static final String VERSION = "2026.9.0";

    @GetMapping("/api/config")
    Map<String, Object> config() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("vault", base);
        environment.put("api", base + "/api");
        environment.put("identity", base + "/identity");
        environment.put("notifications", null);
        environment.put("sso", null);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("version", VERSION);
        config.put("gitHash", null);
        config.put("server", Map.of("name", "Provider Portal", "url", base));
        config.put("environment", environment);
        config.put("featureStates", Map.of());
        config.put("object", "config");
        return config;
    }
}
