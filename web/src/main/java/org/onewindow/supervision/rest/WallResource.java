package org.onewindow.supervision.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.supervision.boundary.Wall;
import org.onewindow.supervision.boundary.WallView;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

@Path("/wall")
@Tag(name = "supervision", description = "The hall's big screen (全市办件态势): figures only, public")
public class WallResource {

    /** How long one screen's stream stays open before the browser reconnects (EventSource does so by itself). */
    static final int EVENTS_PER_STREAM = 60;
    private static final ScheduledExecutorService TICKS = Executors.newScheduledThreadPool(1, r -> {
        Thread thread = new Thread(r, "onewindow-wall");
        thread.setDaemon(true);
        return thread;
    });
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Wall wall;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Totals, today's flow, cards by department, as of now (at most a few seconds old)")
    public WallView now() {
        return wall.now();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The same as Server-Sent Events, one 'wall' event every 5 s for 5 minutes, then the browser reconnects")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        int[] sent = {0};
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (sink.isClosed() || sent[0]++ >= EVENTS_PER_STREAM) {
                sink.close();
                return;
            }
            try {
                sink.send(sse.newEventBuilder().name("wall").data(JSON.toJson(wall.now())).reconnectDelay(3000).build())
                        .whenComplete((done, failed) -> {
                            if (failed != null) {
                                sink.close();
                            } else {
                                TICKS.schedule(tick[0], 5, TimeUnit.SECONDS);
                            }
                        });
            } catch (RuntimeException gone) {
                sink.close();
            }
        };
        TICKS.execute(tick[0]);
    }
}
