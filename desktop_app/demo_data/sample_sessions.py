"""The sample body's sessions, their draft rounds and delegations (data only)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time

from desktop_app.domain.attendance import Role


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
