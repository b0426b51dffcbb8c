package org.onewindow.benchmark;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark asks of the server's management interface: the notifications queue that nobody
 * consumes yet, Hibernate's statistics, and a SQL log for a traced run. Nothing is persisted: the
 * benchmark server runs with a read-only configuration.
 */
final class ServerAdmin {

    private static final String[] MESSAGING = {"subsystem", "messaging-activemq", "server", "default"};
    static final String SQL_LOG = "bench-sql.log";

    private final ModelControllerClient client;

    ServerAdmin(ModelControllerClient client) {
        this.client = client;
    }

    // ---- the notifications queue ----

    long notificationsWaiting() {
        return execute(op("read-attribute", at(MESSAGING, "jms-queue", notificationsQueue()), "name", "message-count")).asLong();
    }

    /** Pages the broker wrote for the queue's address because it held more than the address may keep in memory. */
    long notificationPages() {
        String address = execute(op("read-attribute", at(MESSAGING, "jms-queue", notificationsQueue()), "name", "queue-address"))
                .asString();
        ModelNode read = op("read-attribute", at(MESSAGING, "core-address", address), "name", "number-of-pages");
        ModelNode result = executeQuietly(read);
        if (result == null) {
            read = op("read-attribute", at(MESSAGING, "core-address", "jms.queue." + address), "name", "number-of-pages");
            result = executeQuietly(read);
        }
        return result == null ? -1 : result.asLong();
    }

    /** Empties the queue between runs, so each run starts alike; returns how many were removed. */
    long drainNotifications() {
        return execute(op("remove-messages", at(MESSAGING, "jms-queue", notificationsQueue()))).asLong();
    }

    private String notificationsQueue() {
        ModelNode names = op("read-children-names", MESSAGING);
        names.get("child-type").set("jms-queue");
        for (ModelNode name : execute(names).asList()) {
            if (name.asString().contains("notifications") && !name.asString().contains("DLQ")) {
                return name.asString();
            }
        }
        throw new IllegalStateException("no notifications queue");
    }

    // ---- Hibernate statistics ----

    /** The application's persistence unit: in the EAR's lib (at the EAR's level), or in the EJB module. */
    private String[] persistenceUnit() {
        String[][] places = {{"deployment", "onewindow.ear", "subsystem", "jpa"},
                {"deployment", "onewindow.ear", "subdeployment", "onewindow-ejb.jar", "subsystem", "jpa"}};
        for (String[] place : places) {
            ModelNode names = op("read-children-names", place);
            names.get("child-type").set("hibernate-persistence-unit");
            ModelNode units = executeQuietly(names);
            if (units != null && !units.asList().isEmpty()) {
                return at(place, "hibernate-persistence-unit", units.asList().get(0).asString());
            }
        }
        throw new IllegalStateException("no persistence unit in onewindow.ear");
    }

    void hibernateStatistics(boolean enabled) {
        ModelNode write = op("write-attribute", persistenceUnit(), "name", "statistics-enabled");
        write.get("value").set(enabled);
        execute(write);
    }

    /** Every numeric counter of the persistence unit's statistics. */
    Map<String, Long> hibernateCounters() {
        ModelNode read = op("read-resource", persistenceUnit());
        read.get("include-runtime").set(true);
        Map<String, Long> counters = new LinkedHashMap<>();
        ModelNode resource = execute(read);
        for (String key : resource.keys()) {
            ModelNode value = resource.get(key);
            if (key.endsWith("-count") && value.isDefined()) {
                counters.put(key, value.asLong());
            }
        }
        return counters;
    }

    // ---- transaction statistics ----

    private static final String[] TRANSACTIONS = {"subsystem", "transactions"};

    void transactionStatistics(boolean enabled) {
        ModelNode write = op("write-attribute", TRANSACTIONS, "name", "statistics-enabled");
        write.get("value").set(enabled);
        execute(write);
    }

    /** The transaction manager's counters (number-of-…) and its average commit time (ns). */
    Map<String, Long> transactionCounters() {
        ModelNode read = op("read-resource", TRANSACTIONS);
        read.get("include-runtime").set(true);
        Map<String, Long> counters = new LinkedHashMap<>();
        ModelNode resource = execute(read);
        for (String key : resource.keys()) {
            ModelNode value = resource.get(key);
            if ((key.startsWith("number-of-") || key.equals("average-commit-time")) && value.isDefined()) {
                counters.put(key, value.asLong());
            }
        }
        return counters;
    }

    // ---- the SQL log of a traced run ----

    void sqlLog(boolean on) {
        String[] handler = {"subsystem", "logging", "file-handler", "BENCH-SQL"};
        String[] loggers = {"org.hibernate.SQL", "org.onewindow.benchmark.steps"};
        if (on) {
            ModelNode add = op("add", handler);
            add.get("file").get("relative-to").set("jboss.server.log.dir");
            add.get("file").get("path").set(SQL_LOG);
            add.get("append").set(false);
            add.get("autoflush").set(true);
            add.get("formatter").set("%d{HH:mm:ss.SSS} [%t] %c{1} %s%n");
            execute(add);
            for (String logger : loggers) {
                ModelNode category = op("add", new String[]{"subsystem", "logging", "logger", logger});
                category.get("level").set(logger.equals("org.hibernate.SQL") ? "DEBUG" : "INFO");
                category.get("handlers").add("BENCH-SQL");
                category.get("use-parent-handlers").set(false);
                execute(category);
            }
        } else {
            for (String logger : loggers) {
                execute(op("remove", new String[]{"subsystem", "logging", "logger", logger}));
            }
            execute(op("remove", handler));
        }
    }

    // ---- plumbing ----

    /** An address below another: its (type, name) pairs, then one more pair. */
    private static String[] at(String[] parent, String type, String name) {
        String[] address = java.util.Arrays.copyOf(parent, parent.length + 2);
        address[parent.length] = type;
        address[parent.length + 1] = name;
        return address;
    }

    private static ModelNode op(String operation, String[] address, String... parameters) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        ModelNode path = op.get("address").setEmptyList();
        for (int i = 0; i + 1 < address.length; i += 2) {
            path.add(address[i], address[i + 1]);
        }
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            op.get(parameters[i]).set(parameters[i + 1]);
        }
        return op;
    }

    private ModelNode execute(ModelNode op) {
        ModelNode answer = executeQuietly(op);
        if (answer == null) {
            throw new IllegalStateException("management operation failed: " + op);
        }
        return answer;
    }

    private ModelNode executeQuietly(ModelNode op) {
        try {
            ModelNode answer = client.execute(op);
            return "success".equals(answer.get("outcome").asString()) ? answer.get("result") : null;
        } catch (IOException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }
}
