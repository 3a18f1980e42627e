/** The fictional demo office (Kecamatan Medan Marelan), loaded through the same use cases HR uses. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"employee", "appraisal", "account", "peer", "audit", "text", "spreadsheet", "survey", "calendar", "followup"})
package id.kinerja.demo;
