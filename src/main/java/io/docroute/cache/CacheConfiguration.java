package io.docroute.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.SpecValidator;
import io.docroute.gateway.provider.PromptTemplates;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The memory tier, found by camel-caffeine under its name: size-bound, expiring a fixed time after write
     * (a hit never extends an answer's life), TinyLFU admission keeping frequent entries.
     */
    @Bean("docrouteAnswers")
    public Cache<String, Extraction> docrouteAnswers(CacheProperties properties, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(properties.maxEntries())
                // expiry per entry, fixed at write: a warmed-up entry keeps the expiry it has in the database
                .expireAfter(Expiry.<String, Extraction>creating((key, answer) -> properties.ttl()))
                .ticker(ticker(clock))
                .recordStats()
                .build();
    }

    @Bean
    public BlockKeys blockKeys(PromptTemplates prompts, SpecValidator validator, CacheProperties properties) {
        return new BlockKeys(prompts.fingerprint(), validator.schemaHash(), properties.namespace());
    }

    @Bean
    public AnswerStore answerStore(DataSource dataSource, Clock clock) {
        return new AnswerStore(JdbcClient.create(dataSource), clock);
    }

    @Bean
    public CacheWarmer cacheWarmer(AnswerStore store, Cache<String, Extraction> docrouteAnswers, CacheProperties properties,
                                   Clock clock) {
        return new CacheWarmer(store, docrouteAnswers, properties, clock);
    }

    @Bean
    public AnswerCache answerCache(BlockKeys keys, AnswerStore store, CacheProperties properties,
                                   ProducerTemplate producer) {
        return new AnswerCache(keys, store, properties, producer);
    }

    /** Caffeine's expiry follows the same clock as the persistent tier's, so both expire together. */
    static Ticker ticker(Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }
}
