"""The sample body's agenda topics, in English and Korean, with internal talking points (data only)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


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
