package io.providerportal.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates stay in memory between commands ({@code @Aggregate(cache = "aggregateCache")}), so a command does not
 * read its aggregate's whole stream again. Bounded by count: an aggregate is a few kilobytes (an item's contents,
 * an organization's members); the default holds a busy installation's working set in a few megabytes, and
 * 10,000 were measured to crowd a 192 MB heap (docs/benchmarks.md). {@code portal.commands.aggregate-cache-size: 0}
 * turns it off.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaching {

    @Bean
    Cache aggregateCache(@Value("${portal.commands.aggregate-cache-size:1000}") long size) {
        return size > 0 ? new CommittedAggregateCache(size) : NoCache.INSTANCE;
    }
}
