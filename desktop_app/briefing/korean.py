"""The Korean edition (``--language ko``), for a delegation whose side is Korean.

Built from the bilingual content, then put into Korean: section titles and labels, table
headers, roles, the cover and the running lines, Korean dates ("2026년 12월 22일 (화) 23:30"),
Korean titles of items, and the ministry report's hierarchy: □ for an item, ○ for a point
(the bullet the writer uses for this edition), – for detail under it. Text the desk typed
(points, background, notes) is printed as typed; a 요지 line already comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desktop_app.briefing.formatting import zones
from desktop_app.briefing.model import Block, Cover, PacketContent, Para, ParaKind, Row, Section, SubHeading, Table
from desktop_app.briefing.sources import PacketData, SharedData
from desktop_app.domain.agenda import AgendaStatus, AgendaVersion
from desktop_app.domain.body import Body
from desktop_app.domain.session import SessionFormat, SessionStatus

WEEKDAYS = "월화수목금토일"
KOREAN_ZONES = ("Asia/Seoul",)
TITLES = {
    "Contents": "목차",
    "Record of the session": "회의 결과 기록",
    "Summary": "요약",
    "Item briefs": "의제별 보고",
    "Timed agenda": "시간별 의제",
    "Scene-setter": "배경 설명",
    "Participants": "참석자",
    "Counterpart biographies": "상대측 인사 약력",
    "Background": "배경",
    "Logistics and contacts": "행정 사항 및 연락처",
    "Annex: action-item tracker": "부록: 후속조치 현황",
    "Outcomes": "회의 결과",
    "Action items agreed": "합의된 후속조치",
    "Open action items": "미결 후속조치",
}
LABELS = {
    "Purpose:": "목적:",
    "Agenda:": "의제:",
    "Our objectives": "목표",
    "Key messages": "핵심 메시지",
    "Expected deliverables": "기대 성과",
    "Your speaking slots": "수석대표 발언",
    "Desk notes": "실무 메모",
    "When:": "일시:",
    "Lead and presenter:": "주도 및 발표:",
    "Our aim:": "우리측 목표:",
    "Points to make": "발언 요지",
    "If raised": "상대측 제기 시",
    "Background (may be used with the counterpart)": "배경 (상대측과 공유 가능)",
    "Not for disclosure": "대외 공개 불가",
    "Held:": "개최:",
    "Duration:": "소요 시간:",
    "Venue:": "장소:",
    "Video link:": "화상 연결:",
    "Host:": "주최:",
    "Desk note (internal):": "실무 메모 (내부용):",
    "Arrival and entry:": "도착 및 출입:",
    "Pre-brief:": "사전 보고:",
    "Room:": "회의실:",
    "Interpretation:": "통역:",
    "Press arrangements:": "언론 대응:",
    "Control officer:": "연락관:",
}
HEADERS = {
    "No.": "번호",
    "Item": "의제 (영문)",
    "의제": "의제",
    "Lead": "주도",
    "Presenter": "발표",
    "Min": "분",
    "Name": "성명 (영문)",
    "성명": "성명",
    "Title and organization": "직함 및 소속 (영문)",
    "직함 및 소속": "직함 및 소속",
    "Role": "역할",
    "Action": "조치 사항",
    "Owner": "담당",
    "Side": "측",
    "Due": "기한",
    "Agreed at": "합의 회의",
    "E-mail": "전자우편",
    "Phone": "전화",
}
CELLS = {
    "Head of delegation": "수석대표",
    "Deputy head": "차석대표",
    "Member": "대표단원",
    "Note-taker": "기록 담당",
    "Interpreter": "통역",
    "Observer": "참관",
    "OVERDUE": "기한 경과",
    "open": "진행 중",
    "done": "완료",
    "dropped": "취소",
    "no date": "기한 없음",
}
FORMATS = {SessionFormat.WORKING: "실무급", SessionFormat.SENIOR: "고위급", SessionFormat.MINISTERIAL: "장관급"}
STATUS = {
    SessionStatus.POSTPONED: ("연기", "연기: 아래 일시는 연기 전 일정이며, 새 일정은 협의 중"),
    SessionStatus.CANCELLED: ("취소", "취소: 본 회의는 열리지 않음"),
    SessionStatus.HELD: ("개최 완료", "개최 완료: 본 자료는 회의 기록임"),
}


def korean_side(body: Body) -> bool:
    """Whether our side is Korean: its capital keeps Korean time."""
    return body.home.timezone in KOREAN_ZONES


def korean_date(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local.year}년 {local.month}월 {local.day}일 ({WEEKDAYS[local.weekday()]}) {local:%H:%M}"


def _when(data: SharedData) -> tuple[tuple[str, str], ...]:
    session, body = data.session, data.body
    end = session.start + timedelta(minutes=session.duration_minutes)
    capitals = {side.timezone: side.capital_ko or side.capital for side in body.sides}
    lines = []
    for label, zone in zones(session.timezone, body):
        finish = end.astimezone(zone)
        lines.append(
            (capitals.get(zone.key, label), f"{korean_date(session.start, zone)}–{finish:%H:%M} {finish.tzname()}")
        )
    return tuple(lines)


def state(version: AgendaVersion | None, body: Body, *, internal: bool) -> str:
    """Where the agenda stands, in Korean (see ``agenda_state`` for the English)."""
    if version is None:
        return "의제 미정" if internal else "의제 협의 중"
    day = version.created.astimezone(body.home.zone)
    when = f"{day.year}년 {day.month}월 {day.day}일"
    numbered = f"제{version.version}안"
    if version.status is AgendaStatus.AGREED:
        return f"{when} 합의 ({numbered})" if internal else f"양측 합의 ({numbered})"
    side = body.side(version.proposed_by) if version.proposed_by in body.side_codes else None
    side_name = (side.name_ko or side.name) if side is not None else version.proposed_by
    if not internal:
        return f"{when} {side_name} 측 제시 {numbered}, 미합의"
    if version.proposed_by == body.home_side:
        if version.status is AgendaStatus.DRAFT:
            return f"우리측 초안, 상대측 미제시 ({numbered})"
        return f"{when} 우리측 제시, 미합의 ({numbered})"
    return f"{when} 상대측({side_name}) 수정안, 미합의 ({numbered})"


def _heading(text: str, korean_title: dict[str, str]) -> str:
    """ "□ 3. 인도적 지원 …": the Korean title where the item has one."""
    return f"□ {korean_title.get(text.split(' · ')[0], text)}"


def _para(para: Para, agenda: str) -> Para:
    label = para.label
    if label.startswith("What the ") and para.kind is ParaKind.LABEL:
        label = "상대측 관심 및 예상 제기 사항"
    label = LABELS.get(label, label)
    text = agenda if para.label == "Agenda:" else para.text
    if para.label == "When:":
        text = re.sub(r" (\d+) min$", r" \1분", text)
    if para.kind is ParaKind.BULLET and para.text.startswith(("- ", "– ")):
        text = "– " + para.text[2:]
    return replace(para, label=label, text=text)


def _table(table: Table, capitals: dict[str, str]) -> Table:
    header = []
    for cell in table.header:
        first, _, zone = cell.partition("\n")
        header.append(f"{capitals[first]}\n{zone}" if first in capitals and zone else HEADERS.get(cell, cell))
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            parts = [CELLS.get(part, part) for part in cell.split("\n")]
            cells.append("\n".join(parts))
        rows.append(Row(tuple(cells), row.level, row.strong))
    return Table(tuple(header), tuple(rows), table.widths, table.caption)


def _section(section: Section, korean_title: dict[str, str], agenda: str, capitals: dict[str, str]) -> Section:
    blocks: list[Block] = []
    for block in section.blocks:
        if isinstance(block, SubHeading):
            text = TITLES.get(block.text, block.text)
            blocks.append(SubHeading(_heading(text, korean_title) if section.key in ("briefs", "record") else text))
        elif isinstance(block, Para):
            blocks.append(_para(block, agenda))
        else:
            blocks.append(_table(block, capitals))
    return replace(section, title=TITLES.get(section.title, section.title), blocks=tuple(blocks))


def korean_edition(content: PacketContent, data: PacketData) -> PacketContent:
    """``content`` (built bilingual) as the Korean edition."""
    shared = data.shared
    body, session = shared.body, shared.session
    internal = data.internal is not None
    agenda = state(shared.version, body, internal=internal)
    korean_title = {
        (f"{item.number}. {item.title}" if item.number else item.title).strip(): (
            f"{item.number}. {item.title_ko}" if item.number else item.title_ko
        )
        for item in shared.items
        if item.title_ko.strip()
    }
    capitals = {side.capital: side.capital_ko for side in body.sides if side.capital and side.capital_ko}
    number = f"제{session.number}차 회의" if session.number else session.title_ko or session.title
    edition = "내부용" if internal else "상대측 배포용"
    status_word, status_line = STATUS.get(session.status, ("", ""))
    if session.status is SessionStatus.HELD and not internal:
        status_line = "개최 완료: 합의된 후속조치는 부록 참조"
    if shared.version is None:
        draft_line = "초안 · 의제 미정" if internal else "초안 · 의제 협의 중"
    else:
        draft_line = "" if shared.agreed else f"초안 · 의제 제{shared.version.version}안"
    if status_word:
        draft_line = f"{status_word} · {draft_line}" if draft_line else status_word
    home, counterpart = body.home, body.counterpart
    cover: Cover = content.cover
    office = cover.prepared_line.removeprefix("Prepared by ").rsplit(" · ", 1)[0]
    controls = {"Prepared by": "작성 부서", "Drafted by": "작성", "Cleared by": "검토", "Version": "판본"}
    cover = replace(
        cover,
        body="\n".join(line for line in (body.name_ko, body.name) if line),
        body_ko="",
        session_line=f"{number} · {FORMATS[session.format]}",
        title=session.title_ko or session.title,
        title_ko=session.title if session.title_ko else "",
        times=_when(shared),
        venue=session.venue or "장소 추후 확정",
        venue_label="장소",
        agenda_line=f"의제: {agenda}",
        audience_line=(
            f"{home.name_ko or home.name} 대표단 내부용: 상대측 배포 금지"
            if internal
            else f"{counterpart.name_ko or counterpart.name} 대표단 배포용"
        ),
        prepared_line=f"작성: {office}",
        status_line=status_line,
        control=tuple(
            (controls.get(label, label), text.replace("not yet cleared", "검토 전")) for label, text in cover.control
        ),
        draft_word="초안",
    )
    return replace(
        content,
        cover=cover,
        sections=tuple(_section(section, korean_title, agenda, capitals) for section in content.sections),
        draft_line=draft_line,
        running_title=f"{body.name_ko or body.name} · {number} · {edition}",
        contents_title="목차",
        status_line=content.status_line,
        language="ko",
    )
