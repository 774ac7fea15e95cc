package io.providerportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.web.ForbiddenException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A technician of a provider looks at what a Service User sees and changes nothing. */
class TechnicianPolicyTest {

    /** Deleting a client is for its Owners and the provider's Admins ({@link OrganizationPolicyTest}). */
    private static final EnumSet<OrganizationPermission> SERVICE_USERS_MAY =
            EnumSet.complementOf(EnumSet.of(OrganizationPermission.DELETE_ORGANIZATION));

    @Test
    void aTechnicianSeesTheProviderAndItsClientListOnly() {
        EnumSet<ProviderPermission> granted = EnumSet.noneOf(ProviderPermission.class);
        for (ProviderPermission permission : ProviderPermission.values()) {
            if (ProviderPolicy.allows(permission, ProviderUserType.TECHNICIAN, false)) {
                granted.add(permission);
            }
        }
        assertThat(granted).containsExactly(ProviderPermission.VIEW_PROVIDER, ProviderPermission.LIST_CLIENTS);
        assertThatThrownBy(() ->
                        ProviderPolicy.check(ProviderPermission.ADMINISTER_CLIENTS, ProviderUserType.TECHNICIAN, false))
                .isInstanceOfSatisfying(
                        ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("provider.read-only"));
    }

    @Test
    void inAClientATechnicianReadsEverythingAServiceUserReadsAndChangesNothing() {
        OrganizationRole technician = OrganizationRole.ofProviderMember(ProviderUserType.TECHNICIAN);
        for (OrganizationPermission permission : SERVICE_USERS_MAY) {
            OrganizationPolicy.check(permission, technician);
            assertThatThrownBy(() -> OrganizationPolicy.checkChange(permission, technician))
                    .isInstanceOfSatisfying(
                            ForbiddenException.class, e -> assertThat(e.code()).isEqualTo("provider.read-only"));
        }
        OrganizationRole serviceUser = OrganizationRole.ofProviderMember(ProviderUserType.SERVICE_USER);
        for (OrganizationPermission permission : SERVICE_USERS_MAY) {
            OrganizationPolicy.checkChange(permission, serviceUser);
        }
    }
}
