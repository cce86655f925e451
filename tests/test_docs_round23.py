"""Round 23 on documentation (tuning data docs19): excerpts in the shape of the Ruby website's
pages in English and Portuguese (ruby/www.ruby-lang.org, no licence stated for the texts: each
excerpt is a line or two, or written anew in the same shape) and of the Simplified Chinese
catalogues of the Bottle documentation (bottlepy/bottle, MIT), sources in fixtures/SOURCES.md,
each with its clean twin."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck.extract import extract_segment
from xlcheck.locales import locale_info
from xlcheck.model import Segment
from xlcheck.segment import paragraphs


def _pair(source: str, translation: str) -> list[tuple[str, str, int]]:
    return loud_located(source, "en", translation, "pt")


# ruby/www.ruby-lang.org en/community/index.md and pt/community/index.md: the page lists
# places to start as a definition list (kramdown: the term, then ": " and its definition);
# the source added the Discord server, pt has no such item.
INTRO_EN = ("The community that grows up around a programming language is one of its\n"
            "most important strengths.\n\n")
INTRO_PT = ("A comunidade que cresce em torno de uma linguagem de programação é uma\n"
            "das suas maiores forças.\n\n")
GROUPS_EN = ("[Ruby User Groups](user-groups/)\n"
             ": Your local Ruby user group is a great place to network with other Ruby\n"
             "  programmers.\n\n")
GROUPS_PT = ("[Grupos de Usuários de Ruby](user-groups/)\n"
             ": O seu grupo de usuários local é um ótimo lugar para se conectar com\n"
             "  outros programadores Ruby.\n\n")
LISTS_EN = ("[Ruby Mailing Lists and Newsgroups](mailing-lists/)\n"
            ": Ruby has an assortment of lists on different topics and in several\n"
            "  languages.\n\n")
LISTS_PT = ("[Listas de E-mail e Grupos de Novidades de Ruby](mailing-lists/)\n"
            ": O Ruby tem um leque de listas sobre diversos tópicos e em vários idiomas.\n\n")
IRC_EN = ("[Ruby on IRC (#ruby)](https://web.libera.chat/#ruby)\n"
          ": The Ruby Language IRC Channel is a wonderful way to chat with fellow\n"
          "  Rubyists.\n\n")
IRC_PT = ("[Ruby no IRC (#ruby)](https://web.libera.chat/#ruby)\n"
          ": O canal de IRC do Ruby é um ótimo meio de se comunicar com outros\n"
          "  programadores de Ruby.\n\n")


def test_a_definition_list_item_is_a_list_paragraph():
    # (so that the aligner weighs it as one item of a list, not as prose that may merge
    # with the paragraph after it)
    found = paragraphs(GROUPS_EN + "  Its second paragraph.\n\nA paragraph.\n", "markdown")
    assert [p.kind for p in found] == ["list", "text", "text"]


def test_a_definition_list_translated_item_for_item_is_clean():
    source = INTRO_EN + GROUPS_EN + LISTS_EN + IRC_EN
    translation = INTRO_PT + GROUPS_PT + LISTS_PT + IRC_PT
    assert _pair(source, translation) == []


# ... the Conferences item gained a second paragraph (RubyEvents.org) and a Podcasts item
# follows it in the source; pt has neither (and still lists Ruby Central under a term the
# source dropped).
CONFERENCES_EN = ("[Ruby Conferences](conferences/)\n"
                  ": All over the world, people who program in Ruby meet at more and more\n"
                  "  conferences, to report on what they are building, to talk about where\n"
                  "  the language is going, and to greet those who have just joined the\n"
                  "  community.\n\n")
EVENTS_EN = ("  Additionally, you can visit [RubyEvents.org](https://www.rubyevents.org/) to find videos "
             "of Ruby conferences and talks.\n\n")
PODCASTS_EN = ("[Podcasts](podcasts/)\n"
               ": If you prefer to listen to discussions about Ruby rather than read,\n"
               "  you can tune into one of these awesome Ruby podcasts.\n\n")
CENTRAL_EN = ("[Ruby Central][ruby-central]\n"
              ": Ruby Central is a non-profit organization dedicated to supporting the worldwide Ruby community.\n\n"
              "[ruby-central]: http://rubycentral.org/\n")
CONFERENCES_PT = ("[Conferências de Ruby](conferences/)\n"
                  ": Programadores Ruby de todo o mundo estão participando de mais e mais\n"
                  "  conferências, onde se juntam para compartilhar relatórios sobre o trabalho\n"
                  "  desenvolvido, discutir o futuro do Ruby e dar as boas vindas aos novos\n"
                  "  membros da comunidade.\n\n")
EVENTS_PT = ("  Além disso, você pode visitar [RubyEvents.org](https://www.rubyevents.org/) para ver vídeos "
             "de conferências e palestras de Ruby.\n\n")
PODCASTS_PT = ("[Podcasts](podcasts/)\n"
               ": Se prefere ouvir discussões sobre Ruby em vez de ler,\n"
               "  pode ouvir um destes ótimos podcasts de Ruby.\n\n")
CENTRAL_PT = ("[Ruby Central][ruby-central]\n"
              ": A Ruby Central é uma organização sem fins lucrativos dedicada a apoiar a comunidade Ruby "
              "de todo o mundo.\n\n"
              "[ruby-central]: http://rubycentral.org/\n")


def test_a_paragraph_of_a_definition_the_translation_lacks_is_a_missing_paragraph():
    source = INTRO_EN + CONFERENCES_EN + EVENTS_EN + PODCASTS_EN + CENTRAL_EN
    translation = INTRO_PT + CONFERENCES_PT + CENTRAL_PT
    found = _pair(source, translation)
    assert sorted(value.split()[0] for rule, value, _ in found if rule == "XL002") == ["Additionally,", "[Podcasts](podcasts/)"]
    assert [rule for rule, _, _ in found if rule != "XL002"] == []


def test_a_definition_with_its_second_paragraph_translated_is_clean():
    source = INTRO_EN + CONFERENCES_EN + EVENTS_EN + PODCASTS_EN + CENTRAL_EN
    translation = INTRO_PT + CONFERENCES_PT + EVENTS_PT + PODCASTS_PT + CENTRAL_PT
    assert _pair(source, translation) == []


# ruby/www.ruby-lang.org en/community/user-groups/index.md and pt/...: the source's list of
# sites grew to four items, linked by reference ([text][label], the targets defined at the
# page's end); pt, which writes its one item as a definition list, has only the first.
SITES_EN = ("Information about Ruby user groups can be found on various websites:\n\n"
            "- [Ruby Meetup Groups on meetup.com][meetup]. A substantial number\n"
            "  of Ruby User Groups have chosen to make Meetup their home.\n"
            "- [RubyEvents.org][rc-meetups] now has a list of Ruby Meetup events\n"
            "  from around the world.\n"
            "- There is a [Google Group][meetups-google-group] for Ruby Meetup Organizers\n"
            "- [OnRuby][onruby] - A number of user groups can also be found at OnRuby. It is\n"
            "  [available on GitHub][onruby-github].\n\n"
            "### Organizing Your Own Group\n\n"
            "If you are interested in forming your own group, be sure to find out if\n"
            "there is already a Ruby user group in your area.\n\n"
            "[meetup]: https://www.meetup.com/topics/ruby/\n"
            "[onruby]: https://www.onruby.eu/\n"
            "[onruby-github]: https://github.com/phoet/on_ruby\n"
            "[rc-meetups]: https://www.rubyevents.org/events\n"
            "[meetups-google-group]: https://groups.google.com/g/ruby-meetups\n")
SITES_PT = ("Informações sobre grupos de usuários de Ruby podem ser encontrados em vários websites:\n\n"
            "[Ruby Meetup Groups][meetup]\n"
            ": Um número substancial de Grupos de Usuários de Ruby decidiram usar o\n"
            "  Meetup como o seu lar.\n\n"
            "### Organizar o seu Próprio Grupo\n\n"
            "Se está interessado em formar o seu próprio grupo, assegure-se de\n"
            "descobrir se já existe um grupo de Ruby na sua área.\n\n"
            "[meetup]: https://www.meetup.com/topics/ruby/\n")


def test_list_items_linked_by_reference_that_the_translation_lacks_are_missing():
    found = _pair(SITES_EN, SITES_PT)
    missing = [value for rule, value, _ in found if rule == "XL002"]
    assert sorted(value.split("]")[0] for value in missing if value.startswith("-")) == [
        "- There is a [Google Group", "- [OnRuby", "- [RubyEvents.org"]
    # The items carry their values (the name GitHub in the OnRuby item), and the one item
    # both keep is a bullet in one and a definition in the other: the page's layout.
    assert [(rule, value) for rule, value, _ in found if rule != "XL002"] == []


def test_list_items_linked_by_reference_all_translated_are_clean():
    translation = SITES_PT.replace("[Ruby Meetup Groups][meetup]\n: Um", (
        "- [Ruby Meetup Groups no meetup.com][meetup]. Um")).replace(
        "  Meetup como o seu lar.\n", "  Meetup como o seu lar.\n"
        "- [RubyEvents.org][rc-meetups] agora tem uma lista de eventos.\n"
        "- Há um [Google Group][meetups-google-group] para organizadores\n"
        "- [OnRuby][onruby] - Vários grupos também estão no OnRuby.\n").replace(
        "[meetup]: https://www.meetup.com/topics/ruby/\n", SITES_EN[SITES_EN.index("[meetup]:"):])
    assert [rule for rule, _, _ in _pair(SITES_EN, translation) if rule == "XL002"] == []


def test_a_bulleted_list_written_as_a_definition_list_is_clean():
    translation = SITES_PT.replace("  Meetup como o seu lar.\n", (
        "  Meetup como o seu lar.\n"
        "[RubyEvents.org][rc-meetups]\n: Agora tem uma lista de eventos.\n"
        "[Google Group][meetups-google-group]\n: Um grupo para organizadores.\n"
        "[OnRuby][onruby]\n: Vários grupos também estão no OnRuby, [disponível no GitHub][onruby-github].\n")).replace(
        "[meetup]: https://www.meetup.com/topics/ruby/\n", SITES_EN[SITES_EN.index("[meetup]:"):])
    assert _pair(SITES_EN, translation) == []


# ruby/www.ruby-lang.org .../to-ruby-from-java/index.md: a sentence that opens with a
# preposition before a name ("Unlike Java, in Ruby,..."; pt "Ao contrário de Java, em Ruby…").
def test_a_preposition_opening_a_sentence_is_no_part_of_a_name():
    assert _pair("### Differences\n\nUnlike Java, in Ruby,...\n", "### Diferenças\n\nAo contrário de Java, em Ruby…\n") == []


def test_a_name_after_the_preposition_is_still_a_name():
    found = extract_segment(Segment(1, 0, 24, 1, 1, "Unlike Java, in Ruby,..."), locale_info("en"))
    assert [inv.value for inv in found if inv.kind == "name"] == ["Java", "Ruby"]


# ruby/www.ruby-lang.org en/community/mailing-lists/index.md and pt/...: the lists, a
# definition list; pt adds the Portuguese list for its readers ("Ruby << portuguese").
LISTS_DEF_EN = ("Ruby-Talk\n: This is the most popular list and deals with general topics about Ruby.\n\n"
                "Ruby-Core\n: This list deals with core and implementation topics about Ruby.\n\n"
                "## Subscribe or Unsubscribe\n\nSee the list server for more information.\n")
LISTS_DEF_PT = ("Ruby-Talk\n: Esta é a lista mais popular e trata de assuntos gerais sobre Ruby.\n\n"
                "Ruby-Core\n: Esta lista trata do núcleo e de tópicos de implementação do Ruby.\n\n"
                "Ruby &lt;&lt; portuguese\n: Esta é a lista de discussão oficial de ruby em Portugal.\n\n"
                "## Inscrever ou Desinscrever\n\nVeja o servidor de listas para mais informações.\n")


def test_an_item_a_translation_adds_for_readers_of_its_language_is_no_stale_paragraph():
    assert _pair(LISTS_DEF_EN, LISTS_DEF_PT) == []


def test_an_item_only_the_translation_has_is_still_a_stale_paragraph():
    translation = LISTS_DEF_PT.replace("Ruby &lt;&lt; portuguese\n: Esta é a lista de discussão oficial de ruby em "
                                       "Portugal.", "Ruby-Dev\n: Esta é a lista de discussão dos desenvolvedores.")
    assert [rule for rule, _, _ in _pair(LISTS_DEF_EN, translation)] == ["XL002"]


def test_the_link_definitions_of_items_the_translation_lacks_go_with_them():
    # (the two blocks of link definitions pair, and the links only the lost items use are
    # not reported again: the items' findings name them)
    found = _pair(SITES_EN, SITES_PT)
    assert [rule for rule, value, _ in found if not value.startswith("- ")] == []


def test_a_link_definition_changed_under_an_item_both_keep_is_still_reported():
    translation = SITES_PT.replace("[meetup]: https://www.meetup.com/topics/ruby/", "[meetup]: https://www.meetup.com/ruby/")
    found = _pair(SITES_EN, translation)
    assert ("XL602", "meetup.com/topics/ruby") in [(rule, value) for rule, value, _ in found]


# ruby/www.ruby-lang.org en/community/weblogs/index.md and pt/...: pt numbers its link labels.
def test_a_numbered_link_label_is_no_number():
    source = "Ruby is also a common topic on [reddit][reddit] and [Hacker News][hn].\n\n[reddit]: http://www.reddit.com/r/ruby\n[hn]: http://news.ycombinator.com/\n"
    translation = ("O Ruby também é um tópico comum no [reddit][15] e no [Hacker News][16].\n\n"
                   "[15]: http://www.reddit.com/r/ruby\n[16]: http://news.ycombinator.com/\n")
    assert _pair(source, translation) == []
    assert [rule for rule, _, _ in _pair(source, translation.replace("ycombinator", "ycombinator.example"))] == [
        "XL602"]


# ruby/www.ruby-lang.org en/community/weblogs/index.md and pt/...: the source's notable blogs
# of today against pt's of 2018, every item linked by reference (pt numbers its labels).
BLOGS_EN = ("A few notable blogs stand out for the frequency and immediacy of their updates.\n\n"
            "* [**DEV Ruby Tag**][dev-ruby-tag] collects the posts tagged Ruby on DEV.\n"
            "* [**Ruby on Rails Blog**][ruby-on-rails-blog] is the official blog of the Rails team.\n"
            "* [**Rails at Scale**][rails-at-scale] discusses the work done on Ruby and Rails.\n\n"
            "[dev-ruby-tag]: https://dev.to/t/ruby\n"
            "[ruby-on-rails-blog]: https://rubyonrails.org/blog/\n"
            "[rails-at-scale]: https://railsatscale.com/\n")
BLOGS_PT = ("Alguns blogs destacam-se pela frequência e rapidez das suas atualizações.\n\n"
            "* [**O’Reilly Ruby**][8] é um blog de grupo com tutoriais e entrevistas.\n"
            "* [**Riding Rails**][9] é o blog oficial da equipa do Ruby on Rails.\n"
            "* [**Ruby Inside**][10] anuncia aplicações e bibliotecas de todo o mundo.\n"
            "* [**Matz’ Blog**][11] é um blog em japonês escrito pelo criador do Ruby.\n\n"
            "[8]: http://oreillynet.com/ruby/\n"
            "[9]: http://weblog.rubyonrails.org/\n"
            "[10]: http://www.rubyinside.com/\n"
            "[11]: http://www.rubyist.net/~matz/\n")


def test_a_list_whose_items_were_all_replaced_reports_each_item():
    found = [(value.split("]")[0], line) for rule, value, line in _pair(BLOGS_EN, BLOGS_PT) if rule == "XL002"]
    assert sorted(name for name, _ in found) == sorted([
        "* [**DEV Ruby Tag**", "* [**Ruby on Rails Blog**", "* [**Rails at Scale**",
        "* [**O’Reilly Ruby**", "* [**Riding Rails**", "* [**Ruby Inside**", "* [**Matz’ Blog**"])


def test_a_list_translated_item_for_item_with_its_links_is_clean():
    translation = ("Alguns blogs destacam-se pela frequência e rapidez das suas atualizações.\n\n"
                   "* [**DEV Ruby Tag**][1] reúne os posts marcados com Ruby no DEV.\n"
                   "* [**Ruby on Rails Blog**][2] é o blog oficial da equipa do Rails.\n"
                   "* [**Rails at Scale**][3] discute o trabalho feito em Ruby e Rails.\n\n"
                   "[1]: https://dev.to/t/ruby\n[2]: https://rubyonrails.org/blog/\n[3]: https://railsatscale.com/\n")
    assert _pair(BLOGS_EN, translation) == []


def test_a_list_with_its_links_localised_but_its_names_kept_is_no_list_replaced():
    # (every link otherwise, but the items' names are the source's: the same items)
    translation = BLOGS_PT.replace("O’Reilly Ruby", "DEV Ruby Tag").replace("Riding Rails", "Ruby on Rails Blog")
    assert [rule for rule, _, _ in _pair(BLOGS_EN, translation) if rule == "XL002"] == []


# ruby/www.ruby-lang.org en/community/mailing-lists/index.md and pt/...: the source links the
# Ruby-Talk posting guidelines by a relative target; pt, whose item has only the archives,
# defines no such link.
TALK_EN = ("Ruby-Talk\n: This is the most popular list. [Posting Guidelines][guidelines], [Archives][3].\n\n"
           "[guidelines]: ruby-talk-guidelines/\n"
           "[3]: https://ml.ruby-lang.org/archives/list/ruby-talk@ml.ruby-lang.org/\n")
TALK_PT = ("Ruby-Talk\n: Esta é a lista mais popular. [Arquivos][3].\n\n"
           "[3]: https://ml.ruby-lang.org/archives/list/ruby-talk@ml.ruby-lang.org/\n")


def test_a_relative_link_definition_the_translation_lacks_is_a_link_missing():
    assert ("XL601", "ruby-talk-guidelines", 4) in _pair(TALK_EN, TALK_PT)


def test_a_relative_link_definition_kept_is_clean():
    translation = TALK_PT.replace("[Arquivos][3].", "[Regras de Publicação][guidelines], [Arquivos][3].").replace(
        "[3]: https", "[guidelines]: ruby-talk-guidelines/\n[3]: https")
    assert _pair(TALK_EN, translation) == []


# ruby/www.ruby-lang.org en/community/index.md and pt/...: pt still lists Ruby Central and two
# Open Directory links as bullets under a term the source dropped; the source makes Ruby
# Central a term of its own and no longer links the Open Directory.
CENTRAL_STALE_PT = ("Informação gerais sobre o Ruby\n"
                    ": * [Ruby Central][ruby-central]\n"
                    "  * [Ruby no Open Directory Project][ruby-opendir]\n"
                    "  * [Rails no Open Directory Project][rails-opendir]\n\n"
                    "[ruby-central]: http://rubycentral.org/\n"
                    "[ruby-opendir]: https://dmoztools.net/Computers/Programming/Languages/Ruby/\n"
                    "[rails-opendir]: https://dmoztools.net/Computers/Programming/Languages/Ruby/Software/Frameworks/Rails/\n")


def test_the_bullets_of_a_definition_are_its_items():
    found = _pair(INTRO_EN + CENTRAL_EN, INTRO_PT + CENTRAL_STALE_PT)
    assert sorted((rule, line) for rule, _, line in found if rule in ("XL002", "XL601")) == [("XL002", 6), ("XL002", 7)]


def test_the_bullets_of_a_definition_all_kept_are_clean():
    source = INTRO_EN + CENTRAL_STALE_PT.replace("Informação gerais sobre o Ruby", "General information about Ruby").replace(
        " no Open", " on Open")
    assert [rule for rule, _, _ in _pair(source, INTRO_PT + CENTRAL_STALE_PT) if rule in ("XL002", "XL601")] == []
