package io.providerportal.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.client.ClientCrypto;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncStringsTest {

    @Test
    void acceptsWhatClientsProduce() {
        var key = ClientCrypto.SymmetricKey.random();
        var rsa = ClientCrypto.rsaKeyPair();

        assertThat(EncStrings.isSymmetric(ClientCrypto.encrypt(key, "a secret")))
                .isTrue();
        assertThat(EncStrings.isAsymmetric(ClientCrypto.wrap(ClientCrypto.publicKeyB64(rsa), key.toBytes())))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain text",
                "2.",
                "2.abc|def|ghi",
                "4.AAAA",
                "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==",
                "2.AAAAAAAAAAAAAAAAAAAA|AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==|AAAA",
                "2.AAAAAAAAAAAAAAAAAAAAAA==|not base64!|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
            })
    void refusesAnythingElse(String value) {
        assertThat(EncStrings.isSymmetric(value)).isFalse();
        assertThat(EncStrings.isAsymmetric(value)).isFalse();
    }

    @Test
    void aSymmetricStringIsNotAnAsymmetricOne() {
        String rsaShaped = "4." + Base64.getEncoder().encodeToString(new byte[256]);
        assertThat(EncStrings.isSymmetric(rsaShaped)).isFalse();
        assertThat(EncStrings.isAsymmetric(rsaShaped)).isTrue();
    }
}
