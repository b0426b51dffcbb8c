package org.onewindow.notification.control;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMPP gateway against a real SMPP server (jSMPP's server side) standing in for the SMSC. */
class SmppSmsGatewayTest {

    private final List<SubmitSm> received = new CopyOnWriteArrayList<>();
    private final List<String> boundAs = new CopyOnWriteArrayList<>();
    private final ExecutorService smsc = Executors.newCachedThreadPool();
    private volatile Integer refuseWith;
    private SMPPServerSessionListener listener;
    private int port;

    @BeforeEach
    void startSmsc() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(receiver());
        smsc.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                SMPPServerSession session = listener.accept();
                smsc.submit(() -> {
                    BindRequest bind = session.waitForBind(5_000);
                    boundAs.add(bind.getBindType() + " " + bind.getSystemId() + "/" + bind.getPassword());
                    bind.accept("test-smsc");
                    return null;
                });
            }
            return null;
        });
    }

    @AfterEach
    void stopSmsc() throws IOException {
        smsc.shutdownNow();
        listener.close();
    }

    @Test
    void a_short_chinese_text_goes_as_one_ucs2_message_to_the_number() {
        gateway().send("13912345678", "【天河区政务服务】您的申请已受理。", "k-1");

        assertThat(boundAs).containsExactly("BIND_TX onewindow/secret");
        assertThat(received).hasSize(1);
        SubmitSm submitted = received.get(0);
        assertThat(submitted.getDestAddress()).isEqualTo("13912345678");
        assertThat(submitted.getSourceAddr()).isEqualTo("10690001");
        assertThat(submitted.getDataCoding()).isEqualTo((byte) 0x08);
        assertThat(new String(submitted.getShortMessage(), StandardCharsets.UTF_16BE)).isEqualTo("【天河区政务服务】您的申请已受理。");
    }

    @Test
    void a_long_text_goes_as_concatenated_parts_that_join_up_again() {
        String text = "【天河区政务服务】" + "您的申请需要补正：公司章程未经全体股东签字。".repeat(8);

        gateway().send("13912345678", text, "k-2");

        assertThat(received).hasSizeGreaterThan(1);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < received.size(); i++) {
            SubmitSm part = received.get(i);
            byte[] message = part.getShortMessage();
            assertThat(part.getEsmClass() & 0x40).as("UDH indicator").isEqualTo(0x40);
            assertThat(Arrays.copyOfRange(message, 0, 3)).containsExactly(0x05, 0x00, 0x03);
            assertThat(message[4]).isEqualTo((byte) received.size());
            assertThat(message[5]).isEqualTo((byte) (i + 1));
            assertThat(message.length - 6).isLessThanOrEqualTo(2 * SmppSmsGateway.PART);
            joined.write(message, 6, message.length - 6);
        }
        assertThat(joined.toString(StandardCharsets.UTF_16BE)).isEqualTo(text);
    }

    @Test
    void an_invalid_destination_is_refused_and_a_busy_smsc_is_retried_later() {
        refuseWith = SMPPConstant.STAT_ESME_RINVDSTADR;
        assertThatThrownBy(() -> gateway().send("13912345678", "文本", "k-3"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> assertThat(failure.refused()).isTrue());

        refuseWith = SMPPConstant.STAT_ESME_RTHROTTLED;
        assertThatThrownBy(() -> gateway().send("13912345678", "文本", "k-4"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> assertThat(failure.refused()).isFalse());
    }

    @Test
    void an_smsc_that_cannot_be_reached_is_retried_later() {
        // port 1 (tcpmux) has no listener: a freed ephemeral port could be taken by another process meanwhile
        port = 1;
        assertThatThrownBy(() -> gateway().send("13912345678", "文本", "k-5"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> {
                    assertThat(failure.refused()).isFalse();
                    assertThat(failure.summary()).startsWith("SMSC 127.0.0.1:" + port + " did not take the message");
                });
    }

    @Test
    void no_part_splits_a_character_outside_the_basic_plane() {
        String text = "办".repeat(SmppSmsGateway.PART - 1) + "𠀀" + "结".repeat(10);
        List<byte[]> parts = SmppSmsGateway.parts(text);
        String first = new String(Arrays.copyOfRange(parts.get(0), 6, parts.get(0).length), StandardCharsets.UTF_16BE);
        assertThat(first).hasSize(SmppSmsGateway.PART - 1).doesNotContain("\uFFFD");
    }

    private SmppSmsGateway gateway() {
        return new SmppSmsGateway(new SmppSmsGateway.Settings("127.0.0.1", port, "onewindow", "secret", "", "10690001"));
    }

    /** Takes every submit_sm, or refuses it with the status the test asks for. */
    private ServerMessageReceiverListener receiver() {
        return (ServerMessageReceiverListener) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ServerMessageReceiverListener.class}, (proxy, method, arguments) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("equals") ? proxy == arguments[0]
                                : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "SMSC receiver";
                    }
                    if (!method.getName().equals("onAcceptSubmitSm")) {
                        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
                    }
                    if (refuseWith != null) {
                        throw new ProcessRequestException("refused", refuseWith);
                    }
                    received.add((SubmitSm) arguments[0]);
                    return new SubmitSmResult(new MessageId(Integer.toHexString(received.size())), null);
                });
    }
}
