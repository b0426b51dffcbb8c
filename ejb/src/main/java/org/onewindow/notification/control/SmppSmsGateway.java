package org.onewindow.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMSC reached over SMPP 3.4 (jSMPP): binds as a transmitter, submits the text in UCS-2 (the
 * coding Chinese needs), split into concatenated parts of 67 characters when longer than 70, and
 * unbinds. One session per message keeps it simple and fits the volume of a service centre; an SMSC
 * that answers "invalid destination" refuses the number (not retried), any other failure is retried
 * by the queue. Configured by {@code onewindow.sms.smpp.host}, {@code .port}, {@code .system-id},
 * {@code .password}, {@code .system-type} and {@code .source-address}.
 */
@ApplicationScoped
public class SmppSmsGateway implements SmsGateway {

    static final int SINGLE = 70;
    static final int PART = 67;
    private static final long TIMEOUT_MILLIS = 15_000;
    private static final Set<Integer> REFUSING = Set.of(SMPPConstant.STAT_ESME_RINVDSTADR);
    private static final AtomicInteger REFERENCE = new AtomicInteger();

    /** Where the SMSC is and who we are to it; from the system properties unless a test gives them. */
    record Settings(String host, int port, String systemId, String password, String systemType, String sourceAddress) {

        static Settings fromSystemProperties() {
            String host = System.getProperty("onewindow.sms.smpp.host", "");
            if (host.isBlank()) {
                throw new IllegalStateException("onewindow.sms.smpp.host is not set (ONEWINDOW_SMS_SMPP_HOST)");
            }
            return new Settings(host.strip(), Integer.parseInt(System.getProperty("onewindow.sms.smpp.port", "2775").strip()),
                    System.getProperty("onewindow.sms.smpp.system-id", ""), System.getProperty("onewindow.sms.smpp.password", ""),
                    System.getProperty("onewindow.sms.smpp.system-type", ""), System.getProperty("onewindow.sms.smpp.source-address", ""));
        }
    }

    private final Settings fixed;

    public SmppSmsGateway() {
        this(null);
    }

    SmppSmsGateway(Settings fixed) {
        this.fixed = fixed;
    }

    @Override
    public String name() {
        return "smpp";
    }

    @Override
    public void send(String mobile, String text, String idempotencyKey) {
        Settings settings = fixed != null ? fixed : Settings.fromSystemProperties();
        SMPPSession session = new SMPPSession();
        session.setTransactionTimer(TIMEOUT_MILLIS);
        try {
            session.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TX, settings.systemId(),
                    settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), TIMEOUT_MILLIS);
            ESMClass esm = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
                    text.length() > SINGLE ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT);
            for (byte[] part : parts(text)) {
                session.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, settings.sourceAddress(),
                        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, mobile, esm, (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
                        new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, part);
            }
        } catch (NegativeResponseException answered) {
            String what = "SMSC answered status 0x" + Integer.toHexString(answered.getCommandStatus());
            throw REFUSING.contains(answered.getCommandStatus())
                    ? DeliveryFailedException.refused(what, answered) : DeliveryFailedException.passing(what, answered);
        } catch (IOException | ResponseTimeoutException | InvalidResponseException | PDUException failed) {
            throw DeliveryFailedException.passing("SMSC " + settings.host() + ":" + settings.port() + " did not take the message", failed);
        } finally {
            session.unbindAndClose();
        }
    }

    /**
     * The text in UCS-2: one part of up to 70 characters, or parts of up to 67 characters, each behind
     * a concatenation header (05 00 03, reference, count, number) so the phone shows one message.
     */
    static List<byte[]> parts(String text) {
        if (text.length() <= SINGLE) {
            return List.of(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(start + PART, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        byte reference = (byte) REFERENCE.incrementAndGet();
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            byte[] body = pieces.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + body.length];
            part[0] = 0x05;
            part[1] = 0x00;
            part[2] = 0x03;
            part[3] = reference;
            part[4] = (byte) pieces.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(body, 0, part, 6, body.length);
            parts.add(part);
        }
        return parts;
    }
}
