package io.docroute;

import io.docroute.batch.BatchCommand;
import io.docroute.bench.BenchCommand;
import io.docroute.cache.CacheCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts DocRoute: {@code run <file-or-dir>...} processes documents once and exits; {@code cache stats|clear}
 * inspects or empties the answer cache; {@code bench} measures against simulated endpoints; with no command the service starts and watches the inbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DocRouteApplication {

    public static void main(String[] args) {
        if (args.length > 0 && BatchCommand.NAME.equals(args[0])) {
            System.exit(BatchCommand.execute(args));
        }
        if (args.length > 0 && CacheCommand.NAME.equals(args[0])) {
            System.exit(CacheCommand.execute(args));
        }
        if (args.length > 0 && BenchCommand.NAME.equals(args[0])) {
            System.exit(BenchCommand.execute(args));
        }
        SpringApplication.run(DocRouteApplication.class, args);
    }
}
