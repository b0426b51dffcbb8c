package org.onewindow.platform;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

/** The test server's broker through its management interface: hold a queue, lose its messages, let it go. */
public final class Broker {

    private static final int MANAGEMENT_PORT = Integer.getInteger("onewindow.management-port", 10090);

    private Broker() {
    }

    /** Messages stay on the queue, undelivered, until {@link #resume}. */
    public static void pause(String queue) {
        execute(queue, "pause");
    }

    public static void resume(String queue) {
        execute(queue, "resume");
    }

    /** Throws away every message waiting on the queue, as a crash that the broker could not recover would. */
    public static int removeAll(String queue) {
        return execute(queue, "remove-messages").asInt();
    }

    public static long count(String queue) {
        return execute(queue, "count-messages").asLong();
    }

    private static ModelNode execute(String queue, String operation) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("subsystem", "messaging-activemq").add("server", "default").add("jms-queue", queue);
        try (ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), MANAGEMENT_PORT)) {
            ModelNode answer = client.execute(op);
            if (!"success".equals(answer.get("outcome").asString())) {
                throw new IllegalStateException(operation + " on " + queue + " failed: " + answer.get("failure-description"));
            }
            return answer.get("result");
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        }
    }
}
