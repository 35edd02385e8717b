package io.docroute.api;

import io.docroute.DocRouteProperties;
import io.docroute.document.DocumentFormat;
import io.docroute.intake.PostedDocuments;
import io.docroute.jobs.Job;
import io.docroute.jobs.JobRegistry;
import io.docroute.pipeline.IncomingDocument;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/documents}: a document as the raw body with {@code ?filename=}, or as the multipart part
 * {@code file}. It is handed to the route {@code intake-http} ({@link PostedDocuments}: on the broker in service
 * mode) and answered with {@code 202} and its job once it is there. With an {@link IdempotencyKey} the key names the
 * job, so a post sent again (its answer lost) is the same job, processed once.
 */
@RestController
public class DocumentsController {

    private final JobRegistry jobs;
    private final PostedDocuments posted;
    private final long maxBytes;
    private final String apiKeyHeader;

    public DocumentsController(JobRegistry jobs, PostedDocuments posted, DocRouteProperties properties,
                               ApiProperties api) {
        this.jobs = jobs;
        this.posted = posted;
        this.maxBytes = properties.maxDocumentBytes();
        this.apiKeyHeader = api.keyHeader();
    }

    /** The part's size limit is Spring's multipart limit, set to docroute.max-document-bytes (application.yaml). */
    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<JobView> postPart(@RequestPart("file") MultipartFile file,
                                            @RequestParam(required = false) String filename,
                                            HttpServletRequest request) throws IOException {
        Optional<IdempotencyKey> key = idempotencyKey(request);
        return accept(filename != null ? filename : file.getOriginalFilename(), file.getBytes(), key, request);
    }

    /**
     * The body as it is, whatever its content type: the file name comes from the query string, read after the
     * body, because asking the servlet for a parameter would parse a form-encoded body (curl's default) away.
     */
    @PostMapping("/api/documents")
    public ResponseEntity<JobView> postBody(HttpServletRequest request) throws IOException {
        Optional<IdempotencyKey> key = idempotencyKey(request);
        requireWithinLimit(request.getContentLengthLong());
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        requireWithinLimit(body.length);
        String filename = UriComponentsBuilder.newInstance().query(request.getQueryString()).build()
                .getQueryParams().getFirst("filename");
        return accept(filename == null ? null : URLDecoder.decode(filename, StandardCharsets.UTF_8), body, key,
                request);
    }

    private static Optional<IdempotencyKey> idempotencyKey(HttpServletRequest request) {
        try {
            return IdempotencyKey.of(Collections.list(request.getHeaders(IdempotencyKey.HEADER)));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key", e.getMessage());
        }
    }

    private ResponseEntity<JobView> accept(String filename, byte[] content, Optional<IdempotencyKey> key,
                                           HttpServletRequest request) {
        String name = fileName(filename);
        if (content.length == 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Empty document", "the request carries no document");
        }
        if (key.isPresent()) {
            return acceptOnce(key.get().jobId(request.getHeader(apiKeyHeader)), name, content);
        }
        IncomingDocument document = IncomingDocument.of(name, content, "http", null);
        Job job = jobs.submit(name, "http", document.contentHash());
        post(document.withJob(job.id()), job);
        return accepted(job.snapshot(false));
    }

    /**
     * A keyed post: its job opened once, whichever instance the post and its retries reach; its document put on the
     * broker with the job id as the broker's duplicate id. A retry of a post whose instance died is safe whatever
     * the instance had done: died after opening the job but before the broker took the document, the job is still
     * QUEUED and the retry puts the document (the first and only copy on the broker); died after the broker took
     * it, the retry's put carries the same duplicate id and the broker drops it, so one message, one processing.
     * A job already running or ended is not put again at all (its message was taken). Without a broker the memory
     * queue has no duplicate detection: the document is put again only when this instance does not hold the job
     * (the instance that queued it stopped, its memory queue with it).
     */
    private ResponseEntity<JobView> acceptOnce(String jobId, String name, byte[] content) {
        IncomingDocument document = IncomingDocument.of(name, content, "http", jobId);
        JobRegistry.Named named = jobs.submitOnce(jobId, name, "http", document.contentHash());
        if (named.opened() != null) {
            post(document, named.opened());
            return accepted(named.job());
        }
        if (!named.job().document().equals(name)
                || named.contentHash() != null && !named.contentHash().equals(document.contentHash())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key already used", "the "
                    + IdempotencyKey.HEADER + " was used for another document ('" + named.job().document() + "', job "
                    + jobId + "); send a new key with a new document");
        }
        if (named.job().state() == Job.State.QUEUED && (posted.durable() || !named.here())) {
            post(document, null);
        }
        return accepted(named.job());
    }

    /** Puts the document on its way; refused, its job (when this post opened it) is forgotten. */
    private void post(IncomingDocument document, Job opened) {
        try {
            posted.post(document);
        } catch (RuntimeException e) {
            if (opened != null) {
                jobs.discard(opened);
            }
            boolean full = e.getCause() instanceof IllegalStateException && "Queue full".equals(e.getCause().getMessage());
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, full ? "Queue full" : "Not accepting documents",
                    full ? "too many documents are waiting (docroute.api.queue-size); post again later"
                            : posted.durable() ? "the broker did not take the document; post again shortly"
                            : "DocRoute is starting or stopping; post again shortly");
        }
    }

    private static ResponseEntity<JobView> accepted(Job.Snapshot job) {
        JobView view = JobView.of(job);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(view.links().get("self"))).body(view);
    }

    private void requireWithinLimit(long bytes) {
        if (bytes > maxBytes) {
            throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "Document too large", "the document is " + bytes
                    + " bytes, over the limit of " + maxBytes + " bytes (docroute.max-document-bytes)");
        }
    }

    /** The document's own name, without any folders; its extension names the format. */
    private static String fileName(String given) {
        if (given == null || given.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "File name required", "name the document: ?filename=prd.md"
                    + " with a raw body, or a multipart part 'file' with a file name");
        }
        Path last = Path.of(given.replace('\\', '/')).getFileName();
        String name = last == null ? "" : last.toString();
        if (DocumentFormat.ofFileName(name).isEmpty()) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported format", "'" + name
                    + "' is not a format DocRoute reads: " + DocumentFormat.extensions());
        }
        return name;
    }
}
