package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.UnlockedKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The browser's crypto module, run in real Chromium on the served page, against the Java client's crypto on the
 * same inputs: what one side derives the other must derive, what one encrypts the other must open.
 */
class BrowserCryptoTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final String EMAIL = "  Alice@Example.COM ";
    private static final String PASSWORD = "correct horse battery \u2603 \u00e9";
    private static final int ITERATIONS = 5000;

    /** Runs an async body with {@code c} bound to the module and {@code a} to the arguments; its value as JSON. */
    private JsonNode run(String body, Object... args) throws Exception {
        String url = "http://localhost:" + port + "/";
        if (!url.equals(chromium.driver.getCurrentUrl())) {
            chromium.driver.get(url);
        }
        Object answer = chromium.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const a = Array.from(arguments).slice(0, -1);
                import('/ui/crypto.js').then(async c => { %s })
                  .then(v => done(JSON.stringify({ ok: v })), e => done(JSON.stringify({ error: String(e.message) })));
                """.formatted(body), args);
        return JSON.readTree((String) answer);
    }

    @Test
    void masterKeyHashAndStretchMatchTheJavaClient() throws Exception {
        byte[] masterKey = ClientCrypto.masterKey(EMAIL, PASSWORD, ITERATIONS);
        SymmetricKey stretched = ClientCrypto.stretch(masterKey);
        JsonNode js = run("""
                const mk = await c.masterKey(a[0], a[1], a[2]);
                const s = await c.stretch(mk);
                return { mk: c.toB64(mk), hash: await c.masterPasswordHash(mk, a[1]),
                         enc: c.toB64(s.enc), mac: c.toB64(s.mac) };
                """, EMAIL, PASSWORD, ITERATIONS).get("ok");
        assertThat(js.get("mk").asText()).isEqualTo(B64.encodeToString(masterKey));
        assertThat(js.get("hash").asText()).isEqualTo(ClientCrypto.masterPasswordHash(masterKey, PASSWORD));
        assertThat(js.get("enc").asText()).isEqualTo(B64.encodeToString(stretched.encKey()));
        assertThat(js.get("mac").asText()).isEqualTo(B64.encodeToString(stretched.macKey()));
    }

    @Test
    void encStringsOfOneSideOpenOnTheOtherAndATamperedOneIsRefused() throws Exception {
        SymmetricKey key = SymmetricKey.random();
        String fromJava = ClientCrypto.encrypt(key, "from Java \u2713");
        String tampered = fromJava.substring(0, fromJava.length() - 3) + (fromJava.endsWith("A==") ? "B==" : "A==");
        JsonNode js =
                run("""
                const key = c.symmetricKey(c.fromB64(a[0]));
                let refused = null;
                try { await c.decrypt(key, a[2]); } catch (e) { refused = e.message; }
                return { opened: await c.decryptToString(key, a[1]), mine: await c.encrypt(key, 'from the browser \u2713'),
                         refused };
                """, B64.encodeToString(key.toBytes()), fromJava, tampered).get("ok");
        assertThat(js.get("opened").asText()).isEqualTo("from Java \u2713");
        assertThat(ClientCrypto.decryptToString(key, js.get("mine").asText())).isEqualTo("from the browser \u2713");
        assertThat(js.get("refused").asText()).isEqualTo("EncString MAC mismatch");
    }

    @Test
    void rsaWrapsOpenOnTheOtherSide() throws Exception {
        KeyPair javaPair = ClientCrypto.rsaKeyPair();
        SymmetricKey secret = SymmetricKey.random();
        JsonNode js = run(
                        "return await c.wrap(a[0], c.fromB64(a[1]));",
                        ClientCrypto.publicKeyB64(javaPair),
                        B64.encodeToString(secret.toBytes()))
                .get("ok");
        assertThat(ClientCrypto.unwrap(javaPair.getPrivate(), js.asText())).isEqualTo(secret.toBytes());
    }

    @Test
    void aBrowserRegistrationOpensInJavaAndJavasWrapsOpenWithIt() throws Exception {
        JsonNode account = run("""
                window.account = await c.newAccount(a[0], 'Alice', a[1], a[2]);
                return window.account;
                """, EMAIL, PASSWORD, ITERATIONS).get("ok");
        byte[] masterKey = ClientCrypto.masterKey(EMAIL, PASSWORD, ITERATIONS);
        assertThat(account.get("email").asText()).isEqualTo("alice@example.com");
        assertThat(account.get("kdf").asInt()).isZero();
        assertThat(account.get("kdfIterations").asInt()).isEqualTo(ITERATIONS);
        assertThat(account.get("masterPasswordHash").asText())
                .isEqualTo(ClientCrypto.masterPasswordHash(masterKey, PASSWORD));
        UnlockedKeys keys = UnlockedKeys.unlock(
                masterKey,
                account.get("key").asText(),
                account.at("/keys/encryptedPrivateKey").asText());
        assertThat(keys.publicKey()).isEqualTo(account.at("/keys/publicKey").asText());

        // Java wraps for the browser's public key; the browser unlocks its keys as after a login and opens it
        SymmetricKey secret = SymmetricKey.random();
        JsonNode opened = run("""
                const keys = await c.unlock(await c.masterKey(a[0], a[1], a[2]), window.account.key,
                                            window.account.keys.encryptedPrivateKey);
                return { publicKey: keys.publicKey, opened: c.toB64(await c.unwrap(keys.privateKey, a[3])),
                         userKey: c.toB64(c.keyBytes(keys.userKey)) };
                """, EMAIL, PASSWORD, ITERATIONS, ClientCrypto.wrap(keys.publicKey(), secret.toBytes()))
                .get("ok");
        assertThat(opened.get("opened").asText()).isEqualTo(B64.encodeToString(secret.toBytes()));
        assertThat(opened.get("publicKey").asText()).isEqualTo(keys.publicKey());
        assertThat(opened.get("userKey").asText())
                .isEqualTo(B64.encodeToString(keys.userKey().toBytes()));
        assertThat(new String(
                        ClientCrypto.decrypt(keys.userKey(), ClientCrypto.encrypt(keys.userKey(), "x")),
                        StandardCharsets.UTF_8))
                .isEqualTo("x");
    }
}
