<?php
// The agency site's own database: SQLite through PDO.
declare(strict_types=1);

function agency_db(array $config): PDO
{
    $dir = dirname($config['db']);
    if (!is_dir($dir)) {
        mkdir($dir, 0700, true);
    }
    $db = new PDO('sqlite:' . $config['db'], null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    // WAL: the webhook receiver writes while staff pages read.
    $db->exec('PRAGMA journal_mode = WAL');
    $db->exec('PRAGMA busy_timeout = 5000');
    $db->exec(<<<'SQL'
        CREATE TABLE IF NOT EXISTS webhook_events (
            id TEXT PRIMARY KEY,            -- webhook-id: the same on every retry of an event
            type TEXT NOT NULL,
            tracking_id TEXT NOT NULL,
            payload TEXT NOT NULL,          -- the raw body, as signed
            received_at TEXT NOT NULL,
            deliveries INTEGER NOT NULL DEFAULT 1,
            processed_at TEXT               -- for a later job (mail the staff, update the case file)
        )
        SQL);
    return $db;
}
