package io.docroute.extraction;

import io.docroute.vocabulary.Vocabulary;
import io.docroute.vocabulary.Vocabulary.Action;
import io.docroute.vocabulary.Vocabulary.ActionWord;
import io.docroute.vocabulary.Vocabulary.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which action an interface title names, on which entity, and in English an optional sub-resource.
 *
 * <p>Chinese titles: every action word counts wherever it stands (用户列表, 新增用户, 订单导出); generic read verbs
 * (查询, 获取, 查看) yield to any other action word, actions with their own path (导出, 统计, 禁用...) beat plain
 * CRUD, then the longer word, then the earlier one. The last entity named wins (修改商品库存 acts on stock).
 *
 * <p>English titles: the earliest action word wins, generic read verbs (get, view, show, query, new) only when
 * nothing else is named. The first entity named is the resource. A plain noun right after it is a sub-resource:
 * "Update order address" acts on {@code /orders/{orderId}/address}. With no known entity the last noun-like word
 * of the title is taken as the entity ("List widgets" → widgets).
 */
final class TitleReader {

    private static final Pattern ENGLISH_TOKEN = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern NOUN = Pattern.compile("[a-z]{2,}");

    /** The action, the entity it acts on and, when the title names one, a sub-resource path segment. */
    record Intent(Action action, Entity entity, String subResource) {
    }

    private record Reading(Action action, Entity entity, String subResource, Entity guessedEntity) {

        static final Reading NONE = new Reading(null, null, null, null);
    }

    private final Vocabulary vocabulary;

    TitleReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Reads the title; the action or entity it lacks is taken from {@code fallbackLine} (a line of the block's
     * prose). Either may be null when neither names one: the extractor has its own fallbacks.
     */
    Intent read(String title, String fallbackLine) {
        Reading fromTitle = reading(title);
        Reading fromLine = fallbackLine == null || fallbackLine.isBlank() ? Reading.NONE : reading(fallbackLine);
        Action action = fromTitle.action() != null ? fromTitle.action() : fromLine.action();
        if (fromTitle.entity() != null) {
            return new Intent(action, fromTitle.entity(), fromTitle.subResource());
        }
        Entity entity = fromTitle.guessedEntity() != null ? fromTitle.guessedEntity() : fromLine.entity();
        return new Intent(action, entity, null);
    }

    private Reading reading(String text) {
        return Vocabulary.containsHan(text) ? chinese(text) : english(text);
    }

    private Reading chinese(String text) {
        record Found(ActionWord word, int at) {
        }
        List<Found> found = new ArrayList<>();
        for (ActionWord word : vocabulary.actionWords()) {
            if (!word.chinese()) {
                continue;
            }
            for (int at = text.indexOf(word.word()); at >= 0; at = text.indexOf(word.word(), at + 1)) {
                found.add(new Found(word, at));
            }
        }
        boolean anyStrong = found.stream().anyMatch(f -> !f.word().weak());
        Action action = found.stream()
                .filter(f -> !anyStrong || !f.word().weak())
                .min(Comparator.comparing((Found f) -> !f.word().action().specific())
                        .thenComparing(f -> -f.word().word().length())
                        .thenComparing(Found::at))
                .map(f -> f.word().action())
                .orElse(null);
        return new Reading(action, lastChineseEntity(text), null, null);
    }

    private Entity lastChineseEntity(String text) {
        Entity last = null;
        int at = 0;
        while (at < text.length()) {
            Entity longest = null;
            for (Entity entity : vocabulary.entities()) {
                if (text.startsWith(entity.chinese(), at)
                        && (longest == null || entity.chinese().length() > longest.chinese().length())) {
                    longest = entity;
                }
            }
            if (longest != null) {
                last = longest;
                at += longest.chinese().length();
            } else {
                at++;
            }
        }
        return last;
    }

    private Reading english(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = ENGLISH_TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        int actionAt = englishActionIndex(tokens);
        Action action = actionAt < 0 ? null : vocabulary.actionWord(tokens.get(actionAt)).orElseThrow().action();

        for (int i = 0; i < tokens.size(); i++) {
            if (i == actionAt) {
                continue;
            }
            int end = i;
            Optional<Entity> entity = Optional.empty();
            if (i + 1 < tokens.size() && i + 1 != actionAt) {
                entity = vocabulary.entityByEnglish(tokens.get(i) + " " + tokens.get(i + 1));
                end = i + 2;
            }
            if (entity.isEmpty()) {
                entity = vocabulary.entityByEnglish(tokens.get(i));
                end = i + 1;
            }
            if (entity.isPresent()) {
                String sub = end < tokens.size() && end != actionAt && isPlainNoun(tokens, end) ? tokens.get(end) : null;
                return new Reading(action, entity.get(), sub, null);
            }
        }
        Entity guessed = null;
        for (int i = tokens.size() - 1; i >= 0 && guessed == null; i--) {
            if (i != actionAt && isPlainNoun(tokens, i)) {
                guessed = Vocabulary.guessEntity(tokens.get(i));
            }
        }
        return new Reading(action, null, null, guessed);
    }

    private int englishActionIndex(List<String> tokens) {
        int weakAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!isActionToken(tokens, i)) {
                continue;
            }
            if (!vocabulary.actionWord(tokens.get(i)).orElseThrow().weak()) {
                return i;
            }
            if (weakAt < 0) {
                weakAt = i;
            }
        }
        return weakAt;
    }

    // "review" is both a verb and a noun: it is the verb only when it opens a title that names another entity
    private boolean isActionToken(List<String> tokens, int i) {
        if (vocabulary.actionWord(tokens.get(i)).isEmpty()) {
            return false;
        }
        if (vocabulary.entityByEnglish(tokens.get(i)).isEmpty()) {
            return true;
        }
        if (i != 0) {
            return false;
        }
        for (int j = 1; j < tokens.size(); j++) {
            if (vocabulary.entityByEnglish(tokens.get(j)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlainNoun(List<String> tokens, int i) {
        String token = tokens.get(i);
        return NOUN.matcher(token).matches()
                && !vocabulary.isStopWord(token)
                && !vocabulary.isFormatWord(token)
                && !isActionToken(tokens, i);
    }
}
