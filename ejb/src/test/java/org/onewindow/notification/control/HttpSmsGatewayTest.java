package org.onewindow.notification.control;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP gateway against a real HTTP server standing in for an SMS provider. */
class HttpSmsGatewayTest {

    private static final String TEXT = "【天河区政务服务】您的申请 YC2026112300000042（有限责任公司设立登记）已受理。";

    private HttpServer provider;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{\"code\":0,\"msg\":\"发送成功\",\"count\":1}";

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms/send", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void posts_the_number_the_text_the_key_and_the_idempotency_key_as_utf8_json() {
        gateway().send("13912345678", TEXT, "k-1");

        assertThat(received).hasSize(1);
        JsonObject sent = Json.createReader(new StringReader(received.get(0))).readObject();
        assertThat(sent.getString("apikey")).isEqualTo("secret-key");
        assertThat(sent.getString("mobile")).isEqualTo("13912345678");
        assertThat(sent.getString("text")).isEqualTo(TEXT);
        assertThat(sent.getString("uid")).isEqualTo("k-1");
        assertThat(contentTypes.get(0)).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void an_answer_with_a_code_other_than_zero_is_a_failure_the_queue_retries() {
        answer = "{\"code\":33,\"msg\":\"发送频率过快\"}";

        assertThatThrownBy(() -> gateway().send("13912345678", TEXT, "k-2"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> {
                    assertThat(failure.refused()).isFalse();
                    assertThat(failure.summary()).contains("HTTP 200").contains("发送频率过快");
                });
    }

    @Test
    void a_refused_request_is_not_retried_and_a_server_error_is() {
        status = 400;
        answer = "{\"code\":2,\"msg\":\"手机号码格式不正确\"}";
        assertThatThrownBy(() -> gateway().send("13912345678", TEXT, "k-3"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> assertThat(failure.refused()).isTrue());

        status = 503;
        answer = "busy";
        assertThatThrownBy(() -> gateway().send("13912345678", TEXT, "k-4"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> assertThat(failure.refused()).isFalse());
    }

    @Test
    void a_provider_that_cannot_be_reached_is_a_failure_the_queue_retries() throws IOException {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        HttpSmsGateway unreachable = new HttpSmsGateway(new HttpSmsGateway.Settings(
                URI.create("http://127.0.0.1:" + closedPort + "/sms/send"), "secret-key"));

        assertThatThrownBy(() -> unreachable.send("13912345678", TEXT, "k-5"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> {
                    assertThat(failure.refused()).isFalse();
                    assertThat(failure.summary()).startsWith("SMS gateway 127.0.0.1 did not answer");
                });
    }

    @Test
    void answers_without_a_code_or_with_code_zero_as_text_count_as_taken() {
        assertThat(HttpSmsGateway.accepted("")).isTrue();
        assertThat(HttpSmsGateway.accepted("OK")).isTrue();
        assertThat(HttpSmsGateway.accepted("{\"code\":\"0\"}")).isTrue();
        assertThat(HttpSmsGateway.accepted("{\"result\":\"queued\"}")).isTrue();
        assertThat(HttpSmsGateway.accepted("{\"code\":\"E101\"}")).isFalse();
        assertThat(HttpSmsGateway.accepted("{broken")).isFalse();
    }

    private HttpSmsGateway gateway() {
        return new HttpSmsGateway(new HttpSmsGateway.Settings(
                URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/sms/send"), "secret-key"));
    }
}
