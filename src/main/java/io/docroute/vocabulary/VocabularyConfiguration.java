package io.docroute.vocabulary;

import io.docroute.config.ConfigResources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one vocabulary of the application: the operator's {@code config/vocabulary.yaml}, else the jar's copy. */
@Configuration(proxyBeanMethods = false)
public class VocabularyConfiguration {

    @Bean
    Vocabulary vocabulary(@Value("${docroute.vocabulary:" + Vocabulary.DEFAULT_LOCATION + "}") String location) {
        return Vocabulary.load(ConfigResources.resolve(location));
    }
}
