"""Rules of the `date` check."""


def date_missing():
    """A date in one version is missing in another.

    What it finds: a date or partial date (day, month and year; month and year; a year)
    present in one version and absent from the aligned paragraph of another. Month names
    come from CLDR for each locale: "outubro de 2023", "Oktober 2023", "October 2023"
    and "2023-10" are all 2023-10; the cases CLDR lacks are read too ("в октябре 2022
    года", "у жовтні", "w październiku", "v říjnu"), and so are weekdays in their cases
    ("в этот понедельник" = "this Monday") and as adjectives ("středeční program" = "у
    середу"), quarters in words ("ve čtvrtém čtvrtletí" = "Q4"), decades in centuries
    ("19世纪80年代" = "the 1880s") and in Slavic forms ("70. let" = "1970-х"), and pairs or ranges of days in one month ("11月26日和27日" = "November 26
    and 27").
    Why it matters: when something happened is a fact a translation must keep.
    Example: de "ab Oktober 2023" dropped from the German version.
    How to fix: put the date back in the version that lost it.
    """


def date_changed():
    """A date has a different value in another version.

    What it finds: aligned paragraphs that each carry a date the other lacks; and a
    clock time both versions state with a zone's abbreviation, each with another zone
    ("13:25 мск" against "13:25 GMT": converting a time changes its figures).
    Why it matters: a shifted month or year misdates the event.
    Example: pt "outubro de 2023" against de "November 2023".
    How to fix: correct the version whose date differs from the source.
    """


def date_ambiguous():
    """A numeric date can be read two ways.

    What it finds: a date such as 03/04/2024 that is 3 April in one convention and
    March 4 in another. xlcheck never guesses: it reports the ambiguity and compares
    both readings against the other versions.
    Why it matters: readers in different locales read different days.
    Example: en "03/04/2024" against de "3. April 2024".
    How to fix: write the month as a name or use ISO 8601 (2024-04-03).
    """


RULES = (
    ("XL201", "date-missing", "date", "error", date_missing),
    ("XL202", "date-changed", "date", "error", date_changed),
    ("XL203", "date-ambiguous", "date", "info", date_ambiguous),
)
