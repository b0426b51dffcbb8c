package org.onewindow.acceptance.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.acceptance.boundary.ApplicationStatusView;
import org.onewindow.acceptance.boundary.SubmissionReceipt;
import org.onewindow.acceptance.boundary.SubmissionService;
import org.onewindow.acceptance.boundary.SubmitCommand;
import org.onewindow.acceptance.control.NoticeKind;
import org.onewindow.application.Channel;
import org.onewindow.shared.InvalidInputException;

import java.net.URI;
import java.util.List;
import java.util.Locale;

@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "What applicants do: submit, resubmit after a correction request, follow the case (public)")
public class ApplicationsResource {

    @Inject
    SubmissionService submissions;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit an application",
            description = "multipart/form-data: a part \"application\" with the JSON {itemCode, applicant:{kind, identifier, name, phone, email}, "
                    + "fields:{…}, channel} and one part \"material:CODE\" per material file (PDF, JPEG or PNG, 20 MiB at most). "
                    + "Answers 201 with the application number and the query code.")
    public Response submit(List<EntityPart> parts) {
        SubmissionRequest request = MultipartSubmission.application(parts, SubmissionRequest.class);
        SubmissionReceipt receipt = submissions.submit(new SubmitCommand(request.itemCode(), request.applicant(),
                request.fields(), request.channel() == null ? Channel.API : request.channel(),
                MultipartSubmission.materials(parts)));
        return Response.created(URI.create("applications/" + receipt.applicationNumber() + "/status")).entity(receipt).build();
    }

    @POST
    @Path("/{number}/resubmission")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Resubmit a corrected application",
            description = "multipart/form-data: a part \"application\" with {queryCode, fields:{…}} and the corrected materials as \"material:CODE\" parts.")
    public SubmissionReceipt resubmit(@PathParam("number") String number, List<EntityPart> parts) {
        ResubmissionRequest request = MultipartSubmission.application(parts, ResubmissionRequest.class);
        return submissions.resubmit(number, request.queryCode(), request.fields(), MultipartSubmission.materials(parts));
    }

    @GET
    @Path("/{number}/status")
    @Operation(summary = "The status of an application, by its number and query code")
    public ApplicationStatusView status(@PathParam("number") String number, @QueryParam("queryCode") String queryCode) {
        return submissions.status(number, queryCode);
    }

    @GET
    @Path("/{number}/notices/{kind}")
    @Produces("application/pdf")
    @Operation(summary = "A notice as PDF: acceptance, rejection or correction")
    public Response notice(@PathParam("number") String number, @PathParam("kind") String kind,
                           @QueryParam("queryCode") String queryCode) {
        byte[] pdf = submissions.notice(number, queryCode, kindOf(kind));
        return Pdfs.attachment(pdf, number + "-" + kind + ".pdf");
    }

    static NoticeKind kindOf(String kind) {
        try {
            return NoticeKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw InvalidInputException.of("kind", "notice.kind.unknown", String.valueOf(kind));
        }
    }
}
