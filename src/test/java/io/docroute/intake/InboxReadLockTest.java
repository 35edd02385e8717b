package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxReadLockTest {

    @TempDir
    Path inbox;

    @Test
    void noFileIsTakenWhileTwoDocumentsAreUnderWayAndTheRestAreOnceTheyEnd() throws Exception {
        for (int i = 1; i <= 5; i++) {
            Files.writeString(inbox.resolve("doc-" + i + ".md"), "# " + i);
        }
        InboxReadLock lock = new InboxReadLock("inbox", 2);
        MemoryIdempotentRepository locks = new MemoryIdempotentRepository();
        locks.start();
        lock.setIdempotentRepository(locks);
        lock.setRemoveOnCommit(true);
        lock.setCheckInterval(10);
        lock.setTimeout(5_000);
        lock.setMinLength(0);
        CountDownLatch release = new CountDownLatch(1);
        Set<String> started = ConcurrentHashMap.newKeySet();
        Set<String> ended = ConcurrentHashMap.newKeySet();
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            lock.setCamelContext(camel);
            camel.addService(lock);
            camel.getRegistry().bind("inboxReadLock", lock);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // the consumer hands each document on and scans again, as the pipeline's parallel work lets it
                    from("file:" + inbox + "?delay=20&exclusiveReadLockStrategy=#inboxReadLock").routeId("inbox")
                            .threads(5)
                            .process(exchange -> {
                                String name = exchange.getMessage().getHeader("CamelFileName", String.class);
                                started.add(name);
                                release.await(30, TimeUnit.SECONDS);
                                ended.add(name);
                            });
                }
            });
            camel.start();

            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> started.size() == 2);
            // still two over many scan intervals: the consumer holds while both are under way
            Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> started.size() == 2 && !lock.hasRoom());

            release.countDown();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ended.size() == 5);
            assertThat(lock.hasRoom()).isTrue();
        }
    }
}
