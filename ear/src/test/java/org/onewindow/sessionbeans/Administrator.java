package org.onewindow.sessionbeans;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.jboss.ejb3.annotation.SecurityDomain;

import java.util.concurrent.Callable;

/** Calls the session beans as the administrator admin, the way an administration screen would: each call in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@SecurityDomain("onewindow")
@RunAs("ADMINISTRATOR")
@RunAsPrincipal("admin")
public class Administrator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
