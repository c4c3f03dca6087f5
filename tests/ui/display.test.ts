/**
 * Reading and display preferences reach the page as attributes the style sheet reads; "as this
 * device is set" follows the operating system's own contrast setting, and its changes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyDisplay } from '../../src/ui/display';

const root = document.documentElement;

/** The device's "more contrast" setting, as one matchMedia query the test can change. */
let more = false;
const listeners: (() => void)[] = [];
const query = {
  get matches() {
    return more;
  },
  addEventListener: (_: string, listener: () => void) => listeners.push(listener),
};

function deviceContrast(wanted: boolean) {
  more = wanted;
  return {
    change(next: boolean) {
      more = next;
      for (const listener of listeners) listener();
    },
  };
}

beforeEach(() => vi.stubGlobal('matchMedia', () => query));
afterEach(() => applyDisplay({}));

describe('reading and display preferences', () => {
  it('sets text up to twice the size, more space and less motion as chosen', () => {
    deviceContrast(false);
    applyDisplay({ textSize: 'largest', moreSpace: true, motion: 'reduce' });
    expect(root.dataset.textSize).toBe('largest');
    expect(root.hasAttribute('data-more-space')).toBe(true);
    expect(root.hasAttribute('data-reduce-motion')).toBe(true);

    applyDisplay({ textSize: 'standard', moreSpace: false, motion: 'device' });
    expect(root.dataset.textSize).toBe('standard');
    expect(root.hasAttribute('data-more-space')).toBe(false);
    // "As this device is set" leaves motion to the style sheet's prefers-reduced-motion.
    expect(root.hasAttribute('data-reduce-motion')).toBe(false);
  });

  it('follows the device for contrast until the person chooses, and hears the device change', () => {
    const device = deviceContrast(true);
    applyDisplay({ contrast: 'device' });
    expect(root.hasAttribute('data-more-contrast')).toBe(true);

    applyDisplay({ contrast: 'standard' });
    expect(root.hasAttribute('data-more-contrast')).toBe(false);

    applyDisplay({ contrast: 'device' });
    device.change(false);
    expect(root.hasAttribute('data-more-contrast')).toBe(false);

    applyDisplay({ contrast: 'more' });
    expect(root.hasAttribute('data-more-contrast')).toBe(true);
  });
});
