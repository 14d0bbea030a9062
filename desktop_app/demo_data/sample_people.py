"""The sample body's invented people and their institutions (data only)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.body import ROK_SIDE, US_SIDE, Body

# ---------------------------------------------------------------------------------------
# The body
# ---------------------------------------------------------------------------------------
ROK = ROK_SIDE
US = US_SIDE

SAMPLE_BODY = Body(
    name="ROK–US Policy Coordination Dialogue",
    name_ko="한미 정책협의체",
    home_side="ROK",
    sides=(ROK, US),
    default_marking="SENSITIVE BUT UNCLASSIFIED",
    default_session_minutes=150,
    office="North America Policy Division, Ministry of Foreign Affairs",
    set_up=True,
)

SIDES = {side.code: side for side in SAMPLE_BODY.sides}

ORGANIZATIONS: Mapping[str, tuple[str, str]] = {
    "mofa": ("Ministry of Foreign Affairs", "외교부"),
    "mou": ("Ministry of Unification", "통일부"),
    "nso": ("National Security Office", "국가안보실"),
    "mnd": ("Ministry of National Defense", "국방부"),
    "rok_embassy": ("Embassy of the Republic of Korea in Washington", "주미국대한민국대사관"),
    "state": ("Department of State", "국무부"),
    "nsc": ("National Security Council", "국가안전보장회의"),
    "dod": ("Department of Defense", "국방부"),
    "treasury": ("Department of the Treasury", "재무부"),
    "us_embassy": ("Embassy of the United States in Seoul", "주한미국대사관"),
}


# ---------------------------------------------------------------------------------------
# People (all invented)
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonSpec:
    key: str
    side: str
    name: str
    name_ko: str
    title: str
    title_ko: str
    org: str  # a key of ORGANIZATIONS
    email: str
    phone: str
    biography: str
    internal_notes: str = ""
    retired: bool = False


PEOPLE: tuple[PersonSpec, ...] = (
    # -- Republic of Korea ---------------------------------------------------------------
    PersonSpec(
        "rok_minister", "ROK", "CHOI Hye-rin", "최혜린",
        "Minister of Foreign Affairs", "외교부 장관", "mofa",
        "hr.choi@mofa.example.go.kr", "+82 2-555-0100",
        "Career diplomat. Ambassador to two G20 capitals and earlier Deputy Minister for Political "
        "Affairs; served twice at the Embassy in Washington. Studied law in Seoul and international "
        "relations in the United States.",
        "Reads the one-page summary first and Korean text before English. Wants verbatim English "
        "only for lines she will say to the press.",
    ),
    PersonSpec(
        "rok_envoy", "ROK", "PARK Tae-yoon", "박태윤",
        "Special Representative for Korean Peninsula Peace and Security Affairs", "한반도평화교섭본부장", "mofa",
        "ty.park@mofa.example.go.kr", "+82 2-555-0101",
        "Nonproliferation specialist; led the ROK delegation in earlier six-party working groups as a "
        "director. Former Deputy Permanent Representative in Geneva.",
        "Prefers to open with the roadmap rather than the security assessment. Long-standing personal "
        "rapport with Special Envoy Reyes; use it for the bracketed paragraphs.",
    ),
    PersonSpec(
        "rok_dg", "ROK", "KIM Do-yoon", "김도윤",
        "Director-General, North American Affairs Bureau", "북미국장", "mofa",
        "dy.kim@mofa.example.go.kr", "+82 2-555-0102",
        "Joined the ministry in 1998. Postings in Washington, Tokyo and at the UN in New York; "
        "previously Director of the North America Policy Division.",
        "Head of delegation at working level. Direct line only for urgent matters; otherwise through "
        "the division.",
    ),
    PersonSpec(
        "rok_director", "ROK", "LEE Seo-yeon", "이서연",
        "Director, North America Policy Division", "북미정책과장", "mofa",
        "sy.lee@mofa.example.go.kr", "+82 2-555-0103",
        "Alliance affairs and sanctions policy; earlier First Secretary at the Embassy in Washington "
        "and on the Korean Peninsula Policy desk.",
        "Owns the action tracker and the agenda drafts on our side.",
    ),
    PersonSpec(
        "rok_deputy", "ROK", "JUNG Woo-jin", "정우진",
        "Deputy Director, North America Policy Division", "북미정책과 서기관", "mofa",
        "wj.jung@mofa.example.go.kr", "+82 2-555-0104",
        "Covers combined exercises and defence-related items in the division; seconded to the "
        "Ministry of National Defense for two years.",
    ),
    PersonSpec(
        "rok_desk", "ROK", "YOON Ha-eun", "윤하은",
        "Second Secretary, North America Policy Division", "북미정책과 2등서기관", "mofa",
        "he.yoon@mofa.example.go.kr", "+82 2-555-0105",
        "Desk officer for the dialogue: logistics, records and the briefing packet.",
        "Keeps the master copy of the minutes. Back-up note-taker: JUNG Woo-jin.",
    ),
    PersonSpec(
        "rok_sanctions", "ROK", "BAE Ji-min", "배지민",
        "Director, Nonproliferation and Sanctions Division", "비확산제재과장", "mofa",
        "jm.bae@mofa.example.go.kr", "+82 2-555-0106",
        "Sanctions implementation and maritime interdiction; former member of the ministry's "
        "delegation to UN Security Council committee meetings.",
        "Has the vessel list and the crypto-theft attribution file. Check with her before anything on "
        "designations is said.",
    ),
    PersonSpec(
        "mou_dg", "ROK", "KANG Hyun-woo", "강현우",
        "Director-General, Unification Policy Bureau", "통일정책국장", "mou",
        "hw.kang@unikorea.example.go.kr", "+82 2-555-0107",
        "Inter-Korean dialogue and exchanges; took part in the last round of inter-Korean working "
        "talks as spokesperson.",
        "Ministry of Unification line may differ from ours on incentives; align before the session.",
    ),
    PersonSpec(
        "mou_humanitarian", "ROK", "SONG Yu-na", "송유나",
        "Deputy Director, Humanitarian Cooperation Division", "인도협력과 서기관", "mou",
        "yn.song@unikorea.example.go.kr", "+82 2-555-0108",
        "Humanitarian assistance, monitoring standards and sanctions exemption requests.",
    ),
    PersonSpec(
        "nso", "ROK", "HWANG Jae-sung", "황재성",
        "Secretary for Peace Planning", "평화기획비서관", "nso",
        "js.hwang@nso.example.go.kr", "+82 2-555-0109",
        "Peace and security planning at the National Security Office; earlier director-general at "
        "the Ministry of Unification.",
        "Attends as observer at working level. Report to NSO the same evening.",
    ),
    PersonSpec(
        "mnd", "ROK", "NAM Gi-tae", "남기태",
        "Director, US Policy Division", "미국정책과장", "mnd",
        "gt.nam@mnd.example.go.kr", "+82 2-555-0110",
        "Army colonel; alliance management and combined exercise planning at the Ministry of National "
        "Defense.",
    ),
    PersonSpec(
        "rok_interpreter", "ROK", "OH Ji-eun", "오지은",
        "Interpreter, Ministry of Foreign Affairs", "외교부 통역관", "mofa",
        "je.oh@mofa.example.go.kr", "+82 2-555-0111",
        "Korean–English conference interpreter; interprets for heads of delegation.",
        "Needs the talking points 48 hours ahead, the final version 24 hours ahead.",
    ),
    PersonSpec(
        "rok_emb_counsellor", "ROK", "SEO Jun-ho", "서준호",
        "Counsellor (Political), Embassy in Washington", "주미국대사관 정무참사관", "rok_embassy",
        "jh.seo@mofa.example.go.kr", "+1 202-555-0112",
        "Political section of the Embassy in Washington; follows the State Department and Congress.",
        "Arranges the State Department building passes for Washington sessions.",
    ),
    PersonSpec(
        "rok_emb_secretary", "ROK", "RYU Min-seo", "류민서",
        "Second Secretary, Embassy in Washington", "주미국대사관 2등서기관", "rok_embassy",
        "ms.ryu@mofa.example.go.kr", "+1 202-555-0113",
        "Political section of the Embassy in Washington; note-taker for sessions held there.",
    ),
    # -- United States -----------------------------------------------------------------------
    PersonSpec(
        "us_secretary", "US", "Margaret Holloway", "마거릿 홀러웨이",
        "Secretary of State", "국무장관", "state",
        "m.holloway@state.example.gov", "+1 202-555-0140",
        "Former senator and chair of a foreign relations subcommittee; earlier a trade lawyer.",
        "Will want a deliverable for the press; keep the joint statement short.",
    ),
    PersonSpec(
        "us_envoy", "US", "Daniel Reyes", "대니얼 레이예스",
        "Special Envoy for Korean Peninsula Affairs", "한반도 특사", "state",
        "d.reyes@state.example.gov", "+1 202-555-0141",
        "Career Foreign Service officer; former Deputy Chief of Mission in Seoul and consul general "
        "in Busan. Speaks Korean.",
        "Speaks Korean well enough to follow side remarks; nothing internal in Korean across the table.",
    ),
    PersonSpec(
        "us_das", "US", "Emily Hartwell", "에밀리 하트웰",
        "Deputy Assistant Secretary for Korea and Japan, Bureau of East Asian and Pacific Affairs",
        "동아시아태평양국 한국·일본 담당 부차관보", "state",
        "e.hartwell@state.example.gov", "+1 202-555-0142",
        "East Asia specialist; served in Seoul, Tokyo and at the US Mission to the UN. Earlier director "
        "of the Office of Japanese Affairs.",
        "Head of the US delegation at working level. Data-driven; bring numbers on exemptions.",
    ),
    PersonSpec(
        "us_director", "US", "Michael Brennan", "마이클 브레넌",
        "Director, Office of Korean Affairs", "국무부 한국과장", "state",
        "m.brennan@state.example.gov", "+1 202-555-0143",
        "Took over the Office of Korean Affairs from Brian Foster after the third session; previously "
        "political counselor in Seoul.",
    ),
    PersonSpec(
        "us_director_former", "US", "Brian Foster", "브라이언 포스터",
        "Director, Office of Korean Affairs", "국무부 한국과장", "state",
        "b.foster@state.example.gov", "+1 202-555-0144",
        "Director of the Office of Korean Affairs for the first three sessions; now posted abroad.",
        "Rotated out after the third session. Kept for the history of sessions 1–3.",
        retired=True,
    ),
    PersonSpec(
        "us_desk", "US", "Sarah Okafor", "세라 오카포",
        "Korea Desk Officer, Office of Korean Affairs", "국무부 한국과 담당관", "state",
        "s.okafor@state.example.gov", "+1 202-555-0145",
        "Desk officer for the dialogue on the US side; logistics and the US record.",
        "Our day-to-day contact for drafts. Answers fastest by e-mail before 09:00 Washington time.",
    ),
    PersonSpec(
        "nsc", "US", "James Whitfield", "제임스 휫필드",
        "Director for Korea, National Security Council", "국가안전보장회의 한국 담당 국장", "nsc",
        "j.whitfield@nsc.example.gov", "+1 202-555-0146",
        "Detailed to the NSC from the intelligence community; earlier analyst on Northeast Asia.",
        "Sceptical of early sanctions relief; expect pushback on any sequencing that front-loads it.",
    ),
    PersonSpec(
        "dod", "US", "Rachel Nguyen", "레이철 응우옌",
        "Principal Director for East Asia, Office of the Under Secretary of Defense for Policy",
        "국방부 정책차관실 동아시아 수석국장", "dod",
        "r.nguyen@defense.example.gov", "+1 703-555-0147",
        "Alliance policy and force posture in Northeast Asia; served at US Forces Korea headquarters.",
    ),
    PersonSpec(
        "us_sanctions", "US", "David Kowalski", "데이비드 코왈스키",
        "Deputy Director, Office of Economic Sanctions Policy and Implementation",
        "국무부 경제제재정책이행실 부실장", "state",
        "d.kowalski@state.example.gov", "+1 202-555-0148",
        "Sanctions policy and enforcement diplomacy; maritime interdiction and ship-to-ship transfers.",
    ),
    PersonSpec(
        "treasury", "US", "Robert Grayson", "로버트 그레이슨",
        "Senior Policy Advisor, Office of Foreign Assets Control", "재무부 해외자산통제실 선임정책자문관",
        "treasury",
        "r.grayson@treasury.example.gov", "+1 202-555-0149",
        "Designations and illicit finance, including crypto-asset laundering networks.",
        "Cannot discuss designations before they are public; do not press for dates.",
    ),
    PersonSpec(
        "us_humanitarian", "US", "Laura Bennett", "로라 베넷",
        "Senior Humanitarian Affairs Officer, Bureau of Population, Refugees, and Migration",
        "국무부 인구난민이주국 선임 인도주의 담당관", "state",
        "l.bennett@state.example.gov", "+1 202-555-0150",
        "Humanitarian access and exemption requests; earlier with an international aid organisation.",
    ),
    PersonSpec(
        "us_interpreter", "US", "Hannah Seo", "해나 서",
        "Interpreter, Office of Language Services", "국무부 언어서비스실 통역관", "state",
        "h.seo@state.example.gov", "+1 202-555-0151",
        "Korean–English interpreter for the State Department.",
    ),
    PersonSpec(
        "us_emb_counselor", "US", "Thomas Harlan", "토머스 할런",
        "Political Counselor, Embassy in Seoul", "주한미국대사관 정무참사관", "us_embassy",
        "t.harlan@state.example.gov", "+82 2-555-0152",
        "Head of the political section of the US Embassy in Seoul.",
    ),
    PersonSpec(
        "us_emb_officer", "US", "Jessica Morales", "제시카 모랄레스",
        "Political Officer, Embassy in Seoul", "주한미국대사관 정무담당관", "us_embassy",
        "j.morales@state.example.gov", "+82 2-555-0153",
        "Political officer in Seoul; note-taker for sessions held there.",
    ),
)  # fmt: skip

# Who stands in for whom in early sessions: (key, stand-in, up to session index)
STAND_INS: Mapping[str, tuple[str, int]] = {"us_director": ("us_director_former", 3)}
