<?php
// Standard Webhooks verification (standardwebhooks.com) with PHP's own hash_hmac and
// hash_equals: no Composer package needed.
declare(strict_types=1);

/**
 * Whether a delivery was signed by LAPOR! with one of the secrets, less than
 * $tolerance seconds ago. $body is the raw request body, exactly as received.
 */
function lapor_verify_webhook(string $id, string $timestamp, string $signatures, string $body, array $secrets, int $tolerance = 300): bool
{
    // A replayed or delayed delivery is refused: the timestamp is part of what is signed.
    if ($id === '' || !ctype_digit($timestamp) || abs(time() - (int) $timestamp) > $tolerance) {
        return false;
    }
    foreach ($secrets as $secret) {
        // The HMAC key is the base64 part of "whsec_<base64>".
        $key = base64_decode(preg_replace('/^whsec_/', '', $secret), true);
        if ($key === false || $key === '') {
            continue;
        }
        $expected = 'v1,' . base64_encode(hash_hmac('sha256', "$id.$timestamp.$body", $key, true));
        // Several signatures, space separated, while LAPOR! rotates a secret; a few are plenty.
        foreach (array_slice(explode(' ', $signatures, 6), 0, 5) as $signature) {
            if (hash_equals($expected, $signature)) { // constant time
                return true;
            }
        }
    }
    return false;
}
