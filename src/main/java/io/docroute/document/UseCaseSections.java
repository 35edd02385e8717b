package io.docroute.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A use case catalogue's use cases, each with everything written under it: a Word file may style any line of a use
 * case as a heading ({@code # 1. Use-Case: Register} over {@code # 1. Actor: Guest}, {@code # 2. Preconditions:
 * None} and {@code # 1. System: Checks for data validity}), so the headings between one use case's heading and the
 * next are lines of the first, down to a heading above the use case's level that is numbered as a section is, not
 * as a list item. A document with fewer than three use case headings, and every heading outside them, stays as
 * written, but for a heading numbered as a list item that is a sentence: a use case's step wherever it is.
 */
final class UseCaseSections {

    private static final int MIN_USE_CASES = 3;
    // a sentence's end closing a heading: "5. System saves the bug and assigns it a unique ID.", "… to "Resolved.""
    private static final Pattern SENTENCE = Pattern.compile("\\s\\S+\\s\\S+.*[^.\\s][.。][\"”]?$");

    private UseCaseSections() {
    }

    /**
     * The outline with the headings under each use case's heading read as its lines, and with each heading numbered as
     * a list item that is a sentence ("# 1. QA logs into the system.", a use case's step a Word file styles as a
     * heading) read as a line of the section above it.
     */
    static Outline withPartsInUseCases(Outline outline) {
        return withPartsUnderUseCases(withSentencesAsLines(outline));
    }

    /** The outline with each heading numbered as a list item that is a sentence a line of the section above it. */
    private static Outline withSentencesAsLines(Outline outline) {
        List<Outline.Section> sections = new ArrayList<>();
        for (Outline.Section section : outline.sections()) {
            if (!sections.isEmpty() && isNumberedSentence(section.heading())) {
                Outline.Section above = sections.remove(sections.size() - 1);
                List<Outline.Part> parts = new ArrayList<>(above.parts());
                parts.add(new Outline.Line(section.heading()));
                parts.addAll(section.parts());
                sections.add(new Outline.Section(above.level(), above.heading(), parts));
            } else {
                sections.add(section);
            }
        }
        return sections.size() == outline.sections().size() ? outline : new Outline(sections);
    }

    private static boolean isNumberedSentence(String heading) {
        return NumberedSections.LIST_NUMBER.matcher(heading).lookingAt() && SENTENCE.matcher(heading).find();
    }

    private static Outline withPartsUnderUseCases(Outline outline) {
        long useCases = outline.sections().stream().filter(UseCaseSections::isUseCase).count();
        if (useCases < MIN_USE_CASES) {
            return outline;
        }
        List<Outline.Section> sections = new ArrayList<>();
        Outline.Section open = null;
        List<Outline.Part> parts = new ArrayList<>();
        for (Outline.Section section : outline.sections()) {
            boolean under = open != null && !isUseCase(section)
                    && (section.level() >= open.level()
                            || NumberedSections.LIST_NUMBER.matcher(section.heading()).lookingAt());
            if (under) {
                parts.add(new Outline.Line(section.heading()));
                parts.addAll(section.parts());
                continue;
            }
            if (open != null) {
                sections.add(new Outline.Section(open.level(), open.heading(), parts));
            }
            open = isUseCase(section) ? section : null;
            parts = open != null ? new ArrayList<>(section.parts()) : new ArrayList<>();
            if (open == null) {
                sections.add(section);
            }
        }
        if (open != null) {
            sections.add(new Outline.Section(open.level(), open.heading(), parts));
        }
        return new Outline(sections);
    }

    private static boolean isUseCase(Outline.Section section) {
        return section.level() > 0 && RequirementItems.namesUseCase(section.heading());
    }
}
