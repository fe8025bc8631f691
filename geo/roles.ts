// Which mentions are where something happened. Decided per mention from the words around it,
// and the deciding words are kept as the cue the review screen shows. The cues against come
// first: metonymy ("Washington said"), speaker location ("told reporters in Washington"),
// origin ("missiles from North Korea", "Iranian-made"), hypotheticals and background.

import { asideClauses, MONTH_FULL_RE, WEEKDAY_RE } from './dates.ts';
import { ENTERED_BEFORE, eventCues, hasSpeechVerb, PART_IN_WORDS } from './events.ts';
import { BEARING_BEFORE, OFFSET_BEFORE } from './refine-place.ts';
import { LINE_PLACE_BEFORE, NAMESAKE_BEFORE, RIVER_AFTER, ROAD_TO_WORDS, SHORE_WORDS, type Resolution } from './resolve.ts';
import type { MentionRole } from './types.ts';
import { nameKey } from './normalize.ts';
import { unmarked } from './mentions.ts';

export interface RoleDecision {
  role: MentionRole;
  cue: string;
}

/** The cues of a place named to say where another lies, and of an event placed by its distance
 * from a place: incidents.ts reads them back. */
export const PLACE_BEFORE_CUE = 'where the place before lies';
export const DISTANCE_CUE = 'distance from it';

// Prepositions and phrases that put an event at a place.
// (A sea's name before the kind word too: "in the Russian Black Sea port of"; and a demonym
// after a bearing, "in the southern Ukrainian port of". The regex ignores case, so a demonym is
// known by its ending and must stand right before a kind word.)
/** The cue of a place in a sentence whose event words are not about it. */
export const NOT_SETTING_CUE = 'not the setting of the event words';
const LOCATIVE_BEFORE =
  /\b(?:in|on|at|near|close to|outside|into|onto|over|across|around|off|inside|against|within|nearby|including|outskirts of|centre of|center of|heart of|suburbs? of|neighbou?rhoods? of|quarters? of|wards? of|edge of|coast of|parts of|areas? of|district of|region of|sectors? of|tehsils? of|village of|town of|city of)\s+(?:(?:the|its|their)\s+)?(?:(?:[\p{Lu}][\p{L}-]+\s+){0,2}[\p{Lu}][\p{L}-]+['’]s\s+)?(?:[\p{Lu}][\p{L}-]*(?:an|ian|ese|i|ish|ic)\s+)?(?:[\p{L}-]+\s+sea\s+(?=(?:port|city|town|coast|coastal|resort)\s)|[\p{L}-]+\s+(?=(?:port|ports|city|cities|town|towns|village|villages)\s+of\s))?(?:(?:occupied|besieged|embattled|frontline|front-line|front line|eastern|western|northern|southern|central|rural|urban|downtown|outer|port|industrial|northeastern|northwestern|southeastern|southwestern|northeast|northwest|southeast|southwest|north|south|east|west|capital|main|general|neighbou?ring|adjacent|russian-occupied|ukrainian-held|russian-held|annexed|city|town|village|region|province|border|key|strategic|small|coastal|southern suburbs|of|the|direction|directions|\w+ern|several|many|some|two|three|four|five|various|settlement|hamlet|resort|camp|suburb|suburbs|outskirts|centre|center|heart|edge|area|[\p{L}-]+(?:an|ian|ese|i|ish|ic)(?=\s+(?:ports?|city|cities|towns?|villages?|state|province|region|district|capital|county|governorate|oblast|border|coastal)\s))\s+)*(?:[a-z-]+\s+of\s+(?:the\s+)?)?$/iu;

// A locative's noun, then the place's name in an appositive: "in the regional capital, also called".
const NAMED_AFTER_LOCATIVE = /\b(?:in|at|on|near)\s+the\s+(?:[\w-]+\s+){0,2}(?:capital|city|town|village|port|district)\s*,\s*(?:also\s+)?(?:called|named|known\s+as)\s+$/i;

// A locative's unit, then the unit holding it: "in Depayin Township, Sagaing Region", where the
// gazetteer lacks the township.
// (Case matters for the name, not for the unit's word: "Depayin Township", "Bassa district".)
// ("in Spinwam area, North Waziristan District": a local name and its kind, then the unit.)
const UNIT_CHAIN_BEFORE =
  /\b(?:[Ii]n|[Nn]ear|[Aa]t)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[Tt]ownship|[Dd]istrict|[Cc]ounty|[Mm]unicipality|[Ll]ocal\s+[Gg]overnment\s+[Aa]rea|[Ss]ub-?district|[Tt]ehsil|[Cc]ommune|[Dd]epartment|[Pp]rovince|[Ss]tate|[Rr]egion|[Rr]aion|[Oo]blast|[Gg]overnorate|area|[Vv]illage|[Vv]alley)\s*,\s*$/u;

const BOUNDS_BEFORE = /\b(?:separating|separates|divides|dividing|linking|links|connecting|connects)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:city|town|village|region|province)\s+of\s+(?:the\s+)?)?$/i;
const NAME_FROM_BEFORE = /\b(?:(?:takes?|took|taking|derives?|derived|gets?|got)\s+its\s+name\s+from|named\s+(?:after|for))\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|region|river|valley)\s+of\s+)?$/i;
// (Or where the camera stood: "Video filmed from the Israeli side near Sderot", "clips ... were
// filmed from the Thai bank of the Moei River, in Mae Sot".)
const FILMED_BEFORE = /\b(?:scenes?|film|footage|movie|documentary|series|episodes?)\s+(?:was|were|is|are|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:shot|filmed|recorded)\b[^.;]*?\b(?:in|at|near|outside|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$|\b(?:filmed|shot|recorded)\s+from\s+[^.;]{0,60}?\b(?:in|at|near|outside)\s+(?:the\s+)?$/i;
const ROUTE_TO_BEFORE = /\broutes?\s+(?:to|into|towards?|from|linking|connecting)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:at|in|of)\s+)?$/i;
// "on the main highway between the city of Zaporizhzhia and Melitopol": a road's ends.
const ROAD_BETWEEN_BEFORE = /\b(?:highway|road|motorway|railway|rail\s+line|supply\s+line)\s+(?:between|linking|connecting|leading\s+from)\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:and|to|with)\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?)?$/u;
// "less protected by air defence than the city of Kherson": a place compared with.
const THAN_BEFORE = /\bthan\s+(?:in\s+)?(?:the\s+)?(?:(?:city|town|village|region|regional\s+capital)\s+of\s+)?$/i;
const ROAD_TO_BEFORE = new RegExp(ROAD_TO_WORDS, 'i');
// (And a party's officials: "Officials of the Patriotic Union of Kurdistan (PUK) in Sulaymaniyah
// also condemned the attacks".)
/** The words just before a court that say it was hit: "a missile hit". */
const COURT_HIT_BEFORE = /\b(?:struck|strikes?|hit|hits|targeted|attacked|stormed|bombed|shelled|attacks?\s+on|strikes?\s+on)\s*$/i;
const COURT_AT_BEFORE =
  /\b(?:verdicts?|rulings?|judg(?:e)?ments?|trials?|hearings?|sentencing)\s+(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:near|in|outside)\s+$|\b(?:a|the)\s+(?:(?:district|city|regional|county|appeals?|high|supreme|military|criminal|special|anti-terrorism|federal)\s+)*(?:court|tribunal)\s+(?:in|at)\s+(?:the\s+)?$/i;
// (So a corrections column's "An article ... ("Title", 8 March, page 27) said a missile hit a
// school in Kramatorsk", and "An online report ... initially placed the attack in Kabul".)
const RETRACTED_BEFORE =
  /\b(?:(?:erroneously|incorrectly|wrongly|mistakenly|initially)\s+(?:reported|said|stated|identified|described|located|placed)|\bpage\s+\d+\)\s+(?:said|reported|stated|described)|\b(?:an\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|item)\s+(?:said|stated|reported|misstated|gave|named|identified))\b[^.;]*$/i;
const GOVERNMENT_IN_BEFORE = /\b(?:(?:government|junta|ministry|presidency|regime|cabinet|department|embassy|embassies)(?:\s+\(\p{Lu}+\))?|officials\s+of\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+|of\s+)+(?:\(\p{Lu}+\)\s+)?)\s*in\s+$/iu;
/** A markdown table's row, and the start of one of its cells. */
export const TABLE_ROW = /^\s*\|.*\|\s*$/;
const CELL_START = /\|\s*$/;
const GOVERNMENT_CLAUSE_AFTER = /^\s*(?:["“]\s*)?(?:can|cannot|can't|could|must|should|would|will|has|had|have|is|was|were|did|does)\b/i;
// "The aircraft are assigned to the 509th Bomb Wing at Whiteman Air Force Base": a unit's home.
const UNIT_HOME_BEFORE = /\bassigned\s+to\s+(?:the\s+)?[^.;]{0,50}?\b(?:at|in)\s+(?:the\s+)?$/i;
/** A clause that says nothing happened: "no debris or damage was recorded in". */
/** A clause that opens on its own subject and a finite verb: "rights groups have reported". */
const OWN_SUBJECT_VERB = /^\s*(?:(?:the|a|an|some|many|several|local|rights|aid|human\s+rights)\s+)?(?:[\w-]+\s+){0,2}?(?:have|has|had|were|was|are|is)\s+(?:also\s+)?(?:reported|documented|described|said|warned|called|urged|recorded|accused)\b/i;
const NO_EVENT_CLAUSE = /^\s*(?:there\s+(?:was|were)\s+)?(?:no|nothing)\b/i;
/** Verbs whose object is a government: "urged Washington", "called on Moscow", "accused Kyiv". */
const ADDRESSED_VERBS = String.raw`urged?|urging|urges|call(?:ed|ing|s)?\s+on|press(?:ed|ing|es)?|accus(?:ed?|ing|es)|blam(?:ed?|ing|es)|thank(?:ed|ing|s)?|critici[sz](?:ed?|ing|es)|appeal(?:ed|ing|s)?\s+to|ask(?:ed|ing|s)?|pressure\s+on`;
const ADDRESSED_BEFORE = new RegExp(String.raw`\b(?:${ADDRESSED_VERBS})\s+$`, 'i');
/** ... and a government told with its seat: "called on the federal government in Baghdad",
 * "accused the government in Kinshasa", "at odds with", "fighting to topple". */
const SEAT_ADDRESSED_BEFORE = new RegExp(String.raw`\b(?:${ADDRESSED_VERBS}|with|topple|toppling|overthrow|overthrowing|oust|ousting|against|fighting|fought|battling|battled)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$`, 'iu');
/** A relative clause set off by commas right after a name: ", which is recognised internationally,". */
const RELATIVE_ASIDE = /^\s*,\s*(?:which|who)\b[^,;.]*,/i;
const SPEAKS_AFTER = /^\s+(?:also\s+)?(?:(?:have|has)\s+called|called\s+(?:on|for)|urged|said|says|told|claimed|claims|announced|reported|stated|insisted|denied|denies|deny|rejects|rejected|condemned|condemns|denounced|welcomed|(?:has|have|had)\s+not\s+commented|did\s+not\s+comment|declined\s+to\s+comment)\b/i;

// After a capital or a country: what a government has, not a place ("Moscow's ability to wage war").
const GOVERNMENT_MEANS_AFTER = /^['’]s\s+(?:ability|capacity|capabilit(?:y|ies)|efforts?|war\s+(?:effort|machine|chest)|economy|budget|revenues?|finances|income|strategy|resolve|plans?)\b/i;

// Verbs whose object is the place hit.
// (And what a drone was shot down approaching: "a drone was shot down as it approached Erbil
// International Airport".)
const OBJECT_OF_EVENT =
  /\b(?:struck|strike|strikes|hit|hits|hitting|attacked|attacking|shelled|shelling|bombed|bombing|pounded|targeted|targeting|raided|stormed|seized|captured|liberated|retook|retaken|recaptured|took control of|entered|rocked|battered|flattened|attack on|attacks on|strike on|strikes on|assault on|raid on|shelling of|bombing of|bombardment of|capture of|fall of|takeover of|seizure of|approached|approaching|overran|overrun|subjected)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}|(?:[\w"“”-]+\s+){2,4}of\s+|(?:[\w-]+\s+)of\s+the\s+)$/i;

// The place as the one hit: "Bilozerka came under artillery fire", "the city was struck twice".
// (Also the unit a name is "the district of" and a list's plural kind: "the Nikopol district of
// Dnipropetrovsk Oblast was shelled", "Marhanets and Pokrovske communities came under fire".)
// (And a facility named after the town, with its unit or an appositive: "the Ladyzhyn thermal
// power plant in the Vinnytsia region was damaged", "The Novoshakhtinsk refinery, the largest
// oil processing plant in Rostov Oblast, was hit".)
const SUBJECT_OF_EVENT =
  /^(?:['’]s\s+\w+|\s+(?:district|raion|region|province|oblast|community|hromada|area|county)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+|\s+(?:[\w-]+\s+){0,3}?(?:plant|station|depot|refinery|factory|substation|facility|terminal|airfield|airport|port|dam|bridge|base)(?:\s+in\s+(?:the\s+)?[\w'’-]+(?:\s+(?:region|oblast|province|district))?|\s*,[^,.;]{1,60},))?\s+(?:\w+\s+){0,2}?(?:(?:communities|villages|towns|districts|regions|settlements)\s+)?(?:was|were|has been|have been|had been|came|comes|come|is)\s+(?:again\s+|also\s+|repeatedly\s+)?(?:under\s+(?:heavy\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}(?:fire|attack|shelling|bombardment)|hit|struck|shelled|attacked|bombed|targeted|pounded|rocked|damaged|destroyed)\b/i;

const SPEECH_AFTER =
  /^(?:['’]s\s+(?:\w+\s+){0,3})?\s*(?:,\s*)?(?:has|have|had|also|on \w+day|officials?|authorities|government)?\s*(?:said|says|say|claimed|claims|announced|accused|denied|denies|insisted|warned|alleged|condemned|urged|confirmed|has not (?:yet )?confirmed|have claimed|has said|reported|argued|believes|wants|plans|hopes|responded|rejected|dismissed|called|demanded|signalled|signaled|threatened|vowed|pledged|agreed|approved|imposed|will|would|could|is|was|has been|and (?:its|their) allies)\b/i;

// (A spokesman's name and rank may come between: "Pentagon press secretary Maj. Gen. Pat Ryder said".)
const GOVERNMENT_SAID_AFTER =
  /^\s*,\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:ministry|kremlin|government|foreign\s+office|presidential\s+office|army|military|armed\s+forces|(?:state\s+)?committee|(?:security|intelligence)\s+service|president|presidency|prime\s+minister|foreign\s+minister|(?:national\s+security\s+)?advis[eo]r|defen[cs]e\s+minister|(?:information|interior|security|health)\s+minister|general\s+staff|parliament|cabinet|white\s+house|pentagon|state\s+department|department\s+of\s+state|spokes(?:man|woman|person)|commander|envoy|ambassador|(?:human\s+rights\s+)?commission|(?:nato|un|eu)\s+\w+)\b(?:['’]s)?(?:\s+(?:\([\p{Lu}]{2,8}\)|[\w.'’-]+)){0,6}?\s+["“]?(?:(?:firmly|strongly|also|swiftly|quickly|sharply)\s+)?(?:said|says|announced|claimed|stated|denied|reported|confirmed|accused|warned|told|posted|wrote|ordered|called\s+on|called\s+for|urged|condemned|demanded|summoned|vowed|voiced|expressed|insisted|maintained|argued|rejected|dismissed)\b/iu;
// (Or a source placed at a hospital, then a speech verb: "a medical source at Al-Aqsa Martyrs
// Hospital in Deir el-Balah said".)
const SOURCE_BEFORE =
  /\baccording\s+to\s+(?:the\s+)?(?:[\w.'’-]+\s+|\(\p{Lu}+\)\s+){0,6}?(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$|\b(?:sources?|officials?|spokes(?:man|woman|person)|director)\s+(?:at|from)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?(?:hospital|clinic|medical\s+(?:centre|center|complex)|morgue)\s+in\s+$/iu;
const WAS_IN_BEFORE = /\b(?:was|were)\s+(?:(?:still|already|away)\s+)?in\s+(?:the\s+)?$/i;
const AT_THE_TIME_AFTER = /^\s+(?:at\s+the\s+time|when\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:attack|strike|strikes|missiles?|drones?|bombing|explosion|blast)s?\s+(?:hit|struck|began|came|happened|occurred|took\s+place))\b/i;
const BEARING_OF_BEFORE = /\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:capital,?\s+)?$/i;
const OBJECT_HIT_BEFORE_BEARING = /\b(?:hit|hits|struck|strikes|shelled|bombed|attacked|targeted|destroyed|damaged)\s+(?:a|an|the|two|three|several)\s+(?:[\w'’-]+\s+){0,4}$/i;
const RULERS_AFTER = /^\s+(?:regime|government|junta|authorities|leadership)\b/i;
/** A thread's item marker before its place: "7/ 💥 ", "🔴 ", "3/ ". */
const THREAD_ITEM_BEFORE = /^[\s"“•*·\-–—]*(?:\d{1,3}\/\s*[\p{Extended_Pictographic}\uFE0F\s]*|[\p{Extended_Pictographic}\uFE0F][\p{Extended_Pictographic}\uFE0F\s]*)$/u;
const VOYAGE_BEFORE = /\b(?:sailing|sailed|steaming|travelling|traveling|bound|en\s+route|headed|heading|voyage)\s+(?:from|to|for)\s+(?:[^.;]{0,60}?\s+(?:to|for)\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:in|of)\s+(?:the\s+)?)?$/i;
const PLANNED_BEFORE = /\b(?:threaten(?:s|ed|ing)?|plan(?:s|ned|ning)?|prepar(?:es|ed|ing)|vow(?:s|ed|ing)?|intend(?:s|ed|ing)?|(?:is|are|was|were)\s+(?:about|poised|set|expected|likely)|(?:is|are)\s+going)\s+to\s+(?:(?:launch|carry\s+out|mount|begin|start|stage)\s+)?(?:an?\s+)?(?:[\w-]+\s+)?$|\bprepar(?:es|ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
const COURT_AFTER = /^\s+(?:(?:district|city|regional|county|appeals?|high|supreme|military|criminal)\s+)?(?:court|tribunal)\b/i;
const LANGUAGE_BEFORE = /\b(?:known|called|written|spelled|spelt|named|translated|means|meaning)\s+(?:in|into)\s+$/i;
// (Or a base there: "MONUSCO, speaking from its regional base in Goma, said".)
// ("who spoke to Rudaw from his office in the town of Amadiya".)
const SPOKE_FROM = /\b(?:speaking|spoke|speaks|(?:told|telling)\s+(?:[\w.'’-]+\s+){0,2}?[\w.'’-]+(?=\s+by\s+(?:tele)?phone\b))\s+(?:to\s+(?:[\w.'’-]+\s+){1,3}?)?(?:by\s+(?:tele)?phone\s+)?from\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:capital|city|town|village|port)(?:\s+of)?,?\s+|(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:base|headquarters|office|offices|home)\s+in\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?)?$/i;
const SPEAKER_PLACE_BEFORE =
  /\b(?:(?:meeting|briefing|conference|session|summit|ceremony)\s+at\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?in|(?:meeting|talks|conference|session|summit|funeral|ceremony)\s+(?:was|were|is|are|will\s+be)\s+held\s+(?:[\w'’-]+\s+){0,3}?in|told reporters in|told reporters at (?:[\w'’-]+\s+){1,4}?in|speaking\s+after\s+(?:talks|a\s+meeting|meeting)\s+with\s+[^.;]{1,60}?\s+in|speaking\s+to\s+(?:[\w.'’-]+\s+){1,4}?(?:broadcaster|television|tv|radio|channel|newspaper|agency|outlet|media)(?:\s+[A-Z][\w-]*)?\s+in|(?:televised\s+)?address\s+to\s+the\s+nation\s+in|(?:closed-door\s+|emergency\s+)?consultations\s+(?:on\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?in|(?:held|holding|hold)\s+(?:rallies|protests|demonstrations|vigils)\s+in|(?:reached|contacted)\s+(?:by\s+(?:tele)?phone\s+)?in|speaking\s+to\s+(?:troops|soldiers|reporters|journalists|students|supporters|officers)\s+(?:at|in)(?:\s+(?:[\w'’-]+\s+){1,4}?in)?|(?:news|press)\s+conference\s+with\s+[^,.;]{1,60}?\s+in|speaking\s+at\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}in|(?:said|spoke|told\s+reporters|confirmed|announced|stated|denied)\s+(?:on\s+\w+day|late\s+on\s+\w+day|yesterday|today|earlier|later)\s+in|published in|issued in|posted in|authorities in|told reporters at|told\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,3}?(?:in|at)|reporters in|briefing in|press conference in|news conference in|speaking in|spoke in|said in|confirmed in|announced in|claimed in|insisted in|alleged in|summit in|talks in|meeting in|met in|visit to|visited|visiting|trip to|travelled to|traveled to|flew to|arrived in|returned to|based in|headquartered in|embassy in|ambassador to|envoy to|officials in|leaders in|diplomats in|negotiators in|hosted by|sanctions on|sanctions against|delegation (?:to|from)|conference in|council in|court in|signed in|held in|(?:ministry|mission|lawmakers|parliament|congress|assembly|ceremony|kremlin|white\s+house|summit|embassy|consulate(?:[\s-]+general)?|(?:state\s+|justice\s+|defen[cs]e\s+)?department|office|offices|headquarters|(?:police|operations)\s+command|leaders|governments|negotiators|diplomats|correspondents?|forum|committee|spokes(?:man|woman|person)|official|diplomat|sources?|analysts?|experts?|journalists?|activists?|campaigners?|envoy|minister|gather|gathered|gathering|rally|protest|protesters|exile|exiled|talks|meeting|meetings|court|tribunal|reporter|newsroom|bureau|team|statement|address|speech|interview|communiqu[eé]|facilitators?|mediators?|administration|regime|junta|media|television|radio|agency|agencies|general\s+staff)(?:\s+(?:of|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}(?:\s+\([A-Z.]{2,8}\))?){0,2}(?:\s+here)?(?:\s+(?:issued|released|published|read(?:\s+out)?|broadcast|aired|carried|recorded|filmed)(?:\s+(?:on|by)(?:\s+[\w-]+){1,4}?)?(?:\s+(?:from|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:palace|office|offices|headquarters|residence|ministry|building))?)?\s+in)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?capital,?\s+)?$/i;

// Before a place: services cut or halted there ("flights at", "power outages in").
// (Through the airports or stations: "suspended flights at airports in Kaluga and Tambov".)
const DISRUPTION_BEFORE = /\b(?:(?:flights?|air\s+traffic|trains?|rail\s+traffic|(?:emergency\s+|scheduled\s+|rolling\s+)?power\s+(?:outages?|cuts?)|outages?|blackouts?|electricity|water\s+supply|internet)\s+(?:were\s+|was\s+)?(?:reported\s+|in\s+place\s+|imposed\s+|introduced\s+)?|(?:sirens?|alerts?|alarms?)\s+(?:were\s+|was\s+)?(?:sounded|wailed|blared|went\s+off|declared|issued|raised)\s+)(?:at|to|from|in|across|over|throughout|for)\s+(?:the\s+)?(?:(?:airports?|stations?)\s+(?:in|of|at)\s+)?(?:(?:several|many|some|a\s+number\s+of|\d+)\s+(?:regions|oblasts|cities|provinces|states|governorates|districts)\s*,?\s+(?:including|such\s+as)\s+(?:[\p{L}'’-]+,?\s+(?:and\s+)?){0,6}?)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?$/iu;

// Before "ministry in", "embassy in": words that make the building the place hit.
// (An attack's words may stand further back: "launched a fresh assault on the army's 22nd
// Infantry Division headquarters in".)
const SITE_BEFORE =
  /\b(?:at|on|inside|outside|near|into|struck|hit|targeted|attacked|stormed|bombed)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w-]+\s+)?$|\b(?:(?:attacks?|assaults?|raids?|strikes?|offensive)\s+on|struck|hit|targeted|attacked|stormed|bombed|shelled|seized|captured|overran)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;

// ("suspects who had travelled to the capital from the outskirts of Afgooye".)
// ("peacekeepers deployed from the Mission's base in Bunia", "B-1 bombers flown from Dyess Air
// Force Base in Texas".)
const DEPARTED_FROM_BEFORE =
  /\b(?:set\s+sail|sailed|departed|set\s+(?:off|out)|travell?ed|journeyed|deployed|redeployed|dispatched|flown|flew|flying|took\s+off)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:city|town|port|village|outskirts)\s+of\s+|(?:base|bases|headquarters|barracks|camp)\s+(?:in|at|near)\s+(?:the\s+)?)?$/i;
// ("Shelling from the direction of Krasnogorovka.")
const ORIGIN_BEFORE =
  /\b(?:from\s+(?:the\s+)?(?:directions?|areas?)\s+of|from|supplied by|provided by|made in|produced in|manufactured in|(?:made|produced|manufactured|built|assembled)\s+(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:factory|plant|facility|works)\s+in|shipped from|imported from|bought from|acquire\w* (?:\w+\s+){0,4}from|purchase\w* (?:\w+\s+){0,4}from|sought (?:\w+\s+){0,4}from|seeking (?:\w+\s+){0,4}from|from\s+across\s+the\s+(?:border|frontier)\s+in|(?:launched|fired|took\s+off|flown)\s+from\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:airstrip|airfield|air\s*base|base|positions?|sites?|areas?)\s+(?:near|in|at|outside|of|around)(?:\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:port|city|town|village)\s+of)?|launched from|fired from|took off from|deliveries from|arms from|weapons from|missiles from|drones from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}$/i;
// "the drones were launched from the directions of Oryol, Bryansk, Millerovo, and
// Primorsko-Akhtarsk in Russia, and Hvardiiske in occupied Crimea": every place of the list.
// ("launched from western Iran, including the area of Kermanshah and Tabriz".)
const LAUNCHED_FROM_LIST =
  /\b(?:launched|fired|took\s+off)\s+from\s+(?:(?:[\p{Ll}-]+\s+)?\p{Lu}[\p{L}'’-]*\s*,\s*including\s+)?(?:the\s+)?(?:(?:directions?|areas?|territory)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*)*(?:\s+(?:Oblast|region|Krai|oblasts|regions))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+in\s+(?:(?:Russian-)?occupied\s+|Russia['’]s\s+)?))*$/u;

// "withdrew from Avdiivka": the place a force gave up is where the event happened, not an origin.
const WITHDRAWAL_FROM =
  /\b(?:withdr[ae]w|withdrawn|withdrawing|withdrawal|retreat(?:ed|ing)?|pull(?:ed|ing|s)?\s+(?:back|out)|pushed\s+(?:back|out)|driven\s+out|forced\s+out|expelled|ousted)\s+(?:[\w-]+\s+){0,3}?(?:from|of)\s+(?:the\s+)?(?:(?:town|city|village|settlement|outskirts)\s+of\s+)?$/i;

// (Also the area around a launch site the gazetteer lacks: "from Hvardiiske in occupied Crimea".)
// (And where shells came from: "had come from the direction of the Ukrainian town of Vovchansk",
// "had been shelled ... from the area of Nikopol", "fired 480 shells ... from positions around
// Oleshky".)
const MOVED_BEFORE_BEARING = /\b(?:advanced|advancing|advance|pushed|pushing|attacked|attacking|counterattacked|struck|clashed|infiltrated)\s+(?:further\s+|farther\s+|slightly\s+|marginally\s+)?$/i;
// (Or told in the passive: "118 Ukrainian drones had been destroyed over the regions of Bryansk,
// Kursk, ...". Or quoted: "had \"intercepted and destroyed\" 47 drones over".)
const INTERCEPT_TALLY_BEFORE = /(?:\b(?:intercepted|destroyed|shot\s+down|downed|neutrali[sz]ed)["”']?\s+(?:(?:(?:\d[\d,]*|[\w-]+)\s+)?(?:[\w-]+\s+){0,3}?(?:drones|uavs|missiles|unmanned\s+aerial\s+vehicles|aircraft)|(?:\d[\d,]*|all|most|some|[\w-]+)\s+of\s+(?:them|these|those))|\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:drones|uavs|missiles|unmanned\s+aerial\s+vehicles)\s+(?:had\s+|have\s+)?(?:were\s+|was\s+|been\s+)(?:intercepted|destroyed|shot\s+down|downed|neutrali[sz]ed))\b[^.;]*\bover\s+(?:the\s+)?(?:[\p{L}'’-]+,?\s+(?:and\s+)?){0,10}$/iu;
const COUNT_OVER_BEFORE = /\b\d[\d,]*\s+over\s+(?:the\s+)?$/i;
// (Or a participle: "missiles fired by Tu-22M3 long-range bombers flying over Russia's Kursk region".)
const AIRCRAFT_OVER_BEFORE = /\b(?:aircraft|jets?|bombers?|planes?|helicopters?|su-\d+s?|tu-\d+s?|mig-\d+s?)\b[^.;]*\b(?:(?:was|were)\s+)?(?:flying|operating)\s+over\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
const LAUNCH_AREA_BEFORE =
  /\b(?:launch(?:ed|ing)?|fired|took\s+off|shelled|come|came|staged|mounted)\b[^.;]{0,200}?\bfrom\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:area|areas|direction|directions|territory|airspace|waters|coast|shore)\s+of|(?:[\w-]+\s+)?positions?\s+(?:around|near|in|outside)|[\w-]+(?:\s+[\w-]+){0,2}\s+in)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:occupied\s+|annexed\s+|(?:north|south|east|west)(?:ern)?\s+)?(?:[\w-]+\s+(?:town|city|village|settlement)\s+of\s+)?$/i;
const ORIGIN_AFTER = /^[-‐‑](?:made|supplied|designed|built|produced|manufactured|backed|installed|based|provided|sourced|led|funded|armed|linked|registered|flagged|owned|brokered|controlled|operated)\b/i;

const WEAPON_AFTER = /^(?:['’]s)?\s+(?:\w+[- ]){0,2}(?:missiles?|drones?|shaheds?|rockets?|weapons?|arms|munitions?|shells?|ammunition|jets?|warplanes?|aircraft|artillery|tanks?|equipment|technology|systems?|supplies|military equipment|ballistic)\b/i;

const HYPOTHETICAL = /\b(?:could|would|might|may|can|within range|in range|range of|capable of|threat(?:en(?:ed|s)?)? to|plans? to|planning|plotting|plotted|intends? to|aims? to|prepar(?:e|es|ing) to|if|unless|would-be|potential|possible|risk of|fears? of|warned of)\b/i;

// A past event told as fact: outweighs a "could" or "preparing to" elsewhere in the sentence.
const DEFINITE_EVENT =
  /\b(?:hit|struck|killed|killing|landed|exploded|destroyed|damaged|slammed|wounded|injured|shelled|bombed|attacked|sank|seized|stormed|raided|shot down|blew up|ablaze|clashed|ambushed|opened fire|fell)\b/i;

// "The strike came as lawmakers in Washington ...": the event is told elsewhere; the places here
// are its circumstances.
export const JUXTAPOSITION =
  /\b(?:the|this|that|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|the latest) (?:strike|strikes|attack|attacks|shelling|bombing|raid|explosion|blast|assault|missile strike|air strike|airstrike|drone attack|fighting|clashes|violence|killings|capture|seizure|takeover|fall)(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?(?: (?:on|late on|early on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)| overnight| last night| early (?:on )?\w+day)? (?:came|comes|come|followed|showed|shows|was the|is the|marked|(?:took place|happened|occurred) (?:as|amid|while|hours|days|weeks))\b/i;

// After a juxtaposition, a clause a day or two before that tells an event with its own subject:
// "came two days after troops detonated" (not "came days after the strike on", nor "came after
// rebels seized most of Aleppo", a cause).
// (An indefinite event with its own day is one too: "came barely a day after an attack on a
// residential block in Beit Lahia on Saturday night"; not "days after an aborted mutiny".)
/** "hours after an Israeli airstrike on Thursday", "a day after fighters overran a base ... on
 * Thursday": an earlier event told with its own day. */
const INDEFINITE_EVENT_ON_DAY = new RegExp(String.raw`^[^.;]*?\b(?:hours?|days?)\s+after\s+(?!(?:the|this|that|these|those|its|their)\b)[^.;]*?\bon\s+(?:${WEEKDAY_RE})\b`, 'i');
const TOLD_AFTER = new RegExp(
  // (Or "The attack followed fighting on Saturday in Ber": the earlier event, with its own day.)
  String.raw`^[^.;]*?\b(?:(?:a|one|two|three|\d|a\s+few|several|just)\s+)?(?:days?|hours?)\s+after\s+(?:(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[\p{L}-]+|(?:a|an)\s+[^.;]*?\bon\s+(?:${WEEKDAY_RE})\b)|^\s+(?:(?:heavy|fierce|deadly)\s+)?(?:fighting|clashes|an?\s+(?:[\w-]+\s+){0,2}(?:attack|strike|ambush|raid|bombing|assault))\s+(?:[^.;]*?\s)?(?:on|late\s+on|early\s+on)\s+(?:${WEEKDAY_RE})\b`,
  'iu',
);

// Background phrases that describe a state of the place, wherever they stand in the sentence
// ("X has seen a surge of attacks" is a trend, not an event). Written once: BACKGROUND reads
// them too, before its phrases of time and comparison.
// A span from long ago up to now: "since the beginning of the year", "since Oct. 7", "since 2023"
// (not "since Sunday", an event of these days).
const SINCE_LONG_AGO = String.raw`since (?:the (?:beginning|start) of|the (?:war|conflict|fighting)|(?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?|(?:19|20)\d\d\b|last (?:year|month)\b)`;
const STATE_PHRASES = String.raw`(?:has|have) been (?:[\w-]+ed)\s+(?:(?:almost|nearly)\s+)?(?:daily|every (?:day|night)|nightly|for (?:(?:\d+|two|three|four|five|six|several|many) )?(?:weeks|months|years))\b|(?:is|are) (?:[\w-]+ed)\s+(?:(?:almost|nearly)\s+)?(?:daily|every (?:day|night)|nightly|regularly|constantly)\b|(?:has|have) (?:repeatedly|regularly|frequently|routinely) (?:carried out|[\w-]+ed)\b|(?:has|have) suffered (?:repeated|frequent|regular|numerous|many|several|recurrent)\b|since (?:early|late|mid)[- ]?(?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)\b|(?:has|have|had) (?:also )?seen (?:an? )?(?:[\w-]+ )?(?:surge|rise|spate|wave|increase|escalation|string|series|upsurge|uptick)\b|has been (?:encircled|occupied|under)|has been the (?:focus|centre|center|scene|target) of|have fought|has fought|fought (?:Ukrainian )?forces since|under (?:russian |israeli |taliban )?occupation|the past year|was the scene of|has been a (?:frequent|regular|repeated|common) target|(?:frequently|regularly|repeatedly|often|routinely) (?:targeted|attacked|shelled|struck|hit|ambush(?:es|ed)?|attacks?|targets?|raid(?:s|ed)?)\b|(?:has|have) (?:also |long |repeatedly )?(?:staged|carried out|conducted|launched|mounted) (?:[\w-]+ ){0,2}(?:attacks|bombings|raids) (?:in|on|across)\b|(?:has|have) been (?:targeted|attacked|shelled|struck|hit|bombed) (?:frequently|regularly|repeatedly|often)\b|since (?:their|its|his|her) |(?:has|have) (?:(?:also|repeatedly|regularly|frequently)\s+)?(?:attacked|targeted|struck|launched|fired|shelled|hit|bombed|carried out)\b[^.;]*?\bsince (?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\b|in the past(?!\s+(?:\d+|few|several|two|three|day|days|week|weekend|night|hours?)\b)|(?:has|have) (?:now\s+)?(?:seized|captured|taken(?! place)|overrun)\b[^.;]*?\bsince\b|(?:has|have|had) been (?:killed|wounded|injured|displaced|abducted|kidnapped)\b[^.;]*?\b${SINCE_LONG_AGO}|(?:has|have) been (?:operating|fighting|deployed|stationed|advancing|besieging|present)\b[^.;]*?\b${SINCE_LONG_AGO}|(?:has|have) (?:surged|soared|escalated|risen|increased|intensified|spiked|grown|worsened)\s+(?:sharply\s+|steadily\s+)?since\b|(?:has|have) been (?:fighting|battling|clashing\s+with|attacking|shelling|bombing)\b[^.;]*?\bfor (?:nearly |almost |more than |over |about )?(?:a|an|one|two|three|four|five|six|several|many|\d+) (?:weeks?|months?|years?)\b|(?:has|have) (?:devastated|ravaged|engulfed|gripped|plagued|wracked)\b|(?:has|have) been (?:[\w-]+ly\s+)?(?:attacking|shelling|besieging|bombing|pounding|targeting)\b(?![^.;]*\b(?:since|overnight|today|yesterday|on\s+\w+day|last\s+night|this\s+morning)\b)|(?:has|have) (?:[\w-]+ly )?used (?:[\w-]+ ){0,3}(?:drones|missiles|rockets|artillery|weapons|aircraft) to (?:strike|attack|target|hit|shell|bomb)\b|(?:has|have) been (?:battered|pounded|shelled|struck|hit|targeted|attacked|bombarded|besieged)\b[^.;]*?\b${SINCE_LONG_AGO}|\buntil now\b[^.;]*?\b(?:has|have)\b|(?:has|have) been accused of\b|(?:has|have) (?:largely|mostly|generally|often|frequently|previously) (?:[\w-]+ed|hit|struck|fought)\b|(?:has|have) stepped up (?:its |their )?(?:[\w-]+ )?(?:bombing|bombings|attacks|strikes|air\s*strikes|shelling|raids|operations|offensives?)\b|(?:has|have) left (?:hundreds|thousands|dozens|scores)\s+(?:of\s+(?:people\s+)?)?(?:dead|killed)|\b(?:typically|usually|routinely|normally|generally|regularly)\s+(?:[\w-]+\s+)?(?:release|launch|fire|drop|strike|attack|shell|target|use)(?:s|d|ed)?\b|(?:over|during|in|across) the (?:past|last) (?:decade|decades|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few) (?:years|decades))\b|in recent (?:years|months)\b|(?:is|are|has been|have been) subjected to (?:almost |nearly |near-)?(?:daily|nightly|constant|regular|frequent|repeated|continuous)\b|(?:has|have|had) been used (?:by [\w'’ -]{1,40}? )?to (?:launch|carry out|stage|mount) (?:[\w-]+ )?(?:attacks|strikes|raids)\b|(?:has|have) (?:also )?continued (?:across|throughout)\b|(?:has|have) (?:(?:long|also)\s+)?(?:camps|bases|hideouts|sanctuaries|strongholds|a presence|rear bases)\b|(?:using|uses|use|used) (?:[\w-]+ )?(?:camps|bases|hideouts|sanctuaries|safe havens|havens|soil|territory) (?:in|on)\b|(?:has|have) (?:also )?(?:struck|hit|attacked|targeted|shelled|bombed|raided)\b[^.;]*?\b(?:several|many|multiple|numerous|repeated|dozens of|countless) times\b|(?:which|who|that) (?:has|have) (?:[\w-]+ )?(?:carried out|conducted|staged|launched|claimed) (?:[\w-]+ )?(?:attacks|raids|strikes|operations|ambushes|kidnappings|bombings)\b|(?:has|have) been (?:hit|struck|targeted|attacked|shelled|bombed|raided) by (?:dozens|scores|hundreds|thousands|numerous|repeated|frequent|regular)\b|(?:has|have) been (?:attacked|targeted|hit|struck|shelled) (?:more than |over |nearly |at least |some )?\d+ times\b|(?:there (?:have|has) been|(?:has|have) seen) (?:more than |over |nearly |at least |some )?\d+ (?:attacks|strikes|incidents)\b|(?:has|have) (?:[\w-]+ )?(?:carried out|conducted|staged|mounted)\b[^.;]*?\bfor (?:(?:many|several|some|\d+|two|three|four|five|ten) )?(?:years|decades)\b|(?:is|are|has been|have been|was|were) (?:a|an) (?:common|frequent|familiar|favou?red|favou?rite|standard|regular|recurring) (?:tactic|method|practice|target|occurrence|feature)\b|(?:has|have) (?:also )?(?:besieged|encircled|surrounded|blockaded|occupied|held)\b[^.;]*?\bfor (?:more than |over |nearly |almost )?(?:a|an|one|two|three|four|five|six|\d+|several|many) (?:weeks?|months?|years?)\b`;
const BACKGROUND_STATE = new RegExp(`^(?:${STATE_PHRASES})`, 'i');
const STATE_IN = new RegExp(`\\b(?:${STATE_PHRASES})`, 'i');

/** A count of places struck over a span, after a since-clause: "has struck more than a dozen
 * Russian refineries". */
const TALLY_SINCE =
  /^\s*since\b[^,;]*,[^.;]*?\b(?:has|have)\s+(?:now\s+)?(?:struck|hit|attacked|targeted|bombed|shelled|raided)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|about\s+|some\s+)?(?:a\s+dozen|dozens|scores|hundreds|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:refineries|targets|sites|facilities|airfields|air\s+bases|towns|villages|cities|bases|depots|plants|ports|ships|vessels)\b/i;
/** People who study events, at a named body, up to the place: "researchers at Yale's
 * Humanitarian Research Lab in". (Not "investigators at the scene in".) */
const ANALYSTS_AT_BEFORE =
  /\b(?:[Rr]esearchers|[Aa]nalysts|[Ee]xperts|[Ii]nvestigators|[Ss]cientists|[Mm]onitors)\s+(?:at|from|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,6}(?:in|at|based\s+in)\s+(?:the\s+)?$/u;
// An event word the words deny: "adding that neither plant had been hit", "no energy
// facilities had been hit in Chernivtsi". (Explosions heard stay events: "10 explosions were
// heard on the outskirts of Semenivka" is how border shelling is reported.)
const DENIED_BEFORE = /\b(?:neither|no(?!\s+(?:fewer|less|more)\b)|none\s+of\s+(?:the\s+)?|nor)\b[^.;,]{0,40}?\b(?:had|has|have|was|were)\s+(?:been\s+)?$|\b(?:was|were|had|has|have)\s+not\s+(?:been\s+)?$/i;

/** Whether the words deny the event word that starts at `start`: "no facilities had been hit". */
function denied(sentence: string, start: number): boolean {
  return DENIED_BEFORE.test(sentence.slice(Math.max(0, start - 80), start));
}

/** After a capital that opens the sentence: a named official, who they are, then their verb. */
// (Or one official, unnamed: "In Washington, a U.S. official said"; or after a clause of where:
// "In Istanbul, where he was attending a meeting of the OIC, Iranian Foreign Minister Abbas
// Araqchi said".)
const OFFICIAL_SAID_AFTER =
  /^\s*,\s+(?:(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}?\p{Lu}[\p{L}'’.-]+,\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:adviser|advisor|spokes(?:man|woman|person)|minister|official|aide|envoy|commander|chief|head|secretary|governor|mayor)\b[^,;.]{0,80},\s+|(?:an?|one)\s+(?:senior\s+|top\s+)?(?:[\p{L}.'’-]+\s+){0,2}?(?:official|diplomat|spokes(?:man|woman|person))\s+|where\s+[^,;.]{1,100},\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}?)(?:said|says|denied|denies|claimed|stated|told|announced|added|wrote|posted|insisted|rejected|confirmed|acknowledged|noted|warned)\b/u;
/** A price or a market that moved, up to the place it trades in: "Brent crude rose around 2% in". */
const MARKET_BEFORE =
  /\b(?:crude|oil|brent|wti|gas|gold|wheat|prices?|futures|shares|stocks|markets?|index|benchmark|bonds?|yields?|currency|dollar|euro|rouble|ruble)\b[^.;]{0,40}?\b(?:rose|fell|climbed|jumped|dropped|gained|slipped|surged|tumbled|settled|traded|trading|closed|opened|edged)\b[^.;]{0,40}?\bin\s+(?:early\s+|late\s+)?(?:trading\s+in\s+)?$/i;
/** Forces gone back to or standing somewhere, up to the place: "withdrawn towards their base in",
 * "are positioned around the occupied towns of". */
const FORCES_POSTED_BEFORE =
  /\b(?:(?:withdr[ae]w|withdrawn|withdrawing|retreat(?:ed|ing)?|fell\s+back|pulled\s+back)\s+(?:[\w-]+\s+){0,2}?(?:to|towards?)\s+(?:(?:their|its|a|the)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:base|bases|positions?|barracks|headquarters|stronghold)\s+(?:in|at|near)\s+)?|(?:are|were|is|was|been)\s+(?:positioned|stationed|dug\s+in|entrenched|deployed)\s+(?:around|in|near|at)\s+(?:the\s+)?(?:(?:occupied|nearby)\s+)?(?:(?:towns?|villages?|city|cities)\s+of\s+)?)(?:the\s+)?$/i;
/** A verb that opens a clause of its own, up to the place: "showed that". */
const THAT_CLAUSE_BEFORE = /\b(?:showed|shows|show|proved|proves|demonstrated|demonstrates|suggested|suggests|meant|means|revealed|reveals|made\s+clear|makes\s+clear)\s+that\s+$/i;
const SUPERLATIVE_BEFORE_SINCE = /\b(?:largest|biggest|heaviest|deadliest|worst|bloodiest|fiercest|strongest|most\s+[\w-]+)\b[^,.;]{0,80}$/i;
const BACKGROUND = new RegExp(
  String.raw`\b(?:${STATE_PHRASES}|in (?:response|retaliation|reprisal) (?:to|for)|earlier in the (?:war|siege|conflict|year|month)|during the (?:[\w-]+\s+){0,2}?(?:war|conflict|siege|insurgency|occupation) in|decades of (?:fighting|war|conflict|violence)|(?:recent|the|an?)\s+(?:intensification|escalation|uptick|upsurge|surge|increase)\s+(?:of|in)\s+(?:air\s*strikes|airstrikes|strikes|attacks|fighting|shelling|hostilities|violence)|remained\s+at\s+(?:relatively\s+|very\s+)?(?:low|high|similar|reduced|limited)\s+levels|weeks? (?:after|before)|(?:a|one|the) day (?:after|before)|hours (?:after|before)|months? (?:after|before|ago)|years? (?:after|before|ago)|a year ago|last year|since (?:the|20\d\d|19\d\d|february|march|april|may|june|july|august|september|october|november|december|january)|anniversary|the deadliest since|previous|previously|in 20\d\d|in 19\d\d|days after|day after a|weeks earlier|months earlier|a (?:week|month|year) earlier|the (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:[a-z-]+ ){0,2}?(?:attack|attacks|bombing|bombings|strike|strikes|massacre|raid|offensive|assault|shooting)|in the (?:spring|summer|autumn|fall|winter|first half|second half|first quarter) of (?:19|20)\d\d|(?:a|an|the) (?:19|20)\d\d (?:[\w-]+ ){0,3}?(?:attack|attacks|bombing|bombings|bomb|strike|strikes|massacre|raid|offensive|assault|shooting|explosion|blast|siege)|the (?:last|latest) in a series|recent (?:attacks|strikes)|in recent (?:weeks|months|years)|(?:has|have) come under (?:frequent|repeated|regular|constant|sustained) (?:attack|fire)|repeated(?:ly)? ["“]?(?:attacks|strikes|massacres?|killings|raids)|a wave of attacks|since(?!\s+(?:(?:early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last\s+night|overnight|the\s+weekend|dawn|this\s+morning)\b))\b`,
  'i',
);

// A warning sounding somewhere, up to the place: "sirens in", "air raid alerts across".
const COMPARISON_FRAME_BEFORE = /\b(?:the\s+)?(?:deadliest|worst|biggest|largest|heaviest|bloodiest|most\s+(?:serious|severe|intense|destructive))\s+(?:[\w-]+\s+){0,3}?(?:in|on|against|across)\s+(?:the\s+)?$/i;
const HABITUAL = /\b(?:sporadic|occasional|frequent|regular|periodic|near-daily|daily|nightly)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|shelling|clashes|raids|incidents|skirmishes|bombardments)\b[^.;]*?\b(?:have|has)\s+(?:been|continued|occurred|taken)\b/i;

/** A time the report has already set, right after the place: "that year". */
const THAT_TIME_AFTER = /^\s*,?\s+(?:that|the\s+same|the\s+previous|the\s+following)\s+(?:year|winter|summer|spring|autumn|fall)\b/i;
/** A day the sentence tells: "on Tuesday", "overnight", "on March 3". */
const DAY_WORDS = new RegExp(`\\b(?:${WEEKDAY_RE}|yesterday|today|overnight|last\\s+night|this\\s+morning|(?:${MONTH_FULL_RE})\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${MONTH_FULL_RE}))`, 'i');
/** What keeps happening, after the place: "have been hit daily", "continue to carry out raids". */
const HABITUAL_AFTER =
  /^[^.;]*?\b((?:have|has)\s+been\s+(?:hit|shelled|struck|attacked|targeted|bombed|pounded)\s+(?:almost\s+|nearly\s+)?(?:daily|nightly|every\s+(?:day|night)|regularly|repeatedly|constantly)|continues?\s+to\s+(?:carry\s+out|launch|stage|mount|conduct)\s+(?:[\w-]+\s+){0,2}?(?:raids|attacks|strikes|ambushes|incursions))\b/i;

const SINCE_CLAUSE_BEFORE = /\bsince\s+[^,;]*$/i;
const TARGET_ANAPHOR_AFTER = /^[^.;]*\b(?:fired|launched|struck|hit|landed|fell)\b[^.;]*\b(?:at|on|into|toward|towards)\s+the\s+(?:city|town|village)\b/i;
// (Through a list: "sirens also sounded in the Jerusalem area and in Tel Aviv's suburbs".)
const SIREN_BEFORE = /\b(?:sirens?|alerts?|alarms?)\s+(?:[\w-]+\s+){0,3}?(?:in|across|over|throughout)\s+(?:the\s+)?(?:much\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}(?:(?:,\s*|and\s+|or\s+)(?:in\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?){0,3}$/i;

const SHORE_AFTER = new RegExp(`^\\s+${SHORE_WORDS}\\b`, 'i');
// "the Black Sea port city", "a port city on the Sea of Azov": the sea a place lies on.
const KIND_OF_NAMED_AFTER = /^\s+(?:(?:port|border|coastal|frontline|front-line|resort|industrial|mining|oil|garrison)\s+)?(?:cities|towns|villages|ports|city|town|village|port)\s+of\s+(?=\p{Lu})/u;
// ("the oil refinery at Tuapse, on Russia's Black Sea coast": where the town lies.)
const SEA_COAST_AFTER = /^\s+(?:coast|coastline|shore|seaboard)\b/i;
// ("Ukraine's Black Sea city of Odesa".)
const SEA_PORT_AFTER = /^\s+(?:(?:port|coastal|resort|harbou?r)\s+(?:city|town|village)\b|(?:city|town|port|village|resort)\s+of\s+\p{Lu})/iu;
const SEA_OF_PLACE_BEFORE = /\b(?:port|city|town|village|resort|coast)\s+on\s+the\s+$/i;
const ACROSS_THE = /\b(?:across|along|beyond|crossing|crossed|spanning|banks?\s+of|islands?\s+in|waters\s+of|(?:other|far|opposite|left|right|east|west|eastern|western|northern|southern)\s+(?:side|bank)\s+of)\s+the\s+$/i;
const KIND_WORD_AFTER = /^\s+(?:region|oblast|province|governorate|state|district|raion|county|area|city|town|village|strip|bank|valley|front|border|frontier)\b/i;
// A ship's ports of call and a vessel's or convoy's destination: "other vessels had called at
// Israeli ports, including Ashdod", "the dhow has been escorted to Bosaso".
const PORT_CALL_BEFORE = /\b(?:called|calling|calls|docked|docking)\s+(?:at|in)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:ports?|harbou?rs?)\s*,?\s*(?:including|such\s+as|like)\s+)?$|\b(?:escorted|towed|diverted|redirected)\s+(?:back\s+)?(?:to|into|towards?)\s+(?:the\s+)?(?:(?:port|city|town|harbou?r)\s+of\s+)?$/i;
const BOUND_AFTER = /^[-‐‑]bound\b/i;
const FACING_BEFORE = /\b(?:facing|opposite|across\s+(?:the\s+(?:border|river|frontier)\s+)?from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:(?:town|city|village|port|post|border\s+post)\s+of\s+)?$/iu;
const BORDER_AFTER = /^\s+(?:border|frontier|boundary)\b/i;
const NEAR_THE_BEFORE = /\b(?:near|close\s+to|not\s+far\s+from)\s+the\s+$/i;
const ROAD_AFTER = /^\s+(?:highway|road|street|avenue|boulevard|motorway|expressway|prospekt|prospect|ring road|bypass)\b/i;

// A journey's ends, up to the place: "travelling from", "travelling from Quetta, ..., to".
const SUPPLY_BEFORE = /\b(?:supplying|resupplying|supplies\s+(?:to|for)|convoy\s+(?:to|for|bound\s+for))\s+(?:the\s+)?(?:(?:besieged|blockaded|embattled|northern|southern|eastern|western)\s+)?(?:(?:town|city|village|garrison|base|camp)\s+of\s+)?$/i;
// ("at the exit of the town, on the axis of Ouadda": the road that leads there, in French use.)
const AXIS_OF_BEFORE = /\b(?:on|along)\s+the\s+(?:road\s+)?axis\s+(?:of|to|towards)\s+$/i;
/** How far back a journey's verb may stand, in characters. */
const ROUTE_REACH = 160;
// ("a drone flying towards Moscow was destroyed over the Domodedovo district".)
const ROUTE_BEFORE = /\b(travel(?:l)?ing|travel(?:l)?ed|heading|headed|bound|en route|on (?:its|their|his|her) way|driving|sailing|flying|carrying)\b[^.;:]*?\b(?:from|to|for|towards?)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|port|capital|village)\s+of\s+)?$/i;

// Where casualties were taken, up to the place: "were taken to MSF-supported facilities in",
// "evacuated to hospitals in", "taken by ambulance to the civil hospital in", "taken to
// facilities in Tawila, 60 km west of" (no event told between: "taken to hospital after a drone
// hit" is not this).
const CARE_BEFORE = /\b(?:(?:treated|admitted)\s+(?:[\w-]+\s+){1,4}?(?=(?:at|in)\s)|(?:taken|brought|rushed|evacuated|transferred|airlifted|admitted|treated|referred|shifted|flown|moved|hospitali[sz]ed)\s+(?:by\s+(?:ambulance|helicopter|road|air|boat)\s+|(?:the\s+)?(?:following|next|same)\s+(?:morning|day|night|evening)\s+|overnight\s+|later\s+)?|(?:referral|evacuation|transfer|medevac)s?\s+of\s+[^.;:!?]*?\s)(?:to|at|in)\b[^.;:!?]*$/i;
/** How far back the words that take casualties somewhere may stand. */
const CARE_REACH = 200;

// "Ocana, where the wounded were also being treated": the same, told after the place.
const HOSPITAL_IN_BEFORE = /\b(?:hospitals?|clinics?|medical\s+(?:centre|center|complex|campus)|health\s+(?:care\s+)?(?:centre|center|campus))\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$/i;
// Words before a hospital that make it what was hit: "condemns the attack carried out on the night
// of 12 to 13 February on the Manguredjipa reference".
const HOSPITAL_HIT_BEFORE =
  /\b(?:attacks?|strikes?|raids?|assault|shelling|bombing|bombardment|air\s*strikes?|explosions?|blasts?|fire|stormed|hit|struck|targeted|shelled|bombed|slammed|smashed|crashed|ploughed|plowed)\b[^.;]{0,80}\b(?:on|at|against|of|into|near|outside)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}$|\b(?:surround(?:ed|ing)|besieg(?:ed|ing)|storm(?:ed|ing)|raid(?:ed|ing)|loot(?:ed|ing)|plunder(?:ed|ing)|attack(?:ed|ing)|ransack(?:ed|ing)|torch(?:ed|ing)|burn(?:ed|t|ing)|damag(?:ed|ing)|destroy(?:ed|ing)|struck|hit|shelled|bombed|targeted)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:of\s+(?:the\s+|a\s+)?)?$/i;
const HOSPITAL_HIT_AFTER = /^(?:\s*,[^.;]{1,60}?,)?\s+(?:was|were|has\s+been|had\s+been|came)\s+(?:again\s+|also\s+|repeatedly\s+)?(?:struck|hit|shelled|bombed|attacked|targeted|damaged|destroyed|stormed|raided|under\s+(?:[\w-]+\s+)?(?:fire|attack|shelling))\b/i;
const CARE_AFTER = /^\s*,\s+where\s+(?:the\s+|many\s+|most\s+)?(?:wounded|injured|casualties|survivors)\s+(?:were|are|had\s+been|have\s+been)\s+(?:also\s+)?(?:being\s+)?(?:treated|taken|admitted|hospitali[sz]ed)\b/i;

// A count so far, up to a country: "24 people have been killed in".
const TOLL_SINCE_AFTER = new RegExp(String.raw`^[^.;]{0,40}?\b(?:${SINCE_LONG_AGO}|so\s+far|to\s+date\b)`, 'i');
const THOUSANDS_TOLL_BEFORE =
  /(?:\b\d{1,3}(?:,\d{3})+|\b(?:(?:tens|hundreds)\s+of\s+)?thousands\s+of)\s+[^.;]{0,60}?\b(?:killed|wounded|injured|dead)\b[^.;]{0,80}?\b(?:in|across|including)\s+(?:the\s+)?$/i;
const TIME_CLAUSE = /^\s*(?:[^,;.]{1,25},\s*)?(?:as|while|just\s+as)\s+[^,;.]*$/i;
const CAMPAIGN_COURSE = /,\s+as\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:press(?:es)?|pursues?|wages?|continues?|intensif(?:ies|y)|steps?\s+up|expands?|broadens?)\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:offensive|campaign|push|war|advance|assault)\b[^.;]*$/u;
// ("Corporal Reynaldo Dizon, 29, of Santa Cruz town": a person's age, then where they are from.)
const HOME_BEFORE = /(?:\b(?:an?\s+(?:[\w-]+\s+)?(?:resident|native|inhabitant)\s+of|(?:had|has|have)\s+(?:long\s+)?(?:lived|worked|studied|resided)\s+in|(?:now|currently)\s+(?:living|based|residing|sheltering)\s+in|(?:hails|hailed|hailing)\s+from|home\s*town\s+(?:of|in)|native\s+(?:towns?|villages?|districts?|homes?|areas?)\s+in)|\p{Lu}[\p{L}'’-]*,\s+(?:aged\s+)?\d{1,3},\s+(?:of|from)|\b(?:\d{1,3}-year-old|man|woman|driver|farmer|shepherd|villager|civilian|boy|girl|teenager|worker|journalist|volunteer|student)\s+from\s+(?:the\s+)?(?:nearby|neighbou?ring)\s+(?:town|village|city|settlement)\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+|\([^()]{1,40}\)\s+){0,4}?(?:in\s+)?$/iu;
// ("most of the attacks were concentrated in the Sumy and Shostka districts": a tally's share.)
const SHARE_OF_TALLY_BEFORE = /\bmost\s+of\s+(?:the|them|these)\s+(?:[\w-]+\s+){0,3}?(?:were|was)\s+(?:[\w-]+ly\s+)?(?:concentrated|focused|centred|centered|recorded|reported|registered)\s+(?:in|on|around)\s+(?:the\s+)?$/i;
// ("Since January, at least 10 aid workers have been killed in South Sudan, the majority of them
// in Jonglei and Upper Nile states": a running toll's share; not a day's, "140 clashes on
// Saturday, most of them in the Pokrovsk direction".)
const SHARE_OF_RUNNING_TOLL_BEFORE = /\b(?:majority|most|bulk)\s+of\s+(?:them|those|these)\s+(?:(?:were|was)\s+)?(?:in|on)\s+(?:the\s+)?(?:[\p{L}'’-]+,?\s+(?:and\s+)?){0,5}$/iu;
const RUNNING_SPAN = /\b(?:since|so\s+far|to\s+date|this\s+year)\b/i;
const RANKING_BEFORE = /\b(?:highest|largest|greatest|biggest|most|lowest|fewest)\s+(?:[\w-]+\s+)?(?:numbers?|tolls?|shares?|counts?|concentrations?|totals?|proportions?|rates?|figures?)\s+(?:of\s+[\w-]+\s+)?(?:(?:were|was|are|is)\s+(?:[\w-]+\s+)?)?(?:in|across)\s+(?:the\s+)?$/i;
const RESTORE_BEFORE = /\b(?:restore|restoring|maintain|maintaining|bring|bringing|keep|keeping)\s+["“]?(?:calm|order|peace|security|stability|normalcy)["”]?\s+(?:in|to)\s+(?:the\s+)?$/i;
const COVERED_ELSEWHERE_AFTER = /^[^.;]*\b(?:are|is)\s+covered\s+in\s+(?:the|our|a)\b/i;
const READIED_BEFORE = /\b(?:pre-?positioned|stockpiled|prepositioned)\s+(?:[\w-]+\s+){0,2}?(?:in|at|to)\s+(?:the\s+)?$/i;
// (Or a condition set on another war: "vowed more attacks on Israel until the aggression on Gaza
// stops".)
// (Or the place itself as the cause: 'attacks it said were carried out "in support of Gaza"',
// "in solidarity with the people of Gaza".)
const SOLIDARITY_BEFORE = /\b(?:(?:in\s+)?support\s+(?:of|for)|in\s+solidarity\s+with|solidarity\s+with)\s+(?:[\w'’-]+\s+){0,5}?(?:in|of)\s+(?:the\s+)?$|\bin\s+(?:support|solidarity)\s+(?:of|with)\s+(?:the\s+)?(?:(?:people|residents|resistance)\s+(?:of|in)\s+)?["“]?$|\b(?:until|unless|as\s+long\s+as)\s+(?:the\s+)?(?:aggression|war|siege|blockade|genocide|attacks?|bombardment)\s+(?:on|against|in)\s+(?:the\s+)?$/i;
// A modal or a verb of intent right before an event verb: "will", "vowed to", "threatened to".
const INTENT_BEFORE = /\b(?:will|would|could|might|shall|(?:is|are|was|were)\s+going\s+to|(?:vow|vows|vowed|threaten|threatens|threatened|plan|plans|planned|intend|intends|intended|promise|promises|promised|pledge|pledges|pledged|want|wants|wanted)\s+to)\s+(?:(?:also|again|soon|now|not|never|certainly)\s+)?$/i;
const THREAT_BEFORE = /\b(?:to\s+)?threaten(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){0,6}?(?:in|across)\s+(?:the\s+)?$/i;
const SERIES_FOLLOWED_BEFORE = /\b(?:follows|followed|comes\s+after|came\s+after)\s+(?:a|the)\s+(?:series|string|spate|wave|run)\s+of\s+[^.;]*$/i;
const EARLIER_EVENTS_BEFORE = /\b(?:repeated|previous|past|prior)\s+(?:[\w-]+\s+)?(?:raids|strikes|attacks|operations|offensives|incursions|bombardments|wars)\s+(?:in|on|against|into)\s+(?:the\s+)?$/i;
const AID_ENTERED_BEFORE = /\b(?:trucks?|lorries|convoys?|aid|supplies|shipments?|fuel\s+tankers?|tankers?)\s+(?:have\s+|had\s+)?(?:[\w-]+\s+)?entered\s+(?:the\s+)?$/i;
// "the number of people killed in the fighting in the countryside of Manbij ... since December
// 2024 has risen to 389": a running count over months, no event of its own.
const RUNNING_TOLL_BEFORE = /\b(?:number|toll|tally|count)\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|wounded|injured|casualties|deaths|fatalities)\b[^.;]*$/i;
// ("Israeli forces have arrested more than 9,500 citizens in the West Bank, including Jerusalem,
// since October 7": a count over months.)
const COUNT_SINCE_BEFORE = /\b(?:arrested|detained|killed|wounded|injured|displaced|abducted|demolished)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+|about\s+)?\d[\d,]*\s+[^.;]*$/i;
const SINCE_LATER = new RegExp(String.raw`^[^.;]*?\b(?:${SINCE_LONG_AGO}|so\s+far|to\s+date\b)`, 'i');
const FAR_FROM_FIGHTING_AFTER = /^\s*,?\s+(?:(?:some|about|around|nearly|more\s+than|over|hundreds\s+of|dozens\s+of|[\d,]+)\s+)?(?:kilometres|kilometers|km|miles)\s+(?:away\s+)?from\s+(?:the\s+)?(?:fighting|front(?:\s*line)?|frontline|war|battle|clashes)\b/i;
// (Or a campaign of years: "took control of eastern Libya in a years-long campaign".)
const CAPTION_BEFORE = /\b(?:shared|posted|circulated|captioned|labell?ed|presented|passed\s+off|described)\b[^.;"“]{0,40}?\bas\s+["“][^"”]*$/i;
const POSTS_CLAIMED_BEFORE = /\b(?:posts?|users?|clips?|videos?|accounts?|footage|images?)\s+(?:on\s+(?:social\s+media|X|Telegram|TikTok|Facebook)\s+)?(?:falsely\s+|wrongly\s+)?(?:claimed|claiming|purported|purporting|alleged|alleging)\b[^.;]*$/i;
// (Not "Militants in northern Burkina Faso attacked a village": there the group's place is the
// event's.)
// (Nor "troops operating in Kursk region came under attack": the group must be an armed
// movement, told by where it is active.)
const GROUP_AREA_BEFORE = /\b(?:(?:group|groups|militants|jihadists|movement|organi[sz]ation|network|insurgency)\s+(?:most\s+)?(?:active|operating)|affiliates?|branch|franchise|offshoot)\s+in\s+(?:the\s+)?$/i;
const PLANNED_WITHDRAWAL_BEFORE = /\b(?:to|will|would|shall|must|should)\s+(?:(?:fully|gradually|eventually)\s+)?$/i;
const ARRIVED_AT_BEFORE = /\b(?:bodies|coffins|remains|wounded|injured|casualties|survivors|evacuees)\b[^.;]{0,200}?\barriv(?:ed|ing|e|es)\b[^.;]{0,40}?\b(?:at|in)\s+(?:the\s+)?$/i;
const NAMED_BY_YEAR = /\b(?:in|during)\s+the\s+(?:19|20)\d\d\s+(?:[\p{L}-]+\s+){0,3}?(?:war|intifada|uprising|revolution)\b|\b(?:in|during)\s+an?\s+(?:years|decades?)-long\s+(?:campaign|war|offensive|insurgency|conflict)\b/iu;
const SINCE_OPENING = new RegExp(String.raw`^\s*(?:[-•*·–]\s*)?(?:${SINCE_LONG_AGO}|since \d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b)`, 'i');
/** A place and "including", up to the part it takes in: "the West Bank, including ". */
const INCLUDED_AFTER_PLACE = /(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},?\s+including\s+(?:the\s+)?$/u;
const COUNTRY_TOLL_BEFORE = /\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+(?:killed|wounded|injured)\s+(?:in|across)\s+(?:the\s+)?$/i;

// "the insurgency in Narathiwat, Pattani, Yala and parts of Songkhla has killed more than 7,000
// people": the places (a list, then the verb) are where a toll in thousands was counted.
const LIST_TOLL_AFTER =
  /^(?:\s*(?:,|,?\s+and|,?\s+or)\s+(?:parts\s+of\s+)?(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*\s+(?:has|have)\s+(?:now\s+|so\s+far\s+)?killed\s+(?:more\s+than\s+|nearly\s+|over\s+|at\s+least\s+|some\s+|about\s+|almost\s+|tens\s+of\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,}|thousands)\b/u;
const WAR_TOLL_AFTER = /^(?:\s*,\s+where\s+[^.;]{0,60}?|[^.;]{0,80}?,\s+which\s+)\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?killed\s+(?:more\s+than\s+|nearly\s+|over\s+|at\s+least\s+|some\s+|about\s+|almost\s+|tens\s+of\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,}|thousands)/i;

// An appositive naming a place's kind: "a battered town", "a village".
// (Or a bracket after the name, as monitors' reports give a place's position: "Svitlodarsk
// (government-controlled, 57km north-east of", "Zolote-4 (Rodina) (60km west of".)
const PLACE_THEN_BRACKET = String.raw`[\p{L}\d]\s*(?:\([^()]{1,30}\)\s*)?\(\s*(?:[\p{L}-]+\s*,\s*)?`;
const APPOSITIVE_KIND = String.raw`(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:town|city|village|settlement|hamlet|port|suburb|district|area|base|camp)\s+`;

// A place, its comma, and what may come before a distance from another place: "Bilozerka, a town
// about", "Sake, some".
// (Or a unit's word after its name, no comma: "a community in Navolato municipality about 30 km".)
const PLACE_THEN_OFFSET = new RegExp(
  String.raw`(?:\p{L}\s*,\s*(?:${APPOSITIVE_KIND})?|${PLACE_THEN_BRACKET}|\p{Lu}[\p{L}'’-]*\s+(?:municipality|district|county|township|province|region|oblast|raion|governorate|state|territory|department|commune|zone|cercle|prefecture)\s+)(?:about|some|around|roughly|approximately|nearly)?\s*$`,
  'u',
);

// A description of where something is, up to a distance: "is a key transport hub about", "lies".
// ("Bila Tserkva ... is about 80 km (50 miles) south of Kyiv": in the present tense, a place's
// bearings; "the vessel was about 50 nautical miles southeast of Aden when it was hit" is not.)
// (Or an appositive that says what the place is: "Ternopil, a city of about 220,000 people some
// 130 km (80 miles) east of Lviv".)
const DESCRIBED_AT = /\b(?:(?:is|was)\s+(?:a|an|the)\s+[^,.;]{0,50}|is|are|lies|lie|sits|located|situated|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:city|town|village|port|settlement|hub|base)\s+(?:of\s+)?(?:[^,.;]|(?<=\d)[,.](?=\d)){0,50})\s*(?:about|some|around|roughly|approximately|nearly)?\s*$/i;

// Where people fled to, up to the place: "thousands of residents fled to the regional capital",
// "with at least 5,000 arriving in".
const CROSSED_INTO_BEFORE = /\bcross(?:ed|ing)\s+(?:the\s+(?:border|frontier|(?:[\w()-]+\s+){0,3}?river)\s+)?into\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const FLEEING_AFTER = /^[^.;]*\bfleeing\b/i;
const REFUGE_BEFORE = /\b(?:(?:fled|fleeing|flee|escaped|retreated)\b[^.;]{0,40}?\bin\s+the\s+direction\s+of|(?:fled|fleeing|flee|escaped|displaced|relocated|sought\s+refuge|seeking\s+refuge|taking\s+refuge|took\s+refuge|sheltering|sheltered|took\s+shelter|taking\s+shelter|sought\s+shelter|seeking\s+shelter)\s+(?:with\s+(?:[\w'’-]+\s+){1,3}?)?(?:to|in|into|towards?|at)|\d[\d,.]*\s+(?:\w+\s+){0,2}arriv(?:ing|ed)\s+in|(?:send(?:ing|s)?|sent|drove|driven|driving|forced|forcing|pushed|pushing)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?(?:\d[\d,.]*|hundreds|thousands|tens)\s+(?:of\s+thousands\s+(?:of\s+)?(?:(?:people|residents|refugees|civilians|villagers|families)\s+)?|(?:of\s+)?(?:people|residents|refugees|civilians|villagers|families)\s+)(?:[\w'’-]+\s+){0,4}?(?:into|to|towards?))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:[\w'’-]+,?\s+){1,5}?(?:and|or)\s+(?:in|to|around)\s+(?:the\s+)?)?$/i;

// Where an agreement was made or a delegation is: "a fragile ceasefire agreed in Doha last week",
// "the framework agreement signed on 15 November 2025 in Doha", "our delegation is in Doha". The
// verb says where it went on, so an event word before does not make it a site.
const AGREED_AT_BEFORE =
  /\b(?:(?:talks|negotiations|dialogue|process|mediation)\b[^.;]{0,80}?\b(?:facilitated|mediated|hosted|held)|(?:ceasefire|cease-fire|truce|agreement|accord|deal|memorandum|declaration)\s+(?:[\w-]+\s+){0,2}?(?:was\s+|were\s+|had\s+been\s+)?(?:agreed|signed|brokered|reached|negotiated|struck|mediated|concluded)|delegations?\s+(?:is|are|was|were|has\s+been|had\s+been)(?:\s+(?:still|now|currently))?)\s+(?:on\s+[^,.;]{1,30}?\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** How far before "talks in" an event word makes the venue a site ("hit a conference hall in"). */
const VENUE_EVENT_REACH = 40;

// Talks and the like held in a place, up to the place: "talks in the Saudi city of", "are due to
// meet in Alaska".
// ("negotiations over an extension of the truce deal stalled in Cairo and Doha".)
// (With whom, named: "met the Israeli prime minister, Benjamin Netanyahu, in Jerusalem".)
const VENUE_BEFORE = /\b(?:talks|negotiations|summit|conference|peace\s+conference|summit\s+meeting|meet|meets|met|meeting)\s+(?:(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:president|prime\s+minister|minister|leader|king|chancellor|envoy|counterpart|officials|delegation)s?,?\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+,\s+)?(?:(?:[\w-]+\s+){0,3}?|(?:representatives|members|leaders|commanders|officials)\s+of\s+(?:[\w-]+\s+){1,3}?)(?:(?:over|on|about)\s+(?:[\w-]+\s+){1,6}?(?:stalled|collapsed|resumed|continued|broke\s+down|were\s+held|took\s+place)\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

// A place, its comma (or a bracket: "Krasnohorivka (north of Avdiivka)"), and what may come
// before a side of another place: "Jamundi, just south of Cali", "Jamundi, in the Valle del Cauca province just south of the city of Cali",
// "Kupiansk, a battered town east of Kharkiv".
const PLACE_THEN_BEARING = new RegExp(
  String.raw`(?:\p{L}\s*,\s*(?:(?:in|near)\s+[^,;.()]{1,60}?\s+|${APPOSITIVE_KIND})?|${PLACE_THEN_BRACKET})(?:(?:just|immediately|slightly|directly)\s+)?$`,
  'u',
);

// A relative clause of control, up to the place with no clause break between.
// (Not "runs": "the road that runs through Pokrovsk" is a route, and a strike on it is there.)
// (Or an actor's strongholds: "far from the RSF's strongholds in Darfur and Kordofan".)
// (Or what a command's troops do: "the Southern Military District, which commands troops fighting
// in Ukraine's Zaporizhzhia and Kherson oblasts".)
// A group, then where it is based, set off by commas or as its description: ", based in the
// Pakistani city of", "the militia, which is based in".
const GROUP_BASED_BEFORE = /(?:,\s*(?:which|that|who)\s+(?:is|are|was|were)\s+|,\s*)(?:(?:now|also|mainly|largely)\s+)?(?:based|headquartered)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:city|town|capital|province|region|area)\s+of\s+)?$/i;
const HELD_BY_ACTOR = /\b(?:(?:who|which|that)\s+(?:now\s+|still\s+|also\s+|already\s+)?(?:controls?|holds?|rules?|governs?|occup(?:y|ies)|commands?\s+(?:troops|forces|units))\b[^,.;:()]*|\b(?:strongholds?|heartlands?|bastions?)\s+(?:in|of)\s+(?:the\s+)?)$/i;

// Officials speak for a place: "the governor of X", "X's governor", "X city council", "the X regional administration".
const JURISDICTION_BEFORE = /\b(?:governor|mayor|head|chief|administration|council|authorities|officials?|police|prosecutors?|emergency service|military administration)\s+of\s+(?:the\s+)?(?:\w+['’]s\s+)?$/i;
// Plain "officials" after a name are often a group's ("Hamas officials"): only qualified ones
// ("city officials", "regional officials") speak for a place.
const JURISDICTION_AFTER =
  /^(?:['’]s)?\s+(?:(?:city |regional |region['’]s |oblast |military |state |provincial |district |local )+officials?|(?:city |regional |region['’]s |oblast |military |state |provincial |district |local )*(?:governor|mayor|council|administration|authorities|police|head|chief|emergency service))\b/i;

function after(r: Resolution, n: number): string {
  const s = r.mention.sentence;
  return unmarked(s.text.slice(r.mention.end - s.start, r.mention.end - s.start + n));
}

function before(r: Resolution, n: number): string {
  const s = r.mention.sentence;
  const at = r.mention.start - s.start;
  return unmarked(s.text.slice(Math.max(0, at - n), at));
}

/** "the governor of X said" / "X city council said": the mention is an official's jurisdiction. */
export function isJurisdiction(r: Resolution): boolean {
  const tail = after(r, 60);
  return (JURISDICTION_BEFORE.test(before(r, 80)) || JURISDICTION_AFTER.test(tail)) && hasSpeechVerb(r.mention.sentence.text);
}

/** After a town's name, the rest of the name of a site in it: " Teaching Hospital", " International Airport". */
const FACILITY_NAMED_FOR =
  /^(?:\s+(?:International|Regional|Teaching|General|Central|Provincial|District|Military|Clinical|City|State|National|Main|Referral|Civil|Municipal|Oblast|Children['’]s|Maternity|Emergency|Old|New|Grand|Railway|Bus))*\s+(?:[Hh]ospital|[Hh]ealth(?:care)?|[Mm]edical\s+[Cc]ent(?:er|re)|[Aa]irport|[Aa]ir\s*[Bb]ase|[Aa]irfield|[Uu]niversity|[Pp]rison|[Jj]ail|[Ss]tadium|[Rr]ailway\s+[Ss]tation|[Tt]rain\s+[Ss]tation|[Bb]us\s+[Ss]tation|[Mm]arket|[Rr]efinery|[Mm]osque|[Cc]athedral|[Mm]arine\s+[Pp]lant|[Ss]hipyard|[Nn]aval\s+[Bb]ase|[Ss]eaport)\b/u;
const LONGER_NAME_CUE = 'part of a longer name: ';
const SHIP_NAME_BEFORE = /\b(?:landing\s+ship|patrol\s+ship|ship|submarine|vessel|tanker|frigate|corvette|cruiser|destroyer|warship|minesweeper|icebreaker|bulk\s+carrier|container\s+ship|freighter|tug)\s+(?:named\s+)?["“'‘]?$/i;
const CARED_AT_BEFORE = /\b(?:died|succumbed|treated|admitted|hospitali[sz]ed|taken|rushed|transferred|evacuated|recovering|being\s+treated)\b[^.;]*?\b(?:at|in|to)\s+(?:the\s+)?$/i;

/** The role of one resolved mention in its sentence. */
export function decideRole(r: Resolution): RoleDecision {
  const m = r.mention;
  const sentence = m.sentence.text;
  const pre = before(r, 90);
  const post = after(r, 80);
  // "Gunmen opened fire on El Geneina Teaching Hospital": a hospital, airport or market named
  // for its town stands in it, so the name is the place of what happens there. (Other longer
  // names are not places: "the Mayo Emergency Room", a volunteer group.)
  const facility = m.inName?.startsWith(LONGER_NAME_CUE + m.text) ? FACILITY_NAMED_FOR.exec(post) : null;
  if (m.inName && !facility) return { role: 'context', cue: m.inName };
  // "the landing ship Novocherkassk", "the submarine Rostov-on-Don", "the tanker 'Kerch'": a
  // vessel's name.
  const ship = SHIP_NAME_BEFORE.exec(before(r, 40));
  if (ship) return { role: 'context', cue: `a ship's name: "${ship[0].trim()} ${m.text}"` };
  // "a seventh victim died in the early hours of Monday at the Guayaquil Hospital Abel Gilbert
  // Pontón": the hospital named for the city is where the wounded were cared for.
  const caredAt = facility && /hospital|clinic/i.test(facility[0]) ? CARED_AT_BEFORE.exec(before(r, 120)) : null;
  if (caredAt) return { role: 'context', cue: `where casualties were taken: "${caredAt[0].trim()} ${m.text}${facility![0]}"` };
  // The sentence up to the name, and after it.
  const upTo = sentence.slice(0, m.start - m.sentence.start);
  const rest = sentence.slice(m.end - m.sentence.start);

  if (ORIGIN_AFTER.test(post)) return { role: 'origin', cue: `"${m.text}${/^[-‐‑]\w+/.exec(post)![0]}": origin` };
  if (m.demonym) {
    if (WEAPON_AFTER.test(post)) return { role: 'origin', cue: `demonym before a weapon: "${m.text}${WEAPON_AFTER.exec(post)![0]}"` };
    return { role: 'actor', cue: `demonym "${m.text}"` };
  }
  // "Iraq's main export terminals are in the south near Basra, hundreds of kilometres from the
  // fighting": told by its distance from the war, not as a place of it.
  const farFrom = FAR_FROM_FIGHTING_AFTER.exec(post);
  if (farFrom) return { role: 'context', cue: `far from the events: "${m.text}${farFrom[0]}"` };
  // 'Footage ..., shared on Thursday as "Iran's attack on Haifa right now", was filmed in October
  // 2024': a caption a fact-check quotes, not an event it tells; 'social media posts claimed the
  // Indian navy had attacked and destroyed Pakistan's main port in Karachi'.
  const captioned = CAPTION_BEFORE.exec(upTo) ?? POSTS_CLAIMED_BEFORE.exec(upTo);
  if (captioned) return { role: 'context', cue: `a claim that circulated: "${captioned[0].trim().slice(0, 60)}"` };
  // "the al-Qaeda-linked group active in the Sahel", "al-Qaeda's affiliate in the Sahel": where a
  // group operates, not where its attack was.
  const groupArea = GROUP_AREA_BEFORE.exec(pre);
  if (groupArea) return { role: 'context', cue: `where a group operates: "${groupArea[0].trim()} ${m.text}"` };
  // "The bodies of the 13 police officers ... arrived on Friday morning at the Olaya Herrera
  // airport": where the dead or the wounded were brought.
  const arrived = ARRIVED_AT_BEFORE.exec(upTo);
  if (arrived) return { role: 'context', cue: `where the dead or wounded were brought: "…${arrived[0].slice(-50).trim()} ${m.text}"` };
  // "For many in Kyiv, the Okhmatdyt strike has become a symbol": people of a place, and what an
  // event means to them.
  if (/\bfor\s+(?:many|most|some|residents|people|families)\s+(?:[\w-]+\s+)?in\s+$/i.test(pre)) return { role: 'context', cue: `people of a place: "${/for\s+\S+\s+(?:[\w-]+\s+)?in\s+$/i.exec(pre)![0].trim()} ${m.text}"` };
  // "attacks on ethnic Amhara civilians", "ethnic Albanians": a people named like its region.
  if (/\bethnic\s+$/i.test(pre)) return { role: 'context', cue: `a people: "ethnic ${m.text}"` };
  // Where a weapon was fired from: "fired by a Russian submarine in the Black Sea", "launched
  // from ships in the Red Sea". Not "launched from Yemen over the Red Sea": after a named
  // launch site, the next place is on the flight path.
  // (Aircraft and ships by type: "launched from Tu-95 strategic bombers flying over the Caspian Sea".)
  // ("launched from a pickup truck parked on farmland near the town of Hit".)
  const launch = /\b(?:[Ff]ired|[Ll]aunched)\s+(?:by\s+(?:[\w-]+\s+){0,4}|from\s+(?:(?:[a-z][\w-]*|[\w-]*\d[\w-]*)\s+){0,8})(?:in|over|off|from|near)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/u.exec(pre);
  if (launch) return { role: 'origin', cue: `launch site: "${launch[0].trim()} ${m.text}"` };
  const launchList = LAUNCHED_FROM_LIST.exec(upTo);
  if (launchList) return { role: 'origin', cue: `launch site: "${launchList[0].slice(0, 40).trim()}…"` };
  // "launched four Kh-101 cruise missiles from Tu-95 strategic bombers over the Caspian Sea",
  // "fired ... from the Caspian Sea and the Volgodonsk area in Rostov Oblast", "drones that had
  // entered from the direction of Khmelnytskyi Oblast": after the launch's "from", up to no
  // target, hit or clause break, the places are where the weapons came from.
  // "launchers abandoned in the Zafaraniya neighborhood of southeastern Baghdad, from where they
  // believe the rockets were fired".
  const fromWhere = FIRED_FROM_WHERE_AFTER.exec(post);
  if (fromWhere) return { role: 'origin', cue: `launch site: "${m.text}${fromWhere[0]}"` };
  const flight = launchPath(upTo);
  if (flight !== null) return { role: 'origin', cue: `launch site: "from ${flight.trim()} ${m.text}"` };
  // "had set sail last week from the northern Lebanese city of Tripoli": where a journey began.
  const departed = DEPARTED_FROM_BEFORE.exec(pre);
  if (departed) return { role: 'origin', cue: `where a journey began: "${departed[0].trim()} ${m.text}"` };
  const withdrawal = WITHDRAWAL_FROM.exec(pre);
  if (!withdrawal && ORIGIN_BEFORE.test(pre)) return { role: 'origin', cue: `origin: "${ORIGIN_BEFORE.exec(pre)![0].trim()} ${m.text}"` };
  // "launched 9 cruise missiles from Tu-95MS bombers from the area of Saratov region".
  // ("the Su-34 that dropped the bomb was flying over Russia's Kursk Oblast": where the
  // aircraft fired from.)
  const launchArea = LAUNCH_AREA_BEFORE.exec(upTo) ?? AIRCRAFT_OVER_BEFORE.exec(upTo);
  if (launchArea) return { role: 'origin', cue: `origin: "${launchArea[0].trim()} ${m.text}"` };
  if (/^['’]s\s/.test(post) && WEAPON_AFTER.test(post)) return { role: 'origin', cue: `possessor of weapons: "${m.text}${WEAPON_AFTER.exec(post)![0]}"` };
  // "flights at Vnukovo were suspended", "power outages in Rivne": a disruption far from
  // where anything struck.
  const targeted = TARGET_ANAPHOR_AFTER.test(post);
  const disruption = targeted ? null : DISRUPTION_BEFORE.exec(pre);
  if (disruption) return { role: 'context', cue: `a disruption, not a site: "${disruption[0].trim()} ${m.text}"` };
  // "setting off air raid sirens in Jerusalem": where a warning sounded, not where anything struck.
  // (Unless the sentence says it was the target: "sirens sounded in Kiryat Shmona as some 15
  // rockets were launched from Lebanon at the city".)
  const siren = targeted ? null : SIREN_BEFORE.exec(pre);
  if (siren) return { role: 'context', cue: `a warning, not a site: "${siren[0].trim()} ${m.text}"` };
  // "a train travelling from Quetta ... to Peshawar when it was attacked": the ends of a journey.
  // "Drone debris fell on Kashirskoye highway": a road named after a town is not the town.
  // "the Red Sea port city of Hodeidah": the sea says where the port lies.
  const sea = r.place?.kind === 'sea';
  const shore = sea ? SHORE_AFTER.exec(post) ?? SEA_PORT_AFTER.exec(post) ?? SEA_COAST_AFTER.exec(post) : null;
  if (shore || (sea && SEA_OF_PLACE_BEFORE.test(pre))) return { role: 'context', cue: `names the sea a place lies on: "${m.text}${shore?.[0] ?? ''}"` };
  // "a town on the Irrawaddy": a river named like a region (GeoNames' Ayeyarwady Region), not
  // the region.
  if ((r.place?.kind === 'admin1' || r.place?.kind === 'region') && SEA_OF_PLACE_BEFORE.test(pre) && !KIND_WORD_AFTER.test(post)) return { role: 'context', cue: `a river a place lies on: "on the ${m.text}"` };
  // "the Volga cities of Volgograd and Saratov": a name before a kind of settlement and "of"
  // another name says where that place lies; the event is the other's. (A unit so told is the
  // named place's stated context already: "the Hunan city of Yueyang".)
  const kindOf = !r.place || r.place.kind === 'city' ? KIND_OF_NAMED_AFTER.exec(post) : null;
  if (kindOf && /\bthe\s+(?:[\p{L}-]+\s+)?$/iu.test(pre)) return { role: 'context', cue: `names where a place lies: "${m.text}${kindOf[0]}"` };
  // "Khartoum's twin city across the Nile", "dug in across the Dnipro", "the Dnipro River": a
  // river named after a town or a province (GeoNames gives "Nile" to Sudan's River Nile state)
  // is water, not the place. A town is never "the X"; a unit is only under its own full name
  // ("across the Gaza Strip").
  const river = RIVER_AFTER.exec(post);
  const acrossThe = ACROSS_THE.exec(pre);
  // (A bank is a river's, whatever unit shares the river's name: "on the eastern bank of the Blue
  // Nile".)
  const bankOf = acrossThe !== null && /\bbanks?\s+of\s+the\s+$/i.test(acrossThe[0]);
  if (river || (acrossThe && r.place && !KIND_WORD_AFTER.test(post) && (r.place.kind === 'city' || ((r.place.kind === 'admin1' || r.place.kind === 'admin2') && (bankOf || nameKey(r.place.name) !== nameKey(m.text)))))) {
    return { role: 'context', cue: `a river, not a place: "${river ? `${m.text}${river[0]}` : `${acrossThe![0].trim()} ${m.text}`}"` };
  }
  // "In Diboli, the border post facing the Senegalese town of Kidira": what a site faces across
  // a border or a river, not the site.
  // "the Peshawar-bound Jaffar Express": a train's or a convoy's destination.
  if (BOUND_AFTER.test(post)) return { role: 'context', cue: `a destination: "${m.text}-bound"` };
  const portCall = PORT_CALL_BEFORE.exec(pre);
  if (portCall) return { role: 'context', cue: `a port of call or a destination: "${portCall[0].trim()} ${m.text}"` };
  const facing = FACING_BEFORE.exec(pre);
  if (facing) return { role: 'context', cue: `what a site faces: "${facing[0].trim()} ${m.text}"` };
  // "in southern Bijapur district near the Telangana border": the border, not the place beyond it.
  const border = BORDER_AFTER.exec(post);
  if (border && NEAR_THE_BEFORE.test(pre)) return { role: 'context', cue: `a border, not the place: "${m.text}${border[0]}"` };
  // "the main overland trade route to the Chinese border crossing at Muse": a route's end.
  const routeTo = ROUTE_TO_BEFORE.exec(pre) ?? ROAD_BETWEEN_BEFORE.exec(pre) ?? AXIS_OF_BEFORE.exec(pre);
  if (routeTo) return { role: 'context', cue: `where a route leads: "${routeTo[0].trim()} ${m.text}"` };
  const than = THAN_BEFORE.exec(pre);
  if (than) return { role: 'context', cue: `a place compared with: "${than[0].trim()} ${m.text}"` };
  const road = ROAD_AFTER.exec(post);
  if (road) return { role: 'context', cue: `names a road: "${m.text}${road[0]}"` };
  // "a convoy supplying the town of Dori struck a mine near Gorgadji": where it was going.
  const supply = SUPPLY_BEFORE.exec(pre);
  if (supply) return { role: 'context', cue: `an end of a journey: "${supply[0].trim()} ${m.text}"` };
  // "a passenger boat traveling on the White Nile", "the river port on the White Nile": a river
  // (Sudan's White Nile state is not where the boat was).
  const waterway = WATERWAY_BEFORE.exec(pre);
  // (A sea or strait the gazetteer holds is itself the place: "the Crimean Bridge across the Kerch
  // Strait".)
  if (waterway && r.place?.kind !== 'sea' && !KIND_WORD_AFTER.test(post)) return { role: 'context', cue: `a river: "${waterway[0].trim()} ${m.text}"` };
  // "on the Dzhankoy – Feodosiya line near the village of Azovske": a route named by its ends.
  const routeName = ROUTE_NAME_AFTER.exec(post) ?? (ROUTE_NAME_START_BEFORE.test(pre) ? ROUTE_WORD_AFTER.exec(post) : null);
  if (routeName) return { role: 'context', cue: `names a route: "${m.text}${routeName[0]}"` };
  // "The sound of the blast was heard across the villages of the Marjayoun and Bint Jbeil
  // districts": where an event was heard or seen, not where it was.
  const heard = HEARD_ACROSS_BEFORE.exec(pre);
  if (heard) return { role: 'context', cue: `where it was heard: "${heard[0].trim()} ${m.text}"` };
  const route = ROUTE_BEFORE.exec(upTo.slice(-ROUTE_REACH));
  if (route) return { role: 'context', cue: `an end of a journey: "${route[1]} ... ${m.text}"` };
  // "the wounded were taken to facilities in Tawila": where the casualties were treated.
  // (The people moved may be called "wounded": "the referral of wounded people to hospitals in".)
  // (A list of hospitals may stand between: "taken to the Jos University Teaching Hospital (JUTH)
  // and the Plateau State Specialist Hospital, both in Jos".)
  const care = CARE_BEFORE.exec(before(r, CARE_REACH));
  if (care && eventCues(care[0].replace(/\b(?:wounded|injured)\b/gi, '')).length === 0) return { role: 'context', cue: `where casualties were taken: "${care[0].trim()} ${m.text}"` };
  // "at least 224 people have been killed in Iran": a country's toll so far, no event of its own.
  // (So in a region, counted since a date: "650 Palestinians have been killed in the West Bank
  // since Oct. 7".)
  // (Or opened by its span, and with the part the count takes in: "Since 7 October 2023, more than
  // 460 Palestinians have been killed in the West Bank, including East Jerusalem".)
  const tollPre = pre.replace(INCLUDED_AFTER_PLACE, '');
  const toll = r.place?.kind === 'country' || TOLL_SINCE_AFTER.test(post) || SINCE_OPENING.test(upTo) ? COUNTRY_TOLL_BEFORE.exec(tollPre) : null;
  if (toll) return { role: 'context', cue: `a toll, not an event: "${toll[0].trim()}${tollPre === pre ? '' : ' …, including'} ${m.text}"` };
  const running = SINCE_LATER.test(post) ? RUNNING_TOLL_BEFORE.exec(pre) ?? COUNT_SINCE_BEFORE.exec(pre) : null;
  if (running) return { role: 'context', cue: `a running toll, not an event: "${running[0].slice(0, 40).trim()}… ${m.text}"` };
  // "Palestinians in Gaza, where Israel's war against Hamas has killed nearly 40,000 people": a
  // war's toll in thousands, told of the place.
  // "At least 31,341 Palestinians were killed in Gaza", "1,036 Palestinians were killed ... in
  // the West Bank, including East Jerusalem": a toll in thousands counts many events.
  // "On Thursday, as leaders began arriving in Brussels, Russian shelling hit Kherson": a clause
  // of the time the sentence opens with, with no event of its own, before its main clause.
  const timeClause = TIME_CLAUSE.exec(upTo);
  if (timeClause && /^[^,;]*,/.test(rest) && eventCues(timeClause[0] + rest.split(',')[0]).length === 0) {
    return { role: 'context', cue: `a clause of the time: "${timeClause[0].trim()} ${m.text}"` };
  }
  // "... captured Malynivka, as Moscow presses an offensive in the south alongside its push in
  // the eastern Donetsk region": the course of a campaign, no event of its own.
  const campaignCourse = CAMPAIGN_COURSE.exec(upTo);
  if (campaignCourse) return { role: 'context', cue: `a campaign's course: "${campaignCourse[0].slice(0, 50).trim()}…"` };
  // "Paratrooper Pravin Sharma, a resident of Kangra district in Himachal Pradesh, was critically
  // injured", "A 41-year-old driver from the nearby town of Vardenis was hit": where someone is
  // from, not where anything happened.
  // (Unless the words go on to put the event in that town: "a shepherd from the nearby town of
  // Aqraba as he grazed his flock on the town's eastern lands".)
  const home = HOME_BEFORE.exec(pre) ?? UNIT_HOME_BEFORE.exec(pre);
  if (home && !/\b(?:the\s+(?:town|village)['’]s|(?:in|on|near|outside|at)\s+the\s+(?:town|village)\b)/i.test(rest)) return { role: 'context', cue: `where someone is from: "${home[0].trim()} ${m.text}"` };
  // "the lessons of the repeated raids in Gaza": many earlier events, none told.
  // ("The strike follows a series of attacks on shadow fleet tankers in the Black Sea".)
  const earlier = EARLIER_EVENTS_BEFORE.exec(pre) ?? SERIES_FOLLOWED_BEFORE.exec(pre);
  if (earlier) return { role: 'context', cue: `background: "${earlier[0].trim()} ${m.text}"` };
  // "War-surgery kits have been pre-positioned in Butembo for a possible influx of wounded":
  // where help waits; "in support of the oppressed Palestinian people in the Gaza Strip": whom
  // a claim of attack speaks for; "continue to threaten U.S. forces and shipping in the Red
  // Sea": a threat, not an attack.
  // ("with the highest numbers in Aleppo, Idlib, Hama and Deir ez-Zor": a statistic's ranking.)
  // ("an operation to track down the attackers and 'restore calm' in Mezam Division": a purpose.)
  // ("Developments ..., including clashes in Borno state, are covered in the West Africa
  // section": a roundup's pointer to another part of it.)
  const noEvent = READIED_BEFORE.exec(pre) ?? SOLIDARITY_BEFORE.exec(pre) ?? THREAT_BEFORE.exec(pre) ?? RANKING_BEFORE.exec(pre) ?? SHARE_OF_TALLY_BEFORE.exec(pre) ?? (RUNNING_SPAN.test(upTo) ? SHARE_OF_RUNNING_TOLL_BEFORE.exec(pre) : null) ?? RESTORE_BEFORE.exec(pre) ?? (COVERED_ELSEWHERE_AFTER.test(post) ? /\S+\s*$/.exec(pre) : null);
  if (noEvent) return { role: 'context', cue: `no event there: "${noEvent[0].trim()} ${m.text}"` };
  const thousands = THOUSANDS_TOLL_BEFORE.exec(upTo);
  if (thousands) return { role: 'context', cue: `a toll, not an event: "${thousands[0].slice(0, 40).trim()}… ${m.text}"` };
  const tollAfter = WAR_TOLL_AFTER.exec(rest) ?? LIST_TOLL_AFTER.exec(rest);
  if (tollAfter) return { role: 'context', cue: `a toll, not an event: "${m.text}${tollAfter[0]}"` };
  const careAfter = CARE_AFTER.exec(post);
  if (careAfter) return { role: 'context', cue: `where casualties were taken: "${m.text}${careAfter[0]}"` };
  // ("have crossed into eastern Chad in the past three days, fleeing attacks": where people fled.)
  const crossedFleeing = CROSSED_INTO_BEFORE.exec(pre);
  if (crossedFleeing && (FLEEING_AFTER.test(post) || /\b(?:fled|fleeing|displaced)\b/i.test(upTo.slice(0, upTo.length - crossedFleeing[0].length)))) return { role: 'context', cue: `where people fled to: "${crossedFleeing[0].trim()} ${m.text}"` };
  const refuge = REFUGE_BEFORE.exec(pre);
  if (refuge && eventCues(refuge[0]).length === 0) return { role: 'context', cue: `where people fled to: "${refuge[0].trim()} ${m.text}"` };
  // "In Moscow, the defence ministry said it had carried out a massive strike on ...": a
  // capital opening the sentence for its government's statement is where it was said. (Not
  // "In Kyiv, officials said a drone hit a building": local officials tell of their city.)
  // (Or a seat of government below a country's: "Meanwhile, in Ramallah, the Palestinian
  // Authority's agriculture ministry said".)
  if ((r.place?.featureCode === 'PPLC' || r.place?.featureCode === 'PPLA' || r.place?.featureCode === 'PPLG') && /^[\s"“]*(?:(?:meanwhile|separately|elsewhere|also),?\s+)?in\s+$/i.test(upTo)) {
    // (Or a named official, then who they are: "In Kyiv, Mykhailo Podolyak, an adviser to the
    // head of the President's Office, denied any involvement".)
    const government = GOVERNMENT_SAID_AFTER.exec(post) ?? OFFICIAL_SAID_AFTER.exec(rest);
    if (government) return { role: 'speaker', cue: `speaker location: "In ${m.text}${government[0]}"` };
  }
  // "according to Al-Aqsa Martyrs Hospital in Deir al-Balah": where a source is, not a site.
  // "The ruling military government in Bamako said ... that a terrorist attack had targeted
  // Anderamboukane": a government's seat, where it speaks from.
  const seat = GOVERNMENT_IN_BEFORE.exec(pre);
  // (Or the subject of any clause of its own: 'saying the government in Tripoli "cannot bomb
  // its own citizens"'.)
  // (Past a relative clause: "The Yemeni government in Aden, which is recognised
  // internationally, welcomed the strikes".)
  const seatPost = post.replace(RELATIVE_ASIDE, '');
  // (Or at the sentence's end, its verb before it: "announced Tuesday the Chadian government in
  // N'Djamena.")
  // (Or the other side of a relation: "Deni has been at odds with the federal government in
  // Mogadishu over the electoral model".)
  // (Or the one called on: "called on the federal government in Baghdad to stop the attacks"; or
  // fought: "fighting to topple Somalia's central government in Mogadishu".)
  const withSeat = seat !== null && SEAT_ADDRESSED_BEFORE.test(pre.slice(0, seat.index));
  if (seat && (SPEAKS_AFTER.test(seatPost) || GOVERNMENT_CLAUSE_AFTER.test(seatPost) || /^\s*[.!]?\s*$/.test(seatPost) || withSeat)) return { role: 'speaker', cue: `seat of a government: "${seat[0].trim()} ${m.text}"` };
  // "The AP erroneously reported that the building hit was in Umanske": a place a correction
  // takes back.
  const retracted = RETRACTED_BEFORE.exec(upTo);
  if (retracted) return { role: 'context', cue: `a place a correction takes back: "${retracted[0].slice(0, 40).trim()}…"` };
  // "Reading the verdict at the Schiphol Judicial Complex near Amsterdam": where a court sits.
  // (Not a court that was hit: "a missile hit the court in Kharkiv".)
  const courtAt = COURT_AT_BEFORE.exec(pre);
  if (courtAt && !COURT_HIT_BEFORE.test(pre.slice(0, courtAt.index))) return { role: 'speaker', cue: `where a court sits: "${courtAt[0].trim()} ${m.text}"` };
  const source = SOURCE_BEFORE.exec(pre);
  if (source) return { role: 'speaker', cue: `a source's place: "${source[0].trim()} ${m.text}"` };
  // "Doctors at the hospital in Adré said they had received 600 wounded": where the wounded are
  // treated, unless the words before make the hospital what was hit ("a drone struck the hospital in").
  const hospital = HOSPITAL_IN_BEFORE.exec(pre);
  // (The whole sentence before the hospital word: the attack may be told far before it.)
  // (Nor when the hospital is the subject hit: "the Saudi Teaching Maternal Hospital in El Fasher,
  // North Darfur, was struck in an attack".)
  if (hospital && !HOSPITAL_HIT_BEFORE.test(sentence.slice(0, m.start - m.sentence.start - pre.length + hospital.index)) && !HOSPITAL_HIT_AFTER.test(post)) {
    return { role: 'context', cue: `where casualties are treated: "${hospital[0].trim()} ${m.text}"` };
  }
  // "no relation to the town of the same name in Risaralda": a namesake named to set it apart.
  // "the Morag Corridor, a strip of land separating the southern city of Rafah from Khan Yunis":
  // places that bound something else.
  const bounds = BOUNDS_BEFORE.exec(pre);
  if (bounds) return { role: 'context', cue: `bounds something: "${bounds[0].trim()} ${m.text}"` };
  // "Los Choneros, a gang that takes its name from the town of Chone": a name's origin.
  const nameFrom = NAME_FROM_BEFORE.exec(pre);
  if (nameFrom) return { role: 'context', cue: `a name's origin: "${nameFrom[0].trim()} ${m.text}"` };
  // "The battle scenes were shot in a disused factory near Kryvyi Rih": where a film was made.
  const filmed = FILMED_BEFORE.exec(pre);
  if (filmed) return { role: 'context', cue: `a filming location: "${filmed[0].trim()} ${m.text}"` };
  const namesake = NAMESAKE_BEFORE.exec(pre);
  if (namesake) return { role: 'context', cue: `a namesake set apart: "${namesake[0].trim()} ${m.text}"` };
  // "Sour, known in English as Tyre": a language, not a place (English, Indiana).
  // (Not a clause of time: "shot dead a police commander in Zamora as he was leaving his home".)
  if ((/\bin\s+$/i.test(pre) && /^\s+as\s+(?:the\s+|an?\s+)?["“']?\p{Lu}/u.test(post)) || LANGUAGE_BEFORE.test(pre)) return { role: 'context', cue: `a language: "${m.text}"` };
  // "went on trial in Stockholm district court": the court's name.
  const court = COURT_AFTER.exec(post);
  if (court) return { role: 'speaker', cue: `a court: "${m.text}${court[0]}"` };
  // "Researchers at Yale's Humanitarian Research Lab in New Haven, Connecticut, who reviewed the
  // imagery": where the people studying an event work.
  const analysts = ANALYSTS_AT_BEFORE.exec(pre);
  if (analysts) return { role: 'speaker', cue: `speaker location: "${analysts[0].trim()} ${m.text}"` };
  // "Brent crude rose around 2% in London on Thursday": where a market trades.
  const market = MARKET_BEFORE.exec(pre);
  if (market) return { role: 'context', cue: `a market: "${market[0].trim()} ${m.text}"` };
  // "Zelensky was in Warsaw at the time of the attack": where someone was while it happened.
  // ("The airstrikes took place while a Pakistani delegation ... was in Kabul for talks".)
  if (WAS_IN_BEFORE.test(pre) && (AT_THE_TIME_AFTER.test(post) || /\bwhile\b[^.;]{0,150}$/i.test(upTo))) return { role: 'context', cue: `where someone was at the time: "${m.text}"` };
  // "while it was sailing from Maputo in Mozambique to Hamriyah port in the United Arab
  // Emirates": a voyage's ports, not where it was attacked.
  const voyage = VOYAGE_BEFORE.exec(pre);
  if (voyage) return { role: 'context', cue: `a voyage's route: "${voyage[0].trim()} ${m.text}"` };
  // "junta troops had withdrawn towards their base in Myawaddy", "guns ... are positioned around
  // the occupied towns of Oleshky": where forces went back to or stand, not what happened there.
  const posted = FORCES_POSTED_BEFORE.exec(pre);
  if (posted) return { role: 'context', cue: `where forces are: "${posted[0].trim()} ${m.text}"` };
  // "a spokesperson, speaking from the Thai border town of Mae Sot, said".
  const spokeFrom = SPOKE_FROM.exec(pre);
  if (spokeFrom) return { role: 'speaker', cue: `speaker location: "${spokeFrom[0].trim()} ${m.text}"` };
  const speakerPlace = SPEAKER_PLACE_BEFORE.exec(pre);
  // "at his ministry in Kabul", "an attack on the embassy in Kyiv": the building is the site.
  // (Not the strikes a statement is about: "confirmed the strikes on both refineries in a
  // statement published in Kyiv".)
  const siteLead = speakerPlace ? pre.slice(0, speakerPlace.index) : '';
  // (Nor where the speaker was: "speaking at a news conference with ... in Paris".)
  // (The White House is where a president speaks, whatever stands before it.)
  const site = speakerPlace && !/^white\s+house\b/i.test(speakerPlace[0]) && SITE_BEFORE.test(siteLead) && !/\b(?:in|with|by|through)\s+(?:a|an|its|their)\s+$|\b(?:speaking|spoke|speaks)\s+at\s+(?:a|an|the)\s+$/i.test(siteLead);
  if (speakerPlace && !site) return { role: 'speaker', cue: `speaker location: "${speakerPlace[0].trim()} ${m.text}"` };
  // "A Lou Nuer community leader in Juba, contacted by Eye Radio, said": one person placed in a
  // city, then speaking (not "a Hamas leader in Gaza was killed").
  // "In New York, a spokesperson for U.N. Secretary-General ... said": where an international
  // body speaks, whatever kind of place it is.
  // (Or at the body's seat: "At the United Nations in New York, spokesman Stephane Dujarric said".)
  const atUN = /^[\s"“]*at\s+the\s+(?:United\s+Nations|U\.?N\.?)(?:\s+headquarters)?\s+in\s+$/i.test(upTo) ? UN_SEAT_SPEAKER_AFTER.exec(post) : null;
  if (atUN) return { role: 'speaker', cue: `speaker location: "${upTo.trim()} ${m.text}${atUN[0]}"` };
  const intl = /^[\s"“]*(?:(?:meanwhile|separately|elsewhere),?\s+)?in\s+$/i.test(upTo) ? INTL_SPEAKER_AFTER.exec(post) : null;
  if (intl) return { role: 'speaker', cue: `speaker location: "In ${m.text}${intl[0]}"` };
  // "informed this Friday in Mexico City the Secretary of National Defense": a translation's
  // order, verb and day before the place, the speaker after it.
  const informed = INFORMED_IN_BEFORE.exec(pre);
  if (informed) return { role: 'speaker', cue: `speaker location: "${informed[0].trim()} ${m.text}"` };
  // "claimed the attack in a prerecorded statement aired by the rebels' al-Masirah satellite news
  // channel in Sanaa": where the medium that carried the words is.
  const aired = AIRED_BY_IN_BEFORE.exec(pre);
  if (aired) return { role: 'speaker', cue: `speaker location: "${aired[0].trim()} ${m.text}"` };
  // '"...," said MSF's operations manager for Sudan in Amsterdam': a speaker named, then placed.
  const saidBy = SAID_BY_PERSON_IN_BEFORE.exec(pre);
  if (saidBy) return { role: 'speaker', cue: `speaker location: "${saidBy[0].trim()} ${m.text}"` };
  const oneSpeaker = ONE_SPEAKER_IN_BEFORE.exec(pre);
  if (oneSpeaker && SPEAKS_SOON_AFTER.test(rest)) return { role: 'speaker', cue: `speaker location: "${oneSpeaker[0].trim()} ${m.text}"` };

  const place = r.place;
  // "7/ 💥 KRYVYI RIH — Governor Serhiy Lysak: missiles hit ...", "3/ 💥 KYIV, ~10:40 — the
  // hospital was hit": a thread's numbered or emoji-marked item that opens on its place tells its
  // event there, a capital too.
  if (THREAD_ITEM_BEFORE.test(pre) && /^\s*[,:—–]/.test(post) && place && place.kind !== 'country') {
    const told = eventCues(sentence).filter((e) => !denied(sentence, e.start));
    if (told.length) return { role: 'incident', cue: `"${m.text}" opening a thread's item of "${told[0]!.text}"` };
  }
  const metonymic = place && (place.kind === 'country' || place.featureCode === 'PPLC');
  // "In the regional capital, also called Zaporizhzhia, a drone struck": the name of the place
  // the locative's noun stands for.
  // (Not a capital speaking after a unit: "In Russia's Kursk region, Moscow said ...".)
  // (A table's place column is where the row's event happened: "| 26 Aug 2024 | El Fasher,
  // North Darfur | RSF artillery shelling ... |".)
  // ("in the areas of Chabriha, Borj el-Chmali, Beqaa, Kfar Kila": a list after the locative,
  // its first names the gazetteer lacks, holds the later ones too.)
  const locative = LOCATIVE_BEFORE.exec(pre) ?? NAMED_AFTER_LOCATIVE.exec(pre) ?? (SPEAKS_AFTER.test(post) ? null : UNIT_CHAIN_BEFORE.exec(pre)) ?? (TABLE_ROW.test(sentence) ? CELL_START.exec(upTo) : null) ?? listedLocative(pre);
  // "Pakistani jets struck what Islamabad said were Pakistani Taliban hideouts": who named the
  // target, not the target.
  if (/\bwhat\s+$/i.test(pre) && /^\s+(?:said|says|called|calls|described|describes|claimed|claims|believed|believes|alleged|alleges)\b/i.test(post)) {
    return { role: 'speaker', cue: `who named the target: "what ${m.text}${/^\s+\w+/.exec(post)![0]}"` };
  }
  // "air defences destroyed 48 Ukrainian drones overnight: 19 over the Bryansk region, 12 over
  // the Kursk region": a defence ministry's tally of interceptions over whole regions, where
  // nothing is said to have been hit.
  // (A list of regions, or one count among several; not a governor's word on his own region,
  // "destroyed 14 UAVs over the territory of the Bryansk region", often the night of the debris
  // he then reports.)
  // (Or the tally's last item: "as well as over the Moscow region", "and over Chuvashia"; and the
  // seas it names: "as well as over Crimea and the Sea of Azov". The whole sentence up to the
  // place: a tally's list runs long.)
  const listed = /(?:,|\band|\bas\s+well\s+as\s+over|\band\s+over)\s+(?:the\s+)?(?:annexed\s+|occupied\s+)?$/i.test(pre) || /^\s*(?:,|and\b|(?:regions|oblasts|provinces)\b|(?:region|oblast|province|krai)\s*(?:,|and\b))/i.test(post);
  const tally = r.place && (r.place.kind === 'admin1' || r.place.kind === 'region' || r.place.kind === 'sea') ? (listed ? INTERCEPT_TALLY_BEFORE.exec(upTo) : null) ?? COUNT_OVER_BEFORE.exec(pre) : null;
  if (tally) return { role: 'context', cue: `a tally of interceptions: "${tally[0].slice(-40).trim()} ${m.text}"` };
  // "welcomed the strikes but urged Washington to avoid damage": a capital or a country urged,
  // warned or blamed is its government, whatever event word comes before.
  const addressed = metonymic ? ADDRESSED_BEFORE.exec(pre) : null;
  if (addressed) return { role: 'actor', cue: `${m.text} as a government: "${addressed[0].trim()} ${m.text}"` };
  // "multinational companies, including France's Total and the American ExxonMobil": a country
  // that owns the thing listed, not a place in the list.
  if (place?.kind === 'country' && /\b(?:including|such\s+as)\s+$/i.test(pre) && /^['’]s\s+\p{Lu}[\p{L}-]*(?:\s+(?:and|or|,)|[,.;])/u.test(post)) {
    return { role: 'context', cue: `an owner: "${m.text}${/^['’]s\s+\S+/u.exec(post)![0]}"` };
  }
  // "Strikes by the Kiev regime": a capital before "regime" or "government" names who rules there.
  const ruler = metonymic ? RULERS_AFTER.exec(post) : null;
  if (ruler) return { role: 'actor', cue: `${m.text} as a government: "${m.text}${ruler[0]}"` };
  // ("179 aid trucks entered Gaza through the Rafah crossing": aid, not troops, entered.)
  // "attacks on the Red Sea city that had long been a haven": a city told again by its region,
  // not the region.
  if ((r.place?.kind === 'admin1' || r.place?.kind === 'region' || r.place?.kind === 'sea') && /\bthe\s+$/i.test(pre) && /^\s+(?:city|town|port|capital)\b/i.test(post)) {
    return { role: 'context', cue: `a city told by its region: "the ${m.text}${/^\s+\w+/.exec(post)![0]}"` };
  }
  // "an officer involved in the shelling of Avdiivka": a person's part in an event, told of him.
  const partIn = PART_IN_EVENT_BEFORE.exec(pre);
  if (partIn) return { role: 'context', cue: `a person's part in an event: "${partIn[0].trim()} ${m.text}"` };
  // ("the overnight strikes showed that Moscow \"is not serious about peace\"": a clause of its
  // own, not the strikes' object.)
  const object = AID_ENTERED_BEFORE.test(pre) || THAT_CLAUSE_BEFORE.test(pre) ? null : (OBJECT_OF_EVENT.exec(pre) ?? ENTERED_BEFORE.exec(pre) ?? listedObject(pre));
  // "Kharkiv was also hit": the place as the one hit, before "X was" can read as a speaker.
  // ("Dilling Teaching Hospital, South Kordofan, was hit by artillery fire": the site named for
  // the town, then perhaps its unit, is what was hit.)
  const afterFacility = facility ? post.slice(facility[0].length).replace(/^\s*,[^,.;]{1,40},/, '') : null;
  const hitSubject = SUBJECT_OF_EVENT.exec(post) ?? (afterFacility !== null ? SUBJECT_OF_EVENT.exec(afterFacility) : null);
  // Capitals and countries as the subject of a verb stand for their governments.
  if (!locative && !object && !hitSubject && SPEECH_AFTER.test(post)) {
    return { role: metonymic ? 'speaker' : 'speaker', cue: `subject of "${SPEECH_AFTER.exec(post)![0].trim()}"` };
  }
  // ("the Tajoura detention centre east of Tripoli, Libya": a capital a place is told by, not
  // its government.)
  if (metonymic && !locative && !object && !hitSubject && !BEARING_OF_BEFORE.test(pre)) {
    const next = /^\s+(?:and|,)\s+/.test(post) ? 'a list of governments' : 'a government, not a place';
    return { role: 'actor', cue: `${m.text} as ${next}` };
  }
  // "the governor of X said": X is whom the official speaks for, unless the words also put the
  // event there ("an oil depot in the Bryansk region, the regional governor said").
  if (!locative && !object && isJurisdiction(r)) return { role: 'speaker', cue: `jurisdiction of an official: "${m.text}"` };

  const events = eventCues(sentence).filter((e) => !denied(sentence, e.start));
  if (!events.length) return { role: 'context', cue: 'no event word in the sentence' };
  // "could hit Lviv": an event verb under a modal is no event; another, unmodalised one is.
  // Capitalised, "May" is the month ("since Bakhmut fell in May 2023"), not the modal.
  const modal = sentence.replace(/\bMay\b/g, 'Month');
  const factual = modal.replace(/\b(?:could|would|might|may|can|will|to)\s+(?:\w+\s+){0,2}?(?=\w)/gi, ' MODAL ').replace(/MODAL\s+\w+/g, '');
  if (HYPOTHETICAL.test(modal) && !DEFINITE_EVENT.test(factual)) {
    return { role: 'context', cue: `hypothetical: "${HYPOTHETICAL.exec(modal)![0]}"` };
  }
  // "Hamas officials", "Hezbollah fighters", "Kyiv residents": people of a group or a place, not the event's site.
  // (So a country's forces: "a campaign against Moscow's navy".)
  const people = /^(?:['’]s)?\s+(?:senior\s+|top\s+|local\s+)?(?:officials?|fighters?|militants?|commanders?|leaders?|leadership|members?|operatives?|gunmen|spokes(?:man|woman|person)|negotiators?|delegation|government(?!\s+areas?\b)|authorities|residents|troops|soldiers|forces|police|diplomats?)\b/i.exec(post) ?? /^['’]s\s+(?:navy|army|air\s+force|fleet|military)\b/i.exec(post);
  if (people) return { role: 'actor', cue: `people of "${m.text}": "${m.text}${people[0]}"` };
  // "over the Gaza offensive", "the Kursk incursion": the name qualifies a campaign, not a site.
  // ("Since October 7, 2023, and the war in Gaza, UN data shows ...": the war as a time.)
  const warIn = /\bthe\s+(?:war|conflict)\s+in\s+(?:the\s+)?$/i.exec(pre);
  if (warIn) return { role: 'context', cue: `names a war: "${warIn[0].trim()} ${m.text}"` };
  // "to keep up its attacks until Israel ends its offensive in Gaza": a campaign someone wants
  // ended, named, not told.
  const ended = CAMPAIGN_ENDED_BEFORE.exec(pre);
  if (ended) return { role: 'context', cue: `names a campaign to end: "${ended[0].trim()} ${m.text}"` };
  const campaign = /^(?:['’]s)?\s+(?:offensive|counteroffensive|counter-offensive|war|conflict|crisis|campaign|incursion|invasion|operation|ceasefire|truce|talks|deal|front)\b/i.exec(post);
  if (campaign) return { role: 'context', cue: `names a campaign: "${m.text}${campaign[0]}"` };
  const at = m.start - m.sentence.start;
  // "Ko Thura Zaw, a reporter who spent three years documenting the air war on the villages of
  // Sagaing Region, was killed ... in Kanbalu township": a relative clause with no event word of
  // its own describes someone; its places are not the event's.
  const aside = asideClauses(sentence).find(([from, to]) => at >= from && at < to);
  // (Unless a where-clause then tells what happened there: "Netanyahu, who on Sunday toured Bat
  // Yam, where an Iranian missile had struck an apartment building".)
  const whereAfter = /^\s*,\s*where\b[^;.]*/i.exec(rest);
  // (Not a state: "west of Donetsk, where fighting has raged for months"; nor a place another
  // is told by: "Baniyas, about 30 km south of Jableh, where gunmen attacked".)
  const toldThere = whereAfter !== null && !OFFSET_BEFORE.test(pre) && !BEARING_BEFORE.test(pre) && eventCues(whereAfter[0]).length > 0 && !STATE_IN.test(whereAfter[0]) && !/\b(?:for\s+(?:weeks|months|years)|since)\b/i.test(whereAfter[0]);
  if (aside && !toldThere && eventCues(sentence.slice(aside[0], aside[1])).length === 0) return { role: 'context', cue: `in a clause about someone: "${sentence.slice(aside[0], aside[1]).trim()}"` };
  if (toldThere) return { role: 'incident', cue: `"${m.text}, where" with "${eventCues(whereAfter![0])[0]!.text}"` };
  const juxtaposed = JUXTAPOSITION.exec(sentence);
  // ("The strike came two days after troops detonated buildings in the Jenin refugee camp": the
  // clause after "after" tells an event of its own, with its own place.)
  const afterJuxtaposed = juxtaposed ? sentence.slice(juxtaposed.index + juxtaposed[0].length, Math.max(at, juxtaposed.index + juxtaposed[0].length)) : '';
  // (The juxtaposed event's own day may come after the place: "... in Beit Lahia on Saturday night".)
  const toldAfter = juxtaposed !== null && TOLD_AFTER.test(sentence.slice(juxtaposed.index + juxtaposed[0].length)) && eventCues(afterJuxtaposed).length > 0;
  if (juxtaposed && !toldAfter) return { role: 'context', cue: `circumstance of an event told elsewhere: "${juxtaposed[0]}"` };
  // A comparison or an earlier time ("the deadliest since a strike on X", "weeks after ...")
  // makes background of what follows it, not of the event told before it ("24 were killed in
  // Belgorod, the deadliest attack since the start of the war").
  const background = BACKGROUND.exec(sentence);
  // "Two years after the invasion began, troops are pressing attacks around Avdiivka": a
  // leading clause sets the time; the main clause after its comma still tells the event.
  const leadingClause = background !== null && background.index < at && /^[\s"“]*(?:[\w-]+\s+)?$/.test(sentence.slice(0, background.index)) &&
    /\b(?:after|before|since)\b/i.test(background[0]) &&
    /,/.test(sentence.slice(background.index + background[0].length, at));
  // (Nor the time of a juxtaposed event told in the sentence: "came two days after troops
  // detonated buildings in the camp" is an event two days old, not background.)
  // (Nor a state a relative clause after the place tells of something else: "Several shells
  // fell on Tombouctou on Monday, ... pressure on a city that has been under blockade".)
  const relativeAfter = background !== null && background.index > at && /\b(?:that|which|who)\s+$/i.test(sentence.slice(at, background.index));
  // (Nor the time of another thing's news, when the earlier event is told with its own day:
  // "The match came hours after an Israeli airstrike on Thursday hit a school ... in Deir
  // al-Balah".)
  const toldBefore =
    background !== null && background.index < at && INDEFINITE_EVENT_ON_DAY.test(sentence.slice(background.index)) &&
    eventCues(sentence.slice(background.index + background[0].length, at)).length > 0;
  // (Nor the time of a clause set off by commas that the place is not in: "speaking in Port
  // Sudan, where the government has been based since the capital descended into fighting, said
  // the air force had on Sunday hit ... Kabkabiya".)
  const asideBackground = background !== null && asideClauses(sentence).some(([from, to]) => background.index >= from && background.index < to && (at < from || at >= to));
  // (Nor a superlative's measure: "during one of the largest coordinated attacks on energy
  // infrastructure since the start of the full-scale invasion, a missile hit ... Lutsk".)
  // (Only where the place is in the main clause after it: not "the most ambitious operation since
  // the September 2024 attack in Bamako", nor "the worst since April, when fighting in Jaramana".)
  const superlative =
    background !== null && /^since\b/i.test(background[0]) && background.index < at && SUPERLATIVE_BEFORE_SINCE.test(sentence.slice(0, background.index)) &&
    /,/.test(sentence.slice(background.index, at)) && !/,\s+(?:when|where|which|who|whose|that|as)\b/i.test(sentence.slice(background.index, at));
  // "In El Geneina that year, paramilitary fighters ... killed thousands": a time the report
  // has already set in the past.
  const thatTime = THAT_TIME_AFTER.exec(post);
  if (thatTime) return { role: 'context', cue: `background: "${m.text}${thatTime[0]}"` };
  // "Border communities in Sumy and Kharkiv oblasts have been hit daily by artillery", "around
  // Diffa and Lake Chad, Boko Haram ... continue to carry out raids": what keeps happening
  // there, in a sentence that dates no day of it.
  const ongoing = HABITUAL_AFTER.exec(rest);
  if (ongoing && !DAY_WORDS.test(sentence)) return { role: 'context', cue: `background: "${ongoing[1]}"` };
  // "Israel captured the West Bank, Gaza and East Jerusalem in the 1967 Middle East war": a war
  // named by its year is history, wherever the sentence names it.
  const war = NAMED_BY_YEAR.exec(sentence);
  if (war) return { role: 'context', cue: `background: "${war[0]}"` };
  // "Since September 27, Azerbaijani forces have shelled Martakert, Martuni, Hadrut and other
  // towns": what has happened since a date long past, in the present perfect, is a tally of days.
  const sinceTally = SINCE_OPENING.test(upTo) ? /\b(?:has|have)\s+(?:also\s+)?(?:[\w-]+ed|hit|struck|shot|fought|seized|taken)\b/i.exec(sentence) : null;
  if (sinceTally) return { role: 'context', cue: `background: "${/^\s*(?:[-•*·–]\s*)?since[^,]*/i.exec(upTo)?.[0].trim() ?? 'since'}", "${sinceTally[0]}"` };
  if (background && !leadingClause && !toldAfter && !toldBefore && !relativeAfter && !asideBackground && !superlative && (background.index < at || BACKGROUND_STATE.test(background[0]))) {
    return { role: 'context', cue: `background: "${background[0]}"` };
  }
  // ("Since September, fighting ... has left hundreds dead in and around Culiacán": after the
  // leading clause, the main clause tells a state.)
  // (So does a count of places struck since then: "Since January, Ukraine has struck more than
  // a dozen Russian refineries, including in Ryazan, Kstovo and Volgograd".)
  const state = leadingClause && !toldAfter ? (STATE_IN.exec(sentence) ?? TALLY_SINCE.exec(sentence)) : null;
  if (state) return { role: 'context', cue: `background: "${state[0]}"` };
  // "in the deadliest attack in the Tel Aviv area in months": the frame a comparison is made in.
  const compared = COMPARISON_FRAME_BEFORE.exec(pre);
  if (compared) return { role: 'context', cue: `a comparison's frame: "${compared[0].trim()} ${m.text}"` };
  // "Since then, sporadic attacks on security forces have been reported in the countryside of
  // Homs": attacks of a kind that recur, told as a state.
  const habitual = HABITUAL.exec(sentence);
  if (habitual && habitual.index < at) return { role: 'context', cue: `background: "${habitual[0]}"` };

  // "The two sides began talks in the Saudi city of Jeddah, aimed at ending fighting that has
  // killed hundreds": where talks are held is no site of the fighting they are about. (Unless an
  // event word comes first: "a missile hit a conference hall in Dnipro".)
  const venue = VENUE_BEFORE.exec(pre);
  // (Only an event word just before: "bombed Lashio ... this week, despite a ceasefire agreed at
  // talks in Kunming" is still a venue.)
  // (Nor when the talks' own verb says where they went on: "stalled in Cairo".)
  const talksWent = venue !== null && /\b(?:stalled|collapsed|resumed|continued|broke\s+down|were\s+held|took\s+place)\s+(?:in|at)\b/i.test(venue[0]);
  const agreed = AGREED_AT_BEFORE.exec(pre);
  if (agreed) return { role: 'context', cue: `venue: "${agreed[0].trim()} ${m.text}"` };
  if (venue && (talksWent || eventCues(sentence.slice(Math.max(0, venue.index - VENUE_EVENT_REACH), venue.index)).length === 0)) {
    return { role: 'context', cue: `venue: "${venue[0].trim()} ${m.text}"` };
  }
  // "The Houthis, who control much of northern Yemen including the capital Sanaa, said ...": a
  // relative clause says what an actor holds, not where anything happened. ("Troops took control
  // of X" is no relative clause: a capture stays an event.)
  // "the Taliban leadership, based in the Pakistani city of Quetta, was directing fighters": where
  // a group has its seat, told of the group.
  const based = GROUP_BASED_BEFORE.exec(pre);
  if (based) return { role: 'context', cue: `where a group is based: "${based[0].trim()} ${m.text}"` };
  const held = HELD_BY_ACTOR.exec(pre);
  if (held) return { role: 'context', cue: `held by an actor: "${held[0].trim()} ${m.text}"` };
  const offset = OFFSET_BEFORE.exec(pre);
  // "in the village of Bilozerka, 15 km west of Kherson": the distance says where the place
  // before it lies; that place is the incident's. (So too after an object: "hit the center of
  // Kupiansk, a battered town east of Kharkiv".)
  if (offset && PLACE_THEN_OFFSET.test(pre.slice(0, offset.index))) {
    return { role: 'context', cue: `${PLACE_BEFORE_CUE}: "${offset[0].trim()} ${m.text}"` };
  }
  // "a camp in al-Mawasi, west of Khan Younis": a side of a place, likewise. (When the place
  // before is one the gazetteer does not hold, incidents.ts makes this side the incident's.)
  const bearing = BEARING_BEFORE.exec(pre);
  if (bearing && PLACE_THEN_BEARING.test(pre.slice(0, bearing.index))) {
    return { role: 'context', cue: `${PLACE_BEFORE_CUE}: "${bearing[0].trim()} ${m.text}"` };
  }
  // "Russian forces advanced north of Udachne": the side of the place is where they moved.
  // ("the airstrike hit the Tajoura detention centre east of Tripoli": so is the side where the
  // object hit lies.)
  if (bearing && (MOVED_BEFORE_BEARING.test(pre.slice(0, bearing.index)) || OBJECT_HIT_BEFORE_BEARING.test(pre.slice(0, bearing.index)))) {
    return { role: 'incident', cue: `${DISTANCE_CUE}: "${bearing[0].trim()} ${m.text}"` };
  }
  // "near the village of Al Mazraa, on the main road leading into Suwayda city": the road's end
  // says where the place before lies.
  const roadTo = ROAD_TO_BEFORE.exec(pre);
  if (roadTo && /\p{Lu}[\p{L}'’-]+\s*$/u.test(pre.slice(0, roadTo.index))) return { role: 'context', cue: `${PLACE_BEFORE_CUE}: "${roadTo[0].trim()} ${m.text}"` };
  // ("the strikes degrade Moscow's ability to wage war": a government's means, not a site.)
  const means = object && GOVERNMENT_MEANS_AFTER.exec(post);
  if (means) return { role: 'context', cue: `stands for a government: "${m.text}${means[0]}"` };
  // ("We will strike Tel Aviv", "vowed to attack Ouagadougou": a threat or a plan, not an event.)
  const intended = object ? INTENT_BEFORE.exec(pre.slice(0, object.index)) : null;
  if (intended) return { role: 'context', cue: `a threat or a plan: "${intended[0].trim()} ${object![0].trim()} ${m.text}"` };
  if (object) return { role: 'incident', cue: `place of "${object[0].trim()}"` };
  // ("a commitment by the MNDAA to withdraw from Lashio within months": a plan, not a retreat.)
  if (withdrawal && PLANNED_WITHDRAWAL_BEFORE.test(pre.slice(0, withdrawal.index))) return { role: 'context', cue: `a plan: "${withdrawal[0].trim()} ${m.text}"` };
  if (withdrawal) return { role: 'incident', cue: `place given up: "${withdrawal[0].trim()} ${m.text}"` };
  // "Pokrovsk ... is a key transport hub about 75 kilometers (45 miles) southwest of Bakhmut",
  // "lies 20 km north of": it describes where something is. ("The vessel was about 50 nautical
  // miles southeast of Aden when it was hit" places the event.)
  if (offset && DESCRIBED_AT.test(pre.slice(0, offset.index))) {
    return { role: 'context', cue: `where a place lies: "${offset[0].trim()} ${m.text}"` };
  }
  if (offset) return { role: 'incident', cue: `${DISTANCE_CUE}: "${offset[0].trim()} ${m.text}"` };
  if (hitSubject) return { role: 'incident', cue: `"${m.text}${hitSubject.input === post ? '' : `${facility![0]} …`}${hitSubject[0]}"` };
  // "Power outages were reported in Kyiv and Rivne; in Lutsk, a missile hit ...": the event
  // word must be in the place's own clause.
  const clauseStart = sentence.lastIndexOf(';', at) + 1;
  const clauseEnd = sentence.indexOf(';', at) < 0 ? sentence.length : sentence.indexOf(';', at);
  const clauseEvents = events.filter((e) => e.start >= clauseStart && e.start < clauseEnd);
  // "aid lorries have been waiting in the town of Rafah and at Al-Arish since Israeli forces took
  // control of the crossing": an event word only in a since-clause tells when a state began.
  const live = clauseEvents.filter((e) => !SINCE_CLAUSE_BEFORE.test(sentence.slice(Math.max(clauseStart, at), e.start)));
  if (locative && clauseEvents.length && !live.length) return { role: 'context', cue: `background: a since-clause's event, "${clauseEvents[0]!.text}"` };
  // "Fourteen drones were shot down over the Kyiv region, and no debris or damage was recorded
  // in Kyiv city itself": the place's own clause, after ", and" or ", but", denies it.
  const joined = /,\s+(?:and|but)\s+/gi;
  let ownFrom = clauseStart;
  for (let j = joined.exec(sentence); j && j.index < at; j = joined.exec(sentence)) ownFrom = Math.max(ownFrom, j.index + j[0].length);
  const ownClause = sentence.slice(ownFrom, at);
  if (locative && ownFrom > clauseStart && NO_EVENT_CLAUSE.test(ownClause) && !events.some((e) => e.start >= ownFrom && e.start < clauseEnd)) {
    return { role: 'context', cue: `its own clause denies it: "${ownClause.trim()} ${m.text}"` };
  }
  // "Fighting briefly reached Bahir Dar itself last week, and rights groups have reported mass
  // arrests ... in the capital Addis Ababa": a clause of its own, with its own subject and verb
  // and no event word, tells no event there.
  if (locative && ownFrom > clauseStart && OWN_SUBJECT_VERB.test(ownClause) && !events.some((e) => e.start >= ownFrom && e.start < clauseEnd)) {
    return { role: 'context', cue: `its own clause tells no event: "${ownClause.trim()} ${m.text}"` };
  }
  if (locative && clauseEvents.length) {
    const nearest = clauseEvents.reduce((best, e) => (Math.abs(e.start - at) < Math.abs(best.start - at) ? e : best));
    // "is threatening to launch a ground offensive on the city of Rafah", "is preparing an
    // offensive to take over Gaza City": an attack threatened or prepared, not one told.
    const intent = PLANNED_BEFORE.exec(sentence.slice(Math.max(0, nearest.start - 60), nearest.start));
    if (intent && clauseEvents.every((e) => PLANNED_BEFORE.test(sentence.slice(Math.max(0, e.start - 60), e.start)))) {
      return { role: 'context', cue: `a threat or a plan: "${intent[0].trim()} ${nearest.text}"` };
    }
    return { role: 'incident', cue: `"${locative[0].trim()} ${m.text}" with "${nearest.text}"` };
  }
  // "Kharkiv, a missile ...": a dateline-like opening; not "Crimea, which Russia annexed ...".
  // (A dateline beside a place the sentence puts the event in gives way: see incidents.ts.)
  // "- Kharkiv: a guided bomb hit ...": a list line or a heading that names its place first (after
  // a ticker's time: "09:40 - Kherson: Russian drone drops explosive on a bus stop").
  // (Or a list line's dash: "- Lyptsi — KAB strike on the village; two houses destroyed".)
  const lineDash = /^\s+[—–]\s/.test(post) && /^[\s]*[-•*·]\s*$/.test(pre);
  if ((/^\s*[,:]/.test(post) || lineDash) && !/^\s*,\s*(?:which|where|who|whose|home to|a |an |the )/i.test(post) && (m.start === m.sentence.start || LINE_PLACE_BEFORE.test(pre))) {
    return { role: 'incident', cue: `"${m.text}${post.trim()[0]}" opening a report of "${events[0]!.text}"` };
  }
  // "Residents of Debre Tabor town ... told BBC Amharic that a drone strike on Tuesday killed
  // at least seven people": people of a place telling of an event that names no other place tell
  // of their own.
  const residents = RESIDENTS_OF_BEFORE.exec(pre);
  const told = residents ? TELLING_AFTER.exec(rest) : null;
  const toldEnd = told ? m.end - m.sentence.start + told.index + told[0].length : 0;
  if (told && events.some((e) => e.start >= toldEnd) && !PLACE_WORDS_AFTER.test(sentence.slice(toldEnd))) {
    return { role: 'incident', cue: `what "${residents![0].trim()} ${m.text}" told of` };
  }
  return { role: 'context', cue: NOT_SETTING_CUE };
}

// "Israeli strikes on Tayr Harfa and Naqoura": the names listed before are the event's objects
// too, whether or not the gazetteer knows them (when it does, the list rule already carries the
// first one's reading). Capitalized names only: "strikes on Russian positions and" lists no place.
const LISTED_NAME = String.raw`(?:(?:al|el|ad|as|ash|at|ar)-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|el|ad|as|ash|at|ar)-)?\p{Lu}[\p{L}'’-]*){0,2}`;
const NAMES_LISTED_BEFORE = new RegExp(String.raw`${LISTED_NAME}(?:,\s+${LISTED_NAME})*,?\s+and\s+$`, 'u');

/** The locative a list of names ending at the mention follows: "in the areas of X, Y, ". */
function listedLocative(pre: string): RegExpExecArray | null {
  const names = NAMES_LISTED_COMMA_BEFORE.exec(pre);
  const locative = names ? PLURAL_LOCATIVE_BEFORE.exec(pre.slice(0, names.index)) : null;
  // (The cue quotes the locative, then the list it stands before: "in the areas of … Kfar Kila".)
  if (locative) locative[0] = `${locative[0].trimEnd()} …`;
  return locative;
}
const NAMES_LISTED_COMMA_BEFORE = new RegExp(String.raw`${LISTED_NAME}(?:,\s+${LISTED_NAME})*,\s+$`, 'u');
/** A locative that opens a list of places of one kind: "in the areas of", "near the villages of". */
const PLURAL_LOCATIVE_BEFORE = /\b(?:in|near|around|on)\s+the\s+(?:areas|villages|towns|settlements|localities|communities)\s+of\s+$/i;

/** The event word whose objects a list ending at the mention names: "strikes on X, Y and ". */
function listedObject(pre: string): RegExpExecArray | null {
  const names = NAMES_LISTED_BEFORE.exec(pre);
  return names ? OBJECT_OF_EVENT.exec(pre.slice(0, names.index)) : null;
}

/** A person's part in an event, up to its place: "involved in the shelling of ". */
const PART_IN_EVENT_BEFORE = new RegExp(String.raw`\b${PART_IN_WORDS}\s+(?:the\s+)?(?:[\w-]+\s+){1,2}(?:of|on|in|against)\s+(?:the\s+)?$`, 'i');

/** Where an event was heard, felt or seen, up to the place: "was heard across the villages of". */
const HEARD_ACROSS_BEFORE = /\b(?:heard|felt|seen|visible)\s+(?:across|throughout|all\s+over|as\s+far\s+(?:away\s+)?as)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:of\s+(?:the\s+)?))?(?:[\p{L}'’-]+\s+(?:and\s+)?){0,3}$/iu;

/** After a route's first end: " – Feodosiya line", "-Kharkiv highway". */
const ROUTE_WORDS = String.raw`(?:line|road|highway|railway|motorway|route|rail\s+line|railway\s+line)`;
const ROUTE_NAME_AFTER = new RegExp(String.raw`^\s*[–—-]\s*\p{Lu}[\p{L}'’-]*\s+${ROUTE_WORDS}\b`, 'u');
/** Before a route's second end: "the Dzhankoy – ". */
const ROUTE_NAME_START_BEFORE = /\p{Lu}[\p{L}'’-]*\s*[–—-]\s*$/u;
const ROUTE_WORD_AFTER = new RegExp(String.raw`^\s+${ROUTE_WORDS}\b`);

/** After "In X": a spokesperson or official for an international body. */
// (Or an agency's acronym before its spokesperson: "In Geneva, OHCHR spokesperson Thameen
// Al-Kheetan said".)
// (Not "Fighting was reported on Saturday in Merawi": the passive tells the event's place.)
const INFORMED_IN_BEFORE = /\b(?<!(?:was|were|been)\s)(?:informed|declared|affirmed|indicated|specified|announced|said|stated)\s+(?:this|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+in\s+$/i;
const AIRED_BY_IN_BEFORE = /\b(?:aired|broadcast|carried|published|posted|read(?:\s+out)?)\s+(?:(?:a|an|the|its|his|her)\s+(?:[\w-]+\s+)?(?:statement|message|video|address|speech)\s+)?(?:on|by|over)\s+(?:[\w'’.-]+\s+){0,6}?(?:channel|television|tv|broadcaster|radio|news\s+agency|newspaper|website)\s+in\s+$/i;
const UN_SEAT_SPEAKER_AFTER = /^\s*,\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|envoy|diplomat|chief|secretary-general|ambassador)\b/i;
const INTL_SPEAKER_AFTER = /^\s*,\s+(?:(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|envoy|diplomat)s?\s+(?:for|of|at)\s+(?:the\s+)?(?:U\.?N\.?|United\s+Nations|NATO|EU|European\s+Union|State\s+Department|White\s+House|Pentagon|Kremlin)\b|(?:the\s+)?(?:U\.?N\.?\s+)?(?:OHCHR|UNHCR|UNICEF|WHO|WFP|OCHA|ICRC|IOM|UNRWA|IAEA|MSF)\s+(?:spokes(?:man|woman|person)|chief|head|official|director)\b|(?:the\s+)?U\.?N\.?\s+(?:[\w-]+\s+){0,3}?(?:chief|head|envoy|coordinator|commissioner|spokes(?:man|woman|person))\b)/;
/** A speech verb, then the speaker, placed: "said MSF's operations manager for Sudan in ". */
// ("...," said a member of the Human Rights Commission of Pakistan in Islamabad.)
const SAID_BY_PERSON_IN_BEFORE = /\b(?:said|says|told|added)\s+(?:[\w'’.-]+\s+){1,6}?(?:manager|director|coordinator|head|chief|spokes(?:man|woman|person)|official|representative|commander|member|researcher|analyst|activist|lawyer)\s+(?:[\w'’-]+\s+){0,8}?in\s+$/i;

/** One person placed in a city: "a community leader in ". */
const ONE_SPEAKER_IN_BEFORE = /\b(?:leader|leadership|official|officer|commander|chief|elder|administrator|commissioner|activist|resident|doctor|journalist|community|(?:information|press|media|operations)\s+cent(?:re|er))\s+(?:based\s+)?in\s+$/i;
/** Speaking next, past an aside: ", contacted by Eye Radio, said", "who sought anonymity because
 * he was not authorised to speak to the press said". */
const SPEAKS_SOON_AFTER =
  /^\s*(?:,[^,.;]{1,60},\s*|\s+who\s+(?:sought|requested|asked\s+for|spoke\s+on\s+condition\s+of)\s+anonymity\b[^,.;]{0,90}?\s+)?(?:said|says|told|added|confirmed|condemned|denounced|denied|called)\b/i;

/** Boats and river ports on a named water, up to its name: "a passenger boat traveling on the ". */
// (And crossings: "a Russian pontoon crossing over the Oskil at Dvorichna".)
const WATERWAY_BEFORE = /\b(?:boats?|barges?|ferry|ferries|canoes?|steamers?|river\s+port|fishermen|banks?|pontoons?|crossings?|bridges?|escape\s+routes?)\b[^.;,]{0,40}?\b(?:on|along|up|down|across|over)\s+the\s+$/i;

/** After a place: ", from where ... were fired". */
const FIRED_FROM_WHERE_AFTER = /^\s*,?\s+from\s+where\s+(?:[\w'’-]+\s+){0,5}?(?:were|was|had\s+been|have\s+been)\s+(?:fired|launched)\b/i;

/** The words after a launch verb's last "from", when the place ends them and nothing between
 * turns to a target: "from Tu-95 strategic bombers over the ". */
function launchPath(upTo: string): string | null {
  const verbs = [...upTo.matchAll(LAUNCH_VERB)];
  const verb = verbs.at(-1);
  if (!verb || upTo.length - verb.index > LAUNCH_REACH) return null;
  const rest = upTo.slice(verb.index);
  const from = [...rest.matchAll(/\bfrom\s+/g)].at(-1);
  if (!from) return null;
  const path = rest.slice(from.index + from[0].length);
  return LAUNCH_PATH_BREAK.test(path) ? null : path;
}
// ("The shelling of Shebekino was carried out from the area of Vovchansk".)
// ("the bomb was dropped by a Russian Su-34 from the airspace over the Belgorod region".)
const LAUNCH_VERB = /\b(?:launched|fired|took\s+off|entered|carried\s+out|dropped)\b/g;
/** How far back the launch verb may stand, in characters. */
const LAUNCH_REACH = 160;
/** Words that leave the launch for its target or another clause (or a named site then the path
 * it flew: "launched from Crimea over the Black Sea"). */
const LAUNCH_PATH_BREAK = /\b(?:at|on|onto|against|into|towards?|targeting|targeted|hit|hitting|struck|striking|killed|killing|damaged|damaging|destroyed|destroying|landed|landing|fell|falling|exploded|crashed|wounded|wounding|injured|injuring)\b|[;:]|,\s+(?!(?:\p{Lu}|and\s+\p{Lu}))|\b\p{Lu}[\p{L}'’-]*\s+(?:over|across)\s/u;

/** A campaign to be ended or halted, up to its place: "ends its offensive in". */
const CAMPAIGN_ENDED_BEFORE = /\b(?:end|ends|ended|ending|halt|halts|halted|halting|stop|stops|stopping|cease|ceases)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:war|offensive|campaign|aggression|assault|operations?|bombardment|siege|blockade)\s+(?:in|on|against)\s+(?:the\s+)?$/i;

/** People of a place: "Residents of", "villagers in the town of". */
const RESIDENTS_OF_BEFORE = /\b(?:residents|inhabitants|villagers|locals)\s+(?:of|in)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i;
/** After their place (and its units, up to a comma), their telling: "... told BBC that". */
const TELLING_AFTER = /^(?:\s+(?:town|village|city))?(?:\s+(?:in|of)\s+(?:the\s+)?[^,.;:]{0,60}?)?,?\s+(?:told|said|say|says|reported|recounted|described)\b/i;
/** A place word after the telling ("in Chuhuiv", "near the town of"): the event told is there. */
const PLACE_WORDS_AFTER = new RegExp(`\\b(?:in|at|near|on|outside|over)\\s+(?:the\\s+)?(?:(?:town|village|city|district)\\s+of\\s+)?(?!(?:${WEEKDAY_RE}|${MONTH_FULL_RE})\\b)\\p{Lu}`, 'u');
