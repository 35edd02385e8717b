package io.docroute.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SpecValidatorWiringTest {

    @Test
    void theBeanReadsTheSchemaInTheWorkingDirectoryWhenNoLocationIsConfigured() {
        new ApplicationContextRunner().withBean(SpecValidator.class).run(context ->
                assertThat(context.getBean(SpecValidator.class).schemaHash())
                        .isEqualTo(Extracted.VALIDATOR.schemaHash()));
    }

    @Test
    void theBeanReadsTheSchemaFromTheConfiguredLocation() {
        new ApplicationContextRunner()
                .withPropertyValues("docroute.extraction.schema=file:config/schema/interface-spec.schema.json")
                .withBean(SpecValidator.class)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SpecValidator.class));
    }
}
