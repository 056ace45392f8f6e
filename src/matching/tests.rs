use super::index::*;
use super::similarity::*;
use super::*;

fn sim(a: &str, b: &str) -> f64 {
    similarity(&normalize(a), &normalize(b)).score
}

/// The key of the best hit at the default threshold.
fn best(idx: &NameIndex, query: &str) -> Option<u32> {
    idx.search(query, DEFAULT_THRESHOLD).first().map(|h| h.key)
}

#[test]
fn a_short_word_alike_only_as_letters_is_another() {
    assert_eq!(sim("RKS", "РКЦ"), WEAK_WORDS_SCORE);
    assert_eq!(sim("SEZ", "АО СЭМЗ"), WEAK_WORDS_SCORE);
    assert_eq!(sim("BAS", "АО «Холдинговая Компания «Ак Барс»"), WEAK_WORDS_SCORE);
    assert_eq!(sim("Bion Group Ltd", "ООО «Бизон»"), WEAK_WORDS_SCORE);
    // Spellings of one word, English `s` between vowels as `з` among them.
    assert_eq!(sim("Bizon", "Бизон"), 1.0);
    assert_eq!(sim("LLC Bison", "ООО «Бизон»"), 0.97);
    assert!(sim("Majak", "Маяк") >= 0.95);
}

#[test]
fn initials_of_the_kind_of_body_each_way_set_aside() {
    // Each name's initials match nothing in the other: set aside, at
    // most KIND_INITIALS_SCORE, and said so.
    let s = similarity(&normalize("JSC ICC Kvartandr"), &normalize("Акционерное Общество «ПКК Квартандр»"));
    assert_eq!(s.score, KIND_INITIALS_SCORE, "{s:?}");
    assert!(s.features.iter().any(|f| f.contains("(icc | pkk)")), "{s:?}");
    // Without them the name alone is not much (0.5 before).
    assert!(sim("JSC ICC Kvartandr", "АО «ПКК Ворта»") < 0.6);
    // Not when what is left alike is a word of the dictionary (`bank`).
    assert!(sim("Bank VORTA", "ПАО «Банк ПСБ»") < 0.7, "{}", sim("Bank VORTA", "ПАО «Банк ПСБ»"));
    // Nor when only one name has such initials.
    assert!(sim("JSC Kvartandr Vorta", "АО «ПКК Квартандр»") < KIND_INITIALS_SCORE);
    // Nor in names of one script.
    assert!(sim("JSC ICC Kvartandr", "JSC PKK Kvartandr") < 0.6);
    assert!(sim("АО «ИКК Квартандр»", "АО «ПКК Квартандр»") < 0.6);
}

#[test]
fn same_name_across_scripts_and_legal_forms() {
    // `ю` and `-ый` as German and Polish write them, against a word
    // the other name translates (`Южный`, southern).
    assert!(sim("Juzhnyj Port", "Южный порт") >= 0.95);
    assert!(sim("Majak", "Маяк") >= 0.95);
    assert_eq!(sim("ООО «Ромашка»", "Romashka LLC"), 1.0);
    assert_eq!(sim("Korvelin Dış Ticaret A.Ş.", "KORVELIN DIS TICARET ANONIM SIRKETI"), 1.0);
    // `Sanayi ve Ticaret`, industry and trade, before a Turkish form; a
    // state corporation; a bank `of Russia`.
    assert!(sim("Korvelin General Trading", "KORVELIN GENERAL TRADING GIDA SANAYI VE TICARET ANONIM SIRKETI") >= 0.95);
    assert_eq!(sim("Госкорпорация Квартенор", "Kvartenor State Corporation"), 1.0);
    assert_eq!(sim("Государственная корпорация Квартенор", "Kvartenor State Corporation"), 1.0);
    assert!(sim("Kvartabank", "Public Joint Stock Company Kvartabank of Russia") >= 0.95);
    assert_eq!(sim("Kontsern Sirius JSC", "АО «Концерн «Сириус»"), 1.0);
    // A non-public joint stock company (НАО) in English.
    assert_eq!(sim("NJSC Velmorash", "НАО «Велмораш»"), 1.0);
    // `Управляющая`, managing, is how English writes management too.
    assert_eq!(sim("Velmora Management Company", "Управляющая Компания Велмора"), 1.0);
    // A brand that is a word is no translation of it: `Союз` (Soyuz)
    // is no Association.
    assert!(sim("АО «Союз»", "Association") < 0.9);
    assert!(sim("ООО «Победа»", "Victory LLC") < 0.9);
    // A bank's legal form in its languages (АКБ).
    assert_eq!(sim("АКБ «Кварта-Банк»", "Joint Stock Commercial Bank Kvarta-Bank"), 1.0);
    assert_eq!(sim("Акционерный коммерческий банк «Квартабанк»", "JSCB KVARTABANK"), 1.0);
    // A translated common word costs a little.
    assert!(sim("Sirius Concern JSC", "АО «Концерн «Сириус»") >= 0.8);
    // Word order and a spelling variant.
    assert!(sim("Tingyao Electronics Trading Limited", "Electronics Tingjao Trading Ltd") >= 0.9);
}

#[test]
fn abbreviations_match_the_initials_of_full_names() {
    assert_eq!(sim("АО «ЦКБА»", "Акционерное Общество «Центральное Конструкторское Бюро Автоматики»"), 0.92);
    assert_eq!(sim("CDBA", "АО «Центральное Конструкторское Бюро Автоматики»"), 0.92);
    let mut idx = NameIndex::new();
    idx.add(7, "Акционерное Общество «Центральное Конструкторское Бюро Автоматики»");
    assert_eq!(best(&idx, "JSC TsKBA"), Some(7));
    // Two-word names have no initials to match.
    assert!(sim("AB", "Alpha Beta") < 0.9);
    // A one-word name and the same word with the person it is named after,
    // found both ways through the index; two plants named after two people differ.
    assert_eq!(sim("TANTK", "ПАО «ТАНТК им. Г.М. Бериева»"), 1.0);
    let mut idx = NameIndex::new();
    idx.add(3, "TANTK");
    assert_eq!(best(&idx, "ПАО «ТАНТК им. Г.М. Бериева»"), Some(3));
    assert!(sim("Plant named after A.A. Kulakov", "Завод имени В.А. Дегтярева") < 0.9);
    // So too where one is named before the body it belongs to (0.87
    // when the person went unseen and was set aside).
    let valiev = "Физико-Технологический Институт имени К.А. Валиева Российской Академии Наук";
    assert!(sim("Physical-Technical Institute named after A.F. Ioffe", valiev) < 0.7);
    assert!(sim("Physical-Technological Institute named after K.A. Valiev", valiev) > 0.9);
    // Longer names: the person one of them leaves out is set aside, as
    // partial evidence, when a distinctive word is shared; found both
    // ways through the index.
    let raduga = "АО «Государственное Машиностроительное Конструкторское Бюро «Радуга» имени А.Я. Березняка»";
    assert_eq!(sim("JSC State Machine-Building Design Bureau Raduga", raduga), HONOREE_SCORE);
    let mut idx = NameIndex::new();
    idx.add(4, raduga);
    assert_eq!(best(&idx, "JSC State Machine-Building Design Bureau Raduga"), Some(4));
    let mut idx = NameIndex::new();
    idx.add(5, "JSC State Machine-Building Design Bureau Raduga");
    assert_eq!(best(&idx, raduga), Some(5));
    // Common words alone left: not enough.
    let dukhov = "ФГУП «Всероссийский Научно-Исследовательский Институт Автоматики им. Н.Л. Духова»";
    assert!(sim("Vserossiyskiy Nauchno-Issledovatelskiy Institut Radiotekhniki", dukhov) < 0.9);
    // Initials that spell a legal form (`А.С.`, a.s.) are initials.
    assert_eq!(sim("JSC “GZAS”", "АО «ГЗАС им. А.С. Попова»"), 1.0);
}

#[test]
fn initials_of_a_name_in_the_other_language_held_by_one_party_alone() {
    let initials = |name: &str| normalize(name).rendered_initials;
    // `Корпорация` where it stands, though the tokens leave it out.
    assert!(initials("ПАО «Объединенная Авиастроительная Корпорация»").contains(&"uac".to_string()));
    // Translators' other words: Cartridge Plant, Ammunition Works.
    let barnaul = initials("Акционерное Общество «Барнаульский Патронный Завод»");
    for i in ["bap", "bcp", "baw", "bcf"] {
        assert!(barnaul.contains(&i.to_string()), "{i} in {barnaul:?}");
    }
    // Without the kind of body before the name, or the person after.
    assert!(initials("ООО НПО «Ижевские Беспилотные Системы»").contains(&"ius".to_string()));
    let iss = "АО ‘Информационные Спутниковые Системы’ Имени Академика М.Ф. Решетнёва";
    assert_eq!(initials(iss), ["iss"]);
    // The kind of body after a place's name, as English puts it.
    let mipt = initials(
        "Федеральное Государственное Автономное Образовательное Учреждение Высшего Образования «Московский Физико-Технический Институт»",
    );
    assert!(mipt.contains(&"mipt".to_string()) && mipt.contains(&"mpti".to_string()), "{mipt:?}");
    // Two words are no initials.
    assert!(initials("ООО «Русские машины»").is_empty());
    // A name in Latin letters by its words as written, and as Russian
    // gives them (four letters or more: `ОАК`, `БПЗ` are too few).
    assert_eq!(initials("United Aircraft Corporation"), ["uac"]);
    assert_eq!(initials("Barnaul Cartridge Plant, JSC"), ["bcp"]);
    assert_eq!(initials("Center for Integrated Unmanned Solutions"), ["cius", "ius", "tskbr"]);

    let mut idx = NameIndex::new();
    idx.add(1, "Акционерное Общество «Барнаульский Патронный Завод»");
    idx.add(2, "ООО «Ромашка»");
    // Three letters stand for many a company the lists do not hold
    // (`TDK`, `KIA`): below the default threshold.
    assert!(idx.search("BCP", DEFAULT_THRESHOLD).is_empty());
    let hits = idx.search("BCP", 0.8);
    assert_eq!(hits.iter().map(|h| h.key).collect::<Vec<_>>(), [1]);
    assert_eq!(hits[0].similarity.score, SHORT_ACRONYM_SCORE);
    assert!(hits[0].similarity.features.iter().any(|f| f.contains("bcp is the initials of barnaulskiy")));
    // Written small, it may be a word: not raised.
    assert!(idx.search("Bcp", 0.8).is_empty());
    // The other way round: the full name finds the party listed by its initials.
    let mut idx = NameIndex::new();
    idx.add(1, "JSC BCP");
    idx.add(2, "ООО «Ромашка»");
    assert_eq!(idx.search("АО «Барнаульский патронный завод»", 0.8).first().map(|h| h.key), Some(1));
    // A word written as words are is no initials (`Beta Ltd`, `Mars`);
    // in capitals it may be, in a name with case or without it.
    let full = "Bashkir Electronic Telecommunication Association";
    assert!(sim("Beta Ltd", full) < DEFAULT_THRESHOLD, "{}", sim("Beta Ltd", full));
    assert!(sim("Mars", "Moscow Aviation Research Society") < DEFAULT_THRESHOLD);
    assert_eq!(sim("BETA Ltd", full), ACRONYM_SCORE);
    assert_eq!(sim("BETA LTD", full), ACRONYM_SCORE);
    // Four letters or more: at the default threshold.
    let mut idx = NameIndex::new();
    idx.add(1, "ФГАОУ «Московский Физико-Технический Институт»");
    assert_eq!(idx.search("MIPT", DEFAULT_THRESHOLD).first().map(|h| h.similarity.score), Some(ACRONYM_SCORE));
    // Not a person's initials.
    let mut idx = NameIndex::new();
    idx.add(1, "Алена Михайловна Демидова");
    assert!(idx.search("AMD", 0.8).is_empty());
    // Initials two parties have stand for neither (`Белорусская
    // компания полимеров`, Belarusian Polymers Company, is `bcp` too).
    let mut idx = NameIndex::new();
    idx.add(1, "Акционерное Общество «Барнаульский Патронный Завод»");
    idx.add(3, "ООО «Белорусская Компания Полимеров»");
    assert!(idx.search("BCP", 0.8).is_empty());
    // Russian initials of an English name (`ЦКБР`: Центр комплексных
    // беспилотных решений).
    let mut idx = NameIndex::new();
    idx.add(1, "Center for Integrated Unmanned Solutions LLC");
    idx.add(2, "ООО «Ромашка»");
    assert_eq!(best(&idx, "ООО ‘ЦКБР’"), Some(1));
    // Nor do initials another party's name has as transliterated
    // (`Astrakhansky Sudoremontny Zavod`, `asz`, not `ПАО «АСЗ»`).
    let mut idx = NameIndex::new();
    idx.add(1, "Астраханский Судоремонтный Завод");
    idx.add(2, "ПАО «АСЗ»");
    let hits = idx.search("Astrakhansky Sudoremontny Zavod", 0.8);
    assert_eq!(hits[0].key, 1);
    assert!(hits.iter().all(|h| h.key == 1 || h.similarity.score < ACRONYM_SCORE), "{hits:?}");
    // Nor does a word that another party's name is.
    let mut idx = NameIndex::new();
    idx.add(1, "Акционерное Общество «Барнаульский Патронный Завод»");
    idx.add(4, "BCP Trading");
    idx.add(4, "BCP");
    assert_eq!(best(&idx, "BCP"), Some(4));
    assert_eq!(idx.search("BCP", 0.8).len(), 1);
    // Nor the initials of a kind of body written as initials and a word
    // of the name's own (`OKB Mayak`: any OKB whose word starts with M).
    let mut idx = NameIndex::new();
    idx.add(1, "OKBM LLC");
    idx.add(2, "ООО «Ромашка»");
    for q in ["OKB Mayak", "ОКБ «Маяк»", "NII Delta JSC"] {
        assert!(idx.search(q, 0.8).is_empty(), "{q}");
    }
    assert_eq!(best(&idx, "Experimental Design Bureau of Machine Building"), Some(1));
}

#[test]
fn spellings_of_one_word_and_words_kept_apart() {
    for (a, b) in [("Пётр", "Pyotr"), ("Ёлка", "Yolka"), ("Объект", "Obyekt"), ("Артём", "Artyom")] {
        assert_eq!(sim(a, b), 0.97, "{a} / {b}");
    }
    let mut idx = NameIndex::new();
    idx.add(1, "ООО «Ёлка»");
    assert_eq!(best(&idx, "Yolka LLC"), Some(1));
    // A word and one consonant more at its end is another word (a review:
    // `Elekond`, a capacitor maker, was also found as `Zavod Elecon`), but
    // not an English plural nor a Russian ending.
    for (a, b) in [("Elekon", "Elekond"), ("Planar", "Planart"), ("Kronos", "Kronost")] {
        assert!(sim(a, b) < DEFAULT_THRESHOLD, "{a} / {b}: {}", sim(a, b));
    }
    for (a, b) in [("Sirius", "Siriuss"), ("Almaz", "Almazy"), ("Kirov", "Kirova")] {
        assert!(sim(a, b) >= 0.95, "{a} / {b}: {}", sim(a, b));
    }
    // A place and its adjective, the place's final vowel dropped or
    // not; not a word that merely begins with the place.
    for (a, b) in [("Penza Radio Plant", "Пензенский Радиозавод"), ("Ufa Engine Plant", "Уфимский Моторный Завод")]
    {
        assert!(sim(a, b) >= 0.95, "{a} / {b}: {}", sim(a, b));
    }
    assert!(place_and_adjective("ude", "udenskiy") && place_and_adjective("perm", "permskaya"));
    // After a long stem the final vowel drops before `-sk-`.
    assert!(place_and_adjective("kvartovo", "kvartovskiy") && !place_and_adjective("ufa", "ufskiy"));
    assert!(sim("Kvartovo Institute of Sciences", "Квартовский Институт Наук") >= 0.95);
    assert!(places_of("kvartovskiy").contains(&"kvartovo".to_string()));
    assert!(!place_and_adjective("penza", "penzoil") && !place_and_adjective("ufa", "ufimtsev"));
    assert!(!place_and_adjective("lenos", "lenoseks") && !place_and_adjective("nero", "nerisko"));
    // Names that go on otherwise, and short words another town's stem.
    for (a, b) in [("ivan", "ivanovskaya"), ("lena", "leninskaya"), ("alta", "altayskiy"), ("kura", "kurskiy")] {
        assert!(!place_and_adjective(a, b), "{a} / {b}");
    }
    assert!(!place_and_adjective("tom", "tomskaya") && !place_and_adjective("kir", "kirovskiy"));
    assert!(sim("Ivan Trading LLC", "ООО Ивановская торговая компания") < 0.9);
    assert_eq!(sim("Limited Liability Company “Unitech”", "ООО «Юнитек»"), 0.97);
    // Not any `-ech` against `-ek`.
    for (a, b) in [("Lech SA", "Lek SA"), ("ООО «Меч»", "ООО «Мек»")] {
        assert!(sim(a, b) < 0.9, "{a} / {b}");
    }
    // English `-tion` as Russian `-ция` in any case, the stems alike.
    assert!(sim("Commercialization Center", "Центр Коммерциализации") >= 0.97);
    assert!(sim("Modernization Plant", "Завод Модернизации") >= 0.97);
    assert!(sim("Innovation Agency", "Агентство инноваций") >= 0.97);
    assert!(sim("Mobilization Plant", "Завод Модернизации") < 0.9);
    // English `-ics` as Russian `-икс`.
    assert!(sim("Mechatronics", "Мехатроникс") >= 0.97);
    // English tch and cs inside a word; CS at the start is two letters.
    assert_eq!(sim("Lutch JSC", "АО «Луч»"), 0.97);
    assert_eq!(sim("JSC ENICS", "АО «ЭНИКС»"), 0.97);
    assert!(sim("CS Vorta", "ЦС «Ворта»") >= 0.97);
    // `u` after `a` or `e` as `в` (`Aurora`, `Аврора`), not elsewhere.
    assert_eq!(sim("Aurora JSC", "АО «Аврора»"), 0.97);
    assert!(sim("Louis JSC", "АО «Ловис»") < 0.9);
    let mut idx = NameIndex::new();
    idx.add(2, "АО «Аврора»");
    assert_eq!(best(&idx, "Aurora JSC"), Some(2));
    // Long words whose spellings differ in vowels alone: an English word
    // spelt in Russian; not shorter ones.
    assert_eq!(sim("LLC Chipdevice", "ООО «Чипдевайс»"), SAME_CONSONANTS_SCORE);
    assert!(sim("Trading House Tradetools", "Торговый Дом Трейдтулс") >= SAME_CONSONANTS_SCORE);
    assert!(sim("Kvarton LLC", "ООО «Квертан»") < 0.9);
    // A form of a surname spelt otherwise.
    assert!(sim("Wagner Group", "Группа Вагнера") >= INFLECTED_SPELLING_SCORE);
    // ГК is a group (of companies).
    assert!(sim("Kvartagroup-SMT Group of Companies LLC", "ООО ГК Квартагрупп-СМТ") >= 0.95);
    // A legal form misspelt by a letter, and a Ukrainian one.
    assert_eq!(sim("Kvarta Limited Liablity Company", "ООО «Кварта»"), 1.0);
    assert_eq!(sim("Акціонерна компанія «Кварта»", "JSC Kvarta"), 1.0);
    // One first part, other second ones: other words; spellings of one
    // compound keep their consonants.
    for (a, b) in [
        ("ООО «Аэроскан»", "Aerokon LLC"),
        ("ООО «Аэроскан»", "Aeromaks LLC"),
        ("АО «ГосНИИмаш»", "GosNIIAS"),
        ("АО «Госниип»", "GosNIIAS"),
    ] {
        assert!(sim(a, b) < 0.9, "{a} / {b}");
    }
    // A first part of three letters too (`ship`: shipping, shipbuilding).
    let (a, b) = ("shipping", "shipbuilding");
    assert!(token_similarity(a, b, &skeleton(a), &skeleton(b)) <= OTHER_START_SCORE);
    // German and Polish `ч` is one sound, not another end.
    assert!(sim("Sobtschak", "Sobchak") >= 0.9 && sim("Sobczak", "Собчак") >= 0.9);
    // `ю` as `ju` and `iu` alike, also for the index of short words; a
    // bank is a joint stock company, not a limited liability one.
    assert!(sim("Jug", "Iug") >= 0.9 && sim("Iulia", "Julia") >= 0.9);
    assert!(sim("АКБ «Алмаз»", "ООО «Алмаз»") < 0.9);
    for (a, b) in [
        ("ООО «Инвестнефтетрейд»", "Investneftetrade LLC"),
        ("АО «Дагдизель»", "Dagdiesel JSC"),
        ("ООО «Ассистагро»", "Assistrago LLC"),
        ("ООО «Радиоавтоматика»", "Radioautomatic LLC"),
    ] {
        assert!(sim(a, b) >= 0.9, "{a} / {b}");
    }
    // Alike ends, other beginnings: other words.
    for (a, b) in
        [("АО «Росэлектроника»", "Promelektronika"), ("Rostelekom", "Promtelekom"), ("Techinvest", "Promtechinvest")]
    {
        assert!(sim(a, b) < 0.9, "{a} / {b}");
    }
}

#[test]
fn general_words_of_the_trade_translate() {
    // Words from a word list of the trade, not from the lists' misses.
    for (a, b) in [
        ("ООО «Экспедирование грузов Кварт»", "Kvart Cargo Forwarding LLC"),
        ("АО «Квартский судоремонт»", "JSC Kvart Ship Repair"),
        ("Квартский завод клапанов", "Kvart Valve Plant"),
        ("Квартский завод станков и приводов", "Kvart Machine Tools and Drives Plant"),
        ("АО «Квартовский завод лёгких сплавов»", "JSC Kvartovo Light Alloys Plant"),
        ("Квартский полигон", "Kvart Testing Ground"),
    ] {
        assert!(sim(a, b) >= DEFAULT_THRESHOLD, "{a} / {b}: {}", sim(a, b));
    }
    // A word the Latin letters write is not taken for a Russian one
    // (`Polk`, `Malaya`, `Stanki` as `stantsii`, station).
    assert!(sim("Polk Industries", "Regiment Industries") < 0.8);
    assert!(sim("Malaya Trading", "Small Trading") < 0.8);
}

#[test]
fn spelling_variants_and_translated_organisation_words() {
    assert!(sim("JSC “Scientific and Production Association ‘Basalt’”", "АО “НПО ‘Базальт’”") >= 0.95);
    assert!(sim("OOO Robin Treid", "Общество с Ограниченной Ответственностью «Робин Трейд»") >= 0.95);
    assert!(sim("Severnaya Shipyard", "Судостроительный Завод «Северная Верфь»") >= 0.9);
    assert!(sim("Izhevsk Radioplant", "ИЖЕВСКИЙ РАДИОЗАВОД") >= 0.95);
    assert!(sim("For Truth LLC", "ООО «За правду»") >= 0.9);
    // `х` before a consonant written `c` (`Tecmash`, `Техмаш`).
    assert_eq!(sim("Kvartecmash LLC", "ООО «Квартехмаш»"), 0.97);
    assert!(sim("Kvartekhmash LLC", "ООО «Квартехмаш»") >= 0.95);
    assert!(sim("Omsk Production Union Irtysh JSC", "АО «Омское Производственное Объединение «Иртыш»") >= 0.95);
    assert!(sim("Zavolzhsky Crawler Tractor Plant", "Заволжский завод гусеничных тягачей") >= 0.95);
    // Not `Стиль` as steel (it is style), nor the brand Caterpillar as tracked.
    assert!(sim("Steel LLC", "ООО «Стиль»") < 0.9);
    assert!(sim("Caterpillar Parts", "Гусеничные Детали") < 0.5);
    assert!(sim("Cannon Plant", "Пушечный завод") >= 0.95);
    // A metallurgical combine, as English names it.
    assert!(sim("Kvartogorsk Iron and Steel Works", "ПАО «Квартогорский металлургический комбинат»") >= 0.95);
    // Compounds of a known first part and a known word, either side.
    assert_eq!(sim("Research Institute of Hydrocommunication", "НИИ Гидросвязи"), 1.0);
    assert_eq!(sim("JSC Microtechnology", "АО «Микротехника»"), 1.0);
    assert_eq!(sim("Chemcomposite", "Химкомпозит"), 1.0);
    // An English word that begins with a first part's English word is
    // no compound (`Chemicals`: not chemical and `icals`).
    assert_eq!(normalize("Chemicals").tokens, ["chemistry"]);
    assert_eq!(sim("Chemicals", "Chemical"), 1.0);
    // A word the translations give stays whole (`electromechanical`).
    assert!(sim("Kizlyar Electromechanical Plant", "Кизлярский Электромеханический Завод") >= 0.95);
    // A compound stays one word: its second part alone is another
    // name (`Связь`, `Радиосвязь`), and its parts may be common words.
    assert!(sim("NPP Svyaz", "НПП «Радиосвязь»") < 0.5);
    assert_eq!(normalize("ООО «Электросистемы»").tokens, ["electrosystems"]);
    // A rest the translations do not know stays as spelled, after the
    // first part's English word (`Гидросервис`: hydroservis).
    assert_eq!(sim("Hydroservice", "Гидросервис"), 0.97);
    assert_eq!(normalize("Microsoft").tokens, ["microsoft"]);
    assert!(sim("Polymer Training Center", "Центр обучения полимерам") >= 0.95);
    // General words of organisation names (invented names), and a
    // compound of `нефте-` (not `oil` and `ebaza`).
    assert!(sim("Velmor Heavy Machine Building Plant", "Велморский завод тяжелого машиностроения") >= 0.95);
    assert!(sim("Kordan Underwater Demining Center", "Центр подводного разминирования «Кордан»") >= 0.95);
    assert!(sim("Tarvel Cable Plant", "Тарвельский кабельный завод") >= 0.95);
    assert_eq!(normalize("Нефтебаза").tokens, ["oil", "depot"]);
    assert_eq!(normalize("Нефтехранилище").tokens, ["oilkhranilishche"]);
    // English phrases for one Russian word, and initials of a kind of body.
    assert!(sim("Kordan Oil Refinery", "Корданский нефтеперерабатывающий завод") >= 0.9);
    assert!(sim("Kordan Aircraft Building Plant", "Корданский авиастроительный завод") >= 0.95);
    assert!(sim("Kordan Heavy Engineering Plant", "Корданский завод тяжелого машиностроения") >= 0.95);
    assert_eq!(sim("Kordan Trading House", "ТД Кордан"), 1.0);
    assert_eq!(sim("Kordan Research and Design Institute", "НИПИ Кордан"), 1.0);
    assert_eq!(sim("Kordan UAV Plant", "Кордан завод БПЛА"), 1.0);
    assert_eq!(sim("Private Unitary Enterprise Kordan", "Частное унитарное предприятие «Кордан»"), 1.0);
    // Not initials, words or legal forms that foreign names and
    // surnames hold (`Niki`, `Odo`, `Polk`, `Zolotov`, `Tovarna`).
    assert!(sim("Niki Shipping S.A.", "Shipping Research Design Institute") < 0.8);
    assert!(sim("Odo Systems Ltd", "Chup Systems Ltd") < 0.8);
    assert!(sim("Polk Industries", "Regiment Industries") < 0.8);
    assert!(sim("Zolotov Trading LLC", "Gold Trading LLC") < 0.8);
    assert!(sim("Tyazhelov Trading", "Heavy Trading") < 0.8);
    assert!(sim("Kordan Tovarna d.o.o.", "Kordan Goods d.o.o.") < 0.9);
    assert!(sim("Zabaykalsk Terminal", "Transbaikal Terminal") < 0.8);
    assert!(sim("Корданский завод электрических аппаратов", "Kordan Electric Vehicles Plant") < 0.9);
    assert!(sim("Корданский завод снаряжения", "Kordan Gear Plant") < 0.9);
    assert!(sim("Дипломатическая академия Кордан", "Kordan Diplomatic Academy") >= 0.95);
    // Spellings of one sound (`qu`/`кв`, `ii`/`й`), Latin letters typed
    // into a Cyrillic word, and words translated with a dictionary.
    assert!(sim("Sequoia JSC", "АКЦИОНЕРНОЕ ОБЩЕСТВО ‘СЕКВОЙЯ’") >= 0.95);
    assert_eq!(sim("AO BALTIISKAYA PROMYSHLENNAYA KOMPANIYA", "АО “Балтийская Промышленная Компания”"), 1.0);
    assert_eq!(sim("Ostek Servis LLC", "ООО “Остек-Cepвиc”"), 1.0);
    // A word and two letters more is another word, unless they are a
    // country's code written into the name.
    assert!(sim("ООО «Гарант»", "Garantex") < DEFAULT_THRESHOLD);
    assert!(sim("Vektor", "Vektorex") < DEFAULT_THRESHOLD);
    assert!(sim("Kvartina LLC", "OOO КВАРТИНАУК") >= DEFAULT_THRESHOLD);
    assert!(sim("Kvartina Boxes", "Kvartina Box") >= DEFAULT_THRESHOLD);
    // And Cyrillic letters typed into a Latin word: one `е` would hide it.
    assert_eq!(sim("T\u{435}xco FZE", "Texco FZE"), 1.0);
    assert_eq!(sim("V\u{43E}lna Tr\u{430}ding L\u{422}D", "Volna Trading Ltd"), 1.0);
    // A word with as many Cyrillic letters as Latin ones is read in Cyrillic.
    assert_eq!(normalize("Te\u{43A}\u{441}").tokens, ["teks"]);
    assert_eq!(sim("JSC Tula Arms Plant", "АО «Тульский оружейный завод»"), 1.0);
    assert!(sim("Crimea Railway", "Крымская железная дорога") >= 0.95);
    // The person a name is named after, with an initial that reads as
    // a joining word (`И.`); `so-called`; a stem spelled otherwise.
    assert_eq!(sim("INEUM", "ПАО «ИНЭУМ им. И.С. Брука»"), 1.0);
    assert_eq!(sim("So-called ‘Luhansk Guard’", "‘Луганская гвардия’"), 1.0);
    assert!(
        sim("Nacionalnoye Agrarnoye Obyedinenie Massandra", "Национальное аграрное объединение «Массандра»") >= 0.95
    );
    // The body a name says the organisation belongs to, left out.
    assert!(sim("929 GLITs", "929 ГЛИЦ Министерства обороны") >= 0.93);
    // Partial evidence: above the default threshold, below a strict one.
    assert_eq!(sim("Institute of Catalysis", "Институт Катализа Сибирского Отделения Российской Академии Наук"), 0.93);
    // Russian state security and military bodies by their initials.
    assert!(sim("FSB of Russia", "Федеральная служба безопасности Российской Федерации") >= 0.95);
    assert_eq!(sim("GRU General Staff", "Главное разведывательное управление Генерального штаба"), 1.0);
    assert_eq!(sim("Military Unit 29155", "Войсковая часть 29155"), 1.0);
    // Ukrainian legal forms.
    assert_eq!(sim("OJSC Peleng", "Відкрите акціонерне товариство «Пеленг»"), 1.0);
    assert_eq!(sim("Test LLC", "Товариство з обмеженою відповідальністю «Тест»"), 1.0);
    // Belarusian legal forms and words.
    assert_eq!(sim("OJSC Peleng", "Адкрытае акцыянернае таварыства «Пеленг»"), 1.0);
    assert_eq!(sim("LLC Minsk Production Association", "ТАА «Мінскае вытворчае аб'яднанне»"), 1.0);
    // English words of a Russian name, written in Cyrillic.
    assert_eq!(sim("Power Telecom LLC", "ООО «Пауэр Телеком»"), 1.0);
    assert_eq!(sim("Avant Space LLC", "ООО «Авант - Спэйс»"), 1.0);
    assert_eq!(sim("ID Solution LLC", "ООО «Айди Солюшн»"), 1.0);
    assert_eq!(sim("Device Consulting", "ООО «Девайс Консалтинг»"), 1.0);
    assert_eq!(sim("Advanced Cloud Design", "ООО «Эдвансд Клауд Дизайн»"), 1.0);
    // A spelling skeleton is found through the index too.
    let mut idx = NameIndex::new();
    idx.add(3, "ООО «МЦКТ»");
    assert_eq!(best(&idx, "LLC MCCT"), Some(3));
}

#[test]
fn chinese_names_against_their_english_renderings() {
    assert_eq!(sim("深圳市比广贸易有限公司", "Shenzhen Biguang Trading Co. Ltd"), 1.0);
    assert!(sim("美欣電子(香港)有限公司", "Mei Xin Electronic (HK) Co., Limited") >= 0.95);
    assert!(sim("香港凱利實業有限公司", "Kaili Industrial HK Limited") >= 0.95);
    // Another brand in the same city and trade stays apart.
    assert!(sim("深圳市比广贸易有限公司", "Shenzhen Dongli Trading Co. Ltd") < 0.6);
    // The syllable `ao` (奥) is no Russian legal form here; 澳门 is Macau.
    assert_eq!(sim("深圳市奥特电子有限公司", "Shenzhen Aote Electronic Co., Ltd."), 1.0);
    assert!(sim("澳门新濠有限公司", "Macau Xinhao Ltd") >= 0.95);
    // Words split differently count only with the same common words.
    assert!(sim("Kai Li Trading", "Kaili Shipyard") < 0.9);
    // Words of the trade and places read from the characters: the
    // places any_ascii reads otherwise (厦 as `sha`, 长 as `zhang`), a
    // place's 市 set aside, freight forwarding, an aircraft engine.
    for (a, b) in [
        ("厦门沃科航空发动机有限公司", "Xiamen Woke Aviation Engine Co., Ltd"),
        ("长沙沃达科技有限公司", "Changsha Woda Technology Co., Ltd."),
        ("深圳市沃达货运代理有限公司", "Shenzhen Woda Freight Forwarding Co., Ltd."),
        ("内蒙古沃达供应链管理有限公司", "Inner Mongolia Woda Supply Chain Management Co., Ltd."),
        ("義烏市沃達進出口有限公司", "Yiwu Woda Import and Export Co., Ltd"),
    ] {
        assert!(sim(a, b) >= 0.95, "{a} / {b}: {}", sim(a, b));
    }
    // A brand whose pinyin is a word's (东立 and 动力 are both `dong
    // li`) stays a name.
    assert!(sim("东立电子有限公司", "Dongli Electronics Co., Ltd.") >= 0.95);
    assert!(sim("东立电子有限公司", "Power Electronics Co., Ltd.") < 0.6);
    assert!(sim("动力电子有限公司", "Power Electronics Co., Ltd.") >= 0.95);
    // So do brands whose pinyin is a common word's (可吉 and 科技,
    // technology, are both `ke ji`) or a place's (祥钢 and 香港, Hong
    // Kong, are both `xiang gang`): the words and places are read from
    // the characters alone.
    assert!(sim("深圳市可吉电子有限公司", "Shenzhen Keji Electronics Co., Ltd.") >= 0.95);
    assert_eq!(normalize("深圳市可吉电子有限公司").tokens, ["shenzhen", "keji", "electronic"]);
    // A syllable of another character that is one of a place's words stays
    // with its neighbours (宏, `hong`, as in 香港, Hong Kong; 先, `xian`).
    assert_eq!(normalize("宏达电子有限公司").tokens, ["hongda", "electronic"]);
    assert_eq!(normalize("西安先锋电子有限公司").tokens, ["xian", "xianfeng", "electronic"]);
    // Written in pinyin, the words of the trade and places read in English
    // (customs records and shipping papers write names so).
    for (a, b) in [
        ("Shenzhen Biguang Maoyi Youxian Gongsi", "Shenzhen Biguang Trading Co. Ltd"),
        ("Shenzhen Woda Keji Youxian Gongsi", "Shenzhen Woda Technology Co., Ltd."),
        ("深圳市比广贸易有限公司", "Shenzhen Biguang Maoyi Youxian Gongsi"),
    ] {
        assert_eq!(sim(a, b), 1.0, "{a} / {b}");
    }
    assert!(sim("深圳市科技电子有限公司", "Shenzhen Technology Electronics Co., Ltd.") >= 0.95);
    assert_eq!(normalize("祥钢贸易有限公司").tokens, ["xianggang", "trading"]);
    assert_eq!(normalize("香港沃达贸易有限公司").tokens, ["hong", "kong", "woda", "trading"]);
    assert!(sim("西安沃达贸易有限公司", "Xian Woda Trading Co., Ltd.") >= 0.95);
    assert!(sim("臺北沃達電子有限公司", "Taipei Woda Electronics Co., Ltd.") >= 0.95);
}

#[test]
fn a_higher_threshold_finds_what_a_lower_one_finds_that_reaches_it() {
    // Names raised by the sole-holder rule among them: a search at a
    // higher threshold keeps every hit of a lower one that reaches it,
    // with the same score.
    let mut idx = NameIndex::new();
    let names = [
        (1, "Акционерное Общество «ПКК Квартандр»"),
        (2, "Концерн НПО «Ворталия»"),
        (3, "ООО «Квартон Электроника»"),
        (4, "АО «Завод Ворталия-Плюс»"),
        (5, "Kvartandr EK LLC"),
    ];
    for (k, n) in names {
        idx.add(k, n);
    }
    let queries = [
        "PLL Kvartandr Ltd",
        "JSC ICC Kvartandr",
        "Kvartandr",
        "Vortaliya",
        "Vortaliya Trading Services",
        "Kvarton Trading",
        "NPO Vortaliya",
        "Kvartandr Vortaliya Kvarton",
    ];
    let mut raised = 0;
    for q in queries {
        let hits =
            |t: f64| -> Vec<(u32, f64)> { idx.search(q, t).iter().map(|h| (h.key, h.similarity.score)).collect() };
        raised += idx.search(q, 0.75).iter().filter(|h| h.similarity.score == SOLE_HOLDER_SCORE).count();
        for (low, high) in [(0.75, 0.8), (0.775, 0.9), (0.8, 0.9), (0.9, 0.92), (0.9, 0.93), (0.85, 0.95)] {
            let kept: Vec<(u32, f64)> = hits(low).into_iter().filter(|h| h.1 >= high).collect();
            assert_eq!(hits(high), kept, "{q}: {low} / {high}");
        }
    }
    // The rule raised some of them.
    assert!(raised > 0);
}

#[test]
fn initials_of_a_russian_name_that_the_english_leaves_out_weigh_less() {
    // `ВКО` (air and space defence) matches nothing in the English.
    let cyrillic = sim("Bereg-Zarya", "Концерн ВКО «Берег – Заря»");
    assert_eq!(cyrillic, LONE_INITIALS_SCORE);
    let explained = similarity(&normalize("Bereg-Zarya"), &normalize("Концерн ВКО «Берег – Заря»"));
    assert!(explained.features.iter().any(|f| f == "initials that match nothing weighed less: vko"));
    assert!(sim("Концерн ВКО «Берег – Заря»", "Bereg-Zarya") == cyrillic);
    // The same initials written in Latin letters may be a brand's
    // (`TDK Lambda`): they weigh in full.
    let latin = sim("Берег-Заря", "Concern VKO Bereg-Zarya");
    assert!(latin < DEFAULT_THRESHOLD, "{latin}");
    // Within one script they weigh in full too.
    assert!(sim("Берег – Заря", "Концерн ВКО «Берег – Заря»") < cyrillic);
    // Only beside a word that matches: initials against initials are
    // two bodies (`ООО «ВМК «ВГТЗ»`, `VMK LLC`).
    assert!(sim("VMK LLC", "ООО «ВМК «ВГТЗ»") < DEFAULT_THRESHOLD);
    // Nor for a name of one word, which many bodies share (`Progress
    // GmbH`, `АО «НИИМА «Прогресс»`; `Mark`, `Марк БЛАТТ`, a surname
    // in capitals).
    assert!(sim("Zarya GmbH", "АО «НИИМА «Заря»") < DEFAULT_THRESHOLD);
    assert!(sim("Mark", "Марк БЛАТТ") < DEFAULT_THRESHOLD);
    // Found as the score finds it, from either side.
    let mut idx = NameIndex::new();
    idx.add(0, "Концерн ВКО «Берег – Заря»");
    assert_eq!(best(&idx, "Bereg-Zarya Concern"), Some(0));
    let mut idx = NameIndex::new();
    idx.add(1, "Bereg Zarya");
    assert_eq!(best(&idx, "Концерн ВКО «Берег – Заря»"), Some(1));
    // The candidate index finds what the lighter initials let through
    // (in an index of whole names, whose search raises no name it holds
    // within the query, initials set aside).
    assert!(sim("Концерн ВКО ПВТ «Берег – Заря»", "Bereg Zarya") >= DEFAULT_THRESHOLD);
    let mut idx = NameIndex::whole_names();
    idx.add(1, "Bereg Zarya");
    assert_eq!(best(&idx, "Концерн ВКО ПВТ «Берег – Заря»"), Some(1));
}

#[test]
fn the_sole_holder_rule_sets_aside_initials_of_a_kind_of_body() {
    // `ICC` and `ПКК` (the kind of body, each in its language) match
    // nothing in the other: with them set aside, the entry's one name
    // word is in the query, and no other entry has it.
    let mut idx = NameIndex::new();
    idx.add(1, "Акционерное Общество «ПКК Квартандр»");
    idx.add(2, "ООО «Ворталия»");
    let q = "JSC ICC Kvartandr";
    let hits = idx.search(q, DEFAULT_THRESHOLD);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!((hits[0].key, hits[0].similarity.score), (1, SOLE_HOLDER_SCORE));
    assert!(hits[0].similarity.features.iter().any(|f| f.contains("the entry's kvartandr")), "{hits:?}");
    // Lower thresholds find it at the same score.
    for t in [0.75, 0.8, 0.85, 0.93] {
        assert_eq!(
            idx.search(q, t).iter().map(|h| (h.key, h.similarity.score)).collect::<Vec<_>>(),
            [(1, SOLE_HOLDER_SCORE)]
        );
    }
    // Not when another entry has the word too, nor within one script.
    idx.add(3, "Kvartandr EK LLC");
    assert!(idx.search(q, DEFAULT_THRESHOLD).iter().all(|h| h.key != 1));
    let mut latin = NameIndex::new();
    latin.add(1, "JSC STC Kvartandr");
    latin.add(2, "Vortaliya LLC");
    assert!(latin.search(q, DEFAULT_THRESHOLD).is_empty());
}

#[test]
fn candidates_hold_every_name_that_reaches_the_threshold() {
    // Found by exhaustive search on the EU lists and missed by the index:
    // a word with letters swapped near its end (few trigrams in common),
    // a word close to a common word of the other name (common words are
    // not indexed with the names), a person's initials spelled otherwise.
    let pairs = [
        ("LLC ASSISTRAGO", "ООО “АССИСТАГРО”"),
        (
            "Joint Stock Company “Academician V.P.Makeyev State Rocket Centre”",
            "Акционерное Общество «Государственный Ракетный Центр имени Академика В.П.Макеева»",
        ),
        ("Kalinin Machine Plant", "Завод Машиностроительный Имени Калинина"),
        ("Central Hydrofoil Design Bureau named after R. Ye. Alekseev", "ЦКБ по СПК имени Р. Е. Алексеева"),
        // Short words one letter apart.
        ("BIC-inform", "ООО «БИК-Информ»"),
        ("ChRP “Polet”", "АО «ЧРЗ «Полет»"),
        ("NPP Proma", "ООО «НПП «Прима»"),
        // A short word and a longer one beginning with it.
        ("JSC Mari Machine Building Plant", "ОАО ‘Марийский Машиностроительный Завод’"),
        // Two words of one name as one word of the other; long words
        // alike in their consonants; a name with the person it is
        // named after against one without.
        (
            "OJSC Concern Kizlyar Electro-Mechanical Plant",
            "Акционерное Общество «Концерн Кизлярский Электромеханический Завод»",
        ),
        ("LLC Trading House Tradetools", "OOO “Торговый Дом Трейдтулс”"),
        ("Организация АО ‘ЦНИРТИ ИМ. АКАДЕМИКА А.И. БЕРГА’", "TsNIRTI"),
        // A word made of the beginnings of two of the other's.
        ("Effektek Orion LLC", "ООО «Эффективные Технологии Орион»"),
        ("ООО «Эффектек»", "Effektivnye Tekhnologii LLC"),
        ("KB KhimMash", "АО «Конструкторское Бюро Химического Машиностроения имени А.М. Вортексова»"),
        ("ООО «Лугаком»", "Luganskie Kommunikatsii LLC"),
        ("Tecmash Vorteks", "АО «Технологии Машиностроения Вортекс»"),
        ("АО «Квант Электрон Проект»", "Kvantelectronproekt"),
        // A place of three letters and its adjective, the place's final
        // vowel dropped or not.
        ("JSC ‘Ulan-Ude Aviation Plant’", "Акционерное Общество «Улан-Удэнский Авиационный Завод»"),
        ("Ufa Engine Production Association", "ПАО «Уфимское Моторостроительное Производственное Объединение»"),
        // A short word with a vowel spelled otherwise (few trigrams in
        // common, the same consonants).
        ("JSC NPF Kipaul", "АО НПФ «Киполь»"),
    ];
    for (query, name) in pairs {
        let mut idx = NameIndex::new();
        idx.add(1, name);
        idx.add(2, "АО «Другое Название»");
        for threshold in [0.8, 0.9, 0.95] {
            let reaches = sim(query, name) >= threshold;
            let found = idx.search(query, threshold).iter().any(|h| h.key == 1);
            assert_eq!(found, reaches, "{query} / {name} at {threshold}: {}", sim(query, name));
        }
    }
    assert!(sim("LLC ASSISTRAGO", "ООО “АССИСТАГРО”") >= 0.95);
    for (query, name) in &pairs[pairs.len() - 3..] {
        assert!(sim(query, name) >= 0.9, "{query} / {name}: {}", sim(query, name));
    }
    assert_eq!(places_of("udenskiy"), ["ude", "uden"]);
    assert_eq!(places_of("ufimskoe"), ["ufa", "ufe", "ufim", "ufo"]);
    assert!(places_of("penzenskiy").contains(&"penza".to_string()));
    assert_eq!(places_of("permskiy"), ["perm"]);
    assert!(!places_of("ivanovskaya").contains(&"ivan".to_string()) && places_of("nerisko").is_empty());
}

#[test]
fn longer_words_central_bodies_and_company_kinds_tell_names_apart() {
    // A word and a longer word that begins with it are two words, unless
    // what follows is a Russian ending or makes an adjective of a place.
    for (a, b) in [("radiopribor", "radiopriborsnab"), ("engine", "engineering"), ("elem", "element")] {
        assert!(longer_word(a, b), "{a} / {b}");
    }
    assert!(!longer_word("industry", "industries"));
    for (a, b) in [("mints", "mintsa"), ("miass", "miasskiy"), ("orsha", "orshanskiy"), ("mari", "mariyskiy")] {
        assert!(!longer_word(a, b), "{a} / {b}");
    }
    assert!(sim("AO Radiopribor", "АО «Радиоприборснаб»") < 0.9);
    assert!(sim("Miass Machine-Building Factory", "Акционерное Общество «Миасский Машиностроительный Завод»") >= 0.9);
    // A short word a letter more or other than another is another
    // abbreviation (or word), unless it is a spelling of it.
    for (a, b) in [("AO NIITM", "АО «НИИЭТ»"), ("JSC KBP", "УКБП"), ("FTIAN", "ФИАН"), ("Lent", "Lenta")]
    {
        assert!(sim(a, b) < DEFAULT_THRESHOLD, "{a} / {b}: {}", sim(a, b));
    }
    assert!(sim("Wolna Group", "ООО «Волна Групп»") >= DEFAULT_THRESHOLD);
    // `к` written `c` in abbreviations (`SC`, `СК`); not `z` for `s`.
    assert!(
        letters_alike("sc", "sk")
            && letters_alike("mac", "mak")
            && !letters_alike("gaz", "gas")
            && !letters_alike("sc", "skc")
    );
    // `q` is `к` and `c` in words, not in initials.
    assert!(letters_alike("iraq", "irak") && !letters_alike("qst", "cst") && !letters_alike("sqb", "skb"));
    assert!(sim("QST Corporation", "LLC ‘CST’") < DEFAULT_THRESHOLD);
    // Nor `c` for `k` in initials written in Latin letters both (`NSK`,
    // `NSC`), as it is for `к` (`НСК`).
    assert!(sim("NSK", "OJSC NSC") < DEFAULT_THRESHOLD);
    assert!(sim("НСК", "OJSC NSC") >= DEFAULT_THRESHOLD);
    // Initials are not one letter and a legal form (`K.A.S.` is not `K`
    // and `A.S.`), nor lone letters when joined by `&`.
    for (a, b) in [("C&K", "K.A.S."), ("KT&C CO LTD", "K.A.S."), ("AT&T", "T")] {
        assert!(sim(a, b) < 0.5, "{a} / {b}: {}", sim(a, b));
    }
    assert!(sim("LLC SC Velstrans", "ООО СК Велстранс") > 0.99);
    // English words written in Russian (`Бридж`), a title before a
    // person's name (`академика`), `computing` for `вычислительный`.
    assert!(sim("PV Bridge", "ООО ПВ Бридж") >= 0.95);
    assert!(
        sim(
            "Radio Technical Institute named after A. L. Velmin",
            "Радиотехнический Институт имени академика А.Л. Вельмина"
        ) >= 0.9
    );
    assert_eq!(
        sim("Special Design Bureau of Computer Engineering", "Специальное Конструкторское Бюро Вычислительной Техники"),
        1.0
    );
    assert_eq!(
        sim("Electronic Computing Systems", "Электронные Вычислительные Системы"),
        sim("Electronic Computer Systems", "Электронные Вычислительные Системы")
    );
    // A central institute is another institute (ЦНИИ Точмаш, НИИ Точмаш).
    assert!(sim("JSC ‘Central Research Institute of Precision Engineering’", "АО «НИИ Точного Машиностроения»") < 0.9);
    // A limited liability company and a joint stock company of one name:
    // below the default threshold, and said.
    let s = similarity(&normalize("AO Papilon"), &normalize("ООО «Системы Папилон»"));
    assert!(s.score < DEFAULT_THRESHOLD);
    assert!(s.features.iter().any(|f| f == "legal forms of different kinds: joint stock | limited liability"));
    assert_eq!(sim("JSC Russian Machines", "ООО ‘Русские машины’"), KINDS_DIFFER_SCORE);
    // Turkish too: an anonim şirketi and a limited şirketi (a review:
    // `Orel Gıda Sanayi ve Ticaret A.Ş.` matched `Orel Dis Tic. Ltd. Sti`).
    for (a, b) in [
        ("NAO Velmora", "ООО «Велмора»"),
        ("Velmora Public Limited Company", "ООО «Велмора»"),
        ("Velmora Gıda Sanayi ve Ticaret A.Ş.", "Velmora Dis Tic. Ltd. Sti"),
        ("Velmora Anonim Şirketi", "Velmora Limited Şirketi"),
    ] {
        assert_eq!(sim(a, b), KINDS_DIFFER_SCORE, "{a} / {b}");
    }
    // Found by a review: words a rule took for one, or for two.
    for (a, b) in [
        ("Zvezda JSC", "АО «Звездочка»"),
        ("Spetsmash", "Спецмашина"),
        ("Central Electronics LLC", "ООО «Центр Электроники»"),
        ("Wedge Systems", "ООО «Веди Системс»"),
        ("Academic Vector LLC", "ООО «Вектор»"),
        ("ChTZ", "ХТЗ"),
        ("TsNIIM", "КНИИМ"),
        // A second review.
        ("ООО «Энергия»", "ООО «Энергетика»"),
        ("ООО «Бит Групп»", "ООО «Быт Групп»"),
        ("Sky Group LLC", "ООО «Ски Групп»"),
        ("THK LLC", "ООО «ТК»"),
        ("Boris LLC", "Borisov LLC"),
        ("Korvin Company Limited", "АО «Корвин»"),
    ] {
        assert!(sim(a, b) < DEFAULT_THRESHOLD, "{a} / {b}: {}", sim(a, b));
    }
    for (a, b) in [
        ("Zenith LLC", "ООО «Зенит»"),
        ("Zaria JSC", "АО «Заря»"),
        ("Kirov Plant", "Завод имени Кирова"),
        ("Omsk Plant", "Омский завод"),
        ("City Trade LLC", "ООО «Сити Трейд»"),
        ("Admiralty Shipyard JSC", "АО «Адмиралтейские Верфи»"),
        ("LLC MCCT", "ООО «МЦКТ»"),
        ("Lux Trade", "Люкс Трейд"),
        ("Velmora Quant", "Велмора Квант"),
        ("Velmora Point", "Велмора Пойнт"),
        ("Korvin Technology LLC", "ООО «Корвин Техника»"),
        ("Korvin Control Systems", "Корвин Системы Управления"),
        ("Far East Branch of Korvin", "Дальневосточный филиал Корвин"),
        ("Ministry of Interior Affairs", "Министерство Внутренних Дел"),
    ] {
        assert!(sim(a, b) >= DEFAULT_THRESHOLD, "{a} / {b}: {}", sim(a, b));
    }
    assert_eq!(sim("Radiopriborsnab Ltd", "ООО «Радиоприборснаб»"), 1.0);
    assert_eq!(sim("PJSC Radiopriborsnab", "Акционерное Общество «Радиоприборснаб»"), 1.0);
    // A name with both kinds (`AEROCON JSC, AEROKON LLC`) says neither.
    assert_eq!(company_kind(&["jsc".into(), "llc".into()]), None);
}

#[test]
fn names_alike_in_common_words_alone_stay_below_the_threshold() {
    // The words that tell each apart (`VT`; `MO RF`, an affiliation set
    // aside) do not match: capped.
    let s = similarity(
        &normalize("AO SKB VT"),
        &normalize("Акционерное Общество «Специальное Конструкторское Бюро МО РФ»"),
    );
    assert_eq!(s.score, UNMATCHED_WORDS_SCORE, "{:?}", s.features);
    assert!(s.features.iter().any(|f| f.starts_with("alike in common words alone")));
    // They do match when spelled alike, and a name of common words alone
    // is not capped.
    assert!(sim("AO SKB VT", "АО «СКБ ВТ»") >= 0.95);
    assert!(sim("LLC Bison", "ООО ‘Бизон’") > UNMATCHED_WORDS_SCORE);
    assert!(
        sim("Joint Stock Company Mechanical Engineering Research Institute", "АО «НИИ Машиностроения»")
            > UNMATCHED_WORDS_SCORE
    );
}

#[test]
fn names_alike_only_in_a_word_within_a_longer_one_are_weak() {
    // `Kvarta` is the beginning of `Kvartatrest`, another word: capped
    // well below the threshold, with the other words unmatched.
    for (a, b) in [("Kvarta Development Ltd", "ПАО Квартатрест"), ("Kvarinfo LLC", "ООО ‘Кваринфолент’")]
    {
        let s = similarity(&normalize(a), &normalize(b));
        assert_eq!(s.score, WEAK_WORDS_SCORE, "{a} / {b}: {:?}", s.features);
        assert!(s.features.iter().any(|f| f.contains("within a longer one")));
    }
    // Not when two words or more match besides, common as they are.
    let full = "Акционерное Общество Научно-Инженерное Предприятие ‘Кваринфозащита’";
    assert!(sim("Scientific and Engineering Enterprise ‘Kvarinfo’", full) > 0.9);
    // Nor when the rest of the longer word is a word the lists know
    // (`Uralvagon`, `Уралвагонзавод`: the name and plant).
    assert!(sim("Kvartvagon", "АО «Квартвагонзавод»") > 0.8);
    // Nor when a word that tells the names apart matches better.
    assert!(sim("Kvartatrest Development Ltd", "ПАО Квартатрест") > WEAK_WORDS_SCORE);
}

#[test]
fn names_added_together_index_as_names_added_one_by_one() {
    let names = [
        (1, 1, "АО «Концерн «НПО «Аврора»"),
        (2, 1, "JSC Concern Avrora"),
        (3, 3, "ООО «Северный Квант»"),
        (4, 4, "Severny Kvant Trading FZE"),
        (5, 5, "Челябинский тракторный завод"),
        (6, 6, "ООО"),
        (7, 7, "Jade Harbour Trading Ltd"),
    ];
    let mut one_by_one = NameIndex::new();
    for (key, group, name) in names {
        one_by_one.add_grouped(key, group, name);
    }
    let mut together = NameIndex::new();
    together.add_all(&names);
    assert_eq!(together.len(), one_by_one.len());
    let hits = |idx: &NameIndex, q: &str| -> Vec<(u32, String, String)> {
        let h = idx.search(q, 0.8);
        h.into_iter().map(|h| (h.key, h.name, format!("{:.4}", h.similarity.score))).collect()
    };
    for q in ["Concern Avrora", "Severnyy Kvant", "Chelyabinsk Tractor Plant", "Jade Harbor Trading", "Kvant"] {
        assert_eq!(hits(&together, q), hits(&one_by_one, q), "{q}");
    }
    assert_eq!(best(&together, "Chelyabinsk Tractor Plant"), Some(5));
    assert_eq!(
        best(&together, "Concern Avrora").map(|k| together.groups[together.keys.iter().position(|&x| x == k).unwrap()]),
        Some(1)
    );
}

#[test]
fn candidates_count_repeated_words_and_transliteration_variants() {
    let mut idx = NameIndex::new();
    idx.add(1, "АО ‘Концерн КЭМЗ’");
    idx.add(2, "Челябинский тракторный завод");
    assert_eq!(best(&idx, "Concern KEMZ, AO Kontsern KEMZ"), Some(1));
    assert_eq!(best(&idx, "Chelyabinsk Tractor Plant"), Some(2));
    // Words whose spelling skeletons are close in length, though the
    // words are not (a plural adjective ending), and a translated word.
    idx.add(3, "Акционерное Общество «Адмиралтейские Верфи»");
    idx.add(4, "Акционерное Общество «Концерн «Радиотехнические и Информационные Системы»");
    assert_eq!(best(&idx, "Admiralty Shipyard JSC"), Some(3));
    assert_eq!(best(&idx, "Radiotechnical and Information Systems Concern"), Some(4));
    // A short word and the same word with a Russian ending.
    idx.add(7, "Акционерное Общество «Омское Производственное Объединение «Иртыш»");
    assert_eq!(best(&idx, "Omsk Production Union Irtysh JSC"), Some(7));
    assert_eq!(word_stem("omskoe"), Some("omsk"));
    assert_eq!(word_stem("tekhnologicheskikh"), Some("tekhnologi"));
    assert_eq!(word_stem("omsk"), None);
    // Words split differently; a name of common words only.
    idx.add(5, "АО «ВЗРТО»");
    idx.add(6, "Акционерное Общество «Конструкторско-Технологический Центр «Электроника»");
    assert_eq!(best(&idx, "VZ RTO"), Some(5));
    assert_eq!(best(&idx, "Joint Stock Company Design Technology Center Elektronika"), Some(6));
}

#[test]
fn brands_surnames_places_and_single_letters_stay_apart() {
    // Brand names that are words of another language are not translated.
    assert!(sim("GAZ Group", "Gas Group") < 0.9);
    assert!(sim("Analog Devices", "ООО «Аналог»") < 0.9);
    // Surnames and towns are not read as the adjectives they start like.
    for name in [
        "Kazakh Telecom",
        "Strakhov Group",
        "Novostroy LLC",
        "Krymsk Plant",
        "Tankov",
        "Dronov Systems",
        "Seti Systems",
        "Pup Dialog",
        "SRI Instruments",
    ] {
        let first = to_latin(name).split(' ').next().unwrap().to_string();
        assert_eq!(normalize(name).tokens[0], first, "{name}");
    }
    // A short word with a letter added is another word (`Tesa` and
    // `TES`, `Lent` and `Lenta`).
    let mut idx = NameIndex::new();
    idx.add(1, "TES");
    idx.add(2, "Lenta");
    assert_eq!(best(&idx, "Tesa SE"), None);
    assert_eq!(best(&idx, "Lent Ltd"), None);
    // A letter or a digit alone tells names apart; initials weigh little.
    assert!(sim("Vector A", "Vector B") < 0.9);
    assert!(sim("Almaz 1 JSC", "Almaz 7 JSC") < 0.9);
    assert!(sim("Almaz 7 JSC", "Almaz, JSC") < 0.9);
    assert!(sim("Sverdlov Plant", "Завод имени Я.М. Свердлова") >= 0.9);
    // A ministry is not a body of the country it belongs to; a generic
    // name without the body scores below a strict threshold.
    assert!(sim("Georgian Ministry of Defence", "Georgia") < 0.9);
    assert!(sim("Institute of Physics", "Институт физики Сибирского отделения Российской академии наук") <= 0.93);
}

#[test]
fn different_names_sharing_common_words_stay_apart() {
    assert!(sim("Alpha Electronics Trading Ltd", "Omega Electronics Trading Ltd") < 0.6);
    assert!(sim("Romashka LLC", "Vasilek LLC") < 0.3);
}

#[test]
fn index_finds_candidates_and_explains() {
    let mut idx = NameIndex::new();
    idx.add(1, "ООО «Северный Квант»");
    idx.add(2, "Severny Kvant Trading FZE");
    idx.add(3, "Jade Harbour Trading Ltd");
    let hits = idx.search("Severnyy Kvant LLC", 0.85);
    let keys: Vec<u32> = hits.iter().map(|h| h.key).collect();
    assert_eq!(keys, [1, 2]);
    assert!(hits[0].similarity.features.iter().any(|f| f.contains("legal forms set aside")));
    assert!(idx.search("Completely Different", 0.5).is_empty());
}

#[test]
fn words_searched_before_find_words_added_since() {
    // Close tokens are kept per word searched, until the vocabulary grows.
    let mut idx = NameIndex::new();
    idx.add(1, "Kordanov Trading");
    let keys = |idx: &NameIndex| idx.search("Kordanof", 0.85).iter().map(|h| h.key).collect::<Vec<_>>();
    assert_eq!(keys(&idx), [1]);
    idx.add(2, "Kordanoff");
    assert_eq!(keys(&idx), [2, 1]);
    // A copy starts afresh and finds the same.
    assert_eq!(keys(&idx.clone()), [2, 1]);
}

#[test]
fn a_name_within_another_matches_when_only_that_entry_has_its_words() {
    let avrora = "Акционерное Общество «Концерн «Научно-Производственное Объединение «Аврора»";
    // Compared alone, the short name is below the threshold: the other
    // adds four organisation words.
    assert!(sim("Avrora", avrora) < 0.9);
    let mut idx = NameIndex::new();
    idx.add(1, avrora);
    idx.add(2, "АО «Вектор»");
    idx.add(2, "Vektor JSC");
    let hits = idx.search("Avrora", 0.9);
    assert_eq!(hits.iter().map(|h| (h.key, h.similarity.score)).collect::<Vec<_>>(), [(1, SOLE_HOLDER_SCORE)]);
    assert!(hits[0].similarity.features.iter().any(|f| f.contains("no other party")));
    // So is the longer name against the shorter, and a name with a
    // word of its own that is in no other entry.
    idx.add(3, "Submicron");
    let longer = "Акционерное Общество «Научно-Исследовательский Институт «Субмикрон»";
    assert_eq!(idx.search(longer, 0.9).iter().map(|h| h.key).collect::<Vec<_>>(), [3]);
    let mtsst = "Акционерное Общество «МЦСТ»";
    assert_eq!(idx.search(mtsst, 0.9).len(), 0);
    idx.add(4, "MTsST Elbrus");
    assert_eq!(idx.search(mtsst, 0.9).iter().map(|h| h.key).collect::<Vec<_>>(), [4]);
    // Words that name a region alone stand for no one party (`Asia
    // Pacific`, `Balkan`), however few of the list's names hold them.
    idx.add(6, "Asia Pacific Kvartlinks Ltd.");
    idx.add(7, "RT Balkan");
    for query in ["Asia Pacific Components Ltd", "Balkan Trade Solutions DOO"] {
        assert!(idx.search(query, 0.9).is_empty(), "{query}");
    }
    assert_eq!(idx.search("Pacific Kvartlinks Trading Ltd", 0.9).iter().map(|h| h.key).collect::<Vec<_>>(), [6]);
    // A second entry with the word: neither stands out.
    idx.add(5, "ЗАО «Кузнецов и Аврора»");
    assert!(idx.search("Avrora", 0.9).is_empty());
    // Nor when another entry has the query's word as the query spells
    // it (`quasar`), though not the candidate's (`kvazar`).
    let mut idx = NameIndex::new();
    idx.add(1, "АО «Научно-Производственная Корпорация «Системы Квазар»");
    assert_eq!(idx.search("Quasar", 0.9).iter().map(|h| h.key).collect::<Vec<_>>(), [1]);
    idx.add(2, "Quasar LLC");
    assert_eq!(idx.search("Quasar", 0.9).iter().map(|h| h.key).collect::<Vec<_>>(), [2]);
    // An entry's names count as one entry, and a key left out as if
    // it were not indexed.
    let mut idx = NameIndex::new();
    idx.add_grouped(1, 1, avrora);
    idx.add_grouped(2, 1, "Avrora Concern");
    idx.add_grouped(3, 2, "Avrora");
    let keys = |except: Option<u32>| {
        idx.search_except(&normalize("Avrora"), 0.9, except).iter().map(|h| h.key).collect::<Vec<u32>>()
    };
    assert_eq!(keys(Some(3)), [2, 1]);
    // Key 3 (`Avrora`) is of another entry: key 1 does not stand out.
    assert_eq!(keys(None), [3, 2]);
}

#[test]
fn a_name_within_another_is_not_raised_past_a_cap_nor_for_a_word_of_the_dictionary() {
    let raised = |entry: &str, query: &str| {
        let mut idx = NameIndex::new();
        idx.add(1, entry);
        idx.search(query, 0.9).first().map(|h| h.similarity.score)
    };
    // Raised: a name (`Vorteks`), the longer name's other words common.
    assert_eq!(raised("Концерн «Научно-Производственное Объединение «Вортекс»", "Vorteks"), Some(0.93));
    // From the floor (the name is then at least partly alike), not
    // below it.
    let kvartis = "ООО «Научно-Производственное Предприятие «Квартис»";
    let s = sim("Kvartis Systems", kvartis);
    assert!((SOLE_HOLDER_FLOOR..0.8).contains(&s), "{s}");
    assert_eq!(raised(kvartis, "Kvartis Systems"), Some(SOLE_HOLDER_SCORE));
    let s = sim("Kvartis Space Systems", kvartis);
    assert!(s < SOLE_HOLDER_FLOOR, "{s}");
    assert_eq!(raised(kvartis, "Kvartis Space Systems"), None);
    // The surname of the person a name is named after, as the other
    // name's own word beside another word the names share.
    let zorev = "ПАО «Квартовский Авиационный Научно-Технический Комплекс им. Г.М. Зорева»";
    assert_eq!(raised(zorev, "PJSC Zorev Aircraft Company"), Some(SOLE_HOLDER_SCORE));
    // Not with no other word in common (the surname alone may be a
    // person's or another company's).
    assert_eq!(raised(zorev, "Zorev Trading LLC"), None);
    // Not past the cap on a limited liability company against a joint
    // stock company of one name (two companies of a group, often).
    assert!(sim("ООО «Системы Папилон»", "АО «Папилон»") < 0.9);
    assert_eq!(raised("АО «Папилон»", "ООО «Системы Папилон»"), None);
    // Not for a number alone (`322 LLC` is not the 322nd repair plant).
    assert_eq!(raised("АО «322 Авиационный Ремонтный Завод»", "322 LLC"), None);
    // Not for one word the word lists know (`solution`, from `Солюшн`).
    assert_eq!(raised("Концерн «Солюшн»", "Solution Group"), None);
    // Nor for the names of a key that match whole only (a person's).
    let mut idx = NameIndex::new();
    idx.add(1, "Li Xinyang");
    assert_eq!(idx.search("Xinyang Trading", 0.9).len(), 1);
    let mut idx = NameIndex::new();
    idx.whole_names_for(1);
    idx.add(1, "Li Xinyang");
    assert!(idx.search("Xinyang Trading", 0.9).is_empty());
    // Nor to tell which store entity a supplier is.
    let mut idx = NameIndex::whole_names();
    idx.add(1, "Концерн «Научно-Производственное Объединение «Вортекс»");
    assert!(idx.search("Vorteks", 0.9).is_empty());
    // Another entry holding the word spelt otherwise (`Ershov`,
    // `Yershov`) keeps either from standing out.
    let mut idx = NameIndex::new();
    idx.add(1, "Ershov Plant JSC");
    idx.add(2, "Yershov Trading LLC");
    assert!(idx.search("Yershov Group", 0.9).iter().all(|h| h.similarity.score < SOLE_HOLDER_SCORE));
}

#[test]
fn translated_words_match_a_transliteration_the_lists_do_not_know() {
    // `Беспилотные` is read as `unmanned`; a name transliterated with a
    // letter swapped (`Bespilontye`) is no known word, and is compared
    // with the word as spelled.
    let (ru, en) = ("ООО «Беспилотные Решения Вортекс»", "Bespilontye Resheniya Vorteks LLC");
    let s = similarity(&normalize(ru), &normalize(en));
    assert!(s.score >= 0.95, "{s:?}");
    assert!(s.features.iter().any(|f| f == "unmanned (bespilotnye)~bespilontye 0.98"), "{s:?}");
    // The index finds it both ways.
    let mut idx = NameIndex::new();
    idx.add(1, ru);
    idx.add(2, "Vorteks Bespilotnyy Tsentr");
    assert_eq!(best(&idx, en), Some(1));
    let mut idx = NameIndex::new();
    idx.add(1, en);
    assert_eq!(best(&idx, ru), Some(1));
}

#[test]
fn abbreviations_of_some_words_match_them() {
    let full = "ООО «Научно-Технический Центр «Вортекс»";
    let s = similarity(&normalize("STC Vortex LLC"), &normalize(full));
    assert!(s.score >= 0.95, "{s:?}");
    assert!(s.features.iter().any(|f| f == "stc abbreviates scientific technical center"), "{s:?}");
    // As translated (`center chemistry technologies`) and as spelled
    // (`tsentr khimicheskikh tekhnologiy`, a letter written with two
    // counted as one or two).
    let other = "ООО «Центр Химических Технологий «Вортекс»";
    for abbreviated in ["CCT Vortex", "TsKhT Vorteks", "Vorteks TKhT"] {
        let s = similarity(&normalize(abbreviated), &normalize(other));
        assert!(s.score >= 0.95, "{abbreviated}: {s:?}");
        assert!(s.features.iter().any(|f| f.contains("abbreviates")), "{s:?}");
    }
    // Not without another word in common: a name that is its initials
    // alone is an abbreviation of three letters (see
    // `abbreviations_match_the_initials_of_full_names`).
    assert!(sim("STC Kvant", full) < 0.7);
    assert!(sim("STC", "Научно-Технический Центр") < DEFAULT_THRESHOLD);
    // Not when the letters are no run of the other's initials.
    let s = similarity(&normalize("SCT Vorteks"), &normalize(full));
    assert!(s.score < DEFAULT_THRESHOLD && !s.features.iter().any(|f| f.contains("abbreviates")), "{s:?}");
    // `Ц` written `C` (`KTC`, `ktts`).
    assert!(sim("Vorteks KTC", "Вортекс Квантовый Технологический Центр") >= 0.95);
    // Not a word written as a word (`Pro`, `PLUS` in a name all in
    // capitals), a Roman numeral, a word translated into two counted
    // twice (`Судоремонтный`, `ship repair`), nor a run holding the word
    // the names share (`Vortex Kapital`).
    for (a, b) in [
        ("Kvarta Pro", "Kvarta Power Resources Oil"),
        ("KVARTA PLUS", "Кварта Подводные Лазерные Установки Связи"),
        ("Kvarta II", "Kvarta Invest International"),
        ("Kvarta SS", "Кварта Судоремонтный"),
        ("Vortex VK", "Vortex Kapital"),
        ("MTS Bank", "Московский Кредитный Банк"),
        ("Orion USA Inc.", "Orion Underwater Sensor Arrays Inc."),
        ("Kvarta DE GmbH", "Kvarta Digital Electronics GmbH"),
    ] {
        let s = similarity(&normalize(a), &normalize(b));
        assert!(s.score < DEFAULT_THRESHOLD && !s.features.iter().any(|f| f.contains("abbreviates")), "{s:?}");
    }
    // The index finds the full name by the abbreviation, and the
    // abbreviation by the full name.
    let mut idx = NameIndex::new();
    idx.add(1, full);
    idx.add(2, "Vorteks Trading House Scientific Center");
    assert_eq!(best(&idx, "STC Vortex LLC"), Some(1));
    let mut idx = NameIndex::new();
    idx.add(1, "KMT Vorteks");
    assert_eq!(best(&idx, "Квантовые Материалы Технологии Вортекс"), Some(1));
}

#[test]
fn a_word_made_of_the_beginnings_of_others_matches_them() {
    let full = "АО «КБ Химического Машиностроения «Вортекс»";
    let s = similarity(&normalize("KB KhimMash Vorteks"), &normalize(full));
    assert!(s.score >= 0.95, "{s:?}");
    assert!(s.features.iter().any(|f| f == "chemicalmash is made of the beginnings of chemistry machinebuilding"));
    // Either way round, spelled (`tek`, `tekhnologii`) or translated
    // (`technologies`), and with the whole of a word (`kvarta`).
    for (a, b) in [
        ("Effektek Orion", "ООО «Эффективные Технологии Орион»"),
        ("ООО «Эффектек Орион»", "Effektivnye Tekhnologii Orion LLC"),
        ("Lugakom Kvarta", "Луганские Коммуникации Кварта"),
        ("Квартатек Орион", "Kvarta Technologies Orion"),
    ] {
        let s = similarity(&normalize(a), &normalize(b));
        assert!(s.score >= DEFAULT_THRESHOLD, "{a}: {s:?}");
        assert!(s.features.iter().any(|f| f.contains("is made of the beginnings of")), "{a}: {s:?}");
    }
    // Not a word of six letters or fewer (invented names share many
    // beginnings of three: `Aritek`, `Arikatin Technology`), nor a run
    // another word matches (`pratinal`, `pratin`), nor the beginning of
    // a word no dictionary knows (`Micro` of `Microvortex`, `Kvar` of
    // `Квартасиб`), nor within one script (`Kvarta Technologies`), nor
    // a word that matches one of the other's already (`Вортнефть`).
    for (a, b) in [
        ("Aritek Umnor", "Umbor Arikatin Technology"),
        ("Pravelko Pratinal", "Pratin Velkoka"),
        ("Microvortex Technology Inc", "АО «Микротехнология»"),
        ("Kvartek Trading", "ООО «Квартасиб Технологии»"),
        ("Kvartatek", "Kvarta Technologies"),
        ("Vortneft Trading", "УК «Вортнефть-Нефтехим»"),
        ("ООО «Авиатест Аэро»", "Aviation Estonia Aero"),
    ] {
        let s = similarity(&normalize(a), &normalize(b));
        assert!(!s.features.iter().any(|f| f.contains("is made of the beginnings of")), "{a}: {s:?}");
        assert!(s.score < DEFAULT_THRESHOLD, "{a}: {s:?}");
    }
    // Of words of the dictionary alone, a brand many use: partial
    // evidence unless another word matches.
    let s = similarity(&normalize("Autosys Ltd"), &normalize("АО «Автоматизированные системы»"));
    assert_eq!(s.score, GENERIC_SYLLABLES_SCORE, "{s:?}");
    assert!(s.features.iter().any(|f| f.starts_with("made of the beginnings of words of the dictionary alone")));
    assert!(sim("Autosys Vorteks", "АО «Автоматизированные системы Вортекс»") >= 0.95);
    // The index finds such names under the beginnings of their runs of
    // words, as the word may be cut (see also
    // `candidates_hold_every_name_that_reaches_the_threshold`).
    let keys = |query: &str, name: &str| {
        let q = normalize(query);
        let i = q.tokens.iter().position(|t| t.len() >= SYLLABLE_WORD).unwrap();
        let item = syllable_keys(&normalize(name));
        word_syllable_keys(&q, i, true).iter().filter(|k| item.contains(k)).count()
    };
    assert!(keys("KB KhimMash", full) > 0);
    assert!(keys("ООО «Эффектек»", "Effektivnye Tekhnologii LLC") > 0);
    assert!(keys("Kvartatek Orion", "Kvarta Technologies Orion") > 0);
    assert_eq!(keys("Kvartatek Orion", "Orion Kvarta"), 0);
    // Not the person a name is named after.
    assert_eq!(keys("Vortivanov", "Завод имени Вортекса Иванова"), 0);
    assert!(keys("Vortivanov", "Завод Вортекс Иванов") > 0);
}

#[test]
fn index_finds_short_words_written_otherwise_sound_for_sound() {
    // `RCC` and `РКЦ` (`rkts`) share no letter-deletion form.
    assert_eq!(sound_key("rcc"), sound_key("rkts"));
    let mut idx = NameIndex::new();
    idx.add(1, "РКЦ");
    idx.add(2, "РКЗ");
    assert_eq!(idx.search("RCC", DEFAULT_THRESHOLD).iter().map(|h| h.key).collect::<Vec<_>>(), [1]);
}

#[test]
fn names_made_of_words_many_companies_use_match_only_alike() {
    // A review: traders' names of generic words matched listed parties
    // that share one or two of them.
    for (a, b) in [
        ("Alpha Ltd", "Alpha Trading Investments"),
        ("Grand Ltd", "Group Grand Limited"),
        ("New Co Ltd", "New People"),
        ("Golden Star Electronics Co Ltd", "Golden Star Co"),
        ("Link Asia Trading Limited", "HK Link Asia Electronics"),
    ] {
        assert!(sim(a, b) < DEFAULT_THRESHOLD, "{a} / {b}: {}", sim(a, b));
    }
    // The same words match, in any order and with any legal form; a word
    // of a name of its own keeps its weight.
    assert_eq!(sim("Golden Star Co Ltd", "GOLDEN STAR CO."), 1.0);
    assert_eq!(sim("Star Golden LLC", "Golden Star Limited"), 1.0);
    assert!(sim("Golden Star Co Ltd", "Golden Stars Co Ltd") >= DEFAULT_THRESHOLD);
    assert!(sim("Alpha Kvarta Trading", "Alpha Kvarta Investments") >= DEFAULT_THRESHOLD);
    // Nor does the sole-holder rule raise them.
    let mut idx = NameIndex::new();
    idx.add(1, "Asia Pacific Links Ltd.");
    idx.add(2, "Kvarta Holding");
    assert_eq!(best(&idx, "Pacific Links Trading Ltd"), None);
}

#[test]
fn a_word_of_thousands_of_letters_is_not_cut_into_beginnings() {
    // Its ways of being cut into three grow with the square of its length:
    // 40,000 letters took gigabytes before the cap.
    let q = normalize(&"Spetsvneshtekhnika".repeat(2_000));
    assert!(word_syllable_keys(&q, 0, true).is_empty());
    let q = normalize("Spetsvneshtekhnika");
    assert!(!word_syllable_keys(&q, 0, true).is_empty());
    // A search with it is answered.
    let mut idx = NameIndex::new();
    idx.add(1, "Spetsvneshtekhnika");
    assert_eq!(best(&idx, "Spetsvneshtekhnika"), Some(1));
    assert_eq!(best(&idx, &"Spetsvneshtekhnika".repeat(2_000)), None);
}

#[test]
fn of_an_entrys_names_that_score_alike_the_one_written_as_the_query_is_named() {
    let mut idx = NameIndex::new();
    idx.add(1, "Товариство з обмеженою відповідальністю «Кварескан»");
    idx.add(1, "Kvareskan OOO");
    let hits = idx.search("Kvareskan OOO", DEFAULT_THRESHOLD);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].similarity.score, 1.0);
    assert_eq!(hits[0].name, "Kvareskan OOO");
    let hits = idx.search("kvareskan ooo", DEFAULT_THRESHOLD);
    assert_eq!(hits[0].name, "Kvareskan OOO");
}
