/** The audit log of processing activities: evaluations, admin actions, linking. */
@OwnsTables({"audit_log"})
package id.kinerja.audit;

import id.kinerja.OwnsTables;
