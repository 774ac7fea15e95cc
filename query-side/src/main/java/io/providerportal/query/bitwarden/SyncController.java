package io.providerportal.query.bitwarden;

import io.providerportal.platform.security.Actor;
import io.providerportal.query.dashboard.ProviderClientKeys;
import io.providerportal.query.membership.MembershipViews.MyProviderView;
import io.providerportal.query.membership.MyProviders;
import io.providerportal.query.organization.MemberPolicies;
import io.providerportal.query.vault.MyVaultReads;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bitwarden's sync: everything a client keeps of its vault, in one answer. */
@RestController
class SyncController {

    private final MyVaultReads vault;
    private final MyProviders providers;
    private final ProviderClientKeys clients;
    private final MemberPolicies policies;
    private final SyncRevisions revisions;
    private final CipherShapes shapes;

    SyncController(
            MyVaultReads vault,
            MyProviders providers,
            ProviderClientKeys clients,
            MemberPolicies policies,
            SyncRevisions revisions,
            CipherShapes shapes) {
        this.vault = vault;
        this.providers = providers;
        this.clients = clients;
        this.policies = policies;
        this.revisions = revisions;
        this.shapes = shapes;
    }

    @GetMapping("/api/sync")
    Map<String, Object> sync(Actor actor) {
        MyVaultReads.Account account = vault.account(actor);
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("profile", profile(actor, account));
        sync.put(
                "folders",
                vault.folders(actor.id()).stream().map(shapes::folder).toList());
        sync.put(
                "collections",
                vault.collections(actor.id()).stream().map(shapes::collection).toList());
        sync.put("ciphers", vault.items(actor.id()).stream().map(shapes::cipher).toList());
        sync.put(
                "policies", policies.of(actor.id()).stream().map(shapes::policy).toList());
        sync.put("sends", List.of());
        sync.put("domains", null);
        sync.put("userDecryption", userDecryption(account));
        sync.put("object", "sync");
        return sync;
    }

    /**
     * When what the account holds last changed, in epoch milliseconds; a client syncs in full only when it moved.
     * An account nothing is recorded of yet answers the present, so that its client syncs.
     */
    @GetMapping("/api/accounts/revision-date")
    long revisionDate(Actor actor) {
        Instant revised = revisions.of(actor.id());
        return (revised == null ? Instant.now() : revised).toEpochMilli();
    }

    /** What newer clients unlock with: the key derivation, its salt (the email) and the wrapped user key. */
    private static Map<String, Object> userDecryption(MyVaultReads.Account account) {
        Map<String, Object> kdf = new LinkedHashMap<>();
        kdf.put("kdfType", account.kdf());
        kdf.put("iterations", account.kdfIterations());
        kdf.put("memory", null);
        kdf.put("parallelism", null);
        Map<String, Object> unlock = new LinkedHashMap<>();
        unlock.put("kdf", kdf);
        unlock.put("masterKeyEncryptedUserKey", account.key());
        unlock.put("salt", account.profile().email());
        return Map.of("masterPasswordUnlock", unlock);
    }

    private Map<String, Object> profile(Actor actor, MyVaultReads.Account account) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", actor.id());
        profile.put("name", account.profile().name());
        profile.put("email", account.profile().email());
        profile.put("emailVerified", true);
        profile.put("premium", false);
        profile.put("premiumFromOrganization", false);
        profile.put("culture", "en-US");
        profile.put("twoFactorEnabled", false);
        profile.put("key", account.key());
        profile.put("privateKey", account.encryptedPrivateKey());
        profile.put("securityStamp", actor.id().toString());
        profile.put("forcePasswordReset", false);
        profile.put("usesKeyConnector", false);
        profile.put(
                "organizations",
                vault.memberships(actor.id()).stream()
                        .map(membership -> shapes.organization(membership, actor.id()))
                        .toList());
        List<MyProviderView> confirmed = providers.of(actor.id()).stream()
                .filter(p -> "CONFIRMED".equals(p.status()) && p.key() != null)
                .toList();
        profile.put(
                "providers",
                confirmed.stream().map(p -> shapes.provider(p, actor.id())).toList());
        profile.put(
                "providerOrganizations",
                clients.of(confirmed.stream().map(MyProviderView::id).toList(), actor.id()).stream()
                        .filter(c -> c.key() != null)
                        .map(c -> shapes.providerOrganization(c, actor.id()))
                        .toList());
        profile.put("object", "profile");
        return profile;
    }
}
