package org.onewindow.catalogue.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.catalogue.boundary.CatalogueService;
import org.onewindow.catalogue.boundary.ItemGuide;
import org.onewindow.catalogue.boundary.ItemSummary;

import java.util.List;

@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue", description = "Service items and their guides (public)")
public class ItemsResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @Operation(summary = "The current version of every service item")
    public List<ItemSummary> list() {
        return catalogue.currentItems();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "The service guide of one item: legal basis, limits, departments, materials, fees, form fields")
    public ItemGuide guide(@PathParam("code") String code) {
        return catalogue.guide(code);
    }
}
