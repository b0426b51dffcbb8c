package org.onewindow.platform;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WildFly the build started for the integration tests, as a process: found by its data folder,
 * killed without warning (SIGKILL, like a power cut), and started again with the same command line and
 * environment, the EAR deployed again (the test server's configuration is read-only, so a restart
 * forgets deployments; their content and all data stay).
 */
public final class TestServer {

    private static final Path DATA_DIR = Path.of(System.getProperty("onewindow.it-data-dir", "target/it-data"));
    private static final Path EAR = Path.of(System.getProperty("onewindow.ear", "target/onewindow.ear"));
    private static final int MANAGEMENT_PORT = Integer.getInteger("onewindow.management-port", 10090);

    private final long pid;
    private final List<String> commandLine;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    private TestServer(long pid) throws IOException {
        this.pid = pid;
        Path proc = Path.of("/proc", String.valueOf(pid));
        this.commandLine = nulSeparated(Files.readAllBytes(proc.resolve("cmdline")));
        this.environment = new LinkedHashMap<>();
        for (String entry : nulSeparated(Files.readAllBytes(proc.resolve("environ")))) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        this.workingDirectory = Files.readSymbolicLink(proc.resolve("cwd"));
    }

    /** The running test server: the one Java process started with this build's test data folder. */
    public static TestServer running() {
        String marker = "-Djboss.server.data.dir=" + DATA_DIR.toAbsolutePath().normalize();
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(args -> Arrays.asList(args).contains(marker)).orElse(false))
                .toList();
        if (servers.size() != 1) {
            throw new IllegalStateException("Expected one test server with " + marker + ", found " + servers.size());
        }
        try {
            return new TestServer(servers.get(0).pid());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** SIGKILL: no shutdown hook, no orderly stop of the broker, the transaction manager or the database. */
    public void kill() throws InterruptedException {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
        // the operating system frees the ports a moment after the process is gone
        Thread.sleep(500);
    }

    /** Starts the server again as it was started, waits until it runs, deploys the EAR again and waits until it answers. */
    public void restart(Duration timeout) throws IOException, InterruptedException {
        Path console = DATA_DIR.resolve("log").resolve("restarted-console.log");
        ProcessBuilder builder = new ProcessBuilder(commandLine).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.start();
        Instant until = Instant.now().plus(timeout);
        try (ModelControllerClient client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), MANAGEMENT_PORT)) {
            awaitRunning(client, until);
            if (!isDeployed(client)) {
                deploy(client);
            }
        }
        while (true) {
            try {
                if (Api.anonymous().get("/items").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while the EAR starts
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("The restarted test server did not answer within " + timeout + "; see " + console);
            }
            Thread.sleep(250);
        }
    }

    private static void awaitRunning(ModelControllerClient client, Instant until) throws InterruptedException {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").setEmptyList();
        read.get("name").set("server-state");
        while (true) {
            try {
                ModelNode answer = client.execute(read);
                if ("running".equals(answer.get("result").asString(""))) {
                    return;
                }
            } catch (IOException notYet) {
                // the management interface is not up yet
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("The restarted test server did not reach 'running'");
            }
            Thread.sleep(250);
        }
    }

    private static boolean isDeployed(ModelControllerClient client) throws IOException {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-resource");
        read.get("address").add("deployment", EAR.getFileName().toString());
        return "success".equals(client.execute(read).get("outcome").asString());
    }

    private static void deploy(ModelControllerClient client) throws IOException {
        ModelNode add = new ModelNode();
        add.get("operation").set("add");
        add.get("address").add("deployment", EAR.getFileName().toString());
        add.get("content").add().get("url").set(EAR.toAbsolutePath().toUri().toString());
        add.get("enabled").set(true);
        ModelNode answer = client.execute(add);
        if (!"success".equals(answer.get("outcome").asString())) {
            throw new AssertionError("Deploying " + EAR + " again failed: " + answer.get("failure-description"));
        }
    }

    private static List<String> nulSeparated(byte[] bytes) {
        return Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\0")).filter(s -> !s.isEmpty()).toList();
    }
}
