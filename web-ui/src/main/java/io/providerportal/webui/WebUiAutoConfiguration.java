package io.providerportal.webui;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The browser app's own filter chain, ahead of the API's: its static files are public (they hold no tenant data;
 * every datum is fetched by the app with the user's token), and they are served under a strict
 * Content-Security-Policy. Every other path falls through to the API's chain and stays authenticated.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebUiAutoConfiguration {

    /** Only this origin: no inline script or style, no eval, no frames, nothing third-party. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The app shell, its modules and the web jar it imports; nothing else is opened. */
    static final String[] PATHS = {"/", "/index.html", "/ui/**"};

    /**
     * The one web jar the app imports, under the app's own path: opening it opens no other web jar, and no other
     * handler of {@code /webjars/**} decides how it resolves.
     */
    @Bean
    InvitationLanding invitationLanding() {
        return new InvitationLanding();
    }

    @Bean
    WebMvcConfigurer webUiLibraries() {
        return new WebMvcConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                registry.addResourceHandler("/ui/lib/preact/**")
                        .addResourceLocations("classpath:/META-INF/resources/webjars/preact/");
            }
        };
    }

    @Bean
    @Order(0)
    SecurityFilterChain webUiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(appRequests())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** The app's files, and invitation links opened in a browser (GET only: accepting is a POST to the API). */
    private static RequestMatcher appRequests() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String path : PATHS) {
            matchers.add(paths.matcher(path));
        }
        for (String link : InvitationLanding.PATHS) {
            matchers.add(paths.matcher(HttpMethod.GET, link));
        }
        return new OrRequestMatcher(matchers);
    }
}
