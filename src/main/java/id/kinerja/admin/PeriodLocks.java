package id.kinerja.admin;

import id.kinerja.appraisal.Periods;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Locks the periods an import writes to before it writes, in id order so two imports never deadlock. */
final class PeriodLocks {

    private PeriodLocks() {}

    /** The ids of those periods found closed under {@link Periods#lockOpen}; each is locked until the transaction ends. */
    static Set<Long> closedOf(Periods periods, Collection<Long> periodIds) {
        Set<Long> closed = new TreeSet<>();
        for (long id : new TreeSet<>(periodIds)) {
            if (!periods.lockOpen(id)) {
                closed.add(id);
            }
        }
        return closed;
    }
}
