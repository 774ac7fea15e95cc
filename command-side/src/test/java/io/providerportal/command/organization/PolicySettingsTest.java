package io.providerportal.command.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.web.InvalidRequestException;
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
}
