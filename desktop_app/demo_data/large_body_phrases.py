"""Phrase banks for the large generated body: names, titles and texts in English and Korean."""

from __future__ import annotations

Pair = tuple[str, str]  # (English, Korean)

# ---------------------------------------------------------------------------------------
# Phrase banks
# ---------------------------------------------------------------------------------------
KOREAN_SURNAMES: tuple[Pair, ...] = (
    ("KIM", "김"), ("LEE", "이"), ("PARK", "박"), ("CHOI", "최"), ("JUNG", "정"), ("KANG", "강"), ("CHO", "조"),
    ("YOON", "윤"), ("JANG", "장"), ("LIM", "임"), ("HAN", "한"), ("OH", "오"), ("SEO", "서"), ("SHIN", "신"),
    ("KWON", "권"), ("HWANG", "황"), ("AHN", "안"), ("SONG", "송"), ("RYU", "류"), ("HONG", "홍"), ("JEON", "전"),
    ("KO", "고"), ("MOON", "문"), ("YANG", "양"), ("SON", "손"), ("BAE", "배"), ("BAEK", "백"), ("HEO", "허"),
    ("NAM", "남"), ("NOH", "노"), ("HA", "하"), ("CHA", "차"), ("JOO", "주"), ("WOO", "우"), ("MIN", "민"),
)  # fmt: skip
KOREAN_SYLLABLES: tuple[Pair, ...] = (
    ("Min", "민"), ("Jun", "준"), ("Seo", "서"), ("Yeon", "연"), ("Ji", "지"), ("Hoon", "훈"), ("Hyun", "현"),
    ("Woo", "우"), ("Jin", "진"), ("Ha", "하"), ("Eun", "은"), ("Soo", "수"), ("Yoon", "윤"), ("Ho", "호"),
    ("Young", "영"), ("Jae", "재"), ("Sung", "성"), ("Dong", "동"), ("Hye", "혜"), ("Kyung", "경"), ("Tae", "태"),
    ("Hee", "희"), ("Won", "원"), ("Seok", "석"), ("Ye", "예"), ("Na", "나"), ("Yu", "유"), ("Do", "도"),
    ("Chae", "채"), ("So", "소"), ("Rin", "린"), ("Gyu", "규"), ("Bin", "빈"), ("Hwan", "환"), ("Sol", "솔"),
    ("Ah", "아"), ("Ki", "기"), ("Mi", "미"), ("Sun", "선"), ("Han", "한"),
)  # fmt: skip
US_FIRST_NAMES: tuple[Pair, ...] = (
    ("Emily", "에밀리"), ("Michael", "마이클"), ("Sarah", "세라"), ("James", "제임스"), ("Rachel", "레이철"),
    ("David", "데이비드"), ("Laura", "로라"), ("Thomas", "토머스"), ("Jessica", "제시카"), ("Robert", "로버트"),
    ("Daniel", "대니얼"), ("Hannah", "해나"), ("Andrew", "앤드루"), ("Megan", "메건"), ("Christopher", "크리스토퍼"),
    ("Olivia", "올리비아"), ("Matthew", "매슈"), ("Natalie", "내털리"), ("Benjamin", "벤저민"), ("Claire", "클레어"),
    ("Jonathan", "조너선"), ("Amanda", "어맨다"), ("Patrick", "패트릭"), ("Rebecca", "레베카"), ("Samuel", "새뮤얼"),
    ("Victoria", "빅토리아"), ("Nicholas", "니컬러스"), ("Katherine", "캐서린"), ("Gregory", "그레고리"),
    ("Elena", "엘레나"), ("Marcus", "마커스"), ("Diana", "다이애나"), ("Aaron", "에런"), ("Lauren", "로런"),
    ("Eric", "에릭"), ("Monica", "모니카"), ("Peter", "피터"), ("Julia", "줄리아"), ("Steven", "스티븐"),
    ("Alicia", "얼리샤"),
)  # fmt: skip
US_LAST_NAMES: tuple[Pair, ...] = (
    ("Hartwell", "하트웰"), ("Brennan", "브레넌"), ("Okafor", "오카포"), ("Whitfield", "휫필드"),
    ("Nguyen", "응우옌"), ("Kowalski", "코왈스키"), ("Bennett", "베넷"), ("Harlan", "할런"), ("Morales", "모랄레스"),
    ("Grayson", "그레이슨"), ("Reyes", "레이예스"), ("Foster", "포스터"), ("Caldwell", "콜드웰"),
    ("Delgado", "델가도"), ("Fitzgerald", "피츠제럴드"), ("Gallagher", "갤러거"), ("Hendricks", "헨드릭스"),
    ("Iverson", "아이버슨"), ("Jennings", "제닝스"), ("Lindqvist", "린드크비스트"), ("Mercer", "머서"),
    ("Novak", "노박"), ("O'Connell", "오코넬"), ("Pemberton", "펨버턴"), ("Quinlan", "퀸런"),
    ("Ramirez", "라미레스"), ("Sorensen", "소렌슨"), ("Thornton", "손턴"), ("Underwood", "언더우드"),
    ("Vasquez", "바스케스"), ("Wexler", "웩슬러"), ("Yamada", "야마다"), ("Zielinski", "질린스키"),
    ("Abernathy", "애버내시"), ("Blackwood", "블랙우드"), ("Castellano", "카스텔라노"), ("Donnelly", "도널리"),
    ("Ellsworth", "엘즈워스"), ("Fairbanks", "페어뱅크스"), ("Gutierrez", "구티에레스"), ("Holloway", "홀러웨이"),
    ("Ingram", "잉그럼"), ("Kaplan", "캐플런"), ("Lawson", "로슨"), ("Mahoney", "머호니"), ("Nakamura", "나카무라"),
    ("Prescott", "프레스콧"), ("Rutherford", "러더퍼드"), ("Sandoval", "산도발"), ("Tran", "쩐"),
    ("Whitaker", "휘태커"), ("Patel", "파텔"), ("Cho", "조"), ("Seo", "서"), ("Okonkwo", "오콩퀘"),
)  # fmt: skip
# Combinations that would name a real public figure are never produced.
NOT_A_NAME = frozenset(
    {"김정은", "한동훈", "김민석", "정동영", "이재명", "윤석열", "문재인", "박근혜", "이명박", "김여정"}
)

# (organization key, rank, English title, Korean title); rank 0 heads plenaries, 9 interprets
TITLES: dict[str, tuple[tuple[str, int, str, str], ...]] = {
    "ROK": (
        ("mofa", 0, "Special Representative for Korean Peninsula Peace and Security Affairs", "한반도평화교섭본부장"),
        ("mofa", 0, "Deputy Minister for Political Affairs", "정무차관보"),
        ("mofa", 1, "Director-General, North American Affairs Bureau", "북미국장"),
        ("mofa", 1, "Deputy Director-General, North American Affairs Bureau", "북미국 심의관"),
        ("mofa", 1, "Director-General for North Korean Nuclear Affairs", "북핵외교기획단장"),
        ("mou", 1, "Director-General, Unification Policy Bureau", "통일정책국장"),
        ("nso", 1, "Secretary for Peace Planning", "평화기획비서관"),
        ("mnd", 1, "Director-General for International Policy", "국제정책관"),
        ("rok_embassy", 1, "Minister (Political), Embassy in Washington", "주미국대사관 정무공사"),
        ("mofa", 2, "Director, North America Policy Division", "북미정책과장"),
        ("mofa", 2, "Director, Korean Peninsula Policy Division", "한반도정책과장"),
        ("mofa", 2, "Director, Nonproliferation and Sanctions Division", "비확산제재과장"),
        ("mou", 2, "Director, Humanitarian Cooperation Division", "인도협력과장"),
        ("nso", 2, "Senior Administrator, National Security Office", "국가안보실 선임행정관"),
        ("mnd", 2, "Director, US Policy Division", "미국정책과장"),
        ("rok_embassy", 2, "Counsellor, Embassy in Washington", "주미국대사관 참사관"),
        ("mofa", 3, "Deputy Director, North America Policy Division", "북미정책과 서기관"),
        ("mofa", 3, "Second Secretary, Korean Peninsula Policy Division", "한반도정책과 2등서기관"),
        ("mofa", 3, "Third Secretary, North America Policy Division", "북미정책과 3등서기관"),
        ("mou", 3, "Deputy Director, Inter-Korean Dialogue Division", "남북회담과 사무관"),
        ("nso", 3, "Administrator, National Security Office", "국가안보실 행정관"),
        ("mnd", 3, "Deputy Director, US Policy Division", "미국정책과 서기관"),
        ("rok_embassy", 3, "First Secretary, Embassy in Washington", "주미국대사관 1등서기관"),
        ("mofa", 9, "Interpreter, Ministry of Foreign Affairs", "외교부 통역관"),
    ),
    "US": (
        ("state", 0, "Special Envoy for Korean Peninsula Affairs", "한반도 특사"),
        ("state", 0, "Assistant Secretary, Bureau of East Asian and Pacific Affairs", "동아시아태평양 차관보"),
        ("state", 1, "Deputy Assistant Secretary for Korea and Japan", "한국·일본 담당 부차관보"),
        ("state", 1, "Deputy Special Envoy for Korean Peninsula Affairs", "한반도 부특사"),
        ("nsc", 1, "Senior Director for East Asia", "동아시아 선임국장"),
        ("dod", 1, "Deputy Assistant Secretary of Defense for East Asia", "동아시아 담당 국방부 부차관보"),
        ("us_embassy", 1, "Deputy Chief of Mission, Embassy in Seoul", "주한미국대사관 부대사"),
        ("state", 2, "Director, Office of Korean Affairs", "국무부 한국과장"),
        ("state", 2, "Deputy Director, Office of Economic Sanctions Policy and Implementation",
         "경제제재정책이행실 부실장"),
        ("nsc", 2, "Director for Korea", "한국 담당 국장"),
        ("dod", 2, "Country Director for Korea", "국방부 한국 담당 국장"),
        ("treasury", 2, "Senior Policy Advisor, Office of Foreign Assets Control", "해외자산통제실 선임정책자문관"),
        ("us_embassy", 2, "Political Counselor, Embassy in Seoul", "주한미국대사관 정무참사관"),
        ("state", 3, "Korea Desk Officer, Office of Korean Affairs", "국무부 한국과 담당관"),
        ("state", 3, "Foreign Affairs Officer, Office of Korean Affairs", "국무부 한국과 외교관"),
        ("state", 3, "Sanctions Officer, Economic Sanctions Policy and Implementation", "경제제재정책이행실 담당관"),
        ("nsc", 3, "Policy Analyst, National Security Council", "국가안전보장회의 정책분석관"),
        ("dod", 3, "Korea Desk Officer, Office of the Secretary of Defense", "국방장관실 한국 담당관"),
        ("treasury", 3, "Sanctions Investigator, Office of Foreign Assets Control", "해외자산통제실 제재조사관"),
        ("us_embassy", 3, "Political Officer, Embassy in Seoul", "주한미국대사관 정무담당관"),
        ("state", 9, "Interpreter, Office of Language Services", "국무부 언어서비스실 통역관"),
    ),
}  # fmt: skip
RANK_WEIGHTS = {0: 4, 1: 14, 2: 30, 3: 44, 9: 8}
MAIL_DOMAINS = {
    "mofa": "mofa.example.go.kr", "mou": "unikorea.example.go.kr", "nso": "nso.example.go.kr",
    "mnd": "mnd.example.go.kr", "rok_embassy": "mofa.example.go.kr", "state": "state.example.gov",
    "nsc": "nsc.example.gov", "dod": "defense.example.gov", "treasury": "treasury.example.gov",
    "us_embassy": "state.example.gov",
}  # fmt: skip

BIOGRAPHIES: tuple[Pair, ...] = (
    ("Career official; earlier postings in {a} and {b}.", "직업 공무원. {a_ko}, {b_ko} 근무."),
    ("Specialist in {s}; joined the service in {y}.", "{s_ko} 전문가. {y}년 임용."),
    ("Served on the {s} portfolio for several years before this post.", "현직 이전 수년간 {s_ko} 업무 담당."),
    ("Previously seconded to {a}; speaks {l}.", "{a_ko} 파견 근무 경력, {l_ko} 구사."),
)
PLACES: tuple[Pair, ...] = (
    ("Tokyo", "도쿄"), ("Beijing", "베이징"), ("Geneva", "제네바"), ("New York", "뉴욕"), ("Vienna", "빈"),
    ("Brussels", "브뤼셀"), ("Moscow", "모스크바"), ("Canberra", "캔버라"), ("Jakarta", "자카르타"),
    ("London", "런던"), ("Hanoi", "하노이"), ("Ulaanbaatar", "울란바토르"),
)  # fmt: skip
SUBJECTS: tuple[Pair, ...] = (
    ("nonproliferation", "비확산"), ("sanctions policy", "제재 정책"), ("alliance management", "동맹 관리"),
    ("humanitarian affairs", "인도 협력"), ("export controls", "수출 통제"),
    ("Northeast Asian security", "동북아 안보"),
    ("inter-Korean relations", "남북 관계"), ("maritime security", "해양 안보"), ("cyber policy", "사이버 정책"),
)  # fmt: skip
LANGUAGES: tuple[Pair, ...] = (
    ("Japanese", "일본어"), ("Chinese", "중국어"), ("Russian", "러시아어"), ("French", "프랑스어"),
    ("Korean", "한국어"),
)  # fmt: skip
PERSON_NOTES: tuple[str, ...] = (
    "Prefers written questions ahead of the session.",
    "Direct line only for urgent matters.",
    "Vegetarian; note for working lunches.",
    "Will rotate out next summer.",
    "Close to the head of delegation; a useful back channel.",
    "Reads Korean; send both language versions.",
    "Takes careful notes; their readouts are reliable.",
)

SERIES: tuple[tuple[str, str, str], ...] = (
    ("plenary", "Plenary session", "전체회의"),
    ("sanctions", "Working Group on Sanctions Implementation", "제재이행 실무그룹"),
    ("humanitarian", "Working Group on Humanitarian Cooperation", "인도협력 실무그룹"),
    ("verification", "Working Group on Verification", "검증 실무그룹"),
    ("defence", "Working Group on Alliance Defence Coordination", "동맹 국방협력 실무그룹"),
    ("cyber", "Working Group on Cyber and Illicit Finance", "사이버·불법금융 실무그룹"),
    ("dialogue", "Working Group on Dialogue and Engagement", "대화·관여 실무그룹"),
)

# (English, Korean, the working groups that take it up)
TOPICS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Denuclearization roadmap", "비핵화 로드맵", ("verification", "dialogue")),
    ("Verification arrangements", "검증 체계", ("verification",)),
    ("Fissile material production", "핵분열성 물질 생산", ("verification",)),
    ("Missile launches", "미사일 발사", ("defence", "verification")),
    ("Combined exercises", "연합연습", ("defence",)),
    ("Extended deterrence", "확장억제", ("defence",)),
    ("Sanctions implementation", "제재 이행", ("sanctions",)),
    ("Ship-to-ship transfers", "선박 간 환적", ("sanctions",)),
    ("Overseas workers", "해외 노동자", ("sanctions", "cyber")),
    ("Export controls", "수출 통제", ("sanctions",)),
    ("Illicit cyber revenue", "불법 사이버 수익", ("cyber",)),
    ("Crypto-asset laundering", "가상자산 세탁", ("cyber",)),
    ("IT workers abroad", "해외 IT 인력", ("cyber",)),
    ("Humanitarian assistance", "인도적 지원", ("humanitarian",)),
    ("Sanctions exemptions", "제재 면제", ("humanitarian", "sanctions")),
    ("Public health cooperation", "보건 협력", ("humanitarian",)),
    ("Food security", "식량 안보", ("humanitarian",)),
    ("Separated families", "이산가족", ("humanitarian", "dialogue")),
    ("Detainee cases", "억류자 문제", ("dialogue",)),
    ("Resuming dialogue", "대화 재개", ("dialogue",)),
    ("Liaison channels", "연락 채널", ("dialogue",)),
    ("Trilateral coordination with Japan", "한미일 공조", ("dialogue", "sanctions")),
    ("Regional security", "역내 안보", ("defence", "dialogue")),
    ("Information sharing", "정보 공유", ("defence", "cyber")),
)
ASPECTS: tuple[Pair, ...] = (
    ("state of play", "현황"), ("next steps", "향후 조치"), ("joint assessment", "공동 평가"),
    ("implementation review", "이행 점검"), ("public messaging", "대외 메시지"),
    ("coordination with partners", "우방국 공조"), ("legal questions", "법적 쟁점"), ("timeline", "일정"),
    ("resources and staffing", "소요 자원 및 인력"), ("reporting to the UN", "유엔 보고"),
    ("options paper", "방안 검토"), ("lessons learned", "교훈 및 시사점"), ("monitoring", "모니터링"),
    ("sequencing", "이행 순서"), ("draft joint text", "공동 문안 초안"),
)  # fmt: skip

# Items every agenda opens or closes with: key, English, Korean, minutes, who presents
BOOKENDS_OPENING: tuple[tuple[str, str, str, int, str], ...] = (
    ("opening", "Opening remarks by the heads of delegation", "수석대표 모두발언", 10, "host-head"),
    ("adoption", "Adoption of the agenda", "의제 채택", 5, "host-head"),
    ("review", "Review of action items from the previous session", "전차 회의 후속조치 점검", 15, "host-deputy"),
)
BOOKENDS_CLOSING: tuple[tuple[str, str, str, int, str], ...] = (
    ("press", "Press handling and joint readout", "언론 대응 및 공동 보도자료", 10, "host-deputy"),
    ("next", "Date and venue of the next session", "차기 회의 일정 및 장소", 5, "guest-head"),
    ("aob", "Any other business", "기타 안건", 5, "host-head"),
)

DESCRIPTIONS: tuple[Pair, ...] = (
    ("The {side} side presents the {aspect} on {topic}; discussion follows.",
     "{side_ko} 측 발표({topic_ko} — {aspect_ko}) 후 토의."),
    ("Exchange of views on {topic}: {aspect}.", "{topic_ko} 관련 의견 교환: {aspect_ko}."),
    ("Both sides review the {aspect} on {topic} and agree on next steps.",
     "{topic_ko} {aspect_ko} 공동 점검 및 향후 조치 합의."),
    ("Short briefing by the {side} side on {topic} ({aspect}), questions and answers.",
     "{side_ko} 측 {topic_ko} 약식 브리핑({aspect_ko}) 및 질의응답."),
)  # fmt: skip
TALKING_POINTS: tuple[Pair, ...] = (
    ("Reaffirm that our approach to {topic} is fully coordinated with the counterpart.",
     "{topic_ko}에 대한 양측 접근이 긴밀히 조율되고 있음을 재확인"),
    ("Note progress since the last session and thank the counterpart for its work on {topic}.",
     "전차 회의 이후 진전 평가 및 {topic_ko} 관련 상대측 노력에 사의 표명"),
    ("Propose that the working level prepares a joint paper on {topic} before the next session.",
     "차기 회의 전 {topic_ko} 관련 실무 공동 문서 작성 제안"),
    ("Stress that any step on {topic} must be concrete and verifiable.",
     "{topic_ko} 관련 조치는 구체적이고 검증 가능해야 함을 강조"),
    ("Ask for advance notice before any public announcement on {topic}.",
     "{topic_ko} 관련 대외 발표 전 사전 통보 요청"),
    ("Share our latest assessment of {topic}; invite the counterpart to share theirs.",
     "{topic_ko}에 대한 아측 최신 평가 공유 및 상대측 평가 청취"),
    ("Underline that {topic} should not be linked to unrelated issues.",
     "{topic_ko}을(를) 타 현안과 연계하지 않는다는 원칙 강조"),
    ("Welcome partners' support on {topic} and propose a joint outreach.",
     "{topic_ko} 관련 우방국 지지 평가 및 공동 설명 활동 제안"),
    ("Recall the commitments of the joint statement as they apply to {topic}.",
     "{topic_ko} 관련 공동성명 합의사항 상기"),
    ("Offer a technical briefing on {topic} at working level.", "{topic_ko} 관련 실무 차원 기술 브리핑 제안"),
)  # fmt: skip
IF_RAISED: tuple[Pair, ...] = (
    ("If asked about press reports on {topic}: we do not comment on reports; our coordination is close.",
     "{topic_ko} 관련 언론 보도 질문 시: 보도에 대해 논평하지 않으며 양측 공조는 긴밀함."),
    ("If pressed for a date on {topic}: the timing depends on the other side's steps.",
     "{topic_ko} 시한 관련 압박 시: 상대측 조치에 따라 결정될 사안임."),
    ("If the counterpart links {topic} to cost sharing: that is a separate channel.",
     "{topic_ko}을(를) 방위비 분담과 연계 시: 별도 채널에서 다룰 사안임."),
    ("If asked whether our position on {topic} has changed: it has not.",
     "{topic_ko} 입장 변화 질문 시: 기존 입장에 변함 없음."),
    ("If asked about third-country involvement in {topic}: consultations are ongoing.",
     "{topic_ko} 제3국 관여 질문 시: 관련국과 협의 중임."),
)  # fmt: skip
INTERNAL_NOTES: tuple[str, ...] = (
    "Position cleared by the National Security Office; do not go beyond it.",
    "Ministry of Unification line differs slightly; align before the session.",
    "Fallback text in the annex; table only if the counterpart tables theirs.",
    "Our principal wants this item short.",
    "The counterpart's desk hinted at flexibility here.",
    "Do not name the companies under review.",
    "Figures from the last quarter are still provisional.",
)
OUTCOMES: tuple[Pair, ...] = (
    ("Views exchanged on {topic}; both sides to continue at working level.",
     "{topic_ko} 관련 의견 교환, 실무 차원에서 계속 협의키로 함."),
    ("Agreed to prepare a joint paper on {topic} for the next session.",
     "차기 회의까지 {topic_ko} 관련 공동 문서 작성키로 합의."),
    ("Both sides welcomed progress on {topic}.", "양측은 {topic_ko} 관련 진전을 평가함."),
    ("Differences remain on {topic}; to be taken up by the heads.",
     "{topic_ko} 관련 이견 잔존, 수석대표 간 협의 예정."),
    ("Assessment of {topic} shared; no further action needed.", "{topic_ko} 평가 공유, 추가 조치 불요."),
    ("Agreed key lines on {topic} for the press.", "{topic_ko} 관련 대언론 핵심 문구 합의."),
)  # fmt: skip
ACTIONS: tuple[Pair, ...] = (
    ("Share a written assessment of {topic} before the next session.", "차기 회의 전 {topic_ko} 서면 평가 공유"),
    ("Circulate a draft joint paper on {topic}.", "{topic_ko} 공동 문서 초안 회람"),
    ("Brief partners on the outcome on {topic}.", "{topic_ko} 논의 결과 우방국 설명"),
    ("Propose dates for a technical meeting on {topic}.", "{topic_ko} 기술 협의 일정 제안"),
    ("Check the figures on {topic} with the relevant agencies.", "{topic_ko} 관련 수치 관계기관 확인"),
    ("Send comments on the counterpart's non-paper on {topic}.", "{topic_ko} 관련 상대측 비공식 문서에 대한 의견 송부"),
    ("Prepare press lines on {topic}.", "{topic_ko} 관련 언론 대응 문안 작성"),
    ("Report to the capital on {topic} and seek instructions.", "{topic_ko} 관련 본부 보고 및 훈령 요청"),
)  # fmt: skip
OFFICES: dict[str, tuple[str, ...]] = {
    "ROK": ("North America Policy Division", "Korean Peninsula Policy Division",
            "Nonproliferation and Sanctions Division", "Humanitarian Cooperation Division (MOU)",
            "National Security Office", "Embassy in Washington"),
    "US": ("Office of Korean Affairs", "Office of Economic Sanctions Policy and Implementation",
           "NSC Korea Directorate", "OSD East Asia", "Office of Foreign Assets Control", "Embassy in Seoul"),
}  # fmt: skip
SESSION_NOTES: tuple[str, ...] = (
    "Moved by two days at the counterpart's request.",
    "Secure room booked; test call the day before.",
    "Working lunch after the session.",
    "Interpretation consecutive; allow extra time.",
    "Pre-meeting of our delegation one hour before.",
    "Readout to the capital the same evening.",
)
SEOUL_VENUES = (
    "Ministry of Foreign Affairs, Conference Room 1",
    "Ministry of Foreign Affairs, Conference Room 2",
    "Government Complex Seoul, Room 1901",
    "Ministry of Unification, Dialogue Office",
)
WASHINGTON_VENUES = (
    "Department of State, Harry S Truman Building",
    "Eisenhower Executive Office Building",
    "Department of State, Conference Room 1107",
)
