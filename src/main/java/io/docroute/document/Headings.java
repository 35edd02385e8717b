package io.docroute.document;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading heading text: numbering prefixes and the action words that mark an interface title. */
final class Headings {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\d{1,3}(?:[.．]\\d{1,3})+[.．]?(?=\\s|$)|\\d{1,3}[.．、](?!\\d)"
                    + "|[一二三四五六七八九十百零]{1,4}[、.．]|[（(][一二三四五六七八九十百零\\d]{1,4}[)）])\\s*");

    private static final List<String> CHINESE_ACTIONS = List.of(
            "查询", "列表", "详情", "新增", "添加", "创建", "修改", "编辑", "更新", "删除",
            "导出", "导入", "统计", "禁用", "启用", "取消", "审核");

    // whole words so that "Checklist" or "Budget" do not count, while "Lists" or "Updating" do
    private static final Pattern ENGLISH_ACTION = Pattern.compile(
            "\\b(?:list(?:s|ed|ing)?|gets?|creat(?:e|es|ed|ing)|add(?:s|ed|ing)?|updat(?:e|es|ed|ing)"
                    + "|edit(?:s|ed|ing)?|delet(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|export(?:s|ed|ing)?"
                    + "|import(?:s|ed|ing)?|statistics|stats|disabl(?:e|es|ed|ing)|enabl(?:e|es|ed|ing)"
                    + "|cancel(?:s|ed|led|ing|ling)?|details?)\\b",
            Pattern.CASE_INSENSITIVE);

    private Headings() {
    }

    /** {@code "1. 用户列表"} → {@code "用户列表"}; also {@code 1、}, {@code 1.2}, {@code 一、} and {@code （一）}. */
    static String stripNumbering(String heading) {
        String cleaned = Text.clean(heading);
        Matcher m = NUMBERING.matcher(cleaned);
        if (m.find()) {
            String rest = Text.clean(cleaned.substring(m.end()));
            if (!rest.isEmpty()) {
                return rest;
            }
        }
        return cleaned;
    }

    /** Whether a title names an operation, e.g. "用户列表", "新增用户" or "List products". */
    static boolean hasActionWord(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (String word : CHINESE_ACTIONS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return ENGLISH_ACTION.matcher(lower).find();
    }
}
