import { describe, expect, it } from 'vitest';
import { analyse, mentionOf } from '../tests/helpers/gazetteer.ts';

describe('choosing among same-named places', () => {
  it('reads "the <area> town of X" as X in the area, and picks the area that holds an X', async () => {
    const m = await mentionOf('In the Hunan city of Yueyang, 47 reservoirs overflowed. Rain will continue in Hunan.', 'Hunan');
    expect(m.place?.kind).toBe('admin1');
    expect(m.place?.countryCode).toBe('CN');
    const djibo = await mentionOf('Fighters attacked a base in the northern Burkina Faso town of Djibo on Sunday.', 'Djibo');
    expect(djibo.place?.countryCode).toBe('BF');
    expect(djibo.analysis.mentions.find((x) => x.resolution.mention.text === 'Djibo')!.resolution.context?.kind).toBe('country');
    // The area after a list holds the whole list, a name the gazetteer lacks included.
    const zelenivka = await mentionOf("Its forces had captured the villages of Zelenivka and Dachenske in Ukraine's Donetsk region.", 'Zelenivka');
    const context = zelenivka.analysis.mentions.find((x) => x.resolution.mention.text === 'Zelenivka')!.resolution.context;
    expect([context?.kind, context?.admin1Code]).toEqual(['admin1', 'UA.05']);
    // "town" there is Nabatieh's kind, not Lebanon's (which made Lebanon a town in Tennessee).
    const lebanon = await mentionOf('An Israeli drone strike on a car in the south Lebanon town of Nabatieh killed a commander.', 'Lebanon');
    expect(lebanon.place?.kind).toBe('country');
    expect(lebanon.place?.countryCode).toBe('LB');
  });

  it('reads a village inside the district the words name by its own name, not a town once called so', async () => {
    // GeoNames gives Velyka Oleksandrivka, a bigger town of the same district, "Novooleksandrivka" as an old name.
    const m = await mentionOf(
      'Guided bombs hit Beryslav on Monday, the Kherson Regional Military Administration said. Later on Monday, a guided bomb also hit Novooleksandrivka in Beryslav district. ' +
        'On Sunday a drone killed a woman in Dudchany, near the border with Mykolaiv region.',
      'Novooleksandrivka',
    );
    expect(m.place?.name).toBe('Novooleksandrivka');
  });

  it('places a power plant named after a city and its region in the region, not at the city', async () => {
    const m = await mentionOf('A drone struck the training centre of the Zaporizhzhia nuclear power plant on Sunday. Russian bombs hit the city of Zaporizhzhia on Monday.', 'Zaporizhzhia');
    expect(m.place?.kind).toBe('admin1');
  });

  it('reads a department as the unit it is in each country, and names no state after a small town', async () => {
    const tera = await mentionOf('Gunmen on motorcycles attacked a village in the Tera department of the Tillaberi region on Monday.', 'Tera');
    expect(tera.place?.kind).toBe('admin2');
    // Lamar is a town in several US states; "La Mar province" is none of those states.
    const laMar = await mentionOf('Rebels ambushed a patrol in Santa Rosa district, La Mar province, in Ayacucho region, killing one soldier.', 'La Mar');
    expect(laMar.place).toBeNull();
  });

  it('puts a village told in the municipality of a town within that town\'s reach', async () => {
    const m = await mentionOf(
      'A bomb hit an army vehicle near El Aguaje, a village in the municipality of Aguililla in the western state of Michoacán. Gunmen also clashed in Chilpancingo, Guerrero.',
      'El Aguaje',
    );
    expect(m.place === null || m.place.admin1 === 'Michoacán').toBe(true);
  });

  it('reads no province abroad, named without its kind word, in a report all in one other country', async () => {
    const m = await mentionOf(
      'Fifteen inmates were killed in a riot at the Litoral penitentiary in the port city of Guayaquil, Ecuador. Gunmen later opened fire in Durán and Quito.',
      'Litoral',
    );
    expect(m.place?.countryCode ?? null).not.toBe('GQ');
  });

  it('reads a comma inside a list of settlements as the list\'s, not as a village in a district', async () => {
    const text =
      'Shelling targeted the settlements of Bilozerka, Dniprovske, Tyahynka, Beryslav and Kozatske on Sunday. Drones also hit Ivanivka and Mykhailivka in Beryslav district.';
    expect((await mentionOf(text, 'Beryslav')).place?.kind).toBe('city');
  });

  it('reads the unit in brackets after a place as where it lies', async () => {
    const kaya = await mentionOf('On 6 May, armed men killed three civilians on the outskirts of Kaya (Sanmatenga province, Centre-Nord region).', 'Kaya', '2025-05-14');
    expect(kaya.analysis.mentions.find((x) => x.resolution.mention.text === 'Kaya')!.resolution.context?.name).toBe('Sanmatenga');
  });

  it('reads no village "nearby" far from every other place, nor one in the unit a namesake is set apart in', async () => {
    const text =
      'Russia said its troops had taken Kurakhove, in Donetsk Oblast, and the nearby village of Dachne. Fighting went on near Dachne on Monday. ' +
      'That Dachne is a small village west of Kurakhove and should not be confused with the resort village of the same name in Odesa Oblast.';
    const m = await mentionOf(text, 'Dachne');
    const dachnes = m.analysis.mentions.filter((x) => x.resolution.mention.text === 'Dachne').map((x) => x.resolution.place?.admin1 ?? null);
    expect(dachnes).toEqual([null, null, null]);
  });

  it('reads no village "nearby" far from the town named just before, however near another place of the report', async () => {
    // The gazetteer's only Za'tara lies by Bethlehem, 53 km from Huwara and 11 km from Jerusalem.
    const text =
      'Settlers set fire to homes and cars in Huwara on Sunday night, the Palestinian Red Crescent said. ' +
      'A man was shot dead in the nearby village of Za\'tara, health officials said. The prime minister, speaking in Jerusalem, urged calm.';
    const m = await mentionOf(text, "Za'tara");
    expect(m.place).toBeNull();
    const huwara = await mentionOf(text, 'Huwara');
    expect(huwara.place?.name).toBe('Huwara');
  });

  it("reads no unit of a country nothing else in the report is in, however many countries a coalition list names", async () => {
    const text =
      'On Oct. 16, coalition forces conducted 12 strikes in Syria and Iraq. In Syria: near Raqqa, one strike hit an ISIL tactical unit; near Mar\'a, one strike destroyed an ISIL fighting position. ' +
      'In Iraq: near Mosul, Kirkuk and Ramadi, strikes hit ISIL units. Coalition members include Australia, Canada, Denmark, France, Jordan, the Netherlands, the United Kingdom, Bahrain, Saudi Arabia, Turkey and the United Arab Emirates.';
    const m = await mentionOf(text, "Mar'a", '2015-10-17');
    expect(m.place?.countryCode ?? null).not.toBe('TZ');
  });

  it('reads a town "off" a country as in it: "260 nautical miles east of Eyl, off Somalia\'s Puntland coast"', async () => {
    const m = await mentionOf(
      'NEW DELHI, March 16 - The Indian Navy said a destroyer sailing from Mumbai intercepted the Ruen on Friday morning about 260 nautical miles east of Eyl, off Somalia\'s Puntland coast. ' +
        'The pirates will be brought to Mumbai and handed to police in Maharashtra, officials in Delhi said.',
      'Eyl',
      '2024-03-16',
    );
    expect([m.place?.name, m.place?.countryCode]).toEqual(['Eyl', 'SO']);
  });

  it('reads "the capital of Sinaloa" as the state, and "the Turkish capital of Ankara" as the city', async () => {
    const sinaloa = await mentionOf('Troops clashed with gunmen to the north of the capital of Sinaloa, where a patrol was attacked on Thursday.', 'Sinaloa', '2023-01-06');
    expect([sinaloa.place?.name, sinaloa.place?.kind]).toEqual(['Sinaloa', 'admin1']);
    const ankara = await mentionOf('A car bomb exploded in the Turkish capital of Ankara on Sunday, killing two.', 'Ankara', '2023-10-02');
    expect(ankara.place?.kind).toBe('city');
  });

  it('reads "the Yuzhny district of the city" as a part of the city just named, not a village elsewhere', async () => {
    const m = await mentionOf(
      'Drones attacked Novorossiysk overnight, damaging a tanker in the port. Residential buildings on several streets in the Yuzhny district of the city were also damaged.',
      'Yuzhny',
      '2025-11-14',
    );
    expect(m.place?.admin1 ?? null).not.toBe('Tula Oblast');
  });

  it('reads a wire dateline as the city, not the province of its name', async () => {
    const m = await mentionOf(
      'SANAA, Yemen (AP) - U.S. airstrikes on the rebels killed at least 31 people, the health ministry said Sunday. ' +
        'The strikes hit a building in the capital, Sanaa, and targets in the northern province of Saada. Media also reported strikes in Radaa, in the central province of al-Bayda.',
      'SANAA',
      '2025-03-16',
    );
    expect([m.place?.name, m.place?.kind]).toEqual(['Sanaa', 'city']);
  });

  it('reads "the nearby town" inside a region the report names, after a dateline abroad, as that town', async () => {
    const text =
      'KYIV, Sept 18 (Reuters) - Ukrainian drones hit a huge arms depot in Russia\'s Tver region overnight, setting off blasts, officials said. ' +
      'Residents of the nearby town of Toropets were evacuated after explosions, the regional governor said.';
    const m = await mentionOf(text, 'Toropets', '2024-09-18');
    expect([m.place?.name, m.place?.countryCode]).toEqual(['Toropets', 'RU']);
  });

  it("reads a tehsil's or sector's district as the place when the gazetteer lacks the tehsil", async () => {
    const m = await mentionOf(
      "Terrorists fired at an Army post in the Mendhar sector of Poonch district late on Sunday, officials in Jammu and Kashmir's Rajouri said.",
      'Poonch',
      '2024-08-13',
    );
    expect([m.role, m.place?.name, m.place?.countryCode]).toEqual(['incident', 'Punch', 'IN']);
  });

  it('keeps a place of a named kind in the country the words put it in', async () => {
    // Iran's Kurdistan Province is the gazetteer's only admin-1 "Kurdistan": the words name
    // Iraq's Kurdistan Region, an area of its own.
    const iraq = await mentionOf("A drone targeted the airport in Iraq's Kurdistan region late on Monday.", 'Kurdistan region');
    expect([iraq.place?.kind, iraq.place?.countryCode]).toEqual(['region', 'IQ']);
    // A demonym before the kind word says the country as well: not Moha, Belgium.
    const mokha = await mentionOf('A ship came under attack off the Yemeni port of Mokha on Sunday.', 'Mokha');
    expect(mokha.place).toBeNull();
    expect(mokha.analysis.mentions.find((x) => x.resolution.mention.text === 'Mokha')!.resolution.candidates.map((c) => c.reasons.join(' ')).join(' | ')).toMatch(/put it in Yemen/);
    // Named without the country it is the province it is.
    const plain = await mentionOf('Protests spread across the Kurdistan province on Monday.', 'Kurdistan');
    expect(plain.place?.countryCode).toBe('IR');
    // Without a kind word the possessor is who acts, not where: "Ukraine's Kursk incursion".
    const kursk = await mentionOf("Ukraine's Kursk incursion stalled as Russian troops counter-attacked near Sudzha.", 'Kursk');
    expect(kursk.place?.countryCode).toBe('RU');
  });

  it('reads "the X district of north Y" as X in Y', async () => {
    // Not Azad Kashmir (Pakistan), whose alternate name is "Kashmir": the Kashmir that holds
    // India's Kupwara district, and only as the district's area.
    const text = 'Two militants were killed in an encounter in the Kupwara district of north Kashmir on Monday. New Delhi blames Pakistan for such attacks, a charge Islamabad denies.';
    const m = await mentionOf(text, 'Kashmir');
    expect(m.place?.featureCode).toBe('RGN');
    expect(m.role).toBe('admin_context');
  });

  it('reads the names of a list as the kind a plural word before or after it says', async () => {
    const before = 'Russia said it had intercepted 146 drones over 10 regions, including Bryansk, Voronezh and Saratov.';
    for (const name of ['Bryansk', 'Voronezh', 'Saratov']) expect((await mentionOf(before, name)).place?.kind).toBe('admin1');
    const after = 'Drones were shot down over the Bryansk, Voronezh and Saratov regions overnight.';
    for (const name of ['Bryansk', 'Voronezh', 'Saratov']) expect((await mentionOf(after, name)).place?.kind).toBe('admin1');
    // The last name too, where the name is also its state's capital.
    const states = 'Bandits killed 23 people in separate attacks in Zamfara and Katsina States over the weekend.';
    for (const name of ['Zamfara', 'Katsina']) expect((await mentionOf(states, name)).place?.kind).toBe('admin1');
    const of = 'Russia also launched drones at the regions of Kharkiv, Dnipropetrovsk and Zaporizhzhia overnight.';
    expect((await mentionOf(of, 'Zaporizhzhia')).place?.kind).toBe('admin1');
    // Without the word, a bare name is the city.
    expect((await mentionOf('Drones were shot down over Bryansk, Voronezh and Saratov overnight.', 'Voronezh')).place?.kind).toBe('city');
  });

  it('keeps a bare name the city when another mention names the district of that name', async () => {
    const text = 'A ballistic missile struck a block of flats in Kryvyi Rih, killing three. Two days earlier, a drone struck a minibus in a village of Kryvyi Rih district.';
    expect((await mentionOf(text, 'Kryvyi Rih')).place?.kind).toBe('city');
  });

  it('reads the bare name a named district is "of" as the city', async () => {
    // Not the region: "Kherson Regional Military Administration" later names the region too.
    const text =
      'A drone attacked a bus in the Korabelnyi district of Kherson on Tuesday, the Kherson Regional Military Administration said. Troops also shelled Bilozerka in the Kherson community.';
    expect((await mentionOf(text, 'Kherson')).place?.kind).toBe('city');
  });

  it('reads the name "an industrial district" is "of" as the city, not its raion', async () => {
    const m = await mentionOf('Russian guided bombs hit an industrial district of Zaporizhzhia on Wednesday, wounding four people.', 'Zaporizhzhia', '2025-02-20');
    expect(m.place?.kind).toBe('city');
  });

  it('reads "Beni territory" as the district, not the town', async () => {
    const m = await mentionOf('Suspected ADF rebels killed 11 people in the village of Mayi-Moya in Beni territory on Tuesday.', 'Beni', '2025-02-14');
    expect(m.place?.kind).toBe('admin2');
  });

  it('follows the admin unit named beside the village', async () => {
    // Two Ukrainian villages called Olenivka: the region decides.
    const donetsk = await mentionOf('A blast hit the prison near Olenivka in the Donetsk region on Friday.', 'Olenivka');
    const odesa = await mentionOf('A drone hit a farm near Olenivka in the Odesa region on Friday.', 'Olenivka');
    expect(donetsk.place?.admin1).toBe('Donetsk');
    expect(odesa.place?.admin1).toBe('Odesa');
    // A village of a named kind "in" a region is none of its namesakes elsewhere, however near
    // (the gazetteer has Novoselivkas in Poltava, Odesa and Donetsk regions, none in Sumy).
    const sumy = await mentionOf('Russian drones struck a farm near the village of Novoselivka in Sumy Oblast on Monday.', 'Novoselivka');
    expect(sumy.place).toBeNull();
    expect(sumy.analysis.mentions.find((x) => x.resolution.mention.text === 'Novoselivka')!.resolution.candidates.map((c) => c.reasons.join(' ')).join(' | ')).toMatch(/put it in Sumy/);
  });

  it('does not read the attackers\' demonym as the country of the place they hit', async () => {
    // Pokrovsk is a city in Donetsk Oblast and a village in Russia.
    const m = await mentionOf('Russian forces shelled Pokrovsk on Monday, killing two people.', 'Pokrovsk');
    expect(m.place?.countryCode).toBe('UA');
  });

  it('reads "the nearby village of X" as the X near the place just named', async () => {
    const text = 'On Saturday, drones wounded nine people in Kherson and the nearby village of Antonivka, he said.';
    const m = await mentionOf(text, 'Antonivka', '2024-11-18');
    expect(m.place?.admin1Code).toBe('UA.08');
    expect(m.place!.population).toBeGreaterThan(10_000);
  });

  it('reads a power plant named after a city and region of one name as in the region', async () => {
    const plant = await mentionOf('The IAEA said drones struck near the Zaporizhzhia nuclear power plant on Sunday.', 'Zaporizhzhia');
    expect(plant.place?.kind).toBe('admin1');
    const city = await mentionOf('Drones struck Zaporizhzhia on Sunday, damaging a training centre.', 'Zaporizhzhia');
    expect(city.place?.kind).toBe('city');
  });

  it("reads a country's own name as the country, not a namesake town inside it", async () => {
    // Colombia has a town called Colombia; a report about Colombia boosts both alike.
    const text = 'Rebels attacked a police station in Jamundi, near Cali, in southwestern Colombia on Saturday.';
    expect((await mentionOf(text, 'Colombia')).place?.kind).toBe('country');
    expect((await mentionOf('Rebels attacked the town of Colombia in Huila on Saturday.', 'Colombia')).place?.kind).toBe('city');
  });

  it("places nothing by an alternate name alone when the report's other places are in another country", async () => {
    // GeoNames lists "Zike" as another language's name of Syke, Germany.
    const m = await mentionOf('Gunmen attacked Zike village near Jos on Sunday, killing 12, police in Plateau state said.', 'Zike');
    expect(m.place).toBeNull();
  });

  it('reads "X local government area" as a district, not as people of a government', async () => {
    const m = await mentionOf('The attackers stormed a village in the Bassa local government area late Sunday, police said.', 'Bassa');
    expect([m.role, m.place?.kind, m.place?.countryCode]).toEqual(['incident', 'admin2', 'NG']);
  });

  it('does not read a neighbourhood as a namesake village far from the city the report names', async () => {
    // GeoNames' Faladié is a village 65 km from Bamako; the Faladie neighbourhood is in the city.
    const m = await mentionOf('Gunfire and explosions were heard near the Faladie neighborhood of Bamako on Tuesday.', 'Faladie');
    expect(m.place).toBeNull();
  });

  it('does not read a city district as a namesake village far from the city', async () => {
    // GeoNames' villages called Kyivskyi lie 77 km and more from Kharkiv.
    const m = await mentionOf('Russia attacked Kharkiv Oblast overnight. In Kharkiv city, a drone struck a garage in the Kyivskyi district late on Sunday.', 'Kyivskyi');
    expect(m.place).toBeNull();
    // The words put it in the city, or the district is named after a town: those stand.
    const inCity = await mentionOf("Two people were killed when a guided bomb hit a building in Kharkiv's Saltivskyi district on Sunday.", 'Saltivskyi');
    expect(inCity.place?.countryCode).toBe('UA');
    const town = await mentionOf("A drone attack set fire to an oil depot in the Kotovsk district of Russia's Tambov region early on Saturday.", 'Kotovsk');
    expect(town.place?.admin1).toBe('Tambov Oblast');
  });

  it('reads "Congo" as the Congo the report is about, never a namesake town', async () => {
    // Both countries go by "Congo"; a town in Paraiba, Brazil, has it as its own name.
    const east = await mentionOf('KINSHASA (AP) - Rebels attacked a church in eastern Congo, killing 43. The attack was in Ituri province.', 'Congo');
    expect([east.place?.kind, east.place?.countryCode]).toEqual(['country', 'CD']);
    const west = await mentionOf('BRAZZAVILLE (Reuters) - Gunmen attacked a police post in the Pool region of southern Congo on Monday.', 'Congo');
    expect([west.place?.kind, west.place?.countryCode]).toEqual(['country', 'CG']);
  });

  it('reads "the Moscow region" as the oblast around the city, not the federal city', async () => {
    const region = await mentionOf('The ministry said 19 drones were destroyed over the Moscow region overnight.', 'Moscow');
    expect([region.place?.kind, region.place?.name]).toEqual(['admin1', 'Moscow Oblast']);
    const city = await mentionOf('Ukraine attacked Moscow with drones overnight, the mayor said.', 'Moscow');
    expect([city.place?.kind, city.place?.featureCode]).toEqual(['city', 'PPLC']);
    // So with a capital whose own unit is "<name> City": "Kyiv region" is Kyiv Oblast.
    const kyiv = await mentionOf('In Kyiv region, a drone hit a warehouse in Bila Tserkva on Tuesday.', 'Kyiv');
    expect([kyiv.place?.name, kyiv.role]).toEqual(['Kyiv Oblast', 'admin_context']);
  });

  it('keeps a district in the unit the words put it in', async () => {
    // Pakistan's Poonch District is near the report's other places; the words put this one in
    // India's Jammu and Kashmir, where the gazetteer has the town it is named after.
    const text =
      'Indian shelling killed five civilians in the Neelum Valley of Pakistan-administered Kashmir on Thursday, the Pakistani military said. India said Pakistani troops had fired on villages in the Poonch district of Jammu and Kashmir.';
    const m = await mentionOf(text, 'Poonch');
    expect([m.place?.countryCode, m.place?.admin1]).toEqual(['IN', 'Jammu and Kashmir']);
    const pakistan = m.analysis.mentions.find((x) => x.resolution.mention.text === 'Poonch')!.resolution.candidates.find((c) => c.place.countryCode === 'PK');
    expect(pakistan?.reasons.join(' ')).toMatch(/the words put it in Jammu and Kashmir/);
  });

  it('puts a port its sea names on that sea, never an inland namesake', async () => {
    // GeoNames gives "Mokha" as another name of Moga, an inland city in Punjab, India.
    const text = 'The master of a merchant vessel reported an explosion close to his ship off the Red Sea port of Mokha on Wednesday.';
    const m = await mentionOf(text, 'Mokha');
    expect(m.place?.countryCode ?? null).not.toBe('IN');
    expect(m.analysis.mentions.find((x) => x.resolution.mention.text === 'Mokha')!.resolution.reasons.join(' ')).toMatch(/the words put it on the Red Sea/);
    // The sea is where the port lies, not a second site.
    expect((await mentionOf('An explosion rocked the Red Sea port city of Hodeidah on Tuesday.', 'Red Sea')).role).toBe('context');
    expect((await mentionOf('A drone attack hit the oil terminal in the Black Sea port of Novorossiysk on Friday.', 'Novorossiysk')).place?.countryCode).toBe('RU');
  });

  it('keeps the places of a sentence that opens with an area in or near it', async () => {
    // GeoNames has a Kamenskoye in Kamchatka, not the village in Zaporizhzhia Oblast.
    const text = 'In the Zaporozhye direction, units of the Dnepr group continued offensive operations near the village of Kamenskoye, the ministry said.';
    const m = await mentionOf(text, 'Kamenskoye');
    expect(m.place).toBeNull();
    expect(m.analysis.mentions.find((x) => x.resolution.mention.text === 'Kamenskoye')!.resolution.reasons.join(' ')).toMatch(/the sentence is set in Zaporizh/);
    // Nearer, a namesake in another unit known by that name only as an alternate is not it
    // either (GeoNames also calls Sartana, in Donetsk Oblast, "Primorskoye").
    const near = await mentionOf('In the Zaporizhzhia region, Russian troops shelled the village of Primorskoye on Tuesday.', 'Primorskoye');
    expect(near.place?.name ?? null).not.toBe('Sartana');
    expect(near.place?.admin1 ?? 'Zaporizhzhia').toBe('Zaporizhzhia');
    // Only small places: a continent far off is still the continent.
    const asia = await mentionOf('In Alberta, that means the province must increase its outreach to Asia.', 'Asia');
    expect(asia.place?.name).toBe('Asia');
    const shostka = await mentionOf('In Sumy Oblast, drones hit an energy facility in Shostka overnight.', 'Shostka');
    expect([shostka.place?.name, shostka.place?.countryCode]).toEqual(['Shostka', 'UA']);
  });

  it('places no village by a spelling variant alone in a region none of the report\'s other places are in', async () => {
    // GeoNames has a Lyubymivka in Kherson Oblast; the Lyubimovka by Sevastopol is not in it.
    const m = await mentionOf('Debris from a downed drone damaged two houses in Lyubimovka, the governor of Sevastopol said.', 'Lyubimovka');
    expect(m.place).toBeNull();
    // Named with a place of its own region, it stays.
    const kherson = await mentionOf('Debris from a downed drone damaged two houses in Lyubymivka, near Nova Kakhovka in the Kherson region.', 'Lyubymivka');
    expect(kherson.place?.admin1).toBe('Kherson');
    // The only place of its report, the spelling is the only reading there is.
    const alone = await mentionOf('A guided bomb struck Kupiansk-Vuzlovyi on Sunday, killing a woman.', 'Kupiansk-Vuzlovyi');
    expect(alone.place?.admin1).toBe('Kharkiv');
  });

  it('places nothing by a spelling variant alone when the report\'s other places are in another country', async () => {
    const text = 'RSF fighters attacked El Fasher in North Darfur on Friday. Survivors said RSF fighters stormed the village of Tayba in East El Gezira locality on Friday evening.';
    const m = await mentionOf(text, 'Tayba');
    expect(m.place?.countryCode ?? null).not.toBe('IL');
  });

  it('keeps a place within the distance the words give from another', async () => {
    const text = 'Militants ambushed a civilian convoy on Friday near Kobe, about 30 km from Gao on the road to Ansongo.';
    const m = await mentionOf(text, 'Kobe');
    expect(m.place?.countryCode ?? null).not.toBe('JP');
    // A bearing alone: near, and in the same country unless right across the border.
    const mazraa = await mentionOf('Israeli drones struck a column of tanks near the village of al-Mazraa, on the highway northwest of Sweida city, on Wednesday.', 'al-Mazraa');
    expect(mazraa.place?.countryCode ?? null).not.toBe('IL');
    const hodeidah = await mentionOf('Air strikes hit the port of Hodeidah, west of Sanaa, on Tuesday.', 'Hodeidah');
    expect(hodeidah.place?.countryCode).toBe('YE');
    // An appositive says it too, and what the words rule out at one mention stays out at the
    // name's every mention.
    const text2 = 'Heavy fighting continued in and around New York, an urban-type settlement just south of Toretsk. Ukrainian troops repelled six Russian assaults near New York on Tuesday.';
    const a = await mentionOf(text2, 'New York');
    expect(a.analysis.mentions.filter((x) => x.resolution.mention.text === 'New York').map((x) => x.resolution.place?.countryCode ?? null)).not.toContain('US');
    // So does a monitor's bracket, past a note on who holds the place: not the Vodiane of
    // Zaporizhzhia Oblast, 200 km from Mariupol.
    const vodiane = await mentionOf('On 20 November, while in Vodiane (government-controlled, 20km north-east of Mariupol), the SMM heard 25 undetermined explosions.', 'Vodiane', '2016-11-22');
    expect(vodiane.place?.admin1 ?? null).not.toBe('Zaporizhzhia');
    // A place that is that near stays: Bucha, 25 km from Kyiv.
    const bucha = await mentionOf('Shelling hit Bucha, about 25 km from Kyiv, on Tuesday.', 'Bucha');
    expect([bucha.place?.name, bucha.place?.countryCode]).toEqual(['Bucha', 'UA']);
  });

  it("does not read a city's district as another city's district of the same name", async () => {
    // Kyiv, Kharkiv and Zaporizhzhia each have a Shevchenkivskyi district; GeoNames has Kyiv's.
    const text = 'Russian forces attacked Zaporizhzhia with guided bombs on Wednesday. The bombs hit residential buildings in the Shevchenkivskyi district of the city.';
    const m = await mentionOf(text, 'Shevchenkivskyi');
    expect(m.place).toBeNull();
    expect(m.analysis.mentions.find((x) => x.resolution.mention.text === 'Shevchenkivskyi')!.resolution.reasons.join(' ')).toMatch(/no place of the report within 25 km/);
    // Named with its city, and the report naming Kyiv too.
    const named = await mentionOf('Drones struck the Shevchenkivskyi district of Zaporizhzhia late on Monday. Kyiv was also attacked.', 'Shevchenkivskyi');
    expect(named.place?.admin1 ?? null).not.toBe('Kyiv City');
    // In Kyiv it is Kyiv's.
    const kyiv = await mentionOf('Russian missiles hit Kyiv overnight. Debris fell in the Shevchenkivskyi district of the city.', 'Shevchenkivskyi');
    expect([kyiv.place?.featureCode, kyiv.place?.admin1]).toEqual(['ADM2P', 'Kyiv City']);
  });

  it('takes no context from words that place nothing', async () => {
    // "Ras" alone is only a village in India, below the bar: no context of Hodeidah.
    const m = await mentionOf('Israel struck Houthi targets at three ports in Yemen and near Sanaa on Monday. The strikes hit the ports of Hodeidah, Ras Isa and Salif, the military said.', 'Hodeidah');
    const hodeidah = m.analysis.mentions.find((x) => x.resolution.mention.text === 'Hodeidah')!;
    expect(hodeidah.resolution.context).toBeNull();
    // A context that resolves stands: "Toretsk in the Donetsk region".
    const t = await mentionOf('Russian troops attacked Toretsk in the Donetsk region on Monday.', 'Toretsk');
    expect(t.analysis.mentions.find((x) => x.resolution.mention.text === 'Toretsk')!.resolution.context?.kind).toBe('admin1');
  });

  it('reads a bare name shared by a town and its district as the town', async () => {
    const m = await mentionOf('Israeli forces raided the Jenin refugee camp in the occupied West Bank on Monday.', 'Jenin');
    expect([m.place?.kind, m.place?.countryCode]).toEqual(['city', 'PS']);
  });

  it('reads "the Lebanese city of" as the country of the city', async () => {
    const m = await mentionOf('An airstrike hit a market in the Lebanese city of Tripoli on Monday.', 'Tripoli');
    expect(m.place?.countryCode).toBe('LB');
  });

  it('reads "the X province" as the province X lies in when only the city has the name', async () => {
    const m = await mentionOf("Air strikes hit a fuel port in Yemen's Hodeidah province on Thursday, the ministry said.", 'Hodeidah');
    expect(m.place?.kind).toBe('admin1');
    expect(m.place?.countryCode).toBe('YE');
  });

  it('reads "the Red Sea" as the sea, not the province named after it, whatever the report is about', async () => {
    // Sudan's and Egypt's Red Sea provinces; the report's other places are in Sudan.
    const text = 'Paramilitaries shelled El Fasher and Nyala on Friday. Later a missile hit a ship in the Red Sea, the navy said.';
    expect((await mentionOf(text, 'Red Sea')).place?.kind).toBe('sea');
    expect((await mentionOf('Floods hit the Red Sea state of Sudan on Friday.', 'Red Sea')).place?.kind).toBe('admin1');
  });

  it('reads "X department" as the admin-1 unit', async () => {
    const m = await mentionOf('Guerrillas attacked a military base in Arauca department on Tuesday, the army said.', 'Arauca');
    expect(m.place?.kind).toBe('admin1');
  });

  it('follows the country named beside a city', async () => {
    const m = await mentionOf('Flooding hit London, Ontario, on Monday.', 'London');
    expect(m.place?.countryCode).toBe('CA');
  });

  it('prefers the region when the words say region', async () => {
    const m = await mentionOf('Shelling hit villages in the Kherson region on Monday.', 'Kherson');
    expect(m.place?.kind).toBe('admin1');
  });

  it('prefers the city when nothing says region', async () => {
    const m = await mentionOf('Shelling hit the centre of Kherson on Monday.', 'Kherson');
    expect(m.place?.kind).toBe('city');
  });

  it('does not take a town in Lviv Oblast named Mykolaiv for the city outlets write so', async () => {
    // GeoNames' city is Mykolayiv; its English name "Mykolaiv" is found only as a spelling variant.
    const text =
      'Explosions boomed across Kyiv as air defence units engaged cruise missiles over the capital. In the southern city of Mykolaiv, a drone struck a residential neighbourhood, killing two people, regional governor Vitaliy Kim said. Two employees were killed when a missile hit a railway depot in the city of Dnipro. In Odesa, missiles struck energy infrastructure. In the west, a missile hit a critical infrastructure facility in the Lviv region, while officials in the neighbouring Volyn region reported damage to an energy facility.';
    const m = await mentionOf(text, 'Mykolaiv', '2024-11-17');
    expect(m.place?.admin1 ?? null).not.toBe('Lviv');
    // "the southern city of" says which: the town in Lviv Oblast lies in the country's west.
    const south = await mentionOf('In the southern city of Mykolaiv, a drone struck a residential neighbourhood on Sunday. In the west, a missile hit a facility in the Lviv region.', 'Mykolaiv', '2024-11-17');
    expect([south.place?.admin1, south.place?.population]).toEqual(['Mykolaiv', 470011]);
  });

  it('keeps a village said to lie some way of a town near it ("near Andriivka, west of Kurakhove")', async () => {
    // The gazetteer's nearest Andriivka of that spelling is 110 km off, in Zaporizhzhia Oblast.
    const text =
      'Russian forces advanced in eastern Kurakhove on November 19. Russian forces also attacked near Andriivka, west of Kurakhove, on November 23. Russian forces attacked near Novodarivka in Zaporizhzhia Oblast on November 23.';
    const m = await mentionOf(text, 'Andriivka', '2024-11-24');
    expect(m.place?.admin1 ?? null).not.toBe('Zaporizhzhia');
    // A city may lie far the way it is said to: Hodeidah is 140 km west of Sanaa.
    const h = await mentionOf('Strikes hit the port of Hodeidah, west of Sanaa, on Friday.', 'Hodeidah');
    expect(h.place?.countryCode).toBe('YE');
  });

  it('does not let a name vouch for its own foreign reading by being repeated ("Hamas" is no Hamm)', async () => {
    const text =
      'An Israeli strike on a tent camp in al-Mawasi, west of Khan Younis, killed 17 people on Tuesday. Israel said it targeted Hamas fighters. Hamas denied it. A Hamas official in Doha said talks would go on. Tanks shelled western Rafah on Wednesday.';
    const m = await mentionOf(text, 'Hamas', '2024-07-17');
    expect(m.place).toBeNull();
  });

  it('reads no town of a country the report names only whole, when its towns are all in another, by an alternate name', async () => {
    const text =
      "Israeli forces shelled the village of Koya in Syria's Daraa province on Tuesday. On Wednesday morning, Israeli troops entered the nearby village of Maariyah. The wounded were taken to Tasil and Daraa. Israel said its troops came under fire; Damascus condemned the raid.";
    const m = await mentionOf(text, 'Maariyah', '2025-03-26');
    expect(m.place).toBeNull();
  });

  it('keeps two places of one name apart when each mention is qualified its own way ("Rafah in southern Gaza", "the North Sinai town of Rafah")', async () => {
    const text =
      'Israeli tanks reached the centre of Rafah in southern Gaza on Tuesday. The strike hit shelters in western Rafah. Aid lorries have been waiting in the North Sinai town of Rafah for weeks.';
    const a = await mentionOf(text, 'Rafah', '2024-05-28');
    const rafahs = a.analysis.mentions.filter((m) => m.resolution.mention.text === 'Rafah').map((m) => m.resolution.place?.countryCode);
    expect(rafahs).toEqual(['PS', 'PS', 'EG']);
  });

  it('takes a seat GeoNames gives no population, the only place of its name, for a town ("Natanz")', async () => {
    const m = await mentionOf('Israel also said it hit a facility at Natanz overnight, and missiles struck Tel Aviv.', 'Natanz', '2025-06-19');
    expect(m.place?.countryCode).toBe('IR');
  });

  it('does not confine a sentence of speech to the city it opens with ("In Vienna, ... told reporters")', async () => {
    const text = 'Israeli aircraft struck the Arak heavy water reactor on Thursday. In Vienna, the IAEA chief told reporters the Arak reactor contained no nuclear material.';
    const m = await mentionOf(text, 'Arak', '2025-06-20');
    expect(m.place?.countryCode).toBe('IR');
  });

  it('rules out a namesake lying another way than the words put it ("Makiivka (northwest of Kreminna)")', async () => {
    // The city of Makiivka lies 110 km south of Kreminna; the village meant is one the gazetteer lacks.
    const m = await mentionOf('Russian forces attacked near Makiivka (northwest of Kreminna) on October 14.', 'Makiivka', '2024-10-15');
    expect(m.place).toBeNull();
    // The way the words give is kept: Hodeidah lies west of Sanaa.
    const h = await mentionOf('Strikes hit the port of Hodeidah, west of Sanaa, on Friday.', 'Hodeidah');
    expect(h.place?.countryCode).toBe('YE');
  });

  it('picks none of villages of one name in other regions than the report\'s places', async () => {
    // Five villages called Pishchane, none in Kharkiv Oblast; nearness to Kyiv, where the
    // president spoke, must not choose the one in Cherkasy Oblast.
    const text =
      'Russian forces attacked southeast of Kupyansk near Kruhlyakivka and Pishchane on October 14. Kharkiv Oblast Military Administration Head Oleh Synehubov said glide bombs hit Kupyansk. President Volodymyr Zelensky said in Kyiv that the front held.';
    const m = await mentionOf(text, 'Pishchane', '2024-10-15');
    expect(m.place).toBeNull();
    // Named with its region, one of them is found.
    const sumy = await mentionOf('Shelling hit the village of Pishchane in Sumy Oblast on Monday.', 'Pishchane');
    expect(sumy.place?.admin1).toBe('Sumy');
  });

  it('finds an admin seat GeoNames gives no population by its English name ("Hermel" for El Hermel)', async () => {
    const m = await mentionOf('Israeli jets struck the outskirts of Hermel on Monday.', 'Hermel');
    expect([m.place?.name, m.place?.countryCode]).toEqual(['El Hermel', 'LB']);
  });

  it('prefers the region when the name holds a unit of unknown place ("Depayin Township in southeastern Sagaing")', async () => {
    const m = await mentionOf('Junta jets bombed a village in Depayin Township in southeastern Sagaing on Tuesday.', 'Sagaing');
    expect([m.place?.kind, m.place?.admin1]).toEqual(['admin1', 'Sagaing Region']);
  });

  it('reads a bare name that is only another name of both a province and its capital as the capital', async () => {
    // (With Kunduz nearer to Balkh province's edge than to the city, nearness tipped it.)
    const m = await mentionOf('A bomb exploded at a mosque in Kunduz on Friday. Another bomb hit a market in Mazar-i-Sharif on Saturday.', 'Mazar-i-Sharif');
    expect([m.place?.kind, m.place?.admin1]).toEqual(['city', 'Balkh']);
  });

  it("follows the report's country focus", async () => {
    const m = await mentionOf('Russian drones struck Kharkiv and Sumy overnight. A missile then hit Odessa.', 'Odessa');
    expect(m.place?.countryCode).toBe('UA');
  });

  it('keeps the runner-up candidates with scores and reasons', async () => {
    const m = await mentionOf('A missile struck Kharkiv on Tuesday.', 'Kharkiv');
    const r = m.analysis.mentions.find((x) => x.resolution.mention.text === 'Kharkiv')!.resolution;
    expect(r.candidates.length).toBeGreaterThan(0);
    expect(r.candidates[0]!.score).toBeLessThanOrEqual(r.score);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  // A part of a city named as the city's is in that city, not in another city near the dateline.
  it.each([
    ["KYIV (Reuters) - A Russian drone strike on Kharkiv late on Friday injured four people in the city's Shevchenkivskyi district, officials said.", 'Shevchenkivskyi', 'Kharkiv'],
    ['KYIV (Reuters) - In the city of Odesa, debris from a downed drone fell on a residential building in the Prymorskyi district overnight.', 'Prymorskyi', null],
  ])('reads the district in "%s" as part of the city the words name', async (text, word, admin1) => {
    const m = await mentionOf(text, word, '2025-06-14');
    expect(m.place?.admin1 ?? null).toBe(admin1);
  });

  it('reads "the X area on the western edge of Y" as a part of Y', async () => {
    // GeoNames also spells Fallujah, Iraq, "al-Faluja".
    const m = await mentionOf('A drone fired on people collecting water in the al-Faluja area on the western edge of the Jabalia camp on Sunday.', 'al-Faluja', '2024-10-21');
    expect(m.place?.countryCode ?? null).not.toBe('IQ');
  });

  it('does not take a place told by a side of a small town for a city of its name 100 km off', async () => {
    // Vuhledar is a small town; the city of Kostiantynivka lies 100 km to its north-north-east.
    const m = await mentionOf('Russian forces attacked near Kostiantynivka, northwest of Vuhledar, on November 23.', 'Kostiantynivka', '2024-11-25');
    expect(m.place).toBeNull();
  });

  it('keeps the places of a front named for a town near that town', async () => {
    // The town of Lozova lies 130 km from Kupiansk; the front's Lozova is a village GeoNames lacks.
    for (const text of [
      'On the Kupiansk front, Russian troops attacked Ukrainian positions near Lozova six times.',
      'Details: On the Kupiansk front, Russian troops attacked Ukrainian positions near Lozova six times.',
    ]) {
      expect((await mentionOf(text, 'Lozova', '2024-11-28')).place).toBeNull();
    }
  });

  it('reads "about 20 kilometers from the municipal seat of X" as a distance from X', async () => {
    const text =
      'Gunmen ambushed community police in Guerrero on Sunday. The attack took place near the village of Linda Vista, about 20 kilometers from the municipal seat of Tlacotepec. Further south, in Chiapas, hundreds of people have fled.';
    const m = await mentionOf(text, 'Linda Vista', '2024-12-09');
    expect(m.place?.admin1 ?? null).not.toBe('Chiapas');
  });

  it('reads "just east of the city" from the city named before', async () => {
    const m = await mentionOf('Shelling killed a man in Kherson on Monday. Another man was killed in the village of Antonivka, just east of the city, officials said.', 'Antonivka', '2023-11-21');
    expect(m.place?.admin1).toBe('Kherson');
    expect(m.place?.population).toBeGreaterThan(10_000);
  });

  it('reads "west of the city" from the city the report named, not one named in quoted words', async () => {
    const text = [
      'Drones have attacked Kherson every day this month, officials said.',
      '"They choose you," she said. "My friend says it is like Bakhmut now. Here the old people stay.',
      '"We have nowhere to go."',
      'Early on Friday, a drone attacked a car in the village of Bilozerka, west of the city, injuring two people.',
    ].join('\n\n');
    const m = await mentionOf(text, 'Bilozerka', '2025-05-10');
    expect(m.place?.admin1).toBe('Kherson');
  });

  it('does not read a river named after a city as "the city"', async () => {
    const text = 'Kherson sits on the right bank of the Dnipro river. On Friday a drone hit a car in the village of Bilozerka, west of the city.';
    const m = await mentionOf(text, 'Bilozerka', '2025-05-10');
    expect(m.place?.admin1).toBe('Kherson');
  });

  it.each([
    ['A Turkish drone struck a vehicle near the dam in the eastern countryside of Aleppo this morning.'],
    ['Regime artillery shelled villages in the western Aleppo countryside on Friday.'],
  ])('reads "the countryside of X" as the province round the city: %s', async (text) => {
    const m = await mentionOf(text, 'Aleppo', '2025-01-12');
    expect(m.place?.kind).toBe('admin1');
  });

  it('reads no village of a border war in a third country, nor as a city of 300,000', async () => {
    // GeoNames has no Kut in Armenia: Al Kut in Iraq (by another name) and a Kut in Ukraine.
    const text =
      'YEREVAN, May 11 - Azerbaijani forces opened fire on Armenian positions near Sotk in Gegharkunik Province on Thursday, wounding a soldier who was evacuated to the medical center in Vardenis. They also fired at a tractor in the fields of the village of Kut, a few kilometers from Sotk, the Armenian Defence Ministry said. Baku said Armenian units had fired at its positions in the Kalbajar district.';
    const m = await mentionOf(text, 'Kut', '2023-05-11');
    expect(m.place).toBeNull();
  });

  it("does not let a name's two spellings vouch for a namesake abroad", async () => {
    // GeoNames lacks Kherson's Krynky; Krynki is a town in Poland, "Krynky" its spelling variant.
    const text =
      'Russian forces attacked Ukrainian positions in the village of Krynky, on the east bank about 30 km upstream of Kherson, on Monday. ' +
      'Russia\'s defence ministry said its forces had repelled attacks near "Krynki", its spelling of the village. Shelling hit Bilozerka and Antonivka.';
    const m = await mentionOf(text, 'Krynky', '2024-06-04');
    expect(m.place).toBeNull();
  });

  it('reads "the X microraion of Y" as a part of the town Y, not a town X elsewhere', async () => {
    const text = 'Footage showed Russian infantry moving through a destroyed residential block in the Kanal microraion of eastern Chasiv Yar on Tuesday.';
    const m = await mentionOf(text, 'Kanal', '2024-08-21');
    expect(m.place).toBeNull();
  });

  it('meets a name GeoNames writes with the assimilated Arabic article: Al-Salif is As Salif', async () => {
    const m = await mentionOf('A security source in Hodeidah governorate said US-British jets launched three raids at dawn today on Al-Salif district.', 'Al-Salif', '2024-01-31');
    expect([m.place?.name, m.place?.admin1]).toEqual(['As Salif', 'Al Hudaydah']);
  });

  it('reads "the city\'s X district" as a part of the last city big enough to have districts', async () => {
    const text =
      '**07:05** Russian forces attacked Odesa with attack drones overnight, Oleh Kiper, head of Odesa Oblast Military Administration, reported on Telegram. According to him, the drones approached from the sea and from the direction of occupied Crimea; the launch sites were Cape Chauda and Hvardiiske.\n\n' +
      "**07:21** Kiper says that in the city's Prymorskyi district a drone struck a nine-storey residential building.";
    const m = await mentionOf(text, 'Prymorskyi', '2025-03-26');
    expect(m.place?.countryCode ?? 'none').not.toBe('RU');
  });

  it('reads "the Andean region of X" as the region: an adjective is no name of its own kind', async () => {
    const m = await mentionOf('Rebels ambushed a patrol in the Andean region of Ayacucho, Peru\'s armed forces said.', 'Ayacucho', '2024-09-12');
    expect(m.place?.kind).toBe('admin1');
  });

  it('reads "X, another municipality in Y" and "in neighbouring Y province" as X in Y', async () => {
    const m = await mentionOf('Rebels also attacked the police station in Suarez, a municipality in neighbouring Cauca province, on Tuesday.', 'Cauca', '2024-07-24');
    expect(m.role).toBe('admin_context');
  });

  it("reads a country's name in its own language as the country, not a province once called so", async () => {
    const text = 'In the district of Mocímboa da Praia in Cabo Delgado, the Rwandan forces deployed in Moçambique clashed last Thursday with insurgents.';
    const m = await mentionOf(text, 'Moçambique', '2024-08-05');
    expect(m.place?.kind).toBe('country');
  });

  it('reads a district named after its town as the town, though the town is found only by another spelling', async () => {
    const text = "A strike on a tent in the courtyard of a girls' school in Deir al-Balah, in central Gaza, killed four people on Monday.";
    const m = await mentionOf(text, 'Deir al-Balah', '2024-10-22');
    expect(m.place?.kind).toBe('city');
  });

  it('reads no province abroad by a spelling variant in a report focused on two other countries', async () => {
    const text =
      'Armenian and Azerbaijani troops exchanged fire on Thursday near the Hakari bridge, where Azerbaijan set up a checkpoint on the Lachin corridor in April.\n\n' +
      'The Armenian Defense Ministry said Azerbaijani servicemen opened fire just outside the Syunik village of Kornidzor. An Armenian soldier was wounded and taken to the hospital in Goris. ' +
      'Baku said its positions in the Lachin district came under fire from the direction of Tegh.';
    const m = await mentionOf(text, 'Hakari', '2023-06-16');
    expect(m.place?.countryCode ?? 'none').not.toBe('TR');
  });

  it('reads "X and Y, two villages northeast of Z" as both near Z', async () => {
    const text = 'Russian forces took control of Uspenivka, 18 kilometers northeast of Hulyaipole. Milbloggers claimed that Russian troops have also captured Solodke and Pryvilne, two smaller villages northeast of Hulyaipole.';
    const m = await mentionOf(text, 'Pryvilne', '2025-11-12');
    expect(m.place?.admin1 ?? 'none').not.toBe('Mykolaiv');
  });

  it('reads "X district, Y province, in Z region" as X inside Z when the gazetteer lacks Y', async () => {
    const text =
      'On 13 March, dissidents burned a truck belonging to a rural school in Santa Rosa municipality, Cauca. ' +
      'On 16 March, rebels ambushed a military patrol in Santa Rosa district, La Mar province, in Ayacucho region, killing one soldier.';
    const { analysis } = await mentionOf(text, 'Santa Rosa', '2023-03-20');
    const [first, second] = analysis.mentions.filter((x) => x.resolution.mention.text === 'Santa Rosa').map((x) => x.resolution.place);
    expect(first?.countryCode).toBe('CO');
    expect(second?.countryCode).toBe('PE');
  });

  it('reads "Niger Republic" as the country, not the Nigerian state of that name', async () => {
    const text = 'Bandits killed nine worshippers in Sokoto State on Sunday. After every major attack they cross into Niger Republic, a resident said.';
    const m = await mentionOf(text, 'Niger', '2025-01-20');
    expect(m.place?.kind).toBe('country');
  });

  it('reads no town abroad by its other name because a place of the report lies near it across a border', async () => {
    const text =
      'Hezbollah said it fired rockets at Kiryat Shmona and at an army post near Metula on Tuesday. ' +
      'Earlier, an Israeli drone struck a car in the town of Houla, killing one man, the state news agency said. ' +
      'Israeli jets also hit Naqoura and the outskirts of Baalbek, and shells fell on Marjayoun.';
    const m = await mentionOf(text, 'Houla', '2024-05-22');
    expect(m.place?.countryCode ?? 'none').not.toBe('SY');
  });

  it('reads "the Jaffa area" as the part of Tel Aviv, not a village spelt alike', async () => {
    const text = 'The Houthis said they fired a ballistic missile at a military target in the occupied Jaffa area on Monday. Sirens sounded in Tel Aviv and Holon.';
    const m = await mentionOf(text, 'Jaffa', '2024-12-03');
    expect(m.place?.admin1).toBe('Tel Aviv');
  });

  it("reads a capital's countryside as the province round it, not the governorate that is the city alone", async () => {
    for (const text of [
      'An Israeli force raided a village in the western countryside of Damascus at dawn on Tuesday.',
      'Gunmen attacked a checkpoint in Rural Damascus on Wednesday, killing two members of the security forces.',
    ]) {
      const m = await mentionOf(text, 'Damascus', '2026-01-14');
      expect(m.place?.name).toBe('Rif-dimashq');
    }
  });

  it("reads no hamlet far from all of a report's places, in a region it names nothing else in", async () => {
    const text =
      'Russian forces dropped a guided bomb on Krasnopillia in Sumy Oblast on Tuesday. A drone struck a car in Nikopol. ' +
      'Fighting continued around Sudzha, and shelling hit Krasnaya Yaruga in the Belgorod region. ' +
      "Russia's defence ministry claimed its troops had repelled attacks near the village of Martynovka.";
    const m = await mentionOf(text, 'Martynovka', '2024-08-13');
    expect(m.place?.admin1 ?? 'none').not.toBe('Crimea');
  });

  it('reads a unit the sentence opens with as the context of the places it goes on to tell', async () => {
    const text =
      'Russian drones struck a warehouse in Bila Tserkva overnight. ' +
      'In the Fastiv district, debris from a downed drone fell on a residential street in the settlement of Kalynivka, damaging two houses.';
    const m = await mentionOf(text, 'Kalynivka', '2026-02-21');
    expect(m.place?.admin1).toBe('Kyiv Oblast');
  });

  it('prefers the namesake in a country the sentence names as a place, over the report\'s main country', async () => {
    // Derik is a town in Turkey's Mardin and the Kurdish name of al-Malikiyah in Syria.
    const text =
      'Gunmen attacked a police checkpoint in Ankara on Monday, and Turkish police detained suspects in Istanbul and Izmir. ' +
      'Officials in northeastern Syria said drones struck a power station near Qamishli and a car in Derik on Tuesday, killing two people.';
    const m = await mentionOf(text, 'Derik', '2024-10-24');
    expect(m.place?.countryCode).toBe('SY');
  });

  it('reads "the X microdistrict of Y" as part of Y, found by an old name, and no namesake quarter of another city', async () => {
    const text =
      "MOSCOW, Nov 20 (Reuters) - Russia's Defence Ministry said its troops had advanced in the Vostochny microdistrict of Konstantinovka and repelled attacks near Druzhkovka.";
    const m = await mentionOf(text, 'Vostochny', '2025-11-20');
    expect(m.place?.countryCode ?? 'none').not.toBe('RU');
  });

  it("reads a list's name as the village among the list's places, not a far city of that name", async () => {
    const m = await mentionOf('Russian artillery shelled Vasylivka, Orikhiv, Kamianske and Stepnohirsk on Monday, the governor said.', 'Kamianske', '2025-11-04');
    expect(m.place?.admin1).toBe('Zaporizhzhia');
  });

  it('reads no small district abroad for a district the gazetteer lacks', async () => {
    const text =
      'Insurgents attacked villages in the districts of Macomia, Muidumbe and Mocimboa da Praia in Cabo Delgado province this week. ' +
      'In Palma district, two young men were kidnapped on Saturday.';
    const m = await mentionOf(text, 'Palma', '2025-02-12');
    expect(m.place?.countryCode ?? 'none').not.toBe('BR');
  });

  it('reads every name of a list told in a city as in its region', async () => {
    const m = await mentionOf('During the day, Russian troops shelled Bilozerka, Antonivka, Sadove and Dniprovske in the Kherson community.', 'Sadove', '2025-04-15');
    expect(m.place?.admin1 ?? 'none').not.toBe('Mykolaiv');
  });

  it("reads no small town abroad, far from all the report's towns, for a country named only as an actor", async () => {
    // The gazetteer's only Zirgan is a village in Bashkortostan.
    const text =
      'Turkish drones struck a car near Kobani on Monday, and artillery shelled villages near Jarabulus, Qamishli and Tal Abyad. ' +
      'Russia called for restraint. On Tuesday, mortar fire hit the town of Zirgan, damaging a school.';
    const m = await mentionOf(text, 'Zirgan', '2024-11-05');
    expect(m.place?.countryCode ?? 'none').not.toBe('RU');
  });

  it('reads a name as its own place, not as another name of a place the report names by its own', async () => {
    // GeoNames lists Ariel among Jerusalem's alternate names.
    const text =
      'Settlers set fire to two homes in Duma, south of Nablus, on Monday, and attacked farmers near Ramallah and Bethlehem. ' +
      'President Herzog, speaking at an event in Jerusalem, condemned the arson; police in Jerusalem and Tel Aviv said no one had been arrested. ' +
      'Separately, shots were fired at an Israeli vehicle near the entrance to the city of Ariel on Monday evening, the military said.';
    const m = await mentionOf(text, 'Ariel', '2026-03-10');
    expect(m.place?.name).toBe('Ariel');
  });

  it('reads a compass part of a city that nearly fills its namesake unit as the part of the unit', async () => {
    const text = 'Israeli strikes killed 12 people in southern Gaza on Tuesday, medics in Gaza City said.';
    const m = await mentionOf(text, 'Gaza', '2026-03-04');
    expect([m.place?.kind, m.place?.name]).toEqual(['admin1', 'Gaza Strip']);
  });

  it("reads the centre of such a unit as the unit's middle, but not of the city's own unit", async () => {
    const gaza = await mentionOf('An airstrike on a house in az-Zawayda, a town in central Gaza, killed six people on Tuesday.', 'Gaza', '2024-08-21');
    expect(gaza.place?.name).toBe('Gaza Strip');
    // GeoNames' Sevastopol City is the unit the city nearly fills, named for it.
    const sevastopol = await mentionOf('A missile hit the fleet headquarters in central Sevastopol on Friday.', 'Sevastopol', '2023-09-23');
    expect(sevastopol.place?.kind).toBe('city');
  });

  it("keeps a compass part of a city inside a much larger namesake unit, or of a capital, the city's", async () => {
    // "eastern Aleppo" was the besieged east of the city; "northern Tehran" is a quarter of the capital.
    const aleppo = await mentionOf('Shelling killed nine civilians in eastern Aleppo on Thursday, rescuers said.', 'Aleppo', '2016-11-18');
    expect(aleppo.place?.kind).toBe('city');
    const tehran = await mentionOf('An explosion hit a building in northern Tehran on Monday evening.', 'Tehran', '2025-06-16');
    expect(tehran.place?.kind).toBe('city');
  });

  it('moves only the compass-qualified mention to the unit, not the bare name elsewhere', async () => {
    const text =
      'Drone debris damaged cars in Sevastopol on Sunday, the governor said. ' +
      'In 2023 a missile hit the fleet headquarters in northern Sevastopol, near the bay.';
    const m = await mentionOf(text, 'Sevastopol', '2026-01-12');
    expect(m.place?.kind).toBe('city');
  });

  it('reads a bare name that is a district and the town it is named after as the town', async () => {
    // GeoNames draws Kosti district's point 80 km north of the town.
    const text =
      'The army has retaken Khartoum, Khartoum North and Wad Madani in Gezira. ' +
      'On Saturday a drone hit a fuel depot near the river port in Kosti, the main commercial town of White Nile state, killing two guards.';
    const m = await mentionOf(text, 'Kosti', '2025-02-10');
    expect([m.place?.kind, m.place?.name]).toEqual(['city', 'Kosti']);
  });

  it('keeps a name its kind word calls a district the district when the report names the town too', async () => {
    const text =
      'Insurgents have attacked villages in the districts of Mocimboa da Praia and Palma, in the northern Mozambican province of Cabo Delgado, since the weekend, local sources said. ' +
      'On Monday insurgents killed three men in the administrative post of Mbau, in the interior of Mocimboa da Praia district. ' +
      'The town of Mocimboa da Praia, the district seat, was not affected, a police source in Mocimboa da Praia said.';
    const m = await mentionOf(text, 'Mocimboa da Praia', '2025-02-12');
    expect(m.place?.kind).toBe('admin2');
  });

  it("reads a country's name as the country, not a town abroad that another mention qualifies", async () => {
    const text =
      'An Israeli drone strike on a car near Marjayoun, in south Lebanon, killed two Hezbollah fighters on Sunday. ' +
      'The Pentagon identified Sgt. Daniel Ruiz, 26, of Lebanon, Pennsylvania, as one of two US service members wounded in a rocket attack in western Iraq.';
    const m = await mentionOf(text, 'Lebanon', '2024-03-05');
    expect(m.place?.kind).toBe('country');
  });

  it('keeps a town named like a country in a report about its own country', async () => {
    const text =
      'A Palestine police officer shot and wounded a man during a traffic stop on Tuesday night. ' +
      'The man was taken to a hospital in Tyler, and the Anderson County district attorney is reviewing the case.';
    const m = await mentionOf(text, 'Palestine', '2023-11-15');
    expect(m.place?.countryCode).toBe('US');
  });

  it('reads "the X military airfield in Y" as X inside Y', async () => {
    // GeoNames also knows Khrestivka, a bigger town in the Donetsk region, as Kirovske.
    const text =
      'Russian troops attacked near Pokrovsk and Kostiantynivka in the Donetsk region. ' +
      'Ukrainian drones struck the Kirovske military airfield in occupied Crimea early on Monday, hitting a radar station.';
    const m = await mentionOf(text, 'Kirovske', '2024-09-17');
    expect(m.place?.admin1).toBe('Crimea');
  });

  it('reads "X, in the Mexican state of Y" as X inside the state Y', async () => {
    const text =
      'Gunmen killed five people at a bar in Córdoba, in the Mexican state of Veracruz, late on Saturday, state prosecutors said. ' +
      'In Argentina, police in Rosario arrested two men over a shooting.';
    const cordoba = await mentionOf(text, 'Córdoba', '2022-11-07');
    expect([cordoba.place?.countryCode, cordoba.place?.admin1]).toEqual(['MX', 'Veracruz']);
    const veracruz = await mentionOf(text, 'Veracruz', '2022-11-07');
    expect(veracruz.place?.kind).toBe('admin1');
  });

  it('reads a bare name as the place a fuller telling of it settled, with that telling\'s confidence ("the Syrian border town of Kobane")', async () => {
    // Alone, beside Turkish villages, the bare alternate name falls short of the bar.
    const text =
      'MURSITPINAR, Turkey (AFP) - Islamic State jihadists pushed into the eastern districts of the Syrian border town of Kobane on Monday after a three-week siege.\n\n' +
      'From this Turkish village just across the frontier, AFP correspondents watched plumes of smoke rise over Kobane and heard gunfire through the night. ' +
      'Kurdish protesters clashed with Turkish police in Suruc late Monday.';
    const a = await analyse(text, '2014-10-07');
    const kobane = a.mentions.filter((m) => m.resolution.mention.text === 'Kobane').map((m) => m.resolution.place?.countryCode ?? null);
    expect(kobane).toEqual(['SY', 'SY']);
  });

  it('reads no province abroad for a name that also has a reading in the country the report is about ("near Saravan")', async () => {
    // GeoNames names a province of Laos "Saravan"; Iran's town is there only as a village.
    const text =
      'Jaish al-Adl militants attacked a police station in Rask in Iran\'s Sistan-Baluchestan province on Friday, killing 11 police officers. ' +
      'The wounded were taken to hospital in Chabahar. On Wednesday, a border guard was shot dead in a clash with armed smugglers near Saravan, close to the Pakistani frontier. ' +
      'The interior minister visited Zahedan on Saturday.';
    const m = await mentionOf(text, 'Saravan', '2023-12-16');
    expect(m.place?.countryCode ?? null).not.toBe('LA');
  });

  it('reads a quarter a city\'s possessive names as that city\'s, or as none ("Damascus\'s Old City")', async () => {
    const m = await mentionOf("Seven people were killed when shells landed in the Bab Touma district of Damascus's Old City on Tuesday.", 'Old City', '2018-02-21');
    expect(m.place?.countryCode ?? null).not.toBe('PS');
  });

  it('reads a region\'s own name as the region, not a unit of it that goes by the name too ("north Kashmir")', async () => {
    // GeoNames gives Azad Kashmir the other name "Kashmir".
    const text =
      "Four soldiers were killed in a gunfight in Jammu and Kashmir's Doda district on Monday. The Kashmir Tigers, a shadow group of the Pakistan-based Jaish-e-Mohammed, claimed responsibility. Separately, troops foiled an infiltration bid in the Keran sector of Kupwara district in north Kashmir on Tuesday, killing two militants.";
    const m = await mentionOf(text, 'Kashmir', '2024-07-17');
    expect([m.place?.kind, m.place?.name]).toEqual(['region', 'Kashmir']);
  });

  it('reads "Indian-administered Kashmir\'s Poonch district" as the district on India\'s side', async () => {
    const text =
      "Five Indian soldiers were killed after rebels attacked an army vehicle in Indian-administered Kashmir's Poonch district, officials said. " +
      "There was no comment from the foreign ministry in Islamabad. In 2019 India struck what it said was a camp near Balakot in Pakistan's Khyber Pakhtunkhwa province.";
    const m = await mentionOf(text, 'Poonch', '2023-04-21');
    expect(m.place?.countryCode).toBe('IN');
  });

  it('reads a state\'s abbreviation after a place name ("Glasgow, Ky.") as the state it lies in', async () => {
    // Without it, Glasgow is Scotland's, and "Ky" alone is no place at all.
    const text =
      'GLASGOW, Ky. (WBKO) -- One woman has died after being struck by a vehicle in Glasgow. ' +
      'The Glasgow Police Department says they were called to the intersection just after 5:00 p.m. on Saturday.';
    const state = await mentionOf(text, 'Ky', '2016-02-01');
    expect([state.place?.kind, state.place?.name]).toEqual(['admin1', 'Kentucky']);
    const towns = state.analysis.mentions.filter((m) => /^glasgow$/i.test(m.resolution.mention.text));
    expect(towns.map((m) => [m.resolution.place?.countryCode, m.resolution.place?.admin1])).toEqual([
      ['US', 'Kentucky'],
      ['US', 'Kentucky'],
      ['US', 'Kentucky'],
    ]);
    const lebanon = await mentionOf('LEBANON, Pa. — An explosion leveled a rowhome on Monday morning, killing two people.', 'LEBANON', '2023-08-22');
    expect(lebanon.place?.admin1).toBe('Pennsylvania');
  });

  it('does not read a short word after a comma as a state unless it holds the place named before it', async () => {
    // "Ga" would be Georgia, but no Kabul is in it; after Athens it is Georgia.
    const kabul = await analyse('Officials in Kabul, Ga. and other places said nothing.', '2023-08-22');
    expect(kabul.mentions.map((m) => m.resolution.mention.text)).toEqual(['Kabul']);
    const athens = await mentionOf('ATHENS, Ga. — A fire early Sunday heavily damaged a downtown building.', 'ATHENS', '2026-03-16');
    expect(athens.place?.admin1).toBe('Georgia');
  });

  it('reads "X, Y" as X inside Y, however small X is and however big its namesakes elsewhere', async () => {
    // GeoNames gives the Santa Cruz of Davao del Sur no population; the Laguna one has 108,145.
    const text = 'Two soldiers were killed in a clash with NPA rebels in Santa Cruz, Davao del Sur, on Sunday. One of them was from Santa Cruz town in Laguna province, the Army said.';
    const m = await mentionOf(text, 'Santa Cruz', '2026-01-19');
    expect(m.place?.admin1).toBe('Davao Region');
  });

  it('reads "X Township, Y Region" as the words putting X in Y, for every mention of X', async () => {
    // GeoNames' only Pale is in Bosnia: once the words put the report's Pale in Sagaing, a later
    // bare "Pale town" is not the Bosnian one either.
    const text = 'Soldiers burned homes in Pale Township, Sagaing Region, on Friday. Residents fled to the hills west of Pale town, witnesses said.';
    const m = await mentionOf(text, 'Pale', '2023-12-04');
    const all = m.analysis.mentions.filter((x) => x.resolution.mention.text === 'Pale');
    expect(all).toHaveLength(2);
    expect(all.map((x) => x.resolution.place)).toEqual([null, null]);
  });

  it('reads "X, a municipality in southern Y" as the words putting X in Y', async () => {
    // GeoNames also lists Concordia as an old name of El Paso, which this report names too.
    const text = 'Gunmen killed five men on the outskirts of Concordia, a municipality in southern Sinaloa, on Tuesday. The cartel leader was arrested near El Paso, Texas, last year.';
    const m = await mentionOf(text, 'Concordia', '2025-02-06');
    expect([m.place?.name, m.place?.admin1]).toEqual(['Concordia', 'Sinaloa']);
  });

  it('takes "X in northeastern Y" as the words putting X in Y, even in a roundup of other countries', async () => {
    // Qamishli is only an alternate name in GeoNames, and the roundup's other towns are elsewhere.
    const text = 'Gunmen attacked a convoy near Djibo in Burkina Faso on Tuesday. Militants fired missiles at a ship off Hodeidah in Yemen. A drone struck a car on the outskirts of Qamishli in northeastern Syria on Thursday.';
    const m = await mentionOf(text, 'Qamishli', '2024-08-31');
    expect(m.place?.admin1).toBe('Al-Hasakah');
  });

  it('says the ambiguity of a common village name rather than guess', async () => {
    // Several Ukrainian villages are called Ivanivka, none much bigger than the others.
    const m = await mentionOf('A drone exploded over Ivanivka overnight, officials said.', 'Ivanivka');
    expect(m.place).toBeNull();
    const r = m.analysis.mentions.find((x) => x.resolution.mention.text === 'Ivanivka')!.resolution;
    expect(r.candidates.length).toBeGreaterThan(2);
    expect(r.reasons.join(' ')).toMatch(/ambiguous|below/);
  });

  it('puts a facility named after its place in the region the words name (no namesake elsewhere)', async () => {
    // GeoNames has a Nikol'skoye in Moscow and none in Tambov Oblast: the name stands for a
    // place the gazetteer lacks, and the incident goes to the region.
    const text = "On Monday, a Ukrainian drone attack on the Nikolskoye oil pumping station in Russia's Tambov region halted flows for several days, officials said.";
    const m = await mentionOf(text, 'Nikolskoye', '2025-08-19');
    expect(m.place).toBeNull();
    const tambov = await mentionOf(text, 'Tambov', '2025-08-19');
    expect([tambov.place?.name, tambov.role]).toEqual(['Tambov Oblast', 'incident']);
  });

  it('does not let an everyday word read as a hamlet abroad vouch for a namesake there', async () => {
    // "Pacific" is also a hamlet in the US; La Luz is a hamlet in New Mexico too. The report is
    // about Colombia, whose La Luz the gazetteer lacks.
    const text =
      "Five people were killed on Tuesday when FARC dissidents opened fire on members of the indigenous guard in Tacueyó, in Colombia's southwestern Cauca province. " +
      'Guards had stopped a vehicle near the hamlet of La Luz on Tuesday afternoon when gunmen traveling in several trucks opened fire on them. ' +
      'The wounded were taken to hospitals in Santander de Quilichao and Cali. ' +
      'Cauca, which stretches from the Andes to the Pacific, is a corridor for drug trafficking. President Iván Duque, speaking in Bogotá, ordered troops to the area.';
    const m = await mentionOf(text, 'La Luz', '2019-10-30');
    expect(m.place?.countryCode ?? null).not.toBe('US');
  });

  it('reads "the town of X, in Y province" as the words putting X in Y, at every mention of X', async () => {
    // GeoNames has no Palma in Cabo Delgado; the big Palma is in Spain.
    const text =
      'Dozens of people were killed in the attack by armed insurgents on the town of Palma, in Cabo Delgado province, which began on Wednesday. ' +
      '"The terrorists attacked the town of Palma, killing dozens of defenceless people," a military spokesperson said in Maputo.';
    const palmas = (await mentionOf(text, 'Palma', '2021-03-29')).analysis.mentions.filter((x) => x.resolution.mention.text === 'Palma');
    expect(palmas).toHaveLength(2);
    for (const m of palmas) {
      expect(m.resolution.place?.countryCode ?? null).not.toBe('ES');
    }
  });

  it("leans a village towards the region of a town the sentence has just named (al-Mazraa by Sweida, not in Israel)", async () => {
    const text =
      'Clashes raged in the city of Sweida on Sunday between Druze fighters and Bedouin tribes. ' +
      "On Monday, Israeli aircraft struck tanks advancing toward Sweida near the village of al-Mazraa, on the city's western approach, saying it was acting to protect the Druze minority, which also has a significant community in Israel.";
    const m = await mentionOf(text, 'al-Mazraa', '2025-07-15');
    expect(m.place?.countryCode ?? null).not.toBe('IL');
  });

  it("reads the place's own name spelled a letter apart, in a report whose other towns are across a border", async () => {
    // GeoNames writes Qiryat Shmona and lists "Kiryat Shmona" among its alternate names.
    const text =
      'An Israeli drone strike on a car near Aynata killed three girls and their grandmother on Sunday, and shelling hit the outskirts of Aitaroun and Bint Jbeil, the Lebanese news agency said. ' +
      'Hours later, Hezbollah said its fighters had fired a barrage of Grad rockets at the settlement of Kiryat Shmona in response. Sirens sounded across northern Israel.';
    const m = await mentionOf(text, 'Kiryat Shmona', '2023-11-06');
    expect(m.place?.countryCode).toBe('IL');
  });

  it('lets no word of a longer name rule a city out at its other mentions (the Karachi Kings)', async () => {
    const text =
      'In Sindh, officials said a drone was shot down near a military station, and debris was recovered on the outskirts of Karachi. ' +
      'In Rawalpindi, a drone came down near the cricket stadium, hours before a match between Peshawar Zalmi and Karachi Kings was due to be played there.';
    const m = await mentionOf(text, 'Karachi', '2025-05-08');
    expect(m.place?.name).toBe('Karachi');
  });

  it('resolves the same village name once the region is stated', async () => {
    const m = await mentionOf('A drone exploded over Ivanivka in the Odesa region overnight.', 'Ivanivka');
    expect(m.place?.admin1).toBe('Odesa');
  });
});
