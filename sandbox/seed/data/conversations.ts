/**
 * What the seeded conversations say, per location (keyed by location name, see LOCATIONS in
 * index.ts): what contacts write, what staff answer by hand, and what workflows send on their
 * own. `{first}` is replaced with the contact's first name.
 */

export interface ConversationScript {
  inbound: string[];
  replies: string[];
  automated: string[];
}

/** Said to and by contacts of every kind of business. */
export const COMMON_SCRIPT: ConversationScript = {
  inbound: [
    'Thanks!',
    'Sounds good, see you then.',
    'Can you call me back when you get a chance?',
    'Sorry, just seeing this now.',
    'What are your hours on Saturday?',
    'Is there parking nearby?',
    'Perfect, thank you so much',
    'Can we push it to next week?',
  ],
  replies: [
    'Hi {first}, happy to help! What works best for you?',
    'Thanks {first}, you are all set.',
    'No problem at all, I will update that for you.',
    'Just tried calling, give us a ring back when you are free.',
    'Great question, let me check and get back to you today.',
  ],
  automated: [
    'Hi {first}, thanks for reaching out! A member of our team will get back to you shortly.',
    'Hi {first}, we missed your call. How can we help? Reply here and we will text you back.',
  ],
};

export const CONVERSATION_SCRIPTS: Record<string, ConversationScript> = {
  'Summit Dental Care': {
    inbound: [
      'Hi, do you take Delta Dental?',
      'I have a toothache on my lower left side, can I come in today?',
      'Can I reschedule my cleaning to Thursday afternoon?',
      'How much is whitening without insurance?',
      'Yes, confirmed for 9:30.',
      'Do you offer payment plans for a crown?',
      'My son needs a checkup too, can we book back to back?',
      'Is Invisalign covered by Cigna?',
    ],
    replies: [
      'Hi {first}, we do take Delta Dental. Would you like to book a new patient exam?',
      'We have an opening tomorrow at 8:00am with Dr. Raman, want me to hold it for you?',
      'Your cleaning is moved to Thursday at 2:30pm. See you then!',
      'In-office whitening is $450, and we have take-home trays for $250.',
      'We partner with CareCredit for 12 months interest free, I can send you the link.',
      'I booked you and your son back to back on the 14th at 3:00 and 3:45.',
    ],
    automated: [
      'Hi {first}, this is a reminder of your appointment at Summit Dental Care tomorrow. Reply C to confirm.',
      'Hi {first}, it has been 6 months since your last cleaning! Book online or reply to this text.',
      'Thanks for visiting Summit Dental Care, {first}! Would you leave us a quick review?',
    ],
  },
  'Harbor Realty Group': {
    inbound: [
      'Is the house on Upas St still available?',
      'We would love to see it Saturday morning if possible.',
      'Just got pre-approved! What is next?',
      'Can you send me comps for our place in North Park?',
      'The inspection report came back, can we talk?',
      'Any new listings in La Jolla under 1.5?',
      'We are thinking about listing in the spring.',
      'Offer sounds good, let us move forward.',
    ],
    replies: [
      'Hi {first}, it is! I can show it Saturday at 10 or 11:30, which works?',
      'Congrats {first}! Next step is a buyer consultation, I will send over some times.',
      'Here are three recent sales within half a mile, call me and I will walk you through them.',
      'I just sent you four new listings that match, the one on Hillcrest is a great fit.',
      'Let us set up a call about the inspection, the seller may credit the roof repairs.',
      'Wonderful, I will draft the offer tonight and send it over for e-signature.',
    ],
    automated: [
      'Hi {first}, thanks for your interest in our listings! What area and price range are you looking in?',
      'Hi {first}, new homes matching your search just hit the market. Want me to send them over?',
      'Hi {first}, you are invited to our open house this Sunday from 1 to 4pm!',
    ],
  },
  'Lakeside Fitness Studio': {
    inbound: [
      'Hi, how does the free trial work?',
      'What time are spin classes on weekdays?',
      'Can I freeze my membership for a month?',
      'I would like to try personal training.',
      'Booked the 6pm yoga, thanks!',
      'Do you have a corporate rate for my company?',
      'How do I cancel my class pack?',
      'Is the pool open on holidays?',
    ],
    replies: [
      'Hi {first}! Your trial gives you 7 days of unlimited classes, just show your ID at the front desk.',
      'Spin is at 6am, 12pm and 6:30pm Monday through Friday.',
      'Absolutely, I have paused your membership until next month.',
      'Coach Mia has openings Tuesday and Thursday evenings, want me to book an assessment?',
      'We do! I will send our corporate wellness info to your email.',
    ],
    automated: [
      'Hi {first}, welcome to Lakeside Fitness! Your trial starts today, here is the class schedule.',
      'Hi {first}, we miss you! Come back this month and your first week is on us.',
      'Hi {first}, your membership renews in 7 days. Reply if you have any questions.',
    ],
  },
};

/** Photos contacts text in, and documents staff send. */
export const ATTACHMENT_URLS = [
  'https://storage.googleapis.com/msgsndr/media/IMG_2041.jpg',
  'https://storage.googleapis.com/msgsndr/media/IMG_3317.jpg',
  'https://storage.googleapis.com/msgsndr/media/brochure.pdf',
];
