/**
 * The store's schema as an ordered list of migrations. `PRAGMA user_version` records how many
 * have run; each runs once, inside a transaction, so a database is always at one known version.
 * Add new migrations at the end; never edit one that has shipped. Every table keeps the contract's
 * fields as columns; `documents.coded` also holds the whole coded document (without its text).
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    date TEXT,
    source TEXT,
    url TEXT,
    title TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    data_hash TEXT NOT NULL,
    version TEXT NOT NULL,
    coded TEXT NOT NULL,
    event_count INTEGER NOT NULL
  );
  CREATE INDEX documents_date ON documents(date);

  CREATE TABLE actors (
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    kind TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (doc, actor_id)
  ) WITHOUT ROWID;
  CREATE INDEX actors_code ON actors(code);

  CREATE TABLE places (
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    place_id TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    geonameid INTEGER,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (doc, place_id)
  ) WITHOUT ROWID;

  CREATE TABLE quotes (
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    quote_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    speaker_actor TEXT,
    speaker_name TEXT,
    speaker_code TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    PRIMARY KEY (doc, quote_id)
  ) WITHOUT ROWID;

  CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    anchor INTEGER NOT NULL,
    day INTEGER,
    cameo_root TEXT NOT NULL,
    source_cs TEXT NOT NULL,
    target_cs TEXT NOT NULL,
    lat REAL,
    lon REAL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL
  );
  CREATE INDEX clusters_key ON clusters(cameo_root, source_cs, target_cs, day);

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    plover_type TEXT,
    plover_mode TEXT,
    quad_class INTEGER NOT NULL,
    goldstein REAL,
    source_actor TEXT, source_name TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
    source_start INTEGER, source_end INTEGER,
    target_actor TEXT, target_name TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
    target_start INTEGER, target_end INTEGER,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    date TEXT,
    date_start INTEGER, date_end INTEGER,
    place_id TEXT, place_name TEXT, place_country TEXT, lat REAL, lon REAL,
    place_start INTEGER, place_end INTEGER,
    killed INTEGER, injured INTEGER, arrested INTEGER,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    quote TEXT,
    rule TEXT NOT NULL,
    cluster INTEGER NOT NULL REFERENCES clusters(id)
  );
  CREATE INDEX events_doc ON events(doc);
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_cluster ON events(cluster);
  CREATE INDEX events_cameo ON events(cameo);

  CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;
  `,
];
