package io.docroute.extraction;

import java.util.List;

/** An interface spec that breaks the schema or the path rules; {@link #problems()} lists each break. */
public class InvalidSpecException extends RuntimeException {

    private final List<String> problems;

    public InvalidSpecException(List<String> problems) {
        super("the interface spec is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
