package io.docroute.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.document.Document;
import io.docroute.document.DocumentException;
import io.docroute.document.DocumentParser;
import io.docroute.document.InterfaceBlock;
import io.docroute.document.StatedEndpoint;
import io.docroute.extraction.InterfaceSpec;
import io.docroute.extraction.LocalExtractor;
import io.docroute.output.DocumentResult;
import io.docroute.output.OpenApiWriter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the document side on requirement documents other people wrote: each document's interfaces, as a person
 * listed them by reading it (method and path where stated, else the title), against the blocks DocRoute finds and
 * the specs the local extractor answers for them (the default mode's answers).
 */
public final class CorpusScore {

    private static final ObjectMapper JSON = new ObjectMapper();
    // a path placeholder in every spelling the documents use, a sample id written in its place, and the value's name
    // in Chinese written there ("/xz/delpatrolrecord/时间组"), which DocRoute writes as a placeholder
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^{}]*}}|\\{[^{}]*}|:\\w+|\\$\\{\\w+}|\\$\\w+|<(?:\\w+:)?\\w+>|\\d+|[0-9a-f]{24,}|[0-9a-f-]{36}"
                    + "|\\p{IsHan}+");
    private static final Pattern NOTE = Pattern.compile("[（(][^（()）]*[)）]");
    // a listed title that names the interface, then says what it does: "touchStart：手指接触屏幕的初始点"
    private static final Pattern DESCRIBED_NAME = Pattern.compile("^([^:：]{1,40})[:：]\\s*\\S");
    // "log in", "log-in", "sign up": written apart or together, the same word
    private static final Pattern PHRASAL_VERB = Pattern.compile("\\b(log|sign)[\\s-]+(in|out|on|up)\\b");
    private static final Pattern NOT_A_WORD = Pattern.compile("[\\s\\p{Punct}（）【】「」《》：，。、“”‘’]+");

    /**
     * One expected interface: the method and path where the document states them, and its title. A document may
     * state two methods for one interface ({@code GET/POST}); an answer with either keeps what it states.
     */
    public record Expected(String title, String method, String path) {

        boolean stated() {
            return method != null && path != null;
        }

        boolean statesPathAlone() {
            return method == null && path != null;
        }

        boolean statesMethod(String answered) {
            return List.of(method.split("/")).stream().anyMatch(m -> m.strip().equalsIgnoreCase(answered));
        }
    }

    /**
     * One document's figures.
     *
     * @param expected      interfaces a person listed
     * @param found         of those, the ones a block answers
     * @param extra         blocks that answer no listed interface
     * @param stated        listed interfaces whose method and path the document states
     * @param kept          of those, the ones whose output has exactly that method and path
     * @param pathsStated   listed interfaces whose path alone the document states, without a method
     * @param pathsKept     of those, the ones whose output has exactly that path
     * @param openApiValid  swagger-parser accepts the OpenAPI file without messages
     * @param error         why the document was refused, or null
     * @param missed        the listed interfaces no block answers, as listed
     * @param extraBlocks   the titles of the blocks that answer no listed interface
     */
    public record Row(String document, int expected, int found, int extra, int stated, int kept, int pathsStated,
                      int pathsKept, boolean openApiValid, String error, List<String> missed,
                      List<String> extraBlocks) {
    }

    /** The figures of several documents added up. */
    public record Total(int documents, int expected, int found, int extra, int stated, int kept, int pathsStated,
                        int pathsKept, int valid) {

        public static Total of(List<Row> rows) {
            int expected = 0, found = 0, extra = 0, stated = 0, kept = 0, pathsStated = 0, pathsKept = 0, valid = 0;
            for (Row row : rows) {
                expected += row.expected();
                found += row.found();
                extra += row.extra();
                stated += row.stated();
                kept += row.kept();
                pathsStated += row.pathsStated();
                pathsKept += row.pathsKept();
                valid += row.openApiValid() ? 1 : 0;
            }
            return new Total(rows.size(), expected, found, extra, stated, kept, pathsStated, pathsKept, valid);
        }

        /** The blocks taken: found interfaces and extra blocks. */
        public int blocks() {
            return found + extra;
        }
    }

    private final DocumentParser parser;
    private final LocalExtractor extractor;
    private final OpenApiWriter openApi = new OpenApiWriter();

    public CorpusScore(DocumentParser parser, LocalExtractor extractor) {
        this.parser = parser;
        this.extractor = extractor;
    }

    /** Every document of {@code documents} that has a ground-truth file {@code <name>.json} in {@code truth}. */
    public List<Row> score(Path documents, Path truth) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var files = Files.list(documents)) {
            for (Path file : files.sorted().toList()) {
                Path expected = truth.resolve(file.getFileName() + ".json");
                if (Files.isRegularFile(expected)) {
                    rows.add(score(file.getFileName().toString(), Files.readAllBytes(file), expected(expected)));
                }
            }
        }
        return rows;
    }

    public static List<Expected> expected(Path truthFile) throws IOException {
        JsonNode root = JSON.readTree(truthFile.toFile());
        List<Expected> expected = new ArrayList<>();
        for (JsonNode item : root.path("interfaces")) {
            expected.add(new Expected(item.path("title").asText(""), text(item, "method"), text(item, "path")));
        }
        return expected;
    }

    public Row score(String name, byte[] bytes, List<Expected> expected) {
        Document document;
        try {
            document = parser.parse(name, bytes);
        } catch (DocumentException e) {
            return new Row(name, expected.size(), 0, 0, (int) expected.stream().filter(Expected::stated).count(), 0,
                    (int) expected.stream().filter(Expected::statesPathAlone).count(), 0, false, e.getMessage(),
                    expected.stream().map(Expected::title).toList(), List.of());
        }
        List<InterfaceSpec> specs = document.blocks().stream().map(extractor::extract).toList();
        String base = StatedEndpoint.basePath(document.lines());
        boolean[] used = new boolean[specs.size()];
        int found = 0;
        int stated = 0;
        int kept = 0;
        List<String> missed = new ArrayList<>();
        List<Expected> unmatched = new ArrayList<>();
        // stated method+path first, so a title that two interfaces share cannot take the wrong block
        for (Expected e : expected) {
            if (!e.stated()) {
                unmatched.add(e);
                continue;
            }
            stated++;
            int at = indexOf(specs, used, e, base);
            if (at >= 0) {
                used[at] = true;
                found++;
                kept++;
            } else {
                unmatched.add(e);
            }
        }
        int pathsStated = 0;
        int pathsKept = 0;
        // a path the document states without its method is found by its path, before any title takes its block
        List<Expected> byTitle = new ArrayList<>();
        for (Expected e : unmatched) {
            int at = e.statesPathAlone() ? pathOf(specs, used, e.path(), base) : -1;
            pathsStated += e.statesPathAlone() ? 1 : 0;
            if (at >= 0) {
                used[at] = true;
                pathsKept++;
                found++;
            } else {
                byTitle.add(e);
            }
        }
        // else by the title
        for (Expected e : byTitle) {
            int at = bestTitle(document.blocks(), used, e.title());
            if (at >= 0) {
                used[at] = true;
                found++;
            } else {
                missed.add(e.stated() ? e.method() + " " + e.path() + " (" + e.title() + ")" : e.title());
            }
        }
        List<String> extraBlocks = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                extraBlocks.add(document.blocks().get(i).title());
            }
        }
        return new Row(name, expected.size(), found, extraBlocks.size(), stated, kept, pathsStated, pathsKept,
                openApiValid(document, specs), null, missed, extraBlocks);
    }

    private static int indexOf(List<InterfaceSpec> specs, boolean[] used, Expected e, String base) {
        for (int i = 0; i < specs.size(); i++) {
            if (!used[i] && e.statesMethod(specs.get(i).method())
                    && samePath(specs.get(i), e.path(), base)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The interface's path as the path written, and its query's names among its query parameters: a path written
     * with its query ({@code /tasks?status={status}&type=1}) is kept as {@code /tasks} with the query parameters
     * {@code status} and {@code type}, as an OpenAPI path holds no query.
     */
    private static boolean samePath(InterfaceSpec spec, String expected, String base) {
        int query = expected.indexOf('?');
        if (query < 0) {
            return samePath(spec.path(), expected, base);
        }
        Set<String> parameters = new HashSet<>();
        spec.parameters().stream().filter(parameter -> "query".equals(parameter.in()))
                .forEach(parameter -> parameters.add(parameter.name()));
        return samePath(spec.path(), expected.substring(0, query), base)
                && Arrays.stream(expected.substring(query + 1).split("&")).map(pair -> pair.split("=", 2)[0].strip())
                        .filter(name -> !name.isEmpty()).allMatch(parameters::contains);
    }

    /**
     * The same path as written, placeholder names aside; a trailing slash is dropped on both sides, as DocRoute
     * writes every path without one. Under a base path the document states ("Base URL: /api/v1"), a path with it
     * and without it are the same: the document states both, and the ground truth may list either.
     */
    private static boolean samePath(String found, String expected, String base) {
        String shape = shape(found);
        String wanted = shape(expected);
        return shape.equals(wanted) || base != null && (shape.equals(shape(base) + wanted)
                || wanted.equals(shape(base) + shape));
    }

    /**
     * The path without a trailing slash, each placeholder as {} whatever its spelling: {id}, :id, $id, ${id}, <id>,
     * a converter's <int:id>, {{id}}, and a sample id written in its place ({@code /goods/68}, an object id or a
     * UUID), which DocRoute writes as a placeholder.
     */
    private static String shape(String path) {
        StringBuilder shape = new StringBuilder();
        for (String segment : withoutTrailingSlash(path).split("/", -1)) {
            shape.append(shape.isEmpty() && segment.isEmpty() ? "" : "/")
                    .append(PLACEHOLDER.matcher(segment).matches() ? "{}" : segment);
        }
        return shape.toString();
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static int pathOf(List<InterfaceSpec> specs, boolean[] used, String path, String base) {
        for (int i = 0; i < specs.size(); i++) {
            if (!used[i] && samePath(specs.get(i), path, base)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The unused block whose title is closest to {@code title}: the same words, or most of them. A note in brackets
     * in the listed title ({@code 添加票据（保存草稿或直接提交，可上传附件）}) says more about the interface than its
     * name; the title matches with the note or without it. A title that names the interface and then says what it
     * does after a colon matches a block titled by that name exactly.
     */
    private static int bestTitle(List<InterfaceBlock> blocks, boolean[] used, String title) {
        Set<String> wanted = grams(title);
        Matcher described = DESCRIBED_NAME.matcher(title);
        String name = described.lookingAt() ? described.group(1) : title;
        String withoutNote = NOTE.matcher(title).replaceAll(" ");
        Set<String> named = grams(withoutNote);
        // a name of one word alone ("首页") matches too much
        named = named.size() < 2 ? wanted : named;
        Set<String> names = new HashSet<>(List.of(normal(title), normal(name), normal(withoutNote)));
        for (Matcher note = NOTE.matcher(title); note.find(); ) {
            names.add(normal(note.group()));
        }
        names.remove("");
        int best = -1;
        double bestScore = 0.5;
        for (int i = 0; i < blocks.size(); i++) {
            if (used[i]) {
                continue;
            }
            InterfaceBlock block = blocks.get(i);
            String candidate = block.title() + " " + block.text().lines().findFirst().orElse("");
            Set<String> written = grams(candidate);
            double score = Math.max(overlap(wanted, written), overlap(named, written));
            // the name exactly, when the listed title goes on to say what it does ("touchStart：手指接触屏幕的初始点"),
            // or with its note in brackets left out ("聊天（向好友发送信息）"), or the note when it is the document's
            // own name for the interface ("Sign in (Log In)")
            if (names.contains(normal(block.title()))) {
                score = 2;
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static double overlap(Set<String> wanted, Set<String> candidate) {
        if (wanted.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : wanted) {
            common += candidate.contains(g) ? 1 : 0;
        }
        return (double) common / wanted.size();
    }

    /** English words and Chinese character pairs, lower case; "log in" and "login" are one word. */
    private static Set<String> grams(String text) {
        Set<String> grams = new HashSet<>();
        String joined = PHRASAL_VERB.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("$1$2");
        for (String token : NOT_A_WORD.split(joined)) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i + 1 < token.length(); i++) {
                    grams.add(token.substring(i, i + 2));
                }
                if (token.length() == 1) {
                    grams.add(token);
                }
            } else if (token.length() > 2) {
                grams.add(stem(token));
            }
        }
        return grams;
    }

    /**
     * An English word without its inflection, so that a listed "Delete a recipe" is the document's "Deleting
     * recipes": -ing, -ed, a plural's -s or -es, then a final -e; and the noun a verb makes with -ment, so that a
     * listed "manage shifts" is the document's "Shift Management".
     */
    static String stem(String word) {
        String stem = word;
        // the plural first: "bookings" is "booking" before it is "book"
        if (stem.length() > 4 && stem.endsWith("ies")) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss")) {
            stem = stem.substring(0, stem.length() - (stem.endsWith("es") ? 2 : 1));
        }
        if (stem.length() > 7 && stem.endsWith("ment")) {
            stem = stem.substring(0, stem.length() - 4);
        }
        if (stem.length() > 5 && stem.endsWith("ing")) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.length() > 4 && stem.endsWith("ed")) {
            stem = stem.substring(0, stem.length() - 2);
        }
        return stem.length() > 3 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static String normal(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private boolean openApiValid(Document document, List<InterfaceSpec> specs) {
        List<DocumentResult.InterfaceResult> interfaces = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            interfaces.add(new DocumentResult.InterfaceResult(i, document.blocks().get(i).title(), specs.get(i),
                    new DocumentResult.Source("local", "local-extractor", "miss", false, 0, 0, null, null)));
        }
        DocumentResult result = new DocumentResult(
                new DocumentResult.DocumentInfo(document.name(), document.sha256(), document.format().id(),
                        document.title()),
                DocumentResult.Status.COMPLETED, interfaces, List.of(), List.of(),
                new DocumentResult.Stats(specs.size(), specs.size(), 0, 0, 0, 0, 0, new DocumentResult.Tokens(0, 0),
                        0, 0, Map.of(), 0),
                Instant.EPOCH);
        String yaml = new String(openApi.toYaml(result), StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        return parsed.getOpenAPI() != null && (parsed.getMessages() == null || parsed.getMessages().isEmpty());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
