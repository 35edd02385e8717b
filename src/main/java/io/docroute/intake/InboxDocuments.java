package io.docroute.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.DocRouteProperties;
import io.docroute.Sha256;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobRegistry;
import io.docroute.output.OutputNames;
import io.docroute.pipeline.IncomingDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.springframework.stereotype.Component;

/** The inbox's file as the pipeline takes it; a file over the size limit is refused before it is read. */
@Component
public class InboxDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;
    private final Path outbox;
    private final OutputNames names;
    private final JobRegistry jobs;

    public InboxDocuments(DocRouteProperties properties, OutputNames names, JobRegistry jobs) {
        this.maxBytes = properties.maxDocumentBytes();
        this.outbox = properties.outbox();
        this.names = names;
        this.jobs = jobs;
    }

    public IncomingDocument read(Exchange exchange) throws InvalidPayloadException {
        DocumentTooLargeException.requireWithin(exchange.getMessage().getHeader(Exchange.FILE_LENGTH, 0L, Long.class),
                maxBytes);
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        byte[] content = exchange.getMessage().getMandatoryBody(byte[].class);
        // one job per file and content: a file taken again after its instance died goes on under the same job
        String job = "inbox-" + Sha256.hex((name + "\n" + Sha256.hex(content)).getBytes(StandardCharsets.UTF_8))
                .substring(0, 32);
        return IncomingDocument.of(name, content, "inbox", job);
    }

    /**
     * Route step, for a file whose content was processed before: when it is the same file under the same job (its
     * instance stopped after writing the outputs, before moving the file or ending the job in the database), the job
     * ends as the report it left says (the report of this content: a file of other content or name has a job of its
     * own, which never started).
     */
    public void alreadyProcessed(IncomingDocument document) throws IOException {
        Path report = outbox.resolve(names.report(document.name()));
        Path openApi = outbox.resolve(names.openApi(document.name()));
        if (!Files.isRegularFile(report) || !Files.isRegularFile(openApi)) {
            return;
        }
        String json = Files.readString(report);
        JsonNode written = JSON.readTree(json);
        if (!document.contentHash().equals(written.at("/document/sha256").asText())) {
            return;
        }
        Job.State state = Job.State.valueOf(written.path("status").asText(Job.State.COMPLETED.name()));
        jobs.endedAsWritten(document.jobId(), document.name(), document.channel(), state, json,
                Files.readString(openApi));
    }
}
