import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimeExpressions, type TimeExpression } from '../../../src/extraction/time/findTimeExpressions.ts';
import { dates, find, one, sentencesOf } from './helpers.ts';

// Publication days used below: 2025-04-27 is a Sunday, 2025-04-23 a Wednesday.
const SUNDAY = '2025-04-27';
const WEDNESDAY = '2025-04-23';

describe('findTimeExpressions: the public API', () => {
  it('returns spans, a resolved range, a qualifier and a tense, sliceable from the text', () => {
    const text = 'The council met on Friday.';
    const [e] = find(text, WEDNESDAY);
    expect(e).toEqual({
      start: 19,
      end: 25,
      text: 'Friday',
      date: { start: '2025-04-18', end: '2025-04-18', precision: 'day' },
      qualifier: 'on',
      tense: 'past',
    });
    expect(text.slice(e?.start, e?.end)).toBe('Friday');
  });

  it('returns expressions in text order', () => {
    const found = find('Next week the panel meets; last week it did not, and yesterday it rested.', WEDNESDAY);
    expect(found.map((e) => e.text)).toEqual(['Next week', 'last week', 'yesterday']);
  });

  it('returns nothing for text without time expressions', () => {
    expect(find('The committee discussed the budget at length.', SUNDAY)).toEqual([]);
  });
});

describe('weekdays', () => {
  it('reads a weekday in a past-tense clause as the most recent such day strictly before publication', () => {
    expect(dates(one('The mayor announced Sunday that the bridge would close.', SUNDAY, 'Sunday'))).toEqual(['2025-04-20', '2025-04-20', 'day']);
    expect(dates(one('The mayor spoke on Tuesday.', WEDNESDAY, 'Tuesday'))).toEqual(['2025-04-22', '2025-04-22', 'day']);
  });

  it('lets a weekday be the publication day only when the sentence says "today" or "this morning"', () => {
    const e = one('The mayor spoke this morning, Sunday, at the town hall.', SUNDAY, 'Sunday');
    expect(e.date.start).toBe(SUNDAY);
  });

  it('reads a weekday in a future-tense clause as the next such day after publication, upcoming', () => {
    const e = one('The ministers will meet on Friday in Geneva.', WEDNESDAY, 'Friday');
    expect(dates(e)).toEqual(['2025-04-25', '2025-04-25', 'day']);
    expect(e).toMatchObject({ qualifier: 'upcoming', tense: 'future' });
    expect(one('The ministers will meet Sunday.', SUNDAY, 'Sunday').date.start).toBe('2025-05-04');
  });

  it('spans only the weekday of a possessive and takes the tense from its clause', () => {
    const past = one('A truce was agreed at Friday’s meeting between the envoys.', SUNDAY, 'Friday');
    expect(past).toMatchObject({ tense: 'past', date: { start: '2025-04-25' } });
    const future = one("The envoys will attend Friday's summit.", SUNDAY, 'Friday');
    expect(future).toMatchObject({ tense: 'future', qualifier: 'upcoming', date: { start: '2025-05-02' } });
  });

  it('reads each clause of a sentence for its own tense', () => {
    const found = find('The minister said on Monday that she will travel on Thursday.', WEDNESDAY);
    expect(found.map((e) => [e.text, e.tense, e.date.start])).toEqual([
      ['Monday', 'past', '2025-04-21'],
      ['Thursday', 'future', '2025-04-24'],
    ]);
  });

  it('reads "would" in reported speech as future: "said it would meet on Friday"', () => {
    expect(one('The ministry said it would reply on Friday.', WEDNESDAY, 'Friday')).toMatchObject({ tense: 'future', date: { start: '2025-04-25' } });
  });

  it('reads "would not say Tuesday" as a past refusal, not a future', () => {
    expect(one('Officials would not say Tuesday whether talks continue.', WEDNESDAY, 'Tuesday').date.start).toBe('2025-04-22');
  });

  it('does not take a predicate participle for a past verb ("will stay closed until at least May 12")', () => {
    expect(one('Schools will stay closed until at least May 12.', SUNDAY, 'until at least May 12')).toMatchObject({
      qualifier: 'before',
      date: { start: '2025-05-12' },
    });
  });

  it('gives a clause without a verb of its own the tense of the clause before it', () => {
    const e = one('The tour will open in Lyon and close in Paris on June 12-14, the label said.', SUNDAY, 'June 12-14');
    expect(e).toMatchObject({ tense: 'future', date: { start: '2025-06-12', end: '2025-06-14' } });
  });

  it('reads a past verb after a number as past ("scored 14 goals in 2024, passed a medical on Thursday")', () => {
    const text = 'The winger, who scored 14 goals in 2024, passed a medical on Thursday and is expected to sign.';
    expect(one(text, '2025-01-31', 'Thursday')).toMatchObject({ tense: 'past', date: { start: '2025-01-30' } });
  });

  it('reads what a directive asks for as ahead ("urged both sides to meet before Friday")', () => {
    expect(dates(one('The mayor urged both sides to meet before Friday.', SUNDAY, 'before Friday'))).toEqual(['2025-05-02', '2025-05-02', 'day']);
    expect(dates(one('The ministry invited student leaders to talks on Tuesday.', SUNDAY, 'Tuesday'))).toEqual(['2025-04-29', '2025-04-29', 'day']);
    expect(dates(one('The council called for a freeze through the summer.', SUNDAY, 'the summer'))).toEqual(['2025-06-01', '2025-08-31', 'month']);
    expect(dates(one('The panel demanded a full report by Friday.', SUNDAY, 'by Friday'))).toEqual(['2025-05-02', '2025-05-02', 'day']);
  });

  it('dates the call itself by a plain date after "called for…" or "proposed…" ("called for a ceasefire on Monday")', () => {
    expect(dates(one('The EU called for a ceasefire on Monday.', SUNDAY, 'Monday'))).toEqual(['2025-04-21', '2025-04-21', 'day']);
    expect(dates(one('The board proposed a merger in March.', SUNDAY, 'March'))).toEqual(['2025-03-01', '2025-03-31', 'month']);
  });

  it('keeps the directive verb\'s own tense before it and in a past passive ("were ordered to evacuate on Wednesday")', () => {
    expect(dates(one('On Friday, the mayor urged residents to conserve water.', SUNDAY, 'Friday'))).toEqual(['2025-04-25', '2025-04-25', 'day']);
    expect(dates(one('Residents were ordered to evacuate on Wednesday.', SUNDAY, 'Wednesday'))).toEqual(['2025-04-23', '2025-04-23', 'day']);
    expect(dates(one('Asked to comment on Friday, the ministry declined.', SUNDAY, 'Friday'))).toEqual(['2025-04-25', '2025-04-25', 'day']);
    expect(dates(one('Analysts had expected prices to fall in March.', SUNDAY, 'March'))).toEqual(['2025-03-01', '2025-03-31', 'month']);
  });

  it('lets another verb between a directive and its "to" take it ("told the court he went to the bank on Friday")', () => {
    expect(dates(one('She told the court he went to the bank on Friday.', SUNDAY, 'Friday'))).toEqual(['2025-04-25', '2025-04-25', 'day']);
    expect(dates(one('The report warned of risks to the economy on Friday.', SUNDAY, 'Friday'))).toEqual(['2025-04-25', '2025-04-25', 'day']);
  });

  it('reads "agreed to", "due to" before a noun phrase as no future ("agreed to a ceasefire on Friday")', () => {
    expect(dates(one('The two sides agreed to a ceasefire on Friday.', SUNDAY, 'Friday'))).toEqual(['2025-04-25', '2025-04-25', 'day']);
    expect(dates(one('The two sides agreed to meet on Friday.', SUNDAY, 'Friday'))).toEqual(['2025-05-02', '2025-05-02', 'day']);
  });

  it('reads "could", "might" and "may" as ahead, and "could not" as a past failure', () => {
    expect(dates(one('The bill went to committee and could become law by December.', '2024-08-22', 'by December'))).toEqual(['2024-12-01', '2024-12-31', 'month']);
    expect(dates(one('The talks began and might last into May.', '2026-03-17', 'May'))).toEqual(['2026-05-01', '2026-05-31', 'month']);
    expect(dates(one('He could not be reached on Friday.', SUNDAY, 'Friday'))).toEqual(['2025-04-25', '2025-04-25', 'day']);
  });

  it('reads "likely to" and "unlikely to" as ahead', () => {
    expect(dates(one('Lawmakers said he was unlikely to survive as leader beyond June.', '2026-03-17', 'beyond June'))).toEqual(['2026-06-01', '2026-06-30', 'month']);
  });

  it('reads "was expected soon" and "expected services to be back soon" as ahead', () => {
    expect(one('A version for Europe was expected soon.', SUNDAY, 'soon').qualifier).toBe('after');
    expect(one('She said she expected services to be back to normal soon.', SUNDAY, 'soon').qualifier).toBe('after');
  });

  it('reads a subordinate clause after "after", "before" or "until" apart from the main one', () => {
    const text = 'Households will pay more from July 1 after the regulator lifted its cap on Tuesday.';
    expect(dates(one(text, '2025-05-21', 'from July 1'))).toEqual(['2025-07-01', '2025-07-01', 'day']);
    expect(dates(one(text, '2025-05-21', 'Tuesday'))).toEqual(['2025-05-20', '2025-05-20', 'day']);
  });

  it('reads a word in -s after "which", "who", "he", "she" or "it" as a present verb ("which expires on June 30")', () => {
    expect(dates(one('She called for the rebate, which expires on June 30, to be extended.', '2025-05-21', 'June 30'))).toEqual(['2025-06-30', '2025-06-30', 'day']);
  });

  it('reads a verb whose past is its base form as past after a singular subject and before an object', () => {
    expect(dates(one('The Danish side beat Stavanger 31-24 in the other semifinal on Thursday.', '2024-02-03', 'Thursday'))).toEqual(['2024-02-01', '2024-02-01', 'day']);
    expect(dates(one('Prices hit a record on Thursday.', '2024-02-03', 'Thursday'))).toEqual(['2024-02-08', '2024-02-08', 'day']);
  });

  it('takes the tense of a quoted clause from inside the quotation, not from the reporting verb', () => {
    expect(dates(one('“Call them on Friday,” she said.', '2023-09-13', 'Friday'))).toEqual(['2023-09-15', '2023-09-15', 'day']);
    expect(dates(one('"Call them on Friday," she said.', '2023-09-13', 'Friday'))).toEqual(['2023-09-15', '2023-09-15', 'day']);
    expect(dates(one('“We lost on Friday,” she said.', '2023-09-13', 'Friday'))).toEqual(['2023-09-08', '2023-09-08', 'day']);
  });

  it('reads a quotation split by its attribution as one utterance for its tense', () => {
    expect(dates(one('“Friday,” he said, “was the worst day of my life.”', SUNDAY, 'Friday'))).toEqual(['2025-04-25', '2025-04-25', 'day']);
    expect(dates(one('“Friday,” he said, “will be the best day.”', SUNDAY, 'Friday'))).toEqual(['2025-05-02', '2025-05-02', 'day']);
    expect(dates(one('“We will win,” he said, “on Friday.”', SUNDAY, 'Friday'))).toEqual(['2025-05-02', '2025-05-02', 'day']);
  });

  it('reads a weekday range as one span whose end is on or after its start', () => {
    expect(one('Ministers met between Monday and Wednesday.', WEDNESDAY, 'Monday and Wednesday')).toMatchObject({ date: { start: '2025-04-21', end: '2025-04-23', precision: 'day' }, qualifier: 'on' });
    expect(dates(one('The plant will be closed from Monday to Wednesday.', WEDNESDAY, 'Monday to Wednesday'))).toEqual(['2025-04-28', '2025-04-30', 'day']);
    expect(dates(one('The show runs Thursday-Sunday.', WEDNESDAY, 'Thursday-Sunday'))).toEqual(['2025-04-24', '2025-04-27', 'day']);
  });

  it('reads "last Friday" back and "next Friday" ahead whatever the verb', () => {
    expect(one('The deal was signed last Friday.', SUNDAY, 'last Friday').date.start).toBe('2025-04-25');
    expect(one('Next Friday the deal is signed.', SUNDAY, 'Next Friday').date.start).toBe('2025-05-02');
  });

  it('keeps a clock time after a weekday inside its span without changing the day', () => {
    expect(dates(one('The vote was held Friday at 3 p.m. local time.', SUNDAY, 'Friday at 3 p.m. local time'))).toEqual(['2025-04-25', '2025-04-25', 'day']);
  });
});

describe('yesterday, today, tonight, tomorrow', () => {
  it('reads a capitalized "Today" at the start of a sentence or a quotation as the publication day', () => {
    expect(dates(one('Today, the council voted.', SUNDAY, 'Today'))).toEqual([SUNDAY, SUNDAY, 'day']);
    expect(dates(one('“Today is a good day,” she said.', SUNDAY, 'Today'))).toEqual([SUNDAY, SUNDAY, 'day']);
  });

  it('resolves each to its day', () => {
    const found = find('She left yesterday, speaks today and tonight, and returns tomorrow.', WEDNESDAY);
    expect(found.map((e) => [e.text, e.date.start])).toEqual([
      ['yesterday', '2025-04-22'],
      ['today', '2025-04-23'],
      ['tonight', '2025-04-23'],
      ['tomorrow', '2025-04-24'],
    ]);
  });

  it('reads "this morning" as the publication day and "yesterday" across a leap day', () => {
    expect(one('Prices rose this morning.', '2024-03-01', 'this morning').date.start).toBe('2024-03-01');
    expect(one('She arrived yesterday.', '2024-03-01', 'yesterday').date.start).toBe('2024-02-29');
  });

  it('marks "tomorrow" upcoming and "earlier today" before', () => {
    expect(one('The results come tomorrow.', SUNDAY, 'tomorrow')).toMatchObject({ qualifier: 'upcoming', tense: 'future' });
    expect(one('He spoke earlier today.', SUNDAY, 'earlier today')).toMatchObject({ qualifier: 'before', date: { start: SUNDAY } });
  });
});

describe('weeks, months and years named relative to publication', () => {
  it('reads last, this and next week as ISO weeks, Monday to Sunday', () => {
    expect(dates(one('Talks stalled last week.', WEDNESDAY, 'last week'))).toEqual(['2025-04-14', '2025-04-20', 'week']);
    expect(dates(one('Talks resume this week.', WEDNESDAY, 'this week'))).toEqual(['2025-04-21', '2025-04-27', 'week']);
    expect(dates(one('Talks resume next week.', SUNDAY, 'next week'))).toEqual(['2025-04-28', '2025-05-04', 'week']);
  });

  it('crosses a year end for "next week" and "last week"', () => {
    expect(dates(one('The summit is next week.', '2024-12-30', 'next week'))).toEqual(['2025-01-06', '2025-01-12', 'week']);
    expect(dates(one('The board resigned last week.', '2025-01-02', 'last week'))).toEqual(['2024-12-23', '2024-12-29', 'week']);
  });

  it('reads last and next month as calendar months, across the year end and a leap February', () => {
    expect(dates(one('Prices rose last month.', '2025-01-02', 'last month'))).toEqual(['2024-12-01', '2024-12-31', 'month']);
    expect(dates(one('Rules change next month.', '2025-12-31', 'next month'))).toEqual(['2026-01-01', '2026-01-31', 'month']);
    expect(dates(one('Sales fell last month.', '2024-03-15', 'last month'))).toEqual(['2024-02-01', '2024-02-29', 'month']);
  });

  it('reads last, this and next year as calendar years', () => {
    expect(dates(one('Output fell last year.', SUNDAY, 'last year'))).toEqual(['2024-01-01', '2024-12-31', 'year']);
    expect(dates(one('Elections are due next year.', SUNDAY, 'next year'))).toEqual(['2026-01-01', '2026-12-31', 'year']);
  });

  it('marks "next week" upcoming and "last week" past', () => {
    expect(one('The vote is next week.', SUNDAY, 'next week')).toMatchObject({ qualifier: 'upcoming', tense: 'future' });
    expect(one('The vote was last week.', SUNDAY, 'last week')).toMatchObject({ qualifier: 'on', tense: 'past' });
  });

  it('runs "earlier this month" from the first of the month to publication, before, with precision month', () => {
    const e = one('Earlier this month, the mayor resigned.', '2025-04-15', 'Earlier this month');
    expect(dates(e)).toEqual(['2025-04-01', '2025-04-15', 'month']);
    expect(e.qualifier).toBe('before');
  });

  it('runs "earlier this year" and "later this month" to and from publication', () => {
    expect(dates(one('Earlier this year, it flooded.', '2025-04-15', 'Earlier this year'))).toEqual(['2025-01-01', '2025-04-15', 'year']);
    const later = one('They will vote later this month.', '2025-04-15', 'later this month');
    expect(dates(later)).toEqual(['2025-04-16', '2025-04-30', 'month']);
    expect(later.qualifier).toBe('after');
  });

  it('keeps "late last year" and "early next month" as the whole period: the copy does not say where "late" starts', () => {
    expect(dates(one('Growth slowed late last year.', SUNDAY, 'late last year'))).toEqual(['2024-01-01', '2024-12-31', 'year']);
    expect(dates(one('The plan starts early next month.', SUNDAY, 'early next month'))).toEqual(['2025-05-01', '2025-05-31', 'month']);
  });

  it('reads "by the end of the year" as the year, qualified "before"', () => {
    const e = one('All troops will leave by the end of the year.', SUNDAY, 'by the end of the year');
    expect(dates(e)).toEqual(['2025-01-01', '2025-12-31', 'year']);
    expect(e.qualifier).toBe('before');
  });
});

describe('the coming days, the past week, weekends', () => {
  it('runs "the coming days" and "the coming week" from the day after publication to seven days after, upcoming', () => {
    for (const phrase of ['the coming days', 'the coming week']) {
      const e = one(`Diplomats will talk in ${phrase}.`, SUNDAY, phrase);
      expect(dates(e)).toEqual(['2025-04-28', '2025-05-04', 'week']);
      expect(e).toMatchObject({ qualifier: 'upcoming', tense: 'future' });
    }
  });

  it('reads "the coming days" as upcoming even beside a modal that is not future ("may")', () => {
    expect(one('The coming days may decide it.', SUNDAY, 'The coming days')).toMatchObject({ qualifier: 'upcoming', tense: 'future' });
  });

  it('runs "the past week" over the seven days before publication', () => {
    expect(dates(one('Strikes intensified over the past week.', SUNDAY, 'the past week'))).toEqual(['2025-04-20', '2025-04-26', 'week']);
  });

  it('runs "the coming weeks" from the day after publication to the same day a month later, precision month', () => {
    expect(one('The coming weeks will be decisive.', SUNDAY, 'The coming weeks')).toMatchObject({
      date: { start: '2025-04-28', end: '2025-05-27', precision: 'month' },
      qualifier: 'upcoming',
    });
    for (const phrase of ['the next few weeks', 'the weeks ahead', 'coming weeks']) {
      expect(dates(one(`Talks will resume in ${phrase}.`, '2025-01-31', phrase))).toEqual(['2025-02-01', '2025-02-28', 'month']);
    }
  });

  it('does not read "in each of the past three years" as a span', () => {
    expect(find('Spending exceeded its budget in each of the past three years.', SUNDAY)).toEqual([]);
  });

  it('reads "over the weekend" in a past clause as the weekend just gone', () => {
    expect(dates(one('Protesters gathered over the weekend.', WEDNESDAY, 'the weekend'))).toEqual(['2025-04-19', '2025-04-20', 'day']);
  });

  it('reads "through the weekend" in a future clause as the coming weekend', () => {
    expect(dates(one('Forecasters expect rain through the weekend.', '2025-04-28', 'the weekend'))).toEqual(['2025-05-03', '2025-05-04', 'day']);
  });

  it('reads "last weekend" and "this weekend" as Saturday and Sunday', () => {
    expect(dates(one('He rested last weekend.', WEDNESDAY, 'last weekend'))).toEqual(['2025-04-19', '2025-04-20', 'day']);
    expect(dates(one('They will march this weekend.', WEDNESDAY, 'this weekend'))).toEqual(['2025-04-26', '2025-04-27', 'day']);
  });
});

describe('dates with a day of the month', () => {
  it('reads "on March 3" in the direction of the tense', () => {
    expect(one('Talks were held on March 3.', SUNDAY, 'March 3').date.start).toBe('2025-03-03');
    expect(one('Talks will be held on March 3.', SUNDAY, 'March 3').date.start).toBe('2026-03-03');
  });

  it('reads written years in either order', () => {
    expect(one('The deal was signed March 3, 2024.', SUNDAY, 'March 3, 2024').date.start).toBe('2024-03-03');
    expect(one('The deal was signed 3 March 2024.', SUNDAY, '3 March 2024').date.start).toBe('2024-03-03');
    expect(one('The report is dated Sept. 12, 2023.', SUNDAY, 'Sept. 12, 2023').date.start).toBe('2023-09-12');
  });

  it('dates a year-less range by the clause tense as a whole, this year while it is under way', () => {
    expect(dates(one('The festival ran June 24-25.', SUNDAY, 'June 24-25'))).toEqual(['2024-06-24', '2024-06-25', 'day']);
    expect(dates(one('The festival will run June 24-25.', SUNDAY, 'June 24-25'))).toEqual(['2025-06-24', '2025-06-25', 'day']);
    expect(dates(one('The summit runs June 24-26.', '2025-06-25', 'June 24-26'))).toEqual(['2025-06-24', '2025-06-26', 'day']);
    expect(dates(one('The market will run Dec. 30-Jan. 2.', '2025-01-01', 'Dec. 30-Jan. 2'))).toEqual(['2024-12-30', '2025-01-02', 'day']);
  });

  it('reads "the week of March 3" as the ISO week holding that day', () => {
    expect(dates(one('The vote is set for the week of March 3.', SUNDAY, 'the week of March 3'))).toEqual(['2026-03-02', '2026-03-08', 'week']);
    expect(dates(one('The vote was held the week of March 3.', SUNDAY, 'the week of March 3'))).toEqual(['2025-03-03', '2025-03-09', 'week']);
  });

  it('reads weekday abbreviations with their full stop ("Tue.", "Thurs., April 24")', () => {
    expect(dates(one('Officials met Tue. to discuss it.', SUNDAY, 'Tue.'))).toEqual(['2025-04-22', '2025-04-22', 'day']);
    expect(dates(one('Talks ended Thurs., April 24, without a deal.', SUNDAY, 'Thurs., April 24'))).toEqual(['2025-04-24', '2025-04-24', 'day']);
    expect(find('Life under the Sun. The team sat down.', SUNDAY)).toEqual([]);
  });

  it('reads "March 3-5" as a range of days', () => {
    expect(dates(one('The talks ran March 3-5.', SUNDAY, 'March 3-5'))).toEqual(['2025-03-03', '2025-03-05', 'day']);
  });

  it('reads "between March 3 and 5" and "from May 1 to May 4" as ranges of days', () => {
    expect(dates(one('They met between March 3 and 5.', SUNDAY, 'March 3 and 5'))).toEqual(['2025-03-03', '2025-03-05', 'day']);
    expect(dates(one('The fair ran from May 1 to May 4, 2024.', SUNDAY, 'May 1 to May 4, 2024'))).toEqual(['2024-05-01', '2024-05-04', 'day']);
  });

  it('reads a range across the year end', () => {
    expect(dates(one('Offices closed from Dec. 30 to Jan. 2.', SUNDAY, 'Dec. 30 to Jan. 2'))).toEqual(['2024-12-30', '2025-01-02', 'day']);
  });

  it('reads ISO dates and numeric dates with a four-digit year', () => {
    expect(one('The filing was made 2024-11-05.', SUNDAY, '2024-11-05').date.start).toBe('2024-11-05');
    expect(one('The filing was made 12/05/2023.', SUNDAY, '12/05/2023').date.start).toBe('2023-12-05');
  });

  it('finds a Feb. 29 without a year in the latest leap year', () => {
    expect(one('The decision came on Feb. 29.', SUNDAY, 'Feb. 29').date.start).toBe('2024-02-29');
  });

  it('uses a written weekday to pick the year of a year-less date', () => {
    expect(one('On Friday, March 3, the court ruled.', SUNDAY, 'Friday, March 3').date.start).toBe('2023-03-03');
  });

  it('marks "around March 3" about', () => {
    expect(one('Around March 3, troops moved.', SUNDAY, 'Around March 3').qualifier).toBe('about');
  });
});

describe('months, years and decades', () => {
  it('reads "in March" as the nearest March in the direction of the tense', () => {
    expect(dates(one('The bill passed in March.', SUNDAY, 'March'))).toEqual(['2025-03-01', '2025-03-31', 'month']);
    expect(dates(one('The law will take effect in March.', SUNDAY, 'March'))).toEqual(['2026-03-01', '2026-03-31', 'month']);
    expect(one('Talks resumed in May.', SUNDAY, 'May').date.start).toBe('2024-05-01');
  });

  it('reads a bare month coordinated with another ("in March and June")', () => {
    const found = find('Cuts are likely in March and June.', '2024-12-18');
    expect(found.map((e) => [e.text, e.date.start])).toEqual([
      ['March', '2025-03-01'],
      ['June', '2025-06-01'],
    ]);
  });

  it('reads "starting in January" ahead even after a past verb', () => {
    expect(one('The board voted to ban phones starting in January.', '2024-10-01', 'starting in January')).toMatchObject({
      qualifier: 'after',
      date: { start: '2025-01-01' },
    });
  });

  it('reads "effective January 1" ahead even after a past verb (session 11)', () => {
    expect(one('The board appointed her chief executive, effective January 1.', '2025-11-20', 'effective January 1')).toMatchObject({
      qualifier: 'after',
      date: { start: '2026-01-01' },
    });
  });

  it('reads "by the end of the decade" and "this decade" as the decade of publication, and "the decade after the war" as no time (session 11)', () => {
    expect(dates(one('Output will double by the end of the decade.', '2026-03-03', 'by the end of the decade'))).toEqual(['2020-01-01', '2029-12-31', 'year']);
    expect(dates(one('The fleet will be retired this decade.', '2026-03-03', 'this decade'))).toEqual(['2020-01-01', '2029-12-31', 'year']);
    expect(find('In the decade after the war, the port grew.', '2026-03-03')).toEqual([]);
  });

  it('reads "in 2019" as that year', () => {
    expect(dates(one('He was elected in 2019.', SUNDAY, '2019'))).toEqual(['2019-01-01', '2019-12-31', 'year']);
  });

  it('reads a year used as an adjective ("the 2022 invasion", "whose 2009 hit") as that year', () => {
    expect(one('The 2022 invasion changed Europe.', SUNDAY, '2022').date.start).toBe('2022-01-01');
    expect(one('The singer, whose 2009 hit made her famous, retired.', SUNDAY, '2009').date.start).toBe('2009-01-01');
  });

  it('reads "in the 1990s" as a decade with precision year, and "the early 1990s" as the same decade', () => {
    expect(dates(one('In the 1990s, the city grew.', SUNDAY, 'the 1990s'))).toEqual(['1990-01-01', '1999-12-31', 'year']);
    expect(dates(one('In the early 1990s it shrank.', SUNDAY, 'the early 1990s'))).toEqual(['1990-01-01', '1999-12-31', 'year']);
  });

  it('reads "mid-2023" as the year 2023', () => {
    expect(dates(one('Inflation peaked in mid-2023.', SUNDAY, 'mid-2023'))).toEqual(['2023-01-01', '2023-12-31', 'year']);
  });

  it('reads year ranges and month ranges', () => {
    expect(dates(one('Between 2019 and 2022, output fell.', SUNDAY, '2019 and 2022'))).toEqual(['2019-01-01', '2022-12-31', 'year']);
    expect(dates(one('From March to May 2024, it rained.', SUNDAY, 'March to May 2024'))).toEqual(['2024-03-01', '2024-05-31', 'month']);
  });

  it('reads "Q3" in the direction of the tense and "Q3 2024" as written', () => {
    expect(dates(one('Revenue rose in Q3.', SUNDAY, 'Q3'))).toEqual(['2024-07-01', '2024-09-30', 'month']);
    expect(dates(one('Revenue rose in Q3 2024.', SUNDAY, 'Q3 2024'))).toEqual(['2024-07-01', '2024-09-30', 'month']);
  });

  it('reads "since 2019" as after that year, looking back even in a present clause', () => {
    expect(one('He has served since 2019.', SUNDAY, 'since 2019')).toMatchObject({ qualifier: 'after', date: { start: '2019-01-01' } });
    expect(one('Prices are at their highest since March.', SUNDAY, 'since March').date.start).toBe('2025-03-01');
  });

  it('reads seasons as three months, in the direction of the tense', () => {
    expect(dates(one('Prices fell last summer.', SUNDAY, 'last summer'))).toEqual(['2024-06-01', '2024-08-31', 'month']);
    expect(dates(one('They will meet in the autumn.', SUNDAY, 'the autumn'))).toEqual(['2025-09-01', '2025-11-30', 'month']);
    expect(dates(one('The winter of 2022 was cold.', SUNDAY, 'The winter of 2022'))).toEqual(['2022-12-01', '2023-02-28', 'month']);
  });

  it('does not read "fall" the verb or noun, or a season qualifying another noun, as a season', () => {
    expect(find('Prices fall. A fall in prices worried traders.', SUNDAY)).toEqual([]);
    expect(find('The deal came hours before the winter transfer window closes.', SUNDAY)).toEqual([]);
  });

  it('reads a quarter after "expect" as ahead', () => {
    expect(one('Analysts said they expect a cut in the third quarter.', SUNDAY, 'the third quarter').date.start).toBe('2025-07-01');
  });

  it('reads a month or year after a hedge ("until at least October", "as early as 2027")', () => {
    expect(one('Prices will stay flat until at least October.', SUNDAY, 'until at least October')).toMatchObject({ qualifier: 'before', date: { start: '2025-10-01', end: '2025-10-31' } });
    expect(dates(one('A vote could come as early as 2027.', SUNDAY, '2027'))).toEqual(['2027-01-01', '2027-12-31', 'year']);
  });

  it('reads "into May" and "beyond June" as those months', () => {
    expect(dates(one('The talks will last into May.', '2026-03-17', 'May'))).toEqual(['2026-05-01', '2026-05-31', 'month']);
    expect(one('He will not stay beyond June.', '2026-03-17', 'beyond June').qualifier).toBe('after');
  });

  it('reads "the fall" as an accident, not autumn, where the article speaks of "a fall"', () => {
    expect(find('She had a fall last month. She played every day until the fall.', SUNDAY).map((e) => e.text)).toEqual(['last month']);
    expect(one('Prices will hold until the fall.', SUNDAY, 'until the fall').date.start).toBe('2025-09-01');
  });

  it('reads "until March" as before it', () => {
    expect(one('The ban lasts until March.', SUNDAY, 'until March').qualifier).toBe('before');
  });
});

describe('counted from publication: in two weeks', () => {
  it('reads "in two weeks" and "in three months" as the week or month that many after publication', () => {
    expect(one('The law takes effect in two weeks.', WEDNESDAY, 'two weeks')).toMatchObject({ date: { start: '2025-05-05', end: '2025-05-11', precision: 'week' }, qualifier: 'upcoming' });
    expect(dates(one('Officials will meet again in three months.', WEDNESDAY, 'three months'))).toEqual(['2025-07-01', '2025-07-31', 'month']);
    expect(dates(one('Prices will fall in 10 days’ time.', WEDNESDAY, '10 days’ time'))).toEqual(['2025-05-03', '2025-05-03', 'day']);
  });

  it('leaves durations in a past clause and "the first rise in two years" alone', () => {
    expect(find('The bridge was built in two years.', WEDNESDAY)).toEqual([]);
    expect(find('It is the first rise in two years.', WEDNESDAY)).toEqual([]);
    expect(find('He will retire in two years of service.', WEDNESDAY)).toEqual([]);
    expect(find('Prices hit their highest level in five years.', WEDNESDAY)).toEqual([]);
    expect(one('The protest will end in two days.', WEDNESDAY, 'two days').date.start).toBe('2025-04-25');
  });
});

describe('counted from publication: ago', () => {
  it('reads "two years ago" as the year two before publication, precision year', () => {
    expect(dates(one('Two years ago the war began.', SUNDAY, 'Two years ago'))).toEqual(['2023-01-01', '2023-12-31', 'year']);
  });

  it('reads "three weeks ago" as the ISO week three weeks back', () => {
    expect(dates(one('Three weeks ago he resigned.', SUNDAY, 'Three weeks ago'))).toEqual(['2025-03-31', '2025-04-06', 'week']);
  });

  it('reads "a decade ago" as the year ten before publication', () => {
    expect(dates(one('A decade ago it was different.', SUNDAY, 'A decade ago'))).toEqual(['2015-01-01', '2015-12-31', 'year']);
  });

  it('marks "about two years ago" about and "more than a year ago" before', () => {
    expect(one('It began about two years ago.', SUNDAY, 'about two years ago').qualifier).toBe('about');
    expect(one('He quit more than a year ago.', SUNDAY, 'more than a year ago').qualifier).toBe('before');
  });
});

describe('no date: recently, soon, recent', () => {
  it('reads "recently" as before publication with no date', () => {
    expect(one('She recently resigned.', SUNDAY, 'recently')).toMatchObject({
      date: { start: null, end: null, precision: 'unknown' },
      qualifier: 'before',
      tense: 'past',
    });
  });

  it('reads "soon" as after publication with no date', () => {
    expect(one('A deal could come soon.', SUNDAY, 'soon')).toMatchObject({ date: { precision: 'unknown' }, qualifier: 'after' });
  });

  it('reads "in recent weeks" as before, and the adjective "recent" alone as no time', () => {
    expect(find('Her recent remarks angered allies. The most recent raid was on a pharmacy.', SUNDAY)).toEqual([]);
    expect(one('In recent weeks prices rose.', SUNDAY, 'recent weeks').qualifier).toBe('before');
  });

  it('drops "later" and "shortly" in a past clause, where they follow another event of the story, but keeps "soon"', () => {
    expect(find('The track was later sampled by producers. She wrote on X shortly afterward.', SUNDAY)).toEqual([]);
    expect(one('He said he would decide later.', SUNDAY, 'later')).toMatchObject({ qualifier: 'after', date: { precision: 'unknown' } });
    expect(one('The firm soon ran out of money.', SUNDAY, 'soon').qualifier).toBe('after');
  });

  it('reads "soon after that" in a future clause as soon', () => {
    expect(one('She hopes to have a government in place soon after that.', SUNDAY, 'soon')).toMatchObject({ qualifier: 'after' });
  });

  it('does not read "later in the trial" as a time, but keeps "later in the year"', () => {
    expect(find('He is expected to give evidence later in the trial.', SUNDAY)).toEqual([]);
    expect(find('He will give evidence later in the year.', SUNDAY).map((e) => e.text)).toEqual(['later']);
  });

  it('does not read "earlier" and "later" before a noun as time expressions', () => {
    expect(find('An earlier version was wrong. The club rejected two earlier bids. Scans showed a later layer.', SUNDAY)).toEqual([]);
  });

  it('does not read "as soon as", "sooner or later" or "two days later" as time expressions', () => {
    expect(find('As soon as talks begin, sanctions end. Sooner or later they agree. Two days later, he was freed.', SUNDAY)).toEqual([]);
  });
});

describe('what is not a time expression', () => {
  it('leaves durations alone', () => {
    expect(find('That would mean another two years of war. They fought for three days. It is a 10-year plan. The station runs 24 hours.', SUNDAY)).toEqual([]);
  });

  it('leaves generic weekdays alone ("on a Sunday", "every Friday", "a Friday night")', () => {
    expect(find('I wish they would strike on a Sunday. Markets close every Friday. He needs cash on a Friday night.', SUNDAY)).toEqual([]);
  });

  it('leaves weekdays of recurring things alone ("the Saturday story hour", "Friday prayers")', () => {
    expect(find('Parents praised the branch’s Saturday story hour. Crowds gathered for Friday prayers.', SUNDAY)).toEqual([]);
    expect(find('The Friday meeting was tense.', SUNDAY).map((e) => e.text)).toEqual(['Friday']);
  });

  it('leaves a weekday that opens a quoted title alone ("“Sunday at Callao”")', () => {
    expect(find('Its closing track, “Sunday at Callao,” became a hit.', SUNDAY)).toEqual([]);
    expect(find('Its closing track, "Sunday at Callao," became a hit.', SUNDAY)).toEqual([]);
  });

  it('leaves weekdays in names alone', () => {
    expect(find('Good Friday is a holiday. The Sunday Times reported it. Friday Prayers drew crowds. He works Fridays.', SUNDAY)).toEqual([]);
  });

  it('leaves "may" the modal and "march" the walk alone', () => {
    expect(find('Officials may decide. A protest march drew crowds. March organizers spoke. Theresa May spoke.', SUNDAY)).toEqual([]);
  });

  it('does not make an event of a clock time alone', () => {
    expect(find('The meeting is at 3 p.m.', SUNDAY)).toEqual([]);
  });

  it('does not read a count of things as a year', () => {
    expect(find('Out of 2000 people, most agreed.', SUNDAY)).toEqual([]);
  });

  it('ignores dates inside link destinations', () => {
    const text = 'See [the report](https://example.com/2025/04/27/story) for details.';
    expect(find(text, SUNDAY)).toEqual([]);
  });

  it('does not read "the Today show" as a day', () => {
    expect(find('She appeared on the Today show.', SUNDAY)).toEqual([]);
  });
});

describe('without a publication date', () => {
  it('still finds relative expressions, with null dates', () => {
    expect(one('Last week the board met.', null, 'Last week').date).toEqual({ start: null, end: null, precision: 'unknown' });
    expect(one('The board met on Friday.', null, 'Friday').date).toEqual({ start: null, end: null, precision: 'unknown' });
  });

  it('still resolves absolute dates and years', () => {
    expect(one('The court ruled on March 3, 2024.', null, 'March 3, 2024').date.start).toBe('2024-03-03');
    expect(one('Output rose in 2022.', null, '2022').date.start).toBe('2022-01-01');
  });
});

describe('markdown punctuation', () => {
  it('reads dates inside emphasis', () => {
    expect(find('It was _Friday_ and **March 3**.', SUNDAY).map((e) => e.text)).toEqual(['Friday', 'March 3']);
  });
});

describe('properties', () => {
  const words = fc.constantFrom(
    'Friday', 'March', 'May', '3', '2024', 'last', 'next', 'week', 'month', 'year', 'ago', 'two', 'the', 'coming',
    'days', 'recently', 'soon', 'earlier', 'this', 'will', 'said', 'in', 'on', 'between', 'and', 'to', '-', ',', '.',
    '’s', 'mid-', '1990s', 'Q3', 'weekend', 'yesterday', 'today', 'since', 'until', 'around', '2025-02-29', 'Feb.', '29',
    '12/05/2023', 'end', 'of', 'early', 'late', '\n', '_', '**', '(', ')', 'https://x.y/2024/01/01',
  );
  const phrase = fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(' '));
  const published = fc.option(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );

  it('never throws, and every expression is a non-empty slice of the text with an ordered range', () => {
    fc.assert(
      fc.property(fc.oneof(phrase, fc.string({ maxLength: 200 })), published, (text, pub) => {
        const found = findTimeExpressions(text, sentencesOf(text), pub);
        for (const e of found) {
          expect(e.start).toBeLessThan(e.end);
          expect(text.slice(e.start, e.end)).toBe(e.text);
          if (e.date.start !== null && e.date.end !== null) expect(e.date.start <= e.date.end).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary sentence spans, including out-of-range ones', () => {
    fc.assert(
      fc.property(phrase, fc.array(fc.record({ start: fc.integer({ min: -5, max: 300 }), end: fc.integer({ min: -5, max: 300 }) })), (text, spans) => {
        for (const e of findTimeExpressions(text, spans, '2025-04-27')) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('named days on a fixed date', () => {
  it('reads "Christmas Eve" and "Boxing Day" as days, in the year the tense points to', () => {
    expect(dates(one('The calf was born on Christmas Eve.', '2026-01-07', 'Christmas Eve'))).toEqual(['2025-12-24', '2025-12-24', 'day']);
    expect(dates(one('The shop will reopen on Boxing Day.', '2025-11-20', 'Boxing Day'))).toEqual(['2025-12-26', '2025-12-26', 'day']);
  });

  it('reads a bare "Christmas" only after a preposition, never in "Christmas trees"', () => {
    expect(find('Christmas trees sold out. A Christmas market opened.', SUNDAY)).toEqual([]);
    const [christmas, ...rest] = find('The pier will stay shut until after Christmas.', '2025-11-20');
    expect(rest).toEqual([]);
    expect(christmas?.text).toMatch(/Christmas$/);
    expect(dates(christmas as TimeExpression)).toEqual(['2025-12-25', '2025-12-25', 'day']);
  });

  it('keeps a year written after the name ("New Year’s Eve 2023")', () => {
    expect(dates(one('The fire started on New Year’s Eve 2023.', SUNDAY, 'New Year’s Eve 2023'))).toEqual(['2023-12-31', '2023-12-31', 'day']);
  });
});

describe('bare months with weaker support', () => {
  it('reads "the 12 months to June" as June', () => {
    expect(dates(one('Exports fell 4% in the 12 months to June.', '2025-07-22', 'June'))).toEqual(['2025-06-01', '2025-06-30', 'month']);
  });

  it('reads "the January transfer window" as January, but not "the March of Dimes" or "the May government"', () => {
    expect(dates(one('The club will sell him in the January transfer window.', '2025-11-20', 'January'))).toEqual(['2026-01-01', '2026-01-31', 'month']);
    expect(find('The March of Dimes raised funds. The May government fell.', SUNDAY)).toEqual([]);
  });
});

describe('a relative "that" opens a present clause', () => {
  it('reads "the fiscal year that starts April 1" as the coming April, though the sentence is past', () => {
    expect(dates(one('The province tabled a budget on Wednesday for the fiscal year that starts April 1.', '2026-03-05', 'April 1'))).toEqual(['2026-04-01', '2026-04-01', 'day']);
  });
});

describe('a year before a named event', () => {
  it('reads "the 2028 Los Angeles Olympics" and "the 2022 World Cup" as years, but not "the 2000 Americans polled"', () => {
    expect(dates(one('The ban rules her out of the 2028 Los Angeles Olympics.', SUNDAY, '2028'))).toEqual(['2028-01-01', '2028-12-31', 'year']);
    expect(dates(one('He scored in the 2022 World Cup.', SUNDAY, '2022'))).toEqual(['2022-01-01', '2022-12-31', 'year']);
    expect(find('Of the 2000 Americans polled, most agreed.', SUNDAY)).toEqual([]);
  });
});

describe('"expected" looks ahead', () => {
  it('reads what is expected as ahead ("expected the hearing on Monday to be brief", "expected two cuts, the first in March")', () => {
    expect(dates(one('The commission said it expected the hearing on Monday to be brief.', '2025-09-18', 'Monday'))).toEqual(['2025-09-22', '2025-09-22', 'day']);
    expect(dates(one('He said he now expected two cuts this year, the first in March.', '2026-02-04', 'March'))).toEqual(['2026-03-01', '2026-03-31', 'month']);
  });

  it('but not in a comparison ("faster than the bank expected, in November") or a past perfect', () => {
    expect(dates(one('Inflation had fallen faster than the bank expected, to 2.4 percent in November.', '2025-03-12', 'November'))).toEqual(['2024-11-01', '2024-11-30', 'month']);
    expect(dates(one('He had expected prices to fall in March.', '2025-09-18', 'March'))).toEqual(['2025-03-01', '2025-03-31', 'month']);
  });
});

describe('quarters, fiscal years and coordinated years', () => {
  it('reads "fourth-quarter revenue", "the December quarter" and "fiscal 2026"', () => {
    expect(dates(one('The firm reported fourth-quarter revenue below estimates.', '2026-02-05', 'fourth-quarter'))).toEqual(['2025-10-01', '2025-12-31', 'month']);
    expect(dates(one('Its memory unit returned to profit in the December quarter.', '2026-02-05', 'the December quarter'))).toEqual(['2025-10-01', '2025-12-31', 'month']);
    expect(dates(one('It will cut spending in fiscal 2026.', '2026-02-05', 'fiscal 2026'))).toEqual(['2026-01-01', '2026-12-31', 'year']);
  });

  it('reads the second year of "in 2007 and 2013" and a year after "rather than"', () => {
    expect(find('It cited rejected bids in 2007 and 2013.', SUNDAY).map((e) => e.text)).toEqual(['2007', '2013']);
    expect(dates(one('The plant will open in 2028 rather than 2027.', SUNDAY, '2027'))).toEqual(['2027-01-01', '2027-12-31', 'year']);
  });

  it('does not take "interested" after a number, or "heard" after "be", for a past verb', () => {
    expect(dates(one('She said she would meet the three interested parties on Thursday.', '2026-09-15', 'Thursday'))).toEqual(['2026-09-17', '2026-09-17', 'day']);
    expect(dates(one('A petition was filed in August that was due to be heard on September 22.', '2026-09-15', 'September 22'))).toEqual(['2026-09-22', '2026-09-22', 'day']);
  });
});

describe('"last" as an adjective', () => {
  it('does not read "the last chance" as past tense: "before winter" in October is the coming winter', () => {
    expect(dates(one('The talks are the last chance before winter.', '2025-10-15', 'before winter'))).toEqual(['2025-12-01', '2026-02-28', 'month']);
  });
});

describe('dates something is scheduled for', () => {
  it('reads "set a conference for May 12", "adjourned until Friday" and "postponed to March 3" as ahead of publication', () => {
    expect(dates(one('The judge set a scheduling conference for May 12.', '2026-01-13', 'May 12'))).toEqual(['2026-05-12', '2026-05-12', 'day']);
    expect(dates(one('The trial was adjourned until Friday.', '2026-01-13', 'until Friday'))).toEqual(['2026-01-16', '2026-01-16', 'day']);
    expect(dates(one('The talks were postponed to March 3.', '2026-01-13', 'March 3'))).toEqual(['2026-03-03', '2026-03-03', 'day']);
  });
});

describe('participles that describe a noun', () => {
  it('does not read "accounts held by under-15s" as past tense: "from September 1" after a present verb is ahead', () => {
    expect(dates(one('The law requires platforms to close accounts held by under-15s from September 1.', '2026-02-13', 'from September 1'))).toEqual(['2026-09-01', '2026-09-01', 'day']);
  });
});

describe('a quoted fragment with no verb of its own', () => {
  it('takes the tense of the sentence around it: had not received flour “since before Christmas.”', () => {
    expect(dates(one('Fatima Idriss said she had not received flour “since before Christmas.”', '2026-01-21', 'before Christmas'))).toEqual(['2025-12-25', '2025-12-25', 'day']);
  });
});

describe('two days of a month joined by "and"', () => {
  it('reads "meet on December 3 and 4" as one span, and not "On March 3 and 4 people were hurt"', () => {
    expect(dates(one('He said the council would next meet on December 3 and 4 and publish projections then.', '2025-11-06', 'December 3 and 4'))).toEqual(['2025-12-03', '2025-12-04', 'day']);
    expect(find('On March 3 and 4 people were hurt.', '2025-11-06').map((e) => e.text)).toEqual(['March 3']);
  });
});

describe('subordinate clauses with a bare noun, and adjectives in -ed', () => {
  it('keeps "will walk off … from Thursday" ahead although "after talks broke down late on Friday" follows', () => {
    expect(dates(one('Nurses will walk off the job for 48 hours from Thursday after talks broke down late on Friday.', '2026-10-12', 'from Thursday'))).toEqual(['2026-10-15', '2026-10-15', 'day']);
  });

  it('does not read "planned" in "would postpone planned surgery on Thursday" as past tense', () => {
    expect(dates(one('He said hospitals would postpone planned surgery on Thursday.', '2026-10-12', 'Thursday'))).toEqual(['2026-10-15', '2026-10-15', 'day']);
  });
});

describe('dates near publication, schedules in the present, directives over lists', () => {
  it('takes a day and month within a month of publication over a past-looking clause a year away', () => {
    // Published Thursday 2025-06-05.
    expect(dates(one('Musicians voted late Tuesday to strike on June 14, the opening night.', '2025-06-05', 'June 14'))).toEqual(['2025-06-14', '2025-06-14', 'day']);
    // Published 2026-11-18: "beat" reads as a present; the election was fifteen days before.
    expect(dates(one('She beat the incumbent by 41 votes in the Nov. 3 election.', '2026-11-18', 'Nov. 3'))).toEqual(['2026-11-03', '2026-11-03', 'day']);
  });

  it('still reads a date a month or more from publication by the tense', () => {
    expect(dates(one('The plant closed on August 20.', '2025-06-05', 'August 20'))).toEqual(['2024-08-20', '2024-08-20', 'day']);
  });

  it('reads a weekday after a present verb with an object as ahead ("The board holds a session on Wednesday")', () => {
    // Published Thursday 2026-01-15.
    expect(dates(one('The board holds a public session on Wednesday, and the district said it would publish a list.', '2026-01-15', 'Wednesday'))).toEqual(['2026-01-21', '2026-01-21', 'day']);
    // Published Monday 2025-08-18; the relative clause after it has its own tense.
    expect(dates(one('Castañeda flies home to Veracruz on Thursday, where the state government has promised her a parade.', '2025-08-18', 'Thursday'))).toEqual(['2025-08-21', '2025-08-21', 'day']);
  });

  it('reads a day after a directive’s "to" as ahead, across a list in the object', () => {
    // Published Saturday 2025-08-16.
    expect(dates(one('The agency urged families in Malatya, Adıyaman and Elazığ provinces to sleep in tents until Monday.', '2025-08-16', 'until Monday'))).toEqual(['2025-08-18', '2025-08-18', 'day']);
  });
});

describe('days that move with Easter', () => {
  it('dates "until Easter", "over Easter" and "Good Friday" by the year the tense points to', () => {
    // Published Wednesday 2026-03-04: Easter 2026 is April 5, Easter 2025 was April 20.
    expect(dates(one('The library will stay open until Easter.', '2026-03-04', 'until Easter'))).toEqual(['2026-04-05', '2026-04-05', 'day']);
    expect(dates(one('The galleries closed over Easter.', '2026-03-04', 'Easter'))).toEqual(['2025-04-20', '2025-04-20', 'day']);
    expect(dates(one('The march is planned for Good Friday.', '2026-03-04', 'Good Friday'))).toEqual(['2026-04-03', '2026-04-03', 'day']);
  });

  it('does not date "Easter eggs" or "the Easter holidays"', () => {
    expect(find('Children hunted Easter eggs during the Easter holidays.', '2026-03-04')).toEqual([]);
  });
});

describe('holidays on the n-th weekday of a month, and more named days', () => {
  it('dates "since Labor Day", "on Memorial Day" and "Black Friday" by the tense', () => {
    // Published Monday 2025-10-20: Labor Day 2025 was September 1, Memorial Day 2025 May 26, Black Friday 2025 is November 28.
    expect(dates(one('Ridership has fallen since Labor Day.', '2025-10-20', 'since Labor Day'))).toEqual(['2025-09-01', '2025-09-01', 'day']);
    expect(dates(one('The pool opened on Memorial Day.', '2025-10-20', 'Memorial Day'))).toEqual(['2025-05-26', '2025-05-26', 'day']);
    expect(dates(one('Stores will open early on Black Friday.', '2025-10-20', 'Black Friday'))).toEqual(['2025-11-28', '2025-11-28', 'day']);
  });

  it('dates Thanksgiving as the fourth Thursday of November, or the second Monday of October in a Canadian copy', () => {
    expect(dates(one('The family met on Thanksgiving in Ohio.', '2025-12-03', 'Thanksgiving'))).toEqual(['2025-11-27', '2025-11-27', 'day']);
    expect(dates(one('The river rose on Thanksgiving in Fredericton.', '2025-10-20', 'Thanksgiving'))).toEqual(['2025-10-13', '2025-10-13', 'day']);
  });

  it('does not date "Thanksgiving dinner" without a preposition', () => {
    expect(find('Thanksgiving dinner was cancelled.', '2025-12-03')).toEqual([]);
  });

  it('dates "St Andrew’s Day" and a named day inside closing single quotes (‘… by Christmas’)', () => {
    expect(dates(one('The ceilidh on St Andrew’s Day will go ahead.', '2026-11-19', 'St Andrew’s Day'))).toEqual(['2026-11-30', '2026-11-30', 'day']);
    expect(find('He would sell ‘another 40 by Christmas’ if prices fell.', '2025-08-16').length).toBe(1);
    expect(find('She had not slept ‘on a Saturday since Easter’.', '2026-11-19').map((e) => e.text)).toContain('since Easter');
  });

  it('dates Pentecost and Ash Wednesday from Easter', () => {
    // Easter 2026 is April 5: Ash Wednesday February 18, Pentecost May 24.
    expect(dates(one('Fasting begins on Ash Wednesday.', '2026-01-10', 'Ash Wednesday'))).toEqual(['2026-02-18', '2026-02-18', 'day']);
    expect(dates(one('The pilgrimage ends at Pentecost.', '2026-01-10', 'Pentecost'))).toEqual(['2026-05-24', '2026-05-24', 'day']);
  });
});

describe('days counted from another day of the story, and older years', () => {
  it('dates "the following day" and "the day before" from the last single day named before them', () => {
    // Published Thursday 2026-01-15: Wednesday is January 14.
    expect(dates(one('Warnings were issued on Wednesday and upgraded the following day.', '2026-01-15', 'the following day'))).toEqual(['2026-01-15', '2026-01-15', 'day']);
    expect(dates(one('The draw was on January 13. He bought the ticket the day before the draw.', '2026-01-15', 'the day before'))).toEqual(['2026-01-12', '2026-01-12', 'day']);
    expect(dates(one('The ferry sank on March 2. Two days later the search ended.', '2026-03-10', 'Two days later'))).toEqual(['2026-03-04', '2026-03-04', 'day']);
  });

  it('keeps no "the next day" when no single day was named before it in the paragraph', () => {
    expect(find('Last year was hard.\n\nThe next day he left.', '2026-01-15').map((e) => e.text)).toEqual(['Last year']);
  });

  it('dates "in 1482" and "since 1066", but not a count ("in 1500 homes")', () => {
    expect(dates(one('The guild commissioned it in 1482.', '2026-01-15', '1482'))).toEqual(['1482-01-01', '1482-12-31', 'year']);
    expect(find('Power was restored in 1500 homes.', '2026-01-15')).toEqual([]);
  });

  it('dates St Stephen’s Day as December 26', () => {
    expect(dates(one('Flights resumed on St Stephen’s Day.', '2026-01-15', 'St Stephen’s Day'))).toEqual(['2025-12-26', '2025-12-26', 'day']);
  });
});

describe('a year or a month after "for"', () => {
  it('dates "fees for 2027" and "planned for March", but not "paid for 2000 tickets"', () => {
    expect(dates(one('Nobody has voted on fees for 2027.', '2026-08-05', '2027'))).toEqual(['2027-01-01', '2027-12-31', 'year']);
    expect(find('The vote is planned for March.', '2026-01-05').map((e) => e.text)).toEqual(['March']);
    expect(find('The club paid for 2000 tickets.', '2026-08-05')).toEqual([]);
  });
});

describe('a bare month next to publication', () => {
  it('reads "by July" in a past clause (published mid-June) as the coming July, not one eleven months back', () => {
    expect(dates(one('The regulator had asked the insurer for a report by July.', '2025-06-16', 'by July'))).toEqual(['2025-07-01', '2025-07-31', 'month']);
    expect(dates(one('The landlord said the rent would have risen sharply from January.', '2025-12-09', 'from January'))).toEqual(['2026-01-01', '2026-01-31', 'month']);
  });
  it('keeps the tense’s month after "in" or "since", or when the sentence names a year', () => {
    expect(dates(one('The gates were opened only in September, engineers said.', '2025-08-13', 'September'))).toEqual(['2024-09-01', '2024-09-30', 'month']);
    expect(dates(one('Last year, the board had asked for the gates to stay shut until September.', '2025-08-13', 'until September'))).toEqual(['2024-09-01', '2024-09-30', 'month']);
  });
  it('keeps a month two away on the tense’s side ("signed in September", published in July)', () => {
    expect(dates(one('The deal was signed in September.', '2025-07-10', 'September'))).toEqual(['2024-09-01', '2024-09-30', 'month']);
  });
});

describe('a month or a day with "last year" or "next year", "Tuesday week", and the coming months', () => {
  it('reads "July 1 next year" and "March last year" as one expression each, counted from publication’s year', () => {
    expect(dates(one('The scheme starts July 1 next year.', '2026-01-15', 'July 1 next year'))).toEqual(['2027-07-01', '2027-07-01', 'day']);
    expect(dates(one('Prices rose in March last year.', '2026-01-15', 'March last year'))).toEqual(['2025-03-01', '2025-03-31', 'month']);
  });
  it('reads "Tuesday week" as the Tuesday a week after the coming one', () => {
    expect(dates(one('The vote is on Tuesday week.', '2026-01-15', 'Tuesday week'))).toEqual(['2026-01-27', '2026-01-27', 'day']);
    expect(find('They met Tuesday. The week was long.', '2026-01-15').map((e) => e.text)).toEqual(['Tuesday']);
  });
  it('reads "the coming months" and "the months ahead" as the year after publication', () => {
    expect(dates(one('Prices will fall in the coming months.', '2026-01-15', 'the coming months'))).toEqual(['2026-01-16', '2027-01-15', 'year']);
    expect(dates(one('In the months ahead, more will close.', '2026-01-15', 'the months ahead'))).toEqual(['2026-01-16', '2027-01-15', 'year']);
  });
});

describe('financial years and southern seasons, by where the copy is set', () => {
  const australian = 'Growers in Queensland lost money last financial year, the Australian minister said. The first grants would be paid this financial year. More would come in the 2026-27 budget. Farmers expect rain over summer.';
  it('dates Australian financial years from July 1', () => {
    expect(dates(one(australian, '2026-01-15', 'last financial year'))).toEqual(['2024-07-01', '2025-06-30', 'month']);
    expect(dates(one(australian, '2026-01-15', 'this financial year'))).toEqual(['2025-07-01', '2026-06-30', 'month']);
    expect(dates(one(australian, '2026-01-15', '2026-27'))).toEqual(['2026-07-01', '2027-06-30', 'month']);
  });
  it('puts an Australian summer in December to February', () => {
    expect(dates(one(australian, '2026-01-15', 'summer'))).toEqual(['2025-12-01', '2026-02-28', 'month']);
  });
  it('dates British financial years from April 1, and keeps one undated where the copy does not say', () => {
    expect(dates(one('The NHS trust in London expects a deficit in the 2025/26 financial year.', '2026-01-15', 'the 2025/26 financial year'))).toEqual(['2025-04-01', '2026-03-31', 'month']);
    expect(dates(one('The agency said it would spend more this financial year.', '2026-01-15', 'this financial year'))).toEqual([null, null, 'unknown']);
  });
});

describe('obligation looks ahead', () => {
  it('reads "must be lodged by Wednesday" after a past "said" as the coming Wednesday', () => {
    expect(dates(one('A league spokesman said any appeal must be lodged by Wednesday.', '2025-08-28', 'by Wednesday'))).toEqual(['2025-09-03', '2025-09-03', 'day']);
  });
});

describe('Islamic feasts and "overnight"', () => {
  it('dates Eid al-Adha, a bare "after Eid" in the same copy, and Ramadan from the table of feasts', () => {
    const text = 'Talks resumed before Eid al-Adha and will continue after Eid, officials said. Prices had risen during Ramadan.';
    expect(dates(one(text, '2025-05-26', 'before Eid al-Adha'))).toEqual(['2025-06-06', '2025-06-06', 'day']);
    expect(dates(one(text, '2025-05-26', 'after Eid'))).toEqual(['2025-06-06', '2025-06-06', 'day']);
    expect(dates(one(text, '2025-05-26', 'Ramadan'))).toEqual(['2025-03-01', '2025-03-29', 'month']);
  });
  it('dates "overnight" as the night before publication, but not "an overnight stay"', () => {
    expect(dates(one('Shelling continued overnight, the ministry said.', '2025-05-26', 'overnight'))).toEqual(['2025-05-25', '2025-05-26', 'day']);
    expect(find('Guests had an overnight stay. The overnight rate rose.', '2025-05-26')).toEqual([]);
  });
});

describe('"until" a weekday', () => {
  it('reads "had been halted until Thursday" after a past "said" as the coming Thursday', () => {
    expect(dates(one('The company said production had been halted until Thursday.', '2025-11-18', 'until Thursday'))).toEqual(['2025-11-20', '2025-11-20', 'day']);
  });
  it('keeps the past for "had not received it until Saturday" and "until Saturday night, when …"', () => {
    expect(dates(one('The agency said it had not received a request until Saturday.', '2025-11-18', 'until Saturday'))).toEqual(['2025-11-15', '2025-11-15', 'day']);
    expect(one('Conditions had been perfect until Saturday night, when the wind swung north.', '2025-11-18', 'until Saturday night').date.start).toBe('2025-11-15');
  });
});

describe('session 8: Holy Week', () => {
  it('dates "through Semana Santa" and "on Holy Week" as Palm Sunday to Easter Sunday, a week', () => {
    // Published Thursday 2026-03-19: Palm Sunday 2026 is March 29, Easter Sunday April 5.
    expect(dates(one('Rationing will stay in place through Semana Santa.', '2026-03-19', 'Semana Santa'))).toEqual(['2026-03-29', '2026-04-05', 'week']);
    expect(dates(one('Hotels had counted on Holy Week to make up for a weak winter.', '2026-03-19', 'Holy Week'))).toEqual(['2026-03-29', '2026-04-05', 'week']);
  });
});

describe('session 8: Indian financial years, Diwali, the Lunar New Year, and "hit back"', () => {
  const indian = 'The company expects revenue to double in FY27 and posted a loss in FY25, officials in New Delhi said. Growth this fiscal will be slower, and next fiscal the RBI may cut rates, the Centre said in New Delhi. This fiscal policy is odd.';
  it('dates "FY27" (named by the year it ends in), "this fiscal" and "next fiscal" from April 1 in Indian copy', () => {
    // Published Thursday 2025-12-11.
    expect(dates(one(indian, '2025-12-11', 'FY27'))).toEqual(['2026-04-01', '2027-03-31', 'month']);
    expect(dates(one(indian, '2025-12-11', 'FY25'))).toEqual(['2024-04-01', '2025-03-31', 'month']);
    expect(dates(one(indian, '2025-12-11', 'this fiscal'))).toEqual(['2025-04-01', '2026-03-31', 'month']);
    expect(dates(one(indian, '2025-12-11', 'next fiscal'))).toEqual(['2026-04-01', '2027-03-31', 'month']);
    expect(find(indian, '2025-12-11').map((e) => e.text)).not.toContain('This fiscal');
  });

  it('dates "before Diwali" and "over the Lunar New Year holiday" from their tables, but not "a Diwali bonus"', () => {
    // Published Monday 2026-07-06: Diwali 2026 is November 8; the Lunar New Year 2026 was February 17.
    expect(dates(one('We will hold the elections before Diwali.', '2026-07-06', 'before Diwali'))).toEqual(['2026-11-08', '2026-11-08', 'day']);
    expect(dates(one('Shops closed over the Lunar New Year holiday.', '2026-07-06', 'Lunar New Year'))).toEqual(['2026-02-17', '2026-02-17', 'day']);
    expect(find('Staff got a Diwali bonus.', '2026-07-06')).toEqual([]);
  });

  it('reads "hit back late Sunday" after a singular subject as past', () => {
    // Published Monday 2026-07-06.
    expect(dates(one('The association’s president hit back late Sunday.', '2026-07-06', 'late Sunday'))).toEqual(['2026-07-05', '2026-07-05', 'day']);
  });
});

describe('session 8: a month as a modifier after any determiner', () => {
  it('dates "an April cut" and "its June meeting", as "the March deadline" was', () => {
    // Published Tuesday 2026-03-03.
    const text = 'Traders pared bets on an April cut to about 35%. The bank holds its June meeting later.';
    expect(dates(one(text, '2026-03-03', 'April'))).toEqual(['2026-04-01', '2026-04-30', 'month']);
    expect(dates(one(text, '2026-03-03', 'June'))).toEqual(['2026-06-01', '2026-06-30', 'month']);
  });
});

describe('session 8: more named days', () => {
  it('dates Saint-Jean-Baptiste Day, King’s Day, Madaraka Day, and Rose Monday from Easter', () => {
    // Published Monday 2026-02-09: Easter 2026 is April 5, so Rose Monday is February 16.
    const text = 'The parade on Rose Monday will go ahead. Shops close on King’s Day. Schools shut on Madaraka Day. Montreal celebrates on Saint-Jean-Baptiste Day.';
    expect(dates(one(text, '2026-02-09', 'Rose Monday'))).toEqual(['2026-02-16', '2026-02-16', 'day']);
    expect(dates(one(text, '2026-02-09', 'King’s Day'))).toEqual(['2026-04-27', '2026-04-27', 'day']);
    expect(dates(one(text, '2026-02-09', 'Madaraka Day'))).toEqual(['2026-06-01', '2026-06-01', 'day']);
    expect(dates(one(text, '2026-02-09', 'Saint-Jean-Baptiste Day'))).toEqual(['2026-06-24', '2026-06-24', 'day']);
  });
});
