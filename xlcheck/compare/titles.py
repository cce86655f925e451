"""Titles written before a person's name, in one place for the checks that read them: the
name comparison leaves them out of a name's parts (a translation translates "President
Buhari"'s title with it), and the English speaker and surname rules (`speakers.py`,
`surnames.py`) take a capitalised word after a form of address for a person's name.
"""

from __future__ import annotations

# Titles and honorifics written with a capital before a name, translated with it.
TITLES = frozenset("""
Mr Mrs Ms Dr Prof Sir Lady Lord Dame President Vice Prime Minister Chancellor Secretary
King Queen Prince Princess Pope Senator Governor Mayor Judge Justice General Colonel Captain
Sergeant Officer Chief Director Chairman Chairwoman Head Leader Speaker Saint St Rev Father
Sen Rep Gov Gen Col Capt Sgt Lt Cmdr Adm Supt Detective Inspector Constable Professor Doctor Hurricane Typhoon
Mme Mmes Mlle Mlles Monsieur Madame Mgr Me Herr Frau Sr Sra Srta Señor Señora Senhor Senhora Dona
Alhaji Hajiya Malam Mallam Malama Injiniya Farfesa Dakta Mista Sanata Sarki Sarkin Shugaba Shugaban Gwamna Gwamnan
Minista Ministan Kwamishina Kwamishinan Mashawarcin Kakakin Sakataren Wamban Ciroman Galadiman Madakin Mai
Kungiyar Hukumar Jihar Kotun Babbar Majalisar Ma'aikatar Jami'ar Rundunar Jam'iyyar Kamfanin Sarautar Masarautar
Fadar Karamar Sanatoci Ƴan 'Yan Kasa Ƙasa
""".split())
# (the last three lines Hausa's: titles and the nouns that head a name, in the construct
# form "X of" it, translated with it: "Sarkin Kano", the Emir of Kano; "Mai Shari'a",
# Justice; "Kungiyar Ecowas", the Ecowas group; "Babbar Kotun Jihar Kano", the Kano
# State High Court; "Ƴan Najeriya", Nigerians; "Shugaban Kasa", the President of the country)
# The forms of address English news writes before a surname alone ("Mr Pilot", "Ms.
# Schroeder", "Sen. Warren", "Miss Smith"), abbreviated or never a word of a body's or a
# place's name: what makes the capitalised word after them a person's (titles above such as
# President, Judge or Saint also head offices, courts and places: "President Hotel").
ADDRESSES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sen", "Rep", "Gov")
ADDRESS = "(?:" + "|".join(ADDRESSES) + ")"
