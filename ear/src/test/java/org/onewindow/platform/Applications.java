package org.onewindow.platform;

import java.util.concurrent.atomic.AtomicInteger;

/** Test data builders: valid applications for the demo items, each from a different enterprise. */
public final class Applications {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Applications() {
    }

    /** A unified social credit code with a correct GB 32100 check character, different on every call. */
    public static String creditCode() {
        String first17 = "91440106" + String.format("%09d", SERIAL.incrementAndGet());
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }

    /** SCJ-001, company registration: four mandatory materials, decided by the market regulation bureau. */
    public static String companyRegistration(String companyName, String creditCode) {
        return """
                {"itemCode":"SCJ-001",
                 "applicant":{"kind":"ENTERPRISE","identifier":"%s","name":"%s","phone":"13912345678","email":"apply@example.com"},
                 "fields":{"companyName":"%s","address":"广州市天河区天河路385号","registeredCapital":"100","businessScope":"软件开发；信息技术咨询服务"},
                 "channel":"ONLINE"}""".formatted(creditCode, companyName, companyName);
    }

    public static final String[] COMPANY_MATERIALS = {"APPLY", "CHARTER", "SHAREHOLDER-ID", "PREMISES"};
}
