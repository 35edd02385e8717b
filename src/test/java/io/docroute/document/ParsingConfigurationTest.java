package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.vocabulary.VocabularyConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class ParsingConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ParsingConfiguration.class, VocabularyConfiguration.class);

    @Test
    void parsingPropertiesBindFromKebabCaseKeys() {
        context.withPropertyValues(
                        "docroute.parsing.heading-level=3",
                        "docroute.parsing.tika-timeout=5s",
                        "docroute.parsing.max-characters=1000",
                        "docroute.parsing.max-compression-ratio=50",
                        "docroute.parsing.max-blocks=20")
                .run(ctx -> assertThat(ctx.getBean(ParsingProperties.class))
                        .isEqualTo(new ParsingProperties(3, Duration.ofSeconds(5), 1000, 50, 20)));
    }

    @Test
    void unsetPropertiesFallBackToTheDefaultsAndTheParserIsABean() {
        context.run(ctx -> {
            assertThat(ctx.getBean(ParsingProperties.class)).isEqualTo(ParsingProperties.defaults());
            assertThat(ctx.getBean(DocumentParser.class)
                    .parse("three-blocks.md", TestDocuments.fixture("three-blocks.md")).blocks()).hasSize(3);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ParsingProperties.class)
    @Import(DocumentParser.class)
    static class ParsingConfiguration {
    }
}
