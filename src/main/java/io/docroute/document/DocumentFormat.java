package io.docroute.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The document formats DocRoute reads, told apart by file extension; YAML is read as JSON written as YAML. */
public enum DocumentFormat {
    MARKDOWN("md", "markdown"), TEXT("txt", "text"), HTML("html", "htm"), JSON("json", "yaml", "yml"), DOCX("docx"), PDF("pdf");

    private final String[] extensions;

    DocumentFormat(String... extensions) {
        this.extensions = extensions;
    }

    public static Optional<DocumentFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            for (String candidate : format.extensions) {
                if (candidate.equals(ext)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Every extension read, for messages: ".md, .markdown, .txt, ...". */
    public static String extensions() {
        return Arrays.stream(values()).flatMap(format -> Arrays.stream(format.extensions)).map(ext -> "." + ext)
                .collect(Collectors.joining(", "));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
