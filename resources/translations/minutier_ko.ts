<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutBox</name>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>로그 폴더</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>PDF text is set in Noto Sans and Noto Serif (© Google) and Hangul in NanumGothic (© NAVER Corporation), all shipped under the SIL Open Font License 1.1 (OFL-Noto.txt and OFL.txt beside the font files).</source>
        <translation>PDF 본문은 Noto Sans와 Noto Serif(© Google), 한글은 나눔고딕(© NAVER Corporation)으로 조판합니다. 모두 SIL Open Font License 1.1로 배포됩니다(글꼴 파일 옆의 OFL-Noto.txt와 OFL.txt).</translation>
    </message>
    <message>
        <source>Minutier keeps a committee&apos;s meetings, decisions, initiatives and actions in one offline file, and prints the official minutes.</source>
        <translation>Minutier는 위원회의 회의, 결정, 추진 과제, 조치를 오프라인 파일 하나에 보관하고 공식 회의록을 인쇄합니다.</translation>
    </message>
    <message>
        <source>About Minutier</source>
        <translation>Minutier 정보</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see it here.</source>
        <translation>여기에서 보려면 조치를 선택하세요.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>추진 과제</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>진행 메모</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>새 진행 메모</translation>
    </message>
    <message>
        <source>Add a progress note and press Enter</source>
        <translation>진행 메모를 입력하고 Enter 키를 누르세요</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation>(기한 없음)</translation>
    </message>
    <message>
        <source>meeting %1, %2</source>
        <translation>회의 %1, %2</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>결정 %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n일 기한 초과</numerusform>
        </translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation>아직 진행 메모가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>next free number</source>
        <translation>다음 빈 번호</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>진행 메모</translation>
    </message>
    <message>
        <source>What has happened since?</source>
        <translation>그동안 무엇이 진행되었나요?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>Filter by words</source>
        <translation>단어로 거르기</translation>
    </message>
    <message>
        <source>Filter by words in the action…</source>
        <translation>조치 내용의 단어로 거르기…</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>기한 시작</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>기한 끝</translation>
    </message>
    <message>
        <source>from, e.g. 2025-03-01</source>
        <translation>시작일, 예: 2025-03-01</translation>
    </message>
    <message>
        <source>to, e.g. end of June</source>
        <translation>종료일, 예: 6월 말</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>기한 초과만</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>담당:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>위원회:</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>추진 과제:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>기한:</translation>
    </message>
    <message>
        <source>To resolve (kept in live mode)</source>
        <translation>확인 필요(회의 중 보류)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>모든 담당</translation>
    </message>
    <message>
        <source>Still open (open, in progress, blocked)</source>
        <translation>미완료 (미착수, 진행 중, 진행 불가)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>모든 위원회</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>모든 추진 과제</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>추진 과제</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n일 기한 초과</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>새 조치…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Change the status of every selected action</source>
        <translation>선택한 모든 조치의 상태를 바꿉니다</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>내 조치</translation>
    </message>
    <message>
        <source>Show only the open actions of the person chosen beside</source>
        <translation>옆에서 고른 사람의 미완료 조치만 표시</translation>
    </message>
    <message>
        <source>Whose actions “My actions” shows (remembered for this file)</source>
        <translation>‘내 조치’에 표시할 사람 (이 파일에 대해 기억됨)</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(사람 선택)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>조치 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>상태 변경(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy reference (%1)</source>
        <translation>참조 복사(&amp;C) (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>항목 추가…</translation>
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
        <source>Duration (min)</source>
        <translation>소요 시간(분)</translation>
    </message>
    <message>
        <source>Review of the open actions of earlier meetings</source>
        <translation>이전 회의의 미완료 조치 검토</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Open an amendment</source>
        <translation>수정안 열기</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>%1 회의록</translation>
    </message>
    <message>
        <source>An amendment lifts the freeze so the meeting can be corrected; approving the minutes again records the next version. Earlier versions stay readable. Opening an amendment cannot be undone.</source>
        <translation>수정안을 열면 고정이 풀려 회의를 고칠 수 있고, 회의록을 다시 승인하면 다음 버전이 기록됩니다. 이전 버전은 계속 읽을 수 있습니다. 수정안 열기는 실행 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Open the amendment</source>
        <translation>수정안 열기</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Minutier</source>
        <translation>Minutier</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve minutes</source>
        <translation>회의록 승인</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>%1 회의록</translation>
    </message>
    <message>
        <source>Approving freezes this meeting: its agenda, attendance, announcements, decisions and the actions as decided can no longer be edited. The final PDF and its SHA-256 fingerprint are kept in the register. Approval cannot be undone, and the list of steps to undo is emptied; a later change needs an amendment with a reason.</source>
        <translation>승인하면 이 회의가 고정됩니다. 안건, 출석, 발표, 결정 및 결정된 조치를 더 이상 편집할 수 없습니다. 최종 PDF와 그 SHA-256 지문이 등록부에 보관됩니다. 승인은 실행 취소할 수 없으며 실행 취소 목록도 비워집니다. 나중에 변경하려면 사유를 적은 수정안이 필요합니다.</translation>
    </message>
    <message>
        <source>None (approved outside a meeting)</source>
        <translation>없음(회의 밖에서 승인)</translation>
    </message>
    <message>
        <source>Approved at meeting:</source>
        <translation>승인 회의:</translation>
    </message>
    <message>
        <source>Approval date:</source>
        <translation>승인 날짜:</translation>
    </message>
    <message>
        <source>Approve and freeze</source>
        <translation>승인 및 고정</translation>
    </message>
    <message>
        <source>This approves amendment %1: “%2”.</source>
        <translation>수정안 %1을(를) 승인합니다: “%2”.</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Files are kept inside the register, at most 25 MiB each.</source>
        <translation>파일은 등록부 안에 보관되며, 파일당 최대 25MiB입니다.</translation>
    </message>
    <message>
        <source>What the next attached file belongs to</source>
        <translation>다음에 첨부할 파일의 대상</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>파일 첨부…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>의결 %1</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>안건 %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>회의 전체</translation>
    </message>
    <message>
        <source>Attach a file to the meeting</source>
        <translation>회의에 파일 첨부</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>파일 제거</translation>
    </message>
    <message>
        <source>Remove “%1” from the register? This cannot be undone.</source>
        <translation>등록부에서 “%1” 파일을 제거할까요? 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>첨부 대상</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>사람 추가…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>줄 제거</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>대리인</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>자격</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
</context>
<context>
    <name>CarriedActions</name>
    <message>
        <source>due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(기한 초과)</translation>
    </message>
</context>
<context>
    <name>ConfirmationWindow</name>
    <message>
        <source>Draft minutes to confirm — %1</source>
        <translation>확인할 회의록 초안 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Save the draft &amp;PDF…</source>
        <translation>초안 PDF 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
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
        <source>Draft minutes of %1 for %2, cut from %3 on %4 UTC by %5.</source>
        <translation>%1 회의록 초안 — %2에게, %3에서 %4 UTC에 %5이(가) 만들었습니다.</translation>
    </message>
    <message>
        <source>Confirm the minutes as a whole, or comment on the whole or on one item; the secretariat merges your answer back.</source>
        <translation>회의록 전체를 확인하거나, 전체 또는 한 안건에 의견을 남기세요. 사무국이 답변을 병합합니다.</translation>
    </message>
    <message>
        <source>A comment on the selected item</source>
        <translation>선택한 안건에 대한 의견</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Confirm the selection</source>
        <translation>선택 항목 확인</translation>
    </message>
    <message>
        <source>What you said so far</source>
        <translation>지금까지 남긴 답변</translation>
    </message>
    <message>
        <source>The minutes as a whole</source>
        <translation>회의록 전체</translation>
    </message>
    <message>
        <source>the minutes as a whole</source>
        <translation>회의록 전체</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>확인함: %1</translation>
    </message>
    <message>
        <source>Comment on %1: %2</source>
        <translation>%1에 대한 의견: %2</translation>
    </message>
    <message>
        <source>Save the draft PDF</source>
        <translation>초안 PDF 저장</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1.</source>
        <translation>PDF를 저장하지 못했습니다: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge conflicts</source>
        <translation>병합 충돌</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록부</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>들어온 값</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Keep the register&apos;s value</source>
        <translation>등록부 값 유지</translation>
    </message>
    <message>
        <source>Take the incoming value</source>
        <translation>들어온 값 적용</translation>
    </message>
    <message>
        <source>No conflict is waiting.</source>
        <translation>대기 중인 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision: %1. Both sides changed these values since the common base; the register keeps its value until you choose.</source>
        <translation>결정을 기다리는 충돌: %1건. 공통 기준 이후 양쪽이 이 값을 다르게 바꿨습니다. 선택할 때까지 등록부의 값이 유지됩니다.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <source>both sides changed it</source>
        <translation>양쪽에서 모두 변경함</translation>
    </message>
    <message>
        <source>the minutes of this meeting are approved</source>
        <translation>이 회의의 회의록이 승인되었음</translation>
    </message>
    <message>
        <source>the register deleted this record</source>
        <translation>등록부에서 이 기록을 삭제함</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(기록 전체)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Start an empty register</source>
        <translation>빈 기록부로 시작</translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation>Minutier 기록부 (%1)</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>기록부 열기</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ConvertMenu</name>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>의결</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Convert to</source>
        <translation>변환</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Minutier met an unexpected problem. Everything saved before this moment is safe in the register. You can carry on; if the problem comes back, please send the details below to whoever supports Minutier for you.</source>
        <translation>Minutier에 예기치 않은 문제가 발생했습니다. 지금까지 저장된 내용은 모두 기록부에 안전하게 남아 있습니다. 계속 작업하셔도 됩니다. 문제가 다시 생기면 아래 세부 정보를 Minutier 지원 담당자에게 보내 주세요.</translation>
    </message>
    <message>
        <source>The details were also written to %1.</source>
        <translation>세부 정보는 %1에도 기록되었습니다.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>세부 정보 보기</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open actions per owner</source>
        <translation>담당별 미완료 조치</translation>
    </message>
    <message>
        <source>open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>다가오는 회의</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Actions closed per month</source>
        <translation>월별 완료된 조치</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>대시보드 — %1</translation>
    </message>
    <message numerus="yes">
        <source>open action(s)</source>
        <translation>
            <numerusform>미완료 조치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue action(s)</source>
        <translation>
            <numerusform>기한 초과 조치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decision(s) in %1</source>
        <translation>
            <numerusform>%1년 결정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned meeting(s) ahead</source>
        <translation>
            <numerusform>예정된 회의</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(담당 없음)</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>미완료 조치가 없습니다.</translation>
    </message>
    <message>
        <source>No planned meeting.</source>
        <translation>예정된 회의가 없습니다.</translation>
    </message>
    <message>
        <source>No action closed in the last twelve months.</source>
        <translation>최근 12개월 동안 종료된 조치가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <source>Select a decision to see it here.</source>
        <translation>여기에서 보려면 결정을 선택하세요.</translation>
    </message>
    <message>
        <source>The minutes of its meeting are approved: this decision is read-only. Open an amendment of the minutes to correct it.</source>
        <translation>이 결정이 나온 회의의 회의록이 승인되어 읽기 전용입니다. 고치려면 회의록 정정을 여십시오.</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>결정 내용</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>for</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>against</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>기권</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>표결: %1</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>표결</translation>
    </message>
    <message>
        <source>Feeds these initiatives:</source>
        <translation>관련 추진 과제:</translation>
    </message>
    <message>
        <source>Actions that follow from it</source>
        <translation>이 결정에 따른 조치</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>All fields…</source>
        <translation>모든 항목…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>결정 %1</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>회의 %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>next free number</source>
        <translation>다음 빈 번호</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>표결</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>추진 과제</translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation>단어로 거르기…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>새 결정…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Open its &amp;meeting</source>
        <translation>해당 회의 열기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy reference (%1)</source>
        <translation>참조 복사(&amp;C) (%1)</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>모든 추진 과제</translation>
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
        <translation>위원회 소속</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>attendance lines</source>
        <translation>출석 항목</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>안건 항목</translation>
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
        <translation>결정</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>조치</translation>
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
        <source>attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>links to initiatives</source>
        <translation>추진 과제 연결</translation>
    </message>
    <message>
        <source>versions of the minutes</source>
        <translation>회의록 판</translation>
    </message>
    <message>
        <source>attendees&apos; confirmations and comments</source>
        <translation>참석자 확인 및 의견</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>정기 회의</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>추진 과제</translation>
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
        <source>a committee cannot be its own parent, even through others</source>
        <translation>위원회는 다른 위원회를 거치더라도 자기 자신의 상위 위원회가 될 수 없습니다</translation>
    </message>
    <message>
        <source>an organisation cannot be its own parent, even through others</source>
        <translation>기관은 다른 기관을 거치더라도 자기 자신의 상위 기관이 될 수 없습니다</translation>
    </message>
    <message>
        <source>an initiative cannot be its own parent, even through others</source>
        <translation>이니셔티브는 다른 이니셔티브를 거치더라도 자기 자신의 상위 이니셔티브가 될 수 없습니다</translation>
    </message>
    <message>
        <source>decisions cannot supersede each other, even through others</source>
        <translation>결정은 다른 결정을 거치더라도 서로를 대체할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is in use in another Minutier window or program; close it there first.</source>
        <translation>%1 파일은 다른 Minutier 창이나 프로그램에서 사용 중입니다. 먼저 그곳에서 닫으십시오.</translation>
    </message>
    <message>
        <source>%1 was refused: its structure is not one Minutier made (%2), so nothing in it was read or run. If it came from someone else, ask them for an export instead.</source>
        <translation>%1 파일을 거부했습니다. 구조가 Minutier가 만든 것이 아니므로(%2) 그 안의 어떤 내용도 읽거나 실행하지 않았습니다. 다른 사람에게서 받은 파일이라면 대신 내보내기 파일을 요청하십시오.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>progress note</source>
        <translation>진행 메모</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>안건 항목</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>추진 과제</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>정기 회의</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>위원회 소속</translation>
    </message>
    <message>
        <source>minutes version</source>
        <translation>회의록 판</translation>
    </message>
    <message>
        <source>approved minutes version</source>
        <translation>승인된 회의록 버전</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>인물 또는 기관</translation>
    </message>
    <message>
        <source>person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>role</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <source>this must be text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>this text holds invisible control characters</source>
        <translation>보이지 않는 제어 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation>이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>this must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>this must be a positive whole number</source>
        <translation>양의 정수여야 합니다</translation>
    </message>
    <message>
        <source>use 1 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>문자, 숫자, 마침표, 하이픈, 밑줄로 1~32자를 입력하세요</translation>
    </message>
    <message>
        <source>this is not a number</source>
        <translation>숫자가 아닙니다</translation>
    </message>
    <message>
        <source>this amount is too large</source>
        <translation>금액이 너무 큽니다</translation>
    </message>
    <message>
        <source>this quantity is too large</source>
        <translation>수량이 너무 큽니다</translation>
    </message>
    <message>
        <source>this action no longer exists</source>
        <translation>이 조치는 더 이상 존재하지 않습니다</translation>
    </message>
    <message>
        <source>it belongs to another committee</source>
        <translation>다른 위원회에 속해 있습니다</translation>
    </message>
    <message>
        <source>an action belongs to a committee or a meeting</source>
        <translation>조치는 위원회나 회의에 속해야 합니다</translation>
    </message>
    <message>
        <source>a decision belongs to a committee or a meeting</source>
        <translation>결정은 위원회나 회의에 속해야 합니다</translation>
    </message>
    <message>
        <source>an announcement outside a meeting needs a date</source>
        <translation>회의 밖에서 한 발표에는 날짜가 필요합니다</translation>
    </message>
    <message>
        <source>this item belongs to another meeting</source>
        <translation>이 항목은 다른 회의에 속해 있습니다</translation>
    </message>
    <message>
        <source>choose A4 or Letter</source>
        <translation>A4 또는 Letter를 선택하십시오</translation>
    </message>
    <message>
        <source>choose French, English or Korean</source>
        <translation>프랑스어, 영어 또는 한국어를 선택하십시오</translation>
    </message>
    <message>
        <source>it took place before the meeting itself</source>
        <translation>해당 회의보다 먼저 열렸습니다</translation>
    </message>
    <message>
        <source>minutes are approved after the meeting</source>
        <translation>회의록은 회의 후에 승인됩니다</translation>
    </message>
    <message>
        <source>it is after today in the meeting&apos;s time zone; an approval cannot be recorded ahead of time</source>
        <translation>회의 시간대 기준으로 오늘 이후의 날짜입니다. 승인은 미리 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>an amendment is approved after it is opened</source>
        <translation>수정안은 개시된 후에 승인됩니다</translation>
    </message>
    <message>
        <source>say why the approved minutes must change</source>
        <translation>승인된 회의록을 변경해야 하는 이유를 적으십시오</translation>
    </message>
    <message>
        <source>this is not a date Minutier understands; try 2025-03-31, 31/03/2025, “fin mars” or “next Friday”</source>
        <translation>Minutier가 이해할 수 없는 날짜입니다. 2025-03-31, 31/03/2025, ‘3월 말’, ‘다음 주 금요일’처럼 입력해 보세요</translation>
    </message>
    <message>
        <source>there is no such day in the calendar</source>
        <translation>달력에 없는 날짜입니다</translation>
    </message>
    <message>
        <source>this date is outside the years Minutier can hold (1 to 9999)</source>
        <translation>Minutier가 다룰 수 있는 연도(1~9999)를 벗어난 날짜입니다</translation>
    </message>
    <message>
        <source>nothing was entered; type a date such as 2025-03-31, 31/03/2025 or “next Friday”</source>
        <translation>입력된 내용이 없습니다. 2025-03-31, 31/03/2025, ‘다음 주 금요일’처럼 날짜를 입력하세요</translation>
    </message>
    <message>
        <source>there is no such time of day</source>
        <translation>존재하지 않는 시각입니다</translation>
    </message>
    <message>
        <source>a due date is a day, without a time of day</source>
        <translation>기한은 시각 없이 날짜만 입력합니다</translation>
    </message>
    <message>
        <source>this is not a date and time Minutier understands; try 2025-02-16 10:00, 16/02/2025 10:00 or “16 février 2025 à 10h00”</source>
        <translation>Minutier가 이해할 수 없는 날짜와 시각입니다. 2025-02-16 10:00, 16/02/2025 10:00, ‘2025년 2월 16일 10시’처럼 입력해 보세요</translation>
    </message>
    <message>
        <source>this is not a year, month or day Minutier understands; try 2027, 2023-09, 2023-09-01 or “septembre 2023”</source>
        <translation>Minutier가 이해할 수 없는 연도·월·일입니다. 2027, 2023-09, 2023-09-01, ‘2023년 9월’처럼 입력해 보세요</translation>
    </message>
    <message>
        <source>this is not a time zone Minutier knows; use an IANA name such as Europe/Paris</source>
        <translation>Minutier가 모르는 시간대입니다. Asia/Seoul 같은 IANA 이름을 사용하세요</translation>
    </message>
    <message>
        <source>this is not a recurrence rule Minutier understands; write an RFC 5545 rule such as FREQ=MONTHLY;BYDAY=+2TU</source>
        <translation>Minutier가 이해할 수 없는 반복 규칙입니다. FREQ=MONTHLY;BYDAY=+2TU 같은 RFC 5545 규칙으로 입력하세요</translation>
    </message>
    <message>
        <source>this is longer than %1 characters</source>
        <translation>%1자를 넘습니다</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>다음 중 하나를 고르세요: %1</translation>
    </message>
    <message>
        <source>choose a place from 1 to %1</source>
        <translation>1부터 %1 사이의 위치를 고르세요</translation>
    </message>
    <message>
        <source>the minutes were approved on %1</source>
        <translation>회의록은 %1에 승인되었습니다</translation>
    </message>
    <message>
        <source>%1 has no smaller unit than this allows</source>
        <translation>%1에는 이렇게 작은 단위가 없습니다</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted while it has records of these kinds: %2. Delete or move those first.</source>
        <translation>이 %1 항목에 다음 종류의 기록이 있어 삭제할 수 없습니다: %2. 먼저 그 기록을 삭제하거나 옮기세요.</translation>
    </message>
    <message>
        <source>This %1 no longer exists; someone may have deleted it.</source>
        <translation>이 %1 항목은 더 이상 존재하지 않습니다. 다른 사람이 삭제했을 수 있습니다.</translation>
    </message>
    <message>
        <source>Another record already uses this value (%1).</source>
        <translation>다른 기록이 이미 이 값을 사용하고 있습니다 (%1).</translation>
    </message>
    <message>
        <source>This record is still referred to by others, or refers to one that is gone.</source>
        <translation>다른 기록이 아직 이 기록을 참조하고 있거나, 이 기록이 없어진 기록을 참조하고 있습니다.</translation>
    </message>
    <message>
        <source>The values break a rule of the register (%1).</source>
        <translation>입력한 값이 기록부 규칙에 어긋납니다 (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>필수 값이 빠져 있습니다 (%1).</translation>
    </message>
    <message>
        <source>There is nothing to undo for this step.</source>
        <translation>이 단계에는 실행 취소할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>This step cannot be undone: what it changed was changed again since. Undo the later steps first.</source>
        <translation>이 단계는 실행 취소할 수 없습니다. 이 단계에서 바꾼 내용이 그 뒤에 다시 바뀌었습니다. 나중 단계를 먼저 실행 취소하세요.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved; record an amendment instead.</source>
        <translation>이 회의의 회의록은 승인되었습니다. 대신 수정안을 기록하세요.</translation>
    </message>
    <message>
        <source>Minutes are approved through “Approve minutes”, which records the PDF.</source>
        <translation>회의록은 ‘회의록 승인’으로 승인하며, 이때 PDF가 기록됩니다.</translation>
    </message>
    <message>
        <source>The minutes of %1 are already approved; open an amendment to change them.</source>
        <translation>%1 회의록은 이미 승인되었습니다. 변경하려면 수정안을 여십시오.</translation>
    </message>
    <message>
        <source>The minutes of %1 cannot be approved yet: the meeting has not been held.</source>
        <translation>%1 회의록은 아직 승인할 수 없습니다. 회의가 열리지 않았습니다.</translation>
    </message>
    <message>
        <source>The minutes of %1 cannot be approved: the meeting was cancelled.</source>
        <translation>%1 회의록은 승인할 수 없습니다. 회의가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The minutes of %1 are not approved; they can be edited without an amendment.</source>
        <translation>%1 회의록은 승인되지 않았으므로 수정안 없이 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>The minutes of %1 are marked approved but no approved version is on record; approve them to record one, then amend that.</source>
        <translation>%1 회의록은 승인됨으로 표시되어 있으나 기록된 승인 버전이 없습니다. 먼저 승인하여 버전을 기록한 뒤 그 버전을 수정하십시오.</translation>
    </message>
    <message>
        <source>An amendment of these minutes is open: only approving the minutes again marks them approved, with the new version.</source>
        <translation>이 회의록의 수정안이 열려 있습니다. 회의록을 다시 승인해야만 새 버전과 함께 승인 상태가 됩니다.</translation>
    </message>
    <message>
        <source>A role in the list belongs to someone else; reopen the person.</source>
        <translation>목록의 직책 하나가 다른 사람의 것입니다. 인물을 다시 여세요.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Nothing was changed; wait a moment and try again.</source>
        <translation>%1 파일을 다른 프로그램이 쓰고 있습니다. 아무것도 바뀌지 않았습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>There is no room left to save in %1 (the disk is full): the change was not saved and nothing was half-written. Free some space, then try again.</source>
        <translation>%1에 저장할 공간이 없습니다(디스크가 가득 참). 변경 사항은 저장되지 않았고 반쯤 기록된 내용도 없습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving %1: the change was not saved. Check the disk, then try again and check the file (File ▸ Check the file).</source>
        <translation>%1을(를) 저장하는 중 디스크 오류가 발생하여 변경 사항이 저장되지 않았습니다. 디스크를 확인한 뒤 다시 시도하고 파일을 검사하세요(파일 ▸ 파일 검사).</translation>
    </message>
    <message>
        <source>%1 is open read-only, so the change was not saved.</source>
        <translation>%1이(가) 읽기 전용으로 열려 있어 변경 사항이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is still being checked (every page is read once at opening); nothing was changed. Try again in a moment.</source>
        <translation>%1은(는) 아직 검사 중입니다(열 때 모든 페이지를 한 번 읽습니다). 아무것도 바뀌지 않았습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Minutier. Update Minutier to open it; nothing in the file was changed.</source>
        <translation>%1은(는) 더 새로운 버전의 Minutier로 작성되었습니다. 열려면 Minutier를 업데이트하세요. 파일은 전혀 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged or empty and cannot be read. Nothing was written to it. Restore a backup, or check the file to see what is wrong.</source>
        <translation>%1이(가) 손상되었거나 비어 있어 읽을 수 없습니다. 파일에는 아무것도 기록되지 않았습니다. 백업을 복원하거나 파일을 검사하여 문제를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Minutier register (it is missing, or not a Minutier file). Choose another file.</source>
        <translation>%1을(를) Minutier 기록부로 열 수 없습니다(파일이 없거나 Minutier 파일이 아닙니다). 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>%1 cannot be read or created here: check the folder&apos;s permissions.</source>
        <translation>이 위치에서는 %1을(를) 읽거나 만들 수 없습니다. 폴더 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 was made by an older Minutier and must be brought up to date, which cannot be done while it is open read-only. Open it where it can be written.</source>
        <translation>%1은(는) 이전 버전의 Minutier로 만들어져 업데이트가 필요하지만, 읽기 전용으로 열려 있어 업데이트할 수 없습니다. 쓰기가 가능한 위치에서 여세요.</translation>
    </message>
    <message>
        <source>%1 needs a backup before it is brought up to date, and none could be made, so nothing was changed. Free some space or check the backups folder, then open it again.</source>
        <translation>%1을(를) 업데이트하기 전에 백업이 필요한데 백업을 만들 수 없어 아무것도 바꾸지 않았습니다. 공간을 확보하거나 백업 폴더를 확인한 뒤 다시 여세요.</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is a copy of; choose another name.</source>
        <translation>복사본은 원본 파일을 대체할 수 없습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>%1 is being edited by %2, so it is open read-only here. Close it there to make changes.</source>
        <translation>%1은(는) %2이(가) 편집 중이어서 여기서는 읽기 전용으로 열었습니다. 변경하려면 그쪽에서 닫으세요.</translation>
    </message>
    <message>
        <source>%1 is in use by %2. Close it there, then open it again.</source>
        <translation>%1 파일은 %2에서 사용 중입니다. 그곳에서 닫은 뒤 다시 여십시오.</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2), where it cannot be locked reliably, so it is open read-only. Copy it to this computer to edit it.</source>
        <translation>%1 파일은 네트워크 드라이브(%2)에 있어 안정적으로 잠글 수 없으므로 읽기 전용으로 열렸습니다. 수정하려면 이 컴퓨터로 복사하십시오.</translation>
    </message>
    <message>
        <source>The note naming who edits %1 (%2) cannot be written, so it is open read-only.</source>
        <translation>%1 파일을 누가 편집하는지 기록하는 메모(%2)를 쓸 수 없으므로 읽기 전용으로 열렸습니다.</translation>
    </message>
    <message>
        <source>%1 already exists and is not replaced; choose another name.</source>
        <translation>%1 파일이 이미 있으며 덮어쓰지 않습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is in the middle of a change; save or cancel it, then save a copy.</source>
        <translation>%1 파일은 변경 중입니다. 변경을 저장하거나 취소한 뒤 사본을 저장하십시오.</translation>
    </message>
    <message>
        <source>There is no room left on the disk for the copy %1; nothing was kept and the register itself is untouched. Free some space, then try again.</source>
        <translation>사본 %1을(를) 저장할 디스크 공간이 없습니다. 아무것도 남기지 않았으며 등록부 자체는 변경되지 않았습니다. 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be changed (no write permission, or read-only media), so it is open read-only.</source>
        <translation>%1은(는) 변경할 수 없어(쓰기 권한 없음 또는 읽기 전용 매체) 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written (no permission, or read-only media), so it is open read-only.</source>
        <translation>%1의 폴더에 쓸 수 없어(권한 없음 또는 읽기 전용 매체) 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: the check at opening found pages that cannot be read, so it is open read-only and nothing was written to it. Restore a backup, or check the file to see what is wrong.</source>
        <translation>%1이(가) 손상되었습니다. 열 때 검사에서 읽을 수 없는 페이지가 발견되어 읽기 전용으로 열었으며 아무것도 기록하지 않았습니다. 백업을 복원하거나 파일을 검사하여 무엇이 잘못되었는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 was not closed properly last time (%2); every change saved before that was kept.</source>
        <translation>%1이(가) 지난번에 제대로 닫히지 않았습니다(%2). 그 전에 저장된 변경 사항은 모두 보존되었습니다.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>오늘의 자동 백업을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 is shown as it was at %2, from a private copy: its folder cannot be written, so it cannot be read live. Changes made by others after that are not shown; open it again to see them.</source>
        <translation>%1은(는) %2 시점의 개인 사본으로 표시됩니다. 폴더에 쓸 수 없어 실시간으로 읽을 수 없습니다. 그 이후 다른 사람이 바꾼 내용은 보이지 않으니, 보려면 다시 여세요.</translation>
    </message>
    <message>
        <source>%1 kept changing while a private copy was taken to read it (someone is saving into it), so it was not opened; try again in a moment.</source>
        <translation>%1을(를) 읽기 위해 개인 사본을 만드는 동안 파일이 계속 바뀌어(누군가 저장 중입니다) 열지 않았습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>There is no room on this computer for the private copy %1 must be read from (its folder cannot be written); free some space, then open it again.</source>
        <translation>%1을(를) 읽는 데 필요한 개인 사본을 만들 공간이 이 컴퓨터에 없습니다(폴더에 쓸 수 없음). 공간을 확보한 뒤 다시 여세요.</translation>
    </message>
    <message>
        <source>There is no room left on the disk to finish %1 (the disk is full); nothing was created. Free some space, then try again.</source>
        <translation>디스크에 %1을(를) 완성할 공간이 없습니다(디스크가 가득 참). 아무것도 만들어지지 않았습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 is open read-only; changes cannot be saved.</source>
        <translation>%1이(가) 읽기 전용으로 열려 있어 변경 사항을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 (you entered “%3”).</source>
        <translation>%1: %2 (입력한 값: ‘%3’).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>‘%2’에 해당하는 %1 항목이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” matches several records (%2): %3. Be more precise.</source>
        <translation>‘%1’에 해당하는 기록(%2)이 여러 개입니다: %3. 더 정확히 입력하세요.</translation>
    </message>
    <message>
        <source>This record belongs to a meeting whose minutes are approved; open an amendment (with a reason) to change it.</source>
        <translation>이 기록은 회의록이 승인된 회의에 속해 있습니다. 변경하려면 (사유를 적어) 수정안을 여세요.</translation>
    </message>
    <message>
        <source>the entry is already of this kind</source>
        <translation>이미 이 종류의 항목입니다</translation>
    </message>
    <message>
        <source>only entries recorded at a meeting convert</source>
        <translation>회의에서 기록된 항목만 변환할 수 있습니다</translation>
    </message>
    <message>
        <source>choose one of note, action, decision, announcement</source>
        <translation>메모, 조치 사항, 의결, 발표 중에서 고르십시오</translation>
    </message>
    <message>
        <source>write a number of members (5), a fraction of the voting members (1/2, 2/3, 50 %) or “majority”</source>
        <translation>위원 수(5), 의결권 있는 위원의 비율(1/2, 2/3, 50%) 또는 “과반수”를 입력하십시오</translation>
    </message>
    <message>
        <source>a quorum of zero members is no quorum</source>
        <translation>0명은 정족수가 될 수 없습니다</translation>
    </message>
    <message>
        <source>a fraction of the members is above 0 and at most 1</source>
        <translation>위원 비율은 0보다 크고 1 이하여야 합니다</translation>
    </message>
    <message>
        <source>a member marked excused or absent cannot hold a proxy</source>
        <translation>사유 불참 또는 불참으로 표시된 위원은 위임을 받을 수 없습니다</translation>
    </message>
    <message>
        <source>nobody holds their own proxy</source>
        <translation>자기 자신에게 위임할 수 없습니다</translation>
    </message>
    <message>
        <source>only a meeting that was held has a next one to plan from</source>
        <translation>개최된 회의에서만 다음 회의를 계획할 수 있습니다</translation>
    </message>
    <message>
        <source>the next meeting starts after this one</source>
        <translation>다음 회의는 이 회의 이후에 시작해야 합니다</translation>
    </message>
    <message>
        <source>this file is larger than the 25 MiB an attachment may hold</source>
        <translation>이 파일은 첨부 파일 한도인 25MiB를 넘습니다</translation>
    </message>
    <message>
        <source>this is not a file that can be read</source>
        <translation>읽을 수 있는 파일이 아닙니다</translation>
    </message>
    <message>
        <source>this file could not be written (a folder that does not exist, or no permission)</source>
        <translation>이 파일을 쓸 수 없습니다(없는 폴더이거나 권한이 없습니다)</translation>
    </message>
    <message>
        <source>files attach to a meeting, an agenda item or a decision</source>
        <translation>파일은 회의, 안건 또는 의결에 첨부합니다</translation>
    </message>
    <message>
        <source>This action has progress notes, which only an action can hold; it stays an action.</source>
        <translation>이 조치 사항에는 진행 메모가 있어 조치 사항으로 남습니다.</translation>
    </message>
    <message>
        <source>Actions follow from this decision; link them elsewhere before converting it.</source>
        <translation>이 의결에 따른 조치 사항이 있습니다. 변환하기 전에 다른 곳에 연결하십시오.</translation>
    </message>
    <message>
        <source>This decision is part of a supersession; it stays a decision.</source>
        <translation>이 의결은 대체 관계에 있어 의결로 남습니다.</translation>
    </message>
    <message>
        <source>This %1 has figures, which a %2 cannot hold; remove them first.</source>
        <translation>이 %1에는 수치가 있어 %2(으)로 바꿀 수 없습니다. 먼저 수치를 지우십시오.</translation>
    </message>
    <message>
        <source>This %1 feeds initiatives, which a %2 cannot; unlink them first.</source>
        <translation>이 %1은(는) 사업과 연결되어 있어 %2(으)로 바꿀 수 없습니다. 먼저 연결을 끊으십시오.</translation>
    </message>
    <message>
        <source>Files are attached to this decision; it stays a decision.</source>
        <translation>이 의결에 첨부 파일이 있어 의결로 남습니다.</translation>
    </message>
    <message>
        <source>The file %1 in the register is damaged (its SHA-256 differs).</source>
        <translation>등록부의 파일 %1이(가) 손상되었습니다(SHA-256이 다릅니다).</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>첨부 파일</translation>
    </message>
</context>
<context>
    <name>ExportYear</name>
    <message>
        <source>Export minutes of a year</source>
        <translation>연도별 회의록 내보내기</translation>
    </message>
    <message>
        <source>Writing the minutes of %1 into %2…</source>
        <translation>%1년 회의록을 %2에 쓰는 중…</translation>
    </message>
    <message>
        <source>No meeting was held in %2: nothing was written to %3.</source>
        <translation>%2년에 열린 회의가 없어 %3에 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Minutes of %2: %1 PDF file(s) written to %3.</source>
        <translation>%2년 회의록: PDF 파일 %1개를 %3에 썼습니다.</translation>
    </message>
    <message>
        <source>Export stopped: %1 of %2 PDF files were written to %3, each complete.</source>
        <translation>내보내기 중단: PDF 파일 %2개 중 %1개를 %3에 완전하게 썼습니다.</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>모든 위원회</translation>
    </message>
    <message>
        <source>Each committee&apos;s language</source>
        <translation>각 위원회의 언어</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>위원회:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>연도:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>One PDF per meeting held that year, named CODE-NUMBER-DATE.pdf. Approved minutes are written exactly as filed; the others as drafts.</source>
        <translation>그해 열린 회의마다 PDF 하나를 CODE-번호-날짜.pdf 이름으로 씁니다. 승인된 회의록은 보관된 그대로, 나머지는 초안으로 씁니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation>어느 폴더로 내보낼까요?</translation>
    </message>
</context>
<context>
    <name>ExportYearDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) held in %1.</source>
        <translation>
            <numerusform>%1년에 열린 회의 %n건.</numerusform>
        </translation>
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
        <translation>이름, 예: 초기 자본금</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>수</translation>
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
        <translation>제거</translation>
    </message>
    <message>
        <source>Currency, e.g. KRW</source>
        <translation>통화, 예: KRW</translation>
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
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>JSON으로 내보내기</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>캘린더로 내보내기</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>캘린더 파일 (*.ics)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>The file was imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>파일을 가져왔습니다: 추가 %1건, 갱신 %2건, 변경 없음 %3건.</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>JSON에서 가져오기</translation>
    </message>
    <message>
        <source>Actions in CSV, as actions.csv (*.csv)</source>
        <translation>CSV 조치 사항, actions.csv 형식 (*.csv)</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>파일 검사</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 검사 중…</translation>
    </message>
    <message>
        <source>%1 is sound: the integrity and reference checks found no problem.</source>
        <translation>%1은(는) 정상입니다. 무결성 검사와 참조 검사에서 문제가 발견되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation>%1에 문제가 있습니다:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>%1(으)로 복사하는 중…</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>%1에 사본을 저장했습니다.</translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation>Minutier 기록부 (%1)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>There is no meeting in this register yet.</source>
        <translation>이 기록부에는 아직 회의가 없습니다.</translation>
    </message>
    <message>
        <source>Minutes of which meeting?</source>
        <translation>어느 회의의 회의록입니까?</translation>
    </message>
    <message>
        <source>minutes-%1.pdf</source>
        <translation>회의록-%1.pdf</translation>
    </message>
    <message>
        <source>Export the minutes as PDF</source>
        <translation>회의록을 PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The minutes are open in your PDF viewer; print them from there.</source>
        <translation>회의록이 PDF 뷰어에서 열렸습니다. 그곳에서 인쇄하세요.</translation>
    </message>
    <message>
        <source>No PDF viewer answered on this computer; the minutes are at %1.</source>
        <translation>이 컴퓨터에서 응답한 PDF 뷰어가 없습니다. 회의록은 %1에 있습니다.</translation>
    </message>
    <message>
        <source>The minutes were saved to %1.</source>
        <translation>회의록을 %1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>First steps</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>This register is empty. A meeting belongs to a committee: create the committee, add its members, then plan its first meeting.</source>
        <translation>이 기록부는 비어 있습니다. 회의는 위원회에 속합니다. 위원회를 만들고 위원을 추가한 다음 첫 회의를 계획하십시오.</translation>
    </message>
    <message>
        <source>1. Create the &amp;committee…</source>
        <translation>1. 위원회 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>2. Add a &amp;member…</source>
        <translation>2. 위원 추가(&amp;M)…</translation>
    </message>
    <message>
        <source>3. Plan the first &amp;meeting…</source>
        <translation>3. 첫 회의 계획(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>type a note, or D:, A: or N: followed by a text</source>
        <translation>메모를 입력하거나, D:, A:, N: 뒤에 내용을 입력하세요</translation>
    </message>
    <message>
        <source>nothing is left to record once the owner and due date are taken out</source>
        <translation>담당과 기한을 빼고 나면 기록할 내용이 남지 않습니다</translation>
    </message>
    <message>
        <source>write the text to record after the prefix</source>
        <translation>접두어 뒤에 기록할 내용을 입력하세요</translation>
    </message>
    <message>
        <source>type the name of a person or organisation right after @</source>
        <translation>@ 바로 뒤에 인물이나 기관의 이름을 입력하세요</translation>
    </message>
    <message>
        <source>no person or organisation of the register has this name</source>
        <translation>기록부에 이 이름을 가진 인물이나 기관이 없습니다</translation>
    </message>
    <message>
        <source>this line is longer than 20,000 characters; use the meeting&apos;s editor for long texts</source>
        <translation>이 줄은 20,000자를 넘습니다. 긴 글은 회의 편집기를 사용하세요</translation>
    </message>
    <message>
        <source>an entry keeps its kind; delete it and type the line again to change it</source>
        <translation>항목의 종류는 바꿀 수 없습니다. 바꾸려면 삭제하고 다시 입력하세요</translation>
    </message>
    <message>
        <source>the new name must be what follows @ in the line</source>
        <translation>새 이름은 줄에서 @ 바로 뒤에 오는 이름이어야 합니다</translation>
    </message>
    <message>
        <source>choose one of the suggestions in the list</source>
        <translation>목록의 제안 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>%1: %2 (you entered “%3”).</source>
        <translation>%1: %2 (입력한 값: ‘%3’).</translation>
    </message>
</context>
<context>
    <name>HouseStyle</name>
    <message>
        <source>House style of %1</source>
        <translation>%1 문서 양식</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>로고 선택…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>로고 없음</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Sans serif (Noto Sans)</source>
        <translation>고딕 계열(Noto Sans)</translation>
    </message>
    <message>
        <source>Serif (Noto Serif)</source>
        <translation>명조 계열(Noto Serif)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>Attendance list with a signature column</source>
        <translation>참석자 명단에 서명란 추가</translation>
    </message>
    <message>
        <source>Issuing body (one line each)</source>
        <translation>발행 기관(한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG)</source>
        <translation>로고(PNG 또는 SVG)</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>강조 색</translation>
    </message>
    <message>
        <source>Typeface</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <source>Header line</source>
        <translation>머리글</translation>
    </message>
    <message>
        <source>Footer line</source>
        <translation>바닥글</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Korean word for the chair</source>
        <translation>한국어 문서의 위원장/의장 호칭</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>로고 선택</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>이미지 (*.png *.svg)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not an SVG image Minutier can draw.</source>
        <translation>%1은(는) Minutier가 그릴 수 있는 SVG 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Logo (%1 kB)</source>
        <translation>로고(%1 kB)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>문서 양식</translation>
    </message>
    <message>
        <source>Create a committee first: a house style is its own.</source>
        <translation>먼저 위원회를 만드십시오. 문서 양식은 위원회마다 따로 둡니다.</translation>
    </message>
    <message>
        <source>House style of which committee?</source>
        <translation>어느 위원회의 문서 양식입니까?</translation>
    </message>
</context>
<context>
    <name>InitiativeDetail</name>
    <message>
        <source>Select an initiative to see its timeline.</source>
        <translation>추진 과제를 선택하면 타임라인이 표시됩니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>상위 항목</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>타임라인 (최신순)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연혁</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>Nothing is linked to this initiative yet.</source>
        <translation>이 추진 과제에 연결된 항목이 아직 없습니다.</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiative</source>
        <translation>추진 과제</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>미완료 조치</translation>
    </message>
    <message>
        <source>New initiative…</source>
        <translation>새 추진 과제…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Dossier as PDF…</source>
        <translation>자료 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy reference (%1)</source>
        <translation>참조 복사(&amp;C) (%1)</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>추진 과제</translation>
    </message>
</context>
<context>
    <name>InitiativesPicker</name>
    <message>
        <source>Initiatives it feeds</source>
        <translation>관련 추진 과제</translation>
    </message>
    <message>
        <source>No initiative is registered yet.</source>
        <translation>등록된 추진 과제가 아직 없습니다.</translation>
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
        <translation>결정 %1</translation>
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
        <translation>담당 없음</translation>
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
        <translation>항목</translation>
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
        <source>Confidential</source>
        <translation>대외비</translation>
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
        <source>Agenda</source>
        <translation>안건</translation>
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
        <source>Recorded entries</source>
        <translation>기록된 항목</translation>
    </message>
    <message>
        <source>Type and press Enter: a note, or D: decision, A: @owner action by…, N: announcement</source>
        <translation>입력 후 Enter: 메모, 또는 D: 결정, A: @담당 조치 …까지, N: 발표</translation>
    </message>
    <message>
        <source>Line to record</source>
        <translation>기록할 줄</translation>
    </message>
    <message>
        <source>Plain text is a note · D: decision · A: @owner text by end of March (action) · N: @person announcement · F2 corrects the selected entry</source>
        <translation>일반 텍스트는 메모 · D: 결정 · A: @담당 내용 3월 말까지 (조치) · N: @인물 발표 · F2로 선택한 항목 수정</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>새 담당:</translation>
    </message>
    <message>
        <source>Name of the new owner</source>
        <translation>새 담당 이름</translation>
    </message>
    <message>
        <source>Add as &amp;organisation</source>
        <translation>기관으로 추가(&amp;O)</translation>
    </message>
    <message>
        <source>Add as &amp;person</source>
        <translation>인물로 추가(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep, owner later</source>
        <translation>담당은 나중에(&amp;K)</translation>
    </message>
    <message>
        <source>Record the line now without an owner; the name stays on it and the Actions page lists it under Owner ▸ To resolve</source>
        <translation>담당 없이 지금 기록합니다. 이름은 함께 남고 조치 페이지의 담당 ▸ 확인 필요에 표시됩니다</translation>
    </message>
    <message>
        <source>Owners to resolve after the meeting (Actions ▸ Owner ▸ To resolve): %1</source>
        <translation>회의 후 확인할 담당 (조치 ▸ 담당 ▸ 확인 필요): %1</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>회의 %1</translation>
    </message>
    <message>
        <source>Live — %1</source>
        <translation>실시간 — %1</translation>
    </message>
    <message>
        <source>Recording outside the agenda</source>
        <translation>안건 밖에서 기록 중</translation>
    </message>
    <message>
        <source>Recording under: %1</source>
        <translation>기록 위치: %1</translation>
    </message>
    <message>
        <source>No open action is carried to this meeting.</source>
        <translation>이 회의로 넘어온 미완료 조치가 없습니다.</translation>
    </message>
    <message>
        <source>Open actions to review:</source>
        <translation>검토할 미완료 조치:</translation>
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
        <source>This record is not shown on any page.</source>
        <translation>이 기록을 보여 주는 페이지가 없습니다.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Changes cannot be saved.</source>
        <translation>변경 사항을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (읽기 전용)</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Live mode</source>
        <translation>실시간 모드</translation>
    </message>
    <message>
        <source>Record the meeting as it happens (F9)</source>
        <translation>회의를 진행과 동시에 기록 (F9)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Approve the minutes, amend them, see their versions</source>
        <translation>회의록 승인, 수정, 버전 보기</translation>
    </message>
    <message>
        <source>Approve minutes…</source>
        <translation>회의록 승인…</translation>
    </message>
    <message>
        <source>Open amendment…</source>
        <translation>수정안 열기…</translation>
    </message>
    <message>
        <source>Minutes versions…</source>
        <translation>회의록 버전…</translation>
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
        <translation>기록된 항목</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved (version %1, %2) and frozen: nothing in it can be edited. Open an amendment to change it.</source>
        <translation>이 회의의 회의록은 승인되어(버전 %1, %2) 고정되었습니다. 아무것도 편집할 수 없습니다. 변경하려면 수정안을 여십시오.</translation>
    </message>
    <message>
        <source>Amendment open (“%1”): correct the meeting, then approve the minutes again.</source>
        <translation>수정안 열림(“%1”): 회의를 고친 뒤 회의록을 다시 승인하십시오.</translation>
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
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>One agenda item per line</source>
        <translation>한 줄에 안건 항목 하나</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Open the agenda with a review of the open actions of earlier meetings</source>
        <translation>안건 첫머리에 이전 회의의 미완료 조치 검토를 넣기</translation>
    </message>
    <message>
        <source>Open the agenda with a review of the open actions of earlier meetings (%1)</source>
        <translation>이전 회의의 미완료 조치 검토로 안건을 시작 (%1)</translation>
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
        <translation>번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
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
        <translation>정기 회의의 다음 회차 계획…</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>새 정기 회의…</translation>
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
        <source>&amp;Live mode</source>
        <translation>실시간 모드(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Agenda as PDF…</source>
        <translation>안건 PDF(&amp;A)…</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>상태 변경(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy reference (%1)</source>
        <translation>참조 복사(&amp;C) (%1)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>새 회의</translation>
    </message>
    <message>
        <source>A meeting belongs to a committee, and this register has none yet. Create the committee now? (Committees are also kept under People &amp; organisations ▸ Committees.)</source>
        <translation>회의는 위원회에 속하는데, 이 기록부에는 아직 위원회가 없습니다. 지금 위원회를 만드시겠습니까? (위원회는 인물 및 기관 ▸ 위원회에서도 관리합니다.)</translation>
    </message>
    <message>
        <source>Plan next of series</source>
        <translation>정기 회의의 다음 회차 계획</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>정기 회의:</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>Previe&amp;w minutes</source>
        <translation>회의록 미리 보기(&amp;W)</translation>
    </message>
    <message>
        <source>Show the minutes of the selected meeting here, page by page</source>
        <translation>선택한 회의의 회의록을 여기에서 쪽별로 보기</translation>
    </message>
    <message>
        <source>A&amp;genda as PDF…</source>
        <translation>안건 PDF(&amp;G)…</translation>
    </message>
    <message>
        <source>The agenda of the selected meeting, with the open actions it reviews</source>
        <translation>선택한 회의의 안건과 검토할 미완료 조치</translation>
    </message>
    <message>
        <source>Open &amp;actions report…</source>
        <translation>미완료 조치 보고서(&amp;A)…</translation>
    </message>
    <message>
        <source>Initiative &amp;dossier…</source>
        <translation>추진 과제 자료(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Approve minutes…</source>
        <translation>회의록 승인(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a&amp;mendment…</source>
        <translation>수정안 열기(&amp;M)…</translation>
    </message>
    <message>
        <source>Minutes &amp;versions…</source>
        <translation>회의록 버전(&amp;V)…</translation>
    </message>
    <message>
        <source>Veri&amp;fy a PDF…</source>
        <translation>PDF 확인(&amp;F)…</translation>
    </message>
    <message>
        <source>Export minutes of a &amp;year…</source>
        <translation>연도별 회의록 내보내기(&amp;Y)…</translation>
    </message>
    <message>
        <source>Session &amp;book…</source>
        <translation>회의록집(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;House style…</source>
        <translation>문서 양식(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>MinutesCommands</name>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>회의록 승인</translation>
    </message>
    <message>
        <source>Approving the minutes of %1…</source>
        <translation>%1 회의록 승인 중…</translation>
    </message>
    <message>
        <source>The minutes of %1 are approved (version %2); the meeting is now frozen.</source>
        <translation>%1 회의록이 승인되었습니다(버전 %2). 이제 회의 내용이 고정되었습니다.</translation>
    </message>
    <message>
        <source>The minutes of %1 are already approved; open an amendment to change them.</source>
        <translation>%1 회의록은 이미 승인되었습니다. 변경하려면 수정안을 여십시오.</translation>
    </message>
    <message>
        <source>The minutes of %1 can be approved once the meeting has been held.</source>
        <translation>%1 회의록은 회의가 열린 뒤에 승인할 수 있습니다.</translation>
    </message>
    <message>
        <source>The minutes of %1 are not approved: they can be edited without an amendment.</source>
        <translation>%1 회의록은 승인되지 않았으므로 수정안 없이 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Amendment %1 of the minutes of %2 is open: the meeting can be edited again.</source>
        <translation>%2 회의록의 수정안 %1이(가) 열렸습니다. 회의를 다시 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>The minutes of %1 have no recorded version yet: approving them records the first.</source>
        <translation>%1 회의록에는 아직 기록된 버전이 없습니다. 승인하면 첫 버전이 기록됩니다.</translation>
    </message>
</context>
<context>
    <name>NextMeeting</name>
    <message>
        <source>Date and time of the next meeting (e.g. 2025-03-16 10:00, le 16 mars à 10h):</source>
        <translation>다음 회의 날짜와 시각(예: 2025-03-16 10:00, 2025년 3월 16일 오전 10시):</translation>
    </message>
    <message>
        <source>Plan next meeting…</source>
        <translation>다음 회의 계획…</translation>
    </message>
    <message>
        <source>A new meeting with this one&apos;s committee, place, chair, secretary and standing items; its open actions are listed under the review item</source>
        <translation>이 회의의 위원회, 장소, 위원장, 간사, 고정 안건을 이어받는 새 회의이며, 미결 조치 사항은 점검 안건 아래에 나열됩니다</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the register</source>
        <translation>기록부를 열 수 없음</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
</context>
<context>
    <name>PdfCommands</name>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 준비 중…</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>%1 회의록</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>%1 안건</translation>
    </message>
    <message>
        <source>Open actions report</source>
        <translation>미완료 조치 보고서</translation>
    </message>
    <message>
        <source>Initiative dossier</source>
        <translation>추진 과제 자료</translation>
    </message>
    <message>
        <source>There is no initiative in this register yet.</source>
        <translation>이 기록부에는 아직 추진 과제가 없습니다.</translation>
    </message>
    <message>
        <source>Dossier of which initiative?</source>
        <translation>어느 추진 과제의 자료입니까?</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>%1 자료</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>이전 쪽 (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>다음 쪽 (Page Down)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>쪽(&amp;P)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>축소 (Ctrl+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>확대 (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>너비에 맞춤(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Open in &amp;system viewer</source>
        <translation>시스템 뷰어로 열기(&amp;Y)</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>쪽 이미지</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>This PDF has no page.</source>
        <translation>이 PDF에는 쪽이 없습니다.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>PDF를 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Opened in your PDF viewer: %1</source>
        <translation>PDF 뷰어에서 열었습니다: %1</translation>
    </message>
    <message>
        <source>No PDF viewer answered on this computer; the PDF stays shown here and a copy is at %1.</source>
        <translation>이 컴퓨터에서 응답한 PDF 뷰어가 없습니다. PDF는 여기에 계속 표시되며 사본은 %1에 있습니다.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>원어 표기</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>미완료 조치</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>새 인물…</translation>
    </message>
    <message>
        <source>Add to a committee…</source>
        <translation>위원회에 추가…</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>새 기관…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>상위 항목</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>New committee…</source>
        <translation>새 위원회…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>People &amp; organisations</source>
        <translation>인물 및 기관</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Actions owned</source>
        <translation>담당 조치</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>%1 소속</translation>
    </message>
    <message>
        <source>founded %1</source>
        <translation>%1 설립</translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation>시간대 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) recorded</source>
        <translation>
            <numerusform>기록된 회의 %n건</numerusform>
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
        <translation>이 페이지는 이후 버전의 Minutier에서 제공됩니다.</translation>
    </message>
</context>
<context>
    <name>PrintMinutes</name>
    <message>
        <source>Print minutes</source>
        <translation>회의록 인쇄</translation>
    </message>
    <message>
        <source>Preparing %1 for the printer…</source>
        <translation>%1을(를) 인쇄 준비 중…</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>기본 프린터</translation>
    </message>
    <message>
        <source>The minutes were sent to %1 (%2 copies).</source>
        <translation>회의록을 %1(으)로 보냈습니다(%2부).</translation>
    </message>
    <message>
        <source>The minutes were printed to %1.</source>
        <translation>회의록을 %1 파일로 인쇄했습니다.</translation>
    </message>
    <message>
        <source>This computer has no print spooler Minutier can hand the PDF to. The minutes are open in your PDF viewer: print them from there.</source>
        <translation>이 컴퓨터에는 Minutier가 PDF를 넘길 수 있는 인쇄 스풀러가 없습니다. 회의록이 PDF 뷰어에서 열렸으니 그곳에서 인쇄하십시오.</translation>
    </message>
    <message>
        <source>This computer has neither a print spooler Minutier can hand the PDF to nor a PDF viewer. The minutes are at %1; print them from another program.</source>
        <translation>이 컴퓨터에는 Minutier가 PDF를 넘길 인쇄 대기열도, PDF 뷰어도 없습니다. 회의록은 %1에 있으니 다른 프로그램에서 인쇄하십시오.</translation>
    </message>
    <message>
        <source>The printer did not accept the minutes: %1

The PDF is kept at %2; you can open and print it from there.</source>
        <translation>프린터가 회의록을 받지 않았습니다: %1

PDF는 %2에 보관되어 있으니 그곳에서 열어 인쇄할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>QuorumLabel</name>
    <message>
        <source>Quorum: %1 present / %2 required</source>
        <translation>정족수: 참석 %1명 / 필요 %2명</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>not reached: a vote recorded now is flagged</source>
        <translation>미달: 지금 기록하는 표결은 표시됩니다</translation>
    </message>
    <message>
        <source>Vote recorded without quorum: %1 present / %2 required</source>
        <translation>정족수 미달 상태의 표결: 참석 %1명 / 필요 %2명</translation>
    </message>
</context>
<context>
    <name>RecordChoices</name>
    <message>
        <source>Count</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>This meeting only</source>
        <translation>이번 회의만</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>고정 안건</translation>
    </message>
    <message>
        <source>Do not count</source>
        <translation>포함하지 않음</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인함</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
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
        <translation>개최</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>회의록 초안 작성</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>회의록 승인</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>결석</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>사유 결석</translation>
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
        <translation>항목</translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation>조치 검토</translation>
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
        <translation>제안</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미착수</translation>
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
        <translation>진행 불가</translation>
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
        <translation>승인</translation>
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
        <translation>새 위원회 소속</translation>
    </message>
    <message>
        <source>New meeting series</source>
        <translation>새 정기 회의</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>새 회의</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>새 안건 항목</translation>
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
        <translation>새 결정</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>새 추진 과제</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>새 조치</translation>
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
        <translation>위원회 소속 편집</translation>
    </message>
    <message>
        <source>Edit meeting series</source>
        <translation>정기 회의 편집</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>회의 편집</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>안건 항목 편집</translation>
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
        <translation>결정 편집</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>추진 과제 편집</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>조치 편집</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>출처 편집</translation>
    </message>
    <message>
        <source>The minutes of this action&apos;s meeting are approved: what was decided is read-only; its status, priority, closing date and progress notes stay open.</source>
        <translation>이 조치가 나온 회의의 회의록이 승인되어 결정된 내용은 읽기 전용입니다. 상태, 우선순위, 종료일과 진행 메모는 계속 수정할 수 있습니다.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved: this record is read-only. Open an amendment of the minutes to correct it.</source>
        <translation>이 회의의 회의록이 승인되어 이 기록은 읽기 전용입니다. 고치려면 회의록 정정을 여십시오.</translation>
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
        <translation>조치</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>안건 항목</translation>
    </message>
    <message>
        <source>Amendment date</source>
        <translation>수정안 날짜</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>승인 날짜</translation>
    </message>
    <message>
        <source>Approving meeting</source>
        <translation>승인 회의</translation>
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
        <translation>위원장</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>종료일</translation>
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
        <translation>결정</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>논의 메모</translation>
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
        <translation>시작</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>추진 과제</translation>
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
        <translation>메모</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>대표 기관</translation>
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
        <translation>상위 추진 과제</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Confidential (left out of public minutes)</source>
        <translation>대외비(공개본에서 제외)</translation>
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
        <translation>발행일</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
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
        <translation>역할</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>간사</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>정기 회의</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>약어 코드</translation>
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
        <translation>대체한 결정</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
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
        <translation>반대표</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>찬성표</translation>
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
        <translation>이름</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>수식어</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>정족수</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Proxies towards the quorum</source>
        <translation>정족수에 위임 포함</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message numerus="yes">
        <source>a document of %n byte(s)</source>
        <translation>
            <numerusform>%n바이트 문서</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 종류</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>이 기록의 변경 이력</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), oldest first. The history cannot be edited.</source>
        <translation>
            <numerusform>기록된 변경 %n건, 오래된 순서입니다. 변경 이력은 편집할 수 없습니다.</numerusform>
        </translation>
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
        <translation>결정…</translation>
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
    <message>
        <source>Convert to</source>
        <translation>변환</translation>
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
        <translation>결정 %1</translation>
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
        <translation>항목</translation>
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
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Select a line to see it here.</source>
        <translation>여기에서 보려면 줄을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>RecurrenceField</name>
    <message>
        <source>Every how many</source>
        <translation>간격</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>주마다</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>개월마다</translation>
    </message>
    <message>
        <source>Weeks or months</source>
        <translation>주 또는 개월</translation>
    </message>
    <message>
        <source>first</source>
        <translation>첫째</translation>
    </message>
    <message>
        <source>second</source>
        <translation>둘째</translation>
    </message>
    <message>
        <source>third</source>
        <translation>셋째</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>넷째</translation>
    </message>
    <message>
        <source>last</source>
        <translation>마지막</translation>
    </message>
    <message>
        <source>Which one of the month</source>
        <translation>그 달의 몇째</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>간격:</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>·</translation>
    </message>
    <message>
        <source>Rule typed as text</source>
        <translation>규칙을 텍스트로 입력</translation>
    </message>
    <message>
        <source>Recurrence rule (RFC 5545)</source>
        <translation>반복 규칙 (RFC 5545)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>·</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders to owners of actions</source>
        <translation>조치 담당자에게 알림</translation>
    </message>
    <message>
        <source>all open actions</source>
        <translation>모든 미결 조치</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Secure the connection (STARTTLS)</source>
        <translation>연결 암호화 (STARTTLS)</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in a file</source>
        <translation>시스템 키링에 보관되며 파일에는 저장되지 않습니다</translation>
    </message>
    <message>
        <source>Actions due within</source>
        <translation>다음 기간 내 기한인 조치</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>Write e-mails to a folder…</source>
        <translation>메일을 폴더에 저장…</translation>
    </message>
    <message>
        <source>Save settings and send</source>
        <translation>설정 저장 후 보내기</translation>
    </message>
    <message>
        <source>Folder for the e-mails</source>
        <translation>메일을 저장할 폴더</translation>
    </message>
    <message>
        <source>%1 e-mail(s) written to %2</source>
        <translation>메일 %1통을 %2에 저장했습니다</translation>
    </message>
    <message>
        <source>%1 e-mail(s) sent through %2</source>
        <translation>%2을(를) 통해 메일 %1통을 보냈습니다</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>업데이트 전</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>선택한 파일</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>다른 파일…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of %1, newest first. The current content is backed up before a restore replaces it.</source>
        <translation>
            <numerusform>%1의 백업 %n개, 최신순입니다. 복원으로 바뀌기 전에 현재 내용을 먼저 백업합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>sound</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>손상됨: %1</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>파일에서 복원</translation>
    </message>
    <message>
        <source>Minutier registers (*.minutier *.db);;All files (*)</source>
        <translation>Minutier 등록부 (*.minutier *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Replace the content of %1 with the backup taken %2 (%3 records)? The current content is backed up first, so this can be reversed.</source>
        <translation>%1의 내용을 %2에 만든 백업(기록 %3개)으로 바꿀까요? 현재 내용을 먼저 백업하므로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restored. The content it replaced was backed up first.</source>
        <translation>복원했습니다. 바뀐 내용은 먼저 백업해 두었습니다.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Review packs (%1)</source>
        <translation>검토 꾸러미 (%1)</translation>
    </message>
    <message>
        <source>Review pack for…</source>
        <translation>검토 꾸러미 만들기…</translation>
    </message>
    <message>
        <source>%1 (%2 open actions)</source>
        <translation>%1 (열린 조치 %2건)</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Also actions closed in the last</source>
        <translation>최근 마감된 조치도 포함:</translation>
    </message>
    <message>
        <source>Save the review pack</source>
        <translation>검토 꾸러미 저장</translation>
    </message>
    <message>
        <source>Review pack</source>
        <translation>검토 꾸러미</translation>
    </message>
    <message>
        <source>The review pack for %1 was written to %2. Give it to them: they open it with Minutier, work offline, and send it back for File ▸ Merge a review pack…</source>
        <translation>%1의 검토 꾸러미를 %2에 저장했습니다. 담당자에게 전달하면 Minutier로 열어 오프라인으로 작업한 뒤 돌려보내고, 파일 ▸ 검토 꾸러미 병합…으로 반영합니다.</translation>
    </message>
    <message>
        <source>Cut a review pack: one owner&apos;s actions to review offline</source>
        <translation>검토 꾸러미 만들기: 한 담당자의 조치를 오프라인으로 검토</translation>
    </message>
    <message>
        <source>Merge a review pack</source>
        <translation>검토 꾸러미 병합</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 already in the register, %4 conflicts.</source>
        <translation>%1건 추가, %2건 수정, %3건은 이미 등록부에 있음, 충돌 %4건.</translation>
    </message>
    <message>
        <source>Merge a review pack…</source>
        <translation>검토 꾸러미 병합…</translation>
    </message>
    <message>
        <source>Merge conflicts…</source>
        <translation>병합 충돌…</translation>
    </message>
    <message>
        <source>%1 warnings or conflicts; each is listed under Show Details.</source>
        <translation>경고 또는 충돌 %1건. 각각은 &apos;자세히 보기&apos;에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Show conflicts…</source>
        <translation>충돌 보기…</translation>
    </message>
    <message>
        <source>Confirmed by %1 of %2 attendees</source>
        <translation>참석자 %2명 중 %1명 확인</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review pack — %1</source>
        <translation>검토 꾸러미 — %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Review pack for %1, cut from %2 on %3 UTC by %4.</source>
        <translation>%1의 검토 꾸러미 — %2에서 %3 UTC에 %4이(가) 만들었습니다.</translation>
    </message>
    <message>
        <source>You can change an action&apos;s status, add progress notes or comments, and propose a new due date with a reason; the secretariat merges your work back.</source>
        <translation>조치의 상태를 바꾸고, 진행 메모나 의견을 추가하고, 사유와 함께 새 기한을 제안할 수 있습니다. 사무국이 작업 내용을 병합합니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
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
        <source>Your review</source>
        <translation>검토 내용</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>A progress note or a comment</source>
        <translation>진행 메모 또는 의견</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>e.g. 2025-06-30, fin juin</source>
        <translation>예: 2025-06-30, 다음 주 금요일</translation>
    </message>
    <message>
        <source>Why the date should move (required)</source>
        <translation>기한을 바꿔야 하는 이유 (필수)</translation>
    </message>
    <message>
        <source>Propose this due date</source>
        <translation>이 기한 제안</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>새 기한</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>No action in this pack.</source>
        <translation>이 꾸러미에 조치가 없습니다.</translation>
    </message>
    <message>
        <source>Meeting: %1 %2 (%3)</source>
        <translation>회의: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Agenda item: %1</source>
        <translation>안건: %1</translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <translation>결정 %1: %2</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>사업: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>기한: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>기한 없음</translation>
    </message>
</context>
<context>
    <name>RoleRow</name>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <source>Select a meeting, action, decision, initiative, person, organisation or committee to see its history.</source>
        <translation>기록을 보려면 회의, 조치, 결정, 이니셔티브, 사람, 기관 또는 위원회를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Preview of the result</source>
        <translation>결과 미리 보기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Decisions (%1)</source>
        <translation>결정 (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>조치 (%1)</translation>
    </message>
    <message>
        <source>Initiatives (%1)</source>
        <translation>추진 과제 (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>회의 (%1)</translation>
    </message>
    <message>
        <source>Announcements (%1)</source>
        <translation>발표 (%1)</translation>
    </message>
    <message>
        <source>Agenda items (%1)</source>
        <translation>안건 항목 (%1)</translation>
    </message>
    <message>
        <source>Meeting notes (%1)</source>
        <translation>회의 메모 (%1)</translation>
    </message>
    <message>
        <source>Progress notes (%1)</source>
        <translation>진행 메모 (%1)</translation>
    </message>
    <message>
        <source>Committees (%1)</source>
        <translation>위원회 (%1)</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>인물 (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>기관 (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>파일 (%1)</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Search decisions, actions, initiatives, meetings… (Ctrl+K)</source>
        <translation>결정, 조치, 추진 과제, 회의 검색… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>대외비</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>결과 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>The next meetings show here once the rule and the first meeting are set.</source>
        <translation>규칙과 첫 회의를 정하면 다음 회의 일정이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Next meetings: %1</source>
        <translation>다음 회의: %1</translation>
    </message>
</context>
<context>
    <name>SessionBook</name>
    <message>
        <source>Session book</source>
        <translation>회의록집</translation>
    </message>
    <message>
        <source>The committee&apos;s language</source>
        <translation>위원회의 언어</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Binding the minutes of %1…</source>
        <translation>%1년 회의록을 엮는 중…</translation>
    </message>
    <message>
        <source>Session book of %1 written to %2.</source>
        <translation>%1년 회의록집을 %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>Save the session book as</source>
        <translation>회의록집 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>시스템과 같게 (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language at once; nothing you typed is lost. Dates, numbers and amounts follow the language&apos;s usual format.</source>
        <translation>창이 곧바로 새 언어로 다시 만들어지며, 입력한 내용은 사라지지 않습니다. 날짜, 숫자, 금액은 해당 언어의 일반적인 형식을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Provisional until the next sync: %1</source>
        <translation>다음 동기화까지 임시 번호: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>to send: %1</source>
        <translation>보낼 변경: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Offline (hub unreachable) · %1</source>
        <translation>오프라인 (허브에 연결할 수 없음) · %1</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>동기화 거부됨</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>동기화됨 %1 · %2</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>충돌: %1</translation>
    </message>
    <message>
        <source>Shared through the hub %1.</source>
        <translation>허브 %1을(를) 통해 공유됨.</translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <source>Add progress note</source>
        <translation>진행 메모 추가</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>안건 항목 이동</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>%1 첨부</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>출석 기록</translation>
    </message>
    <message>
        <source>Convert to %1</source>
        <translation>%1(으)로 변환</translation>
    </message>
    <message>
        <source>Change meeting status</source>
        <translation>회의 상태 변경</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>회의 편집</translation>
    </message>
    <message>
        <source>Record “%1” and its new owner</source>
        <translation>“%1” 및 새 담당 기록</translation>
    </message>
    <message>
        <source>Record “%1”, owner to resolve</source>
        <translation>‘%1’ 기록, 담당 확인 필요</translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation>‘%1’ 기록</translation>
    </message>
    <message>
        <source>Correct entry</source>
        <translation>항목 수정</translation>
    </message>
    <message>
        <source>Plan next meeting</source>
        <translation>다음 회의 계획</translation>
    </message>
    <message>
        <source>Plan next meeting of series</source>
        <translation>정기 회의의 다음 회의 계획</translation>
    </message>
    <message>
        <source>Open amendment</source>
        <translation>수정안 열기</translation>
    </message>
    <message numerus="yes">
        <source>Set %n action(s) to “%1”</source>
        <translation>
            <numerusform>조치 %n건을 ‘%1’(으)로 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>결정 편집</translation>
    </message>
    <message>
        <source>Set initiative status to “%1”</source>
        <translation>추진 과제 상태를 ‘%1’(으)로 변경</translation>
    </message>
    <message>
        <source>Merge review pack %1</source>
        <translation>검토 꾸러미 %1 병합</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Resolve conflict %1</source>
        <translation>충돌 %1 해결</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>상태 변경</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Propose a due date</source>
        <translation>기한 제안</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>조치 만들기</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>결정 기록</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>메모 기록</translation>
    </message>
    <message>
        <source>Record announcement</source>
        <translation>공지 기록</translation>
    </message>
    <message>
        <source>Record line, owner to resolve</source>
        <translation>줄 기록, 담당 확인 필요</translation>
    </message>
    <message>
        <source>Record line and new person</source>
        <translation>줄과 새 인물 기록</translation>
    </message>
    <message>
        <source>Record line and new organisation</source>
        <translation>줄과 새 기관 기록</translation>
    </message>
    <message>
        <source>Plan meeting</source>
        <translation>회의 계획</translation>
    </message>
    <message>
        <source>Plan meetings of a series</source>
        <translation>연속 회의 계획</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>안건 추가</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>회의록 승인</translation>
    </message>
    <message>
        <source>Open amendment of minutes</source>
        <translation>회의록 수정본 열기</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>추진 과제 추가</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>추진 과제 편집</translation>
    </message>
    <message>
        <source>Change house style</source>
        <translation>문서 양식 변경</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 만들기</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>첨부 파일 %1 제거</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>%1 검토</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
</context>
<context>
    <name>VerifyMinutes</name>
    <message>
        <source>%1 is NOT an approved version of any minutes in this register. It names itself version %2 of the minutes of %3, but its bytes differ from the filed document: it was changed after approval, or re-saved by another program.</source>
        <translation>%1은(는) 이 등록부에 있는 어떤 회의록의 승인 버전도 아닙니다. 이 파일은 자신을 %3 회의록의 버전 %2(이)라고 밝히지만 바이트가 보관된 문서와 다릅니다. 승인 후 변경되었거나 다른 프로그램으로 다시 저장되었습니다.</translation>
    </message>
    <message>
        <source>%1 is NOT an approved version of any minutes in this register: not one byte of it matches a filed document.</source>
        <translation>%1은(는) 이 등록부에 있는 어떤 회의록의 승인 버전도 아닙니다. 보관된 어떤 문서와도 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is version %2 of the minutes of %3, exactly as approved on %4 at meeting %5.</source>
        <translation>%1은(는) %3 회의록의 버전 %2이며, %4 %5 회의에서 승인된 그대로입니다.</translation>
    </message>
    <message>
        <source>%1 is version %2 of the minutes of %3, exactly as approved on %4.</source>
        <translation>%1은(는) %3 회의록의 버전 %2이며, %4에 승인된 그대로입니다.</translation>
    </message>
    <message>
        <source>It is the public edition (confidential parts left out).</source>
        <translation>공개본입니다(대외비 내용 제외).</translation>
    </message>
    <message>
        <source>It is the internal edition (everything, confidential parts marked).</source>
        <translation>내부용입니다(전체 내용, 대외비 표시).</translation>
    </message>
    <message>
        <source>A later version of these minutes has been opened or approved since.</source>
        <translation>이후 이 회의록의 새 버전이 열렸거나 승인되었습니다.</translation>
    </message>
    <message>
        <source>It is the current version, and the register still holds the content it was approved with.</source>
        <translation>현재 버전이며, 등록부에는 승인 당시의 내용이 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Warning: the register&apos;s content of this meeting no longer matches what was approved (it was changed outside Minutier).</source>
        <translation>경고: 등록부의 이 회의 내용이 승인된 내용과 더 이상 일치하지 않습니다(Minutier 밖에서 변경되었습니다).</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>PDF 검증</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 파일 (*.pdf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Minutes versions</source>
        <translation>회의록 버전</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>%1 회의록</translation>
    </message>
    <message>
        <source>An approved version opens exactly as it was filed; its fingerprint (SHA-256) is the one printed in the footer of the approved PDF.</source>
        <translation>승인된 버전은 보관된 그대로 열립니다. 그 지문(SHA-256)은 승인된 PDF의 바닥글에 인쇄된 것과 같습니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>승인일</translation>
    </message>
    <message>
        <source>At meeting</source>
        <translation>승인 회의</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>수정안</translation>
    </message>
    <message>
        <source>A draft has no filed document yet; export the minutes to see the draft.</source>
        <translation>초안에는 아직 보관된 문서가 없습니다. 초안을 보려면 회의록을 내보내십시오.</translation>
    </message>
    <message>
        <source>Opened in your PDF viewer: %1</source>
        <translation>PDF 뷰어에서 열었습니다: %1</translation>
    </message>
    <message>
        <source>No PDF viewer answered on this computer; the PDF is at %1.</source>
        <translation>이 컴퓨터에서 응답한 PDF 뷰어가 없습니다. PDF는 %1에 있습니다.</translation>
    </message>
    <message>
        <source>Save the approved minutes</source>
        <translation>승인된 회의록 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Minutier</source>
        <translation>Minutier에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Minutier keeps a committee&apos;s meetings, decisions, initiatives and actions in one file on this computer, and prints the official minutes. It works offline.</source>
        <translation>Minutier는 위원회의 회의, 결정, 추진 과제, 조치를 이 컴퓨터의 파일 하나에 보관하고 공식 회의록을 인쇄합니다. 오프라인에서 작동합니다.</translation>
    </message>
    <message>
        <source>Open the demo meeting</source>
        <translation>데모 회의 열기</translation>
    </message>
    <message>
        <source>A real meeting to explore: the special committee on AI computing infrastructure, 16 February 2025.</source>
        <translation>실제 회의를 살펴보세요: 2025년 2월 16일 AI 컴퓨팅 인프라 특별위원회.</translation>
    </message>
    <message>
        <source>Start an empty register</source>
        <translation>빈 기록부로 시작</translation>
    </message>
    <message>
        <source>A new, empty file for your own committee.</source>
        <translation>내 위원회를 위한 새 빈 파일.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <source>A register you already have, or a copy.</source>
        <translation>이미 가지고 있는 기록부나 사본.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New register…</source>
        <translation>새 기록부(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>JSON에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>JSON으로 내보내기(&amp;J)…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export to a &amp;calendar (ICS)…</source>
        <translation>캘린더로 내보내기(ICS)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reminders to owners…</source>
        <translation>담당자 알림(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;heck the file…</source>
        <translation>파일 검사(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>회의록 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export minutes as PDF…</source>
        <translation>회의록 PDF로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;History of this record…</source>
        <translation>이 기록의 변경 이력(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
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
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>세부 창(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the pane beside the lists</source>
        <translation>목록 옆 창 보이기/숨기기</translation>
    </message>
    <message>
        <source>&amp;About Minutier</source>
        <translation>Minutier 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>회의록(&amp;M)</translation>
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
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Printing minutes comes with the PDF minutes, in a later version.</source>
        <translation>회의록 인쇄는 이후 버전에서 PDF 회의록과 함께 제공됩니다.</translation>
    </message>
    <message>
        <source>Print the minutes of the selected meeting</source>
        <translation>선택한 회의의 회의록 인쇄</translation>
    </message>
    <message>
        <source>Save the minutes of the selected meeting as PDF</source>
        <translation>선택한 회의의 회의록을 PDF로 저장합니다</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>이 버전에서는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>새 기록부</translation>
    </message>
    <message>
        <source>register.minutier</source>
        <translation>기록부.minutier</translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation>Minutier 기록부 (%1)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the new register.</source>
        <translation>%1이(가) 이미 있습니다. 새 기록부의 이름을 새로 고르세요.</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>기록부 열기</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
</TS>
