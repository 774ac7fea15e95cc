package io.providerportal.webui;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An invitation mail's link is its accept endpoint with the token as a parameter. Opened in a browser (a GET
 * asking for HTML), it lands on the app, which logs the user in and then posts the token to the same path.
 */
@Controller
class InvitationLanding {

    static final String[] PATHS = {"/providers/*/users/*/accept", "/organizations/*/users/*/accept"};

    @GetMapping(
            path = {
                "/providers/{providerId}/users/{memberId}/accept",
                "/organizations/{organizationId}/users/{memberId}/accept"
            },
            produces = MediaType.TEXT_HTML_VALUE)
    String app() {
        return "forward:/index.html";
    }
}
