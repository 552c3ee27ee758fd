// Small JSON storage on the device. Private modes and full quotas throw: the widget keeps
// working without it, it only loses the ability to survive a reload.

export function readJson<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown): boolean {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** A storage key scoped to one LAPOR! endpoint and key, so two widgets never mix data. */
export function scopedKey(kind: string, endpoint: string, siteKey: string, extra = ''): string {
  return `lapor:${kind}:${endpoint}|${siteKey}${extra ? `|${extra}` : ''}`;
}
