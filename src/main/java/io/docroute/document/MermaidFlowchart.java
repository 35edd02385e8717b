package io.docroute.document;

import io.docroute.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features a Mermaid flowchart draws, as a README maps its product ({@code graph LR; A[用户] --> AA[注册]},
 * subgraphs per area): each node that no edge leads on from is a feature, named with the node it hangs from when
 * that is no root of the chart ({@code 收藏} → {@code 文章}: 收藏文章) and the name does not hold it already.
 * Mermaid has no Java reader; the subset a feature map uses (nodes, labelled edges, subgraphs) is read here.
 */
final class MermaidFlowchart {

    private static final Pattern START = Pattern.compile("^(?:graph|flowchart)\\s+(?:TB|TD|BT|RL|LR)\\b.*");
    // a node, its label in brackets of any shape: A[用户], B{校园邮箱}, C(发布), D((圆)), E>旗], F[[子程序]]
    private static final Pattern NODE = Pattern.compile(
            "^([A-Za-z_]\\w*)\\s*(?:(?:\\[\\[?|\\(\\(?|\\{\\{?|>)([^\\[\\](){}]*)(?:]]?|\\)\\)?|}}?))?\\s*;?$");
    // an edge, with or without its label: -->, ---, -.->, ==>, --text-->, -->|是|
    private static final Pattern ARROW = Pattern.compile(
            "\\s*(?:-->|---|-\\.->|==>|--[^->|]+-->)\\s*(?:\\|[^|]*\\|\\s*)?");
    private static final Set<String> KEYWORDS = Set.of("subgraph", "end", "direction", "style", "classDef", "class",
            "click", "linkStyle");
    private static final int MIN_FEATURES = 3;

    /** A feature: its title and the chart line that draws it. */
    record Feature(String title, String line) {
    }

    private MermaidFlowchart() {
    }

    /** The features of the first flowchart in the lines; empty when there is none or it draws fewer than three. */
    static List<Feature> features(List<String> lines) {
        Map<String, String> labels = new HashMap<>();
        Map<String, String> drawnOn = new LinkedHashMap<>();
        Map<String, String> parent = new HashMap<>();
        Set<String> leading = new HashSet<>();
        boolean inChart = false;
        for (String written : lines) {
            String line = Text.clean(written);
            if (!inChart) {
                inChart = START.matcher(line).matches();
                continue;
            }
            if (line.isEmpty() || line.startsWith("%%") || KEYWORDS.contains(line.split("\\s+", 2)[0])) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (String part : ARROW.split(line)) {
                Matcher node = NODE.matcher(part.strip());
                if (!node.matches()) {
                    // the chart ends where a line is no part of it
                    return features(labels, drawnOn, parent, leading);
                }
                ids.add(node.group(1));
                if (node.group(2) != null && !node.group(2).isBlank()) {
                    labels.putIfAbsent(node.group(1), node.group(2).strip());
                }
            }
            for (int i = 1; i < ids.size(); i++) {
                String from = ids.get(i - 1);
                String to = ids.get(i);
                if (!from.equals(to)) {
                    leading.add(from);
                    parent.putIfAbsent(to, from);
                    drawnOn.putIfAbsent(to, line);
                }
            }
        }
        return features(labels, drawnOn, parent, leading);
    }

    private static List<Feature> features(Map<String, String> labels, Map<String, String> drawnOn,
                                          Map<String, String> parent, Set<String> leading) {
        List<Feature> features = new ArrayList<>();
        drawnOn.forEach((id, line) -> {
            if (!leading.contains(id) && labels.containsKey(id)) {
                String above = parent.get(id);
                boolean root = !parent.containsKey(above);
                String name = labels.get(id);
                // a name that holds its parent's ("课程" → "发布课程") says it already
                boolean alone = root || !labels.containsKey(above) || name.contains(labels.get(above));
                features.add(new Feature(alone ? name : joined(labels.get(above), name), line));
            }
        });
        return features.size() < MIN_FEATURES ? List.of() : features;
    }

    /** Two names as one: side by side in Chinese ("收藏" "文章": 收藏文章), with a space between other words. */
    private static String joined(String first, String second) {
        boolean han = Vocabulary.containsHan(first.substring(first.length() - 1))
                && Vocabulary.containsHan(second.substring(0, 1));
        return han ? first + second : first + " " + second;
    }
}
