package io.providerportal.platform.web;

import io.providerportal.platform.security.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The API description shows what a client sends: the {@link Actor} an endpoint receives comes from the access token,
 * never from the request, so it is no parameter of any operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
