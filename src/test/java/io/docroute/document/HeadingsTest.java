package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingsTest {

    @Test
    void leadingNumberingIsStrippedFromTitles() {
        assertThat(Headings.stripNumbering("1. 用户列表")).isEqualTo("用户列表");
        assertThat(Headings.stripNumbering("10、修改库存")).isEqualTo("修改库存");
        assertThat(Headings.stripNumbering("1.2 订单导出")).isEqualTo("订单导出");
        assertThat(Headings.stripNumbering("2.3、商品自提核销")).isEqualTo("商品自提核销");
        // a PDF's text layer may write a digit in its full-width form
        assertThat(Headings.stripNumbering("3.2.２ 回答题目")).isEqualTo("回答题目");
        assertThat(Headings.stripNumbering("3.1.2 、后台管理系统")).isEqualTo("后台管理系统");
        assertThat(Headings.stripNumbering("2.3.1. 销售统计")).isEqualTo("销售统计");
        // a section number typed against its Chinese title
        assertThat(Headings.stripNumbering("2.3假定和约束")).isEqualTo("假定和约束");
        // a chapter's number without its point
        assertThat(Headings.stripNumbering("5 Architecture")).isEqualTo("Architecture");
        assertThat(Headings.stripNumbering("2 系统管理员")).isEqualTo("系统管理员");
        assertThat(Headings.stripNumbering("一、会员列表")).isEqualTo("会员列表");
        assertThat(Headings.stripNumbering("（二）新增会员")).isEqualTo("新增会员");
        assertThat(Headings.stripNumbering("3) 删除会员")).isEqualTo("删除会员");
        assertThat(Headings.stripNumbering("\u3000List users ")).isEqualTo("List users");
        // a list item's line as a title: "- 增加：" over its interface's lines
        assertThat(Headings.stripNumbering("- 增加：")).isEqualTo("增加");
    }

    @Test
    void numbersThatArePartOfTheTitleStay() {
        assertThat(Headings.stripNumbering("2024 年度统计")).isEqualTo("2024 年度统计");
        assertThat(Headings.stripNumbering("3D 模型列表")).isEqualTo("3D 模型列表");
        assertThat(Headings.stripNumbering("12 items per page")).isEqualTo("12 items per page");
    }

    @Test
    void aHeadingsDecimalNumberLeavesOutItsTrailingZeros() {
        assertThat(Headings.decimalNumber("4.0 Features :")).isEqualTo("4");
        assertThat(Headings.decimalNumber("4.1.0 Key Features")).isEqualTo("4.1");
        assertThat(Headings.decimalNumber("4.1 : Personal User Account")).isEqualTo("4.1");
        assertThat(Headings.decimalNumber("3.External Interface Requirements")).isEqualTo("3");
        assertThat(Headings.decimalNumber("Features")).isNull();
    }
}
