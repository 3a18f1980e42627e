package id.kinerja.appraisal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The recap workbook: {@code organisationPredicate} is the organisation's performance predicate (ISTIMEWA, BAIK,
 * BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG) that the distribution of employee predicates is compared with; unset,
 * the summary says it is not checked.
 */
@ConfigurationProperties("kinerja.recap")
public record RecapProperties(OrganisationPredicate organisationPredicate) {}
