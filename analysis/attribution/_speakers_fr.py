"""French speaker mentions: the noun phrase next to a cue, and its resolution to an entity
(pronouns, roles, surnames, institutions, documents, anonymous sources)."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace

from .._data import DataFileError, read_table
from .._regex import trie_pattern
from .._types import Quote, Speaker
from ..text import Document
from ._common import FRENCH_DAY, FRENCH_DAYS, FRENCH_MONTH, FRENCH_MONTHS
from ._sources import (
    classify,
    gazetteer,
    last_outlet_before,
    lookup,
    office_holder,
    strip_determiner,
)

_DET_WORDS = frozenset(
    "le la les l' un une des du ce cet cette ces son sa ses leur leurs plusieurs certains "
    "certaines deux trois quatre cinq six sept huit neuf dix douze quinze vingt cent mille "
    "tous toutes quelques nombre monsieur madame mademoiselle "
    "maître docteur m. mme mlle mm. dr. me pr. notre votre nos vos".split()
)
_PRONOUNS = {"il": "sg", "elle": "sg", "ils": "pl", "elles": "pl", "lui": "sg", "eux": "pl",
             "celui-ci": "sg", "celle-ci": "sg", "ceux-ci": "pl", "on": "any"}
_MONTHS = frozenset(FRENCH_MONTHS)
_STOP_AFTER = frozenset((
    *"qui que qu' dans lors sur à au aux en pour avant après devant alors avec sans mais car "
    "depuis hier tandis selon dont où ou "
    "parce puisque quand comme cet ce cette mi- auprès via par afin pendant durant "
    "jusqu' jusque vers contre dès tout toujours aussi également encore déjà ensuite enfin "
    "notamment ainsi aujourd'hui mais soit peu quelques".split(), *FRENCH_DAYS))
# after "de", a demonstrative or a capitalised day opens the complement: "la préfecture de ce
# secteur", "les auteurs de ce rapport", "un édito du Journal du Dimanche" (not "du dimanche 10")
_AFTER_DE_OK = frozenset(("ce", "cet", "cette", *FRENCH_DAYS))
# words (with their elided article), titles with their period ("M.", "Dr."), punctuation
_TOKEN = re.compile(r"(?:M|MM|Mme|Dr|Me|Pr|St|Mgr)\.(?=\s)"
                    r"|(?:[A-ZÉ]\.){1,3}(?=\s*[A-ZÉ][a-zéèëïîôöüç])"  # initials: "H.L. Mencken"
                    r"|[\w]+(?:[-'’][\w]+)*'?|[^\w\s]", re.UNICODE)
_A_INFINITIVE_START = re.compile(r"\s*,?\s*à\s+(?:ne\s+pas\s+)?"
                                 r"(?:(?:se|les|y|en|leur|lui|nous|vous)\s+|s'|s’)?"
                                 r"[a-zéèêç]\w*(?:er|ir|re)\b")
# a name in guillemets after the cue: "rapporte «Le Figaro»"
_MARKED_NAME = re.compile(r"«\s*([A-ZÉ][^«»]{0,40}?)\s*»")
_NAME_TAIL = re.compile(  # (not inside a word: "un élu pro-Macron" names no Macron)
    r"(?<!-)((?:[A-ZÉÈÎÔÂÀ][\w'’-]+|d'|de|du|von|van|der|al-|el-|ben|bin|Le|La)"
    r"(?:\s+(?:[A-ZÉÈÎÔÂÀ][\w'’-]+|d'|de|du|von|van|der|ben|bin|Le|La))*)\s*$"
)
# "Prénom Nom": the scan jumps from capital to capital; the look-behinds, placed after the first
# letter, reject a capital inside a word and one after a preposition ("ministre des Transports
# Elisabeth Borne" gives "Elisabeth Borne", not "Transports Elisabeth")
_FULL_NAME = re.compile(
    r"([A-ZÉÈ](?<![\w'][A-ZÉÈ])"
    # a title is no first name (checked after the capital, so that re still jumps from one
    # capital to the next)
    r"(?!(?<=M)(?:e|me|lle|gr|aître|adame|onsieur)\b|(?<=[DP])r\b)"
    + "".join(rf"(?<!\b{p}[A-ZÉÈ])" for p in ("des ", "du ", "de ", "d'", "de la ", "de l'",
                                              "à ", "au ", "aux ", "en "))
    + r"[a-zéèëïîôöüç]+(?:-[A-ZÉÈ][a-zéèëïîôöüç]+)?)\s+"
    r"((?:(?:Van de|van de|Van der|van der|Van den|van den|de la|De la|de|du|d'|von|van|al-|"
    r"el-|Le|La|De|Du|Van|Von|Di|Da|Del|Van De|Van Der)\s?)?[A-ZÉÈ][\w'’-]+"
    r"(?:-[A-ZÉÈ][\w'’-]+)?)"
)
_SKIP_COMPLEMENT = re.compile(
    r"\s*,?\s*(?:"
    # (first, before the general complement that would stop at the noun: "à l'agence
    # France-Presse un interlocuteur", "en début de soirée Emmanuel Macron")
    r"(?:à|au) (?:l'|la |le )?(?:agence|chaîne|radio|quotidien|journal|hebdomadaire|"
    r"magazine|site|télévision)(?: (?-i:[A-ZÉ])[\w'-]*){1,3}"
    r"(?=\s*(?:,|un |une |le |la |les |l'|ce |cette |son |sa ))"
    r"|(?:en )?(?:début|fin|milieu) (?:de (?:soirée|matinée|journée|semaine)|d'après-midi|"
    + FRENCH_MONTH + r"|\d{4})(?: (?:dernière?|prochaine?))?"
    r"|en " + FRENCH_MONTH + r" (?:dernier|prochain)"
    r"|ainsi|cette semaine|ce week-end|ce matin|ce soir|(?:à la )?mi-\w+|"
    r"d['’]abord|ensuite|encore|aussi|enfin|toutefois|cependant|pourtant|"
    # an adverb in -ment ("soulignait récemment à Washington Nicholas Rasmussen")
    r"(?!comment\b|moment\b)(?-i:[a-zéèêàâîôûç]\w{2,}ment)|"
    # a preposition, a determiner, a head ("sur France 2") and its complements in de ("lors
    # d'une conférence de presse le procureur", "devant la cour d'assises de Bruxelles la
    # juge", "à quelques journalistes Christian Mantei",
    # "parmi ces manifestants Valentine"); other words after the head stop it (a verb there
    # is content: "ont appelé à se mobiliser en masse", "a suggéré à ses sympathisants de
    # retirer leurs gilets"; "des" starts the subject: "ont
    # déclaré à l'AFP des responsables du Muséum", unless a comma closes the aside: "à l'AFP,
    # avant l'ouverture des rencontres, le président")
    # (the longer prepositions first: "au cours d'une" is not "au" + "cours")
    r"(?:(?:sur le plateau de|à l['’]antenne de|au micro de|auprès d(?:e|u|es)|lors d(?:e|u|es)|"
    r"au cours d(?:e|u|es)|à l['’]issue d(?:e|u|es)|en marge d(?:e|u|es))\s+"
    r"|(?:auprès|lors|au cours|à l['’]issue|en marge) d['’]"
    r"|(?:face à|à|au|aux|dans|sur|devant|derrière|parmi|chez|en|via|par|pour|avec|avant|"
    r"après|depuis)\s+)"
    r"(?:(?:l['’]|le |la |les |un |une |son |sa |ses |leur |leurs |des |du |ce |cette |cet |ces |"
    r"quelques |plusieurs |nos |notre |votre |vos |certains |certaines )?"
    r"(?:«[^»]{1,40}»|[\w'-]+(?:\s+\d+\b)?)"
    # (an adjective of place or kind after the head: "dans le quartier parisien de l'Opéra")
    r"(?:\s+(?-i:[a-zéè]\w{2,}(?:ien|ienne|ais|aise|ain|aine|ois|oise|al|ale|el|elle|ique|if|ive|"
    r"eux|euse)s?)\b)?"
    r"(?:\s+(?:de (?:la |l['’])?|d['’]|du )(?!(?-i:[a-zéèêç])\w*(?:er|ir|re)\b)[\w'’-]+"
    r"|\s+des\s+(?-i:[a-zéèêàâîôûç])[\w'’-]*(?=\s*,))*"
    r"(?:\s*\((?-i:[A-ZÉ])[^()]{1,30}\))?)"
    r"|en substance|en conférence de presse|en conclusion|par ailleurs|pour sa part"
    # "a indiqué vers midi la préfecture", "a estimé de son côté Rabiha", "quant à lui"
    r"|vers (?:midi|minuit|\d{1,2} ?h\d*)|de (?:son|leur) côté|quant à (?:lui|elle|eux|elles)"
    r"|(?:un peu )?plus (?:tôt|tard)|peu (?:de temps )?après|à (?:son|leur) tour"
    r"|dans (?:la|l') ?(?:soirée|journée|matinée|après-midi|nuit)"
    r"|(?:(?:" + FRENCH_DAY + r"|hier) (?:soir|matin|après-midi)|"
    + FRENCH_DAY + r"|hier|aujourd'hui|encore|aussi|"
    r"soir|matin|après-midi|bien|humblement|notamment|"
    r"également|alors|ensuite|enfin|toutefois|cependant|pourtant|lui|elle|notamment|"
    r"(?:ce|cet|cette) (?:" + FRENCH_DAY + r"|matin|soir|"
    r"après-midi|semaine)|" + FRENCH_DAY + r" (?:soir|matin)"
    r"|en " + FRENCH_MONTH + r"|le \d+ \w+))(?=[\s,])",
    re.IGNORECASE,
)
# (after a space, or after the reflexive "s'": "Il s'est félicité, appelant …")
_AUX_WORD = re.compile(
    r"(?:(?<=\s)|(?<=\bs'))(?:a|ont|avait|avaient|est|sont|était|étaient|aurait|auraient|aura)"
    r"(?=\s)",
)
_BOUNDARY_BACK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()»\"”—]|\s(?:et|mais|puis|que|car|où|donc|or|lorsque|quand|si)\s"
    r"|\s(?:qu|lorsqu|puisqu)'", re.IGNORECASE)
# a relative pronoun before the clause's own subject: "ce à quoi le ministre a répondu",
# "auxquelles le ministre a répondu", "dont le fils a déclaré" (looked for only after the last
# boundary above, where it may open the subject's clause)
_RELATIVE_BACK = re.compile(
    r"\s(?:ce\s+(?:à\s+quoi|dont|que)|(?:aux|des)quel(?:le)?s|auquel|duquel|"
    r"(?:à|par|pour|avec|sur|dans)\s+(?:lequel|laquelle|lesquel(?:le)?s|qui|quoi)|dont)\s",
    re.IGNORECASE)
_ANON = re.compile(r"\b(?:source|sources|proche|proches|observateur|observateurs|témoin|"
                   r"selon nos informations|responsable[s]? (?:qui|ayant requis))\b",
                   re.IGNORECASE)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


# prepositions and conjunctions open no noun phrase, capitalised or not ("A la demande de la
# police, …", "Sur demande de …", "Comme disait Woody Allen : …", "Mais gare : …")
_NO_NP_START = frozenset("a à au aux sur en dans pour avec depuis après avant par selon comme "
                         "lors chez sous vers malgré durant pendant mais et ou donc or car si "
                         "quand puis alors ainsi dès contre outre derrière devant parmi hormis "
                         "sauf envers".split())


def opens_noun_phrase(word: str) -> bool:
    """Can ``word`` open a noun phrase (not "Mais", "En", "Comme", "A" for "À")?"""
    return word.lower() not in _NO_NP_START


def _word_ok_start(tok: str) -> bool:
    low = tok.lower()
    if low in _NO_NP_START:
        return False
    return (low in _DET_WORDS or _is_cap(tok) or low in _PRONOUNS or low.endswith("'")
            or low.startswith(("l'", "d'")) or low in _roles()
            or low in ("celle", "celui", "ceux", "celles"))  # ("celle qui est aussi actrice")


@functools.cache
def _roles() -> frozenset[str]:
    return frozenset(k for k in gazetteer().roles)


def first_names() -> dict[str, str]:
    """First name -> usual gender ("m", "f" or "" for both), from
    lexicons/attribution/firstnames.fr.tsv."""
    return _first_names_table()[0]


def first_names_version() -> tuple[str, str]:
    """(name, version) of the first-names table, recorded in every output."""
    name, _, version = _first_names_table()[1].partition("@")
    return name, version


@functools.cache
def _first_names_table() -> tuple[dict[str, str], str]:
    t = read_table("attribution/firstnames.fr.tsv", required=("name", "gender"))
    out: dict[str, str] = {}
    for row, line in zip(t.rows, t.lines, strict=True):
        if row["gender"] not in ("m", "f", ""):
            raise DataFileError(f"{t.path}:{line}: gender must be m, f or empty, not "
                                f"{row['gender']!r}")
        if row["name"] in out:
            raise DataFileError(f"{t.path}:{line}: duplicate first name {row['name']!r}")
        out[row["name"]] = row["gender"]
    return out, t.tag


_FEMININE_WORDS = frozenset({"elle", "elles", "celle-ci", "celles-ci", "cette dernière",
                             "ces dernières", "mme", "mlle", "madame", "mademoiselle", "la",
                             "une", "cette"})
_MASCULINE_WORDS = frozenset({"il", "ils", "lui", "eux", "celui-ci", "ceux-ci", "ce dernier",
                              "ces derniers", "m.", "monsieur", "mm.", "le", "un", "ce", "cet"})


def mention_gender(mention: str | None, canonical: str | None) -> str:
    """The grammatical gender a mention gives its speaker: "f", "m" or "" (unknown), from a
    pronoun, a title (M., Mme), a determiner (la ministre, le Kremlin) or a first name."""
    low = (mention or "").strip().lower()
    if low in _FEMININE_WORDS:
        return "f"
    if low in _MASCULINE_WORDS:
        return "m"
    first = low.split(" ", 1)[0] if low else ""
    if first in _FEMININE_WORDS:
        return "f"
    if first in _MASCULINE_WORDS:
        return "m"
    for name in (canonical, mention):
        if name:
            gender = first_names().get(name.strip().split(" ", 1)[0])
            if gender is not None:
                return gender
    # "l'avocate", "son porte-parole": the role noun after an ambiguous determiner
    head = _AMBIGUOUS_DET.sub("", low, count=1).split(" ", 1)[0] if low else ""
    return _role_genders().get(head, "")


_AMBIGUOUS_DET = re.compile(r"^(?:l'|son\s+|ses\s+|leur\s+|leurs\s+|les\s+|notre\s+)")


@functools.cache
def _role_genders() -> dict[str, str]:
    """Role nouns whose two forms are both in the roles table: "avocate" (feminine) and
    "avocat" (masculine), "directrice" and "directeur", "préfète" and "préfet", "porte-parole"
    has none."""
    roles = _roles()
    out: dict[str, str] = {}
    for r in roles:
        if " " in r:
            continue
        for fem, masc in ((r, r[:-1]) if r.endswith("e") else ("", ""),
                          (r, r[:-5] + "teur") if r.endswith("trice") else ("", ""),
                          (r, r[:-4] + "eur") if r.endswith("euse") else ("", ""),
                          # patronne, historienne, cheffe; préfète
                          (r, r[:-2]) if r.endswith(("nne", "ffe")) else ("", ""),
                          (r, r[:-3] + "et") if r.endswith("ète") else ("", "")):
            if fem and masc in roles and masc != fem:
                out[fem], out[masc] = "f", "m"
    return out


# (on the same line: a headline's "… le premier ministre polonais" is not followed by his name
# in the next paragraph)
_NAME_AFTER_ROLE = re.compile(r",?[ \t\xa0]+([A-ZÉ][\w'-]+(?:[ \t\xa0]+[A-ZÉ][\w'-]+){1,2})")
_AUTHOR_OF = {noun: re.compile(rf"\b{noun}\s+(?:du|de la|de l'|des)\s+([\w'-]+(?: [\w'-]+){{0,3}})")
              for noun in ("communiqué", "texte", "déclaration", "document", "rapport", "lettre")}
# an honorific in lower case before a name ("a ajouté madame Diawara")
_LOWER_HONORIFIC = re.compile(r"(?:monsieur|madame|mademoiselle)\s+(?=[A-ZÉÈ])")
# how far a role word and a person's name may be apart to name the same person
_ROLE_NAME_REACH = 45
_TITLE_WORD = re.compile(r"^(?:Me|Mme|Mlle|Mgr|Dr|Pr|M\.|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|"
                         r"Monseigneur|[Ll]['’][Aa]bbé|[Aa]bbé|El[- ]?[Hh]adj|Elhadj|Hadja|Imam|"
                         r"Cheikh|Docteur|Professeur)\s+"
                         r"(?=[A-ZÉÈ])")
# "le média", "le quotidien", "la chaîne", "l'agence": an outlet named before
_OUTLET_KINDS = ("média", "quotidien", "journal", "hebdomadaire", "magazine", "chaîne", "radio",
                 "télévision", "site", "agence", "dépêche")
_OUTLET_NOUN = re.compile(r"(?i:le|la|l'|l’|ce|cette)\s*(" + "|".join(_OUTLET_KINDS) + ")")
_ANY_FULL_NAME = re.compile(r"(?<![\w'’-])([A-ZÉÈ][a-zéèëïîôöüç]+(?:-[A-ZÉÈ][a-zéèëïîôöüç]+)?)"
                            r"\s+((?:de |d'|van |von |Le |La )?[A-ZÉÈ][\w'’-]+)")
# after a description: its complement (no punctuation, no verb), then ", [M.|Mme] Prénom Nom"
# and the end of the apposition
_PERSON_APPOSED_AFTER = re.compile(
    r"(?:\s+(?!(?:a|ont|est|sont|était|avait|qui|que|et|mais)\b)[\w'’()-]+){0,10}?\s*,\s*"
    r"(?:(?:M\.|Mme|Mlle|Me|Dr)\s+)?(?P<first>[A-ZÉÈ][a-zéèëïîôöüç]+(?:-[A-ZÉÈ][a-zéèëïîôöüç]+)?)"
    r"\s+(?P<rest>(?:(?:de|du|d'|van|von|Van|De|Le|La)\s)?[A-ZÉÈ][\w'’-]+"
    r"(?:\s+[A-ZÉÈ][\w'’-]+){0,2})(?=\s*(?:[,.;:)]|$|\s+(?:a|ont|est|qui)\b))")
# an apposition that introduces someone: ", un livreur", ", 44 ans"
_INTRODUCED_AFTER = re.compile(r"\s*,\s*(?:une?\s|\d+\s*ans\b)")
# ... or named with its kind: "le bihebdomadaire camerounais Sans Détour"
_OUTLET_NAMED = re.compile(
    r"\b(?i:(" + "|".join((*_OUTLET_KINDS, "bihebdomadaire", "mensuel", "tabloïd")) + "))"
    r"(?:\s+[a-zéèêàâîôûç-]+){0,2}\s+[«\"“]?\s*"
    r"((?:The\s+|Le\s+|La\s+|Les\s+|L')?[A-ZÉ][\w'’-]*(?:\s+(?:de\s+|du\s+|des\s+|d')?"
    r"[A-ZÉ][\w'’-]*)*)")
_DETERMINER_ONLY = re.compile(r"\s*(?:(?i:le|la|les|l['’]|un|une|ce|cette)\s*)?")
# "l'avocate d'Alexandre Benalla": a name right after "de" complements the role
_COMPLEMENT_BEFORE_NAME = re.compile(r"\b(?:de|d'|du|des)\s*(?:M\.|Mme|Me)?\s*$")
# "le bourgmestre de la Ville de Bruxelles", "la directrice du Centre X": a body or a place
_OF_ARTICLE_BEFORE = re.compile(r"\b(?:de la|de l'|du|des|d')\s*$")
# what may come between a role and the name it gives ("de la famille, Me "), and between a
# name and its role (", le ", ", 28 ans, ")
_ROLE_THEN_NAME_GAP = re.compile(r"(?![\s\S]*\b(?:a|ont|est|sont|était|avait|\w+é)\s)"
                                 r"[\w'’ -]{0,40}?(?:,\s*)?(?:Me\s|M\.\s|Mme\s|Mgr\s)?\s*")
_NAME_THEN_ROLE_GAP = re.compile(r",\s*(?:\d+\s+ans,\s*)?(?:(?:le|la|l'|un|une|son|sa)\s*)?"
                                 r"(?:[\w'’-]+\s+){0,2}")
# a complement of the role: "un avocat du cardinal" is a lawyer, not a cardinal
_OF_COMPLEMENT = re.compile(r"\b(?:du|des|de la|de l'|d')\s*[\w'-]+")
_ME_TITLE = re.compile(r"\bMe\s")
_PRESIDENT_ALONE = re.compile(r"\bprésident\b(?!\s+(?:de|des|du|d')\b|\s*d')")
# the head of state under another name than "président"
_HEAD_OF_STATE = frozenset({"chef de l'etat", "chef de l'état", "chef d'état", "chef d'etat",
                            "président de la république",
                            "président de la république française", "locataire de l'elysée",
                            "locataire de l'élysée"})
# role words that name an institution, not a person
_INSTITUTION_NOUNS = frozenset("gouvernement ministère armée police gendarmerie justice parquet "
                               "ong syndicat parti étude sondage rapport communiqué mouvement "
                               "association collectif organisation entreprise société groupe "
                               "préfecture mairie commune ville pays état conseil commission "
                               "tribunal cour assemblée sénat élysée matignon exécutif "
                               "opposition majorité direction enquête présidence municipalité "
                               "cabinet secrétariat chancellerie hôpital".split())
# the institutions among them: a document's author ("un bilan de la préfecture de police")
_BODY_NOUNS = _INSTITUTION_NOUNS - {"étude", "sondage", "rapport", "communiqué", "enquête",
                                    "opposition", "majorité", "direction", "pays", "ville"}
# ... those whose capitalised complement is a place or a field, not their name ("le ministère
# de l'Intérieur", "la préfecture du Var"), and those a bare noun names without doubt ("le
# gouvernement"; not "la commission", "l'association")
_BODY_OF_A_PLACE = frozenset("gouvernement ministère préfecture mairie commune ville conseil "
                             "commission tribunal cour parquet assemblée police gendarmerie "
                             "armée".split())
_ONE_BODY = frozenset("gouvernement ministère police gendarmerie parquet préfecture mairie "
                      "élysée matignon sénat assemblée armée exécutif".split())
# how far back a pronoun looks for a person named in the narrative (about two paragraphs)
_NARRATIVE_WINDOW = 800
_ROLE_WORD_BEFORE = re.compile(r"(?:^|[\s'’])([^\W\d_][\w-]*)\s+$")
# how far back a definite role ("le député") looks for the person it takes up
_ROLE_ANAPHORA_WINDOW = 300
# a relative clause with no comma after a description: it says who is meant ("le prêtre qui
# accompagnait …"), someone the article has not named before
_RESTRICTIVE_RELATIVE = re.compile(r"[ \t\xa0]+(?:qui|dont)\b")
_DEFINITE_ROLE = re.compile(r"(?:le|la|l')\s*(?!(?:plupart|majorité|moitié)\b)")
# role heads a definite role does not take up from the narrative: offices (their holders are
# in offices.tsv), lawyers (_lawyer_before), bodies
_PEOPLE_ROLE_TYPES = frozenset({"person", "government", "military"})
_NO_ANAPHORA_HEADS = frozenset({"président", "présidente", "ministre", "premier", "première",
                                "chef", "cheffe", "maire", "secrétaire", "porte-parole",
                                "avocat", "avocate", "procureur", "procureure", "préfet",
                                "préfète", "juge", "commissaire", "conseiller", "conseillère",
                                "candidat", "candidate", "délégué", "déléguée", "témoin",
                                "manifestant", "manifestante", "habitant", "habitante"}) | \
    _INSTITUTION_NOUNS
_DEMONSTRATIVES = frozenset({"ce dernier", "cette dernière", "ces derniers", "ces dernières"})
# a mention that takes up the person being quoted: "celle qui …", "notre interlocutrice"
_TAKEN_UP = re.compile(r"(?:(?P<f>celle)|celui) qui\b|(?:notre|votre) "
                       r"(?:(?P<f2>interlocutrice)|interlocuteur)$")
# descriptions that take up a person already named: "la jeune fille", "l'invitée",
# "la conférencière", "le quinquagénaire"
# (not "l'homme", "la femme", often generic, nor "l'intéressé", often the person talked about)
_EPITHET = re.compile(
    r"(?P<det>l'|le|la)\s*(?:(?P<f>jeune femme|jeune fille|conférencière|communicatrice|"
    r"oratrice|doctoresse|invitée|prédicatrice|militante|panéliste)|"
    r"jeune homme|conférencier|communicateur|orateur|invité|prédicateur|militant|"
    r"(?:quadra|quinqua|sexa|septua|octo|nona)génaire|trentenaire)")


def _indefinite_before(lower: str, noun: str, pos: int) -> re.Match[str] | None:
    """ "un homme", "une jeune femme" before ``pos``: an unnamed person that the definite
    description takes up ("Un jeune homme a été arrêté. … Le jeune homme a déclaré que …")."""
    return _indefinite_pattern(noun).search(lower, 0, pos)


@functools.cache
def _indefinite_pattern(noun: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:un|une)\s+" + re.escape(noun) + r"\b")


@functools.cache
def _channels() -> tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...]:
    """(keywords, pattern, channel) rows; a pattern is tried only when a keyword is present."""
    t = read_table("attribution/channels.fr.tsv", required=("pattern", "channel", "keywords"))
    rows = []
    for row, line in zip(t.rows, t.lines, strict=True):
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(f"{t.path}:{line}: bad pattern ({exc})") from None
        keys = tuple(k for k in row["keywords"].split("|") if k)
        if not keys:
            raise DataFileError(f"{t.path}:{line}: no keywords for pattern {row['pattern']!r}")
        rows.append((keys, pattern, row["channel"]))
    return tuple(rows)


_INTERMEDIARY_KEYS = ("cité par", "citée par", "entretien", "interview", "entrevue")
_INTERMEDIARY = re.compile(
    r"\b(?:cités? par\s+(?P<b>(?:l'|le |la |les )?[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)|"
    r"(?:dans un entretien|dans une interview|en entrevue)\s+(?:au|à|à la)\s+"
    r"(?:quotidien |journal |magazine |chaîne |radio )?(?P<c>[A-Z][\w.-]+(?: [A-Z][\w.-]+)?))"
)
# right after the cue: "a déclaré à l'AFP", "a confié au Parisien"
LEARNED_BY = re.compile(
    r"\s+(l'AFP|l'ATS|l'AP|l'agence [A-Z][\w-]+|Belga|Reuters|"
    r"(?:le |la )?(?:quotidien|journal|magazine|chaîne|radio|site) [A-Z][\w.-]+(?: [A-Z][\w.-]+)?)")
_TOLD_TO = re.compile(
    r"\s+(?:\w+\s+)?(?:à|au|aux)\s+((?P<media>l'AFP|l'ATS|l'AP|l'agence [A-Z][\w-]+|la presse|"
    r"(?:quotidien|journal|magazine|chaîne|radio|site) [A-Z][\w.-]+(?: [A-Z][\w.-]+)?)|"
    r"[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)"
)


def sentence_channel(text: str, lower: str, start: int, end: int
                     ) -> tuple[str | None, str | None]:
    """The channel named in a sentence, and an intermediary it names ("cité par X",
    "dans un entretien au Parisien"). ``lower`` is ``text`` lower-cased (same offsets)."""
    rows, any_key = _channel_index()
    if any_key.search(lower, start, end) is None:
        return None, None
    has = lower[start:end].__contains__  # (any(map(has, keys)): no generator per row)
    channel = None
    for keys, pattern, name in rows:
        if any(map(has, keys)) and pattern.search(text, start, end):
            channel = name
            break
    intermediary = None
    if any(map(has, _INTERMEDIARY_KEYS)):
        inter = _INTERMEDIARY.search(text, start, end)
        if inter:
            intermediary = (inter.group("b") or inter.group("c")).rstrip(".")
    return channel, intermediary


@functools.cache
def _channel_index() -> tuple[tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...],
                              re.Pattern[str]]:
    """The channel rows, and one pattern of every keyword (channels and intermediaries): most
    sentences have none, and one search tells."""
    rows = _channels()
    keys = {k for ks, _, _ in rows for k in ks} | set(_INTERMEDIARY_KEYS)
    return rows, re.compile(trie_pattern(keys))


def told_to(text: str, cue_end: int, end: int) -> str | None:
    """The intermediary right after a cue: "a déclaré à l'AFP", "a confié au Parisien"."""
    if text[max(0, cue_end - 6):cue_end].lower() == "appris":
        # "a appris l'AFP de source judiciaire": the agency that learned it passes it on
        learned = LEARNED_BY.match(text, cue_end, end)
        if learned is not None:
            return learned.group(1)
    told = _TOLD_TO.match(text, cue_end, end)
    if told is None:
        return None
    name = told.group(1)
    if told.group("media") is None:
        # a bare name is an addressee ("a assuré à Obama"), unless it is a medium or an agency
        entry = lookup(name.rstrip("."))
        if entry is None or entry.type not in ("media", "agency"):
            return None
    return name.rstrip(".")


# the words of a speaker, named by what is said: "les mots de X", "les propos du ministre"
_WORDS_OF = re.compile(r"(?:les|ses|leurs|des)\s+(?:mots(?!\s+d'ordre)|propos|termes|paroles|"
                       r"dires)\s+"
                       r"(?:de\s+|d'\s*|(?=du\s|des\s))(?:du\s+|des\s+)?", re.IGNORECASE)
# a capitalised word in a role's mention that is not a complement's ("le capitaine de frégate
# Samuel" names someone; "le responsable de LREM" does not)
_NAME_IN_ROLE = re.compile(r"(?<!\bde)(?<!\bdu)(?<!\bdes)(?<!\bla)(?<!\bles)(?<!\ble)(?<!\baux)"
                           r"(?<!\bau)(?<!')\s+[A-ZÉ]")
# a headline's topic and its dash before the subject of the first sentence
# an epithet between the determiner and a role: "l'imprévisible président américain"
_EPITHET_BEFORE_ROLE = re.compile(r"(?P<det>l'|l’|le |la )(?P<adj>[a-zàâçéèêëîïôûùüÿœ-]+)\s+")
_EPITHETS = frozenset("""imprévisible bouillant bouillante fougueux fougueuse jeune vieux
    vieille puissant puissante influent influente sulfureux sulfureuse truculent truculente
    discret discrète charismatique populiste emblématique omniprésent omniprésente inamovible
    inoxydable tonitruant tonitruante fantasque volcanique redoutable habile infatigable
    controversé controversée médiatique incontournable énigmatique flamboyant flamboyante
    dynamique turbulent turbulente""".split())
_HEADLINE_DASH = re.compile(r"^[A-ZÉ][\w'’ -]{0,30}?\s[–—]\s+(?=[A-ZÉ])")
# a party's or a movement's member, a noun of either gender ("l'écologiste", "le socialiste")
_PARTY_NOUNS = frozenset("écologiste socialiste insoumis insoumise frontiste centriste "
                         "macroniste communiste souverainiste indépendantiste nationaliste "
                         "travailliste".split())
# an anaphoric anonymous source: "la source", "la même source", "ces sources"
_ANONYMOUS_ANAPHOR = re.compile(r"(?:la|cette|les|ces)\s+(?:mêmes?\s+)?(?P<head>sources?)")
_TIME_NOUNS = frozenset({"semaine", "veille", "lendemain", "mois", "matinée", "soirée", "nuit",
                         "journée", "année", "avant-veille", "surlendemain",
                         *FRENCH_DAYS})  # ("a annoncé Emmanuel Macron le jeudi 5 mai dernier")


# a complement naming a medium by its capitalised name: "à l'Agence France-Presse", "sur France
# 2", "au micro de Radio-Canada" (a name the gazetteer knows, so that the speaker's name that
# follows is not read as part of it)
_MEDIA_COMPLEMENT = re.compile(
    r"\s*,?\s*(?:à|au|aux|sur|dans|pour|auprès d(?:e|u)|au micro d(?:e|u)|à l'antenne d(?:e|u)|"
    r"sur le plateau d(?:e|u))\s+(?:l'|la |le |les )?"
    r"(?:(?:chaîne|radio|quotidien|journal|hebdomadaire|magazine|site|télévision)"
    r"(?:\s+(?:de\s+|d')?[a-zéèêàâîôûç]+)?\s+)?"
    r"(?P<name>[A-ZÉ][\w'-]*(?:\s+(?:[A-ZÉ][\w'-]*|\d+\b)){0,3})")


_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÉ][\w.-]{1,10}\)")


def _media_complement_end(text: str, pos: int, end: int) -> int | None:
    m = _MEDIA_COMPLEMENT.match(text, pos, end)
    if m is None:
        return None
    a = m.start("name")
    ends = [a + w.end() for w in re.finditer(r"\S+", m.group("name"))]
    # (the longest run of two words or more that names a medium; one word alone, the general
    # complement reads the same way)
    for k in range(len(ends), 1, -1):
        entry = lookup(" ".join(text[a:ends[k - 1]].split()))
        if entry is not None and entry.type in ("media", "agency"):
            acronym = _ACRONYM_AFTER.match(text, ends[k - 1], end)  # "France-Presse (AFP)"
            return acronym.end() if acronym is not None else ends[k - 1]
    return None


def is_agent_np(np: str) -> bool:
    """Does a noun phrase name someone who can speak: a known body, a capitalised name of at
    most five words, a role ("le ministre") or an anonymous source?"""
    words = np.split()
    if not words:
        return False
    low = strip_determiner(np).lower()
    if lookup(np) is not None:
        return True
    if _is_cap(strip_determiner(np)[:1] or "x") and len(words) <= 5:
        return low.split()[0] not in ("l'heure", "l'instant", "autant")
    head = low.split()[0] if low else ""
    return head in _roles() or head.rstrip("s") in _roles() or bool(_ANON.search(np))


# ---------------------------------------------------------------------------------------------
def parse_np_after(text: str, i: int, end: int) -> tuple[int, int] | None:
    """The speaker noun phrase after an inverted cue ("…, a déclaré à la presse Piotr Müller")."""
    pos = i
    for _ in range(4):
        media = _media_complement_end(text, pos, end)
        if media is not None:
            pos = media  # "a lancé à l'Agence France-Presse Thierry, 55 ans"
            continue
        m = _SKIP_COMPLEMENT.match(text, pos, end)
        if m is None or m.end() == pos:
            break
        if _A_INFINITIVE_START.match(text, pos, end):
            return None  # "avaient appelé à reconduire …": content, not an incise
        nxt = pos
        pos = m.end()
        if pos >= end:
            pos = nxt
            break
    while pos < end and text[pos] in " ,":
        pos += 1
    marked = _MARKED_NAME.match(text, pos, end)
    if marked is not None and len(marked.group(1).split()) <= 5:
        return marked.span(1)
    handle = _HANDLE.match(text, pos, end)
    if handle is not None:
        return handle.span()  # "demande encore @SosoDany2": an account's handle

    # a speaker is at most 12 words and an apposition of 4: the first 40 tokens are enough
    toks = [(t.group(), t.start(), t.end())
            for t in itertools.islice(_TOKEN.finditer(text, pos, end), 40)]
    if len(toks) > 2 and toks[0][0].lower() in ("celle", "celui") and toks[1][0].lower() == "qui":
        # "confie celle qui travaille comme gérante dans une boutique": the relative clause is
        # the mention (marks in it included: "… quand d'autres «s'autocensurent».")
        stop = next((t for t in toks[2:] if t[0] in ",.;:!?()"), None)
        return toks[0][1], stop[1] if stop is not None else toks[-1][2]
    if not toks or not _word_ok_start(toks[0][0]):
        return None
    first_low = toks[0][0].lower()
    if first_low in _PRONOUNS:
        return toks[0][1], toks[0][2]
    last = None
    n_words = 0
    k = 0
    while k < len(toks):
        tok, a, b = toks[k]
        low = tok.lower()
        if tok in _LABEL_CLOSE and k > 0:
            # a label in marks after "des" ("une représentante des «gilets jaunes»", "répond le
            # "boxeur""), a party's acronym before the name ("le patron des Républicains (LR)
            # Laurent Wauquiez")
            close = _LABEL_CLOSE[tok]
            j = next((n for n in range(k + 1, min(len(toks), k + 8)) if toks[n][0] == close),
                     None)
            if j is not None and ((tok != "(" and toks[k - 1][0].lower() in _LABEL_BEFORE)
                                  or (tok == "(" and j + 1 < len(toks)
                                  and _is_cap(toks[j + 1][0]))):
                last = toks[j][2]
                n_words += j - k
                k = j + 1
                continue
        nxt = toks[k + 1][0].lower() if k + 1 < len(toks) else ""
        if low == "en" and k > 0 and _role_words(toks[k - 1][0].lower()) and \
                _FIELD_THEN_NAME.match(text, b):
            # "l'ingénieur en informatique Joël Journaux", "l'étudiante en droit Margaux X":
            # the role's field, then the name
            last = b
            n_words += 1
            k += 1
            continue
        if tok in ",.;:!?()«»\"“”—–[]" or (low in _STOP_AFTER and k > 0 and not (
                low in _AFTER_DE_OK and toks[k - 1][0].lower() in ("de", "du", "des")
                and (low.startswith("ce") or _is_cap(tok)))) or (
                low == "plus" and nxt in ("tard", "tôt")) or (
                low == "il" and nxt == "y" and k > 0) or (
                low in ("fin", "début") and nxt in _MONTHS):
            # ("a lâché le ministre peu de temps après", "l'avocat plus tard", "Emmanuel
            # Macron fin juillet", "Mencken il y a près de 70 ans")
            break
        if k > 1 and toks[k - 1][0].endswith(".") and _is_cap(toks[k - 2][0]) and \
                tok in first_names():
            break  # "a dit Nicolas R. Emily Spanton devrait …": a surname's initial ends it
        if low in ("la", "le", "l'") and k > 0 and nxt in _TIME_NOUNS:
            break  # "le journaliste Wolfram Weimer la semaine dernière": a time, not the name
        if low == "et" and not (k + 1 < len(toks) and (_is_cap(toks[k + 1][0])
                                                       or toks[k + 1][0].lower() in _DET_WORDS
                                                       or toks[k + 1][0].lower() in _roles())):
            break  # (two roles of one person go on: "l'écrivain et philosophe Pascal Bruckner")
        if (k > 0 and _is_cap(toks[k - 1][0]) and not _is_cap(tok)
                and low not in ("de", "du", "des", "d'", "la", "le", "l'", "et")
                and not low.startswith(("d'", "l'"))
                and _LOWER_WORD.fullmatch(low) and n_words >= 2
                and low.endswith(("ait", "aient", "ent", "é", "it"))):
            break  # a verb after a name: "Macron a"
        last = b
        n_words += 1
        k += 1
        if n_words > 12:
            return None
    if last is None or toks[k - 1][0].lower() in _DET_WORDS:
        return None  # a determiner alone: "a dénoncé des «dégâts …»" names nobody
    # apposition: ", Jean-Claude Delage." after a role
    if k < len(toks) and toks[k][0] == ",":
        rest = toks[k + 1:]
        names = []
        for tok, _a, b in rest:
            if tok in ".;!?" or tok == ",":
                break
            names.append((tok, b))
        if names and len(names) <= 4 and all(_is_cap(t) or t in ("de", "-") for t, _ in names):
            following = text[names[-1][1]:names[-1][1] + 2]
            if not following.strip() or following.lstrip()[:1] in ".;!?,":
                last = names[-1][1]
    a = toks[0][1]
    return a, last


# after a role and "en": one or two lower-case words of a field, then a capitalised name
_FIELD_THEN_NAME = re.compile(r"(?:\s+[a-zéèêàâîôûç-]+){1,2}\s+[A-ZÉÈ][a-zéèëïîôöüç]+(?:-[A-ZÉÈ]"
                              r"[a-zéèëïîôöüç]+)?\s+[A-ZÉÈ]")
_RELATIVE_THEN_PRONOUN = re.compile(
    r"(?:\bdont|\bque|\bqu'|\boù|\b(?:pour|à|avec|chez|par|selon|contre)\s+qui|\b(?:auquel|"
    r"auxquels|auxquelles|laquelle|lequel|lesquels|lesquelles))\s*(on|il|elle|ils|elles|nous|"
    r"vous)\s*$", re.IGNORECASE)
# "Les partis de droite et de gauche": "et" joins two complements of one noun, not two clauses
_JOINED_COMPLEMENTS = re.compile(r"\b(?:de|d')\s*[\w'-]+\s+et\s+(?:de\s|d')$", re.IGNORECASE)


# an acronym in parentheses closing the subject: "l'agence de l'environnement (EPA)"
_PAREN_ACRONYM_END = re.compile(r"\s*\([A-ZÉ][A-ZÉ0-9.&-]{1,9}\)$")


def parse_subject(text: str, unit_start: int, verb_start: int, *, main_clause: bool = False,
                  marks: list[tuple[int, int]] | None = None, unit_end: int | None = None,
                  participle: bool = False) -> tuple[int, int] | None:
    """The subject noun phrase before a verb, within its clause. With ``main_clause``, the
    subject of the sentence's first auxiliary, before or after ``verb_start`` ("Promettant de
    …, ils ont appelé"); for a ``participle`` after its main clause and a comma, the subject
    of that clause's verb."""
    marks = marks or []
    if main_clause:
        cue_start = verb_start
        aux = next((m.start() for m in _AUX_WORD.finditer(text, unit_start,
                                                          unit_end or verb_start)
                    if not any(a <= m.start() <= b for a, b in marks) and not (
                        m.start() > verb_start and
                        _QUE_WORD.search(text, verb_start, m.start()))), None)
        # (an auxiliary after the cue and its "que" is the content's: "en lui rétorquant que
        # l'attentat avait été revendiqué")
        verb_start = cue_start + 1 if aux is None else aux  # (no auxiliary: after the cue)
        comma = text.rfind(",", unit_start, cue_start)
        if participle and verb_start > cue_start and comma > unit_start and \
                text[unit_start:cue_start].rstrip().endswith(","):
            # "Le militant va plus loin, affirmant que sa vie est en danger": the participle
            # follows its main clause, whose verb comes before the comma (the auxiliary after
            # the cue is the content's)
            clause, first = _main_verb_before(text, unit_start, comma, marks)
            if first is not None:
                unit_start, verb_start = clause, first + 1
        elif participle and verb_start < cue_start and comma > unit_start and \
                text[unit_start:cue_start].rstrip().endswith(","):
            later = _last_clause_before(text, unit_start, comma, marks)
            if later is not None and later[1] > verb_start:
                # "Les républicains sont restés calmes, les démocrates ont vite réagi,
                # appelant à …": the subject of the clause right before the participle
                return parse_subject(text, later[0], later[1] + 1, marks=marks)
        if aux is None and verb_start > cue_start:
            # no auxiliary outside the content: the pronoun that opens the clause ("Cette
            # dernière viendra à la barre confirmer qu'…"), else the subject of the main
            # clause's verb before the cue ("Il se base sur les études de Jacques Sapir pour
            # dire qu'…")
            clause, first = _main_verb_before(text, unit_start, cue_start, marks)
            lead = _PRONOUN_LEAD.match(text, clause, cue_start)
            if lead is not None:
                return lead.span("subj")
            if first is None:
                return None
            found = parse_subject(text, clause, first + 1, marks=marks)
            # (only a subject that can speak: a name or a role, not "Les annonces d'Emmanuel
            # Macron lundi" nor a stray "De")
            if found is None or not _speaking_subject(text[found[0]:found[1]]):
                return None
            return found
    end = verb_start
    # clitics and negation before the verb: "ne", "n'", "l'", "lui", "leur", "se", "s'"
    while True:
        seg = text[unit_start:end]
        m = _CLITIC_END.search(seg)
        if m and m.start() + unit_start < end and text[unit_start + m.start():end].strip():
            cand = unit_start + m.start()
            if cand >= end - 1:
                break
            end = cand
            continue
        break
    while end > unit_start and text[end - 1] == " ":
        end -= 1
    acronym = _PAREN_ACRONYM_END.search(text, max(unit_start, end - 16), end)
    if acronym is not None:
        # "l'agence américaine de l'environnement (EPA) a affirmé": the subject's acronym
        end = acronym.start()
    if end > unit_start and text[end - 1] in "–—":
        # "Alain Juppé, le maire de Bordeaux – théâtre de gros débordements – a estimé": an
        # aside between dashes after the subject
        k = text.rfind(text[end - 1], max(unit_start, end - 160), end - 1)
        if k > unit_start:
            end = k
            while end > unit_start and text[end - 1] == " ":
                end -= 1
            if text.rfind(",", unit_start, end) != -1:
                # the aside follows an apposition: "Alain Juppé, le maire de Bordeaux – … –"
                found = _subject_before_appositions(text, unit_start, end + 1, end, marks)
                if found is not None:
                    return found
    if end <= unit_start:
        return None
    # the clause boundary before the subject
    b = unit_start
    for m in _BOUNDARY_BACK.finditer(text, unit_start, end):
        if any(a <= m.start() <= c for a, c in marks):
            continue
        if m.group().strip().lower() == "et" and (
                _joins_names(text, m.start(), m.end()) or
                _JOINED_COMPLEMENTS.search(text, max(unit_start, m.start() - 40), m.end() + 3)):
            continue
        b = m.end()
    for m in _RELATIVE_BACK.finditer(text, max(unit_start, b - 1), end):
        if any(a <= m.start() <= c for a, c in marks) or has_finite_verb(text, m.end(), end) or \
                _PERSON_THEN_VERB.search(text, m.end(), end) or \
                text[m.end():end].strip().lower() in ("il", "elle", "ils", "elles"):
            # ("tous les gilets jaunes auxquels nous avons parlé rejettent": the relative
            # clause ends before the verb, inside the subject; a pronoun after the relative is
            # the main clause's subject: "la commission … a dressé un rapport dans lequel elle
            # a évoqué …")
            continue
        b = m.end()
    seg_start = b
    while seg_start < end and text[seg_start] in " ,":
        seg_start += 1
    for a, c in marks:
        if a == seg_start and c < end and text[c + 1:end].strip()[:1].isupper():
            # "«Forte mobilisation à travers le pays» Il a précisé que …": a title in marks
            # glued to the sentence (scraped text), then the subject
            seg_start = c + 1
            while seg_start < end and text[seg_start] in " ,.":
                seg_start += 1
            break
    seg = text[seg_start:end]
    if _COORD_TAIL.search(seg):
        # "Julien Clerc a parlé de «perfection» et a souligné …", "les Comités … campent sur
        # leurs positions et appellent …": a coordinated verb, whose subject is the first
        # verb's
        first = _FIRST_VERB.search(text, seg_start, end)
        if first is not None and first.start() > seg_start:
            end = first.start()
            seg = text[seg_start:end]
        else:
            # a first verb the closed list does not know ("Macron assume et revendique …",
            # "Elle juge ce document … et estime …"): the pronoun or the name run that opens
            # the clause, before its verb
            lead = _SUBJECT_BEFORE_VERB.match(seg)
            if lead is not None:
                end = seg_start + lead.end(1)
                seg = text[seg_start:end]
    words = seg.split()
    if words and words[-1].lower() == "qui":
        if len(words) > 1 and words[-2].lower() in ("ce", "cela", "ça"):
            return None  # "…, ce qui signifie que …": the outlet's own reasoning
        # "… le dictateur qui dit", "a ajouté l'armée, qui affirme": the antecedent
        return _antecedent(text, unit_start, seg_start + len(seg.rstrip()) - 3, marks)
    # "56,6 % des sondés déclarent" (not an aside: "Le ministre, de nombreux analystes le
    # pensent, estime")
    quantity = _QUANTITY_NP.match(seg) is not None and _FIRST_VERB.search(seg) is None
    if not words or (not _word_ok_start(words[0]) and not quantity and text[b - 1:b] == ","):
        # "X, porte-parole de Y, a déclaré" / "La chaîne, accusée de …, a tweeté": walk back
        # over the appositions to the chunk that names the subject
        if _COORD_TAIL.search(seg) and _FIRST_VERB.match(" " + seg):
            # "Environ 150 «gilets jaunes» y occupaient un rond-point, arrêtaient les voitures
            # et demandaient …": a series of verbs, whose subject is the first verb's
            first = _FIRST_VERB.search(text, unit_start, b)
            if first is not None and first.start() > unit_start and \
                    not _AND_CLAUSE.search(text, unit_start, b):  # (one clause before it)
                return parse_subject(text, unit_start, first.start() + 1, marks=marks)
        return _subject_before_appositions(text, unit_start, b, end, marks)
    if words[-1].lower() == "qui":
        # "… le dictateur qui dit", "a ajouté l'armée, qui affirme": the antecedent
        return _antecedent(text, unit_start, seg_start + len(seg.rstrip()) - 3, marks)
    rel = _RELATIVE_THEN_PRONOUN.search(seg)
    if rel is not None:
        # "Ces masses dont on a dit que …", "les salariés pour qui ils exigent …": the
        # relative clause's own subject
        return seg_start + rel.start(1), seg_start + rel.end(1)
    if len(words) > 1 and words[-1].lower() in ("il", "elle", "ils", "elles") and \
            words[-2].lower() not in ("qu'", "que", "si", "comme", "s'", "lorsqu'", "quand"):
        # "A la mi-journée il avait souligné": a time phrase without its comma, then the subject
        k = seg_start + len(seg.rstrip()) - len(words[-1])
        return k, k + len(words[-1])
    lead = _LEADING_ADVERBS.match(seg)
    if lead:
        seg_start += lead.end()
        seg = text[seg_start:end]
        words = seg.split()
        if not words:
            return None
    sub = _LEADING_SUBORDINATOR.match(seg)
    if sub and sub.end() < len(seg.rstrip()):
        seg_start += sub.end()
        seg = text[seg_start:end]
        words = seg.split()
    if len(words) > 8:
        # a long stretch: the subject is after the last coordination ("… en Syrie et Moscou")
        k = max(seg.rfind(" et "), seg.rfind(" puis "))
        if k > 0:
            seg_start += k + (4 if seg[k:k + 4] == " et " else 6)
            seg = text[seg_start:end]
            words = seg.split()
    if not words or not (_word_ok_start(words[0]) or _QUANTITY_NP.match(seg)) or len(words) > 12:
        return None
    if words[0].lower() in ("ce", "cela", "ça", "c'est", "il y", "on", "je", "j'", "nous", "vous",
                            "tu"):
        if words[0].lower() == "ce" and len(words) > 1 and _demonstrative_person(words[1]):
            # a demonstrative determiner: "Ce dernier", "Ce militant" (without the auxiliary
            # of a cue read as a present: "Ce dernier avait enjoint")
            if len(words) > 2 and words[-1] in _TRAILING_AUX:
                end = seg_start + len(seg.rstrip()) - len(words[-1])
                while end > seg_start and text[end - 1] == " ":
                    end -= 1
            return seg_start, end
        if words[0].lower() != "on":
            return None
    channel = _CHANNEL_AFTER_SUBJECT.search(text, seg_start, end)
    if channel is not None and channel.start() > seg_start:
        end = channel.start()  # "Hitler dans ses discours dit que": the speaker, its channel
    return seg_start, end


# where a subject speaks, between it and its verb: "dans ses discours", "dans un communiqué"
_CHANNEL_AFTER_SUBJECT = re.compile(
    r"\s+(?:dans|sur|via)\s+(?:son|sa|ses|leur|leurs|un|une|le|la|les|l['’])\s*"
    r"(?:discours|communiqué|entretien|interview|tweet|message|lettre|déclaration|livre|"
    r"ouvrage|tribune|rapport|compte\s+\w+|blog|émission|vidéo)s?$", re.IGNORECASE)
_NOT_PERSON_ROLES = frozenset({"organization", "document", "media", "agency"})
# a body by its head noun alone: "la Commission", "le ministère", "La Cour", "l'Agence"
_BARE_BODY = re.compile(r"(?:le|la|l['’])\s*([^\W\d_][\w-]+)", re.IGNORECASE)
_BODY_ROLE_TYPES = frozenset({"government", "organization", "military", "media", "agency"})
_BODY_ADJECTIVES = frozenset({"suprême", "constitutionnel", "constitutionnelle", "fédéral",
                              "fédérale", "national", "nationale", "international",
                              "internationale", "mondial", "mondiale", "régional", "régionale",
                              "européen", "européenne", "public", "publique"})


@functools.cache
def _fuller_body_regex(head: str) -> re.Pattern[str]:
    """The head noun with its adjective and "de …" complements, after a definite article."""
    return re.compile(
        r"\b(?:le|la|l['’])\s*(" + re.escape(head) +
        r"(?:\s+(?!(?:a|ont|est|sont|qui|que|et|ou|en|à|au|aux|sur|pour|par|dans|avec|de|du|"
        r"des|d['’])\b)"
        r"(?-i:[a-zéèêëàâîïôûç-]+))?"
        r"(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]|les\s+)?(?-i:[A-ZÉÈ])[\w'’-]*"
        r"(?:\s+(?-i:[A-ZÉÈ])[\w'’-]*){0,3})*)", re.IGNORECASE)
_TRAILING_AUX = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "aura"})


def _demonstrative_person(word: str) -> bool:
    """Is ``word`` after "ce" a person ("ce dernier", "ce témoin", "ce policier"), not a thing
    or a body ("ce film", "ce groupe", "ce document": not taken as speakers)?"""
    low = word.lower()
    if low == "dernier":
        return True
    roles = gazetteer().roles
    kind = roles.get(low) or roles.get(low + "s")
    return kind is not None and kind not in _NOT_PERSON_ROLES


# a pronoun, or capitalised words, then a lower-case word (the verb)
_SUBJECT_BEFORE_VERB = re.compile(
    r"((?:il|elle|ils|elles)|(?-i:[A-ZÉ][\w'-]+)(?:\s+(?-i:[A-ZÉ][\w'-]+)){0,3})"
    r"\s+(?-i:[a-zéèêàâîôûç])", re.IGNORECASE)
_COORD_TAIL = re.compile(r"\s(?:et|puis)\s*$", re.IGNORECASE)
_AND_CLAUSE = re.compile(r"\s(?:et|puis|mais)\s", re.IGNORECASE)
# the first finite verb of a clause, for the subject of a coordinated verb: an auxiliary or
# modal, a negation or reflexive clitic, or a third person plural ending in -ent (not -ment,
# and not one of the nouns and adjectives that end so)
_NOT_VERBS_ENT = ("président|présidents|agent|agents|client|clients|parent|parents|incident|"
                  "incidents|accident|accidents|argent|talent|talents|patient|patients|"
                  "continent|équivalent|urgent|récent|récents|différent|différents|excellent|"
                  "violent|violents|évident|compétent|précédent|précédents|adolescent|"
                  "adolescents|résident|résidents|dissident|dissidents|sergent|occident|"
                  "orient|content|contents|souvent|vent|dent|dents|lent|cent|accent|"
                  "absent|absents|présent|présents|intelligent|prudent|innocent|innocents|"
                  "concurrent|concurrents|régent|indépendant|ardent|décent|fréquent|"
                  "récemment|comment|lorsqu|auparavant|pendant|cependant|néanmoins")
# (auxiliaries, modals and a few common verbs, or a third person plural in -ent)
_FINITE_FORMS = (r"(?:a|ont|est|sont|avait|avaient|aura|auront|était|étaient|va|vont|veut|"
                 r"veulent|doit|doivent|peut|peuvent|fait|font|reste|restent)\b|"
                 rf"(?!(?:{_NOT_VERBS_ENT})\b)\w{{2,}}(?<!m)ent\b")
_FIRST_VERB = re.compile(
    r"\s(?=(?:(?:ne|se|y|en|lui|leur)\s+|n'|s')\w|"  # whole words: not "secrétaire"
    + _FINITE_FORMS + ")", re.IGNORECASE)
_JOINT = re.compile(r"([A-ZÉ][\w'-]+(?: [A-ZÉ][\w'-]+)?) et ([A-ZÉ][\w'-]+(?: [A-ZÉ][\w'-]+)?)$")
# the same without the clitics that are also prepositions ("en larmes", "y", "lui"): the verb of
# a main clause before a participle
_MAIN_VERB = re.compile(r"\s(?=(?:ne|se)\s+\w|n'|s'\w|" + _FINITE_FORMS + ")", re.IGNORECASE)


_RELATIVE_BEFORE = re.compile(r"\b(?:qui|que|qu'|dont|où)\s*$", re.IGNORECASE)  # a relative's verb


# a clause that opens with a pronoun subject: "Cette dernière viendra …", "Et il continue …"
_PRONOUN_LEAD = re.compile(r"\s*(?:(?:et|mais|puis|alors|ensuite)\s+)?(?P<subj>il|elle|ils|elles|"
                           r"ce dernier|cette dernière|ces derniers|ces dernières)\s+"
                           r"(?!(?:qui|que|dont)\b)", re.IGNORECASE)
_QUE_WORD = re.compile(r"\bqu(?:e\b|['’])", re.IGNORECASE)


def _main_verb_before(text: str, lo: int, hi: int, marks: list[tuple[int, int]]
                      ) -> tuple[int, int | None]:
    """(start of the clause that ends at ``hi``, after the last colon or semicolon; offset of
    the first verb of the closed list in it, outside marks and relative clauses, or None)."""
    clause = max(text.rfind(":", lo, hi), text.rfind(";", lo, hi), lo - 1) + 1
    for v in _MAIN_VERB.finditer(text, clause, hi):
        if v.start() > clause and \
                not _RELATIVE_BEFORE.search(text, max(clause, v.start() - 8), v.start()) and \
                not any(a <= v.start() <= b for a, b in marks):
            return clause, v.start()
    return clause, None


# a first or second person and its verb: "auxquels nous avons parlé", "à qui nous parlons"
_PERSON_THEN_VERB = re.compile(r"(?:\b(?:nous|vous|je|tu|on)\s|\bj['’])\s*\w", re.IGNORECASE)
# "ce à quoi", "ce dont", "ce que" before a clause's subject
_CE_RELATIVE = re.compile(r"\s*ce\s+(?:à\s+quoi|dont|que|qu['’])\s*", re.IGNORECASE)
# a clause that opens with its subject after a comma: a determiner, a pronoun or a capital
_CLAUSE_SUBJECT_START = re.compile(
    r"\s*(?:(?:le|la|les|des|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|il|elle|ils|elles|"
    r"on)\s|l['’]|(?-i:[A-ZÉ]))", re.IGNORECASE)


def _last_clause_before(text: str, lo: int, hi: int, marks: list[tuple[int, int]]
                        ) -> tuple[int, int] | None:
    """(start, first verb) of the last clause in ``[lo, hi)`` that follows a comma and opens
    with its own subject, when an earlier clause holds a verb too (a second main clause, not
    an apposition: "Le ministre, le visage fermé, a …" has no subject after its commas)."""
    c = hi
    while True:
        c = text.rfind(",", lo, c)
        if c <= lo:
            return None
        if any(a <= c <= b for a, b in marks):
            continue
        start = c + 1
        relative = _CE_RELATIVE.match(text, start, hi)
        if relative is not None:
            start = relative.end()  # ", ce à quoi le «marcheur» Laurent Pietraszewski a répondu"
        if not _CLAUSE_SUBJECT_START.match(text, start, hi):
            continue
        _clause, first = _main_verb_before(text, start, hi, marks)
        if first is None or _main_verb_before(text, lo, c, marks)[1] is None:
            return None
        return start, first


def _speaking_subject(mention: str) -> bool:
    """Is ``mention`` a name, a pronoun or a role (what can be a speaker without more
    context)?"""
    words = mention.split()
    if not words or words[-1].lower() in ("mais", "et", "ou", "puis", "donc"):
        return False  # (a clause cut at its conjunction: "Le député N-VA ironise mais")
    if words[0].lower() in ("il", "elle", "ils", "elles"):
        return len(words) == 1
    if _PERSON_NAME.fullmatch(mention) or lookup(mention) is not None:
        return True
    return opens_with_role(mention) and len(words) <= 8


def has_finite_verb(text: str, lo: int, hi: int) -> bool:
    """Is there a finite verb of the closed list (auxiliaries, modals, "-ent" plurals, a clitic
    before a verb) between ``lo`` and ``hi``?"""
    return _FIRST_VERB.search(text, lo, hi) is not None


def opens_with_role(phrase: str) -> bool:
    """Does ``phrase`` (after its article) open with a role ("porte-parole de …", "secrétaire
    générale adjointe de l'AJP")?"""
    low = strip_determiner(phrase).lower().replace("’", "'")
    quantity = _QUANTIFIER.match(low)
    if quantity is not None:
        low = low[quantity.end():]  # "Plusieurs élus", "De nombreux députés"
    words = low.split()
    head = words[0] if words else ""
    roles = _roles()
    return head in roles or (head[-1:] in ("s", "x") and head[:-1] in roles) or any(
        low.startswith(role) for role in roles if " " in role)


# a quantity before a plural role: "plusieurs élus", "certains députés", "de nombreux maires"
_QUANTIFIER = re.compile(
    r"(?:plusieurs|certains|certaines|quelques|divers|diverses|maints|maintes|"
    r"(?:de\s+|d')(?:nombreux|nombreuses|autres)|nombre\s+(?:de|d')|beaucoup\s+(?:de|d')|"
    r"(?:la\s+)?plupart\s+des|(?:une\s+)?partie\s+des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"\d+)(?:(?<=')|\s+)")


def _antecedent(text: str, unit_start: int, qui: int, marks: list[tuple[int, int]]
                ) -> tuple[int, int] | None:
    """The noun phrase that "qui" refers to: the nearest one before it, at most 10 words."""
    lo = max(unit_start, qui - 120)
    for a, c in marks:
        if a < qui and c >= lo:
            if not text[c + 1:qui].strip(" ,"):
                # a label in marks right before "qui": "des «gilets jaunes» qui réclament"
                det = _DET_BEFORE.search(text, max(unit_start, a - 12), a)
                if det is not None:
                    return det.start(1), c + 1
            lo = max(lo, c + 1)
    window = text[lo:qui]
    apposed = _NAME_THEN_APPOSITION.search(window)
    if apposed is not None and opens_with_role(apposed.group(2)) and \
            not _FINITE_IN_NP.search(apposed.group(2)):
        # (not a clause: "Sur Twitter, des militants ont interpellé Leetchi, qui a répondu")
        # "Ilse Van De Keere, porte-parole de la police locale de Bruxelles, qui précise …":
        # the person the apposition describes, not the last name in it
        return lo + apposed.start(1), lo + apposed.end(1)
    name = _NAME_BEFORE_QUI.search(window)
    body = _BODY_OF_PLACE.search(window, max(0, name.start(1) - 120), name.start(1)) \
        if name is not None and window[:name.start(1)].endswith(_OF_BEFORE_NAME) else None
    if body is not None and not _FINITE_IN_NP.search(body.group()):
        # "la Chambre de commerce et d'industrie de Paris Île-de-France, qui a appelé": the
        # body whose complement the place is
        return lo + body.start(1), lo + name.end(1)
    if name is not None:
        a, b = lo + name.start(1), lo + name.end(1)
        before = text[max(lo, a - 12):a]
        if not _DET_BEFORE.search(before):  # "le dictateur Untel qui": the whole phrase below
            return a, b
    best = None
    for m in _NP_START.finditer(window):
        best = m.start()  # the last determiner or capital before "qui"
    if best is None:
        return None
    start = lo + best
    # extend left over a preceding determiner for "les syndicats" when best hit the noun
    end = qui
    while end > start and text[end - 1] in " ,":
        end -= 1
    words = text[start:end].split()
    if not words or len(words) > 10 or _FINITE_IN_NP.search(text, start, end):
        return None
    # prefer the determiner that opens the phrase: "le dictateur" over "dictateur"
    det = _DET_BEFORE.search(text, max(lo, start - 12), start)
    if det:
        start = det.start(1)
    return start, end


# a name, then its apposition between commas that opens with a lower-case word (a role, as
# the caller checks: not "Jean-Luc Mélenchon, estime l'eurodéputé …,"), right before "qui"
_NAME_THEN_APPOSITION = re.compile(
    r"(?<![\w'’-])((?:M\.\s|Mme\s)?[A-ZÉ][\w'’-]+(?:\s+(?:de\s|d'|du\s|van\s|von\s|Van\s|"
    r"De\s|Van de\s|van de\s|le\s)?[A-ZÉ][\w'’-]+){1,3}),\s*([a-zéèêàâîôûç][^,]{2,80}),\s*$")
# a person's name: "François Bayrou", "M. De Wever", "Laurence Bloch"
_PERSON_NAME = re.compile(
    r"(?:(?:Et|Mais|Puis)\s+)?(?:(?:M\.|Mme|Mlle|MM\.|Dr|Me|Pr)\s+[A-ZÉ][\w'-]+"
    r"(?:\s+[A-ZÉ][\w'-]+){0,2}|[A-ZÉ][\w'-]+(?:\s+(?:de |d'|du |van |von |le )?"
    r"[A-ZÉ][\w'-]+){1,3})")
# a share of people as subject: "56,6 % des sondés", "71% des Français", "2 juges sur 17"
_QUANTITY_NP = re.compile(r"\d[\d\s,.'\xa0]*\s*(?:%|pour cent|des\s|de\s|d'|\w+\s+sur\s+\d)"
                          # "de nombreux analystes pensaient", "beaucoup d'économistes"
                          r"|(?:de\s+(?:nombreux|nombreuses|multiples)|beaucoup\s+(?:de|d')|"
                          r"bon\s+nombre\s+(?:de|d'))\s*\w", re.IGNORECASE)
# a sentence that opens with a plural group: "Les addictologues français sont inquiets."
_PLURAL_OPENING = re.compile(r"\s*(?:(?:Mais|Et|Or|Pourtant|Cependant),?\s+)?(?:Les|Des|Ces)\s+"
                             r"([a-zéèêàâîôûç'-]+s(?:\s+[a-zéèêàâîôûç'-]+s)?)\b(?!\s+de\s)")
# a singular noun phrase that opens a sentence as its subject: "Cette étude, intitulée …, est",
# "La Commission a …" (the head is looked up in the roles table)
_SINGULAR_OPENING = re.compile(
    r"\s*(?:(?:Mais|Et|Or|Pourtant|Cependant),?\s+)?(?P<np>(?:La|Le|L'|Cette|Ce|Cet)\s*"
    r"(?P<head>[a-zA-ZéèêàâîôûçÉ-]+))(?=\s*,|\s+(?-i:[a-zéèêàâîôûç]))")
_OPENING_BODY_TYPES = frozenset({"document", "organization", "government", "media", "agency"})
# plural nouns of people by their ending: manifestants, chercheurs, syndicalistes, addictologues
_AGENT_PLURAL = re.compile(r"(?:istes|eurs|euses|ants|antes|iens|iennes|logues|aires|ciens|"
                           r"teurs|trices)$")
_NOT_FIRST_NAME = frozenset("selon pour après avant chez contre comme quand lorsque ainsi "
                            "enfin puis ensuite aussi pourtant cependant toutefois".split())
_SENTENCE_END_IN = re.compile(r"[.!?…]\s|\n")
# a capitalised word opening a sentence, then a lower-case word (its verb or a clitic)
_SURNAME_OPENING = re.compile(r"\s*(?:(?:Mais|Et|Puis|Or|Pourtant|Ensuite|Alors),?\s+)?"
                              r"([A-ZÉÈ][a-zéèêëàâîïôûç]+(?:-[A-ZÉÈ][a-zéèêëàâîïôûç]+)?)"
                              r"\s+(?=[a-zéèêàâîôûç])")
_SENTENCE_START = re.compile(r"(?:[.!?…»]\s*|\n\s*)$")
# a short introductory phrase that opens the sentence, then its subject
_INTRO_BEFORE_SUBJECT = re.compile(r"(?:^|[.!?…»]\s+|\n\s*)[A-ZÉÀ][^.!?…«»,\n]{0,40},\s*$")
_COMMA_NOT_DECIMAL = re.compile(r"(?<!\d),|,(?!\d)")
# (a determiner before a label in marks: "ajoute ce «gilet jaune» interrogé par l'AFP")
_LABEL_BEFORE = frozenset({"des", "de", "du", "d'", "les", "la", "le", "aux", "un", "une", "ce",
                           "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "l'"})
_QUOTE_MARK = re.compile(r"[«»\"“”„‹›]")
# "qui" is the relative clause's own subject: a name after it is its object ("les syndicats
# qui ont rencontré Christophe Castaner"); after "à laquelle", "dont le", "que" the name is
# the clause's subject, who speaks ("Une charge à laquelle Renaud Dély répond")
_RELATIVE_WORD = re.compile(r"\squi\s", re.IGNORECASE)
# "Du côté de la police, on …", "Chez Renault, on …", "À l'Élysée, on …": the body "on" is
_ON_SIDE = re.compile(r"(?:^|[.!?»]\s+|\n)\s*(?:(?:Du|Au) côté (?:de la |de l'|du |des )|Chez |"
                      r"Auprès (?:de la |de l'|du |des )|(?:À|A) l')"
                      r"([^,.;:«»\n]{2,60}),\s*$")
# a relation to the person named after it: the speaker is the relative, the friend, the aide
_RELATION_BEFORE = re.compile(
    r"\b(?:proches?|ami|amie|amis|amies|entourage|fils|filles?|pères?|mères?|frères?|sœurs?|"
    r"soeurs?|épouses?|mari|compagne|compagnon|cousine?s?|oncle|tante|neveu|nièce|"
    r"collaborat(?:eur|rice)s?|partisans?|soutiens?|adversaires?|rivale?s?|successeur|"
    r"prédécesseur|bras droit)\s+(?:de\s+|d'|du\s+|des\s+)$", re.IGNORECASE)
_OF_START = re.compile(r"(?:de|du|d')(?:\s|(?<=d'))", re.IGNORECASE)
_LABEL_CLOSE = {"«": "»", '"': '"', "“": "”", "(": ")"}
_NP_START = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=,)|(?<=\()|(?<=d'))(?:les |le |la |l'|un |une |des |du |ce |cette |"
    r"ces |son |sa |ses |leur |leurs )", re.IGNORECASE  # "Les manifestants, qui …"
)
# a name right before "qui": "Annie, qui affirme …"
# a body named by a capitalised noun and complements, before the place or name that ends it
_BODY_OF_PLACE = re.compile(r"(?:^|\s)((?:la|le|les|l')\s*[A-ZÀ-ÖØ-Þ][\w'-]*"
                            r"(?:\s+(?:de|du|des|et|d')\s*(?:la\s+|l')?[\w'-]+){0,4}"
                            r"\s+(?:de\s+|du\s+|des\s+|d'))$")
_OF_BEFORE_NAME = ("de ", "du ", "des ", "d'")
_NAME_BEFORE_QUI = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'-]+){0,3})[\s,]*$")
_DET_BEFORE = re.compile(r"(?:^|\s)((?:les|le|la|un|une|des|du) )$")
_FINITE_IN_NP = re.compile(r"\b(?:a|ont|est|sont|était|avait|avaient|dit|affirme)\b")
_LOWER_WORD = re.compile(r"[a-zéèêàâîôûç-]+")
# clitics and negation before a verb: "ne", "n'", "l'", "m'", "lui", "leur", "se", "s'"
_CLITIC_END = re.compile(r"(?:\s|^)(?:ne|n'|l'|m'|lui|leur|se|s'|y|en|les|la|le|nous|vous|me|"
                         r"[snml]['’](?:en|y))\s*$")  # ("s'en félicite", "n'y croit")
_LEADING_ADVERBS = re.compile(
    r"(?:(?:mais|et|or|puis|donc|alors|enfin|ainsi|aussi|par ailleurs|de son côté|pour sa part|"
    r"quant à|en revanche|cependant|toutefois|néanmoins|pourtant|d'ailleurs|en effet|"
    r"désormais|depuis|" + FRENCH_DAY + r"|hier|soir|matin|"
    # "C'est pourquoi la professeure … estime que": a link to what precedes, no subject
    r"c'est pourquoi|c'est ainsi que|c'est alors que|c'est là que|c'est pour cela que|"
    r"voilà pourquoi)"
    r"\b\s*,?\s*)+",
    re.IGNORECASE)
# a subordinating conjunction that opens the sentence is no part of the subject: "Si des
# manifestants ont décidé …", "S'il a évoqué …", "Quand il dit …", "Comme Annie, …"
def subordinator_pattern(*extra: str) -> str:
    """The conjunctions that open a subordinate clause (si, s'il, quand, lorsque, puisque,
    même si, bien que, alors que, tandis que, and ``extra``), with their elided forms, up to the
    next word: one list for the subject parser and the clause rules of _fr."""
    words = "|".join((*_SUBORDINATORS, *extra, *_QUE_SUBORDINATORS))
    elided = "|".join(w[:-1] + "'" for w in _QUE_SUBORDINATORS)
    return (rf"(?:(?:{words})\s+|"
            rf"(?:s'(?=ils?\b)|lorsqu'|puisqu'|{elided})\s*)(?=\S)")


# conjunctions of time and cause that open a sentence's subordinate clause ("Dès que l'on
# évoque …, …", "Parce qu'il a dit …, …"); not "tant que", which goes on a clause ("Cela
# durera, selon lui, tant que …")
_TIME_AND_CAUSE = ("dès que", "parce que", "après que", "avant que", "pendant que",
                   "depuis que", "une fois que", "aussitôt que", "sitôt que", "à mesure que",
                   "étant donné que", "vu que", "pour peu que")
# the conjunctions that open a subordinate clause: without "que", then with it (elided as qu')
_SUBORDINATORS = ("même si", "si", "quand", "lorsque", "puisque")
_QUE_SUBORDINATORS = ("bien que", "alors que", "tandis que", *_TIME_AND_CAUSE)


_LEADING_SUBORDINATOR = re.compile(subordinator_pattern("comme"), re.IGNORECASE)
# (not "comme", which in an apposition compares: "Les gilets jaunes, comme le PS ou le PTB, le
# répètent")
_CLAUSE_SUBORDINATOR = re.compile(subordinator_pattern(), re.IGNORECASE)
_LEADING_CONNECTOR = re.compile(r"(?:mais|et|or|puis|donc|alors|enfin|ainsi)\s+",
                                re.IGNORECASE)
_DOCUMENT_NP = re.compile(
    r"(?:le|la|ce|cette|un|une|son|sa)\s+(communiqué|texte|déclaration|document|rapport|lettre)")
# a body named after the noun that says what it is: "l'opérateur Enedis", "le site de la RTBF",
# "le syndicat CGT" (the name is its canonical; a person's role is not one of these nouns)
_ORG_NOUN_NAME = re.compile(
    r"(?i:le|la|l'|les|un|une)\s*(?:opérateur|site|groupe|syndicat|fédération|association|"
    r"collectif|entreprise|société|constructeur|banque|fondation|institut|compagnie|ong|"
    r"organisation|mouvement)\s+(?:(?:de\s+la|de\s+l'|du|des|de|d')\s*)?"
    # (not "le groupe Facebook": a group on the platform, not the company)
    r"(?!(?:Facebook|Twitter|WhatsApp|Telegram|YouTube|Instagram|Snapchat|TikTok)\b)"
    r"((?:[A-ZÉ][\w&'-]*)(?:\s+[A-ZÉ][\w&'-]*){0,3})")
# a poll or a study named by its maker right after the noun: "un sondage Elabe", "l'étude Ifop"
_DOCUMENT_NAMED = re.compile(
    r"(?:(?i:le|la|l'|un|une|ce|cette|les|des)\s*)?(?:sondage|baromètre|enquête|étude|"
    r"dépêche)s?\s+"
    r"((?:[A-Z][\w&-]*|[A-ZÉ][a-zé]+)(?:[ -](?:[A-Z][\w&-]*))?)\b(?![ ]d[eu']\b)")
_DOCUMENT_OF = re.compile(
    r"(?:l'\s*|(?:le|la|les|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)\s+)?"
    r"(?:(?:derni|premi|nouv)\w+\s+)?(?:communiqué|texte|déclaration|document|"
    r"rapport|lettre|note|message|courrier|compte rendu|étude|estimations|statistiques|"
    r"bilan|comptage|calendrier|données|chiffres|décompte|recensement|prévisions|projections|"
    r"baromètre|sondage|enquête)\s+(?:du|de la|de l'|des|d'|de)\s*(.+)",
    re.IGNORECASE)
# the author's name before what is said of the document ("un rapport de la Cour des comptes
# publié l'an dernier", "une étude de l'Ifop pour la Fondation Jean Jaurès")
_AUTHOR_END = re.compile(
    r"\s+(?:(?:publié|réalisé|diffusé|paru|rendu|présenté|remis|obtenu|signé|adressé|rapporté|"
    r"recueilli|transmis|dévoilé|consulté|cité)e?s?|pour|sur|dans|à|au|aux|en|selon|datée?s?|"
    r"qui|dont|vers|" + FRENCH_DAY + r")\b|\s*[,;–—]|\.$")
_ACRONYM_END = re.compile(r"\(([A-Z][\w&-]{1,11})\)\s*$")
_PARTICLES = re.compile(r"^(?:(?:de|du|d'|von|van|der)\s*)+")
_PARTICLE_WORDS = frozenset({"de", "du", "d'", "von", "van", "der", "Le", "La"})
# capitalised words named after a person: "la Fondation Jean Jaurès" is no person
_EPONYM_NOUNS = frozenset("fondation institut lycée collège école université hôpital centre "
                          "rue avenue boulevard place quai stade parc musée gare aéroport "
                          "prix salle théâtre pont port square allée cours".split())
_TITLE_NAME = re.compile(r"(?:M\.|Mme|Mlle|MM\.|Dr|Me|Pr|Monsieur|Madame|Mademoiselle)\s+"
                         r"([A-ZÉ][\w'-]+)")
_LAST_WORD = re.compile(r"([\w'-]+)\s*$")
_FIRST_WORD = re.compile(r"\s*([\w'-]+)")
_WORD_TOKEN = re.compile(r"[\w'-]+")


# a lawyer is named with the title "Me" (Maître): "Me Michèle Hirsch", "Me Bodson"
_LAWYER_NOUNS = frozenset({"avocat", "avocate", "conseil", "défenseur", "pénaliste"})
_LAWYER_TITLE = re.compile(r"\bMe\s+((?:[A-ZÉÈ][\w'’-]+\s+){0,2}[A-ZÉÈ][\w'’-]+)")


# the capitalised word right before a position ("Rudi" before "Garcia")
_WORD_BEFORE = re.compile(r"\b([A-ZÉÈ][a-zéèëïîôöüç]+(?:-[A-ZÉÈ][a-zéèëïîôöüç]+)?)\s+$")


@functools.lru_cache(maxsize=1 << 14)
def _head_word(mention: str) -> str:
    """The first word of a mention without its article, lower-cased ("gouvernement")."""
    words = strip_determiner(mention).lower().replace("’", "'").split()
    return words[0] if words else ""


def _from_first_name(name: str) -> str:
    """A capitalised run whose person starts later, at a first name followed by a surname: the
    place or body before it is left out ("République de Charleville-Mézières Laurent de
    Caigny" -> "Laurent de Caigny", "Champs-Elysées Frédéric Dupont" -> "Frédéric Dupont").
    A run that starts with a first name, or names a place after a person ("Fondation Jean
    Jaurès"), is kept."""
    toks = name.split()
    if len(toks) < 3 or _is_first_name(toks[0]) or toks[0].lower() in _EPONYM_NOUNS:
        return name
    for i in range(1, len(toks) - 1):
        if not _is_first_name(toks[i]) or toks[i - 1].lower() in _EPONYM_NOUNS:
            continue
        k = i + 1
        while k < len(toks) - 1 and toks[k] in _PARTICLE_WORDS:
            k += 1  # "Ursula von der Leyen"
        surname = toks[k][:1].isupper() and toks[k] not in _PARTICLE_WORDS
        if surname:
            return " ".join(toks[i:])
    return name


def _is_first_name(word: str) -> bool:
    names = first_names()
    return word in names or word.split("-")[0] in names


def _subject_before_appositions(text: str, unit_start: int, b: int, end: int,
                                marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    pos = b - 1  # the comma before the verb (or before the apposition chunk)
    for _ in range(4):
        k = text.rfind(",", unit_start, pos)
        while k != -1 and any(a <= k <= c for a, c in marks):
            k = text.rfind(",", unit_start, k)
        chunk_start = k + 1 if k != -1 else unit_start
        chunk = text[chunk_start:pos]
        stripped = chunk.strip()
        if not stripped:
            return None
        connector = _LEADING_CONNECTOR.match(stripped)  # "…, et Margarita Simonyan, …"
        if connector and connector.end() < len(stripped):
            stripped = stripped[connector.end():]
        subordinator = _CLAUSE_SUBORDINATOR.match(stripped)  # "Si les modérés, représentés …,"
        if subordinator and subordinator.end() < len(stripped) and \
                not _FIRST_VERB.search(" " + stripped[subordinator.end():]):
            # (not a clause: "Heaulme, s'il a toujours nié, a parfois reconnu")
            chunk_start += chunk.index(stripped) + subordinator.end()
            chunk = text[chunk_start:pos]
            stripped = chunk.strip()
        first = stripped.split()[0]
        if _word_ok_start(first) and len(stripped.split()) <= 12:
            a = chunk_start + len(chunk) - len(chunk.lstrip())
            lead = _LEADING_CONNECTOR.match(text, a, pos)
            if lead:
                a = lead.end()
            if k != -1 and (not first[:1].isupper() or first.lower() in _DET_WORDS):
                # a role after a name ("François Bayrou, président du MoDem, a déploré"):
                # the mention runs from the name, which names the speaker
                named = _name_before_apposition(text, unit_start, k)
                if named is not None:
                    return named, pos
            # a name followed by its role: keep both ("Philippe Capon, secrétaire général")
            return a, pos if pos - a > 0 else end
        if k == -1:
            return None
        pos = k
    return None


_DEFINITE_START = re.compile(r"(?:[Ll]['’]|(?:[Ll]e|[Ll]a|[Ll]es)\s)")


def _name_before_apposition(text: str, unit_start: int, k: int) -> int | None:
    """Where the name starts that the apposition after the comma at ``k`` describes:
    "François Bayrou, président du MoDem, a déploré", "Margaux, 22 ans, étudiante en droit,
    affirme" (an age between the two), "… Soumynie Mene, militante indépendantiste de 38 ans,
    juge" (a name at the end of words glued before it)."""
    end = k
    for _ in range(2):
        k0 = text.rfind(",", unit_start, end)
        start = k0 + 1 if k0 != -1 else unit_start
        chunk = text[start:end]
        if k0 != -1 and _AGE_CHUNK.fullmatch(chunk):
            end = k0
            continue
        a = start + len(chunk) - len(chunk.lstrip())
        lead = _LEADING_CONNECTOR.match(text, a, end)
        if lead is not None:
            a = lead.end()
        body = text[a:end].strip()
        if _PERSON_NAME.fullmatch(body) or body in first_names():
            return a
        # (a few words glued before the name, as a headline without its full stop; not a
        # clause whose object the name is, "en obtenant d'auditionner … Alexandre Benalla, le
        # Sénat", nor a complement, "L'épouse de Meng Hongwei, l'ex-président …")
        tail = _TRAILING_NAME.search(text, a, end)
        if tail is None or _COMPLEMENT_BEFORE_NAME.search(text, a, tail.start(1)):
            return None
        before = text[a:tail.start(1)].split()
        if _DEFINITE_START.match(text, a) and any(
                w.lower().split("'")[-1].split("’")[-1] in _roles() for w in before):
            # "L'ancienne ministre socialiste française Ségolène Royal, candidate …": a role
            # with its adjectives, then the name
            return a
        if len(before) > 3 and not _GLUED_END.search(before[-1]) and \
                not _CLAUSE_OPENER_BEFORE.search(text, a, tail.start(1)):
            # (a link or a closing mark glued to the name ends what came before, and a
            # conjunction opens the name's clause: "La perspective est sérieuse puisque
            # Jean-Louis Bourlanges, président de la commission …, expliquait que")
            return None
        return tail.start(1)
    return None


_CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:\s(?:" + "|".join((*_SUBORDINATORS, *_QUE_SUBORDINATORS, "car", "mais", "et", "que",
                             "donc", "or", "où")) +
    r")\s+|\s(?:lorsqu|puisqu|qu)')$", re.IGNORECASE)
_CONJUNCTION_TAIL = re.compile(r"\s+(?:et|ou|(?-i:devait|devaient|doit|doivent|devrait|"
                               r"devraient|pourrait|pourraient|allait|allaient|va|vont|voulait|"
                               r"veut|veulent|souhaite|souhaitait))$", re.IGNORECASE)
# (and a modal verb: "Le Premier ministre Edouard Philippe devait [présenter]")
_HANDLE = re.compile(r"@\w{2,30}\b")
# "par le gouvernement ces derniers jours": a time after the noun phrase, no part of the
# speaker's mention
_TIME_TAIL = re.compile(r"\s+ces\s+(?:(?:derniers|dernières|prochains|prochaines)\s+)?"
                        r"(?:jours|semaines|mois|années|temps)(?:\s+derni\w+)?$", re.IGNORECASE)
_GLUED_END = re.compile(r"(?:[.!?»\"”]|https?://\S+|pic\.twitter\.com/\S+)$")
_AGE_CHUNK = re.compile(r"\s*\d+\s*ans\s*")
_TRAILING_NAME = re.compile(r"(?<=\s)([A-ZÉ][\w'-]+(?:\s+(?:de |d'|du |van |von |le )?"
                            r"[A-ZÉ][\w'-]+){1,2})\s*$")


# ---------------------------------------------------------------------------------------------
@dataclass
class _Known:
    canonical: str
    type: str
    affiliation: str | None
    plural: bool
    role_words: frozenset[str]
    gender: str = ""  # "m", "f" or "" (unknown): a French pronoun agrees in gender
    words: frozenset[str] = frozenset()  # the content words of the mention it was quoted by
    pos: int = -1  # where the text last had this speaker: the end of its quote or mention
    head: str = ""  # the first word of that mention without its article ("chef", "gouvernement")


class SpeakerResolver:
    """Resolves mentions to entities within one article, remembering who spoke."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.history: list[_Known] = []
        self._names: dict[str, str] | None = None
        # (start, full name, gender, opens its sentence)
        self._people: list[tuple[int, str, str, bool]] | None = None
        self._with_subjects: list[tuple[int, str, str, bool]] | None = None
        self._cache: dict[str, tuple[str | None, str, str | None, str]] = {}
        self._authors: dict[str, _Known | None] = {}
        self._roles_found: dict[str, str | None] = {}
        self._before_cache: dict[str, str | None] = {}
        # the source the last "on" incise named, and where it ended ("a-t-on appris de source
        # judiciaire … a-t-on ajouté")
        self.on_source: tuple[Speaker, int] | None = None

    # -- the article's full names, built on first need -----------------------------------
    def names(self) -> dict[str, str]:
        if self._names is None:
            self._scan_names()
        assert self._names is not None
        return self._names

    def _role_before(self, pos: int) -> bool:
        """Is the word right before ``pos`` a role ("l'enseignante Dominique Trousson")?"""
        m = _ROLE_WORD_BEFORE.search(self.doc.norm, max(0, pos - 40), pos)
        return m is not None and m.group(1).lower() in _roles()

    def _scan_names(self) -> None:
        """One pass over the article's "Firstname Lastname" runs: the full name of each
        surname (``names``) and the people a first name gives a gender (``_people``)."""
        names: dict[str, str] = {}
        people: list[tuple[int, str, str, bool]] = []
        table = first_names()
        text = self.doc.norm
        for m in _FULL_NAME.finditer(text):
            first, last = m.group(1), m.group(2)
            g = table.get(first)
            if g is not None:
                subject = m.start() == 0 or _SENTENCE_START.search(
                    text, max(0, m.start() - 3), m.start()) is not None or \
                    _INTRO_BEFORE_SUBJECT.search(text, max(0, m.start() - 60), m.start()) \
                    is not None  # ("À ses côtés, Christophe Menant, … apprécie")
                people.append((m.start(), f"{first} {last}", g, subject))
            if first.lower() in _DET_WORDS or first.lower() in _roles() or \
                    first.lower() in _NO_NP_START or \
                    first.lower() in _STOP_AFTER or first.lower() in _NOT_FIRST_NAME or \
                    (g is None and first.endswith("ant")) or _TITLE_WORD.match(first + " "):
                continue  # ("Pour Tanguy, …", "Selon Dupont": a capitalised word, no first
                # name; "Accusant Marine Le Pen de …": a participle opening the sentence)
            if lookup(first) is not None and lookup(f"{first} {last}") is None:
                continue
            names.setdefault(last.lower(), f"{first} {last}")
            if " " in last and g is not None:
                # "Isabelle De Maegt", "Pascal de Crem": also under "maegt", "crem" ("Mme De
                # Maegt", "M. de Crem"; not "Ville de Bruxelles" under "bruxelles")
                names.setdefault(last.split()[-1].lower(), f"{first} {last}")
        self._names, self._people = names, people

    def _one_full_name(self, first: str) -> str | None:
        """The one full name the article gives with the first name ``first``, if only one."""
        if self._people is None:
            self._scan_names()
        assert self._people is not None
        found = {name for _, name, _, _ in self._people if name.split()[0] == first}
        return found.pop() if len(found) == 1 else None

    def _first_name_before(self, surname: str) -> str | None:
        """ "Garcia" when the article writes "les joueurs de Rudi Garcia": a first name right
        before the surname after a preposition, which the name scan leaves out (it cannot
        tell "de Rudi Garcia" from "des Transports Elisabeth Borne" without the table)."""
        key = surname.lower()
        if key not in self._before_cache:
            found = None
            names = first_names()
            text = self.doc.norm
            i = text.find(surname)
            while i != -1 and found is None:
                end = i + len(surname)
                if end == len(text) or not text[end].isalnum():
                    m = _WORD_BEFORE.search(text, max(0, i - 40), i)
                    if m is not None and m.group(1) in names:
                        found = f"{m.group(1)} {surname}"
                i = text.find(surname, i + 1)
            self._before_cache[key] = found
        return self._before_cache[key]

    def note_quote(self, q: Quote) -> None:
        sp = q.speaker
        if sp is None or not sp.canonical or sp.canonical[:1].isdigit():
            return  # (a share of respondents, "53 % de la population", is nobody's antecedent)
        mention = (sp.text or "").lower()
        plural = _is_plural(mention) if sp.resolved_by != "pronoun" else any(
            k.canonical == sp.canonical and k.plural for k in self.history[-3:])
        gender = ""
        if sp.resolved_by in ("pronoun", "previous-quote"):
            # the antecedent's gender when it is known, else the pronoun's
            gender = next((k.gender for k in reversed(self.history)
                           if k.canonical == sp.canonical and k.gender), "")
        gender = gender or mention_gender(sp.text, sp.canonical)
        self.history.append(_Known(sp.canonical, sp.type, sp.affiliation, plural,
                                   _own_role_words(mention), gender,
                                   _content_words(mention), max(q.end, sp.end or -1),
                                   _head_word(mention)))

    def only_person_before(self, pos: int) -> Speaker | None:
        """The one person the article names ("Prénom Nom", a first name of the table) before
        ``pos``: an interview's guest, introduced before the first question. Two people named
        there (the guest and someone the lead compares them with): None."""
        # (also after "de", which the name scan leaves out: "le MR de Claudy Demarez")
        names = first_names()
        found = {f"{m.group(1)} {m.group(2)}"
                 for m in _ANY_FULL_NAME.finditer(self.doc.norm, 0, pos) if m.group(1) in names}
        if len(found) != 1:
            return None
        (name,) = found
        kind, aff = classify(name, name, True)
        return Speaker(None, None, None, name, "person" if kind == "unknown" else kind, aff,
                       "interview")

    def _outlet(self, agency: bool, mention: str, a: int, b: int) -> Speaker | None:
        """ "le média", "le journal", "l'agence" at ``a``: the outlet quoted last ("Selon le
        Sun, … Le journal affirme"), named last in the gazetteer ("La RTBF a constaté …,
        rapporte le média") or named with its kind ("le bihebdomadaire camerounais Sans
        Détour"), whichever comes last; None when the article names none before."""
        kind = "agency" if agency else "media"
        known = last_outlet_before(self.doc.norm, self.doc.lower, a, kind)
        named_at, named = -1, None
        for m in _OUTLET_NAMED.finditer(self.doc.norm, max(0, a - 1500), a):
            if (m.group(1).lower() == "agence") == agency and m.start() != a:
                named_at, named = m.start(), m.group(2).strip()
        spoke = next((k for k in reversed(self.history) if k.pos < a and k.type == kind), None)
        if spoke is not None and spoke.pos > max(named_at, known[0] if known else -1):
            return Speaker(mention, a, b, spoke.canonical, spoke.type, spoke.affiliation, "role")
        if known is not None and known[0] > named_at:
            e = known[1]
            return Speaker(mention, a, b, e.canonical, e.type, e.affiliation, "role")
        if named is not None:
            e = lookup(named)
            return Speaker(mention, a, b, e.canonical if e else named, kind,
                           e.affiliation if e else None, "role")
        return None

    def last_speaker(self) -> Speaker | None:
        if not self.history:
            return None
        k = self.history[-1]
        return Speaker(None, None, None, k.canonical, k.type, k.affiliation, "previous-quote")

    def is_agent_np(self, np: str) -> bool:
        return is_agent_np(np)

    def anonymous(self, label: str, a: int, b: int) -> Speaker:
        return Speaker(self.doc.norm[a:b], a, b, label.strip(), "anonymous", None, "mention")

    def resolve(self, mention: str, a: int, b: int) -> Speaker:
        stripped = mention.strip()
        if stripped != mention:  # the offsets follow the mention, spaces trimmed
            a += len(mention) - len(mention.lstrip())
            b -= len(mention) - len(mention.rstrip())
            mention = stripped
        tail = _TIME_TAIL.search(mention) or _CONJUNCTION_TAIL.search(mention)
        if tail is not None and tail.start() > 0:
            # "par le gouvernement ces derniers jours", "le président Emmanuel Macron et"
            mention, b = mention[:tail.start()], a + tail.start()
        words_of = _WORDS_OF.match(mention)
        if words_of is not None and words_of.end() < len(mention):
            # "selon les mots de Věra Jourová", "selon les propos du ministre": the speaker
            # whose words they are
            mention, a = mention[words_of.end():], a + words_of.end()
        low = mention.lower()
        if low in ("ce dernier", "cette dernière"):
            # the person named last in the sentence before, not the last speaker: "… a publié
            # une vidéo. Ce dernier a invité …" (Guillaume Barazzone, not Richard Ferrand)
            before = self._sentence_before(a)
            named = self._named_before(a, "f" if low == "cette dernière" else "m",
                                       after=before[0] if before is not None else 0,
                                       anywhere=True, latest=True)
            if named is not None:
                return self._named_speaker(mention, a, b, named)
        if low in _PRONOUNS or low in _DEMONSTRATIVES:
            return self._pronoun(mention, a, b)
        taken_up = _TAKEN_UP.match(low)
        if taken_up is not None and self.doc.norm[:a].rstrip()[-1:].isalpha():
            # (after the incise's verb only: a clause's "Celui qui trouve que …, dit X" is
            # whoever does)
            # "confie celle qui travaille comme gérante", "poursuit notre interlocutrice": the
            # person being quoted, taken up as "elle" would be
            sp = self._pronoun("elle" if taken_up.group("f") or taken_up.group("f2") else "il",
                              a, b)
            return Speaker(mention, a, b, sp.canonical, sp.type, sp.affiliation, sp.resolved_by)
        epithet = _EPITHET.fullmatch(low)
        if epithet is not None and _indefinite_before(self.doc.lower, low[epithet.end("det"):]
                                                      .strip(), a) is None:
            # "Selon la doctoresse", "de l'avis de la communicatrice", "Le jeune homme regrette
            # que": a description that takes up the person the article is about, as "elle" would
            # (the determiner or the noun gives the gender)
            fem = epithet.group("det") == "la" or (epithet.group("det") != "le" and (
                epithet.group("f") is not None))
            sp = self._pronoun("elle" if fem else "il", a, b)
            if sp.canonical is not None and _PERSON_NAME.fullmatch(sp.canonical) and \
                    mention_gender(None, sp.canonical) in ("", "f" if fem else "m"):
                return Speaker(mention, a, b, sp.canonical, sp.type, sp.affiliation,
                               sp.resolved_by)
        outlet = _OUTLET_NAMED.search(mention)
        if outlet is not None and outlet.end() == len(mention) and \
                _DETERMINER_ONLY.fullmatch(mention[:outlet.start()]) and \
                outlet.group(1).islower() and outlet.group(1) != "agence":
            # (a capitalised kind is part of the name: "Radio Abga", "le Journal du Geek")
            # "Le média français BFM", "L'hebdomadaire Marianne", "le journal français L'Obs":
            # the outlet by its name
            name = outlet.group(2).strip()
            e = lookup(name)
            return Speaker(mention, a, b, e.canonical if e else name, "media",
                           e.affiliation if e else None, "mention")
        known = self._cache.get(mention)
        if known is not None:  # same mention, same entity within an article
            return self._fuller_body(Speaker(mention, a, b, *known))
        honorific = _LOWER_HONORIFIC.match(mention)
        if honorific is not None:
            # "madame Diawara" is resolved as "Madame Diawara" (the mention keeps its case)
            mention_up = mention[0].upper() + mention[1:]
            sp = self._resolve(mention_up, mention_up.lower(), a, b)
            sp = Speaker(mention, a, b, sp.canonical, sp.type, sp.affiliation, sp.resolved_by)
        else:
            sp = self._resolve(mention, low, a, b)
        if sp.resolved_by in ("mention", "name", "joint"):  # not history-dependent
            self._cache[mention] = (sp.canonical, sp.type, sp.affiliation, sp.resolved_by)
        return self._fuller_body(sp)

    def _fuller_body(self, sp: Speaker) -> Speaker:
        """A body named by its head noun alone ("la Commission", "le ministère", "La Cour")
        after the article gave its full name ("la Commission européenne", "le ministère de la
        Défense de la Russie", "la Cour suprême des États-Unis"): the full name."""
        bare = _BARE_BODY.fullmatch(sp.text)
        if bare is None or (sp.canonical or "").lower() not in (
                bare.group(1).lower(), sp.text.lower()) or bare.group(1) in first_names():
            return sp
        head = bare.group(1)
        if head[:1].islower() and gazetteer().roles.get(head.lower()) not in _BODY_ROLE_TYPES:
            return sp  # (a person's role, "le rappeur", "le cardinal": not a body)
        text = self.doc.norm
        lo = max(0, sp.start - _NARRATIVE_WINDOW * 4)
        found = None
        for m in _fuller_body_regex(head.lower()).finditer(text, lo, sp.start):
            words = m.group(1).split()
            if len(words) < 2:
                continue
            rest = words[1:]
            if any(w in first_names() for w in rest):
                continue  # "la CGT Philippe Martinez": a person named after the body
            if not (any(w[:1].isupper() for w in rest) or
                    rest[0].lower() in gazetteer().nationality or
                    rest[0].lower() in _BODY_ADJECTIVES):
                continue
            found = m.group(1)
        if found is None:
            return sp
        entry = lookup(found)
        if entry is not None:
            return Speaker(sp.text, sp.start, sp.end, entry.canonical, entry.type,
                           entry.affiliation, sp.resolved_by)
        kind, aff = classify(found, found, False)
        return Speaker(sp.text, sp.start, sp.end, found,
                       kind if kind not in ("unknown", "person") else
                       "organization" if sp.type == "person" else sp.type,
                       aff or sp.affiliation, sp.resolved_by)

    def _resolve(self, mention: str, low: str, a: int, b: int) -> Speaker:
        praise = _EPITHET_BEFORE_ROLE.match(low)
        if praise is not None and praise.group("adj") in _EPITHETS:
            # "l'imprévisible président américain", "le bouillant ministre": the role without
            # its epithet names the same person (not "l'ancien président": another one)
            det = "le " if praise.group("det") in ("l'", "l’") else praise.group("det")
            bare = self._resolve(det + mention[praise.end():], det + low[praise.end():], a, b)
            if bare.canonical is not None and bare.canonical[:1].isupper() and \
                    bare.canonical.lower() != low[praise.end():].strip():
                return replace(bare, text=mention, start=a, end=b)
        headline = _HEADLINE_DASH.search(mention)
        if headline is not None:
            # "Ukraine – Le président ukrainien": a headline's topic glued to the subject
            mention, low, a = mention[headline.end():], low[headline.end():], a + headline.end()
        named = _DOCUMENT_NAMED.match(mention)
        if named is not None:
            # "un sondage Elabe publié mardi", "l'étude Ifop": the pollster or the institute
            entry = lookup(named.group(1))
            if entry is not None:
                return Speaker(mention, a, b, entry.canonical, entry.type, entry.affiliation,
                               "document")
            return Speaker(mention, a, b, named.group(1), "organization", None, "document")
        doc_author = self._document(low)
        if doc_author is not None:
            return Speaker(mention, a, b, doc_author.canonical, doc_author.type,
                           doc_author.affiliation, "document")
        outlet = _OUTLET_NOUN.fullmatch(mention)
        if outlet is not None:
            found = self._outlet(outlet.group(1).lower() in ("agence", "dépêche"), mention, a, b)
            if found is not None:
                return found
        entry = lookup(mention)
        if entry is not None:
            return Speaker(mention, a, b, entry.canonical, entry.type, entry.affiliation,
                           "mention")
        of = _DOCUMENT_OF.fullmatch(mention)
        if of is not None:
            # "le communiqué du Kremlin", "un rapport de l'ONU": the document's author
            author = lookup(of.group(1))
            if author is not None:
                return Speaker(mention, a, b, author.canonical, author.type,
                               author.affiliation, "document")
            name = of.group(1)
            acronym = _ACRONYM_END.search(name)
            if acronym is not None:
                name = acronym.group(1)  # "l'Institut national … (Insee)": Insee
            end = _AUTHOR_END.search(name)
            name = (name[:end.start()] if end is not None else name).strip(" .:;,")
            author = lookup(name)
            if author is not None:
                return Speaker(mention, a, b, author.canonical, author.type,
                               author.affiliation, "document")
            if not name[:1].isupper():
                # "un bilan de la préfecture de police", "le décompte du ministère de
                # l'Intérieur": a body; "les dernières données de l'association de parents
                # française Apesac": the body's name at the end
                tail = _NAME_TAIL.search(name)
                head = _head_word(name)
                if head in _EPONYM_NOUNS and tail is not None:
                    # "une étude de la fondation Jean-Jaurès": the body named after a person
                    name = strip_determiner(name)
                    kind, aff = classify(name, name, False)
                    return Speaker(mention, a, b, name, "organization" if kind in (
                        "unknown", "person") else kind, aff, "document")
                if head not in _BODY_OF_A_PLACE and tail is not None and \
                        len(tail.group(1).split()) <= 4 and tail.group(1)[:1].isupper():
                    name = tail.group(1)
                elif head in _BODY_NOUNS and (len(name.split()) > 2 or head in _ONE_BODY):
                    name = strip_determiner(name)
                    kind, aff = classify(name, name, False)
                    return Speaker(mention, a, b, name, "organization" if kind in (
                        "unknown", "person") else kind, aff, "document")
            if name[:1].isupper() and len(name.split()) <= 8:
                kind, aff = classify(name, name, False)
                # (a document of an unknown body stays a document: "il" is not the Senate's)
                return Speaker(mention, a, b, name, "document"
                               if kind in ("unknown", "person") else kind, aff, "document")
        anaphor = _ANONYMOUS_ANAPHOR.fullmatch(low)
        if anaphor is not None:
            # "a précisé la source", "selon la même source" after "une source proche de
            # l'enquête": the description that introduced that source
            head = anaphor.group("head")
            earlier = next((k for k in reversed(self.history[-8:])
                            if k.type == "anonymous" and re.search(
                                rf"\b{head}\b", k.canonical.lower())), None)
            if earlier is not None:
                return Speaker(mention, a, b, earlier.canonical, "anonymous", None, "mention")
        if _ANON.search(mention) and not _NAME_TAIL.search(mention.split(",")[0]):
            return Speaker(mention, a, b, strip_determiner(mention), "anonymous", None, "mention")
        joint = self._joint(mention, a, b)
        if joint is not None:
            return joint
        org = _ORG_NOUN_NAME.fullmatch(mention)
        if org is not None:
            # "l'opérateur Enedis", "le site de la RTBF", "le syndicat CGT": the body's name
            name = org.group(1)
            entry = lookup(name)
            if entry is not None:
                return Speaker(mention, a, b, entry.canonical, entry.type, entry.affiliation,
                               "name")
            kind, aff = classify(mention, name, True)
            return Speaker(mention, a, b, name, "organization" if kind in ("unknown", "person")
                           else kind, aff, "name")
        if not _role_words(low):
            # an office named without a role noun: "le locataire de la Maison Blanche"
            holder = office_holder(mention, "fr", self.doc.lower)
            if holder is not None:
                kind, aff = classify(mention, holder, True)
                return Speaker(mention, a, b, holder, "person" if kind == "unknown" else kind,
                               aff, "role")
        canonical, how = self._canonical(mention)
        if how == "name" and canonical != mention and _is_first_name(mention) and \
                _INTRODUCED_AFTER.match(self.doc.norm, b):
            # "Philippe, un livreur de 44 ans": someone introduced by a first name, not the
            # Édouard Philippe the article also names
            canonical = mention
        if how == "mention" and canonical[:1].islower() and not _is_plural(low):
            # "a précisé l'acteur terrain de l'Association pour le développement …, Issouf
            # Ouédraogo", "selon son directeur en second, M. Mohamed Ali Sawadogo": a
            # description, then the person's name in apposition (a first name of the table),
            # whatever noun the description uses
            apposed = _PERSON_APPOSED_AFTER.match(self.doc.norm, b)
            if apposed is not None and apposed.group("first") in first_names():
                canonical, how = f"{apposed.group('first')} {apposed.group('rest')}", "name"
        if (how == "mention" or (how == "role" and canonical[:1].islower())) and \
                _role_words(low) and not _is_plural(low):
            # (also a role that only took an earlier unresolved role: "le chef du gouvernement")
            named = self._person_with_role(strip_determiner(mention), mention_gender(low, None), a)
            if named is not None:
                canonical, how = named, "role"
            else:
                # "le président français" in an article that names Emmanuel Macron and no other
                # holder of the office (offices.tsv)
                holder = office_holder(mention, "fr", self.doc.lower)
                if holder is None and len(strip_determiner(mention).split()) == 1 and \
                        _head_word(mention) in _LAWYER_NOUNS:
                    holder = self._lawyer_before(a, mention_gender(low, None))
                if holder is not None:
                    canonical, how = holder, "role"
                elif _DEFINITE_ROLE.match(low) and len(low.split()) <= 7 and \
                        not _NAME_IN_ROLE.search(mention) and \
                        _head_word(mention) not in _NO_ANAPHORA_HEADS and \
                        gazetteer().roles.get(_head_word(mention)) in _PEOPLE_ROLE_TYPES:
                    # "le député", "l'écrivaine", "la jeune Américaine": a definite role takes
                    # up the one person of its gender named just before ("… Joachim
                    # Son-Forget … a expliqué le député"); offices, lawyers and bodies have
                    # their own rules, and two people of that gender named leave it a role
                    # (not a description that introduces someone new, "le prêtre qui
                    # accompagnait le lieutenant-colonel"; nor an ordinary person's noun, "le
                    # retraité", "l'entrepreneur" (roles.fr.tsv: private), which would take up
                    # whoever is named, a minister or the accused)
                    gender = mention_gender(low, None)
                    person = None
                    if not _RESTRICTIVE_RELATIVE.match(self.doc.norm, b):
                        if gender:
                            person = self._only_person_before(a, gender)
                        elif _head_word(mention) in _PARTY_NOUNS:
                            # "l'écologiste" (either gender): the one person named before,
                            # whatever their gender (a party's member is named in the
                            # article; an imam or an analyst may not be)
                            men = self._only_person_before(a, "m")
                            women = self._only_person_before(a, "f")
                            person = men if women is None else women if men is None else None
                    head = _head_word(mention)
                    if person is not None and not (
                            head in gazetteer().private_roles or
                            (head not in _LAWYER_NOUNS and
                             self.doc.norm.rfind("Me " + person, 0, a) != -1)):
                        # (nor does "le cardinal" take up "Me Jean Félix Luciani", his lawyer)
                        canonical, how = person, "role"
        if _QUOTE_MARK.search(canonical):  # "des «gilets jaunes»": the name without its marks
            canonical = " ".join(_QUOTE_MARK.sub(" ", canonical).split())
        named = how == "name"
        kind, aff = classify(mention, canonical, named)
        if named:
            entry = lookup(canonical)
            if entry is not None:
                kind, aff = entry.type, entry.affiliation or aff
            elif kind in ("unknown",):
                kind = "person"
        return Speaker(mention, a, b, canonical, kind, aff, how)

    # -- helpers ----------------------------------------------------------------------------
    def _joint(self, mention: str, a: int, b: int) -> Speaker | None:
        """ "Les présidents Poutine et Obama": one joint source, each name resolved."""
        m = _JOINT.search(mention)
        if m is None:
            return None
        left, right = m.group(1), m.group(2)
        parts = []
        for name in (left, right):
            entry = lookup(name)
            if entry is not None:
                parts.append((entry.canonical, entry.type, entry.affiliation))
            else:
                full = self.names().get(name.split()[-1].lower(), name)
                kind, aff = classify(name, full, True)
                parts.append((full, kind if kind != "unknown" else "person", aff))
        kinds = {p[1] for p in parts}
        affs = [p[2] for p in parts if p[2]]
        return Speaker(mention, a, b, " et ".join(p[0] for p in parts),
                       kinds.pop() if len(kinds) == 1 else "person",
                       "+".join(dict.fromkeys(affs)) or None, "joint")


    def _pronoun(self, mention: str, a: int, b: int) -> Speaker:
        low = mention.lower()
        number = _PRONOUNS.get(low, "pl" if low.startswith("ces") else "sg")
        if number == "any":  # "on": indefinite
            side = _ON_SIDE.search(self.doc.norm, max(0, a - 90), a)
            if side is not None and low == "on":
                # "Du côté de la police, on confirmait …": on = the police
                body = self.resolve(side.group(1), side.start(1), side.end(1))
                return Speaker(mention, a, b, body.canonical, body.type, body.affiliation,
                               "pronoun")
            return Speaker(mention, a, b, None, "anonymous", None, "mention")
        # the last speaker of the same number whose gender does not contradict the pronoun's
        # (elle -> Agnès Bonnet, la ministre, la Commission; il -> Jean Dupont, le Kremlin)
        gender = mention_gender(low, None)
        agrees = [k for k in self.history if not (gender and k.gender and k.gender != gender)]
        if number == "sg" and gender:
            # someone of the pronoun's known gender before a medium or a document of no
            # known gender ("«…», a dit franceinfo" does not take the next "il" from Olivier
            # Faure)
            fitting = [k for k in agrees if k.gender == gender
                       and k.type not in ("media", "agency", "document")]
            if fitting and fitting[-1] is not agrees[-1] and \
                    agrees[-1].type in ("media", "agency", "document"):
                agrees = fitting
        known = next((k for k in reversed(agrees) if (number == "pl") == k.plural), None)
        if known is None and agrees and number == "sg" and (
                not agrees[-1].plural or agrees[-1].canonical[:1].isupper()):
            known = agrees[-1]  # (a plural name may be one body, "Les Echos"; a group of
            # people or things named by a common noun is no "elle": "des lettres ouvertes")
        if number == "sg" and gender:
            # a person of that gender named since (or before anybody of that gender spoke):
            # "Marie Dupont est linguiste. Pourtant, dit-elle, …", "«…», a dit le ministre.
            # Jean Martin, maire de la ville, est arrivé. «…», a-t-il ajouté"
            # (a person of the pronoun's gender takes over from a body, a place, a document or
            # anyone of unknown gender wherever the sentence names her: "l'Italie a réagi …
            # la ministre Nathalie Loiseau … «…», a-t-elle ajouté")
            named = self._named_before(a, gender, after=known.pos if known else -1,
                                       anywhere=known is not None and (
                                           known.type != "person" or not known.gender))
            if named is not None:
                return self._named_speaker(mention, a, b, named)
        if number == "sg" and gender:
            opener = self._singular_subject_before(a, gender)
            if opener is not None and (known is None or known.pos <= opener[0]):
                # "Cette étude, intitulée «…», est «qualitative». Elle évoque …": a body or a
                # document that opens the sentence before, named after the last speaker
                canonical, _low = self._canonical(opener[1])
                kind, aff = classify(opener[1], canonical, False)
                return Speaker(mention, a, b, canonical, kind, aff, "pronoun")
        if known is not None:
            return Speaker(mention, a, b, known.canonical, known.type, known.affiliation,
                           "pronoun")
        if number == "pl":
            group = self._plural_subject_before(a)
            if group is not None:
                # "Les addictologues sont inquiets. Ils dénoncent …": the group that opened the
                # sentence before
                kind, aff = classify(group, group, False)
                return Speaker(mention, a, b, group, kind, aff, "pronoun")
        return Speaker(mention, a, b, None, "unknown", None, "mention")

    @staticmethod
    def _named_speaker(mention: str, a: int, b: int, named: str) -> Speaker:
        """The speaker of a pronoun or "ce dernier" that takes up the person ``named``."""
        entry = lookup(named)
        kind, aff = (entry.type, entry.affiliation) if entry is not None else \
            classify(named, named, True)
        return Speaker(mention, a, b, named, "person" if kind == "unknown" else kind, aff,
                       "pronoun")

    def _sentence_index(self, pos: int) -> int:
        """The index of the sentence at ``pos`` in ``doc.sentences`` (-1 before the first)."""
        return bisect.bisect_right(self.doc.sentences, (pos, len(self.doc.norm))) - 1

    def _sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The sentence before the one at ``pos``, if any."""
        k = self._sentence_index(pos)
        return self.doc.sentences[k - 1] if k >= 1 else None

    def _plural_subject_before(self, pos: int) -> str | None:
        """The plural noun phrase ("les addictologues français") that opens the sentence
        before the one at ``pos``, if any."""
        before = self._sentence_before(pos)
        if before is None:
            return None
        s, e = before
        m = _PLURAL_OPENING.match(self.doc.norm, s, e)
        if m is None:
            return None
        head = m.group(1).split()[0]
        roles = _roles()
        if head in roles or head[:-1] in roles or _AGENT_PLURAL.search(head):
            return m.group(1)  # people ("les addictologues"), not things ("les chiffres")
        return None

    def _singular_subject_before(self, pos: int, gender: str) -> tuple[int, str] | None:
        """The singular body or document ("Cette étude", "la Commission") that opens the
        sentence before the one at ``pos`` and agrees with a pronoun of ``gender``: (where it
        starts, its words), or None."""
        k = self._sentence_index(pos)
        if k < 1:
            return None
        current = _SINGULAR_OPENING.match(self.doc.norm, self.doc.sentences[k][0], pos)
        if current is not None and current.group("head").lower() in gazetteer().roles:
            return None  # "L'avocat de X avait nié … : selon lui, …": the sentence's own
        m = _SINGULAR_OPENING.match(self.doc.norm, *self.doc.sentences[k - 1])
        if m is None:
            return None
        kind = gazetteer().roles.get(m.group("head").lower())
        np = m.group("np")
        own = mention_gender(np, None)
        if kind not in _OPENING_BODY_TYPES or (own and own != gender):
            return None
        return m.start("np"), np

    def _named_before(self, pos: int, gender: str, after: int = -1,
                      anywhere: bool = False, latest: bool = False) -> str | None:
        """The full name of the last person named in the ``_NARRATIVE_WINDOW`` characters
        before ``pos`` (and after ``after``) whose first name (firstnames.fr.tsv) has
        ``gender``."""
        people = self._people_and_subjects()
        k = bisect.bisect_left(people, (pos,)) - 1
        epicene: str | None = None  # the last person of a first name of either gender
        other_gender = False  # someone of the other gender named since
        while k >= 0 and people[k][0] >= max(pos - _NARRATIVE_WINDOW, after):
            _start, name, g, subject = people[k]
            # (after someone of that gender spoke, only a person opening a sentence takes
            # over: "Jean Martin est arrivé. «…», a-t-il dit", not "à propos de Jean Martin")
            fits = after < 0 or ((subject or anywhere) and _SENTENCE_END_IN.search(
                self.doc.norm, _start, pos))
            if g == gender and fits:
                # (in the pronoun's own sentence the person is its topic: "Emmanuel Macron
                # «bénéficiait d'un état de grâce», selon lui" is the last speaker's view)
                if not subject and not latest:
                    # the subject of that sentence, when it is a person of the same gender,
                    # before one named later in it: "Emmanuel Macron s'est rendu chez Odette
                    # Audin, veuve du militant Maurice Audin. Il y a reconnu …" (not for "ce
                    # dernier", the person named last)
                    opening = self._sentence_subject_before(people, k, _start, gender)
                    if opening is not None:
                        return opening
                return name
            if not g and fits and epicene is None and not other_gender and (
                    subject or self._role_before(_start)):
                epicene = name  # (not "les attentats contre Charlie Hebdo")
            elif g and g != gender:
                other_gender = True
            k -= 1
        # "L'enseignante Dominique Trousson …. «…», estime-t-elle": a first name of either
        # gender, when nobody of the pronoun's gender is named and nobody of the other since
        return epicene

    def _sentence_subject_before(self, people: list[tuple[int, str, str, bool]], k: int,
                                 start: int, gender: str) -> str | None:
        """The person of ``gender`` who opens the sentence of ``people[k]`` (at ``start``),
        named before it, or None."""
        n = self._sentence_index(start)
        if n < 0:
            return None
        opening = self.doc.sentences[n][0]
        j = k - 1
        while j >= 0 and people[j][0] >= opening:
            if people[j][3] and people[j][2] == gender:
                return people[j][1]
            j -= 1
        return None

    def _people_and_subjects(self) -> list[tuple[int, str, str, bool]]:
        """The people of the name scan, and a surname alone opening a sentence when the
        article gives that person's full name ("Poutine n'a jamais digéré … selon lui" after
        "Vladimir Poutine"), in text order."""
        if self._with_subjects is None:
            if self._people is None:
                self._scan_names()
            assert self._people is not None and self._names is not None
            text, table = self.doc.norm, first_names()
            extra = []
            starts = sorted({a for a, _b in self.doc.sentences} |
                            {a for a, _b in self.doc.paragraphs})
            for a in starts:
                m = _SURNAME_OPENING.match(text, a)
                if m is None or text.rfind("«", 0, a) > text.rfind("»", 0, a) or \
                        text.count('"', 0, a) % 2 or text.rfind("“", 0, a) > text.rfind("”", 0, a):
                    continue  # (not inside a quotation: a speaker's own words)
                word = m.group(1)
                full = self._names.get(word.lower())
                if full is None:
                    entry = lookup(word)  # "Poutine": Vladimir Poutine of the gazetteer
                    if entry is not None and " " in entry.canonical and \
                            entry.canonical.endswith(word):
                        full = entry.canonical
                if full is None or full == word or word in table:
                    continue
                g = table.get(full.split()[0])
                if g:
                    extra.append((m.start(1), full, g, True))
            self._with_subjects = sorted([*self._people, *extra]) if extra else self._people
        return self._with_subjects

    def _only_person_before(self, pos: int, gender: str) -> str | None:
        """The one person of ``gender`` named in the ``_ROLE_ANAPHORA_WINDOW`` characters
        before ``pos``, or None when there are none or several."""
        if self._people is None:
            self._scan_names()
        assert self._people is not None
        text, people = self.doc.norm, self._people
        lo = bisect.bisect_left(people, (pos - _ROLE_ANAPHORA_WINDOW,))
        hi = bisect.bisect_left(people, (pos,))
        found = {name for start, name, g, _subject in people[lo:hi]
                 if g == gender and text.rfind("«", 0, start) <= text.rfind("»", 0, start)}
        # (a person named inside a quotation is what a speaker talked about, not a speaker)
        return found.pop() if len(found) == 1 else None

    def _document(self, low: str) -> _Known | None:
        m = _DOCUMENT_NP.fullmatch(low)
        if m is None:
            return None
        noun = m.group(1)
        if noun not in self._authors:  # "le communiqué du Kremlin": searched once per article
            found = _AUTHOR_OF[noun].search(self.doc.lower)
            entry = lookup(found.group(1)) if found else None
            self._authors[noun] = (None if entry is None else
                                   _Known(entry.canonical, entry.type, entry.affiliation, False,
                                          frozenset()))
        if self._authors[noun] is not None:
            return self._authors[noun]
        # the speaker who last spoke "dans un communiqué"
        for k in reversed(self.history):
            if k.type != "document":
                return k
        return None

    def _canonical(self, mention: str) -> tuple[str, str]:
        parts_c = [p.strip() for p in _COMMA_NOT_DECIMAL.split(mention)]
        head = parts_c[0]
        if len(parts_c) > 1 and _NAME_TAIL.fullmatch(parts_c[-1]) and len(parts_c[-1].split()) <= 4:
            head = parts_c[-1]  # "le secrétaire d'Etat …, Mounir Mahjoubi"
        m = _NAME_TAIL.search(head)
        if m and _RELATIVE_WORD.search(head, 0, m.start(1)):
            m = None  # a name inside the relative clause is not the speaker's
        if m and _RELATION_BEFORE.search(head[:m.start(1)] + (
                "de " if _OF_START.match(m.group(1)) else "")):
            # "un proche d'Edouard Philippe", "le fils de Jean-Marie Le Pen": someone else
            return strip_determiner(head), "mention"
        stripped = strip_determiner(head)
        if m and _role_words(head[:m.start(1)].lower()) and \
                _COMPLEMENT_BEFORE_NAME.search(head, 0, m.start(1)) and \
                m.group(1).split()[0] in first_names():
            # "l'avocate d'Alexandre Benalla": the role's holder, not its complement
            return stripped, "mention"
        if m and _role_words(head[:m.start(1)].lower()) and \
                _OF_ARTICLE_BEFORE.search(head, 0, m.start(1)) and \
                m.group(1).split()[0] not in first_names() and \
                _from_first_name(m.group(1)) == m.group(1):
            # "le bourgmestre de la Ville de Bruxelles": the role's complement is a place or a
            # body, no name; the role is resolved below, unless a person is named before it
            # ("le politologue Christophe Boutin de l'Université de Caen")
            person = next((p for p in _FULL_NAME.finditer(head, 0, m.start(1))
                           if p.group(1) in first_names()), None)
            if person is not None:
                return f"{person.group(1)} {person.group(2)}", "name"
            m = None
        if m:
            name = _PARTICLES.sub("", m.group(1).strip())
            titled = _TITLE_WORD.match(name) is not None
            name = _TITLE_WORD.sub("", name)  # "Me Rémond", "Mgr Georges Pontier"
            name = _from_first_name(name)
            # a lone capitalised role word ("Le Président") is not a name
            parts = [p for p in name.split() if p[:1].isupper()]
            if parts and not (len(parts) == 1 and parts[0].lower() in _roles()):
                if len(parts) == 1:
                    full = self.names().get(parts[0].lower())
                    if full and parts[0] in first_names() and \
                            head.split()[0].lower() not in ("m.", "mme", "me", "mlle") and \
                            not all(p in first_names() for p in full.split()[0].split("-")):
                        # "Marine" is Marine Le Pen, not the "Ecole Marine" of a headline
                        full = self._one_full_name(parts[0])
                    if not full and (stripped == name or head.split()[0].lower() in (
                            "m.", "mme", "me")):
                        full = self._first_name_before(parts[0])  # "Garcia", "M. Griveaux"
                    if not full and stripped == name and parts[0] in first_names():
                        full = self._one_full_name(parts[0])  # "Meghan" -> Meghan Markle
                    if full:
                        return full, "name"
                    if lookup(parts[0]) is None and head.split()[0].lower() in ("m.", "mme",
                                                                                 "me"):
                        return name, "name"
                    title = strip_determiner(head[:m.start(1)]).strip().lower()
                    if lookup(parts[0]) is None and _is_title_of(title, m.group(1), name):
                        return name, "name"  # "L'abbé Lemire", "l'imam Bakayogo": a title
                    if lookup(parts[0]) is None and (stripped == name or titled):
                        return name, "name"  # ("L'abbé Lemire": the title taken off)
                else:
                    full = self.names().get(parts[-1].lower())
                    if full and (full.endswith(name) or name.endswith(full)):
                        return full, "name"
                    return name, "name"
        # "M. Castaner"
        mm = _TITLE_NAME.match(head)
        if mm:
            full = self.names().get(mm.group(1).lower())
            return (full or mm.group(1)), "name"
        # a role: the person last quoted with that role
        roles = _role_words(head.lower())
        if roles and not _is_plural(head.lower()):
            # (a plural role is a group: "les autorités" is no one person named after it)
            specific = len(stripped.split()) > 1  # "le ministre de l'Intérieur", not "le ministre"
            found = self._role_in_text(stripped) if specific else None
            if found:
                # the article names who holds this very role: "le ministre de l'Intérieur
                # Christophe Castaner" (before any other "ministre" who spoke)
                return found, "role"
            wanted = _content_words(stripped)
            head_word = _head_word(stripped)
            for k in reversed(self.history):
                # "le porte-parole du gouvernement polonais" is not whoever was "le porte-parole
                # du ministère": a specific role needs the same words; and "le gouvernement
                # français" is not whoever was "le chef du gouvernement français"
                if head_word in _INSTITUTION_NOUNS and k.head != head_word:
                    continue  # (nor "le communiqué de la préfecture" for "la préfecture")
                if roles & k.role_words and not k.plural and (
                        not specific or wanted <= k.words | {k.canonical.lower()}):
                    return k.canonical, "role"
            found = self._role_in_text(stripped) if not specific else None
            if found:
                return found, "role"
        return stripped or mention, "mention"

    def _lawyer_before(self, pos: int, gender: str) -> str | None:
        """The one lawyer the article names with the title "Me" before ``pos``, of a
        compatible gender: "Me Michèle Hirsch … l'avocate" -> Michèle Hirsch, "Me Bodson …
        l'avocat" -> Bodson. Two lawyers named (a trial's defence and civil party): None."""
        found: dict[str, str] = {}  # surname -> fullest name
        for m in _LAWYER_TITLE.finditer(self.doc.norm, 0, pos):
            name = m.group(1)
            g = first_names().get(name.split()[0], "") if len(name.split()) > 1 else ""
            if gender and g and g != gender:
                continue
            surname = name.split()[-1]
            if len(name) > len(found.get(surname, "")):
                found[surname] = name
        if len(found) != 1:
            return None
        (name,) = found.values()
        return self.names().get(name.lower(), name) if len(name.split()) == 1 else name

    def _person_with_role(self, role: str, gender: str, before: int) -> str | None:
        """The last person (a first name of firstnames.fr.tsv) named next to the words of the
        role, in the same sentence, before the mention: "l'avocate de la famille, Me Caroline
        Rémond, …" … "a déclaré l'avocate" -> Caroline Rémond; "François Bellot, ministre de
        la Mobilité" … "le ministre de la Mobilité" -> François Bellot. A role of an
        institution ("le gouvernement", "l'ONG") names no person."""
        low_role = " ".join(role.lower().replace("’", "'").split())
        head_of_state = low_role in _HEAD_OF_STATE
        if head_of_state:
            role = "président"  # "le chef de l'Etat": whoever the article calls its président
        words = sorted(_content_words(role))
        head = role.lower().replace("'", " ").split()[0] if role.strip() else ""
        rest = role.split()[1:]
        if not words or head in _INSTITUTION_NOUNS or head not in _roles() or \
                (rest and rest[0][:1].isupper()):
            return None  # ("le président Erdogan" is named: its name decides)
        if self._people is None:
            self._scan_names()
        assert self._people is not None
        text, low = self.doc.norm, self.doc.lower
        found = None
        patterns = [_whole_word(w) for w in words] if not head_of_state \
            else [_PRESIDENT_ALONE]  # (not "le président des Républicains, Laurent Wauquiez")
        people = self._people
        for n in range(bisect.bisect_left(people, (before,)) - 1, -1, -1):
            start, name, g, _subject = people[n]
            if gender and g and g != gender:
                continue
            # the role between the previous and the next person named, within reach
            lo = max(0, start - _ROLE_NAME_REACH, people[n - 1][0] + 1 if n else 0)
            hi = min(len(text), start + len(name) + _ROLE_NAME_REACH,
                     people[n + 1][0] if n + 1 < len(people) else len(text))
            hi = min(hi, before)
            spots = [p.search(low, lo, hi) for p in patterns]
            if any(m is None for m in spots):
                continue
            a = min(m.start() for m in spots if m is not None)
            z = max(m.end() for m in spots if m is not None)
            if a < start:
                # "l'avocate de la famille, Me Caroline Rémond": the role, a few words, the name
                # (not "l'avocate d'Alexandre Benalla": the name is the role's complement)
                if _COMPLEMENT_BEFORE_NAME.search(text, a, start) or \
                        not _ROLE_THEN_NAME_GAP.fullmatch(text, z, start):
                    continue
                if head not in _LAWYER_NOUNS and _ME_TITLE.search(text, z, start):
                    continue  # "un avocat du cardinal, Me Jean Félix Luciani": the lawyer
            elif not _NAME_THEN_ROLE_GAP.fullmatch(text, start + len(name), a):
                continue  # "Olivier Neyrinck, porte-parole de la police"
            found = name
            break
        return found

    def _role_in_text(self, role: str) -> str | None:
        """ "le ministre de l'Intérieur Christophe Castaner" somewhere in the article (searched
        once per role and article)."""
        if len(role) < 4 or _head_word(role) in _INSTITUTION_NOUNS:
            return None  # ("Selon le ministère palestinien de la Santé, Mouhamad Azizi a été
            # tué": a body's name is no person's, and the name after it starts the clause)
        if role not in self._roles_found:
            text, low = self.doc.norm, self.doc.lower
            found = None
            i = low.find(role.lower())
            while i != -1:
                m = _NAME_AFTER_ROLE.match(text, i + len(role))
                if m and not (m.group(1).startswith("Me ") and
                              _head_word(role) not in _LAWYER_NOUNS):
                    # ("un avocat du cardinal, Me Jean Félix Luciani" names the lawyer)
                    found = m.group(1)
                    break
                i = low.find(role.lower(), i + 1)
            self._roles_found[role] = found
        return self._roles_found[role]


@functools.lru_cache(maxsize=1 << 14)
def _own_role_words(mention: str) -> frozenset[str]:
    """The role words of a mention, without those of a complement when the mention's head is
    itself a role: "un avocat du cardinal" is a lawyer, not a cardinal; but "les propos du
    procureur", "l'éditorial du quotidien Libération" keep the role of their complement."""
    if _role_words(_head_word(mention)):
        return _role_words(_OF_COMPLEMENT.sub(" ", mention))
    return _role_words(mention)


def _is_title_of(title: str, raw_name: str, name: str) -> bool:
    """Is ``title`` (lower case, without its article) a role or title written right before a
    one-word name ("abbé" Lemire, "ancien président" Sarkozy, "hebdomadaire" Marianne), not a
    phrase the name completes ("police à" Marseille, "employée d'un" Intermarché, "candidate"
    FN, "quotidien 24" Heures, "président" Français)?"""
    words = title.replace("'", "' ").split()
    if not words or len(words) > 2 or not _role_words(title) or _OF_START.match(raw_name):
        return False
    if any(w in _TITLE_FUNCTION_WORDS or any(c.isdigit() for c in w) for w in words):
        return False
    return not name.isupper() and name.lower() not in gazetteer().nationality and \
        name not in _PLATFORMS  # ("un groupe Facebook" is no Facebook)


_PLATFORMS = frozenset("Facebook Twitter WhatsApp Telegram YouTube Instagram Snapchat TikTok "
                       "LinkedIn X".split())


_TITLE_FUNCTION_WORDS = frozenset("à au aux de d' du des un une en dans chez pour par sur "
                                  "avec sans contre".split())


def _joins_names(text: str, a: int, b: int) -> bool:
    """Is the "et" between a and b inside a coordination of names ("Poutine et Obama")?"""
    before = _LAST_WORD.search(text[max(0, a - 40):a])
    after = _FIRST_WORD.match(text[b:b + 40])
    return bool(before and after and before.group(1)[:1].isupper() and after.group(1)[:1].isupper())


@functools.lru_cache(maxsize=4096)
def _role_words(mention: str) -> frozenset[str]:
    roles = _roles()
    # ("l'avocate": the elided article is no part of the role word)
    return frozenset(w for w in _WORD_TOKEN.findall(mention.replace("'", "' ")) if w in roles
                     and w not in ("source", "sources"))


_FUNCTION_WORDS = frozenset("le la les l un une des du de d au aux à en et son sa ses leur "
                            "leurs ce cette ces".split())


@functools.lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    """A role word as a whole word, compiled once (not at every mention)."""
    return re.compile(rf"\b{re.escape(word)}\b")


def _content_words(mention: str) -> frozenset[str]:
    return frozenset(w for w in _WORD_TOKEN.findall(mention.lower().replace("'", " "))
                     if w not in _FUNCTION_WORDS)


def _is_plural(mention: str) -> bool:
    first = mention.split()[0] if mention.split() else ""
    return first in ("les", "des", "ces", "plusieurs", "certains", "certaines", "deux", "trois",
                     "leurs", "ils", "elles") or " et " in mention
