import { describe, expect, it } from 'vitest';
import { mentionOf, analyse } from '../tests/helpers/gazetteer.ts';

describe('finding place names', () => {
  it('matches the longest name first', async () => {
    const m = await mentionOf('Shelling hit Bila Tserkva overnight.', 'Bila Tserkva');
    expect(m.place?.name).toBe('Bila Tserkva');
  });

  it('reads every name of a list before a plural front word as a front, over names the gazetteer lacks', async () => {
    const text = 'Russian forces inflicted losses on Ukrainian troops in the Kupyansk, Krasny Lyman, Donetsk, South Donetsk and Zaporozhye directions.';
    const a = await analyse(text);
    const kupyansk = a.mentions.find((x) => x.resolution.mention.text === 'Kupyansk')!.resolution.mention;
    expect([kupyansk.typeCue, kupyansk.typeCueText]).toEqual(['area', 'directions']);
  });

  it("reads \"the Lugansk People's Republic\" as a region", async () => {
    const m = await mentionOf("Units struck positions near Stelmakhovka in the Lugansk People's Republic.", 'Lugansk');
    expect(m.place?.kind).toBe('admin1');
  });

  it('reads the kind of place from the words around it', async () => {
    const m = await mentionOf('A missile landed in the Zaporizhia region on Tuesday.', 'Zaporizhia');
    expect(m.place?.kind).toBe('admin1');
  });

  it('reads a demonym as its country', async () => {
    const m = await mentionOf('Russia fired North Korean missiles at Ukraine.', 'North Korean');
    expect(m.place?.countryCode).toBe('KP');
  });

  it('reads "the Somali capital" as the capital of the country the adjective names', async () => {
    const m = await mentionOf('A suicide bomber blew himself up at a restaurant in the Somali capital on Tuesday, killing nine.', 'Somali capital');
    expect([m.role, m.place?.featureCode, m.place?.countryCode]).toEqual(['incident', 'PPLC', 'SO']);
    const possessive = await mentionOf("Jihadis attacked the airport in Mali's capital, Bamako, early Tuesday.", "Mali's capital");
    expect([possessive.role, possessive.place?.name]).toEqual(['incident', 'Bamako']);
    // Not without "the": "Somali capital markets" is no place.
    const a = await analyse('Somali capital markets are small, he said.');
    expect(a.mentions.map((x) => x.resolution.mention.text)).not.toContain('Somali capital');
  });

  it('reads a month or a weekday as a date, not as a namesake town', async () => {
    const a = await analyse('In August, artillery shelled Kupiansk, and on Sunday drones hit Izium.');
    const names = a.mentions.map((x) => x.resolution.mention.text);
    expect(names).toEqual(expect.arrayContaining(['Kupiansk', 'Izium']));
    expect(names).not.toContain('August');
    expect(names).not.toContain('Sunday');
  });

  it('does not read a translation made of everyday words as a far-off place', async () => {
    // "White House" is one of Casablanca's alternate names in GeoNames.
    const a = await analyse('The White House said on Tuesday that a drone strike hit a convoy near Khan Younis in Gaza.');
    const wh = a.mentions.find((x) => x.resolution.mention.text === 'White House');
    expect(wh?.resolution.place?.countryCode ?? null).not.toBe('MA');
    expect(wh?.resolution.candidates.find((c) => c.place.countryCode === 'MA')?.reasons.join('; ') ?? 'dropped').toMatch(/everyday words|dropped/);
  });

  it('does not let a repeated everyday-words translation vouch for itself', async () => {
    const a = await analyse(
      'The White House condemned the attack on Kharkiv. A drone struck a market in Kharkiv on Monday, officials said. ' +
        'Later the White House said it would send more air defence to Ukraine.',
    );
    const wh = a.mentions.filter((x) => x.resolution.mention.text === 'White House');
    expect(wh).toHaveLength(2);
    for (const m of wh) expect(m.resolution.place?.countryCode ?? null).not.toBe('MA');
  });

  it('keeps an alternate name that is not an English phrase ("Kiev")', async () => {
    const m = await mentionOf('A missile struck Kiev on Tuesday.', 'Kiev');
    expect(m.place?.name).toBe('Kyiv');
  });

  it('reads a hyphenated name with a connector whole ("Slavyansk-na-Kubani"), never its first part', async () => {
    const m = await mentionOf('Drones hit an oil refinery in Slavyansk-na-Kubani on Monday.', 'Slavyansk-na-Kubani');
    expect(m.place?.countryCode).toBe('RU');
    const a = await analyse('Drones hit an oil refinery and a fuel depot in Slavyansk-na-Zzyx early on Monday, local officials said.');
    expect(a.mentions.filter((x) => x.role.role === 'incident').map((x) => x.resolution.mention.text)).toEqual([]);
    expect(a.mentions.find((x) => x.resolution.mention.text === 'Slavyansk')?.resolution.mention.inName).toMatch(/^part of a longer name/);
  });

  it.each([
    ['AUSTIN, Texas - A gunman opened fire at a shopping centre on Saturday, police said.', 'AUSTIN', 'US'],
    ['KHERSON (Reuters) - Russian shelling hit a bus stop on Monday, killing three people.', 'KHERSON', 'UA'],
    ['DNIPRO Emergency workers pulled two people from the rubble after a missile strike on Friday.', 'DNIPRO', 'UA'],
  ])('reads a dateline in capitals as a place: %s', async (text, words, country) => {
    const m = await mentionOf(text, words);
    expect(m.place?.countryCode).toBe(country);
    expect(m.inName).toBeNull();
  });

  it('reads a hyphenated name with lower-case words inside whole ("Port-au-Prince")', async () => {
    const m = await mentionOf('Gangs attacked the main prison in Port-au-Prince on Saturday night, officials said.', 'Port-au-Prince');
    expect(m.place?.countryCode).toBe('HT');
  });

  it('does not take the start of an unknown Arabic name for a place ("Bab al-Tabbaneh" is not Al Bab)', async () => {
    const m = await mentionOf("Heavy clashes broke out between the army and gunmen in Tripoli's Bab al-Tabbaneh district on Sunday.", 'Bab');
    expect(m.inName).toMatch(/^part of a longer name/);
    expect(m.role).not.toBe('incident');
  });

  it('reads a name that starts with a lower-case Arabic article ("al-Fashir")', async () => {
    const m = await mentionOf('Fighting between the army and the RSF in al-Fashir killed dozens on Monday, medics said.', 'al-Fashir');
    expect(m.place?.countryCode).toBe('SD');
    expect(m.role).toBe('incident');
  });

  it('does not read an English word after a name as an article ("Sevastopol as Ukrainian drones ...")', async () => {
    const m = await mentionOf('Explosions rocked Sevastopol as Ukrainian drones targeted an airfield north of the city.', 'Sevastopol');
    expect(m.inName).toBeNull();
    expect(m.role).toBe('incident');
  });

  it('reads a river named like a city as the river', async () => {
    const m = await mentionOf('Russian troops shelled Nikopol across the Dnipro river on Sunday, the governor said.', 'Dnipro');
    expect(m.inName).toMatch(/^a river/);
    expect(m.role).not.toBe('incident');
  });

  it('keeps initialisms whole', async () => {
    const m = await mentionOf('The U.S. said it would send more aid.', 'U.S.');
    expect(m.place?.countryCode).toBe('US');
  });

  it.each([
    ['Andrew Roth reported from Moscow.', 'Roth', 'person'],
    ['The Kyiv Independent reported the strike.', 'Kyiv', 'organisation'],
    ['The flagship of the Black Sea Fleet sank.', 'Black Sea', 'organisation'],
    // After "the village of" too: a two-word name the gazetteer lacks is not its first word's
    // namesake (Sokoły, Poland).
    ['A drone killed two farmers in the village of Sokolyi Khutir on Tuesday.', 'Sokolyi', 'part of a longer name'],
    // A body's name that says where it works.
    ['The Islamic Resistance in Iraq said it had launched drones at several bases on Sunday.', 'Iraq', 'part of a longer name'],
    ['The minister said the hospital had been seized by the Azov battalion.', 'Azov', 'organisation'],
    ['People climbed into the forested hillside of the Serra da Misericórdia, where much of the fighting took place.', 'Misericórdia', 'part of a longer name'],
    ['A spokesman for the UN Mission in South Sudan condemned the attack.', 'South Sudan', 'part of a longer name'],
  ])('sets aside names inside longer names: %s', async (text, words, kind) => {
    const m = await mentionOf(text, words);
    expect(m.inName).toMatch(new RegExp(`^${kind}`));
  });

  it('reads no kind word across a dash ("DNIPRO — Regional authorities report hits")', async () => {
    const m = await mentionOf('8/ 💥 DNIPRO — Regional authorities report hits in the city and damage to infrastructure.', 'DNIPRO');
    expect(m.place?.kind).toBe('city');
  });

  it('does not take the start of an unknown hyphenated name for a place ("Kharkiv-Zzyx")', async () => {
    const m = await mentionOf('Russian shelling hit the outskirts of Kharkiv-Zzyx on Monday morning, officials said.', 'Kharkiv');
    expect(m.inName).toMatch(/^part of a longer name/);
  });

  /** Expects the sentence's place mentions to include `places` and none of `notPlaces`. */
  async function expectMentions(text: string, places: string[], notPlaces: string[]): Promise<void> {
    const names = (await analyse(text)).mentions.map((m) => m.resolution.mention.text);
    for (const p of places) expect(names).toContain(p);
    for (const p of notPlaces) expect(names).not.toContain(p);
  }

  it("reads a people's adjective before a noun as no town ('Arab communities' is no Arab, Alabama)", async () => {
    await expectMentions('Residents of Tamra said the town lacked public bomb shelters, a long-standing complaint in Arab communities across Israel.', ['Tamra', 'Israel'], ['Arab']);
    await expectMentions('A U.S. air strike hit the Baghdad office of Arab satellite channel Al Jazeera, killing a correspondent.', ['Baghdad'], ['Arab']);
  });

  it('reads a name a footnote number is glued to, and a name broken by a hyphen at a line end', async () => {
    const a = await analyse('Drones struck the Kyivskyi district of Kharkiv12, injuring eight. A bomb hit a house on the outskirts of Slo-\nviansk, killing one woman.');
    expect(a.mentions.map((m) => [m.resolution.mention.text, m.resolution.place?.name])).toEqual([
      ['Kyivskyi', 'Kyivskyi'],
      ['Kharkiv', 'Kharkiv'],
      ['Slo-\nviansk', 'Sloviansk'],
    ]);
  });

  it('reads "X Regional" before a facility word as the facility\'s name, not a region', async () => {
    const a = await analyse('The man was pronounced dead at Paris Regional Health in Paris, Texas, police said.');
    expect(a.mentions.map((m) => m.resolution.mention.typeCue)).not.toContain('admin1');
  });

  it('reads an abbreviated month beside a day number as a date, not a town', async () => {
    // Nov is a town in Tajikistan, Mar a river and several villages.
    await expectMentions('The convoy left Kherson on Nov. 5 and was shelled near Mykolaiv on 9 Mar, officials said.', ['Mykolaiv'], ['Nov', 'Mar']);
  });

  it('reads a short word in capitals as an acronym, not a small town, but keeps countries', async () => {
    // Eu is a town in France, Ba one in Fiji, Mena one in Arkansas.
    const text = 'EU and MENA analysts said the BA flight was diverted after the strike on Kharkiv. The UK condemned it.';
    await expectMentions(text, ['Kharkiv'], ['EU', 'MENA', 'BA']);
    const a = await analyse(text);
    expect(a.mentions.find((m) => m.resolution.mention.text === 'UK')?.resolution.place?.countryCode).toBe('GB');
  });

  it('does not read an everyday word as the place whose longer name it starts', async () => {
    // "Jewish" is the start of the Jewish Autonomous Oblast, "Christian" of Christian County.
    await expectMentions('Jewish settlers and Christian pilgrims were hurt in the attack near Nablus, officials said.', ['Nablus'], ['Jewish', 'Christian']);
    // Written out, the place is found; countries keep their everyday names.
    await expectMentions('A storm hit Christian County in Kentucky, and Turkey sent aid.', ['Christian County', 'Turkey'], []);
  });

  it('reads a capitalised connecting word as the end of a name ("Lanao del Sur")', async () => {
    const m = await mentionOf('Troops clashed with gunmen in a remote village of Butig, Lanao del Sur, on Monday.', 'Lanao del Sur');
    expect(m.place?.name).toBe('Lanao del Sur');
  });

  it('reads a capitalised function word mid-clause as part of a name ("bombed Let Yet San village")', async () => {
    const m = await mentionOf('A junta fighter jet bombed Let Yet San village in Depayin Township on Tuesday.', 'San');
    expect(m.inName).toMatch(/longer name/);
    // At a clause's start it is no part of one.
    const kyiv = await mentionOf('Officials said so on Monday. Yet Kharkiv was hit again on Tuesday.', 'Kharkiv');
    expect(kyiv.inName).toBeNull();
  });

  it('reads a compass word before a place as its part, not a given name ("North London")', async () => {
    const m = await mentionOf('Police sealed off a street in North London after a stabbing on Friday.', 'London');
    expect([m.inName, m.place?.countryCode]).toEqual([null, 'GB']);
  });

  it('reads a direction alone as no place ("the West", "fighting in the East")', async () => {
    // Cameroon has regions called West, East, South and Centre.
    await expectMentions(
      'Kyiv asked the West for more air defence. Heavy fighting continued in the East and the South, officials in Kharkiv said.',
      ['Kyiv', 'Kharkiv'],
      ['West', 'East', 'South'],
    );
  });

  it('keeps an Arabic article joined to the next word inside the name ("Deir ez-Zor")', async () => {
    await expectMentions("A drone attack in Syria's Deir ez-Zor province killed five, and clashes erupted in Ma'arrat an-Nu'man.", ['Deir ez-Zor', "Ma'arrat an-Nu'man"], ['Deir', 'Zor']);
  });

  it('reads a demonym before a common noun as the demonym, even where a region has its name', async () => {
    // Ethiopia has a region called Somali.
    // (So before a settlement's kind word and its name: "the Somali town of Afgoye".)
    const a = await analyse('A Somali army officer said militants attacked a base in Lower Shabelle. Floods hit the Somali region of Ethiopia. A car bomb exploded in the Somali town of Afgoye.');
    const somali = a.mentions.filter((m) => m.resolution.mention.text === 'Somali');
    expect(somali.map((m) => [m.resolution.mention.demonym, m.resolution.place?.countryCode])).toEqual([
      [true, 'SO'],
      [false, 'ET'],
      [true, 'SO'],
    ]);
  });

  it('reads a holiday as a date, not a town', async () => {
    // Christmas is a town in Florida, Easter one in Texas.
    await expectMentions('Shelling of Kherson continued over Christmas and Easter, officials said.', ['Kherson'], ['Christmas', 'Easter']);
  });

  it('remembers people: a bare surname later is the person', async () => {
    const a = await analyse('John Kirby spoke on Thursday. Kirby said the missiles were North Korean.');
    expect(a.mentions.find((m) => m.resolution.mention.text === 'Kirby')?.resolution.mention.inName).toMatch(/^person/);
  });

  it("takes no city for a surname because an outlet's desk is named after it", async () => {
    const a = await analyse('CBC Toronto reported the shooting on Monday. Police in Toronto said two people were wounded near a mall.');
    const toronto = a.mentions.filter((m) => m.resolution.mention.text === 'Toronto');
    expect(toronto.at(-1)?.resolution.mention.inName ?? null).toBeNull();
  });

  it('reads no everyday word as a place in a line all in capitals, but a big city still', async () => {
    const a = await analyse('UKRAINE: RUSSIAN MISSILE STRIKE ON SUMY CITY CENTRE AT 0710 LOCAL TIME KILLS 3 ///\n\nMYANMAR: MILITARY AIR STRIKE ON VILLAGE IN DEPAYIN TOWNSHIP ON SUNDAY ///\n\nLEBANON: ISRAELI DRONE STRIKE ON CAR NEAR TYRE THIS MORNING KILLS ONE ///');
    const words = a.mentions.filter((m) => m.resolution.place).map((m) => m.resolution.mention.text);
    expect(words).not.toContain('CENTRE');
    expect(words).not.toContain('ON');
    expect(words).toContain('TYRE');
  });

  it('remembers a person named right after a dateline, given name unknown', async () => {
    const a = await analyse('JERUSALEM Yoav Gallant visited troops near the border on Monday. Gallant said the army would keep up the pressure.');
    const gallant = a.mentions.filter((m) => m.resolution.mention.text === 'Gallant');
    expect(gallant.length).toBeGreaterThan(0);
    for (const m of gallant) expect(m.resolution.mention.inName).toMatch(/person|longer name/);
    expect(gallant.at(-1)!.resolution.mention.inName).toMatch(/^person/);
  });

  it('reads a name across a wrapped line\'s break, but not across a paragraph\'s', async () => {
    const wrapped =
      'Ethiopian and Eritrean forces have made rapid gains in recent weeks. They captured Shire, also known as Inda\n' +
      'Selassie, on Oct. 17 after days of heavy fighting and air strikes, and took Alamata and Korem in southern\n' +
      'Tigray the following day. Many residents of Shire fled east towards Adwa and Aksum after the fighting.';
    const a = await analyse(wrapped, '2022-10-20');
    const inda = a.mentions.find((m) => m.resolution.mention.text.startsWith('Inda'));
    expect(inda?.resolution.mention.text).toBe('Inda\nSelassie');
    expect(inda?.resolution.place?.countryCode).toBe('ET');
    const apart = await analyse('Heavy shelling hit Beit\n\nHanoun residents said.', '2025-05-29');
    expect(apart.mentions.map((m) => m.resolution.mention.text)).not.toContain('Beit\n\nHanoun');
  });

  it('reads a capitalised "Front" after a name as a group\'s name, not a front line ("Liberation Front")', async () => {
    const text =
      "Rebel fighters from Ethiopia's Tigray region have taken control of the town of Lalibela, residents say.\n\n" +
      "The fighters, loyal to the Tigray People's Liberation Front (TPLF), entered the town on Thursday afternoon\n" +
      'without meeting resistance, after government troops and regional forces withdrew, two residents told the BBC.';
    const a = await analyse(text, '2021-08-06');
    const liberation = a.mentions.find((m) => m.resolution.mention.text === 'Liberation');
    expect(liberation?.resolution.mention.typeCue ?? null).toBeNull();
    expect(liberation?.role.role).not.toBe('incident');
  });

  it('does not take an everyday word at a sentence start for a place', async () => {
    const a = await analyse('Police said the blast damaged three houses in Kharkiv.');
    expect(a.mentions.map((m) => m.resolution.mention.text)).not.toContain('Police');
  });
});
