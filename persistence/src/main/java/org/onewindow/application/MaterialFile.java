package org.onewindow.application;

/** An uploaded file as received, before it is checked and stored. */
public record MaterialFile(String requirementCode, String fileName, String declaredType, byte[] content) {
}
