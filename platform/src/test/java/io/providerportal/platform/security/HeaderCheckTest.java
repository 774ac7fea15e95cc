package io.providerportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The portal's header check refuses exactly what Spring Security's own refuses. */
class HeaderCheckTest {

    private final HttpFirewall spring = new StrictHttpFirewall();
    private final HttpFirewall portal = new SecurityConfig(null).httpFirewall();

    @Test
    void every_character_in_a_header_name_or_value_is_judged_as_spring_judges_it() {
        List<String> differ = new ArrayList<>();
        for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint += codePoint < 0x10000 ? 1 : 97) {
            String character = new String(Character.toChars(codePoint));
            if (accepts(spring, "Authorization", "Bearer a" + character)
                    != accepts(portal, "Authorization", "Bearer a" + character)) {
                differ.add("value " + Integer.toHexString(codePoint));
            }
            if (accepts(spring, "X-" + character, "1") != accepts(portal, "X-" + character, "1")) {
                differ.add("name " + Integer.toHexString(codePoint));
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void a_control_character_or_an_unassigned_one_is_refused() {
        assertThat(accepts(portal, "Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))
                .isTrue();
        assertThat(accepts(portal, "Authorization", "Bearer a\u0007b")).isFalse();
        assertThat(accepts(portal, "Authorization", "Bearer a\r\nX-Injected: 1"))
                .isFalse();
        assertThat(accepts(portal, "Authorization", "Bearer a\uFFFFb")).isFalse();
    }

    private static boolean accepts(HttpFirewall firewall, String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/vault");
        request.addHeader(name, value);
        try {
            firewall.getFirewalledRequest(request).getHeader(name);
            return true;
        } catch (RequestRejectedException e) {
            return false;
        }
    }
}
