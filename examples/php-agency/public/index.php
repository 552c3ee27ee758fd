<?php
// The citizens' page: the LAPOR! form, embedded with one script tag (pinned by its SRI
// hash) and one element, under a strict Content-Security-Policy.
declare(strict_types=1);
$config = require __DIR__ . '/../config.php';
require __DIR__ . '/../src/page.php';

// integrity.json comes with the widget's CDN files: the hash pins the exact bytes.
$integrityFile = $config['widget_dir'] . '/integrity.json';
if (!is_file($integrityFile)) {
    http_response_code(500);
    header('Content-Type: text/plain; charset=utf-8');
    exit("Berkas widget tidak ditemukan: jalankan `npm run build` atau atur LAPOR_WIDGET_DIR.\n"
        . "Widget files not found: run `npm run build` or set LAPOR_WIDGET_DIR.\n");
}
$widgetHash = json_decode((string) file_get_contents($integrityFile), true)['lapor-widget.js']['integrity'];

send_security_headers([origin_of($config['public_endpoint'])]);
page_start('Layanan Pengaduan', '<script type="module" src="/cdn/lapor-widget.js" integrity="' . e($widgetHash) . '" crossorigin></script>');
?>
<h1>Layanan Pengaduan Masyarakat</h1>
<p class="lead">
  Sampaikan keluhan, aspirasi, atau permintaan informasi tentang pelayanan publik di Kota Mataram. Laporan Anda
  diteruskan ke SP4N-LAPOR! dan ditindaklanjuti oleh perangkat daerah yang berwenang.
</p>
<lapor-form endpoint="<?= e($config['public_endpoint']) ?>" site-key="<?= e($config['site_key']) ?>" institution="<?= e($config['institution']) ?>">
  <a href="https://www.lapor.go.id">Sampaikan laporan Anda di lapor.go.id</a>
</lapor-form>
<?php page_end();
