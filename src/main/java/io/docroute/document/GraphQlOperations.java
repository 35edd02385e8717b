package io.docroute.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The operations a GraphQL API's documentation lists under its {@code Queries} and {@code Mutations}: each field
 * signature there ({@code productCreate(input: ProductCreateInput!): ProductCreatePayload}, {@code calculatorResults:
 * [CalculatorResult!]!}) is one operation, the lines below it (what it does, its arguments, its answer) its notes;
 * the object types the document describes beside them are no operations. Read from the document's lines, as a Word
 * page or an SDL listing ({@code type Query {}) writes them: a schema parser would refuse the prose between them.
 */
final class GraphQlOperations {

    // the label of the root type whose fields are the operations: "Mutations", "## Queries", "type Query {"
    private static final Pattern ROOT_TYPE = Pattern.compile(
            "^(?:#{1,6}\\s*)?(?:(?:extend\\s+)?type\\s+)?(?i:quer(?:y|ies)|mutations?|subscriptions?)\\s*[{:]?$");
    // a field's signature: its name, its arguments, its type ("products(limit: Int = 10): [Product!]!")
    private static final Pattern SIGNATURE = Pattern.compile(
            "^([a-z_][A-Za-z0-9_]*)\\s*(?:\\([^()]*\\))?\\s*:\\s*\\[?[A-Z][A-Za-z0-9_]*!?]?!?$");
    // what ends the root types' fields: another chapter of the schema, or an SDL type's closing brace
    private static final Pattern OTHER_PART = Pattern.compile(
            "^(?:#{1,6}\\s*)?(?:(?i:types?|object\\s+types|input\\s+types|inputs|enums?|scalars|interfaces|unions"
                    + "|directives)|(?:type|input|enum|interface|union|scalar)\\s+[A-Z]\\w*.*)$|^}$");
    private static final int MIN_OPERATIONS = 2;

    /** An operation: its field's name, and the signature line with the notes below it. */
    record Operation(String title, List<String> lines) {
    }

    private GraphQlOperations() {
    }

    /** The operations the lines list; empty when they list fewer than two. */
    static List<Operation> read(List<String> lines) {
        List<Operation> operations = new ArrayList<>();
        boolean inRoot = false;
        List<String> open = null;
        for (String written : lines) {
            String line = Text.clean(written);
            if (ROOT_TYPE.matcher(line).matches()) {
                inRoot = true;
                open = null;
            } else if (OTHER_PART.matcher(line).matches()) {
                inRoot = false;
                open = null;
            } else if (inRoot && SIGNATURE.matcher(line).matches()) {
                open = new ArrayList<>(List.of(line));
                operations.add(new Operation(line.split("[\\s(:]", 2)[0], open));
            } else if (open != null && !line.isEmpty()) {
                open.add(line);
            }
        }
        // each operation's notes were gathered after it was opened; they are fixed now
        return operations.size() < MIN_OPERATIONS ? List.of()
                : operations.stream().map(op -> new Operation(op.title(), List.copyOf(op.lines()))).toList();
    }
}
