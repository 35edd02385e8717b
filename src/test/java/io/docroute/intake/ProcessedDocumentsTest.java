package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.MigratedDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database receiving the same documents at the same moment: for each document
 * exactly one records it as new, the other is told it is a duplicate, and neither fails.
 */
class ProcessedDocumentsTest {

    private static final int DOCUMENTS = 100;

    @Test
    void twoInstancesAddingOneDocumentAtOnceGetOneNewAndOneDuplicate() throws Exception {
        DataSource database = MigratedDatabases.postgres();
        List<ProcessedDocuments> instances = List.of(new ProcessedDocuments(database, "documents"),
                new ProcessedDocuments(database, "documents"));
        instances.forEach(ProcessedDocuments::start);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<boolean[]>> added = new ArrayList<>();
            List<Exception> failures = new CopyOnWriteArrayList<>();
            for (ProcessedDocuments instance : instances) {
                added.add(threads.submit(() -> {
                    boolean[] firsts = new boolean[DOCUMENTS];
                    for (int i = 0; i < DOCUMENTS; i++) {
                        together.await();
                        try {
                            firsts[i] = instance.add("sha256-" + i);
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return firsts;
                }));
            }
            boolean[] first = added.get(0).get();
            boolean[] second = added.get(1).get();
            assertThat(failures).isEmpty();
            for (int i = 0; i < DOCUMENTS; i++) {
                assertThat(first[i] ^ second[i]).as("document %d recorded as new exactly once", i).isTrue();
            }
        } finally {
            threads.shutdownNow();
            instances.forEach(ProcessedDocuments::stop);
        }
    }
}
