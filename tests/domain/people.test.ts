import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from '../../src/domain/people';

describe('contact links', () => {
  it('turns phone numbers into tel: links of digits', () => {
    expect(telHref('07700 900 123')).toBe('tel:07700900123');
    expect(telHref('+44 (0)7700-900123')).toBe('tel:+447700900123');
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('ask at reception')).toBeNull();
    expect(telHref('')).toBeNull();
  });

  it('turns email addresses into mailto: links and ignores anything else', () => {
    expect(mailtoHref(' sam@example.org ')).toBe('mailto:sam@example.org');
    expect(mailtoHref('not an email')).toBeNull();
    expect(mailtoHref('javascript:alert(1)@x.y')).toBeNull();
    expect(mailtoHref('a@b')).toBeNull();
  });
});
