<?php
// The webhook receiver: LAPOR! POSTs every event of the institution here. Verify, store
// once, answer at once; anything slow (mail, case files) happens later from the table.
declare(strict_types=1);
$config = require __DIR__ . '/../config.php';
require __DIR__ . '/../src/webhook.php';
require __DIR__ . '/../src/db.php';

$body = file_get_contents('php://input');
$id = $_SERVER['HTTP_WEBHOOK_ID'] ?? '';
$timestamp = $_SERVER['HTTP_WEBHOOK_TIMESTAMP'] ?? '';
$signatures = $_SERVER['HTTP_WEBHOOK_SIGNATURE'] ?? '';

if ($_SERVER['REQUEST_METHOD'] !== 'POST' || !lapor_verify_webhook($id, $timestamp, $signatures, $body, $config['webhook_secrets'])) {
    http_response_code(400); // not from LAPOR!, changed on the way, or too old: ignore it
    exit;
}

$event = json_decode($body, true);
// Delivery is at least once: the webhook-id makes a repeat a no-op (only counted).
agency_db($config)
    ->prepare('INSERT INTO webhook_events (id, type, tracking_id, payload, received_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET deliveries = deliveries + 1')
    ->execute([$id, $event['type'] ?? '', $event['data']['trackingId'] ?? '', $body, gmdate('c')]);
http_response_code(204);
