package io.providerportal.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.bench.faults.EventStoreCheck.StoredEvent;
import io.providerportal.bench.faults.EventStoreCheck.Tally;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The store check finds what it is there to find: a write lost, applied twice, or applied though refused. */
class EventStoreCheckTest {

    private final Phase phase = new Phase(Fault.KILL_COMMAND_SIDE);
    private final UUID item = UUID.randomUUID();

    @Test
    void anAcknowledgedCreationStoredOnceIsNeitherLostNorDuplicated() {
        Tally tally = check(List.of(created(item, "2.one", 7)), acknowledged(creation("2.one"), 7, item));

        assertThat(tally.acknowledged).isEqualTo(1);
        assertThat(tally.lost + tally.duplicated + tally.wrongAnswers).isZero();
    }

    @Test
    void anAcknowledgedCreationMissingFromTheStoreIsLost() {
        Tally tally = check(List.of(created(item, "2.other", 7)), acknowledged(creation("2.one"), 7, item));

        assertThat(tally.lost).isEqualTo(1);
    }

    @Test
    void aCreationStoredTwiceIsDuplicatedAnsweredOrNot() {
        List<StoredEvent> twice = List.of(created(item, "2.one", 7), created(UUID.randomUUID(), "2.one", 9));

        assertThat(check(twice, acknowledged(creation("2.one"), 7, item)).duplicated)
                .isEqualTo(1);
        assertThat(check(twice, creation("2.one")).duplicated).isEqualTo(1);
    }

    @Test
    void aRefusedWriteThatWasAppliedAllTheSameIsCounted() {
        Write refused = creation("2.one");
        refused.answered(409, -1, 2, false);

        assertThat(check(List.of(created(item, "2.one", 7)), refused).refusedYetApplied)
                .isEqualTo(1);
    }

    @Test
    void anAnswerNamingAnotherItemOrAnEarlierPositionDisagreesWithTheStore() {
        List<StoredEvent> stored = List.of(created(item, "2.one", 7));

        assertThat(check(stored, acknowledged(creation("2.one"), 7, UUID.randomUUID())).wrongAnswers)
                .isEqualTo(1);
        assertThat(check(stored, acknowledged(creation("2.one"), 6, item)).wrongAnswers)
                .isEqualTo(1);
    }

    @Test
    void anUpdateCountsOnlyOnItsOwnItem() {
        Write update = new Write(phase, WriteKind.ITEM_UPDATED, "k", "2.new", item);
        update.answered(204, 8, 1, false);

        assertThat(check(List.of(updated(UUID.randomUUID(), "2.new", 8)), update).lost)
                .isEqualTo(1);
        assertThat(check(List.of(updated(item, "2.new", 8)), update).lost).isZero();
    }

    @Test
    void favouriteFlipsMustBeStoredExactlyAsAcknowledged() {
        Write on = flip(true, 3);
        Write off = flip(false, 4);

        assertThat(check(List.of(favourite(true, 3), favourite(false, 4)), on, off).lost)
                .isZero();
        assertThat(check(List.of(favourite(true, 3)), on, off).lost).isEqualTo(1);
        assertThat(check(List.of(favourite(true, 3), favourite(false, 4), favourite(true, 5)), on, off).duplicated)
                .isEqualTo(1);
        assertThat(check(List.of(favourite(false, 3), favourite(true, 4)), on, off).lost)
                .isEqualTo(1);
    }

    @Test
    void anInvitationIsLookedUpInItsOwnOrganization() {
        UUID organization = UUID.randomUUID();
        Write invitation = new Write(phase, WriteKind.MEMBER_INVITED, "k", "a@faults.test", organization);
        invitation.answered(200, 5, 1, false);
        String payload = "{\"organizationId\":\"%s\",\"organizationUserId\":\"%s\",\"email\":\"a@faults.test\"}";

        assertThat(check(List.of(event(WriteKind.MEMBER_INVITED, 5, payload.formatted(organization, item))), invitation)
                        .lost)
                .isZero();
        assertThat(check(List.of(event(WriteKind.MEMBER_INVITED, 5, payload.formatted(item, organization))), invitation)
                        .lost)
                .isEqualTo(1);
    }

    private Tally check(List<StoredEvent> events, Write... writes) {
        return EventStoreCheck.of(events).check(List.of(writes)).get(phase);
    }

    private Write creation(String encryptedName) {
        return new Write(phase, WriteKind.ITEM_CREATED, UUID.randomUUID().toString(), encryptedName, null);
    }

    private static Write acknowledged(Write write, long position, UUID id) {
        write.answered(201, position, 1, false);
        write.created(id);
        return write;
    }

    private Write flip(boolean value, long position) {
        Write write =
                new Write(phase, WriteKind.FAVOURITE_SET, UUID.randomUUID().toString(), Boolean.toString(value), item);
        write.answered(204, position, 1, false);
        return write;
    }

    private static StoredEvent created(UUID item, String encryptedName, long position) {
        return event(
                WriteKind.ITEM_CREATED,
                position,
                "{\"itemId\":\"" + item + "\",\"data\":\"{\\\"name\\\":\\\"" + encryptedName + "\\\"}\"}");
    }

    private static StoredEvent updated(UUID item, String encryptedName, long position) {
        return event(
                WriteKind.ITEM_UPDATED,
                position,
                "{\"itemId\":\"" + item + "\",\"data\":\"{\\\"name\\\":\\\"" + encryptedName + "\\\"}\"}");
    }

    private StoredEvent favourite(boolean value, long position) {
        return event(
                WriteKind.FAVOURITE_SET,
                position,
                "{\"itemId\":\"" + item + "\",\"userId\":\"" + UUID.randomUUID() + "\",\"favorite\":" + value + "}");
    }

    private static StoredEvent event(WriteKind kind, long position, String payload) {
        return new StoredEvent(position, kind.eventType(), payload);
    }
}
