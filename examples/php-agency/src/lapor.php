<?php
// Calls to the LAPOR! API with the institution's secret key, through PHP's curl.
declare(strict_types=1);

/**
 * One API call. Returns [status, decoded JSON body]. Errors are application/problem+json
 * with a stable `code` and a `detail` to show.
 *
 * @param array|null $body JSON body for POST
 * @param string|null $idempotencyKey for POST: the same key makes a retry harmless
 */
function lapor_api(array $config, string $method, string $path, ?array $body = null, ?string $idempotencyKey = null): array
{
    $headers = ['Authorization: Bearer ' . $config['secret_key'], 'Accept: application/json', 'Accept-Language: id'];
    $curl = curl_init(rtrim($config['endpoint'], '/') . $path);
    curl_setopt_array($curl, [
        CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_CONNECTTIMEOUT => 5,
        CURLOPT_TIMEOUT => 15,
    ]);
    if ($body !== null) {
        $headers[] = 'Content-Type: application/json';
        $headers[] = 'Idempotency-Key: ' . ($idempotencyKey ?: lapor_uuid());
        curl_setopt($curl, CURLOPT_POSTFIELDS, json_encode($body, JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR));
    }
    curl_setopt($curl, CURLOPT_HTTPHEADER, $headers);
    $text = curl_exec($curl);
    $status = (int) curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    $error = curl_error($curl);
    curl_close($curl);
    if ($text === false) {
        return [0, ['code' => 'network_error', 'detail' => "LAPOR! tidak dapat dihubungi / unreachable: $error"]];
    }
    return [$status, $text === '' ? null : json_decode($text, true)];
}

/** A random UUID (v4) for Idempotency-Key. */
function lapor_uuid(): string
{
    $bytes = random_bytes(16);
    $bytes[6] = chr((ord($bytes[6]) & 0x0f) | 0x40);
    $bytes[8] = chr((ord($bytes[8]) & 0x3f) | 0x80);
    return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($bytes), 4));
}
