package io.providerportal.command.vault;

import static io.providerportal.platform.test.ErrorMatchers.withCode;

import io.providerportal.command.organization.CollectionGrants;
import io.providerportal.command.organization.CollectionGrants.Flags;
import io.providerportal.command.vault.VaultItemCommands.ChangeItemCollections;
import io.providerportal.command.vault.VaultItemCommands.Contents;
import io.providerportal.command.vault.VaultItemCommands.CreateItem;
import io.providerportal.command.vault.VaultItemCommands.PlaceItem;
import io.providerportal.command.vault.VaultItemCommands.Placement;
import io.providerportal.command.vault.VaultItemCommands.PurgeItem;
import io.providerportal.command.vault.VaultItemCommands.RestoreItem;
import io.providerportal.command.vault.VaultItemCommands.RevisionCheck;
import io.providerportal.command.vault.VaultItemCommands.ShareItem;
import io.providerportal.command.vault.VaultItemCommands.TrashItem;
import io.providerportal.command.vault.VaultItemCommands.UpdateItem;
import io.providerportal.events.vault.VaultItemCollectionsChanged;
import io.providerportal.events.vault.VaultItemCreated;
import io.providerportal.events.vault.VaultItemFavoriteSet;
import io.providerportal.events.vault.VaultItemFolderSet;
import io.providerportal.events.vault.VaultItemPurged;
import io.providerportal.events.vault.VaultItemRestored;
import io.providerportal.events.vault.VaultItemShared;
import io.providerportal.events.vault.VaultItemTrashed;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.events.vault.VaultItemUpdated;
import io.providerportal.platform.web.ConflictException;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of one vault item (V-06..V-12): who may do what, stale revisions, hidden passwords, sharing. */
class VaultItemTest {

    static final UUID ITEM = UUID.randomUUID();
    static final UUID ORG = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final UUID EDITOR = UUID.randomUUID();
    static final UUID READER = UUID.randomUUID();
    static final UUID HIDDEN = UUID.randomUUID();
    static final UUID ADMIN = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();
    static final UUID SALES = UUID.randomUUID();
    static final UUID FINANCE = UUID.randomUUID();
    static final UUID SECRET = UUID.randomUUID();
    static final UUID FOLDER = UUID.randomUUID();
    /** An editor of SALES whom an organization's data ownership policy binds. */
    static final UUID BOUND = UUID.randomUUID();

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00.123Z");
    static final Instant T1 = Instant.parse("2026-11-25T10:05:00.456Z");
    static final String DATA =
            "{\"name\":\"2.n\",\"login\":{\"username\":\"2.u\",\"password\":\"2.p\",\"totp\":\"2.t\"}}";
    static final String CHANGED = "{\"name\":\"2.n2\",\"login\":{\"username\":\"2.u2\"}}";
    static final Placement NOWHERE = new Placement(null, false);

    private FixtureConfiguration<VaultItem> fixture;

    /** Grants per user in {@code ORG}: collections SALES, FINANCE and SECRET exist. */
    private final Map<UUID, CollectionGrants> grants = new HashMap<>();

    @BeforeEach
    void setUp() {
        Set<UUID> existing = Set.of(SALES, FINANCE, SECRET);
        grants.put(
                EDITOR,
                new CollectionGrants(
                        true,
                        false,
                        Map.of(SALES, new Flags(false, false, false), FINANCE, new Flags(false, false, false)),
                        existing));
        grants.put(READER, new CollectionGrants(true, false, Map.of(SALES, new Flags(true, false, false)), existing));
        grants.put(HIDDEN, new CollectionGrants(true, false, Map.of(SALES, new Flags(false, true, false)), existing));
        grants.put(
                ADMIN,
                new CollectionGrants(
                        true, true, Map.of(SALES, Flags.ALL, FINANCE, Flags.ALL, SECRET, Flags.ALL), existing));
        grants.put(STRANGER, CollectionGrants.NONE);
        grants.put(BOUND, grants.get(EDITOR));
        fixture = new AggregateTestFixture<>(VaultItem.class);
        fixture.registerInjectableResource(new VaultDirectory() {
            @Override
            public CollectionGrants grantsOf(UUID userId, UUID organizationId) {
                return ORG.equals(organizationId)
                        ? grants.getOrDefault(userId, CollectionGrants.NONE)
                        : CollectionGrants.NONE;
            }

            @Override
            public boolean ownsFolder(UUID userId, UUID folderId) {
                return OWNER.equals(userId) && FOLDER.equals(folderId);
            }

            @Override
            public boolean personalItemsRemoved(UUID userId) {
                return BOUND.equals(userId);
            }
        });
    }

    private static Object personal() {
        return new VaultItemCreated(ITEM, null, OWNER, VaultItemType.LOGIN, DATA, null, false, List.of(), T0);
    }

    private static Object shared(UUID... collections) {
        return new VaultItemCreated(
                ITEM, ORG, null, VaultItemType.LOGIN, DATA, "2.key", false, List.of(collections), T0);
    }

    private static UpdateItem update(UUID actor, Instant lastKnown) {
        return new UpdateItem(
                ITEM, actor, VaultItemType.LOGIN, new Contents(CHANGED, "2.key", false), NOWHERE, lastKnown, T1);
    }

    @Test
    void createsAPersonalItemFiledInTheOwnersFolder() {
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM,
                        OWNER,
                        null,
                        VaultItemType.LOGIN,
                        new Contents(DATA, null, false),
                        Set.of(),
                        new Placement(FOLDER, true),
                        T0))
                .expectEvents(
                        personal(),
                        new VaultItemFolderSet(ITEM, OWNER, FOLDER),
                        new VaultItemFavoriteSet(ITEM, OWNER, true));
    }

    @Test
    void aFolderOfSomeoneElseIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM,
                        EDITOR,
                        null,
                        VaultItemType.LOGIN,
                        new Contents(DATA, null, false),
                        Set.of(),
                        new Placement(FOLDER, false),
                        T0))
                .expectNoEvents()
                .expectException(NotFoundException.class)
                .expectException(withCode("folder.not-found"));
    }

    @Test
    void underOrganizationDataOwnershipAnItemIsSavedInACollectionNeverInThePersonalVault() {
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM, BOUND, null, VaultItemType.LOGIN, new Contents(DATA, null, false), Set.of(), NOWHERE, T0))
                .expectNoEvents()
                .expectException(withCode("policy.organization-data-ownership"));
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM,
                        BOUND,
                        ORG,
                        VaultItemType.LOGIN,
                        new Contents(DATA, "2.key", false),
                        Set.of(SALES),
                        NOWHERE,
                        T0))
                .expectEvents(new VaultItemCreated(
                        ITEM, ORG, null, VaultItemType.LOGIN, DATA, "2.key", false, List.of(SALES), T0));
    }

    @Test
    void anOrganizationItemGoesOnlyIntoCollectionsTheActorMayEdit() {
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM,
                        EDITOR,
                        ORG,
                        VaultItemType.LOGIN,
                        new Contents(DATA, "2.key", false),
                        Set.of(SALES),
                        NOWHERE,
                        T0))
                .expectEvents(shared(SALES));
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM,
                        READER,
                        ORG,
                        VaultItemType.LOGIN,
                        new Contents(DATA, "2.key", false),
                        Set.of(SALES),
                        NOWHERE,
                        T0))
                .expectNoEvents()
                .expectException(ForbiddenException.class)
                .expectException(withCode("item.collection-not-writable"));
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM,
                        EDITOR,
                        ORG,
                        VaultItemType.LOGIN,
                        new Contents(DATA, "2.key", false),
                        Set.of(UUID.randomUUID()),
                        NOWHERE,
                        T0))
                .expectException(withCode("collection.not-found"));
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM,
                        EDITOR,
                        ORG,
                        VaultItemType.LOGIN,
                        new Contents(DATA, "2.key", false),
                        Set.of(),
                        NOWHERE,
                        T0))
                .expectException(InvalidRequestException.class)
                .expectException(withCode("item.collection-required"));
        fixture.givenNoPriorActivity()
                .when(new CreateItem(
                        ITEM,
                        STRANGER,
                        ORG,
                        VaultItemType.LOGIN,
                        new Contents(DATA, "2.key", false),
                        Set.of(SALES),
                        NOWHERE,
                        T0))
                .expectException(NotFoundException.class)
                .expectException(withCode("organization.not-found"));
    }

    @Test
    void anUpdateNamesTheRevisionItLastRead() {
        fixture.given(shared(SALES))
                .when(update(EDITOR, T0))
                .expectEvents(new VaultItemUpdated(ITEM, ORG, null, CHANGED, "2.key", false, T1));
        fixture.given(shared(SALES), new VaultItemUpdated(ITEM, ORG, null, CHANGED, "2.key", false, T1))
                .when(update(EDITOR, T0))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectException(withCode("item.out-of-date"));
    }

    @Test
    void bitwardenClientsGetASecondsSlackAndNoCheckWithoutARevision() {
        VaultItemUpdated changed = new VaultItemUpdated(ITEM, ORG, null, CHANGED, "2.key", false, T1);
        fixture.given(shared(SALES), changed)
                .when(bitwardenUpdate(T1.minusMillis(900)))
                .expectEvents(new VaultItemUpdated(ITEM, ORG, null, CHANGED, "2.key", false, T1.plusSeconds(1)));
        fixture.given(shared(SALES), changed)
                .when(bitwardenUpdate(null))
                .expectEvents(new VaultItemUpdated(ITEM, ORG, null, CHANGED, "2.key", false, T1.plusSeconds(1)));
        fixture.given(shared(SALES), changed)
                .when(bitwardenUpdate(T1.minusMillis(1001)))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectException(withCode("item.out-of-date"));
    }

    private static UpdateItem bitwardenUpdate(Instant lastKnown) {
        return new UpdateItem(
                ITEM,
                EDITOR,
                VaultItemType.LOGIN,
                new Contents(CHANGED, "2.key", false),
                NOWHERE,
                lastKnown,
                T1.plusSeconds(1),
                RevisionCheck.WITHIN_A_SECOND);
    }

    @Test
    void readOnlyMembersCannotEditAndOthersCannotSeeTheItem() {
        fixture.given(shared(SALES))
                .when(update(READER, T0))
                .expectException(ForbiddenException.class)
                .expectException(withCode("item.edit-required"));
        fixture.given(shared(FINANCE))
                .when(update(READER, T0))
                .expectException(NotFoundException.class)
                .expectException(withCode("item.not-found"));
        fixture.given(personal()).when(update(EDITOR, T0)).expectException(withCode("item.not-found"));
    }

    @Test
    void thePersonalItemOfSomeoneElseIsNotFoundWhateverIsAsked() {
        fixture.given(personal())
                .when(new ChangeItemCollections(ITEM, EDITOR, Set.of(SALES), T1))
                .expectNoEvents()
                .expectException(NotFoundException.class)
                .expectException(withCode("item.not-found"));
        fixture.given(personal())
                .when(new ChangeItemCollections(ITEM, OWNER, Set.of(SALES), T1))
                .expectNoEvents()
                .expectException(withCode("item.collection-required"));
    }

    @Test
    void theMostPermissiveCollectionWins() {
        // read-only where passwords show, editable where they are hidden: the member may edit and see them
        grants.put(
                READER,
                new CollectionGrants(
                        true,
                        false,
                        Map.of(SALES, new Flags(true, false, false), FINANCE, new Flags(false, true, false)),
                        Set.of(SALES, FINANCE, SECRET)));
        fixture.given(shared(SALES, FINANCE))
                .when(update(READER, T0))
                .expectEvents(new VaultItemUpdated(ITEM, ORG, null, CHANGED, "2.key", false, T1));
    }

    @Test
    void anUpdateByAMemberWhoCannotSeePasswordsKeepsTheStoredOnes() {
        fixture.given(shared(SALES))
                .when(new UpdateItem(
                        ITEM,
                        HIDDEN,
                        VaultItemType.LOGIN,
                        new Contents(
                                "{\"name\":\"2.n2\",\"login\":{\"username\":\"2.u2\",\"password\":\"2.guess\"}}",
                                "2.key",
                                false),
                        NOWHERE,
                        T0,
                        T1))
                .expectEvents(new VaultItemUpdated(
                        ITEM,
                        ORG,
                        null,
                        "{\"name\":\"2.n2\",\"login\":{\"username\":\"2.u2\",\"password\":\"2.p\",\"totp\":\"2.t\"}}",
                        "2.key",
                        false,
                        T1));
        fixture.given(shared(SALES))
                .when(new UpdateItem(
                        ITEM,
                        HIDDEN,
                        VaultItemType.LOGIN,
                        new Contents(CHANGED, "2.other-key", false),
                        NOWHERE,
                        T0,
                        T1))
                .expectNoEvents()
                .expectException(withCode("item.key-change-not-allowed"));
    }

    @Test
    void theTypeNeverChanges() {
        fixture.given(personal())
                .when(new UpdateItem(
                        ITEM, OWNER, VaultItemType.CARD, new Contents(CHANGED, null, false), NOWHERE, T0, T1))
                .expectException(RuleViolationException.class)
                .expectException(withCode("item.type-immutable"));
    }

    @Test
    void collectionsTheActorCannotSeeStayWhenTheyChangeTheirOwn() {
        fixture.given(shared(SALES, SECRET))
                .when(new ChangeItemCollections(ITEM, EDITOR, Set.of(FINANCE), T1))
                .expectEvents(new VaultItemCollectionsChanged(ITEM, ORG, sorted(FINANCE, SECRET), T1));
        fixture.given(shared(SALES))
                .when(new ChangeItemCollections(ITEM, EDITOR, Set.of(SALES, SECRET), T1))
                .expectNoEvents()
                .expectException(withCode("item.collection-not-writable"));
        fixture.given(shared(SALES))
                .when(new ChangeItemCollections(ITEM, HIDDEN, Set.of(SALES), T1))
                .expectException(withCode("item.edit-required"));
    }

    @Test
    void onlyThoseWhoReachEveryItemMayLeaveOneUnassigned() {
        fixture.given(shared(SALES))
                .when(new ChangeItemCollections(ITEM, EDITOR, Set.of(), T1))
                .expectException(withCode("item.collection-required"));
        fixture.given(shared(SALES))
                .when(new ChangeItemCollections(ITEM, ADMIN, Set.of(), T1))
                .expectEvents(new VaultItemCollectionsChanged(ITEM, ORG, List.of(), T1));
        fixture.given(shared()).when(update(ADMIN, T0)).expectSuccessfulHandlerExecution();
    }

    @Test
    void aPersonalItemIsSharedOnceByItsOwner() {
        fixture.given(personal())
                .when(new ShareItem(ITEM, OWNER, ORG, new Contents(CHANGED, "2.org-key", false), Set.of(SALES), T0, T1))
                .expectException(withCode("organization.not-found"));
        grants.put(OWNER, grants.get(EDITOR));
        fixture.given(personal())
                .when(new ShareItem(ITEM, OWNER, ORG, new Contents(CHANGED, "2.org-key", false), Set.of(SALES), T0, T1))
                .expectEvents(new VaultItemShared(ITEM, ORG, OWNER, CHANGED, "2.org-key", List.of(SALES), T1));
        fixture.given(personal())
                .when(new ShareItem(
                        ITEM, EDITOR, ORG, new Contents(CHANGED, "2.org-key", false), Set.of(SALES), T0, T1))
                .expectException(withCode("item.not-found"));
        fixture.given(shared(SALES))
                .when(new ShareItem(
                        ITEM, EDITOR, ORG, new Contents(CHANGED, "2.org-key", false), Set.of(SALES), T0, T1))
                .expectException(RuleViolationException.class)
                .expectException(withCode("item.already-in-organization"));
    }

    @Test
    void trashRestoreAndPurge() {
        fixture.given(shared(SALES))
                .when(new TrashItem(ITEM, EDITOR, T1))
                .expectEvents(new VaultItemTrashed(ITEM, ORG, null, T1));
        fixture.given(shared(SALES), new VaultItemTrashed(ITEM, ORG, null, T1))
                .when(update(EDITOR, T1))
                .expectException(withCode("item.in-trash"));
        fixture.given(shared(SALES), new VaultItemTrashed(ITEM, ORG, null, T1))
                .when(new RestoreItem(ITEM, EDITOR, T1))
                .expectEvents(new VaultItemRestored(ITEM, ORG, null, T1.plusMillis(1)));
        fixture.given(shared(SALES))
                .when(new RestoreItem(ITEM, EDITOR, T1))
                .expectException(withCode("item.not-in-trash"));
        fixture.given(shared(SALES))
                .when(new TrashItem(ITEM, READER, T1))
                .expectException(withCode("item.edit-required"));
    }

    @Test
    void aPurgedItemIsGoneForGood() {
        fixture.given(shared(SALES))
                .when(new PurgeItem(ITEM, EDITOR))
                .expectEvents(new VaultItemPurged(ITEM, ORG, null))
                .expectMarkedDeleted();
    }

    @Test
    void folderAndFavouriteArePerUserEvenForReaders() {
        fixture.given(shared(SALES), new VaultItemFavoriteSet(ITEM, EDITOR, true))
                .when(new PlaceItem(ITEM, READER, new Placement(null, true)))
                .expectEvents(new VaultItemFavoriteSet(ITEM, READER, true));
        fixture.given(shared(SALES), new VaultItemFavoriteSet(ITEM, EDITOR, true))
                .when(new PlaceItem(ITEM, EDITOR, new Placement(null, true)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(shared(FINANCE))
                .when(new PlaceItem(ITEM, READER, new Placement(null, true)))
                .expectException(withCode("item.not-found"));
    }

    private static List<UUID> sorted(UUID... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }
}
