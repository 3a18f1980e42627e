/** The citizen satisfaction survey (SKM): QR links, respondents as keyed hashes, answers, the IKM, sample size, suggestions. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "employee", "calendar", "outbox", "audit", "text", "secret", "spreadsheet", "chart", "account", "schedule"})
@OwnsTables({"survey_answer", "survey_ballot", "survey_draft", "survey_respondent", "survey_response",
        "survey_start", "survey_suggestion", "survey_tally"})
package id.kinerja.survey;

import id.kinerja.OwnsTables;
