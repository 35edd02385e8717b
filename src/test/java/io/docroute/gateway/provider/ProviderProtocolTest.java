package io.docroute.gateway.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProviderProtocolTest {

    @Test
    void openAiAndSimulatorEndpointsSpeakTheOpenAiProtocol() {
        assertThat(ProviderProtocol.forKind("openai")).isInstanceOf(OpenAiProtocol.class);
        assertThat(ProviderProtocol.forKind("simulator")).isInstanceOf(OpenAiProtocol.class);
    }

    @Test
    void anthropicEndpointsSpeakTheAnthropicProtocol() {
        assertThat(ProviderProtocol.forKind("anthropic")).isInstanceOf(AnthropicProtocol.class);
    }

    @Test
    void kindsAreReadWithoutRegardToCase() {
        assertThat(ProviderProtocol.forKind(" OpenAI ")).isInstanceOf(OpenAiProtocol.class);
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() -> ProviderProtocol.forKind("local"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'local'");
        assertThatThrownBy(() -> ProviderProtocol.forKind(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
