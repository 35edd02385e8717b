package io.docroute.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.vocabulary.Vocabulary;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenStepsTest {

    private final Vocabulary vocabulary = Vocabulary.builtIn();

    private Optional<String> operation(String line) {
        return ScreenSteps.operation(line, vocabulary::opensWithOperation);
    }

    @Test
    void theClauseAfterAClickNamesTheOperation() {
        assertThat(operation("点击添加按钮，添加新的供应商信息；")).contains("添加新的供应商信息");
        assertThat(operation("点击保存按钮，保存草稿")).contains("保存草稿");
        assertThat(operation("管理员点击删除按钮，可以完成删除一个或多个商品；")).contains("删除一个或多个商品");
        assertThat(operation("点击图标，即可生成月度报表。")).contains("生成月度报表");
    }

    @Test
    void anOperationWrittenAfterItsObjectIsTurnedAround() {
        assertThat(operation("点击编辑按钮，进入编辑页面，对商品信息进行修改；")).contains("修改商品信息");
        assertThat(operation("点击添加，完成请假申请的添加；")).contains("添加请假申请");
        assertThat(operation("点击按钮，进行仓库信息删除")).contains("删除仓库信息");
        assertThat(operation("点击“垃圾桶”图标，可将历史查寝记录删除")).contains("删除历史查寝记录");
        assertThat(operation("点击移除按钮，把该商品移出购物车")).isEmpty();
    }

    @Test
    void aClickedControlThatNamesAnOperationIsOne() {
        assertThat(operation("点击导出报表按钮。")).contains("导出报表");
        assertThat(operation("点击商品图片会放大显示")).isEmpty();
    }

    @Test
    void whatIsSelectedIsAChoiceButWhatFollowsMayBeAnOperation() {
        assertThat(operation("选择过期的订单。")).isEmpty();
        assertThat(operation("选择起止日期和状态，可以搜索符合条件的记录。")).contains("搜索符合条件的记录");
    }

    @Test
    void englishGesturesLeadToTheirOutcome() {
        assertThat(operation("Click the Save button to save the draft.")).contains("save the draft");
        assertThat(operation("The user taps Export to export the month as CSV")).contains("export the month as CSV");
        assertThat(operation("Click the logo")).isEmpty();
    }

    @Test
    void aLineWithoutAGestureIsNoStep() {
        assertThat(operation("添加新用户信息")).isEmpty();
        assertThat(operation("系统显示所有订单")).isEmpty();
    }
}
