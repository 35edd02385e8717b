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
    // a list's first item on the line of the label that opens the list: "Flow: 1. the user closes the program"
    private static final Pattern LABELLED_ITEM = Pattern.compile("^[^:：]{1,30}[:：]\\s*(\\d{1,2})[.)]\\s*\\S");

    // a section's number of two levels or more: "3.1.1 注册方式", "4.2 安全需求"
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s*\\S");
    // a list's number in Chinese brackets, one level above a list's "1.": "（一）会话初始化"
    private static final Pattern GROUP_NUMBER = Pattern.compile("^[（(]([一二三四五六七八九十])[)）]");
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    private NumberedSections() {
    }

    /**
     * The outline with its list-numbered headings where they belong: lines of the list the line above them opened
     * ({@link #continuingTheirList}), under the numbered section they stand above ({@link #underTheirSection}), under
     * the title they follow ({@link #underTheirTitle}).
     */
    static Outline inPlace(Outline outline) {
        return underTheirTitle(underTheirSection(continuingTheirList(outline)));
    }

    /**
     * The outline with the headings that go on with a list the line above them opened ("Flow: 1. The system asks the
     * user to choose a file" over "# 2. The user enters the file path", "# 3. The system loads the file", as a Word
     * list styled as headings gives them) put back as that list's lines.
     */
    private static Outline continuingTheirList(Outline outline) {
        List<Outline.Section> sections = new ArrayList<>();
        boolean changed = false;
        // whether the last section ends with a heading put back: the list may go on from it without its label
        boolean goingOn = false;
        for (Outline.Section section : outline.sections()) {
            Matcher listed = LIST_NUMBER.matcher(Text.clean(section.heading()));
            Outline.Section previous = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (previous != null && section.level() > 0 && listed.lookingAt()
                    && endsItem(previous, Integer.parseInt(listed.group(1)) - 1, goingOn)) {
                List<Outline.Part> parts = new ArrayList<>(previous.parts());
                parts.add(new Outline.Line(Text.clean(section.heading())));
                parts.addAll(section.parts());
                sections.set(sections.size() - 1, new Outline.Section(previous.level(), previous.heading(), parts));
                changed = true;
                goingOn = true;
            } else {
                sections.add(section);
                goingOn = false;
            }
        }
        return changed ? new Outline(sections) : outline;
    }

    /**
     * Whether a section's last line is item {@code number} of a list: after the label that opens the list ("Flow: 1.
     * …"), or alone where the list goes on.
     */
    private static boolean endsItem(Outline.Section section, int number, boolean goingOn) {
        List<Outline.Part> parts = section.parts();
        if (parts.isEmpty() || !(parts.get(parts.size() - 1) instanceof Outline.Line last)) {
            return false;
        }
        Matcher item = (goingOn ? LIST_NUMBER : LABELLED_ITEM).matcher(Text.clean(last.text()));
        return item.lookingAt() && Integer.parseInt(item.group(1)) == number;
    }

    /**
     * The outline with the headings numbered as a list from its first item ("（一）会话初始化", "1. 唯一性校验：…") that
     * stand two levels or more above the section numbered before them ("##### 3.1.1 注册方式" over "### 1. …", as a
     * PDF's bookmarks give a Typora export's lists) put back under it: a list's items open no sections beside the
     * chapters. A number that goes on from the chapters' ("## 3. 非功能需求" after "## 2. 功能需求") is the next one.
     */
    private static Outline underTheirSection(Outline outline) {
        List<Outline.Section> sections = new ArrayList<>(outline.sections());
        boolean changed = false;
        int section = 0;
        int item = 1;
        int group = 1;
        for (int i = 0; i < sections.size(); i++) {
            Outline.Section heading = sections.get(i);
            if (heading.level() == 0) {
                continue;
            }
            String title = Text.clean(heading.heading());
            Matcher listed = LIST_NUMBER.matcher(title);
            Matcher groupNumber = GROUP_NUMBER.matcher(title);
            boolean nextGroup = groupNumber.lookingAt()
                    && CHINESE_DIGITS.indexOf(groupNumber.group(1).charAt(0)) + 1 == group;
            boolean nextItem = listed.lookingAt() && Integer.parseInt(listed.group(1)) == item;
            if (SECTION_NUMBER.matcher(title).lookingAt()) {
                section = heading.level();
                item = 1;
                group = 1;
            } else if (section > 0 && heading.level() <= section - 2 && (nextGroup || nextItem)) {
                // (an item of a group, "1." under "（一）", one level further down)
                int level = Math.min(6, section + (nextGroup || group == 1 ? 1 : 2));
                group += nextGroup ? 1 : 0;
                item = nextGroup ? 1 : item + 1;
                sections.set(i, new Outline.Section(level, heading.heading(), heading.parts()));
                changed = true;
            } else if (heading.level() <= section) {
                section = 0;
            }
        }
        return changed ? new Outline(sections) : outline;
    }

    /**
     * The outline with the sections numbered 1, 2, 3 … right after an unnumbered heading of their own level with
     * nothing under it ("# Functional Requirements" over "# 1. Project Creation & Management", "# 2. Task
     * Assignment") one level under it.
     */
    private static Outline underTheirTitle(Outline outline) {
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
