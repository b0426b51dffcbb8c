package org.onewindow.acceptance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.calendar.LimitUnit;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.shared.DomainException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Turns a case into the notice the applicant receives; a notice exists only once its decision does. */
@ApplicationScoped
public class Notices {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NoticeRenderer renderer = new NoticeRenderer();

    @Inject
    Clock clock;

    public byte[] render(Application application, NoticeKind kind) {
        return renderer.render(notice(application, kind));
    }

    Notice notice(Application a, NoticeKind kind) {
        // A notice exists once its decision does; a correction notice is printed as of now.
        LocalDateTime issuedAt = switch (kind) {
            case ACCEPTANCE -> a.acceptedAt().map(Notices::local).orElseThrow(() -> noSuchNotice(a, kind));
            case REJECTION -> a.decidedAt().filter(at -> a.status() == ApplicationStatus.REJECTED).map(Notices::local)
                    .orElseThrow(() -> noSuchNotice(a, kind));
            case CORRECTION -> {
                if (a.status() != ApplicationStatus.CORRECTION_REQUESTED) {
                    throw noSuchNotice(a, kind);
                }
                yield LocalDateTime.now(clock.withZone(CHINA));
            }
        };
        return new Notice(kind, a.applicationNumber(), a.queryCode(), a.applicant().name(), a.applicant().maskedIdentifier(),
                a.item().code(), a.item().name(), a.item().leadDepartment().name(),
                local(a.submittedAt()), issuedAt,
                kind == NoticeKind.ACCEPTANCE ? a.promisedDate().orElse(null) : null,
                kind == NoticeKind.ACCEPTANCE ? limitText(a.item().promisedLimit()) : null,
                kind == NoticeKind.REJECTION ? a.refusalReason().orElse(null)
                        : kind == NoticeKind.CORRECTION ? a.correctionNote().orElse(null) : null,
                kind == NoticeKind.CORRECTION ? a.corrections() : java.util.List.of(),
                statusUrl(a));
    }

    private static DomainException noSuchNotice(Application a, NoticeKind kind) {
        return new DomainException("notice.not-available", kind, a.status());
    }

    static String limitText(TimeLimit limit) {
        return limit.amount() + (limit.unit() == LimitUnit.WORKING_DAYS ? "个工作日" : "日");
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, CHINA);
    }

    private static String statusUrl(Application a) {
        String base = System.getProperty("onewindow.public-url", "http://localhost:8080/onewindow");
        return base + "/status.html?number=" + a.applicationNumber() + "&code="
                + URLEncoder.encode(a.queryCode(), StandardCharsets.UTF_8);
    }
}
