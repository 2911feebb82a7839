"""French attribution rules (contract/ATTRIBUTION.md).

One pass over the sentences of an article. In each sentence, quotation marks come from
``_marks``; reporting verbs from ``_cues_fr``; attribution markers (selon, d'après, aux yeux
de, pour X, de source X) from one compiled pattern. The rules, each with its name:

- ``fr.incise``: «…», a déclaré X / «…», a-t-il ajouté / CLAUSE, précise X / an incise inside
  its clause: "Pourtant, dit-elle, CLAUSE" (the clause after it) or "DEBUT, dit-il, FIN" (the
  whole clause)
- ``fr.que``: X a affirmé que CLAUSE
- ``fr.colon``: X a déclaré : «…» / X : «…»
- ``fr.complement``: X a appelé à / de / souligné NP / affirmant + infinitive
- ``fr.marker``: selon X, CLAUSE / CLAUSE, selon X
- ``fr.comme``: CLAUSE, comme l'affirment X / Comme l'a rappelé X, CLAUSE
- ``fr.floating``: a quotation alone in its sentence, attached to the previous speaker

Speakers are noun phrases found next to the cue and resolved by ``_speakers``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .._regex import trie_pattern
from .._types import Cue, Quote, Speaker
from ..text import Document
from ._common import FRENCH_DAY, FRENCH_MONTH, CueVerb, inside_dashes
from ._cues_fr import CueForm, cue_regex, cue_table
from ._marks import Marked
from ._sources import lookup
from ._speakers_fr import (
    LEARNED_BY,
    SpeakerResolver,
    first_names,
    first_names_version,
    has_finite_verb,
    is_agent_np,
    opens_noun_phrase,
    opens_with_role,
    parse_np_after,
    parse_subject,
    sentence_channel,
    subordinator_pattern,
    told_to,
)

RULES_VERSION = "1.161.0"

# ---------------------------------------------------------------------------------------------
# patterns, compiled once
# (a trie: re tries the branches of an alternation one by one; no two of these words can both
# be followed by what _AUX_BEFORE wants after the auxiliary, so the order does not matter)
_AUX = "(?:" + trie_pattern((
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "avoir",
    "ayant", "est", "sont", "était", "étaient", "serait", "seraient", "sera", "s'est", "se sont",
    "s'était", "s'étaient", "se serait", "s'être")) + ")"
_NEG = r"(?:n'|ne\s+)?"
_MONTH = FRENCH_MONTH
_DAY = FRENCH_DAY
_ADVERB = (
    r"(?:pas|plus|jamais|guère|point|aussi|également|encore|déjà|toutefois|cependant|pourtant|"
    r"ensuite|enfin|alors|ainsi|donc|même|surtout|notamment|lui|elle|eux|quant à lui|quant à elle|"
    r"par ailleurs|de son côté|pour sa part|tous deux|tous les deux|toutes deux|bien|aussitôt|"
    r"immédiatement|rapidement|récemment|vivement|fermement|clairement|publiquement|"
    + _DAY + r"|hier|aujourd'hui|"
    r"(?:" + _DAY + r"|hier) (?:soir|matin)|"
    r"tout de même|en outre|de nouveau|à nouveau|d'ailleurs|plutôt|vite|"
    r"à ce sujet|à cet égard|à ce propos|"
    r"toujours|souvent|parfois|longtemps|fortement|volontiers|simplement|tout|bien|"
    r"en revanche|de leur côté|d'ores et déjà|de ce fait|dès lors|pour leur part|"
    r"(?:un peu )?plus tard|peu après|peu avant|auparavant|plus tôt|tous|toutes|"
    r"davantage(?!\s+d)|une nouvelle fois|"
    r"une fois de plus|une fois encore|encore une fois|à plusieurs reprises|à son tour|"
    # "a appelé cette semaine à la «solidarité»", "avait déclaré mi-décembre"
    r"cette semaine|ce week-end|ce matin|ce soir|mi-" + _MONTH + r"|"
    r"(?:en )?(?:début|fin|milieu) (?:de (?:soirée|matinée|journée|semaine)|"
    r"d'après-midi|" + _MONTH + r")|"
    r"\w+ment)"
)
# aux [-t-il] [adverbs] right before a participle, searched in " " + the 60 characters before
# it: group "all" is the auxiliary group. It starts at the start of those characters or after a
# space, a punctuation mark or "l'" (an object pronoun); the pattern opens with the
# character before it (the leading space standing for the start), so that re jumps from one
# such character to the next instead of trying every position (2x faster)
_AUX_BEFORE = re.compile(
    # ("il l'a reconnu : «…»", "comme l'a rappelé X", "il m'a dit": after l' or m')
    rf"[\s,;:«»\"(—–'](?:(?<=[\s,;:«»\"(—–])|(?<=\b[lm]'))"
    rf"(?P<all>(?P<neg>{_NEG})(?P<aux>{_AUX})"
    rf"(?P<inv>-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on))?"
    rf"(?:,?\s+{_ADVERB}|\s+(?:pas|plus|jamais))*,?\s+$)",
    re.IGNORECASE,
)
_ETRE = frozenset({"est", "sont", "était", "étaient", "serait", "seraient", "sera"})
_INV_PRONOUN = re.compile(r"-(?:t-)?(il|elle|ils|elles|on)\b", re.IGNORECASE)
_LEAD_COMMA = re.compile(r"\s*,\s*")
# ("que, mercredi, il devait …": a comma may follow que, and _LEAD_COMMA skips it)
_QUE = re.compile(r"\s*(?:,\s*)?(?:" + _ADVERB + r"\s*,?\s*)*(qu'|que\s|que(?=,))",
                  re.IGNORECASE)
_COMPLEMENT_START = re.compile(
    r"\s*(?:(?:(?!(?:plus|moins|beaucoup|davantage)\s+d)" + _ADVERB
    + r"|en " + _MONTH + r"|[,])\s*)*"
    r"(?P<prep>à |au |aux |sur |d'|de |du |des |l'|le |la |les |un |une |son |sa |ses |leur |"
    r"leurs |cette |ce |ces |certains |plusieurs |davantage d(?:e |')|plus d(?:e |')|"
    r"moins d(?:e |')|beaucoup d(?:e |')|ceux |celles |celui |celle |tous les |toutes les |"
    r"[«\"“]|\w)",
    re.IGNORECASE,
)
# Attribution markers, matched on the lower-cased text, as (the literal a marker opens with, the
# rest). Each is a pattern of its own that opens with that literal, the marker's start (not
# after a letter or an apostrophe) checked by a look-behind placed after it: Python's re jumps
# from one occurrence of a pattern's opening literal to the next, but tries an alternation of
# markers that opens with a look-behind at every position of the text (2.5 times slower in all).
# _find_markers merges what they find into what that one alternation would find.
_MARKER_PARTS = (
    ("selon", ""), ("d'après", ""), ("aux yeux d", "(?:e |')"), ("de l'avis d", "(?:e |'|u )"),
    ("à en croire", ""), ("de source", "[s]? "), ("de même source", ""), ("pour", ""),
    ("à ", "(?:(?:son|leur) avis|(?:ses|leurs) yeux)"),
    ("a ", "(?:(?:son|leur) avis|(?:ses|leurs) yeux)"),
    ("aux dires d", "(?:e |'|u |es )"),
)
_MARKERS = tuple(
    (lit, re.compile(rf"(?P<m>{re.escape(lit)}(?<![\w']{re.escape(lit)}){rest})"
                     # a marker ends a word: with its own space or apostrophe, or before one
                     r"(?:(?<=[ '])|(?=[\s',]))"))
    for lit, rest in _MARKER_PARTS
)
_LEAD_CONNECTIVE = re.compile(r"(?:mais|et|or|toutefois|enfin|ainsi|par ailleurs|en effet|"
                              r"pourtant|cependant|d['’]ailleurs|de plus|en outre)\s*,?",
                              re.IGNORECASE)
# (no leading \s*, so that re can jump from one candidate character to the next: _clause_end
# walks back over the spaces before a match, which is where a leading \s* would start it)
_CLAUSE_END = re.compile(
    # (", et" ends a clause unless a second complement or clause of the same verb follows:
    # "que A, et que B", "de 75 000 manifestants, et de 6000 à Paris", "contre X, et contre Y")
    r"(?:;|,\s*et\s+(?=(?-i:[A-ZÉ])|(?!(?:que|qui|de|du|des|à|sur|contre|pour|avec|non)\b|"
    r"qu['’]|d['’]|\d|[«\"“]))|\s+car\s+|,\s*(?:alors que|tandis que|mais |car |avant d|"
    r"après |selon |d'après |a-t-(?:il|elle)|ont-ils|lors d|dont |où )|\.\s|\.$|\?|!|—|\s–\s"
    # (a colon after a copula announces the rest of the clause: "que les risques sont :
    # incendies ou explosions …")
    r"|(?<!\best)(?<!\best )(?<!\bsont)(?<!\bsont )(?<!\bseront)(?<!\bseront )(?<!\bsera)"
    r"(?<!\bsera ):"
    # a participle on the speaker after the content: "…, interrogé par BFMTV"
    r"|,\s*(?:interrogée?s?|interviewée?s?|questionnée?s?|sollicitée?s?|contactée?s?|jointe?s?)"
    r"\s+(?:par|sur)\b"
    # the author's apposition on the whole report: "…, une initiative qui suscite …", "…, une
    # mesure qui coûtera …"
    r"|(?P<appos>,\s*(?:une?|des)\s+(?P<noun>(?-i:[a-zéèêàç]{3,}))\s+(?:qui|que|qu['’]|dont)\b))",
    re.IGNORECASE,
)
_DETERMINERS = frozenset({"l'", "le ", "la ", "les ", "un ", "une ", "son ", "sa ", "ses ",
                          "leur ", "leurs ", "cette ", "ce ", "ces ", "certains ", "plusieurs ",
                          "du ", "des ", "davantage de ", "davantage d'", "plus de ",
                          "plus d'", "moins de ", "moins d'", "beaucoup de ", "beaucoup d'",
                          "ceux ", "celles ", "celui ", "celle ", "tous les ", "toutes les "})
_CONNECTOR = re.compile(r"\s*(?:,\s*)?(?:et|mais|car|puis|ou)\s+", re.IGNORECASE)
_TRAIL = " \t\n,.;:!?…-–—"
_LEADING_CONNECTOR = re.compile(
    r"(?:mais|et|or|puis|donc|alors(?!\s+qu)|enfin|ainsi|en effet|par ailleurs)\s*,?\s+",
    re.IGNORECASE)  # (not "Alors que …", a subordinate clause)
_WORDS = re.compile(r"\w+")
# before an incise that sits inside its clause: nothing reported yet ("En effet, a-t-il
# poursuivi, …"; "Et ce, même si, a-t-il concédé, …")
# subordinating conjunctions that may stand alone before an incise ("Puisque, comme l'a dit X,
# …", "Et ce, même si, a-t-il concédé, …")
_SUBORDINATORS = r"puisque|parce que|lorsque|bien que|quand|même si|si"
_ONLY_CONNECTORS = re.compile(
    r"[\s,]*(?:(?:mais|et|or|car|puis|donc|alors|enfin|ainsi|en effet|par ailleurs|pourtant|"
    r"cependant|toutefois|néanmoins|d['’]ailleurs|de plus|en outre|surtout|certes|bref|"
    r"et ce|ce|aussi|récemment|aujourd['’]hui|désormais|déjà|encore|selon (?:lui|elle)|"
    r"par la suite|ensuite|en fait|en réalité|finalement|au final|du coup|maintenant|à présent|"
    r"pour autant|" + _SUBORDINATORS + r")"
    r"[\s,]*)*", re.IGNORECASE)
# after an incise: a circumstance of the saying, not more reported words ("…, a déclaré le
# ministre, lors d'une conférence de presse")
_ADJUNCT_START = re.compile(
    r"(?:lors|dans|devant|au cours|en marge|à l['’]issue|à la sortie|à son arrivée|sur|selon|"
    r"interrogée?s?|citée?s?|cité|" + _DAY + r"|hier|"
    r"ce matin|ce soir|cette semaine|mardi soir|avant|après|depuis|avec|lui aussi|elle aussi|"
    r"à l['’]AFP|au micro|à la presse|en conférence|par communiqué|via)\b", re.IGNORECASE)
_PARTICIPLE_START = re.compile(r"(?:en\s+)?\w+ants?\b(?<!avant)(?<!pendant)(?<!durant)"
                               r"(?<!cependant)(?<!maintenant)", re.IGNORECASE)
_INCISE_ADJUNCT = re.compile(r"\s+(?:face|devant|dans|sur|à|au|aux|lors|en|depuis|via|pour|auprès|"
                             + _DAY + r"|hier)\b"
                             r"[^,;:.!?«»\"“”]{0,60}(?=[,.])", re.IGNORECASE)
# (a quotation right after the incise continues the clause: "Il rassemble, dit-il sur le site
# Atlantico, «des Français venus de milieux sociaux différents»" is one mixed quote)
# "comme l'affirment …", "comme l'a rappelé …", "comme le souligne …" (before the verb group)
# verbs of saying whose "comme il l'a dit" reports the clause it hangs on
_COMME_PRONOUN_VERBS = frozenset({"dire", "déclarer", "affirmer", "expliquer", "souligner",
                                  "rappeler", "répéter", "écrire", "préciser", "confier",
                                  "reconnaître", "admettre", "estimer", "assurer", "marteler"})
# "comme l'a dit X", and "comme il l'a dit" (the speaker before the verb)
_COMME_LE = re.compile(r"\bcomme\s+(?:(?P<pron>il|elle|ils|elles|on)\s+)?(?:l'|le\s+)$",
                       re.IGNORECASE)
# "Comme disait Woody Allen :": the subject follows the verb (before a colon)
_COMME_BARE = re.compile(r"\bcomme\s+$", re.IGNORECASE)
_PREPOSED_AFTER = re.compile(r"\s*(?:(?:mais|et|puis)\s+)?après\s+(?:l'|les\s+|leur\s+|lui\s+)?",
                             re.IGNORECASE)
# "l'occasion pour X de répéter que": the one an infinitive's "pour … de" names
# (not an exhortation, "il est temps pour le gouvernement de reconnaître que": the author's)
_POUR_X_DE = re.compile(r"(?<!temps )(?<!nécessaire )(?<!important )(?<!essentiel )(?<!urgent )"
                        r"(?<!possible )(?<!difficile )(?<!impossible )(?<!mieux )"
                        r"\bpour\s+(?P<np>(?:(?:l[ea]|les|un|une|ce|cette|ces)\s+|l['’]|"
                        r"(?-i:[A-ZÉÈ]))(?:(?!qu['’]|que\s)[^,;:«»]){0,80}?)"
                        r"\s+d(?:e\s+|['’])(?:[a-zéèêàâîôû]+\s+){0,2}$", re.IGNORECASE)
_NARRATIVE_INFINITIVE = re.compile(r"[\s«\"“—-]*(?:et|puis)\s+d(?:e\s+|')", re.IGNORECASE)
_TAIL_COMMA = re.compile(r"\s*,\s*(?=[a-zàâçéèêëîïôûùüÿœ«\"“])")
_NOUN_PHRASE_START = re.compile(r"(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|"
                                r"celle-ci|celui-ci|ceux-ci|celles-ci)\b", re.IGNORECASE)


@dataclass
class _Unit:
    start: int
    end: int
    marks: list[Marked]
    paragraph: int
    cues: list[re.Match[str]]
    markers: list[re.Match[str]]
    channel: tuple[str | None, str | None] | None = None  # computed on first need
    # short terms the article puts in marks more than once: labels («gilets jaunes»), no
    # quoted words (the same frozenset for every unit of a document)
    labels: frozenset[int] = frozenset()


# participles that are also present tense: "il dit", "elle écrit", "il fait savoir"
_FINITE_PARTICIPLES = frozenset({"dit", "écrit", "conclu", "fait", "décrit", "prédit", "redit",
                                 "craint"})
# a cue form right after one of these is a noun: "une demande de titre de séjour", "son appel"
# (le, la, les, l' and leur are also object pronouns: "il le demande", "il leur annonce")
# (after a preposition "la", "le", "les" are articles, not object pronouns: "à la demande de
# la famille", "sur les conseils de")
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:un|une|des|du|ce|cet|cette|ces|son|sa|ses|mon|ma|mes|notre|nos|votre|vos|"
    r"chaque|aucun|aucune|quelque|au|aux|"
    r"(?:à|de|sur|pour|par|dans|avec|contre|sans|sous|malgré|après|avant)\s+(?:la|le|les))\s+$"
    r"|(?:^|\s)(?:à|de|sur|pour|par|dans|avec|contre|sans|sous|malgré|après|avant)\s+l['’]$"
    # ("s'est fait le reproche de", "a fait la demande": an article after "faire")
    r"|(?:^|\s)(?:fait|faisait|font|fera|feront|faire)\s+(?:le|la|les)\s+$"
    r"|^\s*[«\"“(]?\s*l['’]$",  # "L'annonce de sa mort …": an article at the sentence start
    re.IGNORECASE)
# "aux yeux de tous", "de l'avis de beaucoup": nobody in particular
_EVERYONE = re.compile(r"(?:tous|toutes|beaucoup|(?:bien d'|des )?autres|nombreux|certains|"
                      r"la plupart|(?:du|de tout le) monde|l'opinion)\b", re.IGNORECASE)
# heads after "selon" that name a rule or a standard, not a source
_NOT_A_SOURCE = re.compile(
    r"(?:laquelle|lequel|lesquels|lesquelles|moi|toi|nous|vous|que|qu'|"
    # "selon toute vraisemblance": in all likelihood
    r"toute\s+(?:vraisemblance|probabilité|apparence|logique|évidence|hypothèse)|"
    r"(?:nos|notre)\s+(?:informations?|enquête|calculs?|estimations?|décompte|pointage)|"
    r"(?:les|la|le|l'|leur|leurs|ses|sa|son|un|une|des|deux|trois|quatre|cinq|plusieurs|"
    r"certains|certaines|différents|différentes|divers|diverses)\s*(?:valeurs?|règles?|termes?|"
    r"lois?|"
    r"normes?|modalités|critères?|principes?|cas|besoins?|circonstances|méthodes?|"
    r"moyennes?|barèmes?|classement|scénarios?|modèles?|schémas?|procédures?|protocoles?|"
    r"formules?|logiques?|niveaux?|sagesse|droit|traditions?|coutumes?|usages?|volonté|"
    # "selon son bon plaisir", "selon leur humeur": at one's whim
    r"(?:bon\s+)?(?:plaisir|vouloir)|humeurs?|gré|envies?|convenance|caprices?)"
    # (plural places and kinds: "selon les pays, les régions et les villes", depending on;
    # "selon la zone de police de Liège", "la Ville de Bruxelles" are bodies)
    r"|(?:les|des)\s+(?:pays|régions|villes|zones|secteurs|âges|sexes|saisons|endroits|lieux|"
    r"heures|profils|situations|contextes|niveaux|types|versions))\b",
    re.IGNORECASE,
)
# a verb of variation before "selon": "les situations varient selon les pays" (depending on)
_VARIES_BEFORE = re.compile(r"\b(?:vari|diffèr|différ|chang|évolu|fluctu|dépend|oscill|modul|"
                            r"adapt)\w*\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# an infinitive after the cue, past negation and reflexive pronouns: "affirmant ne pas avoir"
# (after a clitic "en"/"y", only where a negation or "se" came first, or before avoir, être,
# voir, aller: "confie ne plus s'en sortir", "déclarent en avoir été victimes"; not "estiment
# en danger")
_INFINITIVE_WORD = re.compile(
    r"(?:(?:se|s'|ne|n'|pas|plus|jamais)\s*)*"
    r"(?:(?<=[\s'])(?:en|y)\s+(?=(?:avoir|être|voir|aller|faire)\b)|"
    r"(?<=(?:s'|se|as|us|is)\s)(?:en|y)\s+|(?<=s')(?:en|y)\s+)?(\w+)",
    re.IGNORECASE)
# "À son avis, …", "À leurs yeux, …": the possessive names the speaker
_POSSESSIVE_MARKER = re.compile(r"[àa] (son|leur|ses|leurs) (?:avis|yeux)")
# "…, selon laquelle …": a relative whose antecedent is the speaker
_RELATIVE_SELON = re.compile(r"(?:laquelle|lequel|lesquels|lesquelles|qui(?=\s))\s*,?\s*")
# "C'est ce qu'affirme X", "c'est du moins ce qu'a annoncé mardi X": a cleft sentence whose verb
# has its subject after it (searched right before a cue: the match ends at the cue)
_CLEFT = re.compile(
    r"c['’]est\s+(?:(?:en tout cas|du moins|bien|précisément|justement|notamment|aussi|"
    r"également|exactement|en substance|d['’]ailleurs|en effet)\s+)?ce\s+qu(?:e\s+|['’]\s*)"
    r"(?P<aux>(?:a|ont|avait|avaient|aurait|auraient)\s+)?"
    r"(?:(?:notamment|alors|encore|déjà|officiellement|récemment|aussi|également)\s+)*$",
    re.IGNORECASE)
# "que A et que B": two reported clauses
_AND_QUE = re.compile(r",?\s+et\s+(?:qu'|que\s)", re.IGNORECASE)
# "a invité les participantes à ne pas garder …": the content starts at "à"
# (the addressee may be a label in marks: "appelant les «gilets jaunes» à faire de même")
# (a clitic may come before the infinitive: "appelant les Français à « y participer »")
_A_INFINITIVE = re.compile(r"(?:[^.;:«»\"]|«[^«»]{1,30}»){0,80}?\b(à\s+[«\"“]?\s*"
                           r"(?:ne\s+(?:pas|plus)\s+)?(?:se\s+|s')?"
                           # (not a time: "à la grève à partir de dimanche")
                           r"(?:(?:y|en)\s+)?(?!partir\s+d|compter\s+d)\w+(?:er|ir|re)\b)",
                           re.IGNORECASE)
# "s'est engagé à la tribune … à approuver": "à" + determiner is a place, not the content
_DET_AFTER_A = re.compile(r"à\s+(?:la|le|les|l'|un|une|des|son|sa|ses|leur|leurs|ce|cette)\b",
                          re.IGNORECASE)
# a noun-phrase claim ends before a coordinated verb: "… et mis en garde contre …"
_AND_VERB = re.compile(
    r"\s+et\s+(?:(?:les|l'|le|la|lui|leur|y|en)\s*)?(?:a|ont|avait|avaient|est|sont|"
    r"\w+(?:é|ée|és|ées|i|is|it|u|ant))\b(?!\s+(?:de|du|des|par)\b)"
)
# "… et les a mis sur le compte de …": a coordinated verb shares the subject
# "aurait dû lui rétorquer que", "pourrait dire": speech that was not made
_MODAL_BEFORE = re.compile(
    r"\b(?:(?:aurai(?:t|ent)|avai(?:t|ent))\s+(?:dû|pu)|devrai(?:t|ent)|pourrai(?:t|ent)|"
    r"faudrait)\s+(?:(?:\w+|l'|lui|leur|y|en|nous|vous|me|te|se|s')\s*){0,2}$|"
    # a disposition or a hope before the infinitive, nothing said yet: "prêts à noter les idées",
    # "en espérant trouver", "disposé à reconnaître"
    r"\b(?:prête?s?|disposée?s?|en\s+espérant|espérant)\s+(?:à\s+)?(?:(?:l'|lui|leur|y|en|"
    r"se|s')\s*)?$",
    re.IGNORECASE)
# "tenir à" before a reporting infinitive: "tient à préciser", "tient-elle à souligner", "a tenu
# à rappeler", "tenait à dire"
_HOLDS_TO = re.compile(
    r"(?:(?:a|avait|ont|avaient)(?:-t-(?P<pron0>il|elle))?\s+(?:(?:aussi|encore|également|"
    r"toutefois|cependant|d'ailleurs|bien)\s+)?tenu|tien(?:t|nent)|tenai(?:t|ent)|tiendra)"
    r"(?:-(?:t-)?(?P<pron>il|elle|ils|elles))?\s+(?:(?:aussi|encore|également|toutefois|"
    r"cependant|d'ailleurs|bien)\s+)?à\s+(?:(?:le|la|les|l'|lui|leur|nous|vous|y|en)\s*)?$",
    re.IGNORECASE)
# a clause opens with a subject pronoun or a determiner (not a role in apposition)
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:il|elle|ils|elles|on|nous|je|le|la|les|un|une|des|"
                             r"ce|cette|ces|son|sa|ses|leur|leurs)\s|l'|j')", re.IGNORECASE)
# verbs of witnessing: said by the outlet's (or the wire's) own reporters, no attribution
_WITNESS_VERBS = frozenset({"constater"})
_OWN_REPORTER = re.compile(r"\b(?:journalistes?|photographes?|correspondante?s?|reporters?|"
                           r"envoyée?s? spéciale?s?|vidéastes?)\b", re.IGNORECASE)
_NP_THEN_END = re.compile(r"\s*(?:[.!?…]|,|$)")
# "Le Premier ministre Edouard Philippe, arrivé en fin d'après-midi avec …, a annoncé"
_PARTICIPLE_ASIDE = re.compile(r",\s*(?:[a-zàâçéèêëîïôûùü]+(?:é|ée|és|ées)|(?:[a-z]*venu|mis|pris|"
                               r"élu|connu|soutenu|détenu|inscrit|décrit|poursuivi|atteint|"
                               r"contraint|sorti|parti|réuni|investi|saisi|choisi|issu|tenu|"
                               r"interdit|condamn)(?:e?s?))\s[^,;:«»]*(?=,)")


def _drop_one_verb_aside(m: re.Match[str]) -> str:
    """A relative aside with one verb goes; one with two ("qui occupait … le Parlement a été
    nommé", the comma before the main verb missing) holds the main clause and stays."""
    return "" if len(_FINITE_VERB.findall(m.group())) <= 1 else m.group()
_RELATIVE_ASIDE = re.compile(r",\s*qui\s[^,;:«»]*(?=,)", re.IGNORECASE)
# a personal pronoun subject: the stretch before the comma is a clause, not a subject
_PERSONAL_SUBJECT = re.compile(r"(?:^|[\s,«\"])(?:je\s|j'|tu\s|nous\s|vous\s|on\s)",
                               re.IGNORECASE)
# the writer in the first person (outside quotation marks) is the article's own voice
# ("je" is always a subject; "nous" only at the start of a clause: "le ministre nous a dit")
_FIRST_PERSON_BEFORE = re.compile(
    r"(?:(?:^|[\s,;:(«\"])(?:je\s+|j')|(?:^|[,;:(«\"]\s*|\b(?:et|mais|que|qu'|donc|or|car|"
    r"puis|alors)\s+)nous\s+|\bd['’]entre\s+nous\s+)(?:(?:ne|n'|le|la|les|l'|lui|leur|y|en|vous|me|m'|te|t'|se|s')"
    r"\s*)*"
    # a first person's auxiliary and adverbs: "J'avais aussi écrit que …"
    r"(?:(?:ai|avais|aurais|avons|avions|aurions)\s+(?:(?:aussi|déjà|bien|toujours|souvent|"
    r"également|pourtant|même|d'ailleurs|encore|alors|(?:ne\s+)?pas|jamais)\s+){0,2})?$",
    re.IGNORECASE)
_OBJECT_PRONOUNS = frozenset({"nous", "vous", "me", "m'", "te", "t'", "lui", "leur", "le", "la",
                              "les", "l'", "en", "y"})
# a future or conditional form: "on notera que", "on dirait que" is the article's own voice
_FUTURE_OR_CONDITIONAL = ("era", "eront", "erait", "eraient", "ira", "iront", "irait",
                          "iraient", "dra", "dront", "drait", "draient")
_COORDINATED_VERB = re.compile(r"\b(?:et|mais)\s+(?:(?:les|l'|le|la|lui|leur|y|en)\s*)?"
                               r"(?:(?:a|ont|avait|avaient)\s+)?$")
# "et" right before a participle, and an earlier "avoir" auxiliary with its participle that it
# shares: "a rejeté ses demandes et confirmé que …"
_AND_BEFORE = re.compile(r"\bet\s+$", re.IGNORECASE)
_EARLIER_AVOIR = re.compile(r"(?:^|[\s'’])(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\s+"
                            r"(?:(?:déjà|aussi|également|notamment|ensuite|d'abord|pourtant)\s+)?"
                            r"[a-zéèêàç]+(?:é|i|u|is|it|rt)\b", re.IGNORECASE)


def _shared_avoir(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The earlier "avoir" a bare participle right after "et" shares ("a rejeté ses demandes
    et confirmé que …"), searched in ``[lo, start)``, or None."""
    if _AND_BEFORE.search(text, max(lo, start - 60), start) is None:
        return None
    return _EARLIER_AVOIR.search(text, lo, start)


# a passive's agent soon after the participle: "et jugé «hors-sol» par l'Insoumis …"
# (not across the content's "que": "et averti que les déblocages menés par les autorités")
_AGENT_AFTER = re.compile(r"(?:(?!\bqu(?:e\b|['’]))[^.;:!?]){0,50}?\bpar\s", re.IGNORECASE)
# "… car «…»": a quotation continuing a reported clause
_CONTINUATION = re.compile(r"[\s»\"”]*,?\s*(?:car|et|mais|puis|parce que)\s+[«\"“]",
                           re.IGNORECASE)
# the passive with its source: "recensés par les autorités"
_BY_AGENT = re.compile(r"\s+(?:(?:déjà|notamment|officiellement|également|aussi)\s+)?par\s+"
                       r"(?=(?:l'|le |la |les |un |une |des |[A-ZÉ]))")
# adverbs between a passive's auxiliary and its participle ("a pourtant été rapidement
# revendiquée", "est chaque semaine contesté", "ne sera pas jugé")
_PASSIVE_ADVERB = (r"(?:pas|plus|jamais|toutefois|déjà|notamment|également|aussi|pourtant|"
                   r"toujours|souvent|encore|bien|parfois|chaque\s+(?:semaine|jour|année|fois)|"
                   r"depuis\s+longtemps|[a-zéè]+ment)")
_AFTER_SPACE_OR_NE = r"(?:(?<=\s)|(?<=n')|(?<=n’))"
_PASSIVE_AUX = re.compile(
    r"(?:" + _AFTER_SPACE_OR_NE + r"(?:a|ont|avait|avaient|aurait|auraient)(?:\s+"
    + _PASSIVE_ADVERB + r")*\s+été|" + _AFTER_SPACE_OR_NE + r"(?:est|sont|était|étaient|sera|"
    r"seront|serait|seraient|fut|furent)|\s(?:comme\s+(?:déjà\s+)?))"
    r"(?:\s+" + _PASSIVE_ADVERB + r")*\s*$")
_PASSIVE_BOUNDARY = re.compile(r"[,;:(]\s*(?:(?:où|avec|dont|mais)\s+)?|\s(?:où|avec|dont|mais)\s",
                               re.IGNORECASE)
_NP_OPENS = re.compile(r"(?<![\w'’])(?:l['’]|(?:les|le|la|des|du|aux|au|une|un|ces|cet|cette|ce|"
                       r"ses|sa|son|leurs|leur|toutes|tous|toute|tout|\d+)(?![\w-]))",
                       re.IGNORECASE)
_NEGATION_END = re.compile(r"\s+(?:ne\s*|n['’])$", re.IGNORECASE)
# the past participle after an auxiliary ("a rejeté ", "ont été ")
_PARTICIPLE_THEN_SPACE = re.compile(r"(?:\s+(?:pas|plus|jamais|déjà|aussi|toujours|été))*"
                                    r"\s+[a-zàâçéèêëîïôûù]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|"
                                    r"ues|t|te|ts|tes)\s")
_TRAILING_ADVERB = re.compile(r"(?:\s+(?:toutefois|déjà|notamment|également|aussi|officiellement|"
                              r"comme|cependant))+\s*$", re.IGNORECASE)
# a name opening a sentence: "Lo fournit un contexte … :"
_NAME_SUBJECT = re.compile(r"([A-ZÉ][\w'-]+(?:\s+[A-ZÉ][\w'-]+){0,2})\s+(?=[a-zéèêàç])")
# what follows "selon X," when it describes X rather than continuing the content
_ABOUT_SOURCE = re.compile(r"(?:qui|dont|lequel|laquelle|lesquels|lesquelles|où)\b", re.IGNORECASE)
# a cue right after "qui": the reported content ends with the relative clause
_RELATIVE_SUBJECT = re.compile(r"\bqui\s+(?:ne\s+|n')?(?:(?:lui|leur|me|te|nous|vous)\s+)?$")
# what follows a shouted quotation that ends the content: a subordinate clause or a complement
_AFTER_SHOUT = re.compile(r"\s+(?:alors|tandis|quand|lorsqu|pendant|avant|après|pour|dans|sur|en|"
                          r"au|à|devant)\b")
# "à l'AFP", "au président français", "aux journalistes": who was told, before the content
_ADDRESSEE = re.compile(
    r"(?:à|au|aux)\s+(?:l'|la |le |les )?(?:[A-ZÉ][\w'.-]*(?:\s+[A-ZÉ][\w'.-]*)*|[a-zéè][\w'-]*)"
    r"(?=\s+(?:qu'|que\s|avoir\b|être\b|\w+(?:er|ir|re)\b))"
)
# verbs of a demand made to someone ("demander à X de …"; not an offer: "proposer aux
# Etats-Unis de mener des frappes" reports no words of the reference article's gold)
_DEMAND_VERBS = frozenset({"demander", "réclamer", "exiger", "ordonner", "enjoindre",
                           "conseiller", "recommander", "prier", "supplier", "exhorter",
                           "intimer", "sommer", "implorer", "interdire",
                           "reprocher"})  # (and a reproach made to someone: "reprocher à X de")
# the addressee of a demand, then "de" and an infinitive (in marks or not)
# (the addressee opens with an article, a possessive or a name, not an infinitive: "appelle à
# descendre … pour réclamer des hausses de salaire"; no quantity before "de": "réclament à
# Emmanuel Macron plus de pouvoir d'achat")
_ADDRESSEE_THEN_DE = re.compile(
    r"(?:(?:à|au|aux)\s+(?=(?:l['’]|la\s|les\s|le\s|son\s|sa\s|ses\s|leur\s|leurs\s|un\s|une\s|"
    r"des\s|ce\s|cette\s|ces\s|[A-ZÉ]))|au\s|aux\s)"
    r"(?:(?!\b(?:plus|moins|davantage|beaucoup|assez|trop|peu|pour)\s)[^,;:«»\"“”]){1,60}?"
    r"(?:,\s*[^,;:«»\"“”]{1,40}?){0,3},?\s*[«\"“]?\s*"
    r"(?P<de>d['’]|de\s)(?=\s*[«\"“]?\s*(?:ne\s+pas\s+|n['’]|se\s+|s['’])?"
    r"[a-zéèêàâîôûç]+(?:er|ir|re|oir)\b)")
# a dash between spaces (a hyphen too, as web copy writes it)
_SPACED_DASH = re.compile(r"\s[-–—]\s")
# a name, then "de" and an infinitive: the object of "accuser X de …"
_NAME_THEN_DE = re.compile(
    r"[A-ZÉÈ][\w'’-]+(?:\s+(?:(?:de|du|d'|van|von|Le|La)\s*)?[A-ZÉÈ][\w'’-]+){0,3}\s+"
    r"(?:d['’]|de\s)(?=\s*(?:ne\s+pas\s+|n['’]|se\s+|s['’])?[a-zéèêàâîôûç]+(?:er|ir|re|oir)\b)")
# rules whose reported stretch may hold several whole quoted clauses (each a direct quote)
_SPLIT_RULES = frozenset({"fr.incise", "fr.marker", "fr.floating", "fr.colon", "fr.comme"})
# a finite verb in a stretch of text: the stretch is a clause, not a noun phrase
_FINITE_VERB = re.compile(
    r"\b(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|serait|seraient|aura|"
    r"auront|aurait|auraient|fut|furent|va|vont|peut|peuvent|doit|doivent|faut|y a)\b"
    r"|\w(?:ait|aient|èrent)\b",
    re.IGNORECASE,
)
_AVEC_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+avec\b")
# an infinitive opening the sentence after "à" ("À noter que", "Il est à noter que"), and
# "sans" before "conteste": set phrases of the article's own voice
_AUTHOR_ASIDE_BEFORE = re.compile(r"(?:^|[.!?…:;]\s*|\n\s*)(?:il (?:est|reste)\s+)?[àa]\s+$|"
                                  r"\bsans\s+$", re.IGNORECASE)
# the author's own reasoning before an infinitive cue: an impersonal verb ("il faut", "il
# convient de", "il est intéressant de", "il est à"), a generic "on" with a modal ("on peut",
# "l'on ne peut sérieusement"), "c'est à", "ce qui veut" (dire: to mean); an object pronoun
# may come between ("il faut le rappeler")
_ADVERBS_BETWEEN = (r"(?:(?:donc|bien|aussi|toutefois|cependant|pourtant|néanmoins|également|"
                    r"encore|alors|ici|pas|plus|enfin|certes|surtout|d'ailleurs|tout de même|"
                    r"quand même|très|fort|particulièrement|vraiment|assez|tout à fait|"
                    r"sérieusement|légitimement|raisonnablement|aisément|facilement|"
                    r"sans doute|simplement|tout simplement)\s+)*")
_FRAME_ADJECTIVES = (r"(?:important|intéressant|essentiel|nécessaire|utile|inutile|bon|juste|"
                     r"injuste|inexact|exact|faux|vrai|impossible|difficile|facile|permis|"
                     r"légitime|honnête|malhonnête|fréquent|courant|clair|évident|frappant|"
                     r"curieux|étonnant|surprenant|significatif|instructif|révélateur|temps|"
                     r"indispensable|primordial|capital|crucial|urgent|possible|aisé|tentant|"
                     r"abusif|excessif|exagéré|erroné|prématuré|préférable|opportun|"
                     r"pertinent|raisonnable|logique|normal|naturel|remarquable|piquant|"
                     r"amusant|ironique|regrettable|dommage|mieux|absurde|ridicule|trompeur|"
                     r"hasardeux|simpliste|réducteur|sage|prudent|notable|vital)")
_IMPERSONAL_BEFORE = re.compile(
    r"(?:\bil\s+(?:ne\s+)?(?:(?:nous|vous|me|leur|lui)\s+)?(?:faut|fallait|faudra|faudrait|fallut|"
    r"convient|conviendrait|"
    r"convenait|importe|importait|suffit|suffisait|reste|restait)\s+" + _ADVERBS_BETWEEN +
    r"(?:de\s+|d'|à\s+)?"
    r"|\bil\s+(?:est|était|serait|sera|semble|paraît)\s+" + _ADVERBS_BETWEEN +
    r"(?:" + _FRAME_ADJECTIVES + r"(?:\s+et\s+" + _FRAME_ADJECTIVES + r")?\s+(?:de\s+|d')"
    r"|à\s+)"
    r"|(?:^|[^\w'])(?:l')?on\s+(?:ne\s+)?(?:peut|pourrait|pouvait|doit|devrait|devait|veut|"
    r"voudrait|voulait)\s+" + _ADVERBS_BETWEEN +
    r"|\bc'est\s+à\s+"
    r"|\b(?:ce\s+qui|cela|ça|ca|ceci|c')\s+(?:ne\s+)?(?:veut|voulait|voudrait|voudra)\s+" +
    _ADVERBS_BETWEEN +
    r")(?:le\s+|l'|la\s+|les\s+|en\s+|y\s+)?$", re.IGNORECASE)
# "Il convient de rappeler que": impersonal "convenir de" (it is fitting to), not "convenir que"
_IL_BEFORE = re.compile(r"\bil\s+(?:ne\s+)?(?:(?:nous|vous|me|leur|lui)\s+)?$", re.IGNORECASE)
_DE_AFTER = re.compile(r"\s+" + _ADVERBS_BETWEEN + r"(?:de\s|d')", re.IGNORECASE)
# "compter" + a number: "compte 46 restaurants", "en compte 18", "plus de 250 000"
_NUMBER_AFTER = re.compile(r"\s+(?:(?:actuellement|aujourd'hui|désormais|déjà|encore|"
                           r"environ|près de|plus de|moins de|quelque|au moins)\s+)*\d")
_RELATIVE_OR_Y_BEFORE = re.compile(r"\b(?:qui|y|en)\s+(?:ne\s+)?$", re.IGNORECASE)
# the passive of a compound tense: "il a été dit que", "ont été annoncés"
_PASSIVE_ETE_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|aura|auront|avoir|"
                                 r"ayant)\s+(?:(?:déjà|aussi|bien|même|pas|plus|jamais|souvent|"
                                 r"longtemps|également)\s+)*été\s+$", re.IGNORECASE)
@functools.cache
def _cue_infinitives() -> frozenset[str]:
    forms, _ = cue_table()
    return frozenset(k for k, cands in forms.items() if " " not in k and
                     any(c.kind == "infinitive" for c in cands))


_NEXT_WORD_FR = re.compile(r"\s+(?:(?:encore|bien|toujours|aussi|pas|plus|donc)\s+)*(\w+)")
# "ce qui, en termes clairs, signifie que": to mean, not to notify
_MEANING_SUBJECT_BEFORE = re.compile(r"\b(?:ce\s+qui|cela|ça|ca|ceci|c')\s*(?:,[^,]{0,40},\s*)?"
                                     r"(?:ne\s+)?$", re.IGNORECASE)
# literals one of which _IMPERSONAL_BEFORE needs (a cheap test before the regex)
_IMPERSONAL_HINTS = ("il ", "on ", "c'", "qui", "cela", "ça", "ca ", "ceci")
# "Si l'on considère que …" (not "même si l'on reconnaît", a concession of someone named)
_GENERIC_IF_BEFORE = re.compile(r"(?<!même )\bsi\s+(?:l')?on\s+(?:ne\s+)?$", re.IGNORECASE)
# cue forms that are mostly another word: "maintenant" is the adverb unless after "en"
_ADVERB_HOMOGRAPHS = frozenset({"maintenant"})
_EN_BEFORE = re.compile(r"\ben\s+$", re.IGNORECASE)
_PRONOUN_RIGHT_BEFORE = re.compile(r"(?<![\w'’])(?:[Ss]e |[Ss]['’])$")
_REFLEXIVE_BEFORE = re.compile(r"(?:\bse|\bs')\s*(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
# (a word of its own: not the end of "voisine", "Antoine", "Marine" before the verb)
_NEG_BEFORE = re.compile(r"(?<![\w'’-])(?:n'|ne\s+)$", re.IGNORECASE)
# a conjugated auxiliary between a cue and a later "que": the que belongs to that verb
_AUX_VERB = re.compile(r"\b(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|serait|"
                       r"seraient|aura|auront|aurait|auraient|fut|furent|va|vont|peut|peuvent|"
                       r"doit|doivent|faut)\b")
_QUE_LATER = re.compile(r"[^.;:«»\"]{0,60}?\b(qu'|que\s)")
# verbs whose noun phrase is often a topic: with a definite or possessive determiner, a topic
_TOPIC_VERBS = frozenset({"évoquer"})
_NP_RELATIVE_CLAUSE = re.compile(r"\b(?:qui|que|qu'|qu’|dont|où)\b", re.IGNORECASE)
_DEFINITE_NP = re.compile(r"(?:le|la|les|l'|l’|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b",
                          re.IGNORECASE)
# heads of a noun phrase that states something even after a definite determiner
_CLAIM_HEADS = frozenset("possibilité hypothèse idée perspective risque menace éventualité "
                         "piste nécessité besoin option projet intention volonté scénario "
                         "probabilité crainte".split())
# the head noun of a noun phrase (after its determiner)
_NP_HEAD = re.compile(r"(?:l'|\w+\s+(?:d')?)\s*([\w-]+)", re.IGNORECASE)
# heads (without a final s/x) of noun phrases that name a source, a feeling or an event
_EVENT_HEADS = frozenset("""information nouvelle rumeur déception colère inquiétude tristesse
    satisfaction soutien solidarité regret condoléance gratitude indignation émotion désarroi
    mécontentement consternation stupeur manifestation blocage événement évènement émeute
    graffiti acte heurt incident attaque attentat agression violence drame tragédie""".split())
# "se disent plus anxieuses que les garçons": the que of a comparison
_COMPARATIVE_GAP = re.compile(
    r"\b(?<!pour )(?:plus|moins|aussi|autant|davantage|tant)\s+"  # (not "sans pour autant citer")
    r"(?!(?:tard|tôt|de|du|des|la|le|les|un|une)\b|[ld]')\w+", re.IGNORECASE)
_NOT_REPORTED_QUE = re.compile(r"\b(?:ce|celle|celui|ceux|alors|tandis|parce|bien|afin|"
                               r"sans|avant|après|dès|pour|lorsque|même|ainsi|plutôt|autant|"
                               r"tant|plus|moins)\s*$", re.IGNORECASE)
# "a-t-on appris de source judiciaire / de source proche du dossier / auprès de la préfecture"
# a source reached through someone: "auprès du parquet d'Agen", "au cabinet du ministre X"
_VIA_SOURCE = r"(?:auprès|au cabinet|dans l'entourage|du côté) d(?:e |u |es |')"
# "a-t-on indiqué au ministère de l'Intérieur / à l'Élysée / à Matignon" (kept when the
# gazetteer knows it; a bare name after "à" is a place, "a-t-on appris à Paris", except the
# seats of government named bare)
_ON_AT = re.compile(r"[^.;,]{0,30}?\b(?:au\s+|aux\s+|à\s+(?=l'|la\s)|"
                    r"à\s+(?=Matignon|Bercy|Beauvau))"
                    r"((?:l'|la\s+)?[A-ZÉ][\w'-]+(?:\s+[A-ZÉ][\w'-]+)?"
                    # "avait-on expliqué à la préfecture de police des Bouches-du-Rhône"
                    r"|(?:la\s+|l')(?:préfecture|mairie|gendarmerie|police|présidence|direction)"
                    r"(?:\s+(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')[\w'-]+){0,3})")
_ON_INSTITUTION = re.compile(r"(?:la\s+|l')(?:préfecture|mairie|gendarmerie|police|présidence|"
                             r"direction)\b")
# an acronym names a body: "indique-t-on à la FGTB"
_ACRONYM_NAME = re.compile(r"(?:l'|la\s+|le\s+)?[A-Z]{2,}\b")
_VIA = re.compile(_VIA_SOURCE, re.IGNORECASE)
_ON_SOURCE_REACH = 600  # how far an "on" incise without a source takes the last one's
_ON_SOURCE = re.compile(r"[^.;]{0,40}?\b(de source[s]? [\w-]+(?: (?:d[eu]s?|de la|de l') ?"
                        r"[\w-]+| [\w-]+)?|" + _VIA_SOURCE + r"[^,.;]+)")
_CLAUSE_CUT = re.compile(r",|\s(?:et|mais)\s")
_ON_READ = re.compile(r"(?:peut|pouvait|pourra|pouvaient|pourrait)-on\s+(?:lire|entendre)\s+"
                      r"(?:\w+\s+)?(?:sur|dans)\s+((?:l'|le |la |les |un |une |des )?[^,.;]+)",
                      re.IGNORECASE)
# «A, a souligné Agnès Bonnet, directrice du festival. B»: an incise naming its speaker
# (an adverb may come between the verb and its subject: "disait pourtant Mélanie")
_INNER_NP_INCISE = re.compile(
    r",\s*(?P<cue>(?:a|avait)\s+(?:\w+\s+)??(?P<v1>\w+)|(?:(?:se|s')\s*)?(?P<v2>\w+))"
    r"(?:\s+(?:pourtant|encore|alors|aussi|ensuite|toutefois|également|d'ailleurs|enfin|"
    + _DAY + r"|hier))?"
    # (a medium between the verb and the speaker: "écrit dans Le Figaro l'historien X")
    r"(?:\s+dans\s+(?:l['’]|le\s|la\s|les\s)?(?-i:[A-ZÉ])[\w'’-]*"
    r"(?:\s+(?-i:[A-ZÉ])[\w'’-]*){0,2}(?=\s+(?:l[ea]\s|l['’]|les\s|un\s|une\s|(?-i:[A-ZÉ]))))?"
    r"\s+"
    # (a name, or a determiner: "explique ce rapport officiel", "explique un libraire")
    r"(?=[A-ZÉ]|l[ea]\s|l'|les\s|(?:un|une|ce|cet|cette|ces|notre|nos|son|sa|ses|leur|leurs)"
    r"\s)"
)
# the incise that ends a dialogue line, after a comma or the line's own ? ! …
_DIALOGUE_INCISE = re.compile(
    r"(?:,|(?<=[?!…]))\s*(?P<cue>(?:a|avait)\s+(?:\w+\s+)??(?P<v1>\w+)|(?P<v2>\w+))\s+"
    r"(?=[A-ZÉ]|l[ea]\s|l'|les\s)"
)
_MARK_CHARS = re.compile(r"[«»\"“”„]")
# the quotation resumes after an inner incise's subject: a comma and a connector or a gerund
_RESUME_AFTER_INCISE = re.compile(
    r"\s*,\s*(?=(?:mais|et|car|donc|puis|parce qu|si|en\s+(?:(?:le|la|les|leur|lui|se|y|en)\s+|"
    r"s'|l')?\w+ant)\b)", re.IGNORECASE)
# («On ne sait rien ! se serait-il écrié. […]», «Il ne faut pas raconter de craques, a-t-il
# ajouté un peu plus tard, c'est …»: a reflexive or conditional auxiliary, words after it)
_INNER_INCISE = re.compile(
    r"(?:,|(?<=[!?…]))\s*(?P<cue>(?:se\s+|s')?(?:a|avait|aurait|est|était|serait)-(?:t-)?"
    r"(?P<p1>il|elle)\s+(?:" + _ADVERB + r"\s+)?(?P<v1>\w+)"
    r"|(?:se\s+|s')?(?P<v2>\w+)-(?:t-)?(?P<p2>il|elle))(?:\s+[\w-]+){0,4}?\s*[.,]\s*",
)


def versions() -> dict[str, str]:
    _, tag = cue_table()
    name, _, version = tag.partition("@")
    names, names_version = first_names_version()
    return {name: version, names: names_version, "sourcebias-rules-fr": RULES_VERSION}


# ---------------------------------------------------------------------------------------------
def extract(doc: Document, marked: Sequence[Marked]) -> list[Quote]:
    units = _units(doc, marked, list(cue_regex().finditer(doc.lower)), _find_markers(doc.lower))
    resolver = SpeakerResolver(doc)
    out: list[Quote] = []
    pending_speaker: Speaker | None = None  # "X a déclaré :" at the end of a unit
    last_unit_quoted = -10
    last_quote_speaker: Speaker | None = None
    headline_end = _headline_end(doc)
    text = doc.norm
    for k, unit in enumerate(units):
        ends_with_colon = _ends_with(text, unit, ":")
        if not (unit.cues or unit.markers or unit.marks or ends_with_colon):
            pending_speaker = None  # most sentences: nothing to attribute
            continue
        if unit.end <= headline_end or _subhead(doc, unit):
            continue
        cleft = _cleft_quotes(doc, units, k, resolver, out) if unit.cues and \
            doc.lower.find("ce qu", unit.start, unit.end) >= 0 else None
        found = _unit_quotes(doc, unit, resolver, skip=cleft[1] if cleft else frozenset())
        if cleft:
            found = sorted(found + cleft[0], key=_quote_start)
        if not found and unit.marks:
            floating = _floating(doc, unit, pending_speaker, resolver,
                                 last_unit_quoted == k - 1, last_quote_speaker)
            found = floating
        pending_speaker = None
        if found:
            last_unit_quoted = k
            last_quote_speaker = found[-1].speaker
            for q in found:
                resolver.note_quote(q)
            out.extend(found)
        if ends_with_colon:
            pending_speaker = _trailing_colon_speaker(doc, unit, resolver)
    return _dedupe(_interview_answers(doc, out, resolver, headline_end))


def _quote_start(q: Quote) -> int:
    return q.start


def _cleft_quotes(doc: Document, units: list[_Unit], k: int, resolver: SpeakerResolver,
                  out: list[Quote]) -> tuple[list[Quote], frozenset[int]] | None:
    """ "C'est ce qu'affirme la secrétaire d'État Marlène Schiappa", "…: c'est ce qu'a annoncé
    mardi le premier ministre", "C'est du moins ce qu'avance le journal": the verb's subject
    follows it and its content is the clause before (after a colon or a comma) or the
    sentence before in the paragraph. Returns the quotes and the cues they use (which the
    unit's other rules then leave alone), or None."""
    text, unit = doc.norm, units[k]
    forms, _ = cue_table()
    quotes: list[Quote] = []
    used: set[int] = set()
    for m in unit.cues:
        cleft = _CLEFT.search(text, max(unit.start, m.start() - 90), m.start())
        candidates = [c for c in forms.get(m.group().lower(), ()) if not c.rest] \
            if cleft is not None else None
        if not candidates or (candidates[0].kind != "finite" and not cleft.group("aux")):
            continue  # (a participle needs its auxiliary; "faire" reports only with more
            # words: "ce qu'a fait X" is no report)
        # (the cue table does not take "qu'a" for an auxiliary: "ce qu'a annoncé" is read here,
        # whole)
        start = cleft.start("aux") if cleft.group("aux") else m.start()
        hit = _CueHit(start, m.end(), m.start(), candidates[0], None, False,
                      (cleft.group("aux") or "").strip().lower() in ("aurait", "auraient"))
        lead = text[unit.start:cleft.start()].rstrip()
        if lead and lead[-1] in ":;,—–" and len(lead.split()) >= 3:
            s, e, where = unit.start, len(lead) + unit.start - 1, unit
        elif not lead.strip(" «»\"“”") and k > 0 and units[k - 1].paragraph == unit.paragraph:
            where = units[k - 1]
            s, e = where.start, where.end
            if any(q.start < e and q.end > s and q.rule != "fr.floating" for q in out):
                continue  # (the sentence already has its own attribution)
        else:
            continue
        found = _incise_speaker(doc, unit, hit, resolver)
        if found is None or found[0].canonical is None:
            continue
        made = _make_quotes(doc, where, s, e, found[0], _make_cue(doc, hit), "fr.cleft")
        if made:
            if where is not unit:
                out[:] = [q for q in out if not (q.start < e and q.end > s)]  # (floating)
            quotes.extend(made)
            used.update((hit.start, m.start()))
    return (quotes, frozenset(used)) if quotes else None


def _interview_answers(doc: Document, quotes: list[Quote], resolver: SpeakerResolver,
                       headline_end: int) -> list[Quote]:
    """An interview's answers written without quotation marks: in an article of at least three
    questions, two of them addressing someone as vous ("Qu'est-ce que votre association va
    apporter ?"), each paragraph after a question, up to the next question (at most four), is
    the interviewee's account: one indirect quote of the one person the article names before
    the first question (else an unnamed interviewee), channel "interview". A paragraph that
    holds quoted words keeps its own quotes (the answer in marks is fr.interview); in one that
    does not, the answer replaces the reports found inside it unless they name their source
    ("Le verset dit que …", "J'ai pu remarquer que …" are the interviewee's words)."""
    text, paras = doc.norm, doc.paragraphs
    n = len(paras)
    if n < 6:
        return quotes
    questions = [k > 0 and paras[k][0] >= headline_end and _is_question_line(text, paras[k])
                 for k in range(n)]
    # the interviewer's header ("Sidwaya :", "S. :", "Question :") marks a question however
    # long it is and wherever its question mark falls
    asked = {_header_key(h.group(1)) for k in range(n) if questions[k]
             for h in [_LINE_HEADER.match(text, *paras[k])] if h is not None}
    if asked:
        asked |= {key[0] for key in asked}  # "Sidwaya" is also "S."
        questions = [questions[k] or (k > 0 and paras[k][0] >= headline_end and (
            (h := _LINE_HEADER.match(text, *paras[k])) is not None and
            _header_key(h.group(1)) in asked)) for k in range(n)]
    pairs = [k for k in range(n - 1) if questions[k] and not questions[k + 1]]
    if len(pairs) < 3 or sum(1 for k in pairs
                             if _VOUS.search(text, paras[k][0], paras[k][1])) < 2:
        return quotes
    # an interview says so before its first question ("dans l'entretien ci-après", "nous
    # avons rencontré"), or marks its questions and answers ("Question :", "Sidwaya (S.) :",
    # "R. —", "T.T. :"); an opinion piece asking its readers questions does neither
    first = paras[pairs[0]][0]
    marked = sum(1 for k in pairs if _QUESTION_HEADER.match(text, *paras[k]) or
                 _ANSWER_HEADER.match(text, *paras[k + 1]) or _ANSWER_LEAD.match(
                     text, *paras[k + 1]))
    if not _INTERVIEW_SAID.search(doc.lower, 0, first) and marked < 2:
        return quotes
    intro = _INTERVIEWEE_NAMED.search(text, 0, paras[pairs[0]][0])
    speaker = None
    if intro is not None:
        # "cet interview avec El-Hadja Bio Tchané Modoukpè Aïcha", "nous rencontrions le
        # président du CIB monsieur Sana Harouna": the person the article says it interviews
        name = _TITLE_BEFORE_NAME.sub("", intro.group("name")).strip()
        speaker = Speaker(None, None, None, name, "person", None, "interview")
    if speaker is None:
        speaker = resolver.only_person_before(paras[pairs[0]][0])
    if speaker is None:
        # "Sa présidente, Kadidia Tiendrébéogo, nous dévoile …": the one name in apposition
        apposed = {m.group(1) for m in _APPOSED_NAME.finditer(text, 0, paras[pairs[0]][0])}
        if len(apposed) == 1:
            (name,) = apposed
            speaker = Speaker(None, None, None, name, "person", None, "interview")
    if speaker is None:
        # "Mme Ramata Boly (R.B) : …", "Sakandé Adama (S. A. ): …": the first answer's header
        header = _ANSWER_HEADER.match(text, *paras[pairs[0] + 1])
        if header is not None and header.group("name") and \
                len(header.group("name").split()) >= 2:
            a, b = header.span("name")
            found = resolver.resolve(text[a:b], a, b)
            speaker = Speaker(None, None, None, found.canonical, found.type, found.affiliation,
                              "interview")
    if speaker is None:
        speaker = Speaker(None, None, None, None, "person", None, "interview")
    out = list(quotes)
    for k in pairs:
        j = k + 1
        while j < n and not questions[j] and j <= k + 4:
            ps, pe = paras[j]
            j += 1
            lead = _ANSWER_HEADER.match(text, ps, pe) or _ANSWER_LEAD.match(text, ps, pe)
            s = lead.end() if lead is not None else ps
            e = pe
            while e > s and text[e - 1].isspace():
                e -= 1
            if len(_WORDS.findall(text, s, e)) < 5 or _INTERVIEW_CREDIT.match(text, s, e):
                continue  # ("Interview réalisée par …", "Propos recueillis par …": the byline)
            inside = [q for q in out if ps <= q.start and q.end <= pe]
            if any(q.type != "indirect" for q in inside) or \
                    any(q.start < pe and q.end > ps and not (ps <= q.start and q.end <= pe)
                        for q in out):
                continue  # quoted words, or a quote running over the paragraph's edge
            out = [q for q in out if q not in inside or not _interviewee_s_own(q)]
            out.append(Quote(type="indirect", start=s, end=e, text=text[s:e],
                             speaker=speaker, cue=None, channel="interview",
                             rule="fr.interview-answer"))
    out.sort(key=_quote_start)
    return out


def _header_key(header: str) -> str:
    """A line header without its dots and spaces: "S. " -> "S", "Sidwaya (S.)" -> "Sidwaya"."""
    return re.sub(r"\(.*\)|[.\s]", "", header)


def _is_question_line(text: str, para: tuple[int, int]) -> bool:
    question = text[para[0]:para[1]].strip()
    return _reads_as_question(question) and 2 <= len(_WORDS.findall(question)) <= 60 and \
        not question.endswith(":")


def _interviewee_s_own(q: Quote) -> bool:
    """Is a report inside an answer the interviewee's own claim ("J'ai pu remarquer que …",
    "Nous aimerions souligner ici que …"), which the answer holds, rather than a report of
    someone else ("les chiites qui trouvent que …", "Le verset dit que …")?"""
    sp = q.speaker
    return sp is None or sp.text is None or \
        sp.text.strip().lower().replace("’", "'") in _FIRST_PERSON



def _quote_start(q: Quote) -> int:
    return q.start


# the person an interview's introduction names: "(cet) interview/entretien avec X", "nous
# avons rencontré/rencontrions … X" (at most eight words between), X a run of capitalised
# words, honorifics included
_INTERVIEWEE_NAMED = re.compile(
    r"(?:\b(?:interview|entretien|entrevue)\s+(?:exclusive?\s+)?(?:avec|de)\s+"
    r"|\b(?:rencontr\w+|interrog\w+)\s+(?:\S+\s+){0,8}?"
    r"(?=(?:monsieur|madame|M\.|Mme|El[- ]?[Hh]adja?|Hadja|[A-ZÉ])))"
    r"(?P<name>(?:(?:monsieur|madame|M\.|Mme)\s+)?[A-ZÉÈ][\w'’-]+(?:\s+[A-ZÉÈ][\w'’-]+){1,4})")
_TITLE_BEFORE_NAME = re.compile(r"^(?:monsieur|madame|M\.|Mme|El[- ]?[Hh]adj[ai]?|Hadja|Hadji?)\s+")
# a capitalised name between commas: ", Kadidia Tiendrébéogo,"
_APPOSED_NAME = re.compile(r",\s+(?:M\.\s+|Mme\s+)?([A-ZÉÈ][a-zéèëïîôöüç'-]+(?:\s+(?:de\s+|d')?"
                           r"[A-ZÉÈ][\w'’-]+){1,2}),")
_FIRST_PERSON = frozenset({"je", "j'", "nous", "moi", "moi-même", "nous-mêmes"})
_INTERVIEW_CREDIT = re.compile(r"\s*(?:propos recueillis|interview réalisée|entretien réalisé|"
                               r"réalisée? par|recueillis par)\b", re.IGNORECASE)
# a short header at the start of a line: "Sidwaya (S.) :", "S. :", "Question :"
_LINE_HEADER = re.compile(r"\s*([A-ZÉ][\w'’.-]{0,20}(?:\s*\([^()\n]{1,12}\))?)\s*:\s")
_INTERVIEW_SAID = re.compile(
    r"\b(?:entretien|interview|entrevue|interviewée?s?|à nos questions|aux questions|"
    r"questions? (?:de|du|d')\s*(?:notre|nos|la rédaction)|a répondu|ont répondu|"
    r"(?:avons|a|ont) (?:rencontré|interrogé|joint|reçu)e?s?|nous a (?:reçu|accordé)e?s?|"
    r"s'est (?:confiée?|prêtée?)|à bâtons rompus)")
# a question's header: "Question :", "Q :", "Sidwaya (S.) :", "S. :"
_QUESTION_HEADER = re.compile(r"\s*(?:Questions?|Q|[A-ZÉ][\w'’-]+(?:\s*\([^()\n]{1,12}\))?|"
                              r"(?:[A-ZÉ]\.\s?){1,3})\s*[:—–-]\s")
# an answer's header: the interviewee's name and/or initials, then a colon ("Mme Ramata Boly
# (R.B) :", "Sakandé Adama (S. A. ):", "El Hadj Toumani Triandé:", "T.T.:", "HSSC :")
_ANSWER_HEADER = re.compile(
    r"\s*(?:(?P<name>(?!(?:Le|La|Les|L'|L’|Un|Une|Des|Ce|Cette|Ces|Il|Elle|Nous|On)\b)"
    r"(?:(?:M\.|Mme|Mlle|Dr|Pr|Me)\s+)?[A-ZÉÈ][\w'’-]+(?:\s+(?:de\s+|d'|"
    r"van\s+)?[A-ZÉÈ][\w'’/-]+){1,4})\s*(?:\((?P<init>[^()\n]{1,30})\)\s*)?"
    r"|(?P<initials>[A-ZÉ](?:\.\s?[A-ZÉ]){1,3}\.?|[A-ZÉ]\.|[A-ZÉ]{2,5}))\s*:\s+")
# an answer's lead: "R. —", "R :", "Réponse :", a dash
_ANSWER_LEAD = re.compile(r"\s*(?:(?:R|Rép|Réponse)\s*\.?\s*[—–:-]+\s*|[—–-]\s+)")


def _find_markers(lower: str) -> list[re.Match[str]]:
    """The attribution markers in ``lower``, in order, as the alternation of _MARKERS' patterns
    finds them: at most one of them matches at a position, and of two overlapping matches
    ("aux yeux de source …") the later is dropped."""
    # (str's "in" is faster still than re's scan: most markers are in no article)
    found = sorted((m for lit, p in _MARKERS if lit in lower for m in p.finditer(lower)),
                   key=_match_start)
    out: list[re.Match[str]] = []
    reach = 0
    for m in found:
        if m.start() >= reach:  # an alternation's matches do not overlap
            out.append(m)
            reach = m.end()
    return out


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _ends_with(text: str, unit: _Unit, ch: str) -> bool:
    """Does the sentence end with ``ch`` (trailing spaces aside)?"""
    i = unit.end - 1
    while i > unit.start and text[i] in " \t\n":
        i -= 1
    return text[i] == ch


def _headline_end(doc: Document) -> int:
    """The end of the headline: a short first paragraph without a final period."""
    if len(doc.paragraphs) < 2:
        return 0
    s, e = doc.paragraphs[0]
    para = doc.norm[s:e].rstrip()
    if len(_WORDS.findall(para)) <= 30 and not para.endswith((".", "!", "…")):
        return e
    return 0


def _subhead(doc: Document, unit: _Unit) -> bool:
    """A short paragraph without final punctuation inside the article: a section title."""
    ps, pe = doc.paragraphs[unit.paragraph]
    if (unit.start, unit.end) != (ps, pe):
        return False
    para = doc.norm[ps:pe].rstrip().rstrip("»\"” ")
    return not para.endswith((".", "!", "?", "…", ":", ")")) and len(_WORDS.findall(para)) <= 20


def _units(doc: Document, marked: Sequence[Marked], cues: list[re.Match[str]],
           markers: list[re.Match[str]]) -> list[_Unit]:
    """Sentences, merged so that no boundary falls inside quotation marks, each with the marks,
    cue verbs and attribution markers it holds (found once for the whole text)."""
    para_starts = [p[0] for p in doc.paragraphs]
    spans: list[list[int]] = []
    opens = [m.open for m in marked]
    for s, e in doc.sentences:
        k = bisect.bisect_right(opens, s) - 1
        inside = k >= 0 and marked[k].open < s <= marked[k].close and marked[k].kind != "—"
        if spans and inside:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    cue_pos = [m.start() for m in cues]
    marker_pos = [m.start() for m in markers]
    labels = _labels(doc.norm, doc.lower, marked)
    units: list[_Unit] = []
    j = 0
    for s, e in spans:
        while j < len(marked) and marked[j].open < s:
            j += 1
        i = bisect.bisect_left(opens, e, j)
        units.append(_Unit(
            s, e, list(marked[j:i]), bisect.bisect_right(para_starts, s) - 1,
            cues[bisect.bisect_left(cue_pos, s):bisect.bisect_left(cue_pos, e)],
            markers[bisect.bisect_left(marker_pos, s):bisect.bisect_left(marker_pos, e)],
            labels=labels,
        ))
    return units


def _mark_key(text: str, m: Marked) -> str:
    return " ".join(text[m.start:m.end].lower().split())


def _labels(text: str, lower: str, marked: Sequence[Marked]) -> frozenset[int]:
    """Where the marks around a label open, which the contract does not count as quoted
    words: terms of at most three words that the article writes twice or more, in marks or
    not (names of movements and labels, «gilets jaunes»), and capitalised names of at most four
    words after an article or a preposition (a title or a nickname: la «Grosse Pomme»)."""
    opens: dict[str, list[int]] = {}
    out: set[int] = set()
    padded = ""  # the text lower-cased, a space before it and between lines (made when needed)
    term: dict[str, bool] = {}  # key -> written twice more without marks after an article
    for m in marked:
        if m.end - m.start > 40:
            continue
        key = _mark_key(text, m)
        n_words = len(key.split())
        if n_words <= 3:
            opens.setdefault(key, []).append(m.start)
        if n_words > 4 or not _DETERMINER_RIGHT_BEFORE.search(text, max(0, m.open - 12), m.open):
            continue
        inner = text[m.start:m.end].strip()
        # a noun phrase named with an article outside its marks, not words spoken (no verb,
        # no sentence punctuation): a name or title (capitalised: un «Acte 2», la «Grosse
        # Pomme»), or a term of two words or more the article writes twice more without marks
        # after an article, the topic's own name ("des «gilets jaunes»" … "les gilets jaunes")
        if _FINITE_VERB.search(inner) or inner[-1:] in ".!?…":
            continue
        if not inner[:1].isupper() and n_words >= 2 and key not in term:
            if not padded:
                padded = " " + lower.replace("\n", " ")
            term[key] = sum(padded.count(det + key) for det in _ARTICLES_BEFORE_TERM) >= 2
        if inner[:1].isupper() or term.get(key, False):
            out.add(m.start)
    for starts in opens.values():
        if len(starts) > 1:
            out.update(starts)
    return frozenset(out)


_ARTICLES_BEFORE_TERM = (" les ", " des ", " aux ", " du ", " la ", " le ", " l'")
# (an article, not an object pronoun before a verb: "la «sauver de la censure»" has no noun)
_DETERMINER_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:le|la|les|des|du|au|aux|un|une)|\bl['’])\s*$", re.IGNORECASE)


def _unit_channel(doc: Document, unit: _Unit, cue_end: int) -> tuple[str | None, str | None]:
    """The channel of the sentence (computed once per sentence) and the intermediary."""
    text = doc.norm
    if unit.channel is None:
        unit.channel = sentence_channel(text, doc.lower, unit.start, unit.end)
    channel, intermediary = unit.channel
    return channel, told_to(text, cue_end, unit.end) or intermediary


def _inside_marks(unit: _Unit, pos: int) -> bool:
    if not unit.marks:
        return False
    for m in unit.marks:
        if m.open <= pos <= m.close:
            return True
    return False


# ---------------------------------------------------------------------------------------------
@dataclass
class _CueHit:
    start: int  # the whole verb group, aux included
    end: int
    verb_start: int
    form: CueForm
    inverted_pronoun: tuple[int, int] | None
    negated: bool
    conditional: bool
    impersonal: bool = False  # «…», est-il indiqué: a passive incise, nobody named
    # "après l'avoir accusé de": an infinitive, whose subject is the main clause's ("ayant"
    # keeps the noun phrase before it: "2 juges sur 17 ayant exprimé …")
    nonfinite: bool = False


@functools.cache
@functools.cache
def _rest_regex(rest: str) -> re.Pattern[str]:
    """The fixed words after the verb of a multi-word cue ("a fait ensuite savoir")."""
    # (an inverted pronoun may come first: "fait-il savoir", "met-elle en garde")
    return re.compile(r"(?:(?:-t)?-(?:il|elle|ils|elles|on)\b)?\s+(?:\w+\s+){0,3}?" +
                      re.escape(rest) + r"\b", re.IGNORECASE)


_DEGREE_BEFORE = re.compile(r"\b(?:bien|très|plus|moins|si|assez|trop|fort)\s+$",
                            re.IGNORECASE)


def _cues_in(doc: Document, unit: _Unit) -> list[_CueHit]:
    text = doc.norm
    forms, _ = cue_table()
    hits: list[_CueHit] = []
    for m in unit.cues:
        if _inside_marks(unit, m.start()):
            continue
        key = m.group().lower()
        candidates = forms.get(key)
        if not candidates:
            continue
        # multi-word cues: faire savoir / mettre en garde ...
        form = None
        end = m.end()
        for c in candidates:
            if c.rest:
                tail = _rest_regex(c.rest).match(text, end, unit.end)
                if tail:
                    form, end = c, tail.end()
                    break
        if form is None:
            # a reflexive lemma after se/s' (s'est exprimé), else the plain verb (a exprimé)
            window = text[max(unit.start, m.start() - 20):m.start()]
            reflexive = bool(_REFLEXIVE_BEFORE.search(window))
            if reflexive and key in _other_when_reflexive_forms() and \
                    not _OWN_PRONOUN_BEFORE.search(window):
                reflexive = False  # "se bornant à expliquer que": the pronoun is another verb's
            form = _single_word_form(key, reflexive)
            if form is None:
                continue
        start = m.start()
        if form.verb.frames == _INVQ_ONLY and not any(
                c in text[max(unit.start, start - 24):start] for c in _CLOSING_MARKS):
            continue  # (cheap: a verb of the incise after a quotation, and no mark before)
        if form.verb.lemma.startswith(("se ", "s'")):
            # the cue starts at its pronoun: «…», s'exclame X (an incise after the comma)
            pron = _PRONOUN_RIGHT_BEFORE.search(text, max(unit.start, start - 4), start)
            if pron is not None:
                start = pron.start()
        before = text[max(unit.start, start - 60):start]
        if form.kind == "finite" and key not in _FINITE_PARTICIPLES and \
                _DETERMINER_BEFORE.search(before[-24:]):
            continue  # "Mohammed a déposé une demande de titre de séjour"
        if form.kind == "finite" and _DEGREE_BEFORE.search(before):
            continue  # an adjective: "une idée bien précise en tête :"
        if form.verb.lemma == "compter" and (key in ("compte", "comptent") or
                                             _RELATIVE_OR_Y_BEFORE.search(before)) and \
                _NUMBER_AFTER.match(text, end, unit.end):
            continue  # "l'Assemblée compte 11 femmes", "qui compte 270 000 habitants": to
            # number, not "la CGT avait compté 400 000 personnes" (a body's count, a claim)
        if form.verb.lemma == "convenir" and form.kind == "finite" and \
                _IL_BEFORE.search(before) and _DE_AFTER.match(text, end, unit.end):
            continue  # "Il convient de rappeler que": the article's own reasoning
        if form.verb.lemma == "trancher" and _AVEC_AFTER.match(text, end, unit.end):
            continue  # "tranchait d'ailleurs avec le formalisme": to contrast, not to decide
        tail = before[-50:].lower()
        if form.kind == "infinitive" and any(w in tail for w in _IMPERSONAL_HINTS) and \
                _IMPERSONAL_BEFORE.search(before):
            continue  # "Il faut dire que", "il est intéressant de noter que", "on peut
            # affirmer que", "ce qui veut dire que": the article's own reasoning, nobody's report
        if form.verb.lemma == "vouloir" and (nxt := _NEXT_WORD_FR.match(doc.lower, end)) and \
                nxt.group(1) in _cue_infinitives():
            continue  # "on veut croire que": a modal before the verb that reports (or not)
        if form.verb.lemma == "signifier" and _MEANING_SUBJECT_BEFORE.search(before):
            continue  # "ce qui signifie que": what something means
        if "on" in tail[-10:] and _GENERIC_IF_BEFORE.search(before):
            continue  # "Si l'on considère que …": a supposition, not a report
        if key in _ADVERB_HOMOGRAPHS and not _EN_BEFORE.search(before):
            continue  # "On sait maintenant que": the adverb, not "en maintenant que"
        if (form.kind == "infinitive" or key == "conteste") and \
                before[-5:].rstrip().lower().endswith(("à", "a", "sans")) and \
                _AUTHOR_ASIDE_BEFORE.search(before):
            continue  # "À noter que …", "sans conteste": the article's own voice
        if key == "dit" and before[-12:].lower().rstrip().endswith(("autrement", "soit")):
            continue  # "autrement dit", "soit dit en passant": in other words, by the way
        if _QUE_RIGHT_AFTER.match(text, end, unit.end) and \
                (ne := _RESTRICTIVE_NE_BEFORE.search(before, max(0, len(before) - 30))):
            negative = _NEGATIVE_SUBJECT.search(before, 0, ne.start() + 1)
            if negative is None or negative.group(1).lower() == "rien":
                # "ne dit qu'une chose", "ne doit communiquer qu'une seule fois": only; "Rien
                # ne dit que", "rien n'assure que": nobody's report, the article's own voice
                continue  # (not "Aucun ministre n'a dit que": a report denied)
        # only a participle takes an auxiliary (most cues are finite forms: no search)
        takes_aux = form.kind == "participle" or key in _FINITE_PARTICIPLES
        if takes_aux and "été" in before[-12:] and _PASSIVE_ETE_BEFORE.search(before):
            continue  # "il a été dit que …": a passive with no source (as "il est admis que")
        aux = _AUX_BEFORE.search(" " + before) if takes_aux else None
        negated = False
        inv: tuple[int, int] | None = None
        if aux:
            start = start - len(before) + aux.start("all") - 1
            negated = bool(aux.group("neg")) or " pas" in aux.group("all")
            if aux.group("inv"):
                p0 = start + aux.group("all").lower().index(aux.group("inv").lower())
                pm = _INV_PRONOUN.match(text, p0)
                if pm:
                    inv = (pm.start(1), pm.end(1))
            aux_word = aux.group("aux").lower()
            impersonal = aux_word in _ETRE
            if impersonal and not inv:
                # être without a reflexive pronoun: a passive ("le ministre est accusé
                # d'avoir menti": the accused; "il est admis que": nobody), never the
                # speaker's own verb (a passive with its source after "par" is
                # _passive_quotes'); inverted, an incise that names nobody: «…», est-il indiqué
                continue
        else:
            impersonal = False
            aux_word = ""
            pm = _INV_PRONOUN.match(text, m.end())
            if pm:
                inv = (pm.start(1), pm.end(1))
                end = max(end, pm.end())
            if form.kind == "infinitive" and _MODAL_BEFORE.search(before):
                continue  # "aurait dû lui rétorquer que": a counterfactual, not a report
            if form.kind == "participle" and not aux and key not in _FINITE_PARTICIPLES and \
                    not (_shared_avoir(text, unit.start, start) and
                         not _AGENT_AFTER.match(text, end, unit.end)):
                # a bare participle is an adjective or a passive ("le cessez-le-feu décrété"):
                # a reported one names its source with "par" (see _passive_quotes); after "et",
                # one that shares an earlier auxiliary is a verb ("a rejeté ses demandes et
                # confirmé samedi que …")
                continue
            neg = _NEG_BEFORE.search(before)
            negated = bool(neg)
        conditional = aux_word in ("aurait", "auraient", "serait", "seraient") or key.endswith(
            ("rait", "raient"))
        if not inv and form.verb.frames & _INV_FRAMES and text[start - 1:start] == " " and \
                text[max(unit.start, start - 6):start - 1].lower().endswith(_CLITICS):
            clitic = _CLITIC_BEFORE.search(text, max(unit.start, start - 7), start - 1)
            if clitic is not None and text[unit.start:clitic.start()].rstrip()[-1:] in \
                    tuple(",»\"”"):
                # "«…», nous explique le danseur", "«…», en conclut X": the object pronoun
                # belongs to the incise's verb group
                start = clitic.start()
        if form.kind == "infinitive" and "à " in text[max(unit.start, start - 4):start] and \
                (held := _HOLDS_TO.search(text, max(unit.start, start - 40), start)) is not None:
            # "tient à souligner l'Office de tourisme", "«…», tient-elle à préciser", "a tenu à
            # rappeler que": the verb group that holds to say it is the cue, finite
            start = held.start()
            form = CueForm(form.verb, "finite", form.rest)
            for group in ("pron", "pron0"):
                if held.group(group):
                    inv = held.span(group)
        if form.verb.frames == _INVQ_ONLY and not _quotation_ends_at(doc, unit, start):
            continue  # "illustre à nouveau les fractures": only an incise after a quotation
        hits.append(_CueHit(start, end, m.start(), form, inv, negated, conditional, impersonal,
                            aux_word in ("avoir", "s'être")))
    return hits


# verbs that are another verb with a reflexive pronoun: s'assurer (make sure), se rappeler
# (remember), s'entendre (agree), se relever (get up), se demander (wonder)
# verbs whose reflexive is another verb: "s'assurer que", "se rappeler", "s'entendre", "il se
# trouve que" (it happens that), "s'y ajoute" (adds up), "s'expliquent par" (is explained by)
_OTHER_WHEN_REFLEXIVE = frozenset({"assurer", "rappeler", "entendre", "trouver", "ajouter",
                                   "expliquer", "relever", "demander"})


# the pronoun of the verb itself: "s'y ajoute", "se sont trouvés", "s'est expliqué"
_OWN_PRONOUN_BEFORE = re.compile(r"(?:\bse|\bs')\s*(?:(?:y|en|est|sont|était|étaient|serait|"
                                 r"seraient|sera|étant|être|ne|n'|pas|plus|bien|aussi|"
                                 r"toujours|déjà|encore)\s*)*$", re.IGNORECASE)


@functools.cache
def _other_when_reflexive_forms() -> frozenset[str]:
    forms, _ = cue_table()
    return frozenset(k for k, cands in forms.items()
                     if any(c.verb.lemma in _OTHER_WHEN_REFLEXIVE for c in cands))


@functools.cache
def _single_word_form(key: str, reflexive: bool) -> CueForm | None:
    """The cue a one-word form stands for, with or without a reflexive pronoun before it;
    None when it needs one it does not have."""
    forms, _ = cue_table()
    plain = [c for c in forms.get(key, ()) if not c.rest]
    pref = [c for c in plain if c.verb.lemma.startswith(("se ", "s'")) == reflexive]
    if reflexive and plain and plain[0].verb.lemma in _OTHER_WHEN_REFLEXIVE:
        if not pref:
            return None  # "afin de s'assurer qu'il n'y ait pas de débordements": a purpose
        # "«…», se rappelle-t-il": the reflexive verb's own frames (an incise), never those
        # of the plain verb ("se rappeler que" is to remember, not "rappeler que")
        plain = pref
    if not reflexive:
        # a reflexive verb without its pronoun is another verb: "inquiète les acteurs de
        # l'économie" (inquiéter), not "s'inquiète"
        plain = pref
    chosen = (pref or plain or [None])[0]
    if chosen is None:
        return None
    frames = frozenset().union(*(c.verb.frames for c in plain))
    return CueForm(type(chosen.verb)(chosen.verb.lemma, chosen.verb.category, frames),
                   chosen.kind, "")


def _make_cue(doc: Document, hit: _CueHit) -> Cue:
    v = hit.form.verb
    return Cue(
        text=doc.norm[hit.start:hit.end],
        lemma=v.lemma,
        start=hit.start,
        end=hit.end,
        category=v.category,
        negated=hit.negated,
        conditional=hit.conditional,
    )


# ---------------------------------------------------------------------------------------------
# the frames of an inverted incise: any ("inv"), or only right after a quotation ("invq")
_INV_FRAMES = frozenset({"inv", "invq"})
# verbs of evidence: a study, a poll or figures that show something are a source ("une enquête
# montre que …", as "selon une enquête"); a person or a reasoning that shows it is not
_EVIDENCE_VERBS = frozenset({"montrer", "démontrer"})
_EVIDENCE_SUBJECT = re.compile(
    r"\b(?:étude|études|enquête|enquêtes|sondage|sondages|rapport|rapports|chiffres|données|"
    r"statistiques|bilan|baromètre|recherche|recherches|note|document|documents|"
    r"courrier|lettre|expertise|audit|relevé|comptage|décompte|enregistrement|vidéo|images)\b",
    re.IGNORECASE)
_INVQ_ONLY = frozenset({"invq"})
_CLOSING_MARKS = ("»", "\"", "”")
_CLITICS = ("nous", "vous", "lui", "leur", "en", "y", "me", "m'", "m’")
# an object pronoun right before an incise's verb ("nous explique", "en conclut", "lui répond")
_CLITIC_BEFORE = re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, _CLITICS)) + r")$",
                            re.IGNORECASE)


def _is_incise(doc: Document, unit: _Unit, hit: _CueHit) -> bool:
    """Does the cue follow a comma, a closing mark or a dash (an inverted incise)?"""
    text = doc.norm
    i = hit.start - 1
    while i >= unit.start and text[i] == " ":
        i -= 1
    if i < unit.start:
        return False
    if text[i] in "—–":
        # the closing dash of an aside after a word ("les électeurs Ecolo – à Groen il n'y en
        # a presque plus — s'interrogeront sur …"): the verb goes on with the subject before
        # the aside, no incise
        opening = max(text.rfind("—", unit.start, i), text.rfind("–", unit.start, i))
        if opening > unit.start and text[opening - 1] == " " and \
                text[opening - 2:opening - 1].isalnum():
            return False
    return text[i] in ",»\"”—–!?…" or (text[i] == "." and i > 0 and text[i - 1] in "»\"”")


def _after_quotation(doc: Document, unit: _Unit, hit: _CueHit) -> bool:
    """Does the incise follow a closing quotation mark ("«…», illustre X", "«…» corrige X")?"""
    return _quotation_ends_at(doc, unit, hit.start)


def _quotation_ends_at(doc: Document, unit: _Unit, pos: int) -> bool:
    """Does a quotation (not a label of one or two words: "les «gilets jaunes» partagent")
    close right before ``pos``, a comma or the quotation's own ! ? … aside?"""
    text = doc.norm
    before = text[max(unit.start, pos - 12):pos].rstrip(" ,")
    if not (before[-1:] in _CLOSING_MARKS or (before[-1:] in tuple("!?….") and
                                              before[-2:-1] in _CLOSING_MARKS)):
        return False
    end = pos - (len(text[max(unit.start, pos - 12):pos]) - len(before))
    mark = next((m for m in unit.marks if end - 2 <= m.close < end), None)
    if mark is None:
        return True
    # a label: a term the article puts in marks more than once, or one after a determiner
    words = len(_WORDS.findall(text, mark.start, mark.end))
    if words < 6 and _NAME_BEFORE_MARK.search(text, max(unit.start, mark.open - 30), mark.open):
        return False  # a name: "le Projet "Femmes et Santé” a développé …"
    return mark.open not in unit.labels and (
        words >= 3 or
        not _LABEL_BEFORE_MARK.search(text, max(unit.start, mark.open - 14), mark.open))


# "de" and a bare noun, then a finite verb: the complement of a noun, the subject's ("cette
# dernière note de détresse est …"), not a partitive object ("note de réels progrès")
_DE_NOUN_THEN_VERB = re.compile(r"de\s+[a-zéèêàâîôûç-]+\s+(?:est|sont|était|étaient|a|ont|"
                                r"avait|avaient|sera|seront|fut)\b")
# a determiner and a noun that a name in marks follows: "le projet «Femmes et Santé»",
# "l'opération «Barkhane»", "du collectif «La Meute»"
_NAME_BEFORE_MARK = re.compile(r"\b(?:le|la|les|du|des|au|aux|[ld]['’])\s*(?:projet|programme|"
                               r"opération|mouvement|collectif|association|groupe|plan|campagne|"
                               r"festival|journal|magazine|émission|livre|film|dispositif|"
                               r"initiative|réseau|site|page|compte|slogan|thème)\s*$",
                               re.IGNORECASE)
_LABEL_BEFORE_MARK = re.compile(
    r"(?:\b(?:le|la|les|des|du|de|au|aux|un|une|ce|cet|cette|ces|ses|leurs|nos|vos|plusieurs|"
    r"certains|certaines|quelques|nombreux|nombreuses|autres)|\b[ld]['’])\s*$", re.IGNORECASE)


_NP_THEN_STOP = re.compile(r"\s*(?:[.!?…]|$)")
# what may follow an incise's speaker before the end of the sentence: when, to whom, where
# and how it was said ("a indiqué la préfecture lundi", "a dit le ministre, lundi soir, à
# l'AFP", "a annoncé la mairie dans un communiqué publié dimanche")
_TRAILING_ADJUNCTS = re.compile(
    r"(?:\s*,?\s*(?:"
    r"(?:(?:ce|cet|cette|le)\s+)?(?:" + _DAY + r"|hier|aujourd'hui|matin|soir|midi|après-midi|"
    r"semaine)(?:\s+(?:soir|matin|midi|après-midi|dernier|dernière|prochain|"
    r"\d{1,2}(?:er)?(?:\s+" + _MONTH + r")?)){0,2}"  # ("le jeudi 5 mai dernier")
    r"|le\s+\d{1,2}(?:er)?\s+" + _MONTH +
    r"|en\s+(?:fin|début)\s+de\s+(?:journée|matinée|soirée|semaine|mois)"
    r"|dans\s+la\s+(?:soirée|journée|matinée|nuit)"
    r"|(?:à\s+l'|à\s+la\s+|au\s+|aux\s+|à\s+)(?-i:[A-ZÉ])[\w'’.-]*"
    r"(?:\s+(?-i:[A-ZÉ])[\w'’.-]*){0,3}"
    r"|dans\s+(?:un|une|son|sa|leur)\s+(?:communiqué|entretien|interview|message|tweet|"
    r"courrier|lettre|déclaration|texte|vidéo|publication)"
    r"(?:\s+(?:publiée?s?|diffusée?s?|transmise?s?|envoyée?s?)(?:\s+" + _DAY + r")?)?"
    r")){1,3}\s*(?:[.!?…]|$)",
    re.IGNORECASE)


def _agent_to_the_end(text: str, hit: _CueHit, unit: _Unit) -> bool:
    """Is the cue followed (past an adverb: "confirment cependant") by a speaker's noun
    phrase (a name, a person, a body) that runs to the end of the sentence, or to adjuncts
    of time, addressee, place or medium that end it ("a indiqué la préfecture lundi")?"""
    np = parse_np_after(text, hit.end, unit.end)
    return np is not None and len(text[hit.end:np[0]].split()) <= 1 and \
        (_NP_THEN_STOP.match(text, np[1], unit.end) is not None or
         _TRAILING_ADJUNCTS.match(text, np[1], unit.end) is not None) and \
        (text[np[0]].isupper() or _names_speaker(text[np[0]:np[1]]))


def _subject_with_apposition(doc: Document, unit: _Unit, hit: _CueHit) -> bool:
    """ "Le ministre …, Jean-Yves Le Drian, a confirmé …": the comma closes an apposition of
    the subject, it does not open an incise."""
    text = doc.norm
    before = text[unit.start:hit.start]
    if any(m.open < hit.start for m in unit.marks) or not before.rstrip().endswith(","):
        return False
    if hit.inverted_pronoun is not None or _ONLY_CONNECTORS.fullmatch(before):
        return False  # "Le Québec, dit-elle, aurait…"; "Pourtant, a dit Marie Dupont, …"
    lead = before.rstrip()[:-1]
    if not any(c in lead for c in ",—–(") and _agent_to_the_end(text, hit, unit):
        # one stretch before the comma, no apposition in it, and a speaker after the cue up
        # to the sentence's end: "Le chômage baisse, affirme le ministre."
        return False
    if hit.form.verb.lemma == "apprendre" and LEARNED_BY.match(text, hit.end, unit.end):
        return False  # "…, a appris l'AFP de source judiciaire": an incise
    np_after = parse_np_after(text, hit.end, unit.end)
    if np_after is not None and text[np_after[0]].isupper() and \
            not text[hit.end:np_after[0]].strip() and \
            _NP_THEN_END.match(text, np_after[1], unit.end):
        # "Conséquence du sexisme ambiant, le plafond de verre résiste, regrette Alizée
        # Porto.": a name after the cue, then the end: an incise (an object after the cue,
        # "a souhaité des «mobilisations pacifiques»", keeps the subject reading)
        return False
    if np_after is not None and not text[hit.end:np_after[0]].strip(" ,") and \
            _names_speaker(text[np_after[0]:np_after[1]]) and \
            _clause_after_incise(text, np_after[1], unit.end):
        # "Cette réforme, estime le ministre, est nécessaire", "En 2019, a précisé le ministre,
        # les prix ont augmenté": the clause goes on after the incise
        return False
    # (a relative clause is part of the subject: "François Hollande, qui était alors en
    # fonctions, a dénoncé de son côté …")
    core = _PARTICIPLE_ASIDE.sub("", _RELATIVE_ASIDE.sub(_drop_one_verb_aside, before))
    if _FINITE_VERB.search(core) or len(_WORDS.findall(core)) > 15 or \
            _PERSONAL_SUBJECT.search(before):
        return False  # ("Je fais 60 km aller-retour, explique un travailleur": a clause)
    subj = parse_subject(text, unit.start, hit.start)
    return subj is not None


def _content_before(doc: Document, unit: _Unit, hit: _CueHit, floor: int) -> tuple[int, int]:
    """The reported stretch before an inverted incise: from ``floor`` to the comma."""
    text = doc.norm
    e = hit.start
    while e > floor and text[e - 1] in " ,—–":
        e -= 1
    s = floor
    colon = text.rfind(":", s, e)
    while colon != -1 and _inside_marks(unit, colon):
        colon = text.rfind(":", s, colon)
    if colon != -1:
        s = colon + 1  # "Une réunion paraissait compromise : des représentants ont renoncé, …"
    while s < e and text[s] in " -—–":
        s += 1
    lead = _LEADING_CONNECTOR.match(text, s, e)
    if lead and not _starts_mark(text, s):
        s = lead.end()
    return s, e


# a subordinating conjunction alone before a "comme" incise ("Puisque, comme l'a dit X, …")
_SUBORDINATOR_LEAD = re.compile(r"(?:" + _SUBORDINATORS + r")[\s,]*", re.IGNORECASE)
# between a "comme" incise's speaker and the quotation it introduces: an apposition, then a
# colon or a comma
_INFINITIVE_LEAD = re.compile(r"(?:(?:mais|et|or|puis|donc)\s+)?(?:ne\s+pas\s+)?"
                             r"[a-zéèêàç]\w*(?:er|ir|re)\b", re.IGNORECASE)
_TO_QUOTATION = re.compile(r"(?:\s*,[^,:;«»\"“”]{1,80})?\s*[:,]\s*")


def _comme_quotes(doc: Document, unit: _Unit, hit: _CueHit, cue: Cue, comme: int, floor: int,
                  resolver: SpeakerResolver, pronoun: tuple[int, int] | None = None
                  ) -> tuple[list[Quote], int] | None:
    """The quote of "CLAUSE, comme l'affirment X" or "Comme l'a rappelé X, CLAUSE", and where
    the sentence's next reading starts; None when no speaker follows the verb. With
    ``pronoun`` ("comme il l'a dit"), the speaker is that pronoun before the verb."""
    text = doc.norm
    if pronoun is not None:
        a, b = pronoun
        speaker = resolver.resolve(text[a:b], a, b)
        b = hit.end
        if _TAIL_COMMA.match(text, b, unit.end) and not _ONLY_CONNECTORS.fullmatch(
                text, floor, comme):
            # "La réforme est, comme il l'a déclaré, «indispensable»": the whole clause
            s, e = floor, _clause_end(text, _TAIL_COMMA.match(text, b, unit.end).end(), unit)
            while s < comme and text[s] in " ,-—–":
                s += 1
            return _make_quotes(doc, unit, s, e, speaker, cue, "fr.comme"), e
    else:
        np = parse_np_after(text, hit.end, unit.end)
        if np is None:
            return None
        a, b = np
        speaker = resolver.resolve(text[a:b], a, b)
        mark = next((m for m in unit.marks if m.open >= b), None)
        if mark is not None and _TO_QUOTATION.fullmatch(text, b, mark.open) and \
                not text[mark.close + 1:unit.end].strip(_TRAIL):
            # "Ou, comme le tweete Antoine Rondel, journaliste à Libé : « … »", "comme l'a dit
            # Thierry Henry : « … »": the words in marks after the speaker
            return _make_quotes(doc, unit, mark.open, mark.close + 1, speaker, cue,
                                "fr.comme"), mark.close + 1
    lead_start = floor
    semicolon = text.rfind(";", floor, comme)
    if semicolon != -1 and not _inside_marks(unit, semicolon):
        lead_start = semicolon + 1  # the clause the incise hangs on starts after a semicolon
    while lead_start < comme and text[lead_start] in " ,-—–":
        lead_start += 1
    if semicolon != -1 and (connector := _LEADING_CONNECTOR.match(text, lead_start, comme)):
        lead_start = connector.end()  # ("; mais tuer des enfants, comme le chantait X, …")
    if _ONLY_CONNECTORS.fullmatch(text, lead_start, comme):
        comma = _TAIL_COMMA.match(text, b, unit.end)
        if comma is None:
            return [], b
        s = comma.end()
        if _CLAUSE_OPENING.match(text, s) is None and _DEMONSTRATIVE_OPENING.match(
                text, s) is None and _clause_before_comma(
                text, s, unit.end) is False and (after := _TAIL_COMMA.match(
                    text, _next_comma(text, s, unit.end), unit.end)) is not None and (
                _CLAUSE_OPENING.match(text, after.end()) or (
                    text[s:s + 1].islower() and opens_with_role(text[s:after.start()]))):
            # "comme l'a rappelé Daniel Vaillant, député PS, la laïcité est …", "Comme l'a
            # souligné Hélène Ilboudo, ministre en charge de la Femme, depuis 2006, c'est …":
            # past the speaker's apposition
            s = after.end()
        e = _clause_end(text, s, unit)
        mark = next((m for m in unit.marks if m.open == s), None)
        if mark is not None and mark.close < e and text.startswith(",", mark.close + 1) and \
                _SUBORDINATOR_LEAD.fullmatch(text, lead_start, comme):
            # "Puisque, comme l'a dit X, « … », si le citoyen ne réagit pas, …": the words in
            # marks are the subordinate clause; the author's main clause follows
            e = mark.close + 1
    elif _clause_after_incise(text, b, unit.end) and \
            _VERB_OPENING.match(text, _TAIL_COMMA.match(text, b, unit.end).end()) and \
            not _INFINITIVE_LEAD.match(text, lead_start, comme):
        # "La réforme, comme l'a dit le ministre, est «indispensable»": the clause goes on
        # after the incise, the whole of it is reported (not after an infinitive subject,
        # which the incise qualifies: "Considérer cette élection comme un référendum, comme
        # l'a laissé entendre X, pourrait être un pari risqué")
        s = lead_start
        e = _clause_end(text, _TAIL_COMMA.match(text, b, unit.end).end(), unit)
    else:
        s, e = lead_start, comme
    return _make_quotes(doc, unit, s, e, speaker, cue, "fr.comme"), max(b, e)


def _incise_tail(doc: Document, unit: _Unit, before: int, after: int, nothing_before: bool
                 ) -> tuple[int, int] | None:
    """The rest of the clause after an incise that sits inside it ("Mais elle le fera,
    précise-t-il, sans esprit de vengeance."; "Le RIC, a-t-il déclaré, peut être un «bon
    instrument»"), or None when the incise ends the clause. Words in quotation marks before
    the incise leave it to the rules for marks («…», a-t-il dit, «…»)."""
    text = doc.norm
    if any(m.close >= before and m.open < after for m in unit.marks):
        return None
    adjunct = _INCISE_ADJUNCT.match(text, after, unit.end)
    if adjunct:  # "dit-il face aux journalistes du groupe LENA à Paris, veut …"
        after = adjunct.end()
    comma = _TAIL_COMMA.match(text, after, unit.end)
    if comma is None:
        return None
    s = comma.end()
    if _PARTICIPLE_START.match(text, s):
        return None  # "…, a-t-il affirmé, confirmant une information du Parisien"
    if _NOUN_PHRASE_START.match(text, s) and not _clause_before_comma(text, s, unit.end):
        # an apposition of the incise's subject ("Mais, a ajouté Jean Dupont, le maire de
        # Lille, il faudra attendre"): the clause after it, if one follows
        comma = _TAIL_COMMA.match(text, _next_comma(text, s, unit.end), unit.end)
        if comma is not None and _CLAUSE_OPENING.match(text, comma.end()):
            s = comma.end()
            if _PARTICIPLE_START.match(text, s):
                return None
        elif not nothing_before:
            return None  # the subject came before the incise: "X, dit Y, le maire de Lille."
    e = _clause_end(text, s, unit)
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    if len(_WORDS.findall(text, s, e)) < 3:
        return None
    return s, e


# "ne" in the cue's own verb group (clitics, at most one auxiliary or modal) and "que" right
# after the cue: the restrictive "ne … que" (only), no reported clause
_RESTRICTIVE_NE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:ne\s+|n['’]\s*)(?:(?:[mtsl]['’]|(?:me|te|se|lui|leur|nous|vous|le|la|les|"
    r"y|en)\s+)\s*)*(?:\w+\s+)?$", re.IGNORECASE)
_NEGATIVE_SUBJECT = re.compile(r"\b(rien|personne|aucune?|nulle?)\b(?:\s+[\w'’-]+){0,4}\s*$",
                               re.IGNORECASE)
_QUE_RIGHT_AFTER = re.compile(r"\s*qu(?:e\b|['’])", re.IGNORECASE)

# the end of words that cannot end a clause before an incise: "Il y a, résume X, une …",
# "la justice sociale qui est, précise-t-il, un des principes …"
# a relative pronoun, then an aside between commas up to the cue
_RELATIVE_THEN_ASIDE = re.compile(r"\b(?:qui|dont)\s*,[^,«»\"“”]{1,100},?\s*$", re.IGNORECASE)
_OPEN_LEAD_END = re.compile(
    r"(?:\b(?:il\s+y\s+a|il\s+(?:faut|fallait|faudra|faudrait)|est|sont|était|étaient|sera|"
    r"seront|serait|seraient|de|du|des|à|au|aux|le|la|les|un|une|que|qui|et|ou|mais|pour|par|"
    r"avec|sans|dans|sur|entre|vers|chez)|\b[cdlq]u?['’])\s*,?\s*$", re.IGNORECASE)

# a finite verb opening a clause's rest ("…, estime le ministre, est nécessaire"): an
# auxiliary, être, a modal, an imperfect, a future or a conditional, or a negation
_VERB_OPENING = re.compile(
    r"(?:ne\s+|n['’])|(?:" + _FINITE_VERB.pattern + r")|\w+(?:ra|ront|rait|raient)\b"
    # common verbs in the present ("Le meilleur guide, a ajouté Mme Diawara, reste le Coran")
    r"|(?:reste|restent|demeure|demeurent|semble|semblent|para[iî]t|paraissent|devient|"
    r"deviennent|permet|permettent|constitue|constituent|représente|représentent|dépend|"
    r"dépendent|concerne|concernent|fait|font|veut|veulent|reste|tient|tiennent|vient|"
    r"viennent|passe|passent|coûte|coûtent|manque|manquent|compte|comptent)\b",
    re.IGNORECASE)


def _clause_after_incise(text: str, np_end: int, end: int) -> bool:
    """Does the clause go on after an incise whose subject ends at ``np_end``: a comma, then
    its verb ("…, estime le ministre, est nécessaire") or a subject and its verb ("…, a
    précisé le ministre, les prix ont augmenté")?"""
    after = _TAIL_COMMA.match(text, np_end, end)
    if after is None or _AGO.match(text, after.end(), end):
        return False  # "…, disait Michel-Édouard Leclerc, il y a un mois.": a time
    return _VERB_OPENING.match(text, after.end()) is not None or (
        _CLAUSE_OPENING.match(text, after.end()) is not None and
        _clause_before_comma(text, after.end(), end))


_AGO = re.compile(r"il y a\s+(?:\d+|une?|deux|trois|quatre|cinq|six|dix|quelques|plusieurs|"
                  r"peu|longtemps|des|moins|plus)\b[^,.;:!?]{0,30}(?:[,.;:!?]|$)", re.IGNORECASE)


_DEMONSTRATIVE_OPENING = re.compile(r"\s*(?:ça|cela|ceci|c['’]|ce\s|cet\s|cette\s|ces\s)",
                                   re.IGNORECASE)


def _next_comma(text: str, s: int, end: int) -> int:
    """The first comma after ``s`` in the unit (``end`` when there is none)."""
    c = text.find(",", s, end)
    return end if c == -1 else c


def _clause_before_comma(text: str, s: int, end: int) -> bool:
    """Does a finite verb follow the noun phrase at ``s`` before the next comma (a clause:
    "les prix de l'énergie ont augmenté"), not only words of an apposition ("le maire de
    Lille,"; "le patron du bar qui était là": the verb of a relative clause)?"""
    stop = _next_comma(text, s, end)
    rel = _NP_RELATIVE_CLAUSE.search(text, s, stop)
    verb = _FINITE_VERB.search(text, s, rel.start() if rel is not None else stop)
    return verb is not None


def _starts_mark(text: str, i: int) -> bool:
    return text[i:i + 1] in ("«", '"', "“", "„")


def _make_quotes(doc: Document, unit: _Unit, s: int, e: int, speaker: Speaker | None,
                 cue: Cue | None, rule: str) -> list[Quote]:
    """Typed quotes for the reported stretch [s, e): direct pieces, mixed or indirect."""
    text = doc.norm
    e = min(e, len(text))
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    while s < e and text[s] in " ,:":
        s += 1
    if e - s < 2:
        return []
    inner = [m for m in unit.marks if m.open >= s - 1 and m.close <= e + 1]
    partial = [m for m in unit.marks if m.open < e and m.close >= s and m not in inner]
    out: list[Quote] = []

    def q(kind: str, a: int, b: int, marks: tuple[tuple[int, int], ...] = ()) -> None:
        while b > a and text[b - 1] in _TRAIL:
            b -= 1
        while a < b and text[a] in " ,:":
            a += 1
        if b - a >= 2 and not _shouting(text, a, b):
            channel, intermediary = _unit_channel(doc, unit, cue.end if cue else unit.end)
            out.append(Quote(kind, a, b, text[a:b], speaker, cue, channel, intermediary,
                             rule, marks))

    if partial:
        # content runs into a quotation: the stretch is the quotation's tail or head
        q("mixed", s, e, tuple((m.start, m.end) for m in partial + inner))
        return out
    if not inner or all(m.start in unit.labels for m in inner):
        # (marks around a label only: "des manifestants «gilets jaunes» ont …" is indirect)
        q("indirect", s, e)
        return out
    # a list of quotations and nothing else («A», «B» et «C», ont crié X): each is direct
    if rule in _SPLIT_RULES and _only_marks(text, s, e, inner):
        for m in inner:
            q("direct", m.start, m.end)
        return out
    # whole-clause quoted pieces joined by connectors are direct; the rest is mixed
    pos = s
    k = 0
    while k < len(inner):
        m = inner[k]
        lead = text[pos:m.open].strip(" ,")
        if (not lead and rule in _SPLIT_RULES and _is_clause(text, m)
                and _piece_ends(text, m, e)):
            q("direct", m.start, m.end)
            nxt = _CONNECTOR.match(text, m.close + 1)
            pos = nxt.end() if nxt else m.close + 1
            k += 1
            continue
        break
    if pos >= e - 1:
        return out
    rest = [m for m in inner[k:]]
    if rest:
        if (len(rest) == 1 and text[pos:rest[0].open].strip(" ,:") == ""
                and text[rest[0].close + 1:e].strip(" ,.") == ""):
            q("direct", rest[0].start, rest[0].end)
        else:
            q("mixed", pos, e, tuple((m.start, m.end) for m in rest))
    else:
        q("indirect", pos, e)
    return out


def _shouting(text: str, a: int, b: int) -> bool:
    """A stretch in capitals is a headline or a slogan line, not reported content."""
    return b - a >= 12 and text[a:b].isupper()


def _only_marks(text: str, s: int, e: int, marks: list[Marked]) -> bool:
    pos = s
    for m in marks:
        if _LIST_GLUE.fullmatch(text, pos, max(pos, m.open)) is None:
            return False
        pos = m.close + 1
    return _LIST_GLUE.fullmatch(text, min(pos, e), e) is not None


_LIST_GLUE = re.compile(r"[\s,.;!?…]*(?:(?:et|ou|puis)\s+)?[\s,]*")


def _is_clause(text: str, m: Marked) -> bool:
    return len(_WORDS.findall(text[m.start:m.end])) >= 4


def _piece_ends(text: str, m: Marked, e: int) -> bool:
    """Is the quoted piece followed by the end, a connector or a comma?"""
    after = text[m.close + 1:e]
    return not after.strip(" ,.") or bool(_CONNECTOR.match(after)) or after.lstrip().startswith(",")


# ---------------------------------------------------------------------------------------------
# a lead that opens with a preposition: "Pour convaincre les parents, explique X, «…» a usé",
# "Lors de son discours, a précisé X, …": a circumstance, the reported words come after it
_PREPOSITION_LEAD = re.compile(
    r"\s*(?:pour|lors\s+d[eu']|dans|sur|après|avant\s+d[eu']|par|depuis|face\s+[àa]|"
    r"concernant|s'agissant\s+d[eu']|quant\s+[àa]|à\s+propos\s+d[eu']|au\s+sujet\s+d[eu'])"
    r"\b", re.IGNORECASE)


def _adverbial_lead(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a short prepositional lead with no verb of its own?"""
    return _PREPOSITION_LEAD.match(text, start, end) is not None and \
        len(_WORDS.findall(text, start, end)) <= 8 and not _FINITE_VERB.search(text, start, end) \
        and not any(c in text[start:end] for c in "«»\"“”")


def _unit_quotes(doc: Document, unit: _Unit, resolver: SpeakerResolver,
                 skip: frozenset[int] = frozenset()) -> list[Quote]:
    text = doc.norm
    out: list[Quote] = []
    hits = [h for h in _cues_in(doc, unit) if h.start not in skip]
    floor = unit.start
    used_until = unit.start
    for hit in hits:
        if hit.start < used_until:
            continue
        frames = hit.form.verb.frames
        cue = _make_cue(doc, hit)
        comme = _COMME_LE.search(text, max(unit.start, hit.start - 22), hit.start)
        if comme is None and hit.form.kind == "finite":
            # "Comme disait Woody Allen : «…»", "comme dit le proverbe": no clitic, the
            # subject after the verb
            comme = _COMME_BARE.search(text, max(unit.start, hit.start - 8), hit.start)
            if comme is not None and text[hit.start:hit.end].lower() in ("disent", "dirait"):
                continue  # "parler «cash», comme disent les Français": a way of speaking
        if comme is not None and hit.form.verb.lemma in _EVIDENCE_VERBS and \
                not _EVIDENCE_SUBJECT.search(text, hit.end, min(unit.end, hit.end + 60)):
            continue  # "comme l'a montré l'attaque de Strasbourg": an event, no source
        if comme is not None:
            # "…, comme l'affirment les historiens" / "Comme l'a rappelé X, …": the subject
            # follows the verb, the content is the clause the comparison hangs on
            pron = comme.span("pron") if comme.groupdict().get("pron") else None
            if pron is not None and hit.form.verb.lemma not in _COMME_PRONOUN_VERBS:
                # "comme ils le voulaient", "comme il l'a promis", "comme il l'avait annoncé":
                # an act compared with what was wanted or announced, not a reported clause
                continue
            found = _comme_quotes(doc, unit, hit, cue, comme.start(), floor, resolver, pron)
            if found is not None:
                quotes, floor = found
                used_until = floor
                out.extend(quotes)
            continue
        if (_is_incise(doc, unit, hit) and ("inv" in frames or (
                "invq" in frames and _after_quotation(doc, unit, hit)))
                and hit.form.kind not in ("gerund", "infinitive")
                and not _subject_with_apposition(doc, unit, hit)):
            sp = _incise_speaker(doc, unit, hit, resolver)
            if sp is not None and hit.form.verb.category == "critical" and \
                    sp[0].type == "unknown" and not _after_quotation(doc, unit, hit) and \
                    _DEFINITE_NP.match(sp[0].text or ""):
                # "que l'Islam, à l'image des autres religions, condamne l'adultère", "…,
                # dénoncent ces débordements": a critical verb's object, no speaker ("…,
                # dénonce le syndicat" has one, "…, s'agace une twitto" too): read forward
                # ("Emmanuel Macron, a dénoncé, samedi, le comportement violent …, promettant")
                sp = None
            if sp is not None and hit.form.verb.lemma in _WITNESS_VERBS and (
                    sp[0].type in ("agency", "media") or
                    _OWN_REPORTER.search(sp[0].text or "")):
                # "…, a constaté un journaliste de l'AFP": the wire's own reporting, the
                # article's voice (as the gold sets have it), not a source
                floor = used_until = max(sp[1], hit.end)
                continue
        else:
            sp = None
        if sp is not None:
            speaker, sp_end = sp
            s, e = _content_before(doc, unit, hit, floor)
            if _RELATIVE_THEN_ASIDE.search(text, max(s, e - 120), e):
                # "des conditions qui, lorsqu'elles sont respectées, garantissent le succès":
                # the verb of a relative clause after its aside, no incise
                continue
            # (nothing before because an earlier quote of the sentence took it is not the same:
            # "A demandé X, a annoncé Y à l'AFP" reports nothing more)
            nothing_before = floor == unit.start and (
                _ONLY_CONNECTORS.fullmatch(text, s, e) is not None or
                _adverbial_lead(text, s, e))
            # a named speaker may be followed by its apposition ("a souligné Olivier
            # Martineau, rencontré dans un hôtel"): only a pronoun incise, or one with nothing
            # reported before it, reads on into the clause
            # ("a-t-on appris de source judiciaire, celle-ci ayant confirmé …": an "on"
            # incise is followed by its source's circumstances)
            pronoun = hit.inverted_pronoun
            # "D'ici 2027, a annoncé Édouard Philippe, elle souhaite …": a short lead with no
            # verb before a named incise, the clause after it
            short_lead = floor == unit.start and len(_WORDS.findall(text[s:e])) <= 4 and \
                not _FINITE_VERB.search(text, s, e) and not unit.marks
            # ("Si les atouts restent forts, écrivent les auteurs, le crédit du pays a chuté",
            # "Cet arrêté, a jugé le Conseil d'État, a «porté une atteinte grave»": the clause
            # goes on after a named incise, the whole of it is reported)
            goes_on = pronoun is None and floor == unit.start and \
                _clause_after_incise(text, sp_end, unit.end)
            # ("Il y a, résume la scientifique pour l'AFP, une «difficulté …»": the words
            # before the incise cannot end a clause, it goes on after it)
            open_lead = not nothing_before and \
                _OPEN_LEAD_END.search(text, max(s, e - 24), e) is not None
            tail = _incise_tail(doc, unit, s, max(sp_end, hit.end), nothing_before or open_lead) \
                if (nothing_before or pronoun is not None or short_lead or goes_on or
                    open_lead) and (
                    pronoun is None or text[pronoun[0]:pronoun[1]].lower() != "on") else None
            if tail is not None and short_lead and not (nothing_before or pronoun or goes_on) and \
                    not _CLAUSE_OPENING.match(text, tail[0]) and \
                    not _VERB_OPENING.match(text, tail[0]):
                # "Non, répond Charles Grant, directeur du …": an apposition ("Cette réforme,
                # estime le ministre, est nécessaire" goes on with its verb)
                tail = None
            if tail is not None:
                # "Pourtant, dit-elle, le Québec aurait intérêt…": the clause after the incise;
                # "Des capacités qu'il faut, dit-il, acquérir très tôt": the whole clause
                if nothing_before:
                    s, e = tail
                elif not _ADJUNCT_START.match(text, tail[0]):
                    e = tail[1]
                else:
                    tail = None
            if tail is not None or not nothing_before:
                out.extend(_make_quotes(doc, unit, s, e, speaker, cue, "fr.incise"))
            floor = used_until = max(sp_end, hit.end) if tail is None else tail[1]
            if tail is not None:
                continue
            # «…», a-t-il dit, «…»: the quotation after the incise belongs to the same speaker
            after = [m for m in unit.marks if m.open >= floor]
            if after and text[floor:after[0].open].strip(" ,:") in ("", "avant d'ajouter",
                                                                     "poursuit-il", "et"):
                m = after[0]
                if text[m.close + 1:unit.end].strip(_TRAIL) == "":
                    out.extend(_make_quotes(doc, unit, m.open, m.close + 1, speaker, cue,
                                            "fr.incise"))
                    floor = used_until = m.close + 1
            continue
        # forward cues: the subject before the verb is the speaker; a participle clause
        # ("…, a-t-il ajouté, précisant que") continues the sentence's last speaker
        # (the speaker is looked for only once the verb is known to govern some content:
        # most cue verbs of a text report nothing, and parsing their subject is the cost)
        coordinated = _COORDINATED_VERB.search(text, max(unit.start, hit.start - 12), hit.start)
        if ((hit.form.kind in ("gerund", "infinitive") or hit.nonfinite or coordinated)
                and out and out[-1].speaker is not None):
            # "…, précisant que", "… et les a mis sur le compte": the same speaker
            inherited: Speaker | None = out[-1].speaker
        else:
            inherited = None
        after = hit.end
        que = _QUE.match(text, after, unit.end) if "que" in frames or hit.form.kind == "gerund" \
            else None
        if que is None and "que" in frames:
            # a complement between the verb and que: "a déclaré au président français qu'…"
            que = _QUE_LATER.match(text, after, unit.end)
            if que and (_NOT_REPORTED_QUE.search(text, after, que.start(1))
                        or _AUX_VERB.search(text, after, que.start(1))
                        or _COMPARATIVE_GAP.search(text, after, que.start(1))):
                # "qui nient avoir participé …, ne seront arrêtés que six jours plus tard": the
                # que of another verb
                que = None
        if que is not None:
            s = que.end()
            lead_comma = _LEAD_COMMA.match(text, s, unit.end)
            if lead_comma is not None:
                s = lead_comma.end()  # "a affirmé que, mercredi, il devait …"
            e = _clause_end(text, s, unit, full_clause=True)
            preposed = None
            gerund_first = hit.form.kind == "gerund" and \
                not text[unit.start:hit.start].strip(" -—–")
            if (hit.nonfinite and _PREPOSED_AFTER.fullmatch(text, unit.start, hit.start)) or \
                    gerund_first:
                # "Après avoir soutenu que A, elle a affirmé que B", "Estimant que A, le
                # parquet a décidé …": A ends at its comma, and its speaker is the subject
                # that follows (after a participle opening the sentence, at the last comma
                # before a subject: "Estimant que parce qu'il savait, Mgr Barbarin aurait dû
                # le dénoncer, des victimes ont porté plainte")
                comma = _last_comma_before_subject(text, unit, s, e) if gerund_first else \
                    _first_comma_outside(text, unit, s, e)
                if comma is not None:
                    e = comma
                    preposed = parse_subject(text, comma + 1, comma + 1, main_clause=True,
                                             unit_end=unit.end,
                                             marks=[(m.open, m.close) for m in unit.marks])
            elif hit.form.kind == "gerund" and \
                    text[unit.start:hit.start].rstrip().endswith(",") and \
                    not _EN_GERUND.search(text, max(unit.start, hit.start - 4), hit.start) and \
                    not has_finite_verb(text, unit.start, hit.start) and \
                    not any(m.open < hit.start for m in unit.marks):
                main = _APPOSED_MAIN_VERB.search(text, s, e)
                if main is not None and not _inside_marks(unit, main.start()):
                    # "Le parquet, estimant que la plainte est fondée, a ouvert une enquête":
                    # the participle in apposition to the subject, its clause ends at the
                    # main verb's comma
                    e = main.start()
                    preposed = parse_subject(text, unit.start, main.start("verb"),
                                             marks=[(m.open, m.close) for m in unit.marks])
            elif _RELATIVE_ON_SUBJECT.match(text, unit.start, hit.start):
                # (the last such verb: "qui a affirmé que la réforme, votée hier, est
                # nécessaire, a quitté la salle")
                main = max(_APPOSED_MAIN_VERB.finditer(text, s, e), key=lambda v: v.start(),
                           default=None)
                if main is not None and not _inside_marks(unit, main.start()):
                    # "Le ministre, dont le fils a déclaré que tout allait bien, est parti": the
                    # cue in a relative clause on the subject, whose own verb follows
                    e = main.start()
            if preposed is not None:
                speaker: Speaker | None = resolver.resolve(text[preposed[0]:preposed[1]],
                                                           *preposed)
            else:
                speaker = inherited or _subject_speaker(doc, unit, hit, resolver)
            if speaker is None:
                continue
            if hit.form.verb.lemma in _EVIDENCE_VERBS and not (
                    speaker.resolved_by == "document" or speaker.type == "document" or
                    _EVIDENCE_SUBJECT.search(speaker.text or "")):
                continue  # "Cela montre que", "Macron a montré qu'il": no source's statement
            e = _subordinate_end(text, unit, hit.start, s, e)
            # "que A et que B": two reported clauses
            for a, b in _split_que(text, unit, s, e):
                out.extend(_make_quotes(doc, unit, a, b, speaker, cue, "fr.que"))
            floor = used_until = e
            continue
        colon = text.find(":", after, unit.end)
        if colon != -1 and any(
                hit.end < h.start < colon and "colon" in h.form.verb.frames and
                h.form.kind not in ("gerund", "infinitive") and not h.nonfinite for h in hits):
            # "… lui demande son ressenti, la mère répond : «…»": the later finite cue's
            # (not "répond en écrivant :", "raconte pour confirmer ces dires :": one speaker)
            colon = -1
        if "colon" in frames and colon != -1 and not text[after:colon].strip(" ,").count(" ") > 8:
            speaker = inherited or _subject_speaker(doc, unit, hit, resolver)
            if speaker is None:
                continue
            s = colon + 1
            marks_after = [m for m in unit.marks if m.open >= s]
            if marks_after and text[s:marks_after[0].open].strip() == "":
                m = marks_after[0]
                out.extend(_make_quotes(doc, unit, m.open, m.close + 1, speaker, cue,
                                        "fr.colon"))
                floor = used_until = m.close + 1
                continue
            if colon < unit.end - 2:
                e = _clause_end(text, s, unit)
                out.extend(_make_quotes(doc, unit, s, e, speaker, cue, "fr.colon"))
                floor = used_until = e
            continue
        comp = _complement(doc, unit, hit, frames) \
            if hit.form.verb.lemma not in _WITNESS_VERBS else None  # ("On constate 275 faits")
        if comp is not None:
            speaker = inherited or _subject_speaker(doc, unit, hit, resolver)
            if speaker is None:
                continue
            s, e = comp
            if text[s] in "«\"“" and _negated_before(text, unit.start, hit):
                # "Emmanuel Macron n'a pas annoncé «un vrai virage social»": words in marks
                # that the subject did not say are someone else's (the article's source's)
                continue
            if speaker.canonical is None and (speaker.text or "").lower() in ("on", "l'on") \
                    and not any(s <= m.open < e for m in unit.marks):
                # "on a enregistré 385 pèlerins", "On notait la présence du président": a
                # generic "on" with a noun phrase, the outlet's account, nobody's words
                continue
            e = _subordinate_end(text, unit, hit.start, s, e)
            out.extend(_make_quotes(doc, unit, s, e, speaker, cue, "fr.complement"))
            floor = used_until = e
    out = _split_at_inner_incise(doc, unit, resolver, out)
    out.extend(_interrupted(doc, unit, resolver, out))
    out.extend(_on_read(doc, unit, resolver, out))
    out.extend(_continued(doc, unit, out))
    out.extend(_passive_quotes(doc, unit, resolver, out))
    out.extend(_marker_quotes(doc, unit, resolver, out))
    return out


def _split_at_inner_incise(doc: Document, unit: _Unit, resolver: SpeakerResolver,
                           quotes: list[Quote]) -> list[Quote]:
    """ «Les humoristes font partie des tops, a souligné Agnès Bonnet, directrice du festival.
    Chaque année, on invite des Québécois», s'est-elle rappelé: an incise that names its
    speaker inside one pair of marks cuts the quotation in two, both pieces hers."""
    out: list[Quote] = []
    for q in quotes:
        pieces = _cut_at_named_incise(doc, unit, resolver, q.start, q.end) \
            if q.type == "direct" else None
        out.extend(pieces if pieces is not None else (q,))
    return out


def _cut_at_named_incise(doc: Document, unit: _Unit, resolver: SpeakerResolver, start: int,
                         end: int) -> list[Quote] | None:
    """The two direct quotes around an incise naming its speaker inside the quotation
    ``[start, end)`` («Il faut ouvrir toutes les mémoires, explique Michel Cadé. Si l'on veut
    …»), or None when there is no such incise."""
    text = doc.norm
    forms, _ = cue_table()
    for inc in _INNER_NP_INCISE.finditer(text, start, end):
        split = _inner_incise_split(text, end, inc, forms)
        if split is None:
            continue
        (a, b), cue, after = split
        speaker = resolver.resolve(text[a:b], a, b)
        return _pieces_around_incise(doc, unit, ((start, inc.start()), (after, end)), speaker,
                                     cue)
    return None


def _finite(form: str, cands: list[CueForm]) -> bool:
    """Can the one-word cue ``form`` be a finite verb ("explique", "dit", not "déclaré")?"""
    return any(c.kind == "finite" for c in cands) or form in _FINITE_PARTICIPLES


def _incise_verb(inc: re.Match[str], forms: dict[str, list[CueForm]]
                 ) -> tuple[str, CueVerb] | None:
    """The form and the reporting verb of an incise match (groups v1: after an auxiliary,
    v2: a one-word verb, which must be able to stand finite), or None."""
    form = (inc.group("v1") or inc.group("v2")).lower()
    plain = [c for c in forms.get(form, ()) if not c.rest and c.verb.frames & _INV_FRAMES]
    if not plain or (inc.group("v2") and not _finite(form, plain)):
        return None
    return form, plain[0].verb


def _incise_cue(text: str, inc: re.Match[str], verb: CueVerb) -> Cue:
    """The cue of an incise match: its verb group ("a-t-il avoué", "explique")."""
    a, b = inc.span("cue")
    return Cue(text[a:b], verb.lemma, a, b, verb.category)


def _dialogue_named_tail(doc: Document, unit: _Unit, resolver: SpeakerResolver, start: int,
                         end: int) -> list[Quote] | None:
    """A dialogue line that ends with an incise naming its speaker ("— Nous allons gagner, dit
    Paul." / "— Vous êtes sûr ? demanda Marie."): the words before it, hers."""
    text = doc.norm
    forms, _ = cue_table()
    for inc in _DIALOGUE_INCISE.finditer(text, start, end):
        found = _incise_verb(inc, forms)
        if found is None:
            continue
        np = parse_np_after(text, inc.end(), end)
        if np is None or _MARK_CHARS.search(text, start, end):
            continue
        rest = text[np[1]:end].strip(_TRAIL)
        if rest and not (text[np[1]:end].lstrip().startswith(",")
                         and not _FINITE_VERB.search(rest)):
            continue  # the line goes on after the name: not its final incise
        a, b = np
        quote_end = inc.start() + (1 if text[inc.start()] in "?!…" else 0)
        return _pieces_around_incise(doc, unit, ((start, quote_end),),
                                     resolver.resolve(text[a:b], a, b),
                                     _incise_cue(text, inc, found[1]))
    return None


def _pieces_around_incise(doc: Document, unit: _Unit, pieces: tuple[tuple[int, int], ...],
                          speaker: Speaker, cue: Cue) -> list[Quote]:
    """The direct quotes on both sides of an incise inside one pair of marks (trailing
    punctuation trimmed, empty pieces dropped), all the incise's speaker's."""
    text = doc.norm
    out = []
    for s, e in pieces:
        while e > s and text[e - 1] in _TRAIL:
            e -= 1
        if e - s >= 2:
            channel, intermediary = _unit_channel(doc, unit, cue.end)
            out.append(Quote("direct", s, e, text[s:e], speaker, cue, channel, intermediary,
                             "fr.incise"))
    return out


def _inner_incise_split(text: str, end: int, inc: re.Match[str],
                        forms: dict[str, list[CueForm]]
                        ) -> tuple[tuple[int, int], Cue, int] | None:
    """The speaker span, the cue and where the quotation (ending at ``end``) resumes, if
    ``inc`` is an incise whose noun phrase runs (appositions included) to a sentence end."""
    found = _incise_verb(inc, forms)
    if found is None:
        return None
    verb, cue_verb = found
    np = parse_np_after(text, inc.end(), end)
    if np is None:
        return None
    phrase = text[np[0]:np[1]]
    if cue_verb.lemma in _WITNESS_VERBS and _OWN_REPORTER.search(phrase):
        return None  # "…, a constaté une journaliste de l'AFP": the article's own reporting
    if _INDEFINITE_NP.match(phrase) and not _names_speaker(phrase):
        return None  # "…, seul, trouvait un air dans son chahut.": an object, not a speaker
    if _MARK_CHARS.search(text, inc.start(), end):
        return None  # nested or stray marks: the span is not one clean quotation
    plural_np = text[np[0]:np[1]].lower().startswith(("les ", "des ", "ces ")) or " et " in \
        text[np[0]:np[1]]
    if inc.group("v2") and verb.endswith("ent") != plural_np:
        return None  # "…, évoquent le sort des gares": the verb does not agree, not an incise
    resume = _RESUME_AFTER_INCISE.match(text, np[1], end)
    if resume is not None:
        # «Ce ne sont pas les gardes qu'on dénonce, affirme Julien Le Cam, mais c'est …»: the
        # quotation goes on after a comma and a connector
        return np, _incise_cue(text, inc, cue_verb), resume.end()
    stop = text.find(".", np[1], end)
    apposition = text[np[1]:stop].strip() if stop != -1 else ""
    if stop == -1 or (apposition and not apposition.startswith(",") and not (
            (adjunct := _INCISE_ADJUNCT.match(text, np[1], end)) and adjunct.end() == stop)):
        return None  # (an adjunct may follow: "souffle Philippe C. Leboeuf au bout du fil.")
    after = stop + 1
    while after < end and text[after] == " ":
        after += 1
    if len(_WORDS.findall(text[after:end])) < 2 or (
            _FINITE_VERB.search(text, np[1], stop) and not _RELATIVE_APPOSITION.match(
                text, np[1], stop)):
        return None  # (a relative clause may describe the speaker: "ce vétéran, qui a choisi …")
    return np, _incise_cue(text, inc, cue_verb), after


# a noun phrase that opens with an indefinite, demonstrative or possessive determiner, and
# one whose head (past "ancien", "jeune" …) is a noun of a person ("un libraire", "un ancien
# ministre", "une habitante")
_INDEFINITE_NP = re.compile(r"(?:un|une|ce|cet|cette|ces|notre|nos|son|sa|ses|leur|leurs)\s",
                            re.IGNORECASE)
_PERSON_NOUN = re.compile(
    r"(?:(?:tous|toutes)\s+)?\w+\s+"
    r"(?:(?:ancien|ancienne|ex|jeune|vieux|vieille|haut|haute|simple)[\s-]+)?"
    r"(?:\w+(?:eur|euse|rice|iste|ant|ante|ent|ente|ien|ienne|ier|ière|aire|ois|oise|ais|aise)"
    r"|\w{3,}(?:an|ane|ain|aine)"
    r"|ministre|maire|élue?|proche|membre|père|mère|fils|fille|femme|homme|frère|sœur|ami|"
    r"amie)s?\b", re.IGNORECASE)


def _names_speaker(phrase: str) -> bool:
    """Does ``phrase`` name someone who can speak: an agent or a body ("la préfecture"), a
    role ("porte-parole de …") or a person's noun ("un libraire", "une habitante")?"""
    return is_agent_np(phrase) or opens_with_role(phrase) or \
        _PERSON_NOUN.match(phrase) is not None or _HONORIFIC_NAME.match(phrase) is not None


# an honorific in lower case before a name: "a ajouté madame Diawara"
_HONORIFIC_NAME = re.compile(r"(?:monsieur|madame|mademoiselle)\s+[A-ZÉÈ]")


_RELATIVE_APPOSITION = re.compile(r"\s*,\s*(?:qui|dont)\s")
_NESTED_LABEL = re.compile(r"[«“\"‹][^«»“”\"‹›.!?]{1,40}[»”\"›]")


def _labels_only_inside(text: str, s: int, e: int) -> bool:
    """Are the marks inside a quotation (if any) only short labels («leurs», "une foutaise"),
    not stray or mispaired marks that make it run over narrative?"""
    inner = _NESTED_LABEL.sub("", text[s:e])
    return _MARK_CHARS.search(inner) is None


def _interrupted(doc: Document, unit: _Unit, resolver: SpeakerResolver,
                 quotes: list[Quote]) -> list[Quote]:
    """ «Dimanche passé, je me suis planté, a-t-il avoué. Ç'a été mon pire passage» : an incise
    inside one pair of marks splits it into two direct quotes of the same speaker."""
    text = doc.norm
    forms, _ = cue_table()
    out: list[Quote] = []
    for mk in unit.marks:
        if any(q.start <= mk.start < q.end for q in quotes):
            continue
        inc = _INNER_INCISE.search(text, mk.start, mk.end)
        if inc is None:
            pieces = _cut_at_named_incise(doc, unit, resolver, mk.start, mk.end)
            if pieces is None and mk.kind == "—":
                pieces = _dialogue_named_tail(doc, unit, resolver, mk.start, mk.end)
            out.extend(pieces or ())
            continue
        verb = (inc.group("v1") or inc.group("v2")).lower()
        if verb not in forms or not forms[verb][0].verb.frames & _INV_FRAMES:
            continue
        if not _labels_only_inside(text, mk.start, mk.end):
            continue  # stray or mispaired marks: the pair is not one clean quotation
        a, b = inc.span("p1") if inc.group("p1") else inc.span("p2")
        speaker = resolver.resolve(text[a:b], a, b)
        cue = _incise_cue(text, inc, forms[verb][0].verb)
        out.extend(_pieces_around_incise(doc, unit, ((mk.start, inc.start()), (inc.end(), mk.end)),
                                         speaker, cue))
    return out


def _on_read(doc: Document, unit: _Unit, resolver: SpeakerResolver,
             quotes: list[Quote]) -> list[Quote]:
    """ «Macron démission !», pouvait-on lire sur une banderole / entendre dans le cortège."""
    text = doc.norm
    if doc.lower.find("-on", unit.start, unit.end) == -1:
        return []  # most sentences: the pattern needs "-on"
    m = _ON_READ.search(text, unit.start, unit.end)
    if m is None or not unit.marks or unit.marks[0].close > m.start():
        return []
    mk = unit.marks[-1] if unit.marks[-1].close < m.start() else None
    if mk is None or text[mk.close + 1:m.start()].strip(" ,") or any(
            q.start <= mk.start < q.end for q in quotes):
        return []
    a, b = m.span(1)
    speaker = resolver.resolve(text[a:b], a, b)
    cue_end = m.start() + len(text[m.start():m.start(1)].rstrip())
    cue = Cue(text[m.start():cue_end], "lire", m.start(), cue_end, "neutral")
    return _make_quotes(doc, unit, mk.open, mk.close + 1, speaker, cue, "fr.incise")


_MARKED_COMPLEMENT = re.compile(r"\s*(?:de\s+|d')?[«“\"][^«»“”\"]{1,80}[»”\"]")


def _passive_quotes(doc: Document, unit: _Unit, resolver: SpeakerResolver,
                    quotes: list[Quote]) -> list[Quote]:
    """ "80 000 manifestants recensés par les autorités", "des raisons … sont invoquées par la
    présidence": the subject is the content, the agent after "par" the source."""
    text = doc.norm
    forms, _ = cue_table()
    out: list[Quote] = []
    for m in unit.cues:
        cands = [c for c in forms.get(m.group().lower(), ())
                 if c.kind == "participle" and "pass" in c.verb.frames]
        if not cands or _inside_marks(unit, m.start()):
            continue
        par = _BY_AGENT.match(text, m.end(), unit.end)
        label = None
        if par is None:
            # "Le discours, qualifié de «vide absolu» par Marine Le Pen": the words in marks
            # between the participle and its agent are the source's
            label = _MARKED_COMPLEMENT.match(text, m.end(), unit.end)
            if label is None:
                continue
            par = _BY_AGENT.match(text, label.end(), unit.end)
            if par is None:
                continue
        np = parse_np_after(text, par.end(), unit.end)
        if np is None:
            continue
        aux = _PASSIVE_AUX.search(text, max(unit.start, m.start() - 40), m.start())
        end = aux.start() if aux else m.start()
        neg = _NEGATION_END.search(text, max(unit.start, end - 6), end)
        if neg is not None:
            end = neg.start()  # ("Eddy Merckx ne sera pas jugé": not the negation)
        adv = _TRAILING_ADVERB.search(text, max(unit.start, end - 40), end)
        end = adv.start() if adv else end
        if label is not None:
            end = label.end()  # the subject, the participle and its words: one mixed span
        start = unit.start
        for b in _PASSIVE_BOUNDARY.finditer(text, unit.start, end):
            if not _inside_marks(unit, b.start()):
                start = b.end()
        if aux is None:
            # "Le tribunal a rejeté toutes les nullités invoquées par la compagnie": after a
            # clause's own verb, the participle qualifies its object, the noun phrase the
            # source stated
            verb = None
            for v in _FINITE_VERB.finditer(text, start, end):
                if not _inside_marks(unit, v.start()):
                    verb = v
            if verb is not None:
                obj = _PARTICIPLE_THEN_SPACE.match(text, verb.end(), end)
                start = obj.end() if obj is not None else verb.end()
                det = _NP_OPENS.search(text, start, end)
                if det is not None:
                    # the noun phrase the participle qualifies ("sont restés insensibles aux
                    # concessions annoncées par …", "dans une série d'attentats revendiqués")
                    start = det.end() if det.group().lower() in ("aux", "au") else det.start()
                while start < end and text[start].isspace():
                    start += 1
        if any(q.start < end and start < q.end for q in quotes + out):
            continue
        if len(_WORDS.findall(text[start:end])) < 2:
            continue
        a, b = np
        speaker = resolver.resolve(text[a:b], a, b)
        v = cands[0].verb
        cue_end = m.start() + len(text[m.start():par.end()].rstrip())
        cue = Cue(text[m.start():cue_end], v.lemma, m.start(), cue_end, v.category)
        out.extend(_make_quotes(doc, unit, start, end, speaker, cue, "fr.passive"))
    return out


def _continued(doc: Document, unit: _Unit, quotes: list[Quote]) -> list[Quote]:
    """ "… à ne pas être en retrait car «il n'y a pas de retraite»": a quotation joined to a
    reported clause by a connector continues the same speaker."""
    text = doc.norm
    out: list[Quote] = []
    for q in quotes:
        m = _CONTINUATION.match(text, q.end, unit.end)
        if m is None:
            continue
        mark = next((mk for mk in unit.marks if mk.open == m.end() - 1), None)
        if mark is None or any(x.start <= mark.start < x.end for x in quotes + out):
            continue
        if text[mark.close + 1:unit.end].strip(_TRAIL):
            continue  # the sentence goes on: not a whole quotation
        out.extend(_make_quotes(doc, unit, mark.open, mark.close + 1, q.speaker, q.cue, q.rule))
    return out


@functools.cache
def _clause_end_regex() -> re.Pattern[str]:
    forms, _ = cue_table()
    # (not the verbs that report only in an incise after a quotation: "tout en applaudissant
    # «l'insurrection citoyenne»" goes on with the clause)
    gerunds = [f for f, cs in forms.items()
               if any(c.kind == "gerund" and c.verb.frames != {"invq"} for c in cs)]
    # an incise after the content: ", a annoncé un de ses représentants", ", précise le texte"
    def incise(kind: str) -> str:
        return trie_pattern([f for f, cs in forms.items() if any(
            not c.rest and "inv" in c.verb.frames and c.kind == kind for c in cs)])
    # (a participle needs its auxiliary: "la réforme, annoncée la semaine dernière, …" is an
    # apposition inside the clause)
    # a coordinated cue: "a admis que A mais a soutenu que B", "explique que A et dit craindre"
    # (a participle only after its auxiliary: "…, lundi et révélée par RTL" is a passive)
    def coordinated(kind: str) -> str:
        return trie_pattern([f for f, cs in forms.items() if any(
            not c.rest and "que" in c.verb.frames and (
                c.kind == kind or (kind == "finite" and f in _FINITE_PARTICIPLES))
            for c in cs)])
    return re.compile(_CLAUSE_END.pattern[:-1] + r"|(?:,|\s+et|,\s+et)\s+(?:(?:tout\s+)?en\s+)?"
                      r"(?:se\s+|s')?(?:" + trie_pattern(gerunds) + r")\b"
                      + r"|(?:,\s*|\s+)(?:et|mais)\s+(?:(?:a|ont|avait|avaient)\s+(?:"
                      + coordinated("participle") + r")|(?:" + coordinated("finite")
                      + r"))\b(?!-)"
                      + r"|(?P<incise>,\s*(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:"
                      + incise("participle") + r")|(?:" + incise("finite")
                      + r"))\s+(?=(?:le|la|les|l'|un|une|des|son|sa|ses|leur|[A-ZÉ]))))",
                      re.IGNORECASE)


# a sentence that opens with a subordinate clause: "Si X a jugé que A, B", "Quand il dit «A», B"
_OPENING_SUBORDINATE = re.compile(r"\s*" + subordinator_pattern(), re.IGNORECASE)


def _subordinate_end(text: str, unit: _Unit, cue_start: int, s: int, e: int) -> int:
    """The end of content reported inside an opening subordinate clause: its comma, not the
    main clause after it ("S'il a évoqué «…», il s'est ensuite montré plus agressif"). A cue
    after a comma is not known to be in that clause: ``e`` is kept."""
    if not _OPENING_SUBORDINATE.match(text, unit.start) or \
            _first_comma_outside(text, unit, unit.start, cue_start) is not None:
        return e
    comma = _first_comma_outside(text, unit, s, e)
    return e if comma is None or comma <= s else comma


def _first_comma_outside(text: str, unit: _Unit, s: int, e: int) -> int | None:
    k = text.find(",", s, e)
    while k != -1 and _inside_marks(unit, k):
        k = text.find(",", k + 1, e)
    return k if k != -1 else None


def _last_comma_before_subject(text: str, unit: _Unit, s: int, e: int) -> int | None:
    """The last comma outside marks in [s, e) that a main clause's subject follows."""
    marks = [(m.open, m.close) for m in unit.marks]
    k = text.rfind(",", s, e)
    while k != -1:
        if not _inside_marks(unit, k) and parse_subject(
                text, k + 1, k + 1, main_clause=True, unit_end=unit.end, marks=marks):
            return k
        k = text.rfind(",", s, k)
    return None


def _split_que(text: str, unit: _Unit, s: int, e: int) -> list[tuple[int, int]]:
    parts = []
    for m in _AND_QUE.finditer(text, s, e):
        if not _inside_marks(unit, m.start()):
            parts.append((s, m.start()))
            s = m.end()
    parts.append((s, e))
    return parts


_TITLE_OR_INITIAL = re.compile(r"(?:\bM|\bMM|\bMme|\bMe|\bDr|\bPr|\bSt|\b[A-HJ-UWYZ])$")


def _clause_end(text: str, s: int, unit: _Unit, full_clause: bool = False) -> int:
    """The end of a reported clause starting at ``s``: the sentence end, or a boundary outside
    quotation marks (a new incise, a participle clause, "selon", "alors que", a semicolon)."""
    pos = s
    pattern = _clause_end_regex()
    while True:
        m = pattern.search(text, pos, unit.end)
        if m is None:
            return unit.end
        start = m.start()
        while start > pos and text[start - 1].isspace():
            start -= 1  # the spaces before the boundary belong to it
        if _inside_marks(unit, start):
            nxt = next((mk.close + 1 for mk in unit.marks if mk.open <= start <= mk.close),
                       m.end())
            pos = max(nxt, start + 1)
            continue
        if text[m.start()] == "." and _TITLE_OR_INITIAL.search(text, max(s, m.start() - 4),
                                                               m.start()):
            pos = m.end()  # the period of "avec M. Bracke", "J. Dupont" (not "acte V.")
            continue
        if m.group("appos") and (
                m.group("noun").lower() in text[max(s, start - 40):start].lower() or
                any(m.end() <= mk.open for mk in unit.marks)):
            # (not a noun repeated to go on: "en face d'un mari injuste, un mari qui …"; nor
            # one the speaker's quoted words follow: "une crise qui «ne se répétera pas»")
            pos = m.end()
            continue
        if full_clause and m.group("incise") and not _FINITE_VERB.search(text, s, start):
            # "que le directeur de cabinet, Patrick Strzoda, a indiqué …": the que-clause's own
            # verb after its subject, not an incise after a complete clause
            pos = m.end()
            continue
        return start


_NEG_AUX_BEFORE = re.compile(r"\bn(?:e\s+|['’])(?:\w+\s+)?(?:pas|jamais|plus)\s+$", re.I)
_NE_BEFORE = re.compile(r"\bn(?:e\s+|['’])$", re.IGNORECASE)
_NE_START = re.compile(r"n(?:e\s+|['’])", re.IGNORECASE)
_NEG_AFTER = re.compile(r"\s+(?:pas|jamais|plus)\b", re.IGNORECASE)


def _negated_before(text: str, start: int, hit: _CueHit) -> bool:
    """Is the cue itself negated ("n'a pas annoncé", "ne disent pas"), not its content
    ("assure «n'avoir jamais vu …»")?"""
    lo = max(start, hit.start - 30)
    if _NE_START.match(text, hit.start, hit.end) and _NEG_AFTER.search(text, hit.start, hit.end):
        return True  # the cue holds its negation: "n'a pas annoncé"
    return _NEG_AUX_BEFORE.search(text, lo, hit.start) is not None or (
        _NE_BEFORE.search(text, lo, hit.start) is not None and
        _NEG_AFTER.match(text, hit.end) is not None)  # "ne disent pas"


def _complement(doc: Document, unit: _Unit, hit: _CueHit, frames: frozenset[str]
                ) -> tuple[int, int] | None:
    """Content governed by the verb without que: à/de + infinitive, a claim NP, an infinitive."""
    text = doc.norm
    m = _COMPLEMENT_START.match(text, hit.end, unit.end)
    if m is None:
        return None
    s = m.start("prep")
    word = m.group("prep").lower()
    if word in ("à ", "au ", "aux ") and hit.form.verb.lemma in _DEMAND_VERBS:
        # a demand made to someone: "demandait aux usagers de ne pas forcer …", "réclamera au
        # ministre wallon …, René Collin, «de prendre …»": the content starts at "de"
        told = _ADDRESSEE_THEN_DE.match(text, s, unit.end)
        if told is not None:
            s, word = told.start("de"), "de "
            frames = frames | {"de"}
    if text[s].isupper() and "de" in frames and _NAME_THEN_DE.match(text, s, unit.end):
        # "accuse Tariq Ramadan d'avoir «utilisé l'islam …»": the person named, then the
        # charge (as "a accusé le gouvernement de mentir")
        word = "de "
    if word in ("à ", "au ", "aux ") and "a" not in frames:
        # the addressee before the content: "a raconté à l'AFP avoir reçu des coups"
        told = _ADDRESSEE.match(text, s, unit.end)
        if told is not None:
            m = _COMPLEMENT_START.match(text, told.end(), unit.end)
            if m is None:
                return None
            s = m.start("prep")
            word = m.group("prep").lower()
    if "a" in frames and (word != "à " or _DET_AFTER_A.match(text, s)):
        ainf = _A_INFINITIVE.match(text, s, unit.end)
        if ainf is not None and not _inside_marks(unit, ainf.start(1)):
            s, word = ainf.start(1), "à "
    if word == "sur ":
        if "sur" not in frames:
            return None
    elif word in ("à ", "au ", "aux "):
        if "a" not in frames and "np" not in frames:
            return None
    elif word in ("d'", "de ") and not frames & {"de", "np", "inf"}:
        return None
    elif word in ("d'", "de ") and not frames & {"de", "np"} and "," in text[hit.end:s]:
        return None  # "le devoir de se défendre, de défendre les faibles": a coordinated verb
    elif word in ("d'", "de ") and not frames & {"de", "np"} and not _DE_INFINITIVE.match(
            text, s + len(word.strip()), unit.end) and not _DE_ADVERB.match(text, s) and not any(
                s <= m.open < _clause_end(text, s, unit) for m in unit.marks):
        # ("il ajoutait aussi de l'éolien marin": a partitive, not "d'avoir …"; words in
        # marks make it a claim: "a fait état de «nombreuses interpellations»")
        return None
    elif word in _DETERMINERS and not frames & {"np", "de"}:
        return None
    elif word in ("d'", "de ") and _DE_NOUN_THEN_VERB.match(text, s, unit.end):
        return None  # "Cette dernière note de détresse est …": a noun and its complement
    elif word in ("«", '"', "“") and not frames & {"np", "inf", "a", "de", "inv", "colon"}:
        return None  # "ne veulent «rien lâcher»": a wish, not a statement
    elif word[:1].isalpha() and len(word) == 1:
        # a bare word: an infinitive ("affirmant travailler", "raconte avoir subi")
        nxt = _INFINITIVE_WORD.match(text, s)
        if nxt is None:
            return None
        w = nxt.group(1).lower()
        infinitive = w in ("être", "avoir", "faire") or (
            len(w) > 3 and w.endswith(("er", "ir", "re")))
        if not ((infinitive and "inf" in frames) or (not infinitive and "adj" in frames)):
            return None
    e = _clause_end(text, s, unit)
    if word in _DETERMINERS and not any(s <= m.open < e for m in unit.marks):
        head = _NP_HEAD.match(text, s, e)
        if head is not None and head.group(1).lower().rstrip("sx") in _EVENT_HEADS:
            # "a confirmé une information du Point", "ont exprimé leur déception", "pour
            # dénoncer ces actes": a noun phrase naming a source, a feeling or an event, no
            # reported claim (contract: "a condamné les heurts" is not a quote)
            return None
        if hit.form.verb.lemma in _TOPIC_VERBS and _DEFINITE_NP.match(text, s) and (
                head is None or head.group(1).lower().rstrip("sx") not in _CLAIM_HEADS) and \
                ":" not in text[s:unit.end] and not _NP_RELATIVE_CLAUSE.search(text, s, e):
            # "a évoqué sa visite", "évoquant la reconnaissance par Moscou", "on évoque la
            # pandémie": what was talked about, not what was said ("a évoqué une vingtaine
            # de sites touchés", "la possibilité d'une guerre" state something; before a
            # colon and a quotation the sentence introduces the speaker's words; a relative
            # clause states something: "l'arrivée d'un autre président qui changerait la
            # donne", "les insultes dont les chauffeurs seraient l'objet")
            return None
    if word in ("«", '"', "“") and "np" not in frames:
        # a shout or a slogan as object ("criaient «journalistes collabos» alors que …"): the
        # quotation alone
        mark = next((mk for mk in unit.marks if mk.open == s), None)
        if mark is not None and _AFTER_SHOUT.match(text, mark.close + 1):
            e = min(e, mark.close + 1)
    for k in _AND_VERB.finditer(text, s, e):
        if not _inside_marks(unit, k.start()):
            e = k.start()  # "a exprimé le soutien de la France et mis en garde contre …"
            break
    for k in _NAMED_SUBJECT_CLAUSE.finditer(text, s, e):
        if not _inside_marks(unit, k.start()) and not inside_dashes(text, s, k.start(), e):
            # "avait promis de revenir sur ce passe, Marine Le Pen avait promis …": a new
            # clause with a named subject of its own
            e = k.start()
            break
    relative = _RELATIVE_SUBJECT.search(text, max(unit.start, hit.start - 14), hit.start)
    if (hit.form.kind == "gerund" and not text[unit.start:hit.start].strip(" -—–")) or relative:
        # "Promettant de …, ils ont appelé" / "Annie, qui affirme avoir …, est choquée": the
        # participle or relative clause ends at its comma (one before a quoted apposition
        # excepted: "Dénonçant les auteurs, «un groupe d'individus haineux», le chef …")
        comma = _first_comma_outside(text, unit, s, e)
        while comma is not None and text[comma + 1:comma + 3].lstrip()[:1] in "«\"“":
            comma = _first_comma_outside(text, unit, comma + 1, e)
        e = comma if comma is not None else e
        if relative and len(_SPACED_DASH.findall(text, unit.start, hit.start)) % 2 == 1:
            # ("Christophe Chalençon - une figure controversée qui a appelé à installer un
            # ancien militaire au pouvoir - et d'autres membres": a relative clause inside an
            # aside between dashes ends with the aside; not "qui s'est dit ouvert à des
            # mesures - également réclamées par … - à condition que …", a dash aside inside)
            dash = _SPACED_DASH.search(text, s, e)
            e = dash.start() if dash is not None else e
    if e - s < (3 if text[s] in "«\"“" else 8):
        return None
    return s, e


def _incise_speaker(doc: Document, unit: _Unit, hit: _CueHit, resolver: SpeakerResolver
                    ) -> tuple[Speaker, int] | None:
    text = doc.norm
    if hit.inverted_pronoun is not None:
        a, b = hit.inverted_pronoun
        if hit.impersonal:  # «…», est-il indiqué: "il" stands for nobody
            return Speaker(text[a:b], a, b, None, "unknown", None, "mention"), hit.end
        sp = resolver.resolve(text[a:b], a, b)
        if text[a:b].lower() == "on":
            src = _ON_SOURCE.match(text, hit.end, unit.end)
            if src:
                sp, b2 = _named_source(text, src, resolver)
                resolver.on_source = (sp, b2)
                return sp, b2
            at = _ON_AT.match(text, hit.end, unit.end)
            if at is not None and (lookup(at.group(1)) is not None or
                                   _ACRONYM_NAME.fullmatch(at.group(1)) or
                                   _ON_INSTITUTION.match(at.group(1))):
                # "a-t-on indiqué à Matignon": an institution the gazetteer knows
                a2, b2 = at.span(1)
                sp = resolver.resolve(text[a2:b2], a2, b2)
                resolver.on_source = (sp, b2)
                return sp, b2
            last = resolver.on_source
            if last is not None and 0 <= a - last[1] <= _ON_SOURCE_REACH:
                # «…», a-t-on ajouté: the source the last "on" incise named
                src_sp = last[0]
                return Speaker(text[a:b], a, b, src_sp.canonical, src_sp.type,
                               src_sp.affiliation, "previous-quote"), hit.end
        return sp, hit.end
    if hit.form.verb.lemma == "apprendre":
        # "…, a appris l'AFP (mardi) de source parlementaire | auprès de son entourage": the
        # agency only learned it; the source is the one it names (the agency is the quote's
        # intermediary, see told_to)
        learned = LEARNED_BY.match(text, hit.end, unit.end)
        src = _ON_SOURCE.match(text, learned.end(), unit.end) if learned is not None else None
        if src is not None:
            return _named_source(text, src, resolver)
    aside = _ASIDE_AFTER_CUE.match(text, hit.end, unit.end)
    np = parse_np_after(text, aside.end() if aside else hit.end, unit.end)
    if np is None:
        return None
    a, b = np
    return resolver.resolve(text[a:b], a, b), b


# a short aside between commas after an incise's verb: "constate, impassible, Greta Thunberg",
# "a insisté, fortement applaudi, le patron de LR"
_ASIDE_AFTER_CUE = re.compile(
    r"\s*,\s*[a-zéèêàç][\w'-]*(?:\s+[a-zéèêàç][\w'-]*){0,3}\s*,\s*"
    r"(?=(?-i:[A-ZÉ])|(?:le|la|les|un|une)\s|l['’])", re.IGNORECASE)


def _named_source(text: str, src: re.Match[str], resolver: SpeakerResolver
                  ) -> tuple[Speaker, int]:
    """The source an incise names after "on" or an agency ("a-t-on appris de source
    judiciaire", "a appris l'AFP auprès du parquet d'Agen"), from an _ON_SOURCE match: an
    anonymous source for "de source X" (as the marker names it), else the body after
    "auprès de"; and where it ends."""
    a2, b2 = src.span(1)
    if text.startswith("de source", a2):
        return resolver.anonymous(text[a2 + 3:b2], a2, b2), b2
    sp = resolver.resolve(text[a2:b2], a2, b2)
    via = _VIA.match(text, a2, b2)
    if via is not None:  # "auprès du parquet d'Agen": the parquet d'Agen
        named = resolver.resolve(text[via.end():b2], via.end(), b2)
        sp = Speaker(text[a2:b2], a2, b2, named.canonical, named.type, named.affiliation,
                     named.resolved_by)
    return sp, b2


# the sentence's subject, then a relative clause on it that holds the cue: "Le ministre, dont le
# fils a déclaré", "Sanders, qui avait soutenu Canova et affirmé"
_RELATIVE_ON_SUBJECT = re.compile(r"[^,;:«»\"“”]{1,80},\s*(?:qui|dont|que|qu['’])\s[^,;:«»\"“”]*$",
                                  re.IGNORECASE)
_EN_GERUND = re.compile(r"\ben\s+$", re.IGNORECASE)  # "en estimant": a gerund, no apposition
# the main verb after a participle clause in apposition: ", a ouvert", ", n'a pas dit"
_APPOSED_MAIN_VERB = re.compile(
    r",\s*(?:(?:ne|se|lui|leur|y|en)\s+|[nsl]['’]\s*)*(?P<verb>(?:a|ont|avait|avaient|est|sont|"
    r"était|étaient|aurait|auraient|va|vont|doit|doivent|peut|peuvent)\s)")


# a comma, a name and a finite verb: a new clause with its own subject after a complement
_NAMED_SUBJECT_CLAUSE = re.compile(
    r",\s+(?:(?-i:[A-ZÉ][\w'’-]+(?:\s+(?:de\s+|d['’]|le\s+)?[A-ZÉ][\w'’-]+){1,3})\s+(?:a|avait|"
    r"ont|avaient|est|sont|était|va|veut|doit|le|la|les|l['’])\s"
    # (or a subject pronoun and its verb: "dénonçant justement ces idioties, il ne se gêne …")
    r"|(?:il|elle|ils|elles|on)\s+(?:ne\s+|n['’])?(?:se\s+|s['’])?(?-i:[a-zéèêà]+)\b)")
# a share of people, then "à" before an infinitive cue: "ils sont 63% à penser", "elles étaient
# 70 % à estimer", "ils sont nombreux à dire"
_SHARE_THEN_A = re.compile(
    r"\b(?P<pron>ils|elles)\s+(?:sont|étaient|seraient|seront|restent)\s+(?:(?:encore|même|déjà|"
    r"désormais)\s+)?(?P<np>\d[\d\s,.\xa0]*\s*(?:%|pour\s*cent)|nombreu(?:x|ses)|"
    r"(?:une\s+)?majorité|minoritaires|majoritaires)\s+à\s+$", re.IGNORECASE)
# a sentence that opens with "Que" and a subject, a subjunctive wish: "Que l'on exprime …",
# "Qu'ils disent enfin …"
_WISH_OPENING = re.compile(r"\s*[«\"“]?\s*(?:Que\s+l['’]on|Qu['’](?:on|ils|elles|il|elle))\s+"
                           r"(?:(?:ne|n['’]|le|la|les|l['’]|lui|leur|y|en|se|s['’])\s*)*")


def _subject_speaker(doc: Document, unit: _Unit, hit: _CueHit, resolver: SpeakerResolver
                     ) -> Speaker | None:
    text = doc.norm
    if _NARRATIVE_INFINITIVE.fullmatch(text, unit.start, hit.start):
        return resolver.last_speaker()  # "Et de poursuivre : «…»": the speaker goes on
    lo = max(unit.start, hit.start - 40)
    if _FIRST_PERSON_BEFORE.search(("" if lo == unit.start else "x") + text[lo:hit.start]):
        return None  # "je trouve que", "nous pensons que": the writer, the article's own voice
    if text[hit.verb_start:hit.end].lower().endswith(_FUTURE_OR_CONDITIONAL):
        pre = text[max(unit.start, hit.start - 16):hit.start].lower().split()
        while pre and pre[-1] in _OBJECT_PRONOUNS:
            pre.pop()  # "On nous dira que", "on me dira que"
        if pre and pre[-1] in ("on", "l'on"):
            return None  # "on notera que", "on dirait que": the article's own voice
    if _WISH_OPENING.fullmatch(text, unit.start, hit.start):
        return None  # "Que l'on exprime plus d'humanité …": a wish, the article's own voice
    if hit.form.kind == "infinitive" and \
            (share := _SHARE_THEN_A.search(text, max(unit.start, hit.start - 60), hit.start)):
        # "où ils sont 63% à penser que …", "Ils étaient 70 % à estimer que …": the share of
        # people who think it
        # the group the pronoun takes up ("Les élèves … Ils sont 33 % à …"), else the share
        a, b = share.span("pron")
        group = resolver.resolve(text[a:b], a, b)
        if group.canonical is not None or not share.group("np")[:1].isdigit():
            return group
        a, b = share.span("np")
        return resolver.resolve(text[a:b], a, b)
    if hit.form.kind == "infinitive":
        pour = _POUR_X_DE.search(text, max(unit.start, hit.start - 120), hit.start)
        if pour is not None:
            # "L'occasion pour le porte-parole du gouvernement Benjamin Griveaux de répéter
            # que …": the infinitive's subject is the one "pour" names
            a, b = pour.span("np")
            return resolver.resolve(text[a:b], a, b)
    if hit.form.kind == "participle" and \
            (aux := _shared_avoir(text, unit.start, hit.start)) is not None:
        # "il a disserté de l'imaginaire … et confié qu'…": the subject of the shared auxiliary
        subj = parse_subject(text, unit.start, aux.start() + 1,
                             marks=[(m.open, m.close) for m in unit.marks])
        return resolver.resolve(text[subj[0]:subj[1]], *subj) if subj is not None else None
    if hit.form.kind in ("gerund", "infinitive") or hit.nonfinite:
        # "…, affirmant travailler", "après l'avoir accusé de": the subject of the main verb
        subj = parse_subject(text, unit.start, hit.start, main_clause=True, unit_end=unit.end,
                             marks=[(m.open, m.close) for m in unit.marks],
                             participle=hit.form.kind == "gerund" and not _EN_GERUND.search(
                                 text, max(unit.start, hit.start - 4), hit.start))
    else:
        subj = parse_subject(text, unit.start, hit.start,
                             marks=[(m.open, m.close) for m in unit.marks])
    if subj is None:
        return None
    a, b = subj
    return resolver.resolve(text[a:b], a, b)


# ---------------------------------------------------------------------------------------------
_STRESSED_PRONOUN = re.compile(r"(?:lui|elle|eux|elles|moi|nous|vous)(?:-mêmes?)?\b"
                               r"(?!\s+[A-ZÉ])")  # not "selon Elle Macpherson"
# the source's apposition: a name, a relative clause, "lui-même", or an indefinite noun phrase
# ("Pour Tanguy, un étudiant rennais de 19 ans, «…»")
# ("Selon le procureur X, interrogé par l'AFP, «…»")
_BARE_APPOSITION = re.compile(
    r",\s*(?:(?P<based>(?:basée?s?|installée?s?|établie?s?)\s+(?:à|en|au|aux)\s[^,;.«»\"“”]{2,40})|"
    r"(?P<np>(?!(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s|l['’])"
    r"(?:ancienne?\s+|ex-)?[a-zéèêàç][\w'’-]*[^,;.«»\"“”:]{0,80}))\s*,")
_SELON_APPOSITION = re.compile(
    r",\s*(?:[A-ZÉ][\w'-]+(?:\s+[A-ZÉ][\w'-]+){0,3}|qui\s[^,;.]+|lui-même[^,;.]*|"
    r"(?:un|une)\s[^,;.«»\"“”]{2,60}|"
    r"(?:interrog|cit|contact|sollicit)ée?s?\s(?:par|sur)\s[^,;.«»\"“”]{2,60}|"
    r"jointe?s?\s(?:par|au)\s[^,;.«»\"“”]{2,60})\s*,")
# (a determiner after a preposition is inside the noun phrase: "selon un bilan de la
# préfecture de police qui …" ends before "qui", not before "la")
_SELON_NP_END = re.compile(
    r"\s*(?:,|\.|;|:|$|\((?=\s*\d)|\s(?=pic\.twitter|https?:)|(?<!\bde)(?<!\bdu)(?<!\bà)(?<!\bau)(?<!\baux)(?<!\bpar)(?<!\bpour)"
    r"(?<!\bsur)(?<!\ben)(?<!\bavec)(?<!\bchez)(?<!\bdans)(?<!\bentre)(?<!\bcontre)"
    r"\s(?:qui|que|dont|a |ont |il |elle |ils |elles |"
    r"le |la |les |l'|un |une |des |ce |cette |ces |on |en \d|tout (?:le|la|les|l')))",
    re.IGNORECASE)
# a long source without a finite verb or relative ("Selon un rapport de la Cour des comptes
# publié l'an dernier, CLAUSE"; "selon le baromètre … réalisé chaque année par l'institut X
# pour Le Figaro, CLAUSE"): the noun phrase runs to its comma
# (a period, a parenthesis left open or closed, a count in brackets: more than a noun phrase,
# "selon le ministère de l'Intérieur (500 000 selon la CGT) et …", "diffusé mercredi.51 %")
# a relative clause ends the source's noun phrase: "selon la société Vinci qui gère
# l'autoroute", "selon leur chef de file Bruno Retailleau pour qui «…»"
_RELAYING = re.compile(r"\s(?:citant|reprenant|rapportant|relayant)\s", re.IGNORECASE)
_NP_RELATIVE = re.compile(r"\s(?:(?:pour|selon|chez|avec|par|auprès\s+de)\s+)?(?:qui|dont)\b",
                          re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"(?<![\w'])[A-ZÉÈÀ][\w-]")
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:et|ou|mais)\s*$", re.IGNORECASE)
_NP_CLAUSE_WORD = re.compile(r"\b(?:qui|que|qu'|dont|il|elle|ils|elles|on)\b|[.!?\[\]—–]|\(\s*\d"
                             r"|\s-\s", re.IGNORECASE)


# the source's role between its comma and a colon: ", vice-présidente de la Commission :"
_ROLE_THEN_COLON = re.compile(r",\s*([^,:;.!?«»\"“”]{2,150}?)\s*:")


def _is_role(text: str, m: re.Match[str], group: int) -> bool:
    """Is group ``group`` of ``m`` a role (it opens with a role's noun and holds no verb)?"""
    return opens_with_role(m.group(group)) and \
        not _FINITE_VERB.search(text, m.start(group), m.end(group))


_DE_ADVERB = re.compile(r"d['’](?:abord|ailleurs|emblée)\b", re.IGNORECASE)  # "d'abord avoir dit"
_DE_INFINITIVE = re.compile(
    r"\s*[«\"“]?\s*(?:ne\s+pas\s+|n'|s'|se\s+)?(?:avoir|être|[a-zéèêç]\w*(?:er|ir|re))\b",
    re.IGNORECASE)


_ADVERB_AFTER_MARKER = re.compile(r"(?:toujours|encore|aussi|également|notamment)\s+(?=[A-ZÉ]|"
                                  r"(?:le|la|les|l'|un|une|des|ce|cette|ces|son|sa|ses|M\.|Mme)\b)")
_POUR_PRONOUNS = frozenset({"lui", "elle", "eux", "elles", "lui-même", "elle-même", "eux-mêmes",
                            "elles-mêmes", "ce dernier", "cette dernière", "ces derniers",
                            "ces dernières"})


# what may follow a marker's source at the end of its sentence: nothing, a parenthesis, or the
# name in apposition ("selon le procureur de Nantes, Pierre Sennès.", "… du dimanche (JDD)")
_SOURCE_ENDS_SENTENCE = re.compile(r"(?:\(?[^()]{1,30}\))?(?:,?\s*(?-i:[A-ZÉ])[^,;:«»()]{1,50})?")


def _relayed_by(quotes: list[Quote], start: int, end: int, source: str, text: str) -> None:
    """The quotes of ``quotes`` (in place) with a speaker of their own between ``start`` and
    ``end`` are relayed by ``source``, the marker that ends their sentence ("Il avait déclaré
    «…», selon le procureur"), when nothing else names an intermediary and no other clause
    comes between ("…, quelque 13 800 personnes ont rallié la place, selon le comptage")."""
    if source.strip().lower() in _POUR_PRONOUNS:
        return  # "selon lui": the speaker, not a relay
    for k, q in enumerate(quotes):
        if start <= q.start and q.end <= end and q.speaker is not None and \
                not _FINITE_VERB.search(text, q.end, end) and \
                q.intermediary is None and q.cue is not None and q.cue.category != "marker":
            quotes[k] = replace(q, intermediary=source.strip())


def _marker_quotes(doc: Document, unit: _Unit, resolver: SpeakerResolver,
                   already: list[Quote]) -> list[Quote]:
    text = doc.norm
    out: list[Quote] = []
    for m in unit.markers:
        if _inside_marks(unit, m.start()) or any(q.start <= m.start() < q.end for q in already):
            continue  # ("a affirmé que, selon lui, CLAUSE": inside a reported clause)
        word = m.group("m").lower()
        possessive = _POSSESSIVE_MARKER.fullmatch(word)
        if possessive:
            # "À son avis, CLAUSE": the possessive names the speaker
            a, b = m.start() + possessive.start(1), m.start() + possessive.end(1)
            pron = "il" if possessive.group(1) in ("son", "ses") else "ils"
            sp = resolver.resolve(pron, a, b)
            sp = Speaker(text[a:b], a, b, sp.canonical, sp.type, sp.affiliation, "pronoun")
            comma = _next_comma_or_end(text, m.end(), unit)
            if text[unit.start:m.start()].strip(" -—–") == "" and comma < unit.end:
                lemma = "avis" if "avis" in word else "aux yeux de"
                cue = Cue(text=text[m.start():m.end()], lemma=lemma, start=m.start(),
                          end=m.end(), category="marker")
                out.extend(_make_quotes(doc, unit, comma + 1, unit.end, sp, cue, "fr.marker"))
            continue
        np_start = m.end()
        while np_start < unit.end and text[np_start] == " ":
            np_start += 1
        adverb = _ADVERB_AFTER_MARKER.match(text, np_start, unit.end)
        if adverb is not None:
            np_start = adverb.end()  # "selon toujours Mme Alizèta Ouédraogo"
        if word == "pour" and text[unit.start:m.start()].strip(" -—–") != "" and \
                not _LEAD_CONNECTIVE.fullmatch(text[unit.start:m.start()].strip(" -—–")):
            continue  # "(Mais) Pour X, CLAUSE": only at the start of a sentence
        comma = _next_comma_or_end(text, np_start, unit)
        if word == "pour":
            # X a person or a body
            x = text[np_start:comma]
            if not (resolver.is_agent_np(x) or x.strip().lower() in _POUR_PRONOUNS) or \
                    len(_WORDS.findall(x)) > 8 or comma >= unit.end:
                continue  # ("Pour lui, CLAUSE", "Pour ce dernier, CLAUSE": the one just named)
        rel = _RELATIVE_SELON.match(text, np_start) if word == "selon" else None
        if rel is not None:
            # "a précisé la gendarmerie, selon laquelle CLAUSE": the relative's antecedent
            prev = [q for q in already + out if q.speaker is not None and q.start < m.start()]
            antecedent = None if prev else _antecedent_np(doc, unit, m.start(), resolver)
            if prev or antecedent is not None:
                cue_end = np_start + len(rel.group().rstrip(" ,"))
                cue = Cue(text=text[m.start():cue_end], lemma="selon", start=m.start(),
                          end=cue_end, category="marker")
                # ("le politologue Stéphane Rozès selon lequel …", "une étude selon laquelle
                # …": the noun phrase right before, when no quote of the sentence precedes)
                sp = prev[-1].speaker if prev else resolver.resolve(*antecedent)
                a, b = np_start, np_start + len(rel.group().strip())
                sp = Speaker(text[a:b], a, b, sp.canonical, sp.type, sp.affiliation, "pronoun")
                end = _clause_end(text, rel.end(), unit)
                if not prev:
                    # the relative inside a sentence ends where its sentence resumes ("…,
                    # selon lequel CLAUSE, a-t-il vanté", "… et qui ajoutait")
                    resume = _SENTENCE_RESUMES.search(text, rel.end(), end)
                    end = resume.start() if resume is not None else end
                out.extend(_make_quotes(doc, unit, rel.end(), end, sp, cue, "fr.marker"))
            continue
        if word in ("selon", "d'après") and (
                _NOT_A_SOURCE.match(text, np_start) or (
                    word == "selon" and _VARIES_BEFORE.search(
                        text, max(unit.start, m.start() - 40), m.start()))):
            continue  # "selon les règles", "selon un scénario", "varient selon les pays"
        if word.startswith(("aux yeux", "de l'avis")) and _EVERYONE.match(text, np_start):
            continue  # "aux yeux de tous", "de l'avis de tous": nobody in particular
        if word.startswith("de source") and any(
                q.cue is not None and 0 <= m.start() - q.cue.end < 60 for q in already + out):
            continue  # "…, a-t-on indiqué, de sources concordantes": the incise's own source
        np_end = comma
        stressed = _STRESSED_PRONOUN.match(text, np_start, np_end)
        if stressed is not None:
            np_end = stressed.end()  # "selon eux une «attaque»": the pronoun alone
        np_text = text[np_start:np_end]
        n_words = len(_WORDS.findall(np_text))
        if n_words > 10 and (n_words > 24 or comma >= unit.end or _FINITE_VERB.search(np_text)
                             or _NP_CLAUSE_WORD.search(np_text)
                             or np_text.count("(") != np_text.count(")")):
            cut = _SELON_NP_END.search(text, np_start + 1, np_end)
            if cut is None:
                continue
            if not (n_words <= 24 and comma < unit.end and
                    _NP_RELATIVE_CLAUSE.search(text, np_start, cut.start())):
                # (a verb after a relative pronoun is the relative clause's, inside the
                # source: "Selon l'analyse qu'il a publiée ce week-end pour l'IDD, CLAUSE")
                np_end = cut.start()
        # the source's own relative clause is no part of its name, nor of the content:
        # "selon la société Vinci qui gère l'autoroute"
        rel_cut = _NP_RELATIVE.search(text, np_start + 1, np_end)
        source_end = np_end
        if rel_cut is not None and not _CAPITALISED_WORD.search(
                text, np_start + 1, rel_cut.start()) and not _TRAILING_CONJUNCTION.search(
                text, np_start, rel_cut.start()):
            # a description keeps its relative ("un témoin qui a filmé la scène"), unless a
            # conjunction joins the relative to the clause ("selon l'accusation et dont …")
            rel_cut = None
        if rel_cut is not None:
            source_end = rel_cut.start()
        relay = _RELAYING.search(text, np_start + 1, source_end)
        if relay is not None:
            # "Selon le Journal du dimanche citant les confidences de ses proches": the outlet
            # that relays them
            source_end = relay.start()
            tail_and = _TRAILING_CONJUNCTION.search(text, np_start, source_end)
            if tail_and is not None:
                source_end = tail_and.start()  # "selon l'accusation et dont …"
        close = text.find(")", np_start, np_end)
        if close != -1 and text.count("(", np_start, close) == 0:
            np_end = close  # "(2.700 selon la préfecture) là aussi se sont rassemblées"
        while np_end > np_start and (text[np_end - 1] in " -–—(" or (
                text[np_end - 1] == "." and text[np_end - 3:np_end - 1].isalpha() and
                text[np_end - 3:np_end - 1].islower())):
            # "selon les forces de l'ordre - ont convergé", "selon la préfecture --", "selon
            # les autorités.À Paris" (a sentence glued to the next: not "selon M.")
            np_end -= 1
        if np_end <= np_start or text[np_start:np_end].lower() in ("moi", "nous", "moi-même"):
            continue  # "selon moi": the writer, the article's own voice
        source_end = min(source_end, np_end)
        paren = text.find(" (", np_start, source_end)
        if paren != -1 and not text[paren + 2:paren + 3].isupper():
            # "selon des chiffres officiels (les « gilets » ne donnent pas …)": an aside of
            # the outlet's, not the source's acronym ("selon l'Observatoire (OFDT)")
            source_end = paren
        if word.startswith("de source") or word == "de même source":
            a, b = m.start(), source_end
            label = text[m.start() + 3:source_end] if word.startswith("de source") else "source"
            speaker = resolver.anonymous(label, a, b)
        else:
            speaker = resolver.resolve(text[np_start:source_end], np_start, source_end)
        if speaker is None:
            continue
        cue = Cue(text=text[m.start():m.end()], lemma=word.strip().rstrip("'"), start=m.start(),
                  end=m.end(), category="marker")
        lead = text[unit.start:m.start()].strip(" ,-—–")
        if not lead or _LEAD_CONNECTIVE.fullmatch(lead):
            # Selon X, CLAUSE. (X may carry appositions: "Selon le ministre, Jan A., qui …, …",
            # or a relative clause up to its comma: "Selon un bilan de la préfecture qui a été
            # publié dimanche, CLAUSE")
            s = np_end
            if _NP_RELATIVE.match(text, s):
                s = _next_comma_or_end(text, s, unit)
                if s >= unit.end:
                    continue
            while True:
                app = _SELON_APPOSITION.match(text, s, unit.end)
                if app is None:
                    # "Pour Shashank Joshi, chercheur au Royal United Services Institute (Rusi),
                    # basé à Londres, «…»": a role or where the source is based, with no
                    # article ("Selon X, le président Macron, …" names the content's subject)
                    app = _BARE_APPOSITION.match(text, s, unit.end)
                    if app is not None and not (app.group("based") or (
                            opens_with_role(app.group("np")) and
                            not _FINITE_VERB.search(app.group("np")))):
                        app = None
                if app is None or app.end() >= unit.end - 3 or (
                        app.group().lstrip(", ").startswith(("un ", "une "))
                        and _FINITE_VERB.search(text, app.start(), app.end())):
                    break  # ("Selon lui, un accord sera trouvé, …": a clause, no apposition)
                s = app.end() - 1
            role = _ROLE_THEN_COLON.match(text, s, unit.end)
            if role is not None and _is_role(text, role, 1):
                # "Selon les mots de Věra Jourová, vice-présidente de la Commission … :": the
                # source's role, then her words after the colon (in the next paragraph, when
                # nothing follows it here: the colon's pending speaker)
                if not text[role.end():unit.end].strip(_TRAIL):
                    continue
                s = role.end()
            e = unit.end
        else:
            # CLAUSE, selon X[, CLAUSE]. A colon before opens the reported clause.
            s = unit.start
            colon = text.rfind(":", unit.start, m.start())
            if colon != -1 and not _inside_marks(unit, colon):
                s = colon + 1
            tail = text[np_end:unit.end].strip(_TRAIL)
            # a tail about the source ("…, selon Météo-France, qui a maintenu …") is not content
            goes_on = (tail and not tail.startswith(("«", '"'))
                       and not _ABOUT_SOURCE.match(tail))
            e = unit.end if goes_on else m.start()
            if not goes_on:
                adverb = _MARKER_ADVERB.search(text, s, e)
                if adverb is not None:
                    e = adverb.start()  # "…, toujours selon le parquet": the marker's adverb
        later = [q for q in already + out if s < q.start < e and q.rule != "fr.marker"]
        if later:
            first = min(later, key=lambda q: q.start)
            e = _clause_boundary_before(text, s, first.start)
            if first.cue is not None and s <= first.cue.start < e and \
                    len(_WORDS.findall(text, s, first.cue.start)) <= 8 and \
                    not _FINITE_VERB.search(text, s, first.cue.start):
                # "Il avait déclaré «…», selon le procureur": what is left before the quote is
                # only its subject and cue ("Il avait déclaré «"), no content of the marker's;
                # the marker's source relays that quote
                if _SOURCE_ENDS_SENTENCE.fullmatch(text[np_end:unit.end].strip(_TRAIL)):
                    _relayed_by(already, s, m.start(), text[np_start:source_end], text)
                continue
        if any(q.start < e and s < q.end for q in already + out):
            continue
        if word.startswith("de source") and s == unit.start:
            e = m.start()
        out.extend(_make_quotes(doc, unit, s, e, speaker, cue, "fr.marker"))
    return out


_MARKER_ADVERB = re.compile(r"\s+(?:toujours|encore|aussi|également|notamment|du moins)\s*,?\s*$",
                            re.IGNORECASE)


def _clause_boundary_before(text: str, s: int, limit: int) -> int:
    """The last comma or connector before ``limit``: where a clause ends."""
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text, s, limit)]
    return cuts[-1] if cuts else limit


# (not the period of a title or an initial: "Selon M. De Wever, …", "selon J. Dupont")
_NP_STOP = re.compile(r"[,;:]|(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bDr)(?<!\bPr)(?<!\bMe)"
                      r"(?<!\b[A-Z])[.!?](?=[ \n»\"]|\Z|[A-ZÀ-Ý][a-zà-ÿ'’])|[«\"“]")


def _next_comma_or_end(text: str, i: int, unit: _Unit) -> int:
    """The end of the noun phrase that starts at ``i``: a comma, a semicolon or colon, a final
    stop, or an opening quotation mark after its first character."""
    m = _NP_STOP.search(text, i)
    if m is not None and m.start() == i and text[i] in "«\"“":
        m = _NP_STOP.search(text, i + 1)
    return unit.end if m is None or m.start() >= unit.end else m.start()


# a lead that carries the last speaker on: "Avant d'ajouter, énervée :", "Ou encore :", "Et de
# conclure :"
_CONTINUATION_LEAD = re.compile(
    r"(?:et|puis|avant|ou|mais|enfin)\b(?:\s+(?:d['’]|de\s+)[\w-]+|\s+encore|\s+aussi)?"
    r"(?:\s*,[^,:«»]{0,30})?\s*:", re.IGNORECASE)


# a clause before a colon whose subject is a pronoun: "Il hausse les épaules :", "Puis il
# imagine :", "Dans sa version polie, il signifie :" (at most one phrase before it)
_PRONOUN_LEAD = re.compile(r"(?:[^,:«»\"]{1,40},\s*)?(?:(?:puis|et|mais|alors)\s+)?"
                           r"(?P<pron>il|elle|ils|elles)\s+(?:(?:ne|n'|se|s'|lui|leur|le|la|les|"
                           r"l'|y|en)\s*)*(?P<verb>[a-zéèêàâîôûç]+)[^:«»\"]{0,80}:",
                           re.IGNORECASE)
_IMPERSONAL_VERBS = frozenset({"faut", "fallait", "faudra", "y", "semble", "semblait", "reste",
                               "suffit", "agit", "agissait", "paraît", "convient", "importe"})
_DEFINING_VERBS = frozenset({"signifie", "signifient", "veut", "veulent", "désigne", "désignent",
                             "résume", "résument", "tient", "tiennent"})
# an adverb before a colon names nobody: "D'ailleurs : «…»"
_ADVERBIAL_LEAD = re.compile(r"(?:d['’]ailleurs|par ailleurs|en outre|de plus|bref|ainsi|surtout|"
                             r"notamment|autrement dit|en clair|en résumé|résultat|conclusion|"
                             r"par exemple|exemple|en effet)\s*:", re.IGNORECASE)
# (a connector between the quotations: "«…», «…», «…»" with commas alone is a list of
# titles, questions or slogans)
_JOINERS = re.compile(r"[\s,;]*(?:(?:mais|et|puis|ou|car|or|ensuite|enfin|alors|aussi)\b"
                      r"[\s,;]*)+", re.IGNORECASE)
_CONNECTOR_LEAD = re.compile(r"(?:mais|et|puis|or|pourtant|ensuite|enfin|surtout|bref)\s*,?",
                             re.IGNORECASE)
_CONNECTOR_THEN_WORD = re.compile(r"(?:et|puis|avant|ou|mais|enfin)\s+([\w-]+)\s*:",
                                  re.IGNORECASE)


# a verb and its object inside a short lead: a lowercase word that is no preposition, then a
# determiner ("formule une crainte", "pose la question"); a header's noun phrase puts a
# preposition before its determiners ("Le porte-parole de la mairie :")
_VERB_THEN_OBJECT = re.compile(
    r"\s(?!(?:de|du|des|à|au|aux|en|pour|par|sur|chez|avec|contre|dans|sans|selon|entre|"
    r"et|ou|ni)\s)(?-i:[a-zàâçéèêëîïôûùüÿœ]+)\s+(?:un|une|la|le|les|des|sa|son|ses|leur|"
    r"leurs|cette|ce|ces)\s", re.IGNORECASE)


def _continuing_cue(lead: str) -> bool:
    """ "Puis note :", "Et ajoute :": a connector and a finite reporting verb with no subject
    of its own, whose subject is the last speaker."""
    m = _CONNECTOR_THEN_WORD.fullmatch(lead)
    return m is not None and any(f.kind == "finite" for f in
                                 cue_table()[0].get(m.group(1).lower(), ()))


# ---------------------------------------------------------------------------------------------
def _floating(doc: Document, unit: _Unit, pending: Speaker | None, resolver: SpeakerResolver,
              previous_unit_quoted: bool, previous: Speaker | None = None) -> list[Quote]:
    """A quotation alone in its sentence, or after "X :" (header line). After a sentence with
    a quote, its speaker goes on (``previous``, the last quote's speaker)."""
    text = doc.norm
    m = unit.marks[0]
    lead = text[unit.start:m.open].strip(" -—–")
    # after the first quotation, only further quotations joined by a connector ("«…», mais
    # «…».") and the sentence's end
    gaps = [text[a.close + 1:b.open] for a, b in zip(unit.marks, unit.marks[1:], strict=False)]
    tail = text[unit.marks[-1].close + 1:unit.end].strip(_TRAIL)
    if tail or not all(_JOINERS.fullmatch(g) for g in gaps):
        return []
    if len(_WORDS.findall(text[m.start:m.end])) < 3:
        return []
    para = doc.paragraphs[unit.paragraph]
    if (unit.start, unit.end) == para and text[m.end - 1] not in ".!?…" and not lead:
        return []  # a section title in quotation marks
    speaker: Speaker | None = None
    rule = "fr.floating"
    if _CONTINUATION_LEAD.fullmatch(lead) or _continuing_cue(lead):
        # "Avant d'ajouter, énervée : «…»", "Ou encore : «…»", "Puis note : «…»": the last
        # speaker goes on
        speaker = resolver.last_speaker()
        rule = "fr.colon"
    elif lead.endswith(":") and (pron := _PRONOUN_LEAD.match(lead)) is not None:
        # "Il hausse les épaules : «…»", "Puis il imagine : «…»": the pronoun is the speaker
        # (not a definition: "Dans sa version polie, il signifie : «…»")
        if pron.group("verb").lower() in _DEFINING_VERBS or (
                pron.group("pron").lower() == "il" and (
                    pron.group("verb").lower() in _IMPERSONAL_VERBS or
                    _IMPERSONAL_ETRE.match(lead, pron.end("pron")))):
            return []  # (nor an impersonal "Il est dit dans la Sunna :", "Il faut :")
        a = unit.start + text[unit.start:m.open].index(lead[0]) + pron.start("pron")
        speaker = resolver.resolve(text[a:a + len(pron.group("pron"))], a,
                                   a + len(pron.group("pron")))
        rule = "fr.colon"
    elif (lead.endswith(":") and 0 < len(_WORDS.findall(lead)) <= 8
            and not _FINITE_VERB.search(lead) and not _ADVERBIAL_LEAD.fullmatch(lead)
            and not _VERB_GROUP_MARK.search(lead)  # ("Le maire n'y croit pas :": a clause)
            and not _VERB_THEN_OBJECT.search(lead, 1)  # ("Le ministre formule une crainte :")
            and opens_noun_phrase(lead.split()[0])):  # ("Mais gare :", "En témoigne X :")
        a = unit.start + text[unit.start:m.open].index(lead[0])
        b = a + len(lead) - 1
        while b > a and text[b - 1] == " ":
            b -= 1
        speaker = resolver.resolve(text[a:b], a, b)
        rule = "fr.colon"
    elif lead.endswith(":") and len(unit.marks) == 1 and \
            (lead_speaker := _colon_lead_speaker(doc, unit, m, lead, resolver)) is not None:
        # "Romane, étudiante en première année, était présente sur les lieux : «Nous étions
        # très calmes. …»": a whole sentence in marks after a clause and its colon is the words
        # of the clause's subject
        speaker = lead_speaker
        rule = "fr.colon"
    elif lead and previous_unit_quoted and _CONNECTOR_LEAD.fullmatch(lead):
        # "…», regrette-t-il. Mais «il faut vite qu'ils réagissent. …»": the quoted speaker
        # goes on after a connector
        speaker = resolver.last_speaker()
    elif lead:
        return []
    elif pending is not None:
        speaker = pending
        rule = "fr.colon"
    elif _after_question(doc, unit):
        # an interview: a question line, then the answer wholly in marks (no cue): the
        # interviewee's words, the one person the article names before the question
        out = []
        speaker = resolver.only_person_before(_first_question(doc, unit)) or \
            Speaker(None, None, None, None, "person", None, "interview")
        for mk in unit.marks:
            out.extend(replace(q, channel="interview") for q in _make_quotes(
                doc, unit, mk.open, mk.close + 1, speaker, None, "fr.interview"))
        return out
    elif previous_unit_quoted:
        if previous is not None and previous.canonical is None:
            # "…, comme il l'a expliqué. «…»" with "il" unresolved: still his words, not
            # those of the last speaker the resolver knows
            speaker = Speaker(None, None, None, None, previous.type, previous.affiliation,
                              "previous-quote")
        else:
            speaker = resolver.last_speaker()
    if speaker is None:
        return []
    out: list[Quote] = []
    for mk in unit.marks:
        out.extend(_make_quotes(doc, unit, mk.open, mk.close + 1, speaker, None, rule))
    return out


# a negation or a reflexive clitic: a verb group, not a header's noun phrase
_VERB_GROUP_MARK = re.compile(r"(?:^|\s)(?:ne\s|n['’]|se\s|s['’])", re.IGNORECASE)
# a colon lead that introduces a text, not words: a title, a slogan, a sign, a definition, a
# cross-reference ("Lire aussi :", "Dernier ouvrage paru :", "une banderole proclamant :")
_NOT_WORDS_LEAD = re.compile(
    r"\b(?:lire aussi|voir aussi|à lire|titres?|titrai(?:t|ent)|titrée?s?|slogans?|"
    r"inscriptions?|inscrite?s?|banderoles?|pancartes?|affiches?|affichée?s?|panneaux?|"
    r"écriteaux?|ouvrages?|livres?|romans?|intitulée?s?|exemples?|définitions?|définie?s?|"
    r"articles?|chansons?|refrains?|couplets?|paroles|poèmes?|devises?|mot d'ordre|"
    r"hashtags?|mentions?|questions?|sondages?|textes?|lois?|décrets?|arrêtés?|"
    # (words it cites: "a clos la cérémonie en citant Martin Luther King :")
    r"cit(?:ant|e|ait|é|ée|ation)|reprenant)\b",
    re.IGNORECASE)
# the verb group that follows the subject of a colon lead: object pronouns, then an
# auxiliary, être, a modal or an imperfect ("Le gouvernement a durci le ton :")
_LEAD_VERB = re.compile(
    r"\s*(?:(?:ne|se|le|la|les|lui|leur|y|en)\s+|n'|s'|l')*(?:" + _FINITE_VERB.pattern + ")",
    re.IGNORECASE)


_IMPERSONAL_ETRE = re.compile(r"\s+(?:est|était|sera|serait|a été|avait été)\b", re.IGNORECASE)


def _colon_lead_speaker(doc: Document, unit: _Unit, mark: Marked, lead: str,
                        resolver: SpeakerResolver) -> Speaker | None:
    """The subject of a clause that ends with a colon before a whole sentence in marks: a
    person, a body or a pronoun that stands for one (not "Le bilan est lourd :", not a title
    or a sign, not the writer's "je" or "on")."""
    text = doc.norm
    inner = text[mark.start:mark.end]
    if len(_WORDS.findall(inner)) < 5 or not (_FINITE_VERB.search(inner) or
                                               _PERSONAL_SUBJECT.search(" " + inner)):
        return None  # a name, a title or a fragment, not a sentence
    if _NOT_WORDS_LEAD.search(lead) or _FIRST_PERSON_BEFORE.search(lead) or \
            _PERSONAL_SUBJECT.search(" " + lead):
        return None
    colon = unit.start + text[unit.start:mark.open].rindex(":")
    np = parse_np_after(text, unit.start, colon)
    if np is None:
        return None
    a, b = np
    verb = _FINITE_VERB.search(text, a, b)
    verb_object = False
    if verb is not None:  # "Le gouvernement a durci le ton": the subject ends at its verb
        b = verb.start()
    elif (obj := _VERB_THEN_OBJECT.search(text, a + 1, colon)) is not None and obj.start() < b:
        b = obj.start()  # "Le ministre formule une crainte :": the verb before its object
        verb_object = True
    mention = text[a:b].rstrip(" ,")
    b = a + len(mention)
    place = _PLACE_AFTER.match(text, b, colon)  # "Une source de l'Élysée à Paris a balayé"
    if not mention or not (verb_object or _LEAD_VERB.match(text, place.end() if place else b,
                                                           colon) or (
            text.startswith(",", b) and _FINITE_VERB.search(text, b, colon))):
        # the noun phrase is not followed by its verb, or by an apposition then a verb
        # ("Romane, étudiante en première année, était présente sur les lieux :")
        return None
    low = mention.lower()
    if low in ("il", "elle", "ils", "elles"):
        if low == "il" and _IMPERSONAL_ETRE.match(text, b, colon):
            return None  # "Il est dit dans la Sunna :", "Il est clair :": nobody's
        sp = resolver.resolve(mention, a, b)
        return sp if sp.canonical is not None else None
    if not resolver.is_agent_np(mention) or (
            " " not in mention and not _known_single_name(mention)):
        return None  # "Pessimiste", "Devenu …": a capitalised word is not yet a name
    sp = resolver.resolve(mention, a, b)
    if sp.type == "unknown" or (sp.type in ("person", "anonymous") and
                                not (sp.canonical or "")[:1].isupper() and
                                not _SOURCE_NOUN.search(mention)):
        # a person known only by a role the article does not resolve ("Le journaliste est
        # formel :" might be its own reporter): not enough to give the words a source
        return None
    return sp


_PLACE_AFTER = re.compile(r"\s+(?:à|au|en)\s+[A-ZÉ][\w'-]+")
# an anonymous source named as one: "Une source de l'Élysée a balayé l'idée d'un complot :"
_SOURCE_NOUN = re.compile(r"\bsources?\b", re.IGNORECASE)


def _known_single_name(word: str) -> bool:
    """A one-word subject that names someone: a first name of the table or a body the
    gazetteer knows ("Romane", "Matignon")."""
    return lookup(word) is not None or word in first_names()


def _antecedent_np(doc: Document, unit: _Unit, pos: int, resolver: SpeakerResolver
                   ) -> tuple[str, int, int] | None:
    """The source noun phrase that ends right before ``pos`` ("selon laquelle"), past an
    apposition between commas or dashes ("Charlie Kirk, un commentateur conservateur, selon
    lequel", "Gérard Darmanin – issu de la droite –, selon qui"):
    (mention, start, end), when it names a person, a body or a document."""
    text = doc.norm
    lo = max(unit.start, pos - 160)
    before = text[lo:pos]
    app = _APPOSITION_BEFORE.search(before)
    end = lo + (app.start() if app is not None else len(before.rstrip(" ,")))
    # a name first ("le message de Charlie Kirk": Charlie Kirk), else the whole phrase
    for pattern in (_NAME_RUN_BEFORE, _NP_BEFORE):
        m = pattern.search(text, lo, end)
        if m is None:
            continue
        np = m.group(1).strip()
        if np and resolver.is_agent_np(np):
            a = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            return np, a, a + len(np)
    return None


# ", un commentateur conservateur," before the relative: an apposition of the antecedent
_APPOSITION_BEFORE = re.compile(r",\s*(?:un|une|le|la|l'|l’)\s*[^,]{1,60},\s*$"
                                # (or between dashes: "Gérard Darmanin – issu de la droite –,")
                                r"|\s+[–—-]\s[^–—]{1,60}\s[–—-]\s*,?\s*$")
# (not a complement: "les gilets jaunes de Montceau-les-Mines" is no Montceau-les-Mines)
_NAME_RUN_BEFORE = re.compile(r"(?:^|[\s(])(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!\bd')"
                              r"((?:[A-ZÉÈ][\w'’.-]*\s*){1,5}?)\s*$")
_SENTENCE_RESUMES = re.compile(r",\s*(?:a|ont|avait|avaient|aura|est|sont|était|étaient|va|"
                               r"vont)\s+[a-zéèêàâîôûç]|\s+et qui\b")
# a noun phrase ending at the end of the window: a determiner, up to three lower-case words,
# then a word or capitalised words
_NP_BEFORE = re.compile(
    r"(?:^|[\s(])((?:(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Dd]es|[Cc]e|[Cc]ette|[Cc]es|[Ss]on|[Ss]a|"
    r"[Ss]es|[Ll]eur|[Ll]eurs)\s+|[Ll]['’])(?:[a-zéèêàâîôûç'’-]+\s+){0,3}?"
    r"(?:[a-zéèêàâîôûç'’-]+|(?:[A-ZÉÈ][\w'’.-]*\s*){1,5}?))\s*$")


def _after_question(doc: Document, unit: _Unit) -> bool:
    """Is the unit a whole paragraph right after an interviewer's question: a short paragraph
    without quotation marks that ends with "?" or addresses someone as vous ("Quel a été votre
    rôle sur cet événement?", "Vous expliquez dans votre livre avoir …")?"""
    if unit.paragraph == 0 or (unit.start, unit.end) != doc.paragraphs[unit.paragraph]:
        return False
    ps, pe = doc.paragraphs[unit.paragraph - 1]
    question = doc.norm[ps:pe].strip()
    return _reads_as_question(question) and 2 <= len(_WORDS.findall(question)) <= 60 and \
        not question.endswith(":")


def _reads_as_question(paragraph: str) -> bool:
    """Does a paragraph read as an interviewer's question: it ends with "?" or addresses
    someone as vous, and quotes no one?"""
    return (paragraph.endswith("?") or _VOUS.search(paragraph) is not None) and \
        _ANY_MARK.search(paragraph) is None


def _first_question(doc: Document, unit: _Unit) -> int:
    """Where the first of the interview's questions starts: the earliest paragraph before
    ``unit`` that reads as a question and is followed by an answer in marks; at most the
    question right before ``unit``."""
    text = doc.norm
    first = doc.paragraphs[unit.paragraph - 1][0]
    for k in range(1, unit.paragraph):
        ps, pe = doc.paragraphs[k - 1]
        qs, qe = doc.paragraphs[k]
        question = text[ps:pe].strip()
        answer = text[qs:qe].strip()
        if _reads_as_question(question) and answer[:1] in "«“\"":
            return ps
    return first


_VOUS = re.compile(r"\b(?:[Vv]ous|[Vv]otre|[Vv]os)\b")
_ANY_MARK = re.compile(r"[«»“”\"]")


# a sentence that is only a source and its role before a colon
_SOURCE_ROLE_COLON = re.compile(r"\s*(?:selon|d'après)\s+([^,:;.!?«»\"“”]{2,80}?)\s*" +
                                _ROLE_THEN_COLON.pattern + r"\s*", re.IGNORECASE)


def _trailing_colon_speaker(doc: Document, unit: _Unit, resolver: SpeakerResolver
                            ) -> Speaker | None:
    """ "Le ministre a ajouté :" closing a sentence: the next quotation is his."""
    text = doc.norm
    for hit in reversed(_cues_in(doc, unit)):
        if _COMME_LE.search(text, max(unit.start, hit.start - 22), hit.start) or \
                _COMME_BARE.search(text, max(unit.start, hit.start - 8), hit.start):
            # "Comme l'a proclamé le grand H.L. Mencken il y a près de 70 ans :": the subject
            # follows the verb
            np = parse_np_after(text, hit.end, unit.end)
            if np is not None:
                return resolver.resolve(text[np[0]:np[1]], *np)
            continue
        if _is_incise(doc, unit, hit) and "inv" in hit.form.verb.frames:
            # "Pour convaincre les parents, explique X, «…» a usé d'arguments … :": the
            # incise's speaker goes on after the colon
            inc = _incise_speaker(doc, unit, hit, resolver)
            if inc is not None:
                return inc[0]
        sp = _subject_speaker(doc, unit, hit, resolver)
        if sp is not None:
            return sp
    lead = _SOURCE_ROLE_COLON.fullmatch(text, unit.start, unit.end)
    if lead is not None and _is_role(text, lead, 2):
        # "Selon les mots de Věra Jourová, vice-présidente de la Commission … :"
        a, b = lead.span(1)
        return resolver.resolve(text[a:b], a, b)
    # "X a écrit en 2019 un livre éclairant …:" — no cue, but its subject introduces the quote
    subj = parse_subject(text, unit.start, unit.end, main_clause=True, unit_end=unit.end,
                         marks=[(m.open, m.close) for m in unit.marks])
    if subj is None:
        # "Lo fournit un contexte historique important … :" — a name opening the sentence
        name = _NAME_SUBJECT.match(text, unit.start, unit.end)
        if name is None or not opens_noun_phrase(name.group(1).split()[0]):
            return None
        subj = name.span(1)
    a, b = subj
    return resolver.resolve(text[a:b], a, b)


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[int, int]] = set()
    out = []
    for q in quotes:
        if (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        out.append(q)
    return out
