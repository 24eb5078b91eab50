<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutBox</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean and French text is set in NanumGothic (© NAVER Corporation), shipped under the SIL Open Font License 1.1 (OFL.txt beside the font files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier keeps a committee&apos;s meetings, decisions, initiatives and actions in one offline file, and prints the official minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Minutier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a progress note and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>next free number</source>
        <translation>다음 번호</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>진행 메모</translation>
    </message>
    <message>
        <source>What has happened since?</source>
        <translation>그동안 어떤 진행이 있었나요?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation>진행 메모 추가</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>Filter by words in the action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from, e.g. 2025-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to, e.g. end of June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open (open, in progress, blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of every selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the open actions of the person chosen beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose actions “My actions” shows (remembered for this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n action(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>안건 삭제</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>안건 추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Review of the open actions of earlier meetings</source>
        <translation>이전 회의의 미결 조치 사항 점검</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>안건 순서 변경</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Minutier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Add a person…</source>
        <translation>참석자 추가…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>줄 삭제</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Person</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>대리인</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>자격</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>출석 기록</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Start an empty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier met an unexpected problem. Everything saved before this moment is safe in the register. You can carry on; if the problem comes back, please send the details below to whoever supports Minutier for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were also written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned meetings ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions per owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions closed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action closed in the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <source>Select a decision to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds these initiatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that follow from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>next free number</source>
        <translation>다음 번호</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteRecord</name>
    <message>
        <source>roles</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>위원 자격</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>attendance lines</source>
        <translation>출석 기록</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>announcements</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>의결 사항</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>progress notes</source>
        <translation>진행 메모</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>links to initiatives</source>
        <translation>사업 연결</translation>
    </message>
    <message>
        <source>versions of the minutes</source>
        <translation>회의록 판</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>정례 회의</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>people</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>committees</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>이 기록을 삭제할까요?</translation>
    </message>
    <message>
        <source>It takes with it: %1.</source>
        <translation>함께 삭제되는 항목: %1.</translation>
    </message>
    <message>
        <source>These stay but lose their link to it: %1.</source>
        <translation>남지만 연결이 끊기는 항목: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text holds invisible control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1 to 32 letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this quantity is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action belongs to a committee or a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision belongs to a committee or a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an announcement outside a meeting needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item belongs to another meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a date Minutier understands; try 2025-03-31, 31/03/2025, “fin mars” or “next Friday”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such day in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this date is outside the years Minutier can hold (1 to 9999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was entered; type a date such as 2025-03-31, 31/03/2025 or “next Friday”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a due date is a day, without a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a date and time Minutier understands; try 2025-02-16 10:00, 16/02/2025 10:00 or “16 février 2025 à 10h00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a year, month or day Minutier understands; try 2027, 2023-09, 2023-09-01 or “septembre 2023”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a time zone Minutier knows; use an IANA name such as Europe/Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a recurrence rule Minutier understands; write an RFC 5545 rule such as FREQ=MONTHLY;BYDAY=+2TU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a place from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no smaller unit than this allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 cannot be deleted while it has records of these kinds: %2. Delete or move those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another record already uses this value (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is still referred to by others, or refers to one that is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values break a rule of the register (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be undone: what it changed was changed again since. Undo the later steps first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved; record an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes are approved through “Approve minutes”, which records the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role in the list belongs to someone else; reopen the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Nothing was changed; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room left to save in %1 (the disk is full): the change was not saved and nothing was half-written. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while saving %1: the change was not saved. Check the disk, then try again and check the file (File ▸ Check the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Minutier. Update Minutier to open it; nothing in the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or empty and cannot be read. Nothing was written to it. Restore a backup, or check the file to see what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Minutier register (it is missing, or not a Minutier file). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or created here: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older Minutier and must be brought up to date, which cannot be done while it is open read-only. Open it where it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being edited in another Minutier window; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a backup before it is brought up to date, and none could be made, so nothing was changed. Free some space or check the backups folder, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not closed properly and its journal file (%1-wal) is missing, so the last changes made before may be lost. If you moved that file, put it back beside it; otherwise open it read-only to look, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file beside %1 (%1-wal) does not belong to the file as it is now: the file seems to have been replaced or copied without it. Replaying it would mix two versions, so nothing was changed. Open it read-only to look, restore a backup, or set the journal aside to continue with the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is a copy of; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being edited by %2, so it is open read-only here. Close it there to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed (no write permission, or read-only media), so it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written (no permission, or read-only media), so it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not closed properly last time (%2); every change saved before that was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (you entered “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several records (%2): %3. Be more precise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record belongs to a meeting whose minutes are approved; open an amendment (with a reason) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>not understood yet</source>
        <translation>아직 인식하지 못함</translation>
    </message>
</context>
<context>
    <name>FigureRow</name>
    <message>
        <source>Label, e.g. Initial capital</source>
        <translation>항목명 (예: 초기 자본금)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Equivalent (optional)</source>
        <translation>환산액 (선택)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Currency, e.g. KRW</source>
        <translation>통화 (예: KRW)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>수치 추가</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sound: the integrity and reference checks found no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing minutes comes with the PDF minutes, in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>type a note, or D:, A: or N: followed by a text</source>
        <translation>메모를 입력하거나 D:, A:, N: 뒤에 내용을 입력하세요</translation>
    </message>
    <message>
        <source>nothing is left to record once the owner and due date are taken out</source>
        <translation>담당자와 기한을 빼면 기록할 내용이 없습니다</translation>
    </message>
    <message>
        <source>write the text to record after the prefix</source>
        <translation>접두어 뒤에 기록할 내용을 입력하세요</translation>
    </message>
    <message>
        <source>type the name of a person or organisation right after @</source>
        <translation>@ 바로 뒤에 인물이나 기관 이름을 입력하세요</translation>
    </message>
    <message>
        <source>no person or organisation of the register has this name</source>
        <translation>등록부에 이 이름의 인물이나 기관이 없습니다</translation>
    </message>
    <message>
        <source>this line is longer than 20,000 characters; use the meeting&apos;s editor for long texts</source>
        <translation>이 줄은 20,000자를 넘습니다. 긴 글은 회의 편집 화면을 사용하세요</translation>
    </message>
    <message>
        <source>an entry keeps its kind; delete it and type the line again to change it</source>
        <translation>항목의 종류는 바꿀 수 없습니다. 삭제한 뒤 다시 입력하세요</translation>
    </message>
    <message>
        <source>choose one of the suggestions in the list</source>
        <translation>목록에 있는 항목 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>%1: %2 (you entered “%3”).</source>
        <translation>%1: %2 (입력한 내용: “%3”).</translation>
    </message>
</context>
<context>
    <name>InitiativeDetail</name>
    <message>
        <source>Select an initiative to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is linked to this initiative yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set initiative status to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New initiative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativesPicker</name>
    <message>
        <source>Initiatives it feeds</source>
        <translation>관련 사업</translation>
    </message>
    <message>
        <source>No initiative is registered yet.</source>
        <translation>아직 등록된 사업이 없습니다.</translation>
    </message>
</context>
<context>
    <name>LiveEntriesModel</name>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>의결 %1</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>조치 %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>LiveMeetingWindow</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+Up / Ctrl+Down)</source>
        <translation>안건 (Ctrl+위 / Ctrl+아래)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Type and press Enter: a note, or D: decision, A: @owner action d&apos;ici…, N: announcement</source>
        <translation>입력 후 Enter: 메모, 또는 D: 의결, A: @담당자 조치 …까지, N: 발표</translation>
    </message>
    <message>
        <source>Plain text is a note · D: decision · A: @owner text d&apos;ici fin mars (action) · N: @person announcement · F2 corrects the selected entry</source>
        <translation>일반 텍스트: 메모 · D: 의결 · A: @담당자 내용 3월 말까지 (조치) · N: @인물 발표 · F2: 선택한 항목 수정</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>제%1차 회의</translation>
    </message>
    <message>
        <source>Live — %1</source>
        <translation>실시간 기록 — %1</translation>
    </message>
    <message>
        <source>Recording outside the agenda</source>
        <translation>안건 외 기록 중</translation>
    </message>
    <message>
        <source>Recording under: %1</source>
        <translation>기록 중인 안건: %1</translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation>“%1” 기록</translation>
    </message>
    <message>
        <source>Correct entry</source>
        <translation>항목 수정</translation>
    </message>
</context>
<context>
    <name>Localized</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not shown on any page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Live mode</source>
        <translation>실시간 기록</translation>
    </message>
    <message>
        <source>Record the meeting as it happens (F9)</source>
        <translation>회의를 진행과 동시에 기록 (F9)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록 내용</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>선택한 회의 없음</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or plan a new one.</source>
        <translation>목록에서 회의를 고르거나 새 회의를 계획하세요.</translation>
    </message>
    <message>
        <source>%1 — meeting %2</source>
        <translation>%1 — 제%2차 회의</translation>
    </message>
    <message>
        <source>Change meeting status</source>
        <translation>회의 상태 변경</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>회의 편집</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>One agenda item per line</source>
        <translation>한 줄에 안건 하나씩</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Open the agenda with a review of the open actions of earlier meetings (%1)</source>
        <translation>이전 회의의 미결 조치 사항 점검(%1건)을 첫 안건으로 넣기</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Committee</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Show the meetings of one committee</source>
        <translation>한 위원회의 회의만 보기</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>새 회의…</translation>
    </message>
    <message>
        <source>Plan the next meeting of a committee (Ctrl+Shift+N)</source>
        <translation>위원회의 다음 회의 계획 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Plan next of series…</source>
        <translation>정례 회의 다음 회차…</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>새 정례 회의…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>모든 위원회</translation>
    </message>
    <message>
        <source>Plan next of series</source>
        <translation>정례 회의 다음 회차 계획</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>정례 회의:</translation>
    </message>
    <message>
        <source>Plan next meeting of series</source>
        <translation>정례 회의 다음 회차 계획</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the journal aside and continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Roles</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>직책 추가</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Minutier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChoices</name>
    <message>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>개최됨</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>회의록 작성됨</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>회의록 승인됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>사전 통보 불참</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>대리 출석</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>부위원장</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>간사</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>참관인</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation>조치 사항 점검</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>채택</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>부결</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미결</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>막힘</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>University</source>
        <translation>대학</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>언론</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>정확히</translation>
    </message>
    <message>
        <source>About</source>
        <translation>약</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>New committee</source>
        <translation>새 위원회</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>새 기관</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>새 인물</translation>
    </message>
    <message>
        <source>New membership</source>
        <translation>새 위원 자격</translation>
    </message>
    <message>
        <source>New meeting series</source>
        <translation>새 정례 회의</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>새 회의</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>새 안건</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>출석 기록</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>새 메모</translation>
    </message>
    <message>
        <source>New announcement</source>
        <translation>새 발표</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>새 의결 사항</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>새 조치 사항</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>새 출처</translation>
    </message>
    <message>
        <source>Edit committee</source>
        <translation>위원회 편집</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>기관 편집</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>인물 편집</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>위원 자격 편집</translation>
    </message>
    <message>
        <source>Edit meeting series</source>
        <translation>정례 회의 편집</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>회의 편집</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>안건 편집</translation>
    </message>
    <message>
        <source>Edit attendance</source>
        <translation>출석 편집</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Edit announcement</source>
        <translation>발표 편집</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>의결 사항 편집</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>사업 편집</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>조치 사항 편집</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>출처 편집</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Abstentions</source>
        <translation>기권</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>자격</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>의장</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>종결일</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>소집자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>의결 사항</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>논의 내용</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>소요 시간 (분)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>발췌</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>첫 회의</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>설립</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>회의록 언어</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>원어 표기</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Owner (organisation)</source>
        <translation>담당 (기관)</translation>
    </message>
    <message>
        <source>Owner (person)</source>
        <translation>담당 (인물)</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>상위 기구</translation>
    </message>
    <message>
        <source>Parent initiative</source>
        <translation>상위 사업</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>상위 기관</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>예정 시간 (분)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>진행 메모</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>게재일</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation>반복 규칙</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>대리인</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>간사</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>정례 회의</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>약칭 코드</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>대체한 의결</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표 시점</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Equivalent amount</source>
        <translation>환산 금액</translation>
    </message>
    <message>
        <source>Equivalent currency</source>
        <translation>환산 통화</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>항목명</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>한정어</translation>
    </message>
</context>
<context>
    <name>RecordedEditor</name>
    <message>
        <source>Note…</source>
        <translation>메모…</translation>
    </message>
    <message>
        <source>Announcement…</source>
        <translation>발표…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>의결…</translation>
    </message>
    <message>
        <source>Action…</source>
        <translation>조치…</translation>
    </message>
    <message>
        <source>Add to this meeting</source>
        <translation>이 회의에 추가</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>RecordedModel</name>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>의결 %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>조치 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 사항</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleRow</name>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search decisions, actions, initiatives, meetings… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language at once; nothing you typed is lost. Dates, numbers and amounts follow the language&apos;s usual format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Minutier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier keeps a committee&apos;s meetings, decisions, initiatives and actions in one file on this computer, and prints the official minutes. It works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real meeting to explore: the special committee on AI computing infrastructure, 16 February 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty file for your own committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register you already have, or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a &amp;calendar (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export minutes as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Minutier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing minutes comes with the PDF minutes, in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register.minutier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the new register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
