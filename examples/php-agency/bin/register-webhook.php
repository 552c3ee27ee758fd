<?php
// Registers this site's webhook receiver with LAPOR! and prints the signing secret,
// which LAPOR! shows only once: put it in LAPOR_WEBHOOK_SECRET.
//   LAPOR_SECRET_KEY=sk_… php bin/register-webhook.php https://pengaduan.example.go.id/webhook.php
declare(strict_types=1);
$config = require __DIR__ . '/../config.php';
require __DIR__ . '/../src/lapor.php';

$url = $argv[1] ?? '';
if (!filter_var($url, FILTER_VALIDATE_URL)) {
    fwrite(STDERR, "Pemakaian / usage: php bin/register-webhook.php <URL of public/webhook.php>\n");
    exit(2);
}
[$status, $endpoint] = lapor_api($config, 'POST', '/v1/agency/webhooks', ['url' => $url, 'events' => ['*'], 'description' => 'php-agency example']);
if ($status !== 201) {
    fwrite(STDERR, 'Pendaftaran gagal / registration failed: ' . ($endpoint['detail'] ?? "HTTP $status") . "\n");
    exit(1);
}
echo "LAPOR_WEBHOOK_SECRET={$endpoint['secret']}\n";
