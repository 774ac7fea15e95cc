package io.providerportal.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates stay in memory between commands ({@code @Aggregate(cache = "aggregateCache")}), so a command does not
 * read its aggregate's whole stream again. Bounded by count: an aggregate is a few kilobytes (an item's contents,
 * an organization's members), so the default holds the working set of a large installation in tens of megabytes.
 * {@code portal.commands.aggregate-cache-size: 0} turns it off.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaching {

    @Bean
    Cache aggregateCache(@Value("${portal.commands.aggregate-cache-size:10000}") long size) {
        return size > 0 ? new CommittedAggregateCache(size) : NoCache.INSTANCE;
    }
}
