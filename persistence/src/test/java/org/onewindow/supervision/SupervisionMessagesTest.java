package org.onewindow.supervision;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Supervision's texts say the same in both languages, and every cause of cards has a name. */
class SupervisionMessagesTest {

    @Test
    void the_chinese_and_english_supervision_bundles_have_the_same_keys_and_name_every_cause() throws IOException {
        Properties chinese = load("supervision.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("supervision_en.properties").stringPropertyNames());
        for (CardCause cause : CardCause.values()) {
            assertThat(chinese).containsKey("enum.CardCause." + cause.name());
        }
        assertThat(Messages.text(Locale.ENGLISH, "fee.above-schedule", "许可证工本费", "50.00"))
                .isEqualTo("The schedule allows 50.00 yuan for \"许可证工本费\"; a clerk cannot charge more");
        assertThat(Messages.text(null, "enum.CardColor.RED")).isEqualTo("红牌");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/onewindow/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
