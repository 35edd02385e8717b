package io.docroute.config;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Finds an operator file such as {@code config/schema/interface-spec.schema.json}: the working directory's copy
 * when there is one (the operator may have edited it), else the copy built into the jar.
 */
public final class ConfigResources {

    private ConfigResources() {
    }

    public static Resource resolve(String location) {
        if (location.startsWith("classpath:")) {
            return new ClassPathResource(location.substring("classpath:".length()));
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        Path file = Path.of(path);
        if (Files.isRegularFile(file)) {
            return new FileSystemResource(file);
        }
        return new ClassPathResource(path);
    }
}
