package org.onewindow.notification.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What applicants and staff read: short, in Chinese by default, with the facts of the case in place. */
class NotificationTextsTest {

    private static final String NUMBER = "YC2026112300000042";
    private final NotificationTexts texts = new NotificationTexts("https://zwfw.th.gov.example/onewindow/");

    @Test
    void an_acceptance_names_the_case_the_item_and_the_promised_date_in_chinese() {
        NotificationTexts.Composed composed = texts.compose(NotificationRequest.toApplicant(NUMBER, NotificationKind.ACCEPTED,
                Map.of("item", "有限责任公司设立登记", "promisedDate", "2026-12-03")), "广州天河云帆信息科技有限公司", null);

        assertThat(composed.sms()).isEqualTo("【天河区政务服务】您的申请 YC2026112300000042（有限责任公司设立登记）已受理，"
                + "承诺办结日期 2026年12月3日。可凭查询码在 https://zwfw.th.gov.example/onewindow/status.html?number=YC2026112300000042 查询进度。");
        assertThat(composed.subject()).isEqualTo("【天河区政务服务】您的申请 YC2026112300000042 已受理");
        assertThat(composed.mailBody()).startsWith("广州天河云帆信息科技有限公司：\n\n您的申请 YC2026112300000042（有限责任公司设立登记）已受理")
                .contains("申请编号：YC2026112300000042\n查询进度：https://zwfw.th.gov.example/onewindow/status.html?number=YC2026112300000042")
                .endsWith("天河区政务服务\n本邮件由系统自动发送，请勿直接回复。\n");
    }

    @Test
    void the_same_in_english_when_asked() {
        NotificationTexts.Composed composed = texts.compose(NotificationRequest.toApplicant(NUMBER, NotificationKind.ACCEPTED,
                Map.of("item", "Company registration", "promisedDate", "2026-12-03")), "Cloud Sail Ltd", Locale.UK);

        assertThat(composed.subject()).isEqualTo("【Tianhe Government Services】Your application YC2026112300000042 has been accepted");
        assertThat(composed.sms()).contains("will be decided by 3 December 2026");
        assertThat(composed.mailBody()).startsWith("Dear Cloud Sail Ltd,\n\n");
    }

    @Test
    void staff_are_told_of_a_new_task_with_its_deadline_and_where_to_handle_it() {
        NotificationTexts.Composed composed = texts.compose(NotificationRequest.toStaff("zhang.wei", NotificationKind.NEW_TASK, NUMBER,
                Map.of("item", "环境影响评价登记表备案", "deadline", "2026-12-07")), "张伟", Locale.CHINA);

        assertThat(composed.sms()).isEqualTo("【天河区政务服务】您有新的待办：YC2026112300000042（环境影响评价登记表备案），"
                + "办理期限 2026年12月7日。请及时登录一窗通办系统办理。");
        assertThat(composed.mailBody()).startsWith("张伟：").contains("请登录一窗通办系统办理：https://zwfw.th.gov.example/onewindow/")
                .doesNotContain("查询码");
    }

    @Test
    void a_request_without_a_fact_its_text_needs_is_refused_rather_than_sent_with_a_gap() {
        NotificationRequest withoutReason = NotificationRequest.toApplicant(NUMBER, NotificationKind.REJECTED, Map.of("item", "食品经营许可"));

        assertThatThrownBy(() -> texts.compose(withoutReason, "申请人", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REJECTED").hasMessageContaining("'reason'");
    }

    @Test
    void a_fact_is_put_in_as_written_even_when_it_looks_like_a_placeholder_or_a_regex_group() {
        NotificationTexts.Composed composed = texts.compose(NotificationRequest.toApplicant(NUMBER, NotificationKind.REJECTED,
                Map.of("item", "食品经营许可", "reason", "经营场所面积 {area} 不足 $1 平方米")), "申请人", null);

        assertThat(composed.sms()).contains("理由：经营场所面积 {area} 不足 $1 平方米。");
    }

    @Test
    void a_long_sms_is_cut_to_a_few_parts_while_the_mail_says_everything() {
        String corrections = "请补充股东会决议原件；".repeat(40);
        NotificationTexts.Composed composed = texts.compose(NotificationRequest.toApplicant(NUMBER, NotificationKind.CORRECTION_REQUESTED,
                Map.of("item", "有限责任公司设立登记", "corrections", corrections)), "申请人", null);

        assertThat(composed.sms()).hasSize(NotificationTexts.MAX_SMS).endsWith("…");
        assertThat(composed.mailBody()).contains(corrections.strip());
    }

    @Test
    void every_kind_has_a_subject_and_a_text_in_both_languages_and_the_bundles_have_the_same_keys() throws IOException {
        Properties chinese = load("notifications.properties");
        Properties english = load("notifications_en.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(chinese).containsKeys(kind.name() + ".subject", kind.name() + ".text");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationTexts.class.getResourceAsStream("/org/onewindow/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
