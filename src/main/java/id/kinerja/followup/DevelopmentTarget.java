package id.kinerja.followup;

import id.kinerja.employee.Nip;

/** The one place the yearly JP target is decided: by whether the employee is a PNS or a PPPK. */
public final class DevelopmentTarget {

    private DevelopmentTarget() {}

    public static int of(Nip.Kind employment, DevelopmentProperties.TargetJp targets) {
        return employment == Nip.Kind.PPPK ? targets.pppk() : targets.pns();
    }
}
