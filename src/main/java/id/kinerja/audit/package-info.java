/** The audit log of processing activities: evaluations, admin actions, linking. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@OwnsTables({"audit_log"})
package id.kinerja.audit;

import id.kinerja.OwnsTables;
