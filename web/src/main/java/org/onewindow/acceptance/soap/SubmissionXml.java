package org.onewindow.acceptance.soap;

import jakarta.activation.DataHandler;
import org.onewindow.acceptance.boundary.SubmissionReceipt;
import org.onewindow.acceptance.soap.contract.Applicant;
import org.onewindow.acceptance.soap.contract.Material;
import org.onewindow.acceptance.soap.contract.Receipt;
import org.onewindow.applicant.ApplicantDetails;
import org.onewindow.applicant.ApplicantKind;
import org.onewindow.application.MaterialFile;
import org.onewindow.application.MaterialPolicy;
import org.onewindow.platform.soap.contract.FormField;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A submission as the WSDL carries it, read into the session bean's command; the checks are all the domain's. */
final class SubmissionXml {

    private SubmissionXml() {
    }

    /** An applicant kind the schema does not know arrives as null, so the domain names the field with the others. */
    static ApplicantDetails applicant(Applicant applicant) {
        if (applicant == null) {
            return null;
        }
        ApplicantKind kind = applicant.getKind() == null ? null : ApplicantKind.valueOf(applicant.getKind().value());
        return new ApplicantDetails(kind, applicant.getIdentifier(), applicant.getName(), applicant.getPhone(), applicant.getEmail());
    }

    static Map<String, String> fields(List<FormField> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field.getName(), field.getValue()));
        return values;
    }

    static List<MaterialFile> materials(List<Material> materials) {
        return materials.stream().map(m -> new MaterialFile(m.getCode(), m.getFileName(), m.getContentType(), bounded(m.getContent())))
                .toList();
    }

    static Receipt receipt(SubmissionReceipt receipt) {
        Receipt xml = new Receipt();
        xml.setApplicationNumber(receipt.applicationNumber());
        xml.setQueryCode(receipt.queryCode());
        xml.setStatus(receipt.status().name());
        return xml;
    }

    /** Read up to one byte past the limit, never further into memory: the domain then refuses a file that is too large. */
    private static byte[] bounded(DataHandler content) {
        if (content == null) {
            return new byte[0];
        }
        try (InputStream in = content.getInputStream()) {
            return in.readNBytes((int) MaterialPolicy.MAX_FILE_BYTES + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
