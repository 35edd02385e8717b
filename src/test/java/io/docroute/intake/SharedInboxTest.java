package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.DocRouteApplication;
import io.docroute.TestPostgres;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances watching one inbox folder with one cache database: each file is taken by exactly one of them, and
 * a file whose lock an instance holds is left alone until the lock ages out (the holder was killed).
 */
class SharedInboxTest {

    private final InboxFixture fixture = new InboxFixture("shared");
    private String database = "jdbc:h2:mem:shared-inbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private String user = "sa";
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext start(String lockMaxAge) {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(DocRouteApplication.class)
                .web(WebApplicationType.NONE)
                .run("--docroute.inbox=" + fixture.inbox, "--docroute.outbox=" + fixture.outbox,
                        "--docroute.cache.url=" + database, "--docroute.cache.username=" + user,
                        "--docroute.service-mode=false",
                        "--docroute.intake.file-enabled=true", "--camel.main.run-controller=false",
                        "--camel.main.jmx-enabled=false", "--docroute.routing.simulators=never",
                        "--docroute.reprocess=always", "--docroute.intake.read-lock-check-interval=100",
                        "--docroute.intake.read-lock-min-age=100", "--docroute.intake.poll-delay=100",
                        "--docroute.intake.lock-max-age=" + lockMaxAge);
        instances.add(instance);
        return instance;
    }

    private static List<String> taken(ConfigurableApplicationContext instance) {
        return instance.getBean(JobRegistry.class).recent(1000).stream().map(Job::document).toList();
    }

    private byte[] document(int i) throws Exception {
        return Files.readString(Path.of("src/test/resources/documents/three-blocks.md"))
                .replace("用户", "用户" + i).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachFileIsTakenByExactlyOneInstance() throws Exception {
        twoInstancesTakeEachFileOnce();
    }

    @Test
    void eachFileIsTakenByExactlyOneInstanceSharingAPostgresqlDatabase() throws Exception {
        database = TestPostgres.url(TestPostgres.newDatabase());
        user = TestPostgres.USER;
        twoInstancesTakeEachFileOnce();
    }

    private void twoInstancesTakeEachFileOnce() throws Exception {
        ConfigurableApplicationContext first = start("30s");
        ConfigurableApplicationContext second = start("30s");
        List<String> names = IntStream.range(0, 30).mapToObj(i -> "doc-" + i + ".md").toList();
        for (int i = 0; i < names.size(); i++) {
            fixture.drop(names.get(i), document(i));
        }

        Awaitility.await().atMost(InboxFixture.PATIENCE).until(() -> names.stream()
                .allMatch(name -> Files.exists(fixture.done(name))));

        List<String> all = new ArrayList<>(taken(first));
        all.addAll(taken(second));
        assertThat(all).containsExactlyInAnyOrderElementsOf(names);
        try (Stream<Path> reports = Files.list(fixture.outbox)) {
            assertThat(reports.filter(p -> p.toString().endsWith(".md.json")).count()).isEqualTo(names.size());
        }
    }

    @Test
    void aFileLockedByAnInstanceThatDiedIsTakenOnceItsLockAgesOut() throws Exception {
        ConfigurableApplicationContext instance = start("1h");
        JdbcTemplate jdbc = new JdbcTemplate(instance.getBean(DataSource.class));
        Path abandoned = fixture.inbox.resolve("abandoned.md").toAbsolutePath();
        Path held = fixture.inbox.resolve("held.md").toAbsolutePath();
        // what a killed instance leaves behind: one lock last renewed two hours ago, and one renewed just now
        // (its instance is alive and working on the file)
        String lock = "INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt) VALUES (?, ?, ?)";
        jdbc.update(lock, "inbox-locks", abandoned.toString(), Timestamp.from(Instant.now().minus(Duration.ofHours(2))));
        jdbc.update(lock, "inbox-locks", held.toString(), Timestamp.from(Instant.now()));

        fixture.drop("held.md", document(1));
        fixture.drop("abandoned.md", document(2));
        fixture.drop("free.md", document(3));

        fixture.awaitReport("abandoned.md");
        fixture.awaitReport("free.md");
        assertThat(taken(instance)).containsExactlyInAnyOrder("abandoned.md", "free.md");
        assertThat(held).exists();
    }
}
