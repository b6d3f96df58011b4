import { describe, expect, it } from 'vitest';
import { dates, find, one } from './helpers.ts';

const texts = (text: string, published: string): string[] => find(text, published).map((e) => e.text);

describe('Jewish feasts, by the Hebrew calendar', () => {
  it('dates Rosh Hashanah (two days), Yom Kippur and Hanukkah (eight days) by their daytime civil dates', () => {
    // 1 Tishri 5786 is 2025-09-23, 10 Tishri 2025-10-02, 25 Kislev 2025-12-15.
    expect(dates(one('The mayor spoke today, days before Rosh Hashanah, the new year.', '2025-09-15', 'before Rosh Hashanah'))).toEqual(['2025-09-23', '2025-09-24', 'day']);
    expect(dates(one('The grant will pay for guards for Yom Kippur on October 2.', '2025-09-15', 'Yom Kippur'))).toEqual(['2025-10-02', '2025-10-02', 'day']);
    expect(dates(one('The choir will sing during Chanukah, she said.', '2025-11-20', 'Chanukah'))).toEqual(['2025-12-15', '2025-12-22', 'day']);
  });

  it('dates Passover, Purim (Adar II in a leap year) and Shavuot the same way', () => {
    // 15 Nisan 5785 is 2025-04-13; 14 Adar II 5784 is 2024-03-24; 6 Sivan 5785 is 2025-06-02.
    expect(dates(one('The kitchen closed over Passover.', '2025-05-10', 'Passover'))).toEqual(['2025-04-13', '2025-04-20', 'day']);
    expect(dates(one('The school held a parade on Purim.', '2024-04-02', 'Purim'))).toEqual(['2024-03-24', '2024-03-24', 'day']);
    expect(dates(one('The shop will shut for Shavuot.', '2025-05-20', 'Shavuot'))).toEqual(['2025-06-02', '2025-06-03', 'day']);
  });

  it('does not date "the Yom Kippur War", "Hanukkah candles" or "every night of Hanukkah"', () => {
    expect(texts('Veterans of the Yom Kippur War met. She lit Hanukkah candles every night of Hanukkah.', '2025-12-05')).toEqual([]);
    expect(texts('The museum opened an exhibit on Yom Kippur War veterans.', '2025-12-05')).toEqual([]);
  });
});

describe('Lent, Advent, the Easter weekend and feasts that open a sentence', () => {
  it('dates Lent from Ash Wednesday to Holy Saturday and Advent from Advent Sunday to Christmas Eve, as days', () => {
    // Easter 2025 is April 20: Ash Wednesday March 5, Holy Saturday April 19. Advent Sunday 2025 is November 30.
    expect(dates(one('The parish gave up meat during Lent.', '2025-05-01', 'Lent'))).toEqual(['2025-03-05', '2025-04-19', 'day']);
    expect(dates(one('The choir will rehearse through Advent.', '2025-11-10', 'Advent'))).toEqual(['2025-11-30', '2025-12-24', 'day']);
    expect(dates(one('The bishop will preach on Advent Sunday.', '2025-11-10', 'Advent Sunday'))).toEqual(['2025-11-30', '2025-11-30', 'day']);
  });

  it('does not date "Lent appeal" or "Advent carols"', () => {
    expect(texts('The charity ran its Lent appeal, and the choir sang at Advent carols.', '2025-11-10')).toEqual([]);
  });

  it('dates "over the Easter weekend" from Good Friday to Easter Monday, "the" in the span', () => {
    // Easter 2026 is April 5.
    expect(dates(one('Trains will run as a trial over the Easter weekend.', '2026-03-16', 'the Easter weekend'))).toEqual(['2026-04-03', '2026-04-06', 'day']);
    expect(dates(one('Crane operators struck over the Easter weekend.', '2026-04-08', 'the Easter weekend'))).toEqual(['2026-04-03', '2026-04-06', 'day']);
  });

  it('reads a capitalized preposition that opens a sentence ("On Good Friday, …")', () => {
    expect(dates(one('On Good Friday, the nun led the procession.', '2026-04-08', 'Good Friday'))).toEqual(['2026-04-03', '2026-04-03', 'day']);
    expect(dates(one('On Thanksgiving, the family met in Ohio.', '2025-12-03', 'Thanksgiving'))).toEqual(['2025-11-27', '2025-11-27', 'day']);
  });

  it('reads "through Ramadan" and "a week into Ramadan" like "during Ramadan"', () => {
    expect(dates(one('Volunteers had packed hampers through Ramadan.', '2025-12-05', 'Ramadan'))).toEqual(['2025-03-01', '2025-03-29', 'month']);
    expect(dates(one('The vote came a week into Ramadan.', '2026-02-26', 'Ramadan'))).toEqual(['2026-02-18', '2026-03-19', 'month']);
  });

  it('dates a bare "Diwali" that ends a phrase, not one before a noun', () => {
    expect(dates(one('Diwali, which fell on Monday, drew families from Glasgow.', '2025-10-22', 'Diwali'))).toEqual(['2025-10-20', '2025-10-20', 'day']);
    expect(texts('Diwali celebrations drew families.', '2025-10-22')).toEqual([]);
  });
});

describe('feasts named with their year', () => {
  it('joins "Lent last year" and "Pentecost next year" into one expression, the year counted from publication', () => {
    // Lent 2025: March 5 to April 19. Pentecost 2026 is May 24.
    expect(dates(one('The chapel raised money over Lent last year.', '2026-01-19', 'Lent last year'))).toEqual(['2025-03-05', '2025-04-19', 'day']);
    expect(dates(one('The first lay-led service is expected on Pentecost next year.', '2025-03-11', 'Pentecost next year'))).toEqual(['2026-05-24', '2026-05-24', 'day']);
  });

  it('dates "this Christmas" in the publication year, "last Christmas" and "next Easter" before and after publication', () => {
    expect(dates(one('It will be harder to raise money this Christmas.', '2026-01-19', 'this Christmas'))).toEqual(['2026-12-25', '2026-12-25', 'day']);
    expect(dates(one('The roof leaked last Christmas.', '2026-01-19', 'last Christmas'))).toEqual(['2025-12-25', '2025-12-25', 'day']);
    expect(dates(one('The ferries should arrive by next Easter.', '2025-10-01', 'by next Easter'))).toEqual(['2026-04-05', '2026-04-05', 'day']);
  });

  it('does not read "last" that counts feasts ("her last Christmas", "the last Easter before the war")', () => {
    expect(texts('It was her last Christmas at home, and the last Easter before the war.', '2026-01-19')).toEqual([]);
  });
});

describe('named days after a preposition: Orthodox Christmas, Nowruz, Vaisakhi, Bonfire Night', () => {
  it('dates Orthodox Christmas (January 7), Nowruz (March 21) and Vaisakhi (April 14) after a preposition', () => {
    expect(dates(one('The attack came late on Orthodox Christmas.', '2026-01-12', 'Orthodox Christmas'))).toEqual(['2026-01-07', '2026-01-07', 'day']);
    expect(dates(one('Traders fear confusion before Nowruz.', '2026-01-12', 'before Nowruz'))).toEqual(['2026-03-21', '2026-03-21', 'day']);
    expect(dates(one('The gurdwara will march on Vaisakhi.', '2026-04-08', 'Vaisakhi'))).toEqual(['2026-04-14', '2026-04-14', 'day']);
    expect(dates(one('Keep rockets for Bonfire Night.', '2025-10-22', 'Bonfire Night'))).toEqual(['2025-11-05', '2025-11-05', 'day']);
  });

  it('does not date them as a modifier or a subject without a preposition', () => {
    expect(texts('Vaisakhi is about courage. Nowruz markets are busy.', '2026-01-12')).toEqual([]);
  });
});

describe('seasons and school years', () => {
  it('reads a season after a measure ("most of the autumn insisting") and before "between"', () => {
    expect(dates(one('The minister has spent most of the autumn insisting that the pipeline is safe.', '2026-11-12', 'the autumn'))).toEqual(['2026-09-01', '2026-11-30', 'month']);
    expect(dates(one('The party will have to choose by the autumn between its leader and a seat.', '2026-03-12', 'by the autumn'))).toEqual(['2026-09-01', '2026-11-30', 'month']);
    expect(texts('The chancellor unveiled the autumn budget.', '2026-11-12')).toEqual([]);
  });

  it('reads "last winter" and "this summer" whatever word follows', () => {
    expect(dates(one('Rules introduced last winter meant crews flew six early starts.', '2025-07-10', 'last winter'))).toEqual(['2024-12-01', '2025-02-28', 'month']);
    expect(dates(one('She has spent this summer trying to replace the bill.', '2025-09-17', 'this summer'))).toEqual(['2025-06-01', '2025-08-31', 'month']);
  });

  it('dates "this summer" in the publication year, past or ahead, and "this winter" as the nearest of that year', () => {
    expect(dates(one('Members had marched through Glasgow this summer.', '2026-10-03', 'this summer'))).toEqual(['2026-06-01', '2026-08-31', 'month']);
    expect(dates(one('He had been in line for a call-up this summer.', '2026-02-19', 'this summer'))).toEqual(['2026-06-01', '2026-08-31', 'month']);
    expect(dates(one('Energy bills will rise again this winter.', '2025-10-08', 'this winter'))).toEqual(['2025-12-01', '2026-02-28', 'month']);
  });

  it('reads a deadline season in a past clause as the nearest ("said an endorsement was unlikely before the summer")', () => {
    expect(dates(one('The union said an endorsement was unlikely before the summer.', '2025-02-25', 'before the summer'))).toEqual(['2025-06-01', '2025-08-31', 'month']);
    expect(dates(one('The council said it had overspent in the summer.', '2025-02-25', 'the summer'))).toEqual(['2024-06-01', '2024-08-31', 'month']);
  });

  it('dates "the autumn term" from September to December', () => {
    expect(dates(one('The college lost three teachers during the autumn term.', '2025-08-15', 'the autumn term'))).toEqual(['2024-09-01', '2024-12-31', 'month']);
  });

  it('dates school and academic years from September 1 to August 31, precision month', () => {
    expect(dates(one('The board approved a budget for the 2025-26 school year that cuts 42 posts.', '2025-06-12', 'the 2025-26 school year'))).toEqual(['2025-09-01', '2026-08-31', 'month']);
    expect(dates(one('The council froze payments for the rest of this academic year.', '2025-12-05', 'this academic year'))).toEqual(['2025-09-01', '2026-08-31', 'month']);
    expect(dates(one('The programme will end next school year.', '2026-02-11', 'next school year'))).toEqual(['2026-09-01', '2027-08-31', 'month']);
    expect(texts('Pupils sat exams at the end of the school year.', '2026-02-11')).toEqual([]);
  });
});

describe('a deadline in a past clause', () => {
  it('reads "before Christmas" after a past verb as the coming Christmas when it is weeks away', () => {
    expect(dates(one('Officials said she had asked for a signed agreement before Christmas.', '2026-11-12', 'before Christmas'))).toEqual(['2026-12-25', '2026-12-25', 'day']);
  });

  it('keeps the past for a deadline months away ("the plant closed before Christmas", published in July)', () => {
    expect(dates(one('The plant closed before Christmas.', '2026-07-10', 'before Christmas'))).toEqual(['2025-12-25', '2025-12-25', 'day']);
  });
});

describe('session 9: Chinese and Korean festivals of the lunar calendar', () => {
  it('dates "the Spring Festival", "the Lantern Festival" and "Chuseok" from the lunar calendar', () => {
    expect(dates(one('The market will reopen before the Spring Festival.', '2026-01-29', 'Spring Festival'))).toEqual(['2026-02-17', '2026-02-17', 'day']);
    expect(dates(one('Crowds will gather for the Lantern Festival on the river.', '2026-01-29', 'Lantern Festival'))).toEqual(['2026-03-03', '2026-03-03', 'day']);
    expect(dates(one('Families will travel home for Chuseok.', '2025-09-01', 'Chuseok'))).toEqual(['2025-10-06', '2025-10-06', 'day']);
  });
});

describe('session 10: Canada’s day of remembrance for residential schools', () => {
  it('dates "the National Day for Truth and Reconciliation" to September 30', () => {
    expect(dates(one('Survivors will speak on the National Day for Truth and Reconciliation.', '2025-09-01', 'National Day for Truth and Reconciliation'))).toEqual(['2025-09-30', '2025-09-30', 'day']);
  });
});

describe('session 10: half-years without a year', () => {
  it('reads "the first half" in a sentence about sales as this year’s first half, and not the first half of a match', () => {
    expect(dates(one('Sales fell in the first half, the company said.', '2025-07-24', 'the first half'))).toEqual(['2025-01-01', '2025-06-30', 'month']);
    expect(dates(one('The company expects a recovery in the second half.', '2025-07-24', 'the second half'))).toEqual(['2025-07-01', '2025-12-31', 'month']);
    expect(texts('Harbour City scored twice in the first half.', '2025-07-24')).toEqual([]);
  });
});
