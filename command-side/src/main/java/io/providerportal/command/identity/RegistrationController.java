package io.providerportal.command.identity;

import io.providerportal.command.identity.UserAccountCommands.RegisterUser;
import io.providerportal.command.web.CommandSender;
import io.providerportal.events.identity.KdfType;
import io.providerportal.platform.Ids;
import io.providerportal.platform.validation.EncString;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Account registration and the pre-login step that tells a client how to derive its master key. */
@RestController
@RequestMapping("/identity/accounts")
class RegistrationController {

    record Keys(
            @NotBlank @Size(max = 2000) String publicKey,
            @NotBlank @EncString @Size(max = 10000) String encryptedPrivateKey) {}

    record RegisterRequest(
            @NotBlank @Email @Size(max = 256) String email,
            @Size(max = 50) String name,
            @NotBlank @Size(max = 300) String masterPasswordHash,
            @NotBlank @EncString @Size(max = 1000) String key,
            @NotNull Integer kdf,
            @NotNull Integer kdfIterations,
            @NotNull @Valid Keys keys) {}

    record PreloginRequest(@NotBlank @Size(max = 256) String email) {}

    record KdfSettings(int kdfType, int iterations, Integer memory, Integer parallelism) {}

    /** Both the older flat fields and the newer {@code kdfSettings} object, since clients read either. */
    record PreloginResponse(
            int kdf,
            int kdfIterations,
            Integer kdfMemory,
            Integer kdfParallelism,
            KdfSettings kdfSettings,
            String salt) {}

    private final CommandSender commands;
    private final Credentials credentials;
    private final UserDirectory directory;
    private final IdentityProperties properties;
    private final IdentityThrottle throttle;

    RegistrationController(
            CommandSender commands,
            Credentials credentials,
            UserDirectory directory,
            IdentityProperties properties,
            IdentityThrottle throttle) {
        this.commands = commands;
        this.credentials = credentials;
        this.directory = directory;
        this.properties = properties;
        this.throttle = throttle;
    }

    @PostMapping("/register")
    ResponseEntity<?> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        Optional<Long> wait = throttle.admit(http.getRemoteAddr(), null);
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, wait.get().toString())
                    .body(Problems.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "too-many-requests",
                            "Too many requests from this address. Try again in " + wait.get() + " seconds.",
                            List.of()));
        }
        if (request.kdf() != KdfType.PBKDF2_SHA256.code()) {
            throw new InvalidRequestException("kdf-unsupported", "kdf", "only PBKDF2-SHA256 (0) is supported");
        }
        if (request.kdfIterations() < properties.minimumKdfIterations()) {
            throw new InvalidRequestException(
                    "kdf-too-weak", "kdfIterations", "must be at least " + properties.minimumKdfIterations());
        }
        UUID userId = Ids.newId();
        long position = commands.send(new RegisterUser(
                userId,
                UserDirectory.normalize(request.email()),
                request.name(),
                KdfType.PBKDF2_SHA256,
                request.kdfIterations(),
                request.key(),
                request.keys().publicKey(),
                request.keys().encryptedPrivateKey(),
                credentials.hash(request.masterPasswordHash())));
        return commands.created(URI.create("/identity/accounts/" + userId), position, Map.of("id", userId));
    }

    @PostMapping("/prelogin/password")
    PreloginResponse prelogin(@Valid @RequestBody PreloginRequest request) {
        // Unknown emails get the default settings, so the answer does not tell who has an account.
        int iterations = directory
                .findByEmail(request.email())
                .map(DirectoryUser::kdfIterations)
                .orElse(properties.minimumKdfIterations());
        int kdf = KdfType.PBKDF2_SHA256.code();
        return new PreloginResponse(
                kdf,
                iterations,
                null,
                null,
                new KdfSettings(kdf, iterations, null, null),
                UserDirectory.normalize(request.email()));
    }
}
