import { describe, expect, it } from 'vitest';
import { codesOf, library, online, patron, staff, valueOf } from './fixtures.js';

describe('patron settings', () => {
  it('[A1] staff register a patron with an address, and the online service opens', async () => {
    const lib = library({ seed: { patrons: [patron('p-9', { internetRegistered: false, email: null })] } });
    expect(codesOf(await lib.service.listCart(online('p-9')))).toEqual(['NOT_REGISTERED', 'NO_EMAIL']);
    expect(codesOf(await lib.service.setInternetRegistration(staff('akeno'), { patronId: 'p-9', registered: true, email: 'bad address' }))).toEqual([
      'INVALID_EMAIL',
    ]);
    valueOf(await lib.service.setInternetRegistration(staff('akeno'), { patronId: 'p-9', registered: true, email: 'p9@example.jp' }));
    expect(valueOf(await lib.service.listCart(online('p-9')))).toEqual([]);
  });

  it('[A2][A3] an unreachable patron may change the address; the mark clears only when confirmed', async () => {
    const lib = library();
    valueOf(await lib.service.setUnreachable(staff('akeno'), { patronId: 'p-2', unreachable: true }));
    expect(codesOf(await lib.service.changeEmail(online('p-2'), { email: 'no-at-sign', confirmed: true }))).toEqual(['INVALID_EMAIL']);
    valueOf(await lib.service.changeEmail(online('p-2'), { email: 'p2.new@example.jp', confirmed: false }));
    expect(codesOf(await lib.service.listCart(online('p-2')))).toEqual(['UNREACHABLE']);
    valueOf(await lib.service.changeEmail(online('p-2'), { email: 'p2.newer@example.jp', confirmed: true }));
    expect(valueOf(await lib.service.listCart(online('p-2')))).toEqual([]);
    expect(lib.storage.snapshot().patrons.find((p) => p.patron.id === 'p-2')?.patron.email).toBe('p2.newer@example.jp');
  });

  it('[D5] the patron chooses what the notice shows', async () => {
    const lib = library();
    valueOf(await lib.service.setNoticePrivacy(online('p-2'), { showName: true, showTitle: false }));
    expect(lib.storage.snapshot().patrons.find((p) => p.patron.id === 'p-2')?.patron.noticePrivacy).toEqual({ showName: true, showTitle: false });
  });
});
