import { describe, expect, it } from 'vitest';
import { mentionOf } from '../tests/helpers/gazetteer.ts';

// [sentence, place words, expected role]: one row per cue the field notes name.
const ROLES: Array<[string, string, string]> = [
  ['Russian missiles struck Kharkiv on Tuesday, killing three people.', 'Kharkiv', 'incident'],
  ['In Lviv, missiles struck energy facilities on Monday.', 'Lviv', 'incident'],
  ['A drone hit an apartment block in the Sviatoshynskyi district of Kyiv on Thursday.', 'Sviatoshynskyi', 'incident'],
  ['Washington said the missiles came from North Korea.', 'Washington', 'speaker'],
  // A capital opening the sentence for a government's spokesman, who told reporters.
  ["In Doha, Qatar's foreign ministry spokesman Majed al-Ansari told reporters that each strike made talks harder.", 'Doha', 'speaker'],
  ['In Washington, Pentagon press secretary Maj. Gen. Pat Ryder said the strikes were intended to degrade the Houthis.', 'Washington', 'speaker'],
  // Where a source is.
  ['A strike on a home in Nuseirat killed five people, according to Al-Aqsa Martyrs Hospital in Deir al-Balah, which received the bodies.', 'Deir al-Balah', 'speaker'],
  // Where people sheltered, with whom they stayed between.
  ['Many families spent the war sheltering with relatives in Sidon, and several homes were damaged.', 'Sidon', 'context'],
  // A region's toll counted since a date.
  ['More than 650 Palestinians have been killed in the West Bank since Oct. 7, according to the Health Ministry.', 'West Bank', 'context'],
  // The frame a comparison is made in.
  ['Gunmen opened fire near a light rail station in Jaffa, killing two, in the deadliest attack in the Tel Aviv area in months.', 'Tel Aviv', 'context'],
  ['Gunmen opened fire near a light rail station in Jaffa, killing two, in the deadliest attack in the Tel Aviv area in months.', 'Jaffa', 'incident'],
  // A unit the gazetteer lacks, then the unit that holds it.
  ['Eleven civilians were killed when a junta jet bombed a village in Depayin Township, Sagaing Region, on Tuesday.', 'Sagaing Region', 'incident'],
  // Killings over a decade, and territory taken since: background.
  ['The ADF has killed thousands of civilians in Beni and in Ituri province over the past decade.', 'Beni', 'context'],
  ["The AA has seized most of Rakhine's townships since resuming its offensive last November.", 'Rakhine', 'context'],
  ['Civil society in Lubero says at least 150 civilians have been killed in the territory since the beginning of the year.', 'Lubero', 'context'],
  ['At least 20 people have been killed in Kharkiv since Sunday, when Russian strikes began.', 'Kharkiv', 'incident'],
  ['A drone dropped explosives on the police station in Balboa, in southern Cauca, wounding three officers, no relation to the town of the same name in Risaralda.', 'Risaralda', 'context'],
  ['A drone dropped explosives on the police station in Balboa, in southern Cauca, wounding three officers, no relation to the town of the same name in Risaralda.', 'Balboa', 'incident'],
  ['Seven wounded were transferred the following morning to the general referral hospital in Butembo, some 80 kilometres away.', 'Butembo', 'context'],
  ['A former army general went on trial in Stockholm district court on Tuesday, accused over the shelling of civilian areas.', 'Stockholm', 'speaker'],
  ['Ko Thura Zaw, a freelance reporter who spent three years documenting the air war on the villages of Sagaing Region, was killed on Saturday when a jet bombed a market in Kanbalu.', 'Sagaing Region', 'context'],
  ['Ko Thura Zaw, a freelance reporter who spent three years documenting the air war on the villages of Sagaing Region, was killed on Saturday when a jet bombed a market in Kanbalu.', 'Kanbalu', 'incident'],
  ['Human rights activists in Raipur have demanded an independent inquiry into recent encounters in which dozens were killed.', 'Raipur', 'speaker'],
  // Seas a place lies on, launch areas, habits, airports' disruptions, a country's navy.
  ['In Odesa, missiles struck energy infrastructure, leaving large parts of the Black Sea port city without power.', 'Black Sea', 'context'],
  ['A car exploded outside a command building in Berdyansk, a port city on the Sea of Azov, killing an officer.', 'Sea of Azov', 'context'],
  ['Missiles were launched from Tu-95 strategic bombers flying over the Caspian Sea, and 104 were shot down.', 'Caspian Sea', 'origin'],
  ["Russian aircraft typically release the winged bombs over Russia's Belgorod region, about 30 kilometers from Kharkiv.", 'Belgorod', 'context'],
  ['Rosaviatsia briefly suspended flights at airports in Kaluga and Tambov during the drone attack.', 'Kaluga', 'context'],
  ["Naval drones struck a landing ship, in an escalating campaign against Moscow's navy and shipping.", 'Moscow', 'actor'],
  // A hospital where the wounded are, unless the words make it what was hit.
  ['Doctors at the hospital in Adré said they had received more than 600 wounded since Thursday.', 'Adré', 'context'],
  ['The group condemns the attack carried out late on Wednesday night by armed men on the Manguredjipa reference health centre in Lubero, in which five people were killed.', 'Lubero', 'incident'],
  // "general area X", the military's words for where.
  ['In another engagement in general area Datta Khel, security forces neutralised three militants.', 'Datta Khel', 'incident'],
  // A table's place column is where its row's event happened.
  ['| 29 Aug 2024 | Mellit, North Darfur | SAF air strike near the livestock market; 12 dead |', 'Mellit', 'incident'],
  // A which-clause to the end of the sentence, and harm suffered again and again, tell no event.
  ['The attackers withdrew towards the forests, which have served as hideouts for bandit groups operating in the Birnin Gwari axis.', 'Birnin Gwari', 'context'],
  ['Communities in Shiroro and Mariga local government areas have suffered repeated attacks.', 'Mariga', 'context'],
  // Where someone is from.
  ['A paratrooper, a resident of Kangra district in Himachal Pradesh, was critically injured in the encounter.', 'Himachal Pradesh', 'context'],
  ['With these fatalities, the number of people killed in the fighting in the countryside of Manbij since December 2024 has risen to 389.', 'Manbij', 'context'],
  ['The coalition, in a statement carried by Saudi state media in Riyadh, said it had destroyed ballistic missile launchers.', 'Riyadh', 'speaker'],
  ['The Yemeni government in Aden, which is recognised internationally, welcomed the strikes.', 'Aden', 'speaker'],
  ['The government welcomed the strikes but urged Washington to avoid damage to civilian infrastructure.', 'Washington', 'actor'],
  ['The bombers are assigned to the 509th Bomb Wing at Whiteman Air Force Base, Missouri.', 'Whiteman Air Force Base', 'context'],
  ['Police arrested two suspects who had travelled to the capital from the outskirts of Afgooye, where fighters have stepped up attacks.', 'Afgooye', 'origin'],
  ['Residents had left the village after earlier attacks and had sought shelter in the district headquarters, Ancuabe town, and in Pemba.', 'Pemba', 'context'],
  ['War-surgery kits have been pre-positioned in Butembo for a possible influx of wounded from the front.', 'Butembo', 'context'],
  ['In Khartoum, most schools have been closed for two years, and hundreds have been damaged or looted.', 'Khartoum', 'context'],
  ['Saree said the strike on the ship came in support of the oppressed Palestinian people in the Gaza Strip.', 'Gaza Strip', 'context'],
  ['The strikes were meant to degrade the Houthis\' ability to threaten U.S. forces and international shipping in the Red Sea.', 'Red Sea', 'context'],
  ["Casualties were recorded in 13 of Syria's 14 governorates, with the highest numbers in Aleppo, Idlib, Hama and Deir ez-Zor.", 'Aleppo', 'context'],
  ['Shelling from across the border damaged the outpatient clinic in Zolochiv on Tuesday.', 'Zolochiv', 'incident'],
  ["Shelling, reportedly from across the border in Russia's Belgorod region, damaged the outpatient clinic in Zolochiv.", 'Belgorod', 'origin'],
  ['The prime minister condemned the strikes, speaking during a cabinet meeting at the Grand Serail in Beirut.', 'Beirut', 'speaker'],
  ['Israel said the missiles had been launched from western Iran, including the area of Kermanshah and Tabriz.', 'Tabriz', 'origin'],
  ['Netanyahu, who on Sunday toured Bat Yam, where an Iranian missile had struck an apartment building, said Iran would pay.', 'Bat Yam', 'incident'],
  ['The group said the attack on the ship was support for our steadfast Palestinian people in Gaza.', 'Gaza', 'context'],
  ['The army launched an operation to track down the attackers and "restore calm" in Mezam Division, the governor said.', 'Mezam Division', 'context'],
  ['Developments in northeast Nigeria, including clashes in Borno state, are covered in the West Africa section.', 'Borno', 'context'],
  ['Security analysts blame groups such as JNIM, which has carried out attacks in northern Togo and Benin.', 'Togo', 'context'],
  ['The Russians attacked 28 settlements on Monday; most of the attacks were concentrated in the Sumy and Shostka districts.', 'Sumy', 'context'],
  ['The administrator confirmed the toll of eleven dead and said a security meeting was held on Monday in Oicha.', 'Oicha', 'speaker'],
  ['Israel has struck Huthi-held ports in Hodeidah, Ras Isa and Salif several times in response to missile attacks.', 'Hodeidah', 'context'],
  ['The naval forces carried out a targeting operation yesterday evening against the American merchant ship in the Gulf of Aden.', 'Gulf of Aden', 'incident'],
  ['Six people were killed at the scene and a seventh victim died in the early hours of Monday at the Guayaquil Hospital Abel Gilbert Pontón.', 'Guayaquil', 'context'],
  ['The ELN attacked the base with fighters who crossed from Venezuela, where the guerrilla has camps in the state of Zulia.', 'Zulia', 'context'],
  ['Police were killed in a shootout in the Rio de Janeiro favela made famous by the 2002 film "City of God", police said.', 'God', 'context'],
  ["Gunmen opened fire at a house in the Barra do Ceará neighbourhood, on the city's west side, early on Sunday.", 'Barra', 'context'],
  ["Clashes killed 12 people near the border with Sudan, announced Tuesday the Chadian government in N'Djamena.", "N'Djamena", 'speaker'],
  ['Rebels attacked the soldiers and their Russian allies at the exit of the town, on the axis of Ouadda.', 'Ouadda', 'context'],
  ['Pakistani jets struck what Islamabad said were Pakistani Taliban hideouts in two Afghan provinces.', 'Islamabad', 'speaker'],
  ['On 10 March 2025, security forces conducted an intelligence based operation in Spinwam area, North Waziristan District, on reported presence of militants.', 'North Waziristan District', 'incident'],
  ['"As a result of the attack, the large landing ship Novocherkassk was damaged," the ministry said.', 'Novocherkassk', 'context'],
  ['It is confirmed that the landing ship Minsk and the submarine Rostov-on-Don were hit.', 'Rostov-on-Don', 'context'],
  ['In Brussels, a NATO spokesperson said there was no indication of an intentional attack on a member state.', 'Brussels', 'speaker'],
  ["The strike on the tanker extends Kyiv's campaign against the shadow fleet far beyond the Black Sea.", 'Kyiv', 'context'],
  ['Ukrainian missiles struck the Sevastopol Marine Plant in occupied Crimea early on Wednesday.', 'Sevastopol', 'incident'],
  ['Ukrenergo said emergency power cuts were in place in Kyiv, Odesa and Dnipropetrovsk regions on Tuesday after repeated attacks.', 'Dnipropetrovsk', 'context'],
  ['No group claimed responsibility, but jihadist attacks have continued across the central Sahel.', 'Sahel', 'context'],
  ['Fourteen drones were shot down over the region overnight, and no debris or damage was recorded in Kyiv itself.', 'Kyiv', 'context'],
  ['An article about Russian attacks in eastern Ukraine ("Missile strike kills civilians", 8 March, page 27) said a missile hit a school in Kramatorsk on Tuesday.', 'Kramatorsk', 'context'],
  ["An online report about Thursday's suicide bombing initially placed the attack in Kabul.", 'Kabul', 'context'],
  ['Serbian President Aleksandar Vucic said on Wednesday in Belgrade that Serbia had "nothing to do" with the attack.', 'Belgrade', 'speaker'],
  ["According to the military, the Su-34 that dropped the bomb was flying over Russia's Kursk Oblast.", 'Kursk Oblast', 'origin'],
  ['Geolocated footage indicates that Russian forces recently advanced west of Udachne.', 'Udachne', 'incident'],
  ['The society said the army has arrested more than 9,500 citizens in the West Bank, including Jerusalem, since October 7, while the ministry put the number of Palestinians killed in the same period at 565.', 'Jerusalem', 'context'],
  ['Since October 7, 2023, and the war in Gaza, UN data shows, settler attacks causing casualties have risen sharply.', 'Gaza', 'context'],
  ['Meanwhile, in Benghazi, the eastern government said it had no knowledge of the drone strike.', 'Benghazi', 'speaker'],
  ['The defence ministry said air defences had destroyed 48 Ukrainian drones overnight: 19 over the Bryansk region, 12 over the Kursk region and 9 over the Ryazan region.', 'Kursk', 'context'],
  ["Russia's defence ministry said it downed 20 drones over Volgograd, Voronezh and Belgorod regions, without giving locations.", 'Voronezh', 'context'],
  ['Overnight, air defence forces destroyed 14 enemy UAVs over the territory of the Bryansk region.', 'Bryansk', 'incident'],
  ['A military source said the drone had been launched from an airstrip near Al-Nuhud (En Nahud) in West Kordofan, which the RSF have used as a forward base since capturing the town in May.', 'West Kordofan', 'origin'],
  ["The offensive opens a front in the south-east of the country, far from the RSF's strongholds in Darfur and Kordofan.", 'Darfur', 'context'],
  ["Russia's defence ministry said its forces had destroyed drones over the Volgograd, Samara, Rostov and Voronezh regions overnight.", 'Rostov', 'context'],
  ["The airfield is used by the Southern Military District, which commands troops fighting in Ukraine's Zaporizhzhia and Kherson oblasts.", 'Kherson', 'context'],
  ['The airfield on the Sea of Azov has been used by Russia to launch attacks on southern Ukraine.', 'Ukraine', 'context'],
  ['The strike, which the SBU claimed, follows a series of attacks on shadow fleet tankers in the Black Sea.', 'Black Sea', 'context'],
  ["Deni has been at odds with the federal government in Mogadishu over the electoral model, and Puntland has largely waged the offensive on its own.", 'Mogadishu', 'speaker'],
  ['Residents of Debre Tabor town told the BBC that a drone strike on Tuesday killed seven people near the bus station.', 'Debre Tabor', 'incident'],
  ['Residents of Kharkiv said they heard explosions in Chuhuiv overnight.', 'Kharkiv', 'speaker'],
  ['A drone strike hit a market in Dabat town in the North Gonder zone of the Amhara region on Saturday.', 'Gonder', 'context'],
  ['The wounded constable, a native of Vijayapura (formerly Bijapur) district in Karnataka, was airlifted to Raipur.', 'Karnataka', 'context'],
  ['The presidency, in a statement issued from the presidential palace in Baabda, condemned the raids.', 'Baabda', 'speaker'],
  ['An official said the drones appeared to have been launched from areas near the Red Sea port of Hodeidah.', 'Hodeidah', 'origin'],
  ['The United States has conducted occasional raids on militant hideouts in Idlib for years.', 'Idlib', 'context'],
  ['The group vowed to keep up its attacks until Israel halts its war on Gaza.', 'Gaza', 'context'],
  ["The agency's reporter in Daraa said an Israeli force shelled the outskirts of Nawa on Wednesday.", 'Daraa', 'speaker'],
  ['Gunmen shot dead a police commander in Zamora as he was leaving his home on Friday.', 'Zamora', 'incident'],
  ['Russia fired cruise missiles from Tu-95 bombers over the Caspian Sea and Kalibr missiles from ships in the Black Sea.', 'Caspian Sea', 'origin'],
  ['Air defences shot down several drones that had entered from the direction of Khmelnytskyi Oblast.', 'Khmelnytskyi', 'origin'],
  ['Bombers fired cruise missiles from the Caspian Sea and the Volgodonsk area in Rostov Oblast.', 'Rostov', 'origin'],
  ['Air defence destroyed 13 of them over the Zhytomyr, Kyiv and Chernihiv oblasts.', 'Chernihiv', 'context'],
  ['The minister said the attack had targeted power plants and that the grid operator was forced to impose emergency power cuts in several regions, including Ternopil and Ivano-Frankivsk.', 'Ternopil', 'context'],
  ['The strike hit an industrial site at around 4 a.m., the governor said in a video address recorded in Uzhhorod.', 'Uzhhorod', 'speaker'],
  ['Israel resumed air strikes on Tuesday after negotiations over an extension of the truce stalled in Cairo and Doha.', 'Cairo', 'context'],
  ['Since the start of the month, according to the Ministry of Health (MoH) in Gaza, 561 Palestinians were killed.', 'Gaza', 'speaker'],
  ['Another drone flying towards Moscow was destroyed over the Domodedovo district.', 'Moscow', 'context'],
  ['The governor said the shelling of Shebekino was carried out from the area of Vovchansk in the Kharkiv region.', 'Vovchansk', 'origin'],
  ["Mortar shells fired from Myanmar landed in Ghumdhum union in Bangladesh's Bandarban district on Friday, wounding a farmer.", 'Bandarban', 'incident'],
  ['Police found launchers abandoned in a field in southeastern Baghdad, from where they believe the rockets were fired.', 'Baghdad', 'origin'],
  ['The Kurdistan Region presidency called on the federal government in Baghdad to stop the repeated Turkish attacks on Sinjar.', 'Baghdad', 'speaker'],
  ['The U.S. State Department in Washington said the attack endangered the lives of diplomats.', 'Washington', 'speaker'],
  ['The express, carrying about 450 passengers and crew from the provincial capital Quetta to the northwestern city of Peshawar, was stopped on Tuesday afternoon when militants blew up a section of track and opened fire on the train.', 'Peshawar', 'context'],
  ["Balochistan's home department in Quetta said security forces were carrying out a clearance operation.", 'Quetta', 'speaker'],
  ['A junta spokesman, reached in Naypyitaw, said security forces were repelling the attacks.', 'Naypyitaw', 'speaker'],
  ["The border districts of Sa'dah governorate, including Razih and Baqim, are subjected to almost daily shelling.", 'Razih', 'context'],
  ['Bila Tserkva, with a prewar population of about 200,000, is about 80 km (50 miles) south of Kyiv and has been hit several times.', 'Kyiv', 'context'],
  ['A community leader in Juba, contacted by Eye Radio, said he was not aware of the raid.', 'Juba', 'speaker'],
  ['Gunmen opened fire on a passenger boat traveling on the White Nile near Lul on Monday, killing five people.', 'White Nile', 'context'],
  ['Since January, at least 10 aid workers have been killed in South Sudan, the majority of them in Jonglei and Upper Nile states.', 'Upper Nile', 'context'],
  ['Partisans set fire to a relay cabinet on the Dzhankoy – Feodosiya line near the village of Azovske.', 'Dzhankoy', 'context'],
  ['A source said the man killed was a Russian officer involved in the shelling of Avdiivka.', 'Avdiivka', 'context'],
  ["Al-Shabaab, which is fighting to topple Somalia's central government in Mogadishu, has carried out numerous attacks in Kenya.", 'Mogadishu', 'speaker'],
  ["The strike used Kh-22 missiles fired by Tu-22M3 long-range bombers flying over Russia's Kursk region.", 'Kursk', 'origin'],
  ['Drone footage shows a Russian pontoon crossing over the Oskil at Dvorichna being struck by artillery.', 'Oskil', 'context'],
  ['Video filmed from the Israeli side near Sderot, looking west, shows several large smoke plumes after strikes on Monday night.', 'Sderot', 'context'],
  ['Several widely shared clips of fighting were filmed from the Thai bank of the Moei River, in Mae Sot.', 'Mae Sot', 'context'],
  ["In Beirut, the Prime Minister's office said the government was in contact with the sponsors of the ceasefire.", 'Beirut', 'speaker'],
  ['The sound of the blast was heard across the villages of the Marjayoun and Bint Jbeil districts.', 'Bint Jbeil', 'context'],
  ['President Joseph Aoun, speaking at the presidential palace in Baabda, condemned the strikes that killed three people.', 'Baabda', 'speaker'],
  ['The governor said the bomb was dropped by a Russian Su-34 from the airspace over the Belgorod region.', 'Belgorod', 'origin'],
  ['In New York, a spokesperson for U.N. Secretary-General Antonio Guterres said he was gravely concerned.', 'New York', 'speaker'],
  ['"We are overwhelmed," said the charity\'s operations manager for Sudan in Amsterdam.', 'Amsterdam', 'speaker'],
  ['The army destroyed the bridge, cutting the main escape route of the militia across the Blue Nile.', 'Blue Nile', 'context'],
  ['Drone strikes caused a power blackout across several states including Khartoum, River Nile and the Red Sea.', 'River Nile', 'context'],
  ['Shelling across the border on Monday tested a truce brokered in Jeddah last month.', 'Jeddah', 'context'],
  ['The rebels said the shelling killed four civilians while their delegation was in Nairobi.', 'Nairobi', 'context'],
  ['The armed group accused the government in Bamako of bombing a wedding party near Niono.', 'Bamako', 'speaker'],
  ['The interior minister confirmed on Tuesday in Niamey that an attack had killed 12 soldiers near Tillaberi.', 'Niamey', 'speaker'],
  ['Peacekeepers deployed from their base in Beni and secured the village after the massacre.', 'Beni', 'origin'],
  ['Gunmen burned the customs office at the border post facing the Malian town of Koury.', 'Koury', 'context'],
  ['The Defence Ministry said 57 Ukrainian drones had been destroyed over the regions of Tula, Kaluga and Oryol.', 'Kaluga', 'context'],
  ['The ministry said that 73 Ukrainian drones were destroyed overnight, including 21 over the Nizhny Novgorod region, as well as over the Moscow region.', 'Moscow', 'context'],
  ['Air defences shot down 40 drones overnight over the Krasnodar region, the Black Sea and the Rostov region.', 'Krasnodar', 'context'],
  ["Ukraine's General Staff confirmed the strikes on both plants in a statement published in Kyiv.", 'Kyiv', 'speaker'],
  ['Drones attacked fuel depots in the Black Sea port cities of Novorossiysk and Tuapse overnight.', 'Tuapse', 'incident'],
  ["Burundi's army said shells fired from Congo had struck villages in its northwestern Cibitoke region, killing two civilians.", 'Cibitoke', 'incident'],
  ['During one of the largest attacks on energy infrastructure since the start of the invasion, a missile hit a residential building in Lutsk, killing two.', 'Lutsk', 'incident'],
  ['The clashes are the most serious since March, when militia overran a garrison in Nasir, leading to arrests in Juba.', 'Juba', 'context'],
  ['"We call on the federal government in Baghdad to take serious measures," the ministry said after the drone attack.', 'Baghdad', 'speaker'],
  ['The Kurdistan Regional Government (KRG) in Erbil has called on both sides to keep the fighting away from villages.', 'Erbil', 'speaker'],
  ['Fires burned orchards after the shelling, said the district mayor, who spoke to Rudaw from his office in the town of Amadiya.', 'Amadiya', 'speaker'],
  ['After the clashes, more than 200 families were displaced towards displacement sites in and around Marib city.', 'Marib', 'context'],
  ['Shelling from the direction of Krasnogorovka damaged two houses.', 'Krasnogorovka', 'origin'],
  ['Talks between the two governments, facilitated in Nairobi, have failed to halt the fighting.', 'Nairobi', 'context'],
  ["A missile hit the tanker, whose owner's other vessels had called at Israeli ports, including Ashdod.", 'Ashdod', 'context'],
  ['Marines boarded the hijacked dhow, which has been escorted to Bosaso.', 'Bosaso', 'context'],
  ["Russian drones struck port infrastructure in Ukraine's Black Sea city of Odesa overnight.", 'Black Sea', 'context'],
  ['A jet bombed a ward of Shwegu, a town on the Irrawaddy downstream from Bhamo, killing four.', 'Irrawaddy', 'context'],
  ['The defence minister, speaking to troops at the Ramat David air base, said a new phase of the war had begun after the blasts.', 'Ramat David', 'speaker'],
  ['Aoun, speaking at a news conference with French President Emmanuel Macron in Paris, condemned the strike.', 'Paris', 'speaker'],
  ['The spiritual leadership of the Druze community in Sweida condemned the attack.', 'Sweida', 'speaker'],
  ['On Tuesday, the RSF entered Rufaa on the eastern bank of the Blue Nile.', 'Blue Nile', 'context'],
  ['The gunmen abandoned their vehicle and fled towards the hills in the direction of Elota, the report said.', 'Elota', 'context'],
  ['Earlier raids on the peninsula were reportedly staged from the coast of Odesa Oblast.', 'Odesa', 'origin'],
  ["Overnight, drones struck the oil refinery at Tuapse, on Russia's Black Sea coast.", 'Black Sea', 'context'],
  ['The General Staff here in Kyiv says it was the fifth strike on that refinery.', 'Kyiv', 'speaker'],
  ['An earlier version of this article said the drones hit port infrastructure in Izmail.', 'Izmail', 'context'],
  ['Militants attacked and took control of the Peshawar-bound Jaffar Express on Tuesday.', 'Peshawar', 'context'],
  ['The bodies of the victims would be sent to their native towns in Punjab, the spokesman said after the attack.', 'Punjab', 'context'],
  ['"Both were neutralized," the committee\'s information centre in Moscow said in a statement after the shootout.', 'Moscow', 'speaker'],
  ['The suspect, killed in the raid, had lived in Moscow for several years, his brother said.', 'Moscow', 'context'],
  ['The Novoshakhtinsk refinery, the largest oil processing plant in Rostov Oblast, was hit on Tuesday, the General Staff said.', 'Novoshakhtinsk', 'incident'],
  ['Border communities in Sumy and Kharkiv oblasts have been hit daily by artillery, glide bombs and drones, and thousands have been evacuated.', 'Sumy', 'context'],
  ['Around Diffa and Lake Chad, Boko Haram and its rival continue to carry out raids, while the insurgency has spread south.', 'Diffa', 'context'],
  ['Around Diffa, Boko Haram fighters continue to carry out raids, and on Tuesday they attacked a market there.', 'Diffa', 'incident'],
  ['In El Geneina that year, paramilitary fighters and allied militias killed thousands of Masalit civilians.', 'El Geneina', 'context'],
  ['Even as Blinken met the Israeli prime minister, Benjamin Netanyahu, in Jerusalem, the strikes continued.', 'Jerusalem', 'context'],
  ['The militias killed thousands of civilians and drove hundreds of thousands across the border into Chad.', 'Chad', 'context'],
  ['Russia\'s defence ministry said air defences had "intercepted and destroyed" 47 drones over the Volgograd, Rostov and Kursk regions overnight.', 'Rostov', 'context'],
  ['Since January, Ukraine has struck more than a dozen Russian refineries, including in Ryazan, Kstovo and Volgograd.', 'Kstovo', 'context'],
  ['On Tuesday, Ukraine struck two Russian refineries, in Ryazan and Kstovo.', 'Kstovo', 'incident'],
  ["Researchers at Yale's Humanitarian Research Lab in New Haven, Connecticut, said they identified more than 200 burned structures.", 'New Haven', 'speaker'],
  ['Sybiha said the overnight strikes showed that Moscow "is not serious about peace".', 'Moscow', 'actor'],
  ['Islamabad accuses the Pakistani Taliban of launching attacks from Afghan soil, a charge the Taliban government in Kabul denies.', 'Kabul', 'speaker'],
  ["Officials said militants are using sanctuaries in Afghanistan's Khost province to launch attacks in Pakistan.", 'Khost', 'context'],
  ['The Rivne Nuclear Power Plant in Varash temporarily reduced output as a precaution, the IAEA said, adding that the plant had not been hit.', 'Varash', 'context'],
  ['The company stressed that no energy facilities had been hit in the Chernivtsi region, but that the outages there were preventive.', 'Chernivtsi', 'context'],
  ['In Sumy, no fewer than 20 people were killed when a missile struck the centre.', 'Sumy', 'incident'],
  ['The wounded were evacuated by ambulance and helicopter to Rambam Health Care Campus in Haifa, the army said.', 'Haifa', 'context'],
  ['In Kyiv, Mykhailo Podolyak, an adviser to the head of the Ukrainian President\'s Office, denied any involvement in the blast.', 'Kyiv', 'speaker'],
  ['Hezbollah fired rockets at army posts along the border on Saturday, attacks it said were carried out "in support of Gaza," and denied striking the town.', 'Gaza', 'context'],
  ['A 41-year-old driver from the nearby town of Vardenis was hit in the shoulder by a sniper on Wednesday.', 'Vardenis', 'context'],
  ['Brent crude rose around 2% in London on Thursday to above $78 a barrel on news of the strikes.', 'London', 'context'],
  ['In Baghdad, Iraqi Prime Minister Mohammed Shia al-Sudani ordered a committee to investigate the drone attack.', 'Baghdad', 'speaker'],
  ['In Addis Abeba, the Ethiopian Human Rights Commission (EHRC) called on the authorities to investigate the attacks.', 'Addis Abeba', 'speaker'],
  ["RSF fighters have also besieged the army's 22nd Infantry Division in Babanusa for more than a year, and fighting has disrupted traffic.", 'Babanusa', 'context'],
  ['Several Western embassies in Addis Ababa have called for an end to the fighting after the drone strike.', 'Addis Ababa', 'speaker'],
  ['A drone struck the embassy in Kyiv on Tuesday, officials said.', 'Kyiv', 'incident'],
  ['Residents said junta troops had withdrawn towards their base in Myawaddy by Sunday evening after the fighting.', 'Myawaddy', 'context'],
  ['The Russian guns hitting Kherson are positioned around the occupied towns of Oleshky and Hola Prystan.', 'Oleshky', 'context'],
  ['"This was the worst," said a resident now living in Yangon, whose parents fled the town on Monday after the air strike.', 'Yangon', 'context'],
  ['Ukrainian troops withdrew from Avdiivka to new positions on Saturday.', 'Avdiivka', 'incident'],
  ['The trial of 12 people accused over the 2016 beach attack, in which 19 people were killed, opened on Wednesday at a criminal court in Abidjan.', 'Abidjan', 'speaker'],
  ['A missile hit the court in Kharkiv on Tuesday, killing two people.', 'Kharkiv', 'incident'],
  ['A security officer in Lamu who sought anonymity because he was not authorised to speak to the press said one soldier was wounded.', 'Lamu', 'speaker'],
  ['Attacks on telecommunication infrastructure are a common tactic by al-Shabaab in northeastern Kenya, where the group accuses the companies of helping security forces.', 'Kenya', 'context'],
  ["In Ankara, the Turkish foreign ministry voiced concern for the safety of Tal Afar's Turkmen majority and called on coalition forces to avoid civilian casualties.", 'Ankara', 'speaker'],
  ['ISAF said the Taliban leadership, based in the Pakistani city of Quetta, was directing fighters across the border and had planted thousands of bombs.', 'Quetta', 'context'],
  ['The district administration, based in the town of Sinjar south of the mountain, condemned the drone strike on its vehicle.', 'Sinjar', 'context'],
  ['Speaking to reporters at his Mar-a-Lago resort in Palm Beach on Saturday, Trump said the strike, carried out on Friday, killed three people.', 'Palm Beach', 'speaker'],
  ['The strikes used long-range B-1 bombers flown from Dyess Air Force Base in Texas, officials said.', 'Texas', 'origin'],
  ['The U.S. Consulate General in Matamoros urged American citizens in Reynosa to shelter in place, and residents reported hearing explosions.', 'Matamoros', 'speaker'],
  ['The State Department in Washington maintains a do-not-travel advisory for Tamaulipas, citing crime and kidnapping.', 'Washington', 'speaker'],
  ["The state's public security secretary said more than a dozen police officers had been killed in Sinaloa since Sept. 9, when the clashes broke out.", 'Sinaloa', 'context'],
  ['"We will strike Tel Aviv, we will strike Haifa, and no Zionist port will be safe," Saree said on Thursday.', 'Haifa', 'context'],
  ['The group vowed to attack Djibo again, the statement said.', 'Djibo', 'context'],
  ["In Garowe, Puntland's information minister told a news conference that the offensive had now cleared more than 70 percent of the territory held by the militants.", 'Garowe', 'speaker'],
  ['The Imo State Police Command in Owerri said in a statement that the assailants had been repelled after a gun battle.', 'Owerri', 'speaker'],
  ['A car bomb exploded outside a building used by the Russian military command in Berdyansk on Tuesday.', 'Berdyansk', 'incident'],
  ['Islamic State jihadists pushed into the eastern districts of the Syrian border town of Kobane on Monday after a three-week siege.', 'Kobane', 'incident'],
  ['A Houthi official vowed more attacks on Israel "until the aggression on Gaza stops."', 'Gaza', 'context'],
  ['Lebanese President Joseph Aoun said after meeting a US delegation at the Baabda presidential palace that Lebanon remained committed to the ceasefire, a day after a drone strike killed a man in Bint Jbeil.', 'Baabda', 'context'],
  ['An airstrike hit a detention centre east of Tripoli late on Tuesday, killing 44 people.', 'Tripoli', 'incident'],
  ['GENEVA, 3 July 2019 - Aid agencies are appalled by the airstrike late on Tuesday that hit the Tajoura detention centre east of Tripoli, Libya, killing at least 44 refugees.', 'GENEVA', 'speaker'],
  ['Zelensky was in Warsaw at the time of the attack, where he and the Polish prime minister signed a security agreement.', 'Warsaw', 'context'],
  ['The prime minister was in Washington when the missiles hit Tel Aviv on Sunday.', 'Washington', 'context'],
  ["On Monday evening, settlers attacked a shepherd from the nearby town of Aqraba as he grazed his flock on the town's eastern lands.", 'Aqraba', 'incident'],
  ['Relations were close when the Taliban were fighting the US-backed government in Kabul, but clashes broke out on the border on Tuesday.', 'Kabul', 'speaker'],
  ['One of the soldiers killed was Corporal Reynaldo Dizon, 29, of Santa Cruz town in Laguna province, the Army said.', 'Laguna', 'context'],
  ['Olena Petrenko, aged 54, of Kharkiv, was killed in the strike on Sumy.', 'Kharkiv', 'context'],
  // Where shells came from.
  ['Gladkov said the shells fired at Shebekino had come from the direction of the Ukrainian town of Vovchansk.', 'Vovchansk', 'origin'],
  ['He said the town had been shelled from the opposite bank of the reservoir, from the area of Nikopol.', 'Nikopol', 'origin'],
  ['Russian troops fired 480 shells at the right bank of the region from positions around Oleshky and Hola Prystan.', 'Oleshky', 'origin'],
  // A clause of the time the sentence opens with.
  ['On Thursday, as leaders began arriving in Brussels, Russian shelling hit a residential area of Kherson, killing two people.', 'Brussels', 'context'],
  ['On Thursday, as leaders began arriving in Brussels, Russian shelling hit a residential area of Kherson, killing two people.', 'Kherson', 'incident'],
  ['As the talks opened in Geneva, a missile hit a school in Kramatorsk.', 'Geneva', 'context'],
  // An earlier event told with its own day, after another thing's news.
  ['The match came hours after an Israeli airstrike on Thursday hit a school being used as a shelter in Deir al-Balah, killing 28 people.', 'Deir al-Balah', 'incident'],
  // Where fighting sends people.
  ['Fighting flared around Myawaddy early on Saturday, sending about 1,200 people across the Moei River into Mae Sot district, Thai officials said.', 'Mae Sot', 'context'],
  // Where a journey began; a government's seat as the subject of its own clause.
  ['The boat had set sail last week from the northern Lebanese city of Tripoli and was intercepted off Crete.', 'Tripoli', 'origin'],
  ['Residents demanded an inquiry, saying the government in Tripoli "cannot bomb its own citizens".', 'Tripoli', 'speaker'],
  // "neighbouring X township", "a residential ward of X", "The capture came two days after ...".
  ['The strike was followed on Tuesday by a ground raid in neighbouring Ye-U township, local sources said.', 'Ye-U', 'incident'],
  ['Drones dropped explosives on a residential ward of Kyauktaw town early on Sunday, killing three civilians.', 'Kyauktaw', 'incident'],
  ['The capture came two days after rebels overran an army outpost in Kyauktaw township on Saturday.', 'Kyauktaw', 'incident'],
  // The course of a campaign told after an event.
  ["Russia said its forces had captured the village of Malynivka near Huliaipole, as Moscow presses an offensive in the south alongside its push in the eastern Donetsk region.", 'Donetsk', 'context'],
  ["Russia said its forces had captured the village of Malynivka near Huliaipole, as Moscow presses an offensive in the south alongside its push in the eastern Donetsk region.", 'Malynivka', 'incident'],
  // A river, a road's ends, a place compared with.
  ['Shelling hit the Ostriv neighbourhood, a residential area on an island in the Dnipro, damaging three high-rises.', 'Dnipro', 'context'],
  ['A rocket hit a warehouse in Vasylivka, on the main highway between the city of Zaporizhzhia and Melitopol, wounding two people.', 'Melitopol', 'context'],
  ['A rocket hit a warehouse in Vasylivka, on the main highway between the city of Zaporizhzhia and Melitopol, wounding two people.', 'Zaporizhzhia', 'context'],
  ['Guided bombs hit Beryslav, which is less protected by air defence than the city of Kherson.', 'Kherson', 'context'],
  // A toll in thousands counts many events; aid entering is no assault; many earlier raids are background.
  ['By Monday, at least 23,210 people had been killed in Gaza and 59,167 wounded, the health ministry said.', 'Gaza', 'context'],
  ['Between January and March, 1,204 civilians, including 300 children, were killed across the country, including Mogadishu.', 'Mogadishu', 'context'],
  ['On Tuesday, 96 aid trucks entered Gaza through the Kerem Shalom crossing.', 'Gaza', 'context'],
  ['The army said the new operation in the northern West Bank drew on "the lessons of the repeated raids in Jenin."', 'Jenin', 'context'],
  // "the main road of": a locative like "the centre of".
  ['Settlers set fire to two cars on the main road of Huwara late on Saturday.', 'Huwara', 'incident'],
  // Sirens through a list of places.
  ["Rocket sirens also sounded in the Haifa area and in Tel Aviv's suburbs on Sunday, but the rockets were intercepted.", 'Tel Aviv', 'context'],
  // A distance after a place's appositive tells where that place lies.
  ['Militiamen attacked Fataki, a trading town in Djugu territory about 80km north of Bunia, killing 17 people.', 'Bunia', 'context'],
  ['Yesterday, a warplane bombed the market in Kutum, the rebel-held town about 80 kilometres northwest of El Fasher, killing nine.', 'El Fasher', 'context'],
  // A headquarters under attack is a site, however far back the attack's words stand.
  ["Rebels launched a fresh assault on the army's 4th Brigade headquarters in Kadugli on Saturday.", 'Kadugli', 'incident'],
  ['The defence ministry said in a statement on Telegram that officials in Kadugli had been warned.', 'Kadugli', 'speaker'],
  // A hospital or airport named for its town stands in it; one named for a person does not.
  ['Gunmen opened fire on Kadugli Teaching Hospital on Monday, killing two patients.', 'Kadugli', 'incident'],
  ['Israeli aircraft struck Hodeidah International Airport on Tuesday.', 'Hodeidah', 'incident'],
  ['Several mortar shells landed near Aden Adde International Airport on Saturday.', 'Aden', 'context'],
  ['On Tuesday, Kadugli Teaching Hospital, South Kordofan, was hit by artillery fire, forcing the staff to flee.', 'Kadugli', 'incident'],
  ['The charity said it had treated 46 wounded patients at Pemba Provincial Hospital since the attack.', 'Pemba', 'context'],
  // The time of a clause of where the speaker is does not make background of the event.
  ['The spokesman, speaking in Port Sudan, where the government has been based since fighting engulfed the capital, said jets had hit fuel depots in Mellit on Sunday.', 'Mellit', 'incident'],
  // A capital named as the city a neighbourhood is part of is a place, not a government.
  ['A blast hit a mosque in the Dasht-e-Barchi neighbourhood of western Kabul during Friday prayers.', 'Kabul', 'incident'],
  ['Gunmen attacked a health clinic in Mellit on Friday and ransacked its pharmacy, residents said.', 'Mellit', 'incident'],
  ['Fighters torched the hospital in Kutum after looting its stores.', 'Kutum', 'incident'],
  ['The Red Crescent says one of its ambulances was struck by gunfire near al-Amal hospital in Khan Younis this afternoon.', 'Khan Younis', 'incident'],
  ['Hundreds of wounded people, many with gunshot wounds, have crossed into eastern Chad in the past three days, fleeing attacks by the RSF.', 'Chad', 'context'],
  // Sirens where the sentence says the rockets were fired at: the target.
  ['Sirens sounded in Metula on Thursday as some 15 rockets were launched from Lebanon at the town.', 'Metula', 'incident'],
  // An indefinite earlier event with its own day is told, not referred to.
  ['The strike came barely a day after an attack on a residential block in Beit Lahia on Saturday night that killed 73 people.', 'Beit Lahia', 'incident'],
  ['The attack came days after an aborted mutiny by Wagner mercenaries, who briefly seized the southern city of Rostov-on-Don.', 'Rostov-on-Don', 'context'],
  // A language, a place of publication, a launch area, a state of being struck.
  ['Sour, known in English as Tyre, was hit by a drone strike on Sunday.', 'English', 'context'],
  ['Seventeen drones were launched, the air force said in its morning summary, published in Kyiv.', 'Kyiv', 'speaker'],
  ["The drones were launched from the Primorsko-Akhtarsk area of Russia's Krasnodar region, the air force said.", 'Krasnodar', 'origin'],
  ['Tyre has been struck repeatedly since Israel escalated its campaign last week.', 'Tyre', 'context'],
  // An event word only in a since-clause tells when a state began.
  ['Aid lorries have been waiting in the town of Rafah and at Al-Arish since Israeli forces took control of the crossing in early May.', 'Al-Arish', 'context'],
  // "rural" before a name is a part of it.
  ['ELN fighters went house to house in rural Tibú, killing community leaders.', 'Tibú', 'incident'],
  // "The violence came hours after" a strike told with its own subject: that strike's place.
  ['The violence came hours after police said a drone strike on Sunday night hit a gang hideout in Croix-des-Bouquets.', 'Croix-des-Bouquets', 'incident'],
  // Attacks of a kind that recur, told as a state.
  ['Since then, sporadic attacks on security forces have been reported in the countryside of Homs and Latakia.', 'Homs', 'context'],
  ['Since then, troops have shelled Homs twice, killing four people.', 'Homs', 'incident'],
  ['Kirby told reporters in Washington that Russia fired the missiles on Tuesday.', 'Washington', 'speaker'],
  ['Russia is using ballistic missiles from North Korea against Ukraine.', 'North Korea', 'origin'],
  ['Iran helped build a factory for Shahed drones in Tatarstan.', 'Tatarstan', 'context'],
  ['Russia fired North Korean missiles at Ukraine on Tuesday.', 'North Korean', 'origin'],
  ['Iranian-made drones attacked Odesa overnight.', 'Iranian', 'origin'],
  ['The missiles could hit Lviv within minutes, he warned.', 'Lviv', 'context'],
  ['This would have concerning security implications for the Korean peninsula.', 'Korean peninsula', 'context'],
  ['Washington and its allies will raise the matter at the United Nations Security Council.', 'Washington', 'speaker'],
  ['Britain on Thursday condemned the attacks.', 'Britain', 'speaker'],
  ['Russia is looking to Iran to replenish its stockpiles.', 'Iran', 'actor'],
  ['The strike came as lawmakers in Washington prepared to vote on aid.', 'Washington', 'speaker'],
  ['The strike came hours before a ceremony at which Putin spoke about Kherson.', 'Kherson', 'context'],
  ['It was the deadliest attack since a missile hit the railway station in Kramatorsk in April last year.', 'Kramatorsk', 'context'],
  ['The missiles had been fired by a Russian submarine in the Black Sea, Kyiv said.', 'Black Sea', 'origin'],
  ['The drones were launched from warships in the Black Sea overnight, the air force said.', 'Black Sea', 'origin'],
  // After a named launch site, the next place is on the flight path, where it was shot down.
  ['Air defences shot down drones launched from Crimea over the Black Sea on Friday.', 'Black Sea', 'incident'],
  ['Air defences shot down drones launched from Crimea over the Black Sea on Friday.', 'Crimea', 'origin'],
  // A factory is where weapons come from only when the words say they are made there.
  ['An explosion at a chemical plant in Dzerzhinsk injured three workers on Monday.', 'Dzerzhinsk', 'incident'],
  ['Drones struck an oil refinery and a steel plant in Lipetsk overnight.', 'Lipetsk', 'incident'],
  ['The drones were assembled at a factory in Yelabuga, investigators said.', 'Yelabuga', 'origin'],
  // The place as the one hit comes before "X was ..." as a speaker or a government.
  ['Kharkiv was also hit, the governor said.', 'Kharkiv', 'incident'],
  ['Kyiv was struck again on Saturday, the mayor said.', 'Kyiv', 'incident'],
  ['Kyiv was quick to condemn the move.', 'Kyiv', 'speaker'],
  // What happened "a day after" something else is told; the something else is background.
  ['Missiles struck Kharkiv overnight, a day after allies allowed strikes on targets in the Belgorod region.', 'Belgorod', 'context'],
  ['Rebels entered Damascus on Sunday and declared the fall of the government.', 'Damascus', 'incident'],
  // A leading time clause ("Two years after ..., ") does not make the main clause background.
  ['Two years after the invasion began, troops are pressing attacks around Avdiivka, the General Staff said.', 'Avdiivka', 'incident'],
  // A distance after a place, behind a comma, says where that place lies.
  ['Shelling killed a woman in the village of Bilozerka, 15 km west of Kherson, prosecutors said.', 'Kherson', 'context'],
  ['Shelling killed a woman in the village of Bilozerka, 15 km west of Kherson, prosecutors said.', 'Bilozerka', 'incident'],
  // The event word must be in the place's own clause.
  ['Power outages were reported in Rivne and Lutsk; in Kovel, a missile hit an apartment building.', 'Rivne', 'context'],
  ['Power outages were reported in Rivne and Lutsk; in Kovel, a missile hit an apartment building.', 'Kovel', 'incident'],
  // A disruption elsewhere is not where anything struck.
  ['Drones targeted Moscow overnight, and flights at Vnukovo airport were suspended.', 'Vnukovo', 'context'],
  ['Drones targeted Moscow overnight, and flights at Vnukovo airport were suspended.', 'Moscow', 'incident'],
  ['Air raid sirens sounded across northern Israel after missiles were launched, the army said.', 'Israel', 'context'],
  // Where a force is heading is not where anything happened yet.
  ['Rebels captured Hama on Thursday and pushed on towards Homs, a war monitor said.', 'Homs', 'context'],
  // A place a force gave up is where it happened; the month May is no modal.
  ['Government troops withdrew from Kupiansk on Friday after weeks of assaults, the army said.', 'Kupiansk', 'incident'],
  ['The brigade pulled out of the village of Krynky on Tuesday after months of fighting.', 'Krynky', 'incident'],
  ['Commanders said troops could withdraw from Kupiansk if the defences fail.', 'Kupiansk', 'context'],
  ['Officials said Russian troops captured Bakhmut in May after months of fighting, a year ago.', 'Bakhmut', 'context'],
  // A ministry or an embassy is where a speaker sits, unless the words put the attack at it.
  ['A suicide bomber killed the minister at his ministry in Kabul on Wednesday, officials said.', 'Kabul', 'incident'],
  ['The foreign ministry in Kabul said the border crossing was closed after shelling.', 'Kabul', 'speaker'],
  // Targets listed after the event: "struck six sites including X and Y".
  ['Missiles struck six sites including Muzaffarabad and Bahawalpur overnight, the army said.', 'Muzaffarabad', 'incident'],
  // Where a source spoke from: "told AFP in X", "told the Associated Press in X".
  ['Militants attacked an army post near Djibo, security sources told AFP in Ouagadougou.', 'Ouagadougou', 'speaker'],
  // A speaker placed by a single noun: "an official in X said".
  ['A US official in Washington said the strike on the tanker was reported to the navy.', 'Washington', 'speaker'],
  ['A diplomat in Brussels said the attack on Odesa killed two people.', 'Brussels', 'speaker'],
  // "the <country> town of X": the town is the place, the country says where it is.
  ['Fighters attacked a military base in the northern Burkina Faso town of Djibo on Sunday.', 'Djibo', 'incident'],
  ['Fighters attacked a military base in the northern Burkina Faso town of Djibo on Sunday.', 'Burkina Faso', 'admin_context'],
  ['Drones hit a power line near the Kharkiv region town of Balakliia overnight.', 'Balakliia', 'incident'],
  // A relative clause saying what an actor holds is no site; a capture is.
  ['The Houthis, who control much of northern Yemen including the capital Sanaa, said they had targeted the ship.', 'Sanaa', 'context'],
  ['The militia, which holds Tal Abyad, shelled Ain Issa on Monday.', 'Ain Issa', 'incident'],
  ['The militia, which holds Tal Abyad, shelled Ain Issa on Monday.', 'Tal Abyad', 'context'],
  ['Russian troops took control of Avdiivka on Saturday after months of fighting.', 'Avdiivka', 'incident'],
  ['A drone hit a bus on the road that runs past the market in Kramatorsk on Saturday.', 'Kramatorsk', 'incident'],
  ['Hezbollah responded by firing dozens of rockets at the Israeli town of Kiryat Shmona, the group said.', 'Kiryat Shmona', 'incident'],
  ['Russian forces had taken control of the village of Vremivka in the Donetsk region on Wednesday, the ministry said.', 'Donetsk', 'incident'],
  ['A Russian drone struck a minibus in the Kherson suburb of Bilozerka on Wednesday morning.', 'Bilozerka', 'incident'],
  ['A Russian drone struck a minibus in the Kherson suburb of Bilozerka on Wednesday morning.', 'Kherson', 'admin_context'],
  // Where talks are held is no site; a hall a missile hits is.
  ['Both sides began talks in the Saudi city of Jeddah, aimed at ending weeks of fighting that has killed hundreds.', 'Jeddah', 'context'],
  ['A missile hit a conference hall in Dnipro on Monday, killing two.', 'Dnipro', 'incident'],
  // A standing state of a place is background.
  ['The city of Pokrovsk has been the focus of the Russian offensive since February.', 'Pokrovsk', 'context'],
  // A capture, with or without an article, in either side's words; captured people are no place's event.
  ['Rebels said on Monday they had captured Goma after a lightning advance.', 'Goma', 'incident'],
  ['Russian forces liberated the town of Kurakhove, the defence ministry said.', 'Kurakhove', 'incident'],
  ['Ukraine said it had captured two Russian soldiers near Kupiansk on Monday.', 'Kupiansk', 'context'],
  ['The soldiers, captured in the Kharkiv region, returned home on Friday, the ministry said.', 'Kharkiv', 'context'],
  ['Among the targets were an air base in Irkutsk Oblast, the security service said.', 'Irkutsk Oblast', 'incident'],
  // An institution of a place, named "of" something: where it sits, not where people were killed.
  ['At least 830 people were killed in the Gaza Strip, according to the Ministry of Health in Gaza.', 'Gaza', 'speaker'],
  ['Kostiantynivka has been shelled almost daily for months, and much of its population has left.', 'Kostiantynivka', 'context'],
  ['Kostiantynivka has been shelled twice since Monday morning, the governor said.', 'Kostiantynivka', 'incident'],
  ['The Houthis fired missiles at Israel, setting off air raid sirens in Jerusalem, the military said.', 'Jerusalem', 'context'],
  ['The train was travelling from Quetta, the capital of the province, to Peshawar when it was attacked.', 'Peshawar', 'context'],
  ['The train was travelling from Quetta, the capital of the province, to Peshawar when it was attacked.', 'Quetta', 'origin'],
  ["Russia's defence ministry said its forces had retaken the town of Sudzha in the Kursk region.", 'Sudzha', 'incident'],
  ['The military said it had eliminated a Hezbollah operative in the area of Tyre on Tuesday.', 'Tyre', 'incident'],
  // The earlier attacks a response answers.
  ['Trump ordered the strikes in response to Houthi attacks on shipping in the Red Sea.', 'Red Sea', 'context'],
  // A locative's noun named in an appositive; a compass point without "-ern".
  ['In the regional capital, also called Zaporizhzhia, a drone struck a petrol station.', 'Zaporizhzhia', 'incident'],
  ['A suicide bomber blew himself up at a seminary in northwest Pakistan during Friday prayers, killing six.', 'Pakistan', 'incident'],
  // A span, not an event, wherever it stands.
  ['Ukrainian forces have held positions in Kursk Oblast despite intensified Russian attacks since early March.', 'Kursk Oblast', 'context'],
  // The sea a place lies on.
  ['On Saturday, drones also struck the Tuapse refinery on the Black Sea, a source said.', 'Black Sea', 'context'],
  ['On Saturday, drones also struck the Tuapse refinery on the Black Sea, a source said.', 'Tuapse', 'incident'],
  // A trend, not an event.
  ['The border town of Sderot has seen a surge of rocket attacks since the war began.', 'Sderot', 'context'],
  // A list goes on past a name too ambiguous to place (several villages called Antonivka).
  ['The army shelled Bilozerka, Antonivka, Sadove and Kizomys in the Kherson region on Tuesday.', 'Kizomys', 'incident'],
  // Where casualties were taken is no site of the attack.
  ['Most of the wounded were taken to MSF-supported facilities in Tawila, around 60 km west of El Fasher.', 'El Fasher', 'context'],
  ['Three people were taken to hospital after a drone hit a bus in Kherson.', 'Kherson', 'incident'],
  ['Gunmen clashed with Los Choneros, a gang that takes its name from the town of Chone, on Sunday.', 'Chone', 'context'],
  ['The war between the factions has left hundreds dead in and around Culiacán since September.', 'Culiacán', 'context'],
  ['Since September, fighting between the factions has left hundreds dead in and around Culiacán.', 'Culiacán', 'context'],
  ['Troops completed the seizure of the corridor, a strip of land separating the southern city of Rafah from Khan Yunis.', 'Rafah', 'context'],
  ['Three rockets were fired from the Beit Hanoun area in the northern Gaza Strip towards Sderot overnight.', 'Gaza Strip', 'origin'],
  ['The battle scenes were shot in a disused factory near Kryvyi Rih, and at times the rubble looks art-directed.', 'Kryvyi Rih', 'context'],
  ['A drone was shot down near Kryvyi Rih, and debris damaged a house.', 'Kryvyi Rih', 'incident'],
  ["Following the RSF's takeover of Singa, armed men looted the market.", 'Singa', 'incident'],
  ['The group says it acts in solidarity with Palestinians in Gaza, where the war has killed nearly 40,000 people.', 'Gaza', 'context'],
  ['A strike killed two men in Tel al-Sultan. Israeli forces have been operating in Rafah since May, when they launched an offensive.', 'Rafah', 'context'],
  ['A drone strike killed three people near the Bureij camp, a medical source at Al-Aqsa Martyrs Hospital in Deir el-Balah said.', 'Deir el-Balah', 'speaker'],
  ['Police have come under frequent attack in recent months, particularly in the districts of Bannu and Karak.', 'Karak', 'context'],
  ['Gunmen killed 17 people in Ancha. The injured were taken to the Bingham University Teaching Hospital (BHUTH) and the Plateau State Specialist Hospital, both in Jos, the state capital.', 'Jos', 'context'],
  ['In a communiqué read on state broadcaster ORTM in Bamako on Tuesday, the army said the attack had been repelled.', 'Bamako', 'speaker'],
  ['A bomb hit a house in Krasnopillia. Two of the wounded were hospitalized in Sumy, officials said.', 'Sumy', 'context'],
  ['Two of the injured were evacuated to hospitals in Kramatorsk, officials said.', 'Kramatorsk', 'context'],
  // "happened" with its own time and place retells the event; "happened as ..." sets it beside another.
  ['The attack happened on Tuesday night in the Barkhan district, police said.', 'Barkhan', 'incident'],
  // A speaker's place, named with its kind.
  ['The junta spokesman, speaking in the capital Nay Pyi Taw, said fighting was continuing.', 'Nay Pyi Taw', 'speaker'],
  // A habit "in the past", wherever it stands; "in the past 24 hours" is news.
  ['The group has also attacked police posts in Kunduz in the past.', 'Kunduz', 'context'],
  ['Militants attacked police posts in Kunduz in the past 24 hours, officials said.', 'Kunduz', 'incident'],
  // A side of a city says where the place before it lies, "the city of" or not.
  ['A drone attack sparked a fire at the oil terminal in the Russian Black Sea port of Novorossiysk on Friday.', 'Novorossiysk', 'incident'],
  // Hospitals the wounded were referred or shifted to; mediators' and administrations' seats;
  // attacks only planned; a border named beside the place.
  ['Gunmen killed 19 in Kadawa on Sunday; the wounded went to Gusau, and two of them were later referred to the teaching hospital in Kano.', 'Kano', 'context'],
  ['The injured were shifted to the District Headquarters Hospital in Dera Ismail Khan after the attack.', 'Dera Ismail Khan', 'context'],
  ['Mortar shells killed four people, and injured residents were taken by ambulance to the civil hospital in Quetta.', 'Quetta', 'context'],
  ['Dozens of wounded fighters were brought to hospitals in Kadugli, a medical source said.', 'Kadugli', 'context'],
  ['WHO is supporting the referral of wounded people from the department to hospitals in Hinche.', 'Hinche', 'context'],
  ['The wounded were taken to hospital after a drone hit a bus in Kherson.', 'Kherson', 'incident'],
  ['No group claimed the attack, which came as Malaysian facilitators in Kuala Lumpur sought to revive talks.', 'Kuala Lumpur', 'speaker'],
  ['The Afghan Taliban administration in Kabul claimed that Pakistani aircraft had bombed the Barmal district of Paktika province on Monday night.', 'Kabul', 'speaker'],
  ['It said the militants had crossed over from Afghanistan and were planning attacks in Upper Dir and Bajaur.', 'Upper Dir', 'context'],
  // Where the wounded were treated, told after the place; where people fled to. Not troops
  // arriving, nor an attack on people sheltering there.
  ['Hundreds of displaced families are now in Kaduna, where the wounded were also being treated.', 'Kaduna', 'context'],
  ['Thousands of residents fled to shelters in Cucuta as shelling hit their villages.', 'Cucuta', 'context'],
  ['The fighting displaced 11,000 people, with at least 5,000 arriving in Bunia over the weekend.', 'Bunia', 'context'],
  ['Troops arriving in Bunia on Sunday came under fire, killing two soldiers.', 'Bunia', 'incident'],
  // An event set beside another is told elsewhere; one told in a clause of its own after "after" is here.
  ['The strike came two days after troops detonated explosives in houses in Nablus, residents said.', 'Nablus', 'incident'],
  ['The strike came days after the raid on Nablus, residents said.', 'Nablus', 'context'],
  ['The clashes in Khost came a day after Taliban fighters attacked border posts in Kurram district late on Tuesday.', 'Khost', 'context'],
  ['The clashes in Khost came a day after Taliban fighters attacked border posts in Kurram district late on Tuesday.', 'Kurram', 'incident'],
  // A port named by its river.
  ['A drone hit a cargo vessel moored in the Danube port of Reni, causing a fire on deck.', 'Reni', 'incident'],
  // A side of a city named after the object struck says where the object lies.
  ['On Monday, a guided bomb hit the center of Izium, a battered town southeast of Kharkiv, killing a woman.', 'Kharkiv', 'context'],
  // A distance that says where something is, not where an event was.
  ['Late Sunday, a drone struck Chornobaivka, a village about 10 kilometers (6 miles) northwest of Kherson, killing a man.', 'Kherson', 'context'],
  ['Selydove, which had 20,000 residents, is a mining town about 40 kilometers (25 miles) west of Donetsk, where fighting has raged for months.', 'Donetsk', 'context'],
  ['The vessel was about 50 nautical miles southeast of Aden when a missile hit it on Tuesday.', 'Aden', 'incident'],
  // Talks told after the event, in a clause of their own, are a venue.
  ['The army bombed Lashio and Kyaukme this week, residents said, despite a ceasefire agreed between the two sides at talks in Kunming on Saturday.', 'Kunming', 'context'],
  // Where a spokesman confirmed the event.
  ['A clash with bandits on the outskirts of Bokkos left four people dead, the army spokesman confirmed in Jos.', 'Jos', 'speaker'],
  // A country's toll so far.
  ['The health ministry says at least 300 people have been killed in Lebanon, while 12 have been killed in Israel.', 'Lebanon', 'context'],
  // Where leaders are to meet, in a sentence setting the attacks beside it.
  ['The attacks come days before the two presidents are due to meet in Anchorage on Friday.', 'Anchorage', 'context'],
  // A capital opening the sentence for its government's statement; not for local officials.
  ['In Moscow, the defence ministry said it had carried out a massive strike on energy facilities in Ukraine.', 'Moscow', 'speaker'],
  ['In Kyiv, officials said a drone hit an apartment building on Tuesday.', 'Kyiv', 'incident'],
  // Where missiles and drones were launched from.
  ['The enemy launched 9 cruise missiles from Tu-95MS strategic bombers from the area of Saratov region overnight.', 'Saratov', 'origin'],
  ['The drones were launched from the directions of Kursk and Oryol and from Hvardiiske in occupied Crimea.', 'Crimea', 'origin'],
  // Where a statement was issued or a spokesman spoke from; where a convoy was going.
  ['The Ministry of Defense said in a statement issued in Niamey on Monday that the army had repelled an attack on a military position.', 'Niamey', 'speaker'],
  ["The junta's information team in Nay Pyi Taw denied carrying out the attack.", 'Nay Pyi Taw', 'speaker'],
  ['A spokesperson, speaking from the Thai border town of Mae Sot, said several civilians were wounded.', 'Mae Sot', 'speaker'],
  ['On Tuesday, a convoy supplying the town of Dori struck an improvised explosive device near Gorgadji.', 'Dori', 'context'],
  // A river named like a town or a province is water, not the place.
  ["Shelling hit the Karari district of Omdurman, Khartoum's twin city across the Nile, killing four people.", 'Nile', 'context'],
  ['Russian troops dug in across the Dnipro shelled Kherson on Sunday, killing two.', 'Dnipro', 'context'],
  ['Russian troops dug in across the Dnipro shelled Kherson on Sunday, killing two.', 'Kherson', 'incident'],
  ['A drone hit a boat on the Dnipro River near Kherson on Sunday.', 'Dnipro', 'context'],
  ['Israeli strikes across the Gaza Strip killed 40 people on Monday.', 'Gaza Strip', 'incident'],
  // A bearing, then a demonym, then the kind word.
  ['Two people were killed on Tuesday in the southern Ukrainian port of Mykolaiv when a drone hit a warehouse.', 'Mykolaiv', 'incident'],
  ['A Russian drone attack on the southern Ukrainian port of Izmail damaged grain silos on Tuesday.', 'Izmail', 'incident'],
  ['Gunmen attacked a church in the northwestern Nigerian state of Zamfara on Sunday, killing five.', 'Zamfara', 'incident'],
  // (Not any word with a demonym's ending: it must stand before the kind word.)
  ['Officials from the southern Ukrainian region said the drone hit a warehouse in Kherson on Tuesday.', 'Kherson', 'incident'],
  ['Drone debris fell on Kashirskoye highway in the south of the city, the mayor said.', 'Kashirskoye', 'context'],
  // The subject hit may be a district "of" a unit, or a list with its plural kind.
  ['Meanwhile, the Nikopol district of Dnipropetrovsk Oblast was shelled throughout the day.', 'Nikopol', 'incident'],
  ['Marhanets and Pokrovske communities came under artillery fire, the governor said.', 'Marhanets', 'incident'],
  ['Kupiansk came under artillery and MLRS fire: two men were injured.', 'Kupiansk', 'incident'],
  ['UNIFIL said Israeli troops had fired near a patrol of its peacekeepers close to Kfar Kila on Sunday.', 'Kfar Kila', 'incident'],
  ['The drones were launched from the directions of Oryol, Bryansk and Millerovo in Russia, and Hvardiiske in occupied Crimea, the Air Force said.', 'Crimea', 'origin'],
  ['Nikopol and Marhanets are shelled almost daily from the occupied town of Enerhodar.', 'Enerhodar', 'context'],
  // A campaign told in the present perfect since a year is background, not an event.
  ['The Iran-aligned group has attacked shipping in the Red Sea since November 2023.', 'Red Sea', 'context'],
  ['Houthi forces attacked a ship in the Red Sea on Sunday, the first attack since July 2024.', 'Red Sea', 'incident'],
  // The object of an attack may be a building "of" the place.
  ['Insurgents attacked the district headquarters of Macomia, in Cabo Delgado province, on Sunday.', 'Macomia', 'incident'],
  ['Insurgents attacked the district headquarters of Macomia, in Cabo Delgado province, on Sunday.', 'Cabo Delgado', 'admin_context'],
  ['Rebels attacked a police station in Jamundi, just south of the city of Cali, on Saturday.', 'Cali', 'context'],
  ['Rebels attacked a police station in Jamundi, just south of the city of Cali, on Saturday.', 'Jamundi', 'incident'],
  ['Drones hit a police station in Jamundi, in the Valle del Cauca province just south of the city of Cali, on Saturday.', 'Cali', 'context'],
  // Local officials placed in a city report what happened there; a government's do not.
  ['Officials in Donetsk said Ukrainian shelling hit a market on Saturday, killing three people.', 'Donetsk', 'incident'],
  ['Russian-installed officials in Horlivka said a Ukrainian drone struck a bus on Saturday.', 'Horlivka', 'incident'],
  ['Officials in Kyiv said Russian shelling hit a market in the east on Saturday.', 'Kyiv', 'speaker'],
  // "The strikes on Sunday came after ...": what they came after is background, dated or not.
  ['The strikes on Sunday came after rebels seized most of Aleppo in a lightning offensive last week.', 'Aleppo', 'context'],
];

describe('the role of a place in its sentence', () => {
  it.each(ROLES)('%s -> %s is %s', async (sentence, words, role) => {
    const m = await mentionOf(sentence, words);
    expect(m.role, m.cue).toBe(role);
  });

  it('records the cue that decided', async () => {
    const m = await mentionOf('Kirby told reporters in Washington that Russia fired the missiles on Tuesday.', 'Washington');
    expect(m.cue).toContain('told reporters in');
  });

  it('reads an official reporting an attack as speaking for their region', async () => {
    const m = await mentionOf('The governor of the Kharkiv region said Russia used foreign-made missiles in a salvo on Tuesday.', 'Kharkiv');
    expect(m.role).toBe('incident');
    expect(m.place?.kind).toBe('admin1');
  });
});
