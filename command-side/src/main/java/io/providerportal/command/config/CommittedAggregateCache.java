package io.providerportal.command.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bounded in-memory cache of aggregates that only ever holds committed state. Axon evicts an aggregate when its
 * unit of work rolls back, but a unit of work may join a larger transaction (a request's, with Idempotency-Key)
 * that rolls back after the unit of work committed; so an aggregate enters the cache only once the database has
 * committed, and leaves it while the transaction runs. Commands in between load it from the event store, where
 * the stream's sequence constraint orders them.
 */
final class CommittedAggregateCache implements Cache {

    private final ConcurrentMap<Object, Object> entries;

    CommittedAggregateCache(long maximumSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            entries.put(key, value);
            return;
        }
        entries.remove(key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                entries.put(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing listens to an aggregate cache in Axon; refusing keeps this class honest about what it supports. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("The aggregate cache takes no listeners");
    }
}
