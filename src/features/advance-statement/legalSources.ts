import type { Jurisdiction } from '../../domain/advanceStatement';

/**
 * The day the law behind "The rules where you live" was last checked against its sources. Each
 * statement, its source and what was read are listed in docs/safety/legal-sources.md; change this
 * day only after checking them all again.
 */
export const LAW_CHECKED_ON = '2026-11-30';

/** A source of the rules, by the key of its name under `advance.sources.names`. */
export interface LegalSource {
  name: string;
  url: string;
}

const legislation = (path: string) => `https://www.legislation.gov.uk/${path}`;

/** Where the rules for each place come from, in the order the rules use them. */
export const LEGAL_SOURCES: Record<Jurisdiction, readonly LegalSource[]> = {
  scotland: [
    { name: 'mhcts275', url: legislation('asp/2003/13/section/275') },
    { name: 'mhcts276', url: legislation('asp/2003/13/section/276') },
    { name: 'mhcts259', url: legislation('asp/2003/13/section/259') },
    { name: 'ssi2017175', url: legislation('ssi/2017/175/made') },
    { name: 'mwcAdvance', url: 'https://mwcscot.org.uk/law-rights/advance-statements' },
  ],
  englandWales: [
    { name: 'mca4', url: legislation('ukpga/2005/9/section/4') },
    { name: 'mca24', url: legislation('ukpga/2005/9/section/24') },
    { name: 'mha2025s44', url: legislation('ukpga/2025/33/section/44') },
  ],
  northernIreland: [
    { name: 'niOrder1986', url: legislation('nisi/1986/595/contents') },
    { name: 'niMcaCommencement', url: legislation('nisr/2019/163') },
    { name: 'niDohMca', url: 'https://www.health-ni.gov.uk/mca' },
    {
      name: 'niDohAdrt',
      url: 'https://www.health-ni.gov.uk/publications/review-law-relating-advance-decisions-refuse-treatment',
    },
  ],
  elsewhere: [],
};
