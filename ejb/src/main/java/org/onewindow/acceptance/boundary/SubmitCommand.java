package org.onewindow.acceptance.boundary;

import org.onewindow.applicant.ApplicantDetails;
import org.onewindow.application.Channel;
import org.onewindow.application.MaterialFile;

import java.util.List;
import java.util.Map;

/** What an applicant hands in: the item, who they are, the item's form, and the material files. */
public record SubmitCommand(String itemCode, ApplicantDetails applicant, Map<String, String> fields, Channel channel,
                            List<MaterialFile> materials) {
}
