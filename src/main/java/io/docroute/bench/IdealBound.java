package io.docroute.bench;

import io.docroute.gateway.simulator.Outcome;
import io.docroute.gateway.simulator.Stats;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * What physics allows for a run, from the latencies the simulated endpoints actually served.
 *
 * <p>A block's <em>chain</em> is its failed calls one after another, then its fastest successful call (an
 * oracle would have sent it there first, and a hedge race is won by the fastest). Blocks run in waves set by
 * {@code concurrency}: in the order they were first called, each chain takes the first slot that is free, and
 * the run ends when the last slot does (with every block at once, that is the longest chain). An endpoint with a
 * per-minute limit cannot start its calls faster than that limit.
 */
final class IdealBound {

    private IdealBound() {
    }

    /** One chain per block, in the order the blocks were first called. */
    static List<Duration> chains(Collection<Stats.Call> calls) {
        Map<String, Duration> failed = new LinkedHashMap<>();
        Map<String, Duration> fastest = new LinkedHashMap<>();
        for (Stats.Call call : calls.stream().sorted(Comparator.comparingLong(Stats.Call::arrived)).toList()) {
            failed.putIfAbsent(call.subject(), Duration.ZERO);
            if (call.outcome() == Outcome.OK) {
                fastest.merge(call.subject(), call.latency(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            } else {
                failed.merge(call.subject(), call.latency(), Duration::plus);
            }
        }
        return failed.entrySet().stream()
                .map(block -> block.getValue().plus(fastest.getOrDefault(block.getKey(), Duration.ZERO)))
                .toList();
    }

    /** The chains run in their order on {@code concurrency} slots, each on the first slot free. */
    static Duration critical(List<Duration> chains, int concurrency) {
        PriorityQueue<Duration> slots = new PriorityQueue<>();
        for (int i = 0; i < Math.max(1, concurrency); i++) {
            slots.add(Duration.ZERO);
        }
        Duration end = Duration.ZERO;
        for (Duration chain : chains) {
            Duration finished = slots.poll().plus(chain);
            slots.add(finished);
            end = finished.compareTo(end) > 0 ? finished : end;
        }
        return end;
    }

    /** {@code calls} started no faster than {@code rpm} allows, the last one then taking {@code last}. */
    static Duration rateLimited(int calls, int rpm, Duration last) {
        return Duration.ofMinutes(Math.max(0, calls - 1)).dividedBy(rpm).plus(last);
    }
}
