package io.docroute.document;

import io.docroute.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations a story list's exceptions section names: what a user sets out to do when the exception happens
 * ("If a user tries to share a recipe but fails", "User fails to upload their budget", "If a credit card gets
 * declined when purchasing premium features", "the user repeatedly tries to add, edit, or remove an event").
 * Such a section is written after the stories to say what can go wrong in the operations the product offers, and
 * often names operations no story wished for; the vocabulary's {@code sections.exceptions} titles it.
 */
final class ExceptionCases {

    /** One operation an exception names, and the line that names it. */
    record Operation(String title, String line) {
    }

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    // what the user set out to do: "tries to share a recipe", "attempts to submit a review", "fails to upload …"
    private static final Pattern ATTEMPT = Pattern.compile(
            "\\b(?:tries|try|trying|attempts?|attempting|fails?|failing)\\s+to\\s+([a-z][^.;:!?()\"“”]*)",
            Pattern.CASE_INSENSITIVE);
    // or the operation under way: "when purchasing premium features", "If searching for previous events"
    private static final Pattern UNDER_WAY = Pattern.compile(
            "\\b(?:when|while|if)\\s+([a-z]{3,}ing)\\s+([^.;:!?()\"“”]+)", Pattern.CASE_INSENSITIVE);
    // operations listed before the thing they act on: "add, edit, or remove an event"; else a comma ends the phrase
    private static final Pattern LISTED = Pattern.compile("^[a-z]+(?:,\\s*[a-z]+)*,?\\s+(?:or|and)\\s+[^,]+",
            Pattern.CASE_INSENSITIVE);
    // where the operation's phrase ends: "… but fails", "… that does not exist", "… without any content"
    private static final Pattern PHRASE_END = Pattern.compile(
            "\\s+(?:but|that|which|who|while|without|when|if|because|so|already|more\\s+than|with\\s+(?:an?|the)"
                    + "|and\\s+(?:fails?|gets?|is|are))\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 8;

    private ExceptionCases() {
    }

    /** The operations the exceptions sections of the lines name, in order, each once. */
    static List<Operation> operations(List<String> lines, Vocabulary vocabulary) {
        List<Operation> operations = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        boolean within = false;
        for (String raw : lines) {
            String line = Text.clean(raw).replace("**", "");
            // "Exceptions", "## Possible Exceptions", "Exceptions:"; not a use case's "Exceptions: EX-1 …" part
            if (vocabulary.isExceptionsTitle(line)) {
                within = true;
                continue;
            }
            if (HEADING.matcher(line).lookingAt()) {
                within = false;
            }
            if (!within || line.isEmpty()) {
                continue;
            }
            for (String title : named(line, vocabulary)) {
                if (named.add(title.toLowerCase(Locale.ROOT))) {
                    operations.add(new Operation(title, line));
                }
            }
        }
        return operations;
    }

    /** The operations one exception names: those it lists, or the one it attempts. */
    private static List<String> named(String line, Vocabulary vocabulary) {
        List<String> phrases = new ArrayList<>();
        Matcher attempt = ATTEMPT.matcher(line);
        while (attempt.find()) {
            phrases.add(attempt.group(1));
        }
        Matcher underWay = UNDER_WAY.matcher(line);
        while (underWay.find()) {
            String verb = baseForm(underWay.group(1), underWay.group(2), vocabulary);
            if (verb != null) {
                phrases.add(verb + " " + underWay.group(2));
            }
        }
        List<String> titles = new ArrayList<>();
        for (String phrase : phrases) {
            Matcher listed = LISTED.matcher(phrase.strip());
            String clause = listed.lookingAt() ? listed.group() : phrase.strip().split(",", 2)[0];
            String operation = PHRASE_END.matcher(clause).replaceFirst("").strip();
            if (operation.split("\\s+").length > MAX_WORDS) {
                continue;
            }
            List<String> enumerated = EnumeratedOperations.titles(operation, vocabulary);
            if (!enumerated.isEmpty()) {
                titles.addAll(enumerated);
            } else if (vocabulary.opensWithOperation(operation)) {
                titles.add(operation);
            }
        }
        return titles;
    }

    /** The verb a gerund is of, when the vocabulary knows it: "purchasing" is purchase, "shopping" shop. */
    private static String baseForm(String gerund, String object, Vocabulary vocabulary) {
        String stem = gerund.toLowerCase(Locale.ROOT).substring(0, gerund.length() - 3);
        List<String> candidates = new ArrayList<>(List.of(stem, stem + "e"));
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
            candidates.add(stem.substring(0, stem.length() - 1));
        }
        return candidates.stream().filter(verb -> vocabulary.opensWithOperation(verb + " " + object)).findFirst()
                .orElse(null);
    }
}
