"""Surface forms of a lexicon entry: inflection by part of speech, French and English.

Generation errs on the side of too many forms: a form that does not exist in the language never
occurs in a text, so it costs nothing; a missing form is a missed term. Irregular forms go in the
entry's ``forms`` column. Parts of speech (the ``pos`` column):

- ``x``   invariable, matched as written (adverbs, fixed expressions); the default;
- ``n``   noun: singular and plural (a multi-word noun inflects its head);
- ``a``   adjective or noun with a feminine: masculine/feminine, singular/plural, and the
          adverb in -ment / -ly (honteusement, outrageously);
- ``v``   verb: every simple tense, the participles with agreement (French -er, -ir, -dre
          verbs; English regular verbs); a French reflexive verb keeps its pronoun (s'insurge,
          se sont insurgés); in a multi-word verb only the first word is conjugated;
- ``pre`` a prefix written with its hyphen (``ultra-``): any word that starts with it.
"""

from __future__ import annotations

import itertools

POS = ("x", "n", "a", "v", "pre")

_FR_FUNCTION = frozenset(
    "de d' du des la le les l' à au aux en et ou pour par sur sous avec sans contre entre "
    "dans chez vers comme que qui".split()
)
_EN_FUNCTION = frozenset("of the a an and or to for in on with by from against as".split())
_ACCENT_INITIAL = str.maketrans("éèêëàâäîïôöûüùç", "eeeeaaaiioouuuc")


def surface_forms(entry: str, pos: str, lang: str) -> list[str]:
    """All lower-cased surface forms of ``entry`` (the entry itself first)."""
    base = entry.lower().replace("’", "'")
    if pos == "pre":
        return [base]
    if lang == "fr":
        forms = _fr_forms(base, pos)
    else:
        forms = _en_forms(base, pos)
    return variants(forms)


def variants(forms: list[str]) -> list[str]:
    """Spelling variants: unaccented capitals (Etat for État), hyphenated words joined."""
    out: dict[str, None] = {}
    for f in forms:
        out[f] = None
        words = f.split(" ")
        plain = " ".join(w[:1].translate(_ACCENT_INITIAL) + w[1:] for w in words)
        out[plain] = None
    for f in list(out):
        if "-" in f:  # néo-nazi -> néonazi; a spaced variant must be listed in ``forms``
            out[f.replace("-", "")] = None
    return [f for f in out if f]


# -- French -----------------------------------------------------------------------------------

def _fr_forms(base: str, pos: str) -> list[str]:
    if pos == "x":
        return [base]
    words = base.split(" ")
    if pos == "v":
        if base.startswith("se ") or base.startswith("s'"):
            return _fr_reflexive(base[3:] if base.startswith("se ") else base[2:])
        head, rest = words[0], words[1:]
        tail = (" " + " ".join(rest)) if rest else ""
        forms = [base] + [f + tail for f in fr_conjugate(head)]
        return list(dict.fromkeys(forms))
    # nouns and adjectives: inflect each word up to the first function word
    k = next((i for i, w in enumerate(words) if w in _FR_FUNCTION or w.endswith("'")),
             len(words))
    head, rest = words[:k], words[k:]
    if not head:
        return [base]
    tail = (" " + " ".join(rest)) if rest else ""
    per_word: list[list[str]] = []
    for w in head:
        if pos == "a":
            per_word.append(fr_adjective(w))
        else:
            per_word.append([w, *fr_plural(w)])
    # every combination of the inflected head words (a few dozen at most): over-generation
    # is harmless, and agreement errors in texts still match
    forms = [base]
    for combo in itertools.product(*per_word):
        forms.append(" ".join(combo) + tail)
    return list(dict.fromkeys(forms))


_BE = ("s'est", "se sont", "s'était", "s'étaient", "se serait", "se seraient", "s'être",
       "se sera", "se seront", "se soit", "se soient", "s'étant")


def _fr_reflexive(verb: str) -> list[str]:
    """A reflexive verb is matched with its pronoun (s'emporte, se sont emportés): without it,
    many are another verb (emporter, vanter, garder)."""
    words = verb.split(" ")
    head, rest = words[0], words[1:]
    tail = (" " + " ".join(rest)) if rest else ""
    out: list[str] = []
    for f in fr_conjugate(head):
        pronoun = "s'" if f[:1] in "aeiouyhéèêâîôû" else "se "
        out.append(pronoun + f + tail)
    for p in fr_participles(head):
        out += [f"{be} {p}{tail}" for be in _BE]
    return list(dict.fromkeys(out))


def fr_participles(verb: str) -> list[str]:
    found = _principal_parts(verb)
    if found is not None:
        pre, _key, parts = found
        return _participle_forms(pre + parts[4])
    if verb.endswith("er"):
        return [verb[:-2] + e for e in ("é", "ée", "és", "ées")]
    if verb.endswith("ir"):
        return [verb[:-2] + e for e in ("i", "ie", "is", "ies")]
    if verb.endswith("dre"):
        return [verb[:-2] + e for e in ("u", "ue", "us", "ues")]
    return []


def fr_plural(w: str) -> list[str]:
    if w.endswith(("s", "x", "z")):
        return [w]
    if w.endswith("al"):
        return [w[:-2] + "aux", w + "s"]
    if w.endswith(("eau", "au", "eu")):
        return [w + "x", w + "s"]
    if w.endswith("ail"):
        return [w + "s", w[:-3] + "aux"]
    return [w + "s"]


def fr_feminine(w: str) -> list[str]:
    if w.endswith("e") and not w.endswith("é"):
        return [w]
    if w.endswith("teur"):
        return [w[:-4] + "trice", w[:-4] + "teuse", w + "e"]
    if w.endswith("eur"):
        return [w[:-3] + "euse", w + "e"]
    if w.endswith("eux"):
        return [w[:-3] + "euse"]
    if w.endswith("oux"):
        return [w[:-1] + "ce", w[:-1] + "se"]
    if w.endswith("aux"):
        return [w[:-1] + "sse"]
    if w.endswith("if"):
        return [w[:-1] + "ve"]
    if w.endswith(("el", "eil", "ul")):
        return [w + "le"]
    if w.endswith(("en", "on")):
        return [w + "ne"]
    if w.endswith("er"):
        return [w[:-2] + "ère"]
    if w.endswith(("et", "ot")):
        return [w + "te", w[:-2] + "ète", w + "e"]
    if w.endswith("c"):
        return [w[:-1] + "que", w + "he"]
    if w.endswith("s"):
        return [w + "e", w + "se"]
    if w.endswith("g"):
        return [w + "ue"]
    return [w + "e"]


def fr_adjective(w: str) -> list[str]:
    """masc. sing., fem. sing. (all candidates), masc. plur., fem. plur., the -ment adverb."""
    fem = fr_feminine(w)
    out = [w, *fem, *fr_plural(w)]
    out += [f + "s" for f in fem]
    out += fr_adverb(w, fem[0])
    return list(dict.fromkeys(out))


def fr_adverb(masc: str, fem: str) -> list[str]:
    """honteux -> honteusement, violent -> violemment, absolu -> absolument."""
    if masc.endswith("ant"):
        return [masc[:-3] + "amment"]
    if masc.endswith("ent"):
        return [masc[:-3] + "emment"]
    if masc.endswith(("i", "é", "u")):
        return [masc + "ment"]
    return [fem + "ment"]


_ER = {
    "pres": ("e", "es", "e", "ons", "ez", "ent"),
    "impf": ("ais", "ait", "ions", "iez", "aient"),
    "ps": ("ai", "as", "a", "âmes", "âtes", "èrent"),
    "fut": ("erai", "eras", "era", "erons", "erez", "eront"),
    "cond": ("erais", "erait", "erions", "eriez", "eraient"),
    "subj_impf": ("asse", "asses", "ât", "assions", "assiez", "assent"),
    "part": ("é", "ée", "és", "ées", "ant", "er"),
}


# principal parts of irregular verbs (and of their compounds: dé+mentir, sou+tenir):
# 3sg, 3pl, 1sg, imperfect stem, participle (m.sg), future stem, present participle,
# passé simple 3sg, passé simple 3pl
_IRREGULAR = {
    "faire": ("fait", "font", "fais", "fais", "fait", "fer", "faisant", "fit", "firent"),
    "mettre": ("met", "mettent", "mets", "mett", "mis", "mettr", "mettant", "mit", "mirent"),
    "prendre": ("prend", "prennent", "prends", "pren", "pris", "prendr", "prenant", "prit",
                "prirent"),
    "tenir": ("tient", "tiennent", "tiens", "ten", "tenu", "tiendr", "tenant", "tint",
              "tinrent"),
    "venir": ("vient", "viennent", "viens", "ven", "venu", "viendr", "venant", "vint",
              "vinrent"),
    "dire": ("dit", "disent", "dis", "dis", "dit", "dir", "disant", "dit", "dirent"),
    "voir": ("voit", "voient", "vois", "voy", "vu", "verr", "voyant", "vit", "virent"),
    "ouvrir": ("ouvre", "ouvrent", "ouvre", "ouvr", "ouvert", "ouvrir", "ouvrant", "ouvrit",
               "ouvrirent"),
    "couvrir": ("couvre", "couvrent", "couvre", "couvr", "couvert", "couvrir", "couvrant",
                "couvrit", "couvrirent"),
    "offrir": ("offre", "offrent", "offre", "offr", "offert", "offrir", "offrant", "offrit",
               "offrirent"),
    "souffrir": ("souffre", "souffrent", "souffre", "souffr", "souffert", "souffrir",
                 "souffrant", "souffrit", "souffrirent"),
    "mentir": ("ment", "mentent", "mens", "ment", "menti", "mentir", "mentant", "mentit",
               "mentirent"),
    "sentir": ("sent", "sentent", "sens", "sent", "senti", "sentir", "sentant", "sentit",
               "sentirent"),
    "battre": ("bat", "battent", "bats", "batt", "battu", "battr", "battant", "battit",
               "battirent"),
    "rompre": ("rompt", "rompent", "romps", "romp", "rompu", "rompr", "rompant", "rompit",
               "rompirent"),
    "croire": ("croit", "croient", "crois", "croy", "cru", "croir", "croyant", "crut",
               "crurent"),
    "craindre": ("craint", "craignent", "crains", "craign", "craint", "craindr", "craignant",
                 "craignit", "craignirent"),
    "traindre": ("traint", "traignent", "trains", "traign", "traint", "traindr", "traignant",
                 "traignit", "traignirent"),
    "plaindre": ("plaint", "plaignent", "plains", "plaign", "plaint", "plaindr", "plaignant",
                 "plaignit", "plaignirent"),
    "geindre": ("geint", "geignent", "geins", "geign", "geint", "geindr", "geignant",
                "geignit", "geignirent"),
    "eindre": ("eint", "eignent", "eins", "eign", "eint", "eindr", "eignant", "eignit",
               "eignirent"),
    "uire": ("uit", "uisent", "uis", "uis", "uit", "uir", "uisant", "uisit", "uisirent"),
    "crire": ("crit", "crivent", "cris", "criv", "crit", "crir", "crivant", "crivit",
              "crivirent"),
    "naître": ("naît", "naissent", "nais", "naiss", "nu", "naîtr", "naissant", "nut",
               "nurent"),
    "aître": ("aît", "aissent", "ais", "aiss", "u", "aîtr", "aissant", "ut", "urent"),
    "vivre": ("vit", "vivent", "vis", "viv", "vécu", "vivr", "vivant", "vécut", "vécurent"),
    "suivre": ("suit", "suivent", "suis", "suiv", "suivi", "suivr", "suivant", "suivit",
               "suivirent"),
    "courir": ("court", "courent", "cours", "cour", "couru", "courr", "courant", "courut",
               "coururent"),
    "fuir": ("fuit", "fuient", "fuis", "fuy", "fui", "fuir", "fuyant", "fuit", "fuirent"),
    "servir": ("sert", "servent", "sers", "serv", "servi", "servir", "servant", "servit",
               "servirent"),
    "rire": ("rit", "rient", "ris", "ri", "ri", "rir", "riant", "rit", "rirent"),
    "taire": ("tait", "taisent", "tais", "tais", "tu", "tair", "taisant", "tut", "turent"),
    "vouloir": ("veut", "veulent", "veux", "voul", "voulu", "voudr", "voulant", "voulut",
                "voulurent"),
    "pouvoir": ("peut", "peuvent", "peux", "pouv", "pu", "pourr", "pouvant", "put",
                "purent"),
    "savoir": ("sait", "savent", "sais", "sav", "su", "saur", "sachant", "sut", "surent"),
}
# -ir verbs of the second group that end like an irregular one
_SECOND_GROUP = frozenset({"asservir", "assortir", "répartir", "aboutir", "anéantir",
                           "investir", "engloutir", "assujettir", "ralentir", "avertir",
                           "convertir", "divertir", "pervertir", "garantir", "nantir"})


def _principal_parts(verb: str) -> tuple[str, str, tuple[str, ...]] | None:
    """``(prefix, irregular verb, its principal parts)`` when ``verb`` is one of the irregular
    verbs or a compound of one (dé+mentir, sou+tenir), else None."""
    if verb in _SECOND_GROUP:
        return None
    for key in sorted(_IRREGULAR, key=len, reverse=True):
        if verb.endswith(key) and (verb == key or len(verb) - len(key) <= 6):
            pre = verb[: len(verb) - len(key)]
            if key == "voir" and pre not in ("", "re", "pré", "entre"):
                continue  # recevoir, devoir are another pattern
            return pre, key, _IRREGULAR[key]
    return None


def _irregular(verb: str) -> list[str] | None:
    found = _principal_parts(verb)
    if found is None:
        return None
    pre, key, (sg3, pl3, sg1, impf, part, fut, ppr, ps, pspl) = found
    out = [key, sg3, pl3, sg1, ppr, ps, pspl]
    out += [impf + e for e in ("ais", "ait", "ions", "iez", "aient")]
    out += [fut + e for e in ("ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "aient")]
    out += _participle_forms(part)
    return [pre + f for f in dict.fromkeys(out)]


def fr_third_person(verb: str) -> dict[str, str] | None:
    """The forms of a French verb that report speech, each with its kind: ``finite`` (third
    person of the present, imperfect, passé simple, future and conditional), ``participle``
    (with agreement), ``gerund`` and ``infinitive``; None for a verb this conjugator does not
    know. A form that is both finite and a participle (dit, écrit) is a participle."""
    found = _principal_parts(verb)
    finite: list[str]
    if found is not None:
        pre, _key, (sg3, pl3, _sg1, impf, _part, fut, ppr, ps, pspl) = found
        finite = [sg3, pl3, ps, pspl, impf + "ait", impf + "aient"]
        finite += [fut + e for e in ("a", "ont", "ait", "aient")]
        finite = [pre + f for f in finite]
        gerund = pre + ppr
    elif verb.endswith("er") and len(verb) > 3:
        stem = verb[:-2]
        soft = _soft_stem(stem)
        strong = _grave_stem(stem)
        finite = [stem + "e", stem + "ent", soft + "ait", soft + "aient", soft + "a",
                  stem + "èrent", stem + "era", stem + "eront", stem + "erait",
                  stem + "eraient"]
        for m in strong:  # lève, appelle, jette
            finite += [m + e for e in ("e", "ent", "era", "eront", "erait", "eraient")]
        if stem.endswith("y") and len(stem) > 2:  # nettoie
            finite += [stem[:-1] + "i" + e for e in ("e", "ent", "era", "eront", "erait")]
        gerund = soft + "ant"
    elif verb.endswith("ir") and len(verb) > 3:
        s = verb[:-2]
        finite = [s + e for e in ("it", "issent", "issait", "issaient", "irent", "ira",
                                  "iront", "irait", "iraient")]
        gerund = s + "issant"
    elif verb.endswith("dre") and len(verb) > 4:
        s = verb[:-2]
        finite = [s + e for e in ("", "ent", "ait", "aient", "it", "irent", "ra", "ront",
                                  "rait", "raient")]
        gerund = s + "ant"
    else:
        return None
    out = {verb: "infinitive", gerund: "gerund"}
    out.update(dict.fromkeys(finite, "finite"))
    out.update(dict.fromkeys(fr_participles(verb), "participle"))
    return out


def _participle_forms(part: str) -> list[str]:
    if part.endswith("s"):
        return [part, part + "e", part + "es"]
    return [part, part + "e", part + "s", part + "es"]


def fr_conjugate(verb: str) -> list[str]:
    """Forms of a French verb: -er, -ir (finir) and -dre (vendre) verbs are regular; the
    common irregular verbs and their compounds come from their principal parts."""
    irregular = _irregular(verb)
    if irregular is not None:
        return irregular
    if verb.endswith("er") and len(verb) > 3:
        return _fr_er(verb[:-2])
    if verb.endswith("ir") and len(verb) > 3:
        s = verb[:-2]
        ends = ("is", "it", "issons", "issez", "issent", "issais", "issait", "issions",
                "issiez", "issaient", "îmes", "îtes", "irent", "irai", "iras", "ira", "irons",
                "irez", "iront", "irais", "irait", "irions", "iriez", "iraient", "isse",
                "isses", "ît", "i", "ie", "ies", "issant", "ir")
        return [s + e for e in ends]
    if verb.endswith("dre") and len(verb) > 4:
        s = verb[:-2]
        ends = ("s", "", "ons", "ez", "ent", "ais", "ait", "ions", "iez", "aient", "is",
                "it", "îmes", "îtes", "irent", "rai", "ras", "ra", "rons", "ront", "rais",
                "rait", "raient", "e", "es", "u", "ue", "us", "ues", "ant", "re")
        return [s + e for e in ends]
    return [verb]


def _soft_stem(stem: str) -> str:
    """The stem before an ending in a, â or o: annonç-a, mange-ait."""
    if stem.endswith("c"):
        return stem[:-1] + "ç"
    if stem.endswith("g"):
        return stem + "e"
    return stem


def _fr_er(stem: str) -> list[str]:
    soft = _soft_stem(stem)
    out: list[str] = []
    for tense, ends in _ER.items():
        for e in ends:
            s = soft if e[:1] in ("a", "â", "o") else stem
            out.append(s + e)
            if tense == "impf" or tense == "ps":
                out.append(stem + e)  # harmless over-generation
    # stems with a mute e or é before the last consonant(s): lève, cède, martèle, jette
    mute = _grave_stem(stem)
    if mute:
        for e in ("e", "es", "ent", "erai", "era", "eront", "erait", "eraient", "erons", "erez"):
            for m in mute:
                out.append(m + e)
    if stem.endswith("y") and len(stem) > 2:  # nettoyer -> nettoie
        for e in ("e", "es", "ent", "era", "erait", "eront", "eraient"):
            out.append(stem[:-1] + "i" + e)
    return list(dict.fromkeys(out))


def _grave_stem(stem: str) -> list[str]:
    i = len(stem) - 1
    while i >= 0 and stem[i] not in "aeiouyéèêâîôû":
        i -= 1
    if i <= 0 or stem[i] not in "eé" or i == len(stem) - 1:
        return []
    cons = stem[i + 1:]
    out = [stem[:i] + "è" + cons]
    if stem[i] == "e" and cons in ("l", "t"):
        out.append(stem + cons)  # appelle, jette
    return out


# -- English ----------------------------------------------------------------------------------

def _en_forms(base: str, pos: str) -> list[str]:
    if pos == "x":
        return [base]
    if pos == "a":
        return [base, *en_adverb(base)] if " " not in base else [base]
    words = base.split(" ")
    if pos == "v":
        head, rest = words[0], words[1:]
        tail = (" " + " ".join(rest)) if rest else ""
        return list(dict.fromkeys([base] + [f + tail for f in en_verb(head)]))
    # noun: pluralise the last word before a function word
    k = next((i for i, w in enumerate(words) if w in _EN_FUNCTION and i > 0), len(words))
    head, rest = words[:k], words[k:]
    tail = (" " + " ".join(rest)) if rest else ""
    forms = [base]
    for p in en_plural(head[-1]):
        forms.append(" ".join([*head[:-1], p]) + tail)
    return list(dict.fromkeys(forms))


def en_adverb(w: str) -> list[str]:
    """outrageous -> outrageously, angry -> angrily, horrible -> horribly, tragic ->
    tragically."""
    if w.endswith("ly"):
        return []
    if w.endswith("y") and len(w) > 2:
        return [w[:-1] + "ily"]
    if w.endswith("le"):
        return [w[:-1] + "y"]
    if w.endswith("ic"):
        return [w + "ally"]
    return [w + "ly"]


def en_plural(w: str) -> list[str]:
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [w + "es", w]
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return [w[:-1] + "ies"]
    if w.endswith("fe"):
        return [w + "s", w[:-2] + "ves"]
    if w.endswith("f"):
        return [w + "s", w[:-1] + "ves"]
    if w.endswith("man"):
        return [w[:-3] + "men", w + "s"]
    return [w + "s"]


def en_verb(v: str) -> list[str]:
    out = [v]
    if v.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.append(v + "es")
    elif v.endswith("y") and len(v) > 1 and v[-2] not in "aeiou":
        out += [v[:-1] + "ies", v[:-1] + "ied", v + "ing"]
        return out
    else:
        out.append(v + "s")
    if v.endswith("ie"):
        out += [v + "d", v[:-2] + "ying"]
    elif v.endswith("ee"):
        out += [v + "d", v + "ing"]
    elif v.endswith("e"):
        out += [v + "d", v[:-1] + "ing"]
    else:
        out += [v + "ed", v + "ing"]
        if (len(v) >= 3 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou"
                and v[-3] not in "aeiou"):
            out += [v + v[-1] + "ed", v + v[-1] + "ing"]  # slam -> slammed; label -> labelled
        if v.endswith("c"):
            out += [v + "ked", v + "king"]  # panic -> panicked
    return out
