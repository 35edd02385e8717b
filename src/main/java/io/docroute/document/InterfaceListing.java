package io.docroute.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A model's list of the interfaces a document describes, each with a span quoted from the document, turned into
 * the document's blocks. A span that does not occur in the document (whitespace aside) is rejected: the model
 * may name and group, never invent. Each accepted interface becomes a block of the lines its span is on.
 */
public final class InterfaceListing {

    /** Document text longer than this is cut before it is sent: the listing is for documents of prose. */
    public static final int MAX_CHARACTERS = 60_000;

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int MIN_QUOTE = 4;

    private InterfaceListing() {
    }

    /** One listed interface. */
    public record Listed(String title, String quote) {
    }

    /**
     * Whether a model should list this document's interfaces: its deterministic reading found no block, or no
     * block that states a method or path (requirement items, prose, titles without paths), which is where a
     * reading of the words falls short.
     */
    public static boolean wanted(Document document) {
        return !document.lines().isEmpty()
                && document.blocks().stream().noneMatch(block -> block.stated().isStated());
    }

    /** The document's text as one request carries it. */
    public static String text(Document document) {
        String text = String.join("\n", document.lines());
        return text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
    }

    /**
     * The listed interfaces of an answer {@code {"interfaces": [{"title", "quote"}]}} whose quotes occur in
     * {@code text}; the problems name the others.
     */
    public static Read read(JsonNode answer, String text, List<String> problems) {
        JsonNode items = answer.path("interfaces");
        List<Listed> accepted = new ArrayList<>();
        if (!items.isArray()) {
            problems.add("expected {\"interfaces\": [{\"title\", \"quote\"}]}");
            return new Read(accepted, 0);
        }
        String haystack = squeezed(text);
        int rejected = 0;
        for (JsonNode item : items) {
            String title = item.path("title").asText("").strip();
            String quote = item.path("quote").asText("").strip();
            if (quote.length() < MIN_QUOTE || !haystack.contains(squeezed(quote))) {
                rejected++;
                problems.add("the quote of '" + title + "' does not occur in the document");
            } else {
                accepted.add(new Listed(title.isEmpty() ? quote : title, quote));
            }
        }
        return new Read(accepted, rejected);
    }

    /** @param rejected listed interfaces whose quote is not in the document */
    public record Read(List<Listed> listed, int rejected) {
    }

    /**
     * The document with the listed interfaces as its blocks, each with the lines its quote is on; the choices say
     * which model listed each and what it quoted. With nothing listed, the document as it was read.
     */
    public static Document apply(Document document, List<Listed> listed, String endpoint) {
        List<InterfaceBlock> blocks = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (Listed item : listed) {
            List<String> lines = linesOf(document.lines(), item.quote());
            if (lines.isEmpty() || !titles.add(item.title().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int index = blocks.size();
            blocks.add(new InterfaceBlock(index, item.title(), String.join("\n", lines), List.of(), List.of()));
            choices.add(new Choice(item.title(), index, "listed by model endpoint '" + endpoint + "', quoting \""
                    + item.quote() + "\""));
        }
        if (blocks.isEmpty()) {
            return document;
        }
        return new Document(document.name(), document.sha256(), document.format(), document.title(), blocks,
                choices, document.lines());
    }

    /** The lines a quote spans, found with whitespace squeezed; empty when it is not there. */
    static List<String> linesOf(List<String> lines, String quote) {
        String wanted = squeezed(quote);
        StringBuilder joined = new StringBuilder();
        List<Integer> lineOfChar = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = squeezed(lines.get(i));
            if (!joined.isEmpty()) {
                joined.append(' ');
                lineOfChar.add(i);
            }
            joined.append(line);
            for (int c = 0; c < line.length(); c++) {
                lineOfChar.add(i);
            }
        }
        int at = joined.indexOf(wanted);
        if (at < 0 || wanted.isEmpty()) {
            return List.of();
        }
        int first = lineOfChar.get(at);
        int last = lineOfChar.get(Math.min(lineOfChar.size() - 1, at + wanted.length() - 1));
        return List.copyOf(lines.subList(first, last + 1));
    }

    private static String squeezed(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
