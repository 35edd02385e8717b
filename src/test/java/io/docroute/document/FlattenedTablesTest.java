package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlattenedTablesTest {

    @Test
    void aTableOfFunctionsAPdfFlattenedIsRebuiltAsRowsItsWrappedDescriptionsJoined() {
        // a PDF's text, each cell's line with a space after it and a blank line between some
        String text = """
                3.1 用户管理功能
                功能编号 功能名称 功能描述\s

                User Group02 用户注册 用户名，用户密码，个人详\s

                细信息。
                User Group03 用户找回密码 根据用户注册时的详细信息
                找回密码。
                3.2 控制台功能
                """;

        assertThat(FlattenedTables.rebuilt(text).lines()).containsExactly(
                "3.1 用户管理功能",
                "| 功能编号 | 功能名称 | 功能描述 |",
                "| User Group02 | 用户注册 | 用户名，用户密码，个人详细信息。 |",
                "| User Group03 | 用户找回密码 | 根据用户注册时的详细信息找回密码。 |",
                "3.2 控制台功能");
    }

    @Test
    void numbersAsIdsRunOnOneByOneSoAChaptersNumberEndsTheTable() {
        String text = """
                序号 名称 描述 备注
                01 开始页面 账号密码框，新用户注册按钮
                02 新用户注册 点击新用户注册，输入账号密码完成注册
                4 非功能需求
                """;

        assertThat(FlattenedTables.rebuilt(text).lines()).containsExactly(
                "| 序号 | 名称 | 描述 | 备注 |",
                "| 01 | 开始页面 | 账号密码框，新用户注册按钮 |  |",
                "| 02 | 新用户注册 | 点击新用户注册，输入账号密码完成注册 |  |",
                "4 非功能需求");
    }

    @Test
    void linesThatAreNoTableOfFunctionsStayAsTheyAre() {
        String text = """
                名称 描述 说明
                这一行只是说明文字
                功能编号 功能名称 功能描述
                User01 用户注册 只有一行
                """;

        assertThat(FlattenedTables.rebuilt(text)).isEqualTo(text.strip());
    }
}
