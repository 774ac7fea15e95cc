package io.providerportal.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One filter chain for the whole API: stateless bearer tokens; only identity, health and the API description
 * are open. Tenant rules are checked per request by the features themselves, from the {@link Actor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalSecurityProperties.class)
class SecurityConfig implements WebMvcConfigurer {

    private final ObjectMapper objectMapper;

    SecurityConfig(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> Actors.authorities(jwt).stream()
                .<org.springframework.security.core.GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList());
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/config")
                        .permitAll()
                        .requestMatchers(
                                "/identity/**",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/admin/**")
                        .hasRole(SystemRole.OPERATOR.name())
                        .requestMatchers("/audit/**")
                        .hasRole(SystemRole.AUDITOR.name())
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            write(
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "A valid bearer access token is required.");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed.")))
                .build();
    }

    /**
     * Spring's header check, with a loop in place of its regular expression: matching every header value against it
     * cost a command a twentieth of its CPU.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(name -> assignedAndNoControl(name, false));
        firewall.setAllowedHeaderValues(value -> assignedAndNoControl(value, true));
        return firewall;
    }

    private static boolean assignedAndNoControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint)
                    || Character.isISOControl(codePoint) && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    private void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        Problems.write(response, objectMapper, Problems.of(status, code, detail, List.of()));
    }
}
