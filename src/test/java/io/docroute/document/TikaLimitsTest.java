package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xml.sax.ContentHandler;

class TikaLimitsTest {

    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private DocumentParser parser;

    @AfterEach
    void release() {
        released.countDown();
        if (parser != null) {
            parser.close();
        }
    }

    @Test
    @Timeout(10) // a parse that is not abandoned would hold the caller until the hanging parser is released
    void pdfThatTakesTooLongIsAbandonedAfterTheTimeout() throws Exception {
        ParsingProperties properties = new ParsingProperties(0, Duration.ofMillis(200), 0, 0, 0);
        parser = new DocumentParser(properties, new TikaReader(properties,
                Map.of(DocumentFormat.PDF, new HangingParser(), DocumentFormat.DOCX, new HangingParser())));

        assertThatThrownBy(() -> parser.parse("slow.pdf", TestDocuments.example("admin-console-prd.pdf")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("reading the PDF took longer than 200 ms (docroute.parsing.tika-timeout)");

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the abandoned parse is interrupted").isTrue();
    }

    @Test
    void timeoutInWholeSecondsIsWrittenInSeconds() {
        ParsingProperties properties = new ParsingProperties(0, Duration.ofSeconds(1), 0, 0, 0);
        parser = new DocumentParser(properties, new TikaReader(properties,
                Map.of(DocumentFormat.PDF, new HangingParser(), DocumentFormat.DOCX, new HangingParser())));

        assertThatThrownBy(() -> parser.parse("slow.docx", TestDocuments.example("admin-console-prd.docx")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("reading the DOCX took longer than 1 s (docroute.parsing.tika-timeout)");
    }

    /** Blocks until it is interrupted, like a parse stuck in a pathological file. */
    private final class HangingParser implements Parser {

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of();
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            try {
                released.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                Thread.currentThread().interrupt();
            }
        }
    }
}
