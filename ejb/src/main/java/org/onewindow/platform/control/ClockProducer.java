package org.onewindow.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The one source of "now": beans inject a Clock, so deadlines can be tested by moving it (see {@link ServerClock}). */
@ApplicationScoped
public class ClockProducer {

    @Produces
    public Clock clock() {
        return ServerClock.instance();
    }
}
