package org.onewindow.platform;

import org.onewindow.applicant.UnifiedSocialCreditCode;

import java.util.concurrent.atomic.AtomicInteger;

/** Test data builders: valid applications for the demo items, each from a different enterprise. */
public final class Applications {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Applications() {
    }

    /** A unified social credit code with a correct GB 32100 check character, different on every call. */
    public static String creditCode() {
        return UnifiedSocialCreditCode.complete("91440106" + String.format("%09d", SERIAL.incrementAndGet()));
    }

    /** SCJ-001, company registration: four mandatory materials, decided by the market regulation bureau. */
    public static String companyRegistration(String companyName, String creditCode) {
        return companyRegistration(companyName, creditCode, "apply@example.com");
    }

    /** The same, from an applicant with their own e-mail address. */
    public static String companyRegistration(String companyName, String creditCode, String email) {
        return """
                {"itemCode":"SCJ-001",
                 "applicant":{"kind":"ENTERPRISE","identifier":"%s","name":"%s","phone":"13912345678","email":"%s"},
                 "fields":{"companyName":"%s","address":"广州市天河区天河路385号","registeredCapital":"100","businessScope":"软件开发；信息技术咨询服务"},
                 "channel":"ONLINE"}""".formatted(creditCode, companyName, email, companyName);
    }

    public static final String[] COMPANY_MATERIALS = {"APPLY", "CHARTER", "SHAREHOLDER-ID", "PREMISES"};

    /** BL-001, opening a restaurant (parallel): lead TH-SCJ; TH-STJ, TH-XFJ, TH-CGJ, TH-WJJ cooperate, three stages each. */
    public static String restaurant(String company) {
        return """
                {"itemCode":"BL-001",
                 "applicant":{"kind":"ENTERPRISE","identifier":"%s","name":"%s","phone":"13912345678","email":"owner@example.com"},
                 "fields":{"companyName":"%s","address":"广州市天河区珠江新城华夏路10号","floorArea":"320","seats":"120"}}"""
                .formatted(creditCode(), company, company);
    }

    public static final String[] RESTAURANT_MATERIALS = {"APPLY", "LAYOUT", "EIA-FORM", "FIRE-SELF-CHECK", "HEALTH-CERT"};

    /** BL-002, a construction project (parallel, joint review): lead TH-FGJ; five departments, three stages each. */
    public static String constructionProject(String company) {
        return """
                {"itemCode":"BL-002",
                 "applicant":{"kind":"ENTERPRISE","identifier":"%s","name":"%s","phone":"13912345678"},
                 "fields":{"projectName":"%s科研楼","totalInvestment":"12000","floorArea":"26000","location":"广州市天河区科韵路16号"}}"""
                .formatted(creditCode(), company, company);
    }

    public static final String[] PROJECT_MATERIALS = {"APPLY", "FILING", "LAND", "DESIGN", "EIA", "FIRE-DESIGN"};
}
