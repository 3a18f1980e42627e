/** The audit log of processing activities: evaluations, admin actions, linking. */
package id.kinerja.audit;
