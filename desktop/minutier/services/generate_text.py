"""Word lists and sentence builders for the generated archive: French, English and Korean text.

Sentences are assembled from small vocabularies so that search meets what a real register
holds: very common words ("budget", "예산"), accented ones ("échéancier", "sécurité"), Hangul
compounds, figures written with digit groups, and a few rare words that occur in a handful of
records only (``RARE_TERMS``; the benchmark searches the first of them).
"""

from __future__ import annotations

import random

LANGUAGES = ("fr", "en", "ko")

# Searched by the benchmark: one word found in a large share of records, one in very few.
COMMON_TERM = "budget"
RARE_TERMS = ("photonique", "neuromorphic", "양자암호", "hydrolienne", "zettaflop")
RARE_PROBABILITY = 1 / 4_000  # per sentence, shared among RARE_TERMS

TOPICS = {
    "fr": """l'infrastructure de calcul|le budget {year} de l'IA|le centre national de calcul
    |le sixième supercalculateur|la stratégie des données publiques|la sécurité des réseaux
    |le plan de formation des agents|l'échéancier des achats de GPU|la coopération franco-coréenne
    |le cadre éthique des algorithmes|la réforme des marchés publics|le budget de fonctionnement
    |la souveraineté numérique|le cloud souverain|les données de santé|la cybersécurité des hôpitaux
    |le réseau très haut débit|la transition énergétique des centres de données|le budget rectificatif
    |l'évaluation des laboratoires|les partenariats public-privé|la filière des semi-conducteurs
    |le recrutement d'ingénieurs|la gouvernance des données|l'accessibilité des services en ligne
    |la modernisation de l'état civil|le registre des décisions|la feuille de route quantique
    |l'ouverture des codes sources|l'hébergement des archives|le financement des jeunes pousses
    |la réduction de l'empreinte carbone|le calendrier électoral|la protection des données personnelles
    |l'identité numérique|la messagerie sécurisée de l'État|le budget pluriannuel|la téléphonie d'urgence
    |les achats groupés de licences|la maintenance des serveurs|le schéma directeur informatique""",
    "en": """the compute infrastructure|the {year} AI budget|the national computing centre
    |the sixth supercomputer|the public data strategy|network security|the staff training plan
    |the GPU procurement schedule|the Franco-Korean cooperation|the algorithm ethics framework
    |the procurement reform|the operating budget|digital sovereignty|the sovereign cloud
    |health data|hospital cybersecurity|the broadband rollout|data-centre energy transition
    |the supplementary budget|the laboratory review|public-private partnerships|the chip industry
    |engineer recruitment|data governance|online service accessibility|the civil registry upgrade
    |the decision register|the quantum roadmap|open source publication|archive hosting
    |start-up funding|the carbon footprint reduction|the election calendar|personal data protection
    |digital identity|the government secure messaging|the multi-year budget|emergency telephony
    |pooled licence purchases|server maintenance|the IT master plan""",
    "ko": """컴퓨팅 인프라|{year}년 인공지능 예산|국가 AI 컴퓨팅 센터|제6호 슈퍼컴퓨터|공공 데이터 전략
    |네트워크 보안|공무원 교육 계획|GPU 구매 일정|한불 협력|알고리즘 윤리 기준|공공 조달 개혁
    |운영 예산|디지털 주권|공공 클라우드|보건 의료 데이터|병원 사이버 보안|초고속 통신망
    |데이터센터 에너지 전환|추가경정예산|연구소 평가|민관 협력|반도체 산업|엔지니어 채용
    |데이터 거버넌스|온라인 서비스 접근성|가족관계등록 현대화|의결 사항 대장|양자 기술 로드맵
    |오픈소스 공개|기록물 보관|스타트업 지원|탄소 배출 감축|선거 일정|개인정보 보호
    |디지털 신원 확인|정부 보안 메신저|중기 재정 계획|긴급 통신|라이선스 공동 구매
    |서버 유지보수|정보화 기본계획""",
}

ACTION_VERBS = {
    "fr": """Préparer une note sur|Présenter|Faire le point sur|Chiffrer|Consulter les ministères sur
    |Rédiger le cahier des charges pour|Transmettre au comité un rapport sur|Relancer le dossier de
    |Organiser un atelier sur|Mettre à jour l'échéancier de|Valider le calendrier de|Évaluer
    |Lancer l'appel d'offres pour|Signer la convention relative à|Publier la synthèse sur""",
    "en": """Prepare a note on|Present|Report on|Cost|Consult the ministries on
    |Draft the specification for|Send the committee a report on|Follow up on|Run a workshop on
    |Update the schedule of|Confirm the timetable for|Assess|Launch the tender for
    |Sign the agreement on|Publish the summary of""",
    "ko": """검토 보고서 작성|현황 보고|예산 산정|관계 부처 협의|제안요청서 작성|위원회 보고
    |후속 조치 점검|워크숍 개최|추진 일정 갱신|일정 확정|성과 평가|입찰 공고|협약 체결
    |결과 요약 공개|실무 협의""",
}

COMPLEMENTS = {
    "fr": """avant la prochaine réunion|d'ici la fin du trimestre|avec le ministère des finances
    |en lien avec les régions|pour validation par le président|en tenant compte des remarques
    |après consultation des syndicats|dans le respect du budget voté|avec un échéancier précis
    |et en rendre compte au comité""",
    "en": """before the next meeting|by the end of the quarter|with the finance ministry
    |together with the regions|for the chair's approval|taking the comments into account
    |after consulting the unions|within the voted budget|with a precise schedule
    |and report back to the committee""",
    "ko": """다음 회의 전까지|분기 말까지|기획재정부와 함께|지방자치단체와 협력하여|위원장 승인을 위해
    |의견을 반영하여|노조 협의 후|의결된 예산 범위 내에서|세부 일정과 함께|위원회에 결과 보고""",
}

DECISION_FORMS = {
    "fr": """Le comité approuve {t}|Le comité adopte {t}|Le comité reporte l'examen de {t}
    |Le comité prend acte de {t}|Le comité autorise le lancement de {t}|Le comité rejette la proposition sur {t}""",
    "en": """The committee approves {t}|The committee adopts {t}|The committee defers {t}
    |The committee takes note of {t}|The committee authorises the launch of {t}|The committee rejects the proposal on {t}""",
    "ko": """위원회는 {t}을 승인한다|위원회는 {t} 안을 의결한다|위원회는 {t} 심의를 연기한다
    |위원회는 {t} 보고를 접수한다|위원회는 {t} 착수를 허가한다|위원회는 {t} 제안을 부결한다""",
}

ANNOUNCEMENT_FORMS = {
    "fr": """annonce {f} pour {t}|confirme {f} pour {t}|indique que {t} mobilisera {f}
    |présente un bilan de {t} : {f}""",
    "en": """announces {f} for {t}|confirms {f} devoted to {t}|says {t} will use {f}
    |presents a review of {t}: {f}""",
    "ko": """{t}에 {f} 투입 계획 발표|{t} 관련 {f} 확정 발표|{t}에 {f} 소요 예정 보고|{t} 실적 보고: {f}""",
}
# Announcements without figures.
STATEMENT_FORMS = {
    "fr": "fait le point sur {t}|annonce le lancement de {t}|informe le comité de {t}",
    "en": "gives an update on {t}|announces the launch of {t}|informs the committee about {t}",
    "ko": "{t} 현황 설명|{t} 착수 발표|{t} 관련 사항 보고",
}
# French contractions after the templates put a preposition before an article.
_CONTRACTIONS = (("de le ", "du "), ("de les ", "des "), ("à le ", "au "), ("à les ", "aux "))

NOTE_FORMS = {
    "fr": """Réunion de travail tenue, {t} avance|Relance envoyée, réponse attendue
    |Document transmis au secrétariat|Retard dû à {t}|Point fait avec le cabinet
    |Version provisoire diffusée pour avis|Clos après validation""",
    "en": """Working meeting held, {t} progressing|Reminder sent, awaiting reply
    |Document sent to the secretariat|Delayed by {t}|Checked with the minister's office
    |Draft circulated for comment|Closed after approval""",
    "ko": """실무 회의 개최, {t} 진행 중|독촉 공문 발송, 회신 대기|사무국에 문서 전달|{t} 문제로 지연
    |장관실과 협의 완료|초안 회람, 의견 수렴 중|승인 후 종결""",
}

AGENDA_FORMS = {
    "fr": "Point sur {t}|Examen de {t}|Présentation de {t}|Questions diverses|Suite donnée à {t}",
    "en": "Update on {t}|Review of {t}|Presentation of {t}|Any other business|Follow-up of {t}",
    "ko": "{t} 현황|{t} 검토|{t} 발표|기타 안건|{t} 후속 조치",
}

MEETING_TITLES = {
    "fr": "{n}e réunion du {c}",
    "en": "Meeting no. {n} of the {c}",
    "ko": "제{n}차 {c} 회의",
}

PLACES = {
    "fr": "Paris, hôtel de Matignon|Paris, Bercy, salle 2|Lyon, préfecture|Visioconférence",
    "en": "London, Whitehall|Cardiff, Cathays Park|Videoconference|Edinburgh, St Andrew's House",
    "ko": "서울 정부서울청사|세종 정부세종청사|대전 국가슈퍼컴퓨팅센터|화상 회의",
}

UNITS = ("GPU", "postes", "MW", "PFLOPS", "serveurs", "명", "개소", "datasets", "licences", "km")
CURRENCIES = ("KRW", "EUR", "USD")

FIRST_NAMES = {
    "fr": """Camille Claire Julien Sophie Nicolas Élodie Mathieu Hélène Thomas Aurélie Pierre Chloé
    Antoine Léa François Margaux Benoît Inès Cédric Noémie Jérôme Célia Olivier Gaëlle Rémi""",
    "en": """James Emily Oliver Grace Henry Charlotte William Amelia George Olivia Harry Isla
    Jack Sophie Thomas Ruth Daniel Alice Samuel Hannah""",
}
LAST_NAMES = {
    "fr": """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
    Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont
    Lambert Bonnet François Martinez Légaré Côté Bélanger Gagné Thériault""",
    "en": """Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans
    Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards""",
}
KO_SURNAMES = (
    ("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
    ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
    ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"),
)  # fmt: skip
KO_GIVEN = (
    ("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hoon"), ("수빈", "Su-bin"),
    ("현우", "Hyun-woo"), ("지민", "Ji-min"), ("상목", "Sang-mok"), ("영희", "Young-hee"),
    ("동현", "Dong-hyun"), ("은지", "Eun-ji"), ("성호", "Sung-ho"), ("혜진", "Hye-jin"),
    ("재원", "Jae-won"), ("유나", "Yu-na"), ("태양", "Tae-yang"), ("하늘", "Ha-neul"),
    ("준호", "Jun-ho"), ("미경", "Mi-kyung"), ("승민", "Seung-min"), ("다은", "Da-eun"),
    ("정훈", "Jung-hoon"), ("소영", "So-young"), ("기현", "Ki-hyun"), ("나래", "Na-rae"),
)  # fmt: skip

ROLE_TITLES = {
    "fr": "Directeur général|Directrice de cabinet|Chef de service|Conseillère|Ministre|Rapporteur|Préfète",
    "en": "Director General|Chief of Staff|Head of Unit|Adviser|Minister|Rapporteur|Permanent Secretary",
    "ko": "장관|차관|국장|과장|사무관|연구위원|실장",
}

ORGANISATIONS = {
    "fr": """Ministère de l'Économie|Ministère de l'Intérieur|Ministère de la Santé
    |Ministère de l'Enseignement supérieur|Agence nationale de la sécurité des systèmes d'information
    |Direction interministérielle du numérique|Institut national de recherche en informatique
    |Université Paris-Saclay|Caisse des dépôts|Société Calculs & Réseaux|Électricité de France""",
    "en": """HM Treasury|Cabinet Office|Department for Science|Department of Health
    |National Cyber Security Centre|Government Digital Service|Alan Turing Institute
    |University of Edinburgh|UK Research and Innovation|Northern Compute Ltd""",
    "ko": """과학기술정보통신부|기획재정부|행정안전부|보건복지부|한국과학기술정보연구원|한국전자통신연구원
    |서울대학교|카이스트|한국인터넷진흥원|삼성전자|네이버클라우드|한국전력공사""",
}


def split(text: str) -> list[str]:
    """The entries of a ``|``-separated (or whitespace-separated) word list."""
    if "|" in text:
        return [" ".join(part.split()) for part in text.split("|") if part.strip()]
    return text.split()


class Sentences:
    """Builds the texts of the archive from a seeded random source (same seed, same text)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.topics = {lang: split(TOPICS[lang]) for lang in LANGUAGES}
        self.verbs = {lang: split(ACTION_VERBS[lang]) for lang in LANGUAGES}
        self.complements = {lang: split(COMPLEMENTS[lang]) for lang in LANGUAGES}
        self.decisions = {lang: split(DECISION_FORMS[lang]) for lang in LANGUAGES}
        self.announcements = {lang: split(ANNOUNCEMENT_FORMS[lang]) for lang in LANGUAGES}
        self.statements = {lang: split(STATEMENT_FORMS[lang]) for lang in LANGUAGES}
        self.notes = {lang: split(NOTE_FORMS[lang]) for lang in LANGUAGES}
        self.agenda = {lang: split(AGENDA_FORMS[lang]) for lang in LANGUAGES}
        self.places = {lang: split(PLACES[lang]) for lang in LANGUAGES}

    def topic(self, lang: str, year: int) -> str:
        rng = self.rng
        text = rng.choice(self.topics[lang]).replace("{year}", str(year + rng.randint(0, 1)))
        if rng.random() < RARE_PROBABILITY:
            text += " " + rng.choice(RARE_TERMS)
        return text

    def action(self, lang: str, year: int) -> str:
        rng = self.rng
        verb, topic = rng.choice(self.verbs[lang]), self.topic(lang, year)
        complement = rng.choice(self.complements[lang]) if rng.random() < 0.6 else ""
        if lang == "ko":
            return " ".join(p for p in (complement, topic, verb) if p)
        return " ".join(p for p in (verb, topic, complement) if p)

    def _fill(self, forms: list[str], lang: str, year: int) -> str:
        text = self.rng.choice(forms).replace("{t}", self.topic(lang, year))
        if lang == "fr":
            for long, short in _CONTRACTIONS:
                text = text.replace(long, short)
        return text

    def decision(self, lang: str, year: int) -> str:
        return self._fill(self.decisions[lang], lang, year)

    def announcement(self, lang: str, year: int, speaker: str, figure_text: str) -> str:
        """What ``speaker`` announced; ``figure_text`` ("8 000 GPU") or "" for a plain statement."""
        if figure_text:
            body = self._fill(self.announcements[lang], lang, year).replace("{f}", figure_text)
        else:
            body = self._fill(self.statements[lang], lang, year)
        return f"{speaker} : {body}" if lang == "fr" else f"{speaker}: {body}"

    def note(self, lang: str, year: int) -> str:
        return self._fill(self.notes[lang], lang, year)

    def agenda_title(self, lang: str, year: int) -> str:
        return self._fill(self.agenda[lang], lang, year)

    def place(self, lang: str) -> str:
        return self.rng.choice(self.places[lang])

    def person(self, lang: str) -> tuple[str, str]:
        """A (name, native name) pair; Korean people carry their Hangul name as native name."""
        rng = self.rng
        if lang == "ko":
            (s_ko, s_en), (g_ko, g_en) = rng.choice(KO_SURNAMES), rng.choice(KO_GIVEN)
            return f"{s_en} {g_en}", f"{s_ko}{g_ko}"
        first = rng.choice(split(FIRST_NAMES[lang]))
        return f"{first} {rng.choice(split(LAST_NAMES[lang]))}", ""


def group_digits(value: int, lang: str) -> str:
    """8000 → "8 000" (French, narrow no-break space), "8,000" (English), "8,000" (Korean)."""
    text = f"{value:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text
