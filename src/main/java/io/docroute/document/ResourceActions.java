package io.docroute.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endpoint stated over a resource and its actions: the resource names the path, each action beneath it only the
 * method. API Blueprint writes the actions as headings ({@code ## 课程列表 [/api/courses/]} over
 * {@code ### 新建课程 [POST]}), read as stating both ({@code 新建课程 [POST /api/courses/]}); a README may write
 * them as a table's rows under a heading that is the path alone ({@code ### /api/students/} over
 * {@code Method | Description} and {@code GET | Retrieves all students.}), each row read as a section of its own
 * ({@code GET /api/students/} over its description). Everything else stays as written.
 */
final class ResourceActions {

    private static final Pattern RESOURCE = Pattern.compile("^.*?\\s*\\[(/[^\\]\\s]*)]$");
    private static final Pattern ACTION = Pattern.compile("^(.*?)\\s*\\[(GET|POST|PUT|PATCH|DELETE)]$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH_ALONE = Pattern.compile("^`*(/[^\\s`]*)`*$");
    private static final Pattern METHOD_HEADER = Pattern.compile("^(?:method|http method|verb|方法|请求方式|请求方法)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern METHOD = Pattern.compile("^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$",
            Pattern.CASE_INSENSITIVE);

    private ResourceActions() {
    }

    /** The outline with each action under a resource stating the resource's path too. */
    static Outline withActionPaths(Outline outline) {
        Deque<Outline.Section> resources = new ArrayDeque<>();
        List<Outline.Section> sections = new ArrayList<>();
        boolean changed = false;
        for (Outline.Section section : outline.sections()) {
            while (!resources.isEmpty() && resources.peek().level() >= section.level()) {
                resources.pop();
            }
            Matcher action = ACTION.matcher(section.heading());
            if (action.matches() && !resources.isEmpty()) {
                Matcher resource = RESOURCE.matcher(resources.peek().heading());
                resource.matches();
                String heading = action.group(1) + " [" + action.group(2).toUpperCase(Locale.ROOT) + " "
                        + resource.group(1) + "]";
                sections.add(new Outline.Section(section.level(), heading, section.parts()));
                changed = true;
                continue;
            }
            if (section.level() > 0 && RESOURCE.matcher(section.heading()).matches()) {
                resources.push(section);
            }
            List<Outline.Section> rows = section.level() > 0 ? tabledActions(section) : List.of();
            changed |= !rows.isEmpty();
            sections.addAll(rows.isEmpty() ? List.of(section) : rows);
        }
        return changed ? new Outline(sections) : outline;
    }

    /**
     * A section titled by a path alone as itself without its table of methods, then a section for each of the
     * table's rows; nothing if it is not one.
     */
    private static List<Outline.Section> tabledActions(Outline.Section section) {
        Matcher path = PATH_ALONE.matcher(Text.clean(section.heading()));
        if (!path.matches()) {
            return List.of();
        }
        List<Outline.Part> parts = new ArrayList<>();
        List<Outline.Section> actions = new ArrayList<>();
        for (Outline.Part part : section.parts()) {
            List<Outline.Section> rows = part instanceof Outline.Table table ? actions(table, path.group(1),
                    section.level() + 1) : List.of();
            if (rows.isEmpty()) {
                parts.add(part);
            }
            actions.addAll(rows);
        }
        if (actions.isEmpty()) {
            return List.of();
        }
        List<Outline.Section> sections = new ArrayList<>();
        sections.add(new Outline.Section(section.level(), section.heading(), parts));
        sections.addAll(actions);
        return sections;
    }

    /** A table of methods ("Method | Description") as one section per row, "GET /path" over the row's other cells. */
    private static List<Outline.Section> actions(Outline.Table table, String path, int level) {
        List<List<String>> rows = table.rows();
        boolean methods = rows.size() > 1 && firstCell(rows.get(0), METHOD_HEADER)
                && rows.stream().skip(1).allMatch(row -> firstCell(row, METHOD));
        if (!methods) {
            return List.of();
        }
        List<Outline.Section> sections = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<Outline.Part> parts = row.stream().skip(1).map(Text::clean).filter(cell -> !cell.isEmpty())
                    .<Outline.Part>map(Outline.Line::new).toList();
            sections.add(new Outline.Section(level, Text.clean(row.get(0)).toUpperCase(Locale.ROOT) + " " + path,
                    parts));
        }
        return sections;
    }

    private static boolean firstCell(List<String> row, Pattern pattern) {
        return !row.isEmpty() && pattern.matcher(Text.clean(row.get(0))).matches();
    }
}
