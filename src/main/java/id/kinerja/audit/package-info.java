/** The audit log of processing activities: evaluations, admin actions, linking. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kinerja.audit;
