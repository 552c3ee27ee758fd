<?php
// What every page of the site shares: security headers, escaping, the layout.
declare(strict_types=1);

/** Sends a strict Content-Security-Policy; $connect lists origins the page's scripts may call. */
function send_security_headers(array $connect = []): void
{
    header('Content-Security-Policy: ' . implode('; ', [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        'connect-src ' . implode(' ', array_merge(["'self'"], $connect)),
        "require-trusted-types-for 'script'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]));
    header('X-Content-Type-Options: nosniff');
    header('Referrer-Policy: same-origin');
}

function e(?string $text): string
{
    return htmlspecialchars($text ?? '', ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

/** The origin (scheme://host:port) of a URL, for connect-src. */
function origin_of(string $url): string
{
    $parts = parse_url($url);
    return $parts['scheme'] . '://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
}

function page_start(string $title, string $head = ''): void
{
    $title = e($title);
    echo <<<HTML
        <!doctype html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{$title} – Pemerintah Kota Mataram</title>
        <link rel="stylesheet" href="/site.css">
        {$head}
        </head>
        <body>
        <a class="skip" href="#isi">Langsung ke isi</a>
        <header><div class="inner">
          <a class="brand" href="/">Pemerintah Kota Mataram<small>Nusa Tenggara Barat</small></a>
          <nav aria-label="Menu utama"><ul><li><a href="/">Pengaduan</a></li><li><a href="/pengaduan.php">Kelola pengaduan (petugas)</a></li></ul></nav>
        </div></header>
        <main id="isi">
        HTML;
}

function page_end(): void
{
    echo <<<HTML
        </main>
        <footer><div class="inner"><p>Terhubung dengan <a href="https://www.lapor.go.id">SP4N-LAPOR!</a> (contoh; data dikirim ke sandbox lokal).</p></div></footer>
        </body>
        </html>
        HTML;
}
