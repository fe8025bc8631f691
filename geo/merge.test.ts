import { describe, expect, it } from 'vitest';
import { runPipeline } from './pipeline.ts';
import { analyse, gazetteer, report } from '../tests/helpers/gazetteer.ts';

async function incidents(...reports: Array<[string, string, string]>) {
  const g = await gazetteer();
  return runPipeline(g, reports.map(([id, published, text]) => report(text, published, id))).incidents.features;
}

describe('one incident, many reports', () => {
  it('merges two outlets telling the same strike', async () => {
    const features = await incidents(
      ['a', '2023-06-28', 'Russian missiles hit the centre of Kramatorsk on Tuesday evening, killing nine people.'],
      ['b', '2023-06-29', 'The toll from the Russian missile that hit a restaurant in Kramatorsk on Tuesday has risen to 11.'],
    );
    expect(features).toHaveLength(1);
    expect(features[0]!.properties.sources.map((s) => s.article_id).sort()).toEqual(['a', 'b']);
    expect(features[0]!.properties.event_date).toBe('2023-06-27');
  });

  it('merges a region-level and a country-level account into the precise one', async () => {
    const features = await incidents(
      ['a', '2024-01-04', 'One missile was fired on December 30, landing in an open field in the Zaporizhia region.'],
      ['b', '2024-01-06', 'Kirby said Russia fired a North Korean ballistic missile into Ukraine on 30 December.'],
    );
    expect(features).toHaveLength(1);
    expect(features[0]!.properties.geo_precision).toBe('region');
    expect(features[0]!.properties.sources).toHaveLength(2);
  });

  it("dates a report's aftermath sentence by the strike it names, and quotes the telling of the strike", async () => {
    const features = await incidents([
      'a',
      '2024-03-05',
      "Rescuers in the northeastern Ukrainian city of Sumy ended their search of a partly collapsed apartment block on Tuesday, with the death toll from Sunday's Russian drone strike standing at nine. A Russian drone hit the five-storey building in Sumy early on Sunday, officials said.",
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Sumy', '2024-03-03']]);
    expect(features[0]!.properties.sources[0]!.quote).toBe('A Russian drone hit the five-storey building in Sumy early on Sunday, officials said.');
  });

  it('keeps strikes on different days apart', async () => {
    const features = await incidents(
      ['a', '2024-03-04', 'A drone hit an apartment block in Odesa on Saturday, killing 12.'],
      ['b', '2024-03-16', 'Two missiles struck Odesa on Friday, killing 14 people.'],
    );
    expect(features).toHaveLength(2);
  });

  it('keeps apart two strikes one report tells at one city, each to its own day', async () => {
    const features = await incidents([
      'a',
      '2024-06-11',
      'A drone dropped explosives on a market in Nikopol on Monday morning, killing a woman, the governor said. On Sunday, shelling wounded four people in Nikopol, he said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Nikopol', '2024-06-09'],
      ['Nikopol', '2024-06-10'],
    ]);
  });

  it("keeps one event where a report's other day is the rescue's, or the morning after a night attack", async () => {
    const features = await incidents(
      ['a', '2024-06-11', 'Rescuers searched the rubble of a block of flats in Nikopol on Tuesday. Russian shelling hit the building in Nikopol on Monday, the governor said.'],
      ['b', '2024-06-11', 'Gunmen killed nine people in an overnight attack in the Nigerian state of Benue, police said on Tuesday. The attackers stormed a village in the Guma area late on Monday.'],
    );
    expect(features.map((f) => f.properties.event_date)).toEqual(['2024-06-10', '2024-06-10']);
  });

  it('dates an undated lede by the sentence after that opens on its attackers, though the report tells other days', async () => {
    const features = await incidents([
      'a',
      '2024-06-11',
      'Gunmen killed 19 people in an attack on a village in Maru, Zamfara State. The attackers, who arrived on motorcycles at about 5 p.m. on Sunday, shot people at the market. In Borno State, troops repelled an attack on a military base late on Monday.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([
      ['Maru', '2024-06-09'],
      ['Borno State', '2024-06-10'],
    ]);
  });

  it('reads a province no populated place is filed under as holding the town named before it: one event', async () => {
    // GeoNames files Kaya under the Centre-Nord region; Natural Earth's unit is the province.
    const features = await incidents(['a', '2024-06-11', 'Jihadists attacked an army post in Kaya, Sanmatenga province, on Sunday, killing 12 soldiers.']);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Kaya']);
  });

  it('reads a name qualified only at a later mention as another place, and its qualifier as no event', async () => {
    const features = await incidents([
      'a',
      '2024-06-11',
      "Armed groups fought in Tripoli on Monday, killing six people, Libya's ministry of health said. Flights to Tripoli were diverted to Misrata. The embassy of Lebanon said a student from Tripoli in northern Lebanon was wounded in the fighting.",
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.country_code])).toEqual([['Tripoli', 'LY']]);
  });

  it('keeps apart an assault told at a region and a drone strike on a town in it, told in another sentence', async () => {
    const features = await incidents([
      'a',
      '2024-06-11',
      'Russian drones hit a power substation in Shostka overnight, the regional administration said. Troops repelled a Russian assault in the north of Sumy Oblast on Monday evening, the General Staff said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_type]).sort()).toEqual([
      ['Shostka', 'drone_strike'],
      ['north of Sumy region', 'ground_assault'],
    ]);
  });

  it('dates "In the same barrage" and "Hours earlier" by the day of the event told before', async () => {
    const features = await incidents([
      'a',
      '2025-06-20',
      'A missile hit a hospital in Beersheba early on Thursday, wounding 40 people.\n\nIn the same barrage, a missile struck a tower in Ramat Gan.\n\nThe prime minister visited the hospital.\n\nHours earlier, jets struck the reactor at Arak.\n\nOn Tuesday, strikes hit a police building in Tabriz.\n\nIsrael launched its campaign on 13 June. The health ministry says at least 224 people have been killed in Iran.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Arāk', '2025-06-19'],
      ['Beersheba', '2025-06-19'],
      ['Ramat Gan', '2025-06-19'],
      ['Tabriz', '2025-06-17'],
    ]);
  });

  it('folds a wider telling of another kind with no time of its own into the event', async () => {
    const features = await incidents([
      'a',
      '2024-10-06',
      'A drone struck a minibus near the town of Debre Tabor in the Amhara region on Saturday, killing 12 people. The army has been fighting the Fano militia in Amhara for two years.',
    ]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Debre Tabor']);
  });

  it('keeps a region standing for a settlement the gazetteer lacks apart from a town of the region, and one such settlement told twice together', async () => {
    const unheld = await incidents([
      'a',
      '2025-10-30',
      "Units liberated the settlement of Novopavlivka in the Donetsk People's Republic, the ministry said on Thursday. Over the past day, units also repelled four counterattacks near Rodynske.",
    ]);
    expect(unheld.map((f) => f.properties.place_name).sort()).toEqual(['Donetsk region', 'Rodynske']);
    const twice = await incidents([
      'a',
      '2025-06-17',
      'Key developments on June 17:\n\n- Russian drones hit energy infrastructure in Shostka overnight\n- Guided aerial bomb kills woman in Krasnopillia in Sumy Oblast\n- Ukrainian forces repel assault near Andriivka, north of Yunakivka\n\nUkrainian troops repelled a Russian assault near the village of Andriivka in Sumy Oblast on the evening of June 16, the General Staff said.',
    ]);
    const assaults = twice.filter((f) => f.properties.event_type === 'ground_assault');
    expect(assaults.map((f) => [f.properties.admin1, f.properties.event_date])).toEqual([['Sumy', '2025-06-16']]);
  });

  it('keeps two events one report tells at one city and its region apart', async () => {
    const features = await incidents([
      'a',
      '2024-01-04',
      'On Thursday the air force conducted a raid on a command post near the occupied city of Sevastopol and hit a military unit in a separate attack on the Crimean Peninsula.',
    ]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Crimean Peninsula', 'Sevastopol']);
  });

  it('does not read a foreign alternate name ("Hamas" for Hamm) far from the report\'s other places', async () => {
    const features = await incidents(['a', '2024-05-08', 'Israeli jets hit a school in Khan Younis on Tuesday. The military said it targeted a Hamas command post.']);
    expect(features.map((f) => f.properties.country_code)).toEqual(['PS']);
  });

  it('places an incident given as a distance and direction from a place, with that much uncertainty', async () => {
    const [f, ...rest] = await incidents(['a', '2024-03-05', 'A missile hit a bulk carrier about 50 nautical miles southeast of Aden on Tuesday, the navy said.']);
    expect(rest).toHaveLength(0);
    // 50 nm = 92.6 km south-east of Aden (12.78 N, 45.04 E): at sea, not in the city.
    const [lon, lat] = f!.geometry.coordinates as [number, number];
    expect(lat).toBeCloseTo(12.78 - (0.7 * 92.6) / 111.32, 1);
    expect(lon).toBeGreaterThan(45.5);
    expect(f!.properties.place_name).toBe('93 km southeast of Aden');
    expect(f!.properties.geo_precision).toBe('region');
    expect(f!.properties.radius_km).toBeGreaterThan(10);
    // With the distance in other units too, and the place called its region's capital.
    const field = await incidents(['b', '2025-07-16', 'A drone struck an oil field about 40 kilometres (25 miles) southwest of the regional capital Erbil on Wednesday.']);
    expect(field.map((x) => x.properties.place_name)).toEqual(['40 km southwest of Erbil']);
    // After a province named for the place before it, the distance says where that place lies.
    const district = await incidents(['c', '2025-02-19', 'A roadside bomb struck a vehicle in Mastung district of southwestern Balochistan province, some 40 kilometers (25 miles) south of the provincial capital Quetta, on Tuesday.']);
    expect(district.map((x) => x.properties.place_name)).toEqual(['Mastung District']);
    // The area a sentence opens with is the setting of the event placed from a town in it.
    const opening = await incidents(['d', '2025-02-18', 'In Garissa, gunmen attacked a police post in Hulugho, about 150 kilometres south-east of Garissa town, on Monday night.']);
    expect(opening.map((x) => x.properties.place_name)).toEqual(['150 km southeast of Garissa']);
    // A place's kind words before the comma: the side says where that place lies.
    const camp = await incidents(['e', '2025-07-15', 'Israeli forces raided Balata refugee camp, east of Nablus, early on Tuesday, detaining 12 people.']);
    expect(camp.map((x) => x.properties.place_name)).toEqual(['Balāţah']);
    // Not a sentence's words before an unheld place: "seized Novoliubivka, northwest of Kreminna".
    const unheld = await incidents(['f', '2025-02-20', 'The Russian defence ministry claimed on February 19 that Russian forces seized Novoliubivka, northwest of Kreminna.']);
    expect(unheld.map((x) => x.properties.place_name)).toEqual(['northwest of Kreminna']);
  });

  it("keeps a village where the words put it, by a town of its own unit, whatever the report's other events", async () => {
    const features = await incidents([
      'a',
      '2025-06-17',
      'Israeli strikes across the Gaza Strip killed at least 40 people on Monday, health officials said. Israeli settlers set fire to cars and a house in the village of Sinjil, north of Ramallah, on Monday night, residents said.',
    ]);
    const sinjil = features.find((f) => f.properties.sources.some((s) => s.mention === 'Sinjil'));
    expect([sinjil?.properties.place_name, sinjil?.properties.admin1]).toEqual(['Sinjil', 'West Bank']);
  });

  it("dates an undated lede by the sentence after that tells its day, though the report's other events have theirs", async () => {
    const features = await incidents([
      'a',
      '2025-06-18',
      'Jihadist fighters have attacked a military base in Marte in Borno state, killing at least five soldiers, security sources said. The militants struck late on Monday, using drones to drop explosives on the base. In Zamfara state, bandits killed 23 villagers in Dansadau on Sunday, a local official said.',
    ]);
    const rows = features.map((f) => [f.properties.place_name, f.properties.event_date]).sort();
    expect(rows).toEqual([
      ['Dan Sadau', '2025-06-15'],
      ['Marte', '2025-06-16'],
    ]);
  });

  it("reads \"Ukraine's northeastern Kharkiv region\" after a town as the town's region, not a second event", async () => {
    const features = await incidents([
      'a',
      '2025-10-01',
      "KYIV, Oct 1 (Reuters) - Russian glide bombs struck the town of Zolochiv in Ukraine's northeastern Kharkiv region late on Tuesday, killing two people and wounding seven, the regional governor said, while Ukraine's military said its drones had hit an oil refinery in southern Russia overnight.",
    ]);
    expect(features.map((f) => f.properties.place_name)).not.toContain('Kharkiv region');
    expect(features.map((f) => f.properties.place_name)).toContain('Zolochiv');
  });

  it('maps no event at a state only named for the border the place is near', async () => {
    const features = await incidents([
      'a',
      '2025-07-14',
      'In Jammu and Kashmir, the army said it killed two militants attempting to cross the Line of Control in the Keran sector of Kupwara district on 8 July. In Chhattisgarh, District Reserve Guard personnel killed six Maoists in the forests of southern Bijapur district, near the Telangana border, on 10 July.',
    ]);
    const names = features.map((f) => f.properties.place_name);
    expect(names).toContain('Chhattisgarh region');
    expect(names).not.toContain('Telangana region');
  });

  it('leaves out strikes the report dates only to earlier in the year', async () => {
    const features = await incidents([
      'a',
      '2025-10-13',
      "An Israeli drone struck a car in Tyre on Saturday, killing two people. Israel also struck Beirut's southern suburbs several times earlier this year, saying it was targeting drone sites.",
    ]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Tyre']);
  });

  it("places a named part of a long sea where its shores say, not at the part of a circle", async () => {
    // The Red Sea runs north-west to south-east: its south is off Yemen and Eritrea, not Sudan.
    const [south] = await incidents(['a', '2024-01-10', 'A drone hit a tanker in the southern Red Sea on Tuesday, the navy said.']);
    const [lon, lat] = south!.geometry.coordinates as [number, number];
    expect([south!.properties.place_name, lat < 17.5 && lat > 12.5, lon > 40.5 && lon < 44]).toEqual(['southern Red Sea', true, true]);
    expect(south!.properties.radius_km).toBeLessThan(250);
    const [north] = await incidents(['b', '2024-01-10', 'A drone hit a tanker in the northern Red Sea on Tuesday, the navy said.']);
    expect((north!.geometry.coordinates as [number, number])[1]).toBeGreaterThan(25);
  });

  it("reads the distance through a country's possessive, not the dateline", async () => {
    const features = await incidents([
      'a',
      '2025-08-28',
      "DUBAI, Aug 28 (Reuters) - A bulk carrier reported an explosion in the water close to the vessel about 65 nautical miles west of Yemen's Hodeidah on Wednesday, the UKMTO agency said.",
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['120 km west of Al Ḩudaydah', 'region']]);
  });

  it('reads a city right after a place, behind "in", as where that place lies', async () => {
    const features = await incidents([
      'a',
      '2025-05-20',
      'A strike hit a school in the Jabalia refugee camp, in northern Gaza, killing 12 people on Tuesday.',
    ]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Jabālyā']);
    // ", in <region>," after a place says where it is, in a sentence that also says "meanwhile".
    const pokrovsk = await incidents(['c', '2024-10-01', 'Meanwhile, Russian forces continued their assault on Pokrovsk, in Donetsk Oblast, on Tuesday.']);
    expect(pokrovsk.map((f) => f.properties.place_name)).toEqual(['Pokrovsk']);
    // A list of nearby towns is still a list of places hit.
    const list = await incidents(['b', '2024-03-05', 'Russian drones hit Bucha, Irpin and Hostomel overnight, officials said.']);
    expect(list.map((f) => f.properties.place_name).sort()).toEqual(['Bucha', 'Hostomel', 'Irpin']);
  });

  it('places a village to the named state when the gazetteer only knows a namesake in another', async () => {
    const lede = 'Suspected Boko Haram fighters killed at least 81 people in an attack on a village in northeastern Nigeria';
    const rest = 'on Sunday. The gunmen arrived on motorcycles in Mafa village on Sunday evening and opened fire on residents.';
    // The gazetteer's Mafa is in Borno; the report's is in Yobe.
    const yobe = await incidents(['a', '2024-09-05', `${lede}'s Yobe state ${rest}`]);
    expect(yobe.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Yobe State', 'region']]);
    // Naming Borno in passing does not make the Borno Mafa right.
    const passing = await incidents(['c', '2024-09-05', `${lede}'s Yobe state ${rest} Maiduguri, the capital of neighbouring Borno state, has long been the centre of the insurgency.`]);
    expect(passing.map((f) => f.properties.place_name)).toEqual(['Yobe State']);
    // Where the report puts the event in Mafa's own state, Mafa it is.
    const borno = await incidents(['b', '2024-09-05', `${lede}'s Borno state ${rest}`]);
    expect(borno.map((f) => f.properties.place_name)).toEqual(['Mafa']);
  });

  it("keeps a small town in its own unit when the report names other towns there, whatever unit another event is in", async () => {
    const features = await incidents([
      'a',
      '2025-01-20',
      'Thousands of people displaced from Tibu and Teorama have reached Cucuta. On Sunday, soldiers came under fire near El Tarra, the army said. Elsewhere, rebels attacked a police station in the department of Cauca on Sunday, police said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.admin1]).sort()).toEqual([
      ['Cauca Department', 'Cauca Department'],
      ['El Tarra', 'Norte de Santander Department'],
    ]);
  });

  it("keeps a small town in its own unit in a report whose other events are in several units", async () => {
    const features = await incidents([
      'a',
      '2025-05-19',
      'Drones struck an oil depot in the Lipetsk region overnight, the governor said. A drone killed a driver in Belgorod on Monday. A drone hit a house in the settlement of Klimovo on Sunday, the governor of a neighbouring region said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.admin1]).sort()).toEqual([
      ['Belgorod', 'Belgorod Oblast'],
      ['Klimovo', 'Bryansk Oblast'],
      ['Lipetsk Oblast', 'Lipetsk Oblast'],
    ]);
  });

  it('keeps a list line\'s place when the line names a district the gazetteer cannot pick', async () => {
    const features = await incidents([
      'a',
      '2025-03-14',
      'Russia attacked Ukraine overnight with 117 drones, the Air Force said.\n\n- Kharkiv: a drone hit a private house in the Kyivskyi district; two people were injured.\n- Odesa: debris fell on a warehouse in the port area.',
    ]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Kharkiv', 'Odesa']);
  });

  it('places a village the gazetteer knows only outside the area its words give to that area, apart', async () => {
    const features = await incidents([
      'a',
      '2025-02-10',
      "Russia's Defence Ministry said on Monday its forces had captured the villages of Zelenivka and Dachenske in Ukraine's Donetsk region. Ukraine's General Staff said its forces had repelled 42 Russian assaults near Pokrovsk over the past day.",
    ]);
    // The gazetteer's only Zelenivka is in the Kherson region. The captured villages stay a
    // region-level incident of their own, not folded into Pokrovsk, which lies inside.
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision]).sort()).toEqual([
      ['Donetsk region', 'region'],
      ['Pokrovsk', 'city'],
    ]);
    const donetsk = features.find((f) => f.properties.geo_precision === 'region')!;
    expect(donetsk.properties.explanation.reasons.join(' ')).toMatch(/Zelenivka is in Kherson, not in Donetsk/);
  });

  it('reads a district inside the state the report names, and folds the state-level account into it', async () => {
    const features = await incidents([
      'a',
      '2025-04-14',
      "Gunmen killed at least 12 people in an attack on a farming village in Nigeria's Plateau state, police said on Monday. The attackers stormed Zike village in the Bassa local government area late Sunday.",
    ]);
    // Nigeria has two districts called Bassa; the larger is in Kogi state. "Zike" is only
    // another language's name of Syke, Germany, so places nothing.
    expect(features.map((f) => [f.properties.place_name, f.properties.admin1, f.properties.geo_precision])).toEqual([['Bassa', 'Plateau State', 'district']]);
  });

  it('folds a wider account into a village placed to its district', async () => {
    const features = await incidents([
      'a',
      '2025-04-14',
      "Russian forces attacked Ukraine's Donetsk region on Sunday, the governor said. Troops stormed the village of Zelenivka in the Pokrovsk district on Sunday, he said.",
    ]);
    // The gazetteer's only Zelenivka is in the Kherson region: the account stands for a village
    // it lacks, in the Pokrovsk district, which the region's account tells too.
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Pokrovsk Raion', 'district']]);
    expect(features[0]!.properties.explanation.reasons.join(' ')).toMatch(/placed to Pokrovsk Raion/);
  });

  it('dates a weekend attack to the day a later sentence tells for "the town"', async () => {
    const features = await incidents([
      'a',
      '2025-05-13',
      'Jihadists killed dozens of soldiers in a weekend attack on the northern town of Djibo, security sources said on Tuesday. Hundreds of fighters attacked several positions in the town on Sunday, the sources said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date, f.properties.date_precision])).toEqual([['Djibo', '2025-05-11', 'day']]);
  });

  it('dates an undated lede by a sentence soon after whose event words reach "the city"', async () => {
    const features = await incidents([
      'a',
      '2025-06-24',
      'A Russian missile attack on the central Ukrainian city of Dnipro has killed at least 17 people, officials said, in one of the deadliest strikes on the city this year. The missiles hit the city in the middle of the day on Tuesday, damaging a train.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Dnipro', '2025-06-24']]);
  });

  it("does not give the report's day to an account its own words date too coarsely, nor map it", async () => {
    const features = await incidents([
      'a',
      '2025-03-18',
      'A suicide bomber killed 10 recruits at a base in Mogadishu on Tuesday. The group has also seized several towns in the Hiiraan region this year.',
    ]);
    // "this year" is background: a summary of the year, no event of the report's.
    const rows = features.map((f) => [f.properties.place_name, f.properties.event_date]).sort();
    expect(rows).toEqual([['Mogadishu', '2025-03-18']]);
  });

  it('dates an undated lede by "the strike on Wednesday night" soon after, and keeps "in the area" at the place told before', async () => {
    const features = await incidents([
      'a',
      '2025-03-27',
      "Ukraine's military says it has destroyed a Russian ammunition depot near the occupied town of Rovenky in the Luhansk region. The general staff said the strike on Wednesday night caused secondary detonations. Russian-installed officials in Luhansk said a drone had hit an industrial facility in the area.",
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Rovenky', '2025-03-26']]);
  });

  it("places an event in \"Pakistan's south-western Balochistan province\" in the province", async () => {
    const features = await incidents(['a', '2025-02-19', "Gunmen killed nine passengers after forcing them off a bus in Pakistan's south-western Balochistan province on Tuesday, officials said."]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Balochistan region', 'region']]);
    // The side word after a country's possessive says where the region lies, not which part of it.
    const donetsk = await incidents(['a', '2025-03-12', "Russian shelling killed two people in Ukraine's eastern Donetsk region on Tuesday, officials said."]);
    expect(donetsk.map((f) => f.properties.place_name)).toEqual(['Donetsk region']);
  });

  it("keeps a village in the region its own sentence names, whatever region the report's lede is about", async () => {
    const features = await incidents([
      'a',
      '2025-05-02',
      "A Russian drone attack on Ukraine's southern Odesa region overnight injured two people, the governor said on Friday. In the northeastern Sumy region, Russian guided bombs struck the village of Velyka Pysarivka, killing a woman.",
    ]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Odesa region', 'Velyka Pysarivka']);
  });

  it('lets a dateline give way to a part of its country that the lede puts the event in', async () => {
    const features = await incidents([
      'a',
      '2025-03-12',
      'QUETTA, Pakistan (AP) — Separatist militants stormed a passenger train in southwestern Pakistan on Tuesday, officials said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['southwestern Pakistan', 'region']]);
  });

  it('lets a dateline give way to a named place the gazetteer lacks, and keeps it when the lede names it', async () => {
    // "Sokolyi Khutir" is no place the gazetteer holds: the event is there, not in Kherson.
    const unheld = await incidents([
      'a',
      '2025-03-12',
      'KHERSON, Ukraine (AP) — A Russian drone killed two farmers in the village of Sokolyi Khutir on Tuesday, officials said.',
    ]);
    expect(unheld).toEqual([]);
    const own = await incidents([
      'a',
      '2025-03-12',
      'KHERSON, Ukraine (AP) — Russian shelling killed two people in the city of Kherson on Tuesday, officials said.',
    ]);
    expect(own.map((f) => f.properties.place_name)).toEqual(['Kherson']);
    // At sea "off the port of X" too; the demonym keeps the Belgian village Moha out of it.
    const offshore = await incidents([
      'a',
      '2025-07-07',
      'DUBAI, July 7 (Reuters) - A bulk carrier came under attack by small craft off the Yemeni port of Mokha on Sunday, a British maritime agency said.',
    ]);
    expect(offshore).toEqual([]);
    // An area named by its kind after the name: "in the Tirah valley", "in Colombia's Catatumbo region".
    const area = await incidents(['a', '2025-10-14', 'PESHAWAR, Pakistan (AP) — Security forces killed eight militants in a raid in the Tirah valley on Monday, the military said.']);
    expect(area).toEqual([]);
  });

  it('reads an opening "Meanwhile," as setting the sentence apart, not as a second event in it', async () => {
    const features = await incidents([
      'a',
      '2025-05-06',
      'Drones hit the port on Tuesday. Meanwhile, in North Darfur, the RSF shelled a camp for displaced people near El Fasher on Monday, killing 12 people.',
    ]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['El Fasher']);
  });

  it("dates a lede told only by the day it was said from a later sentence that names the event back", async () => {
    const text = (later: string) =>
      `An air strike on a monastery in the town of Sagaing killed at least 12 people, residents said on Saturday. ${later}`;
    const named = await incidents(['a', '2025-07-12', text('The strike on the village took place at around 1am on Friday, a resident said.')]);
    expect(named.map((f) => f.properties.event_date)).toEqual(['2025-07-11']);
    // A later sentence that does not name the event back dates something else.
    const other = await incidents(['a', '2025-07-12', text('Fighting in the area began on Friday, a resident said.')]);
    expect(other.map((f) => f.properties.event_date)).toEqual(['2025-07-12']);
  });

  it('reads a village-sized place called a district of a city the report names as part of it: one event', async () => {
    const features = await incidents([
      'a',
      '2025-04-28',
      'Russian forces attacked the city of Sumy with drones on the night of 27 April, killing one person. A drone hit a residential building in the Zarichnyi district of the city.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision, f.properties.admin1, f.properties.event_date])).toEqual([
      ['Zarichnyi', 'neighbourhood', 'Sumy', '2025-04-27'],
    ]);
  });

  it('reads "several districts of Goma" as parts of the city, the place shelled', async () => {
    const features = await incidents(['a', '2025-01-27', 'Shells fell on several districts of Goma on Monday as rebels pushed into the city, killing at least 17 people.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision, f.properties.event_type])).toEqual([['Goma', 'city', 'shelling']]);
  });

  it('dates each of two coordinated clauses by its own day', async () => {
    const features = await incidents([
      'a',
      '2025-04-07',
      'A drone hit a car in the village of Stepnohirsk on Saturday, killing a man, and shelling killed two women in the town of Huliaipole on Sunday, the governor said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Hulyaypole', '2025-04-06'],
      ['Stepnohirsk', '2025-04-05'],
    ]);
  });

  it('draws a town that stands for the district named after it as the district', async () => {
    const features = await incidents(['a', '2025-05-03', "A drone attack set fire to an oil depot in the Kotovsk district of Russia's Tambov region early on Saturday."]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision, f.properties.radius_km >= 11])).toEqual([['Kotovsk', 'district', true]]);
    // Named as a town it is the town.
    const town = await incidents(['a', '2025-05-03', "A drone attack set fire to an oil depot in the town of Kotovsk in Russia's Tambov region early on Saturday."]);
    expect(town.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Kotovsk', 'city']]);
  });

  it('keeps an event told "Separately" apart from one told before in a unit around it', async () => {
    // Hsipaw lies in GeoNames' Kyaukme District; "Kyaukme Township" is a township, a district.
    const features = await incidents([
      'a',
      '2025-08-14',
      'A junta airstrike on a village in Kyaukme Township, northern Shan State, killed six civilians on Tuesday. Separately, fighting continued near the town of Hsipaw, residents said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision, f.properties.event_type]).sort()).toEqual([
      ['Hsipaw', 'city', 'ground_assault'],
      ['Kyaukme District', 'district', 'air_strike'],
    ]);
  });

  it('places a town the words put "in" a province at the province when the gazetteer has it only elsewhere', async () => {
    // The gazetteer's only Shorkot is in Khyber Pakhtunkhwa, 150 km from Punjab's centre.
    const shorkot = await incidents(['a', '2025-05-10', 'Missiles hit an air base in Shorkot, in Punjab province, on Saturday, the military said.']);
    expect(shorkot.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Punjab region', 'region']]);
    // A city that is a unit of its own is in the region round it.
    const sevastopol = await incidents(['a', '2025-05-10', 'Missiles hit a naval base in Sevastopol, in Crimea, on Saturday, officials said.']);
    expect(sevastopol.map((f) => f.properties.place_name)).toEqual(['Sevastopol']);
  });

  it('maps "central Syria" as the middle of the country, at region precision', async () => {
    const features = await incidents(['a', '2024-10-11', 'U.S. forces carried out strikes on Islamic State camps in central Syria on Thursday.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['central Syria', 'region']]);
    // "Central" in a name is no part of it.
    const car = await incidents(['a', '2024-10-11', 'Rebels attacked a convoy in the Central African Republic on Thursday.']);
    expect(car.map((f) => f.properties.place_name)).not.toContain('central African Republic');
  });

  it('lets a dateline give way to another country the lede puts the event in', async () => {
    const features = await incidents([
      'a',
      '2025-04-18',
      "DUBAI, April 18 (Reuters) - U.S. strikes on Yemen's Ras Isa fuel port killed 38 people, the Houthi-run health ministry said on Friday.",
    ]);
    // Not Dubai: the port is no place the gazetteer holds, so the map has none for it.
    expect(features.map((f) => f.properties.place_name)).toEqual([]);
  });

  it('reads "the department of X" as the region X, holding the municipality named before it: one event', async () => {
    const features = await incidents([
      'a',
      '2025-01-10',
      'Seven soldiers were wounded on Thursday when guerrillas attacked a military base in the municipality of Saravena, in the eastern department of Arauca, the army said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.admin1])).toEqual([['Saravena', 'Arauca Department']]);
  });

  it("reads a lede dated only by its wire dateline like one dated by a speech verb: the event's day comes later", async () => {
    const features = await incidents([
      'a',
      '2025-01-10',
      'COTONOU, Jan 10 (Reuters) - Gunmen killed at least 28 soldiers in an attack on a military post in northern Benin. The attack took place on Wednesday in the Alibori department, the army chief said.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Alibori region', '2025-01-08']]);
  });

  it('keeps a toll over a span of days apart from a strike on one of them inside the area', async () => {
    const features = await incidents([
      'a',
      '2025-03-27',
      'Between 18 and 25 March, at least 830 Palestinians were killed in the Gaza Strip, according to the Ministry of Health in Gaza. On 23 March, an Israeli air strike hit a hospital in Khan Younis, killing two people.',
    ]);
    const rows = features.map((f) => [f.properties.place_name, f.properties.event_date, f.properties.date_precision]).sort();
    expect(rows).toEqual([
      ['Gaza Strip region', '2025-03-01', 'month'],
      ['Khān Yūnis', '2025-03-23', 'day'],
    ]);
  });

  it('reads the area after a list as holding every name of it, the first and a two-word last', async () => {
    const features = await incidents([
      'a',
      '2025-03-09',
      "Russia's defence ministry said its forces had retaken the villages of Viktorovka, Nikolayevka and Staraya Sorochina in the Kursk region.",
    ]);
    // The gazetteer's Viktorovka is in Crimea; the words put it in the Kursk region.
    expect(features.map((f) => [f.properties.place_name, f.properties.admin1])).toEqual([['Kursk Oblast', 'Kursk Oblast']]);
  });

  it('reads "Yemen\'s Houthi-controlled capital Sanaa and the northern province of Saada" as two places struck', async () => {
    const features = await incidents([
      'a',
      '2025-03-16',
      "DUBAI, March 16 (Reuters) - U.S. air strikes on Yemen's Houthi-controlled capital Sanaa and the northern province of Saada killed at least 31 people on Saturday, the health ministry said. Trump ordered the strikes in response to Houthi attacks on shipping in the Red Sea.",
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Sanaa', '2025-03-15'],
      ['Şa‘dah region', '2025-03-15'],
    ]);
  });

  it('folds a region into the named side of its country that holds it', async () => {
    // "western Niger" is drawn 600 km from Tillabéri, which lies in the west all the same.
    const features = await incidents([
      'a',
      '2025-03-23',
      'Forty-four civilians were killed on Friday when jihadists attacked a mosque in the village of Fambita in western Niger, the government said. The attack took place in the Kokorou rural district of the Tillaberi region, the interior ministry said.',
    ]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Tillabéri Region']);
  });

  it('places a village the gazetteer has only far away by the city the words put it near', async () => {
    // The gazetteer's Kirillovka (Kyrylivka) is in Ukraine's Zaporizhzhia region, 400 km off.
    const text =
      'Ukrainian naval drones attacked the port of Novorossiysk overnight, the Navy said. The Black Sea Fleet moved its ships from occupied Crimea to Novorossiysk in 2023. Debris from a downed drone fell in the village of Kirillovka, near Novorossiysk, the governor said.';
    // One account: the debris by Novorossiysk folds into the attack on its port.
    const accounts = (await analyse(text, '2025-07-08')).accounts;
    expect(accounts.map((a) => [a.place.name, a.standsFor])).toEqual([['Novorossiysk', 'Kirillovka']]);
  });

  it('gives a bare "strike" the kind of the report\'s other strikes', async () => {
    const text = 'In Deir el-Balah, an air strike on a house killed eight people on Tuesday. Another strike hit a school in Khan Younis, killing 12 people.';
    const features = await incidents(['a', '2025-05-20', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_type]).sort()).toEqual([
      ['Dayr al Balaḩ', 'air_strike'],
      ['Khān Yūnis', 'air_strike'],
    ]);
    // Two kinds of strike in the report: a bare one stays untyped.
    const mixed = await incidents(['b', '2025-05-20', `${text} Shelling hit Rafah on Tuesday.`]);
    expect(mixed.find((f) => f.properties.place_name === 'Khān Yūnis')!.properties.event_type).toBe('other');
  });

  it('places a village to the district its words give when the gazetteer knows it only in another', async () => {
    const features = await incidents([
      'a',
      '2024-06-10',
      'Russian shelling hit the village of Vilkhivka in the Kupiansk district of the Kharkiv region on Sunday, killing a woman.',
    ]);
    // The gazetteer's Vilkhivka in this region is in the Kharkiv district, 80 km away.
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Kupiansk Raion', 'district']]);
    expect(features[0]!.properties.explanation.reasons.join(' ')).toMatch(/Vilkhivka is in Kharkiv Raion, not in Kupiansk Raion/);
  });

  it('keeps "this month" as this month\'s news, and a town "near the city of" apart from the city', async () => {
    const features = await incidents([
      'a',
      '2025-01-15',
      'A Ukrainian drone hit an oil depot in Engels, near the city of Saratov, for the second time this month, officials said on Wednesday.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.date_precision, f.properties.event_date])).toEqual([['Engels', 'month', '2025-01-01']]);
    // Last month, a week into this one, is still background.
    const old = await incidents(['b', '2025-01-08', 'A blast hit an ammunition depot in Hodeidah early Wednesday. Israel, which struck Hodeidah in December, declined to comment.']);
    expect(old.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Al Ḩudaydah', '2025-01-08']]);
  });

  it('places a strike on "the <town> chemical plant in <other town>" at the other town', async () => {
    const features = await incidents(['a', '2025-01-15', 'Ukraine said it struck the Bryansk chemical plant in Seltso overnight, the governor said.']);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Sel’tso']);
  });

  it('gives a statement about an event the report dates that event\'s day, not the statement\'s', async () => {
    const text =
      'Two Russian ballistic missiles struck the centre of Sumy on Friday, killing 34 people, officials said. Russia\'s defence ministry said on Monday it had targeted a meeting of commanders in Sumy. Separately, the governor said on Monday that shelling hit Nikopol.';
    const features = await incidents(['a', '2025-04-15', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date, f.properties.sources.length]).sort()).toEqual([
      ['Nikopol', '2025-04-14', 1],
      ['Sumy', '2025-04-11', 1],
    ]);
  });

  it('dates an undated lede by a sentence that refers back to its event', async () => {
    const features = await incidents([
      'a',
      '2024-12-02',
      'Warplanes carried out air strikes on the rebel-held city of Idlib, killing at least 25 people. The strikes on Sunday came after rebels seized most of Aleppo in an offensive last week.',
    ]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Idlib', '2024-12-01']]);
  });

  it('places an event whose verb reaches a possessive country at the place it owns', async () => {
    const features = await incidents(['a', '2024-05-08', "Drones struck Russia's Belgorod region overnight. Jets bombed Lebanon's Bekaa valley on Tuesday."]);
    expect(features.map((f) => [f.properties.place_name, f.properties.country_code]).sort()).toEqual([
      ['Bekaa region', 'LB'],
      ['Belgorod Oblast', 'RU'],
    ]);
  });

  it('places an event in a place the gazetteer lacks on the named side of the place beside it', async () => {
    // "Zzyxville" is in no gazetteer; Bilozerka is, so there the side only says where it lies.
    const features = await incidents([
      'a',
      '2024-07-15',
      'An airstrike hit a tent camp in Zzyxville, west of Khan Younis, on Saturday. Shelling killed a woman in the village of Bilozerka, west of Kherson, prosecutors said.',
    ]);
    const names = features.map((f) => f.properties.place_name).sort();
    expect(names).toEqual(['Bilozerka', 'west of Khān Yūnis']);
    const west = features.find((f) => f.properties.place_name.startsWith('west of'))!;
    // West of the city's point (34.30 E), at the same latitude, at no finer than town precision.
    expect(west.geometry.coordinates[0]).toBeLessThan(34.28);
    expect(west.geometry.coordinates[1]).toBeCloseTo(31.34, 1);
    expect(west.properties.radius_km).toBeGreaterThanOrEqual(5);
  });

  it('places an incident at sea given as a distance from a coastal city', async () => {
    const [f, ...rest] = await incidents(['a', '2024-03-05', 'A drone hit a tanker in the Gulf of Aden, 60 nautical miles east of Aden, on Tuesday, the navy said.']);
    expect(rest).toHaveLength(0);
    // 60 nm = 111 km east of Aden (45.04 E): at sea, not at the gulf's centre.
    const [lon, lat] = f!.geometry.coordinates as [number, number];
    expect(lon).toBeCloseTo(45.04 + 111.1 / (111.32 * Math.cos((12.78 * Math.PI) / 180)), 1);
    expect(lat).toBeCloseTo(12.78, 1);
    expect(f!.properties.place_name).toBe('111 km east of Aden');
  });

  it('reads a list of "Place: what happened" lines as one incident per line', async () => {
    const text = 'Attacks on Saturday, according to regional officials:\n\n- Kharkiv: a guided bomb hit a hypermarket, 16 killed\n- Odesa: drones damaged port infrastructure\n- Sumy: shelling wounded two\n';
    const features = await incidents(['a', '2024-05-26', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_type, f.properties.event_date]).sort()).toEqual([
      ['Kharkiv', 'air_strike', '2024-05-25'],
      ['Odesa', 'drone_strike', '2024-05-25'],
      ['Sumy', 'shelling', '2024-05-25'],
    ]);
  });

  it('places a strike on a facility named after its town at the town', async () => {
    const features = await incidents(['a', '2022-08-09', 'A series of explosions rocked the Saky air base in Crimea on Tuesday, destroying several warplanes.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Saki', 'city']]);
  });

  it('maps "the Pokrovsk direction" as an area around the town, not the town', async () => {
    const [f] = await incidents(['a', '2024-06-30', 'The General Staff reported 140 clashes on Saturday, most of them in the Pokrovsk direction.']);
    expect(f!.properties).toMatchObject({ place_name: 'Pokrovsk direction', geo_precision: 'region' });
    expect(f!.properties.radius_km).toBeGreaterThanOrEqual(25);
  });

  it('reads "Isabela City, Basilan" as one event in the city, though GeoNames files it under another region', async () => {
    const features = await incidents(['a', '2023-06-04', 'Two militants were killed in a clash in the hinterlands of Isabela City, Basilan, on Saturday, the military said.']);
    expect(features.map((f) => f.properties.geo_precision)).toEqual(['city']);
  });

  it('sets aside an event an earlier year dates, though the sentence also has a day', async () => {
    const features = await incidents(['a', '2025-02-05', 'A former Syrian general went on trial in Stockholm on Tuesday, accused of complicity in war crimes over the shelling of civilian areas of Homs in early 2012.']);
    expect(features).toEqual([]);
  });

  it('dates a lede by the next sentence that names its event back ("The strike hit ... late on Sunday")', async () => {
    const features = await incidents([
      'a',
      '2024-10-21',
      'An Israeli strike on a school used as a shelter in the Jabalia refugee camp in northern Gaza has killed at least 22 people, the civil defence agency said. The strike hit the Abu Hussein school late on Sunday, as families were preparing to sleep.',
    ]);
    expect(features.map((f) => [f.properties.event_date, f.properties.date_precision])).toEqual([['2024-10-20', 'day']]);
  });

  it('places an event no words place at the town whose local sources tell it', async () => {
    const features = await incidents(['a', '2025-07-03', 'Sources in Djibo reported that a JNIM attack on an army detachment on Sunday 29 June lasted several hours.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Djibo', '2025-06-29']]);
    // Not sources in a capital, who speak for a government.
    expect(await incidents(['b', '2025-07-03', 'Sources in Ouagadougou reported that a JNIM attack on an army detachment on Sunday lasted several hours.'])).toEqual([]);
  });

  it('places an event at a place the gazetteer lacks in the region of the official who tells it', async () => {
    const features = await incidents(['a', '2025-03-08', "Ivan Fedorov, head of the Zaporizhzhia regional military administration, said Russian forces dropped two guided aerial bombs on an industrial site in the city's Oleksandrivskyi district on Thursday, injuring four workers."]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision, f.properties.event_date])).toEqual([['Zaporizhzhia region', 'region', '2025-03-06']]);
  });

  it('does not give a border incident to the city whose officials tell it', async () => {
    const features = await incidents(['a', '2025-01-02', 'The de facto authorities in Tskhinval said their patrol had fired warning shots on Monday after the man crossed the so-called border.']);
    expect(features).toEqual([]);
  });

  it('places "X, a farming community in Y" by Y when the gazetteer\'s X is a district far off', async () => {
    // GeoNames' Sabon Gari is a local government area of Kaduna State, 500 km away.
    const accounts = (await analyse('Insurgents killed nine people in an overnight attack on Sabon Gari, a farming community in Damboa, residents said.', '2024-03-02')).accounts;
    expect(accounts.map((a) => [a.place.name, a.place.admin1, a.standsFor])).toEqual([['Damboa', 'Borno State', 'Sabon Gari']]);
  });

  it('places a facility named after its town, in the unit that holds the town, at the town', async () => {
    const features = await incidents(['a', '2024-03-22', 'Overnight, the Ladyzhyn thermal power plant in the Vinnytsia region was damaged by drones, its operator DTEK said.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Ladyzhyn', 'city']]);
  });

  it('dates an event by its own clause, not by a relative clause about another ("who seized Goma at the end of January")', async () => {
    const features = await incidents(['a', '2025-02-17', 'The rebels, who seized Goma at the end of January, entered Bukavu, the capital of South Kivu province, on Sunday, meeting little resistance.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date, f.properties.date_precision])).toEqual([['Bukavu', '2025-02-16', 'day']]);
  });

  it('places "X, a community in Y municipality" in Y when the gazetteer\'s X lies elsewhere', async () => {
    // GeoNames' San Pedro is in Coahuila, 700 km off.
    // (The distance says where the municipality lies: no second incident "30 km west of Culiacan".)
    const features = await incidents(['a', '2025-01-13', 'The gunbattle erupted on Sunday in San Pedro, a community in Navolato municipality about 30 km (19 miles) west of the state capital Culiacan, killing four gunmen.']);
    expect(features.map((f) => [f.properties.admin1, f.properties.geo_precision])).toEqual([['Sinaloa', 'district']]);
  });

  it('places a camp the gazetteer has only as a far namesake by the town the words put it near', async () => {
    // An alternate name of Pharr, Texas, matches "Far'a".
    const features = await incidents(['a', '2024-08-29', "In the Far'a camp near Tubas, an exchange of fire lasted hours on Wednesday. Officials in Washington urged restraint."]);
    expect(features.map((f) => [f.properties.country_code, f.properties.admin1])).toEqual([['PS', 'West Bank']]);
  });

  it('passes a list\'s cue on past names the gazetteer does not hold', async () => {
    const features = await incidents(['a', '2025-07-02', 'At around 5am on Tuesday, JNIM fighters simultaneously attacked military camps in Kayes, Nioro du Sahel, Diboli, Sandaré, Gogui, Niono and Molodo.']);
    expect(features.map((f) => f.properties.place_name)).toContain('Niono');
  });

  it('passes a list\'s cue on past a name no place of the gazetteer fits', async () => {
    // No Kamianka of the gazetteer is in Kharkiv or Donetsk Oblast: none is drawn (the one in
    // Cherkasy Oblast is 300 km off), and Dvorichna, listed with it, is still the event's.
    const features = await incidents(['a', '2025-06-03', 'In the Kupiansk direction, Ukrainian defenders repelled eight assaults near Kamianka and Dvorichna on Monday. Russian shelling killed two people in Kostiantynivka on Monday.']);
    const places = features.map((f) => [f.properties.place_name, f.properties.admin1]);
    expect(places).toContainEqual(['Dvorichna', 'Kharkiv']);
    expect(places).toContainEqual(['Kostiantynivka', 'Donetsk']);
    expect(places.map(([, admin1]) => admin1)).not.toContain('Cherkasy');
  });

  it('maps each of a list of front directions as an area, named in the singular', async () => {
    const features = await incidents(['a', '2025-06-10', 'Russian forces continued offensive operations in the Kostiantynivka, Toretsk, and Lyman directions on June 9.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision]).sort()).toEqual([
      ['Kostiantynivka direction', 'region'], ['Lyman direction', 'region'], ['Toretsk direction', 'region'],
    ]);
  });

  // One report, one event, at one place: [what it checks, published, text, the place].
  it.each([
    ['reads a region named just after a place in the event sentence as where that place is', '2025-03-05', 'Army drones hit a fuel depot at Nyala airport in South Darfur late on Tuesday, witnesses said.', 'Nyala'],
    ['reads "town, state" as one event at the town', '2024-11-10', 'Armed men killed eight people at a bar in Celaya, Guanajuato, late on Saturday, prosecutors said.', 'Celaya'],
    ['reads "X, near Y" as one event at X', '2024-11-21', 'In the village of Hirnyk, near Kurakhove, two civilians died under shelling on Monday, officials said.', 'Hirnyk'],
    ['reads "X, <appositive>, some km east of Y" as one event at X', '2024-07-18', 'A drone hit a factory in Pavlohrad, a mining town known for its coal, about 70 km east of Dnipro, on Tuesday, officials said.', 'Pavlohrad'],
    ['reads a distance from "the port city of X" as a place at sea', '2024-08-31', 'A tanker was hit about 60 nautical miles west of the port city of Hodeidah on Wednesday, the UKMTO said.', '111 km west of Al Ḩudaydah'],
    ['reads a distance after a sea as the position in it', '2024-06-14', 'A cargo vessel was struck by two missiles on Thursday while transiting the Gulf of Aden, approximately 98 NM south-east of Aden.', '181 km southeast of Aden'],
    ['reads a place through markdown emphasis', '2025-02-04', "- In Russia's **Kursk region**, Moscow said its forces repelled Ukrainian attacks near the village of Sverdlikovo on Monday.", 'Kursk Oblast'],
    ['reads "X outside Y" as one event at X', '2024-03-22', 'Gunmen opened fire at a concert hall in Krasnogorsk outside Moscow on Friday evening, officials said.', 'Krasnogorsk'],
    ['maps a military plane crash', '2024-01-24', 'A military transport plane crashed in the Belgorod region on Wednesday, the ministry said.', 'Belgorod Oblast'],
    ['does not take a big city for a smaller one through a variant of its alternate name', '2024-05-17', 'Drones attacked the port of Novorossiysk overnight, officials said.', 'Novorossiysk'],
    ['reads "Crimea\'s port of Sevastopol" as one event at Sevastopol', '2024-02-15', "Three landing craft were destroyed in Crimea's port of Sevastopol on Wednesday, the governor said.", 'Sevastopol'],
  ])('%s', async (_what, published, text, place) => {
    const features = await incidents(['a', published, text]);
    expect(features.map((f) => f.properties.place_name)).toEqual([place]);
  });

  it('makes one event of a strike told outside a town and then at a distance from it', async () => {
    const text =
      'A shell hit a bus stop outside Kramatorsk on Friday, killing three people, officials said. The shell landed about 8 km south of Kramatorsk, near a petrol station. Police said the Kramatorsk attack was the third this month.';
    const features = await incidents(['a', '2024-05-12', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['8 km south of Kramatorsk', '2024-05-10']]);
  });

  it('makes one event of a raid told on a side of a town and then at a distance that way', async () => {
    const text =
      'Gunmen raided villages north of the town of Kadugli on Sunday, killing 20 people, a medical group said. The attackers entered the villages, about 20 km north of Kadugli, shortly after dawn.';
    const features = await incidents(['a', '2025-07-16', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['20 km north of Kadugli', '2025-07-13']]);
  });

  it('makes one event of a headline "near X" and the village told by its side of X', async () => {
    const text = 'Drone hits minibus near Kherson\n\nA Russian drone dropped an explosive on a minibus in the village of Bilozerka, west of Kherson city, injuring the driver, officials said.';
    const features = await incidents(['a', '2024-10-08', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Bilozerka']);
  });

  it('keeps a fight near a town apart from shelling of a village told by its side of the town', async () => {
    const text = 'Ukrainian troops stormed Russian positions near Bakhmut, the ministry said. Russian shelling killed one man in Chasiv Yar, west of Bakhmut, on Friday.';
    const features = await incidents(['a', '2023-09-16', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Bakhmut', 'Chasiv Yar']);
  });

  it('keeps another strike at a distance from the town apart', async () => {
    const text =
      'A shell hit a bus stop outside Kramatorsk on Friday, killing three people, officials said. Another shell landed about 8 km south of Kramatorsk, near a petrol station.';
    const features = await incidents(['a', '2024-05-12', text]);
    expect(features).toHaveLength(2);
  });

  it('reads "village in X Local Government Area of Y State" as one event, the state only saying where X lies', async () => {
    const text = 'Gunmen killed seven people in an attack on Tudun Wada, a farming village in Maru Local Government Area of Zamfara State, on Tuesday, police said.';
    const features = await incidents(['a', '2024-06-09', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Maru']);
  });

  it('dates an "overnight" lede by the day its attackers are told to have come, soon after', async () => {
    const text =
      'Militants killed six soldiers in an overnight attack on an army post in Marte, the army said. The attackers arrived in trucks at about 10pm on Thursday and shelled the post.';
    const features = await incidents(['a', '2024-06-09', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Marte', '2024-06-06']]);
  });

  it('leaves an attack named by its year in a trial story to the background', async () => {
    const text = 'A court in Berlin on Thursday jailed a former pilot for life over his role in a 2013 airstrike on a market in the town of Kafranbel that killed dozens of shoppers.';
    const features = await incidents(['a', '2024-05-23', text]);
    expect(features).toHaveLength(0);
  });

  it('dates a roundup\'s undated events by its "all events took place on ... unless otherwise noted"', async () => {
    const text =
      'Our round-up of the fighting. All incidents took place on Tuesday unless otherwise noted.\n\n- Junta jets bombed Lashio, killing three people.\n- Troops shelled villages near Bhamo on Monday night, residents said.';
    const features = await incidents(['a', '2024-09-12', text]);
    const dates = Object.fromEntries(features.map((f) => [f.properties.place_name, f.properties.event_date]));
    expect(dates).toEqual({ Lashio: '2024-09-10', Bhamo: '2024-09-09' });
  });

  it('reads "X on the Y coast" as where X lies, whatever Y names', async () => {
    const features = await incidents(['a', '2025-07-16', 'The army-aligned government, based in Port Sudan on the Red Sea coast, accused the RSF of deadly attacks on civilians.']);
    expect(features).toHaveLength(0);
  });

  it('does not take government officials placed in a city for that city\'s own', async () => {
    const features = await incidents(['a', '2024-08-14', 'Yemeni government officials in Aden have repeatedly called for support, arguing that airstrikes alone will not stop the Houthis.']);
    expect(features).toHaveLength(0);
  });

  it('takes a roundup\'s stated span as its news: "the main incidents of the past two weeks"', async () => {
    const roundup = 'We have compiled the main incidents of the past two weeks. On 3 March, Israeli forces raided the Jenin refugee camp, killing two people.';
    const plain = 'Violence continued this month. On 3 March, Israeli forces raided the Jenin refugee camp, killing two people.';
    expect((await incidents(['a', '2024-03-16', roundup])).map((f) => f.properties.event_date)).toEqual(['2024-03-03']);
    expect(await incidents(['a', '2024-03-16', plain])).toHaveLength(0);
  });

  it('passes the event on to a list after "as well as"', async () => {
    const text = 'Nikopol itself came under artillery fire on Sunday, as well as the Marhanets and Myrove hromadas, the governor said.';
    const features = await incidents(['a', '2023-08-21', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Marhanets', 'Myrove', 'Nikopol']);
  });

  it('dates each place inside the lede\'s area by the lede, not only the first', async () => {
    const text =
      'US warplanes struck two facilities in eastern Syria on Sunday, the Pentagon said.\n\nTwo jets hit a training facility near Albu Kamal and a safe house near the town of Mayadin, officials said.\n\nA monitor said eight fighters were killed in the strike near Mayadin.\n\nSeparately, Israeli missiles struck a warehouse near Damascus at dawn on Monday.';
    const features = await incidents(['a', '2023-11-14', text]);
    expect(Object.fromEntries(features.map((f) => [f.properties.place_name, f.properties.event_date]))).toEqual({ 'Ālbū Kamāl': '2023-11-12', 'Al Mayādīn': '2023-11-12', Damascus: '2023-11-13' });
  });

  it('gives a dateline no event told in a barangay the gazetteer lacks', async () => {
    const text = 'COTABATO CITY, Philippines – Two soldiers were killed when gunmen ambushed an army patrol in Barangay Limpongo on Sunday, the military said.';
    expect(await incidents(['a', '2024-07-16', text])).toHaveLength(0);
  });

  it('gives a dateline no event told on the outskirts of a town the gazetteer lacks', async () => {
    const text = 'ERBIL, Kurdistan Region - A Turkish drone struck a vehicle on the outskirts of Khanasor, a Yazidi town, on Tuesday evening, killing two fighters.';
    expect(await incidents(['a', '2024-04-17', text])).toHaveLength(0);
  });

  it('gives a wire dateline no event told in a sector the gazetteer cannot settle', async () => {
    const text =
      'SRINAGAR, India, Sept 29 (Reuters) - Indian troops killed two suspected militants trying to cross the de facto border dividing Kashmir into the Uri sector early on Saturday, the Indian army said.\n\n' +
      "The army's Srinagar-based Chinar Corps said soldiers spotted a group of armed men moving along the Line of Control (LoC) near the Uri area of Baramulla district before dawn and opened fire after they ignored warnings.\n\n" +
      'Pakistan said Indian troops had fired on Saturday at civilians in the Leepa valley, opposite the Uri sector in Pakistan-administered Kashmir, wounding a woman and a child.';
    expect((await incidents(['a', '2024-09-29', text])).map((f) => f.properties.place_name)).not.toContain('Srinagar');
  });

  it('leaves a place hit by dozens of strikes in recent years to the background', async () => {
    const text = 'A drone struck a car near Duhok on Tuesday. Sinjar has been hit by dozens of Turkish drone strikes in recent years.';
    expect((await incidents(['a', '2024-04-17', text])).map((f) => f.properties.place_name)).toEqual(['Dihok']);
  });

  it('leaves an attack told as years or a decade ago to the background', async () => {
    const text = 'He was involved in kidnappings in Jolo more than a decade ago, the task force said.';
    expect(await incidents(['a', '2024-07-16', text])).toHaveLength(0);
  });

  it('never maps an account placed only to a country', async () => {
    const features = await incidents(['a', '2024-01-06', 'Kirby said Russia fired a missile into Ukraine on 30 December.']);
    expect(features).toHaveLength(0);
  });

  it('places a village told by its bearing from a town, "east of X near Y", at the village', async () => {
    const features = await incidents(['a', '2024-11-14', 'Russian forces attacked east of Siversk near Bilohorivka on November 13, the report said.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.admin1])).toEqual([['Bilohorivka', 'Luhansk']]);
  });

  it('keeps apart two villages of one name that the words place by two different towns', async () => {
    // The one southeast of Kupiansk is not in the gazetteer; the one near Siversk is.
    const text =
      'Russian forces continued assaults near Ivanivka and Berestove (both southeast of Kupiansk) on November 14. Russian forces attacked southeast of Siversk near Berestove on November 13.';
    const features = await incidents(['a', '2024-11-14', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.admin1, f.properties.event_date])).toEqual([['Berestove', 'Donetsk', '2024-11-13']]);
  });

  it('reads "X, Y hromada" as a village within reach of the town Y, and the hromada as its area', async () => {
    const text = 'In Berestove, Borova hromada, an enemy shell damaged a grocery store on Sunday. In Kamianka, Dvorichna hromada, a private house burned down after shelling on Sunday.';
    const features = await incidents(['a', '2024-06-10', text]);
    // No Berestove near Borova, nor Kamianka near Dvorichna, is in the gazetteer: the Donetsk
    // Berestove and the Cherkasy Kamianka are not them.
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Borova hromada', 'region']]);
  });

  it('keeps an event in a town\'s hromada apart from a bigger city next to it', async () => {
    const text = 'Russian missiles hit Dnipro overnight, injuring five people. In the Obukhivka hromada, debris of a downed drone fell on a private house overnight, injuring a woman.';
    const features = await incidents(['a', '2025-05-24', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Dnipro', 'Obukhivka hromada']);
  });

  it('dates a daily summary that opens on "Over the past day," by that day', async () => {
    const text =
      'Over the past day, the occupiers struck Kharkiv and settlements of the oblast with artillery.\n\nYesterday at 17:42 the enemy struck the Kyivskyi district of Kharkiv. Early today a drone hit the Saltivskyi district of Kharkiv.\n\nArtillery fire on Staryi Saltiv damaged outbuildings.';
    const features = await incidents(['a', '2024-06-10', text]);
    expect(features.find((f) => f.properties.place_name === 'Staryi Saltiv')?.properties.event_date).toBe('2024-06-10');
  });

  it("places a paragraph's event at its bold heading when the sentence names no other place", async () => {
    const text = '**Kamianske.** At night, a UAV hit the territory of an enterprise in the city. A fire broke out.';
    const features = await incidents(['a', '2025-05-24', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Kamyanske', '2025-05-24']]);
  });

  it('does not place a village told "in the X direction" across the country from X', async () => {
    const features = await incidents(['a', '2024-06-10', 'Our defenders repelled six assaults near Vovchansk and Hlyboke in the Kharkiv direction on Sunday.']);
    // Hlyboke near Kharkiv is not in the gazetteer; Hlyboke in Odesa Oblast is 500 km away.
    expect(features.map((f) => f.properties.admin1)).toEqual(['Kharkiv', 'Kharkiv']);
  });

  it('reads "the Lugansk People\'s Republic" as the Luhansk region, not its city', async () => {
    const features = await incidents(['a', '2024-12-20', "Zapad units struck Ukrainian personnel near Stelmakhovka in the Lugansk People's Republic on Friday."]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Luhansk region', 'region']]);
  });

  it('does not map a word of a hyphenated name as a place of a list', async () => {
    const text = 'Battlegroup West inflicted damage on two Ukrainian brigades near the settlements of Petropavlovka and Kupyansk-Uzlovoy in the Kharkov Region on Wednesday.';
    const features = await incidents(['a', '2024-12-25', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Kharkiv region']);
  });

  it('keeps a city named in a report that also names a front after it', async () => {
    const text =
      'Russian forces inflicted losses on Ukrainian troops in the Kupyansk, Krasny Liman, Donetsk and Zaporozhye directions over the past 24 hours.\n\nUkrainian forces fired 12 shells at the Kievsky district of Donetsk on Wednesday morning, wounding two civilians.';
    const features = await incidents(['a', '2023-02-08', text]);
    expect(features.find((f) => f.properties.sources[0]!.quote.includes('Kievsky'))?.properties.place_name).toBe('Donetsk');
  });

  it("maps what a governor reports, with no place of its own, to the governor's region", async () => {
    const features = await incidents(['a', '2025-03-29', 'Bryansk Governor Alexander Bogomaz reported that air defense destroyed eight drones over the region on Saturday.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Bryansk Oblast', 'region']]);
  });

  it('reads "the Krasnodar Territory" as the krai and "Beni territory" as the district', async () => {
    const krai = await incidents(['a', '2025-03-29', 'A fire broke out at an oil refinery in the Krasnodar Territory after a drone attack on Saturday.']);
    expect(krai.map((f) => f.properties.place_name)).toEqual(['Krasnodar Krai']);
    const beni = await incidents(['a', '2025-03-29', 'ADF rebels attacked a village in Beni territory, North Kivu, on Saturday.']);
    expect(beni.map((f) => [f.properties.place_name, f.properties.country_code])).toEqual([['Beni', 'CD']]);
  });

  it("does not map a capital named for its government's means", async () => {
    const text = 'Ukrainian drones struck a fuel depot in Engels overnight. Kyiv argues that the strikes degrade Moscow\'s ability to wage war.';
    const features = await incidents(['a', '2025-01-08', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Engels']);
  });

  it('keeps a small place of a list in the region where the rest of the list lies', async () => {
    // The Plavni in Zaporizhzhia Oblast is not in the gazetteer; the one in Odesa Oblast is.
    const text = 'Over the past day, 237 drones attacked Huliaipole, Stepnohirsk, Prymorske, Orikhiv and Plavni, the governor said.';
    const features = await incidents(['a', '2025-03-18', text]);
    expect(new Set(features.map((f) => f.properties.admin1))).toEqual(new Set(['Zaporizhzhia']));
  });

  it('holds the bare names of a list told "in X Oblast" to that oblast', async () => {
    const text = 'Ukrainian troops repelled nine attacks near Bohdanivka, Ivanivske, Klishchiivka and Andriivka in Donetsk Oblast on Thursday.';
    const features = await incidents(['a', '2024-03-15', text]);
    expect(features.map((f) => f.properties.admin1).filter((a) => a !== 'Donetsk')).toEqual([]);
  });

  it('places a town told "on the X River about 30 km north of Y" near Y, not at a namesake abroad', async () => {
    // GeoNames spells the Somali town Balcad; Balad in Iraq is the only "Balad".
    const text = 'Al-Shabaab militants attacked an army base in Balad on Sunday. Balad, a farming town on the Shabelle River about 30 kilometres north of Mogadishu, lies in the Middle Shabelle region.';
    const features = await incidents(['a', '2025-04-14', text]);
    expect(features.map((f) => f.properties.country_code).filter((c) => c !== 'SO')).toEqual([]);
  });

  it("does not map a government's seat as the place of the attack it reports", async () => {
    const text = 'The ruling military government in Bamako said in a statement on Monday that a terrorist attack had targeted the population of Anderamboukane commune.';
    expect(await incidents(['a', '2024-03-12', text])).toHaveLength(0);
  });

  it('maps shells that fell on a city, whatever a relative clause says of the city', async () => {
    const text = 'Several shells fell on the historic city of Timbuktu in northern Mali on Monday, killing four civilians, the latest sign of pressure on a city that has been under blockade for two years.';
    const features = await incidents(['a', '2026-01-20', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Timbuktu', '2026-01-19']]);
  });

  it('maps the earlier fighting an attack "followed", with its own day', async () => {
    const text = 'Shells hit Timbuktu on Monday, killing four civilians. The attack followed fighting on Saturday in Goundam, between the army and armed groups.';
    const features = await incidents(['a', '2026-01-20', text]);
    expect(Object.fromEntries(features.map((f) => [f.properties.place_name, f.properties.event_date]))).toEqual({ Timbuktu: '2026-01-19', Goundam: '2026-01-17' });
  });

  it('reads "clashed near X" as an event, whatever could be heard', async () => {
    const text = 'On Tuesday, government forces and rebels clashed near Nekemte, according to two residents who said gunfire could be heard for hours.';
    const features = await incidents(['a', '2026-02-18', text]);
    expect(features.map((f) => f.properties.event_date)).toEqual(['2026-02-17']);
  });

  it('maps the town that "attacked the town" names back, not the state it lies in', async () => {
    const text = 'Residents of Bama, a town in Borno State, northeast Nigeria, spent Friday night hiding in their homes as fighters attacked the town and the military base on its outskirts.';
    const features = await incidents(['a', '2025-01-20', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Bama', '2025-01-17']]);
  });

  it('dates a lede dated only by when officials spoke by the attackers\' day told next', async () => {
    const text = 'Armed cattle raiders killed at least 30 people in clashes on the outskirts of Bor, local officials said Wednesday.\n\nThe attackers struck cattle camps on the edge of the town early Sunday, making off with thousands of cows.';
    const features = await incidents(['a', '2025-05-21', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Bor', '2025-05-18']]);
  });

  it('reads a bulleted heading naming a place as the place of the words after it', async () => {
    const text =
      'Over the past day, the occupiers struck 16 settlements of the oblast. As a result of shelling:\n\n- **Kupiansk**. On Monday evening a 63-year-old man was injured in artillery shelling.\n- **Zolochiv, Bohodukhiv district**. A guided bomb hit the town centre on Monday afternoon.';
    const features = await incidents(['a', '2025-11-18', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([['Kupiansk', '2025-11-17'], ['Zolochiv', '2025-11-17']]);
  });

  it('does not read an old name of a far-off town into a list of villages near which fighting went on', async () => {
    // "Oleksiivka" is also an old name of Chystyakove, a town of 50,000 in the Donetsk region.
    const text =
      "Russia's Defense Ministry said its forces had liberated the villages of Andreevka and Konstantinovka in Ukraine's Sumy region. According to Ukraine's General Staff, its troops repelled Russian assaults near Andriivka, Yunakivka, and Oleksiivka over the course of the day. On Monday, Russian aircraft dropped guided bombs on Kostiantynivka in the Donetsk region, killing one person.";
    const features = await incidents(['a', '2025-06-10', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Kostiantynivka', 'Sumy region', 'Yunakivka']);
  });

  it('keeps a village in the district the words put it in, where the gazetteer knows the district only as its town', async () => {
    const text =
      "MOSCOW, Aug 12 (Reuters) - A Ukrainian drone struck a passenger bus in the town of Rylsk in Russia's Kursk region on Monday, killing one person. In the village of Kozino, also in the Rylsk district, a drone dropped explosives on a private home on Monday, setting it on fire, and artillery shelling damaged the grounds of a sugar plant in Tetkino, in the Glushkovo district near the border, Khinshtein said.";
    const features = await incidents(['a', '2025-08-12', text]);
    // The gazetteer's only Kozino is in Croatia.
    expect(features.map((f) => f.properties.country_code)).toEqual(['RU', 'RU']);
  });

  it("dates a region's undated strikes by the night's attack the lede tells", async () => {
    const text = "Russia attacked Ukraine with 118 Shahed-type attack drones and decoys and two Iskander-M ballistic missiles overnight on March 5, Ukraine's Air Force reported.\n\nThe missiles were launched from Russia's Kursk Oblast, while the drones were launched from the directions of Oryol, Bryansk, Millerovo, and Primorsko-Akhtarsk in Russia, and Hvardiiske in occupied Crimea, the Air Force said.\n\nAir defense units shot down or suppressed 94 drones in the north, south, and east of the country. Hits by 21 drones and both missiles were recorded at 11 locations, according to the statement.\n\n**Chernihiv Oblast**\n\nA Russian drone hit a private house in Novoselivka, a village on the northern outskirts of Chernihiv, injuring a man and a woman, Chernihiv Oblast Governor Viacheslav Chaus said. Novoselivka was almost completely destroyed during the Russian siege of Chernihiv in 2022 and has been partially rebuilt since.\n\nAnother drone struck energy infrastructure in Novhorod-Siverskyi, leaving parts of the town without electricity, Chaus said.\n\n**Odesa Oblast**\n\nIn Odesa Oblast, Russian drones struck an energy facility in the Berezivka hromada of Berezivka district, causing a fire, Governor Oleh Kiper said. Emergency shutoffs were applied in parts of the region, including in the city of Odesa, as a result of the attack, the grid operator said. No casualties were reported.\n\n**Dnipropetrovsk Oblast**\n\nRussian forces shelled Nikopol with artillery and attacked it with drones during the night, injuring a 48-year-old man and damaging a gas pipeline and several houses, the regional military administration reported.\n\nOn March 3, a Russian FPV drone struck a minibus in Marhanets, killing two people and injuring five. Nikopol and Marhanets lie on the northern bank of the former Kakhovka Reservoir, opposite the Russian-occupied Zaporizhzhia Nuclear Power Plant, and are shelled almost daily from the occupied town of Enerhodar.\n\nThe Air Force did not specify where the two ballistic missiles had struck.\n\nPresident Volodymyr Zelensky said in Kyiv that Russia had launched more than 1,300 attack drones, 900 guided aerial bombs and around 50 missiles against Ukraine over the past week.\n\n\"Every such attack shows that Moscow is not interested in ending this war,\" Zelensky said, calling on partners to speed up the delivery of air defense systems agreed at the meeting of the Ukraine Defense Contact Group in Brussels last month.";
    const features = await incidents(['a', '2026-03-05', text]);
    const dates = Object.fromEntries(features.map((f) => [f.properties.place_name, f.properties.event_date]));
    expect([dates['Novhorod-Siverskyi'], dates['Marhanets']]).toEqual(['2026-03-05', '2026-03-03']);
  });

  it("does not move a village to the region of another kind of event the report tells", async () => {
    const text = 'Russian aircraft dropped glide bombs on the Donetsk region on Monday, the governor said. Ukrainian troops repelled Russian assaults near Yunakivka on Monday.';
    const features = await incidents(['a', '2025-06-10', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Donetsk region', 'Yunakivka']);
  });

  it('places a village "on the main road leading into" a city near that city, and the city only says where', async () => {
    // GeoNames writes the Syrian village "Al Mazra'ah"; an Israeli "El Mazra'a" is the other reading.
    const text = 'On Tuesday, Israeli drones struck a column of government tanks near the village of Al Mazraa, on the main road leading into Suwayda city from the west, a monitor said.';
    const features = await incidents(['a', '2025-07-16', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.country_code])).toEqual([['Al Mazra‘ah', 'SY']]);
  });

  it('reads a city named without its Arabic article ("Suwayda city") as the city', async () => {
    const features = await incidents(['a', '2025-07-16', 'In Suwayda city, the capital of the Druze-majority province, heavy clashes continued on Wednesday.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['As-Suwayda', 'city']]);
  });

  it('does not date an event by the start of a span told in the sentence before', async () => {
    const text =
      'Israeli jets struck the General Staff headquarters in central Damascus on Wednesday afternoon.\n\nThe military said it acted over Suwayda, where fighting has raged since Sunday. The Health Ministry said three people were killed in the Damascus strikes.';
    const features = await incidents(['a', '2025-07-17', text]);
    expect(features.filter((f) => f.properties.place_name === 'Damascus').map((f) => f.properties.event_date)).toEqual(['2025-07-16']);
  });

  it("does not map a flight's landing, a launch site near a town, nor a party's seat that condemned", async () => {
    const text =
      'Rockets struck the Ain al-Asad air base in Anbar province late Monday. Officials said the rockets were launched from a pickup truck parked on farmland near the town of Hit. Officials of the Patriotic Union of Kurdistan (PUK) in Sulaymaniyah also condemned the attack. An evacuation flight took off from Baghdad on Sunday and landed at Beirut\'s airport on Monday.';
    const features = await incidents(['a', '2024-08-06', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Anbar region']);
  });

  it('reads "Qana, southeast of the coastal city of Tyre" as one event at Qana', async () => {
    const features = await incidents(['a', '2024-10-16', 'Separately, a strike on a house in the village of Qana, southeast of the coastal city of Tyre, killed a family of four on Wednesday morning.']);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Qâna']);
  });

  it('reads a dateline "DAMASCUS" as the capital, not the countryside province GeoNames also calls Damascus', async () => {
    const text = "DAMASCUS, March 9 (Reuters) - More than 1,000 people, most of them civilians, have been killed in three days of fighting and revenge killings in Syria's coastal region, a war monitor said on Sunday, the worst violence since the overthrow of Bashar al-Assad in December.\n\nThe fighting erupted on Thursday when gunmen loyal to the former president ambushed a patrol of the new government's General Security forces near the town of Jableh in Latakia province, killing at least 13 members of the security forces, according to the interior ministry. Clashes quickly spread to villages in the hills above the town.\n\nBy Friday, government reinforcements, including convoys of fighters sent from Homs and Hama, had poured into the coastal region, and the Syrian Observatory for Human Rights, a Britain-based monitor, began reporting mass killings of Alawite civilians.\n\nResidents of Baniyas, a coastal city in Tartus province, told Reuters by phone that armed men went from house to house in the al-Qusour neighbourhood on Friday and Saturday, shooting men in front of their families. \"They asked if we were Alawite, and then they shot my brother and my cousin,\" said one woman, who asked not to be named for fear of reprisals. Reuters could not independently verify her account.\n\nThousands of Alawite residents fled to the Russian air base at Hmeimim, southeast of Latakia city, and were sheltering on the tarmac and in hangars, according to videos posted online and a Russian defence ministry statement.\n\nIn Qardaha, the Assad family's ancestral hometown in the mountains east of Latakia, authorities imposed a curfew on Friday and residents said the streets were deserted.\n\nInterim President Ahmed al-Sharaa, in a speech delivered from a mosque in Damascus on Sunday, called for \"national unity and civil peace\" and promised to hold accountable anyone who harmed civilians. He announced the formation of an independent committee to investigate the killings.\n\nU.S. Secretary of State Marco Rubio, in a statement from Washington, condemned \"the radical Islamist terrorists, including foreign jihadists, that murdered people in western Syria\" and urged Syria's interim authorities to bring the perpetrators to justice. Iran's foreign ministry in Tehran also condemned the violence against Alawites, while Turkey urged restraint.\n\nSyria's coastal mountains are the heartland of the Alawite minority, an offshoot of Shi'ite Islam to which Assad belongs and which dominated the security apparatus during his family's five decades in power.\n\n(Reporting by Damascus bureau; Writing by Maya Gebeily; Editing by Frances Kerry)";
    const a = await analyse(text, '2025-03-09');
    const m = a.mentions.find((x) => x.resolution.mention.text === 'DAMASCUS');
    expect([m?.resolution.place?.name, m?.resolution.place?.kind]).toEqual(['Damascus', 'city']);
  });

  it("does not map a town abroad, far from all of a report's places, for a namesake the gazetteer lacks", async () => {
    // The gazetteer has no Kani in Sagaing; Kani in Japan is a city of 100,000.
    const text =
      'BANGKOK (Reuters) - A military air strike on a crowded market in the town of Budalin in the central Sagaing region killed at least 17 people on Sunday. A day later, on Monday, an air strike hit a Buddhist monastery in the town of Kani, in a neighbouring township, where displaced families had sheltered. The wounded were taken to hospitals in Monywa. A junta spokesman told reporters in Naypyitaw that the strikes targeted fighters. Fighting has also flared in Shan state and near Ye-U.';
    const features = await incidents(['a', '2023-11-14', text]);
    expect(features.map((f) => f.properties.country_code).filter((c) => c !== 'MM')).toEqual([]);
  });

  it('does not map where a mission speaks from, nor where a trade route leads', async () => {
    const text =
      'The UN peacekeeping mission, MONUSCO, speaking from its regional base in Goma, said in a statement that it "strongly condemned" the attack in Eringeti. In Shan state, the fighting has again closed the Mandalay-Lashio highway, the main overland trade route to the Chinese border crossing at Muse, and hundreds of trucks are stranded.';
    expect(await incidents(['a', '2024-02-07', text])).toHaveLength(0);
  });

  it('reads "overran a police outpost in X township" as an event', async () => {
    const text = 'In western Rakhine state, the Arakan Army said its fighters overran a police outpost in Kyauktaw township early on Tuesday.';
    const features = await incidents(['a', '2024-02-07', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Kyauktaw', '2024-02-06']]);
  });

  it('reads "in the central state of Guanajuato" as where the town lies, not a second town', async () => {
    const features = await incidents(['a', '2024-02-14', 'Gunmen opened fire inside a bar in Celaya, in the central state of Guanajuato, on Tuesday night, killing six people.']);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Celaya']);
  });

  it("maps what local authorities report of \"the city\" to their city, after a country the sentence opens with", async () => {
    const text = 'In Ukraine, regional authorities in Zaporizhzhia say a Russian drone attack overnight damaged energy infrastructure in the city.';
    const features = await incidents(['a', '2024-09-01', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Zaporizhzhya', 'city']]);
  });

  it('gives a dateline no event told "near" a place the gazetteer lacks', async () => {
    const text = 'PESHAWAR: At least four people were killed when gunmen opened fire on a passenger convoy near Bagan in Lower Kurram on Monday, officials said.';
    expect(await incidents(['a', '2025-03-05', text])).toHaveLength(0);
  });

  it('does not map a government that "has not commented", nor what a regime "has repeatedly" done', async () => {
    const text =
      'Insurgents raided the coastal town of Mucojo on Thursday. The government in Maputo has not commented on the latest attacks. The regime has repeatedly carried out arson attacks on villages in the townships around Pakokku.';
    expect(await incidents(['a', '2024-06-14', text])).toHaveLength(0);
  });

  it('holds the villages under a front\'s heading to that front', async () => {
    const text =
      'The situation by direction over the past day:\n\n**Lyman direction**\n- Russian troops attacked 14 times, trying to advance near Karpivka, Derylove, Torske and Zarichne.\n\n**Huliaipole direction**\n- Ukrainian units repelled 11 enemy attacks near Dobropillia and Zaliznychne.';
    const features = await incidents(['a', '2025-10-21', text]);
    // Karpivka and Zarichne near Lyman, and the village of Dobropillia near Huliaipole, are not
    // in the gazetteer; their namesakes in the Dnipropetrovsk region and the Donetsk town are
    // 100-200 km from the fronts.
    expect(features.filter((f) => f.properties.admin1 === 'Dnipropetrovsk' || f.properties.place_name === 'Dobropillia')).toEqual([]);
  });

  it("reads a hromada's bold heading as the place of its line, and holds the villages under it to the hromada", async () => {
    const text =
      'Over the past day, Russian troops carried out 96 attacks on 38 settlements of Sumy region.\n\n**Esman hromada:** 3 explosions (artillery).\n\n**Yunakivka hromada:** 14 explosions (artillery, KAB, FPV drones). In the village of Oleksiivka, two civilians aged 58 and 63 were wounded by a drone. In Andriivka, a private house and a shed were destroyed.';
    const features = await incidents(['a', '2025-06-09', text]);
    expect(features.map((f) => f.properties.place_name)).toContain('Esman hromada');
    expect(features.map((f) => f.properties.admin1).filter((a) => a !== 'Sumy')).toEqual([]);
  });

  it('keeps a list of districts after a city a list', async () => {
    const text = 'Air defenses destroyed 17 drones over the city of Voronezh and the Ostrogozhsk and Rossosh districts of the Voronezh region overnight, Gusev said.';
    const features = await incidents(['a', '2026-02-07', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Ostrogozhsk', 'Rossosh’', 'Voronezh']);
  });

  it('does not map a place a correction takes back, a death of illness, nor where a court sits', async () => {
    const text =
      'In a story published April 28, 2023, about Russian missile strikes on Ukraine, The Associated Press erroneously\nreported that the apartment building hit in the deadliest strike was in Umanske, a village in the Donetsk region. The\nbuilding was in the city of Uman, in the central Cherkasy region. The story also misstated the number of people\nkilled.\n\nSamir Haddad, who has died aged 78 at his home in Paris on Saturday after a long illness, spent five decades photographing war.\n\nReading the verdict at the high-security Schiphol Judicial Complex near Amsterdam on Thursday, the judge said the plane had been brought down by a Russian-made Buk missile.';
    const features = await incidents(['a', '2023-05-01', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual([]);
  });

  it('maps armed men who looted a clinic in a town, and dates a line by its date in figures', async () => {
    const text = 'Our partners documented the following incidents in the past week:\n\n1. **12/03/2025** - Armed men looted the pharmacy of a clinic in El Obeid, North Kordofan, and assaulted two staff members.';
    const features = await incidents(['a', '2025-12-05', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['El Obeid', '2025-12-03']]);
  });

  it('does not map where bombs are typically launched from, nor power cuts as a result of an attack', async () => {
    const text =
      'A guided bomb hit a residential building in Druzhkivka on Wednesday evening. Glide bombs used against Druzhkivka are typically launched by Su-34 aircraft flying over occupied Horlivka. Emergency shutoffs were applied in parts of the region, including in the city of Kramatorsk, as a result of the attack.';
    const features = await incidents(['a', '2025-09-04', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Druzhkivka']);
  });

  it('reads a bare "Kyiv" as the capital, not the region round it, however near the report\'s other places', async () => {
    const text =
      'Russian missiles slammed into an apartment building in Uman early Friday, killing 21 people. A missile hit a house in Dnipro. A strike on a facility in Kremenchuk injured two workers. Air defenses shot down 21 of 23 missiles. In Kyiv, authorities said missiles were intercepted on approach to the capital.';
    const features = await incidents(['a', '2023-04-28', text]);
    expect(features.map((f) => f.properties.place_name)).not.toContain('Kyiv Oblast');
  });

  it('reads a zone told right after a town as where the town lies, though GeoNames files the town under no zone', async () => {
    const text =
      'Artillery shells hit a school in Kobo town, in North Wollo Zone of the Amhara region, on Monday, killing three pupils. ' +
      'On Sunday, gunmen attacked a clinic in Lalibela, also in North Wollo Zone.';
    const features = await incidents(['a', '2024-03-06', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([['Kobo', '2024-03-04'], ['Lalībela', '2024-03-03']]);
  });

  it('places no neighbourhood at a county of its name abroad; the city it is part of stands', async () => {
    const text = 'Shelling hit a bakery in the Mayo neighbourhood of southern Khartoum on Sunday, killing 12 people, a volunteer group said.';
    const features = await incidents(['a', '2023-09-11', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.country_code, f.properties.event_date])).toEqual([['southern Khartoum', 'SD', '2023-09-10']]);
  });

  it("quotes the telling that dates the event itself over one dated by a later statement", async () => {
    const text =
      'Russian missiles struck an apartment block, built beside the old tram depot in the northern part of Kharkiv, on Friday evening. ' +
      'Officials confirmed on Saturday that five people had been killed in the strike on Kharkiv.';
    const features = await incidents(['a', '2024-05-26', text]);
    expect(features.map((f) => [f.properties.event_date, f.properties.sources[0]!.quote.slice(0, 23)])).toEqual([['2024-05-24', 'Russian missiles struck']]);
  });

  it("dates a live blog's entries, headed by the time of day, to the day it is published", async () => {
    const text =
      '**2:14 pm** — Missile hits house in Metula\n\nAn anti-tank missile fired from Lebanon struck a house in Metula, the military says.\n\n' +
      '**3:05 pm** — Rocket hits Sderot\n\nA rocket fired from Gaza hits a house in Sderot, the army says.';
    const features = await incidents(['a', '2023-11-14', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([['Metula', '2023-11-14'], ['Sderot', '2023-11-14']]);
  });

  it("gives the lede's day to what the words tie to its events ('during the attacks', 'also set fire')", async () => {
    const text =
      'Hundreds of settlers rampaged through the town of Huwara late on Sunday, setting fire to homes and cars.\n\n' +
      'The army said it had sent more troops. In the village of Burin, a farmer was shot dead during the attacks, medics said.\n\n' +
      "Witnesses said the roads were blocked. Settlers also set fire to a school in Za'tara.\n\n" +
      'On Wednesday, troops raided the Old City of Nablus, killing 11 people.';
    const features = await incidents(['a', '2023-02-27', text]);
    const dates = Object.fromEntries(features.map((f) => [f.properties.place_name, f.properties.event_date]));
    expect([dates['Būrīn'], dates['Za‘tarah']]).toEqual(['2023-02-26', '2023-02-26']);
  });

  it('keeps a strike on a plant named after the region apart from a village strike in the region', async () => {
    const text =
      'A drone struck close to the training centre of the Zaporizhzhia nuclear power plant on Sunday, the plant said.\n\n' +
      'Also on Sunday, drones hit a fuel depot in Vasylivka, in the Zaporizhzhia region.';
    const features = await incidents(['a', '2025-04-14', text]);
    expect(features.map((f) => f.properties.geo_precision).sort()).toEqual(['city', 'region']);
  });

  it('keeps a night named by its day apart from the next morning\'s event at the same place', async () => {
    const text =
      'A suicide car bomb hit the gate of the army cantonment in Kramatorsk on Monday morning, killing eight soldiers.\n\n' +
      'In another attack, a drone hit a police post in Kramatorsk on Sunday night, wounding two officers.';
    const features = await incidents(['a', '2024-07-16', text]);
    expect(features.map((f) => f.properties.event_date).sort()).toEqual(['2024-07-14', '2024-07-15']);
  });

  it("keeps a weekly roundup's events of last week as news", async () => {
    const text = 'Last week in Burkina Faso: militants stepped up attacks on the army.\n\nOn 3 May, militants attacked the army base in Dori, killing 20 soldiers.';
    const features = await incidents(['a', '2025-05-14', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Dori', '2025-05-03']]);
  });

  it('keeps a town GeoNames files under no district in the district the words name', async () => {
    const text = 'Bryansk Governor Alexander Bogomaz said on Monday: FPV drones struck the settlement of Klimovo in the Klimovsky district on Sunday, wounding a man. Drones also hit Sevsk and Starodub.';
    const features = await incidents(['a', '2026-01-26', text]);
    expect(features.map((f) => f.properties.place_name)).toContain('Klimovo');
  });

  it('keeps the events of the span a summary names as news', async () => {
    const text =
      'Between 1 and 14 October 2022, WHO verified 31 new attacks on health care in Ukraine.\n\n' +
      '- **3 October, Donetsk Oblast.** An ambulance was hit by shelling near **Myrnohrad** while transporting a wounded civilian.\n\n' +
      '- **13 October, Mykolaiv Oblast.** A missile strike in **Mykolaiv** city damaged the roof of the regional children\'s hospital.';
    const features = await incidents(['a', '2022-10-18', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.admin1, f.properties.event_date]).sort()).toEqual([
      ['Mykolayiv', 'Mykolaiv', '2022-10-13'],
      ['Myrnohrad', 'Donetsk', '2022-10-03'],
    ]);
  });

  it("dates a region's hromada-by-hromada list by the tally of shellings that opens it", async () => {
    const text =
      'During the day on Monday, June 17, Russian troops carried out 41 shellings of the border areas and settlements of Sumy Oblast.\n\n' +
      '**Krasnopilska hromada:** the enemy fired mortars at the village of Mezenivka (11 explosions).\n\n' +
      '**Bilopilska hromada:** the enemy struck Bilopillia with multiple launch rocket systems.';
    const features = await incidents(['a', '2024-06-18', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Bilopillia', '2024-06-17'],
      ['Mezenivka', '2024-06-17'],
    ]);
  });

  it('dates a sentence that names back the events just told by their day, though their place was not mapped', async () => {
    const text =
      'BAGHDAD (AP) — U.S. warplanes struck two facilities used by an Iran-backed militia south of Baghdad early Wednesday, killing at least eight fighters, officials said.\n\n' +
      'The strikes hit an operations center and a weapons storage site in Babil province, according to two Iraqi security officials.\n\n' +
      'Late Wednesday, a drone was shot down as it approached Erbil International Airport in northern Iraq.';
    const features = await incidents(['a', '2023-11-23', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Babil region', '2023-11-22'],
      ['Erbil', '2023-11-22'],
    ]);
  });

  it("dates 'The fighting broke out ...' by the events told just before it", async () => {
    const text =
      'TEGUCIGALPA, March 18 (Reuters) - At least five inmates were killed early on Sunday in a riot at a maximum-security prison, authorities said.\n\n' +
      'The fighting broke out at around 3:00 am in La Tolva prison, in the municipality of Morocelí in El Paraíso department, between members of rival gangs.\n\n' +
      'On Saturday night, gunmen killed four young men at a football pitch in San Pedro Sula.';
    const features = await incidents(['a', '2024-03-18', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Morocelí', '2024-03-17'],
      ['San Pedro Sula', '2024-03-16'],
    ]);
  });

  it("dates 'The attack came a day after ...' the day before the attack it names back", async () => {
    const text =
      'Separatist militants set off a bomb under a passenger train near the town of Mach in Balochistan province early on Sunday, killing at least six people.\n\n' +
      'The attack came a day after gunmen killed four labourers at a construction site in the Hoshab area of Kech district.';
    const features = await incidents(['a', '2026-02-09', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Kech District', '2026-02-07'],
      ['Mach', '2026-02-08'],
    ]);
  });

  it('reads a region a sentence opens with as the setting of a town it holds by reach', async () => {
    const text = 'In the Bekaa, strikes on Sunday hit the town of Brital and the southern outskirts of Baalbek, killing at least 12 people, the governor said.';
    const features = await incidents(['a', '2024-10-28', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Baalbek']);
  });

  it("reads a town, its district, then a distance from a city as one place: the town", async () => {
    const text = 'Fighting was reported on Saturday in Merawi town, Mecha woreda, about 30 kilometers south of Bahir Dar, between the army and Fano militia.';
    const features = await incidents(['a', '2024-04-02', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Mer’āwī']);
  });

  it("dates a bold heading by the first event its paragraph dates", async () => {
    const text =
      '**Strike kills six in Nuseirat camp**\n\nAn Israeli air strike hit a house in the Nuseirat refugee camp on Thursday, killing six people.\n\n' +
      '**Strike on eve of Eid killed family in Rafah**\n\nResidents buried seven members of one family on Wednesday morning. They were killed on Tuesday evening, when an air strike hit their home in the western part of the city.';
    const features = await incidents(['a', '2024-04-11', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['An Nuşayrāt', '2024-04-11'],
      ['Rafaḩ', '2024-04-09'],
    ]);
  });

  it('maps a ship attack told off a port at sea off it, not in the port', async () => {
    const text = 'Yemen\'s Houthi rebels said they fired missiles at a cargo vessel in the Red Sea off the port of Mocha on Wednesday.';
    const features = await incidents(['a', '2024-02-08', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Red Sea off Mocha']);
  });

  it("keeps a monthly tracker's events of last month as news", async () => {
    const text = 'CrisisWatch is our global conflict tracker, updated monthly.\n\n- Russian missile strikes on 6 Jan killed four in **Odesa** city.';
    const features = await incidents(['a', '2026-02-02', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Odesa', '2026-01-06']]);
  });

  it('reads a name in markdown bold with the words around it: a place by its side is a bearing', async () => {
    const text = '- On 11 January, government forces and the SDF clashed near **Deir Hafer**, east of Aleppo city, leaving 18 dead.';
    const features = await incidents(['a', '2026-01-13', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Dayr Ḩāfir']);
  });

  it("reads a front-wide tally's day for the front's places, and a front's name as no place of its own", async () => {
    const text =
      'Ukrainian forces fought 120 combat engagements with Russian troops on Monday, the General Staff said in its update on Tuesday.\n\n' +
      'In the Kupiansk axis, defenders repelled seven Russian attacks near Kupiansk and Petropavlivka.';
    const features = await incidents(['a', '2026-02-10', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision, f.properties.event_date]).sort()).toEqual([
      ['Kupiansk', 'city', '2026-02-09'],
      ['Petropavlivka', 'city', '2026-02-09'],
    ]);
  });

  it('reads the region after a launch site across the border as where that site lies', async () => {
    const text = 'Shells hit Shebekino on Thursday. The governor said the shells had come from the direction of the Ukrainian town of Vovchansk, across the border in the Kharkiv region.';
    const features = await incidents(['a', '2023-06-02', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Shebekino']);
  });

  it("reads no event an official reports when the wounded are only people flown to hospital", async () => {
    const text = 'A Papua police spokesperson in Jayapura said several wounded soldiers had been flown to a hospital in Timika for treatment.';
    expect(await incidents(['a', '2025-05-20', text])).toEqual([]);
  });

  it("reads a post's bold place at the head of each emoji-marked line as that line's place", async () => {
    const text =
      'Over the past day the occupiers struck settlements of the Kharkiv region.\n\n' +
      '💥 **Zolochiv** – overnight the enemy dropped a guided bomb on a private house. Two people were injured.\n\n' +
      '💥 **Balakliia**, Izium district – at 07:40 today a drone hit the territory of a farm.';
    const features = await incidents(['a', '2024-05-18', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Balakliia', 'Zolochiv']);
  });

  it("reads a city's other spelling in brackets as no second event in the region that holds it", async () => {
    const text = "Fighters of the Fano militia briefly entered the city of Dessie (also spelled Dese) in Ethiopia's Amhara region early on Sunday, residents said.";
    const features = await incidents(['a', '2026-02-17', text]);
    expect(features.map((f) => f.properties.geo_precision)).toEqual(['city']);
  });

  it('reads a town named at the end of an unknown longer name as the town, not a surname', async () => {
    const text =
      'Security forces deployed on Thursday in Ashrafiyat Sahnaya, south of the capital. ' +
      'On Wednesday, an Israeli airstrike hit the outskirts of the town of Sahnaya, targeting a group of security personnel.';
    const features = await incidents(['a', '2025-05-01', text]);
    expect(features.map((f) => f.properties.place_name)).toContain('Şaḩnāyā');
  });

  it("dates a mayor's posts headed by their day and time by that day", async () => {
    const text =
      '**9 September, 04:02**\n\nAir defence shot down a drone over the Ramensky district of the Moscow region.\n\n' +
      '**9 September, 05:10**\n\nIn Ramenskoye, drone debris hit a residential building and set two flats on fire.';
    const features = await incidents(['a', '2024-09-10', text]);
    const ramenskoye = features.find((f) => f.properties.place_name === 'Ramenskoye');
    expect(ramenskoye?.properties.event_date).toBe('2024-09-09');
  });

  it("dates a live blog's entries headed by a time in GMT by the blog's day", async () => {
    const text =
      '**11:10 GMT — Rocket hits house in Ashkelon**\n\nA rocket fired from Gaza hit a house in Ashkelon, lightly wounding two people.\n\n' +
      '**06:20 GMT — Dawn strike on Deir el-Balah home**\n\nAn Israeli strike on a house in Deir el-Balah killed nine people.';
    const features = await incidents(['a', '2023-11-14', text]);
    expect(features.map((f) => f.properties.event_date)).toEqual(['2023-11-14', '2023-11-14']);
  });

  it("reads a province named only in an air base's name, in another city, as no site", async () => {
    const text = 'A fourth rocket fell in an open area near the Muthanna air base in western Baghdad on Sunday, police said.';
    const features = await incidents(['a', '2023-12-24', text]);
    expect(features.map((f) => f.properties.admin1)).toEqual(['Baghdad']);
  });

  it('reads officials who blame a group for an attack told before as no report of a new one', async () => {
    const text =
      'A roadside bomb struck a patrol in Wadi Omran on Saturday, killing two soldiers. ' +
      'Officials in Aden blamed al-Qaeda; no group claimed the attack.';
    const features = await incidents(['a', '2023-11-20', text]);
    expect(features.map((f) => f.properties.place_name)).not.toContain('Aden');
  });

  it("reads the unit that holds a family's home town as no site of the past it tells", async () => {
    const text = "Mohammed's family comes from Beit Lahia in the north of the Gaza Strip, where their house was destroyed during the war.";
    expect(await incidents(['a', '2025-02-20', text])).toEqual([]);
  });

  it('reads a city a town is told to be near as no second site', async () => {
    const text = 'Indian missiles struck a militant complex in Muridke, near the eastern city of Lahore, early on Wednesday.';
    const features = await incidents(['a', '2025-05-07', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Muridke']);
  });

  it("reads the city a town lies on the edge of as no second site", async () => {
    const text = 'Gunmen burst into Crocus City Hall in Krasnogorsk, on the western edge of the Russian capital, on Friday evening and opened fire.';
    const features = await incidents(['a', '2024-03-23', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Krasnogorsk']);
  });

  it("reads a ticker line's city, after its time, as the place of a district the gazetteer has only elsewhere", async () => {
    const text = '09:40 - Kherson: Russian drone drops explosive on bus stop in Dniprovskyi district, man wounded - governor';
    const features = await incidents(['a', '2025-02-08', text]);
    expect(features.map((f) => `${f.properties.place_name} ${f.properties.admin1}`)).toEqual(['Kherson Kherson']);
  });

  it('reads "north of Sumy City near Yunakivka" as the village, not a second event north of the city', async () => {
    const text = 'Russian forces attacked north of Sumy City near Yunakivka on August 22.';
    const features = await incidents(['a', '2025-08-23', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Yunakivka']);
  });

  it("places an area told by its side of a city, which the gazetteer has only abroad, at the city", async () => {
    const text = 'On Tuesday our forces crossed into the Soba area in the south-east of Khartoum and took full control of it, the army said.';
    const features = await incidents(['a', '2025-03-26', text]);
    expect(features.map((f) => f.properties.country_code)).toEqual(['SD']);
  });

  it("reads a city told again by its region as no event in the region", async () => {
    const text = "Drones struck the main port of Port Sudan on Tuesday, as well as a hotel near the army chief's residence and the city's civilian airport, officials said, marking a third straight day of attacks on the Red Sea city that had long been seen as a safe haven.";
    const features = await incidents(['a', '2025-05-06', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Port Sudan']);
  });

  it('does not make local sources a second place for the event the sentence before placed in their province', async () => {
    const text = 'Militants attacked a police checkpoint in Khanabad district of Kunduz province on Monday. Sources in Kunduz said three policemen were killed in the clash.';
    const features = await incidents(['a', '2024-05-14', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Khānābād']);
  });

  it('reads rebels walking into the centre of a city as an event there', async () => {
    const features = await incidents(['a', '2025-01-27', 'Rebel fighters walked into the centre of Goma early on Monday, meeting little resistance, residents said.']);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_type, f.properties.event_date])).toEqual([['Goma', 'ground_assault', '2025-01-27']]);
  });

  it("does not make a state police spokesperson's city a second place for an attack told just before in the state", async () => {
    const text = 'Bandits killed nine people in an attack on a village in Faskari Local Government Area of Katsina State on Sunday. The Katsina police spokesperson confirmed the attack and said two suspects were killed.';
    const features = await incidents(['a', '2025-08-25', text]);
    expect(features.map((f) => f.properties.place_name)).not.toContain('Katsina');
  });

  it('maps every dated day of a chronicle, weeks before publication, but not a day told a month apart from the rest', async () => {
    const text = [
      'On June 25, rebels attacked army posts near Kyaukme, in northern Shan State.',
      'On July 3, fighting reached the outskirts of Lashio.',
      'On July 25, the army bombed Hsipaw after a truce collapsed.',
      'On August 6, jets bombed Lashio for the first time.',
      'The rebels had first seized Laukkai on January 5.',
    ].join(' ');
    const features = await incidents(['a', '2024-08-14', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Hsipaw', '2024-07-25'],
      ['Kyaukme', '2024-06-25'],
      ['Lashio', '2024-07-03'],
      ['Lashio', '2024-08-06'],
    ]);
  });

  it("does not make an official's city a place for an event named back by the place it was told in", async () => {
    const text =
      'Bandits killed nine people in an attack on Yankara, a community in Faskari Local Government Area of Katsina State, on Sunday. ' +
      'Residents said the gunmen came on more than 100 motorcycles and burned dozens of homes before leaving towards the forest, and that the survivors spent the night in the bush. ' +
      'The state government condemned the attack and promised to deploy more community volunteers in the frontline areas of the state. ' +
      'The Katsina police spokesperson confirmed the Yankara attack but said the command had recorded seven deaths.';
    const features = await incidents(['a', '2025-08-25', text]);
    expect(features.map((f) => f.properties.place_name)).not.toContain('Katsina');
  });

  it("reads a table's region column as the unit of the row's place, not a place of its own", async () => {
    const text = [
      'Incidents recorded this week:',
      '',
      '| Date | Country | Admin1 | Location | Event |',
      '|---|---|---|---|---|',
      '| 2025-03-08 | Ukraine | Donetsk | Kostiantynivka | Shelling, 2 killed |',
      '| 2025-03-09 | Ukraine | Kharkiv | Kupiansk | Drone strike, 1 injured |',
    ].join('\n');
    const features = await incidents(['a', '2025-03-10', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Kostiantynivka', 'Kupiansk']);
  });

  it("dates a wire's flash lines, headed by a time alone, to the day it publishes them", async () => {
    const text = [
      'Following are urgent alerts issued on Monday. All times GMT.',
      '',
      '0540 - BREAKING: EXPLOSIONS HEARD IN KHARKIV, MAYOR SAYS',
      '',
      '06:10 BREAKING: Russian drone strike hits apartment block in Odesa, city officials say.',
    ].join('\n');
    const features = await incidents(['a', '2025-01-27', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Kharkiv', '2025-01-27'],
      ['Odesa', '2025-01-27'],
    ]);
  });

  it("dates a morning summary of the night's attacks to its day, and reads a row's later columns as its source's", async () => {
    const night = 'The evening and night in the region were restless, the governor reports. In Marhanets, artillery damaged an agricultural enterprise and two houses.';
    expect((await incidents(['a', '2025-08-19', night])).map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Marhanets', '2025-08-19']]);
    const table = ['| Date | Admin1 | Location | Event | Source |', '|---|---|---|---|---|', '| 2025-03-10 | Donetsk | Kostiantynivka | Shelling | Donetsk RMA |'].join('\n');
    expect((await incidents(['b', '2025-03-11', table])).map((f) => f.properties.place_name)).toEqual(['Kostiantynivka']);
  });

  it("dates a timeline's lines by the day heading above them, not by an article's time stamp", async () => {
    const text = [
      'Saturday, 26 August 2023, 10:42',
      '',
      'Below is a timeline of the week on the southern front.',
      '',
      'MONDAY, AUG 21',
      '',
      '- Russian artillery shelled Orikhiv, killing a 68-year-old man and damaging a school.',
      '',
      'WEDNESDAY, AUG 23',
      '',
      '- A guided bomb struck an administrative building in Stepnohirsk, wounding two.',
    ].join('\n');
    const features = await incidents(['a', '2023-08-28', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Orikhiv', '2023-08-21'],
      ['Stepnohirsk', '2023-08-23'],
    ]);
  });

  it('dates the items under a heading that ends in a colon and names the day', async () => {
    const text = [
      'Key developments on July 8:',
      '',
      "- Russian missile attack kills at least 37 across Ukraine, hits Kyiv's largest children's hospital",
      '- Modi arrives in Moscow on first visit since full-scale invasion',
      '',
      'At least 10 people were killed in Kryvyi Rih, where a missile hit an industrial enterprise, the regional governor said.',
    ].join('\n');
    const features = await incidents(['a', '2024-07-09', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Kryvyy Rih', '2024-07-08'],
      ['Kyiv', '2024-07-08'],
    ]);
  });

  it('places an event told in an area at the place right before the area that it holds', async () => {
    const text =
      'An Israeli air strike tore through a densely packed block of the Jabalia refugee camp in northern Gaza on Tuesday, killing dozens of people, hospital officials said.';
    const features = await incidents(['a', '2023-11-01', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.geo_precision])).toEqual([['Jabālyā', 'city']]);
  });

  it('keeps the town when one event is told in it and in a part of an area that holds it', async () => {
    // "northern Gaza" is drawn smaller than Gaza City, which lies in it.
    const text =
      'A drone strike on Wednesday morning hit a group of people near the Sabra roundabout in Gaza City, killing two brothers. ' +
      'Troops in northern Gaza had "eliminated" two militants earlier on Wednesday, the military said.';
    const features = await incidents(['a', '2026-01-14', text]);
    expect(features.map((f) => f.properties.geo_precision)).toEqual(['city']);
  });

  it('keeps a village told in a district by its own name though GeoNames files it under a redrawn district', async () => {
    const text = 'Overnight, Russian drones also hit the frontline settlements of Stepnohirsk and Prymorske in the Zaporizhzhia district, damaging houses, the governor said.';
    const features = await incidents(['a', '2025-10-16', text]);
    expect(features.map((f) => f.properties.place_name).sort()).toEqual(['Prymorske', 'Stepnohirsk']);
  });

  it('places a facility at the town the words put it in, though named after a far namesake', async () => {
    // The gazetteer's Pivdennyi is a village in Kirovohrad Oblast; the port is in Yuzhne.
    const text = 'A Russian missile attack overnight into Wednesday hit a grain terminal at the Pivdennyi port in the town of Yuzhne, setting a loading gallery on fire.';
    const features = await incidents(['a', '2025-01-08', text]);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Yuzhne']);
  });

  it('dates the places of a lede that names none to the lede, not to an older event told later', async () => {
    const text = [
      'Russia struck energy facilities in four Ukrainian regions overnight into Tuesday, grid operator Ukrenergo said.',
      '',
      'In the Kyiv region, the strike hit an energy facility in Bila Tserkva, leaving most of the city without heating, the regional administration said.',
      '',
      'On Wednesday last week, a drone struck a substation in Fastiv.',
    ].join('\n');
    const features = await incidents(['a', '2026-02-03', text]);
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date]).sort()).toEqual([
      ['Bila Tserkva', '2026-02-03'],
      ['Fastiv', '2026-01-28'],
    ]);
  });

  it('places a plant named after a far town or river where the sentence opens', async () => {
    const features = await incidents(['a', '2024-03-22', 'In Zaporizhzhia, Russian missiles hit the Dnipro hydroelectric power station on Friday, Ukrhydroenergo said.']);
    expect(features.map((f) => f.properties.place_name)).toEqual(['Zaporizhzhya']);
  });

  it('dates "that morning" to the day just told, across a paragraph break', async () => {
    const text = [
      'Members of the kibbutz gathered on Monday to mark one year since the attack.',
      '',
      'On October 7, 2023, gunmen who broke through the border fence killed more than 100 residents of Beeri.',
      '',
      'Nearby communities suffered similar devastation that morning. In Kfar Aza dozens were killed.',
      '',
      'Late on Sunday, rockets fired from Lebanon slammed into Haifa, wounding 10 people.',
    ].join('\n');
    const features = await incidents(['a', '2024-10-07', text]);
    // Kfar Aza's day is a year old: background, not the report's news.
    expect(features.map((f) => [f.properties.place_name, f.properties.event_date])).toEqual([['Haifa', '2024-10-06']]);
  });

  it('gives the same ids for the same input', async () => {
    const input: Array<[string, string, string]> = [['a', '2023-06-28', 'Russian missiles hit Kramatorsk on Tuesday evening.']];
    const [first] = await incidents(...input);
    const [second] = await incidents(...input);
    expect(first!.id).toBe(second!.id);
  });
});
