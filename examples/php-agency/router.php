<?php
// Router for PHP's built-in server (development and tests):
//   php -S 127.0.0.1:8000 -t public router.php
// On Apache or nginx, serve public/ and copy the widget's CDN files to public/cdn/.
declare(strict_types=1);
$config = require __DIR__ . '/config.php';

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (!is_string($path) || preg_match('//u', rawurldecode($path)) !== 1) {
    http_response_code(400);
    exit('Alamat tidak valid / Bad request');
}
if (str_starts_with($path, '/cdn/')) {
    // Contained by directory: the resolved file must sit inside the widget folder.
    $dir = realpath($config['widget_dir']);
    $file = realpath($dir . '/' . substr(rawurldecode($path), 5));
    if ($dir === false || $file === false || !str_starts_with($file, $dir . DIRECTORY_SEPARATOR) || !is_file($file)) {
        http_response_code(404);
        exit('Tidak ditemukan / Not found');
    }
    header('Content-Type: ' . (str_ends_with($file, '.js') ? 'text/javascript; charset=utf-8' : 'application/json'));
    header('X-Content-Type-Options: nosniff');
    header('Cache-Control: no-cache');
    readfile($file);
    return true;
}
return false; // public/ as usual
