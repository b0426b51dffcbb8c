package org.onewindow.shared;

import org.junit.jupiter.api.Test;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.application.ApplicationTransition;
import org.onewindow.application.TransitionNotAllowedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages say everything, and a refusal reads as a sentence, with its states translated. */
class MessagesTest {

    @Test
    void the_chinese_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load("messages.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_en.properties").stringPropertyNames());
    }

    @Test
    void every_status_and_transition_has_a_name_in_both_languages() throws IOException {
        Properties chinese = load("messages.properties");
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(chinese).containsKey("enum.ApplicationStatus." + status.name());
        }
        for (ApplicationTransition transition : ApplicationTransition.values()) {
            assertThat(chinese).containsKey("enum.ApplicationTransition." + transition.name());
        }
    }

    @Test
    void a_refused_transition_is_explained_in_chinese_by_default_and_in_english_when_asked() {
        TransitionNotAllowedException refusal = new TransitionNotAllowedException(ApplicationStatus.REJECTED, ApplicationTransition.ACCEPT);
        assertThat(Messages.text(Locale.US, refusal)).isEqualTo(
                "The application is not accepted, so it cannot be given the action: accept. Reload to see its current state");
        assertThat(Messages.text(null, refusal)).isEqualTo("该办件当前状态为“不予受理”，不能执行“受理”操作，请刷新后查看最新状态");
        assertThat(Messages.text(Locale.GERMAN, refusal)).startsWith("该办件");
    }

    @Test
    void an_unknown_key_shows_itself_rather_than_failing() {
        assertThat(Messages.text(Locale.CHINA, "no.such.key")).isEqualTo("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/onewindow/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
