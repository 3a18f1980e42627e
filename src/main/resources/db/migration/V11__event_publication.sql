-- The event publication registry of Spring Modulith (docs/ARCHITECTURE.md): an event such as an evaluation
-- submitted is written here in the publishing transaction and marked done when its listener ran, so a crash
-- between the commit and the listener loses nothing (republished on restart). Copied from
-- spring-modulith-events-jdbc 2.0.3, org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql;
-- the registry's own schema initialisation is off (application.yml). Completed publications are deleted
-- (spring.modulith.events.completion-mode: delete), so the table holds only what is still outstanding.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
