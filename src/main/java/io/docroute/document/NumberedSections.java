package io.docroute.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections numbered as a list numbers its items ("1. ", "2) "), where the outline gives them a level they do not have:
 * at the level of the title they stand under, as a Markdown file or a Word list may write them.
 */
final class NumberedSections {

    // a list item's number, one level ("1. Actor: Guest", "2) System: …"), unlike a section's ("2.4", "3 Overview")
    static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,2})[.)]\\s");
    private static final int MIN_NUMBERED_SECTIONS = 3;

    private NumberedSections() {
    }

    /**
     * The outline with the sections numbered 1, 2, 3 … right after an unnumbered heading of their own level with
     * nothing under it ("# Functional Requirements" over "# 1. Project Creation & Management", "# 2. Task
     * Assignment") one level under it.
     */
    static Outline underTheirTitle(Outline outline) {
        List<Outline.Section> sections = new ArrayList<>(outline.sections());
        boolean changed = false;
        for (int i = 0; i + 1 < sections.size(); i++) {
            Outline.Section title = sections.get(i);
            if (title.level() == 0 || title.level() >= 6 || !title.parts().isEmpty()
                    || !Headings.withoutNumbering(title.heading()).equals(Text.clean(title.heading()))) {
                continue;
            }
            int expected = 1;
            int end = i + 1;
            for (int j = i + 1; j < sections.size(); j++) {
                Outline.Section section = sections.get(j);
                if (section.level() > title.level()) {
                    continue;
                }
                Matcher number = LIST_NUMBER.matcher(section.heading());
                if (section.level() < title.level() || !number.lookingAt()
                        || Integer.parseInt(number.group(1)) != expected) {
                    break;
                }
                expected++;
                end = j + 1;
                while (end < sections.size() && sections.get(end).level() > title.level()) {
                    end++;
                }
            }
            if (expected - 1 >= MIN_NUMBERED_SECTIONS) {
                for (int j = i + 1; j < end; j++) {
                    Outline.Section section = sections.get(j);
                    sections.set(j, new Outline.Section(Math.min(6, section.level() + 1), section.heading(),
                            section.parts()));
                }
                changed = true;
                i = end - 1;
            }
        }
        return changed ? new Outline(sections) : outline;
    }
}
