/** The demo course content: the Social for Healthcare Certificate, drawn from the network's own sources. */
export interface DemoModule {
  slug: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  passMark: number;
  videoUrl?: string;
  content: string;
  quiz: { prompt: string; choices: string[]; correct: number }[];
}

export const DEMO_COURSE_MODULES: DemoModule[] = [
  {
    slug: 'why-social-media-in-health-care',
    title: 'Why social media belongs in health care',
    summary: 'Patients were there first. What clinicians and organizations gain by joining them, and the most common mistake.',
    estimatedMinutes: 15,
    passMark: 67,
    videoUrl: 'https://videos.confer.test/social-for-healthcare/01-why-social-media.mp4',
    content: `## Patients were there first

Patients and caregivers use Facebook, X, YouTube and Instagram to share their experiences and look for support — often across great distances, and even when their condition is rare. Medical professionals and organizations now have the chance to **listen, serve and educate** with the same tools.

## The most common mistake

The most common mistake is **not participating at all**: the fear of a violation online keeps many clinicians away from a tool that could extend their reach.

The second is treating social media as a one-size-fits-all *broadcast channel*. Posting what your practice can do, over and over, is not engagement. The value comes from:

1. choosing the audience or goal you want to reach, and
2. being *social*: answering, sharing and learning.

## Word of mouth in the 21st century

Social media is word of mouth at scale. Just as scientific meetings exist so colleagues can share and learn together, these platforms let you do the same every day — with the right guidelines and training.`,
    quiz: [
      { prompt: 'According to this module, what is the most common mistake physicians make with social media?', choices: ['Posting too often', 'Not participating at all', 'Using too many platforms'], correct: 1 },
      { prompt: 'What turns a social media account from a broadcast channel into something valuable?', choices: ['Posting the same message on every platform', 'Buying followers', 'Engaging: answering, sharing and learning with an audience you chose'], correct: 2 },
      { prompt: 'Who used social media for health first?', choices: ['Patients and caregivers', 'Hospital marketing departments', 'Insurance companies'], correct: 0 },
    ],
  },
  {
    slug: 'professionalism-and-patient-privacy',
    title: 'Professionalism and patient privacy online',
    summary: 'HIPAA, friend requests from patients, and the three professional violations that matter most — online and offline.',
    estimatedMinutes: 25,
    passMark: 75,
    content: `## The same rules, a bigger room

Digital tools used incorrectly can do more damage than analog communication — but the rules of professionalism are the ones you already follow. The top three professional violations are the same online and offline:

- **inappropriate patient communication**,
- **inappropriate prescribing**,
- **misrepresentation of credentials**.

## Never identify a patient

Never post anything that could identify a patient without written consent kept on file: not a name, a date of birth, a medical record number, a photo of a chart, or a story detailed enough for a neighbour to recognise. "I changed the name" is not enough if the details remain.

## When a patient sends a friend request

Keep personal and professional accounts apart. A kind, consistent answer works: *"I keep my personal accounts for family, but you can follow our clinic page."* Explain it at the next visit rather than ignoring the request.

## Medical advice

Share general education publicly; move individual questions to a private, appropriate channel — or to an appointment.`,
    quiz: [
      { prompt: 'Which of these is one of the top three professional violations online and offline?', choices: ['Posting on weekends', 'Misrepresentation of credentials', 'Using hashtags'], correct: 1 },
      { prompt: 'You changed a patient’s name in a story, but kept the age, town and rare diagnosis. Is it safe to post?', choices: ['Yes, the name is gone', 'No, the details can still identify the patient', 'Yes, if the account is private'], correct: 1 },
      { prompt: 'A long-time patient sends you a friend request on your personal account. What does this module suggest?', choices: ['Accept it to keep the relationship', 'Ignore it silently', 'Decline kindly and point them to the clinic’s page'], correct: 2 },
      { prompt: 'A follower asks about their own symptoms in a public reply. What is the professional response?', choices: ['Diagnose them in the thread', 'Give general information and move the individual question to an appropriate private channel or appointment', 'Delete the question'], correct: 1 },
    ],
  },
  {
    slug: 'a-professional-x-account',
    title: 'Setting up a professional X (Twitter) account',
    summary: 'In 20–30 minutes: a handle, a bio with your credentials, a disclaimer, and the hashtags of your field.',
    estimatedMinutes: 25,
    passMark: 67,
    content: `## Before you start

Decide what the account is for: your specialty, your research, your organization's news? One clear purpose makes every other choice easier.

## The profile

- **Handle and name**: your real name, so colleagues and patients can find you.
- **Bio**: role, specialty, organization — and the credentials you really hold. Misrepresenting credentials is a professional violation.
- **Disclaimer**: "Views are my own; not medical advice." It does not replace judgment, but it sets expectations.
- **Photo**: a clear, professional headshot.

## Joining the conversation

Hashtags for diseases and scientific meetings (for example a heart failure society's annual-meeting tag) let you take part in niche conversations, show your expertise and learn about patients' experiences. Follow colleagues, societies and patient advocates in your field before you post much yourself.

## A routine that fits a clinic day

Ten minutes, twice a day, beats an hour once a month. Schedule posts, but answer in person.`,
    quiz: [
      { prompt: 'What belongs in a professional bio?', choices: ['Only a favourite quote', 'Role, specialty, organization and the credentials you really hold', 'Your home address for patients'], correct: 1 },
      { prompt: 'Why follow a meeting’s hashtag?', choices: ['To take part in a niche conversation and show your expertise', 'To get more advertising', 'It is required by the platform'], correct: 0 },
      { prompt: 'What routine does the module recommend for busy clinicians?', choices: ['An hour once a month', 'Short, regular sessions — about ten minutes twice a day', 'Posting only during conferences'], correct: 1 },
    ],
  },
  {
    slug: 'linkedin-doximity-and-your-online-reputation',
    title: 'LinkedIn, Doximity and your online reputation',
    summary: 'What people find when they search your name, and how complete professional profiles push unreliable rating sites down.',
    estimatedMinutes: 20,
    passMark: 67,
    content: `## Search your own name

Before anything else, search for your name. What patients and colleagues find first is your online reputation — whether or not you take part.

## Claim and complete your profiles

Every physician should **claim and complete their Doximity profile**. LinkedIn offers room for longer-form writing in a professional setting: share what you learned at a meeting, or explain a change in your practice.

Complete profiles on professional platforms rank well in search results, pushing unreliable rating and review sites further down the page.

## Keep it current

An out-of-date profile (old clinic, old title) does more harm than none. Put a reminder in your calendar twice a year.`,
    quiz: [
      { prompt: 'What is the first step this module recommends?', choices: ['Search for your own name', 'Buy an advertisement', 'Delete old accounts'], correct: 0 },
      { prompt: 'What can complete professional profiles do for search results?', choices: ['Nothing', 'Push unreliable rating and review sites down the page', 'Remove all reviews'], correct: 1 },
      { prompt: 'Which platform does the module single out for longer-form professional writing?', choices: ['LinkedIn', 'TikTok', 'Snapchat'], correct: 0 },
    ],
  },
  {
    slug: 'content-that-helps-patients',
    title: 'Content that helps patients',
    summary: 'Blogs, videos and posts that answer the questions your patients already search for — in an authentic voice.',
    estimatedMinutes: 20,
    passMark: 67,
    content: `## Answer what patients already search for

Two in three adults search the web for illnesses and related conditions. If they are going to search anyway, give them reliable answers from you: a short blog post or video answering the generic questions you hear every week.

## Specific beats general

Post information pertinent to *your* patients, or to the patients you want to reach. A clinic's post about its own flu-shot hours is more useful than a general article anyone could share.

## An authentic voice costs time, not money

Many practices are willing to spend money but not time. Paying someone else to be your authentic voice is hard; the voice people trust is yours or your team's. Plan who writes, who reviews — "two people proofread before posting" is a good habit — and how often.

## Timely updates

Short platforms are ideal for timely notices: a closed clinic, a health fair, a change in hours.`,
    quiz: [
      { prompt: 'Why write content that answers common patient questions?', choices: ['Patients search for it anyway, so reliable answers help them', 'Search engines require it', 'It replaces appointments'], correct: 0 },
      { prompt: 'What does the module say practices are often unwilling to spend?', choices: ['Money', 'Time', 'Both, equally'], correct: 1 },
      { prompt: 'Which review habit does the module recommend?', choices: ['Posting without review to stay fast', 'Two people proofread before posting', 'Only lawyers may post'], correct: 1 },
    ],
  },
  {
    slug: 'strategy-and-buy-in',
    title: 'From accounts to a strategy: goals, governance and buy-in',
    summary: 'Goals, audience, metrics, a governance and privacy plan, and how to bring your legal team along.',
    estimatedMinutes: 30,
    passMark: 75,
    content: `## Start from a goal

A strategy begins with what you want to achieve — appointment requests, recruitment, research participation, public education — and the audience you need to reach for it. Platforms come last.

## Measure what leadership cares about

Followers and impressions are easy to count and hard to defend. Boards respond to outcomes: appointment requests from social referrals, job applications, enrolment in studies.

## Governance and privacy

Write down who may post, who approves, how comments are moderated (what you hide, what you answer, how fast), and how patient consent is recorded.

## Bring legal in early

Teams that got an Instagram or Facebook account past their legal department brought legal in **before** writing the plan. A time-limited pilot with a clear exit ("if anything goes wrong, we close the account") makes the first yes easier.

## Next step

The Social Media Residency builds on this module: a day of strategy work, and the start of a plan you can submit as a Social Media Fellow.`,
    quiz: [
      { prompt: 'Where does a social media strategy start?', choices: ['With the platform', 'With a goal and the audience you need for it', 'With the logo'], correct: 1 },
      { prompt: 'Which metric is most likely to convince a board of trustees?', choices: ['Total impressions', 'Appointment requests from social referrals', 'Number of posts'], correct: 1 },
      { prompt: 'When should the legal team be involved, according to members’ experience?', choices: ['After launch', 'Only if there is a complaint', 'Before writing the plan'], correct: 2 },
      { prompt: 'What helps get a first approval for a new account?', choices: ['A time-limited pilot with a clear exit', 'Launching without telling anyone', 'Buying an existing account'], correct: 0 },
    ],
  },
];
