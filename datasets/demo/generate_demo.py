#!/usr/bin/env python3
"""Generate the chokepoint demo network: six CSV files beside this script.

    python3 datasets/demo/generate_demo.py

Standard library only and deterministic (one random.Random(2022) stream, no
set iteration, no clock): running it twice writes byte-identical files.
Every company, person, address, identifier, part number and weapon
designation it writes is invented. README.md beside it describes the planted
patterns and the answers a correct analysis gives; verify_demo.py recomputes
those answers (it needs networkx, this script does not).
"""

import csv
import datetime as dt
import math
from pathlib import Path
import random

OUT = Path(__file__).resolve().parent
R = random.Random(2022)
START, CUTOFF, END = dt.date(2021, 1, 1), dt.date(2022, 2, 24), dt.date(2025, 12, 31)
LISTS = ["US-SDN", "EU", "UK", "US-EL", "JP"]


def day(d):
    return d.isoformat()


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def wpick(pairs):
    """Weighted choice from [(item, weight), ...] (list order is deterministic)."""
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return R.choices(items, weights)[0]


# --------------------------------------------------------------------------
# Invented names, addresses and identifiers
# --------------------------------------------------------------------------

LAT_A = ["Val", "Quor", "Tel", "Astr", "Brin", "Cad", "Drav", "Elv", "Fenn", "Gald", "Halv", "Istr",
         "Jorv", "Kelv", "Lum", "Morv", "Norv", "Ostr", "Pell", "Quen", "Riv", "Sarn", "Torv", "Ulm",
         "Vesp", "Wend", "Xan", "Yorv", "Zent", "Corv", "Belv", "Arv", "Syl", "Thal", "Obr", "Lind",
         "Marr", "Ners", "Orv", "Pryn", "Calv", "Dunm", "Evr", "Ferr", "Grav", "Hesk", "Ilv", "Kest"]
LAT_B = ["oria", "iran", "enza", "elta", "onic", "aris", "ova", "ara", "ora", "ena", "ivo", "eth", "yra",
         "ast", "ander", "ique", "eris", "avo", "umen", "elle", "aro", "indra", "oth", "ace", "imo", "ussa",
         "averi", "ondel", "irra", "usk", "eval", "onna"]
# Stems that spell a real word, place or well-known brand are skipped.
STEM_BLOCK = {"Ferrara", "Valora", "Corvara", "Lumena", "Quenelle", "Valena", "Riveris", "Marrara", "Astrara",
              "Valence", "Valeris", "Arvika", "Torvace", "Synthra", "Lindora", "Belvora", "Velora", "Xanace",
              "Kestrelle", "Sylvara", "Thalara", "Evrova", "Arvonna", "Gravena", "Elvira", "Astronic",
              "Hoshizaki", "Kirinaga", "Mizunaga", "Tingling", "Мармарис", "Minasaki", "Hanetani", "Mizunami", "Kirinami"}
CYR_A = ["Вел", "Дро", "Зор", "Кор", "Лад", "Мир", "Нор", "Ост", "Пел", "Рав", "Сор", "Тав", "Ур",
         "Фел", "Хор", "Цел", "Яр", "Бел", "Гер", "Жар", "Тел", "Вит", "Кам", "Лим", "Тор", "Мар",
         "Дел", "Зав", "Кир", "Рус", "Свер", "Гал"]
CYR_B = ["марис", "ктон", "евик", "дакс", "твел", "трон", "ликс", "рикс", "вард", "орис", "астр", "итал",
         "емар", "усан", "елит", "анор", "омир", "екта", "ынар", "ивер"]
CYR_TAIL = ["", "", "-Электро", " Трейд", "Снаб", "-Компонент", " Логистик", "-Техно", "-Импорт",
            "Микро", " Систем"]
JP_A = ["Kaze", "Hoshi", "Tsuki", "Sora", "Kiri", "Mina", "Hane", "Shira", "Yoru", "Haru", "Mizu", "Tobi"]
JP_B = ["mine", "naga", "kura", "nami", "hira", "tsune", "sugi"]
# Brand characters written the same in simplified and traditional script.
CN_CHARS = [("曦", "Xi"), ("瀚", "Han"), ("璟", "Jing"), ("淼", "Miao"), ("翎", "Ling"), ("霆", "Ting"),
            ("垚", "Yao"), ("璞", "Pu"), ("湃", "Pai"), ("煜", "Yu"), ("琨", "Kun"), ("焱", "Yan"),
            ("翊", "Yi"), ("宸", "Chen"), ("奕", "Yi"), ("昱", "Yu"), ("泓", "Hong"), ("皓", "Hao"),
            ("珈", "Jia"), ("澈", "Che"), ("骋", "Cheng"), ("逸", "Yi"), ("峣", "Yao"), ("钺", "Yue")]
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                     "yu", "ya"]))
CYR_WORDS = {"Электро": "Elektro", "Трейд": "Treyd", "Снаб": "Snab", "Компонент": "Komponent",
             "Логистик": "Logistik", "Техно": "Tekhno", "Импорт": "Import", "Микро": "Mikro",
             "Систем": "Sistem"}

USED_NAMES = set()
USED_STEMS = set()
USED_IDS = set()
USED_ADDR = set()


def translit(s):
    out = []
    for ch in s:
        low = ch.lower()
        if low in TRANSLIT:
            t = TRANSLIT[low]
            out.append(t.capitalize() if ch != low and t else t)
        elif ch in "«»":
            continue
        else:
            out.append(ch)
    return "".join(out)


def unique_stem(make):
    while True:
        s = make()
        if s not in USED_STEMS:
            USED_STEMS.add(s)
            return s


def lat_stem():
    def make():
        while True:
            st = R.choice(LAT_A) + R.choice(LAT_B)
            if st not in STEM_BLOCK:
                return st
    return unique_stem(make)


def _blocked(make):
    def inner():
        while True:
            st = make()
            if st not in STEM_BLOCK:
                return st
    return inner


def cyr_stem():
    return unique_stem(_blocked(lambda: R.choice(CYR_A) + R.choice(CYR_B)))


def jp_stem():
    return unique_stem(_blocked(lambda: R.choice(JP_A) + R.choice(JP_B)))


def cn_brand():
    def make():
        while True:
            a, b = R.sample(CN_CHARS, 2)
            pinyin = a[1] + b[1].lower()
            if pinyin not in STEM_BLOCK and pinyin not in USED_STEMS:
                return a[0] + b[0], pinyin
    brand = unique_stem(make)
    USED_STEMS.add(brand[1])   # one romanisation per brand, so no two firms share a Latin name
    return brand


LEGAL = {"US": ["Inc.", "LLC", "Corp."], "DE": ["GmbH", "AG", "GmbH"], "JP": ["Co., Ltd.", "K.K."],
         "NL": ["B.V."], "GB": ["Ltd", "plc", "Limited"], "FR": ["SAS", "S.A."], "CH": ["AG", "SA"],
         "KR": ["Co., Ltd."], "TW": ["Co., Ltd.", "Corp."], "IT": ["S.p.A.", "S.r.l."], "AT": ["GmbH"],
         "CZ": ["s.r.o.", "a.s."], "PL": ["Sp. z o.o."], "FI": ["Oy"], "SE": ["AB"], "ES": ["S.L."],
         "LT": ["UAB"], "LV": ["SIA"], "DK": ["A/S"], "BE": ["NV"], "CA": ["Inc."], "NO": ["AS"],
         "IE": ["Ltd"], "CY": ["Ltd"], "IN": ["Pvt. Ltd."], "TH": ["Co., Ltd."], "MY": ["Sdn. Bhd."],
         "RS": ["d.o.o."], "AM": ["LLC"], "GE": ["LLC"], "UZ": ["MChJ"], "SG": ["Pte. Ltd."]}
GERMANIC = {"DE", "AT", "CH"}
DESC = {
    "ic": (["Microsystems", "Semiconductor", "Microelectronics", "Silicon", "Integrated Devices", "Logic"],
           ["Mikroelektronik", "Halbleiter"]),
    "elec": (["Electronics", "Components", "Power Electronics", "Connectivity", "Sensors", "Passives"],
             ["Elektronik", "Bauelemente"]),
    "drone": (["Navigation", "Motion", "Drive Systems", "Aero Components", "Bearings", "Positioning"],
              ["Antriebstechnik", "Wälzlager", "Navigationssysteme"]),
    "mt": (["Machine Tools", "Precision Machinery", "Machining Systems"],
           ["Werkzeugmaschinen", "Präzisionsmaschinen"]),
    "test": (["Instruments", "Test & Measurement", "Metrology", "Photonics"], ["Messtechnik"]),
    "benign": (["Computing", "Mobile", "Peripherals", "Office Furniture"], ["Büromöbel"]),
    "dist": (["Components", "Electronic Supply", "Distribution", "Technical Supply", "Parts"],
             ["Bauteile", "Elektronikvertrieb", "Handel"]),
    "fwd": (["Logistics", "Freight", "Cargo", "Forwarding"], ["Spedition", "Logistik"]),
    "cust": (["Automation", "Robotics", "Energy Systems", "Medical Devices", "Industries", "Rail Systems",
              "Aerospace", "Telecom"], ["Anlagenbau", "Automatisierung", "Energietechnik"]),
    "trader": (["Trading", "Technology", "Electronics", "Supply", "Industrial"], ["Handel"]),
}
JP_DESC = {"ic": "Denshi", "elec": "Denki", "drone": "Seimitsu", "mt": "Kosakuki", "test": "Keisoku",
           "benign": "Kogyo", "dist": "Shoji", "fwd": "Butsuryu", "cust": "Kogyo", "trader": "Boeki"}
IT_DESC = {"mt": "Macchine Utensili", "elec": "Elettronica", "dist": "Componenti", "cust": "Meccanica",
           "test": "Strumenti", "drone": "Cuscinetti", "ic": "Microelettronica", "fwd": "Spedizioni",
           "benign": "Arredamenti", "trader": "Commerciale"}
FR_DESC = {"ic": "Microélectronique", "elec": "Électronique", "dist": "Composants", "cust": "Systèmes",
           "test": "Instrumentation", "drone": "Navigation", "mt": "Machines-Outils", "fwd": "Transports",
           "benign": "Mobilier", "trader": "Négoce"}
TW_ZH = {"ic": "微電子股份有限公司", "elec": "電子股份有限公司", "mt": "精密機械股份有限公司",
         "drone": "精密股份有限公司", "test": "儀器股份有限公司", "dist": "電子股份有限公司",
         "benign": "科技股份有限公司", "cust": "工業股份有限公司", "trader": "貿易股份有限公司",
         "fwd": "物流股份有限公司"}


def unique_name(make):
    for _ in range(1000):
        name, aliases = make()
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name, aliases
    raise RuntimeError("name space exhausted")


def western(cc, role, stem=None, desc=None, legal=None):
    """A coalition-country (or Latin-script hub) company name and its aliases."""
    def make():
        s = stem or lat_stem()
        aliases = []
        if cc == "JP":
            s2 = stem or jp_stem()
            name = f"{s2} {desc or JP_DESC[role]} {legal or R.choice(LEGAL['JP'])}"
            return name, aliases
        if cc in GERMANIC:
            d = desc or R.choice(DESC[role][1] if R.random() < 0.6 else DESC[role][0])
        elif cc == "IT":
            d = desc or IT_DESC[role]
        elif cc == "FR":
            d = desc or FR_DESC[role]
        else:
            d = desc or R.choice(DESC[role][0])
        lg = legal or R.choice(LEGAL.get(cc, ["Ltd"]))
        if cc == "IT":
            name = f"{s} {d} {lg}"
        elif cc == "FR":
            name = f"{d} {s} {lg}"
        else:
            name = f"{s} {d} {lg}"
        if cc == "TW":
            b = cn_brand()
            aliases.append(b[0] + TW_ZH[role])
            name = f"{b[1]} {d} {lg}"
        return name, aliases
    return unique_name(make)


RU_FORMS = {"ООО": ("OOO", "LLC"), "АО": ("AO", "JSC"), "ПАО": ("PAO", "PJSC"), "ЗАО": ("ZAO", "CJSC"),
            "ТОО": ("TOO", "LLP"), "ОсОО": ("OsOO", "LLC"), "ОАО": ("OAO", "OJSC"), "УП": ("UP", "UE")}


def cyr_company(form, core=None, military=None):
    """Cyrillic company name with Latin aliases, e.g. ООО «Велмарис-Электро»."""
    def make():
        st = cyr_stem()
        if military:
            inner = f"{military} «{st}»"
            name = f"{form} «{inner}»"
            lat_inner = f"{translit(military)} {translit(st)}"
        else:
            tail = core if core is not None else R.choice(CYR_TAIL)
            inner = st + tail
            name = f"{form} «{inner}»"
            lat_tail = tail
            for k, v in CYR_WORDS.items():
                lat_tail = lat_tail.replace(k, v)
            lat_inner = translit(st) + translit(lat_tail)
        short, english = RU_FORMS[form]
        return name, [f"{short} {lat_inner}", f"{lat_inner} {english}"]
    return unique_name(make)


CN_CITIES = [("深圳市", "Shenzhen", "广东省深圳市福田区华强北街道", "518031"),
             ("深圳市", "Shenzhen", "广东省深圳市龙岗区坂田街道", "518129"),
             ("东莞市", "Dongguan", "广东省东莞市长安镇", "523850"),
             ("广州", "Guangzhou", "广东省广州市黄埔区", "510530"),
             ("厦门", "Xiamen", "福建省厦门市湖里区", "361006"),
             ("义乌市", "Yiwu", "浙江省义乌市稠城街道", "322000"),
             ("乌鲁木齐", "Urumqi", "新疆乌鲁木齐市高新区", "830011"),
             ("满洲里市", "Manzhouli", "内蒙古满洲里市", "021400"),
             ("绥芬河市", "Suifenhe", "黑龙江省绥芬河市", "157300")]
CN_SUFFIX = {"trader": [("电子科技有限公司", "Electronic Technology Co., Ltd."),
                        ("贸易有限公司", "Trading Co., Ltd."),
                        ("供应链管理有限公司", "Supply Chain Management Co., Ltd."),
                        ("进出口有限公司", "Import and Export Co., Ltd.")],
             "fwd": [("国际物流有限公司", "International Logistics Co., Ltd."),
                     ("国际货运代理有限公司", "International Freight Forwarding Co., Ltd.")],
             "mfr": [("电机有限公司", "Motor Co., Ltd."), ("电子股份有限公司", "Electronics Co., Ltd."),
                     ("精密电路有限公司", "Precision Circuit Co., Ltd.")],
             "cust": [("智能装备有限公司", "Intelligent Equipment Co., Ltd.")]}
HK_SUFFIX = {"trader": [("電子貿易有限公司", "Electronics Trading Limited"),
                        ("科技(香港)有限公司", "Technology (HK) Limited"),
                        ("國際貿易有限公司", "International Trading Co., Limited"),
                        ("實業有限公司", "Industrial Ltd")],
             "fwd": [("國際物流有限公司", "International Logistics Limited"),
                     ("貨運代理有限公司", "Freight Forwarding Ltd")]}


def cn_company(role, city=None):
    def make():
        b = cn_brand()
        c = city or R.choice(CN_CITIES)
        zh, en = R.choice(CN_SUFFIX[role])
        return f"{c[0]}{b[0]}{zh}", [f"{c[1]} {b[1]} {en}"], c
    for _ in range(1000):
        name, aliases, c = make()
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name, aliases, c
    raise RuntimeError("name space exhausted")


def hk_company(role, brand=None, suffix=None):
    def make():
        b = brand or cn_brand()
        zh, en = suffix or R.choice(HK_SUFFIX[role])
        return f"{b[1]} {en}", [b[0] + zh]
    return unique_name(make)


TR_STEMS = ["Korvelin", "Yaldır", "Ergüven", "Tunvarlı", "Kaytemir", "Sarıkaya", "Ilgaz", "Erdemsoy",
            "Bayraktepe", "Demirsel", "Akverin", "Gökselen", "Tanserin", "Yıldırel"]
TR_FORMS = [("Dış Ticaret A.Ş.", "trader"), ("Elektronik San. ve Tic. Ltd. Şti.", "trader"),
            ("Makina İthalat İhracat A.Ş.", "trader"), ("Lojistik ve Taşımacılık A.Ş.", "fwd"),
            ("Uluslararası Nakliyat Ltd. Şti.", "fwd"), ("Endüstri A.Ş.", "cust")]


def tr_company(role, stem=None, form=None):
    def make():
        s = stem or R.choice(TR_STEMS) + R.choice(["", " " + R.choice(LAT_A) + "oğlu"])
        f = form or R.choice([f for f, r in TR_FORMS if r == role])
        return f"{s} {f}", []
    return unique_name(make)


AE_FORMS = {"trader": ["General Trading LLC", "Technologies FZE", "Electronics FZCO", "Trading DMCC",
                       "General Trading FZE"],
            "fwd": ["Shipping & Logistics LLC", "Freight Services FZE", "Cargo FZCO"],
            "cust": ["Contracting LLC"]}
AR_STEMS = ["Najm Sahar", "Qasr Albahr", "Rimal Zarqa", "Waha Fidda", "Burj Alnakheel", "Sahil Dhahab",
            "Nakheel Qamar", "Jazirat Nur", "Dar Alsafwa", "Bahr Alrimal", "Zahrat Alwadi", "Nujoom Albarr"]


def ae_company(role):
    def make():
        s = R.choice(AR_STEMS) if R.random() < 0.5 else lat_stem()
        return f"{s} {R.choice(AE_FORMS[role])}", []
    return unique_name(make)


def digits(n, first=None):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first is not None:
        s = str(first) + s[1:]
    return s


def unique_ident(make):
    while True:
        v = make()
        if v not in USED_IDS:
            USED_IDS.add(v)
            return v


def inn10(region):
    def make():
        body = region + digits(7)
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        c = sum(int(a) * b for a, b in zip(body, w)) % 11 % 10
        return f"inn:{body}{c}"
    return unique_ident(make)


def ogrn(region, year):
    def make():
        body = f"1{year % 100:02d}{region}{digits(7)}"
        c = int(body) % 11 % 10
        return f"ogrn:{body}{c}"
    return unique_ident(make)


def lei():
    def make():
        base = R.choice(["5493", "2138", "9845", "8945", "3912"]) + "00" + "".join(
            R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(12))
        num = int("".join(str(int(ch, 36)) for ch in base) + "00")
        return f"lei:{base}{98 - num % 97:02d}"
    return unique_ident(make)


def simple_id(scheme, n, prefix="", first=None):
    return unique_ident(lambda: f"{scheme}:{prefix}{digits(n, first)}")


def idents_for(cc, inc_year, region="77"):
    """Registration numbers in each country's usual scheme (random, valid check digits where known)."""
    if cc == "RU":
        return [inn10(region), ogrn(region, inc_year)]
    if cc == "BY":
        return [simple_id("unp", 9, first=1)]
    if cc == "KZ":
        return [unique_ident(lambda: f"bin:{inc_year % 100:02d}{R.randint(1, 12):02d}40{digits(6)}")]
    if cc == "KG":
        return [simple_id("inn", 14, first=0)]
    if cc == "AM":
        return [simple_id("tin", 8, first=0)]
    if cc == "GE":
        return [simple_id("gid", 9, first=4)]
    if cc == "UZ":
        return [simple_id("stir", 9, first=3)]
    if cc == "TR":
        return [simple_id("vkn", 10)]
    if cc == "AE":
        zone = R.choice(["DMCC", "JAFZA", "DAFZA", "SAIF", "RAKEZ", "DED"])
        return [simple_id("lic", 6, prefix=f"AE-{zone}-")]
    if cc == "HK":
        return [simple_id("reg", 7, prefix="HK-", first=R.randint(1, 3))]
    if cc == "CN":
        return [unique_ident(lambda: "uscc:9144" + digits(4) + "MA" + "".join(
            R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8)))]
    if cc == "IR":
        return [simple_id("nid", 11, first=1)]
    if cc == "IN":
        return [unique_ident(lambda: f"cin:U{digits(5)}MH{inc_year}PTC{digits(6)}")]
    if cc == "US":
        return [unique_ident(lambda: f"ein:{digits(2)}-{digits(7)}")] + ([lei()] if R.random() < 0.5 else [])
    if cc == "JP":
        return [simple_id("jcn", 13, first=R.randint(1, 9))]
    if cc == "TW":
        return [simple_id("ubn", 8)]
    if cc == "KR":
        return [unique_ident(lambda: f"brn:{digits(3)}-{digits(2)}-{digits(5)}")]
    if cc == "GB":
        return [simple_id("crn", 8, first=0)] + ([lei()] if R.random() < 0.5 else [])
    if cc == "DE":
        return [unique_ident(lambda: f"reg:DE-HRB-{R.randint(1000, 99999)}")] + (
            [lei()] if R.random() < 0.5 else [])
    if cc in ("NL", "FR", "IT", "CH", "AT", "CZ", "PL", "FI", "SE", "ES", "LT", "LV", "DK", "BE", "CY",
              "NO", "IE", "CA"):
        return [simple_id("reg", 8, prefix=f"{cc}-")] + ([lei()] if R.random() < 0.4 else [])
    return [simple_id("reg", 8, prefix=f"{cc}-")]


STREET = ["Orchard", "Juniper", "Harbor", "Copperleaf", "Foxglove", "Silverbirch", "Quarry", "Meridian",
          "Lantern", "Kestrel", "Hollow Pine", "Ridgeway", "Stonebridge", "Marlowe", "Bellweather"]
US_CITIES = [("San Jose", "CA", "951"), ("Austin", "TX", "787"), ("Chandler", "AZ", "852"),
             ("Burlington", "MA", "018"), ("Hillsboro", "OR", "971"), ("Raleigh", "NC", "276"),
             ("Plano", "TX", "750"), ("Boulder", "CO", "803"), ("Fremont", "CA", "945")]
DE_CITIES = [("München", "80"), ("Stuttgart", "70"), ("Dresden", "01"), ("Nürnberg", "90"),
             ("Karlsruhe", "76"), ("Aachen", "52"), ("Bielefeld", "33"), ("Chemnitz", "09"), ("Hamburg", "22")]
EU_CITIES = {"NL": ["Eindhoven", "Delft", "Utrecht", "Rotterdam"], "FR": ["Grenoble", "Toulouse", "Lyon"],
             "IT": ["Bergamo", "Brescia", "Torino", "Bologna"], "AT": ["Linz", "Graz", "Wien"],
             "CH": ["Zug", "Neuchâtel", "Winterthur"], "CZ": ["Brno", "Plzeň"], "PL": ["Wrocław", "Gdańsk"],
             "FI": ["Espoo", "Tampere", "Kotka"], "SE": ["Västerås", "Göteborg"], "ES": ["Zaragoza", "Valencia"],
             "LT": ["Vilnius", "Kaunas"], "LV": ["Riga"], "DK": ["Aarhus"], "BE": ["Leuven"], "CY": ["Limassol"],
             "NO": ["Trondheim"], "IE": ["Cork"], "CA": ["Ottawa", "Waterloo"], "GB": ["Cambridge", "Reading",
             "Bristol", "Coventry"], "KR": ["Suwon", "Seongnam", "Changwon"], "JP": ["Hachioji", "Kawaguchi",
             "Hamamatsu", "Nagano", "Yokohama"], "TW": ["Hsinchu", "Taichung", "Taoyuan"],
             "IN": ["Pune", "Bengaluru", "Chennai"], "TH": ["Bangkok", "Chonburi"], "MY": ["Penang", "Johor Bahru"],
             "RS": ["Beograd", "Novi Sad"], "GE": ["Tbilisi", "Poti"], "AM": ["Yerevan", "Gyumri"],
             "UZ": ["Tashkent", "Samarkand"], "SG": ["Singapore"], "IR": ["Tehran", "Isfahan", "Shiraz"]}
RU_CITIES = [("г. Москва", "1", "77"), ("г. Москва", "1", "77"), ("г. Москва", "1", "77"),
             ("г. Санкт-Петербург", "19", "78"), ("г. Екатеринбург", "620", "66"), ("г. Новосибирск", "630", "54"),
             ("г. Казань", "420", "16"), ("г. Нижний Новгород", "603", "52"), ("г. Ижевск", "426", "18"),
             ("г. Тула", "300", "71"), ("г. Рязань", "390", "62"), ("г. Смоленск", "214", "67"),
             ("г. Ульяновск", "432", "73"), ("г. Самара", "443", "63"), ("г. Пермь", "614", "59")]
CYR_STREET = ["ул. Заречная", "ул. Литейная", "Промышленный пр-д", "ул. Кольцевая", "ш. Энтузиастов",
              "ул. Складская", "ул. Приборная", "пр-т Конструкторов", "ул. Радиальная", "ул. Озёрная"]


def unique_addr(make):
    for _ in range(1000):
        a = make()
        if a not in USED_ADDR:
            USED_ADDR.add(a)
            return a
    raise RuntimeError("address space exhausted")


def address(cc, city=None):
    n = R.randint

    def make():
        st = R.choice(STREET)
        if cc == "US":
            c, s, z = R.choice(US_CITIES)
            return f"{n(100, 9800)} {st} {R.choice(['Parkway', 'Drive', 'Road', 'Avenue'])}, Suite {n(100, 900)}, {c}, {s} {z}{n(10, 99)}"
        if cc == "DE":
            c, p = R.choice(DE_CITIES)
            return f"{R.choice(['Linden', 'Kupfer', 'Hafen', 'Werk', 'Falken', 'Birken'])}straße {n(1, 120)}, {p}{n(100, 999)} {c}"
        if cc == "RU":
            c, p, _ = city or R.choice(RU_CITIES)
            post = p + digits(6 - len(p))
            return f"{post}, {c}, {R.choice(CYR_STREET)}, д. {n(1, 140)}, стр. {n(1, 9)}, офис {n(1, 650)}"
        if cc == "BY":
            c = R.choice(["г. Минск", "г. Минск", "г. Брест", "г. Гомель", "г. Витебск"])
            return f"{c}, {R.choice(CYR_STREET)}, д. {n(1, 90)}, пом. {n(1, 300)}"
        if cc == "KZ":
            c = R.choice(["г. Алматы", "г. Алматы", "г. Астана", "г. Караганда", "г. Костанай"])
            return f"{c}, {R.choice(CYR_STREET)}, д. {n(1, 200)}, офис {n(1, 400)}"
        if cc == "KG":
            c = R.choice(["г. Бишкек", "г. Бишкек", "г. Ош"])
            return f"{c}, {R.choice(CYR_STREET)}, д. {n(1, 150)}, кв. {n(1, 90)}"
        if cc == "HK":
            bld = R.choice(LAT_A) + R.choice(["ton", "well", "more"]) + " " + R.choice(
                ["Commercial Centre", "Industrial Building", "Tower", "Plaza"])
            dist = R.choice(["Kwun Tong, Kowloon", "Mong Kok, Kowloon", "Tsim Sha Tsui, Kowloon",
                             "Sheung Wan, Hong Kong", "Wan Chai, Hong Kong", "Kowloon Bay, Kowloon",
                             "Kwai Chung, New Territories"])
            return f"Room {n(1, 30)}{n(1, 20):02d}, {n(2, 30)}/F, {bld}, {n(1, 200)} {R.choice(LAT_A)}{R.choice(['ing', 'ock', 'ai'])} Road, {dist}"
        if cc == "CN":
            c = city or R.choice(CN_CITIES)
            return f"{c[2]}{R.choice(['振华路', '新业路', '兴园路', '科技园路', '物流大道'])}{n(1, 300)}号{n(1, 20)}栋{n(1, 30)}{n(1, 20):02d}室"
        if cc == "TR":
            return f"{R.choice(TR_STEMS)} Mah. {R.choice(LAT_A)}er Cad. No:{n(1, 200)} Kat:{n(1, 9)}, {R.choice(['Ümraniye', 'Ataşehir', 'Tuzla', 'Bağcılar', 'Esenyurt'])}/İstanbul"
        if cc == "AE":
            return R.choice([
                f"Office {n(1, 40)}{n(1, 30):02d}, {R.choice(LAT_A)}{R.choice(['ine', 'ara', 'on'])} Tower, Cluster {R.choice('ABCDEFGHIJKLMNOPQRSTUVWXY')}, Jumeirah Lakes Towers, Dubai",
                f"Warehouse {R.choice('ABCDEFGH')}{n(1, 30)}-{n(1, 40):02d}, Jebel Ali Free Zone, Dubai",
                f"Executive Desk Q1-{n(1, 9)}-{n(1, 90):02d}, SAIF Zone, Sharjah",
                f"Office {n(100, 990)}, {R.choice(LAT_A)}{R.choice(['ine', 'ara'])} Business Centre, Al Qusais, Dubai"])
        if cc == "IR":
            return f"No. {n(1, 200)}, {R.choice(['Golestan', 'Shahrak', 'Sepand', 'Arghavan', 'Nilufar'])} St., {R.choice(EU_CITIES['IR'])}, Iran"
        if cc == "JP":
            return f"{n(1, 9)}-{n(1, 30)}-{n(1, 20)} {R.choice(JP_A)}{R.choice(['cho', 'machi'])}, {R.choice(EU_CITIES['JP'])}, Japan"
        cities = EU_CITIES.get(cc, ["Capital"])
        c = R.choice(cities)
        if cc in ("AM", "GE"):
            return f"{n(1, 90)} {R.choice(LAT_A)}ian St., {c} {n(1, 90):04d}"
        if cc == "UZ":
            return f"{R.choice(LAT_A)}obod ko'chasi {n(1, 120)}, {c}"
        if cc == "MY":
            return f"Lot {n(1, 900)}, Jalan {R.choice(LAT_A)} {n(1, 9)}, Kawasan Perindustrian {R.choice(LAT_A)}, {c}"
        if cc == "IN":
            return f"Plot {n(1, 300)}, {R.choice(LAT_A)} Industrial Estate, {c} {n(400001, 600099)}"
        if cc == "TH":
            return f"{n(1, 999)}/{n(1, 99)} Moo {n(1, 12)}, {R.choice(LAT_A)} Road, {c} {n(10100, 20999)}"
        if cc == "RS":
            return f"{R.choice(['Savska', 'Gandijeva', 'Vojvode Mišića', 'Omladinskih brigada'])} {n(1, 120)}, {c}"
        if cc == "KR":
            return f"{n(10, 300)}, {R.choice(LAT_A)}-ro {n(1, 90)}beon-gil, {c}, Gyeonggi-do"
        if cc == "TW":
            return f"No. {n(1, 300)}, {R.choice(LAT_A)} Rd., {c} {n(300, 499)}"
        return f"{n(1, 200)} {st} {R.choice(['Street', 'Lane', 'Road', 'Way'])}, {c}"
    return unique_addr(make)


# --------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------

ENTS = []


REGISTRY = {"RU": "demo:ru-egrul-extract", "BY": "demo:by-egr-extract", "HK": "demo:hk-companies-registry",
            "CN": "demo:cn-credit-registry", "KZ": "demo:kz-gbd-extract", "KG": "demo:kg-registry",
            "AE": "demo:ae-free-zone-registry", "TR": "demo:tr-trade-registry-gazette"}


def add(name, kind, cc, aliases=(), addr=None, ids=None, inc=None, lists=(), source=None, **tags):
    eid = f"E{len(ENTS) + 1:04d}"
    source = source or REGISTRY.get(cc, "demo:registry")
    if inc is None:
        inc = dt.date(R.randint(1995, 2019), R.randint(1, 12), R.randint(1, 28))
    e = {"id": eid, "name": name, "kind": kind, "country": cc, "aliases": list(aliases),
         "address": addr if addr is not None else address(cc),
         "identifiers": ids if ids is not None else idents_for(cc, inc.year if inc else 2010),
         "incorporated": inc, "lists": list(lists), "source": source}
    e.update(tags)
    ENTS.append(e)
    return e


def pick_lists(pool, k_min, k_max):
    k = R.randint(k_min, k_max)
    chosen = R.sample(pool, k)
    return [x for x in LISTS if x in chosen]


# Coalition manufacturers -------------------------------------------------
# (class, country, fixed name or None). The first entries are the planted ones.
MFR_PLAN = [
    ("ic", "US", "Valdoria Microsystems Inc."),        # most weapon systems (raw)
    ("ic", "US", "Corvane Semiconductor Corp."),       # parent, rolls up its subsidiary
    ("ic", "DE", "Ostrelind Analog GmbH"),             # subsidiary of Corvane
    ("ic", "KR", "Telmiran Semitech Co., Ltd."),       # sells only through the feeder distributor
    ("drone", "CH", "Quellvoria Navigation AG"),       # GNSS modules
    ("drone", "JP", "Hanezaki Seimitsu Co., Ltd."),     # UAV motors and bearings
    ("mt", "IT", "Pellarino Macchine Utensili S.p.A."),  # machine tools sold into Turkey
]
for cls, cc in [("ic", "US"), ("ic", "US"), ("ic", "JP"), ("ic", "NL"), ("ic", "TW"), ("ic", "TW"),
                ("ic", "CH"), ("ic", "GB"), ("ic", "DE"),
                ("elec", "US"), ("elec", "DE"), ("elec", "JP"), ("elec", "JP"), ("elec", "TW"),
                ("elec", "KR"), ("elec", "US"), ("elec", "GB"), ("elec", "FR"), ("elec", "CZ"),
                ("elec", "SE"), ("elec", "AT"), ("elec", "US"), ("elec", "IT"),
                ("drone", "DE"), ("drone", "US"), ("drone", "FR"), ("drone", "TW"), ("drone", "KR"),
                ("drone", "JP"),
                ("mt", "DE"), ("mt", "DE"), ("mt", "DE"), ("mt", "JP"), ("mt", "JP"), ("mt", "TW"),
                ("mt", "TW"), ("mt", "CH"), ("mt", "KR"), ("mt", "AT"), ("mt", "CZ"),
                ("test", "US"), ("test", "US"), ("test", "DE"), ("test", "JP"), ("test", "GB"),
                ("test", "NL"),
                ("mech", "SE"), ("mech", "DE"), ("mech", "FR"), ("mech", "JP"),
                ("benign", "US"), ("benign", "KR"), ("benign", "SE"), ("benign", "TW"), ("benign", "PL")]:
    MFR_PLAN.append((cls, cc, None))

MFRS = []
for cls, cc, fixed in MFR_PLAN:
    role = "drone" if cls == "mech" else cls
    if fixed:
        USED_NAMES.add(fixed)
        name, aliases = fixed, []
    else:
        name, aliases = western(cc, role)
    inc = dt.date(R.randint(1952, 2012), R.randint(1, 12), R.randint(1, 28))
    MFRS.append(add(name, "manufacturer", cc, aliases, inc=inc, cls=cls,
                    weight=R.lognormvariate(0, 0.7)))
M_A, M_P, M_Q, M_X, M_GNSS, M_MOTOR, M_MT1 = MFRS[:7]
M_P["weight"], M_A["weight"], M_Q["weight"] = 2.2, 2.6, 1.2
M_X["weight"] = 2.0
M_MT1["weight"] = 1.6
M_MOTOR["weight"], M_GNSS["weight"] = 2.2, 1.6
# More subsidiaries (subsidiary_of links below).
SUBS = [(M_Q, M_P)]
for cls, cc, parent_cc in [("ic", "JP", "US"), ("elec", "TW", "US"), ("drone", "KR", "DE")]:
    name, aliases = western(cc, cls)
    parent = [m for m in MFRS[7:] if m["cls"] == cls and m["country"] == parent_cc][0]
    sub = add(name, "manufacturer", cc, aliases, inc=dt.date(R.randint(1990, 2015), R.randint(1, 12), 1),
              cls=cls, weight=R.lognormvariate(-0.3, 0.5))
    MFRS.append(sub)
    SUBS.append((sub, parent))

# Non-coalition manufacturers (not sources by default).
OTHER_MFRS = []
for cls, role in [("drone", "mfr"), ("drone", "mfr"), ("elec", "mfr"), ("test", "mfr")]:
    name, aliases, city = cn_company(role, city=R.choice(CN_CITIES[:5]))
    OTHER_MFRS.append(add(name, "manufacturer", "CN", aliases, addr=address("CN", city), cls=cls,
                          weight=R.lognormvariate(0, 0.5)))
for cc, cls in [("IN", "elec"), ("MY", "ic"), ("TR", "mt")]:
    if cc == "TR":
        name, aliases = tr_company("cust", form="Takım Tezgahları San. A.Ş.")
    else:
        name, aliases = western(cc, cls)
    OTHER_MFRS.append(add(name, "manufacturer", cc, aliases, cls=cls, weight=R.lognormvariate(0, 0.5)))

# Distributors (coalition) ------------------------------------------------
DIST_PLAN = [("NL", "Kelvaris Components B.V.", ["ic", "elec", "test"]),   # tier-1 chokepoint
             ("US", "Ardentrix Supply LLC", ["ic", "elec"])]              # feeder of the HK newcomer
DIST_PLAN += [(cc, None, cl) for cc, cl in [
    ("US", ["ic", "elec"]), ("US", ["ic", "elec", "test"]), ("DE", ["ic", "elec"]), ("DE", ["elec", "test"]),
    ("GB", ["ic", "elec"]), ("FR", ["ic", "elec"]), ("IT", ["elec"]), ("JP", ["ic", "elec"]),
    ("KR", ["ic", "elec"]), ("TW", ["ic", "elec"]), ("CH", ["ic", "test"]), ("PL", ["ic", "elec"]),
    ("FI", ["elec", "ic"]), ("LT", ["ic", "elec"]), ("CZ", ["elec"]), ("AT", ["elec", "test"]),
    ("SE", ["elec"]), ("ES", ["elec"]), ("DK", ["elec", "ic"]), ("BE", ["elec"]), ("LV", ["ic", "elec"]),
    ("US", ["test"]), ("DE", ["test"]), ("JP", ["test"]), ("US", ["ic", "elec"]), ("NL", ["elec"]),
    ("SE", ["mt"]), ("KR", ["drone", "elec"]),
    ("DE", ["mt"]), ("DE", ["mt"]), ("IT", ["mt"]), ("JP", ["mt"]), ("CH", ["mt"]), ("PL", ["mt"]),
    ("US", ["drone", "mech"]), ("DE", ["drone", "mech"]), ("CH", ["drone"]), ("JP", ["drone", "mech"]),
    ("FR", ["mech"]), ("US", ["benign"]), ("DE", ["benign"]), ("NL", ["benign"]), ("PL", ["benign"])]]
DISTS = []
for cc, fixed, classes in DIST_PLAN:
    if fixed:
        USED_NAMES.add(fixed)
        name, aliases = fixed, []
    else:
        name, aliases = western(cc, "dist")
    DISTS.append(add(name, "distributor", cc, aliases, classes=classes, weight=R.lognormvariate(0, 0.6)))
D1, D_FEED = DISTS[0], DISTS[1]

# Hub traders ----------------------------------------------------------------
H1_INC = dt.date(2022, 4, 12)
HUBS = []


def hub(cc, kind="trader", name=None, aliases=None, addr=None, inc=None, lists=(), classes=None, w=None,
        **tags):
    if name is None:
        if cc == "HK":
            name, aliases = hk_company("fwd" if kind == "forwarder" else "trader")
        elif cc == "CN":
            name, aliases, city = cn_company("fwd" if kind == "forwarder" else "trader")
            addr = addr or address("CN", city)
        elif cc == "TR":
            name, aliases = tr_company("fwd" if kind == "forwarder" else "trader")
        elif cc == "AE":
            name, aliases = ae_company("fwd" if kind == "forwarder" else "trader")
        elif cc in ("KZ", "KG"):
            form = "ТОО" if cc == "KZ" else "ОсОО"
            name, aliases = cyr_company(form, core=R.choice(
                [" Логистик", " Трейд"] if kind == "forwarder" else ["", " Трейд", "-Импорт", "-Электро", "Снаб"]))
        else:
            name, aliases = western(cc, "fwd" if kind == "forwarder" else "trader")
    e = add(name, kind, cc, aliases or [], addr=addr, inc=inc, lists=lists,
            classes=classes or ["ic", "elec", "test", "drone", "mech", "mt"],
            weight=w if w is not None else R.lognormvariate(0, 0.7), **tags)
    HUBS.append(e)
    return e


USED_NAMES.update(["Tingyao Electronics Trading Limited", "Korvelin Dış Ticaret A.Ş."])
H1 = hub("HK", name="Tingyao Electronics Trading Limited", aliases=["霆垚電子貿易有限公司"], inc=H1_INC,
         classes=["ic", "elec", "test", "drone", "mech", "mt"], w=0)
T1 = hub("TR", name="Korvelin Dış Ticaret A.Ş.", inc=dt.date(2014, 9, 3), lists=["US-EL", "UK"], w=0)
c1_name = "深圳市淼翎电子科技有限公司"
USED_NAMES.add(c1_name)
C1 = hub("CN", name=c1_name, aliases=["Shenzhen Miaoling Electronic Technology Co., Ltd."],
         addr=address("CN", CN_CITIES[1]), inc=dt.date(2016, 5, 20), lists=["US-EL"], w=0)
SHARED_AE_ADDR = "Office 2213, Silverine Tower, Cluster Q, Jumeirah Lakes Towers, Dubai"
USED_ADDR.add(SHARED_AE_ADDR)
USED_NAMES.update(["Maralis General Trading LLC", "Alvandra Technologies FZE"])
L_AE = hub("AE", name="Maralis General Trading LLC", addr=SHARED_AE_ADDR, inc=dt.date(2017, 2, 8),
           lists=["US-EL", "EU"], classes=["ic", "elec"], w=1.0)
X_SHELL = hub("AE", name="Alvandra Technologies FZE", addr=SHARED_AE_ADDR, inc=dt.date(2023, 3, 14),
              classes=["ic", "elec"], w=0)
H_OLD = hub("HK", lists=["US-EL"], inc=dt.date(2011, 6, 30), w=1.2)   # phoenix predecessor of H1
SECRETARY_ADDR = "Room 1508, 15/F, Brightwell Commercial Centre, 9 Fenning Road, Sheung Wan, Hong Kong"
USED_ADDR.add(SECRETARY_ADDR)
HK_CLUSTER = [hub("HK", addr=SECRETARY_ADDR, inc=dt.date(2022, R.randint(6, 12), R.randint(1, 28)),
                  w=R.lognormvariate(-0.5, 0.4)) for _ in range(3)]
O1 = hub("KG", inc=dt.date(2021, 8, 17))          # 30% + 25% owned by listed parties
CH_C = hub("HK", inc=dt.date(2019, 11, 5))        # 50% owned by B, which is 60% owned by listed A
E50 = hub("AM", inc=dt.date(2020, 3, 2))          # exactly 50% owned by a listed party
HUB_PLAN = ([("HK", None)] * 8 + [("CN", None)] * 10 + [("TR", None)] * 6 + [("AE", None)] * 7 +
            [("KZ", None)] * 7 + [("KG", None)] * 5 + [("AM", None)] * 5 + [("GE", None)] * 4 +
            [("UZ", None)] * 3 + [("RS", None)] * 4 + [("IN", None)] * 3 + [("TH", None)] * 2 +
            [("MY", None)] * 2)
for cc, _ in HUB_PLAN:
    new = cc in ("KG", "AM", "KZ", "HK", "AE", "UZ") and R.random() < 0.3
    inc = dt.date(R.choice([2022, 2022, 2023]), R.randint(3, 12), R.randint(1, 28)) if new else None
    if inc and inc.year == 2022 and inc.month < 4:
        inc = inc.replace(month=4)
    listed = pick_lists(["US-EL", "US-EL", "EU", "UK"], 1, 2) if R.random() < 0.22 else []
    hub(cc, inc=inc, lists=listed)
TRADERS = list(HUBS)

FWD_PLAN = ["HK", "HK", "HK", "CN", "CN", "CN", "KZ", "KZ", "KZ", "KG", "KG", "AM", "AM", "GE", "GE",
            "TR", "TR", "AE", "AE", "UZ"]
FWDS = []
for cc in FWD_PLAN:
    listed = pick_lists(["US-EL", "EU", "UK"], 1, 1) if R.random() < 0.12 else []
    FWDS.append(hub(cc, kind="forwarder", lists=listed))
COAL_FWDS = []
for cc in ["FI", "FI", "LT", "LV", "PL", "DE"]:
    name, aliases = western(cc, "fwd")
    COAL_FWDS.append(add(name, "forwarder", cc, aliases))

# Iran ----------------------------------------------------------------------
USED_NAMES.add("Tirzan Pishro Trading Co.")
I1 = add("Tirzan Pishro Trading Co.", "trader", "IR", ["شرکت بازرگانی تیرزان پیشرو"],
         inc=dt.date(2012, 7, 1), lists=["US-SDN"])
I2 = add("Sepandar Kish Logistics Co.", "forwarder", "IR", ["شرکت لجستیک سپندار کیش"], lists=["US-SDN"])
I3 = add("Arghavan Aero Industries Co.", "end_user", "IR", ["صنایع هوایی ارغوان"],
         lists=["US-SDN", "EU", "UK"])
USED_NAMES.update([I2["name"], I3["name"]])

# Russia and Belarus: importers ------------------------------------------------
USED_STEMS.add("Зоревик")   # reserved for the UAV maker below
IMPORTERS = []
for i in range(54):
    city = R.choice(RU_CITIES)
    form = "ООО" if R.random() < 0.8 else R.choice(["АО", "ЗАО"])
    name, aliases = cyr_company(form)
    listed = pick_lists(["US-SDN", "US-SDN", "EU", "UK", "US-EL", "JP"], 1, 3) if i < 4 or R.random() < 0.4 else []
    inc = dt.date(R.randint(2003, 2020), R.randint(1, 12), R.randint(1, 28))
    if i >= 47:   # a few firms set up to import after the invasion
        inc = dt.date(R.choice([2022, 2023]), R.randint(4, 12), R.randint(1, 28))
    IMPORTERS.append(add(name, "importer", "RU", aliases, addr=address("RU", city),
                         ids=idents_for("RU", inc.year, city[2]), inc=inc, lists=listed,
                         weight=R.lognormvariate(0, 0.6)))
R_H1, R_T1, R_BIG = IMPORTERS[0], IMPORTERS[1], IMPORTERS[2]
R_H1["lists"], R_T1["lists"] = ["US-SDN", "EU", "UK"], ["US-SDN", "EU"]
for i in range(7):
    name, aliases = cyr_company(R.choice(["ООО", "ОАО", "ЗАО"]))
    listed = pick_lists(["US-SDN", "EU", "UK"], 1, 2) if R.random() < 0.45 else []
    IMPORTERS.append(add(name, "importer", "BY", aliases, lists=listed, weight=R.lognormvariate(-0.5, 0.5)))
CONSUMER_IMPORTERS = []
for i in range(8):
    city = R.choice(RU_CITIES)
    name, aliases = cyr_company("ООО", core=R.choice([" Ритейл", " Маркет", "-Опт", " Дистрибуция"]))
    inc = dt.date(R.randint(2008, 2020), R.randint(1, 12), R.randint(1, 28))
    CONSUMER_IMPORTERS.append(add(name, "importer", "RU", aliases, addr=address("RU", city),
                                  ids=idents_for("RU", inc.year, city[2]), inc=inc))

# Russia and Belarus: military end users ----------------------------------------
MIL_KINDS = ["НПО", "НИИ", "КБ", "Завод", "НПП", "ОКБ"]
END_USERS = []
USED_NAMES.add("АО «Конструкторское бюро «Зоревик»»")
U1_CITY = RU_CITIES[8]
U1 = add("АО «Конструкторское бюро «Зоревик»»", "end_user", "RU",
         ["AO Konstruktorskoe byuro Zorevik", "Zorevik Design Bureau JSC", "KB Zorevik"],
         addr=address("RU", U1_CITY), ids=idents_for("RU", 2004, U1_CITY[2]), inc=dt.date(2004, 10, 11),
         lists=["US-SDN", "EU", "UK", "US-EL", "JP"], weight=1.0)
END_USERS.append(U1)
for i in range(37):
    city = R.choice(RU_CITIES)
    form = R.choice(["АО", "АО", "АО", "ПАО"])
    name, aliases = cyr_company(form, military=R.choice(MIL_KINDS))
    listed = pick_lists(LISTS, 1, 5) if R.random() < 0.9 else []
    inc = dt.date(R.randint(1992, 2015), R.randint(1, 12), R.randint(1, 28))
    END_USERS.append(add(name, "end_user", "RU", aliases, addr=address("RU", city),
                         ids=idents_for("RU", inc.year, city[2]), inc=inc, lists=listed,
                         weight=R.lognormvariate(0, 0.7)))
for i in range(6):
    name, aliases = cyr_company(R.choice(["ОАО", "УП"]), military=R.choice(["Завод", "КБ", "НПО"]))
    listed = pick_lists(["US-SDN", "EU", "UK", "US-EL"], 1, 4)
    END_USERS.append(add(name, "end_user", "BY", aliases, lists=listed, weight=R.lognormvariate(-0.5, 0.5)))

# Benign customers in coalition and hub countries ----------------------------------
CUSTOMERS = []
for cc in ["US", "US", "US", "US", "DE", "DE", "DE", "DE", "FR", "FR", "IT", "IT", "JP", "JP", "JP", "KR", "GB",
           "GB", "PL", "ES", "SE", "NL", "CZ", "CA", "AT", "BE", "TW", "NO", "FI", "DK", "IE", "CH", "PT"]:
    name, aliases = western(cc, "cust")
    CUSTOMERS.append(add(name, R.choice(["end_user", "end_user", "importer"]), cc, aliases, local=False))
HUB_CUSTOMERS = []
for cc in ["IN", "IN", "IN", "TH", "MY", "MY", "KZ", "KZ", "TR", "TR", "AE", "RS", "GE", "CN", "CN", "CN", "UZ",
           "AM"]:
    if cc == "CN":
        name, aliases, city = cn_company("cust")
        HUB_CUSTOMERS.append(add(name, "end_user", cc, aliases, addr=address("CN", city)))
        continue
    if cc == "KZ":
        name, aliases = cyr_company("ТОО", core=" Гормаш")
    elif cc == "TR":
        name, aliases = tr_company("cust")
    elif cc == "AE":
        name, aliases = ae_company("cust")
    else:
        name, aliases = western(cc, "cust")
    HUB_CUSTOMERS.append(add(name, "end_user", cc, aliases))

# Others: holdings and people (for ownership and directorship links) -------------------
def company_entity(name_aliases, kind, cc, **kw):
    name, aliases = name_aliases
    if cc == "RU" and "addr" not in kw:
        city = R.choice(RU_CITIES)
        kw["addr"] = address("RU", city)
        kw["ids"] = idents_for("RU", kw["inc"].year, city[2])
    return add(name, kind, cc, aliases, **kw)


A_HOLD = company_entity(cyr_company("ПАО", core=" Холдинг"), "other", "RU", lists=["US-SDN", "EU", "UK"],
                        inc=dt.date(2006, 4, 4))
B_HOLD_NAME = "Sorvelis Holdings Ltd"
USED_NAMES.add(B_HOLD_NAME)
B_HOLD = add(B_HOLD_NAME, "other", "CY", inc=dt.date(2016, 1, 19))
LA_HOLD = company_entity(cyr_company("АО", core=" Инвест"), "other", "RU", lists=["US-SDN", "UK"],
                         inc=dt.date(2009, 2, 2))


def person(cc, first, last, lists=()):
    name = f"{first} {last}"
    USED_NAMES.add(name)
    aliases = []
    if any("а" <= ch <= "я" or ch in "ЁёЖж" for ch in name.lower()):
        aliases = [translit(name)]
    return add(name, "other", cc, aliases, addr="", ids=[], inc=None, lists=lists, source="demo:press-and-registry")


def _no_inc(e):
    e["incorporated"] = None
    return e


PEOPLE = [_no_inc(person("RU", "Ильвар", "Драхтов", ["US-SDN", "EU", "UK"])),
          _no_inc(person("RU", "Велимир", "Зорталов")),
          _no_inc(person("HK", "Vaughan", "Tsz-lok Yim")),
          _no_inc(person("AE", "Rashad", "Al Zarvani")),
          _no_inc(person("KG", "Нурбек", "Талвазиев")),
          _no_inc(person("AM", "Gevorg", "Telmaryan")),
          _no_inc(person("TR", "Levent", "Korvelioğlu"))]
for first, last in [("Всеслав", "Кордюмин"), ("Ратибор", "Шелвянский"), ("Зоряна", "Мервицкая"),
                    ("Остромир", "Ладвинцев"), ("Ярополк", "Тевризов")]:
    PEOPLE.append(_no_inc(person("RU", first, last)))
PEOPLE.append(_no_inc(person("KZ", "Ерлан", "Тасвелдинов")))
PEOPLE.append(_no_inc(person("HK", "Leung", "Wai-kit Dorrance")))
EXTRA_OTHERS = [company_entity(western("CY", "trader", desc="Nominees", legal="Ltd"), "other", "CY"),
                company_entity(western("AE", "trader", desc="Corporate Services", legal="FZE"), "other", "AE")]

ALL_BY_ID = {e["id"]: e for e in ENTS}

# --------------------------------------------------------------------------
# Components
# --------------------------------------------------------------------------

PARTS = {  # class -> [(hs6, description, unit price USD, category)]
    "ic": [("854231", "32-bit RISC microcontroller, 168 MHz, 1 MB flash, LQFP-100", 9.5),
           ("854231", "Dual-core DSP, 600 MHz, BGA-256", 38.0),
           ("854231", "Application processor, quad-core 1.5 GHz, BGA-484", 62.0),
           ("854232", "DDR3 SDRAM 4 Gb, FBGA-96", 6.2),
           ("854232", "Serial NOR flash 128 Mb, SOIC-8", 1.9),
           ("854233", "Low-noise RF amplifier 0.4-6 GHz, QFN-16", 4.4),
           ("854233", "Precision dual op-amp, SOIC-8", 3.1),
           ("854239", "FPGA, 85k logic cells, FBGA-484", 145.0),
           ("854239", "RF transceiver 70 MHz-6 GHz, 2x2, BGA-144", 210.0),
           ("854239", "16-bit ADC, 1 MSPS, SPI, TSSOP-16", 14.0),
           ("854239", "Synchronous buck regulator 3 A 36 V, QFN-20", 2.7),
           ("854239", "CAN transceiver, SOIC-8", 1.2)],
    "elec": [("851762", "Radio data modem module 433/868 MHz", 48.0),
             ("851762", "Industrial Ethernet switch, 8 ports", 310.0),
             ("853221", "Tantalum capacitor 100 uF 16 V", 0.9),
             ("853224", "Multilayer ceramic capacitor 10 uF 25 V X7R 0805", 0.08),
             ("854800", "Shielded RF sub-assembly", 22.0),
             ("850440", "DC-DC converter module 28 V in, 5 V 10 A out", 65.0),
             ("852910", "Patch antenna 1.2/1.5 GHz", 12.0),
             ("853690", "Circular connector, 19-pin, ruggedised", 18.0),
             ("853669", "Board-to-board connector, 40-pin", 1.6),
             ("854121", "Small-signal MOSFET, SOT-23", 0.12),
             ("854129", "Power MOSFET 100 V 80 A, TO-220", 2.4),
             ("854110", "Schottky diode 40 V 3 A", 0.2),
             ("854160", "Quartz crystal resonator 25 MHz", 0.35),
             ("854151", "MEMS inertial sensor, 6-axis", 7.5),
             ("852589", "Thermal camera core 640x512", 1850.0),
             ("847150", "Single-board computer module", 240.0)],
    "test": [("903020", "Digital oscilloscope, 4 channels, 1 GHz", 14500.0),
             ("854320", "Vector signal generator 6 GHz", 38000.0),
             ("903032", "Digital multimeter with data logging", 1400.0),
             ("903082", "Semiconductor wafer probe station", 165000.0),
             ("853400", "Bare multilayer printed circuit board, 8 layers", 45.0),
             ("847180", "Rack-mount data acquisition unit", 5200.0)],
    "drone": [("852691", "GNSS receiver module, multi-band, 12x16 mm", 58.0),
              ("852691", "GNSS timing module", 85.0),
              ("850131", "Brushless DC motor 2.2 kW, 170 KV", 210.0),
              ("850131", "Servo actuator motor 45 W", 95.0),
              ("848210", "Deep-groove ball bearing 6204-2RS", 3.8),
              ("880730", "Carbon-fibre propeller set for UAV", 140.0),
              ("880730", "UAV flight-control servo assembly", 420.0)],
    "mech": [("848220", "Tapered roller bearing assembly", 42.0),
             ("848250", "Cylindrical roller bearing", 36.0),
             ("901380", "Laser rangefinder module", 2600.0),
             ("901420", "Air-data computer", 9800.0)],
    "mt": [("845710", "5-axis vertical machining centre", 420000.0),
           ("845811", "CNC horizontal turning centre", 185000.0),
           ("845891", "CNC vertical lathe", 240000.0),
           ("845961", "CNC gantry milling machine", 310000.0),
           ("846693", "CNC controller and spindle unit (machine-tool part)", 26000.0),
           ("845611", "Fibre laser cutting machine 6 kW", 260000.0),
           ("846022", "CNC centreless grinding machine", 150000.0),
           ("846620", "Hydraulic power chuck (work holder)", 3800.0)],
    "benign": [("847130", "Laptop computer, 14-inch", 780.0),
               ("851712", "Smartphone, 128 GB", 260.0),
               ("940360", "Wooden office furniture set", 1450.0),
               ("847160", "Keyboard and mouse set", 24.0)],
}
CATEGORY = {"ic": "electronics", "elec": "electronics", "test": "electronics", "drone": "drone_parts",
            "mech": "other", "mt": "machine_tools", "benign": "other"}
DRONE_SPEC = {M_GNSS["id"]: [0, 1], M_MOTOR["id"]: [2, 3, 4]}
COMPONENTS = []   # dicts: part_number, manufacturer (entity), hs6, category, description, price, cls
BY_MFR = {}


def part_prefix(name):
    letters = [c for c in name.upper() if "A" <= c <= "Z"]
    cons = [c for c in letters[1:] if c not in "AEIOU"]
    return letters[0] + "".join(cons[:2]) if len(cons) >= 2 else "".join(letters[:3])


USED_PARTS = set()
for m in MFRS + OTHER_MFRS:
    cls = m["cls"]
    pool = PARTS[cls]
    n = {"ic": 3, "elec": 2, "test": 1, "drone": 3, "mech": 2, "mt": 2, "benign": 1}[cls]
    if m in (M_A, M_P, M_Q):
        n = 6
    if m["id"] in DRONE_SPEC:
        choices = [pool[i] for i in DRONE_SPEC[m["id"]]]
    else:
        choices = R.sample(pool, min(n, len(pool)))
    pre = part_prefix(m["aliases"][0] if m["country"] == "CN" else m["name"])
    for hs6, desc, price in choices:
        while True:
            pn = f"{pre}{R.randint(10, 99)}{R.choice('ABCDEFGHKLMNPRSTVX')}{R.randint(100, 999)}"
            if hs6[:4] in ("8457", "8458", "8459", "8456", "8460", "8466"):
                pn = f"{pre}-{R.choice(['VM', 'HT', 'VL', 'GM', 'CS', 'LC', 'CG', 'HC'])}{R.randint(200, 990)}"
            pn += R.choice(["", "-T", "-QF", "-R", "/A"]) if cls in ("ic", "elec") else ""
            if pn not in USED_PARTS:
                USED_PARTS.add(pn)
                break
        c = {"part_number": pn, "mfr": m, "hs6": hs6, "category": CATEGORY[cls], "description": desc,
             "price": price * R.uniform(0.7, 1.4), "cls": cls, "pop": R.lognormvariate(0, 0.8)}
        COMPONENTS.append(c)
        BY_MFR.setdefault(m["id"], []).append(c)


# --------------------------------------------------------------------------
# Trade relationships (who sells to whom), then shipments along chains
# --------------------------------------------------------------------------

def hub_country_ok(h, d):
    inc = h["incorporated"]
    return inc is None or d >= inc + dt.timedelta(days=20)


def share_pairs(items, top=None, top_share=0.0, sigma=0.8):
    """Weights over items; the optional `top` gets top_share of the total."""
    pairs = [(it, R.lognormvariate(0, sigma)) for it in items if it is not top]
    rest = sum(w for _, w in pairs)
    if top is not None:
        pairs.insert(0, (top, rest * top_share / (1 - top_share)))
    return pairs


RU_IMP = [e for e in IMPORTERS if e["country"] == "RU"]
BY_IMP = [e for e in IMPORTERS if e["country"] == "BY"]
for h in TRADERS + FWDS + [I2]:
    k = R.randint(4, 7)
    pool = [r for r in RU_IMP if r is not R_H1 and r is not R_T1]
    custs = R.sample(pool, k)
    if R.random() < 0.3:
        custs.append(R.choice(BY_IMP))
    h["customers"] = share_pairs(custs, sigma=0.5)
H1["customers"] = share_pairs([R_H1] + R.sample(RU_IMP[3:], 6) + [BY_IMP[0]], top=R_H1, top_share=0.65)
T1["customers"] = share_pairs([R_T1] + R.sample(RU_IMP[3:], 3), top=R_T1, top_share=0.45)
C1["customers"] = share_pairs(R.sample(RU_IMP[2:], 4), sigma=0.4)
for d in DISTS:   # pre-cutoff direct Russian customers
    d["direct"] = share_pairs(R.sample(RU_IMP[2:40], R.randint(3, 7)) + R.sample(BY_IMP, 1), sigma=0.5)
D1["direct"] = share_pairs(R.sample(RU_IMP[2:40], 12) + R.sample(BY_IMP, 2), sigma=0.6)
RU_EU = [e for e in END_USERS if e["country"] == "RU" and e is not U1]
BY_EU = [e for e in END_USERS if e["country"] == "BY"]
for r in IMPORTERS:
    pool = BY_EU if r["country"] == "BY" and R.random() < 0.7 else RU_EU
    r["endusers"] = share_pairs(R.sample(pool, R.randint(1, 3)), sigma=0.6)
    r["p_end"] = 0.45 if r["lists"] else 0.85
for r in R.sample(RU_IMP[3:], 4):   # the UAV maker also buys through ordinary importers
    r["endusers"].append((U1, 0.5))
for c in CUSTOMERS + HUB_CUSTOMERS:
    c["weight"] = R.lognormvariate(0, 0.6)

# Post-cutoff hub choice per goods class: planted traders get fixed shares,
# the others share the rest by their weights and country specialisation.
COUNTRY_BIAS = {
    "ic": {"HK": 1.6, "CN": 1.4, "AE": 1.0, "TR": 0.5, "KZ": 0.8, "KG": 0.8, "AM": 0.8, "GE": 0.4, "UZ": 0.4,
           "RS": 0.4, "IN": 0.4, "TH": 0.4, "MY": 0.5},
    "elec": {"HK": 1.3, "CN": 1.6, "AE": 0.8, "TR": 0.7, "KZ": 1.0, "KG": 0.9, "AM": 0.9, "GE": 0.5,
             "UZ": 0.5, "RS": 0.5, "IN": 0.5, "TH": 0.5, "MY": 0.5},
    "test": {"HK": 1.0, "CN": 1.2, "AE": 1.0, "TR": 1.0, "KZ": 1.2, "KG": 0.6, "AM": 1.0, "GE": 0.4,
             "UZ": 0.6, "RS": 0.8, "IN": 0.6, "TH": 0.3, "MY": 0.3},
    "drone": {"HK": 0.8, "CN": 1.0, "AE": 0.8, "TR": 0.8, "KZ": 0.6, "KG": 0.4, "AM": 0.4, "GE": 0.3,
              "UZ": 0.3, "RS": 0.3, "IN": 0.3, "TH": 0.3, "MY": 0.3},
    "mech": {"HK": 0.6, "CN": 1.2, "AE": 0.6, "TR": 1.2, "KZ": 1.2, "KG": 0.6, "AM": 0.6, "GE": 0.4,
             "UZ": 0.6, "RS": 0.6, "IN": 0.8, "TH": 0.3, "MY": 0.3},
    "mt": {"HK": 0.2, "CN": 1.3, "AE": 0.5, "TR": 1.0, "KZ": 1.6, "KG": 0.8, "AM": 0.8, "GE": 0.6,
           "UZ": 0.8, "RS": 0.8, "IN": 0.7, "TH": 0.2, "MY": 0.2},
}
PLANTED_SHARE = {  # (class) -> [(trader, share of post-cutoff Russia-bound chains)]
    "ic": [(H1, 0.55), (C1, 0.06), (X_SHELL, 0.03)], "elec": [(H1, 0.45), (C1, 0.12), (X_SHELL, 0.02)],
    "test": [(H1, 0.30), (C1, 0.05)], "drone": [(C1, 0.50), (H1, 0.07)], "mech": [(H1, 0.10), (C1, 0.10)],
    "mt": [(T1, 0.42), (H1, 0.02)]}


# Before the invasion the Caucasus and Central Asia were minor routes; after it they boomed.
PERIOD_BIAS = ({"KG": 0.15, "AM": 0.15, "KZ": 0.4, "GE": 0.3, "UZ": 0.3, "AE": 0.5, "TR": 0.35, "RS": 0.5},
               {"KG": 3.0, "AM": 3.0, "KZ": 3.0, "GE": 1.2, "UZ": 1.2, "AE": 2.5, "TR": 1.2})


def choose_hub(cls, d):
    post = d >= CUTOFF
    planted = [(h, s) for h, s in PLANTED_SHARE[cls] if hub_country_ok(h, d)] if post else []
    taken = sum(s for _, s in planted)
    others = [h for h in TRADERS if h["weight"] > 0 and cls in h["classes"] and hub_country_ok(h, d)]
    if R.random() < taken:
        return wpick(planted)
    bias = PERIOD_BIAS[post]
    return wpick([(h, h["weight"] * COUNTRY_BIAS[cls].get(h["country"], 0.3) * bias.get(h["country"], 1.0))
                  for h in others])


LAND_FWD = {"HK": ["HK", "KZ", "KG"], "CN": ["CN", "KZ", "KG"], "TR": ["TR", "GE", "AM"], "AE": ["AE", "AM"],
            "KZ": ["KZ"], "KG": ["KG", "KZ"], "AM": ["AM", "GE"], "GE": ["GE"], "UZ": ["UZ", "KZ"],
            "RS": ["TR"], "IN": ["AE"], "TH": ["HK"], "MY": ["HK"]}


def choose_fwd(h, d):
    lanes = LAND_FWD.get(h["country"], []) if d >= CUTOFF else [h["country"]]
    opts = [f for f in FWDS if f["country"] in lanes and hub_country_ok(f, d)]
    return R.choice(opts) if opts else None


D_SHARE = {"ic": (0.8, 0.5), "elec": (0.22, 0.15), "test": (0.25, 0.12)}   # D1 (pre, post)


def choose_dist(m, cls, d, benign=False):
    if m is M_X:
        return D_FEED
    pool = [x for x in DISTS if cls in x["classes"] and x is not D_FEED]
    if not benign and cls in D_SHARE:
        share = D_SHARE[cls][0 if d < CUTOFF else 1]
        if R.random() < share:
            return D1
        pool = [x for x in pool if x is not D1]
    elif benign and D1 in pool and R.random() < 0.25:
        return D1
    return wpick([(x, x["weight"]) for x in pool])


def mfrs_of(cls):
    return [m for m in MFRS if m["cls"] == cls]


SHIPMENTS = []   # dicts before ids are assigned


def hs_text(hs6, exporter):
    """HS code as the exporter's paperwork would write it."""
    cc = exporter["country"]
    r = R.random()
    if cc == "US":
        return f"{hs6[:4]}.{hs6[4:]}.0000" if r < 0.7 else hs6
    if cc in ("RU", "BY", "KZ", "KG", "AM"):
        return hs6 + "0000" if r < 0.6 else f"{hs6[:4]}.{hs6[4:]}"
    if cc in ("HK", "CN"):
        return hs6 + "00" if r < 0.5 else f"{hs6[:4]}.{hs6[4:]}"
    if r < 0.3:
        return hs6 + "90"
    return f"{hs6[:4]}.{hs6[4:]}" if r < 0.7 else hs6


SOURCE = {"US": "demo:us-export-filings", "RU": "demo:ru-customs", "BY": "demo:by-customs",
          "KZ": "demo:kz-customs", "KG": "demo:kg-customs", "AM": "demo:am-customs", "TR": "demo:tr-customs",
          "HK": "demo:hk-manifests", "CN": "demo:cn-customs", "AE": "demo:ae-bills-of-lading",
          "IR": "demo:leaked-invoices"}


def emit_chain(nodes, comp, qty, dates, markups):
    price = comp["price"]
    m = comp["mfr"]
    for i, (a, b) in enumerate(zip(nodes, nodes[1:])):
        price *= 1 + markups[i]
        blank_part = i >= 2 and R.random() < 0.15
        src = SOURCE.get(b["country"]) or SOURCE.get(a["country"]) or (
            "demo:eu-export-declarations" if a["country"] in EU_SET else "demo:export-declarations")
        SHIPMENTS.append({
            "date": dates[i], "exporter": a, "importer": b, "hs": hs_text(comp["hs6"], a), "hs6": comp["hs6"],
            "part": "" if blank_part else comp["part_number"], "mfr": "" if blank_part else m["id"],
            "origin": "" if i >= 2 and R.random() < 0.05 else m["country"], "qty": qty,
            "value": round(qty * price, 2), "source": src})


def chain(nodes, comp, start, value_scale, hub_premium=False, before_cutoff=None):
    """Emit one consignment along `nodes`, one shipment per leg, later legs later.

    before_cutoff: index of a leg that must be dated before the cutoff (direct
    sales to Russia before the invasion)."""
    n = len(nodes) - 1
    lags = [0] + [R.randint(5, 45) for _ in range(n - 1)]
    offs = [sum(lags[:i + 1]) for i in range(n)]
    if before_cutoff is not None and start + dt.timedelta(days=offs[before_cutoff]) >= CUTOFF:
        start = CUTOFF - dt.timedelta(days=offs[before_cutoff] + R.randint(1, 40))
    # nobody trades before it exists
    shift = 0
    for i in range(n):
        for e in (nodes[i], nodes[i + 1]):
            if e["incorporated"]:
                shift = max(shift, (e["incorporated"] + dt.timedelta(days=10) - start).days - offs[i])
    start = max(start + dt.timedelta(days=shift), START)
    if start + dt.timedelta(days=offs[-1]) > END:
        start = END - dt.timedelta(days=offs[-1] + R.randint(0, 20))
    dates = [start + dt.timedelta(days=o) for o in offs]
    qty = max(1, round(value_scale / comp["price"]))
    markups = [0.0]
    for a in nodes[1:-1]:
        if a["kind"] in ("trader", "forwarder") and a["country"] not in GECC_SET:
            markups.append(R.uniform(0.18, 0.65) if hub_premium else R.uniform(0.05, 0.15))
        else:
            markups.append(R.uniform(0.06, 0.22))
    emit_chain(nodes, comp, qty, dates, markups)


EU_SET = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
          "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
GECC_SET = {"US", "CA", "GB", "AU", "NZ", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "JP", "LI", "NO", "KR", "CH", "TW"}
MEDIAN = {"ic": 42000, "elec": 26000, "test": 70000, "drone": 24000, "mech": 22000, "mt": 190000,
          "benign": 35000}
SIGMA = {"ic": 0.85, "elec": 0.8, "test": 0.7, "drone": 0.8, "mech": 0.7, "mt": 0.6, "benign": 0.8}


def pick_component(m, cls):
    comps = [c for c in BY_MFR[m["id"]] if c["cls"] == cls]
    return wpick([(c, c["pop"]) for c in comps])


def ru_chain(d, hub_country=None):
    """One Russia-bound consignment starting on day d (hub_country: force a hub there)."""
    post = d >= CUTOFF
    cls = wpick([("ic", 40), ("elec", 24), ("test", 6), ("mt", 8), ("drone", 12 if post else 6), ("mech", 6)])
    ms = mfrs_of(cls)
    m = wpick([(x, x["weight"]) for x in ms])
    comp = pick_component(m, cls)
    scale = MEDIAN[cls] * R.lognormvariate(0, SIGMA[cls])
    nodes = [m]
    keep = None
    direct = R.random() < (0.74 if not post else 0.03) and hub_country is None
    if cls == "mt" and m is M_MT1 and R.random() < (0.9 if post else 0.6):
        nodes.append(T1)           # the Italian maker sells straight to its Turkish "dealer"
        direct = False
    elif cls == "drone" and post and m in (M_GNSS, M_MOTOR) and R.random() < 0.7:
        nodes.append(C1)
    else:
        dist = choose_dist(m, cls, d)
        nodes.append(dist)
        if dist is D_FEED and post:
            direct = False
            nodes.append(H1)
    if direct and nodes[-1]["kind"] == "distributor":
        if R.random() < 0.25:
            nodes.append(R.choice(COAL_FWDS))
        r = wpick(nodes[1]["direct"])
        nodes.append(r)
        keep = len(nodes) - 2
    else:
        if nodes[-1]["kind"] == "distributor" and hub_country:
            nodes.append(R.choice([h for h in TRADERS if h["country"] == hub_country and h["weight"] > 0
                                   and hub_country_ok(h, d)]))
        elif nodes[-1]["kind"] == "distributor":
            nodes.append(choose_hub(cls, d + dt.timedelta(days=30)))
        h = nodes[-1]
        if h is C1 and cls == "drone" and R.random() < 0.7:
            nodes += [I1, U1]
            chain(nodes, comp, d, scale, hub_premium=True)
            return
        if h is not H1 and h is not T1 and R.random() < 0.28:
            f = choose_fwd(h, d + dt.timedelta(days=40))
            if f:
                nodes.append(f)
        r = wpick(nodes[-1]["customers"] if "customers" in nodes[-1] else h["customers"])
        nodes.append(r)
    r = nodes[-1]
    if R.random() < r["p_end"]:
        nodes.append(wpick(r["endusers"]))
    if cls == "drone" and nodes[-1]["kind"] == "end_user" and nodes[-1]["country"] == "RU" and R.random() < 0.25:
        nodes[-1] = U1
    chain(nodes, comp, d, scale, hub_premium=post, before_cutoff=keep if direct and not post else None)


def benign_chain(d):
    cls = wpick([("ic", 25), ("elec", 20), ("test", 8), ("mt", 12), ("drone", 7), ("mech", 6), ("benign", 22)])
    pool = mfrs_of(cls) + ([x for x in OTHER_MFRS if x["cls"] == cls] if R.random() < 0.15 else [])
    if d >= CUTOFF:   # after the invasion the feeder's maker sells only to the feeder, for Hong Kong
        pool = [x for x in pool if x is not M_X]
    m = wpick([(x, x["weight"]) for x in pool])
    comp = pick_component(m, cls)
    scale = MEDIAN[cls] * R.lognormvariate(0, SIGMA[cls])
    nodes = [m]
    if m["country"] in GECC_SET and (R.random() < 0.75 or m is M_X):
        nodes.append(choose_dist(m, cls, d, benign=True))
    if R.random() < 0.72:
        nodes.append(wpick([(c, c["weight"]) for c in CUSTOMERS]))
    else:
        if R.random() < 0.45:   # a hub trader's ordinary local business
            h = wpick([(x, x["weight"] + 0.3) for x in TRADERS
                       if x["weight"] > 0 and (cls in x["classes"] or cls == "benign")])
            if not hub_country_ok(h, d):
                h = T1
            nodes.append(h)
        nodes.append(wpick([(c, c["weight"]) for c in HUB_CUSTOMERS]))
    if len(nodes) < 2:
        nodes.append(wpick([(c, c["weight"]) for c in CUSTOMERS]))
    chain(nodes, comp, d, scale)


def consumer_chain(d):
    """Laptops and phones for Russian retail (not controlled, not military)."""
    m = wpick([(x, x["weight"]) for x in mfrs_of("benign")])
    comp = pick_component(m, "benign")
    scale = MEDIAN["benign"] * R.lognormvariate(0.4, 0.8)
    nodes = [m, choose_dist(m, "benign", d, benign=True)]
    if d >= CUTOFF:
        nodes.append(wpick([(h, h["weight"] + 0.2) for h in TRADERS if h["country"] in ("KZ", "KG", "AM", "AE")
                            and hub_country_ok(h, d)]))
    nodes.append(R.choice(CONSUMER_IMPORTERS))
    chain(nodes, comp, d, scale)


def iran_chain(d):
    """Electronics for Iran's own drone programme, through Chinese and Emirati traders."""
    cls = wpick([("ic", 3), ("elec", 2), ("drone", 2)])
    m = wpick([(x, x["weight"]) for x in mfrs_of(cls)])
    comp = pick_component(m, cls)
    h = wpick([(x, x["weight"] + 0.2) for x in TRADERS if x["country"] in ("CN", "AE", "HK") and x is not H1
               and hub_country_ok(x, d)])
    nodes = [m, choose_dist(m, cls, d, benign=True), h, I2, I3]
    chain(nodes, comp, d, MEDIAN[cls] * R.lognormvariate(0, SIGMA[cls]), hub_premium=True)


def monthly_rate(y, mth):
    if (y, mth) < (2022, 2) or (y, mth) == (2022, 2):
        return 19
    return {2022: {3: 4, 4: 6, 5: 9, 6: 11, 7: 13, 8: 14}.get(mth, 16), 2023: 19, 2024: 16, 2025: 13}[y]


# The Caucasus and Central Asian route existed before the invasion, on a small scale.
for hc in ["KZ", "KG", "AM"] * 3:
    ru_chain(rdate(dt.date(2021, 1, 15), dt.date(2021, 11, 30)), hub_country=hc)
y, mth = 2021, 1
while (y, mth) <= (2025, 12):
    first = dt.date(y, mth, 1)
    last = (dt.date(y + (mth == 12), mth % 12 + 1, 1) - dt.timedelta(days=1))
    for _ in range(round(monthly_rate(y, mth) * R.uniform(0.85, 1.15))):
        d = rdate(first, last)
        if d < CUTOFF and d + dt.timedelta(days=60) >= CUTOFF and R.random() < 0.5:
            d = d - dt.timedelta(days=60)
        ru_chain(max(d, START))
    for _ in range(round(6 * R.uniform(0.8, 1.2))):
        benign_chain(rdate(first, last))
    for _ in range(R.randint(0, 2)):
        consumer_chain(rdate(first, last))
    if R.random() < 0.35:
        iran_chain(rdate(first, last))
    y, mth = (y + (mth == 12), mth % 12 + 1)

SHIPMENTS.sort(key=lambda s: (s["date"], s["exporter"]["id"], s["importer"]["id"], s["value"]))
for i, s in enumerate(SHIPMENTS, 1):
    s["id"] = f"S{i:06d}"


# --------------------------------------------------------------------------
# Findings: parts recovered from weapon systems
# --------------------------------------------------------------------------

WEAPONS = [  # (designation, carries drone parts such as GNSS, motors, propellers)
    ("Kvestor-3 loitering munition", True), ("Salvik-12 reconnaissance UAV", True),
    ("Type-41 reconnaissance UAV", True), ("Tuchkan-9 attack UAV", True),
    ("Lunitsa-7 loitering munition", True), ("Yarvik-3 FPV strike drone", True),
    ("Type-77 one-way attack UAV", True), ("Brezhan-6 heavy reconnaissance UAV", True),
    ("Drovnik-M cruise missile", True), ("Zhelvak-K anti-ship missile", True),
    ("Polynar-M ballistic missile", True), ("Ozerets-2 glide bomb guidance kit", True),
    ("Vitran-2 guided artillery shell", True), ("Pelmar-5 electronic warfare system", False),
    ("Vetlan-K MLRS fire-control unit", False), ("Grelok-2 tactical radio", False),
    ("Shelkan-S air-defence radar", False), ("Sirovets-4 counter-battery radar", False),
    ("Tumanets-T thermal sight", False), ("Gradets-12 fire-control system", False)]
W_NAMES = [w for w, _ in WEAPONS]
W_DRONE = [w for w, dr in WEAPONS if dr]
W_SINGLE = {"Kvestor-3 loitering munition": M_GNSS, "Type-41 reconnaissance UAV": M_MOTOR}
PARENT = {sub["id"]: par["id"] for sub, par in SUBS}


def comps_of(m, category):
    return [c for c in BY_MFR.get(m["id"], []) if c["category"] == category]


FIND = {}   # (weapon, manufacturer id) -> [components]


def put(w, m, category, k=None):
    comps = comps_of(m, category)
    if not comps:
        return
    k = k or min(len(comps), R.choice([1, 1, 1, 2, 2]))
    have = FIND.setdefault((w, m["id"]), [])
    for c in R.sample(comps, min(k, len(comps))):
        if c not in have:
            have.append(c)


# Planted coverage: Valdoria in 12 systems; Corvane in 8 and its subsidiary
# Ostrelind in 7, 13 together (so the roll-up overtakes Valdoria).
A_SET = R.sample(W_NAMES, 12)
u = R.sample(W_NAMES, 13)
P_SET, Q_SET = u[:8], u[6:]
for w in A_SET:
    put(w, M_A, "electronics")
for w in P_SET:
    put(w, M_P, "electronics")
for w in Q_SET:
    put(w, M_Q, "electronics")
elec_makers = [m for m in MFRS + OTHER_MFRS if comps_of(m, "electronics") and m not in (M_A, M_P, M_Q)
               and m["cls"] != "test"]
drone_makers = [m for m in MFRS + OTHER_MFRS if comps_of(m, "drone_parts")]
for m in elec_makers:
    k = min(8, max(1, round(R.lognormvariate(1.0, 0.6))))
    for w in R.sample(W_NAMES, k):
        put(w, m, "electronics")
for w, m in W_SINGLE.items():
    put(w, m, "drone_parts", k=len(comps_of(m, "drone_parts")))
for w in W_DRONE:
    if w in W_SINGLE:
        continue
    for m in R.sample(drone_makers, R.randint(2, 4)):
        put(w, m, "drone_parts")


def roll(mid):
    return PARENT.get(mid, mid)


def makers(w, category, rolled):
    out = []
    for (ww, mid), comps in FIND.items():
        if ww == w and any(c["category"] == category for c in comps):
            x = roll(mid) if rolled else mid
            if x not in out:
                out.append(x)
    return out


# Every other (system, category) has at least three makers raw and two rolled up.
for w, dr in WEAPONS:
    for category in ["electronics"] + (["drone_parts"] if dr else []):
        if category == "drone_parts" and w in W_SINGLE:
            continue
        pool = elec_makers if category == "electronics" else drone_makers
        while len(makers(w, category, False)) < 3 or len(makers(w, category, True)) < 2:
            put(w, R.choice(pool), category)


def coverage(rolled):
    cov = {}
    for (w, mid) in FIND:
        x = roll(mid) if rolled else mid
        cov.setdefault(x, [])
        if w not in cov[x]:
            cov[x].append(w)
    return cov


raw_cov, rolled_cov = coverage(False), coverage(True)
assert len(raw_cov[M_A["id"]]) == 12 and len(rolled_cov[M_P["id"]]) == 13, "planted coverage"
assert all(len(v) < 12 for k, v in raw_cov.items() if k != M_A["id"]), "Valdoria must lead raw"
assert all(len(v) < 12 for k, v in rolled_cov.items() if k not in (M_A["id"], M_P["id"])), "roll-up order"
for w, m in W_SINGLE.items():
    assert makers(w, "drone_parts", False) == [m["id"]] and makers(w, "drone_parts", True) == [m["id"]]

FINDINGS = []
for (w, mid), comps in FIND.items():
    for c in comps:
        FINDINGS.append({"mfr": mid, "part": c["part_number"], "weapon": w,
                         "date": rdate(dt.date(2022, 3, 1), dt.date(2025, 11, 30))})
for f in FINDINGS:
    code = "".join(ch for ch in f["weapon"].split()[0] if ch.isalnum()).lower()
    f["source"] = f"demo:teardown-{code}-{f['date'].year}"
FINDINGS.sort(key=lambda f: (f["date"], f["weapon"], f["mfr"], f["part"]))


# --------------------------------------------------------------------------
# Links: ownership, control, directors, shared addresses and contacts
# --------------------------------------------------------------------------

LINKS = []


def link(a, b, rel, share=None, source="demo:corporate-registry"):
    LINKS.append({"from": a["id"], "to": b["id"], "rel": rel, "share": share, "source": source})


for sub, par in SUBS:
    link(sub, par, "subsidiary_of", source="demo:annual-report")
    link(par, sub, "owns", 100, source="demo:annual-report")
L_B = IMPORTERS[3]
assert L_B["lists"] and LA_HOLD["lists"] and A_HOLD["lists"] and R_T1["lists"]
link(LA_HOLD, O1, "owns", 30)                  # 30% + 25% = 55% held by listed parties
link(L_B, O1, "owns", 25)
link(PEOPLE[4], O1, "owns", 45)
link(PEOPLE[4], O1, "director_of")
link(A_HOLD, B_HOLD, "owns", 60)               # chain: 60% x 50% = 30% of CH_C
link(EXTRA_OTHERS[0], B_HOLD, "owns", 40)
link(B_HOLD, CH_C, "owns", 50)
link(PEOPLE[2], CH_C, "owns", 50)
link(R_T1, E50, "owns", 50)                    # exactly 50%
link(PEOPLE[5], E50, "owns", 50)
link(PEOPLE[5], E50, "director_of")
for eu in R.sample(RU_EU, 3):
    link(A_HOLD, eu, "owns", 100)
link(A_HOLD, RU_EU[5], "owns", 51)
link(LA_HOLD, R_BIG, "controls")
link(PEOPLE[0], A_HOLD, "director_of")
link(PEOPLE[0], R_BIG, "director_of")
link(PEOPLE[1], IMPORTERS[5], "director_of")
link(PEOPLE[1], IMPORTERS[9], "director_of")
link(PEOPLE[2], H1, "director_of")
link(PEOPLE[2], H_OLD, "director_of")
link(H1, H_OLD, "shares_contact", source="demo:hk-manifests")
link(X_SHELL, L_AE, "shares_address")          # the shell and the listed firm
link(PEOPLE[3], X_SHELL, "director_of")
link(EXTRA_OTHERS[1], L_AE, "director_of")
link(EXTRA_OTHERS[1], X_SHELL, "controls")
link(HK_CLUSTER[1], HK_CLUSTER[0], "shares_address")
link(HK_CLUSTER[2], HK_CLUSTER[0], "shares_address")
link(PEOPLE[6], T1, "director_of")
link(I1, I2, "shares_contact", source="demo:leaked-invoices")
link(U1, I3, "shares_contact", source="demo:leaked-invoices")
for r in R.sample(RU_IMP[4:], 6):   # importers set up by end users' holding companies
    link(wpick([(e, 1.0) for e in RU_EU]), r, "owns", R.choice([25, 49, 51, 75, 100]))
for pp in PEOPLE[7:12]:            # Russian directors and owners of importers
    firms = R.sample(RU_IMP[4:], 3)
    link(pp, firms[0], "owns", 100)
    for f in firms:
        link(pp, f, "director_of")
mass = R.sample(RU_IMP[10:], 3)    # a mass-registration address in Moscow
mass_addr = "109316, г. Москва, Волгоградский пр-т, д. 42, корп. 5, офис 18"
for r in mass:
    r["address"] = mass_addr
link(mass[1], mass[0], "shares_address", source="demo:ru-registry")
link(mass[2], mass[0], "shares_address", source="demo:ru-registry")
kz = [h for h in TRADERS if h["country"] == "KZ"]
link(PEOPLE[12], kz[0], "director_of")
link(PEOPLE[12], kz[1], "director_of")
link(PEOPLE[12], kz[1], "owns", 70)
link(kz[1], kz[0], "shares_contact")
link(PEOPLE[13], HK_CLUSTER[0], "director_of")
link(PEOPLE[13], HK_CLUSTER[1], "director_of")
link(PEOPLE[13], HK_CLUSTER[2], "director_of")
link(PEOPLE[13], CH_C, "director_of")
cn = [h for h in TRADERS if h["country"] == "CN" and h is not C1]
link(cn[0], C1, "shares_contact", source="demo:cn-customs")
link(C1, cn[1], "owns", 100)
for d in R.sample(DISTS[2:], 3):  # ordinary corporate groups among coalition firms
    par = R.choice([m for m in MFRS if m["country"] == d["country"]] or [MFRS[0]])
    link(par, d, "owns", R.choice([51, 100]))
seen = set()
LINKS = [l for l in LINKS if not ((l["from"], l["to"], l["rel"]) in seen or seen.add((l["from"], l["to"], l["rel"])))]


# --------------------------------------------------------------------------
# Flows: country-level trade statistics (mirror data)
# --------------------------------------------------------------------------

FLOW_HS = ["854231", "854232", "854239", "852691", "853224", "880730", "848210", "845961"]
MONTHLY_HS = ["854231", "854239", "852691", "845961"]
REPORTERS = {"DE": 1.0, "US": 0.9, "JP": 0.6, "IT": 0.45, "FR": 0.4, "NL": 0.35, "GB": 0.3, "KR": 0.3}
PARTNERS = {"RU": 1.0, "BY": 0.15, "KG": 0.012, "AM": 0.018, "KZ": 0.08, "TR": 0.45, "AE": 0.3, "HK": 0.6,
            "CN": 1.4, "GE": 0.025}
# level after the cutoff relative to before it (2021 = 1), reached by 2023
AFTER = {"RU": 0.12, "BY": 0.15, "KG": 11.0, "AM": 7.5, "KZ": 5.5, "TR": 1.6, "AE": 1.8, "HK": 1.9, "CN": 1.3,
         "GE": 2.2}
HUB_REPORTERS = {"KG": (0.006, 14.0), "AM": (0.009, 9.0), "KZ": (0.05, 5.0), "TR": (0.1, 3.0), "AE": (0.07, 4.0)}
HS_W = {"854231": 1.0, "854232": 0.5, "854239": 0.9, "852691": 0.25, "853224": 0.3, "880730": 0.2,
        "848210": 0.35, "845961": 0.4}
BASE = 42_000_000  # DE -> RU, 854231, 2021, USD


def level(after, y, mth):
    """Multiplier of a series in month (y, mth): 1 before March 2022, then towards `after`."""
    if (y, mth) < (2022, 3):
        return 1.0
    k = (y - 2022) * 12 + mth - 3          # months since March 2022
    ramp = min(1.0, (k + 1) / 10)
    if after < 1:
        return 1 - (1 - after) * max(ramp, 0.6)
    fade = 1.0 if y < 2024 else 0.85      # 2024: enforcement bites a little
    return (1 + (after - 1) * ramp) * fade


MONTHS = [(y, m) for y in range(2021, 2025) for m in range(1, 13)]
FLOWS = []


def series(reporter, partner, hs, base, after, monthly, flow="export", source="demo:comtrade-mirror"):
    vals = {}
    for y, m in MONTHS:
        season = 1 + 0.12 * math.sin((m - 2) / 12 * 2 * math.pi)
        vals[(y, m)] = base / 12 * level(after, y, m) * season * R.uniform(0.8, 1.2)
    if monthly:
        for (y, m), v in vals.items():
            FLOWS.append((f"{y}-{m:02d}", reporter, partner, flow, hs, round(v), source))
    else:
        for y in range(2021, 2025):
            FLOWS.append((str(y), reporter, partner, flow, hs, round(sum(vals[(y, m)] for m in range(1, 13))),
                          source))
    return vals


EXPORTS = {}
for rep, rw in REPORTERS.items():
    for par, pw in PARTNERS.items():
        for hs in FLOW_HS:
            monthly = rep in ("DE", "US") and par in ("RU", "KG", "AM", "KZ") and hs in MONTHLY_HS
            base = BASE * rw * pw * HS_W[hs] * R.uniform(0.6, 1.4)
            src = "demo:eurostat-comext" if rep in ("DE", "IT", "FR", "NL") else "demo:comtrade"
            EXPORTS[(rep, par, hs)] = series(rep, par, hs, base, AFTER[par] * R.uniform(0.85, 1.15), monthly,
                                             source=src)
for rep, (share, after) in HUB_REPORTERS.items():
    for par in ("RU", "BY"):
        for hs in FLOW_HS:
            monthly = rep in ("KG", "AM", "KZ") and par == "RU" and hs in MONTHLY_HS
            base = BASE * share * HS_W[hs] * (1 if par == "RU" else 0.2) * R.uniform(0.6, 1.4)
            series(rep, par, hs, base, after * R.uniform(0.85, 1.15), monthly, source="demo:comtrade")
for rep in ("KG", "AM", "KZ"):   # hubs' own import statistics: the mirror of coalition exports (CIF)
    for par in ("DE", "US"):
        for hs in FLOW_HS:
            vals = EXPORTS[(par, rep, hs)]
            for y in range(2021, 2025):
                v = sum(vals[(y, m)] for m in range(1, 13)) * 1.06 * R.uniform(0.8, 1.1)
                FLOWS.append((str(y), rep, par, "import", hs, round(v), "demo:comtrade"))
FLOWS.sort(key=lambda f: (f[1], f[2], f[3], f[4], f[0]))


# --------------------------------------------------------------------------
# Write the files
# --------------------------------------------------------------------------

def write(name, header, rows):
    with open(OUT / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


write("entities.csv", ["id", "name", "kind", "country", "aliases", "address", "identifiers", "incorporated",
                       "lists", "source"],
      [[e["id"], e["name"], e["kind"], e["country"], ";".join(e["aliases"]), e["address"],
        ";".join(e["identifiers"]), day(e["incorporated"]) if e["incorporated"] else "", ";".join(e["lists"]),
        e["source"]] for e in ENTS])
write("components.csv", ["part_number", "manufacturer_id", "hs_code", "category", "description"],
      [[c["part_number"], c["mfr"]["id"], f"{c['hs6'][:4]}.{c['hs6'][4:]}", c["category"], c["description"]]
       for c in COMPONENTS])
write("shipments.csv", ["id", "date", "exporter_id", "importer_id", "hs_code", "part_number", "manufacturer_id",
                        "origin_country", "quantity", "value_usd", "source"],
      [[s["id"], day(s["date"]), s["exporter"]["id"], s["importer"]["id"], s["hs"], s["part"], s["mfr"],
        s["origin"], s["qty"], f"{s['value']:.2f}", s["source"]] for s in SHIPMENTS])
write("links.csv", ["from_id", "to_id", "relation", "share", "source"],
      [[l["from"], l["to"], l["rel"], "" if l["share"] is None else l["share"], l["source"]] for l in LINKS])
write("findings.csv", ["manufacturer_id", "part_number", "weapon_system", "found_on", "source"],
      [[f["mfr"], f["part"], f["weapon"], day(f["date"]), f["source"]] for f in FINDINGS])
write("flows.csv", ["period", "reporter", "partner", "flow", "hs_code", "value", "currency", "source"],
      [[p, r, pa, fl, hs, v, "USD", src] for p, r, pa, fl, hs, v, src in FLOWS])
print(f"wrote {len(ENTS)} entities, {len(COMPONENTS)} components, {len(SHIPMENTS)} shipments, "
      f"{len(LINKS)} links, {len(FINDINGS)} findings, {len(FLOWS)} flows to {OUT}")
