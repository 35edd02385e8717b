package io.docroute.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An external broker's URL gets the client settings slow consumers need, and keeps those it sets itself. */
class JmsBrokerSettingsTest {

    @Test
    void aBrokerUrlGetsNoPrefetchAndAQuickDeadConnectionCheck() {
        String url = JmsBrokerSettings.withClientDefaults("tcp://broker:61616");

        assertThat(url).startsWith("tcp://broker:61616?").contains("consumerWindowSize=0", "connectionTTL=15000",
                "clientFailureCheckPeriod=5000");
    }

    @Test
    void aSettingTheUrlMakesItselfIsKept() {
        String url = JmsBrokerSettings.withClientDefaults("tcp://broker:61616?consumerWindowSize=1024&sslEnabled=true");

        assertThat(url).contains("consumerWindowSize=1024", "&sslEnabled=true&").doesNotContain("consumerWindowSize=0");
    }
}
