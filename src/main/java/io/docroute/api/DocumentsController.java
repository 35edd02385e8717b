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
 * mode) and answered with {@code 202} and its job once it is there.
 */
@RestController
public class DocumentsController {

    private final JobRegistry jobs;
    private final PostedDocuments posted;
    private final long maxBytes;

    public DocumentsController(JobRegistry jobs, PostedDocuments posted, DocRouteProperties properties) {
        this.jobs = jobs;
        this.posted = posted;
        this.maxBytes = properties.maxDocumentBytes();
    }

    /** The part's size limit is Spring's multipart limit, set to docroute.max-document-bytes (application.yaml). */
    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<JobView> postPart(@RequestPart("file") MultipartFile file,
                                            @RequestParam(required = false) String filename) throws IOException {
        return accept(filename != null ? filename : file.getOriginalFilename(), file.getBytes());
    }

    /**
     * The body as it is, whatever its content type: the file name comes from the query string, read after the
     * body, because asking the servlet for a parameter would parse a form-encoded body (curl's default) away.
     */
    @PostMapping("/api/documents")
    public ResponseEntity<JobView> postBody(HttpServletRequest request) throws IOException {
        requireWithinLimit(request.getContentLengthLong());
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        requireWithinLimit(body.length);
        String filename = UriComponentsBuilder.newInstance().query(request.getQueryString()).build()
                .getQueryParams().getFirst("filename");
        return accept(filename == null ? null : URLDecoder.decode(filename, StandardCharsets.UTF_8), body);
    }

    private ResponseEntity<JobView> accept(String filename, byte[] content) {
        String name = fileName(filename);
        if (content.length == 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Empty document", "the request carries no document");
        }
        Job job = jobs.submit(name, "http");
        try {
            posted.post(IncomingDocument.of(name, content, "http", job.id()));
        } catch (RuntimeException e) {
            jobs.discard(job);
            boolean full = e.getCause() instanceof IllegalStateException && "Queue full".equals(e.getCause().getMessage());
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, full ? "Queue full" : "Not accepting documents",
                    full ? "too many documents are waiting (docroute.api.queue-size); post again later"
                            : posted.durable() ? "the broker did not take the document; post again shortly"
                            : "DocRoute is starting or stopping; post again shortly");
        }
        JobView view = JobView.of(job.snapshot(false));
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
