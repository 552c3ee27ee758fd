/**
 * Where a URL points, for the servers that call it (webhook deliveries): a LAPOR! server
 * must not be made to send requests into its own network (SSRF), so webhook endpoints on
 * private, link-local (cloud metadata at 169.254.169.254), loopback and reserved
 * addresses are refused at registration. The sandbox allows loopback, for receivers on
 * the developer's own machine.
 *
 * Only literal addresses and names that never resolve publicly are judged here; a public
 * name that resolves to a private address must also be checked when delivering.
 */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link_local' | 'reserved';

/** Names that only resolve inside a network (RFC 6761, 6762, 8375 and common practice). */
const LOCAL_SUFFIXES = ['.local', '.internal', '.lan', '.home.arpa', '.intranet', '.corp', '.localdomain'];

function ipv4Kind(a: number, b: number, c: number): AddressKind {
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  if (a === 169 && b === 254) return 'link_local';
  if (
    a === 0 ||
    a >= 224 ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  ) {
    return 'reserved';
  }
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address as the WHATWG URL parser prints it, or `undefined`. */
function ipv6Groups(text: string): number[] | undefined {
  const [head = '', tail, extra] = text.split('::');
  if (extra !== undefined) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<number>(tail === undefined ? 0 : missing).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

function ipv6Kind(groups: number[]): AddressKind {
  const [g0 = 0, g1 = 0, , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  const v4 = () => ipv4Kind(g6 >> 8, g6 & 0xff, g7 >> 8);
  const zeroUpTo = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroUpTo(7) && g7 === 1) return 'loopback';
  if (zeroUpTo(5) && g5 === 0xffff) return v4(); // IPv4-mapped
  if (zeroUpTo(6)) return 'reserved'; // unspecified, IPv4-compatible
  if (g0 === 0x64 && g1 === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return v4(); // NAT64
  if (g0 === 0x2002) return ipv4Kind(g1 >> 8, g1 & 0xff, (groups[2] ?? 0) >> 8); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // unique local, e.g. fd00:ec2::254
  if ((g0 & 0xffc0) === 0xfe80) return 'link_local';
  if ((g0 & 0xff00) === 0xff00 || (g0 === 0x2001 && g1 === 0xdb8)) return 'reserved';
  return 'public';
}

/**
 * What kind of address a URL's host is. Decimal, octal and hex IPv4 forms
 * (`http://2852039166/`) are normalised by the URL parser first, so they are judged as
 * the address they are.
 *
 * @example
 * ```ts
 * addressKind('http://169.254.169.254/latest/meta-data/'); // 'link_local'
 * addressKind('https://dinas.example.go.id/lapor');          // 'public'
 * ```
 */
export function addressKind(url: string): AddressKind {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return 'reserved';
  }
  if (host.startsWith('[')) {
    const groups = ipv6Groups(host.slice(1, -1));
    return groups ? ipv6Kind(groups) : 'reserved';
  }
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) return ipv4Kind(Number(v4[1]), Number(v4[2]), Number(v4[3]));
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (!host.includes('.') || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'private';
  return 'public';
}
