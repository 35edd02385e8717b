package io.docroute.pipeline;

import io.docroute.Sha256;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document as every intake channel (inbox, JMS, HTTP, the {@code run} command) hands it to the pipeline,
 * {@code direct:process-document}: the pipeline reads nothing channel-specific, no file or JMS header. While the
 * body becomes the parsed document and then its result, the pipeline keeps this in the exchange variable
 * {@link #VARIABLE}, with the job it runs under.
 *
 * @param name        the file name (no folder); its extension tells the format
 * @param content     the bytes as received
 * @param channel     {@code inbox}, {@code jms}, {@code http} or {@code run}
 * @param jobId       the job the channel opened for it, or null for the pipeline to open one
 * @param contentHash SHA-256 of the content, in hex
 */
public record IncomingDocument(String name, byte[] content, String channel, String jobId, String contentHash) {

    public static final String VARIABLE = "incomingDocument";

    public IncomingDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(channel, "channel");
        // a sender's path never reaches the outputs' names
        name = name == null || name.isBlank() ? "document" : Path.of(name.replace('\\', '/')).getFileName().toString();
    }

    public static IncomingDocument of(String name, byte[] content, String channel, String jobId) {
        return new IncomingDocument(name, content, channel, jobId, Sha256.hex(content));
    }

    public long size() {
        return content.length;
    }

    public IncomingDocument withJob(String job) {
        return new IncomingDocument(name, content, channel, job, contentHash);
    }

    // the content stays out of log lines and error messages
    @Override
    public String toString() {
        return "IncomingDocument[name=" + name + ", " + content.length + " bytes, channel=" + channel + ", job=" + jobId
                + ", sha256=" + contentHash + "]";
    }
}
