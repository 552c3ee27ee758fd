<?php
// Settings of the agency site, from the environment (or edit the defaults here).
// Keep this file, src/ and the database outside the web root: only public/ is served.
declare(strict_types=1);

return [
    // LAPOR! (or the sandbox: `npx lapor-sandbox`), as the server reaches it.
    'endpoint' => getenv('LAPOR_ENDPOINT') ?: 'http://127.0.0.1:4010',
    // The same, as citizens' browsers reach it (the widget talks to it directly).
    'public_endpoint' => getenv('LAPOR_PUBLIC_ENDPOINT') ?: (getenv('LAPOR_ENDPOINT') ?: 'http://127.0.0.1:4010'),
    // Publishable key: may be in the page, bound to the site's origins.
    'site_key' => getenv('LAPOR_SITE_KEY') ?: 'pk_test_sandbox',
    // Secret key: server only, never in a page or in the repository of a real site.
    'secret_key' => getenv('LAPOR_SECRET_KEY') ?: 'sk_test_sandbox',
    'institution' => getenv('LAPOR_INSTITUTION') ?: 'pemkot-mataram',
    // Webhook signing secrets (`whsec_…`): the current one, and the previous one while rotating.
    'webhook_secrets' => array_values(array_filter([getenv('LAPOR_WEBHOOK_SECRET') ?: '', getenv('LAPOR_WEBHOOK_SECRET_PREVIOUS') ?: ''])),
    // The site's own SQLite database.
    'db' => getenv('AGENCY_DB') ?: __DIR__ . '/data/agency.sqlite',
    // The widget's CDN files (lapor-widget.js, its chunks, integrity.json).
    'widget_dir' => getenv('LAPOR_WIDGET_DIR') ?: __DIR__ . '/../../packages/widget/dist/cdn',
];
