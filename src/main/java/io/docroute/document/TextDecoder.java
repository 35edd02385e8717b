package io.docroute.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes a text document: by its byte order mark (UTF-8, UTF-16LE/BE), else as strict UTF-8, else in the encoding
 * Tika's charset detector reads from its bytes (a Chinese document saved as GBK, a Windows editor's curly quote);
 * refuses binary.
 */
final class TextDecoder {

    // below this the detector is guessing (it names some charset for any bytes, random ones included)
    private static final int MIN_CONFIDENCE = 30;

    private TextDecoder() {
    }

    /** The text, without BOM; {@code extension} (e.g. ".md") only names the file type in the error. */
    static String decode(byte[] content, String extension) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(content, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (startsWith(content, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        }
        String text;
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            if (offset > 0) {
                throw binary(extension, e);
            }
            text = detected(content, extension, e);
        }
        if (looksBinary(text)) {
            throw binary(extension, null);
        }
        return text;
    }

    /** The text in the encoding the detector is confident of; binary when it is confident of none. */
    private static String detected(byte[] content, String extension, CharacterCodingException notUtf8) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(content);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())) {
            throw binary(extension, notUtf8);
        }
        return new String(content, Charset.forName(match.getName()));
    }

    /** NUL characters, or more than one control character in a hundred, do not occur in written text. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > 0 && controls * 100L > text.length();
    }

    private static DocumentException binary(String extension, Throwable cause) {
        return new DocumentException("the file is not a text document (it looks binary); expected UTF-8 or UTF-16"
                + " text for a " + extension + " file", cause);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
