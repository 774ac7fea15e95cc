package io.providerportal.command.bitwarden;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Newer Bitwarden clients report an id they give the user key after logging in, and stop if the server refuses it.
 * This server keeps no such id (the user key is only ever stored encrypted, as registered), so it takes note of
 * nothing and answers that all is well.
 */
@RestController
class KeyManagementController {

    @PostMapping("/api/accounts/key-management/user-key-id")
    ResponseEntity<Void> userKeyId() {
        return ResponseEntity.ok().build();
    }
}
