<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ActionCommands</name>
    <message>
        <source>Cannot {0}</source>
        <translation>다음 작업을 할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>조치사항 추가</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <translation>조치사항 완료 표시</translation>
    </message>
    <message>
        <source>Drop action item</source>
        <translation>조치사항 철회</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>조치사항 삭제</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>What is to be done, e.g. “Share the draft joint statement”</source>
        <translation>할 일, 예: “공동성명 초안 공유”</translation>
    </message>
    <message>
        <source>A delegate (type to choose) or an office</source>
        <translation>대표단원(입력하여 선택) 또는 부서</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>The agenda item it came out of (optional)</source>
        <translation>이 조치사항이 나온 의제 항목 (선택)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>조치사항(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>담당(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>의제 항목(&amp;I):</translation>
    </message>
    <message>
        <source>— side —</source>
        <translation>— 측 —</translation>
    </message>
    <message>
        <source>New action items are due at the next session, {0}, where they are reported.</source>
        <translation>새 조치사항의 기한은 결과를 보고하는 다음 회의 {0}입니다.</translation>
    </message>
    <message>
        <source>No later session is planned: new action items are due four weeks after this one, {0}.</source>
        <translation>예정된 다음 회의가 없어 새 조치사항의 기한은 이 회의 4주 뒤인 {0}입니다.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 없음 —</translation>
    </message>
</context>
<context>
    <name>ActionModels</name>
    <message>
        <source>Action</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>측</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Open items past their date are marked overdue, in red</source>
        <translation>기한이 지난 진행 중 항목은 빨간색으로 ‘기한 경과’ 표시됩니다</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>회의</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Excel workbook ({0})</source>
        <translation>Excel 통합 문서 ({0})</translation>
    </message>
    <message>
        <source>CSV, comma-separated ({0})</source>
        <translation>CSV, 쉼표로 구분 ({0})</translation>
    </message>
    <message>
        <source>Export the action items</source>
        <translation>조치사항 내보내기</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>진행 중만(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>기한 경과만(&amp;V)</translation>
    </message>
    <message>
        <source>Owner: a name or an office…</source>
        <translation>담당: 이름 또는 부서…</translation>
    </message>
    <message>
        <source>Either side</source>
        <translation>모든 측</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>완료 표시</translation>
    </message>
    <message>
        <source>Close the selected action item (Ctrl+D); Ctrl+Z undoes it</source>
        <translation>선택한 조치사항을 완료합니다 (Ctrl+D). Ctrl+Z로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>회의 열기</translation>
    </message>
    <message>
        <source>The session&apos;s outcomes and actions (Enter)</source>
        <translation>회의의 결과 및 조치사항 (Enter)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Write the action items listed here to a .csv or .xlsx file</source>
        <translation>여기 표시된 조치사항을 .csv 또는 .xlsx 파일로 저장합니다</translation>
    </message>
    <message>
        <source>No action items match.

Action items are recorded on a session&apos;s page, in its “Outcomes and actions” tab; open and overdue ones are followed up here.</source>
        <translation>조건에 맞는 조치사항이 없습니다.

조치사항은 회의 화면의 “결과 및 조치사항” 탭에서 기록하며, 진행 중이거나 기한이 지난 항목은 여기에서 챙깁니다.</translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation>조치사항 1건</translation>
    </message>
    <message>
        <source>{0} action items</source>
        <translation>조치사항 {0}건</translation>
    </message>
    <message>
        <source> · {0} overdue</source>
        <translation> · 기한 경과 {0}건</translation>
    </message>
    <message>
        <source>Cannot export to {0}</source>
        <translation>{0}(으)로 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Exported 1 action item to {0}</source>
        <translation>조치사항 1건을 {0}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Exported {0} action items to {1}</source>
        <translation>조치사항 {0}건을 {1}(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>AddHolidayDialog</name>
    <message>
        <source>Add a public holiday</source>
        <translation>공휴일 추가</translation>
    </message>
    <message>
        <source>e.g. 임시공휴일 (Temporary public holiday)</source>
        <translation>예: 임시공휴일</translation>
    </message>
    <message>
        <source>Public holiday of:</source>
        <translation>어느 측의 공휴일:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>Add item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>항목 이동</translation>
    </message>
    <message>
        <source>New draft from the agreed version</source>
        <translation>합의된 버전에서 새 초안 만들기</translation>
    </message>
    <message>
        <source>version {0} &quot;{1}&quot; is no longer agreed; look again</source>
        <translation>버전 {0} &quot;{1}&quot;은(는) 더 이상 합의 상태가 아닙니다. 다시 확인해 주십시오</translation>
    </message>
</context>
<context>
    <name>AgendaCompare</name>
    <message>
        <source>Title</source>
        <translation>영문 제목</translation>
    </message>
    <message>
        <source>제목</source>
        <translation>한국어 제목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>주도</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>수준</translation>
    </message>
    <message>
        <source>Talking points (internal)</source>
        <translation>발언 요지 (내부용)</translation>
    </message>
    <message>
        <source>If raised (internal)</source>
        <translation>상대측 제기 시 (내부용)</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>메모 (내부용)</translation>
    </message>
    <message>
        <source>{0} added · {1} removed · {2} moved · {3} reworded or changed</source>
        <translation>추가 {0} · 삭제 {1} · 이동 {2} · 문구 수정 또는 변경 {3}</translation>
    </message>
    <message>
        <source>No differences in the shared text.</source>
        <translation>공유 내용에 차이가 없습니다.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>문구 수정됨</translation>
    </message>
    <message>
        <source>proposed by {0}</source>
        <translation>제안: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moved&lt;/b&gt; from {0}</source>
        <translation>{0}에서 &lt;b&gt;이동&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moved&lt;/b&gt; to {0}</source>
        <translation>{0}(으)로 &lt;b&gt;이동&lt;/b&gt;</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>new words</source>
        <translation>새 문구</translation>
    </message>
    <message>
        <source>old words</source>
        <translation>이전 문구</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>No agenda yet — start a draft, or copy the agenda of the previous session.</source>
        <translation>아직 의제가 없습니다 — 초안을 새로 시작하거나 이전 회의의 의제를 복사하십시오.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation>한국어 제목</translation>
    </message>
    <message>
        <source>lead side</source>
        <translation>주도 측</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>발언 요지</translation>
    </message>
    <message>
        <source>if-raised lines</source>
        <translation>제기 시 대응 요지</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>No items yet — add the first one with “Add item” (Ctrl+Shift+N).</source>
        <translation>아직 항목이 없습니다 — “항목 추가”(Ctrl+Shift+N)로 첫 항목을 추가하십시오.</translation>
    </message>
    <message>
        <source>Runs {0} min over the {1}-minute session ({2} min planned). Shorten items or lengthen the session.</source>
        <translation>{1}분 회의보다 {0}분 초과합니다 (계획 {2}분). 항목을 줄이거나 회의 시간을 늘리십시오.</translation>
    </message>
    <message>
        <source>Total {0} of {1} minutes</source>
        <translation>합계 {0}분 / {1}분</translation>
    </message>
    <message>
        <source> · {0} min to spare</source>
        <translation> · {0}분 여유</translation>
    </message>
    <message>
        <source> · exactly the session&apos;s length</source>
        <translation> · 회의 시간과 정확히 일치</translation>
    </message>
    <message>
        <source>Start a draft</source>
        <translation>초안 시작</translation>
    </message>
    <message>
        <source>An empty draft proposed by our side</source>
        <translation>우리 측이 제안하는 빈 초안</translation>
    </message>
    <message>
        <source>Copy the previous session&apos;s agenda</source>
        <translation>이전 회의 의제 복사</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <source>Add an item after the selected one</source>
        <translation>선택한 항목 뒤에 항목을 추가합니다</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>하위 항목 추가</translation>
    </message>
    <message>
        <source>Add a sub-item under the selected item</source>
        <translation>선택한 항목 아래에 하위 항목을 추가합니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected item with its sub-items</source>
        <translation>선택한 항목을 하위 항목과 함께 삭제합니다</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>들여쓰기</translation>
    </message>
    <message>
        <source>Make it a sub-item of the item above</source>
        <translation>위 항목의 하위 항목으로 만듭니다</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>내어쓰기</translation>
    </message>
    <message>
        <source>Make it an item of its own</source>
        <translation>독립된 항목으로 만듭니다</translation>
    </message>
    <message>
        <source>Cannot {0}</source>
        <translation>다음 작업을 할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>이 회의는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>No earlier session has an agenda yet</source>
        <translation>의제가 있는 이전 회의가 없습니다</translation>
    </message>
    <message>
        <source>Copy the agenda of session #{0}</source>
        <translation>제{0}차 회의 의제 복사</translation>
    </message>
    <message>
        <source>Copy the agenda of session</source>
        <translation>회의 의제 복사</translation>
    </message>
    <message>
        <source>{0}: {1}, copied into a new draft (outcomes are not copied)</source>
        <translation>{0}: {1} — 새 초안으로 복사됩니다 (결과는 복사되지 않음)</translation>
    </message>
    <message>
        <source>Found in version {0} ({1}).</source>
        <translation>버전 {0}({1})에서 찾았습니다.</translation>
    </message>
    <message>
        <source>No version counts yet.</source>
        <translation>아직 유효한 버전이 없습니다.</translation>
    </message>
    <message>
        <source>The agenda that counts now is version {0} ({1}).</source>
        <translation>현재 유효한 의제는 버전 {0}({1})입니다.</translation>
    </message>
    <message>
        <source>{0} (in a new draft)</source>
        <translation>{0} (새 초안에서)</translation>
    </message>
    <message>
        <source>Edit {0} of {1}</source>
        <translation>항목 {1}의 {0} 편집</translation>
    </message>
    <message>
        <source>Delete item {0} “{1}” and its 1 sub-item?</source>
        <translation>항목 {0} “{1}”과(와) 하위 항목 1개를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete item {0} “{1}” and its {2} sub-items?</source>
        <translation>항목 {0} “{1}”과(와) 하위 항목 {2}개를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>항목 {0} 삭제</translation>
    </message>
    <message>
        <source>Indent {0}</source>
        <translation>항목 {0} 들여쓰기</translation>
    </message>
    <message>
        <source>Outdent {0}</source>
        <translation>항목 {0} 내어쓰기</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>시작 {0}</translation>
    </message>
    <message>
        <source>Copy the agenda of #{0}</source>
        <translation>제{0}차 회의 의제 복사</translation>
    </message>
    <message>
        <source>Copy the agenda of the previous session</source>
        <translation>이전 회의 의제 복사</translation>
    </message>
    <message>
        <source>A new draft with the items of v{0} “{1}”; that version stays as it is.</source>
        <translation>v{0} “{1}”의 항목으로 새 초안을 만듭니다. 원래 버전은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Save as “{0}”</source>
        <translation>“{0}”(으)로 저장</translation>
    </message>
    <message>
        <source>{0} v{1}</source>
        <translation>v{1} {0}</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Propose v{0} “{1}” to the other side?</source>
        <translation>v{0} “{1}”을(를) 상대측에 제안하시겠습니까?</translation>
    </message>
    <message>
        <source>It stays editable until both sides agree it.</source>
        <translation>양측이 합의할 때까지 계속 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>It is locked from then on; later changes go into a new draft.</source>
        <translation>이후에는 잠기며, 이후 변경 사항은 새 초안에 반영됩니다.</translation>
    </message>
    <message>
        <source> v{0} “{1}”, agreed before, goes back to proposed.</source>
        <translation> 이전에 합의된 v{0} “{1}”은(는) 제안 상태로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Mark agreed</source>
        <translation>합의 표시</translation>
    </message>
    <message>
        <source>Mark v{0} “{1}” as agreed by both sides?</source>
        <translation>v{0} “{1}”을(를) 양측 합의 완료로 표시하시겠습니까?</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>합의 해제</translation>
    </message>
    <message>
        <source>Reopen the agreed v{0} “{1}”?</source>
        <translation>합의된 v{0} “{1}”의 합의를 해제하시겠습니까?</translation>
    </message>
    <message>
        <source>It goes back to proposed and can be edited again; the session then has no agreed agenda.</source>
        <translation>제안 상태로 돌아가 다시 편집할 수 있게 되며, 회의에는 합의된 의제가 없게 됩니다.</translation>
    </message>
</context>
<context>
    <name>AgendaFormatting</name>
    <message>
        <source>v{0} · {1} · proposed by {2} · {3}</source>
        <translation>v{0} · {1} · 제안: {2} · {3}</translation>
    </message>
    <message>
        <source>no agenda yet</source>
        <translation>의제 없음</translation>
    </message>
    <message>
        <source>{0} (agreed)</source>
        <translation>{0} (합의됨)</translation>
    </message>
    <message>
        <source>{0} ({1}, not agreed)</source>
        <translation>{0} ({1}, 미합의)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source> — overdue by 1 day</source>
        <translation> — 기한 1일 경과</translation>
    </message>
    <message>
        <source> — overdue by {0} days</source>
        <translation> — 기한 {0}일 경과</translation>
    </message>
</context>
<context>
    <name>AgendaItemModel</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Numbers follow the order and level; drag a row or use Tab / Shift+Tab</source>
        <translation>번호는 순서와 수준에 따라 매겨집니다. 행을 끌거나 Tab / Shift+Tab을 사용하십시오</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>영문 제목</translation>
    </message>
    <message>
        <source>The item&apos;s title in English</source>
        <translation>항목의 영문 제목</translation>
    </message>
    <message>
        <source>제목</source>
        <translation>한국어 제목</translation>
    </message>
    <message>
        <source>The item&apos;s title in Korean</source>
        <translation>항목의 한국어 제목</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>주도</translation>
    </message>
    <message>
        <source>The side that leads the item</source>
        <translation>항목을 주도하는 측</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Who presents the item</source>
        <translation>항목 발표자</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Minutes planned for the item</source>
        <translation>항목에 배정된 시간(분)</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>시작 {0}</translation>
    </message>
    <message>
        <source>When the item starts, from the session start and the minutes above it</source>
        <translation>회의 시작 시각과 앞 항목들의 소요 시간으로 계산한 항목 시작 시각</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time in both capitals</source>
        <translation>양국 수도 시각</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation>미정</translation>
    </message>
    <message>
        <source>Public holiday — {0}</source>
        <translation>공휴일 — {0}</translation>
    </message>
    <message>
        <source>Public holiday in {0}: {1}</source>
        <translation>{0} 공휴일: {1}</translation>
    </message>
</context>
<context>
    <name>AgendaPrompts</name>
    <message>
        <source>This version is agreed. Start a new draft from it?</source>
        <translation>이 버전은 합의되었습니다. 이 버전에서 새 초안을 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>Agreed version</source>
        <translation>합의된 버전</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; stays as agreed. Your edit goes into a new draft copied from it, which you can propose to the other side.</source>
        <translation>&quot;{0}&quot;은(는) 합의된 상태로 유지됩니다. 편집 내용은 이 버전을 복사한 새 초안에 반영되며, 이 초안을 상대측에 제안할 수 있습니다.</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>새 초안 시작</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>의제 항목 삭제</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back.</source>
        <translation>실행 취소(Ctrl+Z)로 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>조치사항 삭제</translation>
    </message>
    <message>
        <source>Delete the action item “{0}”?</source>
        <translation>조치사항 “{0}”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>실행 취소(Ctrl+Z)로 되살릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>{0}{1} · {2} — agenda: {3}</source>
        <translation>{0}{1} · {2} — 의제: {3}</translation>
    </message>
    <message>
        <source>Every session, with where its agenda stands; Enter opens the session page</source>
        <translation>모든 회의와 의제 진행 상황입니다. Enter를 누르면 회의 화면이 열립니다</translation>
    </message>
    <message>
        <source>Open session page</source>
        <translation>회의 화면 열기</translation>
    </message>
    <message>
        <source>The session&apos;s page, on its Agenda tab (Enter in the list of sessions)</source>
        <translation>회의 화면의 의제 탭 (회의 목록에서 Enter)</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>회의(&amp;S):</translation>
    </message>
    <message>
        <source>No sessions yet: plan one in the Sessions view first.</source>
        <translation>아직 회의가 없습니다. 먼저 회의 목록에서 회의를 계획하십시오.</translation>
    </message>
    <message>
        <source>venue to be decided</source>
        <translation>장소 미정</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{0} cannot open the database</source>
        <translation>{0}에서 데이터베이스를 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>BodyTab</name>
    <message>
        <source>These belong to the body and are saved in the database: everyone who opens {0} sees them.</source>
        <translation>이 설정은 협의체에 속하며 데이터베이스에 저장됩니다. {0}을(를) 여는 모든 사람에게 적용됩니다.</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>협의체 이름</translation>
    </message>
    <message>
        <source>Korean name of the body</source>
        <translation>협의체 한국어 이름</translation>
    </message>
    <message>
        <source>The body&apos;s UID</source>
        <translation>협의체 UID</translation>
    </message>
    <message>
        <source>Both desks of one body share it; packages of another body are refused</source>
        <translation>한 협의체의 양측 담당 부서가 함께 씁니다. 다른 협의체의 패키지는 거부됩니다</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Our side: {0}</source>
        <translation>우리 측: {0}</translation>
    </message>
    <message>
        <source>Default handling marking</source>
        <translation>기본 보안 등급 표시</translation>
    </message>
    <message>
        <source>none: packets carry no marking</source>
        <translation>없음: 브리핑 자료에 보안 등급 표시를 넣지 않음</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page of a packet</source>
        <translation>브리핑 자료의 모든 페이지 위아래에 인쇄됩니다</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>부서 이름</translation>
    </message>
    <message>
        <source>e.g. Korea Policy Division</source>
        <translation>예: 한반도정책과</translation>
    </message>
    <message>
        <source>Named as the author of packets and of packages sent to the counterpart</source>
        <translation>브리핑 자료와 상대측에 보내는 패키지의 작성자로 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>UID:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Our side:</source>
        <translation>우리 측:</translation>
    </message>
    <message>
        <source>Default &amp;marking:</source>
        <translation>기본 보안 등급 표시(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>부서(&amp;O):</translation>
    </message>
    <message>
        <source>Time zone problem</source>
        <translation>시간대 문제</translation>
    </message>
    <message>
        <source>Every time is shown in both sides&apos; zones. Sessions keep the zone they were planned in.</source>
        <translation>모든 시각은 양측 시간대로 표시됩니다. 회의는 계획할 때의 시간대를 유지합니다.</translation>
    </message>
    <message>
        <source>This database is open read-only: the body&apos;s settings cannot be changed.</source>
        <translation>이 데이터베이스는 읽기 전용으로 열려 있어 협의체 설정을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Principal&apos;s brief: {0}</source>
        <translation>수석대표 보고 자료: {0}</translation>
    </message>
    <message>
        <source>&amp;Purpose (one to three sentences):</source>
        <translation>목적(한두 문장)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Objectives (one a line, at most three):</source>
        <translation>목표(한 줄에 하나, 최대 3개)(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Key messages (one a line):</source>
        <translation>핵심 메시지(한 줄에 하나)(&amp;K):</translation>
    </message>
    <message>
        <source>What &amp;they want and are likely to raise:</source>
        <translation>상대측 관심 및 예상 제기 사항(&amp;T):</translation>
    </message>
    <message>
        <source>Expected &amp;deliverables:</source>
        <translation>기대 성과(&amp;D):</translation>
    </message>
    <message>
        <source>Pre-&amp;brief (ours):</source>
        <translation>사전 보고(우리측)(&amp;B):</translation>
    </message>
    <message>
        <source>Drafted b&amp;y:</source>
        <translation>작성(&amp;Y):</translation>
    </message>
    <message>
        <source>C&amp;leared by:</source>
        <translation>검토(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Arrival and entry:</source>
        <translation>도착 및 출입(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>회의실(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Interpretation:</source>
        <translation>통역(&amp;I):</translation>
    </message>
    <message>
        <source>Pr&amp;ess arrangements:</source>
        <translation>언론 대응(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Control officer:</source>
        <translation>상대측 연락관(&amp;C):</translation>
    </message>
    <message>
        <source>For our delegation only</source>
        <translation>우리 대표단 전용</translation>
    </message>
    <message>
        <source>Logistics (the pre-brief stays internal)</source>
        <translation>행정 사항(사전 보고는 내부용)</translation>
    </message>
    <message>
        <source>Press and contacts</source>
        <translation>언론 및 연락처</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>문서 관리</translation>
    </message>
    <message>
        <source>Our aim per agenda item</source>
        <translation>의제별 우리측 목표</translation>
    </message>
    <message>
        <source>The brief was not saved</source>
        <translation>보고 자료를 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>CalendarStyle</name>
    <message>
        <source> ({0:+d}d)</source>
        <translation> ({0:+d}일)</translation>
    </message>
    <message>
        <source> (prev. day)</source>
        <translation> (전날)</translation>
    </message>
    <message>
        <source> (next day)</source>
        <translation> (다음 날)</translation>
    </message>
    <message>
        <source> ({0:+d} days)</source>
        <translation> ({0:+d}일)</translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation>미정</translation>
    </message>
    <message>
        <source>Venue: {0}</source>
        <translation>장소: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} · host {2}</source>
        <translation>{0} · {1} · 주최 {2}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Back to today (Home)</source>
        <translation>오늘로 돌아가기 (Home)</translation>
    </message>
    <message>
        <source>Previous (Page Up, Ctrl+Left)</source>
        <translation>이전 (Page Up, Ctrl+←)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next (Page Down, Ctrl+Right)</source>
        <translation>다음 (Page Down, Ctrl+→)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Month, week or a list of the period</source>
        <translation>월별, 주별 또는 기간 목록 보기</translation>
    </message>
    <message>
        <source>No sessions this week. Double-click a day to plan one (or Ctrl+N).</source>
        <translation>이번 주에는 회의가 없습니다. 날짜를 두 번 클릭하여 회의를 계획하십시오 (또는 Ctrl+N).</translation>
    </message>
    <message>
        <source>No sessions this month. Double-click a day to plan one (or Ctrl+N).</source>
        <translation>이번 달에는 회의가 없습니다. 날짜를 두 번 클릭하여 회의를 계획하십시오 (또는 Ctrl+N).</translation>
    </message>
    <message>
        <source>1 session this week</source>
        <translation>이번 주 회의 1건</translation>
    </message>
    <message>
        <source>{0} sessions this week</source>
        <translation>이번 주 회의 {0}건</translation>
    </message>
    <message>
        <source>1 session this month</source>
        <translation>이번 달 회의 1건</translation>
    </message>
    <message>
        <source>{0} sessions this month</source>
        <translation>이번 달 회의 {0}건</translation>
    </message>
    <message>
        <source>, {0} with warnings</source>
        <translation>, 경고 {0}건</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>(hover for the reasons)</source>
        <translation>(마우스를 올리면 사유 표시)</translation>
    </message>
    <message>
        <source>{0} holiday</source>
        <translation>{0} 공휴일</translation>
    </message>
    <message>
        <source>Days in {0} time ({1}); each session&apos;s own zone first</source>
        <translation>날짜는 {0} 시각({1}) 기준이며, 각 회의의 자체 시간대를 먼저 표시합니다</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare agenda versions</source>
        <translation>의제 버전 비교</translation>
    </message>
    <message>
        <source>Include our internal fields (not for a shared screen)</source>
        <translation>내부용 항목 포함 (공유 화면에는 부적합)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>이전(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>이후(&amp;T):</translation>
    </message>
    <message>
        <source>Pick two versions to compare.</source>
        <translation>비교할 두 버전을 선택하십시오.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>비교할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>예기치 않은 문제가 발생했습니다: {0}</translation>
    </message>
    <message>
        <source>This report was also written to {0}</source>
        <translation>이 보고서는 {0}에도 기록되었습니다</translation>
    </message>
</context>
<context>
    <name>CustomSide</name>
    <message>
        <source>e.g. JP</source>
        <translation>예: JP</translation>
    </message>
    <message>
        <source>{0}: code</source>
        <translation>{0}: 코드</translation>
    </message>
    <message>
        <source>{0}: name</source>
        <translation>{0}: 이름</translation>
    </message>
    <message>
        <source>{0}: Korean name</source>
        <translation>{0}: 한국어 이름</translation>
    </message>
    <message>
        <source>{0}: capital</source>
        <translation>{0}: 수도</translation>
    </message>
    <message>
        <source>{0}: time zone</source>
        <translation>{0}: 시간대</translation>
    </message>
    <message>
        <source>{0}: holiday country</source>
        <translation>{0}: 공휴일 국가</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <source>Name (English, 한국어):</source>
        <translation>이름 (영어, 한국어):</translation>
    </message>
    <message>
        <source>Capital:</source>
        <translation>수도:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>공휴일 기준 국가:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>e.g. 2027-01-12, 2027년 1월 12일, 12 Jan 2027</source>
        <translation>예: 2027-01-12, 2027년 1월 12일, 12 Jan 2027</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+↓)</source>
        <translation>달력에서 고르기 (Alt+↓)</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Type it as 2027-01-12, 2027년 1월 12일 or 12 Jan 2027.</source>
        <translation>“{0}”은(는) 날짜가 아닙니다. 2027-01-12, 2027년 1월 12일 또는 12 Jan 2027처럼 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>DelegationModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>회신</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>수석대표</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>차석대표</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>대표단원</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>기록 담당</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>통역</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>참관인</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>초청</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>참석 확정</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>미정</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>Retired since: stays here for the record</source>
        <translation>이후 퇴임: 기록 보존을 위해 남겨 둡니다</translation>
    </message>
    <message>
        <source>Double-click or F2 to change</source>
        <translation>두 번 클릭하거나 F2를 눌러 변경</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <source>{0} confirmed</source>
        <translation>참석 확정 {0}</translation>
    </message>
    <message>
        <source>, {0} declined</source>
        <translation>, 불참 {0}</translation>
    </message>
    <message>
        <source>&amp;Add people…</source>
        <translation>인물 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add people from the directory</source>
        <translation>인물 명단에서 인물을 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제외(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected people out</source>
        <translation>선택한 인물을 대표단에서 제외합니다</translation>
    </message>
    <message>
        <source>&amp;Copy from previous session</source>
        <translation>이전 회의에서 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected delegate up</source>
        <translation>선택한 대표단원을 위로 이동합니다</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected delegate down</source>
        <translation>선택한 대표단원을 아래로 이동합니다</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>No earlier session has a delegation to copy</source>
        <translation>복사할 대표단이 있는 이전 회의가 없습니다</translation>
    </message>
    <message>
        <source>Copy both delegations of “{0}” ({1}) in one step (Ctrl+Shift+C); roles and order are kept, answers start as invited</source>
        <translation>“{0}”({1})의 양측 대표단을 한 번에 복사합니다 (Ctrl+Shift+C). 역할과 순서는 유지되며 회신은 ‘초청’으로 시작합니다</translation>
    </message>
    <message>
        <source>No one is seated for this session yet. Add people from the directory (Ctrl+N) or copy both delegations of “{0}” in one step (Copy from previous session).</source>
        <translation>이 회의에 배정된 인물이 아직 없습니다. 인물 명단에서 인물을 추가하거나(Ctrl+N) “{0}”의 양측 대표단을 한 번에 복사하십시오(이전 회의에서 복사).</translation>
    </message>
    <message>
        <source>No one is seated for this session yet. Add people from the directory (Ctrl+N).</source>
        <translation>이 회의에 배정된 인물이 아직 없습니다. 인물 명단에서 인물을 추가하십시오(Ctrl+N).</translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up / Ctrl+Down); the head of delegation sits first. Double-click a role or an answer to change it.</source>
        <translation>끌어서 순서를 바꿀 수 있습니다(또는 Ctrl+↑ / Ctrl+↓). 수석대표가 맨 앞에 옵니다. 역할이나 회신을 두 번 클릭하면 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot add everyone chosen</source>
        <translation>선택한 인물을 모두 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1명</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0}명</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} 추가</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>제외할 수 없습니다</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} 제외</translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation>복사할 수 없습니다</translation>
    </message>
    <message>
        <source>Copy the delegations of “{0}”</source>
        <translation>“{0}”의 대표단 복사</translation>
    </message>
    <message>
        <source>Copied {0} from “{1}”</source>
        <translation>“{1}”에서 {0}명 복사</translation>
    </message>
    <message>
        <source>{0} already here</source>
        <translation>{0}명은 이미 포함</translation>
    </message>
    <message>
        <source>left out as retired: {0}</source>
        <translation>퇴임으로 제외: {0}</translation>
    </message>
    <message>
        <source>joined as members (a head was named already): {0}</source>
        <translation>대표단원으로 추가 (이미 수석대표가 지정됨): {0}</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation>역할을 변경할 수 없습니다</translation>
    </message>
    <message>
        <source>Make {0} {1}</source>
        <translation>{0}의 역할을 {1}(으)로 지정</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation>회신을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Mark {0} {1}</source>
        <translation>{0}의 회신을 {1}(으)로 표시</translation>
    </message>
    <message>
        <source>Cannot reorder</source>
        <translation>순서를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Reorder the {0} delegation</source>
        <translation>{0} 대표단 순서 변경</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Briefing Desk databases ({0})</source>
        <translation>Briefing Desk 데이터베이스 ({0})</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Your data is safe: every change was saved when it was made. Please send the details below to whoever supports Briefing Desk.</source>
        <translation>데이터는 안전합니다. 모든 변경 사항은 변경할 때마다 저장되었습니다. 아래 세부 정보를 Briefing Desk 지원 담당자에게 보내 주십시오.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Replace the contents of {0} with the backup {1}?

The current contents are not lost: they are kept aside as a copy beside the database.</source>
        <translation>{0}의 내용을 백업 {1}(으)로 바꾸시겠습니까?

현재 내용은 사라지지 않고 데이터베이스 옆에 사본으로 보관됩니다.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} 정보</translation>
    </message>
    <message>
        <source>Plan the sessions of a bilateral consultative body and brief its principal.</source>
        <translation>양자 협의체의 회의를 계획하고 수석대표에게 브리핑합니다.</translation>
    </message>
    <message>
        <source>Qt {0}</source>
        <translation>Qt {0}</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Word documents ({0})</source>
        <translation>Word 문서 ({0})</translation>
    </message>
    <message>
        <source>Save the packet as</source>
        <translation>브리핑 자료 저장</translation>
    </message>
    <message>
        <source>Choose a Word document to build on</source>
        <translation>기반으로 삼을 Word 문서 선택</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} 및 {1}</translation>
    </message>
    <message>
        <source>{0} already exist in {1}.

Replace them with the new packet?</source>
        <translation>{0}이(가) {1}에 이미 있습니다.

새 브리핑 자료로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>{0} already exists in {1}.

Replace it with the new packet?</source>
        <translation>{0}이(가) {1}에 이미 있습니다.

새 브리핑 자료로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Replace the packet</source>
        <translation>브리핑 자료 바꾸기</translation>
    </message>
    <message>
        <source>Session packages ({0})</source>
        <translation>회의 패키지 ({0})</translation>
    </message>
    <message>
        <source>Send to counterpart: choose a folder</source>
        <translation>상대측에 보내기: 폴더 선택</translation>
    </message>
    <message>
        <source>Send to counterpart</source>
        <translation>상대측에 보내기</translation>
    </message>
    <message>
        <source>Write {0}.</source>
        <translation>{0}을(를) 만듭니다.</translation>
    </message>
    <message>
        <source>Also save the counterpart packet (.docx) and the calendar file (.ics) beside it, for readers without Briefing Desk?</source>
        <translation>Briefing Desk가 없는 사람도 볼 수 있도록 상대측용 브리핑 자료(.docx)와 달력 파일(.ics)도 함께 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Package only</source>
        <translation>패키지만</translation>
    </message>
    <message>
        <source>Package, packet and .ics</source>
        <translation>패키지, 브리핑 자료, .ics</translation>
    </message>
    <message>
        <source>Import from counterpart</source>
        <translation>상대측 자료 가져오기</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Send to &amp;counterpart…</source>
        <translation>상대측에 보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the current session&apos;s package for the counterpart office</source>
        <translation>현재 회의의 패키지를 상대측 부서용으로 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Import from counterpart…</source>
        <translation>상대측 자료 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Take in a session package from the counterpart office, after a preview</source>
        <translation>상대측 부서의 회의 패키지를 미리 보기 후 가져옵니다</translation>
    </message>
    <message>
        <source>Send to counterpart</source>
        <translation>상대측에 보내기</translation>
    </message>
    <message>
        <source>Select a session first: open its page, or select it in the Sessions list.</source>
        <translation>먼저 회의를 선택하십시오. 회의 화면을 열거나 회의 목록에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Wrote {0} with {1} in {2}</source>
        <translation>{2}에 {0} 및 {1}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Wrote {0} in {1}</source>
        <translation>{1}에 {0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Import from counterpart</source>
        <translation>상대측 자료 가져오기</translation>
    </message>
    <message>
        <source>{0} is open read-only; nothing can be imported.</source>
        <translation>{0}이(가) 읽기 전용으로 열려 있어 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>패키지를 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Import package {0}</source>
        <translation>패키지 {0} 가져오기</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>작업 중</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>{0} already exists; use File → Open… to open it.</source>
        <translation>{0}이(가) 이미 있습니다. 열려면 파일 → 열기…를 사용하십시오.</translation>
    </message>
    <message>
        <source>{0} is already open</source>
        <translation>{0}이(가) 이미 열려 있습니다</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>A backup is being taken already</source>
        <translation>이미 백업이 진행 중입니다</translation>
    </message>
    <message>
        <source>backing up…</source>
        <translation>백업 중…</translation>
    </message>
    <message>
        <source>backed up at {0}</source>
        <translation>{0}에 백업됨</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>{0}에 백업했습니다</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>restoring…</source>
        <translation>복원 중…</translation>
    </message>
    <message>
        <source>Restoring from {0}…</source>
        <translation>{0}에서 복원하는 중…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message>
        <source>restored at {0}</source>
        <translation>{0}에 복원됨</translation>
    </message>
    <message>
        <source>Restored from {0}; the previous contents are kept at {1}</source>
        <translation>{0}에서 복원했습니다. 이전 내용은 {1}에 보관되어 있습니다</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>No file manager to show {0}</source>
        <translation>{0}을(를) 보여 줄 파일 관리자가 없습니다</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>The body was not set up</source>
        <translation>협의체가 설정되지 않았습니다</translation>
    </message>
    <message>
        <source>Set up the body “{0}”</source>
        <translation>협의체 “{0}” 설정</translation>
    </message>
    <message>
        <source>Set up “{0}”: our side is {1}</source>
        <translation>“{0}” 설정 완료: 우리 측은 {1}입니다</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this database</source>
        <translation>이 데이터베이스 설정</translation>
    </message>
    <message>
        <source>Which consultative body does this database serve, and which side&apos;s desk are you? Both can be changed later in Preferences → Body.</source>
        <translation>이 데이터베이스는 어느 협의체를 위한 것이며, 귀하는 어느 측 담당 부서입니까? 둘 다 나중에 환경설정 → 협의체에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>협의체 이름</translation>
    </message>
    <message>
        <source>Korean name of the body</source>
        <translation>협의체 한국어 이름</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>우리 측</translation>
    </message>
    <message>
        <source>The counterpart side</source>
        <translation>상대측</translation>
    </message>
    <message>
        <source>Why the body cannot be set up</source>
        <translation>협의체를 설정할 수 없는 이유</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Our side:</source>
        <translation>우리 측(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>상대측(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>Sample body &amp;instead</source>
        <translation>대신 예시 협의체(&amp;I)</translation>
    </message>
    <message>
        <source>Fill this database with the fictional sample body, to look around</source>
        <translation>둘러볼 수 있도록 이 데이터베이스를 가상의 예시 협의체로 채웁니다</translation>
    </message>
    <message>
        <source>&amp;Join from a package…</source>
        <translation>패키지로 합류(&amp;J)…</translation>
    </message>
    <message>
        <source>Take the body, its sides and its UID from a package the counterpart desk sent</source>
        <translation>상대측 담당 부서가 보낸 패키지에서 협의체와 양측, UID를 가져옵니다</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Another side…</source>
        <translation>다른 측…</translation>
    </message>
    <message>
        <source>The body needs a name.</source>
        <translation>협의체 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Give {0} a code of 2 to 8 capital letters, such as JP.</source>
        <translation>{0}에 JP처럼 대문자 2~8자의 코드를 지정하십시오.</translation>
    </message>
    <message>
        <source>Our side and the counterpart need different codes.</source>
        <translation>우리 측과 상대측의 코드는 서로 달라야 합니다.</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source> — 1 warning, see the calendar in amber</source>
        <translation> — 경고 1건, 달력의 주황색 표시를 확인하십시오</translation>
    </message>
    <message>
        <source> — {0} warnings, see the calendar in amber</source>
        <translation> — 경고 {0}건, 달력의 주황색 표시를 확인하십시오</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> 외 {0}건</translation>
    </message>
    <message>
        <source>Cannot find the session</source>
        <translation>회의를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>새 회의</translation>
    </message>
    <message>
        <source>Create “{0}”</source>
        <translation>“{0}” 만들기</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>회의를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Created {0}</source>
        <translation>{0}을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} 편집</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>회의를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved {0} and 1 later session of its series</source>
        <translation>{0} 및 같은 반복 회의의 이후 회의 1건을 저장했습니다</translation>
    </message>
    <message>
        <source>Saved {0} and {1} later sessions of its series</source>
        <translation>{0} 및 같은 반복 회의의 이후 회의 {1}건을 저장했습니다</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Change the length of {0}</source>
        <translation>{0}의 길이 변경</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>{0} 옮기기</translation>
    </message>
    <message>
        <source>Cannot move the session</source>
        <translation>회의 일정을 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>Moved {0}</source>
        <translation>{0}의 일정을 옮겼습니다</translation>
    </message>
    <message>
        <source>The database is read-only: nothing can be moved</source>
        <translation>데이터베이스가 읽기 전용이라 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>{0} has been held; it stays where it took place</source>
        <translation>{0}은(는) 이미 열렸으므로 열린 날짜에 그대로 둡니다</translation>
    </message>
    <message>
        <source>{0} is already postponed; Move… gives it a new date</source>
        <translation>{0}은(는) 이미 연기되었습니다. 일정 변경…으로 새 날짜를 지정하십시오</translation>
    </message>
    <message>
        <source>Cannot postpone the session</source>
        <translation>회의를 연기할 수 없습니다</translation>
    </message>
    <message>
        <source>Postpone {0}</source>
        <translation>{0} 연기</translation>
    </message>
    <message>
        <source>Postponed {0}</source>
        <translation>{0}을(를) 연기했습니다</translation>
    </message>
    <message>
        <source>{0} is already cancelled</source>
        <translation>{0}은(는) 이미 취소되었습니다</translation>
    </message>
    <message>
        <source>Cannot cancel the session</source>
        <translation>회의를 취소할 수 없습니다</translation>
    </message>
    <message>
        <source>Cancel {0}</source>
        <translation>{0} 취소</translation>
    </message>
    <message>
        <source>Cancelled {0}</source>
        <translation>{0}을(를) 취소했습니다</translation>
    </message>
    <message>
        <source>Create the series “{0}”</source>
        <translation>“{0}” 시리즈 만들기</translation>
    </message>
    <message>
        <source>Cannot create the series</source>
        <translation>반복 회의를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Created the series “{0}”: 1 session</source>
        <translation>반복 회의 “{0}”을(를) 만들었습니다: 회의 1건</translation>
    </message>
    <message>
        <source>Created the series “{0}”: {1} sessions</source>
        <translation>반복 회의 “{0}”을(를) 만들었습니다: 회의 {1}건</translation>
    </message>
    <message>
        <source>, {0} with warnings</source>
        <translation>, 경고 {0}건</translation>
    </message>
    <message>
        <source>Cannot import the calendar file</source>
        <translation>달력 파일을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} 가져오기</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>{0}을(를) 가져왔습니다: {1}</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>달력을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Exported 1 session to {0}</source>
        <translation>회의 1건을 {0}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Exported {0} sessions to {1}</source>
        <translation>회의 {0}건을 {1}(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0}시간 {1:02d}분</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0}분</translation>
    </message>
    <message>
        <source>{ordinal} session</source>
        <translation>제{number}차 회의</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>Holiday rules: holidays {0}; none added</source>
        <translation>공휴일 규칙: holidays {0}, 추가한 공휴일 없음</translation>
    </message>
    <message>
        <source>Holiday rules: holidays {0}; {1} added, up to {2} (latest added {3})</source>
        <translation>공휴일 규칙: holidays {0}, 추가한 공휴일 {1}일({2}까지, 최근 추가 {3})</translation>
    </message>
    <message>
        <source>Import public holidays</source>
        <translation>공휴일 가져오기</translation>
    </message>
    <message>
        <source>Whose public holidays are these?</source>
        <translation>어느 측의 공휴일입니까?</translation>
    </message>
    <message>
        <source>Cannot import the holidays</source>
        <translation>공휴일을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} 가져오기</translation>
    </message>
    <message>
        <source>Imported {0}: {1} holidays added, {2} already there</source>
        <translation>{0} 가져옴: 공휴일 {1}일 추가, {2}일은 이미 있음</translation>
    </message>
    <message>
        <source>Cannot add the holiday</source>
        <translation>공휴일을 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>Add the public holiday {0}</source>
        <translation>공휴일 {0} 추가</translation>
    </message>
    <message>
        <source>Added the public holiday {0} on {1}</source>
        <translation>{1}에 공휴일 {0}을(를) 추가했습니다</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Update {0} with this row</source>
        <translation>이 행으로 {0} 정보 갱신</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>새 인물로 추가</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>이 행 건너뛰기</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Session</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Outcomes and action items</source>
        <translation>결과 및 조치사항</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Suggestions about our side (not taken)</source>
        <translation>우리 측에 관한 제안 (반영하지 않음)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Import from counterpart</source>
        <translation>상대측 자료 가져오기</translation>
    </message>
    <message>
        <source>From {0}{1} · {2} · made {3} UTC</source>
        <translation>보낸 곳: {0}{1} · {2} · 작성 {3} UTC</translation>
    </message>
    <message>
        <source>Nothing to import: everything in this package is here already.</source>
        <translation>가져올 내용이 없습니다. 이 패키지의 모든 내용이 이미 있습니다.</translation>
    </message>
    <message>
        <source>This database will join the body “{0}” ({1}); our side will be {2}.</source>
        <translation>이 데이터베이스는 협의체 “{0}”({1})에 합류하며, 우리 측은 {2}이(가) 됩니다.</translation>
    </message>
    <message>
        <source>Both desks changed these fields since they last agreed. Choose which value stands, field by field:</source>
        <translation>두 데스크가 마지막으로 합의한 뒤 모두 이 항목을 바꾸었습니다. 항목마다 어느 값을 남길지 고르십시오:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>우리 측</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대 측</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>우리 측 유지</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>상대 측 유지</translation>
    </message>
    <message>
        <source>What the other desk says about our side is not taken unless you tick it:</source>
        <translation>상대 데스크가 우리 측에 관해 보낸 내용은 체크한 것만 반영됩니다:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Choose ours or theirs for each conflict first ({0} left)</source>
        <translation>먼저 충돌마다 우리 측 또는 상대 측을 고르십시오 ({0}개 남음)</translation>
    </message>
    <message>
        <source>Import people from {0}</source>
        <translation>{0}에서 인물 가져오기</translation>
    </message>
    <message>
        <source>no side (each row names its own)</source>
        <translation>측 없음 (행마다 지정)</translation>
    </message>
    <message>
        <source>The side of every row whose side cell is empty, or of the whole list if it has none</source>
        <translation>측 칸이 비어 있는 행의 측, 또는 측 열이 없는 목록 전체의 측</translation>
    </message>
    <message>
        <source>Rows without a &amp;side belong to:</source>
        <translation>측(&amp;S)이 없는 행의 소속:</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1행</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0}행</translation>
    </message>
    <message>
        <source>{0} new</source>
        <translation>신규 {0}</translation>
    </message>
    <message>
        <source>{0} likely already known — choose for each below</source>
        <translation>이미 있는 인물로 보이는 행 {0}개 — 아래에서 각각 선택하십시오</translation>
    </message>
    <message>
        <source>{0} with problems</source>
        <translation>문제 있는 행 {0}개</translation>
    </message>
    <message>
        <source>the list cannot be read as it is</source>
        <translation>목록을 현재 상태로는 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Line 1 (the header): {0}</source>
        <translation>1행 (머리글): {0}</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> 외 {0}개</translation>
    </message>
    <message>
        <source>Columns not imported (not known): {0}</source>
        <translation>가져오지 않는 열 (알 수 없음): {0}</translation>
    </message>
    <message>
        <source>Read as {0}. Columns: {1}</source>
        <translation>{0}(으)로 읽음. 열: {1}</translation>
    </message>
    <message>
        <source>The list does not say which side its people are on: choose the side above.</source>
        <translation>명단에 소속 측이 없습니다. 위에서 측을 고르십시오.</translation>
    </message>
    <message>
        <source>Import 1 person</source>
        <translation>1명 가져오기</translation>
    </message>
    <message>
        <source>Import {0} people</source>
        <translation>{0}명 가져오기</translation>
    </message>
    <message>
        <source>Import is off: line {0} has problems (in red above).</source>
        <translation>가져올 수 없습니다: {0}행에 문제가 있습니다 (위의 빨간색).</translation>
    </message>
    <message>
        <source>Import is off: lines {0} have problems (in red above).</source>
        <translation>가져올 수 없습니다: {0}행에 문제가 있습니다 (위의 빨간색).</translation>
    </message>
    <message>
        <source>A list is imported whole or not at all, so that no one is half-imported: correct the file and open it again.</source>
        <translation>일부만 가져오는 일이 없도록 목록은 전체를 가져오거나 전혀 가져오지 않습니다. 파일을 수정한 뒤 다시 여십시오.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인 결과</translation>
    </message>
    <message>
        <source>If already known</source>
        <translation>이미 있는 경우</translation>
    </message>
    <message>
        <source>Likely {0} (no. {1}): {2}</source>
        <translation>{0} (번호 {1})과(와) 같은 인물로 보임: {2}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
</context>
<context>
    <name>ImportRangeDialog</name>
    <message>
        <source>Horizon and range</source>
        <translation>가져올 기간</translation>
    </message>
    <message>
        <source> years</source>
        <translation>년</translation>
    </message>
    <message>
        <source>A series without an end date is imported this far ahead</source>
        <translation>종료일이 없는 반복 일정은 이 기간까지 가져옵니다</translation>
    </message>
    <message>
        <source>Only sessions &amp;from</source>
        <translation>이 기간의 회의만(&amp;F):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Series without an end: up to</source>
        <translation>종료일 없는 반복 일정: 앞으로</translation>
    </message>
</context>
<context>
    <name>InvalidRowsBanner</name>
    <message>
        <source>{0} session(s) are not shown: their date lies outside the years Briefing Desk accepts ({1}). First: {2}. Restore a backup or run &apos;briefing-desk check&apos;.</source>
        <translation>회의 {0}건이 표시되지 않습니다: 날짜가 Briefing Desk가 받아들이는 연도({1})를 벗어났습니다. 첫 번째: {2}. 백업을 복원하거나 &apos;briefing-desk check&apos;를 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <source>Internal — never leaves our office</source>
        <translation>내부용 — 우리 부서 밖으로 나가지 않음</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— 아직 없음 —</translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>항목을 선택하면 전체 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>영문 제목</translation>
    </message>
    <message>
        <source>The session&apos;s delegations, heads first</source>
        <translation>회의 대표단 (수석대표 먼저)</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>What the item covers; shared with the other side</source>
        <translation>항목의 내용. 상대측과 공유됩니다</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>제목 (&amp;Korean):</source>
        <translation>한국어 제목(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Lead side:</source>
        <translation>주도 측(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Presenter:</source>
        <translation>발표자(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>소요 시간(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Our talking points for the principal</source>
        <translation>수석대표용 발언 요지</translation>
    </message>
    <message>
        <source>Lines to take if the other side raises …</source>
        <translation>상대측이 제기할 경우의 대응 요지 …</translation>
    </message>
    <message>
        <source>Notes for ourselves</source>
        <translation>내부 참고 메모</translation>
    </message>
    <message>
        <source>Talking p&amp;oints:</source>
        <translation>발언 요지(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;If raised:</source>
        <translation>제기 시(&amp;I):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>Not in the counterpart&apos;s edition of the packet, nor in comparisons shown to them.</source>
        <translation>상대측용 브리핑 자료에도, 상대측에 보여 주는 비교에도 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>— either —</source>
        <translation>— 미지정 —</translation>
    </message>
    <message>
        <source>person {0}</source>
        <translation>인물 {0}</translation>
    </message>
    <message>
        <source>{0} (not in the delegations)</source>
        <translation>{0} (대표단에 없음)</translation>
    </message>
    <message>
        <source>Sub-item {0}</source>
        <translation>하위 항목 {0}</translation>
    </message>
    <message>
        <source>Item {0}</source>
        <translation>항목 {0}</translation>
    </message>
    <message>
        <source>  (agreed — shared fields start a new draft)</source>
        <translation>  (합의됨 — 공유 항목을 고치면 새 초안이 시작됨)</translation>
    </message>
    <message>
        <source>Starts {0}</source>
        <translation>시작 {0}</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>개최됨</translation>
    </message>
    <message>
        <source>held</source>
        <translation>개최됨</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>연기됨</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>연기됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>실무급</translation>
    </message>
    <message>
        <source>working</source>
        <translation>실무급</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>고위급</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>고위급</translation>
    </message>
    <message>
        <source>Ministerial</source>
        <translation>장관급</translation>
    </message>
    <message>
        <source>ministerial</source>
        <translation>장관급</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>합의됨</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>합의됨</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>같은 이메일</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>같은 이름과 기관</translation>
    </message>
</context>
<context>
    <name>LocalShortcuts</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>전체 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>전체 검색</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>데이터베이스 파일</translation>
    </message>
    <message>
        <source>Database state</source>
        <translation>데이터베이스 상태</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>검색(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>이 목록 필터(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Briefing Desk</source>
        <translation>Briefing Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>회의를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open the agenda item</source>
        <translation>의제 항목을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Backup on close failed</source>
        <translation>닫을 때 백업하지 못했습니다</translation>
    </message>
    <message>
        <source>{0}

Your data itself is saved.</source>
        <translation>{0}

데이터 자체는 저장되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>이름</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>영문 직함</translation>
    </message>
    <message>
        <source>직함</source>
        <translation>한글 직함</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>기관</source>
        <translation>한글 기관명</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>측</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>약력</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>퇴임</translation>
    </message>
    <message>
        <source>active</source>
        <translation>재직</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>두 기록 병합</translation>
    </message>
    <message>
        <source>These two records are one person. The kept record takes the other&apos;s values where its own are empty; both sets of internal notes are kept. Sessions and agenda items move to the kept record, and the other record goes. Ctrl+Z undoes the merge.</source>
        <translation>두 기록은 같은 인물입니다. 남기는 기록의 빈 칸은 다른 기록의 값으로 채워지고, 양쪽의 내부 메모는 모두 보존됩니다. 회의와 의제 항목은 남기는 기록으로 옮겨지고 다른 기록은 삭제됩니다. Ctrl+Z로 병합을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Keep {0} (no. {1})</source>
        <translation>{0} (번호 {1}) 남기기</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>{0} (no. {1}) — kept</source>
        <translation>{0} (번호 {1}) — 남김</translation>
    </message>
    <message>
        <source>{0} (no. {1}) — merged away</source>
        <translation>{0} (번호 {1}) — 병합되어 삭제</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>병합 후</translation>
    </message>
    <message>
        <source>Not kept: {0}</source>
        <translation>보존되지 않음: {0}</translation>
    </message>
    <message>
        <source>Both records&apos; notes</source>
        <translation>두 기록의 메모</translation>
    </message>
    <message>
        <source>Taken from {0}</source>
        <translation>{0}에서 가져옴</translation>
    </message>
    <message>
        <source>{0} is on the {1} side and {2} on the {3} side: correct the side of one first if they really are the same person.</source>
        <translation>{0}은(는) {1} 측, {2}은(는) {3} 측입니다. 정말 같은 인물이라면 먼저 한쪽의 측을 바로잡으십시오.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+{0} more</source>
        <translation>+{0}건 더</translation>
    </message>
    <message>
        <source>Public holiday in {0}: {1}</source>
        <translation>{0} 공휴일: {1}</translation>
    </message>
    <message>
        <source>Also on this day:</source>
        <translation>이날의 다른 회의:</translation>
    </message>
    <message>
        <source>On this day:</source>
        <translation>이날의 회의:</translation>
    </message>
    <message>
        <source>venue to be decided</source>
        <translation>장소 미정</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move “{0}”</source>
        <translation>“{0}” 일정 변경</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>변경할 일시(&amp;M)</translation>
    </message>
    <message>
        <source>In both capitals</source>
        <translation>양국 수도 시각</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>일정 변경</translation>
    </message>
    <message>
        <source>Cannot move yet: {0}.</source>
        <translation>아직 일정을 변경할 수 없습니다: {0}.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Calendar</source>
        <translation>달력</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>브리핑 자료</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Views</source>
        <translation>보기 목록</translation>
    </message>
    <message>
        <source>Calendar, Sessions, People, Agenda, Action items, Packets</source>
        <translation>달력, 회의, 인물, 의제, 조치사항, 브리핑 자료</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>The body this database serves</source>
        <translation>이 데이터베이스의 협의체</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>Save as new version</source>
        <translation>새 버전으로 저장</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>이름(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>제안 측(&amp;P):</translation>
    </message>
</context>
<context>
    <name>NextSessionStrip</name>
    <message>
        <source>No upcoming session is planned.</source>
        <translation>예정된 회의가 없습니다.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>화상</translation>
    </message>
    <message>
        <source>venue not set</source>
        <translation>장소 미정</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>{0} (agreed)</source>
        <translation>{0} (합의됨)</translation>
    </message>
    <message>
        <source>{0} ({1}, not agreed)</source>
        <translation>{0} ({1}, 미합의)</translation>
    </message>
    <message>
        <source>Now: {0}, {1}, {2} — agenda: {3}</source>
        <translation>진행 중: {0}, {1}, {2} — 의제: {3}</translation>
    </message>
    <message>
        <source>Next: {0}, {1}, {2} — agenda: {3}</source>
        <translation>다음 회의: {0}, {1}, {2} — 의제: {3}</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>다음 회의</translation>
    </message>
    <message>
        <source>The next session</source>
        <translation>다음 회의</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Show the next session</source>
        <translation>다음 회의 보기</translation>
    </message>
    <message>
        <source>Show this session in the Sessions list</source>
        <translation>회의 목록에서 이 회의를 표시합니다</translation>
    </message>
</context>
<context>
    <name>NoMatchesBar</name>
    <message>
        <source>Clear the filter</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”.</source>
        <translation>“{0}”과(와) 일치하는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{day} is a public holiday in {side}: {holiday}</source>
        <translation>{day}은(는) {side}의 공휴일입니다: {holiday}</translation>
    </message>
    <message>
        <source>on a weekend in {place}: {when}</source>
        <translation>{place} 기준 주말입니다: {when}</translation>
    </message>
    <message>
        <source>outside {day_start}–{day_end} in {place}: {start}–{end}</source>
        <translation>{place} 기준 근무시간({day_start}–{day_end}) 밖입니다: {start}–{end}</translation>
    </message>
    <message>
        <source>{person} is also in session {session}, which overlaps</source>
        <translation>{person}은(는) 시간이 겹치는 회의 {session}에도 참석합니다</translation>
    </message>
    <message>
        <source>{person} is also in “{title}” ({start}), which overlaps this session</source>
        <translation>{person}은(는) 이 회의와 시간이 겹치는 “{title}”({start})에도 참석합니다</translation>
    </message>
    <message>
        <source>{at} does not exist in {zone}: the clocks go forward then</source>
        <translation>{at}은(는) {zone}에 없는 시각입니다: 그때 서머타임으로 시계가 앞당겨집니다</translation>
    </message>
    <message>
        <source>{at} happens twice in {zone} (the clocks go back); the first one is meant</source>
        <translation>{at}은(는) {zone}에서 두 번 있는 시각입니다(서머타임 해제). 첫 번째 시각으로 봅니다</translation>
    </message>
    <message>
        <source>a session needs a title</source>
        <translation>회의 제목이 필요합니다</translation>
    </message>
    <message>
        <source>double booking: session {session} is at the same time</source>
        <translation>중복 일정: 회의 {session}이(가) 같은 시간에 있습니다</translation>
    </message>
    <message>
        <source>a series needs a title</source>
        <translation>반복 회의 제목이 필요합니다</translation>
    </message>
    <message>
        <source>a series needs an end: an end date or a number of sessions</source>
        <translation>반복 회의의 끝이 필요합니다: 종료 날짜나 회의 횟수를 정하십시오</translation>
    </message>
    <message>
        <source>a series has at least one session</source>
        <translation>반복 회의는 한 번 이상 열려야 합니다</translation>
    </message>
    <message>
        <source>a series needs at least one host in its rotation</source>
        <translation>주최 순서에 주최 측이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>host “{host}” is neither a side ({sides}) nor a video turn</source>
        <translation>주최 “{host}”은(는) 당사자({sides})도 화상 회의 차례도 아닙니다</translation>
    </message>
    <message>
        <source>unknown time zone “{zone}” (use an IANA name such as Asia/Seoul)</source>
        <translation>알 수 없는 시간대 “{zone}”입니다(Asia/Seoul 같은 IANA 이름을 쓰십시오)</translation>
    </message>
    <message>
        <source>a session lasts between 5 minutes and a week</source>
        <translation>회의 시간은 5분에서 1주일 사이여야 합니다</translation>
    </message>
    <message>
        <source>a session number is between 1 and {most}</source>
        <translation>회의 차수는 1에서 {most} 사이여야 합니다</translation>
    </message>
    <message>
        <source>an action item needs a text saying what is to be done</source>
        <translation>조치사항에는 할 일을 적은 내용이 필요합니다</translation>
    </message>
    <message>
        <source>the action item has not been saved yet</source>
        <translation>조치사항이 아직 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>an action item&apos;s text has at most {max_text} characters</source>
        <translation>조치사항 내용은 최대 {max_text}자입니다</translation>
    </message>
    <message>
        <source>agenda item {agenda_item_id} is not on this session&apos;s agenda</source>
        <translation>의제 항목 {agenda_item_id}은(는) 이 회의의 의제에 없습니다</translation>
    </message>
    <message>
        <source>closing an action item makes it done or dropped, not open</source>
        <translation>조치사항을 닫으면 완료나 철회가 됩니다. 미완료로 닫을 수는 없습니다</translation>
    </message>
    <message>
        <source>the agenda item has not been saved yet</source>
        <translation>의제 항목이 아직 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>agenda version {version_id} belongs to another session</source>
        <translation>의제 버전 {version_id}은(는) 다른 회의의 것입니다</translation>
    </message>
    <message>
        <source>there is no person {presenter_id} to present the item</source>
        <translation>항목을 발표할 인물 {presenter_id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the current version &apos;{latest_label}&apos; ({proposed_by}, {latest_status}) is not a draft of ours; start one with &apos;agenda new SESSION&apos;</source>
        <translation>현재 버전 “{latest_label}”({proposed_by}, {latest_status})은(는) 우리 측 초안이 아닙니다. &apos;agenda new SESSION&apos;으로 초안을 시작하십시오</translation>
    </message>
    <message>
        <source>&apos;{version_label}&apos; has no item {number}</source>
        <translation>“{version_label}”에 항목 {number}이(가) 없습니다</translation>
    </message>
    <message>
        <source>this session has no agenda yet; start a draft with &apos;agenda new SESSION&apos;</source>
        <translation>이 회의에는 아직 의제가 없습니다. &apos;agenda new SESSION&apos;으로 초안을 시작하십시오</translation>
    </message>
    <message>
        <source>an agenda item needs a title in English or Korean</source>
        <translation>의제 항목에는 영어나 한국어 제목이 필요합니다</translation>
    </message>
    <message>
        <source>agenda item {item_id} is not in this version</source>
        <translation>의제 항목 {item_id}은(는) 이 버전에 없습니다</translation>
    </message>
    <message>
        <source>an agreed version is locked; reopen it (back to proposed) or edit a new draft from it</source>
        <translation>합의된 버전은 잠겨 있습니다. 다시 열거나(제안됨으로 되돌리기) 이 버전으로 새 초안을 만들어 편집하십시오</translation>
    </message>
    <message>
        <source>the first item cannot be a sub-item</source>
        <translation>첫 항목은 하위 항목이 될 수 없습니다</translation>
    </message>
    <message>
        <source>lead side “{lead_side}” is not one of this body&apos;s sides {list_side_codes}</source>
        <translation>주도 측 “{lead_side}”은(는) 이 협의체의 측({list_side_codes})이 아닙니다</translation>
    </message>
    <message>
        <source>level {level} is not 0 (item or section) or 1 (sub-item)</source>
        <translation>수준 {level}은(는) 0(항목 또는 구분)이나 1(하위 항목)이 아닙니다</translation>
    </message>
    <message>
        <source>minutes must be between 0 and {max_item_minutes}, not {minutes}</source>
        <translation>시간(분)은 0에서 {max_item_minutes} 사이여야 합니다({minutes}이(가) 아님)</translation>
    </message>
    <message>
        <source>a sub-item cannot come first; make it an item or put it below one</source>
        <translation>하위 항목은 맨 앞에 올 수 없습니다. 항목으로 바꾸거나 다른 항목 아래에 두십시오</translation>
    </message>
    <message>
        <source>version {version_version} &quot;{version_label}&quot; is agreed and locked; edit a new draft made from it (its talking points, notes and outcomes stay editable)</source>
        <translation>버전 {version_version} “{version_label}”은(는) 합의되어 잠겨 있습니다. 이 버전으로 만든 새 초안을 편집하십시오(발언 요지, 메모, 결과는 계속 편집할 수 있습니다)</translation>
    </message>
    <message>
        <source>the version is already {new}</source>
        <translation>이 버전은 이미 {new} 상태입니다</translation>
    </message>
    <message>
        <source>a {current} version cannot become {new}; it goes draft → proposed → agreed</source>
        <translation>{current} 버전은 {new}(으)로 바꿀 수 없습니다. 초안 → 제안됨 → 합의됨 순서입니다</translation>
    </message>
    <message>
        <source>a version label has at most {max_label} characters</source>
        <translation>버전 이름은 최대 {max_label}자입니다</translation>
    </message>
    <message>
        <source>a version needs a label, such as &quot;our draft 2&quot;</source>
        <translation>버전에는 “우리 초안 2” 같은 이름이 필요합니다</translation>
    </message>
    <message>
        <source>version {version_version} is {version_status}; only a draft can be deleted</source>
        <translation>버전 {version_version}은(는) {version_status} 상태입니다. 초안만 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (그 밖에 {count}건)</translation>
    </message>
    <message>
        <source>{path} already holds sessions or people; change its body with &apos;body edit&apos;</source>
        <translation>{path}에 이미 회의나 인물이 있습니다. &apos;body edit&apos;으로 협의체를 바꾸십시오</translation>
    </message>
    <message>
        <source>the body is already set up as “{body_name}”; change it with &apos;body edit&apos;</source>
        <translation>협의체가 이미 “{body_name}”(으)로 설정되어 있습니다. &apos;body edit&apos;으로 바꾸십시오</translation>
    </message>
    <message>
        <source>the body “{body_name}” has been changed since; nothing was changed</source>
        <translation>협의체 “{body_name}”이(가) 그사이 바뀌었습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>the body needs a name</source>
        <translation>협의체 이름이 필요합니다</translation>
    </message>
    <message>
        <source>body UID “{uid}” is not a UUID such as 0f8c…-…</source>
        <translation>협의체 UID “{uid}”은(는) UUID(예: 0f8c…-…)가 아닙니다</translation>
    </message>
    <message>
        <source>default session length must be between 5 minutes and a day</source>
        <translation>기본 회의 시간은 5분에서 하루 사이여야 합니다</translation>
    </message>
    <message>
        <source>home side “{home_side}” is not one of {codes}</source>
        <translation>우리 측 “{home_side}”은(는) {codes} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>our side and the counterpart side are both {ours_code}; they need different codes</source>
        <translation>우리 측과 상대측이 모두 {ours_code}입니다. 코드가 서로 달라야 합니다</translation>
    </message>
    <message>
        <source>our side and the counterpart side are both {new_home_code}; they need different codes</source>
        <translation>우리 측과 상대측이 모두 {new_home_code}입니다. 코드가 서로 달라야 합니다</translation>
    </message>
    <message>
        <source>a side&apos;s code cannot change while sessions or people of that side exist; nothing was changed</source>
        <translation>그 측의 회의나 인물이 있는 동안에는 측 코드를 바꿀 수 없습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>side code “{code_given}” must be 2 to 8 capital letters</source>
        <translation>측 코드 “{code_given}”은(는) 대문자 2~8자여야 합니다</translation>
    </message>
    <message>
        <source>side {code_given}: holiday country “{holiday_country}” must be a two-letter ISO code such as KR</source>
        <translation>측 {code_given}: 공휴일 국가 “{holiday_country}”은(는) KR 같은 두 글자 ISO 코드여야 합니다</translation>
    </message>
    <message>
        <source>side {code_given} needs a name</source>
        <translation>측 {code_given}에 이름이 필요합니다</translation>
    </message>
    <message>
        <source>side {code_given}: no public holidays are known for country “{holiday_country}”</source>
        <translation>측 {code_given}: 국가 “{holiday_country}”의 공휴일은 알려져 있지 않습니다</translation>
    </message>
    <message>
        <source>side {side_given} is not one this app knows (ROK, US): give it {missing}</source>
        <translation>측 {side_given}은(는) 이 앱이 아는 측(ROK, US)이 아닙니다: {missing}을(를) 정하십시오</translation>
    </message>
    <message>
        <source>the two sides need different codes</source>
        <translation>두 측의 코드는 서로 달라야 합니다</translation>
    </message>
    <message>
        <source>unknown side “{code_given}”; this body&apos;s sides are {side_codes}</source>
        <translation>알 수 없는 측 “{code_given}”입니다. 이 협의체의 측은 {side_codes}입니다</translation>
    </message>
    <message>
        <source>unknown time zone “{name}” (use an IANA name such as Asia/Seoul)</source>
        <translation>알 수 없는 시간대 “{name}”입니다(Asia/Seoul 같은 IANA 이름을 쓰십시오)</translation>
    </message>
    <message>
        <source>the {field} field is longer than {max_field_chars} characters</source>
        <translation>{field} 항목이 {max_field_chars}자를 넘습니다</translation>
    </message>
    <message>
        <source>a session has at most {max_objectives} objectives (one a line)</source>
        <translation>회의 목표는 최대 {max_objectives}개입니다(한 줄에 하나)</translation>
    </message>
    <message>
        <source>the horizon is 1 to {max_horizon_years} years (not {horizon_years})</source>
        <translation>기간은 1~{max_horizon_years}년입니다({horizon_years}이(가) 아님)</translation>
    </message>
    <message>
        <source>kept ours of “{current_title}”: the file&apos;s is older ({older})</source>
        <translation>“{current_title}”은(는) 우리 것을 유지했습니다: 파일의 것이 더 오래되었습니다({older})</translation>
    </message>
    <message>
        <source>the range ends ({last}) before it begins ({first})</source>
        <translation>범위의 끝({last})이 시작({first})보다 앞섭니다</translation>
    </message>
    <message>
        <source>Briefing Desk does not know which country&apos;s holidays {side_name} keeps</source>
        <translation>Briefing Desk는 {side_name}이(가) 어느 나라의 공휴일을 따르는지 모릅니다</translation>
    </message>
    <message>
        <source>a holiday needs a name of at most 200 characters</source>
        <translation>공휴일에는 200자 이내의 이름이 필요합니다</translation>
    </message>
    <message>
        <source>{source_name} lists more than {max_holidays_in_file} holidays; it is refused</source>
        <translation>{source_name}에 공휴일이 {max_holidays_in_file}개를 넘게 있습니다. 받지 않았습니다</translation>
    </message>
    <message>
        <source>{source_name} is not a valid calendar ({exc})</source>
        <translation>{source_name}은(는) 올바른 달력 파일이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{day} is outside the dates Briefing Desk reads ({earliest_year}–{latest_year})</source>
        <translation>{day}은(는) Briefing Desk가 읽는 날짜({earliest_year}–{latest_year}) 밖입니다</translation>
    </message>
    <message>
        <source>the public holiday on {day} ({country}) has been changed since; nothing was changed</source>
        <translation>{day}({country})의 공휴일이 그사이 바뀌었습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>skipped “{title}”: a holiday of more than two weeks</source>
        <translation>“{title}”을(를) 건너뛰었습니다: 2주보다 긴 공휴일입니다</translation>
    </message>
    <message>
        <source>skipped “{title}”: not an all-day date</source>
        <translation>“{title}”을(를) 건너뛰었습니다: 종일 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>{what} {shown} is outside the years Briefing Desk accepts ({range_text})</source>
        <translation>{what} {shown}은(는) Briefing Desk가 받는 연도({range_text}) 밖입니다</translation>
    </message>
    <message>
        <source>{what} in the year {year} is outside the years Briefing Desk accepts ({range_text})</source>
        <translation>{what}의 연도 {year}은(는) Briefing Desk가 받는 연도({range_text}) 밖입니다</translation>
    </message>
    <message>
        <source>{person_name} is already in the delegations of session {session_id}</source>
        <translation>{person_name}은(는) 이미 회의 {session_id}의 대표단에 있습니다</translation>
    </message>
    <message>
        <source>{head_name} already heads the {person_side} delegation; make them deputy or member before naming {person_name} head</source>
        <translation>{head_name}이(가) 이미 {person_side} 대표단의 수석대표입니다. {person_name}을(를) 수석대표로 정하기 전에 그를 차석대표나 대표단원으로 바꾸십시오</translation>
    </message>
    <message>
        <source>the head of delegation sits first; {head_name} must stay at the top</source>
        <translation>수석대표가 맨 앞에 앉습니다. {head_name}은(는) 맨 위에 있어야 합니다</translation>
    </message>
    <message>
        <source>the new order must name each member of the {side} delegation exactly once</source>
        <translation>새 순서에는 {side} 대표단의 모든 구성원이 한 번씩 들어가야 합니다</translation>
    </message>
    <message>
        <source>no earlier session has a delegation to copy</source>
        <translation>복사할 대표단이 있는 이전 회의가 없습니다</translation>
    </message>
    <message>
        <source>{person_name} is not in the delegations of session {session_id}</source>
        <translation>{person_name}은(는) 회의 {session_id}의 대표단에 없습니다</translation>
    </message>
    <message>
        <source>{person_name} is retired; reinstate them before adding them to a delegation</source>
        <translation>{person_name}은(는) 퇴임 처리되었습니다. 대표단에 넣기 전에 복귀시키십시오</translation>
    </message>
    <message>
        <source>unknown side “{code_given}”</source>
        <translation>알 수 없는 측 “{code_given}”입니다</translation>
    </message>
    <message>
        <source>{path} already holds {held}; {what} fills an empty database — use --db NEW_FILE</source>
        <translation>{path}에 이미 {held}이(가) 있습니다. {what}은(는) 빈 데이터베이스를 채웁니다 — --db NEW_FILE을 쓰십시오</translation>
    </message>
    <message>
        <source>a large body needs at least one year</source>
        <translation>대규모 협의체에는 최소 1년이 필요합니다</translation>
    </message>
    <message>
        <source>the template {template} cannot be read as a Word document ({exc})</source>
        <translation>서식 파일 {template}을(를) Word 문서로 읽을 수 없습니다({exc})</translation>
    </message>
    <message>
        <source>the backup of {database} failed: {exc}; the database is unchanged</source>
        <translation>{database} 백업에 실패했습니다: {exc}. 데이터베이스는 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>cannot read {database} to back it up: {exc}</source>
        <translation>백업하려고 {database}을(를) 읽을 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{path} is sound as a file, but {problems}{more}</source>
        <translation>{path}은(는) 파일로서는 이상이 없지만 {problems}{more}</translation>
    </message>
    <message>
        <source>there is no suggestion {number}</source>
        <translation>제안 {number}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the package is of the body {named_incoming}; this database serves {named_ours}, so it was not imported (nothing was changed)</source>
        <translation>이 패키지는 협의체 {named_incoming}의 것입니다. 이 데이터베이스는 {named_ours}의 것이므로 가져오지 않았습니다(아무것도 바꾸지 않음)</translation>
    </message>
    <message>
        <source>the package does not say side {incoming_code}&apos;s time zone; set the body up first (&apos;body setup&apos;)</source>
        <translation>패키지에 측 {incoming_code}의 시간대가 없습니다. 먼저 협의체를 설정하십시오(&apos;body setup&apos;)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the package file must end in {suffix} (got {target_name})</source>
        <translation>패키지 파일 이름은 {suffix}(으)로 끝나야 합니다({target_name}이(가) 아님)</translation>
    </message>
    <message>
        <source>the packet and the .ics can only be written beside a package that holds them</source>
        <translation>브리핑 자료와 .ics는 그것을 담은 패키지 옆에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>cannot find a free temporary name in {target_parent}</source>
        <translation>{target_parent}에서 비어 있는 임시 파일 이름을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write in {target_parent}: {exc}</source>
        <translation>{target_parent}에 쓸 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>the folder {out_path_parent} does not exist</source>
        <translation>폴더 {out_path_parent}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{out_path} is a folder; name the packet file</source>
        <translation>{out_path}은(는) 폴더입니다. 브리핑 자료 파일의 이름을 정하십시오</translation>
    </message>
    <message>
        <source>the Korean edition is for a Korean delegation; this copy&apos;s side is {home_name}</source>
        <translation>한국어판은 한국 대표단용입니다. 이 사본의 측은 {home_name}입니다</translation>
    </message>
    <message>
        <source>the number of copies must be between 1 and {max_copies} (got {copies})</source>
        <translation>부수는 1에서 {max_copies} 사이여야 합니다({copies}이(가) 아님)</translation>
    </message>
    <message>
        <source>the packet was cancelled; nothing was written</source>
        <translation>브리핑 자료 만들기를 취소했습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>the packet could not be written to {target}: {exc}</source>
        <translation>브리핑 자료를 {target}에 쓰지 못했습니다: {exc}</translation>
    </message>
    <message>
        <source>the packet file must end in .docx (got {out_path_name})</source>
        <translation>브리핑 자료 파일 이름은 .docx로 끝나야 합니다({out_path_name}이(가) 아님)</translation>
    </message>
    <message>
        <source>the packet&apos;s language must be one of {languages} (got “{language}”)</source>
        <translation>브리핑 자료의 언어는 {languages} 중 하나여야 합니다(“{language}”이(가) 아님)</translation>
    </message>
    <message>
        <source>the template and the packet cannot be the same file</source>
        <translation>서식 파일과 브리핑 자료는 같은 파일일 수 없습니다</translation>
    </message>
    <message>
        <source>an item&apos;s aim is at most {max_aim_chars} characters</source>
        <translation>항목의 목표는 최대 {max_aim_chars}자입니다</translation>
    </message>
    <message>
        <source>LibreOffice could not convert {source_name} to PDF; no PDF was written</source>
        <translation>LibreOffice가 {source_name}을(를) PDF로 변환하지 못했습니다. PDF는 만들지 않았습니다</translation>
    </message>
    <message>
        <source>LibreOffice is needed for --pdf but was not found (no &apos;soffice&apos; program); install LibreOffice, or leave out --pdf</source>
        <translation>--pdf에는 LibreOffice가 필요한데 찾지 못했습니다(&apos;soffice&apos; 프로그램이 없음). LibreOffice를 설치하거나 --pdf를 빼십시오</translation>
    </message>
    <message>
        <source>the PDF could not be written: {exc}</source>
        <translation>PDF를 쓰지 못했습니다: {exc}</translation>
    </message>
    <message>
        <source>LibreOffice did not finish the PDF within {seconds} seconds; no PDF was written</source>
        <translation>LibreOffice가 {seconds}초 안에 PDF를 끝내지 못했습니다. PDF는 만들지 않았습니다</translation>
    </message>
    <message>
        <source>{keep_name} ({keep_side}) and {merge_name} ({merge_side}) are on different sides; correct the side of one first if they are the same person</source>
        <translation>{keep_name}({keep_side})과(와) {merge_name}({merge_side})은(는) 측이 다릅니다. 같은 사람이라면 먼저 한쪽의 측을 고치십시오</translation>
    </message>
    <message>
        <source>{person_name} is named in sessions or agendas; retire them instead</source>
        <translation>{person_name}은(는) 회의나 의제에 이름이 올라 있습니다. 대신 퇴임 처리하십시오</translation>
    </message>
    <message>
        <source>there is no person “{key}” (give an id from &apos;people list&apos; or an e-mail)</source>
        <translation>인물 “{key}”이(가) 없습니다(&apos;people list&apos;의 id나 이메일을 쓰십시오)</translation>
    </message>
    <message>
        <source>only a saved record can be put back</source>
        <translation>저장된 기록만 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>{count_matches} people have the e-mail “{key}”; name one by its id</source>
        <translation>이메일이 “{key}”인 인물이 {count_matches}명입니다. id로 한 명을 지정하십시오</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>기록을 자기 자신과 병합할 수는 없습니다</translation>
    </message>
    <message>
        <source>the {layout_name} layout is a CSV file: export to a .csv</source>
        <translation>{layout_name} 형식은 CSV 파일입니다: .csv로 내보내십시오</translation>
    </message>
    <message>
        <source>the layout is one of {export_layouts} (not “{layout}”)</source>
        <translation>형식은 {export_layouts} 중 하나입니다(“{layout}”이(가) 아님)</translation>
    </message>
    <message>
        <source>{person_name} now sits in a session; the import can no longer be undone</source>
        <translation>{person_name}이(가) 이제 회의에 참석합니다. 가져오기를 더는 되돌릴 수 없습니다</translation>
    </message>
    <message>
        <source>e-mail “{email}” is not an address</source>
        <translation>이메일 “{email}”은(는) 올바른 주소가 아닙니다</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>the backup folder {chosen} cannot be made: {chosen_parent} does not exist</source>
        <translation>백업 폴더 {chosen}을(를) 만들 수 없습니다: {chosen_parent}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the backup folder must be a full path, not “{folder}”</source>
        <translation>백업 폴더는 전체 경로여야 합니다(“{folder}”이(가) 아님)</translation>
    </message>
    <message>
        <source>the {label} is {count_text} characters long; at most {limit} fit</source>
        <translation>{label}이(가) {count_text}자입니다. 최대 {limit}자까지 들어갑니다</translation>
    </message>
    <message>
        <source>{chosen} is a file, not a folder; backups need a folder</source>
        <translation>{chosen}은(는) 폴더가 아닌 파일입니다. 백업에는 폴더가 필요합니다</translation>
    </message>
    <message>
        <source>the {label} must be one line</source>
        <translation>{label}은(는) 한 줄이어야 합니다</translation>
    </message>
    <message>
        <source>{side_code}: no public holidays are known for country “{country}”</source>
        <translation>{side_code}: 국가 “{country}”의 공휴일은 알려져 있지 않습니다</translation>
    </message>
    <message>
        <source>{side_name}: {problem}</source>
        <translation>{side_name}: {problem}</translation>
    </message>
    <message>
        <source>unknown side “{unknown}”; this body&apos;s sides are {side_codes}</source>
        <translation>알 수 없는 측 “{unknown}”입니다. 이 협의체의 측은 {side_codes}입니다</translation>
    </message>
    <message>
        <source>a time zone is needed (an IANA name such as Asia/Seoul)</source>
        <translation>시간대가 필요합니다(Asia/Seoul 같은 IANA 이름)</translation>
    </message>
    <message>
        <source>“{zone}” is not a place in the IANA time zone database (use a name such as America/New_York)</source>
        <translation>“{zone}”은(는) IANA 시간대 데이터베이스에 있는 지명이 아닙니다(America/New_York 같은 이름을 쓰십시오)</translation>
    </message>
    <message>
        <source>{what} asks for {count} sessions; Briefing Desk plans at most {max_occurrences}</source>
        <translation>{what}은(는) 회의 {count}회를 요청합니다. Briefing Desk는 최대 {max_occurrences}회를 계획합니다</translation>
    </message>
    <message>
        <source>{what} has both an end date and a number of sessions; give one</source>
        <translation>{what}에 종료 날짜와 회의 횟수가 모두 있습니다. 하나만 정하십시오</translation>
    </message>
    <message>
        <source>{what}: BYDAY={parts} asks for a weekday that no month has</source>
        <translation>{what}: BYDAY={parts}은(는) 어느 달에도 없는 요일을 요청합니다</translation>
    </message>
    <message>
        <source>{what}: BYDAY={parts} is not a list of weekdays</source>
        <translation>{what}: BYDAY={parts}은(는) 요일 목록이 아닙니다</translation>
    </message>
    <message>
        <source>{what}: BYSETPOS needs FREQ=MONTHLY or YEARLY</source>
        <translation>{what}: BYSETPOS에는 FREQ=MONTHLY 또는 YEARLY가 필요합니다</translation>
    </message>
    <message>
        <source>{what} combines a numbered weekday with BYMONTHDAY, which Briefing Desk does not read</source>
        <translation>{what}은(는) 몇째 주 요일과 BYMONTHDAY를 함께 씁니다. Briefing Desk는 이를 읽지 않습니다</translation>
    </message>
    <message>
        <source>{what}: COUNT={parts} is not a positive number</source>
        <translation>{what}: COUNT={parts}은(는) 양의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>{what} is empty or too long</source>
        <translation>{what}이(가) 비어 있거나 너무 깁니다</translation>
    </message>
    <message>
        <source>{what} gives both COUNT and UNTIL (RFC 5545 allows one)</source>
        <translation>{what}에 COUNT와 UNTIL이 모두 있습니다(RFC 5545는 하나만 허용)</translation>
    </message>
    <message>
        <source>{what} gives {key} twice</source>
        <translation>{what}에 {key}이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <source>{what} goes on past {day} {limit}; {bound}</source>
        <translation>{what}은(는) {day} {limit} 이후에도 이어집니다. {bound}</translation>
    </message>
    <message>
        <source>{what} has more than {max_occurrences} sessions; {bound}</source>
        <translation>{what}은(는) 회의가 {max_occurrences}회를 넘습니다. {bound}</translation>
    </message>
    <message>
        <source>{what} needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY (it has {freq_given})</source>
        <translation>{what}에는 FREQ=DAILY, WEEKLY, MONTHLY 또는 YEARLY가 필요합니다(현재 {freq_given})</translation>
    </message>
    <message>
        <source>{what} never ends: give it an end date or a number of sessions (at most {max_occurrences} within {window_years} years)</source>
        <translation>{what}은(는) 끝나지 않습니다: 종료 날짜나 회의 횟수를 정하십시오({window_years}년 안에 최대 {max_occurrences}회)</translation>
    </message>
    <message>
        <source>{what} never happens: no month has day {parts}</source>
        <translation>{what}은(는) 일어나지 않습니다: {parts}일이 있는 달이 없습니다</translation>
    </message>
    <message>
        <source>{what}: “{item}” is not KEY=VALUE</source>
        <translation>{what}: “{item}”은(는) KEY=VALUE 형식이 아닙니다</translation>
    </message>
    <message>
        <source>{what}: {key}={value} is not a list of numbers from {low} to {high}</source>
        <translation>{what}: {key}={value}은(는) {low}에서 {high} 사이 숫자의 목록이 아닙니다</translation>
    </message>
    <message>
        <source>{what}: a numbered weekday ({parts}) needs FREQ=MONTHLY or YEARLY</source>
        <translation>{what}: 몇째 주 요일({parts})에는 FREQ=MONTHLY 또는 YEARLY가 필요합니다</translation>
    </message>
    <message>
        <source>{what} repeats {freq} (FREQ={freq}); a series of sessions repeats daily at most</source>
        <translation>{what}은(는) {freq} 반복합니다(FREQ={freq}). 반복 회의는 많아야 매일 반복합니다</translation>
    </message>
    <message>
        <source>{what}: UNTIL={parts} is not a date</source>
        <translation>{what}: UNTIL={parts}은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>{what} uses {unknown}, which Briefing Desk does not read</source>
        <translation>{what}은(는) Briefing Desk가 읽지 않는 {unknown}을(를) 씁니다</translation>
    </message>
    <message>
        <source>{what}: WKST={parts} is not a weekday</source>
        <translation>{what}: WKST={parts}은(는) 요일이 아닙니다</translation>
    </message>
    <message>
        <source>the redline must be a .docx file (got {target_name})</source>
        <translation>변경 대비표는 .docx 파일이어야 합니다({target_name}이(가) 아님)</translation>
    </message>
    <message>
        <source>{what}: {describe_name} has been added to the session since; nothing was changed</source>
        <translation>{what}: {describe_name}이(가) 그사이 회의에 추가되었습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>{what}: records added since depend on it ({exc}); nothing was changed</source>
        <translation>{what}: 그사이 추가된 기록이 이것에 딸려 있습니다({exc}). 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>{what}: {describe_name} it wrote has been changed since; nothing was changed</source>
        <translation>{what}: 이 작업이 쓴 {describe_name}이(가) 그사이 바뀌었습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>session {number}“{session_title}” has an agenda, delegates or action items now; cancel it instead</source>
        <translation>회의 {number}“{session_title}”에 이제 의제, 대표단 또는 조치사항이 있습니다. 대신 회의를 취소하십시오</translation>
    </message>
    <message>
        <source>the host must be one of {sides}</source>
        <translation>주최 측은 {sides} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>session number {number} is already “{title}” (id {session_id}); choose another number</source>
        <translation>회의 차수 {number}은(는) 이미 “{title}”(id {session_id})입니다. 다른 차수를 고르십시오</translation>
    </message>
    <message>
        <source>the start is a wall-clock time, without an offset</source>
        <translation>시작 시각은 오프셋 없는 현지 시각이어야 합니다</translation>
    </message>
    <message>
        <source>give the end of the series as an end date or a count, not as UNTIL in the rule</source>
        <translation>반복 회의의 끝은 규칙의 UNTIL이 아니라 종료 날짜나 횟수로 정하십시오</translation>
    </message>
    <message>
        <source>a series starts at a wall-clock time, without a zone offset</source>
        <translation>반복 회의는 시간대 오프셋 없이 현지 시각으로 시작합니다</translation>
    </message>
    <message>
        <source>a session number starts at 1</source>
        <translation>회의 차수는 1부터 시작합니다</translation>
    </message>
    <message>
        <source>a session start needs a time zone</source>
        <translation>회의 시작 시각에는 시간대가 필요합니다</translation>
    </message>
    <message>
        <source>cannot read {name}: {exc}</source>
        <translation>{name}을(를) 읽을 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>{name} contains macros or controls; save it as a Word document (.docx) without them</source>
        <translation>{name}에 매크로나 컨트롤이 있습니다. 이를 빼고 Word 문서(.docx)로 저장하십시오</translation>
    </message>
    <message>
        <source>{name} is damaged (its list of parts cannot be read)</source>
        <translation>{name}이(가) 손상되었습니다(구성 요소 목록을 읽을 수 없음)</translation>
    </message>
    <message>
        <source>{name} is damaged (its list of parts is oversized)</source>
        <translation>{name}이(가) 손상되었습니다(구성 요소 목록이 너무 큼)</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{name} is macro-enabled (.docm); save it as a Word document (.docx) without macros</source>
        <translation>{name}은(는) 매크로 사용 문서(.docm)입니다. 매크로 없이 Word 문서(.docx)로 저장하십시오</translation>
    </message>
    <message>
        <source>{name} is macro-enabled; save it as a Word document (.docx) without macros</source>
        <translation>{name}은(는) 매크로 사용 문서입니다. 매크로 없이 Word 문서(.docx)로 저장하십시오</translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB; a template may be at most {most_mb} MB</source>
        <translation>{name}의 크기는 {size_mb}MB입니다. 서식 파일은 최대 {most_mb}MB입니다</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a folder, pipe or device)</source>
        <translation>{name}은(는) 일반 파일이 아닙니다(폴더, 파이프 또는 장치)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it is not a .docx file)</source>
        <translation>{name}은(는) Word 문서가 아닙니다(.docx 파일이 아님)</translation>
    </message>
    <message>
        <source>{name} unpacks to more than a template can hold; it was not opened</source>
        <translation>{name}은(는) 압축을 풀면 서식 파일이 담을 수 있는 크기를 넘습니다. 열지 않았습니다</translation>
    </message>
    <message>
        <source>{name} is a Word template (.dotx); open it in Word and save it as a document (.docx)</source>
        <translation>{name}은(는) Word 서식 파일(.dotx)입니다. Word에서 열어 문서(.docx)로 저장하십시오</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a Word document</source>
        <translation>{name}은(는) zip 파일이지만 Word 문서가 아닙니다</translation>
    </message>
    <message>
        <source>cannot write {target}: {exc}; it was left as it was</source>
        <translation>{target}에 쓸 수 없습니다: {exc}. 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>the folder {target_parent} does not exist</source>
        <translation>폴더 {target_parent}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{target} is a folder; name a file to write</source>
        <translation>{target}은(는) 폴더입니다. 쓸 파일의 이름을 정하십시오</translation>
    </message>
    <message>
        <source>{name} is damaged ({filename} cannot be unpacked: {one_line_exc})</source>
        <translation>{name}이(가) 손상되었습니다({filename}의 압축을 풀 수 없음: {one_line_exc})</translation>
    </message>
    <message>
        <source>{name} is damaged or hostile: {filename} unpacks to more than the {declared} bytes it declares (a zip bomb); it was not opened</source>
        <translation>{name}이(가) 손상되었거나 악의적인 파일입니다: {filename}의 압축을 풀면 선언된 {declared}바이트를 넘습니다(zip 폭탄). 열지 않았습니다</translation>
    </message>
    <message>
        <source>{name} takes too long to unpack; it was not opened</source>
        <translation>{name}의 압축을 푸는 데 너무 오래 걸립니다. 열지 않았습니다</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {most_mb} MB; it was not opened</source>
        <translation>{name}은(는) 압축을 풀면 {most_mb}MB를 넘습니다. 열지 않았습니다</translation>
    </message>
    <message>
        <source>{path_name} is {size} bytes; Briefing Desk reads calendar files up to {mb}</source>
        <translation>{path_name}의 크기는 {size}바이트입니다. Briefing Desk는 {mb}까지의 달력 파일을 읽습니다</translation>
    </message>
    <message>
        <source>cannot read {path}: {exc}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a calendar file</source>
        <translation>{path}은(는) 폴더이며 달력 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{name} holds more than {max_components} components; it is refused</source>
        <translation>{name}의 구성 요소가 {max_components}개를 넘습니다. 받지 않았습니다</translation>
    </message>
    <message>
        <source>{name} holds more than {max_events} events; Briefing Desk reads at most that many at once: import a date range of it (ics import --from/--until, or pick the range in the preview)</source>
        <translation>{name}에 일정이 {max_events}개를 넘게 있습니다. Briefing Desk는 한 번에 그만큼만 읽습니다: 날짜 범위를 정해 가져오십시오(ics import --from/--until 또는 미리 보기에서 범위 선택)</translation>
    </message>
    <message>
        <source>{name} holds more than {max_events} events from {window} to {window_2}; pick a shorter range</source>
        <translation>{name}에 {window}부터 {window_2}까지 일정이 {max_events}개를 넘게 있습니다. 더 짧은 범위를 고르십시오</translation>
    </message>
    <message>
        <source>{name} holds more than {max_kept_lines} lines of event data; it is refused</source>
        <translation>{name}의 일정 데이터가 {max_kept_lines}줄을 넘습니다. 받지 않았습니다</translation>
    </message>
    <message>
        <source>{path_name} is larger than {mb}, the most Briefing Desk reads</source>
        <translation>{path_name}은(는) Briefing Desk가 읽는 최대 크기 {mb}보다 큽니다</translation>
    </message>
    <message>
        <source>{name} has a line of {count_line} characters (line {number}); it is refused</source>
        <translation>{name}에 {count_line}자짜리 줄이 있습니다({number}번째 줄). 받지 않았습니다</translation>
    </message>
    <message>
        <source>{name} lists more than {max_dates} dates in RDATE and EXDATE; it is refused</source>
        <translation>{name}의 RDATE와 EXDATE 날짜가 {max_dates}개를 넘습니다. 받지 않았습니다</translation>
    </message>
    <message>
        <source>{name} nests components {count_stack} deep; it is not a calendar we read</source>
        <translation>{name}은(는) 구성 요소가 {count_stack}단계로 중첩되어 있어 읽을 수 있는 달력 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path_name} is not a calendar (it is a binary file)</source>
        <translation>{path_name}은(는) 달력 파일이 아닙니다(이진 파일임)</translation>
    </message>
    <message>
        <source>{name} is not a calendar (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>{name}은(는) 달력 파일이 아닙니다(BEGIN:VCALENDAR로 시작하지 않음)</translation>
    </message>
    <message>
        <source>{path_name} is not a calendar (it is not UTF-8 text)</source>
        <translation>{path_name}은(는) 달력 파일이 아닙니다(UTF-8 텍스트가 아님)</translation>
    </message>
    <message>
        <source>{name} is not a valid calendar (it ends inside {stack})</source>
        <translation>{name}은(는) 올바른 달력 파일이 아닙니다({stack} 안에서 끝남)</translation>
    </message>
    <message>
        <source>{name} is not a valid calendar (line {number}: “{line}” closes nothing open)</source>
        <translation>{name}은(는) 올바른 달력 파일이 아닙니다({number}번째 줄: “{line}”이(가) 닫을 것이 없음)</translation>
    </message>
    <message>
        <source>passed over the time zone “{tzid}”: {problem}</source>
        <translation>시간대 “{tzid}”을(를) 건너뛰었습니다: {problem}</translation>
    </message>
    <message>
        <source>{name} holds more than {max_sessions} sessions once its series are expanded; import a date range of it (ics import --from/--until) or a nearer horizon (--horizon)</source>
        <translation>{name}은(는) 반복 회의를 펼치면 회의가 {max_sessions}개를 넘습니다. 날짜 범위(ics import --from/--until)나 더 가까운 기간(--horizon)으로 가져오십시오</translation>
    </message>
    <message>
        <source>its {key} is malformed ({why})</source>
        <translation>{key} 값의 형식이 잘못되었습니다({why})</translation>
    </message>
    <message>
        <source>{name} is not a valid calendar ({exc})</source>
        <translation>{name}은(는) 올바른 달력 파일이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>passed over a changed date of “{base_title}”: {broken}</source>
        <translation>“{base_title}”의 바뀐 날짜를 건너뛰었습니다: {broken}</translation>
    </message>
    <message>
        <source>passed over {all_day} date(s) of “{base_title}” given without a time of day</source>
        <translation>“{base_title}”의 날짜 {all_day}개를 시각 없이 주어져 건너뛰었습니다</translation>
    </message>
    <message>
        <source>“{base_title}” repeats past {end}: imported up to then, the horizon (ics import --horizon YEARS reads further)</source>
        <translation>“{base_title}”은(는) {end} 이후에도 반복됩니다: 그때까지만 가져왔습니다(ics import --horizon YEARS로 더 멀리 읽을 수 있음)</translation>
    </message>
    <message>
        <source>skipped “{title}”: {why}</source>
        <translation>“{title}”을(를) 건너뛰었습니다: {why}</translation>
    </message>
    <message>
        <source>skipped “{title}”: an all-day event or one without a start time</source>
        <translation>“{title}”을(를) 건너뛰었습니다: 종일 일정이거나 시작 시각이 없는 일정입니다</translation>
    </message>
    <message>
        <source>skipped “{title}”: it lasts more than a week</source>
        <translation>“{title}”을(를) 건너뛰었습니다: 1주일보다 깁니다</translation>
    </message>
    <message>
        <source>{name} takes too long to read; it is refused</source>
        <translation>{name}을(를) 읽는 데 너무 오래 걸립니다. 받지 않았습니다</translation>
    </message>
    <message>
        <source>its time zone “{shown}” is neither a known zone nor defined in the file</source>
        <translation>시간대 “{shown}”은(는) 알려진 시간대도 아니고 파일 안에 정의되어 있지도 않습니다</translation>
    </message>
    <message>
        <source>UNTIL={raw} is not a date</source>
        <translation>UNTIL={raw}은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>it uses EXRULE, which RFC 5545 withdrew and Briefing Desk does not read</source>
        <translation>RFC 5545에서 폐지되어 Briefing Desk가 읽지 않는 EXRULE을 씁니다</translation>
    </message>
    <message>
        <source>{what} is an all-day series</source>
        <translation>{what}은(는) 종일 반복 일정입니다</translation>
    </message>
    <message>
        <source>it holds too many sessions once its series are expanded ({what})</source>
        <translation>반복 회의를 펼치면 회의가 너무 많습니다({what})</translation>
    </message>
    <message>
        <source>{what} has more than one RRULE</source>
        <translation>{what}에 RRULE이 둘 이상 있습니다</translation>
    </message>
    <message>
        <source>{what} has more than {max_occurrences} sessions before the horizon; import a shorter range (ics import --from/--until or --horizon)</source>
        <translation>{what}은(는) 기간 안에 회의가 {max_occurrences}개를 넘습니다. 더 짧은 범위를 가져오십시오(ics import --from/--until 또는 --horizon)</translation>
    </message>
    <message>
        <source>{what} uses EXRULE, which RFC 5545 withdrew</source>
        <translation>{what}은(는) RFC 5545에서 폐지된 EXRULE을 씁니다</translation>
    </message>
    <message>
        <source>keep “{choice}”: choose ours or theirs</source>
        <translation>keep “{choice}”: ours나 theirs 중에서 고르십시오</translation>
    </message>
    <message>
        <source>Joins as a member: the {side} delegation here has its head.</source>
        <translation>대표단원으로 들어갑니다: 여기 {side} 대표단에는 이미 수석대표가 있습니다.</translation>
    </message>
    <message>
        <source>No longer head: the package names another head of the {side} delegation.</source>
        <translation>수석대표에서 물러납니다: 패키지가 {side} 대표단의 다른 수석대표를 지정합니다.</translation>
    </message>
    <message>
        <source>the package is from a body whose sides are {theirs}; this database&apos;s sides are {ours}, so it cannot be imported here</source>
        <translation>이 패키지는 측이 {theirs}인 협의체의 것입니다. 이 데이터베이스의 측은 {ours}이므로 여기로 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>This package is older than one already taken from {exported_by}: what it says about delegations and people is not applied.</source>
        <translation>이 패키지는 {exported_by}에서 이미 받은 패키지보다 오래되었습니다: 대표단과 인물에 관한 내용은 반영하지 않습니다.</translation>
    </message>
    <message>
        <source>{known_name} is retired here but seated by the package; reinstate them if active again.</source>
        <translation>{known_name}은(는) 여기서 퇴임 처리되었지만 패키지에서는 대표단에 있습니다. 다시 활동 중이면 복귀시키십시오.</translation>
    </message>
    <message>
        <source>an action item is listed twice</source>
        <translation>조치사항 하나가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>an agenda item is presented by person {entry}, who is not in the people list</source>
        <translation>의제 항목의 발표자 {entry}이(가) 인물 목록에 없습니다</translation>
    </message>
    <message>
        <source>the {code_given} delegation has {count_heads} heads</source>
        <translation>{code_given} 대표단의 수석대표가 {count_heads}명입니다</translation>
    </message>
    <message>
        <source>a delegation names person {entry}, who is not in the people list</source>
        <translation>대표단에 인물 목록에 없는 인물 {entry}이(가) 있습니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not a package</source>
        <translation>{path}은(는) 폴더이며 패키지가 아닙니다</translation>
    </message>
    <message>
        <source>an item of agenda version “{v}” has no title</source>
        <translation>의제 버전 “{v}”의 항목 하나에 제목이 없습니다</translation>
    </message>
    <message>
        <source>more than one agenda version is agreed</source>
        <translation>합의된 의제 버전이 둘 이상입니다</translation>
    </message>
    <message>
        <source>{what} names side “{code_given}”, which is not one of the package&apos;s sides {codes}</source>
        <translation>{what}이(가) 측 “{code_given}”을(를) 가리키는데, 패키지의 측({codes})이 아닙니다</translation>
    </message>
    <message>
        <source>{name} is not a package (it holds no {manifest})</source>
        <translation>{name}은(는) 패키지가 아닙니다({manifest}이(가) 없음)</translation>
    </message>
    <message>
        <source>{name} is not a package (it is not a readable zip archive)</source>
        <translation>{name}은(는) 패키지가 아닙니다(읽을 수 있는 zip 압축 파일이 아님)</translation>
    </message>
    <message>
        <source>{name} is not a package (it is not a readable zip archive: {exc})</source>
        <translation>{name}은(는) 패키지가 아닙니다(읽을 수 있는 zip 압축 파일이 아님: {exc})</translation>
    </message>
    <message>
        <source>{name} is not a package (it is not a zip archive)</source>
        <translation>{name}은(는) 패키지가 아닙니다(zip 압축 파일이 아님)</translation>
    </message>
    <message>
        <source>{name} is not a package of ours ({what}, not “{format_name}”)</source>
        <translation>{name}은(는) 우리 패키지가 아닙니다({what}이(가) “{format_name}”이(가) 아님)</translation>
    </message>
    <message>
        <source>person {person} is listed twice</source>
        <translation>인물 {person}이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>person {person} sits twice in the delegations</source>
        <translation>인물 {person}이(가) 대표단에 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>{name} is refused: {filename} cannot be read ({exc})</source>
        <translation>{name}을(를) 받지 않았습니다: {filename}을(를) 읽을 수 없습니다({exc})</translation>
    </message>
    <message>
        <source>{name} is refused: checksum mismatch ({what})</source>
        <translation>{name}을(를) 받지 않았습니다: 체크섬이 맞지 않습니다({what})</translation>
    </message>
    <message>
        <source>{name} is refused: checksum mismatch in {member}</source>
        <translation>{name}을(를) 받지 않았습니다: {member}의 체크섬이 맞지 않습니다</translation>
    </message>
    <message>
        <source>{name} is refused: checksum mismatch in {filename} (it is damaged)</source>
        <translation>{name}을(를) 받지 않았습니다: {filename}의 체크섬이 맞지 않습니다(손상됨)</translation>
    </message>
    <message>
        <source>{name} is refused: checksum mismatch in {member} (its size is not the one listed)</source>
        <translation>{name}을(를) 받지 않았습니다: {member}의 체크섬이 맞지 않습니다(크기가 목록과 다름)</translation>
    </message>
    <message>
        <source>{name} is refused: {member} does not match the package schema at {where} ({short_text_message})</source>
        <translation>{name}을(를) 받지 않았습니다: {member}이(가) {where}에서 패키지 스키마와 맞지 않습니다({short_text_message})</translation>
    </message>
    <message>
        <source>{name} is refused: {member} is encrypted</source>
        <translation>{name}을(를) 받지 않았습니다: {member}이(가) 암호화되어 있습니다</translation>
    </message>
    <message>
        <source>{name} is refused: its manifest names the same side twice</source>
        <translation>{name}을(를) 받지 않았습니다: 목록 파일에 같은 측이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>{name} is refused: {session} is not valid: {reason}</source>
        <translation>{name}을(를) 받지 않았습니다: {session}이(가) 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>{name} is refused: {member} is not valid JSON ({exc})</source>
        <translation>{name}을(를) 받지 않았습니다: {member}이(가) 올바른 JSON이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>{name} is refused: package format version {version} is not one this version reads ({format_version}){hint}</source>
        <translation>{name}을(를) 받지 않았습니다: 패키지 형식 버전 {version}은(는) 이 버전이 읽는 형식({format_version})이 아닙니다{hint}</translation>
    </message>
    <message>
        <source>{name} is refused: side {entry} in its manifest has an {exc}</source>
        <translation>{name}을(를) 받지 않았습니다: 목록 파일의 측 {entry}에 문제가 있습니다: {exc}</translation>
    </message>
    <message>
        <source>{name} is refused: it takes too long to read (too large or too complex)</source>
        <translation>{name}을(를) 받지 않았습니다: 읽는 데 너무 오래 걸립니다(너무 크거나 복잡함)</translation>
    </message>
    <message>
        <source>{name} is refused: {member} uses a compression Briefing Desk does not read</source>
        <translation>{name}을(를) 받지 않았습니다: {member}은(는) Briefing Desk가 읽지 못하는 압축 방식을 씁니다</translation>
    </message>
    <message>
        <source>the session has no title</source>
        <translation>회의에 제목이 없습니다</translation>
    </message>
    <message>
        <source>its session UID is not the one the manifest names</source>
        <translation>회의 UID가 목록 파일에 적힌 것과 다릅니다</translation>
    </message>
    <message>
        <source>{name} is too large: its agenda versions hold {count} items (at most {max_agenda_items})</source>
        <translation>{name}이(가) 너무 큽니다: 의제 버전의 항목이 {count}개입니다(최대 {max_agenda_items}개)</translation>
    </message>
    <message>
        <source>{name} is too large ({size} bytes); a package holds at most {max_total_bytes}</source>
        <translation>{name}이(가) 너무 큽니다({size}바이트). 패키지는 최대 {max_total_bytes}입니다</translation>
    </message>
    <message>
        <source>{name} is too large: {filename} does not hold what its header declares</source>
        <translation>{name}이(가) 너무 큽니다: {filename}의 내용이 헤더에 선언된 것과 다릅니다</translation>
    </message>
    <message>
        <source>{name} is too large: {member} holds {file_size} bytes (at most {limit})</source>
        <translation>{name}이(가) 너무 큽니다: {member}이(가) {file_size}바이트입니다(최대 {limit})</translation>
    </message>
    <message>
        <source>{name} is too large: it holds more than {max_actions} action items</source>
        <translation>{name}이(가) 너무 큽니다: 조치사항이 {max_actions}개를 넘습니다</translation>
    </message>
    <message>
        <source>{name} is too large: {member} holds more than its declared {file_size} bytes</source>
        <translation>{name}이(가) 너무 큽니다: {member}이(가) 선언된 {file_size}바이트보다 많이 담고 있습니다</translation>
    </message>
    <message>
        <source>{name} is too large: its members unpack to more than {max_total_bytes}</source>
        <translation>{name}이(가) 너무 큽니다: 압축을 풀면 {max_total_bytes}를 넘습니다</translation>
    </message>
    <message>
        <source>{name} is too large; a package holds at most {max_total_bytes}</source>
        <translation>{name}이(가) 너무 큽니다. 패키지는 최대 {max_total_bytes}입니다</translation>
    </message>
    <message>
        <source>{name} is too large: {member} unpacks {ratio} times its size (a zip bomb?)</source>
        <translation>{name}이(가) 너무 큽니다: {member}의 압축을 풀면 {ratio}배로 커집니다(zip 폭탄?)</translation>
    </message>
    <message>
        <source>{name} has too many members (its directory holds {directory_bytes} bytes, at most {max_directory_bytes})</source>
        <translation>{name}에 든 파일이 너무 많습니다(목록이 {directory_bytes}바이트, 최대 {max_directory_bytes}바이트)</translation>
    </message>
    <message>
        <source>{name} has too many members ({here}; a package holds at most {max_members})</source>
        <translation>{name}에 든 파일이 너무 많습니다({here}개. 패키지에는 최대 {max_members}개)</translation>
    </message>
    <message>
        <source>{name} has too many members ({count_infos}; a package holds at most {max_members})</source>
        <translation>{name}에 든 파일이 너무 많습니다({count_infos}개. 패키지에는 최대 {max_members}개)</translation>
    </message>
    <message>
        <source>{name} has an unknown member “{unknown}”; a package holds only {members}</source>
        <translation>{name}에 알 수 없는 파일 “{unknown}”이(가) 있습니다. 패키지에는 {members}만 들어갑니다</translation>
    </message>
    <message>
        <source>{name} has an unsafe path: “{twice}” appears twice</source>
        <translation>{name}에 안전하지 않은 경로가 있습니다: “{twice}”이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>{name} has an unsafe path “{filename}” (a folder); it is refused</source>
        <translation>{name}에 안전하지 않은 경로 “{filename}”이(가) 있습니다(폴더). 받지 않았습니다</translation>
    </message>
    <message>
        <source>{name} has an unsafe path “{filename}” ({problem}); it is refused</source>
        <translation>{name}에 안전하지 않은 경로 “{filename}”이(가) 있습니다({problem}). 받지 않았습니다</translation>
    </message>
    <message>
        <source>{name} has an unsafe path “{filename}” (a symbolic link); it is refused</source>
        <translation>{name}에 안전하지 않은 경로 “{filename}”이(가) 있습니다(심볼릭 링크). 받지 않았습니다</translation>
    </message>
    <message>
        <source>; update Briefing Desk to read it</source>
        <translation>. 읽으려면 Briefing Desk를 업데이트하십시오</translation>
    </message>
    <message>
        <source>an action item&apos;s due date “{entry}” is not a date</source>
        <translation>조치사항의 기한 “{entry}”은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>an action item names side “{owner_side}”, which is not one of the package&apos;s sides</source>
        <translation>조치사항이 패키지의 측이 아닌 “{owner_side}”을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>an action item has no text</source>
        <translation>조치사항에 내용이 없습니다</translation>
    </message>
    <message>
        <source>an agenda item is listed twice</source>
        <translation>의제 항목 하나가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>agenda version “{v_label}” holds the same item twice</source>
        <translation>의제 버전 “{v_label}”에 같은 항목이 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>an agenda version is listed twice</source>
        <translation>의제 버전 하나가 두 번 나옵니다</translation>
    </message>
    <message>
        <source>a change clock names side “{code_given}”, which is not one of the package&apos;s sides</source>
        <translation>변경 기록이 패키지의 측이 아닌 “{code_given}”을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>{path_name} is empty; line 1 should be the header (name, name_ko, title, …)</source>
        <translation>{path_name}이(가) 비어 있습니다. 1행은 머리글(name, name_ko, title, …)이어야 합니다</translation>
    </message>
    <message>
        <source>{path_name} holds binary data; it is not a CSV file</source>
        <translation>{path_name}에 이진 데이터가 있습니다. CSV 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path_name} is larger than 10 MB; a people list may be at most 10 MB</source>
        <translation>{path_name}이(가) 10MB보다 큽니다. 인물 목록은 최대 10MB입니다</translation>
    </message>
    <message>
        <source>line {start}: {path_name} is not a well-formed CSV file ({exc})</source>
        <translation>{start}행: {path_name}은(는) 올바른 CSV 파일이 아닙니다({exc})</translation>
    </message>
    <message>
        <source>line {start}: the row is too wide or a cell too long for a people list</source>
        <translation>{start}행: 인물 목록에 넣기에는 행이 너무 넓거나 칸이 너무 깁니다</translation>
    </message>
    <message>
        <source>{name} looks like UTF-16 but is not (byte {start})</source>
        <translation>{name}은(는) UTF-16처럼 보이지만 아닙니다({start}번째 바이트)</translation>
    </message>
    <message>
        <source>{path_name} is {size_mb} MB; a people list may be at most 10 MB</source>
        <translation>{path_name}의 크기는 {size_mb}MB입니다. 인물 목록은 최대 10MB입니다</translation>
    </message>
    <message>
        <source>{path_name} has more than {max_rows} rows; split the list</source>
        <translation>{path_name}의 행이 {max_rows}개를 넘습니다. 목록을 나누십시오</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8, UTF-16 nor CP949/EUC-KR text; in Excel save it as &apos;CSV UTF-8 (comma delimited)&apos;</source>
        <translation>{name}은(는) UTF-8, UTF-16, CP949/EUC-KR 텍스트가 아닙니다. Excel에서 &apos;CSV UTF-8(쉼표로 분리)&apos; 형식으로 저장하십시오</translation>
    </message>
    <message>
        <source>the column “{key}” appears twice</source>
        <translation>열 “{key}”이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the header has no name column (&apos;name&apos; or &apos;성명&apos;; found {found})</source>
        <translation>머리글에 이름 열이 없습니다(&apos;name&apos; 또는 &apos;성명&apos;. 찾은 열: {found})</translation>
    </message>
    <message>
        <source>{path_name}: export to a .csv or .xlsx file</source>
        <translation>{path_name}: .csv 또는 .xlsx 파일로 내보내십시오</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>{line}행: {problem}</translation>
    </message>
    <message>
        <source>{key} is longer than {max_short_field} characters</source>
        <translation>{key}이(가) {max_short_field}자를 넘습니다</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>{path} 파일이 없습니다</translation>
    </message>
    <message>
        <source>{path_name}: a people list is a .csv, .xlsx or .vcf file</source>
        <translation>{path_name}: 인물 목록은 .csv, .xlsx 또는 .vcf 파일입니다</translation>
    </message>
    <message>
        <source>{shown} — nothing was imported from {source}</source>
        <translation>{shown} — {source}에서 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>{shown}; and {more} more — nothing was imported from {source}</source>
        <translation>{shown}. 그 밖에 {more}건 — {source}에서 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>side is empty (add a &apos;side&apos; column, or choose the side of the whole list)</source>
        <translation>측이 비어 있습니다(&apos;side&apos; 열을 추가하거나 목록 전체의 측을 고르십시오)</translation>
    </message>
    <message>
        <source>side “{side_text}” is unknown; use {known}</source>
        <translation>측 “{side_text}”을(를) 알 수 없습니다. {known} 중에서 쓰십시오</translation>
    </message>
    <message>
        <source>{path_name} cannot be read as a workbook: {one_line_exc}</source>
        <translation>{path_name}을(를) 통합 문서로 읽을 수 없습니다: {one_line_exc}</translation>
    </message>
    <message>
        <source>{path_name} contains macros; save it as .xlsx (Excel Workbook) without them</source>
        <translation>{path_name}에 매크로가 있습니다. 매크로 없이 .xlsx(Excel 통합 문서)로 저장하십시오</translation>
    </message>
    <message>
        <source>{path_name} is a damaged workbook: {one_line_exc}</source>
        <translation>{path_name}은(는) 손상된 통합 문서입니다: {one_line_exc}</translation>
    </message>
    <message>
        <source>{path_name}: line 1 should be the header (name, name_ko, title, …)</source>
        <translation>{path_name}: 1행은 머리글(name, name_ko, title, …)이어야 합니다</translation>
    </message>
    <message>
        <source>line {line}: the row is too wide or a cell too long for a people list</source>
        <translation>{line}행: 인물 목록에 넣기에는 행이 너무 넓거나 칸이 너무 깁니다</translation>
    </message>
    <message>
        <source>{path_name} is a macro-enabled workbook; save it as .xlsx (Excel Workbook) first</source>
        <translation>{path_name}은(는) 매크로 사용 통합 문서입니다. 먼저 .xlsx(Excel 통합 문서)로 저장하십시오</translation>
    </message>
    <message>
        <source>{path_name} is not an Excel workbook (.xlsx files are zip archives)</source>
        <translation>{path_name}은(는) Excel 통합 문서가 아닙니다(.xlsx 파일은 zip 압축 파일임)</translation>
    </message>
    <message>
        <source>{path_name} is an old Excel 97-2003 file; save it as .xlsx first</source>
        <translation>{path_name}은(는) 예전 Excel 97-2003 파일입니다. 먼저 .xlsx로 저장하십시오</translation>
    </message>
    <message>
        <source>{path_name} unpacks to more than 100 MB; a people list is far smaller</source>
        <translation>{path_name}은(는) 압축을 풀면 100MB를 넘습니다. 인물 목록은 훨씬 작습니다</translation>
    </message>
    <message>
        <source>{path_name} is a zip archive but not an Excel workbook</source>
        <translation>{path_name}은(는) zip 압축 파일이지만 Excel 통합 문서가 아닙니다</translation>
    </message>
    <message>
        <source>Agreement conflict: {them} marked &apos;{incoming_label}&apos; agreed, we marked &apos;{version_label}&apos; agreed; ours stays locked until the two desks settle it.</source>
        <translation>합의 충돌: {them} 측은 “{incoming_label}”에, 우리는 “{version_label}”에 합의 표시를 했습니다. 두 측이 정리할 때까지 우리 버전은 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>The package&apos;s copy is older (sequence {theirs} &lt; ours {ours}); ours is kept.</source>
        <translation>패키지의 사본이 더 오래되었습니다(순번 {theirs} &lt; 우리 {ours}). 우리 것을 유지합니다.</translation>
    </message>
    <message>
        <source>The package&apos;s {fields} are older than ours; ours are kept.</source>
        <translation>패키지의 {fields}은(는) 우리 것보다 오래되었습니다. 우리 것을 유지합니다.</translation>
    </message>
    <message>
        <source>Session number {number} is taken here; the session becomes number {next_number}.</source>
        <translation>회의 차수 {number}은(는) 여기서 이미 쓰고 있습니다. 이 회의는 {next_number}차가 됩니다.</translation>
    </message>
    <message>
        <source>{path_name} holds binary data; it is not a vCard file</source>
        <translation>{path_name}에 이진 데이터가 있습니다. vCard 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path_name} holds no vCard (BEGIN:VCARD … END:VCARD)</source>
        <translation>{path_name}에 vCard가 없습니다(BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>line {number}: a value is too long for a people list</source>
        <translation>{number}번째 줄: 인물 목록에 넣기에는 값이 너무 깁니다</translation>
    </message>
    <message>
        <source>line {number} of the vCard file is {count_raw} characters long; it is refused</source>
        <translation>vCard 파일의 {number}번째 줄이 {count_raw}자입니다. 받지 않았습니다</translation>
    </message>
    <message>
        <source>{path_name} has more than {max_rows} cards; split the file</source>
        <translation>{path_name}의 연락처가 {max_rows}개를 넘습니다. 파일을 나누십시오</translation>
    </message>
    <message>
        <source>{path_name} is not a vCard file (it does not begin with BEGIN:VCARD)</source>
        <translation>{path_name}은(는) vCard 파일이 아닙니다(BEGIN:VCARD로 시작하지 않음)</translation>
    </message>
    <message>
        <source>there is no action item {action_id}</source>
        <translation>조치사항 {action_id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the agenda version has not been saved yet</source>
        <translation>의제 버전이 아직 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>there is no agenda item {item_id}</source>
        <translation>의제 항목 {item_id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>there is no agenda version {version_id}</source>
        <translation>의제 버전 {version_id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>this session has no agenda version {number}</source>
        <translation>이 회의에는 의제 버전 {number}이(가) 없습니다</translation>
    </message>
    <message>
        <source>there is no attendance record {attendance_id}</source>
        <translation>참석 기록 {attendance_id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the backup to {target} failed: {reason}</source>
        <translation>{target}(으)로 백업하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>the copy failed its check ({verdict})</source>
        <translation>사본이 검사를 통과하지 못했습니다({verdict})</translation>
    </message>
    <message>
        <source>cannot create the backup folder: {problem}</source>
        <translation>백업 폴더를 만들 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{reason} ({target})</source>
        <translation>{reason}({target})</translation>
    </message>
    <message>
        <source>{path} belongs to another application (it is an SQLite file, but not a Briefing Desk database)</source>
        <translation>{path}은(는) 다른 프로그램의 파일입니다(SQLite 파일이지만 Briefing Desk 데이터베이스가 아님)</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {strerror}</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}</source>
        <translation>{path}이(가) 손상되었습니다: {problems}</translation>
    </message>
    <message>
        <source>{path} is damaged: it is truncated ({size} of {expected} bytes)</source>
        <translation>{path}이(가) 손상되었습니다: 잘려 있습니다({expected}바이트 중 {size}바이트)</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Briefing Desk database</source>
        <translation>{path}은(는) 빈 파일이며 Briefing Desk 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path}은(는) 폴더이며 데이터베이스 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path} is not a Briefing Desk database as this version writes it: {differences}{more}; it was left unchanged</source>
        <translation>{path}은(는) 이 버전이 쓰는 형태의 Briefing Desk 데이터베이스가 아닙니다: {differences}{more}. 파일은 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>{path} is not a database (it is not an SQLite file)</source>
        <translation>{path}은(는) 데이터베이스가 아닙니다(SQLite 파일이 아님)</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Briefing Desk (schema {user_version}; this version reads up to {schema_version}); update Briefing Desk to open it</source>
        <translation>{path}은(는) 더 새로운 버전의 Briefing Desk로 저장되었습니다(스키마 {user_version}. 이 버전은 {schema_version}까지 읽음). 열려면 Briefing Desk를 업데이트하십시오</translation>
    </message>
    <message>
        <source>cannot create the lock file {path}: {describe_os_error_exc}</source>
        <translation>잠금 파일 {path}을(를) 만들 수 없습니다: {describe_os_error_exc}</translation>
    </message>
    <message>
        <source>cannot use the lock file {path}: {describe_os_error_exc}</source>
        <translation>잠금 파일 {path}을(를) 쓸 수 없습니다: {describe_os_error_exc}</translation>
    </message>
    <message>
        <source>cannot write the lock file {path}: {describe_os_error_exc}</source>
        <translation>잠금 파일 {path}에 쓸 수 없습니다: {describe_os_error_exc}</translation>
    </message>
    <message>
        <source>could not take the lock {path}</source>
        <translation>잠금 {path}을(를) 얻지 못했습니다</translation>
    </message>
    <message>
        <source>the lock file {path} is a hard link to another file; remove it (it was left alone)</source>
        <translation>잠금 파일 {path}이(가) 다른 파일의 하드 링크입니다. 삭제하십시오(그대로 두었습니다)</translation>
    </message>
    <message>
        <source>the lock file {path} is not a regular file (a folder, pipe or device); remove it</source>
        <translation>잠금 파일 {path}이(가) 일반 파일이 아닙니다(폴더, 파이프 또는 장치). 삭제하십시오</translation>
    </message>
    <message>
        <source>the lock file {path} is not a regular file of its own; remove it</source>
        <translation>잠금 파일 {path}이(가) 독립된 일반 파일이 아닙니다. 삭제하십시오</translation>
    </message>
    <message>
        <source>the lock file {path} is a symbolic link; remove it (it and its target were left alone)</source>
        <translation>잠금 파일 {path}이(가) 심볼릭 링크입니다. 삭제하십시오(링크와 대상은 그대로 두었습니다)</translation>
    </message>
    <message>
        <source>{path} is not a Briefing Desk lock file; it was left alone (move it away)</source>
        <translation>{path}은(는) Briefing Desk 잠금 파일이 아닙니다. 그대로 두었습니다(다른 곳으로 옮기십시오)</translation>
    </message>
    <message>
        <source>{database} is in use by {who}</source>
        <translation>{database}은(는) {who}이(가) 사용 중입니다</translation>
    </message>
    <message>
        <source>there is no person {person_id}</source>
        <translation>인물 {person_id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the person has no id to restore</source>
        <translation>되돌릴 인물의 id가 없습니다</translation>
    </message>
    <message>
        <source>the person has not been saved yet</source>
        <translation>인물이 아직 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>cannot use {path}: {exc}</source>
        <translation>{path}을(를) 쓸 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>{path} cannot be written</source>
        <translation>{path}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the disk is full (writing {path})</source>
        <translation>디스크가 가득 찼습니다({path}에 쓰는 중)</translation>
    </message>
    <message>
        <source>a file that is not a folder is in the way at {path}</source>
        <translation>{path}에 폴더가 아닌 파일이 있어 막고 있습니다</translation>
    </message>
    <message>
        <source>the file {path} is read-only for you</source>
        <translation>파일 {path}은(는) 읽기 전용입니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}</source>
        <translation>{path}은(는) 폴더이며 {what}이(가) 아닙니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path}은(는) 파일이 아닌 폴더입니다</translation>
    </message>
    <message>
        <source>the folder {path_parent} is read-only for you</source>
        <translation>폴더 {path_parent}은(는) 읽기 전용입니다</translation>
    </message>
    <message>
        <source>no permission to use {path}</source>
        <translation>{path}을(를) 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <source>{path} is not a regular file; it was not opened</source>
        <translation>{path}은(는) 일반 파일이 아닙니다. 열지 않았습니다</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, device or socket), not a {what}; it was not opened</source>
        <translation>{path}은(는) 일반 파일이 아니므로(파이프, 장치 또는 소켓) {what}이(가) 아닙니다. 열지 않았습니다</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk or share</source>
        <translation>{path}은(는) 읽기 전용 디스크나 공유 폴더에 있습니다</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; it was left alone</source>
        <translation>{path}은(는) 심볼릭 링크입니다. 그대로 두었습니다</translation>
    </message>
    <message>
        <source>changed {what}</source>
        <translation>바뀜: {what}</translation>
    </message>
    <message>
        <source>the {kind} index does not match the text ({problem})</source>
        <translation>{kind} 색인이 본문과 맞지 않습니다({problem})</translation>
    </message>
    <message>
        <source>the {kind} index holds {indexed} rows for {expected}</source>
        <translation>{kind} 색인에 {expected}개가 아니라 {indexed}개 행이 있습니다</translation>
    </message>
    <message>
        <source>there is no series {series_id}</source>
        <translation>반복 회의 {series_id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the series has not been saved yet</source>
        <translation>반복 회의가 아직 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>there is no session {session_id}</source>
        <translation>회의 {session_id}이(가) 없습니다</translation>
    </message>
    <message>
        <source>there is no session “{key}”</source>
        <translation>회의 “{key}”이(가) 없습니다</translation>
    </message>
    <message>
        <source>session {session_id} (“{title}”) has an invalid start “{start}” (outside {range_text}); correct or delete it</source>
        <translation>회의 {session_id}(“{title}”)의 시작 “{start}”이(가) 올바르지 않습니다({range_text} 밖). 고치거나 삭제하십시오</translation>
    </message>
    <message>
        <source>the session has not been saved yet</source>
        <translation>회의가 아직 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again</source>
        <translation>{path}을(를) 다른 프로그램이 사용 중입니다. 다시 시도하십시오</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({read_only_reason_path})</source>
        <translation>{path}을(를) 열 수 없습니다({read_only_reason_path})</translation>
    </message>
    <message>
        <source>{path} is damaged ({exc})</source>
        <translation>{path}이(가) 손상되었습니다({exc})</translation>
    </message>
    <message>
        <source>the disk holding {path} failed to read or write ({exc})</source>
        <translation>{path}이(가) 있는 디스크에서 읽기나 쓰기에 실패했습니다({exc})</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <source>{path}: {exc}</source>
        <translation>{path}: {exc}</translation>
    </message>
    <message>
        <source>{path} appeared while it was being created; it was left alone</source>
        <translation>{path}을(를) 만드는 동안 그 파일이 생겼습니다. 그대로 두었습니다</translation>
    </message>
    <message>
        <source>cannot create {path}: {describe_os_error_exc}</source>
        <translation>{path}을(를) 만들 수 없습니다: {describe_os_error_exc}</translation>
    </message>
    <message>
        <source>cannot create {path}: {describe_exc}</source>
        <translation>{path}을(를) 만들 수 없습니다: {describe_exc}</translation>
    </message>
    <message>
        <source>cannot open {path}: {describe_exc}</source>
        <translation>{path}을(를) 열 수 없습니다: {describe_exc}</translation>
    </message>
    <message>
        <source>{path} cannot be read here: its latest changes are still in {wal_name} and {read_only_reason_path}; open it once where it can be written</source>
        <translation>{path}을(를) 여기서 읽을 수 없습니다: 최근 변경 사항이 아직 {wal_name}에 있고 {read_only_reason_path}. 쓸 수 있는 곳에서 한 번 여십시오</translation>
    </message>
    <message>
        <source>a database cannot be restored from itself</source>
        <translation>데이터베이스를 자기 자신에서 복원할 수는 없습니다</translation>
    </message>
    <message>
        <source>the disk is full; the change was not saved and nothing was lost</source>
        <translation>디스크가 가득 찼습니다. 변경 사항을 저장하지 않았으며 잃은 것은 없습니다</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{path} does not exist, and a read-only database cannot be created</source>
        <translation>{path}이(가) 없고, 읽기 전용 데이터베이스는 새로 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the folder {path_parent} does not exist</source>
        <translation>폴더 {path_parent}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this version but is read-only</source>
        <translation>{path}은(는) 이 버전으로 업그레이드해야 하지만 읽기 전용입니다</translation>
    </message>
    <message>
        <source>{describe_exc}; the change was not saved</source>
        <translation>{describe_exc}. 변경 사항을 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>{exc}; {path} was not upgraded and is unchanged</source>
        <translation>{exc}. {path}은(는) 업그레이드하지 않았으며 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{describe_exc}; nothing was changed</source>
        <translation>{describe_exc}. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>{exc}; nothing was restored and the database is unchanged</source>
        <translation>{exc}. 아무것도 복원하지 않았고 데이터베이스는 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{path} is open read-only; nothing was changed{why}</source>
        <translation>{path}이(가) 읽기 전용으로 열려 있습니다. 아무것도 바꾸지 않았습니다{why}</translation>
    </message>
    <message>
        <source>{path} is open read-only; nothing was restored</source>
        <translation>{path}이(가) 읽기 전용으로 열려 있습니다. 아무것도 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>restoring from {source} failed: {exc}; the current data is kept at {aside}</source>
        <translation>{source}에서 복원하지 못했습니다: {exc}. 현재 데이터는 {aside}에 보관했습니다</translation>
    </message>
    <message>
        <source>upgrading {path} failed ({exc}); it is unchanged and a copy is at {last_backup}</source>
        <translation>{path} 업그레이드에 실패했습니다({exc}). 파일은 바뀌지 않았고 사본이 {last_backup}에 있습니다</translation>
    </message>
    <message>
        <source> ({reason})</source>
        <translation> ({reason})</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>의제 항목</translation>
    </message>
    <message>
        <source>Outcome and decisions (double-click to edit)</source>
        <translation>결과 및 결정 사항 (두 번 클릭하여 편집)</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Outcomes and decisions, item by item</source>
        <translation>항목별 결과 및 결정 사항</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>새로 추가</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>완료 표시</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <source>Clear the form for a new action item</source>
        <translation>새 조치사항을 입력하도록 양식을 비웁니다</translation>
    </message>
    <message>
        <source>Action items agreed at this session</source>
        <translation>이 회의에서 합의된 조치사항</translation>
    </message>
    <message>
        <source>Open action items carried over from earlier sessions</source>
        <translation>이전 회의에서 이월된 진행 중 조치사항</translation>
    </message>
    <message>
        <source>No agenda yet: outcomes are recorded against the items of the agenda.</source>
        <translation>아직 의제가 없습니다. 결과는 의제 항목별로 기록합니다.</translation>
    </message>
    <message>
        <source>Agenda v{0}: {1}. Double-click an outcome to write it.</source>
        <translation>의제 v{0}: {1}. 결과를 두 번 클릭하여 작성하십시오.</translation>
    </message>
    <message>
        <source>Nothing open from earlier sessions.</source>
        <translation>이전 회의에서 이월된 진행 중 항목이 없습니다.</translation>
    </message>
    <message>
        <source>{0} still open, {1} overdue.</source>
        <translation>진행 중 {0}건, 기한 경과 {1}건.</translation>
    </message>
    <message>
        <source>{0} still open.</source>
        <translation>진행 중 {0}건.</translation>
    </message>
    <message>
        <source>Record the outcome of {0}</source>
        <translation>항목 {0}의 결과 기록</translation>
    </message>
    <message>
        <source>Record the outcome…</source>
        <translation>결과 기록…</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>조치사항 편집</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>No warnings: a working day and working hours in both capitals.</source>
        <translation>경고 없음: 양국 수도 모두 근무일, 근무 시간입니다.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Change the session (Ctrl+E)</source>
        <translation>회의 정보 변경 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>일정 변경…</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>연기</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>회의 취소…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>반복 회의</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>메모 (내부용)</translation>
    </message>
    <message>
        <source>Length: {0} · planned in {1}</source>
        <translation>소요 시간: {0} · 계획 시간대 {1}</translation>
    </message>
    <message>
        <source>Not part of a series</source>
        <translation>반복 회의에 속하지 않음</translation>
    </message>
    <message>
        <source>Video: {0}</source>
        <translation>화상: {0}</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>미정</translation>
    </message>
</context>
<context>
    <name>PacketPanel</name>
    <message>
        <source>Internal talking points, defensive lines and notes are left out by construction.</source>
        <translation>내부용 발언 요지, 방어 논리, 메모는 처음부터 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>For our own delegation only: not to be shared with the counterpart.</source>
        <translation>우리 대표단 전용: 상대측과 공유하지 마십시오.</translation>
    </message>
    <message>
        <source>LibreOffice was not found on this computer; install LibreOffice to make PDF copies.</source>
        <translation>이 컴퓨터에서 LibreOffice를 찾을 수 없습니다. PDF 사본을 만들려면 LibreOffice를 설치하십시오.</translation>
    </message>
    <message>
        <source>Also writes a PDF beside the Word file, through LibreOffice (a few seconds more).</source>
        <translation>LibreOffice를 이용해 Word 파일 옆에 PDF도 만듭니다 (몇 초 더 걸림).</translation>
    </message>
    <message>
        <source>None: the built-in look</source>
        <translation>없음: 기본 서식</translation>
    </message>
    <message>
        <source>Also make a &amp;PDF</source>
        <translation>PDF도 만들기(&amp;P)</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>문서 준비 중</translation>
    </message>
    <message>
        <source>Cover and contents</source>
        <translation>표지와 목차</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>표지</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Scene-setter</source>
        <translation>배경 설명</translation>
    </message>
    <message>
        <source>Timed agenda</source>
        <translation>시간별 의제</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>Counterpart biographies</source>
        <translation>상대측 인사 약력</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>Logistics and contacts</source>
        <translation>행정 사항 및 연락처</translation>
    </message>
    <message>
        <source>nothing to put in it</source>
        <translation>넣을 내용이 없음</translation>
    </message>
    <message>
        <source>no earlier session and no open action items</source>
        <translation>이전 회의도, 진행 중인 조치사항도 없음</translation>
    </message>
    <message>
        <source>no agenda items yet</source>
        <translation>의제 항목이 아직 없음</translation>
    </message>
    <message>
        <source>no one is on either delegation yet</source>
        <translation>양측 대표단에 아직 아무도 없음</translation>
    </message>
    <message>
        <source>no biographies on file</source>
        <translation>등록된 약력이 없음</translation>
    </message>
    <message>
        <source>no agenda item has background text</source>
        <translation>배경 설명이 있는 의제 항목이 없음</translation>
    </message>
    <message>
        <source>no sections to list</source>
        <translation>목차에 넣을 부분이 없음</translation>
    </message>
    <message>
        <source>internal only</source>
        <translation>내부용 전용</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>합의됨</translation>
    </message>
    <message>
        <source>DRAFT — no agenda yet</source>
        <translation>DRAFT — 의제 없음</translation>
    </message>
    <message>
        <source>DRAFT — {0} not agreed</source>
        <translation>DRAFT — {0} 미합의</translation>
    </message>
    <message>
        <source>agenda: {0}</source>
        <translation>의제: {0}</translation>
    </message>
    <message>
        <source>next</source>
        <translation>다음 회의</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>회의(&amp;S):</translation>
    </message>
    <message>
        <source>Generate packet</source>
        <translation>브리핑 자료 생성</translation>
    </message>
    <message>
        <source>Open packet</source>
        <translation>브리핑 자료 열기</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Principal&apos;s brief…</source>
        <translation>수석대표 보고 자료…</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>내부용(&amp;I)</translation>
    </message>
    <message>
        <source>Record of the session</source>
        <translation>회의 결과 기록</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Item briefs</source>
        <translation>의제별 보고</translation>
    </message>
    <message>
        <source>Annex: action-item tracker</source>
        <translation>부록: 후속조치 현황</translation>
    </message>
    <message>
        <source>the session has not been held</source>
        <translation>아직 열리지 않은 회의</translation>
    </message>
    <message>
        <source>no open or agreed action items</source>
        <translation>미결 또는 합의된 후속조치 없음</translation>
    </message>
    <message>
        <source>the session was held: the packet is its record</source>
        <translation>개최된 회의: 자료는 회의 기록</translation>
    </message>
    <message>
        <source>in each item&apos;s brief</source>
        <translation>의제별 보고에 포함</translation>
    </message>
    <message>
        <source>counterpart edition only (ours has them in the scene-setter)</source>
        <translation>상대측용에만 수록(우리측용은 배경 설명에 수록)</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>버전 {0}</translation>
    </message>
    <message>
        <source>Principal&apos;s b&amp;rief…</source>
        <translation>수석대표 보고 자료(&amp;R)…</translation>
    </message>
    <message>
        <source>Purpose, objectives, key messages, their likely asks, deliverables, logistics and our aims</source>
        <translation>목적, 목표, 핵심 메시지, 상대측 예상 제기 사항, 기대 성과, 행정 사항 및 우리측 목표</translation>
    </message>
    <message>
        <source>Everything: summary, one brief per item, scene-setter, biographies …</source>
        <translation>전체: 요약, 의제별 보고, 배경 설명, 약력 …</translation>
    </message>
    <message>
        <source>For the &amp;counterpart</source>
        <translation>상대측용(&amp;C)</translation>
    </message>
    <message>
        <source>Only what both sides share: cover, agenda, participants, background, logistics</source>
        <translation>양측이 공유하는 내용만: 표지, 의제, 참석자, 배경, 행정 사항</translation>
    </message>
    <message>
        <source>The handling marking printed at the top and bottom of every page</source>
        <translation>모든 페이지 위아래에 인쇄되는 보안 등급 표시</translation>
    </message>
    <message>
        <source>A Word document (.docx) whose letterhead, styles and page set-up to build on</source>
        <translation>레터헤드, 스타일, 페이지 설정을 가져올 Word 문서(.docx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose a Word document (.docx) to build on</source>
        <translation>기반으로 삼을 Word 문서(.docx)를 선택합니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Use the built-in look</source>
        <translation>기본 서식 사용</translation>
    </message>
    <message>
        <source>&amp;Korean edition (한국어판)</source>
        <translation>한국어판(&amp;K)</translation>
    </message>
    <message>
        <source>Korean section titles, labels and dates, □ and ○, 요지 first: for a Korean delegation</source>
        <translation>한국어 제목·항목명·날짜, □·○ 체계, 요지 우선: 우리측이 한국 대표단일 때</translation>
    </message>
    <message>
        <source>&amp;Bilingual agenda and participants</source>
        <translation>의제와 참석자를 한영 병기(&amp;B)</translation>
    </message>
    <message>
        <source>Agenda items, names and titles in English and Korean side by side</source>
        <translation>의제 항목, 이름, 직함을 영어와 한국어로 나란히 표기합니다</translation>
    </message>
    <message>
        <source>One, not numbered</source>
        <translation>1부 (번호 없음)</translation>
    </message>
    <message>
        <source>Write this many numbered copies, one file each: “Copy 3 of 10” on the cover and in every footer</source>
        <translation>번호를 매긴 사본을 이 수만큼 만듭니다(사본마다 파일 하나): 표지와 모든 바닥글에 “Copy 3 of 10”(한국어판은 “사본 3/10”) 표시</translation>
    </message>
    <message>
        <source>The Word file to write; a PDF goes beside it with the same name</source>
        <translation>만들 Word 파일. PDF는 같은 이름으로 그 옆에 저장됩니다</translation>
    </message>
    <message>
        <source>Choose where to save the packet</source>
        <translation>브리핑 자료를 저장할 위치를 선택합니다</translation>
    </message>
    <message>
        <source>Brief:</source>
        <translation>보고 자료:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>용도:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>보안 등급 표시(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>서식 파일(&amp;T):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Numbered cop&amp;ies:</source>
        <translation>번호 매긴 사본(&amp;I):</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>저장 위치(&amp;A):</translation>
    </message>
    <message>
        <source>Edition and options</source>
        <translation>용도와 옵션</translation>
    </message>
    <message>
        <source>Sections in this packet</source>
        <translation>이 브리핑 자료의 구성</translation>
    </message>
    <message>
        <source>&amp;Generate packet</source>
        <translation>브리핑 자료 생성(&amp;G)</translation>
    </message>
    <message>
        <source>Write the packet (Ctrl+G)</source>
        <translation>브리핑 자료를 만듭니다 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop; nothing is written (Esc)</source>
        <translation>중지합니다. 아무것도 저장되지 않습니다 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Open packet</source>
        <translation>브리핑 자료 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Written: {0} numbered copies, {1} … (and their PDFs)</source>
        <translation>저장됨: 번호 매긴 사본 {0}부, {1} … (PDF 포함)</translation>
    </message>
    <message>
        <source>Written: {0} numbered copies, {1} …</source>
        <translation>저장됨: 번호 매긴 사본 {0}부, {1} …</translation>
    </message>
    <message>
        <source>Open the packet in Word (or the program that opens .docx files)</source>
        <translation>Word(또는 .docx 파일을 여는 프로그램)에서 브리핑 자료를 엽니다</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <source>Show the folder the packet is in</source>
        <translation>브리핑 자료가 있는 폴더를 엽니다</translation>
    </message>
    <message>
        <source>No sessions in this database yet: a packet is made for a session. Plan one first, or look around in the sample body (briefing-desk --db sample.sqlite3 demo).</source>
        <translation>이 데이터베이스에는 아직 회의가 없습니다. 브리핑 자료는 회의별로 만듭니다. 먼저 회의를 계획하거나 예시 협의체를 살펴보십시오 (briefing-desk --db sample.sqlite3 demo).</translation>
    </message>
    <message>
        <source>Agenda: {0}</source>
        <translation>의제: {0}</translation>
    </message>
    <message>
        <source>venue to be decided</source>
        <translation>장소 미정</translation>
    </message>
    <message>
        <source>{0}: included</source>
        <translation>{0}: 포함</translation>
    </message>
    <message>
        <source>internal only: never in the counterpart edition</source>
        <translation>내부용 전용: 상대측용에는 포함되지 않음</translation>
    </message>
    <message>
        <source>{0}: left out — {1}</source>
        <translation>{0}: 제외 — {1}</translation>
    </message>
    <message>
        <source>{0} sections will be included; {1} left out.</source>
        <translation>{0}개 부분이 포함되고 {1}개는 제외됩니다.</translation>
    </message>
    <message>
        <source>{0} sections will be included.</source>
        <translation>{0}개 부분이 포함됩니다.</translation>
    </message>
    <message>
        <source>{0} (LibreOffice not found)</source>
        <translation>{0} (LibreOffice 없음)</translation>
    </message>
    <message>
        <source>{0} is there already (written {1}); generating replaces it.</source>
        <translation>{0}이(가) 이미 있습니다 ({1} 작성). 생성하면 바뀝니다.</translation>
    </message>
    <message>
        <source>The packet cannot be generated</source>
        <translation>브리핑 자료를 생성할 수 없습니다</translation>
    </message>
    <message>
        <source>Name the file to write the packet to.</source>
        <translation>브리핑 자료를 저장할 파일 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Making the PDF with LibreOffice…</source>
        <translation>LibreOffice로 PDF를 만드는 중…</translation>
    </message>
    <message>
        <source>LibreOffice cannot be stopped midway; it takes a few seconds</source>
        <translation>LibreOffice는 도중에 멈출 수 없습니다. 몇 초 걸립니다</translation>
    </message>
    <message>
        <source>Writing “{0}”</source>
        <translation>“{0}” 작성 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>in {0:.0f} s</source>
        <translation>{0:.0f}초 소요</translation>
    </message>
    <message>
        <source>Written: {0} (and its PDF)</source>
        <translation>저장됨: {0} (PDF 포함)</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>저장됨: {0}</translation>
    </message>
    <message>
        <source> — marked DRAFT: the agenda is not agreed</source>
        <translation> — 의제가 합의되지 않아 DRAFT로 표시됨</translation>
    </message>
    <message>
        <source>Packet written: {0}</source>
        <translation>브리핑 자료 저장됨: {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>취소됨: 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not written.</source>
        <translation>저장되지 않음.</translation>
    </message>
    <message>
        <source>The packet was not written</source>
        <translation>브리핑 자료를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Cannot open the packet</source>
        <translation>브리핑 자료를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The packet file is not there any more.</source>
        <translation>브리핑 자료 파일이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>No program on this computer opens {0}.</source>
        <translation>이 컴퓨터에는 {0}을(를) 여는 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>폴더를 열 수 없습니다</translation>
    </message>
    <message>
        <source>No program on this computer shows {0}.</source>
        <translation>이 컴퓨터에는 {0}을(를) 표시하는 프로그램이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PacketsView</name>
    <message>
        <source>Briefing packets</source>
        <translation>브리핑 자료</translation>
    </message>
    <message>
        <source>The principal&apos;s Word packet for a session: choose the edition, check what it will hold, generate it and open it.</source>
        <translation>회의별 수석대표용 Word 브리핑 자료입니다. 용도를 고르고, 구성을 확인한 뒤, 생성하여 여십시오.</translation>
    </message>
</context>
<context>
    <name>ParagraphDelegate</name>
    <message>
        <source>Enter saves · Shift+Enter starts a new line · Esc cancels</source>
        <translation>Enter: 저장 · Shift+Enter: 줄 바꿈 · Esc: 취소</translation>
    </message>
</context>
<context>
    <name>PeoplePickerDialog</name>
    <message>
        <source>Add people to the delegations</source>
        <translation>대표단에 인물 추가</translation>
    </message>
    <message>
        <source>Filter: name, 이름, ㄱㅁㅈ, title, organisation, e-mail…</source>
        <translation>필터: 영문 이름, 한글 이름, 초성(ㄱㅁㅈ), 직함, 기관, 이메일…</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>양측</translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click to choose several; Enter or a double-click adds.</source>
        <translation>Ctrl+클릭 또는 Shift+클릭으로 여러 명을 선택하고, Enter 또는 두 번 클릭으로 추가합니다.</translation>
    </message>
    <message>
        <source>Add 1 person</source>
        <translation>1명 추가</translation>
    </message>
    <message>
        <source>Add {0} people</source>
        <translation>{0}명 추가</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>No one to offer: everyone who matches is already seated, retired, or on the other side. Add new people in the People view.</source>
        <translation>추가할 수 있는 인물이 없습니다. 조건에 맞는 인물이 모두 이미 배정되었거나, 퇴임했거나, 다른 측입니다. 새 인물은 인물 화면에서 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>PeoplePrompts</name>
    <message>
        <source>People lists ({0})</source>
        <translation>인물 목록 ({0})</translation>
    </message>
    <message>
        <source>CSV ({0})</source>
        <translation>CSV ({0})</translation>
    </message>
    <message>
        <source>Excel workbook ({0})</source>
        <translation>Excel 통합 문서 ({0})</translation>
    </message>
    <message>
        <source>vCard ({0})</source>
        <translation>vCard ({0})</translation>
    </message>
    <message>
        <source>CSV, UTF-8 ({0})</source>
        <translation>CSV, UTF-8 ({0})</translation>
    </message>
    <message>
        <source>Outlook CSV, for Outlook&apos;s import ({0})</source>
        <translation>Outlook CSV, Outlook 가져오기용 ({0})</translation>
    </message>
    <message>
        <source>Google CSV, for Google Contacts ({0})</source>
        <translation>Google CSV, Google 주소록용 ({0})</translation>
    </message>
    <message>
        <source>vCard, for Outlook, Google and Apple Contacts ({0})</source>
        <translation>vCard, Outlook·Google·Apple 연락처용 ({0})</translation>
    </message>
    <message>
        <source>Probably already in the directory</source>
        <translation>이미 명단에 있는 인물로 보입니다</translation>
    </message>
    <message>
        <source>{0} looks like someone already on file:

{1}

Add a new record anyway? (To combine two records later, select both and choose Merge.)</source>
        <translation>{0}은(는) 이미 등록된 인물로 보입니다:

{1}

그래도 새 기록으로 추가하시겠습니까? (나중에 두 기록을 합치려면 둘 다 선택한 뒤 병합을 선택하십시오.)</translation>
    </message>
    <message>
        <source>Import a people list</source>
        <translation>인물 목록 가져오기</translation>
    </message>
    <message>
        <source>Export the people list</source>
        <translation>인물 목록 내보내기</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Filter: name, 이름 or ㄱㅁㅈ, title, organisation, e-mail… (Ctrl+F)</source>
        <translation>필터: 영문 이름, 한글 이름 또는 초성(ㄱㅁㅈ), 직함, 기관, 이메일… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>퇴임자 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Retired people stay on file for the sessions they attended; shown greyed</source>
        <translation>퇴임한 인물은 참석했던 회의 기록을 위해 남아 있으며 회색으로 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>인물 추가</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>선택한 인물을 편집합니다</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>퇴임 처리(&amp;R)</translation>
    </message>
    <message>
        <source>Retire the selected people</source>
        <translation>선택한 인물을 퇴임 처리합니다</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the two selected records</source>
        <translation>선택한 두 기록을 병합합니다</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>목록 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a .csv or .xlsx list</source>
        <translation>.csv 또는 .xlsx 목록을 가져옵니다</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>목록 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>인물 명단을 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the details pane</source>
        <translation>상세 정보 창을 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No people in this database yet&lt;/h3&gt;&lt;p&gt;The directory holds both delegations: names in roman letters and in Hangul, titles, organisations, how to reach them. Sessions then seat people from it.&lt;/p&gt;&lt;p&gt;Add people one by one, or import the list the other side sent (.csv or .xlsx): you see every row before anything is written.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;이 데이터베이스에는 아직 인물이 없습니다&lt;/h3&gt;&lt;p&gt;인물 명단에는 양측 대표단이 담깁니다. 영문 및 한글 이름, 직함, 기관, 연락처를 기록하며, 회의의 대표단은 이 명단에서 배정합니다.&lt;/p&gt;&lt;p&gt;인물을 한 명씩 추가하거나 상대측이 보낸 목록(.csv 또는 .xlsx)을 가져오십시오. 저장하기 전에 모든 행을 미리 확인할 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>인물 추가…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>목록 가져오기…</translation>
    </message>
    <message>
        <source>Import people list…</source>
        <translation>인물 목록 가져오기…</translation>
    </message>
    <message>
        <source>Export people list…</source>
        <translation>인물 목록 내보내기…</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1명</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0}명</translation>
    </message>
    <message>
        <source>{0} of {1} shown</source>
        <translation>{1}명 중 {0}명 표시</translation>
    </message>
    <message>
        <source> · {0} retired hidden</source>
        <translation> · 퇴임자 {0}명 숨김</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>복귀 처리(&amp;S)</translation>
    </message>
    <message>
        <source>Reinstate the selected people (Del)</source>
        <translation>선택한 인물을 복귀 처리합니다 (Del)</translation>
    </message>
    <message>
        <source>Retire the selected people; their past sessions keep them (Del)</source>
        <translation>선택한 인물을 퇴임 처리합니다. 지난 회의 기록에는 남아 있습니다 (Del)</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation>인물을 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} 추가</translation>
    </message>
    <message>
        <source>Cannot save {0}</source>
        <translation>{0}을(를) 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} 편집</translation>
    </message>
    <message>
        <source>Cannot reinstate</source>
        <translation>복귀 처리할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot retire</source>
        <translation>퇴임 처리할 수 없습니다</translation>
    </message>
    <message>
        <source>Reinstate {0}</source>
        <translation>{0} 복귀 처리</translation>
    </message>
    <message>
        <source>Retire {0}</source>
        <translation>{0} 퇴임 처리</translation>
    </message>
    <message>
        <source>Reinstate {0} people</source>
        <translation>{0}명 복귀 처리</translation>
    </message>
    <message>
        <source>Retire {0} people</source>
        <translation>{0}명 퇴임 처리</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>병합할 수 없습니다</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>{0}을(를) {1}(으)로 병합</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0}을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>Cannot read {0}</source>
        <translation>{0}을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}</source>
        <translation>{0}에서 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} 가져오기</translation>
    </message>
    <message>
        <source>Cannot export to {0}</source>
        <translation>{0}(으)로 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Exported 1 person to {0}</source>
        <translation>1명을 {0}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Exported {0} people to {1}</source>
        <translation>{0}명을 {1}(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Sessions</source>
        <translation>참석 회의</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit this person (F2 or Enter in the list)</source>
        <translation>이 인물을 편집합니다 (목록에서 F2 또는 Enter)</translation>
    </message>
    <message>
        <source>Select someone to see their details here.</source>
        <translation>인물을 선택하면 상세 정보가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>{0} people selected.</source>
        <translation>{0}명 선택됨.</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(퇴임)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>측</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>약력</translation>
    </message>
    <message>
        <source>No biography yet.</source>
        <translation>약력이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>(never exported)</source>
        <translation>(내보내지 않음)</translation>
    </message>
    <message>
        <source>Double-click to open the session</source>
        <translation>두 번 클릭하면 회의가 열립니다</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>회의 열기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {0}</source>
        <translation>{0} 편집</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>인물 추가</translation>
    </message>
    <message>
        <source>KIM Min-jun, as on the passport</source>
        <translation>KIM Min-jun (여권 표기대로)</translation>
    </message>
    <message>
        <source>Shareable: goes into briefing packets</source>
        <translation>공유 가능: 브리핑 자료에 들어갑니다</translation>
    </message>
    <message>
        <source>Internal: never exported, never in the counterpart&apos;s packet</source>
        <translation>내부용: 내보내지 않으며 상대측용 브리핑 자료에도 넣지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>영문 이름(&amp;N)</translation>
    </message>
    <message>
        <source>이름</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>영문 직함(&amp;T)</translation>
    </message>
    <message>
        <source>직함</source>
        <translation>한글 직함</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>기관(&amp;O)</translation>
    </message>
    <message>
        <source>기관</source>
        <translation>한글 기관명</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>측(&amp;S)</translation>
    </message>
    <message>
        <source>A person does not change government; correct it only if it was entered wrongly.</source>
        <translation>소속 정부는 바뀌지 않습니다. 잘못 입력된 경우에만 수정하십시오.</translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation>약력(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Internal notes</source>
        <translation>내부 메모(&amp;I)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>A name in roman letters is needed.</source>
        <translation>영문 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>{0} is not an e-mail address.</source>
        <translation>{0}은(는) 이메일 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>Name in roman letters, as on the passport</source>
        <translation>여권에 표기된 영문 이름</translation>
    </message>
    <message>
        <source>이름</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <source>Name in Hangul</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>영문 직함</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>영문 직함</translation>
    </message>
    <message>
        <source>직함</source>
        <translation>한글 직함</translation>
    </message>
    <message>
        <source>Title in Korean</source>
        <translation>한국어 직함</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Organisation (in Korean on hover)</source>
        <translation>기관 (마우스를 올리면 한국어 표시)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>측</translation>
    </message>
    <message>
        <source>The government the person serves</source>
        <translation>소속 정부</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>{0}
Retired: kept for the sessions they attended</source>
        <translation>{0}
퇴임: 참석했던 회의 기록을 위해 보존</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>퇴임</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>UTC{0}{1}:{2}{3}, now {4}</source>
        <translation>UTC{0}{1}:{2}{3}, 현재 {4}</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>백업 폴더 선택</translation>
    </message>
    <message>
        <source>The backup folder cannot be used</source>
        <translation>백업 폴더를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Change the body&apos;s settings</source>
        <translation>협의체 설정 변경</translation>
    </message>
    <message>
        <source>The body&apos;s settings were not saved</source>
        <translation>협의체 설정을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>환경설정을 저장했습니다</translation>
    </message>
    <message>
        <source>; the new language takes effect after a restart</source>
        <translation>. 새 언어는 다시 시작한 뒤 적용됩니다</translation>
    </message>
</context>
<context>
    <name>PreferencesAction</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, name order, the body&apos;s marking and time zones, backups</source>
        <translation>언어, 이름 순서, 협의체의 보안 등급 표시와 시간대, 백업</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>환경설정 페이지</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>협의체</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Takes effect after Briefing Desk is restarted.</source>
        <translation>Briefing Desk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Roman letters first: KIM Seo-yeon (김서연)</source>
        <translation>영문 먼저: KIM Seo-yeon (김서연)</translation>
    </message>
    <message>
        <source>Names: roman letters first</source>
        <translation>이름: 영문 먼저</translation>
    </message>
    <message>
        <source>Hangul first: 김서연 (KIM Seo-yeon)</source>
        <translation>한글 먼저: 김서연 (KIM Seo-yeon)</translation>
    </message>
    <message>
        <source>Names: Hangul first</source>
        <translation>이름: 한글 먼저</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>화면 언어(&amp;I):</translation>
    </message>
    <message>
        <source>Names of people:</source>
        <translation>인물 이름 표기:</translation>
    </message>
    <message>
        <source>Beside the database, in {0}</source>
        <translation>데이터베이스 옆 {0} 폴더</translation>
    </message>
    <message>
        <source>Back up beside the database</source>
        <translation>데이터베이스 옆에 백업</translation>
    </message>
    <message>
        <source>In this folder:</source>
        <translation>다음 폴더:</translation>
    </message>
    <message>
        <source>Back up in a chosen folder</source>
        <translation>선택한 폴더에 백업</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <source>a full path, e.g. a shared drive</source>
        <translation>전체 경로 (예: 공유 드라이브)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>백업 폴더 선택</translation>
    </message>
    <message>
        <source>Backup folder problem</source>
        <translation>백업 폴더 문제</translation>
    </message>
    <message>
        <source>File → Backup now, and closing a database that changed, take a verified copy there. Kept: the last ten, one a day for a week and one a week for two months. This choice is yours on this computer; it applies to every database you open.</source>
        <translation>파일 → 지금 백업을 실행하거나 변경된 데이터베이스를 닫으면 검증된 사본이 이곳에 저장됩니다. 최근 10개, 1주일 동안 하루 1개, 2개월 동안 주 1개를 보관합니다. 이 설정은 이 컴퓨터의 사용자에게만 적용되며, 여는 모든 데이터베이스에 적용됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where backups go&lt;/b&gt;</source>
        <translation>&lt;b&gt;백업 위치&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name the folder, or choose “Beside the database”.</source>
        <translation>폴더를 지정하거나 “데이터베이스 옆”을 선택하십시오.</translation>
    </message>
    <message>
        <source>The folder must be a full path, such as /home/you/backups.</source>
        <translation>폴더는 /home/you/backups와 같은 전체 경로여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Calendar files ({0})</source>
        <translation>달력 파일 ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} unchanged</source>
        <translation>추가 {0}, 갱신 {1}, 변경 없음 {2}</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>새 회의</translation>
    </message>
    <message>
        <source>Change a session of a series</source>
        <translation>반복 회의 중 회의 변경</translation>
    </message>
    <message>
        <source>This session is part of a series. Change which sessions?</source>
        <translation>이 회의는 반복 회의의 일부입니다. 어느 회의를 변경하시겠습니까?</translation>
    </message>
    <message>
        <source>Move a session of a series</source>
        <translation>반복 회의 중 회의 일정 변경</translation>
    </message>
    <message>
        <source>This session is part of a series. Move which sessions?</source>
        <translation>이 회의는 반복 회의의 일부입니다. 어느 회의의 일정을 변경하시겠습니까?</translation>
    </message>
    <message>
        <source>Postpone a session of a series</source>
        <translation>반복 회의 중 회의 연기</translation>
    </message>
    <message>
        <source>This session is part of a series. Postpone which sessions?</source>
        <translation>이 회의는 반복 회의의 일부입니다. 어느 회의를 연기하시겠습니까?</translation>
    </message>
    <message>
        <source>Cancel a session of a series</source>
        <translation>반복 회의 중 회의 취소</translation>
    </message>
    <message>
        <source>This session is part of a series. Cancel which sessions?</source>
        <translation>이 회의는 반복 회의의 일부입니다. 어느 회의를 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>A session of a series</source>
        <translation>반복 회의 중 회의</translation>
    </message>
    <message>
        <source>This session is part of a series. Which sessions?</source>
        <translation>이 회의는 반복 회의의 일부입니다. 어느 회의에 적용하시겠습니까?</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>이 회의만</translation>
    </message>
    <message>
        <source>This and the following</source>
        <translation>이 회의와 이후 회의</translation>
    </message>
    <message>
        <source>Cancel {0} and every later session of its series?</source>
        <translation>{0} 및 같은 반복 회의의 이후 회의를 모두 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>Cancel {0}?</source>
        <translation>{0}을(를) 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>It stays in the calendar struck through, with its agenda and delegations; moving it to a date plans it again.</source>
        <translation>회의는 의제와 대표단과 함께 달력에 취소선으로 남으며, 날짜를 다시 지정하면 다시 계획됩니다.</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>회의 취소</translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation>회의 옮기기</translation>
    </message>
    <message>
        <source>Move {0} there?</source>
        <translation>{0}을(를) 그곳으로 옮길까요?</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>옮기기</translation>
    </message>
    <message>
        <source>Import calendar file</source>
        <translation>달력 파일 가져오기</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>달력 내보내기</translation>
    </message>
    <message>
        <source>Export which sessions?</source>
        <translation>어느 회의를 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>Only {0}</source>
        <translation>{0}만</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>모든 회의</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>  … and {0} more new</source>
        <translation>  … 외 신규 {0}건</translation>
    </message>
    <message>
        <source>  … and {0} more updated</source>
        <translation>  … 외 갱신 {0}건</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>참고: {0}</translation>
    </message>
    <message>
        <source>Nothing to import: every session in the file is already here.</source>
        <translation>가져올 내용이 없습니다. 파일의 모든 회의가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Import these?</source>
        <translation>다음 내용을 가져오시겠습니까?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Horizon and range…</source>
        <translation>가져올 기간…</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>it is on a read-only disk or share</source>
        <translation>읽기 전용 디스크 또는 공유 폴더에 있습니다</translation>
    </message>
    <message>
        <source>the file cannot be written (check its permissions or the medium it is on)</source>
        <translation>파일에 쓸 수 없습니다 (권한이나 저장 매체를 확인하십시오)</translation>
    </message>
    <message>
        <source>its folder {0} cannot be written</source>
        <translation>폴더 {0}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>읽기 전용으로 열었습니다</translation>
    </message>
    <message>
        <source>This database is open read-only: {0}. You can look and search; changes are disabled.</source>
        <translation>이 데이터베이스는 읽기 전용으로 열려 있습니다: {0}. 조회와 검색은 가능하지만 변경은 할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open recent</source>
        <translation>최근 파일 열기</translation>
    </message>
    <message>
        <source>{0} is not there any more: it was moved, renamed or deleted, or its drive is not connected.

It was taken off the list of recent files.</source>
        <translation>{0}이(가) 더 이상 없습니다. 옮겨졌거나 이름이 바뀌었거나 삭제되었거나, 드라이브가 연결되어 있지 않습니다.

최근 파일 목록에서 제외했습니다.</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(찾을 수 없음)</translation>
    </message>
    <message>
        <source>{0} is not there any more; choose it to take it off the list</source>
        <translation>{0}이(가) 더 이상 없습니다. 선택하면 목록에서 제외됩니다</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>최근 데이터베이스 없음</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search sessions, agenda items, outcomes, action items and people, in Korean or English (Ctrl+K).
Words match by their beginning; Korean also inside words; &quot;quotes&quot; keep a phrase; a year such as 2029 keeps that year&apos;s sessions.</source>
        <translation>회의, 의제 항목, 결과, 조치사항, 인물을 한국어나 영어로 검색합니다 (Ctrl+K).
단어는 앞부분으로 일치하며 한국어는 단어 중간도 찾습니다. &quot;따옴표&quot;로 구절을 묶고, 2029처럼 연도를 쓰면 그해 회의만 찾습니다.</translation>
    </message>
    <message>
        <source>{0} ms · ↑↓ to choose · Enter opens · Esc closes</source>
        <translation>{0}ms · ↑↓ 선택 · Enter 열기 · Esc 닫기</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”</source>
        <translation>“{0}”에 대한 검색 결과가 없습니다</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Open the session</source>
        <translation>회의 열기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Open in People</source>
        <translation>인물에서 열기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open in the {0} tab</source>
        <translation>{0} 탭에서 열기</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Sessions</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>의제 항목</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>조치사항</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>{0} · {1} of more than {2}, newest first</source>
        <translation>{0} · {2}건 이상 중 {1}건, 최신순</translation>
    </message>
    <message>
        <source>{0} · {1} of {2}</source>
        <translation>{0} · {2}건 중 {1}건</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>the last {0}</source>
        <translation>마지막 {0}</translation>
    </message>
    <message>
        <source>the {ordinal} {weekday}</source>
        <translation>{number}번째 {weekday}</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>새 반복 회의</translation>
    </message>
    <message>
        <source>e.g. Working group on supply chains</source>
        <translation>예: Working group on supply chains</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation>매월 같은 요일</translation>
    </message>
    <message>
        <source>Every six weeks</source>
        <translation>6주마다</translation>
    </message>
    <message>
        <source>Quarterly (every three months)</source>
        <translation>분기마다 (3개월마다)</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)…</source>
        <translation>사용자 지정 규칙 (RRULE)…</translation>
    </message>
    <message>
        <source>After</source>
        <translation>횟수:</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation>회</translation>
    </message>
    <message>
        <source>On</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>The hosts in turn, separated by commas: {0}, {1} or {2} (held by video link)</source>
        <translation>차례로 주최할 측을 쉼표로 구분하여 입력: {0}, {1} 또는 {2}(화상 회의)</translation>
    </message>
    <message>
        <source>Each session at this time in its host&apos;s capital</source>
        <translation>각 회의를 주최 측 수도의 이 시각에 개최</translation>
    </message>
    <message>
        <source>On: 10:00 means 10:00 in {0} when {0} hosts and 10:00 in {1} when {1} hosts. Off: every session at this time in the zone above.</source>
        <translation>켜짐: {0}이(가) 주최하면 {0} 시각 10:00, {1}이(가) 주최하면 {1} 시각 10:00입니다. 꺼짐: 모든 회의를 위의 시간대 기준 이 시각에 엽니다.</translation>
    </message>
    <message>
        <source>https://… (for the video sessions)</source>
        <translation>https://… (화상 회의용)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Times in both capitals</source>
        <translation>양국 수도 시각</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>영문 제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Korean title (제목)</source>
        <translation>한국어 제목(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;First session</source>
        <translation>첫 회의(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>소요 시간(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>반복(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>종료(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Hosts in turn</source>
        <translation>주최 순서(&amp;H)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>형식(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation>화상 회의 링크(&amp;V)</translation>
    </message>
    <message>
        <source>Create series</source>
        <translation>반복 회의 만들기</translation>
    </message>
    <message>
        <source>Monthly on {0}</source>
        <translation>매월 {0}</translation>
    </message>
    <message>
        <source>write the custom rule, e.g. {0}</source>
        <translation>사용자 지정 규칙을 입력하십시오 (예: {0})</translation>
    </message>
    <message>
        <source>video</source>
        <translation>화상</translation>
    </message>
    <message>
        <source>No sessions to preview</source>
        <translation>미리 볼 회의가 없습니다</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>회의 1건</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>회의 {0}건</translation>
    </message>
    <message>
        <source>, {0} with warnings (in amber)</source>
        <translation>, 경고 {0}건 (주황색)</translation>
    </message>
    <message>
        <source>, none with warnings</source>
        <translation>, 경고 없음</translation>
    </message>
    <message>
        <source>Cannot create yet: {0}.</source>
        <translation>아직 만들 수 없습니다: {0}.</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Redone: {0}</source>
        <translation>다시 실행함: {0}</translation>
    </message>
    <message>
        <source>Cannot undo or redo {0}</source>
        <translation>{0}을(를) 실행 취소하거나 다시 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>{0} — Ctrl+Z undoes it</source>
        <translation>{0} — Ctrl+Z로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>실행 취소함: {0}</translation>
    </message>
</context>
<context>
    <name>SessionContextMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>연기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>회의 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar file…</source>
        <translation>캘린더 파일로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;New session here…</source>
        <translation>여기에 새 회의(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>e.g. 15th session: working level</source>
        <translation>예: 15th session: working level</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>회의 번호</translation>
    </message>
    <message>
        <source>the next free number</source>
        <translation>다음 빈 번호</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <source>By video (each delegation in its capital)</source>
        <translation>화상 (각 대표단은 자국 수도에서)</translation>
    </message>
    <message>
        <source>Seoul, Washington …</source>
        <translation>Seoul, Washington …</translation>
    </message>
    <message>
        <source>Ministry of Foreign Affairs …</source>
        <translation>Ministry of Foreign Affairs …</translation>
    </message>
    <message>
        <source>https://… (for a video session)</source>
        <translation>https://… (화상 회의용)</translation>
    </message>
    <message>
        <source>Internal: never exported, never shared with the other side</source>
        <translation>내부용: 내보내지 않으며 상대측과 공유하지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>영문 제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Korean title (제목)</source>
        <translation>한국어 제목(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>일시(&amp;W)</translation>
    </message>
    <message>
        <source>In both capitals</source>
        <translation>양국 수도 시각</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>소요 시간(&amp;L)</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>번호(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>주최(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>형식(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>방식(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>도시(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>건물(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation>화상 회의 링크(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes (internal)</source>
        <translation>내부 메모(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Cannot save yet: {0}.</source>
        <translation>아직 저장할 수 없습니다: {0}.</translation>
    </message>
    <message>
        <source>Cannot save yet: {0}</source>
        <translation>아직 저장할 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>&amp;New session…</source>
        <translation>새 회의(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation>새 반복 회의(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>일정 변경(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <translation>연기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>회의 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>Import calendar &amp;file (.ics)…</source>
        <translation>달력 파일 가져오기(&amp;F) (.ics)…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar (.ics)…</source>
        <translation>달력 내보내기(&amp;X) (.ics)…</translation>
    </message>
    <message>
        <source>Import public &amp;holidays (.ics)…</source>
        <translation>공휴일 가져오기(&amp;H) (.ics)…</translation>
    </message>
    <message>
        <source>Add a public holi&amp;day…</source>
        <translation>공휴일 추가(&amp;D)…</translation>
    </message>
    <message>
        <source>Acts on the session open, or selected in the calendar or the Sessions list</source>
        <translation>열려 있는 회의, 또는 달력이나 회의 목록에서 선택한 회의에 적용됩니다</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>회의(&amp;S)</translation>
    </message>
    <message>
        <source>Select a session first: in the calendar, the Sessions list, or open its page</source>
        <translation>먼저 달력이나 회의 목록에서 회의를 선택하거나 회의 화면을 여십시오</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>← Back</source>
        <translation>← 뒤로</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+Left)</source>
        <translation>이전 화면으로 돌아가기 (Alt+←)</translation>
    </message>
    <message>
        <source>venue to be decided</source>
        <translation>장소 미정</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>{0} (and video)</source>
        <translation>{0} (화상 병행)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>화상</translation>
    </message>
    <message>
        <source>Length: {0}</source>
        <translation>소요 시간: {0}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>The session&apos;s number in the series</source>
        <translation>반복 회의 안에서의 회의 번호</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>The start in the session&apos;s own zone first, then in the other capital</source>
        <translation>회의 자체 시간대의 시작 시각을 먼저, 이어서 상대국 수도 시각을 표시합니다</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>영문 제목</translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation>한국어 제목</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>대표단</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>의제</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>브리핑 자료</translation>
    </message>
    <message>
        <source>Outcomes and actions</source>
        <translation>결과 및 조치사항</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Filter sessions: title, 제목, venue, status…</source>
        <translation>회의 필터: 영문 제목, 한국어 제목, 장소, 상태…</translation>
    </message>
    <message>
        <source>No sessions in this database yet.

Plan one with Session → New session… (Ctrl+N), or double-click a day in the calendar. To look around first, fill a copy with the fictional sample body:
    briefing-desk --db sample.sqlite3 demo</source>
        <translation>이 데이터베이스에는 아직 회의가 없습니다.

회의 → 새 회의…(Ctrl+N)로 계획하거나 달력에서 날짜를 두 번 클릭하십시오. 먼저 둘러보려면 사본에 가상의 예시 협의체를 채우십시오:
    briefing-desk --db sample.sqlite3 demo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>The menus&apos; commands and their keys. Lists and editors have keys of their own as well (Enter opens, Esc closes, Ctrl+Z undoes); a button&apos;s tooltip names its key.</source>
        <translation>메뉴 명령과 바로 가기 키입니다. 목록과 편집기에도 자체 키가 있습니다 (Enter 열기, Esc 닫기, Ctrl+Z 실행 취소). 단추의 도움말에 해당 키가 표시됩니다.</translation>
    </message>
    <message>
        <source>Filter: a command or a key</source>
        <translation>필터: 명령 또는 키</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>바로 가기 키 필터</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>바로 가기 키</translation>
    </message>
</context>
<context>
    <name>SideBox</name>
    <message>
        <source>Name of {0}</source>
        <translation>{0} 이름</translation>
    </message>
    <message>
        <source>Korean name of {0}</source>
        <translation>{0} 한국어 이름</translation>
    </message>
    <message>
        <source>Capital of {0}</source>
        <translation>{0} 수도</translation>
    </message>
    <message>
        <source>Korean name of the capital of {0}</source>
        <translation>{0} 수도의 한국어 이름</translation>
    </message>
    <message>
        <source>Holiday country of {0}</source>
        <translation>{0} 공휴일 국가</translation>
    </message>
    <message>
        <source>e.g. KR</source>
        <translation>예: KR</translation>
    </message>
    <message>
        <source>The ISO country code whose public holidays the calendar warns about</source>
        <translation>달력이 공휴일을 경고할 국가의 ISO 코드</translation>
    </message>
    <message>
        <source>Time zone of {0}</source>
        <translation>{0}의 시간대</translation>
    </message>
    <message>
        <source>Current time in {0}&apos;s zone</source>
        <translation>{0} 시간대의 현재 시각</translation>
    </message>
    <message>
        <source>Name (English, 한국어):</source>
        <translation>이름 (영어, 한국어):</translation>
    </message>
    <message>
        <source>Capital:</source>
        <translation>수도:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>공휴일 기준 국가:</translation>
    </message>
    <message>
        <source>our side</source>
        <translation>우리 측</translation>
    </message>
    <message>
        <source>the counterpart</source>
        <translation>상대측</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>“{0}” is not a time. Type it as 10:00, 1000 or 10시.</source>
        <translation>“{0}”은(는) 시각이 아닙니다. 10:00, 1000 또는 10시처럼 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <source>Every version of this session&apos;s agenda, in the order they were saved</source>
        <translation>이 회의 의제의 모든 버전 (저장한 순서)</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Mark this draft as proposed to the other side</source>
        <translation>이 초안을 상대측에 제안한 것으로 표시합니다</translation>
    </message>
    <message>
        <source>Mark agreed</source>
        <translation>합의 표시</translation>
    </message>
    <message>
        <source>Both sides agreed this version; it is locked from now on</source>
        <translation>양측이 이 버전에 합의했습니다. 이제부터 잠깁니다</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>합의 해제</translation>
    </message>
    <message>
        <source>Take this agreed version back to proposed</source>
        <translation>이 합의된 버전을 제안 상태로 되돌립니다</translation>
    </message>
    <message>
        <source>Save as new version…</source>
        <translation>새 버전으로 저장…</translation>
    </message>
    <message>
        <source>Copy this version into a new draft with its own label and side</source>
        <translation>이 버전을 별도의 이름과 제안 측을 가진 새 초안으로 복사합니다</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>비교…</translation>
    </message>
    <message>
        <source>What changed between two versions, side by side</source>
        <translation>두 버전 사이의 변경 사항을 나란히 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>Agreed by both sides — locked. Editing its shared text starts a new draft from it; talking points, notes and outcomes stay editable.</source>
        <translation>양측 합의됨 — 잠김. 공유 내용을 고치면 이 버전에서 새 초안이 시작됩니다. 발언 요지, 메모, 결과는 계속 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Agreed by us — locked; the other side has not confirmed it yet. Editing its shared text starts a new draft from it; talking points, notes and outcomes stay editable.</source>
        <translation>우리 측이 합의함 — 잠김. 상대 측은 아직 확인하지 않았습니다. 공유 문안을 고치면 이 버전에서 새 초안이 시작되며, 발언 요지·메모·결과는 계속 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>{0} marked this version agreed; mark it agreed to confirm.</source>
        <translation>{0} 측이 이 버전을 합의로 표시했습니다. 확인하려면 합의로 표시하십시오.</translation>
    </message>
    <message>
        <source>Proposed by {0}, not agreed yet.</source>
        <translation>{0} 측이 제안함, 아직 미합의.</translation>
    </message>
    <message>
        <source>Draft: not yet proposed to the other side.</source>
        <translation>초안: 아직 상대측에 제안하지 않음.</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <source>Public holiday in {0}: {1}</source>
        <translation>{0} 공휴일: {1}</translation>
    </message>
</context>
</TS>
