package io.docroute.document;

import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads DOCX (as XHTML) and PDF (as plain text) through Tika, each parse on a small pool of daemon threads so that
 * it can be abandoned after {@code tikaTimeout}, with the text length and the zip inflation ratio capped.
 */
final class TikaReader implements AutoCloseable {

    private static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int QUEUED = 64;
    // a reviewer's comment as POI writes it after the text of the paragraph it is on
    private static final Pattern REVIEW_COMMENT = Pattern.compile("\tComment by [^\n<]*");

    // attachments and images inside a document are neither requirements text nor worth the parsing risk
    private static final EmbeddedDocumentExtractor IGNORE_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    };

    private final ParsingProperties properties;
    private final Map<DocumentFormat, Parser> parsers;
    private final ThreadPoolExecutor executor;

    TikaReader(ParsingProperties properties) {
        this(properties, Map.of(DocumentFormat.DOCX, new OOXMLParser(), DocumentFormat.PDF, pdfParser()));
    }

    TikaReader(ParsingProperties properties, Map<DocumentFormat, Parser> parsers) {
        this.properties = properties;
        this.parsers = Map.copyOf(parsers);
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED), daemonThreads());
        executor.allowCoreThreadTimeOut(true);
        // POI keeps this JVM-wide; it refuses a zip entry that inflates beyond the ratio before Tika sees any text
        ZipSecureFile.setMinInflateRatio(1.0 / properties.maxCompressionRatio());
    }

    private static PDFParser pdfParser() {
        PDFParser parser = new PDFParser();
        // the bookmark outline repeats every heading after the body text, which would read as empty duplicate blocks
        parser.setExtractBookmarksText(false);
        // a link's target is no text of the page: an exported page's anchors ("af://n12") and the URLs its links
        // point at would read as lines of their own, a link's URL as one more interface
        parser.setExtractAnnotationText(false);
        // text only: a scanned page has no text to read, and without an OCR engine on the machine PDFBox's OCR path
        // fails on a page that is only an image
        parser.setOcrStrategy("no_ocr");
        // a heading printed bold by drawing its text twice, a little apart, reads once ("登录", not "登登录录")
        parser.setSuppressDuplicateOverlappingText(true);
        return parser;
    }

    /**
     * The DOCX as XHTML (headings as h1..h6, tables as tables), without its reviewers' comments: POI writes each at
     * the end of the paragraph it is on ({@code 用户名/密码登录\tComment by xiaoyong yu: V1.4}), where it would be
     * read as part of a heading or a field's description.
     */
    String docxXhtml(byte[] content) {
        return REVIEW_COMMENT.matcher(read(DocumentFormat.DOCX, content, new ToXMLContentHandler(), context()))
                .replaceAll("");
    }

    /** The PDF's text, in the order its pages draw it. */
    String pdfText(byte[] content) {
        return pdfText(content, context());
    }

    /**
     * The PDF's text in the order it stands on each page, line by line from the top: for a page that draws its text
     * out of reading order ({@code http://localhost:8666/User/接口： login} for
     * {@code 接口：http://localhost:8666/User/login}).
     */
    String pdfTextByPosition(byte[] content) {
        ParseContext context = context();
        PDFParserConfig byPosition = new PDFParserConfig();
        byPosition.setSortByPosition(true);
        context.set(PDFParserConfig.class, byPosition);
        return pdfText(content, context);
    }

    private String pdfText(byte[] content, ParseContext context) {
        ToTextContentHandler text = new ToTextContentHandler();
        read(DocumentFormat.PDF, content, new BodyContentHandler(text), context);
        return text.toString();
    }

    private String read(DocumentFormat format, byte[] content, ContentHandler output, ParseContext context) {
        Parser parser = parsers.get(format);
        Future<String> future;
        try {
            future = executor.submit(() -> parse(parser, format, content, output, context));
        } catch (RejectedExecutionException e) {
            throw new DocumentException("too many DOCX and PDF documents are being read at once; try again later", e);
        }
        try {
            return future.get(properties.tikaTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DocumentException("reading the " + label(format) + " took longer than "
                    + describe(properties.tikaTimeout()) + " (docroute.parsing.tika-timeout)", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentException("reading the " + label(format) + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentException de) {
                throw new DocumentException(de.getMessage(), de.getCause());
            }
            if (cause instanceof StackOverflowError) {
                throw invalid(format, "it is nested too deeply to read", cause);
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw translate(format, cause);
        }
    }

    private String parse(Parser parser, DocumentFormat format, byte[] content, ContentHandler output,
                         ParseContext context) throws Exception {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            WriteOutContentHandler limited = new WriteOutContentHandler(output, properties.maxCharacters());
            SecureContentHandler secure = new SecureContentHandler(limited, stream);
            secure.setMaximumCompressionRatio(Math.round(properties.maxCompressionRatio()));
            try {
                parser.parse(stream, secure, new Metadata(), context);
            } catch (SAXException e) {
                secure.throwIfCauseOf(e);
                throw e;
            }
            return output.toString();
        } catch (Exception e) {
            throw translate(format, e);
        }
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        // page headers and footers would run into the first and last blocks
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        context.set(OfficeParserConfig.class, office);
        context.set(EmbeddedDocumentExtractor.class, IGNORE_EMBEDDED);
        return context;
    }

    private DocumentException translate(DocumentFormat format, Throwable failure) {
        if (failure instanceof DocumentException de) {
            return de;
        }
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return new DocumentException("the " + label(format) + " text is longer than the limit of "
                    + properties.maxCharacters() + " characters (docroute.parsing.max-characters)", failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                String why = message.contains("nesting")
                        ? "its content is nested too deeply (" + Text.brief(t.getMessage(), 120) + ")"
                        : "a part inflates more than " + describe(properties.maxCompressionRatio())
                                + " times its compressed size (docroute.parsing.max-compression-ratio)";
                return new DocumentException("the " + label(format) + " was refused as a likely zip bomb: " + why,
                        failure);
            }
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new DocumentException("the " + label(format)
                        + " is password-protected; save an unprotected copy and drop that instead", failure);
            }
        }
        return invalid(format, rootMessage(failure), failure);
    }

    static DocumentException invalid(DocumentFormat format, String why, Throwable cause) {
        return new DocumentException("the file is not a valid " + label(format) + " document: " + why, cause);
    }

    static String label(DocumentFormat format) {
        return format.name();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        String message = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            root = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? root.getClass().getSimpleName() : Text.brief(message, 160);
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(double ratio) {
        return ratio == Math.rint(ratio) ? String.valueOf((long) ratio) : String.valueOf(ratio);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "docroute-tika-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
