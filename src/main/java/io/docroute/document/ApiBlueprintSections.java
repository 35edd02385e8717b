package io.docroute.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API Blueprint's way of stating an endpoint over two headings: a resource names the path
 * ({@code ## 课程列表 [/api/courses/]}) and each action beneath it only the method ({@code ### 新建课程 [POST]}). The
 * action's heading is read as stating both ({@code 新建课程 [POST /api/courses/]}); everything else stays as written.
 */
final class ApiBlueprintSections {

    private static final Pattern RESOURCE = Pattern.compile("^.*?\\s*\\[(/[^\\]\\s]*)]$");
    private static final Pattern ACTION = Pattern.compile("^(.*?)\\s*\\[(GET|POST|PUT|PATCH|DELETE)]$",
            Pattern.CASE_INSENSITIVE);

    private ApiBlueprintSections() {
    }

    /** The outline with each action heading under a resource heading stating the resource's path too. */
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
            sections.add(section);
        }
        return changed ? new Outline(sections) : outline;
    }
}
