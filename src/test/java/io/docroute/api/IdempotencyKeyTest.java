package io.docroute.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void aQuotedKeyAndTheSameKeyBareNameTheSameJob() {
        String quoted = IdempotencyKey.of(List.of("\"8e03978e-40d5\"")).orElseThrow().jobId("team-a");
        String bare = IdempotencyKey.of(List.of("8e03978e-40d5")).orElseThrow().jobId("team-a");

        assertThat(quoted).isEqualTo(bare);
    }

    @Test
    void theSameKeyOfTwoClientsNamesTwoJobs() {
        IdempotencyKey key = new IdempotencyKey("order-1");

        assertThat(key.jobId("team-a")).isNotEqualTo(key.jobId("team-b"));
    }

    @Test
    void escapesOfAQuotedKeyAreRead() {
        assertThat(IdempotencyKey.parse("\"say \\\"hi\\\" \\\\ bye\"").value()).isEqualTo("say \"hi\" \\ bye");
    }

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.of(List.of())).isEmpty();
    }

    @Test
    void aKeyOf255CharactersIsTheLongestTaken() {
        assertThat(IdempotencyKey.parse("k".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> IdempotencyKey.parse("k".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }
}
