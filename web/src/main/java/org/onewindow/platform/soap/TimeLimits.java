package org.onewindow.platform.soap;

import org.onewindow.platform.soap.contract.TimeLimit;

/** A time limit in the WSDLs' shared shape. */
public final class TimeLimits {

    private TimeLimits() {
    }

    public static TimeLimit of(int amount, String unit) {
        TimeLimit xml = new TimeLimit();
        xml.setAmount(amount);
        xml.setUnit(unit);
        return xml;
    }
}
