// The words that say something happened, what kind of thing, and who says so. Lexicons, not
// models: every decision names the words that made it, so a reviewer can check it.

import type { EventType } from './types.ts';
import { asideClauses } from './dates.ts';

export interface Cue {
  start: number; // offset in the sentence
  end: number;
  text: string;
}

function cues(re: RegExp, sentence: string): Cue[] {
  const out: Cue[] = [];
  for (const m of sentence.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

// Something happened: an attack word in the past or as a noun of a concrete event. (Also "an
// incident" placed by a distance: "UKMTO has received a report of an incident 51NM southwest of
// Hodeidah".)
const EVENT =
  /\b(?:struck|strikes?|striking|hit|hits|hitting|attack(?:ed|s|ing)?|shell(?:ed|ing)|bomb(?:ed|ing|s)?|fired|firing|launched|land(?:ed|ing)|slammed|explod(?:ed|ing)|explosions?|blasts?|killed|killing|wounded|wounding|injured|injuring|destroyed|damag(?:ed|ing)|ablaze|blazes?|burn(?:ed|ing|t)|torch(?:ed|ing)|(?:set|sets|setting) (?:fire to|ablaze|alight|on fire)|(?:found|discovered|dumped|exhumed)\s+(?:the\s+)?(?:bod(?:y|ies)|corpses?|remains)(?![^.;]*\b(?:rubble|ruins|debris)\b)|(?:bodies|corpses)\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:were|had\s+been|have\s+been)\s+(?:found|discovered|dumped|left)(?![^.;]*\b(?:rubble|ruins|debris)\b)|mass\s+graves?|rampag(?:ed|ing)|arson(?: attacks?)?|sank|sunk|sinking|(?:was|were|been)\s+boarded|hijack(?:ed|ing)|(?:plane|aircraft|jet|helicopter|airliner|warplane|bomber|drone)s? crashed|seiz(?:ed|ure)|stormed|storming|overr[au]n|overrunning|looted|looting|plundered|pillaged|raid(?:ed|s)?|targeted|targets (?:were|was|included|include)|pounded|rocked|shot down|intercepted|downed|flattened|collapsed|assault(?:ed|s)?(?!\s+(?:rifles?|weapons?|boats?|craft|vehicles?|brigades?|battalions?|regiments?|units?|teams?|helicopters?|ladders?|courses?)\b)|counter-?attack(?:ed|s)?|ambush(?:ed|es)?|repel(?:led|ling)|repulsed|offensive|(?:military |armed )?takeover of|captured (?!(?:in|during|on|at|near|while|after|by|last|earlier|since|from|when|as)\b|(?:[\w-]+ ){0,2}(?:soldiers|fighters|troops|prisoners|servicemen|militants|weapons|equipment|documents|tanks|vehicles|drones)\b)|liberated (?:the|a|an)|retook|retaken|recaptured|eliminated|inflicted (?:heavy |significant |a )?(?:damage|losses|casualties|defeat)|defeated (?:[\w-]+\s+){0,3}(?:units|formations|forces|troops|manpower|brigades|groups)|improved (?:their|its) tactical positions?|entered (?:the|a|an)|(?:rebels|troops|forces|fighters|militants|soldiers|insurgents)\s+(?:[\w-]+\s+)?(?:entered|advanced|captured)|heavy fighting|fighting|clash(?:ed|es)|clash(?=\s+(?:with|between|near)\b)|exchanges? of fire|exchanged fire|firefights?|gun ?battles?|gun ?fights?|shoot-?outs?|(?:took|taken|taking|seized|gained) (?:full )?control|pulled (?:its |their )?(?:troops|forces) out|withdr[ae]w|withdrawn|retaking|recapturing|cleared (?:[\w'’-]+ ){0,6}?of (?:[\w-]+ )?(?:troops|forces|fighters|militants)|abandon(?:ed)?|dropped a bomb|dropped\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:explosive\s+devices?|explosives?|munitions?|grenades?|bombs?)|(?<![\d,.])\b\d{1,2}\s+(?:shells|rockets|mortar\s+rounds|mines)\b|came under (?:\w+ )?(?:fire|attack|shelling|bombardment)|subjected\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:[\w-]+\s+){0,2}(?:fire|shelling|bombardment|attacks?|strikes?)|detonat(?:ed|ion)|gunfire|opened fire|shot at|(?:(?:made|making|makes)\s+(?:[\w-]+\s+){0,2}?attempts?|attempted|tried|trying)\s+to\s+(?:advance|storm|break\s+through)|shot and (?:killed|wounded|injured)|shot\s+dead|gunned\s+down|shootings?(?!\s+(?:down|range|star|script|schedule|season)s?\b)|hack(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:to\s+death|with\s+machetes?)|hacking|massacr(?:e|es|ed)|behead(?:ed|ing)|stabb(?:ed|ing)|(?:car-?)?ramming|rammed\s+(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+)?(?:car|vehicle|truck|lorry|van)|tear ?gas|water cannons?|rubber bullets|live (?:ammunition|rounds)|(?:threw|hurled|lobbed|tossed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:grenades?|explosives?|explosive devices?|petrol bombs?|molotov cocktails?|bombs?)|neutrali[sz]ed|(?<!\b(?:the|of|for|return|returned)\s)(?:abducted|kidnapped)|abductions?|kidnappings?|clashes|casualties|dead|died|rubble|debris|impact|salvo|barrage|(?:shells?|rockets?|mortars?|mortar rounds|projectiles?|bombs?)\s+(?:[\w-]+\s+)?fell|airstrikes?|air strikes?|drone strike|missile strike|targeting operations?|intelligence[- ]based operations?|(?:security|counter-?terror(?:ism)?|clearance|sanitisation|sanitization|search-and-destroy)\s+operations?\s+(?:in|against|near|on)\b|(?:another|an|the|heavy|fierce)\s+engagement|(?:naval|missile|drone|military)\s+operations?\s+(?:[\w-]+\s+){0,3}?against|incident(?=\s+(?:about\s+|approximately\s+|some\s+)?\d{1,4}(?:[.,]\d+)?\s*(?:nm|nautical|km|kilometres?|kilometers?|miles?)\b))\b/gi;

// "entered Bukavu": forces entering a place by name (case matters, so a separate pattern; "the
// rebels entered the city" is in EVENT).
// ("walked into the centre of Bukavu, meeting no resistance".)
// (Or a part of it, or the place by its kind: "pushed into the eastern districts of the Syrian
// border town of Kobane".)
const ENTERED = String.raw`\b(?:entered|stormed into|pushed into|advanced into|walked into|marched into|rolled into|swept into)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:centre|center|heart|outskirts|streets|districts?|neighbou?rhoods?|parts?|edge)\s+of\s+)?(?:the\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement)\s+of\s+)?`;
const ENTERED_PLACE = new RegExp(String.raw`${ENTERED}(?=\p{Lu})`, 'gu');
/** The words up to a place that forces entered: "pushed into the eastern districts of the town of ". */
export const ENTERED_BEFORE = new RegExp(String.raw`${ENTERED}$`, 'iu');

// Every stage asks about the same sentences' event words; remember the last few thousand.
const eventMemo = new Map<string, Cue[]>();

// Warnings are not attacks: "air raid sirens sounded", "an air alert".
const ALERT = /\bair[- ]raid (?:sirens?|alerts?|warnings?|alarms?)\b|\bair alerts?\b|\bsirens? (?:sounded|wailed|blared|went off)\b/gi;
// "no strikes were reported", "was not hit", "without casualties": an event word denied.
// ("Nothing struck Sderot", "none of the shells hit the town".)
const NEGATED = /\b(?:no|not|never|without|nor|nothing|none(?:\s+of\s+(?:the|them))?)\s+(?:[\w-]+\s+){0,2}$/i;
// "spotting targets for Russian missile strikes", "responsible for attacks": an event word as
// a purpose or a charge, not as something that happened.
const PURPOSE = /\bfor\s+(?:[\w-]+\s+){0,2}$/i;
// "transporters, who say they fear new ambushes": an event feared, not one that happened.
const FEARED = /\b(?:fear|fears|feared|fearing|fearful\s+of|afraid\s+of|wary\s+of|warn(?:s|ed)?\s+of|risks?\s+(?:of|from)|threats?\s+(?:of|from)|prospect\s+of)\s+(?:a\s+|an\s+|the\s+)?(?:new|further|more|renewed|fresh|possible|another|future|imminent|reprisal|retaliatory)?\s*$/i;
// "people displaced by fighting", "families fleeing the shelling": why people moved, not an
// event of this sentence.
const FLED_FROM = /\b(?:displaced|uprooted|driven\s+(?:out|away)|fled|fleeing|flee|flees|escaped|escaping|escape)\s+(?:by\s+|from\s+)?(?:the\s+)?(?:[\w-]+\s+)?$/i;
// "Markets fell after the attack", "the ministry condemned the strikes": an event already
// told, named as a time or as what someone reacts to; "after a drone strike on X" (indefinite)
// still tells one.
const REFERENCED = /\b(?:after|before|since|following|amid|ahead of|condemn(?:ed|ing|s)?|denounc(?:ed|ing|es)|deplor(?:ed|ing|es)|decried|critici[sz](?:ed|ing|es)|responded to|in response to|in retaliation for|comment(?:ed|s|ing)?\s+on|commenting\s+on|as\s+a\s+result\s+of|(?:made|makes|make)\s+no\s+mention\s+of|(?:did|does)\s+not\s+mention|without\s+mentioning|because\s+of|due\s+to|(?:protests?|demarche|outrage|anger|concerns?|condemnation|grief|criticism|fury|alarm)\s+over)\s+(?:the|this|that|these|those|\w+day['’]s|last\s+\w+['’]s)\s+["“]?(?:[\w-]+\s+)?$/i;

// Not a conflict's event: weather and quakes strike too ("a winter storm struck eastern Libya",
// "floods hit Kherson"); deals are struck; drills stage "a simulated attack".
const NATURAL_BEFORE =
  /\b(?:storms?|floods?|flooding|floodwaters?|rains?|rainfall|downpours?|earthquakes?|quakes?|tremors?|cyclones?|hurricanes?|typhoons?|wildfires?|bushfires?|forest\s+fires?|blizzards?|heat\s*waves?|snow(?:storms?|fall)?|landslides?|mudslides?|avalanches?|tornado(?:e?s)?|tsunamis?|drought|lightning|winds?|gales?)\s+(?:(?:has|have|had|also)\s+)?$/i;
const DISASTER =
  /\b(?:collided|collision|derail(?:ed|ment)|capsized|earthquakes?|quakes?|tsunamis?|landslides?|mudslides?|avalanches?|floods?|flooding|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|wildfires?|natural\s+disaster|magnitude\s+\d)\b/i;
const ARMS =
  /\b(?:attack\w*|explo\w+|blew\s+up|forces|army|military|(?:air|drone|missile|artillery)\s*strikes?|airstrikes?|struck\s+by\s+(?:a\s+)?(?:missile|drone|rocket)|missiles?|drones?|rockets?|shell(?:s|ed|ing)|bomb\w*|gunm[ae]n|gunfire|militants?|rebels?|insurgents?|troops|soldiers|shot|shooting|fighting|clash\w*|explosives?|artillery|mortars?|air\s*raids?|militia\w*|terror\w*|war)\b/i;
const DEAL_BEFORE = /\b(?:deals?|agreements?|bargains?|compromises?|accords?|balance)\s+(?:(?:can|could|would|will|must|should|may|might|was|were|is|are|to|has|have|had)\s+)?(?:(?:not|never)\s+)?(?:be\s+|been\s+)?$/i;
const DEAL_AFTER = /^\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:deal|agreement|bargain|compromise|accord|balance|chord|note|tone|pose|partnership)\b/i;
const FEIGNED_BEFORE = /\b(?:simulated|mock|fake|feigned|hypothetical|imaginary|fictional)\s+(?:[\w-]+\s+)?$/i;
// "two years after a Russian missile struck the crowded platform": an event years old, named
// for its anniversary.
const YEARS_AFTER_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:years?|decades?|months?)\s+(?:after|since)\b[^,;]*$/i;
// After "died": an age, or an illness, not a conflict's death.
/** Before an event word, its absence told: "no signs of the formation of ". */
// (Nor only feared or rumoured: "as rumours of attacks spread", "fears of an attack".)
const NO_SIGN_BEFORE = /\bno\s+(?:signs?|evidence|indications?|reports?)\s+of\s+(?:[\w-]+\s+){0,4}$|\b(?:rumou?rs?|fears?)\s+of\s+(?:(?:an?|new|more|further|possible|imminent)\s+)?$/i;

/** Words for a person's part in an event: "involved in", "took part in". */
export const PART_IN_WORDS = String.raw`(?:involved\s+in|involvement\s+in|took\s+part\s+in|taking\s+part\s+in|participated\s+in|participation\s+in|role\s+in|convicted\s+of|sentenced\s+for)`;
/** Before an event word, a person's part in it: "involved in the ". */
const PART_IN_BEFORE = new RegExp(String.raw`\b${PART_IN_WORDS}\s+(?:the\s+)?(?:[\w-]+\s+)?$`, 'i');
// (Or at home: "She died at her home in Vienna on 12 May".)
const NATURAL_DEATH_AFTER = /^\s+(?:peacefully\s+)?(?:aged\s+\d+|at\s+the\s+age\s+of\s+\d+|at\s+(?:his|her|their)\s+(?:home|house|residence)\b|in\s+(?:his|her|their)\s+sleep\b|[^.;]{0,80}?\b(?:after|of|from)\s+(?:a\s+)?(?:long|short|brief)?\s*(?:illness|cancer|natural\s+causes|heart\s+attack|stroke)\b)/i;
// An aircraft that landed, not a shell: "the plane ... landed at".
const FLIGHT_BEFORE = /\b(?:flights?|planes?|aircraft|airliners?|airplanes?|helicopters?|jets?|took\s+off)\b[^.;]*$/i;
// "the names of the dead": the dead, not a death told.
const THE_DEAD = /\bthe\s+$/i;

const PROTEST_STRIKE_BEFORE = /\b(?:shutter-?down|general|hunger|labou?r|workers['’]?|wheel-?jam|transport|teachers['’]?|doctors['’]?|sit-?in|national|nationwide|strike\s+and)\s+$/i;
/** Protesters as the subject, up to their act: "protesters in Karbala ", "demonstrators tore down
 * a flag and ". */
const PROTESTERS_DID = /\b(?:protesters|protestors|demonstrators|rioters)\b(?:\s+(?:in|at|outside|near)\s+[\p{Lu}][\p{L}'’-]*)?(?:\s+(?:gathered|rallied|marched|massed)\b[^.;]{0,70}?,)?\s*$/iu;
/** What crowds do that the event words also name. */
const CROWD_ACT = /^(?:burn(?:ing|ed|t)?|stormed|storming|torched|set(?:ting)? fire(?: to)?|attacked|ransacked|clashed)$/i;
export function eventCues(sentence: string): Cue[] {
  let found = eventMemo.get(sentence);
  if (!found) {
    if (eventMemo.size > 5000) eventMemo.clear();
    // "a Japan Airlines jet that collided with a coast guard aircraft ..., killing five", "the
    // earthquake that struck Japan's Noto peninsula", "natural disaster ... Ostrava ... were also
    // hit": a sentence of an accident or a disaster, with no word of arms, tells no attack.
    if (DISASTER.test(sentence) && !ARMS.test(sentence)) {
      eventMemo.set(sentence, []);
      return [];
    }
    const text = sentence.replace(ALERT, (m) => ' '.repeat(m.length));
    found = [...cues(EVENT, text), ...cues(ENTERED_PLACE, text)].sort((a, b) => a.start - b.start).filter((c) => {
      const before = text.slice(Math.max(0, c.start - 40), c.start);
      if (NATURAL_BEFORE.test(before) || DEAL_BEFORE.test(before) || DEAL_AFTER.test(text.slice(c.end)) || FEIGNED_BEFORE.test(before)) return false;
      if (YEARS_AFTER_BEFORE.test(text.slice(Math.max(0, c.start - 80), c.start))) return false;
      if (/^dead$/i.test(c.text) && THE_DEAD.test(before)) return false;
      // "servicemen captured during the fighting in Russia's Kursk Oblast": a campaign as the time
      // of something else (the capture there is its own word, and undated).
      if (/^(?:fighting|heavy fighting|offensive)$/i.test(c.text) && /\bduring\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(before)) return false;
      // "Samir Haddad, who has died aged 78 at his home in Paris after a long illness": a death
      // of age or illness.
      if (/^died$/i.test(c.text) && NATURAL_DEATH_AFTER.test(text.slice(c.end, c.end + 120))) return false;
      // "The flight took off from Tripoli on Sunday, landed at Beirut's airport": a landing.
      if (/^land/i.test(c.text) && FLIGHT_BEFORE.test(text.slice(Math.max(0, c.start - 100), c.start))) return false;
      // "carriers on combat duty, with a total salvo of up to 16 missiles": a capacity.
      if (/^salvo$/i.test(c.text) && /^\s+of\s+up\s+to\b/i.test(text.slice(c.end, c.end + 20))) return false;
      // "Traders observed a shutter-down strike", "a hunger strike": a protest, not an attack.
      if (/^strikes?$/i.test(c.text) && PROTEST_STRIKE_BEFORE.test(before)) return false;
      // "a Russian officer involved in the shelling of Avdiivka": what a person did, told of him.
      if (PART_IN_BEFORE.test(before)) return false;
      // "no signs of the formation of offensive groups", "no reports of casualties".
      if (NO_SIGN_BEFORE.test(text.slice(Math.max(0, c.start - 80), c.start))) return false;
      // "launched illumination flares over the border strip", "launched an investigation": no attack.
      if (/^(?:launched|fired)$/i.test(c.text) && /^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:flares?|investigation|inquiry|probe|appeal|campaign|initiative|programme|program|app|website|fireworks)\b/i.test(text.slice(c.end))) return false;
      // "hundreds of protesters gathered outside a visa centre, burning flags", "protesters in
      // Karbala stormed a Turkish visa center": a crowd's anger, not an armed attack. (Not the
      // protesters as victims: "troops opened fire on protesters" keeps its "opened fire".)
      if (PROTESTERS_DID.test(text.slice(Math.max(0, c.start - 100), c.start)) && CROWD_ACT.test(c.text)) return false;
      // "the insurgency-hit provinces", "the worst hit areas": a place's description, not an event.
      if (/^hit$/i.test(c.text) && /(?:-|\b(?:worst|hardest|badly|heavily)\s+)$/i.test(before)) return false;
      // "destroyed an ISIL fighting position": a trench, not a battle.
      if (/fighting$/i.test(c.text) && /^\s+positions?\b/i.test(text.slice(c.end))) return false;
      // "Two British men captured while fighting for Ukraine": whose side a person served on.
      // (Not the fight for a place: "fighting for Bakhmut went on".)
      if (/^fighting$/i.test(c.text) && /\b(?:while|whilst|when|(?:was|were|been))\s+$/i.test(before) && /^\s+(?:for|alongside|on\s+behalf\s+of|on\s+the\s+side\s+of)\b/i.test(text.slice(c.end))) return false;
      // "follow-up talks in Istanbul collapsed", "the ceasefire collapsed": no building fell.
      if (/^collapsed$/i.test(c.text) && /\b(?:talks|negotiations|ceasefire|truce|deal|agreement|government|coalition|economy|currency|market|process)\s+(?:[\w-]+\s+){0,3}$/i.test(before)) return false;
      // "Ukraine rarely comments on attacks inside Russia": what is commented on is not told.
      if (/\b(?:comments?|commented|commenting|remarks?)\s+on\s+$/i.test(before)) return false;
      // "has repeatedly lost external power because of fighting nearby": a cause, not an event told.
      if (/^(?:heavy\s+)?fighting$/i.test(c.text) && /\b(?:because\s+of|due\s+to|owing\s+to)\s+$/i.test(before)) return false;
      // "a maker of long-range attack drones": a kind of weapon, not an attack.
      if (/^attack$/i.test(c.text) && /^\s+(?:drones?|helicopters?|aircraft|submarines?|boats?|craft|jets?)\b/i.test(text.slice(c.end))) return false;
      return !NEGATED.test(before) && !REFERENCED.test(before) && !PURPOSE.test(before) && !FLED_FROM.test(before) && !FEARED.test(before);
    });
    eventMemo.set(sentence, found);
  }
  return found;
}

// Event type words, most specific first; the type nearest the place words wins.
const TYPE_WORDS: Array<[EventType, RegExp]> = [
  ['ship_attack', /\b(?:ship|ships|vessel|vessels|tanker|freighter|cargo ship|bulk carrier|car carrier|container ship|flagship|cruiser|frigate|warship|destroyer|corvette|landing ship|boat|crew abandoned|merchant)\b/gi],
  ['drone_strike', /\b(?:drones?|shaheds?|uavs?|loitering munitions?|kamikaze|unmanned aerial)\b/gi],
  ['missile_strike', /\b(?:missiles?|ballistic|cruise|iskanders?|kalibrs?|kinzhals?|atacms|storm shadow|scalp|s-300s?|s-400s?|tochka)\b/gi],
  ['air_strike', /\b(?:air ?strikes?|airstrikes?|air raids?|warplanes?|(?<!(?:civil|commercial|general|private)\s)aviation|fighter jets?|jets|aircraft|bombers(?!\s+bases?\b)|bomber\s+(?:aircraft|jets?|planes?)|(?:strategic|long-range|heavy)\s+bomber(?!\s+bases?\b)|glide bombs?|guided (?:aerial )?bombs?|aerial bomb(?:s|ing)?|dropped a bomb|bombed|bombing|air force)\b/gi],
  ['shelling', /\b(?:shell(?:s|ed|ing)?|artillery|mortars?|rockets?|multiple[- ]rocket|grad|uragan|smerch|howitzers?|tank fire)\b/gi],
  ['raid', /\b(?:raids?|raided|commandos?|special forces|hostage rescue|rescue operation|boarded|helicopter)\b/gi],
  ['ground_assault', /\b(?:assault(?:ed|s)?|defeated (?:[\w-]+\s+){0,3}(?:units|formations|forces|troops|brigades|groups)|inflicted (?:a )?defeat|improved (?:their|its) tactical positions?|counter-?attack(?:ed|s)?|ambush(?:ed|es)?|repel(?:led|ling)|repulsed|takeover of|stormed|storming|ground (?:attack|offensive|operation)|offensive|(?:troops|rebels|forces|fighters|militants|soldiers|insurgents) (?:[\w-]+ly )?(?:advanced|entered)|(?:walked|marched|rolled|swept) into|(?:(?:made|making|makes)\s+(?:[\w-]+\s+){0,2}?attempts?|attempted|tried|trying)\s+to\s+(?:advance|storm|break\s+through)|seized (?:the |a )?(?:villages?|towns?|city|settlements?|military (?:base|camp|post)|base|camp|post)\b|captured|liberated (?:the|a|an)|retook|retaken|recaptured|retaking|recapturing|cleared (?:[\w'’-]+ ){0,6}?of (?:[\w-]+ )?(?:troops|forces|fighters|militants)|(?:took|taken|taking|seized|gained) (?:full )?control|full control|pulled (?:its |their )?(?:troops|forces) out|withdr[ae]w|overran|gunmen|armed men|(?:fighters|militants|jihadists|insurgents|guerrillas|rebels|assailants|gangs|gang members) (?:have |has |had )?attacked|militia|paramilitary|clash(?:ed|es)|clash(?=\s+(?:with|between|near)\b)|fighting|exchanges? of fire|exchanged fire|firefights?|gun ?battles?|gun ?fights?|shoot-?outs?|encounters?\s+(?:with|between)\b)\b/gi],
  ['explosion', /\b(?:explosions?|blasts?|exploded|detonat(?:ed|ion)|suicide bomb(?:er|ing)?|(?<!(?:strategic|long-range|heavy)\s)bomber(?!\s+(?:aircraft|jets?|planes?|bases?)\b)(?!,[^.;]{0,40}\baircraft\b)|car bomb|roadside bombs?|(?:improvised )?explosive devices?|ied|landmine|mine|(?:bombs?|devices?|explosives?|grenades?)\s+(?:[\w-]+\s+){0,2}?(?:went off|blew up)|blew up)\b/gi],
];

const PRIORITY: EventType[] = TYPE_WORDS.map(([t]) => t);

export interface TypeDecision {
  type: EventType;
  cue: string | null;
}

const WEAPON_TAKEN_BEFORE = /\b(?:destroyed|defused|dismantled|found|recovered)\s+(?:(?!(?:as|while|when|after|before|during|with|by|from|in|on|at|near)\b)[\w()-]+,?\s+){0,12}\(?$/i;
const TARGET_THING_AFTER = /^[\s-]*(?:positions?|emplacements?|launchers?|launching\s+(?:sites?|positions?)|systems?|pieces?|caches?|depots?|storage|factor(?:y|ies)|workshops?|crews?|teams?|units?)\b/i;
const AIRCRAFT = /^(?:aircraft|jets|warplanes?|fighter jets?|bombers?|helicopter)$/i;
const TARGET_BEFORE = /\b(?:destroyed|damaged|hit|struck|targeted|downed|shot down)\s+(?:(?!(?:as|while|when|after|before|during|with|by|from)\b)[\w-]+\s+){0,8}$/i;

/** Ground-assault cues that name who attacked, not how. */
const ACTOR_WORD = /^(?:gunmen|armed men|militia|paramilitary)$/i;
const ALERT_AFTER = /^\s+(?:sirens?|alerts?|alarms?|warnings?|shelters?)\b/i;

// After a type word, the words that make it a speaker's title ("the air force commander said").
const SPEAKER_TITLE_AFTER = /^(?:['’]s)?\s+(?:(?:commander|chief|spokes(?:man|woman|person)|command|said|says|reported|announced|stated)\b)/i;

/**
 * The event type of a sentence, judged near `anchor` (the place words' offset). A ship word
 * anywhere makes it a ship attack, and an air-force raid is an air strike, not a ground raid.
 */
export function eventType(sentence: string, anchor: number): TypeDecision {
  let found: Array<{ type: EventType; cue: Cue; distance: number }> = [];
  for (const [type, re] of TYPE_WORDS) {
    for (const cue of cues(re, sentence)) {
      // "Ukraine's air force commander said": the speaker's title names no weapon.
      if (SPEAKER_TITLE_AFTER.test(sentence.slice(cue.end, cue.end + 60))) continue;
      // "air raid sirens", "a missile alert": a warning names no weapon that struck.
      if (ALERT_AFTER.test(sentence.slice(cue.end, cue.end + 20))) continue;
      // "where people displaced by fighting sheltered": why they moved, not this event's type.
      if (FLED_FROM.test(sentence.slice(Math.max(0, cue.start - 40), cue.start))) continue;
      // "its drones had destroyed two Russian Be-12 amphibious aircraft": an aircraft hit is the
      // target, not the weapon. (Drones and missiles shot down are the attack's own.)
      if (AIRCRAFT.test(cue.text) && TARGET_BEFORE.test(sentence.slice(Math.max(0, cue.start - 80), cue.start))) continue;
      // "destroyed an ISIL fighting position", "an ISIL mortar position", "rocket launchers": a
      // thing the strike hit, named for a weapon, is no weapon of this event.
      if (TARGET_THING_AFTER.test(sentence.slice(cue.end, cue.end + 20))) continue;
      // (Nor a weapon destroyed, defused or found: "destroyed 14 ISIL fighting positions, two
      // ISIL vehicle-borne improvised explosive devices".)
      // (Drones and missiles destroyed in the air are the attack's own: see AIRCRAFT.)
      if ((type === 'explosion' || type === 'shelling') && WEAPON_TAKEN_BEFORE.test(sentence.slice(Math.max(0, cue.start - 150), cue.start))) continue;
      const distance = cue.end <= anchor ? anchor - cue.end : Math.max(0, cue.start - anchor);
      found.push({ type, cue, distance });
    }
  }
  if (!found.length) return { type: 'other', cue: null };
  // "An airstrike ... killed nine civilians in Lashio, a city ... that was captured last year by an
  // ethnic armed group,": a clause set off about something else names another event's kind.
  const asides = asideClauses(sentence, true).filter(([from, to]) => anchor < from || anchor >= to);
  const inAside = (f: (typeof found)[number]) => asides.some(([from, to]) => f.cue.start >= from && f.cue.start < to);
  // (Only when the main clause names a weapon: "toward Singa and the town of Sennar, which has
  // also come under sporadic shelling" tells Sennar's kind in its clause.)
  if (found.some((f) => !inAside(f) && f.type !== 'ground_assault')) found = found.filter((f) => !inAside(f));
  // A ship word makes a ship attack only when the ship is what was hit or what reports it:
  // "drones struck port infrastructure in Izmail, ... damaging a berth used by foreign-flagged
  // ships" is a drone strike on the port.
  const ship = found.find((f) => f.type === 'ship_attack' && shipIsTarget(sentence, f.cue));
  const attackOnShip = ship && found.some((f) => f.type !== 'ship_attack' && f.type !== 'ground_assault');
  if (ship && (attackOnShip || /\b(?:attack|struck|hit|seiz|sank|sunk|abandon)/i.test(sentence))) {
    const seizure = found.find((f) => f.type === 'raid' && /helicopter|board/i.test(f.cue.text));
    if (seizure && /seiz|hijack|storm|captive|hostage/i.test(sentence)) return { type: 'raid', cue: seizure.cue.text };
    return { type: 'ship_attack', cue: ship.cue.text };
  }
  let weapons = found.filter((f) => f.type !== 'ship_attack');
  if (!weapons.length) return { type: 'other', cue: null };
  // "Shelling by the paramilitary RSF on a market": who did it, beside what they did it with,
  // does not make it a ground assault.
  // ("a massive UAV attack was repelled in Taganrog": a repelled attack of drones is a drone
  // attack; "repelled" names no weapon.)
  const airborne = found.some((f) => f.type === 'drone_strike' || f.type === 'missile_strike' || f.type === 'air_strike');
  const actorOnly = (f: (typeof found)[number]) => f.type === 'ground_assault' && (ACTOR_WORD.test(f.cue.text) || (airborne && /^(?:repel(?:led|ling)?|repulsed)$/i.test(f.cue.text)));
  if (weapons.some((f) => !actorOnly(f))) weapons = weapons.filter((f) => !actorOnly(f));
  // "the enemy fired mortars at the village of Mezenivka (11 explosions)": a count of impacts
  // says nothing of the weapon the sentence names.
  const impactCount = (f: (typeof found)[number]) => f.type === 'explosion' && /\d\s+$/.test(sentence.slice(Math.max(0, f.cue.start - 8), f.cue.start));
  if (weapons.some((f) => !impactCount(f))) weapons = weapons.filter((f) => !impactCount(f));
  // A suicide or car bombing is an explosion, whatever else the sentence names.
  const bombing = /\b(?:suicide (?:bomb(?:ing|er|ers)?|attack(?:er)?)|car bomb(?:ing)?|truck bomb|improvised explosive|ied)\b/i.exec(sentence);
  // (Not bombs destroyed or found: "destroyed ... two ISIL vehicle-borne improvised explosive
  // devices".)
  if (bombing && !/\b(?:destroyed|defused|dismantled|cleared|found|seized|recovered)\b[^.;]{0,150}$/i.test(sentence.slice(0, bombing.index))) return { type: 'explosion', cue: bombing[0] };
  // A raid by an air force is an air strike.
  if (weapons.some((f) => f.type === 'raid') && weapons.some((f) => f.type === 'air_strike' && /air force|warplane|jet|aircraft/i.test(f.cue.text))) {
    const air = weapons.find((f) => f.type === 'air_strike')!;
    return { type: 'air_strike', cue: air.cue.text };
  }
  weapons.sort((a, b) => a.distance - b.distance || PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type));
  // "Russian missiles ... shelling": the weapon named in the clause wins; distance breaks ties.
  const best = weapons[0]!;
  return { type: best.type, cue: best.cue.text };
}

function shipIsTarget(sentence: string, cue: Cue): boolean {
  return SHIP_TARGET_BEFORE.test(sentence.slice(Math.max(0, cue.start - 70), cue.start)) || SHIP_SUBJECT_AFTER.test(sentence.slice(cue.end, cue.end + 80));
}
const SHIP_TARGET_BEFORE =
  /\b(?:attack(?:ed|s|ing)?|hit|hits|hitting|struck|strikes?|striking|target(?:ed|ing|s)?|seiz(?:ed|e|ing|ure)|board(?:ed|ing)|hijack(?:ed|ing)?|sank|sunk|sink(?:ing)?|damag(?:ed|ing)|fired\s+(?:on|at|upon)|explosions?\s+(?:near|close\s+to|beside|next\s+to)|attacks?\s+on|strikes?\s+on|assault\s+on|missiles?\s+at|drones?\s+at|launched\s+(?:[\w-]+\s+){0,3}at|approached|rammed|captured|operations?\s+(?:[\w-]+\s+){0,3}?against|onto|aboard|on\s+board|close\s+to|near|next\s+to|alongside)\s+(?:(?:a|an|the|two|three|four|another|its|their|one|several)\s+)?(?:(?!(?:by|used|for|of|with|from|to|serving|carrying|and|in|at)\b)[\w'’,-]+\s+){0,4}$/i;
const SHIP_SUBJECT_AFTER =
  /^(?:\s+[\w'’(),-]+){0,8}?\s+(?:was|were|had\s+been|has\s+been|came\s+under|reported|caught\s+fire|sank|took\s+on\s+water|suffered|sustained|is\s+on\s+fire|was\s+set\s+ablaze)\b/i;

// Speech and claim verbs: what someone said, not what happened.
const SPEECH_WORDS =
  'said|says|say|told|tells|added|announced|claimed|claims|claim|reported|reports|stated|confirmed|alleged|accused|denied|denies|deny|insisted|warned|wrote|posted|described|noted|declared|condemned|urged|argued|blamed|acknowledged|admitted|estimated';
export const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_WORDS})\\b`, 'gi');

export function hasSpeechVerb(sentence: string): boolean {
  return new RegExp(`\\b(?:${SPEECH_WORDS})\\b`, 'i').test(sentence);
}

const DENIAL = /\b(?:denied|denies|deny|rejected the claim|not (?:yet )?confirmed|no evidence|disputed|dismissed|blamed(?!\s+on\b)|foiled|said it had (?:repelled|foiled|intercepted))\b/i;

const ATTRIBUTION_NOUN =
  /\b(?:committee|media|outlet|newspaper|broadcaster|monitor|observatory|mission|charity|organi[sz]ation|network|coalition|ngo|red cross|red crescent|command|centcom|prosecutor['’]s office|officials?|ministry|minister|ministers|governor|mayor|spokes(?:man|woman|person)|military|army|forces|council|office|service|administration|authorities|police|president|commander|command|general staff|agency|agencies|government|kremlin|pentagon|white house|un|united nations|prosecutor|ombudsman|operator|witness(?:es)?|residents|hospital|doctors|medics|emergency|rescuers|health|group|monitor|observatory|sources?|activists|journalists|relatives|eyewitness(?:es)?|houthis?|hamas|hezbollah|idf|rsf|isis|taliban)\b/i;

const PRONOUN = /^(?:he|she|they|it|we)$/i;

// After a denial, whose claim it denies: "denied Russian claims", "rejected claims by the army".
/** "a charge Yerevan denied", "an accusation the Kremlin has rejected": who denies the charge. */
const DENIED_CHARGE = /\b(?:a|an|the)\s+(?:charge|claim|accusation|allegation|assertion|version)\s+(?:that\s+)?(the(?:\s+[\p{L}'’.-]+){1,3}?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b/u;

const CLAIM_OF = /\b(?:denied|denies|deny|rejected|dismissed)\s+(?:the\s+)?(?:([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})\s+(?:claims?|allegations?|accusations?|reports?)|(?:claims?|allegations?|accusations?|reports?)\s+(?:by|from)\s+((?:the\s+)?[\p{L}'’ -]{2,40}?)(?=\s+that\b|[,.;]|$))/u;

export interface Claim {
  claimedBy: string | null;
  disputedBy: string | null;
}

/** The words naming who says it, trimmed to the noun phrase. */
/** "an attack blamed on the RSF": who is blamed, not who speaks. */
const PARTICIPLE_BLAME = /^\s*blamed\s+on\b/i;

const NOT_A_SPEECH_VERB_BEFORE = /\b(?:the|a|an|on|of|at|against|for|in|by|with|its|their|his|her|was|were|been|being|is|are)\s+(?:(?:also|later|widely|first)\s+)?$/i;

/** A wire dateline's tail before the first words: "Feb 10 (Reuters) - ", "(AP) — ". */
const DATELINE_LEAD = /^[^()]{0,40}\((?:[\p{Lu}][\p{L}.&' -]{0,30})\)\s*[-–—]+\s*/u;

function subjectBefore(sentence: string, verbStart: number): string | null {
  let before = sentence.slice(0, verbStart);
  // "John Kirby, the US's national security council spokesperson, said": the subject is the
  // name before the appositive, and the appositive says who he is.
  const appositive = /(?:^|[,;]\s*|\bthat\s+)([\p{Lu}][^,;]{1,60}),\s+((?:the|a|an)\s[^,;]{3,90}),\s*$/u.exec(before);
  if (appositive) return `${appositive[1]!.trim()}, ${appositive[2]!.trim()}`;
  // "Vadym Filashkin, Head of Donetsk Oblast Military Administration, reported": a title in
  // capitals needs no article. "the Moscow-installed head of the region, Denis Pushilin, said":
  // the title may come first.
  const titled = /(?:^|[,;]\s*|\bthat\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|for)){1,10}),\s*$/u.exec(before);
  if (titled) return `${titled[1]!.trim()}, ${titled[2]!.trim()}`;
  const nameLast = /(?:^|[,;]\s*)((?:the|a|an)\s[^,;]{3,90}),\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s*$/u.exec(before);
  if (nameLast) return `${nameLast[2]!.trim()}, ${nameLast[1]!.trim()}`;
  // "Russia's defence ministry said its forces had foiled": the speaker, not the clause after.
  // (Not "alleged" in "strikes on alleged hideouts": see NOT_A_SPEECH_VERB_BEFORE.)
  for (const speech of before.matchAll(new RegExp(`\\s+(?:${SPEECH_WORDS})\\b`, 'gi'))) {
    const lead = before.slice(0, speech.index);
    if (NOT_A_SPEECH_VERB_BEFORE.test(`${lead.slice(-30)} `)) continue;
    if (PARTICIPLE_BLAME.test(before.slice(speech.index))) continue;
    if (lead) before = lead;
    break;
  }
  // Back to the clause boundary: sentence start, "that", a comma or a semicolon, "and" before a capital.
  // (And a dash: "- **9:14 am** — The IDF says", "MOZAMBIQUE — Reported on 8 February": a time
  // or a heading before it is no part of who speaks.)
  let cutEnd = 0;
  for (const b of before.matchAll(CLAUSE_BOUNDARY)) cutEnd = b.index + b[0].length;
  // "hours after its military warned": the clause's own subject, not its time.
  let subject = before
    .slice(cutEnd)
    .replace(/^\s*(?:(?:(?:a|an|one|two|three|several|\d+)\s+)?(?:hours?|days?|minutes?|weeks?)\s+(?=after|before|since)|shortly\s+|just\s+)?(?:that|and|but|as|while|when|where|which|who|after|before|since|because)\s+/i, '')
    .trim();
  // "MOSCOW, Feb 10 (Reuters) - Russia's Defence Ministry said": the dateline is no part of who.
  subject = subject.replace(DATELINE_LEAD, '');
  subject = subject.replace(/\s+(?:on|late on|early on|in a statement|earlier|later|also|has|have|had|had also|was|were)(?:\s+\w+day)?$/i, '').trim();
  subject = subject.replace(/\s+(?:has|have|had|also|later|earlier)$/i, '').trim();
  const words = subject.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10) return null;
  if (PRONOUN.test(subject)) return subject;
  if (!ATTRIBUTION_NOUN.test(subject) && !/\p{Lu}/u.test(subject)) return null;
  // (The sentence's capital is no part of the name: "claimed by the Mariupol city council".)
  return subject.replace(/^The\s+/, 'the ');
}

const CLAUSE_BOUNDARY = /,|;| that |“|"|—|–| - /g;

function subjectAfter(sentence: string, verbEnd: number): string | null {
  // "..., said Kirby" / "..., according to the Kharkiv governor."
  const m = /^\s+(?:by\s+)?((?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*|[a-z][\p{L}’'-]*\s+){1,7})/u.exec(sentence.slice(verbEnd));
  if (!m) return null;
  const words = m[1]!.trim().replace(/[,.;]+$/, '');
  if (!words || (!ATTRIBUTION_NOUN.test(words) && !/^\p{Lu}/u.test(words.replace(/^the\s+/i, '')))) return null;
  return words.split(/\s*(?:,|\bon\b|\bin\b|\bthat\b|\bwho\b)\s*/)[0]!.trim() || null;
}

/**
 * Who claims what a sentence reports ("Russia's defence ministry said", "according to Kirby"),
 * and who disputes it. `lastClaimant` resolves "he said" to the last named speaker.
 */
export function attribution(sentence: string, lastClaimant: string | null): Claim & { speaker: string | null } {
  let claimedBy: string | null = null;
  const according = /\baccording to\s+((?:the\s+)?[^,.;]+)/i.exec(sentence);
  if (according) claimedBy = according[1]!.trim();
  if (!claimedBy) {
    for (const m of sentence.matchAll(SPEECH_VERB)) {
      const verb = m[0].toLowerCase();
      if (verb === 'denied' || verb === 'denies' || verb === 'deny') continue;
      // "strikes on alleged militant hideouts": after a determiner or a preposition the word is
      // an adjective. "Explosions were also reported": a passive names no speaker.
      const lead = sentence.slice(Math.max(0, m.index - 30), m.index);
      if (NOT_A_SPEECH_VERB_BEFORE.test(lead)) continue;
      // "A drone attack blamed on the RSF killed 12": a participle, naming who is blamed.
      if (PARTICIPLE_BLAME.test(sentence.slice(m.index))) continue;
      let who = subjectBefore(sentence, m.index);
      if (!who && /,\s*$/.test(sentence.slice(0, m.index))) who = subjectAfter(sentence, m.index + m[0].length);
      if (who) {
        claimedBy = who;
        break;
      }
    }
  }
  if (claimedBy && PRONOUN.test(claimedBy)) claimedBy = lastClaimant;
  let disputedBy: string | null = null;
  const denial = DENIAL.exec(sentence);
  // "..., a charge Yerevan denied": the denier is the relative clause's subject, not the main one's.
  const denier = DENIED_CHARGE.exec(sentence);
  if (denier) disputedBy = denier[1]!;
  else if (denial) disputedBy = subjectBefore(sentence, denial.index) ?? 'disputed in the report';
  if (disputedBy && PRONOUN.test(disputedBy)) disputedBy = lastClaimant ?? 'disputed in the report';
  // "Ukraine denied Russian claims that it had shelled ...": who denies does not claim; the
  // claim is the one named beside the denial, or unknown.
  if (denial && claimedBy !== null && claimedBy === disputedBy && /^(?:denied|denies|deny|rejected|dismissed)/i.test(denial[0])) {
    const other = CLAIM_OF.exec(sentence.slice(denial.index));
    claimedBy = other ? (other[1] ?? other[2] ?? '').trim() || null : null;
  }
  return { claimedBy, disputedBy, speaker: claimedBy };
}

export function isDenial(sentence: string): boolean {
  return DENIAL.test(sentence);
}
