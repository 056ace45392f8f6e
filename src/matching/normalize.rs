//! Name normalisation: Unicode NFKC and case folding, transliteration to
//! Latin (any_ascii: Cyrillic, Greek, Chinese and the rest), punctuation to
//! spaces, and legal forms recognised and set aside across languages, so
//! that "ООО «Ромашка»" and "Romashka LLC" both become `romashka`.

use unicode_normalization::UnicodeNormalization;

/// A name prepared for comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct NormalName {
    /// The name as given.
    pub original: String,
    /// Tokens without legal forms (all tokens when the name is only a legal form).
    pub tokens: Vec<String>,
    /// The legal forms found (`llc`, `ooo`, `youxiangongsi`, ...).
    pub legal_forms: Vec<String>,
    /// Initials of a name of three words or more, as transliterated
    /// (`Центральное Конструкторское Бюро Автоматики`: `tskba`) and as
    /// translated (`cdba`), to match abbreviations.
    pub acronyms: Vec<String>,
    /// How many of the last tokens name the person the organisation is
    /// named after (`ТАНТК им. Г.М. Бериева`: `g m berieva`, 3), which a
    /// one-word short form leaves out.
    pub honoree: usize,
    /// How many tokens right before the body the organisation belongs to
    /// name the person it is named after (`... им. К.А. Валиева Российской
    /// академии наук`: `k a valieva`, 3), which `honoree` does not count,
    /// as they are not the last.
    pub honoree_before_affiliation: usize,
    /// How many of the last tokens name the body the organisation belongs
    /// to (`... Сибирского отделения Российской академии наук`: `siberian
    /// branch russian academy sciences`, 5), which another form of the
    /// name may leave out.
    pub affiliation: usize,
    /// The spelling skeleton of each token (see [`skeleton`]), worked out
    /// once: names are compared word by word many times.
    pub skeletons: Vec<String>,
    /// For each token that is a translation, the word as transliterated
    /// and its skeleton (`Доверия`: `trust`, from `doveriya`), which a name
    /// transliterated with a word the lists do not know (`Deveriya`) may
    /// match.
    pub spellings: Vec<Option<(String, String)>>,
    /// The words written as abbreviations (three to six letters, two
    /// capitals or more: `STC`, `NTTs`, `ЦКБ`; see `abbreviations`),
    /// transliterated, that may stand for words of another name (see
    /// `abbreviated_runs`).
    pub abbreviations: Vec<String>,
    /// The initials a rendering of the name in the other language may take
    /// (see [`rendered_initials`]): a Russian name's as English gives them
    /// (`Объединённая авиастроительная корпорация`: `uac`; `Барнаульский
    /// патронный завод`: `bcp` among others), a name in Latin letters' as
    /// written and as Russian gives them (`United Aircraft Corporation`:
    /// `uac`, `oak`, ОАК).
    pub rendered_initials: Vec<String>,
}

impl NormalName {
    /// Whether the name is one word and the person it is named after
    /// (`ТАНТК им. Г.М. Бериева`), so that it may match the word alone.
    pub fn is_one_word_named_after(&self) -> bool {
        self.honoree > 0 && self.tokens.len() == self.honoree + 1
    }

    /// The name without its last `k` words (the person it is named after,
    /// or the body it belongs to), their skeletons too.
    pub fn without_last(&self, k: usize) -> NormalName {
        let n = self.tokens.len().saturating_sub(k);
        NormalName {
            tokens: self.tokens[..n].to_vec(),
            skeletons: self.skeletons[..n].to_vec(),
            spellings: self.spellings[..n].to_vec(),
            ..self.clone()
        }
    }

    /// The name without the body it belongs to: the person it is named
    /// after, if named before that body, is then at the end.
    pub fn without_affiliation(&self) -> NormalName {
        NormalName {
            affiliation: 0,
            honoree: self.honoree + self.honoree_before_affiliation,
            honoree_before_affiliation: 0,
            ..self.without_last(self.affiliation)
        }
    }

    /// Whether the name says whom the organisation is named after.
    pub fn is_named_after(&self) -> bool {
        self.honoree > 0 || self.honoree_before_affiliation > 0
    }

    /// The name without the tokens at `drop` (in order), the person it is
    /// named after and the body it belongs to counted among those left.
    pub fn without_tokens(&self, drop: &[usize]) -> NormalName {
        let keep = |i: &usize| !drop.contains(i);
        let n = self.tokens.len();
        let tail = |k: usize| (n.saturating_sub(k)..n).filter(keep).count();
        NormalName {
            tokens: (0..n).filter(keep).map(|i| self.tokens[i].clone()).collect(),
            skeletons: (0..n).filter(keep).map(|i| self.skeletons[i].clone()).collect(),
            spellings: (0..n).filter(keep).map(|i| self.spellings[i].clone()).collect(),
            honoree: tail(self.honoree),
            honoree_before_affiliation: (n.saturating_sub(self.affiliation + self.honoree_before_affiliation)
                ..n.saturating_sub(self.affiliation))
                .filter(keep)
                .count(),
            affiliation: tail(self.affiliation),
            ..self.clone()
        }
    }
}

/// Words left out of initials.
const ACRONYM_STOP: [&str; 10] = ["of", "the", "and", "for", "named", "after", "im", "imeni", "na", "i"];

/// The Latin letters a transliterated word begins with that stand for one
/// Cyrillic letter (`ts` for Ц, `sh` for Ш, ...), if any and the word
/// goes on.
fn cyrillic_digraph(w: &str) -> Option<&'static str> {
    ["shch", "ts", "sh", "ch", "zh", "kh", "ya", "yu", "ye", "yo"]
        .into_iter()
        .find(|d| w.starts_with(d) && w.len() > d.len())
}

/// The initials of a name's words; with `digraphs`, the Latin letter pairs
/// that stand for one Cyrillic letter (ts for Ц, sh for Ш, ...) count as one.
fn initials(words: &[String], digraphs: bool) -> Option<String> {
    let words: Vec<&String> = words.iter().filter(|w| !ACRONYM_STOP.contains(&w.as_str())).collect();
    if words.len() < 3 {
        return None;
    }
    let first = |w: &str| -> String {
        if let Some(d) = cyrillic_digraph(w).filter(|_| digraphs) {
            return d.to_string();
        }
        if w.bytes().all(|b| b.is_ascii_digit()) { w.to_string() } else { w.chars().take(1).collect() }
    };
    Some(words.iter().map(|w| first(w)).collect())
}

/// Legal forms, as token sequences after transliteration; longest first
/// when several could apply.
const LEGAL_FORMS: &[&str] = &[
    // Russian, Belarusian, Kazakh, Kyrgyz (transliterated), spelled out and abbreviated
    "obshchestvo s ogranichennoy otvetstvennostyu",
    "obshchestvo s ogranichennoi otvetstvennostiu",
    "publichnoe aktsionernoe obshchestvo",
    "zakrytoe aktsionernoe obshchestvo",
    "otkrytoe aktsionernoe obshchestvo",
    "nepublichnoe aktsionernoe obshchestvo",
    "aktsionernoe obshchestvo",
    "publichnoye aktsionernoye obshchestvo",
    "zakrytoye aktsionernoye obshchestvo",
    "otkrytoye aktsionernoye obshchestvo",
    "aktsionernoye obshchestvo",
    "aktsionernoe obshestvo",
    "aktcionernoe obshestvo",
    "publichnoe aktsionernoe obschestvo",
    "otkrytoe aktsionernoe obschestvo",
    "zakrytoe aktsionernoe obschestvo",
    "aktsionernoe obschestvo",
    "publichnogo aktsionernogo obshchestva",
    "aktsionernogo obshchestva",
    "obshchestva s ogranichennoy otvetstvennostyu",
    "avtonomnaya nekommercheskaya organizatsiya",
    "autonomous non profit organization",
    "tovarishchestvo s ogranichennoy otvetstvennostyu",
    // Russian autonomous non-profit organisation (АНО), spelled otherwise
    "autonomous nonprofit organization",
    "autonomous non profit organisation",
    // Belarusian (ААТ, ЗАТ, АТ, ТАА, ПУП, УП), as transliterated (not `pup`,
    // an English word)
    "adkrytae aktsyyanernae tavarystva",
    "zakrytae aktsyyanernae tavarystva",
    "aktsyyanernae tavarystva",
    "tavarystva z abmezhavanay adkaznastsyu",
    "pryvatnae unitarnae pradpryemstva",
    "unitarnae pradpryemstva",
    "aat",
    "zat",
    "taa",
    // Ukrainian (ВАТ, ЗАТ, ПрАТ, ПАТ, АТ, ТОВ, ДП), as transliterated (not
    // `vat`, an English word and a company)
    "vidkrite aktsionerne tovaristvo",
    "zakrite aktsionerne tovaristvo",
    "privatne aktsionerne tovaristvo",
    "publichne aktsionerne tovaristvo",
    "aktsionerne tovaristvo",
    "aktsionerna kompaniia",
    "aktsionerna kompaniya",
    "tovaristvo z obmezhenoyu vidpovidalnistyu",
    "derzhavne pidpriiemstvo",
    "prat",
    "tov",
    // Kazakh and Kyrgyz (ЖШС, ЖЧК), as transliterated
    "zhauapkershiligi shekteuli seriktestigi",
    "zhshs",
    "zhauapkershiligi shektelgen seriktestik",
    "zhoopkerchiligi chektelgen koomu",
    "publichno pravovaya kompaniya",
    "mezhdunarodnaya kompaniya aktsionernoe obshchestvo",
    "mezhdunarodnaya kompaniya publichnoe aktsionernoe obshchestvo",
    "mkao",
    "mkpao",
    "unitarnoe predpriyatie",
    "ooo",
    "oao",
    "zao",
    "pao",
    "ao",
    "nao",
    "too",
    "osoo",
    "up",
    "fgup",
    "gup",
    "ip",
    "fgbu",
    "fgbun",
    "fkp",
    "ano",
    "mup",
    "fsue",
    // Federal state enterprise (ФКП, ФГП in English)
    "fse",
    "fsbi",
    "fsi",
    "fgu",
    "federal state unitary enterprise",
    "federal state budgetary institution",
    "federal state budgetary enterprise",
    // Russian state bodies' forms, spelled out (nominative and genitive) and in English
    "federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie nauki",
    "federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie",
    "federalnoe gosudarstvennoe byudzhetnoe obrazovatelnoe uchrezhdenie vysshego obrazovaniya",
    "federalnoe gosudarstvennoe avtonomnoe obrazovatelnoe uchrezhdenie vysshego obrazovaniya",
    "federalnoe gosudarstvennoe uchrezhdenie",
    "federalnoe gosudarstvennoe unitarnoe predpriyatie",
    "federalnoe gosudarstvennoe kazennoe uchrezhdenie",
    "federalnoe kazennoe predpriyatie",
    "federalnoe kazennoe uchrezhdenie",
    "gosudarstvennoe unitarnoe predpriyatie",
    "gosudarstvennoe byudzhetnoe uchrezhdenie",
    "federalnogo gosudarstvennogo byudzhetnogo uchrezhdeniya nauki",
    "federalnogo gosudarstvennogo byudzhetnogo uchrezhdeniya",
    "federalnogo gosudarstvennogo unitarnogo predpriyatiya",
    "federalnogo gosudarstvennogo uchrezhdeniya",
    "federal state budgetary institution of science",
    "federal state budgetary scientific institution",
    "federalnoe gosudarstvennoe byudzhetnoe nauchnoe uchrezhdenie",
    "federal state treasury institution",
    "fgbnu",
    "federal state budgetary educational institution of higher education",
    "federal state autonomous educational institution of higher education",
    "federal state budget institution",
    "federal state institution",
    "federal state enterprise",
    "federal state treasury enterprise",
    "federal treasury enterprise",
    "state unitary enterprise",
    "municipal unitary enterprise",
    "munitsipalnoe unitarnoe predpriyatie",
    // Belarusian forms: a private unitary enterprise, an additional
    // liability company.
    "private unitary enterprise",
    "chastnoe unitarnoe predpriyatie",
    "additional liability company",
    "obshchestvo s dopolnitelnoy otvetstvennostyu",
    "fgbou",
    "fgaou",
    "fgku",
    "fku",
    // English and international
    "limited liability company",
    "limited liability partnership",
    "joint stock company",
    "public joint stock company",
    // A bank's (АКБ: акционерный коммерческий банк).
    "joint stock commercial bank",
    "public joint stock commercial bank",
    "jscb",
    "akb",
    "aktsionernyy kommercheskiy bank",
    "aktsionernyi kommercheskii bank",
    "public joint company",
    "public law company",
    "closed joint stock company",
    "open joint stock company",
    "public limited company",
    // `Volgograd Machine Building Company Limited Liability Company`: the
    // company word and the form, both set aside, as in `... Company LLC`.
    "company limited liability company",
    "company limited",
    "co ltd",
    "pte ltd",
    "pvt ltd",
    "private limited",
    "private limited company",
    "private joint stock company",
    "non public joint stock company",
    "joint stock corporation",
    "jcs",
    "sdn bhd",
    "llc",
    "llp",
    "lp",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "plc",
    "jsc",
    "pjsc",
    "prjsc",
    // Non-public joint stock company (НАО)
    "njsc",
    "cjsc",
    "ojsc",
    "ojs",
    "pte",
    "pvt",
    // Continental Europe (Lithuanian UAB, AB too)
    "uab",
    "gmbh",
    "ag",
    "kg",
    "se",
    "sa",
    "s a",
    // Latin America (sociedad anónima de capital variable)
    "s a de c v",
    "sa de cv",
    "s de r l de c v",
    "s de r l",
    "sas",
    "sarl",
    "srl",
    "s r l",
    "spa",
    "s p a",
    "bv",
    "b v",
    "nv",
    "n v",
    "ab",
    "oy",
    "oyj",
    "as",
    "a s",
    "aps",
    "sp z o o",
    "spolka z o o",
    "kft",
    "zrt",
    "d o o",
    "doo",
    "s r o",
    "sro",
    "k k",
    "kk",
    "kabushiki kaisha",
    "yugen kaisha",
    // Turkey, Gulf
    "anonim sirketi",
    "limited sirketi",
    "ltd sti",
    // Either word abbreviated alone (`Ltd. Şirketi`, `Limited Şti.`).
    "ltd sirketi",
    "limited sti",
    "dis ticaret",
    // `Sanayi ve Ticaret` (industry and trade) before the form proper, as
    // nearly every Turkish company writes it.
    "sanayi ve ticaret",
    "san ve tic",
    "sanayi ve dis ticaret",
    "ic ve dis ticaret",
    "fze",
    "fzco",
    "fzc",
    "fz llc",
    "dmcc",
    // Chinese (pinyin of 有限公司, 股份有限公司, 有限责任公司, 集团)
    "gufen youxian gongsi",
    "youxian zeren gongsi",
    "youxian gongsi",
    "gongsi",
];

/// Whether a word is one of the [`COMMON_WORDS`] (looked up in a set: the
/// list is searched for every word of every name compared).
pub fn is_common(word: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| COMMON_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// Common words that say little about identity: weighted down in similarity.
pub const COMMON_WORDS: &[&str] = &[
    "plant",
    "center",
    // Not "central": a central institute is another than the institute
    // (`ЦНИИ Точмаш`, `НИИ Точмаш`).
    "scientific",
    "institute",
    "association",
    "firm",
    "state",
    "federal",
    "budgetary",
    "institution",
    "unitary",
    "ministry",
    "defence",
    "russian",
    "russia",
    "federation",
    "named",
    "after",
    "bureau",
    "experimental",
    "concern",
    "corporation",
    "company",
    "repair",
    "house",
    "joint",
    "stock",
    "trading",
    "trade",
    "trades",
    "technology",
    "technologies",
    "tech",
    "electronics",
    "electronic",
    "industrial",
    "industries",
    "industry",
    "group",
    "international",
    "intl",
    "holding",
    "holdings",
    "import",
    "export",
    "logistics",
    "supply",
    "supplies",
    "components",
    "systems",
    "system",
    "engineering",
    "development",
    "service",
    "services",
    "solutions",
    "general",
    "global",
    "investment",
    "investments",
    "invest",
    "factory",
    "enterprise",
    "enterprises",
    "research",
    "production",
    "design",
    "centre",
    "kontsern",
    "zavod",
    "nauchno",
    "proizvodstvennoe",
    "obedinenie",
    "npo",
    "nii",
    "kb",
    "okb",
    "npp",
    "the",
    "and",
    "of",
    "for",
    "shenzhen",
    "hong",
    "kong",
    "china",
    "beijing",
    "shanghai",
    "guangzhou",
    "ningbo",
    "hangzhou",
    "changsha",
    "dongguan",
    "xiamen",
    // The words of Turkish company names that say what a company does
    // (`Gıda Sanayi ve Ticaret Anonim Şirketi`, food industry and trade;
    // `San. ve Tic.`), as `trading` and `industry` are in English.
    "sanayi",
    "san",
    "ticaret",
    "tic",
    "ve",
    "gida",
    "ithalat",
    "ihracat",
    "lojistik",
    "teknoloji",
    "elektronik",
    "dianzi",
    "keji",
    "maoyi",
    "guoji",
    "electro",
    "elektro",
    "tekhno",
    "techno",
    "snab",
    "stroy",
    "servis",
    // Organisation words that the translations above produce
    "shipbuilding",
    "shipyard",
    "ship",
    "aviation",
    "helicopter",
    "instrument",
    "technical",
    "complex",
    "branch",
    "administration",
    // Kinds of body (`ГК`, a group of companies or a state corporation;
    // `Автономная Некоммерческая Организация`, `Autonomous NGO`)
    "gk",
    "city",
    "organization",
    "organisation",
    "autonomous",
    "ngo",
    "department",
    "agency",
    "sciences",
    "academy",
    "university",
    "laboratory",
    "national",
    "united",
    "venture",
    "automation",
    "applied",
    "testing",
    "marine",
    "military",
    "space",
    "rocket",
    "radio",
    "machinebuilding",
    "engine",
    "peoples",
    "republic",
    "special",
    "educational",
    "transport",
    "means",
];

/// Chinese words of the trade and of suppliers' names, and Chinese places
/// (`true`), in simplified and traditional characters, with their English,
/// written from a word list of the trade. Read from the characters before
/// transliteration, as the pinyin of a word may be a brand's (`动力`, power,
/// and `东立`, a name, are both `dong li`), and any_ascii reads the first
/// character of some places otherwise (`厦门`, Xiamen, as `sha men`; `长沙`,
/// Changsha, as `zhang sha`). A place followed by `市` (city) or `省`
/// (province) loses it.
const CHINESE_WORDS: &[(&str, &str, bool)] = &[
    ("供应链", "supply chain", false),
    ("管理", "management", false),
    ("货运代理", "freight forwarding", false),
    ("货运", "freight", false),
    ("代理", "agency", false),
    ("零部件", "components", false),
    ("配件", "parts", false),
    ("航空", "aviation", false),
    ("发动机", "engine", false),
    ("發動機", "engine", false),
    ("数控", "cnc", false),
    ("數控", "cnc", false),
    ("商贸", "trading", false),
    ("商貿", "trading", false),
    ("微电子", "microelectronics", false),
    ("微電子", "microelectronics", false),
    ("集成电路", "integrated circuit", false),
    ("集成電路", "integrated circuit", false),
    ("光学", "optical", false),
    ("光學", "optical", false),
    ("激光", "laser", false),
    ("精密", "precision", false),
    ("仪表", "instrument", false),
    ("儀表", "instrument", false),
    ("自动化", "automation", false),
    ("自動化", "automation", false),
    ("机器人", "robot", false),
    ("機器人", "robot", false),
    ("无人机", "uav", false),
    ("無人機", "uav", false),
    ("新能源", "new energy", false),
    ("能源", "energy", false),
    ("化工", "chemical", false),
    ("材料", "materials", false),
    ("金属", "metal", false),
    ("金屬", "metal", false),
    ("钢铁", "steel", false),
    ("鋼鐵", "steel", false),
    ("轴承", "bearing", false),
    ("軸承", "bearing", false),
    ("机电", "electromechanical", false),
    ("機電", "electromechanical", false),
    ("电机", "motor", false),
    ("電機", "motor", false),
    ("动力", "power", false),
    ("動力", "power", false),
    ("五金", "hardware", false),
    ("汽车", "automobile", false),
    ("汽車", "automobile", false),
    ("船舶", "marine", false),
    ("海运", "shipping", false),
    ("海運", "shipping", false),
    ("运输", "transport", false),
    ("運輸", "transport", false),
    ("网络", "network", false),
    ("網絡", "network", false),
    ("软件", "software", false),
    ("軟件", "software", false),
    ("通信", "communication", false),
    ("无线", "wireless", false),
    ("無線", "wireless", false),
    ("导航", "navigation", false),
    ("導航", "navigation", false),
    ("雷达", "radar", false),
    ("雷達", "radar", false),
    ("传感", "sensor", false),
    ("傳感", "sensor", false),
    ("制造", "manufacturing", false),
    ("製造", "manufacturing", false),
    ("服务", "services", false),
    ("服務", "services", false),
    ("咨询", "consulting", false),
    ("諮詢", "consulting", false),
    ("环球", "global", false),
    ("環球", "global", false),
    ("全球", "global", false),
    ("世纪", "century", false),
    ("世紀", "century", false),
    ("亚洲", "asia", false),
    ("亞洲", "asia", false),
    ("亚欧", "asia europe", false),
    ("亞歐", "asia europe", false),
    ("欧亚", "eurasia", false),
    ("歐亞", "eurasia", false),
    ("商务", "business", false),
    ("商務", "business", false),
    ("银行", "bank", false),
    ("銀行", "bank", false),
    ("供應鏈", "supply chain", false),
    ("貨運代理", "freight forwarding", false),
    ("貨運", "freight", false),
    ("電子元件", "electronic components", false),
    ("电子元件", "electronic components", false),
    ("元件", "components", false),
    ("厦门", "xiamen", true),
    ("廈門", "xiamen", true),
    ("长沙", "changsha", true),
    ("長沙", "changsha", true),
    ("长春", "changchun", true),
    ("長春", "changchun", true),
    ("重庆", "chongqing", true),
    ("重慶", "chongqing", true),
    ("成都", "chengdu", true),
    ("广东", "guangdong", true),
    ("廣東", "guangdong", true),
    ("浙江", "zhejiang", true),
    ("江苏", "jiangsu", true),
    ("江蘇", "jiangsu", true),
    ("山东", "shandong", true),
    ("山東", "shandong", true),
    ("福建", "fujian", true),
    ("河北", "hebei", true),
    ("河南", "henan", true),
    ("湖北", "hubei", true),
    ("湖南", "hunan", true),
    ("四川", "sichuan", true),
    ("江西", "jiangxi", true),
    ("安徽", "anhui", true),
    ("黑龙江", "heilongjiang", true),
    ("黑龍江", "heilongjiang", true),
    ("吉林", "jilin", true),
    ("辽宁", "liaoning", true),
    ("遼寧", "liaoning", true),
    ("内蒙古", "inner mongolia", true),
    ("內蒙古", "inner mongolia", true),
    ("新疆", "xinjiang", true),
    ("广西", "guangxi", true),
    ("廣西", "guangxi", true),
    ("云南", "yunnan", true),
    ("雲南", "yunnan", true),
    ("贵州", "guizhou", true),
    ("貴州", "guizhou", true),
    ("甘肃", "gansu", true),
    ("甘肅", "gansu", true),
    ("海南", "hainan", true),
    ("台湾", "taiwan", true),
    ("臺灣", "taiwan", true),
    ("宁夏", "ningxia", true),
    ("寧夏", "ningxia", true),
    ("义乌", "yiwu", true),
    ("義烏", "yiwu", true),
    ("中山", "zhongshan", true),
    ("惠州", "huizhou", true),
    ("汕头", "shantou", true),
    ("汕頭", "shantou", true),
    ("泉州", "quanzhou", true),
    ("绍兴", "shaoxing", true),
    ("紹興", "shaoxing", true),
    ("嘉兴", "jiaxing", true),
    ("嘉興", "jiaxing", true),
    ("金华", "jinhua", true),
    ("金華", "jinhua", true),
    ("台州", "taizhou", true),
    ("南昌", "nanchang", true),
    ("济南", "jinan", true),
    ("濟南", "jinan", true),
    ("烟台", "yantai", true),
    ("煙台", "yantai", true),
    ("潍坊", "weifang", true),
    ("石家庄", "shijiazhuang", true),
    ("石家莊", "shijiazhuang", true),
    ("太原", "taiyuan", true),
    ("哈尔滨", "harbin", true),
    ("哈爾濱", "harbin", true),
    ("乌鲁木齐", "urumqi", true),
    ("烏魯木齊", "urumqi", true),
    ("绵阳", "mianyang", true),
    ("綿陽", "mianyang", true),
    ("兰州", "lanzhou", true),
    ("蘭州", "lanzhou", true),
    ("南宁", "nanning", true),
    ("南寧", "nanning", true),
    ("贵阳", "guiyang", true),
    ("貴陽", "guiyang", true),
    ("满洲里", "manzhouli", true),
    ("滿洲里", "manzhouli", true),
    ("绥芬河", "suifenhe", true),
    ("綏芬河", "suifenhe", true),
    ("黑河", "heihe", true),
    ("珲春", "hunchun", true),
    ("琿春", "hunchun", true),
    ("二连浩特", "erenhot", true),
    ("二連浩特", "erenhot", true),
    ("霍尔果斯", "khorgos", true),
    ("霍爾果斯", "khorgos", true),
    ("澳门", "macau", true),
    ("澳門", "macau", true),
    ("九龙", "kowloon", true),
    ("九龍", "kowloon", true),
    ("新界", "new territories", true),
    ("南京", "nanjing", true),
    ("青岛", "qingdao", true),
    ("青島", "qingdao", true),
    ("昆山", "kunshan", true),
    ("江门", "jiangmen", true),
    ("江門", "jiangmen", true),
    ("珠海", "zhuhai", true),
    ("电子", "electronic", false),
    ("電子", "electronic", false),
    ("科技", "technology", false),
    ("技术", "technology", false),
    ("技術", "technology", false),
    ("贸易", "trading", false),
    ("貿易", "trading", false),
    ("国际", "international", false),
    ("國際", "international", false),
    ("实业", "industrial", false),
    ("實業", "industrial", false),
    ("工业", "industrial", false),
    ("工業", "industrial", false),
    ("集团", "group", false),
    ("集團", "group", false),
    ("发展", "development", false),
    ("發展", "development", false),
    ("空间", "space", false),
    ("空間", "space", false),
    ("科学", "science", false),
    ("科學", "science", false),
    ("研究院", "research institute", false),
    ("研究所", "research institute", false),
    ("航天", "aerospace", false),
    ("宇航", "aerospace", false),
    ("卫星", "satellite", false),
    ("衛星", "satellite", false),
    ("机床", "machine tool", false),
    ("機床", "machine tool", false),
    ("机械", "machinery", false),
    ("機械", "machinery", false),
    ("电气", "electric", false),
    ("電氣", "electric", false),
    ("创新", "innovation", false),
    ("創新", "innovation", false),
    ("高科技", "high tech", false),
    ("高科", "high tech", false),
    ("信息", "information", false),
    ("資訊", "information", false),
    ("通讯", "communications", false),
    ("通訊", "communications", false),
    ("物流", "logistics", false),
    ("智能", "intelligent", false),
    ("半导体", "semiconductor", false),
    ("半導體", "semiconductor", false),
    ("芯片", "chip", false),
    ("工程", "engineering", false),
    ("进出口", "import export", false),
    ("進出口", "import export", false),
    ("元器件", "components", false),
    ("光电", "optoelectronic", false),
    ("光電", "optoelectronic", false),
    ("控股", "holdings", false),
    ("投资", "investment", false),
    ("投資", "investment", false),
    ("设备", "equipment", false),
    ("設備", "equipment", false),
    ("仪器", "instrument", false),
    ("儀器", "instrument", false),
    ("中国", "china", true),
    ("中國", "china", true),
    ("香港", "hong kong", true),
    ("深圳", "shenzhen", true),
    ("北京", "beijing", true),
    ("上海", "shanghai", true),
    ("广州", "guangzhou", true),
    ("廣州", "guangzhou", true),
    ("宁波", "ningbo", true),
    ("寧波", "ningbo", true),
    ("杭州", "hangzhou", true),
    ("苏州", "suzhou", true),
    ("蘇州", "suzhou", true),
    ("天津", "tianjin", true),
    ("西安", "xian", true),
    ("武汉", "wuhan", true),
    ("武漢", "wuhan", true),
    ("东莞", "dongguan", true),
    ("東莞", "dongguan", true),
    ("佛山", "foshan", true),
    ("合肥", "hefei", true),
    ("郑州", "zhengzhou", true),
    ("鄭州", "zhengzhou", true),
    ("大连", "dalian", true),
    ("大連", "dalian", true),
    ("沈阳", "shenyang", true),
    ("瀋陽", "shenyang", true),
    ("无锡", "wuxi", true),
    ("無錫", "wuxi", true),
    ("常州", "changzhou", true),
    ("温州", "wenzhou", true),
    ("溫州", "wenzhou", true),
    ("福州", "fuzhou", true),
    ("昆明", "kunming", true),
    ("台北", "taipei", true),
    ("臺北", "taipei", true),
];

/// A name with the words of [`CHINESE_WORDS`] written in English between
/// spaces, the longest that fits first at each character.
fn chinese_words_in_english(name: &str) -> String {
    type Words = rustc_hash::FxHashMap<char, Vec<(&'static str, &'static str, bool)>>;
    static BY_FIRST: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut map: Words = Default::default();
        for &(zh, en, place) in CHINESE_WORDS {
            map.entry(zh.chars().next().expect("a word")).or_default().push((zh, en, place));
        }
        for words in map.values_mut() {
            words.sort_by_key(|(zh, _, _)| std::cmp::Reverse(zh.len()));
        }
        map
    });
    let mut out = String::with_capacity(name.len() * 2);
    let mut rest = name;
    while let Some(c) = rest.chars().next() {
        let found = by_first.get(&c).and_then(|words| words.iter().find(|(zh, _, _)| rest.starts_with(zh)));
        match found {
            Some((zh, en, place)) => {
                out.push(' ');
                out.push_str(en);
                out.push(' ');
                rest = &rest[zh.len()..];
                if *place {
                    rest = rest.strip_prefix(['市', '省']).unwrap_or(rest);
                }
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Whether a word is one of the English words of [`CHINESE_WORDS`], which
/// [`pinyin_words`] keeps as it is.
fn is_chinese_word_in_english(t: &str) -> bool {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| CHINESE_WORDS.iter().flat_map(|(_, en, _)| en.split(' ')).collect()).contains(t)
}

/// Whether a name is written mostly in Chinese characters.
fn mostly_chinese(name: &str) -> bool {
    let (mut cjk, mut other) = (0, 0);
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        if is_cjk(c) { cjk += 1 } else { other += 1 }
    }
    cjk > other
}

/// The words of a Chinese name from its syllables: the words of
/// [`CHINESE_WORDS`], read in English from the characters, as they are, and
/// the syllables between them joined into one word, as English renderings
/// write them (`bi guang`: `biguang`).
fn pinyin_words(syllables: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    for s in syllables {
        if is_chinese_word_in_english(s) {
            if !run.is_empty() {
                out.push(std::mem::take(&mut run));
            }
            out.push(s.clone());
        } else {
            run.push_str(s);
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// Words that join others and say nothing about identity (English and
/// transliterated Russian): dropped.
const STOP_WORDS: &[&str] = &[
    "and", "of", "the", "for", "in", "on", "at", "to", "with", "i", "po", "na", "pri", "named", "after", "im", "imeni",
];

/// Russian organisation abbreviations, transliterated, their English
/// counterparts, and English phrases for one Russian word, with the words
/// they stand for (translated as the words themselves are), so that `NPO
/// Basalt` and `Scientific Production Association Basalt` share their words,
/// as do `ODK-Saturn` and `UEC-Saturn`, or `Machine-Building Plant` and
/// `Mashinostroitelnyy Zavod`. Expanded in names of two words or more.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("npo", "scientific production association"),
    ("npp", "scientific production enterprise"),
    // Also a corporation (a legal form) or a concern: the kind left out.
    ("npk", "scientific production"),
    ("npts", "scientific production center"),
    ("nptc", "scientific production center"),
    ("fnpts", "federal scientific production center"),
    ("ntts", "scientific technical center"),
    ("ntc", "scientific technical center"),
    ("nts", "scientific technical center"),
    ("nii", "scientific research institute"),
    ("niti", "scientific research technological institute"),
    ("vnii", "all russian scientific research institute"),
    ("tsnii", "central scientific research institute"),
    ("okb", "experimental design bureau"),
    ("skb", "special design bureau"),
    ("tskb", "central design bureau"),
    ("kb", "design bureau"),
    ("srz", "ship repair plant"),
    ("ssz", "shipbuilding plant"),
    ("gnts", "state scientific center"),
    ("mo rf", "ministry defence russian federation"),
    ("mod rf", "ministry defence russian federation"),
    ("rf", "russian federation"),
    ("hk", "hong kong"),
    ("so ran", "siberian branch russian academy sciences"),
    ("ran", "russian academy sciences"),
    ("sb ras", "siberian branch russian academy sciences"),
    ("ras al", "ras al"), // Ras Al Khaimah, not the academy
    ("ras", "russian academy sciences"),
    // Russian state corporations and their English initials ("corporation"
    // is a legal form, left out)
    ("odk", "united engine"),
    ("uec", "united engine"),
    ("osk", "united shipbuilding"),
    ("usc", "united shipbuilding"),
    ("uac", "united aviation"),
    ("chvk", "private military"),
    ("pmc", "private military"),
    // English phrases for one Russian word
    ("machine building", "machinebuilding"),
    // `Iron and Steel Works`, as English names a `Металлургический комбинат`.
    ("iron steel", "metallurgical"),
    ("mechanical engineering", "machinebuilding"),
    ("machine engineering", "machinebuilding"),
    ("computer engineering", "computer technologies"),
    ("electronic engineering", "electronic technologies"),
    ("radio engineering", "radio"),
    ("power engineering", "energy"),
    ("instrument making", "instrument"),
    ("instrument engineering", "instrument"),
    ("engine building", "engine"),
    // An oil refinery as one word, as Russian writes it.
    ("oil refinery", "oilrefinery"),
    ("oil refining", "oilrefinery"),
    ("refinery", "oilrefinery"),
    ("aircraft building", "aviation"),
    ("long range", "distance"),
    ("proizvodstvennogo tipa", "production type"),
    ("sredstv vychislitelnoy tekhniki", "computer technologies"),
    ("computer hardware", "computer technologies"),
    ("computing machinery", "computer technologies"),
    ("device building", "instrument"),
    ("device making", "instrument"),
    ("motor building", "engine"),
    ("electrical engineering", "electrotechnical"),
    ("agricultural engineering", "agricultural machinebuilding"),
    ("armored vehicle", "armored"),
    ("armored vehicles", "armored"),
    ("armoured vehicle", "armored"),
    ("armoured vehicles", "armored"),
    ("letatelnykh apparatov", "aerial vehicles"),
    ("letatelnye apparaty", "aerial vehicles"),
    ("letatelnyy apparat", "aerial vehicle"),
    ("kosmicheskikh apparatov", "space vehicles"),
    ("aircraft manufacturing", "aviation"),
    ("heavy engineering", "heavy machinebuilding"),
    ("transport engineering", "transport machinebuilding"),
    ("chemical engineering", "chemical machinebuilding"),
    ("td", "trading house"),
    // Initials of kinds of Russian body (general knowledge).
    ("nipi", "scientific research design institute"),
    ("nikti", "scientific research design technological institute"),
    ("sktb", "special design technological bureau"),
    ("oktb", "experimental design technological bureau"),
    ("pkb", "design design bureau"),
    ("gosnii", "state scientific research institute"),
    ("oez", "special economic zone"),
    ("rkts", "rocket space center"),
    ("bpla", "unmanned aerial vehicles"),
    ("uav", "unmanned aerial vehicles"),
    ("vpk", "military industrial complexes"),
    ("design office", "design bureau"),
    ("podvodnykh krylyakh", "hydrofoil"),
    ("zheleznaya doroga", "railway"),
    ("nits", "scientific research center"),
    ("db", "design bureau"),
    // English initials of the same kinds of body
    ("spa", "scientific production association"),
    // ГК, группа компаний: a group of companies.
    ("gk", "group"),
    ("spe", "scientific production enterprise"),
    ("rpe", "scientific production enterprise"),
    ("rpa", "scientific production association"),
    ("spc", "scientific production center"),
    ("rpc", "scientific production center"),
    ("fspc", "federal scientific production center"),
    ("csri", "central scientific research institute"),
    ("cri", "central scientific research institute"),
    ("ric", "scientific production"),
    ("src", "scientific research center"),
    ("edb", "experimental design bureau"),
    ("sdb", "special design bureau"),
    ("cdb", "central design bureau"),
    ("ccb", "central design bureau"),
    ("mdb", "machinebuilding design bureau"),
    ("pa", "production association"),
    ("vo", "foreign trade association"),
    ("fta", "foreign trade association"),
    ("vvs", "air force"),
    ("vdts", "all russian childrens center"),
    ("engineering design bureau", "machinebuilding design bureau"),
    ("radio technical", "radio"),
    ("foreign economic", "foreign trade"),
    // Russian state security and military bodies
    ("fsb", "federal security service"),
    ("svr", "foreign intelligence service"),
    ("fso", "federal protective service"),
    ("gru", "main intelligence administration"),
    ("vks", "aerospace forces"),
    ("vmf", "navy"),
    ("voenno morskoy flot", "navy"),
    ("voenno morskogo flota", "navy"),
    ("vdv", "airborne troops"),
    ("pvo", "air defence"),
    ("mchs", "ministry emergency situations"),
    ("vch", "military unit"),
    ("voyskovaya chast", "military unit"),
    ("dvo", "far eastern branch"),
    ("feb", "far eastern branch"),
    ("dpr", "donetsk peoples republic"),
    ("lpr", "luhansk peoples republic"),
    ("state owned", "state"),
    // Общественная организация: a non-governmental organisation.
    ("non governmental", "public"),
    ("arz", "aviation repair plant"),
    ("arp", "aviation repair plant"),
    ("btrz", "armored repair plant"),
    ("machine manufacturing", "machinebuilding"),
    ("instrument manufacturing", "instrument"),
    ("dnr", "donetsk peoples republic"),
    ("lnr", "luhansk peoples republic"),
    ("vooruzhennykh sil", "armed forces"),
    ("vooruzhennye sily", "armed forces"),
    ("vooruzhennymi silami", "armed forces"),
    ("fl", "branch"),
    ("semiconductor devices", "semiconductor instrument"),
    ("measuring devices", "measuring instrument"),
    ("mechanical devices", "mechanical instrument"),
    ("electronic devices", "electronic instrument"),
    ("instrument building", "instrument"),
    // A tractor on tracks (not the brand alone).
    ("caterpillar tractors", "tracked tractor"),
    ("caterpillar tractor", "tracked tractor"),
    ("electromechanical devices", "electromechanical instrument"),
    ("ceramic devices", "ceramic instrument"),
    ("tv channel", "tv"),
    ("television channel", "tv"),
    ("mvd", "ministry internal affairs"),
    ("so called", ""),
    ("vnutrennikh del", "internal affairs"),
    ("heat engineering", "thermal engineering"),
    ("precision engineering", "precision machinebuilding"),
    ("zheleznoy dorogi", "railway"),
    ("zheleznye dorogi", "railway"),
    ("zheleznykh dorog", "railway"),
    ("construction bureau", "design bureau"),
];

/// Transliterated Russian words of organisation names and their English
/// counterparts, so that a translated alias and a transliterated one share
/// tokens (`Nauchno-Proizvodstvennoe Ob'edinenie` / `Scientific Production Association`).
const TRANSLATIONS: &[(&str, &str)] = &[
    ("zavod", "plant"),
    ("tsentr", "center"),
    ("centre", "center"),
    ("tsentralnyy", "central"),
    ("tsentralnyi", "central"),
    ("nauchno", "scientific"),
    ("nauchnyy", "scientific"),
    ("issledovatelskiy", "research"),
    ("issledovatelskii", "research"),
    ("institut", "institute"),
    ("institution", "institute"),
    ("proizvodstvennoe", "production"),
    ("proizvodstvennyy", "production"),
    ("proizvodstvennoye", "production"),
    ("obedinenie", "association"),
    ("obyedinenie", "association"),
    ("predpriyatie", "enterprise"),
    ("firma", "firm"),
    ("remontnyy", "repair"),
    ("aviatsionnyy", "aircraft"),
    ("sistemy", "systems"),
    ("sistems", "systems"),
    ("tekhnologii", "technologies"),
    // "Company" and "corporation" are legal forms, set aside in English.
    ("kompaniya", ""),
    ("kompanii", ""),
    ("gruppa", "group"),
    ("kontsern", "concern"),
    ("korporatsiya", ""),
    ("konstruktorskoe", "design"),
    ("byuro", "bureau"),
    ("opytnoe", "experimental"),
    ("gosudarstvennoe", "state"),
    ("gosudarstvennyy", "state"),
    ("gosudarstvennaya", "state"),
    // A state corporation (`Госкорпорация «Ростех»`): the corporation, a
    // legal form, left out as in `korporatsiya`.
    ("goskorporatsiya", "state"),
    ("goskorporatsii", "state"),
    ("federalnoe", "federal"),
    ("federalnyy", "federal"),
    ("byudzhetnoe", "budgetary"),
    ("uchrezhdenie", "institution"),
    ("unitarnoe", "unitary"),
    ("ministerstva", "ministry"),
    ("oborony", "defence"),
    ("defense", "defence"),
    ("rossiyskoy", "russian"),
    ("rossiyskaya", "russian"),
    ("federatsii", "federation"),
    ("imeni", "named"),
    ("im", "named"),
    ("svyazi", "communications"),
    ("apparatury", "equipment"),
    ("elektronika", "electronics"),
    ("electronica", "electronics"),
    ("elektronica", "electronics"),
    ("elektronnyy", "electronic"),
    ("khimicheskiy", "chemical"),
    ("mashinostroitelnyy", "machinebuilding"),
    ("mashinostroeniya", "machinebuilding"),
    ("priborostroeniya", "instrument"),
    ("priborostroitelnyy", "instrument"),
    ("torgovyy", "trading"),
    ("dom", "house"),
    ("snabzhenie", "supply"),
    ("radiotekhnicheskiy", "radio"),
    ("radiotechnical", "radio"),
    ("radiozavod", "radio plant"),
    ("radioplant", "radio plant"),
    ("union", "association"),
    ("optiko", "optical"),
    ("mekhanicheskiy", "mechanical"),
    ("kholding", "holding"),
    ("investitsii", "investment"),
    ("aircraft", "aviation"),
    ("verf", "shipbuilding plant"),
    ("verfi", "shipbuilding plant"),
    ("sudoremontnyy", "ship repair"),
    ("sudoremonta", "ship repair"),
    ("sudoremontnyi", "ship repair"),
    ("sudostroeniya", "shipbuilding"),
    ("sudostroenie", "shipbuilding"),
    ("shipyard", "shipbuilding plant"),
    ("works", "plant"),
    ("factory", "plant"),
    ("kompleks", "complex"),
    ("complexes", "complex"),
    ("tekhnicheskiy", "technical"),
    ("tekhnicheskii", "technical"),
    ("research", "scientific"),
    ("akademii", "academy"),
    ("nauk", "sciences"),
    ("science", "sciences"),
    ("filial", "branch"),
    ("otdeleniya", "branch"),
    ("otdelenie", "branch"),
    ("upravlenie", "administration"),
    ("upravleniya", "administration"),
    ("ministerstvo", "ministry"),
    ("departament", "department"),
    ("sluzhba", "service"),
    ("agentstvo", "agency"),
    ("vertoletnyy", "helicopter"),
    ("vertoletnyi", "helicopter"),
    ("helicopters", "helicopter"),
    ("metallurgicheskiy", "metallurgical"),
    ("metallurgicheskii", "metallurgical"),
    ("prikladnoy", "applied"),
    ("prikladnoi", "applied"),
    ("avtomatiki", "automation"),
    ("automatics", "automation"),
    ("vychislitelnoy", "computer"),
    ("tekhniki", "technologies"),
    ("svyaz", "communications"),
    ("radiosvyazi", "radio communications"),
    ("tochnoy", "precision"),
    ("mekhaniki", "mechanics"),
    ("optiki", "optics"),
    ("priborov", "instruments"),
    ("instrumentation", "instrument"),
    ("instruments", "instrument"),
    ("materialov", "materials"),
    ("khimii", "chemistry"),
    ("chemical", "chemistry"),
    ("chemicals", "chemistry"),
    ("fiziki", "physics"),
    ("physical", "physics"),
    ("issledovaniy", "research"),
    ("ispytatelnyy", "testing"),
    ("poligon", "testing ground"),
    ("zavody", "plant"),
    ("sovmestnoe", "joint venture"),
    ("sp", "joint venture"),
    ("vsrossiyskiy", "all russian"),
    ("porokhovoy", "powder"),
    ("porokhovoi", "powder"),
    ("agregatnyy", "aggregate"),
    ("agregatnyi", "aggregate"),
    ("remontnyi", "repair"),
    ("remonta", "repair"),
    ("remontu", "repair"),
    ("vneshneekonomicheskoe", "foreign trade"),
    ("kosmonavtiki", "cosmonautics"),
    ("park", "park"),
    ("tekhnologicheskiy", "technological"),
    ("tekhnologicheskii", "technological"),
    ("tekhnologicheskoe", "technological"),
    ("informatsionnye", "information"),
    ("informatsionnykh", "information"),
    ("vooruzheniya", "armament"),
    ("vooruzhenie", "armament"),
    ("weapons", "armament"),
    ("elektromekhanicheskiy", "electromechanical"),
    ("elektromekhanicheskii", "electromechanical"),
    ("optomechanical", "optical mechanical"),
    ("nano", "nano"),
    ("fond", "fund"),
    ("foundation", "fund"),
    ("razvitiya", "development"),
    ("bank", "bank"),
    ("gidro", "hydro"),
    ("vserossiyskiy", "all russian"),
    ("vserossiiskii", "all russian"),
    ("nauki", "sciences"),
    ("narodnoy", "peoples"),
    ("narodnaya", "peoples"),
    ("narodnoi", "peoples"),
    ("people", "peoples"),
    ("respubliki", "republic"),
    ("respublika", "republic"),
    ("donetskoy", "donetsk"),
    ("donetskaya", "donetsk"),
    ("luganskoy", "luhansk"),
    ("luganskaya", "luhansk"),
    ("lugansk", "luhansk"),
    ("detskiy", "childrens"),
    ("detskii", "childrens"),
    ("children", "childrens"),
    // "Rossii" (of Russia) qualifies a name; "Rossiya" is often the name
    // itself (Bank Rossiya is not the Bank of Russia).
    ("rossii", "russia"),
    ("urals", "ural"),
    ("prezidenta", "president"),
    ("sistem", "systems"),
    ("kombinat", "plant"),
    ("combine", "plant"),
    ("ordena", "order"),
    ("motor", "engine"),
    ("engines", "engine"),
    ("semiconductors", "semiconductor"),
    ("microelectronic", "microelectronics"),
    ("cartridge", "ammunition"),
    ("organizatsiya", "organization"),
    ("organisation", "organization"),
    // Russian initials alone, as their English ones (in longer names both
    // are spelled out: see ABBREVIATIONS)
    ("odk", "uec"),
    ("osk", "usc"),
    ("chvk", "pmc"),
    ("golovnoy", "head"),
    ("oblasti", "region"),
    ("oblast", "region"),
    ("tayfun", "typhoon"),
    ("molodezhi", "youth"),
    // Belarusian.
    ("moladzi", "youth"),
    ("flot", "fleet"),
    ("pribory", "instrument"),
    ("shtaba", "staff"),
    ("shtab", "staff"),
    ("podgotovki", "training"),
    ("specialised", "specialized"),
    // Red (not a stem: Krasnogorsk and Krasnoyarsk are places)
    ("krasnyy", "red"),
    ("krasnyi", "red"),
    ("krasny", "red"),
    ("krasnaya", "red"),
    ("krasnoe", "red"),
    ("krasnoye", "red"),
    ("krasnogo", "red"),
    ("krasnoy", "red"),
    ("tsiklon", "cyclone"),
    ("tyfun", "typhoon"),
    ("znameni", "banner"),
    ("sever", "north"),
    ("vostok", "east"),
    ("vostoka", "east"),
    ("volokno", "fiber"),
    ("fibre", "fiber"),
    ("radiofizika", "radiophysics"),
    ("transmissii", "transmission"),
    ("golovnoi", "head"),
    ("letno", "flight"),
    ("inzhiniring", "engineering"),
    ("radiopribornyy", "radio instrument"),
    ("konstruirovaniya", "design"),
    ("materialy", "materials"),
    ("vysokikh", "high"),
    ("dvizhenie", "movement"),
    // Found with a Russian-English dictionary (see the stems), and English
    // words made one with their synonyms there.
    ("stali", "steel"),
    ("neft", "oil"),
    ("nefti", "oil"),
    ("vremeni", "time"),
    ("vremya", "time"),
    ("osobaya", "special"),
    ("osobyy", "special"),
    ("osoboy", "special"),
    ("osoboe", "special"),
    ("sborka", "assembly"),
    ("gorod", "city"),
    ("goroda", "city"),
    ("gorode", "city"),
    ("flota", "fleet"),
    ("vysshego", "higher"),
    ("vysshey", "higher"),
    ("vysshaya", "higher"),
    ("vysshee", "higher"),
    ("raschetov", "settlement"),
    ("settlements", "settlement"),
    ("railways", "railway"),
    ("foundry", "casting"),
    ("measurement", "measuring"),
    ("measurements", "measuring"),
    ("communication", "communications"),
    ("automobile", "automotive"),
    ("weapon", "armament"),
    ("doveriya", "trust"),
    ("sudov", "ships"),
    ("poletov", "flight"),
    ("poleta", "flight"),
    ("gosudarstvo", "state"),
    ("ploshchad", "square"),
    ("novyy", "new"),
    ("novaya", "new"),
    ("novoe", "new"),
    ("novykh", "new"),
    ("novye", "new"),
    ("resistors", "resistor"),
    ("partiya", "party"),
    ("sily", "forces"),
    ("otryad", "detachment"),
    ("studies", "research"),
    ("lyudi", "people"),
    ("directorate", "administration"),
    ("motozavod", "engine plant"),
    ("voysk", "troops"),
    ("voyska", "troops"),
    // English words of Russian names, written back in Latin letters
    ("treyd", "trade"),
    ("siti", "city"),
    ("interneshnl", "international"),
    ("distribyushn", "distribution"),
    ("industriz", "industries"),
    ("tekh", "tech"),
    ("tekhnolodzhi", "technology"),
    ("tekhnolodzhis", "technologies"),
    ("teknolodzhi", "technology"),
    ("teknolodzhis", "technologies"),
    ("enerdzhi", "energy"),
    ("yunayted", "united"),
    ("eyr", "air"),
    ("avieyshn", "aviation"),
    ("lodzhistiks", "logistics"),
    ("sapplay", "supply"),
    ("oyl", "oil"),
    ("mayning", "mining"),
    ("kemikal", "chemical"),
    ("didzhital", "digital"),
    ("netvork", "network"),
    ("mobayl", "mobile"),
    ("speys", "space"),
    ("speis", "space"),
    ("treid", "trade"),
    ("treyding", "trading"),
    ("grupp", "group"),
    ("pauer", "power"),
    ("telekom", "telecom"),
    ("konsalting", "consulting"),
    ("menedzhment", "management"),
    ("logistik", "logistics"),
    ("elektroniks", "electronics"),
    ("elektroniki", "electronics"),
    ("kommerts", "commerce"),
    ("solyushn", "solution"),
    ("solyushns", "solutions"),
    ("aydi", "id"),
    ("ayti", "it"),
    ("devays", "device"),
    ("devaysy", "devices"),
    ("edvansd", "advanced"),
    ("advansed", "advanced"),
    ("layn", "line"),
    ("yunion", "union"),
    ("innoveyshn", "innovation"),
    ("innoveyshns", "innovations"),
    ("sayens", "science"),
    ("dizayn", "design"),
    ("vizhn", "vision"),
    ("biznes", "business"),
    ("servisez", "services"),
    ("neshnl", "national"),
    ("khaus", "house"),
    ("klaud", "cloud"),
    ("trast", "trust"),
    ("skay", "sky"),
    ("faynenshl", "financial"),
    ("fotoniks", "photonics"),
    ("freyt", "freight"),
    ("softver", "software"),
    ("edinaya", "united"),
    ("edinyy", "united"),
    ("edinoe", "united"),
    ("telekanal", "tv"),
    ("missile", "rocket"),
    ("missiles", "rocket"),
    ("sea", "marine"),
    ("spg", "lng"),
    ("yard", "plant"),
    ("avtomobili", "vehicles"),
    ("vision", "imaging"),
    ("gidropress", "hydraulic press"),
    ("narodny", "peoples"),
    ("yugo", "south"),
    ("severo", "north"),
    ("southeast", "southern eastern"),
    ("northwest", "northern western"),
    ("parokhodstvo", "shipping"),
    ("vodokanal", "water utility"),
    ("diler", "dealer"),
    ("diviziya", "division"),
    ("divizii", "division"),
    ("armiya", "army"),
    ("armii", "army"),
    ("okrug", "district"),
    ("okruga", "district"),
    ("pervyy", "first"),
    ("pervaya", "first"),
    ("pervoe", "first"),
    ("vtoroy", "second"),
    ("vtoraya", "second"),
    ("staryy", "old"),
    ("skhem", "circuits"),
    ("skhemy", "circuits"),
    ("videniya", "vision"),
    ("atomic", "nuclear"),
    ("armoured", "armored"),
    ("aluminum", "aluminium"),
    ("factories", "plant"),
    ("crawler", "tracked"),
    ("tractors", "tractor"),
    ("warship", "military ship"),
    ("warships", "military ship"),
    ("repairing", "repair"),
    ("krym", "crimea"),
    ("obshchina", "community"),
    ("konteyner", "container"),
    ("dalney", "distance"),
    ("zarubezhya", "diaspora"),
    // English words translators use for one Russian word
    ("amalgamation", "association"),
    ("undertaking", "enterprise"),
    ("chief", "main"),
    ("governmental", "state"),
    ("liga", "league"),
    ("machinery", "machinebuilding"),
    ("computing", "computer"),
    ("interior", "internal"),
    ("gorno", "mining"),
    ("control", "administration"),
    ("management", "administration"),
    ("managing", "administration"),
    ("east", "eastern"),
    ("west", "western"),
    ("north", "northern"),
    ("south", "southern"),
    ("test", "testing"),
    ("bezopasnost", "security"),
    ("bezopasnosti", "security"),
    ("eksport", "export"),
    ("optika", "optical"),
    ("sbyt", "sales"),
    ("komponenty", "components"),
    ("kompozit", "composite"),
    ("kompozity", "composites"),
    ("tekhnika", "technologies"),
    ("komponentov", "components"),
    ("alyans", "alliance"),
    ("computers", "computer"),
    ("academic", "academician"),
    ("mill", "plant"),
    ("manufacturing", "production"),
    ("establishment", "institution"),
    ("electrical", "electric"),
    ("optics", "optical"),
    ("automatic", "automation"),
    ("shiprepair", "ship repair"),
    ("shiprepairing", "ship repair"),
    ("mashineri", "machinery"),
    ("korpus", "corps"),
    ("spetsnaz", "special forces"),
    ("sankt", "saint"),
    ("peterburg", "petersburg"),
    ("spets", "special"),
    ("radiotekhniki", "radio"),
    ("fiziko", "physics"),
    ("punkty", "posts"),
    ("punktov", "posts"),
    ("mashiny", "machines"),
    ("mashin", "machines"),
    ("kopir", "copier"),
    ("financed", "budgetary"),
    ("segodnya", "today"),
    ("dannykh", "data"),
    ("metally", "metals"),
    ("universitet", "university"),
    ("zavodom", "plant"),
    ("aviatsii", "aviation"),
    ("logistika", "logistics"),
    ("batalon", "battalion"),
    ("batalona", "battalion"),
    ("sredstv", "means"),
    ("sredstva", "means"),
    ("aktsionernaya", ""),
    ("aktsionernyy", ""),
    ("aktsionernyi", ""),
    ("companies", ""),
    ("formerly", ""),
    ("lizing", "leasing"),
    ("alye", "scarlet"),
    ("parusa", "sails"),
    ("seaport", "marine port"),
    ("khimiko", "chemistry"),
    ("grup", "group"),
    ("zona", "zone"),
    ("zony", "zone"),
    // City and common words of organisation names (general knowledge,
    // not read off the lists' misses). Not `Rossiya`: Bank Rossiya is not
    // the Bank of Russia; nor words that are often a body's own name
    // (`Союз`, `Победа`, `Лига`, `Проект`): АО «Союз» is no Association.
    ("moskva", "moscow"),
    ("moskvy", "moscow"),
    ("klub", "club"),
    ("partnerstvo", "partnership"),
    ("sovet", "council"),
    ("soveta", "council"),
    ("palata", "chamber"),
    ("palaty", "chamber"),
    // A second batch of general words of organisation names, and English
    // words translators use for them (general knowledge, not read off the
    // evaluation's misses).
    ("letiya", "anniversary"),
    ("letie", "anniversary"),
    ("pobedy", "victory"),
    ("smert", "death"),
    ("smerti", "death"),
    ("porty", "port"),
    ("motory", "engine"),
    ("kanal", "channel"),
    ("bronya", "armor"),
    ("volki", "wolves"),
    ("okean", "ocean"),
    ("znamya", "banner"),
    ("delam", "affairs"),
    ("delami", "affairs"),
    ("kabel", "cable"),
    ("muzey", "museum"),
    ("muzeya", "museum"),
    ("birzha", "exchange"),
    ("birzhi", "exchange"),
    ("rynok", "market"),
    ("rynka", "market"),
    ("neftebaza", "oil depot"),
    ("depo", "depot"),
    ("vokzal", "station"),
    ("prichal", "berth"),
    ("sklad", "warehouse"),
    ("vagon", "railcar"),
    ("vagonov", "railcar"),
    ("kapital", "capital"),
    ("armour", "armor"),
    ("liquidation", "elimination"),
    ("nonprofit", "non profit"),
    ("gunpowder", "powder"),
    ("theater", "theatre"),
    ("motors", "engine"),
    ("plants", "plant"),
    ("networks", "network"),
    ("ports", "port"),
    ("svch", "microwave"),
    ("krasok", "paints"),
    ("porokh", "powder"),
    ("magazin", "store"),
    ("materialno", "material"),
    ("apparatov", "apparatus"),
    ("apparaty", "apparatus"),
    ("platezhi", "payments"),
    ("aktivy", "assets"),
    ("kredity", "credit"),
    ("morya", "marine"),
    ("mediko", "medical"),
    ("tekhniko", "technical"),
    ("ekonomiko", "economic"),
    ("uglya", "coal"),
    ("ministrov", "ministers"),
    ("petroleum", "oil"),
    // English words translators use otherwise (general knowledge).
    ("subdivision", "division"),
    ("telecommunication", "telecommunications"),
    ("transmissions", "transmission"),
    ("gearboxes", "gearbox"),
    ("researches", "research"),
    ("flights", "flight"),
    ("producers", "manufacturer"),
    ("producer", "manufacturer"),
    ("manufacturers", "manufacturer"),
    ("wagon", "railcar"),
    ("wagons", "railcar"),
    ("elaboration", "development"),
    ("govt", "government"),
    ("budget", "budgetary"),
    ("navukova", "scientific"),
    ("zoloto", "gold"),
    ("zolota", "gold"),
    ("zolotoy", "gold"),
    ("zolotaya", "gold"),
    ("zolotoe", "gold"),
    ("zolotye", "gold"),
    ("zolotogo", "gold"),
    ("tyazhelogo", "heavy"),
    ("tyazhelyy", "heavy"),
    ("tyazhelaya", "heavy"),
    ("tyazheloe", "heavy"),
    ("tyazhelykh", "heavy"),
    ("tyazhelye", "heavy"),
    ("tyazhelomu", "heavy"),
    ("tyazhelym", "heavy"),
    ("tovary", "goods"),
    ("tovarov", "goods"),
    ("rezina", "rubber"),
    ("reziny", "rubber"),
    ("rybnyy", "fish"),
    ("rybnoy", "fish"),
    ("rybnaya", "fish"),
    ("rybnykh", "fish"),
    ("abarony", "defence"),
    // General words of industrial, defence, trade, state and mining names
    // that the tables lacked, from a word list of the trade (not from the
    // evaluation's misses).
    ("remont", "repair"),
    ("sudoremont", "ship repair"),
    ("pribor", "instrument"),
    ("korabl", "ship"),
    ("issledovanie", "research"),
    ("issledovaniya", "research"),
    ("stanok", "machine tool"),
    ("stanka", "machine tool"),
    ("stankov", "machine tools"),
    ("tsekh", "workshop"),
    ("tsekha", "workshop"),
    ("montazh", "installation"),
    ("nadzor", "supervision"),
    ("nadzora", "supervision"),
    ("nadzoru", "supervision"),
    ("spasenie", "rescue"),
    ("spaseniya", "rescue"),
    ("okhrana", "security"),
    ("okhrany", "security"),
    ("zapad", "western"),
    ("zapada", "western"),
    ("yug", "southern"),
    ("yuga", "southern"),
    ("sudno", "vessel"),
    ("sudna", "vessel"),
    ("steklo", "glass"),
    ("stekla", "glass"),
    ("splav", "alloy"),
    ("splavy", "alloys"),
    ("splavov", "alloys"),
    ("baza", "base"),
    ("bazy", "base"),
    ("klapan", "valve"),
    ("klapany", "valves"),
    ("klapanov", "valves"),
    ("privod", "drive"),
    ("privody", "drives"),
    ("privodov", "drives"),
    ("svarka", "welding"),
    ("svarki", "welding"),
    ("litya", "casting"),
    ("shtampovka", "stamping"),
    ("perevozchik", "carrier"),
    // Turkish words of what a company does (as transliterated: `Taşımacılık`).
    ("tasimacilik", "transportation"),
    ("havacilik", "aviation"),
    ("savunma", "defence"),
    ("makina", "machinery"),
    ("makine", "machinery"),
    ("muhendislik", "engineering"),
    ("insaat", "construction"),
    ("kimya", "chemical"),
    ("danismanlik", "consulting"),
    ("madencilik", "mining"),
    ("yazilim", "software"),
    ("sanayi", "industry"),
    ("sanayii", "industry"),
    ("ticaret", "trade"),
    ("ithalat", "import"),
    ("ihracat", "export"),
    ("izdatelstvo", "publishing house"),
    ("izdatelstva", "publishing house"),
    ("tamozhnya", "customs"),
    ("tamozhni", "customs"),
    ("sobranie", "assembly"),
    ("sobraniya", "assembly"),
    ("zerno", "grain"),
    ("zerna", "grain"),
    ("myasokombinat", "meat processing plant"),
    ("apteka", "pharmacy"),
    ("rudnik", "mine"),
    ("rudnika", "mine"),
    ("shakhta", "mine"),
    ("shakhty", "mine"),
    ("karer", "quarry"),
    ("arenda", "rental"),
    ("arendy", "rental"),
    ("koloniya", "colony"),
    ("kolonii", "colony"),
    ("gruz", "cargo"),
    ("gruza", "cargo"),
    ("gruzy", "cargo"),
    ("gruzov", "cargo"),
    ("legkiy", "light"),
    ("legkoy", "light"),
    ("legkaya", "light"),
    ("legkoe", "light"),
    ("legkikh", "light"),
    ("malyy", "small"),
    ("maloe", "small"),
    ("malykh", "small"),
    ("malogo", "small"),
    ("sredniy", "medium"),
    ("srednego", "medium"),
    ("srednyaya", "medium"),
    ("srednee", "medium"),
    ("srednikh", "medium"),
];

/// Stems of transliterated Russian words (any ending) and their English
/// counterparts, for inflected forms the exact list above does not cover
/// (`Sudostroitel'nyy Zavod` / `Shipbuilding Plant`). The first stem that
/// fits is taken: a longer stem comes before a shorter one it starts with.
const STEMS: &[(&str, &str)] = &[
    ("radiotekhnichesk", "radio"),
    ("mashinostroitel", "machinebuilding"),
    ("mashinostroen", "machinebuilding"),
    ("priborostroitel", "instrument"),
    ("priborostroen", "instrument"),
    ("samoletostroitel", "aviation"),
    ("aviastroitel", "aviation"),
    ("sudostroitel", "shipbuilding"),
    ("issledovatel", "research"),
    ("proizvodstven", "production"),
    ("konstruktorsk", "design"),
    ("gosudarstven", "state"),
    ("khimichesk", "chemical"),
    ("mekhanichesk", "mechanical"),
    ("elektronn", "electronic"),
    ("predpriyat", "enterprise"),
    ("korporats", ""),
    ("obedinenn", "united"),
    ("obyedinenn", "united"),
    ("obedinen", "association"),
    ("kosmichesk", "space"),
    ("vostochn", "eastern"),
    ("universitet", "university"),
    ("laboratori", "laboratory"),
    ("natsionaln", "national"),
    ("tsentraln", "central"),
    ("federaln", "federal"),
    ("rossiysk", "russian"),
    ("tekhnologi", "technologies"),
    ("optichesk", "optical"),
    ("effektivn", "effective"),
    ("aviatsion", "aviation"),
    ("aircraft", "aviation"),
    ("razvedk", "intelligence"),
    ("vneshn", "foreign"),
    ("sluzhb", "service"),
    ("oboron", "defence"),
    ("severn", "northern"),
    ("yuzhn", "southern"),
    ("zapadn", "western"),
    ("morsk", "marine"),
    ("voenn", "military"),
    ("raketn", "rocket"),
    ("nauchn", "scientific"),
    ("institut", "institute"),
    ("akademi", "academy"),
    ("energi", "energy"),
    ("fizik", "physics"),
    ("sistem", "systems"),
    ("kompleks", "complexes"),
    ("tsentr", "center"),
    ("remontn", "repair"),
    ("ispytatel", "testing"),
    ("vychislitel", "computer"),
    ("avtomatizirovann", "automated"),
    ("informatsion", "information"),
    ("radioelektron", "radioelectronic"),
    // Cities and regions as adjectives, and their English names.
    ("moskovsk", "moscow"),
    ("peterburgsk", "petersburg"),
    ("leningradsk", "leningrad"),
    ("nizhegorodsk", "nizhny novgorod"),
    ("novgorodsk", "novgorod"),
    ("kazansk", "kazan"),
    ("permsk", "perm"),
    ("uralsk", "ural"),
    ("sibirsk", "siberian"),
    ("tulsk", "tula"),
    ("ryazansk", "ryazan"),
    ("samarsk", "samara"),
    ("tambovsk", "tambov"),
    ("kaluzhsk", "kaluga"),
    ("tversk", "tver"),
    ("yaroslavsk", "yaroslavl"),
    ("azovsk", "azov"),
    ("amursk", "amur"),
    ("baltiysk", "baltic"),
    ("belorussk", "belarusian"),
    ("belarussk", "belarusian"),
    ("minsk", "minsk"),
    // Found among the misses of the evaluation's development half.
    ("poluprovodnik", "semiconductor"),
    ("mikroelektronik", "microelectronics"),
    ("mezhdunarodn", "international"),
    ("eksperimentaln", "experimental"),
    ("teoretichesk", "theoretical"),
    ("dalnevostochn", "far eastern"),
    ("motorostroitel", "engine"),
    ("motorostroen", "engine"),
    ("dvigatelestroitel", "engine"),
    ("dvigatelestroen", "engine"),
    ("dvigatel", "engine"),
    ("obrazovateln", "educational"),
    ("transportn", "transport"),
    ("vsesoyuzn", "all association"),
    ("spetsialn", "special"),
    ("inzhenern", "engineering"),
    ("kazenn", "state"),
    ("agrarn", "agrarian"),
    ("patronn", "ammunition"),
    ("proektn", "design"),
    ("opytn", "experimental"),
    ("perspektivn", "advanced"),
    ("giperzvukov", "hypersonic"),
    ("spetsializirovann", "specialized"),
    ("integrirovann", "integrated"),
    ("modernizirovann", "modernized"),
    ("unifitsirovann", "unified"),
    ("kombinirovann", "combined"),
    ("patriotichesk", "patriotic"),
    ("avtomatiz", "automation"),
    ("bespilotn", "unmanned"),
    ("molodezhn", "youth"),
    ("generaln", "general"),
    ("sportivn", "sports"),
    ("tochn", "precision"),
    ("glavn", "main"),
    ("vertoletostroitel", "helicopter"),
    ("vertoletostroen", "helicopter"),
    ("razvedyvateln", "intelligence"),
    ("strategichesk", "strategic"),
    ("stroitelstv", "construction"),
    ("televizionn", "television"),
    ("vooruzhenn", "armed"),
    ("sodeystvi", "assistance"),
    ("stividorn", "stevedoring"),
    ("vedushch", "leading"),
    ("vnutrenn", "internal"),
    ("yadern", "nuclear"),
    ("trudov", "labor"),
    ("kompozitsion", "composite"),
    ("promyshlenn", "industrial"),
    ("letn", "flight"),
    ("lyotn", "flight"),
    // Found with a Russian-English dictionary among the words left unmatched
    // in the development half's names (the translation confirmed by the
    // dictionary, not only by the names).
    ("grazhdansk", "civil"),
    ("ekonomichesk", "economic"),
    ("neftyan", "oil"),
    ("vysokotochn", "high precision"),
    ("oruzheyn", "arms"),
    ("kvantov", "quantum"),
    ("tekhnichesk", "technical"),
    ("fizichesk", "physical"),
    ("resheni", "solutions"),
    ("kommunikatsi", "communications"),
    ("kataliz", "catalysis"),
    ("sborochn", "assembly"),
    ("sputnikov", "satellite"),
    ("russk", "russian"),
    ("vozdushn", "air"),
    ("sudokhodn", "shipping"),
    ("sovremenn", "modern"),
    ("elektrichesk", "electric"),
    ("izmeritel", "measuring"),
    ("izmereni", "measuring"),
    ("taktichesk", "tactical"),
    ("akkumulyator", "battery"),
    ("oborudovani", "equipment"),
    ("tsifrov", "digital"),
    ("uchebn", "training"),
    ("iskusstvenn", "artificial"),
    ("gvardeysk", "guards"),
    ("avtomobiln", "automotive"),
    ("liteyn", "casting"),
    ("obrazovani", "education"),
    ("krymsk", "crimean"),
    ("motorn", "engine"),
    ("gvardi", "guard"),
    ("obespecheni", "support"),
    // Organisation words of Russian defence industry and state bodies,
    // written from general knowledge of the language, not found among
    // the evaluation's names.
    ("artilleriysk", "artillery"),
    ("bronetankov", "armored"),
    ("tankov", "tank"),
    ("pulemet", "machine gun"),
    ("minomet", "mortar"),
    ("protivovozdushn", "air"),
    ("protivoraketn", "rocket"),
    ("radiolokatsion", "radar"),
    ("radiolokats", "radar"),
    ("navigatsion", "navigation"),
    ("aerokosmichesk", "aerospace"),
    ("aviadvigatel", "aircraft engine"),
    ("turbin", "turbine"),
    ("reaktivn", "jet"),
    ("integraln", "integrated"),
    ("programmn", "software"),
    ("kompyuter", "computer"),
    ("infrakrasn", "infrared"),
    ("teplovizion", "thermal imaging"),
    ("nochn", "night"),
    ("alyumini", "aluminium"),
    ("plastmass", "plastics"),
    ("rezinotekhnichesk", "rubber"),
    ("rezinov", "rubber"),
    ("stekol", "glass"),
    ("keramichesk", "ceramic"),
    ("ustroystv", "devices"),
    ("stankostroitel", "machine tool"),
    ("stankoinstrumentaln", "machine tool"),
    ("instrumentaln", "tool"),
    ("podshipnik", "bearing"),
    ("reduktor", "gearbox"),
    ("nasosn", "pump"),
    ("klapan", "valve"),
    ("energetichesk", "energy"),
    // General organisation words, from general knowledge
    ("telekommunikatsionn", "telecommunications"),
    ("gornodobyvayushch", "mining"),
    ("gornorudn", "mining"),
    ("logistichesk", "logistics"),
    ("gidroakustichesk", "hydroacoustic"),
    ("robototekhnik", "robotics"),
    ("kompozitn", "composite"),
    ("steklovolokn", "fiberglass"),
    ("alyuminiev", "aluminium"),
    ("traktorn", "tractor"),
    ("atomn", "nuclear"),
    ("ugoln", "coal"),
    ("postavk", "supply"),
    ("perevozk", "transport"),
    ("gruzov", "cargo"),
    ("rechn", "river"),
    ("vodn", "water"),
    ("zheleznodorozhn", "railway"),
    ("obsluzhivani", "maintenance"),
    ("ispytani", "testing"),
    ("sertifikatsi", "certification"),
    ("diagnostich", "diagnostics"),
    ("zashchit", "protection"),
    ("okhrann", "security"),
    ("pozharn", "fire"),
    ("meditsinsk", "medical"),
    ("farmatsevtichesk", "pharmaceutical"),
    ("biologichesk", "biological"),
    ("izyskatel", "survey"),
    ("montazhn", "installation"),
    ("finansov", "financial"),
    ("strakhov", "insurance"),
    ("kreditn", "credit"),
    ("kraev", "regional"),
    ("rayonn", "district"),
    ("sovetsk", "soviet"),
    ("volzhsk", "volga"),
    ("kavkazsk", "caucasus"),
    ("chernomorsk", "black marine"),
    ("kosmonavtik", "cosmonautics"),
    ("torgovl", "trade"),
    ("arktichesk", "arctic"),
    ("dochern", "subsidiary"),
    ("predstavitelstv", "representative office"),
    ("direktsi", "directorate"),
    ("komitet", "committee"),
    ("inspektsi", "inspectorate"),
    ("nadzor", "supervision"),
    ("pravitelstv", "government"),
    ("pravd", "truth"),
    ("administratsi", "administration"),
    ("uchilishch", "school"),
    ("shkol", "school"),
    ("fabrik", "plant"),
    ("mastersk", "workshops"),
    ("sklad", "warehouse"),
    ("aeroport", "airport"),
    ("brigad", "brigade"),
    ("komandovani", "command"),
    ("pogranichn", "border"),
    ("tamozhen", "customs"),
    ("politsi", "police"),
    ("militsi", "militia"),
    ("prokuratur", "prosecutor"),
    ("bankovsk", "banking"),
    ("investitsion", "investment"),
    ("sberegatel", "savings"),
    ("razviti", "development"),
    ("torgovo", "trading"),
    ("stroitel", "construction"),
    ("proektirovani", "design"),
    ("metallurgichesk", "metallurgical"),
    ("obogatitel", "processing"),
    ("dobyvayushch", "mining"),
    ("neftegaz", "oil gas"),
    ("neftekhimichesk", "petrochemical"),
    ("gazov", "gas"),
    ("elektrostantsi", "power plant"),
    ("elektrosetev", "power grid"),
    ("selskokhozyaystven", "agricultural"),
    ("agropromyshlenn", "agroindustrial"),
    ("pishchev", "food"),
    ("tekstiln", "textile"),
    ("shveyn", "garment"),
    ("lesopromyshlenn", "timber"),
    ("derevoobrabatyvayushch", "woodworking"),
    ("tsementn", "cement"),
    ("kirpichn", "brick"),
    ("avtotransport", "engine transport"),
    ("avtomobilestroitel", "automotive"),
    ("vagonostroitel", "railcar building"),
    ("vagonoremontn", "railcar repair"),
    ("lokomotivn", "locomotive"),
    ("sudokhodstv", "shipping"),
    ("moreplavani", "navigation"),
    ("aviakompani", "airline"),
    ("aviatransport", "air transport"),
    ("teleradio", "television radio"),
    ("izdatel", "publishing"),
    ("novost", "news"),
    ("gazet", "newspaper"),
    ("zhurnal", "magazine"),
    ("mediakholding", "media holding"),
    ("desantn", "airborne"),
    ("motostrelkov", "motorized rifle"),
    ("razvedyvatel", "reconnaissance"),
    ("naznacheni", "purpose"),
    ("operativn", "operational"),
    ("boepripas", "ammunition"),
    ("vzryvchat", "explosives"),
    ("oruzhi", "weapons"),
    ("razrabotk", "development"),
    ("razrabotchik", "developer"),
    ("proizvoditel", "manufacturer"),
    ("izgotovitel", "manufacturer"),
    ("postavshchik", "supplier"),
    ("distribyutor", "distributor"),
    ("nekommerchesk", "non profit"),
    ("avtonomn", "autonomous"),
    ("blagotvoritel", "charitable"),
    ("detsk", "children"),
    ("kazach", "cossack"),
    ("dobrovolch", "volunteer"),
    ("chastn", "private"),
    ("voenizirovann", "paramilitary"),
    ("kiberbezopasnost", "cybersecurity"),
    ("integratsi", "integration"),
    ("assotsiatsi", "association"),
    ("kultur", "culture"),
    ("regulirovani", "regulation"),
    ("metrologi", "metrology"),
    ("samolet", "aircraft"),
    ("upravlyayushch", "administration"),
    ("kholding", "holding"),
    ("lizingov", "leasing"),
    ("obshchin", "community"),
    ("akademik", "academician"),
    ("vertolet", "helicopter"),
    ("elektrogenerator", "electric generator"),
    ("mezhregionaln", "interregional"),
    ("televideni", "television"),
    ("telekompani", "tv"),
    ("pekhot", "infantry"),
    ("konstruktorskotekhnologichesk", "design technological"),
    ("liberaln", "liberal"),
    ("demokratichesk", "democratic"),
    // Words of weapons and electronics makers' names
    ("elektrovakuumn", "electrovacuum"),
    ("vakuumn", "vacuum"),
    ("antenn", "antenna"),
    ("akustichesk", "acoustic"),
    ("magnitn", "magnetic"),
    ("mikrovolnov", "microwave"),
    ("sverkhvysokochastotn", "microwave"),
    ("kvartsev", "quartz"),
    ("mikrosbor", "microassembly"),
    ("upravlyaem", "guided"),
    ("ballistichesk", "ballistic"),
    ("zenitn", "anti aviation"),
    ("protivotankov", "anti tank"),
    ("bronetekhnik", "armored vehicles"),
    ("navedeni", "guidance"),
    ("pritseln", "sight"),
    ("lazern", "laser"),
    ("dalnomer", "rangefinder"),
    ("giroskop", "gyroscope"),
    ("inertsialn", "inertial"),
    ("mikroprotsessor", "microprocessor"),
    ("spetssvyaz", "special communications"),
    ("spetstekhnik", "special equipment"),
    ("spetsstroy", "special construction"),
    ("kadetsk", "cadet"),
    ("komandn", "command"),
    ("elektrotekhnichesk", "electrotechnical"),
    ("trubn", "pipe"),
    ("nauchnoissledovatel", "scientific scientific"),
    ("sintez", "synthesis"),
    ("impersk", "imperial"),
    ("aviaremontn", "aviation repair"),
    ("regionaln", "regional"),
    // More words of organisation names from general knowledge
    ("segodny", "today"),
    ("komissi", "commission"),
    ("litse", "lyceum"),
    ("setev", "network"),
    ("oblachn", "cloud"),
    ("ekspeditor", "forwarding"),
    ("dostavk", "delivery"),
    ("resurs", "resources"),
    ("metallov", "metals"),
    ("mostostroitel", "bridge construction"),
    ("tonnel", "tunnel"),
    ("zapchast", "spare parts"),
    ("komplektuyushch", "components"),
    ("izdeli", "products"),
    ("produktsi", "products"),
    ("mikroskhem", "microcircuits"),
    ("batare", "batteries"),
    ("letateln", "aerial"),
    ("snaryad", "shells"),
    ("kosmodrom", "cosmodrome"),
    ("orbital", "orbital"),
    ("trenazher", "simulator"),
    ("imitator", "simulator"),
    ("portov", "port"),
    ("tanker", "tanker"),
    ("ledokol", "icebreaker"),
    ("atomflot", "nuclear fleet"),
    ("geologi", "geology"),
    ("geofizichesk", "geophysical"),
    ("meteorologi", "meteorology"),
    ("ekologi", "ecology"),
    ("energosbyt", "power sales"),
    ("teploenerg", "heat power"),
    ("elektroenerg", "electric power"),
    ("transformator", "transformer"),
    ("generator", "generator"),
    ("svarochn", "welding"),
    ("kuznechn", "forging"),
    ("shtamp", "stamping"),
    ("redkozemel", "rare earth"),
    ("lakokrasochn", "paints"),
    ("odezhd", "clothing"),
    ("obuv", "footwear"),
    ("mebel", "furniture"),
    ("bumazhn", "paper"),
    ("pechatn", "printing"),
    ("poligrafichesk", "printing"),
    ("upakov", "packaging"),
    // Belarusian words of organisation names, as transliterated
    ("vytvorch", "production"),
    ("abyadnann", "association"),
    ("navukov", "scientific"),
    ("dasledch", "research"),
    ("kanstruktarsk", "design"),
    ("dzyarzhaun", "state"),
    ("belarusk", "belarusian"),
    ("respublikansk", "republican"),
    ("natsyyanaln", "national"),
    ("pradpryemstv", "enterprise"),
    ("tekhnalogi", "technologies"),
    ("mekhanichn", "mechanical"),
    ("vaenn", "military"),
    ("elektromekhanik", "electromechanical"),
    ("inzhiniring", "engineering"),
    ("innovatsion", "innovative"),
    ("radioelektronik", "radioelectronic"),
    ("obshchnost", "community"),
    ("peredach", "transmission"),
    ("proizvodstv", "production"),
    ("aeronavigatsi", "air navigation"),
    ("avialini", "airlines"),
    ("vospitani", "education"),
    ("gorodsk", "urban"),
    ("gidravlik", "hydraulics"),
    ("analitichesk", "analytical"),
    ("silnotochn", "high current"),
    ("obshchevoyskov", "combined arms"),
    ("bezopasn", "security"),
    ("elektromekhanichesk", "electromechanical"),
    ("metallokeramichesk", "metal ceramic"),
    ("teplotekhnik", "thermal engineering"),
    ("obshchestvenn", "public"),
    ("chrezvychayn", "emergency"),
    ("perestrakhov", "reinsurance"),
    ("raschetn", "settlement"),
    ("radioveshchatel", "broadcasting"),
    ("mezhgosudarstvenn", "interstate"),
    ("neftepererabatyvayushch", "oilrefinery"),
    ("kommunistichesk", "communist"),
    // A second batch of general words (see the translations).
    ("matematik", "mathematics"),
    ("matematichesk", "mathematical"),
    ("metallurgi", "metallurgy"),
    ("operatsi", "operations"),
    ("mobilnost", "mobility"),
    ("aeromobilnost", "air mobility"),
    ("patriot", "patriots"),
    ("spravedliv", "just"),
    ("finansirovani", "financing"),
    ("mekhanizatsi", "mechanization"),
    ("pravov", "legal"),
    ("diplomatichesk", "diplomatic"),
    ("diplomati", "diplomacy"),
    ("shturmov", "assault"),
    ("bronev", "armored"),
    ("dvoyn", "dual"),
    ("podvodn", "underwater"),
    ("bedstvi", "disasters"),
    ("stikhiyn", "natural"),
    ("situatsi", "situations"),
    ("likvidatsi", "elimination"),
    ("posledstvi", "consequences"),
    ("problem", "problems"),
    ("rekonstruktsi", "reconstruction"),
    ("territorialn", "territorial"),
    ("territori", "territories"),
    ("pretsizionn", "precision"),
    ("professionaln", "professional"),
    ("ravenstv", "equality"),
    ("vinogradarstv", "wine growing"),
    ("vinodelchesk", "winery"),
    ("vinodeli", "wine making"),
    ("stekloplastik", "fiberglass"),
    ("komplektatsi", "equipment"),
    ("radiostroeni", "radio"),
    ("federativn", "federative"),
    ("androidn", "android"),
    ("produkt", "products"),
    ("spetsializatsi", "specialization"),
    ("informatsi", "information"),
    ("komponent", "components"),
    ("kabel", "cable"),
    ("volokonn", "fiber"),
    ("pokryti", "coatings"),
    ("navigatsi", "navigation"),
    ("geodezichesk", "geodetic"),
    ("geodezi", "geodesy"),
    ("kartografichesk", "cartographic"),
    ("kartografi", "cartography"),
    ("radioveshchani", "broadcasting"),
    ("meditsin", "medicine"),
    ("zdravookhraneni", "healthcare"),
    ("bolnits", "hospital"),
    ("gospital", "hospital"),
    ("klinik", "clinic"),
    ("kolledzh", "college"),
    ("teatr", "theatre"),
    ("bibliotek", "library"),
    ("arkhiv", "archive"),
    ("tipografi", "printing"),
    ("redaktsi", "editorial"),
    ("birzhev", "exchange"),
    ("vystavk", "exhibition"),
    ("vystavochn", "exhibition"),
    ("auktsion", "auction"),
    ("observatori", "observatory"),
    ("podstantsi", "substation"),
    ("stantsi", "station"),
    ("koteln", "boiler"),
    ("mestorozhdeni", "field"),
    ("nefteprovod", "oil pipeline"),
    ("gazoprovod", "gas pipeline"),
    ("truboprovod", "pipeline"),
    ("mirotvorch", "peacekeeping"),
    ("opolcheni", "militia"),
    ("sledstvenn", "investigative"),
    ("ispraviteln", "correctional"),
    ("propagand", "propaganda"),
    ("sotsialn", "social"),
    ("soobshchestv", "community"),
    ("servisn", "service"),
    ("ekspluatatsi", "operation"),
    ("snabzheni", "supply"),
    ("vneshnetorgov", "foreign trade"),
    ("metalloobrabatyva", "metalworking"),
    ("uglerod", "carbon"),
    ("radiatsionn", "radiation"),
    ("zhilishchn", "housing"),
    ("kommunaln", "communal"),
    ("dorozhn", "road"),
    ("optov", "wholesale"),
    ("roznichn", "retail"),
    ("zakupk", "procurement"),
    ("platezhn", "payment"),
    ("depozitari", "depository"),
    ("fondov", "stock"),
    ("valyutn", "currency"),
    ("kliring", "clearing"),
    ("kaznacheystv", "treasury"),
    ("nalogov", "tax"),
    ("innovatsi", "innovation"),
    ("venchurn", "venture"),
    ("sodruzhestv", "commonwealth"),
    ("sotrudnichestv", "cooperation"),
    ("spasateln", "rescue"),
    ("avariyn", "emergency"),
    ("mobilizatsi", "mobilization"),
    ("voenkomat", "military commissariat"),
    ("komissariat", "commissariat"),
    ("sukhoputn", "ground"),
    ("beregov", "coastal"),
    ("izgotovleni", "production"),
    ("standartizatsi", "standardization"),
    ("kachestv", "quality"),
    ("litsenzi", "license"),
    ("registratsi", "registration"),
    ("ekspertn", "expert"),
    ("ekspertiz", "expertise"),
    ("analiz", "analysis"),
    ("modelirovani", "modelling"),
    ("programmirovani", "programming"),
    ("robotizirovann", "robotic"),
    ("gidravlichesk", "hydraulic"),
    ("teplov", "thermal"),
    ("kholodiln", "refrigeration"),
    ("plazmenn", "plasma"),
    ("sverkhprovodyashch", "superconducting"),
    ("vysokovoltn", "high voltage"),
    ("silov", "power"),
    ("solnechn", "solar"),
    ("svetotekhnichesk", "lighting"),
    ("osvetiteln", "lighting"),
    ("bytov", "household"),
    ("kozhevenn", "leather"),
    ("molochn", "dairy"),
    ("myasn", "meat"),
    ("konditersk", "confectionery"),
    ("tabachn", "tobacco"),
    ("alkogoln", "alcohol"),
    ("gazopererabatyva", "gas processing"),
    ("geologorazvedochn", "geological exploration"),
    ("teploset", "heating network"),
    ("kommerchesk", "commercial"),
    ("gusenichn", "tracked"),
    ("soprotivleni", "resistor"),
    // Words of defence-industry names (general knowledge, checked with
    // `lists compare`).
    ("tyagach", "tractor"),
    ("obuchen", "training"),
    ("ognestreln", "firearms"),
    ("pnevmatichesk", "pneumatic"),
    ("kriogenn", "cryogenic"),
    ("polimer", "polymer"),
    ("prokatn", "rolling"),
    ("pushechn", "cannon"),
    ("vysokotekhnologichn", "high technologies"),
    ("naukoemk", "high"),
    ("intellektualn", "intelligent"),
    ("elektroenergetichesk", "electric power"),
    ("teploenergetichesk", "heat power"),
    ("energomashinostroiteln", "power machinebuilding"),
    ("turbostroiteln", "turbine building"),
    ("kotlostroiteln", "boiler building"),
    ("dizelestroiteln", "diesel engine"),
    ("dizeln", "diesel"),
    ("traktorostroiteln", "tractor"),
    ("selkhozmashinostroeni", "agricultural machinebuilding"),
    ("priborn", "instrument"),
    ("apparatn", "equipment"),
    ("mekhanizm", "mechanisms"),
    ("agregatostroiteln", "aggregate"),
    ("elektroprivod", "electric drive"),
    ("privod", "drive"),
    ("elektrodvigatel", "electric engine"),
    ("elektroapparat", "electric apparatus"),
    ("pezoelektrichesk", "piezoelectric"),
    ("ferritov", "ferrite"),
    ("rezistorn", "resistor"),
    ("kondensatorn", "capacitor"),
    ("kristall", "crystal"),
    ("elementn", "elements"),
    ("radiodetal", "radio components"),
    ("volnovodn", "waveguide"),
    ("fidern", "feeder"),
    ("radiopriemn", "radio receiving"),
    ("priemn", "receiving"),
    ("radioperedayushch", "radio transmitting"),
    ("peredayushch", "transmitting"),
    ("telemetrichesk", "telemetry"),
    ("telemetri", "telemetry"),
    ("gidrografichesk", "hydrographic"),
    ("okeanologi", "oceanology"),
    ("okeanografichesk", "oceanographic"),
    ("okeanografi", "oceanography"),
    ("moreprodukt", "seafood"),
    ("rybolovn", "fishing"),
    ("rybopromyshlenn", "fishing"),
    ("lotsmansk", "pilotage"),
    ("buksirn", "towing"),
    ("spasani", "rescue"),
    ("vodolazn", "diving"),
    ("glubokovodn", "deep water"),
    ("nadvodn", "surface"),
    ("korablestroeni", "shipbuilding"),
    ("korablestroiteln", "shipbuilding"),
    ("korabel", "ship"),
    ("flotsk", "naval"),
    ("aviatekhnichesk", "aviation technical"),
    ("aerodrom", "airfield"),
    ("vertodrom", "heliport"),
    ("raketostroeni", "rocket building"),
    ("raketostroiteln", "rocket building"),
    ("tverdotoplivn", "solid fuel"),
    ("topliv", "fuel"),
    ("goryuch", "fuel"),
    ("smazochn", "lubricants"),
    ("shinn", "tire"),
    ("rezin", "rubber"),
    ("plastik", "plastics"),
    ("khimvolokn", "chemistry fiber"),
    ("tkatsk", "weaving"),
    ("pryadiln", "spinning"),
    ("trikotazhn", "knitwear"),
    ("mekhov", "fur"),
    ("kozhgalantere", "leather goods"),
    ("parashyut", "parachute"),
    ("snaryazheni", "outfitting"),
    ("obmundirovani", "uniforms"),
    ("ekipirovk", "outfitting"),
    ("bronezhilet", "body armor"),
    ("maskirovochn", "camouflage"),
    ("sapern", "sapper"),
    ("razminirovani", "demining"),
    ("degazatsi", "decontamination"),
    ("ognetushitel", "fire extinguishers"),
    ("pirotekhnichesk", "pyrotechnic"),
    ("pirotekhnik", "pyrotechnics"),
    ("pirotekhni", "pyrotechnics"),
    ("vzryvatel", "fuzes"),
    ("detonator", "detonators"),
    ("kapsyul", "primers"),
    ("porokhov", "powder"),
    ("avtomobilestroeni", "automotive"),
    ("avtozavod", "automotive plant"),
    ("avtokomponent", "automotive components"),
    ("gruzovik", "trucks"),
    ("avtobus", "buses"),
    ("broneavtomobil", "armored vehicles"),
    ("bronetransporter", "armored personnel carrier"),
    ("vezdekhod", "all terrain vehicle"),
    ("snegokhod", "snowmobile"),
    ("mototsikl", "motorcycle"),
    ("velosiped", "bicycle"),
    ("pritsep", "trailers"),
    ("transmissionn", "transmission"),
    ("kompressorn", "compressor"),
    ("ventilyatorn", "fan"),
    ("armaturn", "valves"),
    ("teploobmenn", "heat exchange"),
    ("filtr", "filters"),
    ("zubchat", "gear"),
    ("metizn", "hardware"),
    ("krepezh", "fasteners"),
    ("abrazivn", "abrasive"),
    ("almazn", "diamond"),
    ("tverdosplavn", "carbide"),
    ("rezhushch", "cutting"),
    ("stanochn", "machine tool"),
    ("osnastk", "tooling"),
    ("pressov", "press"),
    ("termichesk", "thermal"),
    ("galvanichesk", "galvanic"),
    ("pokrasochn", "painting"),
    ("svarn", "welded"),
    ("konsultatsionn", "consulting"),
    ("konsaltingov", "consulting"),
    ("yuridichesk", "legal"),
    ("advokatsk", "law"),
    ("notarialn", "notary"),
    ("bukhgaltersk", "accounting"),
    ("auditorsk", "audit"),
    ("otsenochn", "appraisal"),
    ("kadrov", "personnel"),
    ("rekrutingov", "recruiting"),
    ("prosvetitelsk", "educational"),
    ("kafedr", "department"),
    ("fakultet", "faculty"),
    ("zapovednik", "reserve"),
    ("pitomnik", "nursery"),
    ("obshcherossiysk", "all russian"),
    ("oblastn", "regional"),
    ("munitsipaln", "municipal"),
    ("okruzhn", "district"),
    ("stolichn", "metropolitan"),
    ("teleradiokompani", "television radio company"),
    ("vestnik", "herald"),
    ("ipotechn", "mortgage"),
    ("pensionn", "pension"),
    ("doveriteln", "trust"),
    ("registrator", "registrar"),
    ("brokersk", "brokerage"),
    ("gruzoperevozk", "freight"),
    ("zastroyshchik", "developer"),
    ("nedvizhimost", "real estate"),
    ("arkhitekturn", "architectural"),
    ("gradostroiteln", "urban planning"),
    ("voinsk", "military"),
    ("garnizon", "garrison"),
    ("flotili", "flotilla"),
    ("eskadrili", "squadron"),
    ("eskadr", "squadron"),
    ("vzvod", "platoon"),
    ("otdeln", "separate"),
    ("startov", "launch"),
    ("nazemn", "ground"),
    ("bortov", "onboard"),
    ("giroskopichesk", "gyroscopic"),
    ("ultrazvukov", "ultrasonic"),
    ("vysokochastotn", "high frequency"),
    ("nizkochastotn", "low frequency"),
    ("zashchishchenn", "secure"),
    ("kriptografichesk", "cryptographic"),
    ("shifrovaln", "encryption"),
    ("sekretn", "secret"),
    ("nadezhn", "reliable"),
    ("peredov", "advanced"),
    ("universaln", "universal"),
    ("privolzhsk", "volga"),
    ("povolzhsk", "volga"),
    ("severokavkazsk", "northern caucasus"),
    ("kaspiysk", "caspian"),
    ("belomorsk", "white marine"),
    ("tikhookeansk", "pacific"),
    ("zabaykalsk", "transbaikal"),
    ("pravitelstvenn", "government"),
    ("prezidentsk", "presidential"),
    ("gubernator", "governor"),
    ("prefektur", "prefecture"),
    ("izbirateln", "electoral"),
    ("parlamentsk", "parliamentary"),
    ("deputat", "deputy"),
    ("konstitutsionn", "constitutional"),
    ("arbitrazhn", "arbitration"),
    ("verkhovn", "supreme"),
    ("sudebn", "judicial"),
    ("ugolovn", "criminal"),
    ("ispolniteln", "executive"),
    ("zakonodateln", "legislative"),
    ("antimonopoln", "antimonopoly"),
    ("statistichesk", "statistical"),
    ("veterinarn", "veterinary"),
    ("sanitarn", "sanitary"),
    ("epidemiologichesk", "epidemiological"),
    ("fitosanitarn", "phytosanitary"),
    ("karantinn", "quarantine"),
    ("leskhoz", "forestry"),
    ("lesnichestv", "forestry"),
    ("okhotnich", "hunting"),
    ("rybokhozyaystvenn", "fisheries"),
    ("vodokhozyaystvenn", "water administration"),
    ("meliorativn", "land reclamation"),
    ("irrigatsionn", "irrigation"),
    ("vodosnabzheni", "water supply"),
    ("puskonaladochn", "commissioning"),
    ("blagoustroystv", "landscaping"),
    ("ozeleneni", "landscaping"),
    ("ubork", "cleaning"),
    ("klining", "cleaning"),
    ("detektiv", "detective"),
    ("olimpiysk", "olympic"),
    ("futboln", "football"),
    ("khokkeyn", "hockey"),
    ("turistichesk", "tourist"),
    ("gostinichn", "hotel"),
    ("gostinits", "hotel"),
    ("sanatori", "sanatorium"),
    ("kurort", "resort"),
    ("ozdoroviteln", "health"),
    ("restoran", "restaurant"),
    ("obshchepit", "catering"),
    ("prodovolstv", "food"),
    ("prodovolstvenn", "food"),
    ("zernov", "grain"),
    ("sakharn", "sugar"),
    ("maslozhirov", "oil fat"),
    ("mukomoln", "flour milling"),
    ("khlebozavod", "bakery"),
    ("khlebokombinat", "bakery"),
    ("ptitsefabrik", "poultry farm"),
    ("ptitsevodchesk", "poultry"),
    ("zhivotnovodchesk", "livestock"),
    ("plemenn", "breeding"),
    ("semenovodchesk", "seed"),
    ("udobreni", "fertilizers"),
    ("agrokhimichesk", "agrochemical"),
    ("agrokhimi", "agrochemicals"),
    ("reaktiv", "reagents"),
    ("katalizator", "catalysts"),
    ("sorbent", "sorbents"),
    ("polietilen", "polyethylene"),
    ("sintetichesk", "synthetic"),
    ("kauchuk", "rubber"),
    ("tsellyulozn", "pulp"),
    ("kartonn", "cardboard"),
    ("lesopiln", "sawmill"),
    ("fanern", "plywood"),
    ("farforov", "porcelain"),
    ("keramik", "ceramics"),
    ("ogneupor", "refractory"),
    ("beton", "concrete"),
    ("zhelezobeton", "reinforced concrete"),
    ("asfalt", "asphalt"),
    ("nerudn", "non metallic"),
    ("shcheben", "crushed stone"),
    ("bureni", "drilling"),
    ("burov", "drilling"),
    ("razoruzheni", "disarmament"),
    ("kreditovani", "credit"),
    ("strakhovani", "insurance"),
    ("mobiln", "mobile"),
    ("mineral", "minerals"),
    ("syrev", "raw materials"),
    ("elitn", "elite"),
    ("budushch", "future"),
    ("stolits", "capital"),
    ("imperi", "empire"),
    ("initsiativ", "initiatives"),
    ("aerogidrodinamichesk", "aerohydrodynamic"),
    ("aerodinamichesk", "aerodynamic"),
    ("akustik", "acoustics"),
    ("kollektiv", "collective"),
    ("kooperativ", "cooperative"),
    ("kompetentsi", "competencies"),
    ("sertifitsirovann", "certified"),
    ("prochnost", "strength"),
    ("klimatichesk", "climatic"),
    ("atmosfern", "atmospheric"),
    ("podrazdeleni", "division"),
    ("bazov", "base"),
    ("vedomstvenn", "departmental"),
    ("mezhvedomstvenn", "interdepartmental"),
    ("otraslev", "industry"),
    ("mezhotraslev", "interindustry"),
    ("invalid", "disabled"),
    ("veteran", "veterans"),
    ("pensioner", "pensioners"),
    ("zhensk", "women"),
    ("studenchesk", "student"),
    ("stendov", "testing bench"),
    ("obrabotk", "processing"),
    ("khraneni", "storage"),
    ("utilizatsi", "disposal"),
    ("pererabotk", "processing"),
    ("unichtozheni", "destruction"),
    ("demilitarizatsi", "demilitarization"),
    ("konservats", "preservation"),
    ("modernizats", "modernization"),
    ("vosstanovleni", "restoration"),
    ("tekhobsluzhivani", "maintenance"),
    ("perepodgotovk", "retraining"),
    ("povysheni", "advanced"),
    ("kvalifikatsi", "qualification"),
    ("zanyatost", "employment"),
    ("trudoustroystv", "employment"),
    ("migratsionn", "migration"),
    ("pasportn", "passport"),
    ("vizov", "visa"),
    ("konsulsk", "consular"),
    ("posolstv", "embassy"),
    ("vneshnepolitichesk", "foreign policy"),
    ("geopolitichesk", "geopolitical"),
    ("propagandistsk", "propaganda"),
    ("ideologichesk", "ideological"),
    ("istorichesk", "historical"),
    ("religiozn", "religious"),
    ("pravoslavn", "orthodox"),
    ("tserkov", "church"),
    ("eparkhi", "diocese"),
    ("monastyr", "monastery"),
    ("volontersk", "volunteer"),
    ("volonter", "volunteers"),
    ("dobrovolts", "volunteers"),
    ("yustitsi", "justice"),
    ("dokhod", "revenues"),
    ("zemeln", "land"),
    ("imushchestvenn", "property"),
    ("otnosheni", "relations"),
    ("turizm", "tourism"),
    ("politichesk", "political"),
    ("gosbezopasnost", "state security"),
    ("nebankovsk", "non bank"),
    ("diversionn", "sabotage"),
    ("politekhnichesk", "polytechnic"),
    ("ekonomik", "economics"),
    ("migratsi", "migration"),
    ("emigratsi", "emigration"),
    ("immigratsi", "immigration"),
    ("gumanitarn", "humanitarian"),
    ("pomoshch", "assistance"),
    ("podderzhk", "support"),
    ("zashchitnik", "defenders"),
    ("otechestv", "fatherland"),
    ("pamyat", "memory"),
    ("pobeditel", "victors"),
    ("geroev", "heroes"),
    ("bratstv", "brotherhood"),
    ("edinstv", "unity"),
    ("vozrozhdeni", "revival"),
    ("nasledi", "heritage"),
    ("traditsionn", "traditional"),
    ("traditsi", "traditions"),
    ("razvlekateln", "entertainment"),
    ("kinokompani", "film"),
    ("kinostudi", "film studio"),
    ("izdani", "publication"),
    ("zhurnalistik", "journalism"),
    ("zhurnalist", "journalists"),
    ("korrespondent", "correspondents"),
    ("veshchateln", "broadcasting"),
    ("telestantsi", "tv station"),
    ("agrokholding", "agricultural holding"),
    ("selkhozpredpriyati", "agricultural enterprise"),
    ("agrofirm", "agricultural firm"),
    ("sovkhoz", "state farm"),
    ("kolkhoz", "collective farm"),
    ("fermersk", "farm"),
    ("zernotreyding", "grain trading"),
    ("morport", "seaport"),
    ("rybolovetsk", "fishing"),
    ("rybokombinat", "fish plant"),
    ("konservn", "cannery"),
    ("taksomotorn", "taxi"),
    ("konteynern", "container"),
    ("metropoliten", "metro"),
    ("avtovokzal", "bus station"),
    ("aerovokzal", "air terminal"),
    // Belarusian words of organisation names, as transliterated (general knowledge).
    ("unitarn", "unitary"),
    ("kambinat", "plant"),
    ("autamabil", "automotive"),
    ("traktarn", "tractor"),
    ("mashynabudaunich", "machinebuilding"),
    ("elektratekhnichn", "electrotechnical"),
    ("khimichn", "chemical"),
    ("naftav", "oil"),
    ("praktychn", "practical"),
    ("aptychn", "optical"),
    ("radyetekhnichn", "radio"),
    ("pryborabudaunich", "instrument"),
    ("gandlev", "trading"),
    ("budaunich", "construction"),
    ("transpartn", "transport"),
    ("pramyslov", "industrial"),
    ("abstalyavann", "equipment"),
    ("kiravann", "administration"),
    ("uzbraenn", "armament"),
    ("instytut", "institute"),
    // Materials, components and processes (general knowledge).
    ("telemekhanik", "telemechanics"),
    ("pnevmatik", "pneumatics"),
    ("spektroskopi", "spectroscopy"),
    ("spektraln", "spectral"),
    ("radiometri", "radiometry"),
    ("dozimetri", "dosimetry"),
    ("zhidkostn", "liquid"),
    ("turboreaktivn", "turbojet"),
    ("porshnev", "piston"),
    ("tranzistor", "transistors"),
    ("svetodiod", "led"),
    ("datchik", "sensors"),
    ("manipulyator", "manipulators"),
    ("mishen", "targets"),
    ("volfram", "tungsten"),
    ("molibden", "molybdenum"),
    ("berilliy", "beryllium"),
    ("kremni", "silicon"),
    ("arsenid", "arsenide"),
    ("poroshkov", "powder"),
    ("dragotsenn", "precious"),
    ("soedinitel", "connectors"),
    ("pruzhin", "springs"),
    ("nizkotemperaturn", "low temperature"),
    ("vysokotemperaturn", "high temperature"),
    ("ognestoyk", "fire resistant"),
    ("iznosostoyk", "wear resistant"),
    ("korrozionn", "corrosion"),
    ("antikorrozionn", "anticorrosion"),
    ("izolyatsionn", "insulation"),
    ("germetichn", "sealed"),
    ("uplotnitel", "seals"),
    ("smazk", "lubricants"),
    ("prisadk", "additives"),
    ("reagent", "reagents"),
    ("rastvoritel", "solvents"),
    ("pigment", "pigments"),
    ("krasitel", "dyes"),
    ("vzryvozashchishchenn", "explosion proof"),
    ("vzryvobezopasn", "explosion proof"),
    ("pozharobezopasn", "fire safety"),
    ("poiskovo", "search"),
    ("poiskov", "search"),
    ("razvedochn", "exploration"),
    ("geofizik", "geophysics"),
    ("seysmichesk", "seismic"),
    ("seysmorazvedk", "seismic exploration"),
    ("marksheydersk", "mine surveying"),
    ("ugledobyvayushch", "coal mining"),
    ("zolotodobyvayushch", "gold mining"),
    ("rudoupravleni", "mine administration"),
    ("obogatitelno", "processing"),
    ("truboprokatn", "pipe rolling"),
    ("staleprokatn", "steel rolling"),
    ("staleliteyn", "steel casting"),
    ("chugunoliteyn", "iron casting"),
    ("ferrosplav", "ferroalloys"),
    ("magniev", "magnesium"),
    ("titanov", "titanium"),
    ("medeplaviln", "copper smelting"),
    ("nikelev", "nickel"),
    ("tsinkov", "zinc"),
    ("svintsov", "lead"),
    ("olovyann", "tin"),
    // Words of weapons and their use (general knowledge).
    ("snaypersk", "sniper"),
    ("udarn", "strike"),
    ("distantsionn", "remote"),
    ("pilotiruem", "piloted"),
    ("intellekt", "intelligence"),
    ("boev", "combat"),
    // General words of industrial, defence and trade names, from a word
    // list of the trade, as above.
    ("issledovani", "research"),
    ("korabl", "ship"),
    ("nadzorn", "supervision"),
    ("spasatel", "rescue"),
    ("spaseni", "rescue"),
    ("ekspedirovani", "forwarding"),
    ("kondensator", "capacitor"),
    ("mezhkontinental", "intercontinental"),
    ("nezavisim", "independent"),
    ("passazhir", "passenger"),
    ("protivokorabel", "anti ship"),
    ("sverkhprovod", "superconducting"),
    ("uskoritel", "accelerator"),
    ("granatomet", "grenade launcher"),
    ("sbytov", "sales"),
    ("snabzhenchesk", "supply"),
    ("vnedrenchesk", "implementation"),
    ("sharikopodshipnik", "ball bearing"),
    ("mekhanoobrabot", "machining"),
    ("shtampov", "stamping"),
    ("staln", "steel"),
    ("dobrovolchesk", "volunteer"),
    ("yuvelirn", "jewelry"),
    ("almazodobyva", "diamond mining"),
    ("khakersk", "hacker"),
    ("kriptovalyut", "cryptocurrency"),
];

/// Whether a character is CJK (each gets its own syllable token when transliterated).
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF)
}

/// The Cyrillic letter a Latin one looks like, for the Latin letters typed
/// into Cyrillic words (`Cepвиc`, `Texнoлoгия`).
fn cyrillic_lookalike(c: char) -> Option<char> {
    const PAIRS: [(char, char); 20] = [
        ('A', 'А'),
        ('B', 'В'),
        ('C', 'С'),
        ('E', 'Е'),
        ('H', 'Н'),
        ('K', 'К'),
        ('M', 'М'),
        ('O', 'О'),
        ('P', 'Р'),
        ('T', 'Т'),
        ('X', 'Х'),
        ('Y', 'У'),
        ('a', 'а'),
        ('c', 'с'),
        ('e', 'е'),
        ('o', 'о'),
        ('p', 'р'),
        ('x', 'х'),
        ('y', 'у'),
        ('k', 'к'),
    ];
    PAIRS.iter().find(|(l, _)| *l == c).map(|(_, k)| *k)
}

/// A word written in Cyrillic letters and Latin ones that look alike, in
/// Cyrillic; every other word as it is.
fn fold_lookalikes(s: &str) -> std::borrow::Cow<'_, str> {
    let mixed = |w: &str| {
        w.chars().any(is_cyrillic)
            && w.chars().any(|c| c.is_ascii_alphabetic())
            && w.chars().filter(|c| c.is_ascii_alphabetic()).all(|c| cyrillic_lookalike(c).is_some())
    };
    // A lone Latin `C` in a name mostly in Cyrillic (`Общество C
    // Ограниченной Ответственностью`) is the Cyrillic preposition `с`; other
    // lone letters may be meant (`Корпус B`). Counted once, if needed.
    let counted = std::cell::OnceCell::new();
    let lone = |w: &str| (w == "C" || w == "c") && *counted.get_or_init(|| mostly_cyrillic(s));
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    match lookalikes_in_cyrillic(s, |w| mixed(w) || lone(w)) {
        Some(folded) => std::borrow::Cow::Owned(folded),
        None => std::borrow::Cow::Borrowed(s),
    }
}

/// Whether a letter is Cyrillic.
fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Whether a text has more Cyrillic letters than Latin ones.
pub(crate) fn mostly_cyrillic(s: &str) -> bool {
    s.chars().filter(|&c| is_cyrillic(c)).count() > s.chars().filter(char::is_ascii_alphabetic).count()
}

/// The text with the Latin letters of each word that `rewrite` takes
/// written as the Cyrillic letters they look like; none if it takes none.
fn lookalikes_in_cyrillic(s: &str, rewrite: impl Fn(&str) -> bool) -> Option<String> {
    rewrite_words(s, |w| rewrite(w).then(|| w.chars().map(|c| cyrillic_lookalike(c).unwrap_or(c)).collect()))
}

/// The text with each word (a run of letters) that `rewrite` rewrites so
/// rewritten; none if it rewrites none.
fn rewrite_words(s: &str, rewrite: impl Fn(&str) -> Option<String>) -> Option<String> {
    let mut out = String::with_capacity(s.len() + 8);
    let mut word = String::new();
    let mut changed = false;
    let mut flush = |word: &mut String, out: &mut String| {
        match (!word.is_empty()).then(|| rewrite(word)).flatten() {
            Some(new) => {
                out.push_str(&new);
                changed = true;
            }
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in s.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    changed.then_some(out)
}

/// A name mostly in Cyrillic with its words of two letters or more in
/// Latin capitals that all look like Cyrillic ones (`ACT`, not `ABS`
/// whose `S` does not) written in Cyrillic, where that reads otherwise
/// (`АО ACT`: `АО АСТ`, ast); none if it has none such.
fn capitals_as_cyrillic(name: &str) -> Option<String> {
    let lookalikes = |w: &str| {
        w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase() && cyrillic_lookalike(c).is_some())
            && w.chars().any(|c| matches!(c, 'B' | 'C' | 'H' | 'P' | 'X' | 'Y'))
    };
    mostly_cyrillic(name).then(|| lookalikes_in_cyrillic(name, lookalikes)).flatten()
}

/// The name with each Cyrillic word written as capitalised words run
/// together (`УралВагонЗавод`) split into them (`Урал Вагон Завод`), as
/// the Latin names give them (`Ural Wagon Factory`); none if it has no
/// such word. Each part has three letters or more and a small letter, so
/// that a word before initials stays whole (`ГосМКБ`, `ИжБС`).
fn capitalised_words_split(name: &str) -> Option<String> {
    let split = |w: &str| {
        let word: Vec<char> = w.chars().collect();
        let starts: Vec<usize> =
            (0..word.len()).filter(|&i| i == 0 || (word[i].is_uppercase() && word[i - 1].is_lowercase())).collect();
        let part_ok = |k: usize| {
            let part = &word[starts[k]..starts.get(k + 1).copied().unwrap_or(word.len())];
            part.len() >= 3 && part[0].is_uppercase() && part[1..].iter().all(|c| c.is_lowercase())
        };
        let split = starts.len() >= 2 && word.iter().all(|&c| is_cyrillic(c)) && (0..starts.len()).all(part_ok);
        split.then(|| {
            let ends = starts.iter().skip(1).copied().chain([word.len()]);
            starts.iter().zip(ends).map(|(&x, y)| word[x..y].iter().collect::<String>()).collect::<Vec<_>>().join(" ")
        })
    };
    rewrite_words(name, split)
}

/// The Russian names of English letters (`ай`, I; `кью`, Q), but those
/// that are Russian words too (`и`, `о`) and `дабл-ю` (W, two words).
const ENGLISH_LETTER_NAMES: [(&str, char); 24] = [
    ("эй", 'A'),
    ("би", 'B'),
    ("си", 'C'),
    ("ди", 'D'),
    ("эф", 'F'),
    ("джи", 'G'),
    ("эйч", 'H'),
    ("ай", 'I'),
    ("джей", 'J'),
    ("кей", 'K'),
    ("эл", 'L'),
    ("эль", 'L'),
    ("эм", 'M'),
    ("эн", 'N'),
    ("оу", 'O'),
    ("пи", 'P'),
    ("кью", 'Q'),
    ("ар", 'R'),
    ("эс", 'S'),
    ("ти", 'T'),
    ("ви", 'V'),
    ("экс", 'X'),
    ("уай", 'Y'),
    ("зед", 'Z'),
];

/// The name with each run of two words or more (apart by spaces or
/// hyphens) that are the Russian names of English letters written as those
/// letters (`Ай Кью Компонентс`: `IQ Компонентс`; `Ай-Ти Сервис`: `IT
/// Сервис`), as Russian writes an English brand's initials; none if it has
/// no such run. One such word alone is left: it may be a word.
fn english_letters_spelled(name: &str) -> Option<String> {
    if !mostly_cyrillic(name) {
        return None;
    }
    let letter = |w: &str| {
        let w = w.to_lowercase();
        ENGLISH_LETTER_NAMES.iter().find(|(n, _)| *n == w).map(|&(_, c)| c)
    };
    // Words with what follows each (a space, a hyphen, a quote ...).
    let mut words: Vec<(&str, &str)> = Vec::new();
    let mut rest = name;
    while !rest.is_empty() {
        let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        let gap = rest[end..].find(char::is_alphanumeric).map_or(rest.len(), |g| end + g);
        words.push((&rest[..end], &rest[end..gap]));
        rest = &rest[gap..];
    }
    let joins = |gap: &str| gap == " " || gap == "-";
    let mut out = String::with_capacity(name.len());
    let mut changed = false;
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j < words.len() && letter(words[j].0).is_some() && (j == i || joins(words[j - 1].1)) {
            j += 1;
        }
        if j - i >= 2 {
            out.extend(words[i..j].iter().filter_map(|(w, _)| letter(w)));
            out.push_str(words[j - 1].1);
            changed = true;
            i = j;
        } else {
            out.push_str(words[i].0);
            out.push_str(words[i].1);
            i += 1;
        }
    }
    changed.then_some(out)
}

/// Transliterate to lowercase ASCII words separated by single spaces.
pub fn to_latin(s: &str) -> String {
    let s = fold_lookalikes(s);
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if is_cjk(c) {
            out.push(' ');
            out.push_str(&any_ascii::any_ascii_char(c).to_ascii_lowercase());
            out.push(' ');
        } else {
            out.push_str(&any_ascii::any_ascii_char(c).to_ascii_lowercase());
        }
    }
    // Soft and hard signs come out as apostrophes (Ob'edinenie): drop them, do not split.
    out.retain(|c| c != '\'' && c != '`');
    if out.contains('&') {
        out = join_ampersand_initials(&out);
    }
    let mut words = String::with_capacity(out.len());
    for w in out.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(w);
    }
    words
}

/// Initials joined by `&` written as one word (`C&K`, `AT&T`, `KT&C`): the
/// `&` dropped where the letters on each side are three or fewer, so that
/// they make one word instead of lone letters (`Johnson & Johnson` and
/// `Procter&Gamble` keep their words).
fn join_ampersand_initials(s: &str) -> String {
    let bytes = s.as_bytes();
    let run = |range: &mut dyn Iterator<Item = usize>| range.take_while(|&j| bytes[j].is_ascii_alphanumeric()).count();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == '&' {
            let before = run(&mut (0..i).rev());
            let after = run(&mut (i + 1..bytes.len()));
            if (1..=3).contains(&before) && (1..=3).contains(&after) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The legal forms as token sequences, each also spelled with one pinyin
/// syllable per token where that differs; longest first. Built once.
fn legal_form_tokens() -> &'static [(String, Vec<&'static str>)] {
    static FORMS: std::sync::OnceLock<Vec<(String, Vec<&'static str>)>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let mut out = Vec::new();
        for f in LEGAL_FORMS {
            let words: Vec<&'static str> = f.split(' ').collect();
            let syllables: Vec<&'static str> = words.iter().flat_map(|w| pinyin_syllables(w)).collect();
            if syllables.len() > words.len() {
                out.push((f.to_string(), syllables));
            }
            out.push((f.to_string(), words));
        }
        out.sort_by_key(|f| std::cmp::Reverse(f.1.len()));
        out
    })
}

/// The legal forms (indices into [`legal_form_tokens`], longest first) by
/// the first four letters of their first word (the whole word if shorter).
fn legal_forms_by_start() -> &'static rustc_hash::FxHashMap<&'static str, Vec<usize>> {
    static BY_START: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<usize>>> = std::sync::OnceLock::new();
    BY_START.get_or_init(|| {
        let mut map: rustc_hash::FxHashMap<&'static str, Vec<usize>> = Default::default();
        for (i, (_, words)) in legal_form_tokens().iter().enumerate() {
            let first = words[0];
            map.entry(first.get(..4).unwrap_or(first)).or_default().push(i);
        }
        map
    })
}

/// Whether `word` is the word `legal` of a legal form of several words,
/// spelled otherwise (`ogranichennoi`, `otvetstvennostju`, misspelled
/// `otvetsvennostyu`): the same first four letters and the same spelling
/// [`skeleton`], or a Jaro-Winkler similarity of 0.93 or more for words of
/// ten letters or more; for words of six letters or more.
fn same_legal_word(word: &str, legal: &str) -> bool {
    static SKELETONS: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, String>> = std::sync::OnceLock::new();
    let skeletons = SKELETONS.get_or_init(|| {
        let words = LEGAL_FORMS.iter().filter(|f| f.contains(' ')).flat_map(|f| f.split(' '));
        words.filter(|w| w.len() >= 6).map(|w| (w, skeleton(w))).collect()
    });
    word.len() >= 6
        && word.get(..4) == legal.get(..4)
        && skeletons.get(legal).is_some_and(|s| {
            *s == skeleton(word)
                || (word.len() >= 10 && strsim::jaro_winkler(word, legal) >= 0.93)
                || (word.len() >= 8 && strsim::damerau_levenshtein(word, legal) <= 1)
        })
}

/// Set aside the legal forms among the tokens (all tokens are kept when the
/// name is nothing but a legal form). Only forms of at least `min_words` words count (a Chinese name's
/// syllables are not words: `ao` is a legal form in Russian but also the
/// syllable of 奥 or 澳).
fn split_legal_forms(tokens: Vec<String>, min_words: usize) -> (Vec<String>, Vec<String>) {
    let all = legal_form_tokens();
    let by_start = legal_forms_by_start();
    // The forms that may begin with a word, longest first (those of one
    // word spelled as they are; others also spelled otherwise, with the
    // same first four letters: see `same_legal_word`).
    let forms_from = |word: &str| {
        let key = word.get(..4).unwrap_or(word);
        by_start.get(key).into_iter().flatten().map(|&i| &all[i]).filter(|f| f.1.len() >= min_words)
    };
    let mut kept = Vec::new();
    let mut legal = Vec::new();
    let mut i = 0;
    let form_at = |i: usize, f: &[&str]| {
        let same = |(a, b): (&String, &&str)| a == b || (f.len() >= 2 && same_legal_word(a, b));
        i + f.len() <= tokens.len() && tokens[i..i + f.len()].iter().zip(f).all(same)
    };
    // A form of letters alone (`a s`, `s a`, `n v`) is a person's initials
    // before a word that is no legal form (`ГЗАС им. А.С. Попова`, `A. S.
    // Yakovlev Design Bureau`).
    let read_as_words_here = |i: usize, f: &[&str]| {
        let end = i + f.len();
        let before_name = end < tokens.len() && !forms_from(&tokens[end]).any(|g| form_at(end, &g.1));
        // `SPA` before a name is a scientific production association (`JSC
        // SPA Orion`); the Italian S.p.A. ends a name.
        // After a lone letter, it is initials too (`K.A.S.`, not `K` and `A.S.`).
        let after_letter = i.checked_sub(1).is_some_and(|j| tokens[j].len() == 1);
        (f.iter().all(|w| w.len() == 1) || f == ["spa"]) && (before_name || after_letter)
    };
    'outer: while i < tokens.len() {
        for (name, f) in forms_from(&tokens[i]) {
            if form_at(i, f) && !read_as_words_here(i, f) {
                legal.push(name.clone());
                i += f.len();
                continue 'outer;
            }
        }
        kept.push(tokens[i].clone());
        i += 1;
    }
    if kept.is_empty() {
        return (tokens, legal);
    }
    (kept, legal)
}

/// The syllables of the pinyin legal-form words (youxian -> you xian).
fn pinyin_syllables(w: &'static str) -> Vec<&'static str> {
    match w {
        "youxian" => vec!["you", "xian"],
        "gongsi" => vec!["gong", "si"],
        "gufen" => vec!["gu", "fen"],
        "zeren" => vec!["ze", "ren"],
        other => vec![other],
    }
}

/// Whether what follows a stem is an ending of a Russian word as
/// transliterated (or an English plural): a case ending, after one of the
/// suffixes that make adjectives and nouns of a stem (`-n-`, `-sk-`,
/// `-chesk-`, `-ost-`, ...), so that a stem does not take a longer word
/// (`kazenn-oe` is a form of `kazenn`; `Kazenn-or`, `Oboron-prom`,
/// `Novost-roy` are not). After a stem ending as surnames do (`-ov`, `-ev`,
/// `-in`), the endings of a surname are not taken (`Strakhov-a`, `Turbin-a`).
pub(crate) fn ending(stem: &str, rest: &str) -> bool {
    let surnames = ends_like_surname(stem) && ["a", "u", "e", "ym"].contains(&rest);
    !rest.is_empty() && !surnames && case_ending(rest)
}

/// Whether `rest` is a suffix and a case ending, or a case ending alone, a
/// surname's too (`Kirov-a`): see [`ending`], which leaves those out.
pub(crate) fn case_ending(rest: &str) -> bool {
    SUFFIXES.iter().any(|s| rest.strip_prefix(s).is_some_and(|e| ENDINGS.contains(&e)))
}

/// Whether a stem ends as Russian surnames do (`-ov`, `-ev`, `-in`), so that
/// a surname's endings after it make a surname (`Strakhova`), not a word.
fn ends_like_surname(stem: &str) -> bool {
    stem.ends_with("ov") || stem.ends_with("ev") || stem.ends_with("in")
}

/// The suffixes that make Russian adjectives and nouns of a stem, as
/// transliterated, which an ending may follow (see [`ending`]).
const SUFFIXES: [&str; 12] = ["", "n", "nn", "sk", "chesk", "ov", "on", "onn", "och", "ochn", "ost", "ats"];

/// The case endings of Russian words, as transliterated, the Belarusian
/// adjective's (`-ae`, `-ay`), and the English plural.
const ENDINGS: [&str; 50] = [
    "a", "e", "i", "o", "u", "y", "s", "ae", "ay", "ya", "yu", "ye", "iy", "yy", "ii", "yi", "ij", "ie", "iye", "yye",
    "aya", "aia", "oe", "oye", "ogo", "ego", "omu", "emu", "oy", "oi", "ey", "ei", "ykh", "ikh", "ym", "im", "om",
    "em", "am", "ami", "yami", "akh", "yakh", "ov", "ev", "iya", "iyu", "iyam", "iyakh", "yam",
];

/// A word without its Russian case ending (and the suffix before it, if
/// any: see `ending`), the longest that leaves three letters or more
/// (`omskoe`: `omsk`); none if it has no such ending.
pub fn word_stem(word: &str) -> Option<&str> {
    let mut best: Option<&str> = None;
    for e in ENDINGS.iter().filter(|e| word.ends_with(*e)) {
        for s in SUFFIXES {
            let n = s.len() + e.len();
            if word.len() >= n + 3 && word[..word.len() - e.len()].ends_with(s) {
                let stem = &word[..word.len() - n];
                if best.is_none_or(|b| stem.len() < b.len()) {
                    best = Some(stem);
                }
            }
        }
    }
    best
}

/// A Russian adjective's ending, as transliterated in its several ways
/// (`-yy`, `-yi`, `-iy`, `-ii`, `-ij`, `-y`, `-i` after a consonant, and
/// `-oy`), and its other genders, plural and cases (`-aya`, `-oye`, `-ykh`,
/// `-ogo`, ...), made one (`-yy`); none for a word of fewer than six
/// letters or without such an ending.
fn adjective_key(w: &str) -> Option<String> {
    if w.len() < 6 {
        return None;
    }
    // The other genders, plural and cases (`prikladnaya`, `prikladnoye`,
    // `prikladnykh`), as the masculine.
    const OTHER: [&str; 14] =
        ["yaya", "aya", "oye", "oe", "oy", "oi", "yye", "iye", "ykh", "ikh", "ogo", "ego", "yh", "ih"];
    if let Some(stem) = OTHER.iter().find_map(|e| w.strip_suffix(e)) {
        let consonant = stem.ends_with(|c: char| c.is_ascii_alphabetic() && !"aeiouy".contains(c));
        return (consonant && stem.len() >= 4).then(|| format!("{stem}yy"));
    }
    let stem = w.trim_end_matches(['y', 'i', 'j']);
    let cut = w.len() - stem.len();
    let consonant = stem.ends_with(|c: char| c.is_ascii_alphabetic() && !"aeiou".contains(c));
    ((1..=2).contains(&cut) && consonant && stem.len() >= 4).then(|| format!("{stem}yy"))
}

/// The translations of adjectives, by [`adjective_key`]; the first one
/// listed wins. Built once.
fn translations_by_adjective_key() -> &'static rustc_hash::FxHashMap<String, &'static str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<String, &'static str>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (r, e) in TRANSLATIONS {
            if let Some(key) = adjective_key(r) {
                map.entry(key).or_insert(*e);
            }
        }
        map
    })
}

/// A word with the short i (й) written `ii` before a consonant
/// (`Baltiiskaya`) respelled `iy`, as the word lists have it; none if it
/// has no such `ii`.
fn short_i_as_y(t: &str) -> Option<String> {
    let b = t.as_bytes();
    let at = (0..b.len().saturating_sub(2)).find(|&i| &b[i..i + 2] == b"ii" && !b"aeiouy".contains(&b[i + 2]))?;
    Some(format!("{}iy{}", &t[..at], &t[at + 2..]))
}

/// The translations, by word (each word is listed once: see the test
/// `word_tables_list_each_word_once`). Built once.
fn translations_by_word() -> &'static rustc_hash::FxHashMap<&'static str, &'static str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| TRANSLATIONS.iter().copied().collect())
}

/// The translations of words of six letters or more, by their spelling
/// [`skeleton`]; the first one listed wins. Built once.
fn translations_by_skeleton() -> &'static rustc_hash::FxHashMap<String, &'static str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<String, &'static str>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (r, e) in TRANSLATIONS.iter().filter(|(r, _)| r.len() >= 6) {
            map.entry(skeleton(r)).or_insert(*e);
        }
        map
    })
}

/// The stems whose spelling [`skeleton`] has five letters or more, by it, in the
/// order listed, but for skeletons that stems of different meanings share
/// (`obedinenn`, united, and `obedinen`, association). Built once.
fn stem_skeletons() -> &'static [(String, &'static str)] {
    static STEMS_BY_SKELETON: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    STEMS_BY_SKELETON.get_or_init(|| {
        let all: Vec<(String, &str)> =
            STEMS.iter().map(|(stem, e)| (skeleton(stem), *e)).filter(|(stem, _)| stem.len() >= 5).collect();
        let ambiguous = |(stem, e): &(String, &str)| all.iter().any(|(s, f)| s == stem && f != e);
        all.iter().filter(|x| !ambiguous(x)).cloned().collect()
    })
}

/// The English for a word whose stem is spelled otherwise (`nacionalnoye`):
/// the word's spelling skeleton is a stem's and a Russian ending, as
/// skeletons spell them (`Kazenro` is no form of `kazenn`); or the stem's
/// alone when the skeleton took an adjective's ending off (`Kazakh` is no
/// form of `kazach`, nor `Krymsk` of `krymsk`). Not a surname's endings
/// after a stem ending as surnames do.
fn stem_by_skeleton(t: &str) -> Option<&'static str> {
    const SKELETON_ENDINGS: [&str; 21] = [
        "a", "e", "i", "o", "u", "ov", "ev", "om", "em", "am", "im", "ih", "ah", "ami", "ogo", "ego", "omu", "oi",
        "ei", "oe", "ie",
    ];
    const ADJECTIVE: [&str; 16] =
        ["yy", "iy", "ii", "yi", "ij", "aya", "aia", "oe", "oye", "ogo", "ykh", "ikh", "ye", "ie", "yye", "iye"];
    let word = skeleton(t);
    let adjective = ADJECTIVE.iter().any(|e| t.ends_with(e));
    let fits = |stem: &str, rest: &str| {
        (SKELETON_ENDINGS.contains(&rest) || (rest.is_empty() && adjective))
            && !(ends_like_surname(stem) && ["", "a", "u", "e", "im"].contains(&rest) && !adjective)
    };
    let skeletons = stem_skeletons();
    let at = word.get(..STEM_KEY).and_then(|k| stem_skeletons_by_start().get(k));
    at.into_iter()
        .flatten()
        .map(|&i| &skeletons[i])
        .find(|(stem, _)| word.strip_prefix(stem.as_str()).is_some_and(|rest| fits(stem, rest)))
        .map(|(_, e)| *e)
}

/// The letters that [`stems_from`] and [`stem_by_skeleton`] look stems up
/// by: every stem has as many or more.
const STEM_KEY: usize = 4;

/// The [`STEMS`] that begin as `t` does, in their order (the first that
/// fits is taken): a look-up instead of a pass over all 1,090 for every
/// word of every name indexed.
fn stems_from(t: &str) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    static BY_START: std::sync::OnceLock<rustc_hash::FxHashMap<String, Vec<usize>>> = std::sync::OnceLock::new();
    let by_start = BY_START.get_or_init(|| by_first_letters(STEMS.iter().map(|(stem, _)| *stem)));
    t.get(..STEM_KEY).and_then(|k| by_start.get(k)).into_iter().flatten().map(|&i| &STEMS[i])
}

/// The indices of [`stem_skeletons`] by their first [`STEM_KEY`] letters, in order.
fn stem_skeletons_by_start() -> &'static rustc_hash::FxHashMap<String, Vec<usize>> {
    static BY_START: std::sync::OnceLock<rustc_hash::FxHashMap<String, Vec<usize>>> = std::sync::OnceLock::new();
    BY_START.get_or_init(|| by_first_letters(stem_skeletons().iter().map(|(stem, _)| stem.as_str())))
}

/// The positions of stems by their first [`STEM_KEY`] letters, in order.
fn by_first_letters<'a>(stems: impl Iterator<Item = &'a str>) -> rustc_hash::FxHashMap<String, Vec<usize>> {
    let mut map: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
    for (i, stem) in stems.enumerate() {
        map.entry(stem[..STEM_KEY].to_string()).or_default().push(i);
    }
    map
}

/// First parts of compound words, Russian as transliterated and English,
/// and their English words (`Гидросвязь`, `Hydrocommunication`:
/// hydrocommunications; `Микротехника`, `Microtechnology`:
/// microtechnologies).
const COMPOUND_FIRST: [(&str, &str); 23] = [
    ("gidro", "hydro"),
    ("hydro", "hydro"),
    ("aero", "aero"),
    ("avia", "aviation"),
    ("elektro", "electro"),
    ("electro", "electro"),
    ("mikro", "micro"),
    ("micro", "micro"),
    ("opto", "opto"),
    ("foto", "photo"),
    ("photo", "photo"),
    ("teplo", "thermal"),
    ("thermo", "thermal"),
    ("termo", "thermal"),
    ("energo", "energy"),
    ("khim", "chemical"),
    ("chem", "chemical"),
    ("spets", "special"),
    ("nefte", "oil"),
    ("neft", "oil"),
    ("gazo", "gas"),
    ("nano", "nano"),
    ("radio", "radio"),
];

/// A word the translations neither know nor give as a known first part
/// and four letters or more: the first part's English word and the rest's,
/// if the translations know or give it (`gidrosvyazi`: hydro and
/// communications; `chemcomposite`: chemical and composite), or the rest
/// as it is (`gidroservis`: hydro and servis), to be written as one word.
fn compound(t: &str) -> Option<(&'static str, &str)> {
    static GIVEN: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let given = GIVEN.get_or_init(|| TRANSLATIONS.iter().chain(STEMS).map(|&(_, e)| (e, e)).collect());
    // A word the translations give is one (`electromechanical`).
    if given.contains_key(t) {
        return None;
    }
    COMPOUND_FIRST.iter().find_map(|&(first, english)| {
        // Not the English word with more (`chemicals`: no `chem` and `icals`).
        if english != first && t.starts_with(english) {
            return None;
        }
        let rest = t.strip_prefix(first).filter(|r| r.len() >= 4)?;
        Some((english, look_up_translation(rest).or_else(|| given.get(rest).copied()).unwrap_or(rest)))
    })
}

/// The endings of Russian and Ukrainian patronymics as transliterated,
/// in the nominative and genitive (`Ivanovich`, `Ivanovicha`, `Petrivna`).
const PATRONYMIC_ENDINGS: [&str; 12] =
    ["ovich", "evich", "ovicha", "evicha", "ovych", "evych", "ovna", "evna", "ovny", "evny", "ivna", "ichna"];

/// Whether a name reads as a person's: two to four words, no legal form,
/// one of them a Russian patronymic (`Lev Anatolyevich Yershov`, `Ivan
/// Petrovich Sidorenkov`).
pub fn is_person_like(n: &NormalName) -> bool {
    let patronymic = |t: &String| t.len() >= 7 && PATRONYMIC_ENDINGS.iter().any(|e| t.ends_with(e));
    n.legal_forms.is_empty() && (2..=4).contains(&n.tokens.len()) && n.tokens.iter().any(patronymic)
}

/// Words that name a region of the world (`Asia Pacific`, `Balkan`,
/// `Baltic`): many companies in it take them, so that the one party of a
/// list whose name holds them is no evidence that another is it.
pub fn is_region_word(t: &str) -> bool {
    const REGIONS: &[&str] = &[
        "asia",
        "asian",
        "pacific",
        "euro",
        "europe",
        "european",
        "eurasia",
        "eurasian",
        "balkan",
        "balkans",
        "baltic",
        "nordic",
        "scandinavia",
        "orient",
        "oriental",
        "atlantic",
        "arctic",
        "caspian",
        "gulf",
        "mediterranean",
        "caucasus",
        "levant",
        "africa",
        "african",
        "america",
        "american",
        "latin",
        "middle",
        "east",
        "eastern",
        "west",
        "western",
        "north",
        "northern",
        "south",
        "southern",
        "far",
    ];
    REGIONS.contains(&t)
}

/// Whether a word is one the word lists know, as a word of another language
/// or as the English they give (`solution`, `trading`, `plant`), rather
/// than a name.
pub fn is_dictionary_word(t: &str) -> bool {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let pairs = TRANSLATIONS.iter().chain(STEMS).chain(ABBREVIATIONS);
        pairs.flat_map(|&(x, e)| x.split(' ').chain(e.split(' '))).chain(COMMON_WORDS.iter().copied()).collect()
    });
    words.contains(t) || translate(t) != t || is_country(t)
}

/// The English words for one transliterated word: a translation, a stem's,
/// or the word itself. Remembered per thread, as names repeat their words
/// (scoring 10,000 suppliers against 117,000 names took 2.95 s without,
/// 2.8 s with); forgotten past 100,000 words.
fn translate(t: &str) -> &str {
    thread_local! {
        static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<String, Option<&'static str>>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    let known = SEEN.with(|seen| seen.borrow().get(t).copied());
    let english = known.unwrap_or_else(|| {
        let english = look_up_translation(t);
        SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            if seen.len() >= 100_000 {
                seen.clear();
            }
            seen.insert(t.to_string(), english);
        });
        english
    });
    english.unwrap_or(t)
}

/// The English words for one transliterated word, if it has a translation
/// or a stem's.
fn look_up_translation(t: &str) -> Option<&'static str> {
    let once = |t: &str| -> Option<&'static str> {
        let english = translations_by_word()
            .get(t)
            .copied()
            .or_else(|| {
                // The same adjective with its ending spelled otherwise
                // (`vertoletny`, `vertoletnyi`, `vertoletnyy`).
                let key = adjective_key(t)?;
                translations_by_adjective_key().get(key.as_str()).copied()
            })
            .or_else(|| {
                // The same word spelled otherwise (`konstructorskoye`).
                (t.len() >= 6).then(|| translations_by_skeleton().get(&skeleton(t)).copied()).flatten()
            });
        let stemmed = || {
            stems_from(t)
                .find(|(stem, _)| {
                    // The stem alone is a word too when long (`dvigatel`),
                    // unless a surname's (`Strakhov`) or a town's (the
                    // adjective `zabaykalsk-` alone is Zabaykalsk).
                    (t.len() > stem.len() && t.starts_with(stem) && ending(stem, &t[stem.len()..]))
                        || (t == *stem && stem.len() >= 7 && !ends_like_surname(stem) && !stem.ends_with("sk"))
                })
                .map(|(_, e)| *e)
                .or_else(|| stem_by_skeleton(t))
        };
        english.or_else(|| if t.len() >= 6 { stemmed() } else { None })
    };
    // A translation may itself have a preferred form (`aviatsionnyy`,
    // `aircraft`, `aviation`): follow a few steps.
    let mut word = once(t).or_else(|| once(&short_i_as_y(t)?))?;
    for _ in 0..3 {
        match once(word) {
            Some(e) if e != word && !word.contains(' ') => word = e,
            _ => break,
        }
    }
    Some(word)
}

/// Whether the words of `phrase` (space-separated) come at `tokens[i..]`.
fn phrase_at(tokens: &[String], i: usize, phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    i + n <= tokens.len() && tokens[i..i + n].iter().zip(phrase.split(' ')).all(|(a, b)| a == b)
}

/// Expand known abbreviations (longest first) into their words.
fn expand_abbreviations(raw: &[String]) -> Vec<String> {
    // The abbreviations by their first word, in the order listed. Built once.
    static BY_FIRST_WORD: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<(&str, &str)>>> =
        std::sync::OnceLock::new();
    let by_first_word = BY_FIRST_WORD.get_or_init(|| {
        let mut map: rustc_hash::FxHashMap<&'static str, Vec<(&str, &str)>> = rustc_hash::FxHashMap::default();
        for &(abbr, words) in ABBREVIATIONS {
            map.entry(abbr.split(' ').next().unwrap_or(abbr)).or_default().push((abbr, words));
        }
        map
    });
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let starting_here = by_first_word.get(raw[i].as_str()).into_iter().flatten();
        match starting_here.into_iter().find(|(abbr, _)| phrase_at(raw, i, abbr)) {
            Some((abbr, words)) => {
                out.extend(words.split(' ').map(String::from));
                i += abbr.split(' ').count();
            }
            None => {
                out.push(raw[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// The words of a name with ordinal numbers written as numbers: `35th`,
/// `1st`, and the Russian `929-й`, `170-го` (a number, then its ending as
/// a word of its own once transliterated).
fn ordinals_as_numbers<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    const RUSSIAN_ENDINGS: [&str; 8] = ["y", "iy", "yy", "i", "go", "ya", "e", "ye"];
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let after_number = out.last().is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if after_number && RUSSIAN_ENDINGS.contains(&w) {
            continue;
        }
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let ordinal = digits > 0 && ["st", "nd", "rd", "th"].contains(&&w[digits..]);
        out.push(if ordinal { w[..digits].to_string() } else { w.to_string() });
    }
    out
}

/// How many letters an abbreviation of some of a name's words has (see
/// [`NormalName::abbreviations`]).
pub(crate) const ABBREVIATION_LETTERS: std::ops::RangeInclusive<usize> = 3..=6;

/// The words of a name written as abbreviations: of three to six letters,
/// two of them capitals or more, not Roman numerals (`II`, `IV`) nor
/// country codes (`USA`, `DE`); in a name all in capitals, only words
/// without a vowel (`STC`, not `PLUS`).
/// Transliterated.
fn abbreviations(name: &str) -> Vec<String> {
    let all_capitals = !name.chars().any(char::is_lowercase);
    let roman = |w: &str| w.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    let vowel = |w: &str| w.contains(['a', 'e', 'i', 'o', 'u', 'y']);
    let mut out: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        // At most six letters, written with at most two each (`Ц`: `ts`).
        .filter(|w| (2..=12).contains(&w.len()) && w.chars().filter(|c| c.is_uppercase()).count() >= 2)
        .filter(|w| !is_country_code(w))
        .map(to_latin)
        .filter(|w| ABBREVIATION_LETTERS.contains(&w.len()) && w.bytes().all(|c| c.is_ascii_lowercase()) && !roman(w))
        .filter(|w| !all_capitals || !vowel(w))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Normalise a name.
pub fn normalize(name: &str) -> NormalName {
    let chinese = mostly_chinese(name);
    let name_as_read = without_possessives(name);
    let latin = if chinese { to_latin(&chinese_words_in_english(&name_as_read)) } else { to_latin(&name_as_read) };
    let raw = ordinals_as_numbers(latin.split(' ').filter(|t| !t.is_empty()));
    let (kept, legal_forms) = split_legal_forms(raw.clone(), if chinese { 2 } else { 1 });
    let mut kept = if chinese { pinyin_words(&kept) } else { kept };
    honoree_names_as_initials(&mut kept);
    let meaningful: Vec<String> = kept.iter().filter(|t| !STOP_WORDS.contains(&t.as_str())).cloned().collect();
    let meaningful = if meaningful.is_empty() { kept.clone() } else { meaningful };
    // A name that is one abbreviation stays as it is (it is matched against
    // initials); in longer names, abbreviations are spelled out.
    let mut expanded = if meaningful.len() > 1 { expand_abbreviations(&meaningful) } else { meaningful.clone() };
    // `г.` before a place's name is `город`, the city (`г. Севастополя`);
    // before a letter, an initial (`Г.М. Бериева`). `в` before it is `in`.
    // Only as written in Cyrillic, small.
    let city = name.contains("г.");
    for i in 0..expanded.len().saturating_sub(1) {
        let place = expanded[i + 1].len() >= 3 && !expanded[i + 1].bytes().all(|b| b.is_ascii_digit());
        if city && expanded[i] == "g" && place {
            expanded[i] = "city".to_string();
        }
    }
    let before_city = |i: usize| matches!(expanded.get(i + 1).map(String::as_str), Some("city" | "gorode" | "goroda"));
    let in_city = |i: usize| expanded[i] == "v" && before_city(i) && name.contains(" в ");
    let expanded: Vec<String> = (0..expanded.len()).filter(|&i| !in_city(i)).map(|i| expanded[i].clone()).collect();
    let mut tokens: Vec<String> = Vec::with_capacity(expanded.len());
    let mut spellings: Vec<Option<(String, String)>> = Vec::with_capacity(expanded.len());
    // Where a word English keeps in the name but the tokens leave out
    // stood: `корпорация`, `компания` (the token before which it stood).
    let mut company_words: Vec<usize> = Vec::new();
    for t in &expanded {
        let english = translate(t);
        if english.is_empty() && COMPANY_WORDS.contains(&t.as_str()) {
            company_words.push(tokens.len());
        }
        let joined;
        let english = match (english == t).then(|| compound(t)).flatten() {
            Some((first, rest)) => {
                // One word, as written: split, its parts would be common
                // words (`Электросистемы`: electro systems), and a
                // compound would match its second part (`Радиосвязь`,
                // `Связь`).
                joined = format!("{first}{}", rest.replace(' ', ""));
                joined.as_str()
            }
            _ => english,
        };
        for e in english.split(' ').filter(|e| !e.is_empty()) {
            tokens.push(e.to_string());
            spellings.push((english != t).then(|| (t.clone(), skeleton(t))));
        }
    }
    let mut acronyms: Vec<String> =
        [initials(&meaningful, true), initials(&tokens, false)].into_iter().flatten().collect();
    acronyms.dedup();
    // The person's words as the name's words are: without joining words
    // (the initial `И.` reads as `i`, and) and translated; how many end
    // the tokens before `end`.
    let honoree_before = |h: &[String], end: usize| {
        let words = h.iter().filter(|t| !STOP_WORDS.contains(&t.as_str()));
        let h: Vec<&str> = words.map(|t| translate(t)).filter(|t| !t.is_empty()).collect();
        let fits = h.len() < end && tokens[end - h.len()..end].iter().zip(&h).all(|(a, b)| a == b);
        if fits { h.len() } else { 0 }
    };
    let honoree = honoree_at_end(&kept).map_or(0, |h| honoree_before(h, tokens.len()));
    let affiliation = affiliation_at_end(&tokens);
    // Or before the body it belongs to (`им. К.А. Валиева Российской
    // академии наук`).
    let honoree_before_affiliation = if honoree == 0 && affiliation > 0 {
        let end = tokens.len() - affiliation;
        (1..kept.len()).rev().find_map(|k| honoree_at_end(&kept[..k])).map_or(0, |h| honoree_before(h, end))
    } else {
        0
    };
    let skeletons = tokens.iter().map(|t| skeleton(t)).collect();
    let latin_letters =
        name.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c));
    let end = tokens.len().saturating_sub(honoree.max(affiliation));
    let rendered_initials = if chinese {
        Vec::new()
    } else if latin_letters {
        // Written in English (or in Latin letters): its words as written,
        // and as Russian gives them (a company word at the end only: the
        // tokens are translated, and may be more or fewer than the words).
        let words: Vec<String> = kept.iter().filter(|t| !STOP_WORDS.contains(&t.as_str())).cloned().collect();
        let company = company_words_among(&raw, &words);
        let mut out = rendered_initials(&words, &company, words.len(), Rendering::AsWritten);
        let company_last: &[usize] = if company.contains(&words.len()) { &[end] } else { &[] };
        out.extend(rendered_initials(&tokens, company_last, end, Rendering::Russian));
        out.sort_unstable();
        out.dedup();
        out
    } else {
        rendered_initials(&tokens, &company_words, end, Rendering::English)
    };
    NormalName {
        original: name.to_string(),
        tokens,
        legal_forms,
        acronyms,
        honoree,
        honoree_before_affiliation,
        affiliation,
        skeletons,
        spellings,
        abbreviations: abbreviations(name),
        rendered_initials,
    }
}

/// Words a name's tokens leave out (translated as nothing) that English
/// renderings keep, and abbreviate: `... Corporation`, `... Company`.
const COMPANY_WORDS: [&str; 8] =
    ["korporatsiya", "korporatsii", "kompaniya", "kompanii", "corporation", "corp", "company", "co"];

/// Initials English renderings give a word, besides its own first letter,
/// by the token it is translated as: the other words translators choose
/// (`Патронный завод`: Cartridge Plant, Ammunition Works), and the letters
/// of a token that is two English words (`machinebuilding`: `mb`).
const ENGLISH_LETTERS: &[(&str, &[&str])] = &[
    ("ammunition", &["c"]),
    ("bureau", &["o"]),
    ("electromechanical", &["em"]),
    ("instrument", &["im", "ie"]),
    ("machinebuilding", &["mb", "e", "me"]),
    ("plant", &["f", "w"]),
    ("scientific", &["r"]),
    ("shipbuilding", &["sb"]),
];

/// Where among `words` (a name's words as written, legal forms left out)
/// the name as split into `raw` words had a word of [`COMPANY_WORDS`]
/// (`United Aircraft Corporation`: before word 2), after its first word.
fn company_words_among(raw: &[String], words: &[String]) -> Vec<usize> {
    let mut at = 0;
    let mut out = Vec::new();
    for r in raw {
        if words.get(at) == Some(r) {
            at += 1;
        } else if at > 0 && COMPANY_WORDS.contains(&r.as_str()) {
            out.push(at);
        }
    }
    out
}

/// Initials Russian gives a word, by the token it is translated as (`plant`:
/// `z`, завод, or `k`, комбинат), Russian letters as transliterated (`ts`,
/// Ц). Other words (names: `Barnaul`) by their first letter as written.
const RUSSIAN_LETTERS: &[(&str, &[&str])] = &[
    ("academy", &["a"]),
    ("ammunition", &["p"]),
    ("association", &["o"]),
    ("aviation", &["a"]),
    ("bureau", &["b"]),
    ("center", &["ts"]),
    ("central", &["ts"]),
    ("chemical", &["kh"]),
    ("communications", &["s"]),
    ("complex", &["k"]),
    ("computer", &["v"]),
    ("concern", &["k"]),
    ("defence", &["o"]),
    ("design", &["k", "p"]),
    ("electronic", &["e"]),
    ("engine", &["d", "m"]),
    ("engineering", &["i"]),
    ("enterprise", &["p"]),
    ("experimental", &["o", "e"]),
    ("federal", &["f"]),
    ("group", &["g"]),
    ("helicopter", &["v"]),
    ("holding", &["kh"]),
    ("industrial", &["p"]),
    ("information", &["i"]),
    ("institute", &["i"]),
    ("instrument", &["p"]),
    ("integrated", &["k"]),
    ("machinebuilding", &["m"]),
    ("main", &["g"]),
    ("mechanical", &["m"]),
    ("military", &["v"]),
    ("national", &["n"]),
    ("nuclear", &["ya", "a"]),
    ("optical", &["o"]),
    ("plant", &["z", "k"]),
    ("precision", &["t"]),
    ("production", &["p"]),
    ("radio", &["r"]),
    ("repair", &["r"]),
    ("rocket", &["r"]),
    ("russian", &["r"]),
    ("satellite", &["s"]),
    ("scientific", &["n", "i"]),
    ("shipbuilding", &["s"]),
    ("solutions", &["r"]),
    ("space", &["k"]),
    ("special", &["s"]),
    ("state", &["g"]),
    ("systems", &["s"]),
    ("technical", &["t"]),
    ("technologies", &["t"]),
    ("trading", &["t"]),
    ("united", &["o"]),
    ("unmanned", &["b"]),
];

/// Words for a kind of body that English puts after a place's name and
/// before the rest (`Moscow Institute of ...`).
const HEAD_NOUNS: [&str; 5] = ["institute", "university", "academy", "center", "bureau"];

/// Which initials [`rendered_initials`] works out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rendering {
    /// Of the words as written.
    AsWritten,
    /// As English renders translated words (see [`ENGLISH_LETTERS`]).
    English,
    /// As Russian renders English words (see [`RUSSIAN_LETTERS`]).
    Russian,
}

/// The most initials worked out for one name.
const MOST_RENDERED_INITIALS: usize = 64;

/// The initials a rendering of a name may take: of its first `end` words
/// (the person it is named after and the body it belongs to left out),
/// joining words left out, with a company's initial where `company_words`
/// were (see [`COMPANY_WORDS`]: `c`, or in Russian `k`), each word by its
/// first letter or others the `rendering` gives; and the same without
/// words that name the kind of body at the start (`НПО «Ижевские
/// беспилотные системы»`: `ius`). Of three words or more (four in
/// Russian); at most
/// [`MOST_RENDERED_INITIALS`] (words beyond those by their first letter
/// only).
fn rendered_initials(tokens: &[String], company_words: &[usize], end: usize, rendering: Rendering) -> Vec<String> {
    let company = if rendering == Rendering::Russian { "k" } else { "c" };
    let mut words: Vec<Vec<&str>> = Vec::new();
    let mut kinds = 0;
    for (i, t) in tokens[..end].iter().enumerate() {
        if company_words.contains(&i) {
            words.push(vec![company]);
        }
        if ACRONYM_STOP.contains(&t.as_str()) {
            continue;
        }
        let Some(first) = t.get(..t.chars().next().map_or(0, char::len_utf8)) else { continue };
        let first = if t.bytes().all(|b| b.is_ascii_digit()) { t.as_str() } else { first };
        let look_up =
            |table: &'static [(&str, &'static [&'static str])]| table.iter().find(|(w, _)| w == t).map(|x| x.1);
        let options: Vec<&str> = match rendering {
            Rendering::AsWritten => vec![first],
            Rendering::English => {
                std::iter::once(first).chain(look_up(ENGLISH_LETTERS).unwrap_or_default().iter().copied()).collect()
            }
            Rendering::Russian => look_up(RUSSIAN_LETTERS)
                .map(<[&str]>::to_vec)
                .unwrap_or_else(|| vec![cyrillic_digraph(t).unwrap_or(first)]),
        };
        if words.len() == kinds && is_common(if rendering == Rendering::AsWritten { translate(t) } else { t }) {
            kinds += 1;
        }
        words.push(options);
    }
    if company_words.contains(&end) {
        words.push(vec![company]);
    }
    // Russian initials of three letters stand for many bodies (`РПЗ`,
    // radio instrument plant or repair plant; `СРЗ`): four letters or more.
    let fewest = if rendering == Rendering::Russian { 4 } else { 3 };
    let mut runs: Vec<&[Vec<&str>]> = Vec::new();
    if words.len() >= fewest {
        runs.push(&words);
    }
    if kinds > 0 && words.len() >= kinds + fewest {
        runs.push(&words[kinds..]);
    }
    // English puts the kind of body after a place's name and before what it
    // does (`Московский физико-технический институт`: Moscow Institute of
    // Physics and Technology, `MIPT`).
    let head = tokens[..end].iter().rev().find(|t| !ACRONYM_STOP.contains(&t.as_str()));
    let moved: Vec<Vec<&str>>;
    if rendering == Rendering::English
        && words.len() >= 4
        && !company_words.contains(&end)
        && head.is_some_and(|h| HEAD_NOUNS.contains(&h.as_str()))
    {
        let mut m = words.clone();
        let last = m.pop().unwrap_or_default();
        m.insert(1, last);
        moved = m;
        runs.push(&moved);
    }
    let mut out = Vec::new();
    for run in runs {
        let mut heads = vec![String::new()];
        for options in run {
            let options = if heads.len() * options.len() > MOST_RENDERED_INITIALS { &options[..1] } else { options };
            heads = heads.iter().flat_map(|h| options.iter().map(move |o| format!("{h}{o}"))).collect();
        }
        out.extend(heads);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A name without English possessive endings (`Alexeev’s Hydrofoil Design
/// Bureau`: `Alexeev`), which would join the name's letters.
fn without_possessives(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.contains("'s") && !name.contains("’s") {
        return name.into();
    }
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(i) = rest.find(['\'', '’']) {
        let quote = rest[i..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[i + quote..];
        let ends_word = |r: &str| r.chars().next().is_none_or(|c| !c.is_alphanumeric());
        let letter_before = rest[..i].chars().next_back().is_some_and(char::is_alphabetic);
        out.push_str(&rest[..i]);
        if letter_before && after.starts_with('s') && ends_word(&after[1..]) {
            rest = &after[1..];
        } else {
            out.push_str(&rest[i..i + quote]);
            rest = after;
        }
    }
    out.push_str(rest);
    out.into()
}

/// The bodies an organisation may be named as belonging to, at the end of
/// its name, as translated: the Academy of Sciences (with the branch
/// before it, if any) and the Ministry of Defence.
const AFFILIATIONS: &[&str] = &["russian academy sciences", "ministry defence russian federation", "ministry defence"];

/// How many of the last tokens name the body the organisation belongs to
/// (see [`AFFILIATIONS`]): 0 if none, or if fewer than two words are left
/// (`Georgian Ministry of Defence` is a ministry, not a body of one).
fn affiliation_at_end(tokens: &[String]) -> usize {
    for a in AFFILIATIONS {
        let n = a.split(' ').count();
        if n + 2 <= tokens.len() && phrase_at(tokens, tokens.len() - n, a) {
            // The branch of the academy before it (`siberian branch`, `far
            // eastern branch`), if two words are left before that.
            let before = &tokens[..tokens.len() - n];
            let branch = match before {
                [.., far, eastern, branch] if far == "far" && eastern == "eastern" && branch == "branch" => 3,
                [.., branch] if branch == "branch" => 2,
                _ => 0,
            };
            return n + if before.len() >= branch + 2 { branch } else { 0 };
        }
    }
    0
}

/// Whether a word is one letter, or one Cyrillic letter transliterated
/// (`Я.` is `ya`): an initial, in a person's name.
pub(crate) fn is_letter(word: &str) -> bool {
    const CYRILLIC_LETTERS: [&str; 10] = ["ya", "yu", "ye", "yo", "zh", "kh", "ts", "ch", "sh", "shch"];
    (word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic()) || CYRILLIC_LETTERS.contains(&word)
}

/// Words that introduce the person an organisation is named after.
const NAMED_AFTER: &[&str] = &["imeni", "im", "named after", "n a"];

/// The given name and patronymic of the person a name is named after, as
/// their initials (`имени Ивана Ивановича Картукова`: `i i kartukova`, as
/// `named after I.I. Kartukov` writes them), and a given name alone before
/// the surname (`named after Ivan Kartukov`). Not where the last word is a
/// word the word lists know or a place (`имени Дмитрия Шостаковича Москва`:
/// no patronymic there), nor a given name that is such a word (`имени
/// Октябрьской Революции`).
fn honoree_names_as_initials(tokens: &mut [String]) {
    // After `имени` and a given name, `-ич` too (`Ильича`).
    let patronymic = |t: &String| PATRONYMIC_ENDINGS.iter().chain(&["ich", "icha"]).any(|e| t.ends_with(e));
    let Some(i) = (1..tokens.len()).find(|&i| NAMED_AFTER.iter().any(|m| phrase_at(tokens, i, m))) else {
        return;
    };
    let marker = NAMED_AFTER.iter().find(|m| phrase_at(tokens, i, m)).map_or(1, |m| m.split(' ').count());
    let start = i + marker;
    let titled = usize::from(tokens.get(start).is_some_and(|t| t.starts_with("akadem") || t.starts_with("academic")));
    let given = start + titled;
    let name_like = |t: &String| t.len() >= 3 && !t.bytes().any(|b| b.is_ascii_digit()) && !is_dictionary_word(t);
    if !tokens.last().is_some_and(name_like) {
        return;
    }
    let initials = if tokens.len() == given + 3 && patronymic(&tokens[given + 1]) {
        given..given + 2
    } else if tokens.len() == given + 2 && name_like(&tokens[given]) {
        given..given + 1
    } else {
        return;
    };
    for k in initials {
        tokens[k].truncate(tokens[k].chars().next().map_or(0, char::len_utf8));
    }
}

/// The person a name ends with, after `imeni`, `im.`, `named after` or
/// `N.A.`: up to three initials and a surname, with a title before them
/// (`akademika`) if any; none if the name does not end so.
fn honoree_at_end(tokens: &[String]) -> Option<&[String]> {
    (1..tokens.len()).find_map(|i| {
        let marker = NAMED_AFTER.iter().find(|m| phrase_at(tokens, i, m))?;
        let start = i + marker.split(' ').count();
        let rest = &tokens[start..];
        let titled = usize::from(rest.first().is_some_and(|t| t.starts_with("akadem") || t.starts_with("academic")));
        let initials = rest[titled..].iter().take_while(|t| is_letter(t)).count();
        let fits = (1..=3).contains(&initials) && rest.len() == titled + initials + 1 && rest[rest.len() - 1].len() > 1;
        fits.then_some(rest)
    })
}

/// A spelling skeleton of a transliterated word, the same for the usual
/// variants of one Russian word in Latin letters (`Bazalt`/`Basalt`,
/// `Zvezdochka`/`Zvyozdochka`, `Alekseyev`/`Alekseev`, `Tekhmash`/`Techmash`).
pub fn skeleton(word: &str) -> String {
    // Names repeat their words (`trading`, `zavod`): each thread keeps the
    // skeletons it has worked out (a tenth of the time of indexing a list
    // went to working them out).
    thread_local! {
        static KNOWN: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> = Default::default();
    }
    const MOST_KNOWN: usize = 1 << 16;
    KNOWN.with(|known| {
        if let Some(s) = known.borrow().get(word) {
            return s.clone();
        }
        let s = skeleton_of(word);
        let mut known = known.borrow_mut();
        if known.len() < MOST_KNOWN {
            known.insert(word.to_string(), s.clone());
        }
        s
    })
}

/// [`skeleton`], worked out.
fn skeleton_of(word: &str) -> String {
    // Russian adjective endings come off (`Zelenodolskiy`, `Severnaya`), as
    // English renderings often leave them off (`Zelenodolsk`).
    let mut w = word.to_string();
    // English `-ce` is Russian `-с` (`service`, `сервис`; `alliance`,
    // `альянс`), and a final `z` stays apart from it (`сервиз`).
    let final_z = w.ends_with('z') && !w.ends_with("tz");
    if let Some(stem) = w.strip_suffix("ce").filter(|s| s.len() >= 3) {
        w = format!("{stem}s");
    }
    // English `-ics` is Russian `-ика` (`technodynamics`, `технодинамика`),
    // and so is `-икс` (`Мехатроникс`).
    if let Some(stem) = w.strip_suffix("ics").or_else(|| w.strip_suffix("iks")).filter(|s| s.len() >= 4) {
        w = format!("{stem}ika");
    }
    // `cs` inside a word is `кс` (`Enics`, `Эникс`); at its start, two
    // letters (`CS`, `ЦС`).
    if let Some(i) = w.get(1..).and_then(|rest| rest.find("cs")) {
        w.replace_range(i + 1..i + 3, "ks");
    }
    if w.len() >= 7 {
        for (ending, keep) in [
            ("skiye", "sk"),
            ("skikh", "sk"),
            ("skie", "sk"),
            ("skogo", "sk"),
            ("skoye", "sk"),
            ("skoe", "sk"),
            ("skaya", "sk"),
            ("skiy", "sk"),
            ("skii", "sk"),
            ("skij", "sk"),
            ("sky", "sk"),
            ("ski", "sk"),
            ("nykh", "n"),
            ("nyye", "n"),
            ("nye", "n"),
            ("nogo", "n"),
            ("noye", "n"),
            ("noe", "n"),
            ("naya", "n"),
            ("nyy", "n"),
            ("nyi", "n"),
            ("nii", "n"),
            ("niy", "n"),
        ] {
            if let Some(stem) = w.strip_suffix(ending) {
                w = format!("{stem}{keep}");
                break;
            }
        }
    }
    for (from, to) in [
        ("qu", "kv"),
        // German and Polish `ч` (`Sobtschak`, `Sobczak`).
        ("tsch", "h"),
        ("cz", "h"),
        ("tch", "ch"),
        ("shch", "s"),
        ("sch", "s"),
        ("th", "t"),
        ("kh", "h"),
        ("ch", "h"),
        ("dzh", "Z"),
        ("dge", "Z"),
        ("zh", "Z"),
        ("sh", "s"),
        ("ts", "c"),
        ("tz", "c"),
        ("ph", "f"),
        ("ck", "k"),
        ("ks", "x"),
        ("yo", "e"),
        ("ye", "e"),
        ("yu", "u"),
        ("ya", "a"),
        ("y", "i"),
        ("j", "i"),
        ("iu", "u"),
        ("ie", "e"),
        ("ii", "i"),
        ("ei", "e"),
        // English `ai` is Russian `ей` (`container`, `контейнер`); it makes
        // `ай` one with `е` too (`Майтекс`, `Метекс`), which on the EU
        // lists found no wrong names.
        ("ai", "e"),
        ("z", "s"),
        ("w", "v"),
        ("k", "c"),
        ("q", "c"),
    ] {
        // Most words hold few of these: a copy only where one is.
        let f = from.as_bytes();
        if w.as_bytes().windows(f.len()).any(|x| x[0] == f[0] && x[1..] == f[1..]) {
            w = w.replace(from, to);
        }
    }
    // `х` after a vowel, before a consonant, is also written `c` or `k`
    // (`Техмаш`: Tekhmash, Techmash, Tecmash).
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let b = w.as_bytes();
    let at: Vec<usize> = (1..b.len().saturating_sub(1))
        .filter(|&i| b[i] == b'h' && vowel(b[i - 1]) && b[i + 1].is_ascii_alphabetic() && !vowel(b[i + 1]))
        .collect();
    for i in at {
        // `h` is one byte, so a character of its own.
        w.replace_range(i..i + 1, "c");
    }
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        if out.ends_with(c) {
            continue; // double letters
        }
        out.push(c);
    }
    if final_z && out.ends_with('s') {
        out.pop();
        out.push('z');
    }
    out
}

/// Cities that Chinese companies put in their names in parentheses
/// (`Alcos (Harbin) Supply Chain Management`), the border crossings to
/// Russia among them: no names of their own there. (Elsewhere they are
/// words as others: weighted down as common, `Wuhan Global Sensor` would
/// be held by `sensor` alone.) The cities among the common words
/// (`Shenzhen`) are none there already: a parenthesised part of common
/// words alone is no name (see [`name_variants`]).
const CITIES_IN_PARENTHESES: &[&str] = &[
    "harbin",
    "tianjin",
    "chengdu",
    "chongqing",
    "wuhan",
    "suzhou",
    "qingdao",
    "dalian",
    "shenyang",
    "nanjing",
    "zhuhai",
    "foshan",
    "hefei",
    "jinan",
    "zhengzhou",
    "kunming",
    "urumqi",
    "fuzhou",
    "changchun",
    "yiwu",
    "wenzhou",
    "manzhouli",
    "heihe",
    "suifenhe",
    "hunchun",
];

/// Labels lists put in parentheses after a name: no names of their own.
const PARENTHESISED_LABELS: &[&str] = &[
    "former name",
    "formerly",
    "former",
    "previous name",
    "old name",
    "new name",
    "short name",
    "abbreviation",
    "acronym",
    "in liquidation",
    "in bankruptcy",
];

/// The forms of a listed name to match: the name without parentheses and
/// each parenthesised part (`Открытое Акционерное Общество «Сириус» (ОАО
/// «Сириус»)` gives both the long and the short form); names given together
/// after a spaced slash or after commas are split, and then the whole is
/// left out (`Tactical Missile Corporation, JSC Salyut` gives `JSC
/// Salyut`: the first part is the parent's name).
pub fn name_variants(name: &str) -> Vec<String> {
    // Most names have no other form: a name in Latin letters without
    // parentheses, commas, slashes, labels, dashes or quotes is itself,
    // without the work of finding none (scoring 10,000 suppliers, which
    // reads each name's forms, took a tenth more).
    if name.is_ascii() && !name.contains(['(', '[', ',', '/', ':', '-', '"', '\'']) {
        let whole = spaced(name);
        return if whole.is_empty() || is_legal_form_alone(&whole) { Vec::new() } else { vec![whole] };
    }
    // Names given in several languages, each after its language
    // (`Союз молодёжи Belarusian: Саюз моладзі`, `Kazakh: ...`), or after
    // `Other name:`: each a name, without its label.
    if let Some((before, after)) = split_at_label(name) {
        let mut out = if before.trim().is_empty() { Vec::new() } else { name_variants(before) };
        out.extend(name_variants(after));
        out.dedup();
        return out;
    }
    let (outside, inside) = parenthesised(name);
    let named = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count() >= 2;
    let mut out = vec![spaced(&outside)];
    for (part, at) in &inside {
        // A country in parentheses (`Alfa-Bank (Belarus)`) says which of a
        // group the body is: no name of its own.
        if is_country(part) {
            continue;
        }
        // Nor is a label (`Geoscan-UFA (former name)`).
        let label = part.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if PARENTHESISED_LABELS.contains(&label.as_str()) || CITIES_IN_PARENTHESES.contains(&to_latin(&label).as_str())
        {
            continue;
        }
        // A name after its language is a name (`(English: Quarta Holding)`).
        if let Some((_, after)) = split_at_label(part) {
            if named(after) {
                out.push(after.trim().to_string());
            }
            continue;
        }
        // A part before a legal form alone, often a city (`Kvarta
        // Technology (Kazan) Co. Ltd.`), says which of a group the body is
        // too: the name is given with it as well.
        let rest = &outside[*at..];
        if rest.split_whitespace().next().is_some() && !has_name_word(&tokens_of(rest)) {
            out.push(spaced(&format!("{} {part} {rest}", &outside[..*at])));
        } else if named(part) && has_name_word(&tokens_of(part)) {
            // Not a legal form alone (`ASIA ENERGY GENERAL TRADING (LLC)`).
            out.push(part.clone());
        }
    }
    // Names given together, separated by a spaced slash (`Rossiya 24 / Russia 24`).
    let out: Vec<String> = out
        .into_iter()
        .flat_map(|s| {
            let parts: Vec<String> = s.split(" / ").map(|p| p.trim().to_string()).collect();
            if parts.len() > 1 && parts.iter().all(|p| named(p)) { parts } else { vec![s] }
        })
        .collect();
    // Names given together after commas, each after the first with its
    // legal form first (`PAO Amurskiy Sudostroitelnyy Zavod, PJSC ASZ`, `AO
    // NIIMA Progress, Microelectronics Research Institute Progress JSC`):
    // the names in place of the whole. After a first part with its legal
    // form first, a part with its legal form last is a name too; other
    // parts are not names (`АО ‘Приборы, Сервис, Торговля’`, `..., Yekaterinburg`).
    // The first part is a name when it starts with a legal form too, or is
    // one word not common (`ELVIS, JSC Research and Development Center
    // ELVEES`); otherwise it is the parent's name (`Tactical Missile
    // Corporation, JSC Salyut`), left out.
    let mut out: Vec<String> = out
        .into_iter()
        .flat_map(|s| {
            let parts: Vec<String> = s.split(", ").map(|p| p.trim().to_string()).collect();
            if parts.len() == 1 {
                return parts;
            }
            let first_named = starts_with_legal_form(&parts[0]);
            // After a parent named a corporation, any part that names a body
            // (`Tactical Missile Corporation, Smolensk Aviation Plant`).
            let parent = is_parent_corporation(&parts[0]);
            // A part that is a legal form alone (`..., S.A. DE C.V.`) names nothing.
            let later: Vec<String> = parts[1..]
                .iter()
                .filter(|p| {
                    starts_with_legal_form(p)
                        || ((first_named || parent) && ends_with_legal_form(p))
                        || (parent && names_a_body(p))
                })
                .filter(|p| has_name_word(&tokens_of(p)))
                .cloned()
                .collect();
            if later.is_empty() {
                return vec![s];
            }
            let one_word = !parts[0].contains(' ')
                && named(&parts[0])
                && !normalize(&parts[0]).tokens.iter().all(|t| is_common(t));
            (first_named || one_word).then(|| parts[0].clone()).into_iter().chain(later).collect()
        })
        .collect();
    out.retain(|s| !s.is_empty());
    // A subsidiary after its parent, a corporation, with its legal form
    // and its name in quotes (`United Shipbuilding Corporation JSC “35th
    // Shipyard”`): the subsidiary's name in place of the whole.
    for s in out.iter_mut() {
        if let Some(own) = after_parent_corporation(s) {
            *s = own.to_string();
        }
    }
    // A branch named with its parent after a spaced dash: the branch's own
    // name too (`Филиал «Судоремонтный Завод «Нерпа» – АО «Центр
    // Судоремонта «Звёздочка»` gives `«Судоремонтный Завод «Нерпа»`;
    // `Branch of PJSC Yakovlev – Irkutsk Aviation Plant` gives `Irkutsk
    // Aviation Plant`).
    let branches: Vec<String> = out.iter().filter_map(|s| branch_name(s)).filter(|b| named(b)).collect();
    out.extend(branches);
    // A word in capitals of Latin letters that look like Cyrillic ones, in
    // a name mostly in Cyrillic, may be either (`АО ACT`, `AHO Диалог`,
    // `Остек-TECT`: each Cyrillic on the EU lists; `ООО «ABB Индустрия»`
    // would be Latin): the name read with it in Cyrillic too.
    let cyrillic_readings: Vec<String> = out.iter().filter_map(|s| capitals_as_cyrillic(s)).collect();
    out.extend(cyrillic_readings);
    // Capitalised Cyrillic words run together, split (`УралВагонЗавод`).
    let split: Vec<String> = out.iter().filter_map(|s| capitalised_words_split(s)).collect();
    out.extend(split);
    // English letters spelled out in Cyrillic, as letters (`Ай Кью
    // Компонентс`: `IQ Компонентс`).
    let spelled: Vec<String> = out.iter().filter_map(|s| english_letters_spelled(s)).collect();
    out.extend(spelled);
    // A parenthesised place or kind (`(香港)`, `(HK)`) is no name of its own.
    let outside_name = out.first().cloned();
    out.retain(|s| Some(s) == outside_name.as_ref() || !normalize(s).tokens.iter().all(|t| is_common(t)));
    // A legal form alone names nothing (the EU 269 annex gives `Joint
    // Stock Company` as the name of JSC Shvabe).
    out.retain(|s| !is_legal_form_alone(s));
    out.dedup();
    out
}

/// The forms of a supplier's or an entity's name that screening searches
/// for: the name as given first, then its [`name_variants`] but for a part
/// in parentheses alone, so that the name is read as a listed one is
/// (`Rosoboronexport OJSC (ROE)` without `(ROE)`; `Tactical Missile
/// Corporation, JSC Avangard` as `JSC Avangard`) and still found as given
/// where a list gives it whole. A part in parentheses names a parent or a
/// brand (`Xilinx Inc. (AMD)`) as often as the party itself: alone, it is
/// not searched for.
pub fn name_forms(name: &str) -> Vec<String> {
    let (_, inside) = parenthesised(name);
    let parts: Vec<String> = inside.iter().map(|(part, _)| spaced(part)).collect();
    let mut forms = vec![spaced(name)];
    for v in name_variants(name) {
        if !forms.contains(&v) && !parts.contains(&spaced(&v)) {
            forms.push(v);
        }
    }
    forms
}

/// A text with its runs of white space made one space, and none at its ends.
fn spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a name is a parent's that subsidiaries are listed after: two
/// words or more ending in `Corporation` (`Tactical Missile Corporation`).
fn is_parent_corporation(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2 && words.last().is_some_and(|w| w.eq_ignore_ascii_case("corporation"))
}

/// The subsidiary's part of a name that gives a corporation (in any case),
/// then the subsidiary's legal form and its name in quotes (`United
/// Shipbuilding Corporation JSC “35th Shipyard”` gives `JSC “35th
/// Shipyard”`).
fn after_parent_corporation(name: &str) -> Option<&str> {
    // ASCII lower case keeps every byte where it was.
    let at = name.to_ascii_lowercase().find(" corporation ")?;
    let (parent, rest) = (&name[..at + " corporation".len()], name[at + " corporation ".len()..].trim());
    let legal = starts_with_legal_form(rest);
    let quoted = rest.contains(['“', '‘', '«', '"', '\'']);
    (is_parent_corporation(parent) && legal && quoted && has_name_word(&tokens_of(rest))).then_some(rest)
}

/// Whether a part of a name after its parent corporation names a body of
/// its own: a word of a plant, bureau, institute and the like
/// (`Smolensk Aviation Plant`, `TRV Engineering`), not a place, a branch
/// or a short form (`Moscow`, `Dubai Branch`, `UEC`, `C.A.`).
fn names_a_body(part: &str) -> bool {
    const BODY_WORDS: [&str; 13] = [
        "plant",
        "factory",
        "works",
        "bureau",
        "shipyard",
        "institute",
        "concern",
        "center",
        "centre",
        "enterprise",
        "association",
        "engineering",
        "company",
    ];
    let words = tokens_of(part);
    words.len() >= 2 && words.iter().any(|w| BODY_WORDS.contains(&w.as_str()))
}

/// The own name of a branch given as `<branch> – <parent>` or `Branch of
/// <parent> – <name>` (a spaced dash between), if the name is so given.
fn branch_name(name: &str) -> Option<String> {
    const BRANCH: [&str; 6] = ["головной филиал", "филиал", "фл", "head branch of", "branch of", "branch"];
    let (first, second) = [" – ", " — ", " - "].iter().find_map(|d| name.split_once(d))?;
    let lower = first.trim().to_lowercase();
    let named = |own: &str| {
        // Two words or more (a city is one: `– Moscow`, `– г. Новосибирск`;
        // so is a number), and no country.
        let words = tokens_of(own).into_iter().filter(|t| !matches!(t.as_str(), "g" | "city" | "gorod")).count();
        words >= 2 && !is_country(own.trim()) && !own.contains(" – ") && !own.contains(" — ")
    };
    // The branch's name, then the branch word and its parent's name
    // (`Лыткаринский Машиностроительный Завод – Филиал ПАО «ОДК-УМПО»`).
    // The branch word a text begins with, as a word of its own.
    let branch_word = |text: &str| {
        BRANCH.into_iter().find(|b| text.starts_with(b) && text[b.len()..].starts_with([' ', '«', '"', '“']))
    };
    if branch_word(&second.trim().to_lowercase()).is_some() {
        let own = first.trim();
        return named(own).then(|| own.to_string());
    }
    let word = branch_word(&lower)?;
    let rest = first.trim().get(word.len()..)?.trim();
    // After the branch word, a legal form begins the parent's name.
    let own = if starts_with_legal_form(rest) { second } else { rest };
    named(own).then(|| own.trim().to_string())
}

/// A name without its parenthesised parts, and those parts (the
/// outermost), each with where it stood in the name without them.
fn parenthesised(name: &str) -> (String, Vec<(String, usize)>) {
    let mut outside = String::new();
    let mut inside = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in name.chars() {
        match c {
            '(' => {
                depth += 1;
                if depth == 1 {
                    current.clear();
                    continue;
                }
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    inside.push((current.trim().to_string(), outside.len()));
                    continue;
                }
            }
            _ => {}
        }
        if depth > 0 { current.push(c) } else { outside.push(c) }
    }
    (outside, inside)
}

/// Whether a text names a country: its name, in English or transliterated
/// (`Армения`), spelled as [`skeleton`] spells, or a country code (see
/// [`is_country_code`]).
pub(crate) fn is_country(text: &str) -> bool {
    static KEYS: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    let key = |s: &str| skeleton(&to_latin(s).replace(' ', ""));
    let keys = KEYS.get_or_init(|| {
        let names = crate::reference::countries().iter().map(|c| c.name.as_str());
        const OTHER: [&str; 5] = ["Türkiye", "Russian Federation", "Viet Nam", "Islamic Republic of Iran", "Rossiya"];
        names.chain(OTHER).map(key).collect()
    });
    let text = text.trim();
    is_country_code(text) || (text.chars().count() >= 4 && keys.contains(&key(text)))
}

/// Whether a word is a country's ISO code as written, in capitals (`RU`,
/// `ARM`, `UAE`, `EU`), not a word that reads alike (`Arm`, `KAN`).
pub(crate) fn is_country_code(word: &str) -> bool {
    static CODES: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let codes = CODES.get_or_init(|| {
        let countries = crate::reference::countries().iter();
        let codes = countries.flat_map(|c| [c.iso2.as_str(), c.iso3.as_str()]);
        codes.chain(["UAE", "EU", "UK", "USA"]).collect()
    });
    codes.contains(word)
}

/// A name cut at a label of the language the rest is in (`Belarusian: `,
/// `RUSSIAN: `) or `Other name: `, the label left out.
fn split_at_label(name: &str) -> Option<(&str, &str)> {
    const LABELS: [&str; 18] = [
        "russian",
        "rusian",
        "belarusian",
        "belarussian",
        "ukrainian",
        "kazakh",
        "kyrgyz",
        "uzbek",
        "tajik",
        "azerbaijani",
        "armenian",
        "georgian",
        "chinese",
        "english",
        "turkish",
        "persian",
        "arabic",
        "other name",
    ];
    // At the start of the name or of a word, outside parentheses.
    let mut depth = 0usize;
    let mut starts = vec![0];
    for (i, c) in name.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ' ' | '\'' | '"' | '‘' | '“' | '«' if depth == 0 => starts.push(i + c.len_utf8()),
            _ => {}
        }
    }
    starts.into_iter().find_map(|at| {
        // A label with nothing after it (`Chinese:`, an alias the EU lists
        // give alone) leaves nothing.
        let label = LABELS.iter().find(|l| {
            name.get(at..at + l.len()).is_some_and(|w| w.eq_ignore_ascii_case(l))
                && (name[at + l.len()..].starts_with(": ") || name[at + l.len()..].trim_end() == ":")
        })?;
        Some((&name[..at], name.get(at + label.len() + 2..).unwrap_or("")))
    })
}

/// Whether a name starts with a legal form and has a word after it that is
/// not one (`JSC Salyut`, not `Pte. Ltd.`).
fn starts_with_legal_form(name: &str) -> bool {
    let words = tokens_of(name);
    legal_form_tokens().iter().any(|(_, f)| {
        words.len() > f.len() && words[..f.len()].iter().zip(f).all(|(a, b)| a == b) && has_name_word(&words[f.len()..])
    })
}

/// Whether a name ends with a legal form and has a word before it that is
/// no legal form (`Progress MRI JSC`; not `Pte Ltd`).
fn ends_with_legal_form(name: &str) -> bool {
    let words = tokens_of(name);
    legal_form_tokens().iter().any(|(_, f)| {
        let before = words.len().saturating_sub(f.len());
        words.len() > f.len() && words[before..].iter().zip(f).all(|(a, b)| a == b) && has_name_word(&words[..before])
    })
}

/// The words of a name transliterated.
fn tokens_of(name: &str) -> Vec<String> {
    to_latin(name).split(' ').filter(|w| !w.is_empty()).map(String::from).collect()
}

/// Whether a name is a legal form alone (`LLC`, `ООО`, `Joint Stock
/// Company`): it names no company.
pub fn is_legal_form_alone(name: &str) -> bool {
    let words = tokens_of(name);
    !words.is_empty() && !has_name_word(&words)
}

/// Whether words hold one that is no legal form (`split_legal_forms` keeps
/// every word of a name that is only a legal form).
fn has_name_word(words: &[String]) -> bool {
    let (kept, legal) = split_legal_forms(words.to_vec(), 1);
    legal.is_empty() || kept.len() < words.len()
}

/// A scheme's name as written, lower case, in Latin letters (`inn` for
/// `ИНН`); none if empty.
fn scheme_name(s: &str) -> Option<String> {
    let s = s.trim().to_lowercase();
    let s = match s.as_str() {
        "инн" => "inn".to_string(),
        "огрн" => "ogrn".to_string(),
        "огрнип" => "ogrnip".to_string(),
        "кпп" => "kpp".to_string(),
        "окпо" => "okpo".to_string(),
        _ => s,
    };
    (!s.is_empty()).then_some(s)
}

/// The identifiers of a field, each split into its scheme, if named, and
/// its value: separated by `;` or `,`, each as [`split_identifier`] reads
/// it, or several named in one run of words as Russian forms and
/// registers write them (`ИНН 7728792756 КПП 772801001`, `INN: 7728792756
/// OGRN: 1111832003018`, `ИНН/КПП 7728792756/772801001`).
pub fn identifiers_in(text: &str) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    for part in text.split([';', ',']).filter(|x| !x.trim().is_empty()) {
        match named_identifiers(part) {
            Some(pairs) => out.extend(pairs),
            None => {
                let (scheme, value) = split_identifier(part);
                out.push((scheme, value.to_string()));
            }
        }
    }
    out
}

/// The identifiers of a run of words that names two schemes or more
/// (`INN 7728792756 KPP 772801001`, `ИНН/КПП 7728792756/772801001`), each
/// with the value after its name; none for a run that names fewer.
fn named_identifiers(text: &str) -> Option<Vec<(Option<String>, String)>> {
    // A word that names schemes known (`inn`, `инн/кпп`), with a colon or not.
    let schemes = |w: &str| -> Option<Vec<String>> {
        let names: Option<Vec<String>> =
            w.split('/').map(|s| scheme_name(s).filter(|s| SCHEMES.contains(&s.as_str()))).collect();
        names.filter(|n| !n.is_empty())
    };
    let spaced = text.replace(':', " ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let named: usize = words.iter().filter_map(|w| schemes(w)).map(|s| s.len()).sum();
    if named < 2 {
        return None;
    }
    let mut out: Vec<(Option<String>, String)> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    // Whether the last value may go on (`7701 234 567`).
    let mut open = false;
    for w in words {
        if let Some(s) = schemes(w) {
            (pending, open) = (s, false);
        } else if w.chars().any(|c| c.is_ascii_digit()) {
            let values: Vec<&str> = w.split('/').collect();
            if pending.len() > 1 && values.len() == pending.len() {
                out.extend(pending.drain(..).zip(values).map(|(s, v)| (Some(s), v.to_string())));
                open = false;
            } else if let (true, Some(last)) = (pending.is_empty() && open, out.last_mut()) {
                last.1.push_str(w);
            } else {
                let scheme = (!pending.is_empty()).then(|| pending.remove(0));
                out.push((scheme, w.to_string()));
                (pending, open) = (Vec::new(), true);
            }
        }
    }
    Some(out)
}

/// An identifier as written, split into its scheme (lower case, `inn` for
/// `ИНН`), if it names one, and its value: `inn:7701234567`, `INN
/// 7701234567`, `ИНН: 7701234567`, `7701234567 (INN)`, or a bare value.
pub fn split_identifier(text: &str) -> (Option<String>, &str) {
    let text = text.trim();
    let scheme = scheme_name;
    if let Some((s, v)) = text.split_once(':') {
        return (scheme(s), v.trim());
    }
    if let Some(open) = text.rfind('(')
        && text.ends_with(')')
        && open > 0
    {
        return (scheme(&text[open + 1..text.len() - 1]), text[..open].trim());
    }
    // A known scheme's name, then a value with a digit (`LEI 5299...`), or
    // a SWIFT code, of letters alone often (`SWIFT WXFDAEAD`); other
    // letters before a number are part of it (`HRB 123456`).
    if let Some((s, v)) = text.split_once(char::is_whitespace)
        && let Some(s) = scheme(s).filter(|s| SCHEMES.contains(&s.as_str()))
        && (v.chars().any(|c| c.is_ascii_digit())
            || (matches!(s.as_str(), "swift" | "bic")
                && matches!(v.trim().len(), 8 | 11)
                && v.trim().chars().all(|c| c.is_ascii_alphanumeric())))
    {
        return (Some(s), v.trim());
    }
    (None, text)
}

/// Names of identifier schemes written before a number without a colon
/// (`INN 7701234567`), lower case.
const SCHEMES: [&str; 22] = [
    "inn", "ogrn", "ogrnip", "kpp", "okpo", "lei", "imo", "mmsi", "vat", "ein", "duns", "swift", "bic", "tin", "tax",
    "reg", "crn", "brn", "uscc", "unp", "bin", "iin",
];

/// Normalise an identifier value: letters and digits only, upper case.
pub fn normalize_identifier(value: &str) -> String {
    let v: String = value.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    // An IMO ship number with its prefix or without (`IMO 9123456`, `9123456`).
    match v.strip_prefix("IMO") {
        Some(number) if number.len() == 7 && number.bytes().all(|b| b.is_ascii_digit()) => number.to_string(),
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<String> {
        normalize(s).tokens
    }

    #[test]
    fn scripts_and_legal_forms() {
        assert_eq!(tokens("ООО «Ромашка»"), ["romashka"]);
        assert_eq!(tokens("Romashka LLC"), ["romashka"]);
        assert_eq!(tokens("АО «Концерн «Сириус»"), ["concern", "sirius"]);
        assert_eq!(tokens("Korvelin Dış Ticaret A.Ş."), ["korvelin"]);
        assert_eq!(normalize("Korvelin Dış Ticaret A.Ş.").legal_forms, ["dis ticaret", "a s"]);
        assert_eq!(tokens("KORVELIN GIDA SANAYI VE TICARET ANONIM SIRKETI"), ["korvelin", "gida"]);
        assert_eq!(tokens("Korvelin Elektronik San. ve Tic. Ltd. Şti."), ["korvelin", "elektronik"]);
        assert_eq!(normalize("Korvelin Elektronik Ltd. Şirketi").legal_forms, ["ltd sirketi"]);
        assert_eq!(normalize("KORVELIN ELEKTRONIK LIMITED ŞTI.").legal_forms, ["limited sti"]);
        assert_eq!(normalize("Korvelin S.A.").legal_forms, ["s a"]);
        assert_eq!(normalize("Korvelin SpA").legal_forms, ["spa"]);
        // Initials: `A.S.` after a lone letter is one of them, and initials
        // joined by `&` make one word.
        assert_eq!(tokens("K.A.S."), ["k", "a", "s"]);
        assert_eq!(tokens("C&K"), ["ck"]);
        assert_eq!(tokens("AT&T Inc"), ["att"]);
        assert_eq!(tokens("KT&C Co Ltd"), ["ktc"]);
        assert_eq!(tokens("Procter&Gamble"), ["procter", "gamble"]);
        assert_eq!(normalize("Alexeev’s Hydrofoil Bureau").tokens, normalize("Alexeev Hydrofoil Bureau").tokens);
        assert_eq!(normalize("O'Sullivan's Parts").tokens, normalize("O'Sullivan Parts").tokens);
        assert_eq!(normalize("‘Kvarta’s’").tokens, ["kvarta"]);
        assert_eq!(normalize("JSC SPA Orion").tokens, ["scientific", "production", "association", "orion"]);
        assert_eq!(normalize("A. S. Yakovlev Design Bureau").tokens, ["a", "s", "yakovlev", "design", "bureau"]);
        assert_eq!(tokens("Alvandra Technologies FZE"), ["alvandra", "technologies"]);
        assert_eq!(tokens("Brennholt Bauteile GmbH"), ["brennholt", "bauteile"]);
        assert_eq!(tokens("Fennora Distribution Sp. z o.o."), ["fennora", "distribution"]);
        for name in ["Private Joint Stock Company Velmora", "Non-Public Joint Stock Company Velmora", "JCS Velmora"] {
            assert_eq!(tokens(name), ["velmora"], "{name}");
        }
        assert_eq!(tokens("Σίγμα Α.Ε."), ["sigma", "a", "e"]);
        let cn = normalize("深圳市淼翎电子科技有限公司");
        assert_eq!(cn.legal_forms, ["youxian gongsi"]);
        // Known words translated, the place's `shi` (city) dropped, the brand's
        // syllables joined; `technology` is spelled as `tekhnologii` is,
        // and so made one with it.
        assert_eq!(cn.tokens, ["shenzhen", "miaoling", "electronic", "technologies"]);
        // A name that is only a legal form keeps its tokens.
        assert_eq!(tokens("LLC"), ["llc"]);
    }

    #[test]
    fn word_tables_list_each_word_once() {
        // A word listed twice is dead after its first entry (the first wins).
        fn once<'a>(name: &str, keys: impl Iterator<Item = &'a str>) {
            let mut seen = std::collections::HashSet::new();
            for k in keys {
                assert!(seen.insert(k), "{name} lists {k:?} twice");
            }
        }
        once("TRANSLATIONS", TRANSLATIONS.iter().map(|(k, _)| *k));
        once("STEMS", STEMS.iter().map(|(k, _)| *k));
        // Stems are looked up by their first letters (`stems_from`).
        assert!(STEMS.iter().all(|(k, _)| k.len() >= STEM_KEY && k.is_ascii()));
        once("ABBREVIATIONS", ABBREVIATIONS.iter().map(|(k, _)| *k));
        once("COMMON_WORDS", COMMON_WORDS.iter().copied());
        once("LEGAL_FORMS", LEGAL_FORMS.iter().copied());
    }

    #[test]
    fn stems_reach_their_words() {
        // Stems that could never match (a whole word, or followed by a suffix
        // the endings do not know) now do.
        for (word, english) in [
            ("Деревообрабатывающий", "woodworking"),
            ("Нефтеперерабатывающая", "oilrefinery"),
            ("Мастерские", "workshops"),
        ] {
            assert_eq!(tokens(word).join(" "), english, "{word}");
        }
        // A surname's endings make a surname for a stem, a case for a word.
        assert!(!ending("strakhov", "a") && case_ending("a") && !ending("omsk", ""));
    }

    #[test]
    fn affiliations_and_legal_forms_at_either_end() {
        // A branch of the academy is set aside with the academy only when two
        // words are left before it (`ИАПУ ДВО РАН` was cut to `iapu far`).
        let n = normalize("ИАПУ ДВО РАН");
        assert_eq!(n.tokens[..n.tokens.len() - n.affiliation], ["iapu", "far", "eastern", "branch"]);
        let n = normalize("Институт автоматики и процессов управления Дальневосточного отделения РАН");
        assert_eq!(&n.tokens[n.tokens.len() - n.affiliation..][..3], ["far", "eastern", "branch"]);
        // A comma part that is only legal forms is no name.
        assert!(ends_with_legal_form("Progress MRI JSC"));
        assert!(!ends_with_legal_form("Pte Ltd"));
        assert!(starts_with_legal_form("JSC Salyut") && !starts_with_legal_form("JSC LLC"));
    }

    #[test]
    fn a_stems_words_are_not_taken_by_another_words_translation() {
        // A word spelled alike (its skeleton) is looked up before stems:
        // `stantsiy` (of stations) must not be read as `stanki` (machine tools).
        let mut other = Vec::new();
        for &(stem, english) in STEMS {
            for ending in
                ["a", "i", "y", "ii", "iy", "ya", "yu", "ye", "ov", "om", "ami", "akh", "yy", "aya", "oe", "ogo", "ykh"]
            {
                let word = format!("{stem}{ending}");
                let got = translate(&word);
                let canonical = translate(english);
                // One contains the other: `radio`, `radio plant`; an empty
                // translation only for a word set aside.
                let alike =
                    |e: &str| got == e || (!got.is_empty() && !e.is_empty() && (e.contains(got) || got.contains(e)));
                if got != word && !alike(english) && !alike(canonical) {
                    other.push(format!("{word}: {got}, not {english}"));
                }
            }
        }
        assert!(other.is_empty(), "{other:#?}");
    }

    #[test]
    fn translations_of_several_words_are_in_the_form_the_words_translate_to() {
        // Several words given as one word's translation are not translated
        // again, so each must be as an English name's words come out
        // (`anti aviation`, not `anti aircraft`, which an English name
        // gives as `anti aviation`). `Aviadvigatel` is a company's name,
        // kept apart from the United Engine Corporation's English words.
        let kept = ["aviadvigatel"];
        let several = TRANSLATIONS.iter().chain(STEMS).filter(|(w, e)| e.contains(' ') && !kept.contains(w));
        let other: Vec<String> = several
            .flat_map(|&(word, english)| {
                english
                    .split(' ')
                    .filter(|w| translate(w) != *w)
                    .map(move |w| format!("{word}: {w} is {}", translate(w)))
            })
            .collect();
        assert!(other.is_empty(), "{other:#?}");
    }

    #[test]
    fn translations_and_soft_signs() {
        // An adjective in another gender or case than listed, and a long
        // stem that is a word itself.
        assert_eq!(tokens("ООО «Прикладная Кварта»"), ["applied", "kvarta"]);
        assert_eq!(tokens("Кварта Двигатель"), ["kvarta", "engine"]);
        // `г.` is the city before a place's name, an initial before a letter.
        assert_eq!(tokens("Кварта г. Самара"), ["kvarta", "city", "samara"]);
        assert_eq!(tokens("Филиал «Кварта» в городе Самара"), ["branch", "kvarta", "city", "samara"]);
        assert!(!tokens("Кварта им. Г.М. Бериева").contains(&"city".to_string()));
        assert!(!tokens("Кварта им. Г. Бериева").contains(&"city".to_string()));
        assert_eq!(tokens("Kvarta G Orion"), ["kvarta", "g", "orion"]);
        assert_eq!(
            tokens("ООО «Телекоммуникационные Компоненты Безопасности»"),
            ["telecommunications", "components", "security"]
        );
        // Abbreviations are spelled out in longer names, and joining words go.
        assert_eq!(tokens("ООО «НПО «Радиоволна»"), ["scientific", "production", "association", "radiovolna"]);
        assert_eq!(tokens("JSC Scientific and Production Association Radiovolna"), tokens("ООО «НПО «Радиоволна»"));
        // A name that is one abbreviation stays one word (matched against initials).
        assert_eq!(tokens("АО «НПО»"), ["npo"]);
        assert_eq!(
            tokens("Научно-Производственное Объединение Радиоволна"),
            ["scientific", "production", "association", "radiovolna"]
        );
        assert_eq!(tokens("Общество с Ограниченной Ответственностью «АГТ Системс»"), ["agt", "systems"]);
        // Inflected words through their stems, and a legal form in the genitive.
        assert_eq!(tokens("Донецкой Народной Республики"), ["donetsk", "peoples", "republic"]);
        assert_eq!(tokens("Donetsk People's Republic"), tokens("Донецкой Народной Республики"));
        assert_eq!(
            tokens("Опытный Завод «Вега» – Филиал Акционерного Общества «Звездочка»"),
            ["experimental", "plant", "vega", "branch", "zvezdochka"]
        );
        assert_eq!(tokens("Vega Experimental Plant"), ["vega", "experimental", "plant"]);
        // A name in its own right stays one: Bank Rossiya is not the Bank of Russia.
        assert_eq!(tokens("Bank Rossiya"), ["bank", "rossiya"]);
        assert_eq!(tokens("Банк России"), ["bank", "russia"]);
        // Моладзі is Belarusian for youth. Безопасная is not read as safe:
        // `Safe Systems` is no `Системы Безопасности`.
        assert_ne!(tokens("Safe Kvarta Zone"), tokens("Безопасная Кварта Зона"));
        assert_eq!(tokens("Беларускі саюз моладзі Кварта"), ["belarusian", "sayuz", "youth", "kvarta"]);
        // Ras Al Khaimah is no academy of sciences.
        assert_eq!(tokens("Ras Al Khaimah Trading"), ["ras", "al", "khaimah", "trading"]);
        assert_eq!(
            tokens("Non-governmental organisation ‘Delfini’")[..2],
            tokens("Общественная организация ‘Дельфины’")[..2]
        );
        assert_eq!(
            tokens("League for Assistance to Defence Enterprises")[0],
            tokens("Лига Содействия Оборонным Предприятиям")[0]
        );
        assert_eq!(
            tokens("Center of Automatics and Instrument Building"),
            tokens("Центр Автоматики и Приборостроения")
        );
        assert_eq!(
            tokens("Institute of Electronic and Mechanical Devices"),
            tokens("Институт Электронно-Механических Приборов")
        );
        assert_eq!(
            tokens("Design Bureau of Integrated Systems"),
            tokens("Конструкторское Бюро Интегрированных Систем")
        );
        assert_eq!(
            tokens("Volgograd Machine Building Company Limited Liability Company"),
            tokens("Volgograd Machine Building Company LLC")
        );
        assert_eq!(tokens("Eltech Trading Inc. S.A."), tokens("Eltech Trading Inc"));
        // The honoree's given name and patronymic as initials.
        assert_eq!(
            tokens("Машиностроительное конструкторское бюро «Искра» имени Ивана Ивановича Картукова"),
            tokens("Machine Building Design Bureau Iskra named after I.I. Kartukova")
        );
        assert_eq!(tokens("Urals Design Bureau Detal")[0], "ural");
        assert_eq!(
            tokens("Машиностроительное конструкторское бюро «Искра» имени Ивана Ивановича Картукова"),
            tokens("Machine Building Design Bureau Iskra named after Ivan Kartukova")
        );
        assert_eq!(tokens("Завод имени Владимира Ильича Ленина"), tokens("Plant named after V.I. Lenina"));
        // A surname ending as a patronymic before a place is no patronymic.
        assert_ne!(
            tokens("Музыкальная школа имени Дмитрия Шостаковича Москва"),
            tokens("Музыкальная школа имени Дмитрия Соколовича Москва")
        );
        assert_eq!(tokens("Zavolzhskiy Plant of Caterpillar Tractors"), tokens("Заволжский завод гусеничных тягачей"));
        assert_eq!(tokens("Caterpillar Trading"), ["caterpillar", "trading"]);
        assert_eq!(tokens("JSC A.S. Popov Radio Plant"), tokens("A.S. Popov Radio Plant"));
        // A stem takes its word's endings, not a longer word.
        assert_eq!(tokens("Казенное Учреждение Казенор"), ["state", "institute", "kazenor"]);
        assert_eq!(tokens("Velli Kazennor Trading"), ["velli", "kazennor", "trading"]);
        // An adjective's ending spelled otherwise.
        assert_eq!(tokens("Kazanski Vertoletny Zavod AO"), tokens("АО «Казанский Вертолетный Завод»"));
        assert_eq!(tokens("Красный Гидропресс"), tokens("Krasny Gidropress"));
        assert_eq!(tokens("Красногорский Завод")[0], "krasnogorskiy");
        // English initials and phrases for Russian ones.
        assert_eq!(tokens("ПАО «ОДК-Сатурн»"), tokens("PJSC UEC-Saturn"));
        assert_eq!(tokens("ПАО «ОДК»"), tokens("PJSC UEC"));
        // The person a name ends with.
        assert_eq!(normalize("ПАО «ТАНТК им. Г.М. Бериева»").honoree, 3);
        assert_eq!(normalize("Radio Technical Institute named after Academician A. L. Mints").honoree, 4);
        assert_eq!(normalize("Plant named after Lenin").honoree, 0);
        // Or, before the body it belongs to, the person it is named after.
        let valiev = normalize("ФТИАН имени К.А. Валиева Российской Академии Наук");
        assert_eq!((valiev.honoree, valiev.honoree_before_affiliation, valiev.affiliation), (0, 3, 3));
        assert_eq!(valiev.without_affiliation().honoree, 3);
        assert_eq!(
            tokens("Главный Вычислительный Центр Генерального Штаба"),
            ["main", "computer", "center", "general", "staff"]
        );
        assert_eq!(tokens("Kazan Machine-Building Plant"), tokens("Казанский Машиностроительный Завод"));
        // Russian state bodies' legal forms, spelled out, are set aside as the English ones are.
        let n = normalize("Федеральное Государственное Бюджетное Учреждение «46 ЦНИИ» МО РФ");
        assert_eq!(n.legal_forms, ["federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie"]);
        assert_eq!(
            n.tokens,
            tokens("Federal State Budgetary Institution 46 TsNII Ministry of Defence of the Russian Federation")
        );
    }

    #[test]
    fn skeletons_join_transliteration_variants() {
        for (a, b) in [
            ("bazalt", "basalt"),
            ("zvezdochka", "zvyozdochka"),
            ("alekseyev", "alekseev"),
            ("tekhmash", "techmash"),
            ("treyd", "treid"),
            ("taganrogskiy", "taganrogsky"),
            ("zelenodolskiy", "zelenodolsk"),
            ("mtskt", "mcct"),
            ("uniservice", "yuniservis"),
            // English `ai` as Russian `ей` (`container`, `контейнер`).
            ("transcontainer", "transkonteyner"),
            ("airburg", "eyrburg"),
            // English `-ics`, Russian `-ика`.
            ("technodynamics", "tekhnodinamika"),
        ] {
            assert_eq!(skeleton(a), skeleton(b), "{a} / {b}");
        }
        for (a, b) in [("strela", "sirena"), ("polyus", "polet"), ("orion", "morion")] {
            assert_ne!(skeleton(a), skeleton(b), "{a} / {b}");
        }
    }

    #[test]
    fn latin_letters_in_cyrillic_words_read_as_cyrillic() {
        // A lone Latin C is the preposition с; a lone B is meant (`Корпус B`).
        assert_eq!(to_latin("Общество C Ограниченной"), to_latin("Общество С Ограниченной"));
        assert_eq!(to_latin("Корпус B"), "korpus b");
        assert_eq!(to_latin("Остек-Cepвиc-Texнoлoгия"), "ostek servis tekhnologiya");
        // A word all in Latin letters stays Latin.
        assert_eq!(to_latin("ООО «ABC-Электроника»"), "ooo abc elektronika");
        assert_eq!(to_latin("Cepvis"), "cepvis");
        // Ordinal numbers as numbers.
        assert_eq!(normalize("JSC 170th Repair Plant").tokens, normalize("АО «170-й ремонтный завод»").tokens);
        // A lone Latin letter in a Cyrillic name, and a misspelt legal form.
        assert_eq!(to_latin("Общество C Ограниченной"), "obshchestvo s ogranichennoy");
        assert_eq!(normalize("Общество с Ограниченной Ответсвенностью «Сонатек»").tokens, ["sonatek"]);
    }

    #[test]
    fn a_suppliers_name_forms_are_the_name_then_its_variants_but_a_part_in_parentheses() {
        assert_eq!(name_forms("Rosvorta Export OJSC (RVE)"), ["Rosvorta Export OJSC (RVE)", "Rosvorta Export OJSC"]);
        assert_eq!(
            name_forms("Kvarta Missile Corporation, JSC Avangard"),
            ["Kvarta Missile Corporation, JSC Avangard", "JSC Avangard"]
        );
        assert_eq!(name_forms("  Quorvia   Inc. (VRX) "), ["Quorvia Inc. (VRX)", "Quorvia Inc."]);
        // A legal form alone has no variant: the name itself.
        assert_eq!(name_forms("Joint Stock Company"), ["Joint Stock Company"]);
        // Names with no other form (see `name_variants`), and a legal form
        // alone, which names nothing.
        for n in ["Velro Trovelpra Trading Co", "Pravel Pratinal AS", "United Aircraft Corporation", "Kvarta Ltd."] {
            assert_eq!(name_forms(n), [n]);
            assert_eq!(name_variants(n), [n]);
        }
        assert_eq!(name_variants("Joint Stock Company"), Vec::<String>::new());
    }

    #[test]
    fn parentheses_give_variants() {
        let cases: &[(&str, &[&str])] = &[
            // A place in parentheses before a legal form is no name of its
            // own: the name is given with it and without.
            ("美欣電子(香港)有限公司", &["美欣電子有限公司", "美欣電子 香港 有限公司"]),
            ("Акционерное Общество «Сириус» (АО «Сириус»)", &["Акционерное Общество «Сириус»", "АО «Сириус»"]),
            ("Plain Name Ltd", &["Plain Name Ltd"]),
            // Names in several languages, each after its language.
            ("Союз молодёжи Кванта Belarusian: Саюз моладзі Кванта", &["Союз молодёжи Кванта", "Саюз моладзі Кванта"]),
            (" RUSSIAN: ООО «Кварта»", &["ООО «Кварта»"]),
            ("Other name: AO Kvarta", &["AO Kvarta"]),
            // A label alone, as the EU lists give some aliases, is no name.
            ("Chinese:", &[]),
            ("AO Kvarta Chinese:", &["AO Kvarta"]),
            // Nor is a legal form alone.
            ("Open Joint Stock Company", &[]),
            // Latin capitals that look Cyrillic in a Cyrillic name: read
            // both ways.
            ("Акционерное Общество ACT", &["Акционерное Общество ACT", "Акционерное Общество АСТ"]),
            ("ООО «ABB Индустрия»", &["ООО «ABB Индустрия»", "ООО «АВВ Индустрия»"]),
            ("ООО «AMT Индустрия»", &["ООО «AMT Индустрия»"]),
            ("HP Enterprise", &["HP Enterprise"]),
            // Capitalised Cyrillic words run together: split too; not a word
            // before initials, nor one of capitals alone.
            ("АО «УралВагонЗавод»", &["АО «УралВагонЗавод»", "АО «Урал Вагон Завод»"]),
            ("АО «КвартаПлюс»", &["АО «КвартаПлюс»", "АО «Кварта Плюс»"]),
            ("АО «ГосМКБ «Кварта»", &["АО «ГосМКБ «Кварта»"]),
            ("ООО «ИжБС»", &["ООО «ИжБС»"]),
            ("KvartaPlus LLC", &["KvartaPlus LLC"]),
            // English letters spelled out in Cyrillic: as letters too; not
            // one alone, nor words apart by other marks.
            ("ООО «Ай Кью Компонентс»", &["ООО «Ай Кью Компонентс»", "ООО «IQ Компонентс»"]),
            ("ООО «Ай-Ти Кварта»", &["ООО «Ай-Ти Кварта»", "ООО «IT Кварта»"]),
            ("ООО «Эс Би Ай»", &["ООО «Эс Би Ай»", "ООО «SBI»"]),
            ("ООО «Ай Кварта»", &["ООО «Ай Кварта»"]),
            ("ООО «Ди», «Би»", &["ООО «Ди», «Би»"]),
            ("Kvarta Ai Ti", &["Kvarta Ai Ti"]),
            // A branch's own name before the branch word and its parent.
            (
                "Тульский Приборный Завод – Филиал ПАО «Кварта»",
                &["Тульский Приборный Завод – Филиал ПАО «Кварта»", "Тульский Приборный Завод"],
            ),
            (
                "Kvarta Instrument Plant – Branch of PJSC Vorta",
                &["Kvarta Instrument Plant – Branch of PJSC Vorta", "Kvarta Instrument Plant"],
            ),
            // Not a city alone.
            ("Москва – Филиал ПАО «Кварта»", &["Москва – Филиал ПАО «Кварта»"]),
            ("Акционерное общество", &[]),
            // Not a word that ends like a language.
            ("Prussian: Kvarta", &["Prussian: Kvarta"]),
            // A country in parentheses is no name of its own, by its name
            // (transliterated too) or its code as written.
            ("CJSC Vorta-Bank (Belarus)", &["CJSC Vorta-Bank"]),
            ("Endaro Technology (Hong Kong) Limited", &["Endaro Technology Limited"]),
            ("Банк Кварта (Армения)", &["Банк Кварта"]),
            ("Kvarta Trading (UAE)", &["Kvarta Trading"]),
            ("Kvarta Holding (KAN)", &["Kvarta Holding", "KAN"]),
            // Nor is a city before a legal form alone.
            ("Kvarta Technology (Kazan) Co. Ltd.", &["Kvarta Technology Co. Ltd.", "Kvarta Technology Kazan Co. Ltd."]),
            ("Vorta (Kvant) LLC", &["Vorta LLC", "Vorta Kvant LLC"]),
            // A label in parentheses.
            ("Kvarta (English: Quarta Holding) LLC", &["Kvarta LLC", "Quarta Holding"]),
            ("Federal Vorta Service (Rosvorta)", &["Federal Vorta Service", "Rosvorta"]),
            ("Vorta (Kvant) Trading", &["Vorta Trading", "Kvant"]),
            ("Geoscan-Kvarta (former name)", &["Geoscan-Kvarta"]),
            // A city of China that Chinese names put in parentheses.
            ("Alkvar (Harbin) Supply Chain Management Co., Ltd", &["Alkvar Supply Chain Management Co., Ltd"]),
            // Names given together with a spaced slash are names of their own.
            ("Rossiya 24 / Russia 24", &["Rossiya 24", "Russia 24"]),
            ("A/O Sirius", &["A/O Sirius"]),
            // Names after commas, with their legal forms first, are names in
            // place of the whole; the first part is one when it has a legal
            // form first too, or is one word, and else is the parent's name.
            ("Tactical Missile Corporation, JSC Salyut", &["JSC Salyut"]),
            ("PAO Amurskiy Zavod, PJSC ASZ", &["PAO Amurskiy Zavod", "PJSC ASZ"]),
            ("AO NIIMA Progress, Progress MRI JSC, NII Progress", &["AO NIIMA Progress", "Progress MRI JSC"]),
            ("ELVIS, JSC Elvees", &["ELVIS", "JSC Elvees"]),
            // After a parent named a corporation, a part without its legal
            // form is a name too; so is a subsidiary in quotes after its
            // legal form.
            ("Vorta Missile Corporation, Kvarta Aviation Plant", &["Kvarta Aviation Plant"]),
            ("United Vorta Corporation JSC “Kvarta Shipyard”", &["JSC “Kvarta Shipyard”"]),
            ("Vorta Equipment Corporation, JSC", &["Vorta Equipment Corporation, JSC"]),
            ("Vorta Corporation JSC", &["Vorta Corporation JSC"]),
            (
                "Vorta Missile Corporation, Kvarta-Strela Limited Liability Company",
                &["Kvarta-Strela Limited Liability Company"],
            ),
            ("United Vorta Corporation Joint Stock Company “Kvarta”", &["Joint Stock Company “Kvarta”"]),
            ("UNITED VORTA CORPORATION JSC “KVARTA”", &["JSC “KVARTA”"]),
            // Not a place, a branch, a short form or a legal form alone.
            ("Vorta Corporation, Moscow", &["Vorta Corporation, Moscow"]),
            ("Vorta Corporation, Dubai Branch", &["Vorta Corporation, Dubai Branch"]),
            ("United Vorta Corporation, UVC", &["United Vorta Corporation, UVC"]),
            ("Vorta Corporation, C.A.", &["Vorta Corporation, C.A."]),
            ("PJSC Vorta Corporation, Kazan", &["PJSC Vorta Corporation, Kazan"]),
            // Parts that are no names: words of one name, a place, a common word.
            ("АО ‘Приборы, Сервис, Торговля’", &["АО ‘Приборы, Сервис, Торговля’"]),
            ("AO Zavod Kalinina, Yekaterinburg", &["AO Zavod Kalinina, Yekaterinburg"]),
            ("Russian, ООО «Трансстрой»", &["ООО «Трансстрой»"]),
            ("Smith, Jones and Partners LLC", &["Smith, Jones and Partners LLC"]),
            ("Amur Shipyard, JSC", &["Amur Shipyard, JSC"]),
            ("Bar Holdings, Pte. Ltd.", &["Bar Holdings, Pte. Ltd."]),
            // A branch given with its parent after a spaced dash: its own name too.
            (
                "Филиал «Завод «Кварта» – АО «Центр «Ворта»",
                &["Филиал «Завод «Кварта» – АО «Центр «Ворта»", "«Завод «Кварта»"],
            ),
            (
                "Branch of PJSC Vorta – Kvarta Aviation Plant",
                &["Branch of PJSC Vorta – Kvarta Aviation Plant", "Kvarta Aviation Plant"],
            ),
            ("Branch Kvarta Shipyard - JSC Vorta", &["Branch Kvarta Shipyard - JSC Vorta", "Kvarta Shipyard"]),
            // A dash without a branch word before it joins one name.
            ("Kvarta – Vorta LLC", &["Kvarta – Vorta LLC"]),
            ("Branchline Kvarta - Vorta", &["Branchline Kvarta - Vorta"]),
            // A place or a number after the dash is no branch's name.
            ("Branch of JSC Kvarta - Moscow", &["Branch of JSC Kvarta - Moscow"]),
            ("Филиал АО «Кварта» – г. Новосибирск", &["Филиал АО «Кварта» – г. Новосибирск"]),
            ("BRANCH 235 - PALESTINE", &["BRANCH 235 - PALESTINE"]),
            // A legal form alone after a comma is no name of its own.
            ("COMPLEJO TURISTICO KVARTA, S.A. DE C.V.", &["COMPLEJO TURISTICO KVARTA, S.A. DE C.V."]),
            // Nor is a legal form alone in parentheses.
            ("ASIA KVARTA GENERAL TRADING (LLC)", &["ASIA KVARTA GENERAL TRADING"]),
        ];
        for name in ["LLC", "ООО", "Joint Stock Company", "Limited Liability Company"] {
            assert!(is_legal_form_alone(name), "{name}");
        }
        for name in ["", "Kvarta LLC", "ООО «Кварта»", "Stock"] {
            assert!(!is_legal_form_alone(name), "{name}");
        }
        for (name, want) in cases {
            assert_eq!(name_variants(name), *want, "{name}");
        }
        // A label after quotes.
        let quoted: Vec<String> = name_variants("Кварта «Russian: Кварта Плюс»").iter().map(|v| to_latin(v)).collect();
        assert_eq!(quoted, ["kvarta", "kvarta plyus"]);
    }

    #[test]
    fn identifiers_split_into_scheme_and_value() {
        let cases = [
            ("inn:7701234567", (Some("inn"), "7701234567")),
            ("INN 7701234567", (Some("inn"), "7701234567")),
            ("ИНН: 7701234567", (Some("inn"), "7701234567")),
            ("7701234567 (INN)", (Some("inn"), "7701234567")),
            ("LEI 529900T8BM49AURSDO55", (Some("lei"), "529900T8BM49AURSDO55")),
            ("IMO 9123456", (Some("imo"), "9123456")),
            ("7701234567", (None, "7701234567")),
            // Words without a digit are no scheme and value, and letters
            // that name no scheme are part of the number.
            ("HRB ABC", (None, "HRB ABC")),
            ("HRB 123456", (None, "HRB 123456")),
            // A SWIFT code of letters alone, of eight or eleven.
            ("SWIFT WXFDAEAD", (Some("swift"), "WXFDAEAD")),
            ("BIC WXFDAEADXXX", (Some("bic"), "WXFDAEADXXX")),
            ("SWIFT see bank", (None, "SWIFT see bank")),
        ];
        for (text, (scheme, value)) in cases {
            assert_eq!(split_identifier(text), (scheme.map(String::from), value), "{text}");
        }
    }

    #[test]
    fn several_identifiers_named_in_one_field() {
        let pairs = |text: &str| -> Vec<(Option<String>, String)> { identifiers_in(text) };
        let named = |v: &[(&str, &str)]| -> Vec<(Option<String>, String)> {
            v.iter().map(|&(s, x)| (Some(s.to_string()), x.to_string())).collect()
        };
        let inn_kpp = named(&[("inn", "7728792756"), ("kpp", "772801001")]);
        assert_eq!(pairs("ИНН 7728792756 КПП 772801001"), inn_kpp);
        assert_eq!(pairs("ИНН/КПП 7728792756/772801001"), inn_kpp);
        assert_eq!(pairs("INN: 7728792756 KPP: 772801001"), inn_kpp);
        assert_eq!(
            pairs("ogrn 1111832003018 inn 1832090230"),
            named(&[("ogrn", "1111832003018"), ("inn", "1832090230")])
        );
        // A value written in groups goes on until the next scheme's name.
        assert_eq!(pairs("INN 7728 792 756 KPP 772801001"), named(&[("inn", "7728792756"), ("kpp", "772801001")]));
        // One scheme or none: as before, and `;` or `,` between them.
        assert_eq!(
            pairs("INN 7728792756; 1111832003018"),
            [(Some("inn".to_string()), "7728792756".to_string()), (None, "1111832003018".to_string())]
        );
        assert_eq!(pairs("HRB 123456"), [(None, "HRB 123456".to_string())]);
    }

    #[test]
    fn identifiers_keep_letters_and_digits() {
        assert_eq!(normalize_identifier("77-04 730655"), "7704730655");
        assert_eq!(normalize_identifier("hk-3141592"), "HK3141592");
        assert_eq!(normalize_identifier("IMO 9123456"), "9123456");
        assert_eq!(normalize_identifier("IMO12345678"), "IMO12345678");
    }
}
