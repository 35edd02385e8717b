package io.docroute.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docroute.pipeline.RunTracker;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Hands every job event, as JSON, to the route that publishes it on the JMS topic {@code docroute.progress}. The
 * hand-over is an in-memory queue that drops events when full: a slow broker never holds a block up.
 */
@Component
@ConditionalOnProperty(name = "docroute.jms.enabled", havingValue = "true")
public class ProgressTopic {

    /** The JMS property naming an event's type: {@code block} or {@code done}. */
    public static final String EVENT_TYPE = "DocRouteEvent";
    private static final String QUEUE = "seda:progress-events?discardWhenFull=true";

    private final ProducerTemplate producer;
    private final ObjectMapper json;

    public ProgressTopic(JobRegistry jobs, ProducerTemplate producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
        jobs.listen(this::publish);
    }

    private void publish(JobEvent event) {
        try {
            producer.sendBodyAndHeaders(QUEUE, json.writeValueAsString(event),
                    Map.of(RunTracker.JOB_ID, event.job(), EVENT_TYPE, event.type()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
