package org.onewindow.catalogue.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.catalogue.boundary.CatalogueService;
import org.onewindow.catalogue.boundary.ItemDraft;
import org.onewindow.catalogue.boundary.ItemGuide;

@Path("/admin/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue administration", description = "Publishing service items (administrators)")
@SecurityRequirement(name = "staff")
public class AdminItemsResource {

    @Inject
    CatalogueService catalogue;

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of an item (or its first); running applications keep their version")
    public ItemGuide publish(@PathParam("code") String code, ItemDraft draft) {
        return catalogue.publish(code, draft);
    }
}
