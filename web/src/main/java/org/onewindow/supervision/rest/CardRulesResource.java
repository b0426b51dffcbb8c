package org.onewindow.supervision.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.supervision.boundary.CardRuleView;
import org.onewindow.supervision.boundary.CardRules;

import java.util.List;

@Path("/supervision/card-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "supervision", description = "Card rules: read by administrators and supervisors, changed by administrators")
@SecurityRequirement(name = "staff")
public class CardRulesResource {

    @Inject
    CardRules rules;

    @GET
    @Operation(summary = "Every cause of cards with its colour, whether it is on, and its numbers")
    public List<CardRuleView> all() {
        return rules.all();
    }

    @PUT
    @Path("/{cause}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one rule: {\"enabled\": true, \"sharePercent\": 80, \"daysBefore\": 1} (only the numbers the cause takes)")
    public CardRuleView change(@PathParam("cause") String cause, CardRuleInput input) {
        if (input == null) {
            throw InvalidInputException.of("enabled", "card-rule.required");
        }
        return rules.change(cause, input.enabled(), input.sharePercent(), input.daysBefore(), input.workingDays(), input.minLength());
    }

    /** A rule's new settings. */
    public record CardRuleInput(Boolean enabled, Integer sharePercent, Integer daysBefore, Integer workingDays, Integer minLength) {
    }
}
