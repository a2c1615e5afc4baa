"""The repealed 1993 National Security Law's page, shared by the adoption-note tests: its Art. 1
in Simplified, Traditional and English, and the adoption notes that tell it from the 2015 law of
the same name (the store holds the 2015 law only)."""

NSL = "cn-national-security-law"

ART1_1993 = (
    "为了维护国家安全，保卫中华人民共和国人民民主专政的政权和社会主义制度，保障改革开放和社会主义"
    "现代化建设的顺利进行，根据宪法，制定本法。"
)
ART1_1993_TRAD = (
    "為了維護國家安全，保衛中華人民共和國人民民主專政的政權和社會主義制度，保障改革開放和社會主義"
    "現代化建設的順利進行，根據憲法，制定本法。"
)
ART1_1993_EN = (
    "This Law is enacted in accordance with the Constitution for the purpose of safeguarding "
    "national security, defending the political power of the people's democratic dictatorship "
    "and the socialist system of the People's Republic of China, and ensuring the smooth progress "
    "of reform, opening up and socialist modernization."
)
NOTE_1993 = "（1993年2月22日第七届全国人民代表大会常务委员会第三十次会议通过）"
NOTE_1993_TRAD = "（1993年2月22日第七屆全國人民代表大會常務委員會第三十次會議通過）"
NOTE_1993_EN = (
    "(Adopted at the 30th Meeting of the Standing Committee of the Seventh National People's "
    "Congress on February 22, 1993)"
)
NOTE_2015 = "（2015年7月1日第十二届全国人民代表大会常务委员会第十五次会议通过）"
