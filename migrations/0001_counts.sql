-- Counts for the eight-weekly evaluation (issue 23): how many, never who. One row per month ×
-- form × language × village × route × outcome with a number; no name, address, IP address, hash
-- of anything personal, reference or time finer than the month. Scans of a practice's QR code are
-- rows of form 'scan' (village '-', outcome 'scanned').
CREATE TABLE counts (
  month   TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  form    TEXT    NOT NULL,
  lang    TEXT    NOT NULL,
  village TEXT    NOT NULL,
  route   TEXT    NOT NULL,
  outcome TEXT    NOT NULL,
  count   INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
  PRIMARY KEY (month, form, lang, village, route, outcome)
) WITHOUT ROWID;
