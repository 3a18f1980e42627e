package id.kinerja.appraisal;

import java.util.List;

/** One page of feedback received, newest first. */
public record FeedbackPage(List<Entry> entries, int page, int pageCount) {

    public record Entry(String periodCode, PeriodName periodName, Predicate predicate, String evaluatorName, String feedback) {}

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount;
    }
}
