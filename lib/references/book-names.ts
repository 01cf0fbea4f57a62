/**
 * English names and abbreviations of the 66 books (facts, not code from any
 * other project). Each entry lists the full names first, then a `|`, then the
 * abbreviations. Names are written as readers write them; the lookup table
 * (book-table.ts) normalises them to lower case without spaces or periods.
 *
 * Numbered books (1–2 Samuel, 1–3 John…) list only the part after the number;
 * book-table.ts combines it with every way of writing the number.
 */
import type { OsisBook } from '../bible/books';

export const BOOK_NAMES: Record<OsisBook, string> = {
  Gen: 'Genesis|Gen Ge Gn',
  Exod: 'Exodus|Exod Exo Ex Exd Exod',
  Lev: 'Leviticus|Lev Le Lv Levit Levi',
  Num: 'Numbers|Num Nu Nm Nb Numb',
  Deut: 'Deuteronomy|Deut Deu Dt De Deuter Duet',
  Josh: 'Joshua|Josh Jos Jsh',
  Judg: 'Judges|Judg Jdg Jg Jdgs Jgs',
  Ruth: 'Ruth|Rth Ru Rt Rut',
  '1Sam': 'Samuel|Sam Sa Sm Samuel S',
  '2Sam': 'Samuel|Sam Sa Sm S',
  '1Kgs': 'Kings|Kgs Kg Ki Kin Kngs King Kng Ks Kn Kns K',
  '2Kgs': 'Kings|Kgs Kg Ki Kin Kngs King Kng Ks Kn Kns K',
  '1Chr': 'Chronicles|Chr Chron Ch Chro Chrn Chrons Paralipomenon',
  '2Chr': 'Chronicles|Chr Chron Ch Chro Chrn Chrons Paralipomenon',
  Ezra: 'Ezra|Ezr Esra',
  Neh: 'Nehemiah|Neh Ne',
  Esth: 'Esther|Esth Est Es Esther Ester',
  Job: 'Job|Jb',
  Ps: 'Psalms Psalm|Ps Pss Psa Psm Pslm Psal Pslms Psals Pslam Salm Salms',
  Prov: 'Proverbs|Prov Prv Pr Prvbs Prvb Pro Pv',
  Eccl: 'Ecclesiastes Qoheleth|Eccl Eccles Ecc Ec Eccle Qoh Ecl Qo',
  Song: 'Song_of_Solomon Song_of_Songs Songs_of_Solomon Canticles Canticle_of_Canticles|Song Songs Sng SoS So Sg Cant Canticle Song_of_Sol S_of_S SS Sol Sgs Sngs',
  Isa: 'Isaiah|Isa Is Isai Ia',
  Jer: 'Jeremiah|Jer Je Jr Jere Jerem',
  Lam: 'Lamentations|Lam La Lm',
  Ezek: 'Ezekiel|Ezek Eze Ezk Ezekl Ez',
  Dan: 'Daniel|Dan Da Dn Dl',
  Hos: 'Hosea|Hos Ho Hs',
  Joel: 'Joel|Jl Joe',
  Amos: 'Amos|Am Amo Ams',
  Obad: 'Obadiah|Obad Ob Oba Obd Obadh',
  Jonah: 'Jonah|Jon Jnh Jona',
  Mic: 'Micah|Mic Mi Mc Mica',
  Nah: 'Nahum|Nah Na',
  Hab: 'Habakkuk|Hab Habak Habk Ha',
  Zeph: 'Zephaniah|Zeph Zep Zp Zph Ze',
  Hag: 'Haggai|Hag Hg Hagg Hgg',
  Zech: 'Zechariah|Zech Zec Zc Zach Zac Zch',
  Mal: 'Malachi|Mal Ml',
  Matt: 'Matthew|Matt Mt Mat Mtt Ma',
  Mark: 'Mark|Mk Mr Mrk Mar Mrc',
  Luke: 'Luke|Lk Luk Lu Lke',
  John: 'John|Jn Jhn Joh Jo Jhon Jonh Jh',
  Acts: 'Acts Acts_of_the_Apostles|Ac Act Acs',
  Rom: 'Romans|Rom Ro Rm Rms Roms',
  '1Cor': 'Corinthians|Cor Co Corinth Corin',
  '2Cor': 'Corinthians|Cor Co Corinth Corin',
  Gal: 'Galatians|Gal Ga Galat Gala Gl',
  Eph: 'Ephesians|Eph Ephes Ep Ephs Ephe',
  Phil: 'Philippians|Phil Php Pp Ph Phili Philip Phlp Phi Philipp',
  Col: 'Colossians|Col Coloss Cl Co',
  '1Thess': 'Thessalonians|Thess Thes Th Ths Thessal Thss',
  '2Thess': 'Thessalonians|Thess Thes Th Ths Thessal Thss',
  '1Tim': 'Timothy|Tim Ti Tm Timoth',
  '2Tim': 'Timothy|Tim Ti Tm Timoth',
  Titus: 'Titus|Tit Ti Tt',
  Phlm: 'Philemon|Phlm Philem Phm Phmn Phile Phlmn',
  Heb: 'Hebrews|Heb He Hbr Hebr Hb',
  Jas: 'James|Jas Jm Jms Ja Jam Jame',
  '1Pet': 'Peter|Pet Pe Pt Ptr Per P',
  '2Pet': 'Peter|Pet Pe Pt Ptr Per P',
  '1John': 'John|Jn Jhn Joh Jo Jhon Jonh Jh',
  '2John': 'John|Jn Jhn Joh Jo Jhon Jonh Jh',
  '3John': 'John|Jn Jhn Joh Jo Jhon Jonh Jh',
  Jude: 'Jude|Jud Jd Jde Ju',
  Rev: 'Revelation Revelations The_Revelation Apocalypse|Rev Re Rv Revel Apoc',
};

/** Ways of writing the number of a numbered book; the value is the number. */
export const BOOK_NUMBERS: Record<string, 1 | 2 | 3 | 4> = {
  '1': 1, i: 1, first: 1, '1st': 1,
  '2': 2, ii: 2, second: 2, '2nd': 2,
  '3': 3, iii: 3, third: 3, '3rd': 3,
  '4': 4, iv: 4, fourth: 4, '4th': 4,
};

/** "1–4 Kingdoms", the Septuagint's names for Samuel and Kings. */
export const KINGDOMS: OsisBook[] = ['1Sam', '2Sam', '1Kgs', '2Kgs'];

/**
 * Short abbreviations and variant spellings that are also words or names: capitalised, before
 * chapter:verse only, and not running on into prose ("Joe 2:30 tomorrow").
 */
const NEW_SHORT =
  'duet levi numb rut rt ester esra pro pv ss sol sgs sngs ia lm ez dl hs joe amo ams mica habk ha co ma zph ze hagg hgg zac zch gala gl ephe phi philipp hb ja jam jame jde ju qo';

export const LOOSE_NAMES = new Set(NEW_SHORT.split(' '));

/**
 * Names that are also ordinary words or first names. Written with a chapter
 * only ("Job 3", "Mark 2", "Numbers 5") they are left alone; they count as a
 * book only with chapter:verse. The list, plus a few first names.
 */
export const AMBIGUOUS_NAMES = new Set(
  ('job acts mark numbers song am is so mar pr rev ph ep est gal col phil dan john luke james ruth ' +
    'amos joel mic nah ex gen lev kings ' +
    // Further words and first names that are usually not the book when a bare number follows.
    'daniel joshua jonah ezra esther titus micah hosea timothy peter samuel chronicles ' +
    'judges songs act jo joe ac he es la le ho na mi ma ti re pe sa ch th co ro cor hab hag mal ' +
    'acts_of_the_apostles canticle ' +
    // Short and variant spellings read only before chapter:verse ("Rt 1:1", "Ja 2:1", "Esra 3:2").
    NEW_SHORT).split(' '),
);

/** Lower-case words that are never a book even when a chapter:verse follows. */
export const CASE_SENSITIVE_WORDS = new Set(
  (`am is so mar pr ph ep ex he la le ho na mi ma es re pe sa co ro job act acts song songs mark numbers ${NEW_SHORT}`).split(' '),
);

/**
 * Abbreviations that are not English words, first names or common acronyms: like a full name,
 * they may stand before a chapter alone ("Heb 11", "Deut 6", "1 Cor 13"), written with a capital.
 * The numbered ones count after their number only. Left out on purpose: Gen (generation), Lev,
 * Num, Josh, Dan, Mic, Mal, Matt, Mat, Mk (Mark II cars), Gal, Phil, Col, Rev, Tit, Lam, Hag.
 */
export const CHAPTER_ABBREVIATIONS = new Set(
  'exod deut judg jdg neh esth ps pss psa prov eccl eccles isa jer ezek hos obad hab zeph zech mt lk jn jhn rom eph heb jas cor sam kgs chr chron thess thes tim pet'.split(' '),
);

/** Of those, the ones that are acronyms in capitals ("PS 5", "ROM", "MT", "HAB"): only as "Ps 23", "Rom 8". */
export const TITLE_CASE_ONLY = new Set('ps psa pss rom mt lk jn hab'.split(' '));

/**
 * Words before a book whose name is also a word or first name that make a chapter after it a
 * citation: "as we read in Acts 2", "recorded in Job 3", "according to Mark 4".
 */
export const CITATION_BEFORE_IN = new Set('read reads reading written recorded described told found taught'.split(' '));

/** Verbs after "Acts 2" that make it a citation: "Acts 2 tells how…". */
export const CITATION_VERBS = new Set('tells recounts narrates describes records teaches'.split(' '));
