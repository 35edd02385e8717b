package io.docroute.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.docroute.pipeline.IncomingDocument;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Prometheus rules file says what config/alerts.yaml says, names only metrics the service exports, and is
 * valid for Prometheus itself (promtool).
 */
@CamelSpringBootTest
@AutoConfigureObservability
@SpringBootTest(properties = {
        "camel.main.run-controller=false",
        "docroute.intake.file-enabled=false",
        "docroute.jms.enabled=false",
        "docroute.outbox=target/prometheus-rules-test-out"})
class PrometheusRulesTest {

    private static final Path RULES = Path.of("config/prometheus/docroute-alerts.yml");
    private static final Pattern METRIC = Pattern.compile("\\b((?:docroute|camel|system)_[a-z_]+)\\b");

    @Autowired
    AlertProperties alerts;

    @Autowired
    PrometheusMeterRegistry prometheus;

    @Autowired
    ProducerTemplate producer;

    private static Map<String, JsonNode> prometheusRules() throws Exception {
        Map<String, JsonNode> rules = new LinkedHashMap<>();
        new YAMLMapper().readTree(RULES.toFile()).at("/groups/0/rules")
                .forEach(rule -> rules.put(rule.path("alert").asText(), rule));
        return rules;
    }

    @Test
    void everyRuleOfTheServiceIsARuleForPrometheusWithTheSameThresholdsAndDelay() throws Exception {
        Map<String, JsonNode> exported = prometheusRules();

        assertThat(alerts.rules()).hasSize(5);
        assertThat(exported.keySet()).containsExactlyElementsOf(
                alerts.rules().stream().map(AlertProperties.Rule::name).toList());
        for (AlertProperties.Rule rule : alerts.rules()) {
            JsonNode twin = exported.get(rule.name());
            String expr = twin.path("expr").asText();
            String bad = rule.above() ? " > " : " < ";
            String hysteresis = rule.above() ? " >= " : " <= ";
            assertThat(expr).as(rule.name()).contains(bad + number(rule.threshold()))
                    .contains(hysteresis + number(rule.clear()))
                    .contains("[" + prometheusDuration(rule.window()) + "]");
            assertThat(twin.path("for").asText()).as(rule.name()).isEqualTo(prometheusDuration(rule.sustainedFor()));
            assertThat(twin.at("/annotations/summary").asText()).isEqualTo(rule.summary());
        }
    }

    @Test
    void everyMetricARuleNamesIsExportedByTheService() throws Exception {
        producer.requestBody("direct:process-document", IncomingDocument.of("metrics-prd.md",
                Files.readAllBytes(Path.of("examples/admin-console-prd.md")), "run", null));
        String scrape = prometheus.scrape();
        Set<String> exported = scrape.lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));

        Set<String> named = new TreeSet<>();
        Matcher metric = METRIC.matcher(Files.readString(RULES));
        while (metric.find()) {
            named.add(metric.group(1));
        }

        assertThat(named).hasSizeGreaterThanOrEqualTo(6);
        assertThat(exported).containsAll(named);
    }

    @Test
    void prometheusAcceptsTheRulesFile() throws Exception {
        File promtool = new File("/usr/bin/promtool");
        assertThat(promtool.canExecute()).as("promtool (Debian package prometheus; .ci/run installs it)").isTrue();
        Process check = new ProcessBuilder(promtool.getPath(), "check", "rules", RULES.toString())
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS: 5 rules found");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** 1m, 15m, 2m, 0s: how Prometheus writes a duration. */
    private static String prometheusDuration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds == 0 ? "0s" : seconds % 3600 == 0 ? seconds / 3600 + "h"
                : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
