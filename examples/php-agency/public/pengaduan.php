<?php
// The staff page: the institution's complaints, read from LAPOR! with the secret key on
// the server, and a follow-up (tindak lanjut) form for each forwarded complaint.
// A real site puts this behind its staff login.
declare(strict_types=1);
$config = require __DIR__ . '/../config.php';
require __DIR__ . '/../src/page.php';
require __DIR__ . '/../src/lapor.php';
require __DIR__ . '/../src/db.php';

session_start(['cookie_httponly' => true, 'cookie_samesite' => 'Strict']);
$_SESSION['csrf'] ??= bin2hex(random_bytes(16));

const STATUS_LABELS = [
    'submitted' => 'Diajukan', 'on_hold' => 'Ditunda', 'forwarded' => 'Diteruskan', 'followed_up' => 'Ditindaklanjuti',
    'redirected' => 'Dialihkan', 'archived' => 'Diarsipkan', 'closed' => 'Selesai', 'escalated' => 'Dieskalasi',
];

$message = null;
$failed = [];  // tracking ID => [error message, the text to keep]
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $trackingId = (string) ($_POST['trackingId'] ?? '');
    if (!hash_equals($_SESSION['csrf'], (string) ($_POST['csrf'] ?? '')) || !ctype_digit($trackingId)) {
        http_response_code(403);
        exit('Formulir kedaluwarsa; muat ulang halaman. / The form expired; reload the page.');
    }
    // The key was made when the form was shown: a double click or a resent form posts once.
    [$status, $answer] = lapor_api($config, 'POST', "/v1/agency/complaints/$trackingId/follow-ups", ['body' => (string) ($_POST['body'] ?? '')], (string) ($_POST['idempotencyKey'] ?? ''));
    if ($status === 201) {
        header('Location: /pengaduan.php?terkirim=' . $trackingId, true, 303);
        exit;
    }
    $detail = $answer['errors'][0]['message'] ?? $answer['detail'] ?? "HTTP $status";
    $failed[$trackingId] = [$detail, (string) ($_POST['body'] ?? '')];
}
if (isset($_GET['terkirim']) && ctype_digit($_GET['terkirim'])) {
    $message = 'Tindak lanjut untuk #' . $_GET['terkirim'] . ' terkirim ke LAPOR!.';
}

$query = ['limit' => 50];
if (isset($_GET['cursor']) && is_string($_GET['cursor'])) {
    $query['cursor'] = $_GET['cursor'];
}
[$status, $page] = lapor_api($config, 'GET', '/v1/agency/complaints?' . http_build_query($query));
$events = agency_db($config)->query('SELECT id, type, tracking_id, received_at, deliveries FROM webhook_events ORDER BY received_at DESC LIMIT 20')->fetchAll(PDO::FETCH_ASSOC);

send_security_headers();
page_start('Kelola pengaduan');
?>
<h1>Pengaduan untuk instansi ini</h1>
<?php if ($message): ?><p class="notice" role="status"><?= e($message) ?></p><?php endif ?>
<?php if ($status !== 200): ?>
  <p class="error" role="alert">Daftar tidak dapat dimuat: <?= e($page['detail'] ?? "HTTP $status") ?></p>
<?php else: ?>
  <table>
    <thead><tr><th scope="col">Nomor</th><th scope="col">Judul</th><th scope="col">Status</th><th scope="col">Diperbarui</th><th scope="col">Tindak lanjut</th></tr></thead>
    <tbody>
    <?php foreach ($page['data'] as $complaint): $id = $complaint['trackingId']; ?>
      <tr id="c<?= e($id) ?>">
        <td>#<?= e($id) ?></td>
        <td><?= e($complaint['title']) ?></td>
        <td data-status="<?= e($complaint['status']) ?>"><?= e(STATUS_LABELS[$complaint['status']] ?? $complaint['status']) ?></td>
        <td><?= e($complaint['updatedAt']) ?></td>
        <td>
        <?php if (in_array($complaint['status'], ['forwarded', 'followed_up'], true)): ?>
          <form method="post" action="/pengaduan.php">
            <input type="hidden" name="csrf" value="<?= e($_SESSION['csrf']) ?>">
            <input type="hidden" name="trackingId" value="<?= e($id) ?>">
            <input type="hidden" name="idempotencyKey" value="<?= e(lapor_uuid()) ?>">
            <label for="body-<?= e($id) ?>">Tindak lanjut untuk #<?= e($id) ?></label>
            <textarea id="body-<?= e($id) ?>" name="body" rows="2" minlength="10" required><?= e($failed[$id][1] ?? '') ?></textarea>
            <?php if (isset($failed[$id])): ?><p class="error" role="alert"><?= e($failed[$id][0]) ?></p><?php endif ?>
            <button type="submit">Kirim</button>
          </form>
        <?php endif ?>
        </td>
      </tr>
    <?php endforeach ?>
    </tbody>
  </table>
  <?php if (!empty($page['nextCursor'])): ?><p><a href="/pengaduan.php?cursor=<?= e(urlencode($page['nextCursor'])) ?>">Halaman berikutnya</a></p><?php endif ?>
<?php endif ?>

<h2>Webhook terakhir</h2>
<table>
  <thead><tr><th scope="col">webhook-id</th><th scope="col">Peristiwa</th><th scope="col">Nomor</th><th scope="col">Diterima</th><th scope="col">Kiriman</th></tr></thead>
  <tbody>
  <?php foreach ($events as $event): ?>
    <tr><td><?= e($event['id']) ?></td><td><?= e($event['type']) ?></td><td>#<?= e($event['tracking_id']) ?></td><td><?= e($event['received_at']) ?></td><td><?= (int) $event['deliveries'] ?></td></tr>
  <?php endforeach ?>
  </tbody>
</table>
<?php page_end();
