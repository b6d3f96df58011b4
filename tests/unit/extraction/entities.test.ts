import { describe, expect, it } from 'vitest';
import type { Registry } from '../../../src/schema/registry.ts';
import { organization, person, run, speakerOf, statement } from './helpers.ts';

const registry: Registry = {
  people: {
    'marta-lind': person('Marta Lind', {
      aliases: ['Lindy'],
      gender: 'female',
      roles: [
        { title: 'Deputy Treasurer', organization: 'port-avel', start: '2020-01-01', end: '2024-12-31' },
        { title: 'Treasurer', organization: 'port-avel', start: '2025-01-01' },
      ],
    }),
  },
  organizations: {
    'port-avel': organization('City of Port Avel', { aliases: ['Port Avel'], kind: 'government' }),
  },
  topics: {},
};

describe('entities: people', () => {
  it('finds people missing from the registry and flags them registered: false', () => {
    const a = run('Tomas Berg and Ana Ruiz toured the new pier.');
    expect(a.entities.map((e) => [e.id, e.name, e.type, e.registered])).toEqual([
      ['tomas-berg', 'Tomas Berg', 'person', false],
      ['ana-ruiz', 'Ana Ruiz', 'person', false],
    ]);
  });

  it('resolves registry people by name and alias, flagged registered: true, under their registry id', () => {
    const a = run('Marta Lind spoke first. Lindy left early.', registry);
    const lind = a.entities.find((e) => e.id === 'marta-lind');
    expect(lind).toMatchObject({ name: 'Marta Lind', type: 'person', registered: true });
    expect(a.mentions.map((m) => [m.text, m.entity, m.form])).toEqual([
      ['Marta Lind', 'marta-lind', 'name'],
      ['Lindy', 'marta-lind', 'alias'],
    ]);
  });

  it('gives a registry person the role they held on the publication date, not an earlier one', () => {
    const a = run('Marta Lind spoke first.', registry);
    expect(a.entities.find((e) => e.id === 'marta-lind')).toMatchObject({ role: 'Treasurer', affiliation: 'port-avel' });
  });

  it('merges a surname-only reference after the full name into that person', () => {
    const a = run('Marta Lund met the council. Lund said little.');
    expect(a.entities.map((e) => e.id)).toEqual(['marta-lund']);
    expect(a.mentions.map((m) => [m.text, m.entity, m.form])).toEqual([
      ['Marta Lund', 'marta-lund', 'name'],
      ['Lund', 'marta-lund', 'surname'],
    ]);
  });

  it('merges a titled surname met before the full name into the full name', () => {
    const a = run('Mayor Thompson spoke first. Later, Greta Thompson left.');
    expect(a.entities).toHaveLength(1);
    expect(a.entities[0]).toMatchObject({ name: 'Greta Thompson', type: 'person', registered: false });
    expect(a.mentions.map((m) => m.entity)).toEqual([a.entities[0]?.id, a.entities[0]?.id]);
  });

  it('gives a shared surname to the person of that surname named last', () => {
    const a = run('Ana Ruiz met Carlos Ruiz. Ruiz said the deal was off.');
    expect(a.mentions.find((m) => m.text === 'Ruiz')?.entity).toBe('carlos-ruiz');
  });

  it('keeps a title before the name out of the name, and records it as the role', () => {
    const a = run('Harbor spokesman Dmitri Volkov spoke on Monday.');
    expect(a.entities.map((e) => [e.name, e.role])).toEqual([['Dmitri Volkov', 'Harbor spokesman']]);
  });

  it('does not take place names for people (Cedar Flats, Harbor Street)', () => {
    const a = run('Residents of Cedar Flats met at Harbor Street on Monday.');
    expect(a.entities).toEqual([]);
  });

  it('does not take names inside a quoted title for people', () => {
    const a = run('Ana Ruiz read from her novel “Tomas Berg Goes North” at the library.');
    expect(a.entities.map((e) => e.id)).toEqual(['ana-ruiz']);
  });
});

describe('entities: organizations and groups', () => {
  it('finds an unregistered organization by its organization word, flagged registered: false', () => {
    const a = run('The Northwind Corporation hired Ana Ruiz.');
    expect(a.entities.find((e) => e.type === 'organization')).toMatchObject({ id: 'northwind-corporation', name: 'Northwind Corporation', registered: false });
  });

  it('resolves a registry organization’s metonym alias to the organization', () => {
    const a = run('Port Avel said the budget was tight.', registry);
    expect(a.entities).toEqual([expect.objectContaining({ id: 'port-avel', name: 'City of Port Avel', type: 'organization', registered: true })]);
    expect(a.mentions).toEqual([expect.objectContaining({ text: 'Port Avel', entity: 'port-avel', form: 'alias' })]);
  });

  it('keeps an anonymous group as an entity only when it speaks', () => {
    expect(run('Two officials visited the port on Monday.').entities).toEqual([]);
    const a = run('Two officials said the port would reopen.');
    expect(a.entities).toEqual([expect.objectContaining({ id: 'group-two-officials', type: 'group', registered: false, description: 'Two officials' })]);
  });

  // Found as an engine bug by these tests and fixed since: kept as a regression test.
  it('does not make a capitalized indefinite pronoun at a sentence start ("Nobody spoke.") an organization', () => {
    expect(run('The pier was closed. Nobody spoke.').entities).toEqual([]);
  });
});

describe('people: a company\'s marks outweigh a "said" beside an unknown name', () => {
  it('makes "Torvane Shipping, the Malta-based company that…, said" an organization', () => {
    const a = run('Torvane Shipping, the Malta-based company that owns the vessel, said the crew was safe.');
    expect(a.entities.find((e) => e.name === 'Torvane Shipping')?.type).toBe('organization');
  });

  it('makes "Kelso Quarry Works, which runs the site, said" and "The Harbour Watch said" organizations', () => {
    const a = run('Kelso Quarry Works, which runs the site, said work had stopped. The Harbour Watch said it would monitor the clean-up.');
    expect(a.entities.find((e) => e.name === 'Kelso Quarry Works')?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Harbour Watch')?.type).toBe('organization');
  });

  it('makes an unknown name followed by "It said" an organization, but keeps a known first name a person', () => {
    const a = run('Minera Vial Norte said in a statement that output had fallen. It said exports would recover.\n\nMaria Okonkwo said output had fallen. It said nothing more.');
    expect(a.entities.find((e) => e.name === 'Minera Vial Norte')?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Maria Okonkwo')?.type).toBe('person');
  });
});

describe('people: a name after "into" or "in" that owns a work', () => {
  it('reads "an hour into Tunde Okafor-Blake’s “Low Water”" as a person named later by surname, not a place', () => {
    const a = run('About an hour into Tunde Okafor-Blake’s “Low Water”, the lights go out.\n\nOkafor-Blake, 41, wrote the play in a year.');
    expect(a.entities.find((e) => e.name === 'Tunde Okafor-Blake')?.type).toBe('person');
  });
});

describe('people: the word before a name counts only inside its sentence', () => {
  it('does not read a name that opens a paragraph as a place because the last paragraph ended in "through"', () => {
    const a = run('The inspector said she had waved the lorries through.\n\nIfeoluwa Adesanya, 39, gave evidence for three hours.');
    expect(a.entities.find((e) => e.name === 'Ifeoluwa Adesanya')?.type).toBe('person');
  });

  it('still reads "walked through Kettering Park" as a place', () => {
    const a = run('Marchers walked through Kettering Park on Sunday.');
    expect(a.entities.some((e) => e.name === 'Kettering Park')).toBe(false);
  });
});

describe('people: a particle surname capitalized at a sentence start', () => {
  it('links "Van der Berg, for his part, …" to "Anouk van der Berg" named before', () => {
    const a = run('The director, Anouk van der Berg, said the deal was off.\n\nVan der Berg, for her part, looked calm.');
    expect(a.entities.filter((e) => e.type !== 'group').map((e) => e.name)).toEqual(['Anouk van der Berg']);
    expect(a.mentions.some((m) => m.text === 'Van der Berg' && m.entity === 'anouk-van-der-berg')).toBe(true);
  });
});

describe('people: an age or "whose" after a name outweighs a place-like first word', () => {
  it('keeps "Lourdes Ferrer, 41, whose sons…" a person', () => {
    const a = run('Lourdes Ferrer, 41, whose two sons attend the school, said she backed the teachers.');
    expect(a.entities.find((e) => e.name === 'Lourdes Ferrer')?.type).toBe('person');
  });
});

describe('people: Filipino particles', () => {
  it('keeps "Maricel dela Paz" whole', () => {
    const a = run('“He is alive,” his wife, Maricel dela Paz, told the radio station.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Maricel dela Paz']);
  });
});

describe('organizations: a demonym is not an alias', () => {
  it('does not read "European" in "14 European countries" as the European Medicines Agency', () => {
    const a = run('The European Medicines Agency said it was reviewing data.\n\nKorvel Pharma is recalling pills sold in 14 European countries, the company said.');
    expect(a.mentions.filter((m) => m.entity === 'european-medicines-agency').map((m) => m.text)).toEqual(['European Medicines Agency']);
  });
});

describe('organizations: possessives and industry words inside names', () => {
  it('keeps "People’s Unity Alliance" and "Marlow County Sheriff’s Office" whole, but not "Ana Ruiz’s Party Office"', () => {
    const a = run('The People’s Unity Alliance said the vote was fair. The dead were named by the Marlow County Sheriff’s Office. Ana Ruiz’s Party Office said no.');
    const names = a.entities.map((e) => e.name);
    expect(names).toContain('People’s Unity Alliance');
    expect(names).toContain('Marlow County Sheriff’s Office');
    expect(a.entities.find((e) => e.name === 'Ana Ruiz')?.type).toBe('person');
  });

  it('reads "Shares in Velmora Semiconductor" as a company, and "the company said" as that company', () => {
    const a = run('Shares in Velmora Semiconductor fell 11 percent on Monday.\n\nRevenue rose 4 percent to $812 million, the company said.');
    expect(a.entities.find((e) => e.name === 'Velmora Semiconductor')?.type).toBe('organization');
    expect(speakerOf(a, a.statements[0]!)).toMatchObject({ name: 'Velmora Semiconductor' });
  });
});

describe('people: names from more traditions', () => {
  it('reads "Song Min-jae" as a person called "Song" later (Korean family name first)', () => {
    const a = run('Song Min-jae won the final on Saturday. “I was just trying not to cry,” said Song, 19.');
    expect(a.entities.find((e) => e.type === 'person')?.name).toBe('Song Min-jae');
    expect(a.statements[0]?.speaker).toBe('song-min-jae');
  });

  it('keeps Malay "binti" and a sports position before a name ("Flanker Joost van Dam")', () => {
    const a = run('Nur Aisyah binti Rahman, a trader, said she lost money. Flanker Joost van Dam said he was sad.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Nur Aisyah binti Rahman', 'Joost van Dam']);
  });
});

describe('organizations: clubs, laws and watchdogs are not people', () => {
  it('reads "Ellesmere Town", "Sorensen Motorsport", "Ridgeline Metro", "Citizens’ Ballot Watch" and a regulation as non-people', () => {
    const a = run('Kelton Town beat Harwick Rovers. Braun Motorsport said the car was fixed. Eastgate Metro said trains ran. The Citizens’ Ballot Watch said voting was calm. The Data Safety Regulation applies.');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(a.entities.map((e) => e.name)).toContain('Citizens’ Ballot Watch');
  });
});

describe('organizations: kinds, bases and owners around a name', () => {
  it('names "the airport operator Vatnavia" by its name, leaves "Oslo-based" out of "Fjordline Cargo", and names "Peru’s Ministry of Health" without the owner', () => {
    const a = run('The runway stayed open, said the airport operator Vatnavia. Oslo-based Fjordline Cargo said its crew was safe. Peru’s Ministry of Health said it was drafting rules.');
    const names = a.entities.map((e) => e.name);
    expect(names).toContain('Vatnavia');
    expect(names).toContain('Fjordline Cargo');
    expect(names).toContain('Ministry of Health');
    expect(a.entities.find((e) => e.name === 'Fjordline Cargo')?.type).toBe('organization');
  });
});

describe('people: a titled Korean family name', () => {
  it('links "Dr Hyun" to "Hyun Seo-yeon"', () => {
    const a = run('Her deputy, immunologist Hyun Seo-yeon, joined in 2019. Dr Hyun says the work is hard.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Hyun Seo-yeon']);
  });
});

describe('organizations: a place, then the word an organization goes by', () => {
  it('reads "Durban Water said" as the organization Durban Water, and "the utility said" as it', () => {
    const a = run('Taps ran dry after a pipe burst, Durban Water said on Wednesday.\n\nResidents should boil water, the utility said.');
    expect(a.entities.find((e) => e.name === 'Durban Water')?.type).toBe('organization');
    expect(a.statements.map((s) => s.speaker)).toEqual(['durban-water', 'durban-water']);
  });
});

describe('an agent noun before an unknown name', () => {
  it('confirms "the Ghanaian drummer Kwabena Darko-Appiah", mentioned once, as a person', () => {
    const a = run('She toured with the Ghanaian drummer Kwabena Darko-Appiah for a decade.');
    expect(a.entities.find((e) => e.name === 'Kwabena Darko-Appiah')?.type).toBe('person');
  });

  it('does not confirm a river or a lender named after such a noun', () => {
    const a = run('Flooding closed roads along the river Aberlin Vale. The lender Harcastle Mutual said it would help.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });
});

describe('people known by one name, and family names that come first', () => {
  it('makes a person of "said Rosa, 71, who…" and of "a teacher who gave her name only as Margaret"', () => {
    const a = run('“I have a fan and a wet towel,” said Rosa, 71, who lives alone.\n\n“We will be back,” said one of them, a retired teacher who gave her name only as Margaret.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Rosa', 'Margaret']);
    expect(statement(a, 'I have a fan and a wet towel').speaker).toBe('rosa');
    expect(statement(a, 'We will be back').speaker).toBe('margaret');
  });

  it('does not make a person of "The Finn, 24, started third"', () => {
    const a = run('The Finn, 24, started third on the grid.');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads "Ms Nguyen" as Nguyen Thi Thu Ha, whose family name comes first', () => {
    const a = run('Nguyen Thi Thu Ha, a nurse, was looking after her neighbour.\n\n“The water came under the door,” Ms Nguyen said.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Nguyen Thi Thu Ha']);
    expect(statement(a, 'The water came under the door').speaker).toBe('nguyen-thi-thu-ha');
  });
});

describe('organization names as the copy prints them', () => {
  it('knows "Defense Ministry" after "Russia’s" also as "Russia’s Defense Ministry", and "U.N. Food and Agriculture Organization" without "U.N."', () => {
    const a = run('Russia’s Defense Ministry said it would inspect ships. The U.N. Food and Agriculture Organization said exports fell.');
    expect(a.entities.find((e) => e.name === 'Defense Ministry')?.aliases).toContain('Russia’s Defense Ministry');
    expect(a.entities.find((e) => e.name === 'U.N. Food and Agriculture Organization')?.aliases).toContain('Food and Agriculture Organization');
  });
});

describe('people known by where they are from or whom they work for', () => {
  it('confirms "Emre Yalçınkaya of Turkey" and "Olufemi Adeyinka of the People’s Renewal Party, a 54-year-old …" as people', () => {
    const a = run('The engineers — Eirik Skjelbred of Norway and Emre Yalçınkaya of Turkey — were seized. In his petition, Olufemi Adeyinka of the People’s Renewal Party, a 54-year-old former commissioner, argues that the count was wrong.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Eirik Skjelbred', 'Emre Yalçınkaya', 'Olufemi Adeyinka']);
    expect(statement(a, 'the count was wrong').speaker).toBe('olufemi-adeyinka');
  });
});

describe('organization names that start like other things', () => {
  it('keeps "Nurses United Aotearoa" whole and reads "CD Almenara" as a club', () => {
    const a = run('Nurses United Aotearoa, which represents most nurses, said the strike would go ahead. CD Almenara said the bid was too low.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Nurses United Aotearoa', 'CD Almenara']);
  });

  it('does not make an organization of "Spanish" in "the Spanish club said", nor of a person after "the department,"', () => {
    const a = run('CD Almenara rejected the bid, the Spanish club said. A spokesman for the department, Marcus Oyelaran, added that repairs take years.');
    expect(a.entities.map((e) => e.name)).not.toContain('Spanish');
    expect(a.entities.find((e) => e.name === 'Marcus Oyelaran')?.type).toBe('person');
  });
});

describe('a name in apposition after a described role', () => {
  it('confirms "a former concert promoter, Bongani Zulu," as a person', () => {
    const a = run('She said the paper would call a former concert promoter, Bongani Zulu, as its first witness.');
    expect(a.entities.find((e) => e.name === 'Bongani Zulu')?.type).toBe('person');
  });
});

describe('places that never speak', () => {
  it('keeps "Alder Creek Road" a place even right before "told", and gives the statement to the resident', () => {
    const a = run('A retired nurse who lives on Alder Creek Road told the board that her street had no sidewalks.');
    expect(a.entities.some((e) => e.name === 'Alder Creek Road')).toBe(false);
    expect(speakerOf(a, statement(a, 'her street had no sidewalks'))?.type).toBe('group');
  });

  it('still lets "Downing Street said" speak for the office', () => {
    const a = run('Downing Street said the talks would resume on Monday.');
    expect(speakerOf(a, statement(a, 'the talks would resume on Monday'))?.name).toBe('Downing Street');
  });
});

describe('organizations: a list of portfolios in a department’s name', () => {
  it('keeps "Department of Enterprise, Tourism and Employment" and "the Department for Culture, Media and Sport" whole', () => {
    const a = run('A spokesman for the Department of Enterprise, Tourism and Employment said the minister had been told. The Department for Culture, Media and Sport said it would respond.');
    const names = a.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(names).toContain('Department of Enterprise, Tourism and Employment');
    expect(names).toContain('Department for Culture, Media and Sport');
    expect(names).not.toContain('Employment');
  });

  it('does not join countries listed after a ministry ("the Ministry of Defence, Britain and France")', () => {
    const a = run('Talks between the Ministry of Defence, Britain and France ended on Monday.');
    expect(a.entities.some((e) => e.name.includes('Defence, Britain'))).toBe(false);
  });
});

describe('people: a name right after an article', () => {
  it('does not take "an Adelaide Test" or "the Amber Anchor" for people', () => {
    const a = run('The crowd was the biggest for an Adelaide Test since 2018. The jury gave its top prize, the Amber Anchor, to a drama.');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('keeps "the Australian Megan Carraway" and "the Marta Lind affair" people, and "the Transit Trades Guild" an organization', () => {
    const a = run('The record beat the mark set by the Australian Megan Carraway in 2017. It was the Marta Lind affair again. The rival union, the Transit Trades Guild, said it would not cross picket lines.');
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Megan Carraway', 'Marta Lind']));
    expect(a.entities.find((e) => e.name === 'Transit Trades Guild')?.type).toBe('organization');
  });
});

describe('people: given names the general lexicon lacks', () => {
  it('reads "Dominika Sroka called … and argued" as a person, from the list of given names', () => {
    const a = run('Writing in the weekly newsletter Frame Rate, Dominika Sroka called the winner “a beautiful film” and said the jury had erred.');
    expect(a.entities.find((e) => e.name === 'Dominika Sroka')?.type).toBe('person');
  });

  it('still reads firms, clubs, places and nationalities whose first word is also a given name as what they are', () => {
    const a = run('The club agreed a fee with Estrela do Norte for the winger. Priya Raghunathan, an analyst at Ellison Cole, wrote that prices had fallen. Halden & Sons said it would appeal. The Irish Nurses and Midwives Organisation said posts were capped. Young people from the Moana Rising network marched.');
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Priya Raghunathan']);
    expect(a.entities.some((e) => e.name === 'Irish Nurses and Midwives Organisation')).toBe(true);
  });
});

describe('people: Vietnamese names with a middle name', () => {
  it('reads "Nguyen Van Long" and "Tran Thi Mai" as people, though "Long" is an English word', () => {
    const a = run('“My phone has not stopped,” said Nguyen Van Long, who runs a pharmacy. Tran Thi Mai runs the shop next door.');
    expect(statement(a, 'My phone has not stopped').speaker).toBe('nguyen-van-long');
    expect(a.entities.find((e) => e.name === 'Tran Thi Mai')?.type).toBe('person');
  });
});

describe('organizations of one kind owned by different countries, and particles in names', () => {
  it('keeps "Argentina’s Foreign Ministry" and "Chile’s Foreign Ministry" apart, and takes no owner from the sentence before', () => {
    const a = run('The row is over the Ice Field.\n\nArgentina’s Foreign Ministry said the station was illegal. Chile’s Foreign Ministry said the base was scientific.');
    const argentina = statement(a, 'the station was illegal').speaker;
    const chile = statement(a, 'the base was scientific').speaker;
    expect(argentina).not.toBe(chile);
    expect(a.entities.find((e) => e.id === argentina)?.aliases).toContain('Argentina’s Foreign Ministry');
  });

  it('reads "Pieter van der Berg, director of Fair Apps Europe, a developers’ group, called …" as the person', () => {
    const a = run('Pieter van der Berg, director of Fair Apps Europe, a Dutch developers’ group, called the fine “overdue” but said the real test was the code.');
    expect(statement(a, 'overdue').speaker).toBe('pieter-van-der-berg');
    expect(statement(a, 'the real test was the code').speaker).toBe('pieter-van-der-berg');
  });

  it('does not read "called the British position “…”" as the British speaking', () => {
    const a = run('Eirik Solbakken, who skippers a trawler, called the British position “a land grab, but with water.”');
    expect(statement(a, 'a land grab, but with water.').speaker).toBe('eirik-solbakken');
  });
});

describe('organizations named in other languages, parishes, and sources after "according to"', () => {
  it('reads "Banco Meridional" and "Empresa Austral de Servicios" as organizations, and "Universidad San Francisco de Quito" as no person', () => {
    const a = run('Banco Meridional said it would appeal. Empresa Austral de Servicios said crews would return. Rodrigo Castañeda, a political scientist at the Universidad San Francisco de Quito, said turnout was low.');
    expect(a.entities.find((e) => e.name === 'Banco Meridional')?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Empresa Austral de Servicios')?.type).toBe('organization');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Rodrigo Castañeda']);
  });

  it('does not take "Cameron Parish" for a person, and names "according to police" as police', () => {
    const a = run('Residents of Cameron Parish were told to leave. The alarm sounded at three, according to police.');
    expect(a.entities.some((e) => e.name === 'Cameron Parish' && e.type === 'person')).toBe(false);
    expect(speakerOf(a, statement(a, 'The alarm sounded at three'))?.name).toBe('police');
  });
});

describe('people known by one name', () => {
  it('reads "a law student who goes by one name, Vaimoana, said" as a person speaking', () => {
    const a = run('Their coordinator, a 23-year-old law student who goes by one name, Vaimoana, said the declaration was weak.');
    expect(speakerOf(a, statement(a, 'the declaration was weak'))).toMatchObject({ name: 'Vaimoana', type: 'person' });
  });
});

describe('public bodies named by a field and a place', () => {
  it('finds "Transport Scotland" and "Health Canada" as organizations, at a sentence start too', () => {
    const a = run('The bridge stayed shut. Transport Scotland said it would reopen on Friday. Health Canada said the recall was voluntary.');
    expect(a.entities.find((e) => e.name === 'Transport Scotland')?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Health Canada')?.type).toBe('organization');
    expect(speakerOf(a, statement(a, 'it would reopen on Friday'))?.name).toBe('Transport Scotland');
  });

  it('gives "the agency said" after "Transport Scotland said" to it, though the police were named more often', () => {
    const a = run('Police Scotland closed the road. Police Scotland said two drivers were hurt.\n\nTransport Scotland said one lane reopened at noon. The agency said on Monday that diversions had added an hour to journeys.');
    expect(speakerOf(a, statement(a, 'diversions had added an hour to journeys'))?.name).toBe('Transport Scotland');
  });

  it('does not make "the local MSP" an organization', () => {
    const a = run('Ewan Strachan-Reid, the local MSP, said he had written to ministers.');
    expect(a.entities.some((e) => e.name === 'MSP')).toBe(false);
  });
});

describe('councillors and their parties', () => {
  it('reads "Cllr" as a title, and a party in brackets after the name as an organization, not a person', () => {
    const a = run('Cllr Brid Okafor-Nolan (Fianna Fáil) said she would vote for the plan. Later the councillor said it was the right call.');
    expect(a.entities.find((e) => e.name === 'Brid Okafor-Nolan')?.type).toBe('person');
    expect(a.entities.find((e) => e.name === 'Fianna Fáil')?.type).toBe('organization');
    expect(speakerOf(a, statement(a, 'it was the right call'))?.name).toBe('Brid Okafor-Nolan');
  });

  it('keeps an acronym in brackets after a body as its short name', () => {
    const a = run('The Office of Road Safety (ORS) said crashes had fallen.');
    expect(a.entities.find((e) => e.name === 'Office of Road Safety')?.aliases).toContain('ORS');
  });
});

describe('names with words that mean something else', () => {
  it('keeps "Said" inside "Amina Said Okoth" as a middle name', () => {
    const a = run('The commission announced that Amina Said Okoth of the ruling party had won. Okoth said she would govern for everyone.');
    expect(a.entities.find((e) => e.name === 'Amina Said Okoth')?.type).toBe('person');
    expect(speakerOf(a, statement(a, 'she would govern for everyone'))?.name).toBe('Amina Said Okoth');
  });

  it('reads a double surname on its own ("Moreira Lisboa said") as the person named before, not a place', () => {
    const a = run('Governor Tatiana Moreira Lisboa cut the rate on Wednesday. Moreira Lisboa said further cuts were possible.');
    expect(speakerOf(a, statement(a, 'further cuts were possible'))?.name).toBe('Tatiana Moreira Lisboa');
  });
});

describe('long titles with a portfolio, family names first, honorifics', () => {
  it('keeps "Minister of State for Digital Development and Information" as the title of "Tan Kah Seng", and "Mr Tan" as him', () => {
    const a = run('Minister of State for Digital Development and Information Tan Kah Seng opened the hub on Monday. “We are late,” Mr Tan said.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Tan Kah Seng']);
    expect(speakerOf(a, statement(a, 'We are late'))?.name).toBe('Tan Kah Seng');
  });

  it('gives "the Minister said" to "Minister of State for Rural Water Dr. Meera Subramaniam"', () => {
    const a = run('Testing will expand, Minister of State for Rural Water Dr. Meera Subramaniam told the House on Wednesday. Later, the Minister said that 900 wells had failed.');
    expect(speakerOf(a, statement(a, '900 wells had failed'))?.name).toBe('Meera Subramaniam');
  });

  it('reads "Hon." as an honorific, not as a person', () => {
    const a = run('Conservation Minister Hon. Aroha Te Rangi-Walker said the reserve would reopen.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Aroha Te Rangi-Walker']);
  });

  it('gives "the visiting skipper" to the captain named before', () => {
    const a = run('Samoa captain Tavita Leota-Fuimaono said his side had tired. The visiting skipper conceded afterwards that they had misread the pitch.');
    expect(speakerOf(a, statement(a, 'they had misread the pitch'))?.name).toBe('Tavita Leota-Fuimaono');
  });
});

describe('US wire conventions', () => {
  it('reads "Ald." as a title and a party-state tag ("D-Evanston") as nobody', () => {
    const a = run('“It is a ransom note,” said Ald. Wojciech Brandt-Ruiz. Rep. Dana Whitcombe, D-Evanston, said ratepayers had paid enough.');
    expect(a.entities.filter((e) => e.type !== 'group').map((e) => e.name).sort()).toEqual(['Dana Whitcombe', 'Wojciech Brandt-Ruiz']);
  });

  it('keeps a dateline with a state abbreviation ("BATON ROUGE, La. (AP) —") out of the subject of "…, warning"', () => {
    const a = run('BATON ROUGE, La. (AP) — Gov. Odile Fontenot-Pierce ordered an evacuation on Sunday, warning that the window to leave was “closing by the hour.”');
    expect(speakerOf(a, statement(a, 'closing by the hour.'))?.name).toBe('Odile Fontenot-Pierce');
  });

  it('gives "said Battalion Chief X of the Y Fire Department" to X', () => {
    const a = run('Flames were coming through the roof, said Battalion Chief Kofi Asante-Mensah of the Dayton Fire Department.');
    expect(speakerOf(a, statement(a, 'Flames were coming through the roof'))?.name).toBe('Kofi Asante-Mensah');
  });

  it('finds a person who "gave only her first name, X,"', () => {
    const a = run('A retired teacher who gave only her first name, Rosalind, said she would pay the higher fare.');
    expect(speakerOf(a, statement(a, 'she would pay the higher fare'))?.name).toBe('Rosalind');
  });
});

describe('particles and adjectives in names', () => {
  it('finds "Anneke van den Berg" as a person, though "Berg" is also a place', () => {
    const a = run('Anneke van den Berg, head of people, said staff on visas would get 90 days of pay.');
    expect(speakerOf(a, statement(a, 'staff on visas would get 90 days of pay'))?.name).toBe('Anneke van den Berg');
  });

  it('keeps "Greater" in "Greater Manchester Police"', () => {
    const a = run('Greater Manchester Police said it was aware of the calls.');
    expect(speakerOf(a, statement(a, 'it was aware of the calls'))?.name).toBe('Greater Manchester Police');
  });
});

describe('one-name performers and firms of a city', () => {
  it('finds "Zuri, the 19-year-old rapper from Lewisham," as a person known by one name', () => {
    const a = run('The loudest cheer went to Zuri, the 19-year-old rapper from Lewisham who won best newcomer. She said a teacher had once told her to quit.');
    expect(speakerOf(a, statement(a, 'a teacher had once told her to quit'))?.name).toBe('Zuri');
  });

  it('does not make "Thanjavur, the temple town" a person', () => {
    const a = run('She grew up in Thanjavur, the temple town, and studied law.');
    expect(a.entities.some((e) => e.name === 'Thanjavur' && e.type === 'person')).toBe(false);
  });

  it('gives "Greyfinch Films of London, which said" to the firm, not the city', () => {
    const a = run('The film was made with Northlight Pictures of Dublin, which said on Thursday that it had sold the rights in 30 territories.');
    expect(speakerOf(a, statement(a, 'it had sold the rights in 30 territories'))?.name).toBe('Northlight Pictures');
  });

  it('keeps "A registrar at the hospital in Glasgow, who asked not to be named, said" with the registrar', () => {
    const a = run('A registrar at the Royal Infirmary in Glasgow, who asked not to be named, said she would cross the picket line.');
    expect(speakerOf(a, statement(a, 'she would cross the picket line'))?.type).toBe('group');
  });
});

describe('public bodies of three words, and titles before an honorific', () => {
  it('keeps "Public Health Scotland" whole at a sentence start', () => {
    const a = run('Public Health Scotland said uptake had been stable since 2023.');
    expect(speakerOf(a, statement(a, 'uptake had been stable since 2023'))?.name).toBe('Public Health Scotland');
  });

  it('gives "the director-general said" to "The agency’s director-general, Dr. X,"', () => {
    const a = run('The agency’s director-general, Dr. Hendrika Moersma, said she understood the concern. “I would not sign it,” the director-general said.');
    expect(speakerOf(a, statement(a, 'I would not sign it'))?.name).toBe('Hendrika Moersma');
  });
});

describe('session 6: post-nominals, party and ward tags, bodies named with "on" or "to", given names that are words', () => {
  const names = (body: string) => run(body).entities.map((e) => [e.name, e.type]);

  it('gives "X KC, who …, told me that" to X, without a second person called "X KC"', () => {
    const a = run('Fenella Ashby KC, who will argue the appeal, told me that the ruling was wrong.');
    expect(speakerOf(a, statement(a, 'the ruling was wrong'))?.name).toBe('Fenella Ashby');
    expect(names('Fenella Ashby KC, who will argue the appeal, told me that the ruling was wrong.')).toEqual([['Fenella Ashby', 'person']]);
  });

  it('reads "(Con, Whitmore East)" after a councillor as party and ward, and gives the statement to the councillor', () => {
    const a = run('Cllr Tariq Mahmood (Con, Whitmore East), the cabinet member for roads, said the rise was unavoidable.');
    expect(speakerOf(a, statement(a, 'the rise was unavoidable'))?.name).toBe('Tariq Mahmood');
    expect(a.entities.map((e) => e.name)).not.toContain('Whitmore East');
  });

  it('keeps "on" and "to" inside a body’s name after its head noun, but not before a weekday', () => {
    expect(names('The Regional Commission on Water Rights said the dam was safe. The EU Delegation to Moldova said it was concerned.')).toEqual([
      ['Regional Commission on Water Rights', 'organization'],
      ['EU Delegation to Moldova', 'organization'],
    ]);
    expect(names('The Harbour Council on Tuesday said the quay was safe.').map((n) => n[0])).toEqual(['Harbour Council']);
  });

  it('reads a given name that is also a word ("Blessing", "Precious") before an unknown surname as a person', () => {
    const a = run('On the night shift in 2023, Blessing Adeyemo-Clark was the only nurse on duty. “It was a lottery,” Adeyemo-Clark said.');
    expect(speakerOf(a, statement(a, 'It was a lottery'))?.name).toBe('Blessing Adeyemo-Clark');
  });

  it('names an organization by the short word in apposition to its full name ("Zorva, the Seed Alliance, said")', () => {
    const a = run('Zorva, the Seed Alliance, said in a statement that stocks had fallen.');
    expect(speakerOf(a, statement(a, 'stocks had fallen'))?.name).toBe('Zorva');
  });
});

describe('session 6: suffixes, portfolios with "and", given names before plural or unknown surnames, datelines', () => {
  const people = (body: string) => run(body).entities.filter((e) => e.type === 'person').map((e) => e.name);

  it('keeps "Jr." in the name and gives "Lindqvist Jr. said" and "Lindqvist said" to one person', () => {
    const a = run('Harold P. Lindqvist Jr., 61, said the bridge was unsafe. Harold P. Lindqvist Jr. said he would call a meeting. Lindqvist said it was late.');
    expect(people('Harold P. Lindqvist Jr., 61, said the bridge was unsafe. Harold P. Lindqvist Jr. said he would call a meeting. Lindqvist said it was late.')).toEqual(['Harold P. Lindqvist Jr.']);
    expect(speakerOf(a, statement(a, 'it was late'))?.name).toBe('Harold P. Lindqvist Jr.');
  });

  it('reads "The Minister for Trade and Regional Policy, X," as a title, not a person called "Regional Policy"', () => {
    expect(people('The Minister for Trade and Regional Policy, Liesbeth Hoekstra, said the talks would resume. The Commissioner for Energy and Housing, Tomas Kralj, agreed.')).toEqual(['Liesbeth Hoekstra', 'Tomas Kralj']);
  });

  it('reads a given name before a surname that is also a plural or a place word as a person ("Tyrell Banks", "Darius Fields")', () => {
    expect(people('The principal said defensive coordinator Darius Fields would serve as interim coach.')).toContain('Darius Fields');
    expect(people('The principal said defensive coordinator Tyrell Banks would serve as interim coach.')).toContain('Tyrell Banks');
    expect(people('The striker spoke to Sky Sports after the match. Victoria Park was closed.')).toEqual([]);
  });

  it('reads names in a list ("… and Frank DiNapoli") as people when a given name opens an unknown surname', () => {
    expect(people('Voting against were Tom Beiler, Carmen Ortega Villalobos and Frank DiNapoli.')).toContain('Frank DiNapoli');
  });

  it('knows given names written with accents ("Seán", "Inés") from their plain forms', () => {
    expect(people('The publisher, Seán Ó Briain, said the book had sold well.')).toEqual(['Seán Ó Briain']);
  });

  it('reads a two-part given name alone ("Minh Chau’s mother") as the person named in full before', () => {
    const a = run('Minh Chau Tran was walking home. Minh Chau’s mother read a statement.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Minh Chau Tran']);
  });

  it('reads a dateline’s place in capitals ("CEDAR BEND, Iowa —") as nobody', () => {
    expect(people('CEDAR BEND, Iowa — Health officials closed a diner Thursday, the department said.')).toEqual([]);
  });
});

describe('session 6: Dutch particles before a common word, and names that issue statements', () => {
  it('reads "Lars van der Berg" as a person although "berg" is a word', () => {
    const a = run('A collision ended Lars van der Berg’s race. Van der Berg said he was angry.');
    expect(speakerOf(a, statement(a, 'he was angry'))?.name).toBe('Lars van der Berg');
  });

  it('reads a one-word name with a spokesperson and a statement as an organization ("Sable")', () => {
    const a = run('Sable said in a statement that it disagreed with the finding. A spokesperson for Sable said the team had not seen the footage.');
    expect(speakerOf(a, statement(a, 'it disagreed with the finding'))?.type).toBe('organization');
  });
});

describe('session 6: a one-word business described in apposition', () => {
  it('reads "from Coinvara, a cryptocurrency exchange based in Singapore," as an organization that "the company said" names', () => {
    const a = run('Hackers stole $212 million from Coinvara, a cryptocurrency exchange based in Singapore, the company said.');
    expect(a.entities.find((e) => e.name === 'Coinvara')?.type).toBe('organization');
    expect(speakerOf(a, statement(a, 'Hackers stole $212 million from Coinvara'))?.name).toBe('Coinvara');
  });
});

describe('session 6: British honours and names', () => {
  it('reads "Sir Callum" as Sir Callum Rennie, and "Sir James Cathcart KC" without the letters', () => {
    const a = run('The Governor, Sir Callum Rennie, said the decision was balanced. “It is early,” Sir Callum said. Sir James Cathcart KC, for the government, argued that the reasons were adequate.');
    expect(speakerOf(a, statement(a, 'It is early'))?.name).toBe('Callum Rennie');
    expect(speakerOf(a, statement(a, 'the reasons were adequate'))?.name).toBe('James Cathcart');
  });

  it('keeps a family name that comes first after a title ("Professor Tran Minh Chau", then "Prof Tran")', () => {
    const a = run('Professor Tran Minh Chau, president of the college, said the figures hid a gap. “It is a lottery,” Prof Tran said.');
    expect(speakerOf(a, statement(a, 'It is a lottery'))?.name).toBe('Tran Minh Chau');
  });

  it('reads "Reform UK said" as a party, not as the UK', () => {
    const a = run('Reform UK came third. Reform UK said in a statement that its candidate had doubled the vote.');
    expect(speakerOf(a, statement(a, 'its candidate had doubled the vote'))?.name).toBe('Reform UK');
  });
});

describe('session 6: public bodies and broadcasters', () => {
  const kinds = (body: string) => run(body).entities.map((e) => [e.name, e.type]);

  it('reads "NSW Ambulance", "Elections Nova Scotia" and "TV Wisla" as organizations', () => {
    expect(kinds('NSW Ambulance said crews were stretched. Elections Nova Scotia said turnout was low. TV Wisla reported that the law had passed.')).toEqual([
      ['NSW Ambulance', 'organization'],
      ['Elections Nova Scotia', 'organization'],
      ['TV Wisla', 'organization'],
    ]);
  });

  it('gives "Two senior officials at Health New Zealand, speaking on condition of anonymity, said" to the officials', () => {
    const a = run('Two senior officials at Health New Zealand, speaking on condition of anonymity, said the agency had drawn up plans.');
    expect(speakerOf(a, statement(a, 'the agency had drawn up plans'))?.type).toBe('group');
  });
});

describe('session 6: an Arabic article capitalized at a sentence start', () => {
  it('reads "Al-Mabrouk said" as Abdelhakim Bashir al-Mabrouk', () => {
    const a = run('The commission’s chairman, Abdelhakim Bashir al-Mabrouk, spoke in Tripoli. Al-Mabrouk said results would come on Tuesday.');
    expect(speakerOf(a, statement(a, 'results would come on Tuesday'))?.name).toBe('Abdelhakim Bashir al-Mabrouk');
  });
});


describe('session 7: court and police copy', () => {
  const people = (body: string) => run(body).entities.filter((e) => e.type === 'person').map((e) => e.name);

  it('reads "Lord Mayor", and "PC", "Sgt" and "Det Sgt" without points, as titles, so "PC Brierley" is PC Callum Brierley', () => {
    expect(people('The Lord Mayor, Cllr Nora Kent, opened the hearing. PC Callum Brierley, 29, stopped the van. PC Brierley told the panel he had been tired. Sgt Ama Delahunt and Det Sgt Ruth Ames gave evidence.')).toEqual(['Nora Kent', 'Callum Brierley', 'Ama Delahunt', 'Ruth Ames']);
  });

  it('drops "BL" and "SAN" after a barrister’s name', () => {
    expect(people('Counsel for the commissioner, Hyacinth Boateng BL, said the force accepted it. Chief Emeka Obi SAN said the petition would fail.')).toEqual(['Hyacinth Boateng', 'Emeka Obi']);
  });

  it('reads "Mr van Rijn" and "Mr de Róiste" as the people named in full before, not as organizations', () => {
    const a = run('The chief executive, Thomas van Rijn, spoke first. Conor de Róiste cross-examined him. Mr van Rijn said the culvert had been replaced. “Were they filled in afterwards?” Mr de Róiste asked.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Thomas van Rijn', 'person'], ['Conor de Róiste', 'person']]);
    expect(speakerOf(a, statement(a, 'the culvert had been replaced'))?.name).toBe('Thomas van Rijn');
    expect(speakerOf(a, statement(a, 'Were they filled in afterwards?'))?.name).toBe('Conor de Róiste');
  });

  it('reads a name ending in a trade ("Skyline Developers", "Pōhutu Harvesting") as a company', () => {
    expect(run('The court quashed the permits granted to Sahyadri Skyline Developers. The contractor, Pōhutu Harvesting, had no plan.').entities.map((e) => [e.name, e.type])).toEqual([
      ['Sahyadri Skyline Developers', 'organization'],
      ['Pōhutu Harvesting', 'organization'],
    ]);
  });
});

describe('session 7: titles and names from African, South Asian, Korean and Vietnamese copy', () => {
  const kinds = (body: string) => run(body).entities.map((e) => [e.name, e.type]);

  it('reads "Engr.", "Advocate" and "Treasury CS" as titles before a name, and "Engr." ends no sentence', () => {
    const a = run('“We planned for a bad monsoon,” said the authority’s director-general, Engr. Rashid Mehmood Soomro. Advocate Riaan Pretorius-Malan argued that the delay was lawful. Treasury CS Wanjiru Kamau-Ndegwa presented the budget.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Rashid Mehmood Soomro', 'Riaan Pretorius-Malan', 'Wanjiru Kamau-Ndegwa']);
    expect(speakerOf(a, statement(a, 'We planned for a bad monsoon'))?.name).toBe('Rashid Mehmood Soomro');
  });

  it('gives ", SAN, told" to the advocate named before the letters', () => {
    const a = run('Counsel to the petitioner, Barrister Chukwuemeka Obi-Nnadi, SAN, told the tribunal that the results were inflated.');
    expect(a.entities.map((e) => e.name)).toEqual(['Chukwuemeka Obi-Nnadi']);
    expect(speakerOf(a, statement(a, 'the results were inflated'))?.name).toBe('Chukwuemeka Obi-Nnadi');
  });

  it('names nobody with "Accra-based" and reads no cue in "think tank"', () => {
    const a = run('Ama Owusu-Ansah of the Accra-based think tank PolicyWatch said the government had boxed itself in.');
    expect(a.entities.map((e) => e.name)).not.toContain('Accra-based');
    expect(a.statements.map((s) => s.cue)).toEqual(['said']);
  });

  it('reads "Yoon Chang-ho" and "Le Van Hung" as people wherever they stand, and "Noordkaap Energie" as a company', () => {
    expect(kinds('The firm that Yoon Chang-ho founded in 1985 is on strike. “We heard it on the radio,” said Le Van Hung, a crane operator. Noordkaap Energie cancelled the plan.')).toEqual([
      ['Yoon Chang-ho', 'person'],
      ['Le Van Hung', 'person'],
      ['Noordkaap Energie', 'organization'],
    ]);
  });
});

describe('session 7: a lawyer for a group, and parties described before their names', () => {
  it('reads "a lawyer for the group, Mateusz Zieliński," as a person, not as the group’s name', () => {
    const a = run('A lawyer for the group, Mateusz Zieliński, told reporters that an appeal could delay it.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Mateusz Zieliński', 'person']]);
  });

  it('names "the ultra-Orthodox Torah Unity party" and "the governing Georgian Dream party" without their descriptions', () => {
    const a = run('Israel’s coalition wobbled after the ultra-Orthodox Torah Unity party said it would quit the government. The governing Georgian Dream party has said the protests are funded from abroad.');
    expect(speakerOf(a, statement(a, 'it would quit the government'))?.name).toBe('Torah Unity');
    expect(speakerOf(a, statement(a, 'the protests are funded from abroad'))?.name).toBe('Georgian Dream');
  });
});

describe('session 7: parties and bodies named in other languages', () => {
  it('reads "the Sweden Democrats" and "the Social Democrats" as two parties, and "Associação … de Proprietários" whole', () => {
    const a = run('The opposition Social Democrats said they would not block the bill. The Sweden Democrats said the bill did not go far enough. The Associação Lisbonense de Proprietários said the cap was a confiscation.');
    expect(speakerOf(a, statement(a, 'they would not block the bill'))?.name).toBe('Social Democrats');
    expect(speakerOf(a, statement(a, 'the bill did not go far enough'))?.name).toBe('Sweden Democrats');
    expect(speakerOf(a, statement(a, 'the cap was a confiscation'))?.name).toBe('Associação Lisbonense de Proprietários');
  });
});

describe('session 8: titles of something, and who "told" the listener', () => {
  it('gives "The governor of the province, Ana Ruiz," her title, so "the governor" later is her', () => {
    const a = run('The governor of the province, Ana Ruiz, said the injured were in hospital.\n\n“We have identified five of them,” the governor told reporters.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Ana Ruiz', 'person']]);
    expect(speakerOf(a, statement(a, 'We have identified five of them'))?.name).toBe('Ana Ruiz');
  });

  it('does not make a portfolio in a list or a company after "of … ," a person', () => {
    const a = run('The Minister of Labour, Health and Families, Paul Morel, said the reform was fair. The owner of the ship, Pelagos Line, said none of its crew were hurt.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Paul Morel']);
  });

  it('never takes the listener of "told" for the speaker: “…,” the voivode told a news conference', () => {
    const a = run('The voivode, Irena Nowak, said the injured were in hospital.\n\n“We have identified five of the six victims,” the voivode told a news conference in Olsztyn.');
    expect(a.entities.map((e) => e.type)).not.toContain('group');
    expect(speakerOf(a, statement(a, 'We have identified five of the six victims'))?.name).toBe('Irena Nowak');
    const b = run('“The sixth is a young man,” the starosta told a news conference in Olsztyn.');
    expect(b.entities).toEqual([]);
  });
});

describe('session 8: a second surname that is also a city', () => {
  it('reads "said Segundo Quiñónez Valencia, the union’s secretary general," as one person', () => {
    const a = run('“They call it modernisation,” said Segundo Quiñónez Valencia, the union’s secretary general. Quiñónez said the union had no plans to block roads.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Segundo Quiñónez Valencia', 'person']]);
    expect(speakerOf(a, statement(a, 'the union had no plans to block roads'))?.name).toBe('Segundo Quiñónez Valencia');
  });
});

describe('session 8: South Asian titles, parties and bodies', () => {
  it('reads "Smt." and "Fr." as titles, also after another title and after "according to"', () => {
    const a = run('Outgoing Chief Minister Smt. A. Leelavathy conceded defeat. The state president, Fr. Joseph Vadakkan, told reporters that the alliance would not go after anyone. Its cost has since risen to Rs 6,340 crore, according to Urban Development Minister Smt. Rekha Nigam.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['A. Leelavathy', 'person'], ['Joseph Vadakkan', 'person'], ['Rekha Nigam', 'person']]);
    expect(speakerOf(a, statement(a, 'Its cost has since risen to Rs 6,340 crore'))?.name).toBe('Rekha Nigam');
  });

  it('names "The Opposition Tamizh Desiya Munnani" without "Opposition", and reads Dal, Munnani and Bhavan as bodies', () => {
    const a = run('The Opposition Tamizh Desiya Munnani alleged that the ruling party was lying. Opposition Samajik Nyay Dal said it would stage a protest. Raj Bhavan said the governor was unwell. Opposition Leader Ana Ruiz said the vote was rigged.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Tamizh Desiya Munnani', 'organization'], ['Samajik Nyay Dal', 'organization'], ['Raj Bhavan', 'organization'], ['Ana Ruiz', 'person']]);
  });
});

describe('session 8: Gaelic names and bodies, and buildings that speak', () => {
  it('reads "Catrìona Nic an t-Saoir", "Shona Nic a’ Phearsain" and "Dòmhnall Mac an Tòisich" as whole names', () => {
    const a = run("“We were promised new boats,” said Catrìona Nic an t-Saoir, who chairs the forum. Shona Nic a' Phearsain said the burn ran dry. “These ones will dream in it,” said Dòmhnall Mac an Tòisich, 71.");
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Catrìona Nic an t-Saoir', 'person'], ["Shona Nic a' Phearsain", 'person'], ['Dòmhnall Mac an Tòisich', 'person']]);
  });

  it('reads "Bòrd na Gàidhlig", "Comhairle nan Eilean Siar" and "Bute House" as bodies', () => {
    const a = run('Bòrd na Gàidhlig said the school was a landmark. Comhairle nan Eilean Siar said ferries would run. Bute House said the minister was confident.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Bòrd na Gàidhlig', 'organization'], ['Comhairle nan Eilean Siar', 'organization'], ['Bute House', 'organization']]);
  });
});

describe('session 8: South-East Asian names and honorifics', () => {
  it('keeps a nickname in quotes inside the name ("Ramon "Bong" Alcaraz") and reports no statement for it', () => {
    const a = run('Cagayan Governor Ramon "Bong" Alcaraz said the government had been too slow. Alcaraz said mayors were left alone.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Ramon "Bong" Alcaraz', 'person']]);
    expect(a.statements.map((s) => s.kind)).toEqual(['indirect', 'indirect']);
  });

  it('reads "Khun Srisuda" as "Srisuda Wongsakul" named before, and "prime minister-designate" as a title', () => {
    const a = run('The party agreed to join a coalition, giving prime minister-designate Srisuda Wongsakul a majority.\n\nKhun Srisuda, 52, wrote on her Facebook page that the first bill would cut tariffs.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Srisuda Wongsakul']);
    expect(speakerOf(a, statement(a, 'the first bill would cut tariffs'))?.name).toBe('Srisuda Wongsakul');
  });

  it('reads a single name after "Its coordinator," as a person, and "said the coalition would …" as the clause, not the speaker', () => {
    const a = run('Its coordinator, Wahyuningsih, said the coalition would file a lawsuit.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Wahyuningsih', 'person']]);
    expect(speakerOf(a, statement(a, 'the coalition would file a lawsuit'))?.name).toBe('Wahyuningsih');
  });

  it('does not give a quote to the verb of a relative clause about a firm ("…, which advised the city on the design, said …")', () => {
    const a = run('Pieter van der Heijden, a coastal engineer at Maasland Coastal Engineering, which advised the city on the design, said the wall was “necessary but not sufficient”.');
    expect(a.statements.map((s) => [s.kind, speakerOf(a, s)?.name])).toEqual([['indirect', 'Pieter van der Heijden'], ['partial', 'Pieter van der Heijden']]);
  });
});

describe('session 8: bodies named after their kind, and a company’s short name', () => {
  it('reads "the passenger association Pro Schiene" and "the IT supplier, Norrskydd Data," as bodies, but not "a lawyer for the company, Ana Ruiz,"', () => {
    const a = run('The passenger association Pro Schiene warned that the strike would hurt. The IT supplier, Norrskydd Data, would have to explain. A lawyer for the company, Ana Ruiz, said the claim was false. Outside the studio, Mohammed Al-Khatib, 36, said he had waited.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Norrskydd Data', 'organization'], ['Ana Ruiz', 'person'], ['Mohammed Al-Khatib', 'person'], ['Pro Schiene', 'organization']]);
  });

  it('reads "Marlin Bay" after "Marlin Bay Marine Services" as the company, but keeps "Edith Carrow" before "the Edith Carrow Society"', () => {
    const a = run('The company, Marlin Bay Marine Services, said it was co-operating. Marlin Bay, founded in 1998, employs 260 people. The painter Edith Carrow died in 1954. The Edith Carrow Society said it had removed the paintings.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Edith Carrow']);
  });
});

describe('session 8: portfolios and colleagues on a body', () => {
  it('reads "the Ministry of Justice and Security" whole (a portfolio after "of" is no title)', () => {
    const a = run('The Ministry of Justice and Security said it had not been asked to review the manuscript.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Ministry of Justice and Security', 'organization']]);
  });

  it('gives "Two former colleagues on the Court of Appeal said" to the colleagues', () => {
    const a = run('Two former colleagues on the Court of Appeal said the book was generous.');
    expect(speakerOf(a, statement(a, 'the book was generous'))?.type).toBe('group');
  });
});

describe('session 8: a demonym that opens a body’s name', () => {
  it('keeps "European" in "the European Recruitment Technology Forum" but not in "Brazilian striker Ana Souza"', () => {
    const a = run('The European Recruitment Technology Forum said the judgment would affect companies. Brazilian striker Ana Souza said the team was ready.');
    expect(a.entities.map((e) => e.name)).toEqual(['European Recruitment Technology Forum', 'Ana Souza']);
  });
});

describe('session 8: "of the Abuja-based …" after a name', () => {
  it('does not run "Adaeze Nwachukwu-Hart of the Abuja-based campaign" into one name', () => {
    const a = run('“Every barrel they add is a barrel we cannot afford,” said Adaeze Nwachukwu-Hart of the Abuja-based campaign Leave It Underground.');
    expect(speakerOf(a, statement(a, 'Every barrel they add is a barrel we cannot afford'))?.name).toBe('Adaeze Nwachukwu-Hart');
  });
});

describe('session 8: compound titles, members of a body, and a signed statement', () => {
  it('reads "the Comptroller General" and "the Principal Secretary" as titles, not people named General or Secretary', () => {
    const a = run('His party would ask the Comptroller General to review it. The loan carries interest, according to a statement signed by the Principal Secretary for the National Treasury, Faith Wambui Githinji.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Faith Wambui Githinji']);
  });

  it('gives "according to a statement signed by …, X" to the one who signed it', () => {
    const a = run('The loan carries interest, according to a statement signed by the Principal Secretary for the National Treasury, Faith Wambui Githinji.');
    expect(speakerOf(a, statement(a, 'The loan carries interest'))?.name).toBe('Faith Wambui Githinji');
  });

  it('reads "Labour MPs" and "Opposition TDs" as groups, not people', () => {
    const a = run('Labour MPs said no more cuts would pass. Opposition TDs said the scheme was a mess.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Labour MPs', 'group'], ['Opposition TDs', 'group']]);
  });
});

describe('session 8: bodies whose names hold a title or open with a common word', () => {
  it('reads "the Debt Justice Collective" as a body and gives "X of the Lagos-based … Collective said" to X', () => {
    const a = run('Oluwaseun Bakare of the Lagos-based Debt Justice Collective said the communique offered warm words and cold cash.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Oluwaseun Bakare', 'person'], ['Debt Justice Collective', 'organization']]);
    expect(speakerOf(a, statement(a, 'the communique offered warm words and cold cash'))?.name).toBe('Oluwaseun Bakare');
  });

  it('keeps "Vote" in "Vote Watch Nigeria Initiative said" at a sentence start', () => {
    const a = run('Vote Watch Nigeria Initiative said turnout was the lowest since 2014.');
    expect(a.entities.map((e) => e.name)).toEqual(['Vote Watch Nigeria Initiative']);
  });
});

describe('session 9: clergy and religious titles', () => {
  it('reads "The Rt Rev", "the Ven", "Canon", "Granthi" and "Swami" as titles before a person', () => {
    const a = run('The Rt Rev Oswin Tallis-Hart, Bishop of Wendmere, said he would resign. The Ven Grace Adeyemi said the diocese would act. Canon Piet Mulder said the roof needed work. Granthi Kulwant Singh Bains said the langar would stay open. Swami Ramesh Iyer said the festival would go ahead.');
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Oswin Tallis-Hart', 'Grace Adeyemi', 'Piet Mulder', 'Kulwant Singh Bains', 'Ramesh Iyer']));
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).not.toContain('Rt Rev Oswin Tallis-Hart');
  });

  it('folds "Sister Bernadette" into "Sister Bernadette Quigley" named before', () => {
    const a = run('Sister Bernadette Quigley, 79, said the clinic would stay open. Sister Bernadette said the nurses were tired.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Bernadette Quigley']);
  });
});

describe('session 9: travel, leisure and Nordic firm names', () => {
  it('reads "Aurelia Cruises", "Nordkapp Energi" and "Svartsvatn Spa" as organizations', () => {
    const a = run('Aurelia Cruises said the ship would not dock. Nordkapp Energi said the plant would open in May. Svartsvatn Spa said it would close for a week.');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('gives "Two tour operators in George Town said" to the operators, not the town', () => {
    const a = run('Two tour operators in George Town said bookings had doubled.');
    expect(speakerOf(a, statement(a, 'bookings had doubled'))?.type).toBe('group');
  });
});

describe('session 10: Arabic names with "bin", "bint" and Gulf forms of address', () => {
  it('keeps "bin" and "bint" inside one name, with or without a title before it', () => {
    const a = run('Mansour bin Rashed Al Dhaheri, who chairs the fund, said the sale was complete. Fatima bint Obaid Al Suwaidi said the port would expand. Sheikh Hamdan bin Zayed Al Falasi said the tower would open in March.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Mansour bin Rashed Al Dhaheri', 'Fatima bint Obaid Al Suwaidi', 'Hamdan bin Zayed Al Falasi']);
  });

  it('folds "Sheikh Hamdan" and "Prince Faisal" into the full names given before', () => {
    const a = run('Sheikh Hamdan bin Zayed Al Falasi said the tower would open in March. “We are on time,” Sheikh Hamdan said. Prince Faisal bin Turki Al Saud said the fund would grow. Prince Faisal added that it would hire locally.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Hamdan bin Zayed Al Falasi', 'Faisal bin Turki Al Saud']);
    expect(speakerOf(a, statement(a, 'We are on time'))?.name).toBe('Hamdan bin Zayed Al Falasi');
    expect(speakerOf(a, statement(a, 'it would hire locally'))?.name).toBe('Faisal bin Turki Al Saud');
  });

  it('reads "H.E.", "His Excellency" and "Sheikha" as forms of address, not parts of the name', () => {
    const a = run('H.E. Noura Al Mansoori said costs would fall. His Excellency Saif Al Harthy said the deal was fair. Sheikha Latifa bint Hamdan said she was proud.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Noura Al Mansoori', 'Saif Al Harthy', 'Latifa bint Hamdan']);
  });
});

describe('session 10: peers, ranks and family names that come first', () => {
  it('reads "Lord Tarrow of Pennick" as one peer, not a peer and a place, and gives him what he says afterwards', () => {
    const a = run('Lord Tarrow of Pennick, a Conservative peer, said the cap was unworkable. “It breaks contracts,” Lord Tarrow said.');
    const peers = a.entities.filter((e) => e.type === 'person');
    expect(peers.map((e) => e.name)).toEqual(['Tarrow']);
    expect(peers[0]?.aliases).toContain('Lord Tarrow of Pennick');
    expect(a.entities.some((e) => e.name === 'Pennick')).toBe(false);
    expect(speakerOf(a, statement(a, 'the cap was unworkable'))?.name).toBe('Tarrow');
  });

  it('gives "Lord Wexcombe" and "the earl" to the man named before as "the 9th Earl of Wexcombe"', () => {
    const a = run('Edwin Marlowe, the 9th Earl of Wexcombe, said the house would be sold. “We have no choice,” the earl said. Lord Wexcombe added that the roof leaked.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Edwin Marlowe']);
    expect(speakerOf(a, statement(a, 'We have no choice'))?.name).toBe('Edwin Marlowe');
    expect(speakerOf(a, statement(a, 'the roof leaked'))?.name).toBe('Edwin Marlowe');
  });

  it('reads "the Duchess of Ormsby" as a person named by her title, and "the Duke of Ormsby Award" as no person', () => {
    const a = run('The Duchess of Ormsby said the tour would go ahead. The Duke of Ormsby Award said entries rose.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Duchess of Ormsby']);
  });

  it('keeps military ranks out of names and gives "the colonel" and "the sergeant major" to the holders', () => {
    const a = run('Lt. Col. Dana Pike said the unit was ready. “We train hard,” the colonel said. Sgt. Maj. Ray Colley said morale was high. “It is,” the sergeant major said. Wing Commander Asha Rao said the jets were ready.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Dana Pike', 'Ray Colley', 'Asha Rao']);
    expect(speakerOf(a, statement(a, 'We train hard'))?.name).toBe('Dana Pike');
    expect(speakerOf(a, statement(a, 'It is'))?.name).toBe('Ray Colley');
  });

  it('reads "Tan Sri Lim Kok Wing" as Lim Kok Wing, though "wing" is also a football position', () => {
    const a = run('Tan Sri Lim Kok Wing said the campus would reopen.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Lim Kok Wing']);
  });

  it('reads a double-barrelled name after "from" as a person, not a place', () => {
    const a = run('Under questioning from Oluwaseun Adebayo-Crane (Unity), the chief executive conceded that the app was flawed. The complaint from Chidera Obi-Akande was upheld.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Oluwaseun Adebayo-Crane', 'Chidera Obi-Akande']);
  });
});

describe('session 10: a name that modifies the noun after it', () => {
  it('reads "the Biała Woda pack" as no person, and gives the next "he" to the farmer named after it', () => {
    const a = run('Farmers say the wolves of the Biała Woda pack have lost their fear of people. Jan Gąsienica-Roj, who keeps 340 sheep, said he had lost 31 animals. "They come right up to the huts now," he said.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Jan Gąsienica-Roj']);
    expect(speakerOf(a, statement(a, 'They come right up to the huts now'))?.name).toBe('Jan Gąsienica-Roj');
  });
});

describe('session 10: who runs a body, nicknames and handles', () => {
  it('reads "the Houthi-run Saba news agency" as the body Saba, which later reports', () => {
    const a = run('The list was published by the Houthi-run Saba news agency. Saba reported that the fighters had landed.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Saba']);
    expect(speakerOf(a, statement(a, 'the fighters had landed'))?.name).toBe('Saba');
  });

  it('gives "Vexa said" to Lina “Vexa” Moreau, named with her nickname before', () => {
    const a = run('Lina "Vexa" Moreau, the captain, said the team would rest. "We need it," Vexa said.');
    expect(a.entities.map((e) => e.name)).toEqual(['Lina "Vexa" Moreau']);
    expect(speakerOf(a, statement(a, 'We need it'))?.name).toBe('Lina "Vexa" Moreau');
  });

  it('gives "A competitive player who streams as Rayo said" to Rayo', () => {
    const a = run('A competitive player who streams as Rayo said the ban was silly.');
    expect(speakerOf(a, statement(a, 'the ban was silly'))).toMatchObject({ name: 'Rayo', type: 'person' });
  });
});

describe('session 10: an acronym that opens a name', () => {
  it('reads "PJM Interconnection, the operator of the grid," as an organization, and keeps "NASA Administrator Jane Ruiz" a person', () => {
    const a = run('PJM Interconnection, the operator of the largest power grid, said it would pause. NASA Administrator Jane Ruiz said the launch was safe.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual(expect.arrayContaining([['PJM Interconnection', 'organization'], ['Jane Ruiz', 'person']]));
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Jane Ruiz']);
  });
});

describe('session 10: a particle name with an age', () => {
  it('reads "Maartje van der Berg, 41," as a person, though neither "Maartje" nor "Berg" is known as a name', () => {
    const a = run('Maartje van der Berg, 41, who ran water projects for a trust, was freed on Monday.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Maartje van der Berg']);
  });
});

describe('session 10: national sports bodies', () => {
  it('keeps the sport in "Cycling South Africa said" (a body), not "South Africa"', () => {
    const a = run('Cycling South Africa said it would honour the rider at its awards dinner.');
    expect(speakerOf(a, statement(a, 'it would honour the rider at its awards dinner'))?.name).toBe('Cycling South Africa');
  });
});

describe('session 10: a team named after "The", then a verb', () => {
  it('reads "The Saskatoon Blizzard fired its coach" as a body, so "The team said" is the Blizzard', () => {
    const a = run('The Saskatoon Blizzard fired its coach on Saturday. The team said it would announce more next month.');
    expect(speakerOf(a, statement(a, 'it would announce more next month'))?.name).toBe('Saskatoon Blizzard');
  });

  it('reads "Juror No. 9" as a person known by a number', () => {
    const a = run('“I didn’t think it mattered,” Juror No. 9 said.');
    expect(speakerOf(a, statement(a, 'I didn’t think it mattered'))).toMatchObject({ name: 'Juror No. 9', type: 'person' });
  });
});

describe('session 10: a place name before a plural noun', () => {
  it('finds no person in "the Sierra Nevada foothills" or "the Highveld Rhinos 27-24", and keeps "the Marta Lind affair" a person', () => {
    const a = run('People fled the Sierra Nevada foothills on Sunday. The Table Bay Buccaneers won, beating the Highveld Rhinos 27-24 in the final. The Marta Lind affair grew.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Marta Lind']);
  });
});

describe('session 10: a team that acts with an irregular verb', () => {
  it('reads "the Omaha Stampede made him the fourth pick" as a body, so "The team said" is the Stampede', () => {
    const a = run('Hours after the Omaha Stampede made him the fourth pick on Thursday, the receiver met reporters. The team said rookies would report on May 9.');
    expect(speakerOf(a, statement(a, 'rookies would report on May 9'))?.name).toBe('Omaha Stampede');
  });
});

describe('session 10: a national body named with its country’s own name', () => {
  it('reads "Confimpresa Italia said" as an organization', () => {
    const a = run('Confimpresa Italia said the tax would hurt small firms.');
    expect(a.entities.map((e) => [e.name, e.type])).toEqual([['Confimpresa Italia', 'organization']]);
  });
});

describe('session 11: bodies whose names look like people', () => {
  it('makes an organization of a name ending in an industry in "-ics" or in "International", and keeps "Ana Hicks" a person', () => {
    const a = run('Brightwing Aeronautics said the jet was safe. Amnesty International said it was alarmed. Halden Robotics said orders had doubled. Ana Hicks said the review was fair.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ana Hicks']);
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['Amnesty International', 'Brightwing Aeronautics', 'Halden Robotics']);
  });

  it('reads ratings firms, ferry lines, constabularies and esports teams as organizations by their last word', () => {
    const a = run('Meridian Ratings said the outlook was stable. Orkney Ferries said sailings were cancelled. Cheshire Constabulary said two men were arrested. Nightjar Esports said the roster was final.');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('lets "City Hall said" speak for an office, but not a person with an unknown first name and a place-like surname', () => {
    const a = run('City Hall said the budget was balanced. County Hall said it would cut jobs. Wiremu Hill said the marae would stay open.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['City Hall', 'County Hall']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Wiremu Hill']);
  });
});

describe('session 11: names in press releases, founders and days', () => {
  it('reads founders after "founded in 2017 by" as people, whatever their names look like, and a clause after them as no apposition', () => {
    const a = run('Kōgen Robotics was founded in Sapporo in 2017 by Ishikawa Mei and Takeda Haruki. Founded in 2011 in Austin by the sound engineers Ruairidh MacLeod and Dương Thị Lan, the company sells its products in 38 countries.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Dương Thị Lan', 'Ishikawa Mei', 'Ruairidh MacLeod', 'Takeda Haruki']);
  });

  it('keeps "Board of Directors", "Investor Relations", "Corporate Communications", a wire and a union local out of people', () => {
    const a = run('CHICAGO, Nov. 20, 2025 /Harbor Newswire/ -- Marisol Foods said its board had met. "She was our choice," said Margaret Oyelaran-Whitby, Chair of the Marisol Foods Board of Directors. Investor contact: Rahul Deshpande-Kerr, Vice President, Investor Relations. Media contact: Lucía Bermúdez Ortega, Director, Corporate Communications. Olumide Bankole, president of United Food Workers Local 440, said members were angry.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Lucía Bermúdez Ortega', 'Margaret Oyelaran-Whitby', 'Olumide Bankole', 'Rahul Deshpande-Kerr']);
  });

  it('reads "General Secretary" as a title, not a person called "Secretary"', () => {
    const a = run('“We will hold them to it,” said Siân Pritchard-Evans, General Secretary of the Rail Inspectors’ Guild. General Secretary Ana Ruiz said the union would strike.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Siân Pritchard-Evans', 'Ana Ruiz']);
  });

  it('reads "on Victoria Day" and "Ebonyi State" as nobody, and keeps "Doris Day"', () => {
    const a = run('Shops will close on Victoria Day, the council said. Health workers in Ebonyi State said they had treated two patients. Doris Day said she was thrilled.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Doris Day']);
  });
});

describe('session 11: bodies named in full and nationalities after a title', () => {
  it('keeps the first word of "Ocean Watch Pasifika" and "Open Home Watch", but not "Agents of" before a bureau', () => {
    const a = run('Ocean Watch Pasifika said the deal was secret. Open Home Watch said the pledge was empty. Agents of the National Bureau of Investigation arrested the mayor, the bureau said.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['National Bureau of Investigation', 'Ocean Watch Pasifika', 'Open Home Watch']);
  });

  it('reads a union local ("UAMW Local 1142") as a body and "Kestrelwave Audio, Inc." as one company', () => {
    const a = run('Members of UAMW Local 1142 voted to strike. Kestrelwave Audio, Inc. today announced a new headphone, and said it would ship in May.');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(a.entities.some((e) => e.name === 'Inc.')).toBe(false);
    expect(speakerOf(a, statement(a, 'it would ship in May'))?.name).toBe('Kestrelwave Audio');
  });

  it('reads "Ugandan" after "The summit’s chair," as a nationality, not a person known by one name', () => {
    const a = run('The summit’s chair, Ugandan foreign ministry official Grace Nakato-Mugisha, said the agreement was fair.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Grace Nakato-Mugisha']);
  });
});

describe('session 11: tickers', () => {
  it('reads "(NYSE: MSF)" and "(NASDAQ: KWAV)" as the company’s ticker, not as two more organizations', () => {
    const a = run('Marisol Foods Corporation (NYSE: MSF) today named a new chief. Kestrelwave Audio, Inc. (NASDAQ: KWAV) today announced a headphone. The headphone will ship on Friday, the company said.');
    expect(a.entities.map((e) => e.name).sort()).toEqual(['Kestrelwave Audio', 'Marisol Foods Corporation']);
    expect(a.entities.find((e) => e.name === 'Kestrelwave Audio')?.aliases).toContain('KWAV');
  });
});

describe('session 11: names around brackets, birthplaces, accents and firms', () => {
  it('keeps "the Paris-born Kevin Lữ" a person without his birthplace', () => {
    const a = run('The Paris-born Kevin Lữ said the film was hard to make.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Kevin Lữ']);
  });

  it('reads an actor in brackets after a one-word part ("Henryk (Alasdair Grieve)") as a person, and a party after a councillor as a body', () => {
    const a = run('A retired railwayman, Henryk (Alasdair Grieve), takes in a lodger. Cllr Paddy Furlong (Fianna Fáil) said the road was dangerous.');
    expect(a.entities.find((e) => e.name === 'Alasdair Grieve')?.type).toBe('person');
    expect(a.entities.find((e) => e.name === 'Fianna Fáil')?.type).toBe('organization');
  });

  it('reads "Guadalupe Ramírez Ochoa" as a person although "Guadalupe" is a place, knowing "Ramírez" without its accent', () => {
    const a = run('Another passenger, Guadalupe Ramírez Ochoa, said her mother had been sick for three days.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Guadalupe Ramírez Ochoa']);
    expect(speakerOf(a, statement(a, 'her mother had been sick for three days'))?.name).toBe('Guadalupe Ramírez Ochoa');
  });

  it('reads "Sethna & Rao" as a firm, and "GMT" as no body that can say anything', () => {
    const a = run('Priya Raghunathan, head of research at the Mumbai broker Sethna & Rao, said rates had risen. The company said it had lost contact with the ship at 01:25 GMT. It said the crew were unharmed.');
    expect(a.entities.find((e) => e.name === 'Sethna & Rao')?.type).toBe('organization');
    expect(a.entities.some((e) => e.name === 'GMT')).toBe(false);
  });
});

describe('session 11: county offices, particles and bodies in other languages', () => {
  it('splits "County Recorder Bernadette Szymańska-Cole" into an office and a person, and keeps "Dickson ole Saitoti" whole', () => {
    const a = run('County Recorder Bernadette Szymańska-Cole said she had questions. Dickson ole Saitoti said the law was needed.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Bernadette Szymańska-Cole', 'Dickson ole Saitoti']);
  });

  it('reads "Stichting Ardenne" and "Open Ledger Rights" as bodies', () => {
    const a = run('Stichting Ardenne said the plan was flawed. Open Ledger Rights said the fine came too late.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['Open Ledger Rights', 'Stichting Ardenne']);
  });
});
