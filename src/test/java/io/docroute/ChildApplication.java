package io.docroute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application, started by {@code bin/docroute} (which replaces itself with the JVM), in a process of
 * its own, so a test can kill it the hard way ({@code kill -9}) and start it again on the same folders and database. Its console goes to a log file.
 */
public final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildApplication(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code bin/docroute <args>} in {@code workDir}, as a user starts it, with the console in {@code log}. */
    public static ChildApplication start(Path workDir, Path log, List<String> args) {
        Path launcher = Path.of(System.getProperty("docroute.launcher", "bin/docroute")).toAbsolutePath();
        Path jar = launcher.resolveSibling("../target/docroute.jar").normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: child-process tests run after `package`");
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            builder.environment().put("DOCROUTE_JAVA_OPTS", "-Xmx512m");
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new ChildApplication(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child process did not die");
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String console() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, then waits for the graceful shutdown; kills it if that takes too long. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
