package cn.heatdesk.workorders.internal;

import java.util.random.RandomGenerator;

import cn.heatdesk.workorders.domain.SpotCheckSampler;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * R-SUP-2: the sampler with its share ({@code heatdesk.work-orders.spot-check-percent}) and its source of randomness;
 * a bean, so tests put a scripted one in its place.
 */
public class SpotCheckDraw {

    private final SpotCheckSampler sampler;
    private final RandomGenerator random;

    public SpotCheckDraw(SpotCheckSampler sampler, RandomGenerator random) {
        this.sampler = sampler;
        this.random = random;
    }

    public SpotCheckSampler.Selection decide(WorkOrder order) {
        synchronized (random) {
            return sampler.decide(order, random);
        }
    }

    public SpotCheckSampler sampler() {
        return sampler;
    }
}
