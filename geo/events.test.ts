import { describe, expect, it } from 'vitest';
import { attribution, eventCues, eventType } from './events.ts';

const TYPES: Array<[string, string]> = [
  ['The naval forces carried out a targeting operation yesterday evening against the American merchant ship "STAR ORION" in the Gulf of Aden with naval missiles.', 'ship_attack'],
  ["Its drones had destroyed two Russian Be-12 amphibious aircraft and a Mi-8 helicopter at an airfield near Kacha.", 'drone_strike'],
  ['Its drones destroyed two aircraft and a Mi-8 helicopter.', 'drone_strike'],
  ['Russian jets struck the town of Kupiansk on Monday.', 'air_strike'],
  ['Over the past day, the units also repelled four counterattacks near Rodynske, the ministry said.', 'ground_assault'],
  ['The Tsentr battlegroup defeated Ukrainian units near Krasnoarmeysk and Shevchenko.', 'ground_assault'],
  ['Battlegroup Centre inflicted defeat on the manpower and equipment of two brigades near Kurakhovo.', 'ground_assault'],
  ['Units of the Yug battlegroup improved their tactical position near Dzerzhinsk.', 'ground_assault'],
  ['Russian missiles slammed into the centre of Vinnytsia.', 'missile_strike'],
  ['Shahed drones hit an apartment block in Odesa.', 'drone_strike'],
  ['A Russian warplane dropped a bomb on the theatre.', 'air_strike'],
  ['A guided bomb hit a hypermarket on Saturday afternoon.', 'air_strike'],
  ['Shelling hit residents queueing for bread in Chernihiv.', 'shelling'],
  ['Russian troops stormed the village and took control of it.', 'ground_assault'],
  ['Two border guards were martyred in a clash with an armed group near the border on Sunday.', 'ground_assault'],
  ['Two Naxalites were killed in an encounter with security forces in the forests near the village on Sunday.', 'ground_assault'],
  ['A soldier was killed in a gunfight with militants in the forests of the district.', 'ground_assault'],
  ['Suspected militants attacked an army post on Sunday, killing 15 soldiers.', 'ground_assault'],
  ['Government troops clashed with rebel fighters near the border on Tuesday.', 'ground_assault'],
  ['An exchange of fire lasted hours in the camp on Wednesday.', 'ground_assault'],
  ['Police and gang members fought a gun battle in the neighbourhood overnight.', 'ground_assault'],
  ['Rebels entered the capital on Sunday and declared the fall of the government.', 'ground_assault'],
  ['Fighters walked into the centre of the city early on Sunday, meeting no resistance.', 'ground_assault'],
  ['Police shot at protesters who forced their way into parliament on Tuesday.', 'other'],
  ['Riot police used water cannon and tear gas to clear protesters from the avenue late on Saturday.', 'other'],
  ['Russian troops advanced near the village and captured Rivnopil, analysts said.', 'ground_assault'],
  // The speaker's title is not the weapon.
  ['Troops destroyed a pontoon crossing near the village, the air force commander said.', 'other'],
  ['A suicide bombing at the airport gate killed 13 troops.', 'explosion'],
  ['Israeli special forces freed four hostages in a raid on Nuseirat.', 'raid'],
  ['A Houthi missile struck a cargo ship in the Gulf of Aden.', 'ship_attack'],
  // The ship must be what was hit, or what reports the attack.
  ['Russian drones struck port infrastructure in Izmail overnight, damaging a berth used by foreign-flagged ships.', 'drone_strike'],
  ['A bulk carrier reported an explosion in the water close to the vessel about 65 nautical miles west of Hodeidah.', 'ship_attack'],
  ['Houthi fighters dropped from a helicopter onto the car carrier and stormed its bridge.', 'raid'],
  ['Officials reported an incident near the border.', 'other'],
  ['Militants ambushed a police convoy on Sunday.', 'ground_assault'],
  ['Russian forces recently advanced near the town, analysts said.', 'ground_assault'],
  ['The group said it had seized the village after heavy losses.', 'ground_assault'],
  ['Jihadist fighters have attacked a military base in the north-east, killing at least five soldiers.', 'ground_assault'],
  ['A roadside bomb killed two soldiers near the town on Sunday, the army said.', 'explosion'],
  // "The bomber" is a person with a bomb; bombers are aircraft; a bomber base types nothing.
  ['The bomber targeted recruits queuing outside the base.', 'explosion'],
  ['The first bomb went off inside the cathedral at about 8:45 a.m., the military said.', 'explosion'],
  ['Russian aviation struck the areas of three villages overnight.', 'air_strike'],
  ['The enemy made eight attempts to advance near the village on Thursday.', 'ground_assault'],
  ['A van laden with explosives blew up at a military checkpoint early on Tuesday, killing 10 people.', 'explosion'],
  ['Russian bombers struck the town overnight.', 'air_strike'],
  // Why people moved is not this event's type.
  ['The strike hit a monastery where 150 people displaced by fighting were sheltering.', 'other'],
  ['An air strike hit a school where families fleeing the shelling had sheltered.', 'air_strike'],
];

describe('eventType', () => {
  it.each(TYPES)('%s -> %s', (sentence, type) => {
    expect(eventType(sentence, 0).type).toBe(type);
  });

  it('reads an operation against fighters and an engagement as events', () => {
    expect(eventCues('Security forces conducted an intelligence based operation in the area.').map((c) => c.text)).toEqual(['intelligence based operation']);
    expect(eventCues('India responded by striking military targets at six air bases overnight.').map((c) => c.text)).toEqual(['striking']);
    expect(eventCues('Shops closed early as rumours of attacks spread on social media.').map((c) => c.text)).toEqual([]);
    expect(eventCues('In another engagement, in Kulachi area, security forces foiled the plan.').map((c) => c.text)).toEqual(['another engagement']);
  });

  it('reads a town cleared of troops and a village being retaken as events', () => {
    expect(eventCues('Ukrainian forces have fully cleared the eastern town of Lyman of Russian troops.').map((c) => c.text)).toEqual(['cleared the eastern town of Lyman of Russian troops']);
    expect(eventCues('Forces closed in on the town, retaking the village of Yampil on Tuesday.').map((c) => c.text)).toEqual(['retaking']);
  });

  it('reads flares and an investigation launched as no attack, a missile launched as one', () => {
    expect(eventCues('The enemy launched illumination flares over the border strip.').map((c) => c.text)).toEqual([]);
    expect(eventCues('Police launched an investigation into the fire.').map((c) => c.text)).toEqual([]);
    expect(eventCues('The enemy launched two missiles at the port.').map((c) => c.text)).toEqual(['launched']);
  });

  it('reads force against protesters as an event', () => {
    expect(eventCues('Police shot at protesters who forced their way into parliament on Tuesday.').map((c) => c.text)).toEqual(['shot at']);
    expect(eventCues('Riot police used water cannon and tear gas to clear protesters from the avenue.').map((c) => c.text)).toEqual(['water cannon', 'tear gas']);
  });

  it('reads bodies found or dumped as an event', () => {
    expect(eventCues('On Sunday, authorities found the bodies of seven men on a highway outside the town.').map((c) => c.text)).toEqual(['found the bodies']);
    expect(eventCues('The bodies of eight men were found in a ravine near the city.').map((c) => c.text)).toEqual(['bodies of eight men were found']);
    expect(eventCues('Rescue workers found the body of a man in the ruins of the building on Monday.')).toEqual([]);
    expect(eventCues('Funeral prayers for the martyred soldiers were offered at the headquarters on Monday.')).toEqual([]);
  });

  it("reads no event in a death at home, a weapon's kind or a risk", () => {
    expect(eventCues('She died at her home in Vienna on 12 May.')).toEqual([]);
    expect(eventCues('Shares of a maker of long-range attack drones jumped 18% in Warsaw trading on Wednesday.')).toEqual([]);
    expect(eventCues('Production is dispersed across several regions to reduce the risk from air strikes.')).toEqual([]);
  });

  it('reads no event that nothing did', () => {
    expect(eventCues('Nothing struck Sderot.')).toEqual([]);
    expect(eventCues('None of the shells hit the town, officials said.')).toEqual([]);
    expect(eventCues('In the Volyn and Polissia directions, no signs of the formation of offensive groups were found.')).toEqual([]);
  });

  it('reads no event that people fear', () => {
    expect(eventCues('Traffic on the road was reduced on Monday, according to transporters, who say they fear new ambushes.')).toEqual([]);
    expect(eventCues('Residents fear further attacks after gunmen killed five people.').map((c) => c.text)).toEqual(['killed']);
  });

  it('reads the weapon, not a count of the explosions it made', () => {
    const text = '**Krasnopilska hromada:** the enemy fired mortars at the village of Mezenivka (11 explosions).';
    expect(eventType(text, text.indexOf('Mezenivka')).type).toBe('shelling');
    const bombs = 'The Russian aviation dropped two guided aerial bombs (KAB) on the outskirts of Velyka Pysarivka (2 explosions).';
    expect(eventType(bombs, bombs.indexOf('Velyka')).type).toBe('air_strike');
  });

  it('reads the weapon, not the attackers, when a sentence names both', () => {
    const sentence = "Shelling by Sudan's paramilitary Rapid Support Forces on a market in Omdurman killed 54 people.";
    expect(eventType(sentence, sentence.indexOf('Omdurman')).type).toBe('shelling');
    expect(eventType('Gunmen stormed a village in Plateau state, killing 12.', 30).type).toBe('ground_assault');
    // A clause set off about the place names an older event: the main clause's weapon wins.
    const lashio = "An airstrike by Myanmar's military on Thursday killed nine civilians in Lashio, a city in the northeast that was captured last year by an ethnic armed group, a spokesperson said.";
    expect(eventType(lashio, lashio.indexOf('Lashio')).type).toBe('air_strike');
    // Unless the main clause names none: the clause tells the place's own kind of harm.
    const sennar = 'The fall of Jebel Moya gave the paramilitary force a clear path south toward Singa and the town of Sennar, which has also come under sporadic shelling.';
    expect(eventType(sennar, sennar.indexOf('Sennar')).type).toBe('shelling');
  });

  it('reads "a bomber base" as no weapon', () => {
    const sentence = 'Debris fell on a house in Engels, home to a strategic bomber base, after a drone attack.';
    expect(eventType(sentence, sentence.indexOf('Engels')).type).toBe('drone_strike');
  });

  it('reads "air raid sirens" as a warning, not as the weapon', () => {
    const sentence = 'A ballistic missile set off air raid sirens in Tel Aviv and was intercepted.';
    expect(eventType(sentence, sentence.indexOf('Tel Aviv')).type).toBe('missile_strike');
  });

  it('reads an air force raid as an air strike', () => {
    expect(eventType('Its air force conducted a raid on a command post near Sevastopol.', 50).type).toBe('air_strike');
  });
});

describe('attribution', () => {
  it.each([
    // A wire dateline before the subject is no part of it.
    ["MOSCOW, Feb 10 (Reuters) - Russia's Defence Ministry said on Monday its forces had captured two villages.", "Russia's Defence Ministry"],
    // "alleged" before a noun is no speech; the speaker comes at the end.
    ['Jets carried out strikes on alleged militant hideouts in the province, killing nine people, officials said.', 'officials'],
    ["Russia's defence ministry said its forces had foiled the attack.", "Russia's defence ministry"],
    ['The missile landed in a field, according to Kirby.', 'Kirby'],
    ['John Kirby, the US national security council spokesperson, said on Thursday that Russia fired it.', 'John Kirby, the US national security council spokesperson'],
    ['Mykolaiv regional governor Vitaliy Kim said the missile hit the building.', 'Mykolaiv regional governor Vitaliy Kim'],
    // A participle is no speech: who is blamed does not speak.
    ['A drone attack blamed on the paramilitary RSF killed 12 people at a camp on Tuesday, a medical group said.', 'a medical group'],
    // The time of a clause is no part of its subject.
    ['Jets struck the suburbs late on Thursday, hours after its military warned residents to leave.', 'its military'],
    // A sentence's capital is no part of the name: "claimed by the Mariupol city council".
    ['The Mariupol city council said a Russian warplane dropped a bomb on the theatre.', 'the Mariupol city council'],
    // Sources, unnamed, are who claims it.
    ['M23 rebels seized the town on Tuesday, cutting a key supply route, local sources said.', 'local sources'],
    // A live blog's time stamp and a brief's heading are no part of it.
    ['- **9:14 am** — The IDF says troops operating in Rafah killed three gunmen overnight.', 'the IDF'],
    ['- **June 9, 23:10** — Chernihiv regional Governor Vyacheslav Chaus said a drone hit a facility.', 'Chernihiv regional Governor Vyacheslav Chaus'],
  ])('%s -> %s', (sentence, who) => {
    expect(attribution(sentence, null).claimedBy).toBe(who);
  });

  it('names no claimant for a passive report', () => {
    expect(attribution('Explosions were also reported in the town of Sudzha on Tuesday.', null).claimedBy).toBeNull();
  });

  it('reads a claimant named beside a title, the title in capitals or first', () => {
    const capitals = attribution('A guided bomb hit the town, killing two, Vadym Filashkin, Head of Donetsk Oblast Military Administration, reported.', null);
    expect(capitals.claimedBy).toBe('Vadym Filashkin, Head of Donetsk Oblast Military Administration');
    const titleFirst = attribution('Shelling killed three people at a market on Monday, the Moscow-installed head of the region, Denis Pushilin, said.', null);
    expect(titleFirst.claimedBy).toBe('Denis Pushilin, the Moscow-installed head of the region');
    // A list of places before the speaker is no appositive.
    expect(attribution('Drones hit Kharkiv, Sumy, Poltava, the governor said.', null).claimedBy).toBe('the governor');
  });

  it('reads who denies "a charge X denied" as X, and keeps the main clause its claimant', () => {
    const a = attribution("Azerbaijan's defence ministry said Armenian forces had fired at its positions near the border, a charge Yerevan denied.", null);
    expect([a.claimedBy, a.disputedBy]).toEqual(["Azerbaijan's defence ministry", 'Yerevan']);
    const b = attribution('The army said rebels shelled the town on Sunday, an accusation the rebel command has rejected.', null);
    expect([a.claimedBy !== null, b.disputedBy]).toEqual([true, 'the rebel command']);
  });

  it('does not make the side that denies a claim its claimant', () => {
    const a = attribution('Ukraine denied Russian claims that it had shelled a hospital in Donetsk, saying the attack was staged.', null);
    expect(a.disputedBy).toBe('Ukraine');
    expect(a.claimedBy).toBe('Russian');
  });

  it('reads sirens and denied events as no event', () => {
    expect(eventCues('Sirens sounded in Kyiv for three hours, but no strikes were reported in the capital.')).toEqual([]);
    expect(eventCues('The missile did not hit the plant, officials said.')).toEqual([]);
    expect(eventCues('Missiles hit the plant, officials said.').map((c) => c.text)).toEqual(['hit']);
    expect(eventCues('A private house and a car were set on fire.').map((c) => c.text)).toEqual(['set on fire']);
    // A campaign as the time of something else.
    expect(eventCues('Among those released are servicemen captured during the fighting in the Kursk region.')).toEqual([]);
    // The Russian defence ministry's words for a claimed strike on troops.
    expect(eventCues('The battlegroup inflicted damage on the manpower of three brigades near Kupyansk.').map((c) => c.text)).toEqual(['inflicted damage']);
    expect(eventCues('Its forces repelled Ukrainian attempts to advance toward the settlements.').map((c) => c.text)).toEqual(['repelled']);
    expect(eventCues("Following the RSF's takeover of Singa, the state capital, aid stopped.").map((c) => c.text)).toEqual(['takeover of']);
    // An event already told, named as a time, is not told again; an indefinite one is.
    expect(eventCues('Stock markets in London fell sharply on Monday after the attack, traders said.')).toEqual([]);
    expect(eventCues('Two people were hurt after a drone strike on a depot.').map((c) => c.text)).toEqual(['drone strike']);
    // An event reacted to is told elsewhere; one told inside the reaction is told here.
    expect(eventCues('In Damascus, the foreign ministry condemned the strikes.')).toEqual([]);
    expect(eventCues('The UN condemned an attack on a school that killed 30 people.').map((c) => c.text)).toEqual(['attack', 'killed']);
    // An event word as a purpose or a charge.
    expect(eventCues('The service detained a man in Odesa suspected of spotting targets for Russian missile strikes.')).toEqual([]);
  });

  // Each pair: a sentence whose event word is no conflict event, and one like it that tells one.
  it.each([
    ['A powerful winter storm struck eastern Libya on Tuesday.', 'A drone struck eastern Libya on Tuesday.'],
    ['Floods hit the southern city of Kherson after days of rain.', 'Shells hit the southern city of Kherson after days of calm.'],
    ["Officials insisted that no deal can be struck over Kyiv's head.", 'Officials said a missile struck Kyiv overnight.'],
    ['Troops staged a simulated attack across the river on Monday.', 'Troops staged an attack across the river on Monday.'],
    ['People gathered at the station on Monday, two years after a missile struck the platform.', 'People gathered at the station on Monday, hours after a missile struck the platform.'],
    ['The mayor read out the names of the dead.', 'The mayor said three were dead.'],
  ])('finds no event in "%s"', (none, some) => {
    expect(eventCues(none)).toEqual([]);
    expect(eventCues(some).length).toBeGreaterThan(0);
  });

  it('reads an incident placed by a distance as an event, and a bare "incident" as none', () => {
    expect(eventCues('The agency received a report of an incident 40NM west of Aden.').map((c) => c.text)).toEqual(['incident']);
    expect(eventCues('The incident drew condemnation from the agency.')).toEqual([]);
  });

  it('reads an abduction as an event, not the abducted as one', () => {
    expect(eventCues('Separatist fighters abducted five civilians in the town on Wednesday.').map((c) => c.text)).toEqual(['abducted']);
    expect(eventCues('Gunmen kidnapped a priest near the border.').map((c) => c.text)).toEqual(['kidnapped']);
    expect(eventCues('Talks in Doha covered the return of kidnapped children.')).toEqual([]);
  });

  it('reads arson as an event, however it is worded', () => {
    expect(eventCues('Settlers torched cars and homes in the village overnight.').map((c) => c.text)).toEqual(['torched']);
    expect(eventCues('Masked men set fire to a mosque near the town.').map((c) => c.text)).toEqual(['set fire to']);
    expect(eventCues('Hundreds of settlers rampaged through the town, setting fire to homes.').map((c) => c.text)).toEqual(['rampaged', 'setting fire to']);
    expect(eventCues('Two men on a motorcycle threw a fragmentation grenade at the house.').map((c) => c.text)).toEqual(['threw a fragmentation grenade']);
  });

  it('reads a protest strike as no attack, and troops neutralising fighters as one', () => {
    expect(eventCues('State media made no mention of the attack on the town.')).toEqual([]);
    expect(eventCues('Traders observed a shutter-down strike on Tuesday.')).toEqual([]);
    expect(eventCues('Russia kept two missile carriers on combat duty, with a total salvo of up to 16 missiles.')).toEqual([]);
    expect(eventCues('Doctors began a hunger strike outside the hospital.')).toEqual([]);
    expect(eventCues('Security forces neutralised three more militants.').map((c) => c.text)).toEqual(['neutralised']);
  });

  it('reads shootings, machete attacks, massacres and rammings as events, and shooting down as none', () => {
    expect(eventCues('Attackers burst into the school on Saturday, shooting and hacking pupils with machetes.').map((c) => c.text)).toEqual(['shooting', 'hacking pupils with machetes']);
    expect(eventCues('Gunmen hacked three farmers to death in Benue.').map((c) => c.text)).toEqual(['hacked three farmers to death']);
    expect(eventCues('Two gunmen shot dead a rubber tapper as he rode home.').map((c) => c.text)).toEqual(['shot dead']);
    expect(eventCues('A Palestinian rammed his car into a bus stop, wounding three.').map((c) => c.text)).toEqual(['rammed his car', 'wounding']);
    expect(eventCues('Poland will consider shooting down Russian missiles over western Ukraine.')).toEqual([]);
    expect(eventCues('Two British men captured while fighting for Ukraine were sentenced to death.')).toEqual([]);
    expect(eventCues('Fighting for Bakhmut went on.').map((c) => c.text)).toEqual(['Fighting']);
    expect(eventCues('Armenian units had also subjected settlements of the Tartar district to artillery fire overnight.').map((c) => c.text)).toEqual(['subjected settlements of the Tartar district to artillery fire']);
    // A log's shorthand: what hit and how many.
    expect(eventCues('At 09:40 on September 2, 122-mm artillery, 5 shells.').map((c) => c.text)).toEqual(['5 shells']);
    expect(eventCues('The army bought 155,000 shells last year.')).toEqual([]);
    expect(eventCues('A drone dropped an explosive device on a car.').map((c) => c.text)).toEqual(['dropped an explosive device']);
    expect(eventCues('The presidency condemned the "horrific massacre" in the camp.')).toEqual([]);
  });

  it('reads no weapon in the things a strike destroyed, nor in the aircraft it used', () => {
    expect(eventType('-- Near Baiji, seven strikes struck four ISIL tactical units and destroyed 14 ISIL fighting positions, two ISIL vehicle-borne improvised explosive devices (VBIEDs).', 9).type).not.toBe('explosion');
    expect(eventType('Near Ramadi, four strikes destroyed three ISIL fighting positions and an ISIL improvised explosive device (IED).', 5).type).not.toBe('explosion');
    expect(eventType('Near Mosul, two strikes destroyed an ISIL mortar position.', 5).type).not.toBe('shelling');
    expect(eventType('Coalition forces conducted 18 strikes using attack, bomber, fighter and remotely piloted aircraft near Baiji.', 90).type).not.toBe('explosion');
    expect(eventCues('Two strikes destroyed an ISIL fighting position.').map((c) => c.text)).toEqual(['strikes', 'destroyed']);
    // (A bomb that went off is still one.)
    expect(eventType('An improvised explosive device exploded near a police patrol in Ramadi.', 60).type).toBe('explosion');
  });

  it('reads an accident or a disaster as no attack, and an attack beside one as an attack', () => {
    expect(eventCues('Investigators examined the wreckage of a jet that collided with a coast guard aircraft on a runway at Haneda airport on Tuesday, killing five.')).toEqual([]);
    expect(eventCues('The death toll from the magnitude 7.5 earthquake that struck the Noto peninsula rose above 80, most of them in the worst-hit city of Wajima.')).toEqual([]);
    expect(eventCues('An earthquake strikes eastern Turkey, killing 12.')).toEqual([]);
    expect(eventCues('A Russian drone struck Kharkiv after floods hit the region.').map((c) => c.text)).toEqual(['struck']);
    expect(eventCues('Russian forces shelled the dam, causing floods downstream in Kherson.').map((c) => c.text)).toEqual(['shelled']);
  });

  it('reads a repelled drone attack as a drone attack, and a repelled incursion as a ground one', () => {
    expect(eventType('At night, a massive UAV attack was repelled in Taganrog, the governor wrote.', 45).type).toBe('drone_strike');
    expect(eventType('Russia said it repelled an incursion by saboteurs into its Belgorod region.', 60).type).toBe('ground_assault');
    expect(eventCues('The plant has repeatedly lost external power because of fighting nearby.')).toEqual([]);
    expect(eventCues('Ukraine rarely comments on attacks inside Russia or in Crimea.')).toEqual([]);
    expect(eventCues('The court issued a warrant over his alleged involvement in abductions of children.')).toEqual([]);
  });

  it("reads protesters' anger as no attack, and fire on protesters as one", () => {
    expect(eventCues('In Baghdad, hundreds of protesters gathered outside a Turkish visa center, burning Turkish flags.')).toEqual([]);
    expect(eventCues('Demonstrators in Karbala stormed the consulate on Thursday.')).toEqual([]);
    expect(eventCues('Troops opened fire on protesters in Bamako, killing four.').map((c) => c.text)).toEqual(['opened fire', 'killing']);
    expect(eventCues('Gunmen stormed a police station in Kidal.').map((c) => c.text)).toEqual(['stormed']);
  });

  it('resolves "he said" to the last named speaker', () => {
    expect(attribution('Russia also launched more of them on Tuesday, he added.', 'Kirby').claimedBy).toBe('Kirby');
  });

  it('keeps a denial as a dispute', () => {
    const a = attribution("Russia's defence ministry denied bombing the building.", null);
    expect(a.disputedBy).toBe("Russia's defence ministry");
  });

  it('says nothing when nobody is named', () => {
    expect(attribution('A missile hit the school.', null)).toMatchObject({ claimedBy: null, disputedBy: null });
  });
});
