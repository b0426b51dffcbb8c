package org.onewindow.acceptance.rest;

import jakarta.ws.rs.core.Response;

/** PDFs are downloaded as attachments and never sniffed into something else by the browser. */
final class Pdfs {

    private Pdfs() {
    }

    static Response attachment(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }
}
