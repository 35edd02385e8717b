package io.docroute.document;

import static io.docroute.document.TestDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MermaidFlowchartTest {

    private final DocumentParser parser = TestDocuments.parser();

    @Test
    void theNodesAFeatureFlowchartEndsInAreTheFeaturesNamedWithWhatTheyHangFrom() {
        Document document = parser.parse("README.md", utf8("""
                # ShareSDU

                一个资源分享平台。

                ```mermaid
                graph LR;
                    A[用户] --> AA[注册]
                    subgraph LOGIN[登陆与注册]
                      direction RL
                        AA --> B{校园邮箱};
                        B -->|是| C[验证码注册];
                        C --> E[通过用户名/邮箱登陆]
                    end
                    A --> G[课程]
                    subgraph COURSE[课程]
                        G --> GA[发布课程]
                        G --> GD[课程下发帖]
                        GD --> H[帖子]
                        H --> HA[评论]
                        HA --> |回复评论|HA
                    end
                    A -->K[个人]
                    K --> KA[收藏]
                    KA --> KAA[文章]
                    K --> KC[拉黑] --> KCA[其他用户]
                ```
                Mermaid 画出功能。
                """));

        assertThat(document.blocks()).extracting(InterfaceBlock::title).containsExactly(
                "验证码注册通过用户名/邮箱登陆", "发布课程", "帖子评论", "收藏文章", "拉黑其他用户");
    }

    @Test
    void aSequenceDiagramOrAChartOfTwoFeaturesDrawsNone() {
        assertThat(MermaidFlowchart.features(java.util.List.of("sequenceDiagram", "A->>B: POST /login"))).isEmpty();
        assertThat(MermaidFlowchart.features(java.util.List.of("graph TD", "A[App] --> B[Login]", "A --> C[Logout]")))
                .isEmpty();
    }
}
