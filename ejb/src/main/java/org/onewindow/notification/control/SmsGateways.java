package org.onewindow.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * The SMS gateway the configuration chose: {@code onewindow.sms.gateway} = {@code log} (the default),
 * {@code http} or {@code smpp}. A name it does not know stops the deployment rather than losing SMS.
 */
@ApplicationScoped
public class SmsGateways {

    static final String PROPERTY = "onewindow.sms.gateway";
    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

    @Inject
    @Any
    Instance<SmsGateway> gateways;

    /** Checks the choice and says it once when the application starts. */
    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        SmsGateway chosen = current();
        LOG.info(() -> "SMS notifications through the '" + chosen.name() + "' gateway; e-mail notifications "
                + (Mailer.enabled() ? "on" : "off (onewindow.mail.enabled is not true)"));
    }

    public SmsGateway current() {
        String name = System.getProperty(PROPERTY, "log").strip();
        List<SmsGateway> all = gateways.stream().toList();
        return all.stream().filter(gateway -> gateway.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(PROPERTY + "=" + name + " is not one of "
                        + all.stream().map(SmsGateway::name).toList()));
    }
}
