package io.providerportal.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class AuditCodesTest {

    @Test
    void everyEventHasAnEventLogType() {
        List<Class<?>> events = new ClassFileImporter()
                .importPackages("io.providerportal.events").stream()
                        .filter(c -> c.isAnnotatedWith(Revision.class))
                        .map(JavaClass::reflect)
                        .toList();

        assertThat(events)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(AuditCodes.of(event))
                        .as("event-log type of %s", event.getSimpleName())
                        .isPresent());
    }

    @Test
    void bitwardenCodesAreUsedWhereBitwardenLogsTheSameFact() {
        assertThat(AuditCodes.of(io.providerportal.events.organization.OrganizationUserInvited.class))
                .hasValue(new AuditCodes.Code(1500, "OrganizationUser_Invited"));
        assertThat(AuditCodes.of(io.providerportal.events.organization.ClientOrganizationCreated.class))
                .hasValue(new AuditCodes.Code(1900, "ProviderOrganization_Created"));
        assertThat(AuditCodes.of(io.providerportal.events.provider.ProviderUserRemoved.class))
                .hasValue(new AuditCodes.Code(1803, "ProviderUser_Removed"));
    }
}
