package io.docroute.output;

import org.springframework.stereotype.Component;

/**
 * Output file names: the source's full file name plus a suffix, so {@code prd.md} and {@code prd.docx} never
 * overwrite each other; control characters and path separators become {@code _}.
 */
@Component
public class OutputNames {

    public String report(String sourceName) {
        return safe(sourceName) + ".json";
    }

    public String openApi(String sourceName) {
        return safe(sourceName) + ".openapi.yaml";
    }

    public String error(String sourceName) {
        return safe(sourceName) + ".error.json";
    }

    static String safe(String sourceName) {
        String name = sourceName == null || sourceName.isBlank() ? "document" : sourceName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        return name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
    }
}
