package org.onewindow.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.Application;
import org.onewindow.application.SubmittedMaterial;
import org.onewindow.approval.StageStep;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.catalogue.MaterialRequirement;
import org.onewindow.catalogue.StageDefinition;
import org.onewindow.organisation.Staff;
import org.onewindow.supervision.CardCause;
import org.onewindow.supervision.CardDraft;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of procedure supervision checks at the moment of the change (cards raised after it commits):
 * a refusal needs a real reason, an acceptance must come within the legal working days and with every
 * required material, and no stage of a department's plan may be passed over without an independent review.
 */
@Dependent
public class ProcedureChecks {

    @PersistenceContext
    EntityManager em;

    @Inject
    CardWatch watch;

    @Inject
    CardRuleBook rules;

    @Inject
    CalendarCache calendar;

    /** A department's refusal (at a stage, or recorded in a joint review). */
    public void refused(SubApplication sub, String actor) {
        if (sub.status() != SubApplicationStatus.REFUSED) {
            return;
        }
        checkReason(sub.opinion().orElse(null), sub.applicationNumber(), sub.id(), sub.department().code(), sub.item().code(),
                sub.stageName(), actor, "part:" + sub.id() + ":" + sub.rounds());
    }

    /** The window's 不予受理. */
    public void rejected(Application application, String actor) {
        checkReason(application.refusalReason().orElse(null), application.applicationNumber(), null,
                application.item().leadDepartment().code(), application.item().code(), null, actor, "rejection");
    }

    private void checkReason(String reason, String number, Long subId, String department, String item, String stage, String actor,
                             String occurrence) {
        int shortest = rules.rule(CardCause.REFUSAL_WITHOUT_REASON).minLength();
        String given = reason == null ? "" : reason.strip();
        if (given.codePointCount(0, given.length()) >= shortest) {
            return;
        }
        String key = CardCause.REFUSAL_WITHOUT_REASON + ":" + number + ":" + occurrence;
        watch.breach(new CardDraft(CardCause.REFUSAL_WITHOUT_REASON, key, number, subId, occurrence, department, item, stage, actor, null,
                null, CardWatch.SYSTEM, "reason \"" + given + "\" shorter than " + shortest + " characters"));
    }

    /** Accepted late (counted in working days from the submission or the last correction), or with a required material missing. */
    public void accepted(Application application) {
        Instant handedIn = application.resubmittedAt().orElse(application.submittedAt());
        Instant acceptedAt = application.acceptedAt().orElseThrow();
        int allowed = rules.rule(CardCause.LATE_ACCEPTANCE).workingDays();
        int took = calendar.get().workingDaysBetween(handedIn, acceptedAt);
        String department = application.item().leadDepartment().code();
        String number = application.applicationNumber();
        String clerk = application.acceptedBy().orElse(null);
        if (took > allowed) {
            watch.breach(new CardDraft(CardCause.LATE_ACCEPTANCE, CardCause.LATE_ACCEPTANCE + ":" + number, number, null, "acceptance",
                    department, application.item().code(), null, clerk, null, null, CardWatch.SYSTEM,
                    "accepted " + took + " working days after it was handed in (allowed " + allowed + ")"));
        }
        Set<String> present = application.materials().stream().map(SubmittedMaterial::requirementCode).collect(Collectors.toSet());
        List<String> missing = application.item().materials().stream().filter(MaterialRequirement::mandatory)
                .map(MaterialRequirement::code).filter(code -> !present.contains(code)).toList();
        if (!missing.isEmpty()) {
            watch.breach(new CardDraft(CardCause.MATERIAL_MISSING, CardCause.MATERIAL_MISSING + ":" + number, number, null, "acceptance",
                    department, application.item().code(), null, clerk, null, null, CardWatch.SYSTEM,
                    "accepted without " + String.join(", ", missing)));
        }
    }

    /**
     * A stage was approved. Two ways of passing over a stage are breaches: one handler approving two consecutive
     * stages of the same part (someone holding both roles reviews their own work), and a part answered before its
     * department's last stage. Only a handler holding the previous stage's role too can be the first: no query
     * otherwise.
     */
    public void stageApproved(SubApplication sub, Staff handler, int stageBefore, StageStep step) {
        if (step == StageStep.SIGNED) {
            return;
        }
        List<StageDefinition> plan = sub.plan();
        if (step == StageStep.DECIDED && stageBefore < plan.size() - 1) {
            skipped(sub, handler, stageBefore, "answered at " + plan.get(stageBefore).name() + ", before the last stage");
            return;
        }
        if (stageBefore == 0 || !handler.has(plan.get(stageBefore - 1).role())) {
            return;
        }
        List<String> previous = em.createQuery("""
                        SELECT a.actor FROM AuditRecord a
                        WHERE a.subjectType = 'APPLICATION' AND a.subjectId = :number AND a.department = :department
                          AND a.action = 'STAGE_APPROVED' AND a.fromState = :stage
                        ORDER BY a.id DESC""", String.class)
                .setParameter("number", sub.applicationNumber()).setParameter("department", sub.department().code())
                .setParameter("stage", plan.get(stageBefore - 1).name()).setMaxResults(1).getResultList();
        if (!previous.isEmpty() && previous.get(0).equals(handler.username())) {
            skipped(sub, handler, stageBefore, handler.username() + " approved " + plan.get(stageBefore - 1).name() + " and "
                    + plan.get(stageBefore).name());
        }
    }

    private void skipped(SubApplication sub, Staff handler, int stage, String detail) {
        String occurrence = "stage:" + stage + ":" + sub.rounds();
        watch.breach(new CardDraft(CardCause.STAGE_SKIPPED, CardCause.STAGE_SKIPPED + ":" + sub.id() + ":" + occurrence,
                sub.applicationNumber(), sub.id(), occurrence, sub.department().code(), sub.item().code(),
                sub.plan().get(stage).name(), handler.username(), null, null, CardWatch.SYSTEM, detail));
    }
}
