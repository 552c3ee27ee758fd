import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addressKind } from '@lapor/client/contract';

describe('addressKind: where a webhook URL points', () => {
  const cases: Record<string, ReturnType<typeof addressKind>> = {
    'https://dinas.example.go.id/lapor': 'public',
    'http://203.0.114.7/hook': 'public',
    'http://[2606:4700::1111]/': 'public',
    'http://127.0.0.1:9/': 'loopback',
    'http://localhost:3000/': 'loopback',
    'http://api.localhost/': 'loopback',
    'http://[::1]/': 'loopback',
    'http://[::ffff:127.0.0.1]/': 'loopback',
    'http://169.254.169.254/latest/meta-data/': 'link_local',
    'http://2852039166/': 'link_local', // 169.254.169.254 in decimal
    'http://0xa9.0xfe.0xa9.0xfe/': 'link_local',
    'http://[::ffff:169.254.169.254]/': 'link_local',
    'http://[fe80::1]/': 'link_local',
    'http://10.1.2.3/': 'private',
    'http://172.16.0.1/': 'private',
    'http://172.31.255.255/': 'private',
    'http://192.168.1.1/': 'private',
    'http://100.100.100.200/': 'private', // Alibaba Cloud metadata, shared address space
    'http://[fd00:ec2::254]/': 'private', // AWS metadata over IPv6
    'http://metadata.google.internal/': 'private',
    'http://printer.local/': 'private',
    'http://intranet/': 'private',
    'http://0.0.0.0/': 'reserved',
    'http://[::]/': 'reserved',
    'http://224.0.0.1/': 'reserved',
    'http://[64:ff9b::a9fe:a9fe]/': 'link_local', // NAT64 of the metadata address
  };
  for (const [url, kind] of Object.entries(cases)) {
    it(`${url} is ${kind}`, () => assert.equal(addressKind(url), kind));
  }
  it('172.32.0.1 and 11.0.0.1 are public', () => {
    assert.equal(addressKind('http://172.32.0.1/'), 'public');
    assert.equal(addressKind('http://11.0.0.1/'), 'public');
  });
});
