"""The curated sample body: a FICTIONAL Seoul–Washington policy-coordination dialogue.

This is what a new user sees on first start, so it reads like the real thing: two
delegations with names and titles in both languages, fourteen sessions over about a
year alternating Seoul and Washington (two by video), agendas negotiated through
several drafts, outcomes and action items carried from one session to the next.

Every person is invented. The institutions are real-sounding on purpose; e-mail
addresses use ``example.go.kr`` / ``example.gov`` domains and telephone numbers the
``555-01xx`` range reserved for fiction.

Dates are relative to the day the sample is created (sessions from about seven months
ago to about six months ahead), so the app always opens on a living body: past
sessions held, the next one confirmed with an agreed agenda, the one after still being
negotiated.

The data is plain Python below; :func:`insert_sample` writes it through the
repositories into an open transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import sqlite_utils

from desktop_app.domain.actions import ActionItem, ActionStatus
from desktop_app.domain.agenda import AgendaItem, AgendaStatus, AgendaVersion
from desktop_app.domain.attendance import Attendance, Role, Rsvp
from desktop_app.domain.body import Body, Side
from desktop_app.domain.person import Person
from desktop_app.domain.session import Session, SessionFormat, SessionStatus
from desktop_app.storage import (
    action_repository,
    agenda_repository,
    attendance_repository,
    people_repository,
    session_repository,
)

# ---------------------------------------------------------------------------------------
# The body
# ---------------------------------------------------------------------------------------
ROK = Side("ROK", "Republic of Korea", "대한민국", "Seoul", "서울", "Asia/Seoul")
US = Side("US", "United States", "미국", "Washington", "워싱턴", "America/New_York")

SAMPLE_BODY = Body(
    name="ROK–US Policy Coordination Dialogue",
    name_ko="한미 정책협의체",
    home_side="ROK",
    sides=(ROK, US),
    default_marking="SENSITIVE BUT UNCLASSIFIED",
    default_session_minutes=150,
    office="North America Policy Division, Ministry of Foreign Affairs",
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


# ---------------------------------------------------------------------------------------
# Agenda topics
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Topic:
    """One subject the channel discusses, with everything an item on it carries.

    ``lead`` is a side code, or ``host`` / ``guest`` (the side hosting the session or the
    other). ``presenters`` are person keys in order of preference; the first one in the
    session's delegation on the lead side presents, else that side's head. ``experts``
    join their delegation whenever the topic is on any draft of the agenda.
    """

    key: str
    title: str
    title_ko: str
    lead: str
    minutes: int
    description: str
    talking_points: str = ""
    if_raised: str = ""
    internal_notes: str = ""
    outcomes: tuple[str, ...] = ()
    presenters: tuple[str, ...] = ()
    experts: tuple[str, ...] = ()
    variants: Mapping[str, tuple[str, str]] = field(default_factory=dict)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "opening",
        "Opening remarks by the heads of delegation",
        "수석대표 모두발언",
        lead="host",
        minutes=10,
        description="Welcome by the host head of delegation, then opening statements by both heads. Pool press "
        "for the first five minutes.\n주최측 수석대표 환영사 후 양측 수석대표 모두발언. 모두 5분간 풀 취재 허용.",
        talking_points="- Welcome the delegation; the regular rhythm of this channel is itself a message of "
        "alliance unity.\n- One voice on provocations, an open door to dialogue: the two tracks go together.\n"
        "- Thank the counterpart for the close contact between sessions.\n"
        "요지: 한미 간 긴밀한 공조 의지 재확인, 도발 대응과 대화 병행 원칙 강조.",
        if_raised="If asked about reports of differences between Seoul and Washington: \"We agree on the goal; "
        "we discuss sequencing, which is what this channel is for.\"",
        internal_notes="Keep to five minutes per head; pool spray ends after the opening statements.",
        outcomes=(
            "Heads of delegation delivered opening statements; pool press present for the first five minutes.\n"
            "양측 수석대표 모두발언 실시, 모두 5분간 풀 취재.",
            "Opening statements delivered; both heads underlined the value of regular coordination between "
            "sessions.\n양측 수석대표 모두발언, 회의 간 상시 소통의 중요성 강조.",
        ),
        presenters=("rok_minister", "rok_envoy", "rok_dg", "us_secretary", "us_envoy", "us_das"),
        variants={"welcome": ("Welcome and opening statements", "환영사 및 모두발언")},
    ),
    Topic(
        "adoption",
        "Adoption of the agenda",
        "의제 채택",
        lead="host",
        minutes=5,
        description="Adoption of the agenda as agreed between the desks.\n실무 간 합의된 의제 채택.",
        outcomes=("Agenda adopted as agreed.\n합의된 의제 채택.",),
        presenters=("rok_dg", "us_das"),
    ),
    Topic(
        "review",
        "Review of action items from the previous session",
        "전차 회의 후속조치 점검",
        lead="host",
        minutes=15,
        description="Status of each action item agreed at the previous session, by owner.\n"
        "전차 회의에서 합의된 후속조치의 담당자별 이행 현황 점검.",
        talking_points="- Walk through the tracker item by item; note what we delivered.\n"
        "- Ask for a date on any US item that is overdue; do not let it roll over silently.\n"
        "요지: 후속조치 이행 현황 점검, 지연 항목은 이행 시한 재확인.",
        if_raised="If the US side notes our overdue items: acknowledge, give the reason in one sentence and a new "
        "date.",
        internal_notes="Print the tracker as an annex to the packet; the heads like to tick items off.",
        outcomes=(
            "All action items from the previous session reviewed; completed items closed, the rest carried "
            "forward with new dates.\n전차 후속조치 점검, 완료 항목 종결, 미완료 항목은 시한 재설정.",
            "Review completed. Two items carried over; owners confirmed new dates.\n"
            "후속조치 점검 완료, 2개 항목 이월 및 담당자별 시한 재확인.",
            "Tracker reviewed; both sides welcomed the completion of the exemption and vessel-list items.\n"
            "후속조치 점검, 면제 및 선박 목록 관련 항목 완료 평가.",
        ),
        presenters=("rok_director", "us_director", "us_director_former"),
    ),
    Topic(
        "assessment",
        "Assessment of the situation on the Korean Peninsula",
        "한반도 정세 평가",
        lead="ROK",
        minutes=25,
        description="Exchange of assessments of recent developments, including missile activity and the North's "
        "public signals.\n최근 북한 미사일 활동 및 대외 메시지 등 정세 평가 공유.",
        talking_points="- Share our reading of the recent launches: testing for reliability rather than new "
        "capability.\n- Signals from the latest party meeting suggest an interest in economic relief, not yet "
        "in talks.\n- Propose that we keep a joint assessment at working level between sessions.\n"
        "요지: 최근 발사는 신뢰성 시험 성격, 경제적 관심 신호 주목, 회의 간 공동평가 유지 제안.",
        if_raised="If asked whether Seoul sees a window for talks: \"We see signals worth testing, not yet a "
        "decision in Pyongyang.\"",
        internal_notes="NSO has cleared the assessment wording; do not go beyond it.",
        outcomes=(
            "Both sides shared assessments and agreed that recent launches aim at reliability rather than new "
            "capability.\n양측 정세 평가 공유, 최근 발사는 신뢰성 시험 성격이라는 데 공감.",
            "Assessments broadly converged; the US side stressed the risk of a further nuclear test.\n"
            "양측 평가 대체로 일치, 미측은 추가 핵실험 가능성에 대한 우려 표명.",
            "Agreed to keep a joint working-level assessment between sessions.\n"
            "회의 간 실무 차원 공동평가 유지에 합의.",
        ),
        presenters=("rok_envoy", "rok_dg", "nsc", "us_das"),
        experts=("nso", "nsc"),
    ),
    Topic(
        "roadmap",
        "Denuclearization roadmap: sequencing and verification",
        "비핵화 로드맵: 단계별 이행 및 검증",
        lead="ROK",
        minutes=30,
        description="Joint work on the elements and sequencing of a phased denuclearization roadmap.\n"
        "단계적 비핵화 로드맵의 구성 요소 및 이행 순서에 관한 공동 작업.",
        talking_points="- A verifiable freeze of fissile material production is the realistic first step.\n"
        "- Each phase pairs a verified measure with a corresponding measure; nothing is given in advance.\n"
        "- Propose that the drafting group clears the bracketed paragraphs before the next senior session.\n"
        "요지: 검증 가능한 동결을 1단계로, 단계별 상응조치 원칙, 괄호 문안 조기 정리 제안.",
        if_raised="If pressed on sanctions relief in phase one: \"Relief follows verified steps; the sequence "
        "is what we are negotiating, not the principle.\"\nIf asked about an interim arrangement: do not "
        "exclude it, do not endorse it.",
        internal_notes="NSO wants the freeze language kept broad enough to include the enrichment site in the "
        "first phase. Do not table our fallback text on verification before the US tables theirs.",
        outcomes=(
            "Both sides exchanged non-papers on roadmap elements and agreed to merge them into one text.\n"
            "양측 로드맵 구성 요소에 관한 비공식 문서 교환, 단일 문안으로 통합하기로 합의.",
            "Agreed that a verifiable freeze is the first phase; sequencing of corresponding measures remains "
            "bracketed.\n검증 가능한 동결을 1단계로 하는 데 합의, 상응조치 순서는 괄호로 남김.",
            "Ministers endorsed the phased approach and tasked senior officials with an agreed text.\n"
            "장관들은 단계적 접근을 승인하고 고위급에 합의 문안 마련을 지시.",
            "Verification paragraphs agreed ad referendum; two brackets remain on the timing of relief.\n"
            "검증 관련 문안 잠정 합의, 상응조치 시기 관련 괄호 2개 잔존.",
            "Working level narrowed the remaining brackets to one; text to the senior session.\n"
            "실무 차원에서 잔여 괄호를 1개로 축소, 고위급 회의에 상정.",
        ),
        presenters=("rok_envoy", "rok_dg", "us_envoy", "us_das"),
        variants={
            "freeze": ("Denuclearization roadmap: a verifiable freeze as the first phase",
                       "비핵화 로드맵: 1단계로서의 검증 가능한 동결"),
            "verification": ("Denuclearization roadmap: verification arrangements and the IAEA's role",
                             "비핵화 로드맵: 검증 체계 및 IAEA의 역할"),
        },
    ),
    Topic(
        "exercises",
        "Combined exercises: calendar and public messaging",
        "연합연습: 일정 및 대외 메시지",
        lead="US",
        minutes=20,
        description="The calendar of upcoming combined exercises and how both sides present them in public.\n"
        "향후 연합연습 일정 및 양측의 대외 설명 방안.",
        talking_points="- Exercises are defensive and routine; their scale is set by readiness needs.\n"
        "- Ask for the announcement to be coordinated to the hour, with the same wording in both capitals.\n"
        "- Keep the door open to adjusting field training if talks resume, without committing now.\n"
        "요지: 방어적·정례적 성격 강조, 발표 시점·문안 사전 조율, 대화 재개 시 조정 가능성은 열어둠.",
        if_raised="If asked whether exercises will be scaled down for talks: \"Readiness is not a bargaining "
        "chip; the calendar is decided by the alliance.\"",
        internal_notes="MND position: no change to the computer-simulated part under any scenario.",
        outcomes=(
            "US side briefed on the exercise calendar; both sides to coordinate announcements.\n"
            "미측 연합연습 일정 설명, 발표 시점 상호 조율키로 함.",
            "Agreed a joint press line describing the exercise as defensive and routine.\n"
            "연합연습을 방어적·정례적 성격으로 설명하는 공동 언론 대응 문안 합의.",
            "Scale of field training to be reviewed by defence channels; no change announced.\n"
            "야외기동훈련 규모는 국방 채널에서 검토, 변경 사항 발표 없음.",
        ),
        presenters=("dod", "mnd", "rok_deputy"),
        experts=("mnd", "dod"),
        variants={
            "scale": ("Combined exercises: scale and timing of the next major exercise",
                      "연합연습: 차기 대규모 연습의 규모 및 시기"),
        },
    ),
    Topic(
        "sanctions",
        "Sanctions implementation and enforcement",
        "제재 이행 및 집행",
        lead="US",
        minutes=25,
        description="Implementation of UN Security Council sanctions and coordination of national measures.\n"
        "유엔 안보리 제재 이행 현황 및 양측 독자 조치 조율.",
        talking_points="- Welcome the joint work on procurement networks; share our latest national designations.\n"
        "- Enforcement gaps since the end of the UN panel's reporting must be covered by a joint mechanism.\n"
        "- Ask for advance notice of US designations touching Korean-registered entities.\n"
        "요지: 조달망 공동 대응 평가, 감시 공백 보완 위한 공동 메커니즘 제안, 국내 등록 기업 관련 사전 통보 요청.",
        if_raised="If asked why our national designations lag the US ones: our legal basis requires an "
        "inter-ministerial review; the next package is in it now.",
        internal_notes="The ministry of economy has not cleared the two shipping companies; do not name them.",
        outcomes=(
            "Both sides reviewed implementation and agreed to exchange information on procurement networks.\n"
            "제재 이행 현황 점검, 조달망 관련 정보 교환에 합의.",
            "Agreed to explore a joint monitoring mechanism to cover the reporting gap.\n"
            "감시 공백 보완을 위한 공동 모니터링 메커니즘 검토에 합의.",
            "US side previewed a designation package; ROK side to consider parallel national measures.\n"
            "미측 제재 지정 계획 사전 설명, 아측은 병행 독자 조치 검토.",
        ),
        presenters=("us_sanctions", "treasury", "rok_sanctions"),
        experts=("rok_sanctions", "us_sanctions"),
    ),
    Topic(
        "sts",
        "Ship-to-ship transfers and maritime monitoring",
        "선박 간 환적 및 해상 감시",
        lead="US",
        minutes=10,
        description="Suspected ship-to-ship transfers of refined petroleum and coal; maritime monitoring.\n"
        "정제유·석탄 선박 간 불법 환적 의심 사례 및 해상 감시 현황.",
        talking_points="- Share the cases our coast guard tracked; propose a common vessel watch list.\n"
        "- Invite partners' patrol aircraft reports into the same list.\n"
        "요지: 해경 추적 사례 공유, 공동 감시 대상 선박 목록 제안.",
        if_raised="If asked about a Korean-flagged vessel in the reports: the case is under investigation; "
        "we will share the result.",
        outcomes=(
            "Vessel lists exchanged; agreed to maintain a common watch list.\n"
            "선박 목록 교환, 공동 감시 목록 유지에 합의.",
            "Reviewed recent transfer cases; agreed on joint outreach to flag states.\n"
            "최근 환적 사례 점검, 선적국 대상 공동 설명 추진에 합의.",
        ),
        presenters=("us_sanctions", "rok_sanctions"),
        experts=("rok_sanctions", "us_sanctions"),
    ),
    Topic(
        "cyber",
        "Illicit cyber activity and crypto-asset theft",
        "불법 사이버 활동 및 가상자산 탈취",
        lead="ROK",
        minutes=10,
        description="Revenue raised through cyber theft and IT workers abroad; joint countermeasures.\n"
        "사이버 탈취 및 해외 IT 인력을 통한 외화 수입과 공동 대응.",
        talking_points="- Share our attribution of the latest exchange theft and the laundering route.\n"
        "- Propose joint advisories to exchanges and freelance platforms.\n"
        "요지: 최근 가상자산 거래소 탈취 사건 귀속 평가 공유, 공동 주의보 발령 제안.",
        if_raised="If asked about Korean exchanges' compliance: supervision was tightened this year; details "
        "from the financial regulator.",
        outcomes=(
            "Attribution assessments exchanged; joint advisory to be drafted.\n"
            "귀속 평가 공유, 공동 주의보 초안 작성키로 함.",
            "Agreed to brief exchanges and platforms jointly.\n거래소 및 플랫폼 대상 공동 설명회 개최에 합의.",
        ),
        presenters=("rok_sanctions", "treasury"),
        experts=("rok_sanctions", "treasury"),
    ),
    Topic(
        "humanitarian",
        "Humanitarian assistance and sanctions exemptions",
        "인도적 지원 및 제재 면제",
        lead="ROK",
        minutes=20,
        description="Pending humanitarian projects, exemption requests and monitoring standards.\n"
        "추진 중인 인도적 지원 사업, 제재 면제 신청 및 분배 모니터링 기준.",
        talking_points="- Humanitarian aid is not a concession; it should move regardless of the political "
        "climate.\n- Ask for faster joint handling of exemption requests, with a target of thirty days.\n"
        "- Offer to share our monitoring standards for distribution.\n"
        "요지: 인도적 지원은 정치 상황과 분리, 면제 심사 30일 목표 제안, 분배 모니터링 기준 공유.",
        if_raised="If asked about diversion risk: our monitoring standards require on-site access; projects "
        "without it are not funded.",
        internal_notes="Ministry of Unification wants the tuberculosis project named; we prefer not to name "
        "projects across the table.",
        outcomes=(
            "Pending exemption requests reviewed; both sides to support faster processing.\n"
            "계류 중인 면제 신청 점검, 신속 처리 공동 지원키로 함.",
            "Agreed to a thirty-day working target for joint handling of exemption requests.\n"
            "면제 신청 공동 처리 30일 목표에 합의.",
            "Monitoring standards shared; US side welcomed the on-site access requirement.\n"
            "분배 모니터링 기준 공유, 미측은 현장 접근 요건 평가.",
        ),
        presenters=("mou_humanitarian", "mou_dg", "us_humanitarian"),
        experts=("mou_humanitarian", "us_humanitarian"),
        variants={
            "exemptions": ("Humanitarian exemptions: faster processing at the sanctions committee",
                           "인도적 면제: 제재위원회 심사 간소화"),
            "health": ("Humanitarian assistance: health and nutrition projects", "인도적 지원: 보건 및 영양 사업"),
        },
    ),
    Topic(
        "dialogue",
        "Resuming dialogue with the North: channels and incentives",
        "대북 대화 재개: 채널 및 유인책",
        lead="ROK",
        minutes=25,
        description="Options for re-opening talks with the North: available channels, sequencing, incentives.\n"
        "대북 대화 재개 방안: 활용 가능한 채널, 순서, 유인책.",
        talking_points="- The liaison channel has been silent; propose a joint message through the UN channel.\n"
        "- A humanitarian gesture could open the door without touching sanctions.\n"
        "- Working-level talks first, without preconditions on the agenda.\n"
        "요지: 유엔 채널을 통한 공동 메시지, 인도적 조치를 계기로 한 대화 재개, 실무회담 우선.",
        if_raised="If asked whether Seoul would talk to the North alone: \"Any talks will be fully coordinated "
        "with Washington, before and after.\"",
        internal_notes="Ministry of Unification is testing a separate contact; not to be mentioned.",
        outcomes=(
            "Options paper discussed; both sides to prepare a joint message through the UN channel.\n"
            "대화 재개 방안 논의, 유엔 채널을 통한 공동 메시지 준비키로 함.",
            "Agreed that a humanitarian gesture could open working-level talks; details at working level.\n"
            "인도적 조치를 계기로 실무회담 재개 가능성에 공감, 세부사항은 실무 협의.",
        ),
        presenters=("mou_dg", "rok_envoy", "us_envoy", "us_das"),
        experts=("mou_dg",),
    ),
    Topic(
        "families",
        "Separated families and detainees",
        "이산가족 및 억류자 문제",
        lead="ROK",
        minutes=10,
        description="Separated families, including video reunions, and the cases of detained nationals.\n"
        "화상 상봉 등 이산가족 문제 및 억류자 문제.",
        talking_points="- Separated families are ageing; time is the issue.\n"
        "- Ask the US to raise the detainee cases in every contact with the North.\n"
        "요지: 이산가족 고령화로 시급성 강조, 억류자 문제 지속 제기 요청.",
        outcomes=(
            "US side undertook to raise the detainee cases in its contacts.\n"
            "미측은 억류자 문제를 대북 접촉 시 제기키로 함.",
        ),
        presenters=("mou_dg", "us_envoy"),
        experts=("mou_dg",),
    ),
    Topic(
        "regional",
        "Trilateral coordination with Japan",
        "한미일 공조",
        lead="US",
        minutes=15,
        description="Coordination with Japan, including the next trilateral meeting.\n"
        "차기 한미일 협의 등 일본과의 공조.",
        talking_points="- Support a trilateral meeting at senior level after this session.\n"
        "- Keep the trilateral agenda to the North and sanctions; bilateral history issues stay outside.\n"
        "요지: 고위급 한미일 협의 지지, 의제는 대북·제재로 한정.",
        if_raised="If asked about Japan's position on the roadmap: Tokyo has been briefed and is supportive.",
        outcomes=(
            "Agreed to propose a trilateral senior officials' meeting.\n한미일 고위급 협의 개최 제안에 합의.",
            "US side reported on consultations in Tokyo; trilateral meeting dates under discussion.\n"
            "미측 도쿄 협의 결과 설명, 한미일 협의 일정 협의 중.",
        ),
        presenters=("us_das", "rok_dg"),
    ),
    Topic(
        "press",
        "Press handling and joint readout",
        "언론 대응 및 공동 보도자료",
        lead="host",
        minutes=10,
        description="Agreement on the joint readout and on what each side says to the press.\n"
        "공동 보도자료 및 양측 언론 대응 방안 합의.",
        talking_points="- Propose a short joint readout, released in both capitals at the same hour.\n"
        "- Korean text checked against the English before release.\n"
        "요지: 간결한 공동 보도자료를 양국 동시 발표, 국문·영문 대조 확인.",
        if_raised="If the US side wants to mention the roadmap by name: only \"a phased approach\".",
        internal_notes="Spokesperson's office needs the final text by 16:00 Seoul time.",
        outcomes=(
            "Joint readout agreed and released in both capitals.\n공동 보도자료 합의 및 양국 동시 발표.",
            "Agreed that each side issues its own readout using agreed key lines.\n"
            "합의된 핵심 문구에 따라 각자 보도자료 발표키로 함.",
        ),
        presenters=("rok_director", "us_director", "us_director_former"),
    ),
    Topic(
        "next",
        "Date and venue of the next session",
        "차기 회의 일정 및 장소",
        lead="guest",
        minutes=5,
        description="Proposed date and venue of the next session.\n차기 회의 일정 및 장소 협의.",
        outcomes=(
            "Next session agreed in principle; desks to confirm the date.\n차기 회의 원칙 합의, 실무 간 일정 확정.",
        ),
        presenters=("rok_dg", "us_das"),
    ),
    Topic(
        "aob",
        "Any other business",
        "기타 안건",
        lead="host",
        minutes=5,
        description="Any other business.\n기타 안건.",
        talking_points="- If time allows, raise the visa processing delays for our delegation's support staff.\n"
        "요지: 시간 허용 시 지원 인력 비자 발급 지연 문제 제기.",
        outcomes=("No other business raised.\n기타 안건 없음.",),
        presenters=("rok_dg", "us_das"),
    ),
)  # fmt: skip

TOPIC = {topic.key: topic for topic in TOPICS}


# ---------------------------------------------------------------------------------------
# Sessions, their agendas and action items
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VersionSpec:
    """One agenda draft. Items are topic keys: ``-key`` a sub-item, ``key:variant`` another
    wording, ``key@SIDE`` another lead side."""

    label: str
    by: str  # side code
    status: str  # draft, proposed, agreed
    days_before: int  # saved this many days before the session (never later than today)
    items: tuple[str, ...]


@dataclass(frozen=True)
class ActionSpec:
    topic: str  # the agreed item it follows from, or "" for none
    text: str
    owner: str  # a person key, or the name of an office
    side: str
    due_days: int  # after the session
    status: str  # open, done, dropped


@dataclass(frozen=True)
class SessionSpec:
    days_from_today: int
    weekday: int  # 0 Monday … 4 Friday; the date moves forward to it, and past holidays
    host: str
    format: str
    status: str
    title: str
    title_ko: str
    local_time: time
    minutes: int
    building: str = ""
    video_link: str = ""  # a video session: no venue city
    notes: str = ""
    agenda: tuple[VersionSpec, ...] = ()
    actions: tuple[ActionSpec, ...] = ()
    declined: tuple[str, ...] = ()
    tentative: tuple[str, ...] = ()
    outcomes: Mapping[str, str] = field(default_factory=dict)  # topic key -> outcome, overriding the topic's


SEOUL_ROOM = "Ministry of Foreign Affairs, Conference Room 1"
SEOUL_HALL = "Ministry of Foreign Affairs, Reception Hall"
WASHINGTON_ROOM = "Department of State, Harry S Truman Building"

SESSIONS: tuple[SessionSpec, ...] = (
    SessionSpec(
        -210, 1, "ROK", "working", "held",
        "1st session: launching the working-level channel", "제1차 회의: 실무 협의 채널 출범",
        time(10, 0), 150, building=SEOUL_ROOM,
        notes="First session of the channel. Terms of reference circulated in advance and noted, not adopted.",
        agenda=(
            VersionSpec("ROK draft 1", "ROK", "proposed", 35,
                        ("opening", "adoption", "assessment", "roadmap", "sanctions", "humanitarian", "press",
                         "aob")),
            VersionSpec("US counter-draft 1", "US", "proposed", 24,
                        ("opening", "adoption", "assessment", "sanctions", "-sts", "roadmap", "humanitarian",
                         "press", "aob")),
            VersionSpec("ROK draft 2", "ROK", "agreed", 14,
                        ("opening:welcome", "adoption", "assessment", "roadmap", "sanctions", "-sts",
                         "humanitarian", "press", "next", "aob")),
        ),
        actions=(
            ActionSpec("sts", "Share the list of vessels suspected of ship-to-ship transfers since the start of the "
                       "year.\n연초 이후 선박 간 환적 의심 선박 목록 공유.", "us_sanctions", "US", 30, "done"),
            ActionSpec("roadmap", "Circulate a non-paper on the elements of a first-phase freeze.\n"
                       "1단계 동결 구성 요소에 관한 비공식 문서 회람.", "North America Policy Division", "ROK", 45,
                       "done"),
            ActionSpec("humanitarian", "Compile the pending humanitarian exemption requests for joint review.\n"
                       "계류 중인 인도적 면제 신청 목록을 공동 검토용으로 정리.", "mou_humanitarian", "ROK", 30,
                       "done"),
        ),
    ),
    SessionSpec(
        -180, 2, "US", "senior", "held",
        "2nd session: senior officials review the roadmap", "제2차 회의: 고위급 로드맵 점검",
        time(9, 30), 180, building=WASHINGTON_ROOM,
        notes="Working lunch hosted by the Special Envoy after the session.",
        agenda=(
            VersionSpec("US draft 1", "US", "proposed", 28,
                        ("opening", "review", "assessment", "roadmap", "exercises", "sanctions", "press", "aob")),
            VersionSpec("ROK counter-draft 1", "ROK", "agreed", 15,
                        ("opening", "review", "assessment", "roadmap:freeze", "sanctions", "exercises",
                         "humanitarian", "press", "aob")),
        ),
        actions=(
            ActionSpec("exercises", "Brief the ROK side on the scale of the next major combined exercise before "
                       "its announcement.\n차기 대규모 연합연습 규모를 발표 전 아측에 설명.", "dod", "US", 40,
                       "done"),
            ActionSpec("roadmap", "Merge the two non-papers into one roadmap text (joint drafting group).\n"
                       "양측 비공식 문서를 단일 로드맵 문안으로 통합(공동 작성반).", "rok_director", "ROK", 60, "done"),
            ActionSpec("press", "Agree a standing press line on combined exercises.\n"
                       "연합연습 관련 상시 언론 대응 문안 합의.", "us_director_former", "US", 20, "done"),
        ),
    ),
    SessionSpec(
        -150, 3, "ROK", "working", "held",
        "3rd session (video): sanctions and humanitarian exemptions", "제3차 회의(화상): 제재 및 인도적 면제",
        time(8, 0), 120, video_link="https://vc.example.go.kr/rok-us-pcd/s03",
        notes="By video at US request (travel freeze). Secure room booked 07:00–10:30; test call the day before.",
        agenda=(
            VersionSpec("ROK draft 1", "ROK", "proposed", 21,
                        ("opening", "review", "sanctions", "-sts", "-cyber", "humanitarian:exemptions", "aob")),
            VersionSpec("US counter-draft 1", "US", "proposed", 12,
                        ("opening", "review", "sanctions", "-sts", "-cyber", "humanitarian:exemptions", "regional",
                         "aob")),
            VersionSpec("ROK draft 2", "ROK", "agreed", 6,
                        ("opening", "review", "sanctions", "-cyber", "-sts", "humanitarian:exemptions", "regional",
                         "press", "aob")),
        ),
        actions=(
            ActionSpec("cyber", "Exchange attribution assessments of the latest crypto-exchange theft.\n"
                       "최근 가상자산 거래소 탈취 사건에 대한 귀속 평가 교환.", "rok_sanctions", "ROK", 21, "done"),
            ActionSpec("humanitarian", "Propose joint wording to the sanctions committee on faster exemption "
                       "processing.\n면제 심사 간소화에 관한 공동 제안 문안을 제재위원회에 제출.", "us_humanitarian",
                       "US", 45, "done"),
            ActionSpec("regional", "Sound out Tokyo on a trilateral meeting on sanctions.\n"
                       "제재 관련 한미일 협의 개최에 대한 일측 의향 타진.", "us_das", "US", 30, "dropped"),
        ),
        declined=("nso",),
    ),
    SessionSpec(
        -120, 2, "US", "working", "held",
        "4th session: exercises and regional coordination", "제4차 회의: 연합연습 및 역내 공조",
        time(14, 0), 150, building=WASHINGTON_ROOM,
        notes="First session for Michael Brennan as Director of the Office of Korean Affairs.",
        agenda=(
            VersionSpec("US draft 1", "US", "proposed", 25,
                        ("opening", "review", "assessment", "exercises:scale", "regional", "sanctions", "aob")),
            VersionSpec("ROK counter-draft 1", "ROK", "proposed", 16,
                        ("opening", "review", "assessment", "exercises:scale", "dialogue", "sanctions", "regional",
                         "aob")),
            VersionSpec("US draft 2", "US", "agreed", 8,
                        ("opening", "review", "assessment", "exercises:scale", "sanctions", "dialogue", "regional",
                         "press", "aob")),
        ),
        actions=(
            ActionSpec("exercises", "Coordinate the hour and wording of the exercise announcement in both capitals.\n"
                       "양국 수도에서의 연합연습 발표 시각 및 문안 조율.", "mnd", "ROK", 14, "done"),
            ActionSpec("dialogue", "Prepare an options paper on incentives for resuming working-level talks.\n"
                       "실무회담 재개를 위한 유인책 방안 문서 작성.", "mou_dg", "ROK", 50, "done"),
            ActionSpec("sanctions", "Preview the next designation package on procurement networks.\n"
                       "조달망 관련 차기 제재 지정 계획 사전 설명.", "treasury", "US", 30, "done"),
        ),
        tentative=("nso",),
    ),
    SessionSpec(
        -90, 1, "ROK", "ministerial", "held",
        "5th session: ministerial review", "제5차 회의: 장관급 점검회의",
        time(10, 30), 90, building=SEOUL_HALL,
        notes="Ministerial meeting on the margins of the Secretary's visit to Seoul. Joint statement released "
        "at 15:00 KST. Courtesy call on the President the same afternoon (not part of the session).",
        agenda=(
            VersionSpec("ROK draft 1", "ROK", "proposed", 30,
                        ("opening", "assessment", "roadmap", "dialogue", "regional", "press")),
            VersionSpec("US counter-draft 1", "US", "agreed", 18,
                        ("opening:welcome", "assessment", "roadmap:verification", "dialogue", "exercises",
                         "regional", "press")),
        ),
        actions=(
            ActionSpec("roadmap", "Senior officials to table an agreed roadmap text at the next senior session.\n"
                       "차기 고위급 회의에 합의된 로드맵 문안 상정.", "rok_envoy", "ROK", 75, "open"),
            ActionSpec("press", "Publish the joint statement in both languages on both ministries' websites.\n"
                       "공동성명 국·영문을 양 부처 홈페이지에 게재.", "rok_desk", "ROK", 2, "done"),
            ActionSpec("dialogue", "Explore video reunions of separated families as a humanitarian gesture.\n"
                       "인도적 조치로서 이산가족 화상 상봉 추진 방안 검토.", "mou_dg", "ROK", 60, "open"),
        ),
        outcomes={
            "press": "Joint statement adopted and released at 15:00 KST in both languages.\n"
            "공동성명 채택 및 15:00(한국시간) 국·영문 동시 발표.",
        },
    ),
    SessionSpec(
        -60, 3, "US", "senior", "held",
        "6th session: roadmap text and sanctions enforcement", "제6차 회의: 로드맵 문안 및 제재 집행",
        time(9, 30), 180, building=WASHINGTON_ROOM,
        notes="Moved from Tuesday to Thursday at US request (the Special Envoy's testimony on the Hill).",
        agenda=(
            VersionSpec("US draft 1", "US", "proposed", 26,
                        ("opening", "review", "roadmap:verification", "sanctions", "-sts", "humanitarian", "press",
                         "aob")),
            VersionSpec("ROK counter-draft 1", "ROK", "proposed", 17,
                        ("opening", "review", "roadmap:verification", "humanitarian:health", "sanctions", "-sts",
                         "-cyber", "families", "press", "aob")),
            VersionSpec("US draft 2", "US", "agreed", 9,
                        ("opening", "review", "roadmap:verification", "sanctions", "-sts", "-cyber",
                         "humanitarian:health", "families", "press", "aob")),
        ),
        actions=(
            ActionSpec("roadmap", "Clear the bracketed paragraphs of the roadmap text (verification, timing of "
                       "relief).\n로드맵 문안 중 괄호 부분(검증, 상응조치 시기) 정리.", "Joint drafting group",
                       "ROK", 45, "open"),
            ActionSpec("sts", "Share summaries of imagery of suspected transfers in the last quarter.\n"
                       "지난 분기 환적 의심 사례 영상 분석 요약 공유.", "us_sanctions", "US", 30, "done"),
            ActionSpec("humanitarian", "Confirm the exemption request for the tuberculosis medicine shipment.\n"
                       "결핵약 반출 관련 면제 신청 확인.", "us_humanitarian", "US", 21, "done"),
            ActionSpec("families", "Raise the detainee cases in the next contact through the UN channel.\n"
                       "차기 유엔 채널 접촉 시 억류자 문제 제기.", "us_envoy", "US", 70, "open"),
        ),
    ),
    SessionSpec(
        -30, 2, "ROK", "working", "held",
        "7th session: preparing the senior session", "제7차 회의: 고위급 회의 준비",
        time(10, 0), 150, building=SEOUL_ROOM,
        agenda=(
            VersionSpec("ROK draft 1", "ROK", "proposed", 20,
                        ("opening", "review", "assessment", "roadmap", "exercises", "humanitarian", "press",
                         "aob")),
            VersionSpec("US counter-draft 1", "US", "agreed", 10,
                        ("opening", "review", "assessment", "roadmap", "exercises:scale", "sanctions",
                         "humanitarian", "press", "next", "aob")),
        ),
        actions=(
            ActionSpec("review", "Update the action tracker and circulate it to both delegations.\n"
                       "후속조치 현황표 갱신 및 양측 대표단에 회람.", "rok_desk", "ROK", 7, "done"),
            ActionSpec("exercises", "Share the draft public messaging for the next major combined exercise.\n"
                       "차기 대규모 연합연습 대외 메시지 초안 공유.", "dod", "US", 21, "open"),
            ActionSpec("humanitarian", "Draft a joint paper on monitoring standards for aid distribution.\n"
                       "지원 물자 분배 모니터링 기준에 관한 공동 문서 초안 작성.", "mou_humanitarian", "ROK", 40,
                       "open"),
            ActionSpec("sanctions", "Propose terms of reference for a joint sanctions monitoring mechanism.\n"
                       "공동 제재 모니터링 메커니즘 운영 방안 제안.", "us_sanctions", "US", 60, "open"),
        ),
        declined=("rok_interpreter",),
    ),
    SessionSpec(
        14, 1, "US", "senior", "confirmed",
        "8th session: senior officials on the roadmap text", "제8차 회의: 고위급 로드맵 문안 협의",
        time(9, 30), 180, building=WASHINGTON_ROOM,
        notes="Delegation arrives the day before; pre-meeting at the Embassy at 08:00. Hotel block held for "
        "ten.",
        agenda=(
            VersionSpec("US draft 1", "US", "proposed", 20,
                        ("opening", "review", "roadmap:verification", "sanctions", "exercises", "press", "aob")),
            VersionSpec("ROK counter-draft 1", "ROK", "proposed", 12,
                        ("opening", "review", "assessment", "roadmap:verification", "dialogue", "sanctions",
                         "humanitarian", "press", "aob")),
            VersionSpec("US draft 2", "US", "agreed", 4,
                        ("opening", "review", "assessment", "roadmap:verification", "sanctions", "-cyber",
                         "dialogue", "humanitarian", "press", "aob")),
        ),
        tentative=("nso", "mou_dg"),
    ),
    SessionSpec(
        45, 2, "ROK", "working", "confirmed",
        "9th session: humanitarian channel and resuming dialogue", "제9차 회의: 인도적 채널 및 대화 재개",
        time(10, 0), 150, building=SEOUL_ROOM,
        notes="Agenda not yet agreed: the US side wants sanctions before the humanitarian item.",
        agenda=(
            VersionSpec("ROK draft 1", "ROK", "proposed", 6,
                        ("opening", "review", "humanitarian:health", "dialogue", "families", "sanctions", "aob")),
            VersionSpec("US counter-draft 1", "US", "proposed", 2,
                        ("opening", "review", "sanctions", "-sts", "humanitarian:health", "dialogue", "regional",
                         "aob")),
            VersionSpec("ROK draft 2", "ROK", "draft", 0,
                        ("opening", "review", "humanitarian:health", "sanctions", "-sts", "dialogue", "families",
                         "regional", "press", "aob")),
        ),
    ),
    SessionSpec(
        75, 3, "US", "working", "planned",
        "10th session (video): sanctions enforcement review", "제10차 회의(화상): 제재 집행 점검",
        time(19, 0), 120, video_link="https://video.example.gov/join/rok-us-pcd-10",
        notes="By video: 19:00 in Washington is 08:00 or 09:00 the next morning in Seoul depending on daylight "
        "saving. Secure room to be booked.",
        agenda=(
            VersionSpec("ROK draft 1", "ROK", "draft", 0,
                        ("opening", "review", "sanctions", "-sts", "-cyber", "regional", "aob")),
        ),
    ),
    SessionSpec(
        105, 1, "ROK", "senior", "postponed",
        "11th session: senior officials", "제11차 회의: 고위급 협의",
        time(10, 0), 180, building=SEOUL_ROOM,
        notes="Postponed at ROK request: the Special Representative travels with the President that week. "
        "New date to be proposed at the 9th session.",
    ),
    SessionSpec(
        135, 2, "US", "working", "planned",
        "12th session: working level", "제12차 회의: 실무 협의",
        time(14, 0), 150, building=WASHINGTON_ROOM,
    ),
    SessionSpec(
        165, 2, "ROK", "senior", "planned",
        "13th session: senior officials", "제13차 회의: 고위급 협의",
        time(10, 0), 180, building=SEOUL_ROOM,
    ),
    SessionSpec(
        190, 3, "US", "working", "planned",
        "14th session: working level", "제14차 회의: 실무 협의",
        time(14, 0), 150, building=WASHINGTON_ROOM,
        notes="Tentative; to be confirmed after the senior session.",
    ),
)  # fmt: skip


# ---------------------------------------------------------------------------------------
# Delegations
# ---------------------------------------------------------------------------------------
CORE_DELEGATIONS: Mapping[str, Mapping[str, tuple[tuple[str, Role], ...]]] = {
    "working": {
        "ROK": (("rok_dg", Role.HEAD), ("rok_director", Role.DEPUTY), ("rok_deputy", Role.MEMBER),
                ("nso", Role.OBSERVER), ("rok_desk", Role.NOTE_TAKER), ("rok_interpreter", Role.INTERPRETER)),
        "US": (("us_das", Role.HEAD), ("us_director", Role.DEPUTY), ("nsc", Role.MEMBER),
               ("us_desk", Role.NOTE_TAKER), ("us_interpreter", Role.INTERPRETER)),
    },
    "senior": {
        "ROK": (("rok_envoy", Role.HEAD), ("rok_dg", Role.DEPUTY), ("rok_director", Role.MEMBER),
                ("nso", Role.MEMBER), ("rok_desk", Role.NOTE_TAKER), ("rok_interpreter", Role.INTERPRETER)),
        "US": (("us_envoy", Role.HEAD), ("us_das", Role.DEPUTY), ("us_director", Role.MEMBER), ("nsc", Role.MEMBER),
               ("us_desk", Role.NOTE_TAKER), ("us_interpreter", Role.INTERPRETER)),
    },
    "ministerial": {
        "ROK": (("rok_minister", Role.HEAD), ("rok_envoy", Role.DEPUTY), ("rok_dg", Role.MEMBER), ("nso", Role.MEMBER),
                ("rok_director", Role.MEMBER), ("rok_desk", Role.NOTE_TAKER), ("rok_interpreter", Role.INTERPRETER)),
        "US": (("us_secretary", Role.HEAD), ("us_envoy", Role.DEPUTY), ("us_das", Role.MEMBER), ("nsc", Role.MEMBER),
               ("us_director", Role.MEMBER), ("us_desk", Role.NOTE_TAKER), ("us_interpreter", Role.INTERPRETER)),
    },
}  # fmt: skip

# The embassy of the travelling side joins when a session is held in the other capital.
EMBASSY_STAFF: Mapping[str, tuple[tuple[str, Role], ...]] = {
    "ROK": (("rok_emb_counsellor", Role.MEMBER), ("rok_emb_secretary", Role.NOTE_TAKER)),
    "US": (("us_emb_counselor", Role.MEMBER), ("us_emb_officer", Role.NOTE_TAKER)),
}

_ROLE_ORDER = {Role.HEAD: 0, Role.DEPUTY: 1, Role.MEMBER: 2, Role.OBSERVER: 3, Role.NOTE_TAKER: 4, Role.INTERPRETER: 5}
_PERSON = {spec.key: spec for spec in PEOPLE}


def _stand_in(key: str, index: int) -> str:
    if key in STAND_INS and index <= STAND_INS[key][1]:
        return STAND_INS[key][0]
    return key


def _parse_item(token: str) -> tuple[str, str, int, str]:
    """``-key:variant@SIDE`` -> (key, variant, level, lead override)."""
    level = 1 if token.startswith("-") else 0
    token = token.lstrip("-")
    token, _, lead = token.partition("@")
    key, _, variant = token.partition(":")
    if key not in TOPIC:
        raise ValueError(f"unknown sample topic {key!r}")
    return key, variant, level, lead


def delegation_for(spec: SessionSpec, index: int) -> dict[str, list[tuple[str, Role]]]:
    """Person keys and roles per side, in protocol order (head first)."""
    topics = {_parse_item(token)[0] for version in spec.agenda for token in version.items}
    result: dict[str, list[tuple[str, Role]]] = {}
    for side in SIDES:
        members = [(_stand_in(key, index), role) for key, role in CORE_DELEGATIONS[spec.format][side]]
        if not spec.video_link and spec.host != side:
            members += EMBASSY_STAFF[side]
        for topic_key in sorted(topics):
            for expert in TOPIC[topic_key].experts:
                if _PERSON[expert].side == side:
                    members.append((expert, Role.MEMBER))
        seen: set[str] = set()
        unique = []
        for key, role in members:
            if key not in seen:
                seen.add(key)
                unique.append((key, role))
        unique.sort(key=lambda pair: _ROLE_ORDER[pair[1]])  # stable: keeps the listed order within a role
        result[side] = unique
    return result


# ---------------------------------------------------------------------------------------
# Writing it
# ---------------------------------------------------------------------------------------
@dataclass
class SampleCounts:
    sessions: int = 0
    people: int = 0
    attendance: int = 0
    agenda_versions: int = 0
    agenda_items: int = 0
    action_items: int = 0


def session_date(today: date, days: int, weekday: int) -> date:
    """``today + days``, moved forward to ``weekday`` and off both countries' public holidays."""
    day = today + timedelta(days=days)
    years = range(day.year, day.year + 2)
    off = set(holidays.country_holidays("KR", years=years)) | set(holidays.country_holidays("US", years=years))
    while day.weekday() != weekday or day in off:
        day += timedelta(days=1)
    return day


def _numbering(levels: list[int]) -> list[str]:
    numbers, top, sub = [], 0, 0
    for level in levels:
        if level == 0:
            top, sub = top + 1, 0
            numbers.append(str(top))
        else:
            sub += 1
            numbers.append(f"{max(top, 1)}.{sub}")
    return numbers


def insert_sample(db: sqlite_utils.Database, *, now: datetime, first_number: int = 1) -> SampleCounts:
    """Write the sample body's people, sessions, agendas and action items into ``db``.

    The caller holds the transaction and has saved the body (``SAMPLE_BODY``).
    ``first_number`` numbers the first session (the large body puts its history first).
    """
    counts = SampleCounts()
    today = now.date()
    person_ids: dict[str, int] = {}
    for someone in PEOPLE:
        organization, organization_ko = ORGANIZATIONS[someone.org]
        person = Person(
            name=someone.name,
            side=someone.side,
            name_ko=someone.name_ko,
            title=someone.title,
            title_ko=someone.title_ko,
            organization=organization,
            organization_ko=organization_ko,
            email=someone.email,
            phone=someone.phone,
            biography=someone.biography,
            internal_notes=someone.internal_notes,
            retired=someone.retired,
        )
        person_ids[someone.key] = people_repository.insert_person(db, person)
        counts.people += 1

    topic_seen: dict[str, int] = {}
    for index, spec in enumerate(SESSIONS, start=1):
        host = SIDES[spec.host]
        day = session_date(today, spec.days_from_today, spec.weekday)
        start = datetime.combine(day, spec.local_time, tzinfo=ZoneInfo(host.timezone))
        session = Session(
            title=spec.title,
            title_ko=spec.title_ko,
            start=start,
            timezone=host.timezone,
            duration_minutes=spec.minutes,
            host_side=spec.host,
            number=first_number + index - 1,
            venue_city="" if spec.video_link else host.capital,
            venue_building=spec.building,
            video_link=spec.video_link,
            format=SessionFormat(spec.format),
            status=SessionStatus(spec.status),
            sequence=1 if spec.notes.startswith(("Moved", "Postponed")) else 0,
            notes=spec.notes,
        )
        session_id = session_repository.insert_session(db, session)
        counts.sessions += 1

        # -- delegations
        delegations = delegation_for(spec, index)
        heads: dict[str, str] = {}
        present: set[str] = set()
        for side_code, members in delegations.items():
            heads[side_code] = members[0][0]
            for order, (key, role) in enumerate(members):
                present.add(key)
                if key in spec.declined:
                    rsvp = Rsvp.DECLINED
                elif key in spec.tentative:
                    rsvp = Rsvp.TENTATIVE
                elif spec.status == "held" or (
                    spec.status == "confirmed" and (order <= 1 or spec.days_from_today < 30)
                ):
                    rsvp = Rsvp.CONFIRMED
                else:
                    rsvp = Rsvp.INVITED
                attendance = Attendance(session_id, person_ids[key], role=role, protocol_order=order, rsvp=rsvp)
                attendance_repository.insert_attendance(db, attendance)
                counts.attendance += 1

        # -- agenda versions
        guest = next(code for code in SIDES if code != spec.host)
        agreed_items: dict[str, int] = {}
        for number, version_spec in enumerate(spec.agenda, start=1):
            # saved in office hours by the proposing side; drafts of future sessions count back
            # from today, and none is dated in the future
            proposer_zone = ZoneInfo(SIDES[version_spec.by].timezone)
            saved_on = min(day, today) - timedelta(days=version_spec.days_before)
            created = datetime.combine(saved_on, time(10 + 2 * number, 30), tzinfo=proposer_zone).astimezone(UTC)
            latest = now.replace(second=0, microsecond=0) - timedelta(hours=len(spec.agenda) + 1 - number)
            created = min(created, latest)
            version = AgendaVersion(
                session_id=session_id,
                version=number,
                label=version_spec.label,
                proposed_by=version_spec.by,
                status=AgendaStatus(version_spec.status),
                created=created,
            )
            version_id = agenda_repository.insert_version(db, version)
            counts.agenda_versions += 1
            parsed = [_parse_item(token) for token in version_spec.items]
            numbers = _numbering([level for _, _, level, _ in parsed])
            items = []
            is_record = version_spec.status == "agreed" and spec.status == "held"
            for position, ((key, variant, level, lead_override), item_number) in enumerate(
                zip(parsed, numbers, strict=True)
            ):
                topic = TOPIC[key]
                title, title_ko = topic.variants.get(variant, (topic.title, topic.title_ko))
                lead = lead_override or {"host": spec.host, "guest": guest}.get(topic.lead, topic.lead)
                presenter = next((p for p in topic.presenters if p in present and _PERSON[p].side == lead), heads[lead])
                outcome = ""
                if is_record:
                    seen = topic_seen.get(key, 0)
                    topic_seen[key] = seen + 1
                    outcome = spec.outcomes.get(key) or (
                        topic.outcomes[seen % len(topic.outcomes)] if topic.outcomes else ""
                    )
                items.append(
                    AgendaItem(
                        version_id=version_id,
                        position=position,
                        number=item_number,
                        title=title,
                        title_ko=title_ko,
                        level=level,
                        lead_side=lead,
                        presenter_id=person_ids[presenter],
                        minutes=topic.minutes,
                        description=topic.description,
                        outcome=outcome,
                        talking_points=topic.talking_points,
                        if_raised=topic.if_raised,
                        internal_notes=topic.internal_notes,
                    )
                )
            agenda_repository.insert_items(db, items)
            counts.agenda_items += len(items)
            if version_spec.status == "agreed":
                for stored, (key, *_rest) in zip(agenda_repository.list_items(db, version_id), parsed, strict=True):
                    if stored.id is not None:
                        agreed_items.setdefault(key, stored.id)

        # -- action items
        actions = []
        for action in spec.actions:
            owner = _PERSON[action.owner].name if action.owner in _PERSON else action.owner
            actions.append(
                ActionItem(
                    session_id=session_id,
                    text=action.text,
                    owner=owner,
                    owner_side=action.side,
                    due=day + timedelta(days=action.due_days),
                    status=ActionStatus(action.status),
                    agenda_item_id=agreed_items.get(action.topic),
                )
            )
        action_repository.insert_actions(db, actions)
        counts.action_items += len(actions)
    return counts
