package io.docroute.intake;

import io.docroute.DocRouteProperties;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.springframework.stereotype.Component;

/**
 * Decides which inbox entries are documents: never hidden, temporary or partial files (writers use those names
 * while writing), never symlinks (they could point anywhere), and, in marker mode, only files whose
 * {@code <name>.ready} exists.
 */
@Component("intakeFileFilter")
public class IntakeFileFilter implements GenericFileFilter<File> {

    public static final String READY_SUFFIX = ".ready";
    private static final Set<String> WORK_IN_PROGRESS_SUFFIXES =
            Set.of(".tmp", ".part", ".partial", ".crdownload", ".swp", ".camellock", READY_SUFFIX);

    private final boolean requireReadyMarker;

    public IntakeFileFilter(DocRouteProperties properties) {
        this.requireReadyMarker = properties.intake().requireReadyMarker();
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return false;
        }
        Path path = file.getFile().toPath();
        return isDocumentName(file.getFileNameOnly())
                && !Files.isSymbolicLink(path)
                && (!requireReadyMarker || Files.exists(readyMarker(path)));
    }

    static boolean isDocumentName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".") || lower.startsWith("~") || lower.endsWith("~")) {
            return false;
        }
        return WORK_IN_PROGRESS_SUFFIXES.stream().noneMatch(lower::endsWith);
    }

    /** Called when a document's processing completes either way, so the marker does not outlive its file. */
    public void removeReadyMarker(String absolutePath) throws IOException {
        if (absolutePath != null) {
            Files.deleteIfExists(readyMarker(Path.of(absolutePath)));
        }
    }

    private static Path readyMarker(Path document) {
        return document.resolveSibling(document.getFileName() + READY_SUFFIX);
    }
}
