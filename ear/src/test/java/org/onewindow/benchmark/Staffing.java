package org.onewindow.benchmark;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The people who work a BL-002 case (社会投资建设工程项目联合审批): the lead department's window clerk
 * and, in each of the five cooperating departments, the clerk, the section chief and the director of
 * its three stages. Each is authenticated once against the application's security domain, as a login
 * would, and every session bean call then runs as that person.
 */
final class Staffing {

    static final String PASSWORD = "OneWindow#2026";
    static final String LEAD_DEPARTMENT = "TH-FGJ";
    static final String WINDOW_CLERK = "li.na";

    /** A cooperating department and who works its three stages: 受理审查 (clerk), 审核 (section chief), 审定 (director). */
    record Department(String code, String clerk, String chief, String director) {

        String handlerOf(int stage) {
            return switch (stage) {
                case 0 -> clerk;
                case 1 -> chief;
                case 2 -> director;
                default -> throw new IllegalArgumentException("stage " + stage);
            };
        }
    }

    static final List<Department> COOPERATING = List.of(
            new Department("TH-GHZ", "guo.ping", "liang.yu", "song.jia"),
            new Department("TH-STJ", "zhang.wei", "liu.yang", "chen.jie"),
            new Department("TH-ZJJ", "tang.lei", "han.mei", "cao.gang"),
            new Department("TH-XFJ", "yang.fan", "xu.ming", "ma.lin"),
            new Department("TH-RFB", "xie.na", "deng.chao", "peng.wei"));

    static final int STAGES = 3;

    private final Map<String, SecurityIdentity> identities = new LinkedHashMap<>();

    private Staffing() {
    }

    /** Logs everyone in once; call on a thread of a deployment bound to the application's security domain. */
    static Staffing login() throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("no security domain for this deployment: is it bound to the 'onewindow' domain?");
        }
        Staffing staffing = new Staffing();
        staffing.add(domain, WINDOW_CLERK);
        for (Department department : COOPERATING) {
            for (int stage = 0; stage < STAGES; stage++) {
                staffing.add(domain, department.handlerOf(stage));
            }
        }
        return staffing;
    }

    private void add(SecurityDomain domain, String username) throws Exception {
        identities.put(username, domain.authenticate(username, new PasswordGuessEvidence(PASSWORD.toCharArray())));
    }

    /** Runs the work as the given member of staff: session beans see them as the caller. */
    <T> T as(String username, Callable<T> work) throws Exception {
        SecurityIdentity identity = identities.get(username);
        if (identity == null) {
            throw new IllegalArgumentException("not logged in: " + username);
        }
        return identity.runAs(work);
    }

    Map<String, String> principals() {
        Map<String, String> names = new LinkedHashMap<>();
        identities.forEach((user, identity) -> names.put(user, identity.getPrincipal().getName() + " " + identity.getRoles()));
        return names;
    }
}
