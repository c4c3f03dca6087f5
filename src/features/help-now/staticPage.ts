/**
 * Help now as plain HTML, written at build time from the same help-line data and words the app
 * uses. It is what a person sees before the JavaScript has arrived, if it fails or is blocked:
 * every page carries the bar with Help now, and /help-now carries 999 and the lines for every
 * UK nation. The person's own contacts need their plan, so they appear once the app runs.
 * No React here: this runs inside the build, and its output must work with no script at all.
 */
import { displayNumber, HELP_LINES, type HelpLine, type Nation } from '../../domain/helpLines';
import { EXIT_URL } from '../../lock/quickExit';

/** The words this page needs, in the shape of the app's core translation file. */
export interface StaticWords {
  app: {
    name: string;
    skipToContent: string;
    loading: string;
    quickExit: { button: string; short: string };
  };
  helpNow: {
    button: string;
    screenTitle: string;
    emergencyHeading: string;
    emergency: string;
    callEmergency: string;
    intro: string;
    linesHeading: string;
    linesForAll: string;
    yourPeopleHeading: string;
    callLine: string;
    textLine: string;
    textMessage: string;
    emailLine: string;
    lines: Record<string, { what: string; when: string }>;
    static: { acrossUk: string; yourPeople: string };
  };
  nations: Record<Nation, string>;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** i18next-style `{{name}}` placeholders, filled and escaped. */
const fill = (template: string, values: Record<string, string>) =>
  escape(template).replace(/\{\{(\w+)\}\}/g, (_, key: string) => escape(values[key] ?? ''));

function lineItem(line: HelpLine, words: StaticWords): string {
  const said = words.helpNow.lines[line.id];
  const number = line.phone ? displayNumber(line.phone) : '';
  const actions = [
    line.phone
      ? `<a class="button" href="tel:${escape(line.phone)}">${fill(words.helpNow.callLine, { name: line.name })}</a>`
      : '',
    line.text
      ? `<a class="button" href="sms:${escape(line.text.number)}">${
          line.text.message
            ? fill(words.helpNow.textMessage, {
                message: line.text.message,
                number: line.text.number,
              })
            : fill(words.helpNow.textLine, { name: line.name, number: line.text.number })
        }</a>`
      : '',
    line.email
      ? `<a class="button" href="mailto:${escape(line.email)}">${fill(words.helpNow.emailLine, { name: line.name })}</a>`
      : '',
  ].join(' ');
  return [
    '<li class="help-now__item">',
    `<p class="help-now__name">${escape(line.name)}</p>`,
    number ? `<p class="help-now__number">${escape(number)}</p>` : '',
    said ? `<p>${escape(said.what)}</p><p class="help-now__open">${escape(said.when)}</p>` : '',
    `<p class="actions">${actions}</p>`,
    '</li>',
  ].join('');
}

const lineList = (lines: readonly HelpLine[], words: StaticWords) =>
  `<ul class="help-now__list">${lines.map((line) => lineItem(line, words)).join('')}</ul>`;

/** 999, then the lines for all of the UK, then each nation's own. */
export function helpNowMain(words: StaticWords): string {
  const emergency = HELP_LINES.find((line) => line.emergency)!;
  const others = HELP_LINES.filter((line) => !line.emergency);
  const acrossUk = others.filter((line) => line.nations === 'uk');
  const nations = (['england', 'wales', 'scotland', 'northernIreland'] as const).map(
    (nation) =>
      [nation, others.filter((l) => l.nations !== 'uk' && l.nations.includes(nation))] as const,
  );
  const h = words.helpNow;
  return [
    `<h1>${escape(h.screenTitle)}</h1>`,
    '<div class="help-now stack">',
    '<section aria-labelledby="help-now-emergency" class="help-now__emergency">',
    `<h2 id="help-now-emergency">${escape(h.emergencyHeading)}</h2>`,
    `<p><a class="button button--primary button--emergency" href="tel:${escape(emergency.phone ?? '999')}">${escape(h.callEmergency)}</a></p>`,
    `<p>${escape(h.emergency)}</p>`,
    '</section>',
    `<p>${escape(h.intro)}</p>`,
    // In the app's order and words, so nothing moves or changes when the app takes over.
    '<section aria-labelledby="help-now-people">',
    `<h2 id="help-now-people">${escape(h.yourPeopleHeading)}</h2>`,
    `<p>${escape(h.static.yourPeople)}</p>`,
    '</section>',
    '<section aria-labelledby="help-now-lines">',
    `<h2 id="help-now-lines">${escape(h.linesHeading)}</h2>`,
    `<p>${escape(h.linesForAll)}</p>`,
    `<h3>${escape(h.static.acrossUk)}</h3>`,
    lineList(acrossUk, words),
    ...nations.flatMap(([nation, lines]) => [
      `<h3>${escape(words.nations[nation])}</h3>`,
      lineList(lines, words),
    ]),
    '</section>',
    '</div>',
  ].join('');
}

/** The bar every page starts with: Help now is a plain link until the app takes over. */
export function staticShell(words: StaticWords, main: string): string {
  return [
    `<a class="skip-link" href="#main">${escape(words.app.skipToContent)}</a>`,
    '<header class="app-bar"><div class="app-bar__inner">',
    `<p class="app-name">${escape(words.app.name)}</p>`,
    '<div class="app-bar__status"></div>',
    `<a class="button help-now-button" href="/help-now">${escape(words.helpNow.button)}</a>`,
    // Without JavaScript, quick exit is a plain link to the same neutral page.
    `<a class="button quick-exit-button" href="${EXIT_URL}" rel="noreferrer" aria-label="${escape(words.app.quickExit.button)}">`,
    `<span class="quick-exit-button__long" aria-hidden="true">${escape(words.app.quickExit.button)}</span>`,
    `<span class="quick-exit-button__short" aria-hidden="true">${escape(words.app.quickExit.short)}</span>`,
    '</a>',
    '</div></header>',
    // The app's body, its navigation still to come: the screen is where the app will put it.
    `<div class="app-body"><div class="app-nav-band"></div><main id="main" tabindex="-1">${main}</main></div>`,
  ].join('');
}

/** Marked, so a first visit's written screen can take its place (src/app/firstVisit/script.ts). */
export const loadingMain = (words: StaticWords) =>
  `<p data-opening="">${escape(words.app.loading)}</p>`;
