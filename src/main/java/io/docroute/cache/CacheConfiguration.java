package io.docroute.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.docroute.extraction.Extraction;
import io.docroute.extraction.SpecValidator;
import io.docroute.gateway.provider.PromptTemplates;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The memory tier: size-bound, expiring a fixed time after write (a hit never extends an answer's life), TinyLFU
     * admission keeping frequent entries. Asynchronous, so an answer being bought is a future in it that identical
     * blocks wait for.
     */
    @Bean
    public AsyncCache<String, Extraction> answerMemory(CacheProperties properties, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(properties.maxEntries())
                // expiry per entry, fixed at write: a warmed-up entry keeps the expiry it has in the database
                .expireAfter(Expiry.<String, Extraction>creating((key, answer) -> properties.ttl()))
                .ticker(ticker(clock))
                .recordStats()
                .buildAsync();
    }

    /** The memory tier's finished answers, found by camel-caffeine under this name. */
    @Bean("docrouteAnswers")
    public Cache<String, Extraction> docrouteAnswers(AsyncCache<String, Extraction> answerMemory) {
        return answerMemory.synchronous();
    }

    /**
     * The cache database: {@code docroute.cache.url} when set (PostgreSQL for several instances), else an
     * embedded H2 file in {@code docroute.cache.dir}, made absolute because H2 refuses paths relative to the
     * working directory. Every commit is written through at once ({@code WRITE_DELAY=0}): by default H2 keeps
     * the last half second of commits in memory, and a killed process would lose answers it had paid for and
     * documents it had finished.
     */
    @Bean
    public DataSource dataSource(Environment environment) {
        String url = environment.getProperty("docroute.cache.url");
        if (url == null || url.isBlank()) {
            Path dir = Path.of(environment.getProperty("docroute.cache.dir", "data/cache")).toAbsolutePath().normalize();
            url = "jdbc:h2:file:" + dir.resolve("answers") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        }
        return DataSourceBuilder.create()
                .url(url)
                .username(environment.getProperty("docroute.cache.username", "sa"))
                .password(environment.getProperty("docroute.cache.password", ""))
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
    public SimilarAnswers similarAnswers() {
        return new SimilarAnswers();
    }

    @Bean
    public CacheMetrics cacheMetrics(MeterRegistry registry, Cache<String, Extraction> docrouteAnswers,
                                     AnswerStore store, CacheWarmer warmer) {
        return new CacheMetrics(registry, docrouteAnswers, store, warmer);
    }

    @Bean
    public AnswerCache answerCache(BlockKeys keys, AsyncCache<String, Extraction> answerMemory, AnswerStore store,
                                   CacheProperties properties, SimilarAnswers similar, CacheMetrics metrics) {
        return new AnswerCache(keys, answerMemory, store, properties, similar, metrics);
    }

    /** Caffeine's expiry follows the same clock as the persistent tier's, so both expire together. */
    static Ticker ticker(Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }
}
