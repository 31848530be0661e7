"""Numeric claims in news text (troops, casualties, arrests, turnout, population...) with what they count.

`extract_figures(doc)` finds every number (digits or words, percentages) with one precompiled regular expression,
drops years, dates, ordinals, ages, times, durations and labels, and keeps the numbers that count something:
a counted noun after it ("almost 2,900 soldiers"), a casualty word ("1,512 injured"), a part of a whole
("640 of its 5,200 soldiers", "including some 250 from X"), a partitive ("three of the attackers"), a verb that
takes it as object ("killing 12"), a running total ("bringing the force to 4,500") or a military unit or holder
just before it ("a company of nearly 100", "the United States, which has about 600").
The category comes from the counted noun and the predicate of its clause (skipping an origin phrase such as
"from the Italian contingent"; a list after a colon takes the casualty predicate before it; a place that "has N
people" gives population); the subject from the actor mentions.
Amounts of money ("$2.9 billion", "more than 400,000 euros") are figures of category other whose unit is the
currency's ISO code; the claims layer leaves them out. All word lists live in data/figures.yaml.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from types import SimpleNamespace

from ..lexicon import load, word_list
from ..schema import columns
from .document import ArticleDoc
from .patterns import UPPER, trie_pattern

SP = r"[^\S\n]+"
_NB = r"(?![\w])"  # no word character follows
_COLUMNS = tuple(columns("figures"))
_SUBJECT_TYPES = {"country", "organisation", "organization", "unit", "group"}
_CASUALTY = ("killed", "injured", "arrested")


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Return the word lists of data/figures.yaml with the shared ones it uses (months, speech and death verbs)."""
    months = [*word_list("months"), *word_list("month_abbreviations")]
    return {**load("figures"), "months": months, "speech_verbs": word_list("speech_verbs"),
            "death_verbs": word_list("death_verbs")}


def _alt(words, flags: str = "i") -> str:
    """Build a regex alternation of `words` (longest first, flexible inner whitespace) as a character trie.

    Of the words that match at one position each is a prefix of the next longer, so the trie tries them in the
    same order as a flat longest-first alternation, but without testing every word at every position.
    """
    body = trie_pattern(sorted({str(w) for w in words if str(w)}), space=SP) or "(?!)"
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _norm(s: str) -> str:
    """Lower-case and collapse whitespace."""
    return " ".join(s.lower().split())


@lru_cache(maxsize=1)
def _pat() -> SimpleNamespace:
    """Compile every pattern once from the lexicon."""
    lx = lexicon()
    nw = lx["number_words"]
    units, teens, tens = _alt(nw["units"]), _alt(nw["teens"]), _alt(nw["tens"])
    scales = _alt(nw["scales"])
    wordnum = rf"(?:{tens}(?:[-‐]{units}|{SP}{units}(?![-‐\w]))?|{teens}|{units})(?:{SP}{scales}{_NB}){{0,2}}"
    pct = _alt([w for w in lx["percent_words"] if w != "%"])
    first = "".join(sorted({w[0].lower() + w[0].upper() for w in list(nw["units"]) + list(nw["teens"])
                            + list(nw["tens"]) + ["a"]}))
    number = (
        rf"(?:(?=\d)|\b(?=[{first}]))"
        r"(?<![\w$€£¥₺₽+\-–‐/.:’'])"
        # thousands grouped by commas, or by spaces ("about 1 480 people"; not "10 737-800 planes")
        rf"(?:(?P<dig>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?{_SPACED}|\d+(?:\.\d+)?)(?![\w])"
        rf"(?:(?:{SP}|-)(?P<dscale>(?i:million|billion|thousand|mln|bln)){_NB})?"
        rf"|(?P<aw>\b(?i:a){SP}{_alt(nw['a_words'])}{_NB})"
        rf"|(?P<word>\b{wordnum}{_NB}))"
        rf"(?P<pct>[^\S\n]?%|{SP}{pct}{_NB})?"
    )
    stop = _alt(lx["stop_words"])
    mod = rf"(?!{stop}(?![\w’'-]))(?:[^\W\d_]\w*(?:\.[^\W\d_]\w*)+\.?|[^\W\d_][\w’'-]*)"
    not_dem = _alt(lx["not_demonyms"], "")
    demonym = rf"(?!{not_dem}\b)[A-Z][a-z]+(?:ians|ans){_NB}"
    plural_heads = [w for ws in lx["heads"].values() for w in ws]
    sing_heads = [w for ws in lx["singular_heads"].values() for w in ws]
    head_cat = {_norm(w): c for c, ws in lx["heads"].items() for w in ws}
    head_cat.update({_norm(w): c for c, ws in lx["singular_heads"].items() for w in ws})

    def np_re(heads: list[str]) -> re.Pattern:
        """Noun phrase after the number: up to three modifiers (four when the first is a name: "600 Kansas Army
        National Guard soldiers"), then a counted noun."""
        return re.compile(
            rf"^{SP}(?P<mods>(?:(?-i:[A-Z])[\w’'-]*{SP}(?=(?:{mod}{SP}){{3}}))??(?:{mod}{SP}){{0,3}}?(?:{mod}{SP}(?:and|or|&){SP}(?:{mod}{SP})?)??)"
            rf"(?P<head>{_alt(heads)}(?![\w-])|{demonym})"
        )

    preds = lx["predicates"]
    pred_after = {c: re.compile(rf"^(?:{SP}(?:{_alt(lx['aux_words'])}|[a-z]+ly)(?![\w-])){{0,4}}{SP}"
                                rf"{_alt(v['after'])}(?![\w-])") for c, v in preds.items() if v["after"]}
    fill = rf"(?:{SP}(?i:another|an?{SP}(?:further|additional|total{SP}of)|further|additional|a{SP}total{SP}of))?"
    groups_before = {c: rf"|(?<![\w])(?:(?i:among){SP})?(?i:the|those){SP}(?:[a-z]+ly{SP})?{_alt(ws)}{SP}"
                        rf"{_alt(lx['group_copulas'])}{fill}{SP}$" for c, ws in lx["casualty_groups"].items()}
    pred_before = {c: re.compile(rf"(?<![\w]){_alt(v['before'])}{fill}{SP}${groups_before.get(c, '')}")
                   for c, v in preds.items() if v["before"]}
    pred_inside = {c: re.compile(rf"(?<![\w-]){_alt(v['inside'])}(?![\w-])") for c, v in preds.items() if v["inside"]}
    pred_head_cat = {_norm(w): c for c, ws in lx["predicate_heads"].items() for w in ws}
    hedge = _alt(lx["hedges"])
    clause = _alt(lx["clause_words"])
    months = _alt(lx["months"], "")
    full_months, short_months = _alt(word_list("months"), ""), _alt(word_list("month_abbreviations"), "")
    word = r"[\w’'-]+"
    pp_word = (rf"(?:(?!{_alt([w for w in lx['clause_words'] if w not in ('and', 'or')])}(?![\w]))[^\W\d_][\w’'-]*"
               r"|\([^()\n]{1,40}\))")  # a word, or an acronym in brackets: "of the Kosovo Force (KFOR) mission"
    groups = _alt(lx["troop_groups"])
    mil_groups = _alt(lx["military_groups"])
    money_before = [f for v in lx["currencies"].values() for f in v["before"]]
    money_after = [f for v in lx["currencies"].values() for f in v["after"]]
    money_code = {_norm(f): code for code, v in lx["currencies"].items() for f in (*v["before"], *v["after"])}
    return SimpleNamespace(
        number=re.compile(number),
        number_plain=re.compile(number.replace(_SPACED, "")),  # after a month: "On June 24 100 people marched"
        # the lower end of a range before the number: "between 10 and 15 armed men", "4,000 to 5,000 troops" (not
        # "from 8,350 to 4,500": a change, whose figure is where it ends)
        range_left=re.compile(rf"(?:(?P<b>(?i:between)){SP})?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{wordnum}))"
                              rf"{SP}(?P<j>(?i:to|and)){SP}$"),
        range_from=re.compile(rf"(?<![\w]){_alt(lx['range_not_after'])}{SP}$"),
        word_values={**nw["units"], **nw["teens"], **nw["tens"]},
        scale_values=nw["scales"],
        a_values=nw["a_words"],
        np_plural=np_re(plural_heads),
        np_singular=np_re(sing_heads),
        head_year=re.compile(rf"^{SP}{_alt(plural_heads)}(?![\w-])"),
        # "of them" standing alone: punctuation, a capitalised word, an auxiliary or an -ed word after it (not "six of
        # those months")
        them_alone=re.compile(rf"^(?:[^\S\n]*(?:[^\w\s]|$)|{SP}(?:[A-Z]|(?:{_alt(lx['aux_words'])}|[a-z]+ed|[a-z]+ly)(?![\w-])))"),
        head_any=re.compile(rf"(?<![\w-])(?P<head>{_alt(plural_heads)}|{demonym})(?![\w-])"),
        head_cat=head_cat,
        pred_head=re.compile(rf"^{SP}(?P<w>{_alt([w for ws in lx['predicate_heads'].values() for w in ws])})(?![\w-])"),
        pred_head_cat=pred_head_cat,
        pred_after=pred_after,
        # "killed a police officer": the counted people did it (a bare verb, then an object that is not a time)
        active_object=re.compile(rf"{SP}{_alt(lx['active_objects'])}{SP}(?!{_alt(lx['object_times'])}(?![\w-]))"
                                 rf"(?!\d)[\w-]"),
        agent_cats=frozenset(("killed", "injured", "arrested")),
        pred_before=pred_before,
        pred_inside=pred_inside,
        military=re.compile(rf"(?<![\w-]){_alt(lx['military_modifiers'])}(?![\w])"),
        hedge=re.compile(rf"(?<![\w])(?P<h>{hedge}){SP}$"),
        hedge_only=hedge,
        right_sep=re.compile(r"^[-‐–/.:]\d"),
        right_hyphen=re.compile(r"^[-‐–][^\W\d_]"),
        strong=re.compile(r"^[-‐–](?i:strong)(?![\w])"),
        strong_force=re.compile(rf"^[-‐–](?i:strong)(?:{SP}{mod}){{0,2}}?{SP}{_alt(lx['troop_groups'])}(?![\w])"),
        # "March 12", "Jan. 12", not "died in March. Thirty soldiers …"
        month_left=re.compile(rf"(?<![\w])(?:{full_months}|{short_months}\.?){SP}(?:the{SP})?$"),
        month_right=re.compile(rf"^{SP}(?:of{SP})?{months}(?![a-z])"),
        money_left=re.compile(rf"(?:{_alt(money_before, '')})[^\S\n]?$"),
        money_before=re.compile(
            rf"(?<![\w$€£¥₺₽])(?P<cur>{_alt(money_before, '')})[^\S\n]?"
            r"(?P<dig>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d)"
            rf"(?:(?:[^\S\n]?|-)(?P<scale>(?i:{_alt(lx['money_scales'], '')}))(?![\w]))?"),
        money_after=re.compile(rf"{SP}(?:(?P<scale>(?i:{_alt(lx['money_scales'], '')})){SP})?"
                               rf"(?P<cur>{_alt(money_after, '')})(?![\w-])"
                               rf"(?!{SP}{_alt(lx['money_name_followers'])}(?![\w]))"),
        money_code=money_code,
        money_scales=lx["money_scales"],
        label_left=re.compile(rf"(?<![\w]){_alt(lx['label_words'])}[^\S\n]*$"),
        time_left=re.compile(rf"(?<![\w]){_alt(lx['time_label_determiners'])}\s+{_alt(lx['time_labels'])}[^\S\n]*$"),
        anaphor_left=re.compile(rf"(?<![\w]){_alt(lx['anaphoric_determiners'])}{SP}$"),
        after_label=re.compile(rf"^(?:{SP})?{_alt(lx['after_labels'])}(?![\w])"),
        # "5 long years", "40 km" (not "8,000 last week": a time after the number)
        bare_excl=re.compile(rf"^(?:{SP}(?!(?i:last|this|next|previous|that|every|each)(?![\w]))(?:{mod}){{0,1}})?{SP}"
                             rf"(?:{_alt(lx['time_units'])}|"
                             rf"{_alt(lx['measure_units'])}|{_alt(lx['money_not_counted'])})(?![\w])"),
        partitive=re.compile(rf"^{SP}of{SP}(?:(?i:its|their|the|his|her|our|these|those|them|this){SP})?"
                             rf"(?:{hedge}{SP})?"),
        from_right=re.compile(rf"{SP}(?:(?:are|were|is|was|come|came|coming|hailing|all){SP})?from{SP}"),
        from_name=re.compile(rf"^{SP}from{SP}(?:the{SP})?[^\W\d_][\w’'-]*(?:{SP}[{UPPER}][\w’'-]*){{0,3}}"),
        of_them=re.compile(rf"{SP}{_alt(lx['part_of_them'])}(?![\w])"),
        of_military=re.compile(rf"{SP}of{SP}(?:[\w’'-]+{SP}){{0,4}}?"
                               rf"{_alt(lx['military_modifiers'] + lx['troop_groups'])}(?![\w])"),
        part_left=re.compile(rf"(?<![\w]){_alt(lx['part_markers'])}{SP}$"),
        whole_left=re.compile(rf"(?<![\w]){_alt(lx['whole_markers'])}{SP}$"),  # the hedge is in the figure
        earlier_left=re.compile(rf"(?<![\w]){_alt(lx['earlier_markers'])}{SP}$"),
        count_left=re.compile(rf"(?<![\w])(?i:the|their|its){SP}{_alt(lx['count_nouns'])}"
                              rf"(?:{SP}of{SP}(?:{word}{SP}){{0,2}}?(?P<head>{_alt(plural_heads)}))?(?![\w])"
                              rf"[^.;:\n]{{0,120}}?{SP}{_alt(lx['count_moves'])}{SP}$"),
        group_left=re.compile(rf"(?<![\w]){_alt(lx['troop_groups'])}{SP}of{SP}$"),
        toll_left=re.compile(rf"(?<![\w]){_alt(lx['death_toll'])}(?:{SP}[\w’'-]+){{0,7}}?{SP}"
                             rf"(?i:to|at|of|is|was|stood{SP}at|stands{SP}at|reached|hit|climbed{SP}to){SP}$"),
        pop_left=re.compile(rf"(?<![\w]){_alt(lx['predicates']['population']['before'])}{SP}$"),
        deploy_left=re.compile(rf"(?<![\w]){_alt(lx['deploy_verbs'])}{SP}(?:(?i:an?|another){SP})?"
                               rf"(?:(?i:additional|extra|further|more){SP})?$"),
        deploy_right=re.compile(rf"^(?:{SP}(?i:more|additional|extra|others?))?(?:[^\S\n]*[.,;:)]|{SP}"
                                rf"(?i:to|in|into|on|for|at|as|and)(?![\w])|[^\S\n]*$)"),
        count_follow=re.compile(rf"^{SP}(?:from|to){SP}"),
        bare_follow=re.compile(rf"^(?:[^\S\n]*(?:[.,;:)!?\-–—]|$)|{SP}{_alt(lx['bare_followers'])}(?![\w]))"),
        not_killed=re.compile(rf"(?<![\w]){_alt(lx['not_killed_before'])}(?:{SP}[\w’'-]+){{0,3}}?{SP}$"),
        turnout_of=re.compile(rf"^{SP}of{SP}(?:the{SP})?(?:{hedge}{SP})?(?:\d[\d,.]*{SP})?"
                              rf"{_alt(lx['turnout_of'])}(?![\w])"),
        turnout_after=re.compile(rf"^(?:{SP}(?:{_alt(lx['aux_words'])}|[a-z]+ly)(?![\w-])){{0,3}}{SP}"
                                 rf"{_alt(lx['turnout_after'])}(?![\w-])"),
        share_after=re.compile(rf"^(?:{SP}(?:{_alt(lx['aux_words'])}|[a-z]+ly)(?![\w-])){{0,3}}{SP}"
                               rf"{_alt(lx['vote_share_after'])}(?![\w-])"),
        share_of=re.compile(rf"^{SP}of{SP}{_alt(lx['vote_share_of'])}(?![\w-])"),
        share_left=re.compile(rf"(?<![\w]){_alt(lx['vote_share_before'])}(?:{SP}[\w’'.-]+){{0,3}}?{SP}$"),
        military_ctx=re.compile(_alt(lx['military_context'])),
        aux_bare=re.compile(rf"^(?:{SP}(?:{_alt(lx['aux_words'])}|[a-z]+ly)(?![\w-])){{1,4}}{SP}"
                            rf"(?P<p>{_alt([w for v in preds.values() for w in v['after']])})(?![\w-])"),
        name_aside=re.compile(rf"^[^\S\n]*,[^\S\n]*(?:(?-i:[{UPPER}][\w’'.-]*(?:[^\S\n]+[{UPPER}][\w’'.-]*){{0,4}})"
                              rf"|(?-i:an?|the)[^\S\n]+[^,;:.()\n]{{1,60}}"
                              rf"|(?-i:aged[^\S\n]+)?\d{{1,3}}(?:[^\S\n]+(?-i:and)[^\S\n]+\d{{1,3}})?),"),  # "…, a
        # 14-month-old boy from X, died", "One man, aged 67, died", "Two other men, aged 27 and 45, were arrested"
        dash_aside=re.compile(r"^[^\S\n]*(?:[—–][^—–\n]{1,80}[—–]|\([^()\n]{1,80}\))"),
        and_one=re.compile(rf"^{SP}and{SP}(?:a|an|one|another){SP}(?:[\w’'-]+{SP}){{0,3}}?[\w’'-]+"
                           rf"(?={SP}(?:were|was|are|had|have|died|perished){SP})"),
        of_group=re.compile(rf"^{SP}of{SP}(?:the|its|their){SP}[\w’'-]+(?:{SP}[\w’'-]+)?(?=[^\S\n]*[,—–(])"),
        predicate_gap=re.compile(rf"{SP}(?:were|was|had{SP}been|have{SP}been){SP}(?:[a-z]+ly{SP})?[a-z]+[^\S\n]*,"
                                 rf"[^\S\n]*"),
        breakdown_gap=re.compile(rf"[^\S\n]*,?(?:[^\S\n]*{_alt(lx['breakdown_openers'])})[^\S\n]*"),
        aside=re.compile(rf"[^\S\n]*,[^\S\n]*(?:{_alt(lx['part_markers'])}|(?:(?i:mostly|mainly|many|most|all|both|"
                         rf"some|several)|\d[\d,]*)(?:{SP}of{SP}(?:them|whom))?)(?![\w])[^,.;:()]{{0,60}},"),
        boundary_right=re.compile(rf"[.;:,()\[\]“”\"—–!?]|(?<![\w]){clause}(?![\w])"),
        # a clause word opens a clause, except an adverb after an auxiliary: "police have since held three men"
        boundary_left=re.compile(rf"^.*(?:[.;:,(\[“”\"—–!?]|(?<![\w])(?<!\bhave )(?<!\bhas )(?<!\bhad )"
                                 rf"{clause}(?![\w]))", re.S),
        list_gap=re.compile(rf"^(?:[^\S\n]*,[^\S\n]*(?:(?:and|or){SP})?|{SP}(?:and|or){SP})$"),
        # "64 percent of all respondents", "89 percent of Kosovo Serbs said": a survey share
        pct_survey=re.compile(rf"^{SP}of{SP}(?:(?:all|the){SP})?(?:{_alt(lx['survey_of'])}(?![\w])"
                              rf"|(?:[\w’'-]+{SP}){{1,4}}?{_alt(lx['opinion_verbs'])}(?![\w]))"),
        capacity_left=re.compile(rf"(?<![\w]){_alt(lx['capacity_verbs'])}{SP}(?:{hedge}{SP})?$"),
        measure_unit=frozenset(lx["measure_units"]),
        vital=re.compile(rf"(?<![\w-]){_alt(lx['vital_words'])}(?![\w-])"),
        dying=re.compile(rf"(?<![\w-]){_alt(lx['dying_words'])}(?![\w-])"),
        acting_right=re.compile(rf"{SP}(?:also{SP})?(?:have{SP}|had{SP})?{_alt(lx['acting_verbs'])}(?![\w])"),
        by_left=re.compile(rf"(?<![\w])by{SP}$"),
        pct_pop=re.compile(rf"^{SP}of{SP}(?:[\w’'-]+{SP}){{0,3}}?{_alt(lx['population_context'])}(?![\w])"),
        turnout_ctx=re.compile(rf"(?<![\w]){_alt(lx['turnout_context'])}(?![\w])"),
        pop_ctx=re.compile(rf"(?<![\w]){_alt(lx['population_context'])}(?![\w])"),
        prep_before=re.compile(rf"(?<![\w]){_alt(lx['prepositions'])}{SP}(?:(?i:the){SP})?$"),
        possessive=re.compile(rf"^[’']s{SP}(?:{hedge}{SP})?$"),
        clause_start=re.compile(rf"(?:[,;:(—–]|(?<![\w]){clause}|(?<![\w])(?i:said|says|then|also|but|so))"
                                rf"[^\S\n]*(?:(?i:the){SP})?$"),
        the_only=re.compile(rf"(?:(?i:the){SP})?"),
        sent_start=re.compile(rf"[^\w]*(?:(?i:the){SP})?"),
        adj_after=re.compile(rf"{SP}{_alt([w for ws in lx['predicate_heads'].values() for w in ws])}(?![\w-])"),
        its_left=re.compile(rf"(?<![\w])(?i:its|their){SP}(?:{hedge}{SP})?$"),
        partitive_np=re.compile(rf"^{SP}of{SP}(?P<det>(?i:the|its|their|these|those|his|her|our))(?=[^\S\n])"),
        pp_skip=re.compile(rf"^{SP}(?:{_alt(lx['pp_participles'])}{SP})?(?i:from|of|in|at|on|with)(?:,?{SP}{pp_word}){{1,8}}?"
                           rf"(?={SP}(?i:{_alt(lx['pp_predicate_verbs'])})(?![\w]))"),
        total_left=re.compile(rf"(?<![\w]){_alt(lx['total_verbs'])}{SP}(?:(?i:the|its|their|his|her|our|this|that)"
                              rf"{SP})?(?:{word}{SP}){{0,2}}?(?P<n>{_alt(lx['total_nouns'])}|{groups}|{mil_groups}"
                              rf"|(?-i:{_alt(lx['troop_names'], '')})|(?i:it|them))"
                              rf"(?:{SP}of(?:{SP}{word}){{1,4}}?)?{SP}(?i:to|at){SP}$"),
        total_group=re.compile(rf"(?:{groups}|{mil_groups}|(?-i:{_alt(lx['troop_names'], '')}))$"),
        # "the roughly 800 already serving with the mission", "more than 900 have served there": troops in service
        serving_right=re.compile(rf"^(?:{SP}(?i:{_alt(lx['service_adverbs'])})(?![\w]))*{SP}"
                                 rf"(?i:{_alt(lx['service_verbs'])})(?![\w-])"),
        # "20 of the wounded were Hungarian": a part of a casualty group
        casualty_of={c: re.compile(rf"^{SP}of{SP}(?i:the|those){SP}(?i:{_alt(ws)})(?![\w-])")
                     for c, ws in lx["casualty_groups"].items()},
        # "Britain deployed about 200 soldiers and Romania about 100": the count of a gapped clause
        gap_left=re.compile(rf"(?:,|(?<![\w])and){SP}(?-i:[{UPPER}][\w’'-]+)(?:{SP}(?-i:[{UPPER}][\w’'-]+)){{0,2}}"
                            rf"(?:{SP}(?i:{hedge}))?{SP}$"),
        hold_left=re.compile(rf"(?<![\w]){_alt(lx['hold_verbs'])}{SP}$"),
        mil_group_left=re.compile(rf"(?<![\w]){mil_groups}{SP}of{SP}$"),
        pop_have=re.compile(rf"(?:(?<![\w])(?P<noun>{_alt(lx['place_nouns'])})|(?<=[\w.]))"
                            rf"(?:[^\S\n]*,{SP}(?i:which|that)|{SP}(?i:which|that)|[^\S\n]*,(?={SP}(?i:with)(?![\w]))|)"
                            rf"(?:{SP}{_alt(lx['place_adverbs'])})?"
                            rf"{SP}{_alt(lx['place_have'])}{SP}(?:(?i:an?){SP}(?i:total|population){SP}of{SP})?$"),
        place_have_words=frozenset(_norm(w) for w in lx["place_have"]),
        place_have_heads=frozenset(_norm(w) for w in lx["place_have_heads"]),
        death_verb=re.compile(rf"^{SP}(?P<p>{_alt(lx['death_verbs'])})(?![\w])"),
        speech_left=re.compile(rf"(?<![\w]){_alt(lx['speech_verbs'])}{SP}$"),
        speech_right=re.compile(rf"{SP}(?:{_alt(lx['speech_verbs'])})(?![\w])"),
        ratio_left=re.compile(rf"(?<![\w]){_alt(lx['ratio_before'])}{SP}$"),
        # "Kosovo's roughly 1.6 million people": a place's own people (the place's mention ends before the "'s")
        pop_possessive=re.compile(rf"(?:(?<![\w])(?P<noun>{_alt(lx['place_nouns'])}))?[’']s"
                                  rf"(?:{SP}{_alt(lx['place_adverbs'])})?{SP}$"),  # "the region's some 17 million"
        # "some 70,000 people according to the 2021 census": a population counted by a census
        by_census=re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?i:according{SP}to|in|by)){SP}(?:the{SP})?(?:\d{{4}}{SP})?"
                             rf"(?:{_alt(lx['census_words'])})(?![\w])"),
        pop_follow=re.compile(rf"^(?:[^\S\n]*(?:[.,;:)(!?—–]|$)|{SP}(?i:and|but|while|whereas|in|on|who|that|living|"
                              rf"today|now|at{SP}the{SP}time)(?![\w]))"),
        possessive_right=re.compile(r"[’']s?(?![\w])"),
        more_bare=re.compile(rf"^{SP}(?i:more|others)(?![\w])"),
        elided=re.compile(rf"^{SP}(?!{not_dem}\b)(?!{months}\b)[A-Z][a-z]+(?:{_alt(lx['demonym_endings'], '')})"
                          rf"(?=[^\S\n]*[,;.)]|[^\S\n]*$|{SP}(?:and|or){SP}(?:\d|{wordnum}))"),
        aside_list=re.compile(rf"^[^\S\n]*,[^\S\n]*(?:\d[\d,.]*{SP}[A-Z][\w-]*(?:(?:[^\S\n]*,[^\S\n]*|"
                              rf"[^\S\n]*,?{SP}(?:and|or){SP})\d[\d,.]*{SP}[A-Z][\w-]*)*"
                              # "30 soldiers of the mission, Danes and Czechs, were injured"
                              rf"|(?-i:[A-Z][\w’'-]+(?:[^\S\n]*,[^\S\n]*[A-Z][\w’'-]+)*{SP}(?:and|or){SP}[A-Z][\w’'-]+))"
                              rf"[^\S\n]*,"),
        # "13 Danish soldiers were among the 34 peacekeepers injured": the group's predicate
        among=re.compile(rf"^{SP}(?:were|was|are|is){SP}among{SP}(?:the|those){SP}(?:\d[\d,.]*{SP})?"
                         rf"(?:[\w’'-]+{SP}){{0,2}}?(?P<p>{_alt([w for v in preds.values() for w in v['after']])})"
                         rf"(?![\w-])"),
        vote_right=re.compile(rf"^{SP}{_alt(lx['vote_followers'])}(?![\w])"),
        vote_left=re.compile(rf"(?<![\w])(?i:votes?){SP}(?i:to|against|versus|vs\.?){SP}$"),
        estimate_left=re.compile(rf"(?<![\w]){_alt(lx['estimate_verbs'])}{SP}(?i:the|its|their|this|that){SP}"
                                 rf"(?:{word}{SP})?{_alt(lx['estimate_nouns'])}{SP}(?i:at){SP}$"),
        body_modifiers=frozenset(lx["body_modifiers"]),
        figurative=re.compile(rf"(?<![\w-]){_alt(lx['figurative_casualty_modifiers'])}(?![\w-])"),
    )


# ---------------------------------------------------------------------------------------------------------------
# Values


def _word_value(s: str) -> float:
    """Value of a number written in words ("Forty-one", "two hundred")."""
    p = _pat()
    total, current = 0.0, 0.0
    for tok in re.split(r"[\s\-‐]+", s.lower()):
        if tok in p.word_values:
            current += p.word_values[tok]
        elif tok in p.scale_values:
            scale = p.scale_values[tok]
            current = max(current, 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
    return total + current


_GROUP_SPACES = " \u00a0\u202f"  # the spaces that group thousands ("1 480", with a no-break or thin space too)
_SPACED = rf"|\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+(?![\w-])"  # the alternative of thousands grouped by spaces
_COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")  # "1,000": a text that groups thousands by commas
_SPACE = re.compile(f"[{_GROUP_SPACES}]")
_THOUSANDS = re.compile(f"[,{_GROUP_SPACES}]")  # what groups a number's thousands


def _value(m: re.Match) -> float:
    """Numeric value of a number match."""
    p = _pat()
    if m.group("dig"):
        v = float(_THOUSANDS.sub("", m.group("dig")))
        if m.group("dscale"):
            v *= p.scale_values[m.group("dscale").lower()]
        return v
    if m.group("aw"):
        return float(p.a_values[m.group("aw").split()[-1].lower()])
    return _word_value(m.group("word"))


def _number_end(m: re.Match) -> int:
    """End offset of the number itself (without a percent sign or word)."""
    for g in ("dscale", "dig", "aw", "word"):
        if m.group(g):
            return m.end(g)
    return m.end()


# ---------------------------------------------------------------------------------------------------------------
# Candidate finding


def _excluded(text: str, m: re.Match, value: float) -> bool:
    """Tell whether a number is a year, date, ordinal, label, money, time, back-reference or part of a name."""
    p = _pat()
    s, e = m.start(), _number_end(m)
    left, right = text[max(0, s - 40):s], text[e:e + 40]
    if m.group("word") and text[s].isupper() and _MID_SENTENCE.search(left) and _CAPITAL_NEXT.match(right):
        return True  # "the RBS Six Nations", "E Nesbit's Five Children": a capitalised number inside a name
    if m.group("word") and value == 1 and _NO_LEFT.search(left):
        return True  # "no one was injured": nobody
    if p.right_sep.match(right) or (p.right_hyphen.match(right) and not p.strong.match(right)):
        return True
    dig = m.group("dig")
    if dig and re.fullmatch(r"\d{4}", dig) and 1000 <= value <= 2100 and not m.group("pct"):
        if not (m.group("dscale") or p.head_year.match(right)):
            return True
    if p.month_left.search(left) or p.month_right.match(right) or p.money_left.search(left):
        return True
    if (p.label_left.search(left) and not p.time_left.search(left)) or p.after_label.match(right) \
            or p.ratio_left.search(left):
        return True
    return bool(m.group("word") and value <= 10 and p.anaphor_left.search(left))


_ONE_OF = re.compile(r"\s+of\s")
_NO_LEFT = re.compile(r"(?<![\w’'-])[Nn]o[ \t]+$")
_MID_SENTENCE = re.compile(r"[A-Za-z0-9’',][ \t]+$")  # a word, a digit or a comma right before: no sentence start
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][a-z]")  # the next word capitalised too


def _sentence_span(doc: ArticleDoc, offset: int) -> tuple[int, int, int]:
    """Return (sentence_id, start, end) of the sentence containing `offset`."""
    if not doc.sentences:
        return 0, 0, len(doc.text)
    sid = doc.sentence_of(offset)
    s, e = doc.sentences[sid]
    return sid, s, max(e, offset)


def _percent(text: str, m: re.Match, cand: dict, sent: tuple[int, int, int]) -> dict:
    """Fill a percentage candidate: unit percent, category turnout/population/other by context."""
    unit = "percentage points" if "point" in m.group("pct").lower() else "percent"
    cand.update(end=m.end(), unit=unit, _hcat=_percent_category(text, m, sent), _pct=True)
    return cand


def _percent_category(text: str, m: re.Match, sent: tuple[int, int, int]) -> str:
    """Category of a percentage: population share, turnout ("turnout was only 8.2 percent", "6.25 percent of
    voters cast ballots") or other (a vote share: "won 58 percent", "40 percent of the vote", "of voters backed")."""
    p = _pat()
    right = text[m.end():min(sent[2], m.end() + 100)]
    if p.pct_pop.match(right):
        return "population"
    left = _left_clause(text[max(sent[1], m.start() - 60):m.start()])
    if p.turnout_ctx.search(left):
        return "turnout"
    if p.pct_survey.match(right):
        return "other"
    vm = p.turnout_of.match(right)
    rest = right[vm.end():] if vm else right
    if p.share_of.match(right) or p.share_after.match(rest) or p.share_left.search(left):
        return "other"
    if vm or p.turnout_after.match(rest):
        return "turnout"
    lo, hi = max(sent[1], m.start() - 100), min(sent[2], m.end() + 80)
    return "turnout" if p.turnout_ctx.search(text, lo, hi) else "other"


def _noun_phrase(text: str, cand: dict, value: float, m: re.Match) -> bool:
    """Attach a counted noun (with its modifiers) after the number; tell whether one was found."""
    p = _pat()
    e = cand["number_end"]
    right = text[e:e + 120]
    single = value == 1 and not m.group("dscale")
    nm = (p.np_singular if single else p.np_plural).match(right)
    if nm and not single and nm.group("head")[:1].isupper() and (nx := p.np_plural.match(right[nm.end():])) and (
            not nx.group("mods").strip()):  # "About 150 Portuguese soldiers": the nationality qualifies the soldiers
        nm = _NounPhrase(nm.group("mods") + right[nm.start("head"):nm.end() + nx.start("head")], nx.group("head"),
                         nm.end() + nx.end())
    if nm:
        mods = nm.group("mods").split()
        if mods and mods[0] in p.measure_unit:
            cand["_drop"] = True  # "155 mm shells", "7.62 mm rounds": a calibre, not a count
        head = _norm(nm.group("head"))
        cat = p.head_cat.get(head, "people")
        if head in {"members", "officers", "staff", "member", "officer"} and (
                p.military.search(nm.group("mods")) or p.of_military.match(right, nm.end())
                or _held_by_force(text, cand, head)):
            cat = "troops"
        cand.update(end=e + nm.end(), unit=head, _hcat=cat, _mods=nm.group("mods"))
        if cat == "killed" and head.startswith("casualt") and p.figurative.search(nm.group("mods")):
            cand["_drop"] = True  # "one major political casualty": a figure of speech, not a death
        if head == "bodies" and any(w.lower() not in p.body_modifiers for w in nm.group("mods").split()):
            cand["_hcat"] = "other"  # "20 other national Olympic bodies": organisations
        return True
    pm = p.pred_head.match(right)
    if pm:
        w = _norm(pm.group("w"))
        cand.update(end=e + pm.end(), unit=w, _hcat=p.pred_head_cat[w], _mods="")
        return True
    return _partitive_noun(right, cand, value)


class _NounPhrase:
    """A counted noun phrase joined from two matches (a nationality and a head), read like a match."""

    def __init__(self, mods: str, head: str, end: int) -> None:
        self._groups, self._end = {"mods": mods, "head": head}, end

    def group(self, name: str) -> str:
        """Return the named part ("mods" or "head")."""
        return self._groups[name]

    def end(self) -> int:
        """Return where the phrase ends, relative to the text after the number."""
        return self._end


def _held_by_force(text: str, cand: dict, head: str) -> bool:
    """Tell whether members are held or sent by an armed force: "The KSF, which has about 5,000 active members and
    is set to become an army", "The Kosovo Security Force deployed about 150 members" (a holding or deploying verb
    before the number, a military word in the sentence)."""
    p, sent = _pat(), cand["_sent"]
    lo = max(sent[1], cand["start"] - 20)
    return ((p.hold_left.search(text, lo, cand["start"]) is not None
             or (p.deploy_left.search(text, lo, cand["start"]) is not None and head == "members"))
            and p.military_ctx.search(text, sent[1], sent[2]) is not None)  # police deploy officers, not troops


def _partitive_noun(right: str, cand: dict, value: float) -> bool:
    """Attach the counted noun of a partitive ("Three of the attackers", "11 of its troops")."""
    p = _pat()
    pm = p.partitive_np.match(right)
    if not pm or value < 2:
        return False
    nm = p.np_plural.match(right[pm.end():])
    if not nm or p.possessive_right.match(right, pm.end() + nm.end()):
        return False
    head = _norm(nm.group("head"))
    cat = p.head_cat.get(head, "people")
    if head in {"members", "officers", "staff"} and p.military.search(nm.group("mods")):
        cat = "troops"
    cand.update(end=cand["number_end"] + pm.end() + nm.end(), unit=head, _hcat=cat, _mods=nm.group("mods"),
                _poss=pm.group("det").lower() in ("its", "their"))
    return True


_OF = re.compile(r"[^\S\n]+of[^\S\n]")


def _of_things(right: str, cat: str) -> bool:
    """Tell whether a bare number's "of …" names things, not people: a counted noun of things, or for "captured"
    none of people ("captured one of Iraq's strongest fortifications"; not "killed 12 of the soldiers", "killing
    two of her babies")."""
    if not _OF.match(right):
        return False
    h = _pat().head_any.search(right, 0, 60)
    if h is None:
        return cat == "arrested"
    return _pat().head_cat.get(_norm(h.group("head")), "people") == "other"


def _bare(text: str, cand: dict, m: re.Match, sent: tuple[int, int, int], nxt: re.Match | None) -> bool:
    """Handle a number with no counted noun: part of a whole, casualty verb, toll, force strength."""
    p = _pat()
    e = cand["number_end"]
    right = text[e:e + 80]
    lo = max(sent[1], cand["start"] - 80)
    left = text[lo:cand["start"]]
    sm = p.strong_force.match(right)
    if sm:
        cand.update(end=e + sm.end(), unit="troops", _hcat="troops")
        return True
    if p.strong.match(right):
        return False
    if (wm := _STRONG_WORD.match(right)) and p.military_ctx.search(text, sent[1], sent[2]):
        cand.update(end=e + wm.end(), unit="troops", _hcat="troops")  # "the contingent, about 260 strong, carried"
        return True
    if p.bare_excl.match(right) or p.after_label.match(right):
        return False
    if p.vote_right.match(right) or p.vote_left.search(left):
        cand.update(unit="votes", _hcat="vote")  # "by 131 votes to 29", "29 against", "11 abstaining"
        return True
    em = p.elided.match(right)
    if em:
        cand.update(end=e + em.end(), _pending="elided")  # "11 Danish and 19 Czech soldiers"
        return True
    pm = p.partitive.match(right)
    if pm and nxt is not None and nxt.start() == e + pm.end():
        cand.update(_pending="part", _target=nxt.start())
        return True
    cm = p.count_left.search(text, sent[1], cand["start"])
    if cm is not None and (p.bare_follow.match(right) or p.count_follow.match(right)):
        h = cm if cm.group("head") else _last_head(text, sent[1], cm.start(), people=True)
        hi = cm.end()
        if h is None and not cm.group("head"):  # "… 900 soldiers near the line. The ministry later said it had
            para = text.rfind("\n", 0, sent[1]) + 1  # cut the number to about 400": the sentence before
            h = _last_head(text, max(para, sent[1] - PREVIOUS_SENTENCE_CHARS), sent[1], people=True)
            hi = sent[1] if h is not None else hi
        if h is not None:  # "cut their number to 5,200 from 9,100": the count of the troops named before
            head = _norm(h.group("head"))
            cat = next((c for c, rx in p.pred_inside.items() for w in rx.finditer(text, min(h.start(), cm.start()), hi)
                        if not _MOVE_AFTER.match(text, w.end())), None)  # not "had fallen to about 240"
            rel = _RELATIVE.match(text, cm.end("head")) if cm.group("head") else None
            if cat is None and rel is not None:  # "the number of citizens who lost their lives had risen to 8,574"
                cat = next((c for c, rx in p.pred_after.items() if rx.match(text[rel.end():hi])), None)
            cand.update(unit=head, _hcat=cat or p.head_cat.get(head, "people"))  # "the number of people
            return True  # detained rose to nine": the detained
    if p.earlier_left.search(left) and (p.bare_follow.match(right) or _PARTICIPLE.match(right)):
        cand.update(_pending="inherit", _earlier=True)  # "rose to 40,642 on Saturday, up from 36,187 on Wednesday"
        return True
    if p.whole_left.search(left):
        cand.update(_pending="inherit", _whole=True)  # "900 soldiers out of roughly 4,500": the whole, not the part's
        return True
    if p.from_right.match(right) or p.part_left.search(left) or p.of_them.match(right):
        fm = p.from_name.match(right)
        cand.update(_pending="inherit", end=e + fm.end() if fm else e, _from=fm is not None)
        return True
    if p.bare_follow.match(right):
        clause_left = _left_clause(left)
        for cat, rx in p.pred_before.items():
            if rx.search(clause_left) and not _of_things(right, cat):
                cand.update(unit="people", _hcat=cat)
                return True
    mm = p.more_bare.match(right)
    rest = right[mm.end():] if mm else right
    am = p.aux_bare.match(rest) or p.death_verb.match(rest)
    if am:
        cat = _pred_category(am.group("p"))
        if cat in ("killed", "injured", "arrested"):
            cand.update(unit="people", _hcat=cat, end=e + (mm.end() if mm else 0))
            return True
    if p.toll_left.search(left):
        cand.update(unit="deaths", _hcat="killed")
        return True
    if p.pop_left.search(left):
        cand.update(unit="people", _hcat="population")
        return True
    if p.estimate_left.search(left) and p.bare_follow.match(right):
        cand.update(unit="people", _hcat="people")  # "police put the crowd at around 107,000"
        return True
    if p.group_left.search(left):
        cand.update(unit="troops", _hcat="troops")
        return True
    tm = p.total_left.search(left)
    if tm and p.deploy_right.match(right):
        if p.total_group.match(tm.group("n")) and p.military_ctx.search(text, sent[1], sent[2]):
            cand.update(unit="troops", _hcat="troops")
        else:
            cand.update(_pending="inherit")
        return True
    for cat, rx in p.casualty_of.items():
        if (om := rx.match(right)) is not None and cand["value"] > 1:  # not "One of the injured", a person
            cand.update(unit="people", _hcat=cat, end=e + om.end())
            return True
    if p.serving_right.match(right) and p.military_ctx.search(text, sent[1], sent[2]):
        cand.update(unit="troops", _hcat="troops")
        return True
    if p.gap_left.search(left) and p.deploy_right.match(right) and p.military_ctx.search(text, sent[1], sent[2]):
        cand.update(_pending="inherit")  # in a military sentence only: "Ford 67,672, Chrysler 30,909" are no troops
        return True
    if p.mil_group_left.search(left):
        if p.military_ctx.search(text, sent[1], sent[2]):
            cand.update(unit="troops", _hcat="troops")
            return True
        return False
    if ((p.deploy_left.search(left) or p.hold_left.search(left)) and p.deploy_right.match(right)
            and p.military_ctx.search(text, sent[1], sent[2])):
        cand.update(_pending="inherit", _fallback="troops")
        return True
    return False


def _pred_category(word: str) -> str | None:
    """Category of a predicate word found after a bare number."""
    w = _norm(word)
    for cat, v in lexicon()["predicates"].items():
        if w in {_norm(x) for x in v["after"]}:
            return cat
    return None


def _left_clause(left: str) -> str:
    """Keep the part of `left` after the last clause boundary."""
    bm = _pat().boundary_left.match(left)
    return left[bm.end():] if bm else left


def _candidate(doc: ArticleDoc, m: re.Match, nxt: re.Match | None) -> dict | None:
    """Build one candidate figure from a number match, or None when it counts nothing."""
    text = doc.text
    value = _value(m)
    if _excluded(text, m, value):
        return None
    sent = _sentence_span(doc, m.start())
    start = m.start()
    approx, shown = None, value  # a range shows its lower bound; its noun agrees with the upper ("one to three men")
    if (low := _range_low(text, m, sent)) is not None:
        start, shown, approx = low
    hm = _pat().hedge.search(text, max(sent[1], start - 30), start)
    if hm:
        approx, start = _norm(hm.group("h")), hm.start()
    cand = {"start": start, "end": _number_end(m), "number_start": m.start(), "number_end": _number_end(m),
            "value": shown, "approx": approx, "unit": None, "whole": None, "_sent": sent, "_mods": "",
            "_pending": None, "_hcat": None}
    if m.group("pct"):
        return _percent(text, m, cand, sent)
    if m.group("word") and value == 1 and _pat().speech_left.search(text, max(sent[1], start - 20), start):
        cand["_said_one"] = True
    if _noun_phrase(text, cand, value, m) or _bare(text, cand, m, sent, nxt):
        return None if cand.get("_drop") else cand
    return None


def _range_low(text: str, m: re.Match, sent: tuple[int, int, int]) -> tuple[int, float, str] | None:
    """Return (start, value, "between") when the number ends a range whose lower end stands before it ("between 10
    and 15 …", "4,000 to 5,000 …", "1.1 and 1.5 million": one figure, the lower bound, as the gold sets count it);
    else None."""
    p = _pat()
    r = p.range_left.search(text, max(sent[1], m.start() - 40), m.start())
    if r is None or (r.group("j").lower() == "and" and not r.group("b")):
        return None
    if not r.group("b") and p.range_from.search(text, max(sent[1], r.start() - 24), r.start()):
        return None  # "reduced from 8,350 to 4,500", "increased by 296,000 to 28.52 million": a change
    low = p.number.match(text, r.start("n"))
    if low is None or low.end() != r.end("n") or low.group("pct") or re.fullmatch(r"1\d{3}|20\d{2}", r.group("n")):
        return None  # "… units in 1986 to 610,500 units": a year ends no range
    value = _value(low)
    if m.group("dig") and m.group("dscale") and low.group("dig") and not low.group("dscale"):
        value *= p.scale_values[m.group("dscale").lower()]  # "between 1.1 and 1.5 million": the scale is shared
    return (r.start(), value, "between") if value < _value(m) else None


# ---------------------------------------------------------------------------------------------------------------
# Clause predicates, lists, parts and wholes


def _predicate(text: str, c: dict) -> str | None:
    """Category given by the clause predicate of a people/troops count (inside, after, then before)."""
    p = _pat()
    for cat, rx in p.pred_inside.items():
        if rx.search(c["_mods"]):
            return cat
    right = _right_clause(text, c)
    if (am := p.among.match(right)) and (cat := _pred_category(am.group("p"))):
        return cat
    for cat, rx in p.pred_after.items():
        if (m := rx.match(right)) and not (cat in p.agent_cats and p.active_object.match(right, m.end())):
            return cat
    # "The injured include 11 Italian and 19 Hungarian soldiers": the clause before the list's first member
    left = _left_clause(_ELIDED_MEMBERS.sub("", text[max(c["_sent"][1], c["start"] - 80):c["start"]]))
    for cat, rx in p.pred_before.items():
        if rx.search(left):
            return cat
    return None


def _right_clause(text: str, c: dict) -> str:
    """Text after the figure up to the next clause boundary, skipping an ", including ...," aside."""
    p = _pat()
    right = text[c["end"]:min(c["_sent"][2], c["end"] + 140)]
    sm = p.pp_skip.match(right)
    if sm:
        right = right[sm.end():]
    if (om := p.of_group.match(right)) and _aside(right[om.end():]):
        right = right[om.end():]  # "30 soldiers of the mission, Danes and Czechs, were injured"
    if am := _aside(right):
        right = right[am.end():]
    if cm := p.and_one.match(right):
        right = right[cm.end():]  # "three Serb gunmen and a Kosovo police sergeant were killed"
    bm = p.boundary_right.search(right)
    return right[:bm.start()] if bm else right


def _aside(right: str) -> re.Match | None:
    """Match an aside opening the text after a figure (", including …,", ", 11 Danes and 19 Czechs,", a name)."""
    p = _pat()
    return (p.aside.match(right) or p.aside_list.match(right) or p.dash_aside.match(right)
            or p.name_aside.match(right))  # "One police officer, Sergeant Jan Roe, was killed"; "…, a boy, died"


def _propagate_lists(text: str, cands: list[dict]) -> None:
    """Share a predicate along a coordinated list ("30 soldiers, 11 Danes and 19 Czechs wounded")."""
    p = _pat()
    i = 0
    while i < len(cands):
        j = i
        while (j + 1 < len(cands) and cands[j + 1]["_sent"] == cands[i]["_sent"]
               and p.list_gap.match(text[cands[j]["end"]:cands[j + 1]["start"]])):
            j += 1
        group = cands[i:j + 1]
        last_gap = text[cands[j - 1]["end"]:cands[j]["start"]] if j > i else ""
        if j > i and re.search(r"\b(?:and|or)\b", last_gap):
            first_before, last_after = group[0].get("_pbefore"), group[-1].get("_pafter")
            for c in group:
                if c["_hcat"] in ("troops", "people") and not c.get("_pred"):
                    c["_pred"] = first_before or last_after
        i = j + 1


def _category(text: str, c: dict) -> str:
    """Final category from the counted noun's class and the clause predicate; deaths beside births are no killings."""
    cat = _category_of(text, c)
    lo, hi = c["_sent"][1], c["_sent"][2]
    if cat == "killed" and _pat().vital.search(text, lo, hi) and _pat().dying.search(text, lo, hi):
        return "other"  # "62,180 children were born and 100,950 people died": vital statistics
    return cat


def _category_of(text: str, c: dict) -> str:
    """Category from the counted noun's class and the clause predicate."""
    hc, pred = c["_hcat"], c.get("_pred")
    if hc == "vote":
        return "other"  # "fewer than 1,600 voters cast ballots", "by 161 votes to 12": counts; a turnout is a share
    if hc == "killed" and c["unit"] in ("lives", "deaths"):
        left = _left_clause(text[max(c["_sent"][1], c["start"] - 80):c["start"]])
        if _pat().not_killed.search(left):
            return "other"
    if hc == "population" and pred in ("killed", "injured", "arrested", "displaced"):
        return "other" if pred == "displaced" else pred  # "60 residents were evacuated": people moved, no population
    if hc == "population" and pred is None and _acting(text, c):
        return "other"  # "more than 2,100 residents signed": people acting, no population
    if hc in ("troops", "people"):
        if pred in ("killed", "injured", "arrested"):
            return pred
        if _pat().capacity_left.search(text, max(c["_sent"][1], c["start"] - 40), c["start"]):
            return "other"  # "can transport up to ten soldiers": a capacity
        if hc == "people" and _in_troop_group(text, c):
            return "troops"  # "a battalion of 500 men", "his platoon of 30 men lived in a school"
        if pred in ("population", "turnout") and hc == "people":
            return pred
        if (hc == "people" and text[c["start"]:c["end"]].split()[-1][:1].isupper()
                and _pat().serving_right.match(text[c["end"]:c["end"] + 40])
                and _pat().military_ctx.search(text, c["_sent"][1], c["_sent"][2])):
            return "troops"  # "about 280 Austrians serving with the peacekeepers" (not "400 police officers deployed")
        return "troops" if hc == "troops" else "other"
    return hc if hc in ("troops", "injured", "killed", "arrested", "turnout", "population") else "other"


def _acting(text: str, c: dict) -> bool:
    """Tell whether counted residents act ("2,100 residents signed", "signed by 10,243 residents")."""
    p, sent = _pat(), c["_sent"]
    return bool(p.acting_right.match(text, c["end"], sent[2])
                or p.by_left.search(text[max(sent[1], c["start"] - 30):c["start"]]))


def _in_troop_group(text: str, c: dict) -> bool:
    """Tell whether counted people stand after a troop group's or a company's "of" in a military sentence ("a force
    of 4,000 men", "his platoon of 30 men"; not "an observer mission of about 100 people")."""
    p, sent = _pat(), c["_sent"]
    left = text[max(sent[1], c["start"] - 40):c["start"]]
    return bool((p.group_left.search(left) or p.mil_group_left.search(left))
                and p.military_ctx.search(text, sent[1], sent[2]))


def _mark_predicates(text: str, c: dict) -> None:
    """Store the inside/after/before predicates of a noun-phrase candidate."""
    p = _pat()
    c["_pred"] = _predicate(text, c) if c["_hcat"] in ("troops", "people", "vote", "population") else None
    right = _right_clause(text, c)
    c["_pafter"] = next((cat for cat, rx in p.pred_after.items() if rx.match(right)), None)
    left = _left_clause(text[max(c["_sent"][1], c["start"] - 80):c["start"]])
    c["_pbefore"] = next((cat for cat, rx in p.pred_before.items() if rx.search(left)), None)
    if c["_hcat"] in ("troops", "people"):
        am = p.adj_after.match(text, c["end"], c["_sent"][2])
        c["_ext"] = am.end() if am else c["end"]


def _place_has(text: str, c: dict, index: tuple[list[int], list[dict]]) -> bool:
    """Tell whether a people count is what a place has ("Kosovo, which has about 1.8 million people")."""
    p = _pat()
    lo = max(c["_sent"][1], c["start"] - 60)
    head_start = c["end"] - len(c["unit"] or "")
    if c["unit"] not in p.place_have_heads and not text[head_start:head_start + 1].isupper():
        return False
    starts, ms = index
    if c["unit"] in p.place_have_heads and p.by_census.match(text, c["end"], c["_sent"][2]):
        return True
    if (own := p.pop_possessive.search(text, lo, c["start"])) and c["unit"] in p.place_have_heads:
        if own.group("noun"):
            return True  # "the region's some 17 million people"
        k = bisect.bisect_left(starts, lo)
        return any(x["end"] == own.start() and x.get("actor_type") in ("country", "place") for x in ms[k:]
                   if x["start"] < own.start())
    if not p.place_have_words.intersection(text[max(lo, c["start"] - 30):c["start"]].lower().split()[-4:]):
        return False
    m = p.pop_have.search(text, lo, c["start"])
    if not m or not p.pop_follow.match(text[c["end"]:min(c["_sent"][2], c["end"] + 40)]):
        return False
    if m.group("noun"):
        return True
    k = bisect.bisect_left(starts, lo)
    return any(x["end"] == m.start() and x.get("actor_type") in ("country", "place") for x in ms[k:]
               if x["start"] < m.start())


def _colon_lists(text: str, nouns: list[dict]) -> None:
    """Members of a list after a colon take the casualty category of the figure before it
    ("four people were killed: a police officer and three gunmen")."""
    for i, c in enumerate(nouns):
        if c["_hcat"] not in ("troops", "people") or c.get("_pred"):
            continue
        s0 = max(c["_sent"][1], c["start"] - 200)
        k = text.rfind(":", s0, c["start"])
        if k < 0 or ";" in text[k:c["start"]]:
            continue
        prev = next((x for x in reversed(nouns[:i]) if x["_sent"] == c["_sent"] and x["end"] <= k), None)
        if prev and prev["category"] in ("killed", "injured", "arrested") and not re.search(
                r"[.;:,!?]", text[prev["end"]:k]):
            c["category"] = prev["category"]
            if prev["value"] > c["value"]:
                c["whole"] = prev["value"]


def _own_predicate(text: str, c: dict) -> str | None:
    """Mark a part's own predicates on it (as `_mark_predicates` does for noun phrases) and return its casualty
    category, before or after it ("arrested four of them", "30 of them were injured"), or None."""
    _mark_predicates(text, c)
    return c.get("_pbefore") or c.get("_pafter")


def _link_parts(text: str, cands: list[dict]) -> list[dict]:
    """Resolve part-of-whole candidates and return the kept ones."""
    p = _pat()
    by_start = {c["number_start"]: c for c in cands}
    kept: list[dict] = []
    for i, c in enumerate(cands):
        if c["_pending"] == "elided":
            if not _link_elided(text, c, kept[-1] if kept else None, cands[i + 1] if i + 1 < len(cands) else None):
                continue
        elif c["_pending"] == "part":
            whole = by_start.get(c["_target"])
            if not whole or whole["_pending"] or not whole["unit"]:
                continue
            c.update(whole=whole["value"], unit=whole["unit"], category=whole["category"])
        elif c["_pending"] == "inherit":
            same = [k for k in reversed(kept) if k["_sent"] == c["_sent"] and k["unit"]]
            people = [k for k in same if k["_hcat"] in ("troops", "people")] if c.get("_from") else []
            if c.get("_earlier"):  # "5,200 troops from 31 countries, up from about 4,100": the troops before
                people = [k for k in same if k["category"] != "other"]
            prev = next(iter(people + same), None)  # "640 from Austria": of the troops, not of the countries
            if c.get("_whole") and (prev is None or prev["value"] >= c["value"] or prev.get("_pct")):
                continue  # a whole is larger than the part before it, and no rate's ("2% of MPs - 13 out of 659")
            if c.get("_earlier") and (prev is None or prev.get("_pct")):
                continue  # an earlier value of a count ("up from 36,187"), not of a rate ("4% to 1,200, up from 900")
            om = p.of_them.match(text, c["number_end"])
            if prev is None and om and p.them_alone.match(text[om.end():om.end() + 40]) and _antecedent(text, c):
                pass  # "Czech soldiers have served since 1999; about ten of them are deployed …"
            elif prev is None:
                if not c.get("_fallback"):
                    continue
                c.update(unit=c["_fallback"], category=c["_fallback"])
            else:
                c.update(unit=prev["unit"], category=prev["category"])
                if prev["category"] not in _CASUALTY and (own := _own_predicate(text, c)) in _CASUALTY:
                    c["category"] = own  # "identified 45 members of the group and arrested four of them": arrests;
                    # "KFOR has 4,000 troops, and 30 of them were injured"
                is_part = (c["end"] > c["number_end"] or p.of_them.match(text, c["number_end"])
                           or p.part_left.search(text, max(0, c["start"] - 30), c["start"]))
                if is_part and prev["value"] > c["value"]:
                    c.update(whole=prev["value"], _part_of=prev)
                    if (om := p.of_them.match(text, c["number_end"])) is not None:
                        nm = p.np_plural.match(text[om.end():om.end() + 60])  # "15 of them Poles and 25 …"
                        c["end"] = om.end() + (nm.end() if nm else 0)
        elif p.part_left.search(text, max(0, c["start"] - 30), c["start"]):
            prev = next((k for k in reversed(kept) if k["_sent"] == c["_sent"] and k["unit"]), None)
            if prev and prev["value"] > c["value"] and prev["category"] == c["category"]:
                c["whole"] = prev["value"]
            elif (prev and prev["value"] > c["value"] and prev["category"] in _CASUALTY
                  and c["_hcat"] in ("troops", "people") and not c.get("_pred")):
                c.update(whole=prev["value"], category=prev["category"], _part_of=prev)
        elif (whole := _breakdown_of(text, c, kept)) is not None:
            c.update(whole=whole["value"], category=whole["category"], _part_of=whole)
        kept.append(c)
    return kept


_STRONG_WORD = re.compile(r"[^\S\n]+strong(?=[^\S\n]*[,.;)—–])")  # "about 260 strong," (not "three strong candidates")
_MOVE_AFTER = re.compile(r"\s+(?:to|from|by|below|under)\b")  # "fallen to": a number's move, not the fallen
_PARTICIPLE = re.compile(r"\s+[a-z]+ed(?![\w-])")  # "up from 5,894 announced yesterday evening"
_RELATIVE = re.compile(r"\s+(?:who|that)(?![\w-])")  # the clause after "the number of citizens"
PREVIOUS_SENTENCE_CHARS = 300  # how far back "the number" may find the people it counts, within its paragraph


def _last_head(text: str, lo: int, hi: int, people: bool = False) -> re.Match | None:
    """Return the last counted noun in text[lo:hi] (with `people`, of troops or people only), or None."""
    p = _pat()
    heads = [h for h in p.head_any.finditer(text, lo, hi)
             if not people or p.head_cat.get(_norm(h.group("head")), "people") in ("troops", "people")]
    return heads[-1] if heads else None


def _antecedent(text: str, c: dict) -> bool:
    """Give "N of them" the counted noun it refers back to in its sentence when no figure comes before it ("Serb
    police officers, judges and officials, about 580 of them, resigned"): the last counted noun before the number,
    its category from the clause's predicates; tell whether one was found."""
    p = _pat()
    if (h := _last_head(text, c["_sent"][1], c["start"])) is None:
        return False
    head = _norm(h.group("head"))
    noun = dict(c, start=h.start(), number_end=h.start(), end=h.end(), unit=head, _hcat=p.head_cat.get(head, "people"),
                _mods="", _pending=None)
    _mark_predicates(text, noun)  # "Dozens of soldiers were injured; 12 of them are still in hospital"
    c.update(unit=head, _hcat=noun["_hcat"], _mods="", _pending=None, end=p.of_them.match(text, c["number_end"]).end())
    _mark_predicates(text, c)
    of_noun = _category(text, noun)
    c["category"] = of_noun if of_noun in _CASUALTY else _category(text, c)
    return True


def _breakdown_of(text: str, c: dict, kept: list[dict]) -> dict | None:
    """Return the casualty figure that a count of people right after it breaks down ("30 soldiers – 11 Danes
    and 19 Czechs – were injured", "the 30 injured soldiers were 11 Danes"), also for later list members."""
    prev = kept[-1] if kept else None
    if (c["_pending"] or c["_hcat"] not in ("troops", "people") or c.get("_pred") or prev is None
            or prev["_sent"] != c["_sent"]):
        return None
    gap = text[prev.get("_ext", prev["end"]):c["start"]]
    whole = prev.get("_part_of")
    if whole is not None and whole["value"] > c["value"] and _pat().list_gap.match(gap):
        if whole["category"] == "troops" and _own_people(c):
            return None  # "92,604 personnel, among them 11,302 from the army and 6,479 rescuers": no troops
        return whole
    if (not prev["_pending"] and prev["category"] in _CASUALTY and prev["value"] > c["value"]
            and (_pat().breakdown_gap.fullmatch(gap) or _pat().predicate_gap.fullmatch(gap))):
        return prev  # "30 of its soldiers were hurt, 11 Danes and 19 Czechs"
    return None


def _own_people(c: dict) -> bool:
    """Tell whether a count of people names its own kind of people ("6,479 rescuers"), not a nationality ("300
    Italians") or a group word that takes the kind of the whole ("others", "men", "members")."""
    unit = c["unit"] or ""
    return c["_hcat"] == "people" and unit[:1].islower() and _norm(unit) not in lexicon()["list_member_words"]


# the members of a list before the last one, whose noun they share: "11 Italian and ", "11 Danish, 19 Czech and "
_ELIDED_MEMBERS = re.compile(rf"(?:\d[\d,]*[^\S\n]+[{UPPER}][\w’'-]*"
                             r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:and|or)[^\S\n]+))+$")


def _link_elided(text: str, c: dict, prev: dict | None, nxt: dict | None) -> bool:
    """Give a number with an elided noun ("11 Danish") the unit and category of its neighbour: the figure it
    breaks down ("30 soldiers, 11 Danish and 19 Czech") or the next list member ("11 Danish and 19 Czech
    soldiers"); tell whether one was found."""
    p = _pat()
    if prev and prev["_sent"] == c["_sent"] and prev["unit"] and not prev["_pending"] and re.fullmatch(
            r"[^\S\n]*[,(—–:][^\S\n]*", text[prev["end"]:c["start"]]) and prev["value"] > c["value"]:
        c.update(unit=prev["unit"], category=prev["category"], whole=prev["value"], _elided_of=True)
        return True
    if prev and prev["_sent"] == c["_sent"] and prev.get("_elided_of") and p.list_gap.match(
            text[prev["end"]:c["start"]]):
        c.update(unit=prev["unit"], category=prev["category"], whole=prev["whole"], _elided_of=True)
        return True
    if nxt and nxt["_sent"] == c["_sent"] and nxt["_pending"] in (None, "elided") and p.list_gap.match(
            text[c["end"]:nxt["start"]]):
        if nxt["_pending"] is None and nxt["unit"]:
            c.update(unit=nxt["unit"], category=nxt["category"])
            return True
    return False


# ---------------------------------------------------------------------------------------------------------------
# Subjects


def _mention_index(doc: ArticleDoc) -> tuple[list[int], list[dict]]:
    """Mentions sorted by start, with their starts for bisection."""
    ms = sorted((m for m in doc.mentions or [] if isinstance(m, dict) and isinstance(m.get("start"), int)
                 and isinstance(m.get("end"), int)),
                key=lambda m: m["start"])
    return [m["start"] for m in ms], ms


def _subject(doc: ArticleDoc, c: dict, index: tuple[list[int], list[dict]]) -> dict | None:
    """Actor mention the number belongs to: inside the phrase, "from X", "X's N", "its N", or the clause subject."""
    starts, ms = index
    if not ms:
        return None
    p, text = _pat(), doc.text
    lo = bisect.bisect_left(starts, c["number_end"])
    hi = bisect.bisect_left(starts, c["end"])
    if hi > lo:
        return ms[lo]
    if c.get("_pct") or c.get("_whole"):
        return None  # a whole ("out of roughly 4,500") is not the subject of its part ("Italy, with 900 soldiers")
    fm = p.from_right.match(text, c["end"], c["_sent"][2])
    if fm:
        k = bisect.bisect_left(starts, fm.end())
        if k < len(ms) and ms[k]["start"] - fm.end() <= 4 and p.the_only.fullmatch(text, fm.end(), ms[k]["start"]):
            return ms[k]
    sent_start = c["_sent"][1]
    before = [m for m in ms[bisect.bisect_left(starts, sent_start):bisect.bisect_left(starts, c["start"])]
              if m.get("end", 0) <= c["start"]]
    if before and p.possessive.match(text[before[-1]["end"]:c["start"]]):
        return before[-1]
    orgs = [m for m in before if m.get("actor_type") in _SUBJECT_TYPES]
    if orgs and (c.get("_poss") or p.its_left.search(text, max(sent_start, c["start"] - 30), c["start"])):
        return orgs[-1]
    if c["category"] not in ("troops", "other"):
        return None
    for m in reversed(orgs):
        lo = max(sent_start, m["start"] - 30)
        seg = text[lo:m["start"]]
        if p.clause_start.search(seg) or (lo == sent_start and p.sent_start.fullmatch(seg)):
            return m
    for m in reversed(orgs):
        if not p.prep_before.search(text, max(sent_start, m["start"] - 20), m["start"]):
            return m
    return None


# ---------------------------------------------------------------------------------------------------------------
# Public API


def _numbers(text: str) -> list[re.Match]:
    """Return the number matches of a text; thousands grouped by spaces are one number in a text that groups no
    thousands by commas, except after a month ("On June 24 100 people marched": a day and a number) or before a
    percentage (a bond's "at 108 109 pct": two prices)."""
    p = _pat()
    out = []
    commas = _COMMA_THOUSANDS.search(text) is not None
    for m in p.number.finditer(text):
        if m["dig"] and _SPACE.search(m["dig"]) and (commas or m["pct"] or p.month_left.search(
                text, max(0, m.start() - 20), m.start())):
            first = p.number_plain.match(text, m.start())
            out += [first, *p.number_plain.finditer(text, first.end(), m.end())] if first else []
        else:
            out.append(m)
    return out


def extract_figures(doc: ArticleDoc) -> list[dict]:
    """Return one row per numeric claim of `doc`, ordered by start (see module docstring for the columns)."""
    text = doc.text if isinstance(doc.text, str) else ""
    if not text:
        return []
    matches = _numbers(text)
    cands = []
    for i, m in enumerate(matches):
        c = _candidate(doc, m, matches[i + 1] if i + 1 < len(matches) else None)
        if c is not None and (not cands or c["start"] >= cands[-1]["end"]):
            cands.append(c)
        elif c is not None and c["start"] <= cands[-1]["start"]:
            cands[-1] = c  # a range takes in the figure its lower end made alone ("has 4,000 to 5,000 troops")
    nouns = [c for c in cands if not c["_pending"]]
    index = _mention_index(doc)
    for c in nouns:
        _mark_predicates(text, c)
        if c["_hcat"] == "people" and not c["_pred"] and _place_has(text, c, index):
            c["_pred"] = "population"
    _propagate_lists(text, nouns)
    for c in nouns:
        c["category"] = _category(text, c)
    _colon_lists(text, nouns)
    kept = _link_parts(text, cands)
    rows = []
    for c in kept:
        said = c.get("_said_one") or (c["value"] == 1 and c["number_end"] < c["end"]
                                      and _pat().speech_right.match(text, c["end"]))
        if said and c["category"] not in ("killed", "injured", "arrested"):
            continue  # "said one official", "one corporal said": a speaker, not a count
        if (c["value"] == 1 and c["number_end"] == c["end"] and _ONE_OF.match(text, c["end"])
                and c["category"] not in ("killed", "injured", "arrested")):
            continue  # "one of 11 agreements", "one of the largest": a choice among them, not a count
        subj = _subject(doc, c, index)
        rows.append(_row(doc, c, subj))
    money = [_row(doc, c, None) for c in _money(doc, matches)]
    if money:
        taken = [(r["start"], r["end"]) for r in money]
        rows = sorted([r for r in rows if not any(s < r["end"] and r["start"] < e for s, e in taken)] + money,
                      key=lambda r: r["start"])
    return rows


def _money(doc: ArticleDoc, matches: list[re.Match]) -> list[dict]:
    """Find the amounts of money: a currency before the number ("$2.9 billion") or after it ("400,000 euros")."""
    p, text = _pat(), doc.text
    found = []
    for m in p.money_before.finditer(text):
        value = float(m.group("dig").replace(",", ""))
        if m.group("scale"):
            value *= p.money_scales[m.group("scale").lower()]
        found.append((m.start(), m.end(), m.start("dig"), m.end("dig"), value, m.group("cur")))
    for m in matches:
        am = p.money_after.match(text, _number_end(m))
        if am and not m.group("pct") and not p.money_left.search(text, max(0, m.start() - 5), m.start()):
            value = _value(m) * (p.money_scales[am.group("scale").lower()] if am.group("scale") else 1)
            found.append((m.start(), am.end(), m.start(), _number_end(m), value, am.group("cur")))
    cands = []
    for start, end, n_start, n_end, value, cur in sorted(found):
        if cands and start < cands[-1]["end"]:
            continue
        sent = _sentence_span(doc, start)
        hm = p.hedge.search(text, max(sent[1], start - 30), start)
        cands.append({"start": hm.start() if hm else start, "end": end, "number_start": n_start, "number_end": n_end,
                      "value": value, "approx": _norm(hm.group("h")) if hm else None,
                      "unit": p.money_code[_norm(cur)], "category": "other", "whole": None, "_sent": sent})
    return cands


def _row(doc: ArticleDoc, c: dict, subj: dict | None) -> dict:
    """Shape a candidate into an output row."""
    return {
        "article_id": doc.article_id,
        "sentence_id": c["_sent"][0],
        "start": c["start"],
        "end": c.get("_ext", c["end"]),
        "text": doc.text[c["start"]:c.get("_ext", c["end"])],
        "value": float(c["value"]),
        "unit": c["unit"],
        "category": c["category"],
        "approx": c["approx"],
        "subject": subj.get("actor_id") if subj else None,
        "subject_actor": subj.get("actor") if subj else None,
        "whole": float(c["whole"]) if c["whole"] is not None else None,
        "number_start": c["number_start"],
        "number_end": c["number_end"],
    }


def columns() -> tuple[str, ...]:
    """Column names of the rows returned by `extract_figures`."""
    return _COLUMNS
