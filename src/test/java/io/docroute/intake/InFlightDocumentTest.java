package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A document being processed stays in the inbox until both outputs exist, so a process that dies mid-document
 * leaves it where the next start picks it up.
 */
@CamelSpringBootTest
@UseAdviceWith
@SpringBootTest
class InFlightDocumentTest {

    static final InboxFixture FIXTURE = new InboxFixture("in-flight");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @Autowired
    CamelContext camelContext;

    @Test
    void aDocumentStaysInTheInboxUntilItsOutputsAreWritten() throws Exception {
        CountDownLatch extracted = new CountDownLatch(1);
        CountDownLatch mayWrite = new CountDownLatch(1);
        AdviceWith.adviceWith(camelContext, "process-document", route -> route.weaveById("write").before()
                .process(exchange -> {
                    extracted.countDown();
                    mayWrite.await(30, TimeUnit.SECONDS);
                }));
        camelContext.start();
        FIXTURE.dropResource("src/test/resources/documents/three-blocks.md", "in-flight.md");

        assertThat(extracted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(FIXTURE.inbox.resolve("in-flight.md")).exists();
        assertThat(FIXTURE.done("in-flight.md")).doesNotExist();
        assertThat(FIXTURE.outbox.resolve("in-flight.md.json")).doesNotExist();

        mayWrite.countDown();
        FIXTURE.awaitReport("in-flight.md");
        Awaitility.await().atMost(InboxFixture.PATIENCE)
                .until(() -> !Files.exists(FIXTURE.inbox.resolve("in-flight.md")));
    }
}
