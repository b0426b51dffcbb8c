package org.onewindow.platform;

import java.util.Map;

/** A department's own system working its tasks over SOAP, as {@link Tasks} does over REST. */
public final class SoapTasks {

    private SoapTasks() {
    }

    /** The case's task in this person's SOAP work list, or null. */
    public static Map<String, String> inList(String user, String number) {
        return Soap.departments(user, "<o:ListSubApplications/>").ok().records("task").stream()
                .filter(task -> number.equals(task.get("applicationNumber"))).findFirst().orElse(null);
    }

    /** Waits until the case's task is in this person's SOAP work list at the named stage; its id. */
    public static long awaitAt(String user, String number, String stage) {
        Tasks.await(() -> {
            Map<String, String> task = inList(user, number);
            return task != null && stage.equals(task.get("stageName"));
        });
        return Long.parseLong(inList(user, number).get("id"));
    }

    public static Soap.Answer claim(String user, long id) {
        return Soap.departments(user, "<o:ClaimSubApplication><o:id>" + id + "</o:id></o:ClaimSubApplication>");
    }

    public static Soap.Answer approve(String user, long id, String opinion, boolean internal) {
        return Soap.departments(user, "<o:ApproveStage><o:id>" + id + "</o:id><o:opinion>" + opinion + "</o:opinion><o:internal>"
                + internal + "</o:internal></o:ApproveStage>");
    }

    public static Soap.Answer refuse(String user, long id, String opinion) {
        return Soap.departments(user, "<o:RefuseSubApplication><o:id>" + id + "</o:id><o:opinion>" + opinion
                + "</o:opinion></o:RefuseSubApplication>");
    }

    public static Soap.Answer returnTo(String user, long id, int stage, String reason) {
        return Soap.departments(user, "<o:ReturnToStage><o:id>" + id + "</o:id><o:stage>" + stage + "</o:stage><o:reason>" + reason
                + "</o:reason></o:ReturnToStage>");
    }

    public static Soap.Answer detail(String user, long id) {
        return Soap.departments(user, "<o:GetSubApplication><o:id>" + id + "</o:id></o:GetSubApplication>");
    }
}
