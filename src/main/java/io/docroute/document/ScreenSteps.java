package io.docroute.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of a screen walk-through as the operation it performs, the way requirement documents describe a
 * screen instead of its interfaces: "点击添加按钮，添加新用户信息；", "点击修改按钮，进入修改页面，对用户信息进行修改",
 * "选择起止时间和状态，可以搜索符合条件的记录", "点击图表图标，即可生成消费统计图", "Click Save to store the draft". The line
 * must open with a gesture (click, tap, swipe, select) and name an operation the vocabulary knows in what follows;
 * a gesture that leads nowhere known ("点击统计图会出现详情") is no operation.
 */
final class ScreenSteps {

    // a gesture, after at most a short subject or place: "点击", "管理员点击", "账目名称栏左滑", "Click", "The user taps"
    private static final Pattern CHINESE_GESTURE = Pattern.compile(
            "^[^，,。；;：:]{0,8}?(?:(点击|单击|双击|长按)|左滑|右滑|勾选|选择)");
    private static final Pattern ENGLISH_GESTURE = Pattern.compile(
            "^(?:(?:the\\s+)?(?:user|admin|administrator)\\s+)?(?:click|tap|press|select|swipe)(?:s|es)?\\s+(?:on\\s+)?",
            Pattern.CASE_INSENSITIVE);
    // "… to add a new user", "…, which opens": the outcome of an English gesture
    private static final Pattern ENGLISH_OUTCOME = Pattern.compile("\\s(?:to|and)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE = Pattern.compile("[，,。；;：:!！?？]|\\.(?=\\s|$)");
    // what a Chinese clause says before the operation: "可以完成删除…", "即可生成…", "进行部门信息添加"
    private static final Pattern FRAME = Pattern.compile("^(?:可以|即可|就能|就可以|能够|可|来|以|完成|实现|进行|会)+");
    // the outcome inside the gesture's own clause: "左滑可以实现重命名", "点击垃圾桶图标即可实现一键删除"
    private static final Pattern INNER_OUTCOME = Pattern.compile("(?:即可|可以|就能|就可以)");
    // "对用户信息进行修改" → 修改用户信息; "加班申请的添加" → 添加加班申请; "单个类别删除操作" → 删除单个类别
    private static final Pattern OBJECT_FIRST = Pattern.compile("^对(.{1,16}?)进行(\\p{IsHan}{2})$");
    // "将历史记录删除" → 删除历史记录: the object put first by 将 or 把
    private static final Pattern PUT_FIRST = Pattern.compile("^[将把](.{1,16}?)(\\p{IsHan}{2})$");
    private static final Pattern OWNED_OPERATION = Pattern.compile("^(.{1,16}?)的(\\p{IsHan}{2})(?:操作)?$");
    private static final Pattern TRAILING_OPERATION = Pattern.compile("^(.{1,16}?)(\\p{IsHan}{2})(?:操作)?$");
    // what a gesture acts on: "添加按钮", "垃圾桶图标", "记住密码复选框"
    private static final Pattern CONTROL = Pattern.compile("(?:按钮|按键|图标|链接|复选框|选项|菜单|键)$");
    private static final int MAX_OPERATION_LENGTH = 30;
    private static final int MAX_CONTROL_LENGTH = 10;
    private static final int MAX_ENGLISH_WORDS = 10;

    private ScreenSteps() {
    }

    /** The operation a walk-through line performs ("添加新用户信息", "add a new user"), or empty. */
    static Optional<String> operation(String line, Predicate<String> opensWithOperation) {
        Matcher chinese = CHINESE_GESTURE.matcher(line);
        if (chinese.lookingAt()) {
            return chineseOperation(line.substring(chinese.end()), chinese.group(1) != null, opensWithOperation);
        }
        Matcher english = ENGLISH_GESTURE.matcher(line);
        if (english.lookingAt()) {
            Matcher outcome = ENGLISH_OUTCOME.matcher(CLAUSE.split(line.substring(english.end()), 2)[0]);
            if (outcome.find()) {
                String phrase = outcome.group(1).strip();
                if (phrase.split("\\s+").length <= MAX_ENGLISH_WORDS && opensWithOperation.test(phrase)) {
                    return Optional.of(phrase);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first clause after the gesture that states an operation, else the control a click names ("点击添加休假");
     * what is selected ("选择冻结的商品") is a choice, not an operation.
     */
    private static Optional<String> chineseOperation(String rest, boolean click, Predicate<String> opensWithOperation) {
        String[] clauses = CLAUSE.split(rest);
        List<String> outcomes = new ArrayList<>();
        Matcher inner = INNER_OUTCOME.matcher(clauses[0]);
        if (inner.find()) {
            outcomes.add(clauses[0].substring(inner.end()));
        }
        for (int i = 1; i < clauses.length; i++) {
            outcomes.add(clauses[i]);
        }
        for (String outcome : outcomes) {
            Optional<String> operation = reordered(FRAME.matcher(outcome.strip()).replaceFirst(""), opensWithOperation);
            if (operation.isPresent()) {
                return operation;
            }
        }
        String control = CONTROL.matcher(clauses[0].strip()).replaceFirst("");
        return click && outcomes.isEmpty() && control.length() <= MAX_CONTROL_LENGTH && opensWithOperation.test(control)
                ? Optional.of(control) : Optional.empty();
    }

    /** The phrase with its operation first, or empty when it names none. */
    private static Optional<String> reordered(String phrase, Predicate<String> opensWithOperation) {
        if (phrase.isEmpty() || phrase.length() > MAX_OPERATION_LENGTH) {
            return Optional.empty();
        }
        Matcher object = OBJECT_FIRST.matcher(phrase);
        if (object.matches() && opensWithOperation.test(object.group(2))) {
            return Optional.of(object.group(2) + object.group(1));
        }
        Matcher put = PUT_FIRST.matcher(phrase);
        if (put.matches()) {
            return opensWithOperation.test(put.group(2)) ? Optional.of(put.group(2) + put.group(1)) : Optional.empty();
        }
        if (opensWithOperation.test(phrase)) {
            return Optional.of(phrase);
        }
        for (Pattern objectFirst : List.of(OWNED_OPERATION, TRAILING_OPERATION)) {
            Matcher m = objectFirst.matcher(phrase);
            if (m.matches() && opensWithOperation.test(m.group(2))) {
                return Optional.of(m.group(2) + m.group(1));
            }
        }
        return Optional.empty();
    }
}
