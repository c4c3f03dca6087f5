/**
 * A whole plan as a person might really write it, for tests of sharing and printing: About me,
 * strengths, hopes, goals with small steps, a staying-well plan, a crisis plan, and people and
 * places. Its words are typical in length, so link sizes measured with it mean something.
 */
import { planData, type PlanData } from '../../src/domain/plan';
import type { SectionId } from '../../src/domain/planSections';

const at = '2026-10-01T09:00:00.000Z';
const stamp = { createdAt: at, updatedAt: at };

type ItemInput = {
  text?: string;
  detail?: string;
  actions?: string[];
  personIds?: string[];
  toolIds?: string[];
};

function items(section: SectionId, list: ItemInput[], prefix: string = section) {
  return list.map((item, index) => ({
    id: `${prefix}-${index + 1}`,
    order: index + 1,
    section,
    ...item,
    ...stamp,
  }));
}

const people = [
  {
    name: 'Maya Okafor',
    relationship: 'family',
    phone: '07700 900123',
    email: 'maya@example.org',
    wouldLikeThemTo: 'Sit with me, make tea, and not ask too many questions.',
    notes: 'Only my sister knows the whole story.',
  },
  {
    name: 'Sam Reid',
    relationship: 'careCoordinator',
    phone: '0161 496 0000',
    email: '',
    wouldLikeThemTo: 'Help me think through options and speak up for me at reviews.',
    notes: '',
  },
  {
    name: 'Dr Patel',
    relationship: 'gp',
    phone: '0161 496 0101',
    email: '',
    wouldLikeThemTo: 'Review my medication with me, not for me.',
    notes: '',
  },
  {
    name: 'Chris',
    relationship: 'friend',
    phone: '07700 900456',
    email: '',
    wouldLikeThemTo: 'Take me out for a walk with the dog.',
    notes: '',
  },
  {
    name: 'My dad',
    relationship: 'family',
    phone: '',
    email: '',
    wouldLikeThemTo: '',
    notes: 'We are not in touch.',
  },
].map((person, index) => ({
  id: `person-${index + 1}`,
  order: index + 1,
  ownRelationship: '',
  ...person,
  ...stamp,
}));

const resources = [
  {
    name: 'Riverside Recovery College',
    offers: 'Free courses on wellbeing, written and taught with people with lived experience.',
    howToReach: 'Drop in at the library, or book online.',
    when: 'Weekdays 10–4',
  },
  {
    name: 'The Allotment Project',
    offers: 'Gardening together, no experience needed.',
    howToReach: 'Just turn up at the gate on Mill Lane.',
    when: 'Saturdays',
  },
].map((resource, index) => ({
  id: `resource-${index + 1}`,
  order: index + 1,
  ...resource,
  ...stamp,
}));

const crisisItems = [
  ...items('stepIn', [
    { text: 'I stop answering my phone and stay in bed for more than two days.' },
    { text: 'I talk about being a burden, or give my things away.' },
    { text: 'I have not eaten properly for several days.' },
  ]),
  ...items('helps', [
    { text: 'Speak quietly and give me time to answer.' },
    { text: 'Stay with me; a cup of tea and the radio on.' },
    { text: 'Remind me of my dog, Biscuit, and of the allotment.' },
    { text: 'Help me ring Sam during office hours.' },
  ]),
  ...items('doesNotHelp', [
    { text: 'Lots of people in the room at once.' },
    { text: 'Being told to cheer up or to think positive.' },
    { text: 'Raised voices, or touching me without asking.' },
  ]),
  ...items('involved', [
    { detail: 'Stay with me and look after Biscuit.', personIds: ['person-1'] },
    {
      detail: 'Arrange support and tell the crisis team about this plan.',
      personIds: ['person-2'],
    },
  ]),
  ...items('notInvolved', [
    { text: 'My dad', detail: 'Please do not contact him.', personIds: ['person-5'] },
  ]),
  ...items('carePrefer', [
    {
      text: 'Home treatment team',
      detail: 'I recover faster at home with my own things around me.',
    },
    { text: 'Ward 4 at Riverside', detail: 'If I need hospital, they know me there.' },
  ]),
  ...items('careAvoid', [
    { text: 'Being sedated as a first step', detail: 'It frightened me last time.' },
  ]),
  ...items('practical', [
    { text: 'Biscuit (my dog)', detail: 'Maya will look after him. His food is under the sink.' },
    { text: 'Rent and bills', detail: 'Paid by direct debit; no action needed.' },
  ]),
  ...items('saferSurroundings', [
    { text: 'Ask Maya to keep my medication and give me a week at a time.' },
    { text: 'Stay away from the bridge on Canal Street.' },
  ]),
  ...items('reasonsForLiving', [
    { text: 'Biscuit, who needs me.' },
    { text: 'Seeing my niece grow up.' },
    { text: 'The tomatoes I am growing this summer.' },
  ]),
];

const crisisTexts = [
  {
    id: 'crisis',
    whenWell:
      'I am chatty, I love a bad joke, and I am up early to walk Biscuit by the canal. I cook for friends.',
    crisisOver: 'When I can get up, eat a meal and walk Biscuit on my own for three days in a row.',
    afterwards: 'A quiet week, a phone call from Sam, and time back at the allotment.',
    ...stamp,
  },
];

const stayingWellItems = [
  ...items('toolbox', [
    { text: 'Walking Biscuit', detail: 'Fresh air and a reason to go out.' },
    { text: 'The allotment', detail: 'Hands in the soil, no one rushing me.' },
    { text: 'Music', detail: 'My 90s playlist, loud.' },
    { text: 'Calling Maya', detail: 'She always knows what to say.' },
    { text: 'Journaling', detail: 'Ten minutes before bed.' },
  ]),
  ...items('daily', [
    { text: 'Up by 8 and out with Biscuit' },
    { text: 'Three meals, even small ones' },
    { text: 'Tablets with breakfast' },
    { text: 'Screens off by 11' },
  ]),
  ...items('triggers', [
    {
      text: 'Letters about benefits',
      actions: ['Open them with Sam', 'Do one thing at a time'],
      personIds: ['person-2'],
      toolIds: ['toolbox-5'],
    },
    {
      text: 'The anniversary in March',
      actions: ['Plan something kind for that day', 'Tell Maya in advance'],
      personIds: ['person-1'],
      toolIds: ['toolbox-2'],
    },
    {
      text: 'Too many late nights',
      actions: ['Back to my bedtime routine'],
      toolIds: ['toolbox-3'],
    },
  ]),
  ...items('earlySigns', [
    {
      text: 'Sleeping badly for a week',
      actions: ['Talk to Dr Patel', 'Cut down on coffee'],
      personIds: ['person-3'],
    },
    {
      text: 'Cancelling plans with friends',
      actions: ['Say yes to one small thing'],
      personIds: ['person-4'],
      toolIds: ['toolbox-1'],
    },
    {
      text: 'Skipping the allotment',
      actions: ['Go for just ten minutes'],
      toolIds: ['toolbox-2'],
    },
  ]),
  ...items('gettingWorse', [
    {
      text: 'Not leaving the flat at all',
      actions: ['Ring Sam', 'Ask Maya to come round'],
      personIds: ['person-1', 'person-2'],
    },
    { text: 'Thoughts of not being here', actions: ['Use my crisis plan', 'Ring the crisis line'] },
  ]),
];

const goalsInput = [
  {
    title: 'Get back to the allotment every week',
    area: 'leisure',
    whyItMatters: 'It is where I feel most like myself.',
    hopeId: 'hope-1',
    strengthIds: ['strength-2'],
    helperIds: ['resource-2'],
    mightGetInTheWay: 'Bad weather and low days.',
    ifItDoes: 'Go for ten minutes, or just sort seeds at home.',
    targetDate: '2027-04-01',
    status: 'active',
    steps: ['Ask about a half plot', 'Buy seeds', 'Go every Saturday in May'],
  },
  {
    title: 'Do a course at the Recovery College',
    area: 'learning',
    whyItMatters: 'I want to use my brain again and meet people.',
    hopeId: 'hope-2',
    strengthIds: ['strength-1'],
    helperIds: ['resource-1', 'person-2'],
    mightGetInTheWay: 'Nerves on the first day.',
    ifItDoes: 'Ask Sam to come to the door with me.',
    targetDate: '2027-01-15',
    status: 'active',
    steps: ['Look at the prospectus', 'Enrol', 'Go to the first session', 'Finish the course'],
  },
  {
    title: 'Cook for friends once a month',
    area: 'relationships',
    whyItMatters: 'Feeding people is how I show I care.',
    hopeId: 'hope-3',
    strengthIds: ['strength-3'],
    helperIds: ['person-4'],
    mightGetInTheWay: 'Money, and the flat feeling messy.',
    ifItDoes: 'Cheap soup nights count too.',
    targetDate: '',
    status: 'achieved',
    steps: ['Pick a recipe', 'Invite Chris'],
  },
  {
    title: 'Find out about volunteering with dogs',
    area: 'work',
    whyItMatters: 'Dogs make me happy and I would like to give something back.',
    hopeId: '',
    strengthIds: [],
    helperIds: [],
    mightGetInTheWay: '',
    ifItDoes: '',
    targetDate: '',
    status: 'paused',
    steps: ['Ring the rescue centre'],
  },
];

const goals = goalsInput.map(({ steps: _steps, ...goal }, index) => ({
  id: `goal-${index + 1}`,
  order: index + 1,
  achievedAt: goal.status === 'achieved' ? at : null,
  ...goal,
  ...stamp,
}));

const steps = goalsInput.flatMap((goal, g) =>
  goal.steps.map((title, index) => ({
    id: `step-${g + 1}-${index + 1}`,
    goalId: `goal-${g + 1}`,
    order: index + 1,
    title,
    achievedAt: index === 0 ? at : null,
    ...stamp,
  })),
);

/** The whole sample plan. */
export function samplePlan(): PlanData {
  return planData.parse({
    aboutMe: [
      {
        id: 'me',
        preferredName: 'Jo',
        pronouns: 'she/her',
        recoveryMeans: 'Living a life I choose, with ups and downs I can ride out.',
        whenWell: 'Chatty, up early, cooking for friends.',
        mattersMost: 'My sister, my dog, my allotment.',
        story: 'I have been through a lot in the last few years. I am learning what helps.',
        ...stamp,
      },
    ],
    strengths: [
      ['Curious', 'quality', 'I like learning new things.'],
      ['Green fingers', 'skill', 'Growing things calms me.'],
      ['Good cook', 'skill', 'I can feed people well on very little.'],
      ['My sister Maya', 'person', 'She has been there through everything.'],
      ['The canal path', 'place', 'Quiet, and Biscuit loves it.'],
      ['Funny', 'quality', 'I can usually find something to laugh at.'],
    ].map(([title, kind, howItHelps], index) => ({
      id: `strength-${index + 1}`,
      order: index + 1,
      title,
      kind,
      howItHelps,
      ...stamp,
    })),
    hopes: [
      ['Grow all our own veg for a summer', 'leisure'],
      ['Work again, part time, doing something I care about', 'work'],
      ['Have friends round regularly', 'relationships'],
      ['A holiday by the sea with Maya', 'leisure'],
    ].map(([title, area], index) => ({
      id: `hope-${index + 1}`,
      order: index + 1,
      title,
      area,
      ...stamp,
    })),
    goals,
    steps,
    people,
    resources,
    planItems: [...stayingWellItems, ...crisisItems],
    crisisTexts,
  });
}
