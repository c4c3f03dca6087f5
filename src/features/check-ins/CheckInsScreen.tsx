import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { checkInAreasRepository, checkInsRepository } from '../../db/repositories/checkIns';
import { getSettings, updateSettings } from '../../db/repositories/settings';
import { announce } from '../../ui/announcer';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { AreasSection } from './AreasSection';
import { CheckInForm } from './CheckInForm';
import { HistorySection } from './HistorySection';
import { areaName, countCheckIns } from './checkInHistory';
import { shownBySaveStatus } from '../../ui/failures';

/** Where focus goes after the person turns check-ins on or off, so they are not left behind. */
type FocusAfterToggle = 'on' | 'off' | null;

/**
 * Optional check-ins: off until the person turns them on. Then they choose the parts of life that
 * matter to them, say how things are from 1 to 10 whenever they like, and see how that changes.
 * (The router hands every screen its params; this one needs none.)
 */
export function CheckInsScreen() {
  const { t } = useTranslation();
  const settings = useLiveQuery(getSettings, [], null);
  const focusAfterRef = useRef<FocusAfterToggle>(null);

  const setEnabled = (checkInsEnabled: boolean) => {
    focusAfterRef.current = checkInsEnabled ? 'on' : 'off';
    void updateSettings({ checkInsEnabled })
      .then(() => announce(t(checkInsEnabled ? 'checkIns.turnedOn' : 'checkIns.turnOff.done')))
      .catch(shownBySaveStatus);
  };

  return (
    <>
      <ScreenHeading>{t('checkIns.title')}</ScreenHeading>
      {settings &&
        (settings.checkInsEnabled ? (
          <CheckInsOn onTurnOff={() => setEnabled(false)} focusAfterRef={focusAfterRef} />
        ) : (
          <CheckInsOff onTurnOn={() => setEnabled(true)} focusAfterRef={focusAfterRef} />
        ))}
    </>
  );
}

interface ToggleProps {
  focusAfterRef: RefObject<FocusAfterToggle>;
}

function useFocusAfterToggle<E extends HTMLElement>(
  focusAfterRef: RefObject<FocusAfterToggle>,
  when: Exclude<FocusAfterToggle, null>,
) {
  const ref = useRef<E>(null);
  // A layout effect: focus moves in the same commit that removes the button, so there is never a
  // moment when focus has fallen to the page and a screen reader starts again from the top.
  useLayoutEffect(() => {
    if (focusAfterRef.current !== when) return;
    focusAfterRef.current = null;
    ref.current?.focus();
  }, [focusAfterRef, when]);
  return ref;
}

function CheckInsOff({ onTurnOn, focusAfterRef }: ToggleProps & { onTurnOn: () => void }) {
  const { t } = useTranslation();
  const count = useLiveQuery(async () => countCheckIns(await checkInsRepository.list()), [], 0);
  const turnOnRef = useFocusAfterToggle<HTMLButtonElement>(focusAfterRef, 'off');

  return (
    <>
      <p className="intro">{t('checkIns.off.lead')}</p>
      <section aria-labelledby="check-ins-how" className="card stack">
        <h2 id="check-ins-how">{t('checkIns.off.howHeading')}</h2>
        <ul className="summary-list">
          <li>{t('checkIns.off.pick')}</li>
          <li>{t('checkIns.off.rate')}</li>
          <li>{t('checkIns.off.chart')}</li>
          <li>{t('checkIns.off.verdict')}</li>
          <li>{t('checkIns.off.private')}</li>
        </ul>
        <p>{t('checkIns.off.optional')}</p>
        {count > 0 && <p>{t('checkIns.off.kept', { count })}</p>}
        <button ref={turnOnRef} type="button" className="button button--primary" onClick={onTurnOn}>
          {t('checkIns.off.turnOn')}
        </button>
      </section>
    </>
  );
}

function CheckInsOn({ onTurnOff, focusAfterRef }: ToggleProps & { onTurnOff: () => void }) {
  const { t } = useTranslation();
  const areas = useLiveQuery(() => checkInAreasRepository.list(), [], null);
  const checkIns = useLiveQuery(() => checkInsRepository.list(), [], null);
  const areasHeadingRef = useFocusAfterToggle<HTMLHeadingElement>(focusAfterRef, 'on');

  // Names change only when the areas do; the form and the charts share them.
  const named = useMemo(
    () => areas?.map((area, index) => ({ area, name: areaName(area, index, t) })) ?? [],
    [areas, t],
  );

  return (
    <>
      <p className="intro">{t('checkIns.intro')}</p>
      <AreasSection areas={areas} headingRef={areasHeadingRef} />
      {areas && <CheckInForm areas={named.filter(({ area }) => area.area !== '')} />}
      {areas && checkIns && <HistorySection areas={areas} checkIns={checkIns} />}
      <section aria-labelledby="check-ins-turn-off" className="card stack">
        <h2 id="check-ins-turn-off">{t('checkIns.turnOff.heading')}</h2>
        <p>{t('checkIns.turnOff.body')}</p>
        <button type="button" className="button" onClick={onTurnOff}>
          {t('checkIns.turnOff.button')}
        </button>
      </section>
    </>
  );
}
