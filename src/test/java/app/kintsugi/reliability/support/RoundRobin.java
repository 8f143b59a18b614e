package app.kintsugi.reliability.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load balancer in front of the replicas, as the scenarios need it: each call answers the next replica in turn. A
 * replica taken out (as a Service drops an endpoint whose readiness failed) is no longer answered; until then a request
 * to it fails, and the caller retries on the next one.
 */
public final class RoundRobin {

    private final List<App> apps;
    private final AtomicLong next = new AtomicLong();

    public RoundRobin(List<App> apps) {
        this.apps = new CopyOnWriteArrayList<>(apps);
    }

    public App next() {
        List<App> now = apps;
        return now.get((int) Math.floorMod(next.getAndIncrement(), (long) now.size()));
    }

    /** The replica after the given one, for a retry that must go elsewhere. */
    public App after(App app) {
        List<App> now = apps;
        int index = now.indexOf(app);
        return index < 0 ? next() : now.get((index + 1) % now.size());
    }

    public void remove(App app) {
        apps.remove(app);
    }

    public List<App> apps() {
        return List.copyOf(apps);
    }

    public int size() {
        return apps.size();
    }
}
