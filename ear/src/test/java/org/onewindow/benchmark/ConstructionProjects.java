package org.onewindow.benchmark;

import org.onewindow.acceptance.boundary.SubmitCommand;
import org.onewindow.applicant.ApplicantDetails;
import org.onewindow.applicant.ApplicantKind;
import org.onewindow.applicant.UnifiedSocialCreditCode;
import org.onewindow.application.Channel;
import org.onewindow.application.MaterialFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** BL-002 applications, each from another enterprise, with the six mandatory materials as small PDFs. */
final class ConstructionProjects {

    static final String ITEM = "BL-002";
    private static final String[] MATERIALS = {"APPLY", "FILING", "LAND", "DESIGN", "EIA", "FIRE-DESIGN"};
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

    private ConstructionProjects() {
    }

    static SubmitCommand next() {
        long serial = SERIAL.incrementAndGet();
        String creditCode = UnifiedSocialCreditCode.complete("91440106" + String.format("%09d", serial % 1_000_000_000L));
        String company = "广州天河压测建设" + serial + "有限公司";
        List<MaterialFile> files = new ArrayList<>();
        for (String code : MATERIALS) {
            files.add(new MaterialFile(code, code.toLowerCase() + ".pdf", "application/pdf",
                    ("%PDF-1.4\n% " + code + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)));
        }
        return new SubmitCommand(ITEM, new ApplicantDetails(ApplicantKind.ENTERPRISE, creditCode, company, "13912345678", null),
                Map.of("projectName", company + "科研楼", "totalInvestment", "12000", "floorArea", "26000",
                        "location", "广州市天河区科韵路16号"),
                Channel.HALL, files);
    }
}
