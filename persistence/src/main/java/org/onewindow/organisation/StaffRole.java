package org.onewindow.organisation;

/**
 * What a member of staff does. The names are the security roles the server checks
 * (see src-config/cli/security.cli), so they never change once released.
 */
public enum StaffRole {
    WINDOW_CLERK,
    DEPARTMENT_CLERK,
    SECTION_CHIEF,
    DIRECTOR,
    LEADER,
    SUPERVISOR,
    ADMINISTRATOR,
    /** Another government system calling the integration API (SOAP, REST): submits and follows applications. */
    INTEGRATOR;

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String WINDOW_CLERK = "WINDOW_CLERK";
        public static final String DEPARTMENT_CLERK = "DEPARTMENT_CLERK";
        public static final String SECTION_CHIEF = "SECTION_CHIEF";
        public static final String DIRECTOR = "DIRECTOR";
        public static final String LEADER = "LEADER";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";
        public static final String INTEGRATOR = "INTEGRATOR";

        private Names() {
        }
    }
}
