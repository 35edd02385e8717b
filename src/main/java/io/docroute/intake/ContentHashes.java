package io.docroute.intake;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** SHA-256 of a document's bytes, read as a stream so a document over the size limit is not loaded to be refused. */
@Component
public class ContentHashes {

    public String sha256(InputStream content) throws IOException {
        try (DigestInputStream digesting = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
            digesting.transferTo(OutputStreamSink.INSTANCE);
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {

        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // the digest sees the bytes on the way; nothing is kept
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            // as above
        }
    }
}
