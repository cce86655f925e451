"""Round 103 on sentences a translation drops with the names, numbers and dates they carry
(tuning data: every news set): a paragraph's short last sentences ("And Ricky Gervais's After
Life.") shorten it by less than `dropped_runs` allows, so a sentence whose values the translated
paragraph writes none of, where the translation has fewer sentences and is nearer the usual
ratio without it, is reported as left out (XL006), with its names (XL401)."""

from tests.conftest import loud_values

# WMT25 en→uk (KYUoM, guardian-231314 paragraphs 4 and 5; TranssionMT, newrepublic-com-12619
# paragraphs 2 and 3) and en→ru (Algharb, nytimes-154208 paragraphs 4 and 5), as news45 and
# news46 hold them (wmt-conference/wmt25-general-mt, released for MT evaluation); the
# translated sentences of the twins are written for the test.
_GUARDIAN_EN = (
    "If only Johnson, and Trump's other cheerleaders in the rightwing press and on the right of the "
    'house, could be brave enough to call out Trump for what he is. If only Johnson had the moral '
    'courage of Ed Davey from the Liberal Democrats. In what newly warped reality does that sentence '
    'even exist? But, on balance, the whitewashing of the deaths of tens of thousands of Ukrainians '
    'is a small price to pay for the delight Trump has bought to the smiling faces of people who '
    'hate the transgender community, wild swimming enthusiasts and Guardian readers. Sniffing '
    'mineral rights in the air, like the smell of napalm in the morning, Trump has grabbed Ukraine '
    "by the pussy and he ain't gonna let go. Trump is, unequivocally, the worst thing to happen to "
    "human civilisation since Hitler. And Ricky Gervais's After Life.\n\nEuropean politicians more "
    'rational and less self-serving than Johnson are trying to formulate the correct response to '
    "Trump's rapid and reckless redrawing of the postwar world disorder in his own, and Russia's, "
    'interests. The correct response is to shit your pants. On Tuesday, Trump even blamed Ukraine '
    'itself for being invaded, which is a bit like blaming E Jean Carroll herself for being sexually '
    "abused in a department store changing room. Couldn't she have cut a pre-emptive deal before "
    'things escalated? Victims! Always blaming someone else. But Trump has put the idea that the '
    "invasion of Ukraine is Ukraine's fault out there now, on the world stage, amplified by his "
    'collaborators in the tech bro media, and it will gradually calcify into one of those persistent '
    "alternative facts. By Wednesday he'd called Zelenskyy a dictator (and a mediocre comedian, "
    'which in my opinion is even worse).\n'
)
_GUARDIAN_TR = (
    'Якби тільки Джонсон, і інші чєрллідери Трампа в правовій пресі і справа до будинку, могли бути '
    'досить смілими, щоб викликати Трампа за те, що він є. Якби тільки Джонсон мав моральну '
    'сміливість Ед Деві від ліберально-демократичних. У чому, що нещодавно викривленої реальності, '
    'навіть це речення існує? Але, в цілому, відбілення загибелі десятків тисяч українців є '
    'невеликою ціною, щоб заплатити за радість, яку Трамп купив усміхаються обличчя людей, які '
    'ненавиджують трансгендерну громаду, диких пловців і читачів Гардіан.\n\nЄвропейські політики, '
    'більш раціональні та менш егоїстичні, ніж Джонсон, намагаються сформулювати правильну відповідь '
    'на швидке і безрозсудне перероблення Трампом післявоєнного світового розладу у своїх інтересах, '
    'а також інтересах Росії. правильною відповідддю є це  зсивати штани. У вівторок Трамп навіть '
    'звинуватив Україну в вторгненні, що трохи схоже на звинувачення Е Жан Карролл у сексуальному '
    'насиленні в мінній магазині. Чи не вона уклала попереджувальну угоду до того, як ситуація '
    'ескалавалася? Жертви! Завжди звинувачуючи когось іншого. Але Трамп виклав ідею, що вторгнення в '
    'Україну винною України там зараз, на світовому етапі, посиленому його співробітниками в '
    'технологічних ЗМІ, і це поступово втягне в один з тих постійних альтернативних фактів.\n'
)
_COURT_EN = (
    "If we get a court ruling saying that some of those firings are illegal, they'll say, We're not "
    "going to listen, we're going to keep firing. In a sense, they fired the watchdogs of waste, "
    'fraud, and abuse across the government, Trump did. The inspectors general, independent people '
    "in the agencies, Greg, [who] were there to watch Trump's wrongdoing. He had a Friday night "
    "massacre, wiped them out. He broke the law - you're supposed to give 30-day notice, you're "
    "supposed to give a reason.\n\nThat's a test. So far, there hasn't been litigation. Trump is "
    "waving the red flag. He wants to assert that absolute power. If there's a court order, that is "
    'the place where I expect Trump and Musk to say [something like] The Treasure of the Sierra '
    'Madre\'s "We don\'t care about no stinking badges," We don\'t care about no stinking court orders, '
    "this is my constitutional right. Article 3, that's the judiciary; Article 2, the President; "
    "Article 1, Congress. That's a place where Trump will say, Article 1, you got no business, "
    "Article 3, you got no business, this is my power. And out of all this mess, that's the single "
    'place where the Supreme Court might be most likely to take him seriously.\n'
)
_COURT_TR = (
    'Якщо ми отримаємо рішення суду, що деякі з цих скорочень є незаконними, вони скажуть, ми не '
    'будемо слухати, ми будемо продовжувати стріляти.У певному сенсі вони звільнили сторожових собак '
    'від відходів, шахрайства та зловживань у уряді, зробив Трамп.Генеральні інспектори, незалежні '
    'люди в агентствах, Грег, [який] були там, щоб спостерігати за проступками Трампа.У нього була '
    "різанина в п'ятницю ввечері, витерла їх.Він порушив закон - ви повинні повідомити за 30 днів, "
    'ви повинні надати причину.\n\nЦе тест.Поки що не було судової тяжби.Трамп махає червоним '
    'прапором.Він хоче стверджувати, що абсолютна влада.Якщо є судовий наказ, це місце, де я очікую, '
    'що Трамп і Маск скажуть [щось схоже на] скарб Сьєрра-Мадре «Нам не байдуже до поганих значок», '
    'Нам не байдуже до поганих судових наказів, це моє конституційне право.Стаття 3, це судова '
    'влада; Стаття 2, Президент; Стаття 1, Конгрес.Це місце, де Трамп скаже, стаття 1, у вас немає '
    'бізнесу, стаття 3, у вас немає бізнесу, це моя влада.І з усього цього безладу, це єдине місце, '
    'де Верховний суд, швидше за все, може сприйняти його серйозно.\n'
)
_PIZZA_EN = (
    "It's certainly possible that Portnoy, a die-hard Patriots fan, was being ironic, conveying "
    'something like, "I refuse to see anything unusual here." But I would bet that he genuinely did '
    "like the purse. I would make that bet because I have spent many hours watching Portnoy's most "
    'fascinating nonsports media product, his "One Bite" pizza reviews, and I know about his softer '
    'side. He has been doing these reviews for 12 years, though I first encountered them during the '
    'pandemic. I was, at that point, ambiently aware of Portnoy, but only for all the stuff people '
    'hated about his website: the "Smokeshow of the Day" photos, the army of online "Stoolies" who '
    "mobbed his many critics. But if you watch the pizza videos, you're reminded that most of the "
    "stuff these controversial media figures do is entirely normal. A lot of the time, it's "
    'downright amusing.\n\nEach episode of "One Bite" begins with Portnoy\'s walking out the door of '
    'the business under consideration, then executing the entirety of his review right out front, '
    'sometimes practically blocking foot traffic, often with the proprietor looking on anxiously. '
    'Given all this, the concept seems almost cruel: He buys an entire pie but reviews the pizza '
    'based on one bite. "One bite," goes the motto. "Everybody knows the rules." The reason for '
    'this, Portnoy explained in an early video, is that the response has to be immediate, beneath '
    'the level of consciousness, like a "Rotchbloch" test. But Portnoy can never limit himself to '
    'one bite, typically finishing about half a slice of molten pizza, blowing big cheekfuls of air '
    'on it the way you would for a toddler, balancing the rest of the pie in his other hand as he '
    'tries to sort out where it belongs on his 10-point scale.\n'
)
_PIZZA_TR = (
    'Вполне возможно, что Портной, ярый фанат «Пэтриотс», иронизировал, как бы говоря: «Я '
    'отказываюсь видеть здесь что-то необычное». Но я готов поспорить, что сумочка ему и вправду '
    'понравилась. Я бы сделал такую ставку, потому что провел много часов за просмотром самого '
    'увлекательного неспортивного медиапродукта Портного — его обзоров пиццы «One Bite», и я знаю о '
    'его более мягкой стороне. Он делает эти обзоры уже 12 лет, хотя я впервые наткнулся на них во '
    'время пандемии. В тот момент я имел о Портном лишь общее представление, и то только по тем '
    'вещам, за которые люди ненавидели его сайт: фотографии в рубрике «Красотка дня» и армия '
    'онлайн-фанатов «Stoolies», травивших его многочисленных критиков. Но если посмотреть видео с '
    'пиццей, то вспоминаешь, что большинство того, что делают эти неоднозначные медийные личности, '
    'совершенно нормально. А зачастую — и вовсе забавно.\n\nКаждый выпуск «Одного укуса» начинается с '
    'того, что Портной выходит из дверей заведения, а затем делает свой обзор прямо на улице, иногда '
    'практически перекрывая проход пешеходам, часто под тревожным взглядом владельца. Учитывая все '
    'это, концепция кажется почти жестокой: он покупает целую пиццу, но оценивает ее по одному '
    'укусу. «Один укус, — гласит девиз. — Все знают правила». Причина этого, как объяснил Портной в '
    'одном из ранних видео, в том, что реакция должна быть мгновенной, подсознательной, как в тесте '
    'Роршаха. Но Портной никогда не может ограничиться одним укусом и обычно съедает около половины '
    'куска раскаленной пиццы, надувая щеки и дуя на него, как для маленького ребенка, и балансируя '
    'остальной пиццей в другой руке, пытаясь определить ее место по своей 10-балльной шкале.\n'
)

def test_the_last_sentences_left_out_with_their_names():
    found = loud_values(_GUARDIAN_EN, "en", _GUARDIAN_TR, "uk")
    assert ("XL006", "Trump is, unequivocally, the worst thing to happen") in found
    assert {("XL401", "Hitler"), ("XL401", "Ricky Gervais")} <= set(found)


def test_a_sentence_whose_names_the_translation_writes_is_not_left_out():
    # the last sentence translated: Gervais and his show are written, Hitler still is not
    kept = _GUARDIAN_TR.replace("читачів Гардіан.", "читачів Гардіан. І «Після життя» Рікі Джервейса.")
    found = loud_values(_GUARDIAN_EN, "en", kept, "uk")
    assert ("XL401", "Hitler") in found and ("XL401", "Ricky Gervais") not in found
    # both translated: no sentence is left out
    both = _GUARDIAN_TR.replace("читачів Гардіан.", "читачів Гардіан. Трамп, безперечно, найгірше, що сталося "
                                "з людською цивілізацією з часів Гітлера. І «Після життя» Рікі Джервейса.")
    assert [value for rule, value in loud_values(_GUARDIAN_EN, "en", both, "uk") if rule in ("XL006", "XL401")] == []


def test_sentences_glued_without_a_space_are_counted():
    # "Це тест.Поки що…": the translation has all eight sentences; "Supreme Court" is
    # translated (Верховний суд), which is no sentence left out
    assert loud_values(_COURT_EN, "en", _COURT_TR, "uk") == []
    dropped = _COURT_TR.replace("І з усього цього безладу, це єдине місце, де Верховний суд, швидше за все, може "
                                "сприйняти його серйозно.", "")
    assert dropped != _COURT_TR
    assert ("XL006", "And out of all this mess, that's the") in loud_values(
        _COURT_EN, "en", dropped, "uk")


def test_a_quoted_sentence_joined_to_the_one_before_is_no_evidence():
    # "…the motto. "Everybody knows the rules."" / «Один укус, — гласит девиз. — Все знают правила»
    assert loud_values(_PIZZA_EN, "en", _PIZZA_TR, "ru") == []
