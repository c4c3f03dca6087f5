/**
 * What "Help now" shows from the person's own plan. It lives in a plain store, filled once the
 * database opens, so Help now itself never waits for (or breaks with) the database code.
 */
import type { Nation } from '../../domain/helpLines';
import type { OwnHelpLine } from '../../domain/settings';
import { createStore } from '../../lib/store';

export interface HelpContact {
  id: string;
  name: string;
  phone: string;
  /** What the person would like them to do, in their words. */
  role: string;
}

export interface HelpNowData {
  /**
   * People the crisis plan asks to be involved (or, if none, people with a phone number) —
   * never anyone under "Who I do not want involved".
   */
  contacts: HelpContact[];
  /** True when the contacts come from the crisis plan itself. */
  fromCrisisPlan: boolean;
  /** Whether the crisis plan has anything in it, and reasons for living in particular. */
  hasCrisisPlan: boolean;
  hasReasons: boolean;
  nation: Nation | '';
  hiddenHelpLines: string[];
  ownHelpLines: OwnHelpLine[];
}

export const helpNowData = createStore<HelpNowData>({
  contacts: [],
  fromCrisisPlan: false,
  hasCrisisPlan: false,
  hasReasons: false,
  nation: '',
  hiddenHelpLines: [],
  ownHelpLines: [],
});

/**
 * A plan someone shared, as Help now speaks of it to the person reading it: whose plan it is and
 * the people that plan asks to be involved. Null on the person's own screens.
 */
export interface SharedPlanHelp {
  name: string;
  contacts: HelpContact[];
}

export const sharedPlanHelp = createStore<SharedPlanHelp | null>(null);
