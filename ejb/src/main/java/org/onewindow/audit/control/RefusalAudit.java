package org.onewindow.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.onewindow.shared.PermissionDeniedException;

/**
 * Keeps a record of every refusal the domain gives for want of permission on an object (another
 * role's stage, a meeting one's department is not invited to), with who asked and for what, although
 * the refused call itself rolls back.
 */
public class RefusalAudit {

    @Resource
    EJBContext context;

    @Inject
    AuditTrail audit;

    @AroundInvoke
    public Object recordRefusals(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (PermissionDeniedException refused) {
            Object[] parameters = call.getParameters();
            String subject = parameters.length == 0 ? "-" : String.valueOf(parameters[0]);
            audit.recordRefusal(context.getCallerPrincipal().getName(), call.getMethod().getDeclaringClass().getSimpleName(), subject,
                    call.getMethod().getName() + ": " + refused.messageKey());
            throw refused;
        }
    }
}
