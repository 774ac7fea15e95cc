package io.providerportal.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicySettingsTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void settingsComeBackInCanonicalForm() throws Exception {
        assertThat(PolicySettings.canonical(
                        PolicyType.MASTER_PASSWORD, json("{\"requireUpper\":true,\"minLength\":14}")))
                .isEqualTo("{\"minLength\":14,\"requireUpper\":true}");
        assertThat(PolicySettings.canonical(
                        PolicyType.MAXIMUM_VAULT_TIMEOUT, json("{\"minutes\":15,\"action\":\"logOut\"}")))
                .isEqualTo("{\"action\":\"logOut\",\"minutes\":15}");
        assertThat(PolicySettings.canonical(PolicyType.SINGLE_ORG, null)).isNull();
        assertThat(PolicySettings.canonical(PolicyType.TWO_FACTOR_AUTHENTICATION, json("{}")))
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "MASTER_PASSWORD       | {\"minLength\":8}                  | data.minLength",
                "MASTER_PASSWORD       | {\"minComplexity\":\"high\"}       | data.minComplexity",
                "MASTER_PASSWORD       | {\"colour\":\"blue\"}              | data.colour",
                "PASSWORD_GENERATOR    | {\"overridePasswordType\":\"pin\"} | data.overridePasswordType",
                "PASSWORD_GENERATOR    | {\"useUpper\":\"yes\"}             | data.useUpper",
                "MAXIMUM_VAULT_TIMEOUT | {\"action\":\"lock\"}              | data.minutes",
                "MAXIMUM_VAULT_TIMEOUT | {\"minutes\":0}                    | data.minutes",
                "MAXIMUM_VAULT_TIMEOUT | [1, 2]                             | data",
                "SINGLE_ORG            | {\"enabled\":true}                 | data"
            })
    void refusesBadSettingsNamingTheField(PolicyType type, String data, String field) {
        assertThatThrownBy(() -> PolicySettings.canonical(type, json(data)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("policy.invalid-settings");
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private static final PolicyState PROVIDER_MASTER_PASSWORD =
            new PolicyState(true, "{\"minLength\":14,\"requireUpper\":true}");

    @Test
    void aProviderDefaultAndAnOwnPolicyCombineIntoTheStricterOfEachSetting() {
        PolicyState own = new PolicyState(true, "{\"minComplexity\":3,\"minLength\":20,\"requireUpper\":false}");
        assertThat(PolicySettings.combine(PolicyType.MASTER_PASSWORD, own, PROVIDER_MASTER_PASSWORD))
                .isEqualTo(new PolicyState(true, "{\"minComplexity\":3,\"minLength\":20,\"requireUpper\":true}"));
        assertThat(PolicySettings.combine(PolicyType.MASTER_PASSWORD, PolicyState.OFF, PROVIDER_MASTER_PASSWORD))
                .isEqualTo(PROVIDER_MASTER_PASSWORD);
        assertThat(PolicySettings.combine(PolicyType.MASTER_PASSWORD, own, PolicyState.OFF))
                .isEqualTo(own);
        // a shorter vault timeout is the stricter one
        assertThat(PolicySettings.combine(
                        PolicyType.MAXIMUM_VAULT_TIMEOUT,
                        new PolicyState(true, "{\"minutes\":60}"),
                        new PolicyState(true, "{\"action\":\"logOut\",\"minutes\":15}")))
                .isEqualTo(new PolicyState(true, "{\"action\":\"logOut\",\"minutes\":15}"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "false | {\"minLength\":14,\"requireUpper\":true}  | enabled",
                "true  | {\"minLength\":12,\"requireUpper\":true}  | data.minLength",
                "true  | {\"minLength\":16}                         | data.requireUpper",
                "true  | {\"minLength\":16,\"requireUpper\":false} | data.requireUpper"
            })
    void anOwnPolicyWeakerThanTheProvidersIsRefusedNamingTheSetting(boolean enabled, String data, String field) {
        assertThatThrownBy(() -> PolicySettings.requireAtLeast(
                        PolicyType.MASTER_PASSWORD, new PolicyState(enabled, data), PROVIDER_MASTER_PASSWORD))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("policy.weaker-than-provider");
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void anOwnPolicyAsStrictOrStricterThanTheProvidersPasses() {
        PolicySettings.requireAtLeast(
                PolicyType.MASTER_PASSWORD,
                new PolicyState(true, "{\"minLength\":14,\"requireLower\":true,\"requireUpper\":true}"),
                PROVIDER_MASTER_PASSWORD);
        PolicySettings.requireAtLeast(PolicyType.SINGLE_ORG, new PolicyState(true, null), new PolicyState(true, null));
        PolicySettings.requireAtLeast(PolicyType.MASTER_PASSWORD, PolicyState.OFF, PolicyState.OFF);
    }
}
