package io.docroute.intake;

import io.docroute.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import org.springframework.stereotype.Component;

/** SHA-256 of a document's bytes, read as a stream so a document over the size limit is not loaded to be refused. */
@Component
public class ContentHashes {

    public String sha256(InputStream content) throws IOException {
        try (DigestInputStream digesting = new DigestInputStream(content, Sha256.digest())) {
            digesting.transferTo(OutputStream.nullOutputStream());
            return Sha256.hex(digesting.getMessageDigest());
        }
    }
}
