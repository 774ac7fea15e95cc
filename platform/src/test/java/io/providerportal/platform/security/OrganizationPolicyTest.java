package io.providerportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.NotFoundException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationPolicyTest {

    @Test
    void onlyOwnersAndTheProvidersAdminsDeleteAnOrganization() {
        assertThat(deletes(OrganizationRole.member(OrganizationUserType.OWNER, Set.of())))
                .isTrue();
        assertThat(deletes(OrganizationRole.ofProviderMember(ProviderUserType.PROVIDER_ADMIN)))
                .isTrue();
        assertThat(deletes(OrganizationRole.member(OrganizationUserType.ADMIN, Set.of())))
                .isFalse();
        assertThat(deletes(OrganizationRole.member(OrganizationUserType.CUSTOM, EnumSet.allOf(CustomPermission.class))))
                .isFalse();
        assertThat(deletes(OrganizationRole.ofProviderMember(ProviderUserType.SERVICE_USER)))
                .isFalse();
        assertThatThrownBy(() -> OrganizationPolicy.check(
                        OrganizationPermission.DELETE_ORGANIZATION,
                        OrganizationRole.member(OrganizationUserType.ADMIN, Set.of())))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.code()).isEqualTo("organization.permission-required"));
        assertThatThrownBy(() ->
                        OrganizationPolicy.check(OrganizationPermission.DELETE_ORGANIZATION, OrganizationRole.NONE))
                .isInstanceOf(NotFoundException.class);
    }

    private static boolean deletes(OrganizationRole role) {
        return OrganizationPolicy.allows(OrganizationPermission.DELETE_ORGANIZATION, role);
    }
}
