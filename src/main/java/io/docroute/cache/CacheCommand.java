package io.docroute.cache;

import io.docroute.OneShot;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code cache stats} and {@code cache clear}: the answer cache's database as an operator sees it. Spring-style
 * {@code --docroute.cache.url=...} options point it at another database.
 */
public final class CacheCommand {

    public static final String NAME = "cache";

    private CacheCommand() {
    }

    public static int execute(String[] args) {
        String action = args.length > 1 ? args[1] : "";
        if (!action.equals("stats") && !action.equals("clear")) {
            System.err.println("Usage: java -jar docroute.jar cache stats|clear [--docroute.cache.url=...]");
            return 2;
        }
        try (ConfigurableApplicationContext context = OneShot.start(Arrays.copyOfRange(args, 2, args.length),
                Map.of("docroute.routing.simulators", "never"))) {
            AnswerStore store = context.getBean(AnswerStore.class);
            if (action.equals("clear")) {
                System.out.println("Removed " + store.clear() + " cached answers.");
            } else {
                AnswerStore.Summary summary = store.summary();
                System.out.printf("Cached answers: %d (%d unexpired), served %d times from the database%n",
                        summary.entries(), summary.unexpired(), summary.hits());
            }
            return 0;
        }
    }
}
