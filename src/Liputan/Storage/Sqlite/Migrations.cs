namespace Liputan.Storage.Sqlite;

/// <summary>
/// Numbered, forward-only schema migrations. <c>PRAGMA user_version</c> holds the number of the
/// last one applied; a migration is never edited once released, only followed by a new one.
/// </summary>
internal static class Migrations
{
    public static readonly string[] All =
    [
        // 1: articles, their full-text index, annotations, events and stories.
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            canonical_url TEXT UNIQUE,
            content_hash TEXT NOT NULL,
            source TEXT,
            outlet TEXT,
            outlet_domain TEXT,
            title TEXT,
            description TEXT,
            authors TEXT NOT NULL,
            editor TEXT,
            published TEXT,
            published_utc TEXT,
            modified TEXT,
            language TEXT NOT NULL,
            dateline TEXT,
            body TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            credits TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_published ON articles(published_utc);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        END;
        CREATE TABLE article_sources (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, source)
        );
        CREATE TABLE annotations (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            layer TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            label TEXT NOT NULL,
            value TEXT
        );
        CREATE INDEX annotations_article ON annotations(article_id, layer);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            terms TEXT NOT NULL
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            date TEXT,
            terms TEXT NOT NULL,
            ordinal INTEGER NOT NULL
        );
        CREATE INDEX events_story ON events(story_id);
        CREATE TABLE event_articles (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            PRIMARY KEY (event_id, article_id)
        );
        CREATE INDEX event_articles_article ON event_articles(article_id);
        """,

        // 2: near-duplicate copies, each under its canonical (earliest) article.
        """
        CREATE TABLE article_duplicates (
            copy_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            canonical_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity REAL NOT NULL
        );
        CREATE INDEX article_duplicates_canonical ON article_duplicates(canonical_id);
        """,

        // 3: the online grouping state, so an ingest goes on from where the last one stopped:
        // terms with document frequencies, events with centroids, the candidate index, and the
        // duplicate detector's recent signatures.
        """
        CREATE TABLE online_meta (
            key TEXT PRIMARY KEY,
            value INTEGER
        );
        CREATE TABLE online_terms (
            id INTEGER PRIMARY KEY,
            term TEXT NOT NULL,
            df INTEGER NOT NULL
        );
        CREATE TABLE online_events (
            seq INTEGER PRIMARY KEY,
            first_day INTEGER,
            last_day INTEGER,
            merged_into INTEGER NOT NULL,
            frozen INTEGER NOT NULL,
            articles BLOB NOT NULL,
            body BLOB NOT NULL,
            title BLOB NOT NULL,
            entities BLOB NOT NULL
        );
        CREATE INDEX online_events_live ON online_events(frozen, merged_into);
        CREATE TABLE online_postings (
            term INTEGER PRIMARY KEY,
            clusters BLOB NOT NULL
        );
        CREATE TABLE online_signatures (
            seq INTEGER PRIMARY KEY,
            canonical_id TEXT NOT NULL,
            signature BLOB NOT NULL
        );
        """,

        // 4: the online story linker's state, so each batch links only its new events: the story
        // of each online event, the stories (their aged-out events' summed centroids, their live
        // events, their last date) and the candidate index over story keys.
        """
        ALTER TABLE online_events ADD COLUMN story INTEGER NOT NULL DEFAULT -1;
        CREATE TABLE online_stories (
            seq INTEGER PRIMARY KEY,
            last_day INTEGER,
            id TEXT NOT NULL,
            base_last_day INTEGER,
            members INTEGER NOT NULL,
            live BLOB NOT NULL,
            body BLOB NOT NULL,
            entities BLOB NOT NULL
        );
        CREATE INDEX online_stories_last ON online_stories(last_day);
        CREATE TABLE online_story_postings (
            term INTEGER PRIMARY KEY,
            stories BLOB NOT NULL
        );
        """,

        // 5: the candidate indexes and the document frequencies as logs. A batch rewrote some 7,000
        // event and as many story posting lists and 22,000 frequencies scattered over their
        // tables, dirtying nearly every page of all three (a quarter of all the pages a batch
        // wrote); each changed list or frequency is now appended (an empty list marks it gone), the
        // last row of a term wins on reading, and the store compacts a log now and then.
        """
        CREATE TABLE online_df_log (
            seq INTEGER PRIMARY KEY,
            id INTEGER NOT NULL,
            df INTEGER NOT NULL
        );
        CREATE TABLE online_posting_log (
            seq INTEGER PRIMARY KEY,
            term INTEGER NOT NULL,
            clusters BLOB NOT NULL
        );
        INSERT INTO online_posting_log(term, clusters) SELECT term, clusters FROM online_postings ORDER BY term;
        DROP TABLE online_postings;
        CREATE TABLE online_story_posting_log (
            seq INTEGER PRIMARY KEY,
            term INTEGER NOT NULL,
            stories BLOB NOT NULL
        );
        INSERT INTO online_story_posting_log(term, stories) SELECT term, stories FROM online_story_postings ORDER BY term;
        DROP TABLE online_story_postings;
        -- The full-text index merges 16 segments of a level at a time, not 4: each article's postings
        -- are rewritten about half as often (a third fewer of its pages written a batch, measured),
        -- for a few more segments read by a search.
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
        """,
    ];
}
