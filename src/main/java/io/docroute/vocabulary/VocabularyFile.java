package io.docroute.vocabulary;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.docroute.vocabulary.Vocabulary.Action;
import io.docroute.vocabulary.Vocabulary.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** The shape of {@code config/vocabulary.yaml}, as written; {@link Vocabulary} indexes it. */
record VocabularyFile(Map<Action, Words> actions, List<String> operations, List<String> managed,
                      SignIn signIn, List<List<String>> entities,
                      SameOperation sameOperation, List<String> stopWords, List<String> formatWords,
                      List<String> nothingWords, Sections sections, Columns columns) {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    VocabularyFile {
        actions = actions == null ? Map.of() : actions;
        operations = operations == null ? List.of() : operations;
        managed = managed == null ? List.of() : managed;
        signIn = signIn == null ? new SignIn(null, null) : signIn;
        entities = entities == null ? List.of() : entities;
        sameOperation = sameOperation == null ? new SameOperation(null, null) : sameOperation;
        sections = sections == null ? new Sections(null, null, null, null, null, null) : sections;
        columns = columns == null ? new Columns(null, null, null, null, null) : columns;
    }

    static VocabularyFile read(InputStream in) throws IOException {
        return YAML.readValue(in, VocabularyFile.class);
    }

    record Words(List<String> strong, List<String> weak) {

        Words {
            strong = strong == null ? List.of() : strong;
            weak = weak == null ? List.of() : weak;
        }
    }

    record SignIn(Map<String, List<String>> operations, List<String> who) {

        SignIn {
            operations = operations == null ? Map.of() : operations;
            who = who == null ? List.of() : who;
        }
    }

    record SameOperation(List<List<String>> groups, List<String> fillers) {

        SameOperation {
            groups = groups == null ? List.of() : groups;
            fillers = fillers == null ? List.of() : fillers;
        }
    }

    record Sections(List<String> context, List<String> requirements, List<String> placeholders,
                    List<String> references, List<String> exceptions, Map<Part, List<String>> parts) {

        Sections {
            context = context == null ? List.of() : context;
            references = references == null ? List.of() : references;
            exceptions = exceptions == null ? List.of() : exceptions;
            requirements = requirements == null ? List.of() : requirements;
            placeholders = placeholders == null ? List.of() : placeholders;
            parts = parts == null ? Map.of() : parts;
        }
    }

    record Columns(List<String> name, List<String> type, List<String> required, List<String> description,
                   List<String> yes) {

        Columns {
            name = name == null ? List.of() : name;
            type = type == null ? List.of() : type;
            required = required == null ? List.of() : required;
            description = description == null ? List.of() : description;
            yes = yes == null ? List.of() : yes;
        }
    }
}
