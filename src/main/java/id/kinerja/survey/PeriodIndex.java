package id.kinerja.survey;

/** One point of a trend: a period's responses and score. */
public record PeriodIndex(SurveyPeriod period, long responses, IkmScore score) {}
