import { addressUnit } from '../../src/modules/auth/login-throttle';

describe('the unit a client address is throttled in', () => {
  it('is an IPv4 address itself, also when written IPv4-mapped', () => {
    expect(addressUnit('203.0.113.7')).toBe('203.0.113.7');
    expect(addressUnit('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressUnit('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it("is an IPv6 address's /64, however the address is written", () => {
    const unit = '2001:db8:1:2::/64';
    for (const ip of ['2001:db8:1:2:3:4:5:6', '2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::', '2001:db8:1:2::9%eth0'])
      expect(addressUnit(ip)).toBe(unit);
    expect(addressUnit('2001:db8:1:3::1')).not.toBe(unit);
    expect(addressUnit('::1')).toBe('0:0:0:0::/64');
    expect(addressUnit('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('is "unknown" without an address', () => {
    expect(addressUnit(undefined)).toBe('unknown');
    expect(addressUnit('')).toBe('unknown');
  });
});
