package org.onewindow.acceptance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.control.ApplicationRepository;
import org.onewindow.acceptance.control.MaterialStore;
import org.onewindow.acceptance.control.NoticeKind;
import org.onewindow.acceptance.control.Notices;
import org.onewindow.applicant.Applicant;
import org.onewindow.applicant.ApplicantDetails;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.application.FormPolicy;
import org.onewindow.application.MaterialFile;
import org.onewindow.application.MaterialPolicy;
import org.onewindow.application.QueryCode;
import org.onewindow.application.SubmittedMaterial;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.catalogue.boundary.CatalogueService;
import org.onewindow.shared.FieldError;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an applicant does without an account: submit, resubmit after a correction request, and
 * follow the case with the number and query code. Everything is checked before anything is kept.
 */
@Stateless
@PermitAll
public class SubmissionService {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueService catalogue;

    @Inject
    ApplicationRepository applications;

    @Inject
    MaterialStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    @Inject
    org.onewindow.approval.boundary.SubApplications subApplications;

    @Inject
    org.onewindow.approval.control.Supplements supplements;

    public SubmissionReceipt submit(SubmitCommand command) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        List<FieldError> problems = new ArrayList<>();
        Optional<ServiceItem> item = command.itemCode() == null ? Optional.empty() : catalogue.current(command.itemCode());
        if (item.isEmpty()) {
            problems.add(FieldError.of("itemCode", command.itemCode() == null || command.itemCode().isBlank()
                    ? "submission.item.required" : "catalogue.item.not-found", String.valueOf(command.itemCode())));
        }
        if (command.applicant() == null) {
            problems.add(FieldError.of("applicant", "applicant.required"));
        } else {
            problems.addAll(command.applicant().problems("applicant.", today));
        }
        if (command.channel() == null) {
            problems.add(FieldError.of("channel", "submission.channel.required"));
        }
        List<MaterialFile> files = command.materials() == null ? List.of() : command.materials();
        item.ifPresent(found -> {
            problems.addAll(FormPolicy.problems(found, command.fields()));
            problems.addAll(MaterialPolicy.problems(found, files, true, Set.of()));
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        Applicant applicant = findOrRegister(command.applicant());
        Application application = new Application(applications.nextNumber(today), item.get(), applicant, command.channel(), formJson(command.fields()),
                storeAll(files, now), QueryCode.next(), now);
        applications.persist(application);
        audit.record("applicant:" + applicant.identifier(), "SUBMIT", "APPLICATION", application.applicationNumber(),
                null, application.status(), null, item.get().code() + " v" + item.get().itemVersion() + ", "
                        + files.size() + " files, channel " + command.channel());
        return new SubmissionReceipt(application.applicationNumber(), application.queryCode(), application.status());
    }

    /** The corrected case comes back: same application, the form replaced, new files replacing old ones of the same material. */
    public SubmissionReceipt resubmit(String number, String queryCode, Map<String, String> fields, List<MaterialFile> files) {
        Application application = applications.getForApplicant(number, queryCode);
        ApplicationStatus before = application.status();
        List<MaterialFile> given = files == null ? List.of() : files;
        Set<String> present = application.materials().stream().map(SubmittedMaterial::requirementCode).collect(Collectors.toSet());
        List<FieldError> problems = new ArrayList<>(FormPolicy.problems(application.item(), fields));
        problems.addAll(MaterialPolicy.problems(application.item(), given, true, present));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        if (before == ApplicationStatus.SUPPLEMENT_REQUESTED) {
            supplements.supplied(application, formJson(fields), storeAll(given, now), now);
        } else {
            application.resubmit(formJson(fields), storeAll(given, now), now);
        }
        applications.flush(application);
        audit.record("applicant:" + application.applicant().identifier(),
                before == ApplicationStatus.SUPPLEMENT_REQUESTED ? "SUPPLY" : "RESUBMIT", "APPLICATION", number,
                before, application.status(), null, given.size() + " files replaced or added");
        return new SubmissionReceipt(number, application.queryCode(), application.status());
    }

    /** Read-only and without a transaction: the portal's most frequent request. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApplicationStatusView status(String number, String queryCode) {
        return applications.statusForApplicant(number, queryCode)
                .map(view -> ApplicationStatusView.of(view, view.row().kind() == org.onewindow.catalogue.ItemKind.INSTANT
                        ? List.of() : subApplications.progress(number)))
                .orElseThrow(() -> new NotFoundException("application.not-found-or-code", number));
    }

    public byte[] notice(String number, String queryCode, NoticeKind kind) {
        return notices.render(applications.getForApplicant(number, queryCode), kind);
    }

    private Applicant findOrRegister(ApplicantDetails details) {
        String identifier = details.normalisedIdentifier();
        Applicant applicant = em.createQuery("SELECT a FROM Applicant a WHERE a.identifier = :identifier", Applicant.class)
                .setParameter("identifier", identifier).getResultStream().findFirst().orElse(null);
        if (applicant == null) {
            applicant = new Applicant(details);
            em.persist(applicant);
        } else {
            applicant.updateContact(details);
        }
        return applicant;
    }

    private List<SubmittedMaterial> storeAll(List<MaterialFile> files, Instant now) {
        return files.stream().map(file -> new SubmittedMaterial(file.requirementCode(), file.fileName().strip(),
                MaterialPolicy.normalisedType(file.declaredType()), file.content().length, store.store(file.content()), now)).toList();
    }

    private static String formJson(Map<String, String> fields) {
        return JSON.toJson(fields == null ? Map.of() : new TreeMap<>(fields));
    }
}
