package io.docroute.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.docroute.jobs.Job;
import java.util.LinkedHashMap;
import java.util.Map;

/** A job as the API shows it: its snapshot and where to go next. */
public record JobView(@JsonUnwrapped Job.Snapshot job, Map<String, String> links) {

    static JobView of(Job.Snapshot job) {
        String self = "/api/jobs/" + job.id();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self);
        links.put("events", self + "/events");
        links.put("result", self + "/result");
        links.put("openapi", self + "/openapi.yaml");
        return new JobView(job, links);
    }
}
