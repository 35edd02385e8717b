package io.docroute.batch;

import io.docroute.OneShot;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code run <file-or-dir>... [--out DIR] [--explain]}: processes the given documents through the same routes as
 * the service, shows progress and a summary (with {@code --explain}, then why each section was or was not taken as
 * a block), and exits 0 only when every document completed (1: a document failed or has failed blocks, 2: wrong
 * arguments, 3: every block answered but some by the local extractor, degraded). Spring-style
 * {@code --docroute.x=y} options pass through to the application.
 */
@Command(name = BatchCommand.NAME, mixinStandardHelpOptions = true,
        description = "Extract interface specs from requirement documents and exit.")
public class BatchCommand implements Callable<Integer> {

    public static final String NAME = "run";
    public static final int EXIT_INCOMPLETE = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_DEGRADED = 3;

    @Parameters(arity = "1..*", paramLabel = "<file-or-dir>", description = "Documents, or folders of documents.")
    List<File> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: docroute.outbox).")
    File out;

    @Option(names = "--explain", description = "After the summary, show per document which sections became blocks "
            + "and why the others did not.")
    boolean explain;

    @Unmatched
    List<String> applicationOptions = new ArrayList<>();

    public static int execute(String[] args) {
        CommandLine commandLine = new CommandLine(new BatchCommand());
        commandLine.setUnmatchedOptionsArePositionalParams(false);
        commandLine.setUnmatchedArgumentsAllowed(true);
        return commandLine.execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() {
        List<String> unknown = applicationOptions.stream().filter(option -> !option.startsWith("--")).toList();
        if (!unknown.isEmpty()) {
            System.err.println("Unknown arguments: " + unknown);
            return EXIT_USAGE;
        }
        List<String> springArgs = new ArrayList<>(applicationOptions);
        if (out != null) {
            springArgs.add("--docroute.outbox=" + out.getPath());
        }
        try (ConfigurableApplicationContext context = OneShot.start(springArgs.toArray(String[]::new), Map.of())) {
            BatchRunner runner = context.getBean(BatchRunner.class);
            return runner.run(inputs.stream().map(File::toPath).toList(), explain).exitCode();
        }
    }
}
