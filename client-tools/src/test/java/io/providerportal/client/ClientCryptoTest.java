package io.providerportal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.security.KeyPair;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ClientCryptoTest {

    private static final String TYPE_2 = "^2\\.[A-Za-z0-9+/=]+\\|[A-Za-z0-9+/=]+\\|[A-Za-z0-9+/=]+$";
    private static final String TYPE_4 = "^4\\.[A-Za-z0-9+/=]+$";

    @Test
    void masterPasswordHashMatchesKnownVector() {
        byte[] masterKey = ClientCrypto.masterKey("alice@example.com", "correct horse battery", 600_000);

        assertThat(masterKey).hasSize(32);
        assertThat(ClientCrypto.masterPasswordHash(masterKey, "correct horse battery"))
                .isEqualTo("Dr+LfBjeFgc3fb8CS80vTNTA7FYlT10YB9Gg0EyHC+0=");
    }

    @Test
    void saltIgnoresCaseAndSurroundingWhitespace() {
        assertThat(ClientCrypto.masterKey("  Alice@Example.COM ", "pw", 1000))
                .isEqualTo(ClientCrypto.masterKey("alice@example.com", "pw", 1000));
    }

    @Test
    void encryptDecryptRoundTrip() {
        SymmetricKey key = SymmetricKey.random();

        String encString = ClientCrypto.encrypt(key, "hello, vault ✓");

        assertThat(encString).matches(TYPE_2);
        assertThat(ClientCrypto.decryptToString(key, encString)).isEqualTo("hello, vault ✓");
        assertThat(ClientCrypto.encrypt(key, "hello, vault ✓")).isNotEqualTo(encString);
    }

    @Test
    void tamperedMacIsRejected() {
        SymmetricKey key = SymmetricKey.random();
        String encString = ClientCrypto.encrypt(key, new byte[] {1, 2, 3});
        String[] parts = encString.split("\\|");
        byte[] mac = Base64.getDecoder().decode(parts[2]);
        mac[0] ^= 1;
        String tampered = parts[0] + "|" + parts[1] + "|" + Base64.getEncoder().encodeToString(mac);

        assertThatThrownBy(() -> ClientCrypto.decrypt(key, tampered))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MAC");
    }

    @Test
    void wrongKeyIsRejected() {
        String encString = ClientCrypto.encrypt(SymmetricKey.random(), "secret");

        assertThatThrownBy(() -> ClientCrypto.decrypt(SymmetricKey.random(), encString))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void symmetricKeyBytesRoundTrip() {
        SymmetricKey key = SymmetricKey.random();

        assertThat(key.toBytes()).hasSize(64);
        assertThat(SymmetricKey.of(key.toBytes())).isEqualTo(key);
    }

    @Test
    void rsaWrapUnwrapRoundTrip() {
        KeyPair keyPair = ClientCrypto.rsaKeyPair();
        byte[] orgKey = SymmetricKey.random().toBytes();

        String wrapped = ClientCrypto.wrap(ClientCrypto.publicKeyB64(keyPair), orgKey);

        assertThat(wrapped).matches(TYPE_4);
        assertThat(ClientCrypto.unwrap(keyPair.getPrivate(), wrapped)).isEqualTo(orgKey);
    }

    @Test
    void accountKeysDecryptAsAClientWould() {
        ClientAccount account = ClientAccount.create("Bob@Example.com", "Bob", "hunter2 hunter2", 5_000);
        SymmetricKey stretched =
                ClientCrypto.stretch(ClientCrypto.masterKey("bob@example.com", "hunter2 hunter2", 5_000));

        assertThat(account.protectedUserKey()).matches(TYPE_2);
        assertThat(account.encryptedPrivateKey()).matches(TYPE_2);
        assertThat(SymmetricKey.of(ClientCrypto.decrypt(stretched, account.protectedUserKey())))
                .isEqualTo(account.userKey());
        assertThat(ClientCrypto.decrypt(account.userKey(), account.encryptedPrivateKey()))
                .isEqualTo(account.keyPair().getPrivate().getEncoded());
        assertThat(account.publicKey())
                .isEqualTo(Base64.getEncoder()
                        .encodeToString(account.keyPair().getPublic().getEncoded()));
    }

    @Test
    void accountUnwrapsWhatIsWrappedForIt() {
        ClientAccount account = ClientAccount.create("carol@example.com", "Carol", "pw", 1_000);
        byte[] orgKey = SymmetricKey.random().toBytes();

        String wrapped = account.wrapForMe(orgKey);

        assertThat(wrapped).matches(TYPE_4);
        assertThat(account.unwrapForMe(wrapped)).isEqualTo(orgKey);
    }

    @Test
    void registrationJsonCarriesTheGeneratedValues() {
        ClientAccount account = ClientAccount.create("dave@example.com", "Dave \"D\"", "pw", 1_000);

        assertThat(account.registrationJson())
                .startsWith("{\"email\":\"dave@example.com\",\"name\":\"Dave \\\"D\\\"\",")
                .contains("\"masterPasswordHash\":\"" + account.masterPasswordHash() + "\"")
                .contains("\"key\":\"" + account.protectedUserKey() + "\"")
                .contains("\"kdf\":0,\"kdfIterations\":1000")
                .endsWith(",\"keys\":{\"publicKey\":\"" + account.publicKey() + "\",\"encryptedPrivateKey\":\""
                        + account.encryptedPrivateKey() + "\"}}");
    }

    @Test
    void accountToStringHidesSecrets() {
        ClientAccount account = ClientAccount.create("erin@example.com", "Erin", "s3cret-pw", 1_000);

        assertThat(account.toString()).doesNotContain("s3cret-pw").doesNotContain(account.masterPasswordHash());
    }

    @Test
    void stretchIsOneHkdfExpandBlockPerHalf() throws Exception {
        byte[] masterKey = ClientCrypto.masterKey("alice@example.com", "pw", 1_000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
        byte[] enc = mac.doFinal(new byte[] {'e', 'n', 'c', 1});
        byte[] macKey = mac.doFinal(new byte[] {'m', 'a', 'c', 1});

        SymmetricKey stretched = ClientCrypto.stretch(masterKey);

        assertThat(stretched.encKey()).isEqualTo(enc);
        assertThat(stretched.macKey()).isEqualTo(macKey);
    }
}
