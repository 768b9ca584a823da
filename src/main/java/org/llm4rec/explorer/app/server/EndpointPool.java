package org.llm4rec.explorer.app.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several model servers behind one {@link LlmClient}. Each request goes to the least-loaded server that is up
 * and has a free slot, and waits for a slot when all are full. A server that cannot be reached or breaks off an
 * answer is taken out and the request moves to another one; it comes back once a status check finds it up, or
 * after a while on probation. A busy server (503) is asked again after a growing pause.
 *
 * <p>With a single server this is just its parallel-request limit and the busy retry.
 */
public final class EndpointPool implements LlmClient {
    private static final Logger log = LoggerFactory.getLogger(EndpointPool.class);
    /** Pauses before asking a busy server again; after the last one the busy failure stands. */
    static final List<Duration> BUSY_BACKOFF = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(4));

    private final List<Member> members;
    private final Duration probation;
    private final List<Duration> busyBackoff;
    private final Object lock = new Object();

    /** One server in the pool. */
    public record Endpoint(String url, int parallelism, LlmClient client) {
    }

    public EndpointPool(List<Endpoint> endpoints, Duration probation) {
        this(endpoints, probation, BUSY_BACKOFF);
    }

    EndpointPool(List<Endpoint> endpoints, Duration probation, List<Duration> busyBackoff) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("A pool needs at least one server.");
        }
        this.members = endpoints.stream().map(Member::new).toList();
        this.probation = probation;
        this.busyBackoff = List.copyOf(busyBackoff);
    }

    /** Checks every server, taking in the ones that answer and out the ones that do not. */
    @Override
    public ServerStatus status() {
        List<ServerStatus> statuses = new ArrayList<>();
        for (Member member : members) {
            ServerStatus status = member.endpoint.client().status();
            synchronized (lock) {
                if (status.reachable()) {
                    member.up();
                } else {
                    member.down(status.message(), System.nanoTime() + probation.toNanos());
                }
                lock.notifyAll();
            }
            statuses.add(status);
        }
        if (statuses.size() == 1) {
            return statuses.get(0);
        }
        List<ServerStatus> up = statuses.stream().filter(ServerStatus::reachable).toList();
        if (up.isEmpty()) {
            StringJoiner why = new StringJoiner(" ");
            statuses.forEach(s -> why.add(s.message()));
            return new ServerStatus(urls(statuses), false, null,
                    "None of the " + statuses.size() + " model servers is reachable. " + why);
        }
        String url = urls(up) + (up.size() < statuses.size()
                ? " (" + (statuses.size() - up.size()) + " of " + statuses.size() + " servers down: "
                + urls(statuses.stream().filter(s -> !s.reachable()).toList()) + ")" : "");
        return new ServerStatus(url, true, up.get(0).version(), null);
    }

    /** The models of the first server that lists them. */
    @Override
    public List<ModelInfo> models() throws LlmException {
        LlmException last = null;
        for (Member member : members) {
            try {
                return member.endpoint.client().models();
            } catch (LlmException e) {
                last = e;
            }
        }
        throw last;
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        Cancellation cancel = cancellation == null ? new Cancellation() : cancellation;
        LlmListener target = listener == null ? LlmListener.NONE : listener;
        cancel.onCancel(() -> {
            synchronized (lock) {
                lock.notifyAll();
            }
        });
        Set<Member> failed = new HashSet<>();
        int busyTries = 0;
        while (true) {
            Member member = acquire(request, failed, cancel);
            DeliveryWatch watch = new DeliveryWatch(target);
            try {
                LlmResult result = member.endpoint.client().generate(request, watch, cancel);
                synchronized (lock) {
                    member.up();
                }
                return servedBy(result, member);
            } catch (LlmException e) {
                if (e.failure() == LlmFailure.BUSY && busyTries < busyBackoff.size() && !cancel.isCancelled()) {
                    log.info("{} is busy; asking again in {}", member.endpoint.url(), busyBackoff.get(busyTries));
                    pause(busyBackoff.get(busyTries++), cancel, request);
                    continue;
                }
                if (!serverGone(e.failure())) {
                    throw e;
                }
                failed.add(member);
                synchronized (lock) {
                    member.down(e.getMessage(), System.nanoTime() + probation.toNanos());
                }
                if (!anotherCandidate(failed) || cancel.isCancelled()) {
                    throw e;
                }
                log.info("{} failed ({}); the request moves to another server", member.endpoint.url(), e.failure());
                if (watch.delivered()) {
                    target.onRestart();
                }
            } finally {
                release(member);
            }
        }
    }

    /** Failures that say the server, not the request, is the problem. */
    private static boolean serverGone(LlmFailure failure) {
        return failure == LlmFailure.NOT_REACHABLE || failure == LlmFailure.INCOMPLETE;
    }

    /** How many requests each server is running now, in pool order; for tests and the status line. */
    public List<Integer> load() {
        synchronized (lock) {
            return members.stream().map(m -> m.active).toList();
        }
    }

    private Member acquire(LlmRequest request, Set<Member> failed, Cancellation cancel) throws LlmException {
        synchronized (lock) {
            while (true) {
                if (cancel.isCancelled()) {
                    throw cancelled(request);
                }
                List<Member> candidates = candidates(failed);
                Member chosen = candidates.stream().filter(Member::hasSlot)
                        .min(Comparator.comparingDouble(Member::loadRatio).thenComparingInt(m -> m.active))
                        .orElse(null);
                if (chosen != null) {
                    chosen.active++;
                    return chosen;
                }
                try {
                    // Woken by a release, a status change or a cancel; the timeout re-reads probation ends.
                    lock.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw cancelled(request);
                }
            }
        }
    }

    /** Servers that are up or due for another try; when none is, every server not yet failed for this request. */
    private List<Member> candidates(Set<Member> failed) {
        long now = System.nanoTime();
        List<Member> fresh = members.stream().filter(m -> !failed.contains(m)).toList();
        List<Member> usable = fresh.stream().filter(m -> m.usable(now)).toList();
        return usable.isEmpty() ? fresh : usable;
    }

    private boolean anotherCandidate(Set<Member> failed) {
        return members.stream().anyMatch(m -> !failed.contains(m));
    }

    private void release(Member member) {
        synchronized (lock) {
            member.active--;
            lock.notifyAll();
        }
    }

    private void pause(Duration pause, Cancellation cancel, LlmRequest request) throws LlmException {
        long end = System.nanoTime() + pause.toNanos();
        synchronized (lock) {
            long left;
            while ((left = end - System.nanoTime()) > 0 && !cancel.isCancelled()) {
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw cancelled(request);
                }
            }
        }
        if (cancel.isCancelled()) {
            throw cancelled(request);
        }
    }

    private static LlmException cancelled(LlmRequest request) {
        return new LlmException(LlmFailure.CANCELLED,
                "The answer from model '" + request.model() + "' was cancelled before it started.", "", null);
    }

    private static LlmResult servedBy(LlmResult result, Member member) {
        if (result.metrics() == null || result.metrics().servedBy() != null) {
            return result;
        }
        return new LlmResult(result.text(), result.thinking(), result.doneReason(),
                result.metrics().withServedBy(member.endpoint.url()));
    }

    private static String urls(List<ServerStatus> statuses) {
        StringJoiner joined = new StringJoiner(", ");
        statuses.forEach(s -> joined.add(s.url()));
        return joined.toString();
    }

    /** A server and what the pool knows about it; guarded by the pool's lock. */
    private static final class Member {
        private final Endpoint endpoint;
        private int active;
        private boolean down;
        private long retryAtNanos;

        Member(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        boolean usable(long now) {
            return !down || now - retryAtNanos >= 0;
        }

        boolean hasSlot() {
            return active < endpoint.parallelism();
        }

        double loadRatio() {
            return (double) active / endpoint.parallelism();
        }

        void up() {
            down = false;
        }

        void down(String why, long retryAt) {
            if (!down) {
                log.warn("Model server {} taken out of the pool: {}", endpoint.url(), why);
            }
            down = true;
            retryAtNanos = retryAt;
        }
    }

    /** Passes text on and notes whether any was delivered, so that a retry elsewhere can void it. */
    private static final class DeliveryWatch implements LlmListener {
        private final LlmListener target;
        private final AtomicBoolean delivered = new AtomicBoolean();

        DeliveryWatch(LlmListener target) {
            this.target = target;
        }

        @Override
        public void onText(String chunk) {
            delivered.set(true);
            target.onText(chunk);
        }

        @Override
        public void onThinking(String chunk) {
            delivered.set(true);
            target.onThinking(chunk);
        }

        @Override
        public void onRestart() {
            target.onRestart();
        }

        boolean delivered() {
            return delivered.get();
        }
    }
}
