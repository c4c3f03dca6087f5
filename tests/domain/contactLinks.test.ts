import { describe, expect, it } from 'vitest';
import { dialPlan, smsHref, telHref, type DialProblem } from '../../src/domain/contactLinks';

/** [what the person typed, what the phone dials, how it is shown] */
type Dialled = [typed: string, dial: string, display: string];

const UK: Dialled[] = [
  ['07700 900123', '07700900123', '07700 900123'],
  ['07700900123', '07700900123', '07700 900123'],
  ['07700-900-123', '07700900123', '07700 900123'],
  ['07700.900.123', '07700900123', '07700 900123'],
  ['07700\u00a0900\u2013123', '07700900123', '07700 900123'],
  ['０７７００ ９００１２３', '07700900123', '07700 900123'],
  ['0161 496 0000', '01614960000', '0161 496 0000'],
  ['(0161) 496-0000', '01614960000', '0161 496 0000'],
  ['020 7946 0000', '02079460000', '020 7946 0000'],
  ['(020) 7946 0000', '02079460000', '020 7946 0000'],
  ['01632 960123', '01632960123', '01632 960123'],
  ['01632 96012', '0163296012', '01632 96012'],
  ['0800 123 4567', '08001234567', '0800 123 4567'],
  ['08001234567', '08001234567', '0800 123 4567'],
  ['0800 1111', '08001111', '0800 1111'],
  ['0800 83 85 87', '0800838587', '0800 83 85 87'],
  ['0800838587', '0800838587', '0800 838587'],
  ['0300 123 3393', '03001233393', '0300 123 3393'],
];

const SHORT_CODES: Dialled[] = [
  ['999', '999', '999'],
  ['111', '111', '111'],
  ['112', '112', '112'],
  ['101', '101', '101'],
  ['116 123', '116123', '116 123'],
  ['116123', '116123', '116 123'],
  ['85258', '85258', '85258'],
  ['18001 999', '18001999', '18001 999'],
  ['18001 0161 496 0000', '1800101614960000', '18001 0161 496 0000'],
];

const INTERNATIONAL: Dialled[] = [
  ['+44 (0)7700 900123', '+447700900123', '+44 7700 900123'],
  ['+44(0)7700-900123', '+447700900123', '+44 7700 900123'],
  ['+44 7700 900123', '+447700900123', '+44 7700 900123'],
  ['+447700900123', '+447700900123', '+44 7700 900123'],
  ['+44 07700 900123', '+447700900123', '+44 7700 900123'],
  ['0044 7700 900123', '+447700900123', '+44 7700 900123'],
  ['00 44 (0)7700 900123', '+447700900123', '+44 7700 900123'],
  ['00447700900123', '+447700900123', '+44 7700 900123'],
  ['+44 (0)161 496 0000', '+441614960000', '+44 161 496 0000'],
  ['+44 (0)20 7946 0000', '+442079460000', '+44 20 7946 0000'],
  ['+44 800 1111', '+448001111', '+44 800 1111'],
  ['+353 1 234 5678', '+35312345678', '+353 1 234 5678'],
  ['00 353 (0)1 234 5678', '+35312345678', '+353 1 234 5678'],
  ['+1 (555) 010-9999', '+15550109999', '+1 555 010 9999'],
  ['+33 1.23.45.67.89', '+33123456789', '+33 1 23 45 67 89'],
];

describe('dialPlan: the number a call button dials', () => {
  describe.each([
    ['UK landlines, mobiles and freephone', UK],
    ['short codes and Relay UK', SHORT_CODES],
    ['international, written with + or 00', INTERNATIONAL],
  ])('%s', (_group, table) => {
    it.each(table)('%j dials %s, shown as %j', (typed, dial, display) => {
      expect(dialPlan(typed)).toEqual({ ok: true, dial, display });
    });
  });

  it.each([
    '0161 496 0000 ext 12',
    '0161 496 0000 ext. 12',
    '0161 496 0000 Ext: 12',
    '0161 496 0000 EXT12',
    '0161 496 0000 extn 12',
    '0161 496 0000 extension 12',
    '0161 496 0000 Extension 12',
    '0161 496 0000 x12',
    '0161 496 0000 x 12',
    '01614960000x12',
    '0161 496 0000 #12',
    '0161 496 0000 # 12',
    '0161 496 0000 (ext 12)',
  ])('stops at the extension in %j, and says which extension to ask for', (typed) => {
    expect(dialPlan(typed)).toEqual({
      ok: true,
      dial: '01614960000',
      display: '0161 496 0000',
      extension: '12',
    });
  });

  it('keeps an extension on an international number apart too', () => {
    expect(dialPlan('+44 (0)161 496 0000 ext. 4321')).toEqual({
      ok: true,
      dial: '+441614960000',
      display: '+44 161 496 0000',
      extension: '4321',
    });
  });

  it.each<[string, DialProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0800 FLOWERS', 'letters'],
    ['0800 356 9377 FLOWERS', 'letters'],
    ['ask at reception', 'letters'],
    ['Mum: 07700 900123', 'letters'],
    ['0161 496 0000 ext twelve', 'letters'],
    ['07700 900123 / 0161 496 0000', 'symbols'],
    ['07700 +900123', 'symbols'],
    ['++44 7700 900123', 'symbols'],
    ['07700 900123*', 'symbols'],
    ['12', 'tooShort'],
    ['+', 'tooShort'],
    ['ext 12', 'tooShort'],
    ['0161 496', 'tooShort'],
    ['+44', 'tooShort'],
    ['+44 7700', 'tooShort'],
    ['+353 12', 'tooShort'],
    ['0161 496 0000 12', 'tooLong'],
    ['07700 900123 07700 900124', 'tooLong'],
    ['+44 161 496 0000 12', 'tooLong'],
    ['+1234 5678 9012 3456', 'tooLong'],
    ['1234 5678 9012 3456', 'tooLong'],
  ])('refuses %j, saying why: %s', (typed, reason) => {
    expect(dialPlan(typed)).toEqual({ ok: false, reason });
  });
});

describe('call and text links', () => {
  it('dial the same normalised number, never a run of every digit typed', () => {
    expect(telHref('+44 (0)7700 900123')).toBe('tel:+447700900123');
    expect(smsHref('+44 (0)7700 900123')).toBe('sms:+447700900123');
    expect(telHref('0161 496 0000 ext 12')).toBe('tel:01614960000');
    expect(smsHref('07700 900 123')).toBe('sms:07700900123');
    expect(telHref('116 123')).toBe('tel:116123');
  });

  it('offer no link rather than a wrong number', () => {
    expect(telHref('0800 FLOWERS')).toBeNull();
    expect(smsHref('0800 FLOWERS')).toBeNull();
    expect(telHref('0161 496 0000 12')).toBeNull();
    expect(telHref('')).toBeNull();
    expect(smsHref('')).toBeNull();
  });
});
