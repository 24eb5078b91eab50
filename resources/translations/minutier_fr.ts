<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutBox</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
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
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>PDF text is set in Noto Sans and Noto Serif (© Google) and Hangul in NanumGothic (© NAVER Corporation), all shipped under the SIL Open Font License 1.1 (OFL-Noto.txt and OFL.txt beside the font files).</source>
        <translation>Le texte des PDF est composé en Noto Sans et Noto Serif (© Google) et le hangeul en NanumGothic (© NAVER Corporation), tous fournis sous la SIL Open Font License 1.1 (OFL-Noto.txt et OFL.txt à côté des fichiers de police).</translation>
    </message>
    <message>
        <source>Minutier keeps a committee&apos;s meetings, decisions, initiatives and actions in one offline file, and prints the official minutes.</source>
        <translation>Minutier conserve les réunions, décisions, initiatives et actions d&apos;un comité dans un seul fichier hors ligne, et imprime les procès-verbaux officiels.</translation>
    </message>
    <message>
        <source>About Minutier</source>
        <translation>À propos de Minutier</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see it here.</source>
        <translation>Sélectionnez une action pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notes d&apos;avancement</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Nouvelle note d&apos;avancement</translation>
    </message>
    <message>
        <source>Add a progress note and press Enter</source>
        <translation>Ajoutez une note d&apos;avancement et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>(no due date)</source>
        <translation>(pas d&apos;échéance)</translation>
    </message>
    <message>
        <source>meeting %1, %2</source>
        <translation>réunion %1, %2</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>décision %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No progress note yet.</source>
        <translation>Aucune note d&apos;avancement pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>next free number</source>
        <translation>prochain numéro libre</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notes d&apos;avancement</translation>
    </message>
    <message>
        <source>What has happened since?</source>
        <translation>Qu&apos;est-ce qui a avancé depuis&#xa0;?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>Filter by words</source>
        <translation>Filtrer par mots</translation>
    </message>
    <message>
        <source>Filter by words in the action…</source>
        <translation>Filtrer par mots de l&apos;action…</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Échéance à partir du</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Échéance jusqu&apos;au</translation>
    </message>
    <message>
        <source>from, e.g. 2025-03-01</source>
        <translation>du, ex. 2025-03-01</translation>
    </message>
    <message>
        <source>to, e.g. end of June</source>
        <translation>au, ex. fin juin</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Comité&#xa0;:</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Initiative&#xa0;:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>To resolve (kept in live mode)</source>
        <translation>À identifier (gardé en séance)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Still open (open, in progress, blocked)</source>
        <translation>Non soldées (ouvertes, en cours, bloquées)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Tous les comités</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>Toutes les initiatives</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Change the status of every selected action</source>
        <translation>Changer le statut de toutes les actions sélectionnées</translation>
    </message>
    <message>
        <source>My actions</source>
        <translation>Mes actions</translation>
    </message>
    <message>
        <source>Show only the open actions of the person chosen beside</source>
        <translation>N&apos;afficher que les actions non soldées de la personne choisie à côté</translation>
    </message>
    <message>
        <source>Whose actions “My actions” shows (remembered for this file)</source>
        <translation>La personne dont «&#xa0;Mes actions&#xa0;» affiche les actions (mémorisé pour ce fichier)</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(choisir une personne)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>&amp;Copy reference (%1)</source>
        <translation>&amp;Copier la référence (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Ajouter un point…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Review of the open actions of earlier meetings</source>
        <translation>Revue des actions non soldées des réunions précédentes</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Open an amendment</source>
        <translation>Ouvrir un amendement</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Procès-verbal de %1</translation>
    </message>
    <message>
        <source>An amendment lifts the freeze so the meeting can be corrected; approving the minutes again records the next version. Earlier versions stay readable. Opening an amendment cannot be undone.</source>
        <translation>Un amendement lève le gel pour que la réunion puisse être corrigée&#xa0;; approuver de nouveau le procès-verbal enregistre la version suivante. Les versions antérieures restent lisibles. L’ouverture d’un amendement ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Open the amendment</source>
        <translation>Ouvrir l’amendement</translation>
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
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Procès-verbal de %1</translation>
    </message>
    <message>
        <source>Approving freezes this meeting: its agenda, attendance, announcements, decisions and the actions as decided can no longer be edited. The final PDF and its SHA-256 fingerprint are kept in the register. Approval cannot be undone, and the list of steps to undo is emptied; a later change needs an amendment with a reason.</source>
        <translation>L’approbation fige cette réunion&#xa0;: son ordre du jour, les présences, les annonces, les décisions et les actions telles que décidées ne pourront plus être modifiés. Le PDF définitif et son empreinte SHA-256 sont conservés dans le registre. L’approbation ne peut pas être annulée, et la liste des étapes à annuler est vidée&#xa0;; une modification ultérieure exigera un amendement motivé.</translation>
    </message>
    <message>
        <source>None (approved outside a meeting)</source>
        <translation>Aucune (approuvé hors réunion)</translation>
    </message>
    <message>
        <source>Approved at meeting:</source>
        <translation>Approuvé à la réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Approval date:</source>
        <translation>Date d’approbation&#xa0;:</translation>
    </message>
    <message>
        <source>Approve and freeze</source>
        <translation>Approuver et figer</translation>
    </message>
    <message>
        <source>This approves amendment %1: “%2”.</source>
        <translation>Ceci approuve l’amendement %1&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Files are kept inside the register, at most 25 MiB each.</source>
        <translation>Les fichiers sont conservés dans le registre, 25 Mio au plus chacun.</translation>
    </message>
    <message>
        <source>What the next attached file belongs to</source>
        <translation>Ce à quoi le prochain fichier sera joint</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Décision %1</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>La réunion</translation>
    </message>
    <message>
        <source>Attach a file to the meeting</source>
        <translation>Joindre un fichier à la réunion</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove “%1” from the register? This cannot be undone.</source>
        <translation>Retirer « %1 » du registre ? Cela ne peut pas être annulé.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Joint à</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>CarriedActions</name>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(en retard)</translation>
    </message>
</context>
<context>
    <name>ConfirmationWindow</name>
    <message>
        <source>Draft minutes to confirm — %1</source>
        <translation>Projet de procès-verbal à confirmer — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Save the draft &amp;PDF…</source>
        <translation>Enregistrer le &amp;PDF du projet…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Draft minutes of %1 for %2, cut from %3 on %4 UTC by %5.</source>
        <translation>Projet de procès-verbal de %1 pour %2, tiré de %3 le %4 UTC par %5.</translation>
    </message>
    <message>
        <source>Confirm the minutes as a whole, or comment on the whole or on one item; the secretariat merges your answer back.</source>
        <translation>Confirmez le procès-verbal dans son ensemble, ou commentez l’ensemble ou un point ; le secrétariat fusionne ensuite votre réponse.</translation>
    </message>
    <message>
        <source>A comment on the selected item</source>
        <translation>Un commentaire sur le point choisi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Confirm the selection</source>
        <translation>Confirmer la sélection</translation>
    </message>
    <message>
        <source>What you said so far</source>
        <translation>Ce que vous avez déjà dit</translation>
    </message>
    <message>
        <source>The minutes as a whole</source>
        <translation>Le procès-verbal dans son ensemble</translation>
    </message>
    <message>
        <source>the minutes as a whole</source>
        <translation>le procès-verbal dans son ensemble</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Confirmé : %1</translation>
    </message>
    <message>
        <source>Comment on %1: %2</source>
        <translation>Commentaire sur %1 : %2</translation>
    </message>
    <message>
        <source>Save the draft PDF</source>
        <translation>Enregistrer le PDF du projet</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1.</source>
        <translation>Le PDF n’a pas pu être enregistré : %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Keep the register&apos;s value</source>
        <translation>Garder la valeur du registre</translation>
    </message>
    <message>
        <source>Take the incoming value</source>
        <translation>Prendre la valeur reçue</translation>
    </message>
    <message>
        <source>No conflict is waiting.</source>
        <translation>Aucun conflit en attente.</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision: %1. Both sides changed these values since the common base; the register keeps its value until you choose.</source>
        <translation>Conflits en attente de décision : %1. Les deux côtés ont modifié ces valeurs depuis la base commune ; le registre garde sa valeur jusqu’à votre choix.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(pas d’enregistrement)</translation>
    </message>
    <message>
        <source>both sides changed it</source>
        <translation>les deux côtés l’ont modifié</translation>
    </message>
    <message>
        <source>the minutes of this meeting are approved</source>
        <translation>le procès-verbal de cette réunion est approuvé</translation>
    </message>
    <message>
        <source>the register deleted this record</source>
        <translation>le registre a supprimé cet enregistrement</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(tout l’enregistrement)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Start an empty register</source>
        <translation>Commencer un registre vide</translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation>Registres Minutier (%1)</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ConvertMenu</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Convert to</source>
        <translation>Convertir en</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Minutier met an unexpected problem. Everything saved before this moment is safe in the register. You can carry on; if the problem comes back, please send the details below to whoever supports Minutier for you.</source>
        <translation>Minutier a rencontré un problème inattendu. Tout ce qui a été enregistré avant cet instant est en sécurité dans le registre. Vous pouvez continuer&#xa0;; si le problème revient, envoyez les détails ci-dessous à la personne qui assure l&apos;assistance de Minutier pour vous.</translation>
    </message>
    <message>
        <source>The details were also written to %1.</source>
        <translation>Les détails ont aussi été écrits dans %1.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open actions per owner</source>
        <translation>Actions non soldées par responsable</translation>
    </message>
    <message>
        <source>open</source>
        <translation>non soldées</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Non soldées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Actions closed per month</source>
        <translation>Actions closes par mois</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Tableau de bord — %1</translation>
    </message>
    <message numerus="yes">
        <source>open action(s)</source>
        <translation>
            <numerusform>action en cours</numerusform>
            <numerusform>actions en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue action(s)</source>
        <translation>
            <numerusform>action en retard</numerusform>
            <numerusform>actions en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decision(s) in %1</source>
        <translation>
            <numerusform>décision en %1</numerusform>
            <numerusform>décisions en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned meeting(s) ahead</source>
        <translation>
            <numerusform>réunion prévue à venir</numerusform>
            <numerusform>réunions prévues à venir</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>Aucune action non soldée.</translation>
    </message>
    <message>
        <source>No planned meeting.</source>
        <translation>Aucune réunion prévue.</translation>
    </message>
    <message>
        <source>No action closed in the last twelve months.</source>
        <translation>Aucune action close ces douze derniers mois.</translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <source>Select a decision to see it here.</source>
        <translation>Sélectionnez une décision pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>The minutes of its meeting are approved: this decision is read-only. Open an amendment of the minutes to correct it.</source>
        <translation>Le procès-verbal de sa réunion est approuvé : cette décision est en lecture seule. Ouvrez un rectificatif du procès-verbal pour la corriger.</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Texte de la décision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Voix : %1</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Feeds these initiatives:</source>
        <translation>Alimente ces initiatives&#xa0;:</translation>
    </message>
    <message>
        <source>Actions that follow from it</source>
        <translation>Actions qui en découlent</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>All fields…</source>
        <translation>Tous les champs…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Décision %1</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>réunion %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>next free number</source>
        <translation>prochain numéro libre</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation>Filtrer par mots…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Nouvelle décision…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open its &amp;meeting</source>
        <translation>Ouvrir sa &amp;réunion</translation>
    </message>
    <message>
        <source>&amp;Copy reference (%1)</source>
        <translation>&amp;Copier la référence (%1)</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>Toutes les initiatives</translation>
    </message>
</context>
<context>
    <name>DeleteRecord</name>
    <message>
        <source>roles</source>
        <translation>fonctions</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>appartenances à un comité</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>attendance lines</source>
        <translation>lignes de présence</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>announcements</source>
        <translation>annonces</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>progress notes</source>
        <translation>notes d&apos;avancement</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>attached files</source>
        <translation>fichiers joints</translation>
    </message>
    <message>
        <source>links to initiatives</source>
        <translation>liens vers des initiatives</translation>
    </message>
    <message>
        <source>versions of the minutes</source>
        <translation>versions du procès-verbal</translation>
    </message>
    <message>
        <source>attendees&apos; confirmations and comments</source>
        <translation>confirmations et commentaires des participants</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>séries de réunions</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>committees</source>
        <translation>comités</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Supprimer cet enregistrement ?</translation>
    </message>
    <message>
        <source>It takes with it: %1.</source>
        <translation>Seront supprimés avec lui : %1.</translation>
    </message>
    <message>
        <source>These stay but lose their link to it: %1.</source>
        <translation>Ceux-ci restent mais perdent leur lien avec lui : %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pourrez l’annuler par Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a committee cannot be its own parent, even through others</source>
        <translation>un comité ne peut pas être son propre parent, même par l&apos;intermédiaire d&apos;autres</translation>
    </message>
    <message>
        <source>an organisation cannot be its own parent, even through others</source>
        <translation>une organisation ne peut pas être sa propre organisation mère, même par l&apos;intermédiaire d&apos;autres</translation>
    </message>
    <message>
        <source>an initiative cannot be its own parent, even through others</source>
        <translation>une initiative ne peut pas être sa propre initiative mère, même par l&apos;intermédiaire d&apos;autres</translation>
    </message>
    <message>
        <source>decisions cannot supersede each other, even through others</source>
        <translation>des décisions ne peuvent pas se remplacer l&apos;une l&apos;autre, même par l&apos;intermédiaire d&apos;autres</translation>
    </message>
    <message>
        <source>%1 is in use in another Minutier window or program; close it there first.</source>
        <translation>%1 est utilisé dans une autre fenêtre de Minutier ou par un autre programme&#xa0;; fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>%1 was refused: its structure is not one Minutier made (%2), so nothing in it was read or run. If it came from someone else, ask them for an export instead.</source>
        <translation>%1 a été refusé&#xa0;: sa structure n&apos;est pas celle d&apos;un registre créé par Minutier (%2), donc rien de son contenu n&apos;a été lu ni exécuté. S&apos;il vous vient de quelqu&apos;un d&apos;autre, demandez-lui plutôt un export.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>progress note</source>
        <translation>note d&apos;avancement</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>annonce</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>comité</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>meeting series</source>
        <translation>série de réunions</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>appartenance à un comité</translation>
    </message>
    <message>
        <source>minutes version</source>
        <translation>version du procès-verbal</translation>
    </message>
    <message>
        <source>approved minutes version</source>
        <translation>version approuvée du procès-verbal</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>personne ou organisation</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <source>this must be text</source>
        <translation>ce doit être du texte</translation>
    </message>
    <message>
        <source>this text holds invisible control characters</source>
        <translation>ce texte contient des caractères de contrôle invisibles</translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation>ce n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <source>this must be a whole number</source>
        <translation>ce doit être un nombre entier</translation>
    </message>
    <message>
        <source>this must be a positive whole number</source>
        <translation>ce doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>use 1 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>utilisez de 1 à 32 lettres, chiffres, points, tirets ou tirets bas</translation>
    </message>
    <message>
        <source>this is not a number</source>
        <translation>ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>this amount is too large</source>
        <translation>ce montant est trop grand</translation>
    </message>
    <message>
        <source>this quantity is too large</source>
        <translation>cette quantité est trop grande</translation>
    </message>
    <message>
        <source>this action no longer exists</source>
        <translation>cette action n&apos;existe plus</translation>
    </message>
    <message>
        <source>it belongs to another committee</source>
        <translation>elle appartient à un autre comité</translation>
    </message>
    <message>
        <source>an action belongs to a committee or a meeting</source>
        <translation>une action appartient à un comité ou à une réunion</translation>
    </message>
    <message>
        <source>a decision belongs to a committee or a meeting</source>
        <translation>une décision appartient à un comité ou à une réunion</translation>
    </message>
    <message>
        <source>an announcement outside a meeting needs a date</source>
        <translation>une annonce faite hors réunion doit avoir une date</translation>
    </message>
    <message>
        <source>this item belongs to another meeting</source>
        <translation>ce point appartient à une autre réunion</translation>
    </message>
    <message>
        <source>choose A4 or Letter</source>
        <translation>choisissez A4 ou Letter</translation>
    </message>
    <message>
        <source>choose French, English or Korean</source>
        <translation>choisissez le français, l’anglais ou le coréen</translation>
    </message>
    <message>
        <source>it took place before the meeting itself</source>
        <translation>elle a eu lieu avant la réunion elle-même</translation>
    </message>
    <message>
        <source>minutes are approved after the meeting</source>
        <translation>un procès-verbal s’approuve après la réunion</translation>
    </message>
    <message>
        <source>it is after today in the meeting&apos;s time zone; an approval cannot be recorded ahead of time</source>
        <translation>c’est après aujourd’hui dans le fuseau horaire de la réunion&#xa0;; une approbation ne peut pas être enregistrée à l’avance</translation>
    </message>
    <message>
        <source>an amendment is approved after it is opened</source>
        <translation>un amendement s’approuve après avoir été ouvert</translation>
    </message>
    <message>
        <source>say why the approved minutes must change</source>
        <translation>indiquez pourquoi le procès-verbal approuvé doit changer</translation>
    </message>
    <message>
        <source>this is not a date Minutier understands; try 2025-03-31, 31/03/2025, “fin mars” or “next Friday”</source>
        <translation>Minutier ne comprend pas cette date&#xa0;; essayez 2025-03-31, 31/03/2025, «&#xa0;fin mars&#xa0;» ou «&#xa0;vendredi prochain&#xa0;»</translation>
    </message>
    <message>
        <source>there is no such day in the calendar</source>
        <translation>ce jour n&apos;existe pas dans le calendrier</translation>
    </message>
    <message>
        <source>this date is outside the years Minutier can hold (1 to 9999)</source>
        <translation>cette date est hors des années que Minutier peut enregistrer (1 à 9999)</translation>
    </message>
    <message>
        <source>nothing was entered; type a date such as 2025-03-31, 31/03/2025 or “next Friday”</source>
        <translation>rien n&apos;a été saisi&#xa0;; tapez une date comme 2025-03-31, 31/03/2025 ou «&#xa0;vendredi prochain&#xa0;»</translation>
    </message>
    <message>
        <source>there is no such time of day</source>
        <translation>cette heure n&apos;existe pas</translation>
    </message>
    <message>
        <source>a due date is a day, without a time of day</source>
        <translation>une échéance est un jour, sans heure</translation>
    </message>
    <message>
        <source>this is not a date and time Minutier understands; try 2025-02-16 10:00, 16/02/2025 10:00 or “16 février 2025 à 10h00”</source>
        <translation>Minutier ne comprend pas cette date et heure&#xa0;; essayez 2025-02-16 10:00, 16/02/2025 10:00 ou «&#xa0;16 février 2025 à 10h00&#xa0;»</translation>
    </message>
    <message>
        <source>this is not a year, month or day Minutier understands; try 2027, 2023-09, 2023-09-01 or “septembre 2023”</source>
        <translation>Minutier ne comprend pas cette année, ce mois ou ce jour&#xa0;; essayez 2027, 2023-09, 2023-09-01 ou «&#xa0;septembre 2023&#xa0;»</translation>
    </message>
    <message>
        <source>this is not a time zone Minutier knows; use an IANA name such as Europe/Paris</source>
        <translation>Minutier ne connaît pas ce fuseau horaire&#xa0;; utilisez un nom IANA comme Europe/Paris</translation>
    </message>
    <message>
        <source>this is not a recurrence rule Minutier understands; write an RFC 5545 rule such as FREQ=MONTHLY;BYDAY=+2TU</source>
        <translation>Minutier ne comprend pas cette règle de récurrence&#xa0;; écrivez une règle RFC 5545 comme FREQ=MONTHLY;BYDAY=+2TU</translation>
    </message>
    <message>
        <source>this is longer than %1 characters</source>
        <translation>ce texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>choisissez parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>choose a place from 1 to %1</source>
        <translation>choisissez une place de 1 à %1</translation>
    </message>
    <message>
        <source>the minutes were approved on %1</source>
        <translation>le procès-verbal a été approuvé le %1</translation>
    </message>
    <message>
        <source>%1 has no smaller unit than this allows</source>
        <translation>le %1 n&apos;a pas de subdivision aussi petite</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted while it has records of these kinds: %2. Delete or move those first.</source>
        <translation>Impossible de supprimer cet enregistrement (%1) tant qu&apos;il a des enregistrements de ces types&#xa0;: %2. Supprimez-les ou déplacez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>This %1 no longer exists; someone may have deleted it.</source>
        <translation>Cet enregistrement (%1) n&apos;existe plus&#xa0;; quelqu&apos;un l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Another record already uses this value (%1).</source>
        <translation>Un autre enregistrement utilise déjà cette valeur (%1).</translation>
    </message>
    <message>
        <source>This record is still referred to by others, or refers to one that is gone.</source>
        <translation>D&apos;autres enregistrements renvoient encore à celui-ci, ou il renvoie à un enregistrement disparu.</translation>
    </message>
    <message>
        <source>The values break a rule of the register (%1).</source>
        <translation>Ces valeurs enfreignent une règle du registre (%1).</translation>
    </message>
    <message>
        <source>A required value is missing (%1).</source>
        <translation>Une valeur obligatoire manque (%1).</translation>
    </message>
    <message>
        <source>There is nothing to undo for this step.</source>
        <translation>Il n&apos;y a rien à annuler pour cette étape.</translation>
    </message>
    <message>
        <source>This step cannot be undone: what it changed was changed again since. Undo the later steps first.</source>
        <translation>Cette étape ne peut pas être annulée&#xa0;: ce qu&apos;elle a modifié l&apos;a été de nouveau depuis. Annulez d&apos;abord les étapes suivantes.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved; record an amendment instead.</source>
        <translation>Le procès-verbal de cette réunion est approuvé&#xa0;; enregistrez plutôt un amendement.</translation>
    </message>
    <message>
        <source>Minutes are approved through “Approve minutes”, which records the PDF.</source>
        <translation>Un procès-verbal s&apos;approuve par «&#xa0;Approuver le procès-verbal&#xa0;», qui enregistre le PDF.</translation>
    </message>
    <message>
        <source>The minutes of %1 are already approved; open an amendment to change them.</source>
        <translation>Le procès-verbal de %1 est déjà approuvé&#xa0;; ouvrez un amendement pour le modifier.</translation>
    </message>
    <message>
        <source>The minutes of %1 cannot be approved yet: the meeting has not been held.</source>
        <translation>Le procès-verbal de %1 ne peut pas encore être approuvé&#xa0;: la réunion n’a pas eu lieu.</translation>
    </message>
    <message>
        <source>The minutes of %1 cannot be approved: the meeting was cancelled.</source>
        <translation>Le procès-verbal de %1 ne peut pas être approuvé&#xa0;: la réunion a été annulée.</translation>
    </message>
    <message>
        <source>The minutes of %1 are not approved; they can be edited without an amendment.</source>
        <translation>Le procès-verbal de %1 n’est pas approuvé&#xa0;; il peut être modifié sans amendement.</translation>
    </message>
    <message>
        <source>The minutes of %1 are marked approved but no approved version is on record; approve them to record one, then amend that.</source>
        <translation>Le procès-verbal de %1 est marqué approuvé, mais aucune version approuvée n’est enregistrée&#xa0;; approuvez-le pour en enregistrer une, puis amendez celle-ci.</translation>
    </message>
    <message>
        <source>An amendment of these minutes is open: only approving the minutes again marks them approved, with the new version.</source>
        <translation>Un amendement de ce procès-verbal est ouvert&#xa0;: seule une nouvelle approbation le remet à l’état approuvé, avec la nouvelle version.</translation>
    </message>
    <message>
        <source>A role in the list belongs to someone else; reopen the person.</source>
        <translation>Une fonction de la liste appartient à quelqu&apos;un d&apos;autre&#xa0;; rouvrez la fiche de la personne.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Nothing was changed; wait a moment and try again.</source>
        <translation>%1 est occupé&#xa0;: un autre programme y écrit. Rien n&apos;a été modifié&#xa0;; patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>There is no room left to save in %1 (the disk is full): the change was not saved and nothing was half-written. Free some space, then try again.</source>
        <translation>Il n&apos;y a plus de place pour enregistrer dans %1 (le disque est plein)&#xa0;: la modification n&apos;a pas été enregistrée et rien n&apos;a été écrit à moitié. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving %1: the change was not saved. Check the disk, then try again and check the file (File ▸ Check the file).</source>
        <translation>Le disque a signalé une erreur pendant l&apos;enregistrement de %1&#xa0;: la modification n&apos;a pas été enregistrée. Vérifiez le disque, réessayez, puis vérifiez le fichier (Fichier ▸ Vérifier le fichier).</translation>
    </message>
    <message>
        <source>%1 is open read-only, so the change was not saved.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: la modification n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 is still being checked (every page is read once at opening); nothing was changed. Try again in a moment.</source>
        <translation>%1 est encore en cours de vérification (chaque page est lue une fois à l&apos;ouverture) ; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Minutier. Update Minutier to open it; nothing in the file was changed.</source>
        <translation>%1 a été écrit par une version plus récente de Minutier. Mettez Minutier à jour pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié dans le fichier.</translation>
    </message>
    <message>
        <source>%1 is damaged or empty and cannot be read. Nothing was written to it. Restore a backup, or check the file to see what is wrong.</source>
        <translation>%1 est endommagé ou vide et ne peut pas être lu. Rien n&apos;y a été écrit. Restaurez une sauvegarde, ou vérifiez le fichier pour voir ce qui ne va pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Minutier register (it is missing, or not a Minutier file). Choose another file.</source>
        <translation>%1 ne peut pas être ouvert comme registre Minutier (il est introuvable, ou ce n&apos;est pas un fichier Minutier). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read or created here: check the folder&apos;s permissions.</source>
        <translation>%1 ne peut pas être lu ou créé ici&#xa0;: vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>%1 was made by an older Minutier and must be brought up to date, which cannot be done while it is open read-only. Open it where it can be written.</source>
        <translation>%1 a été créé par une version plus ancienne de Minutier et doit être mis à jour, ce qui est impossible tant qu&apos;il est ouvert en lecture seule. Ouvrez-le à un endroit où il peut être modifié.</translation>
    </message>
    <message>
        <source>%1 needs a backup before it is brought up to date, and none could be made, so nothing was changed. Free some space or check the backups folder, then open it again.</source>
        <translation>%1 doit être sauvegardé avant d&apos;être mis à jour, et aucune sauvegarde n&apos;a pu être faite&#xa0;: rien n&apos;a donc été modifié. Libérez de l&apos;espace ou vérifiez le dossier des sauvegardes, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is a copy of; choose another name.</source>
        <translation>Une copie ne peut pas remplacer le fichier dont elle est la copie&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is being edited by %2, so it is open read-only here. Close it there to make changes.</source>
        <translation>%1 est en cours de modification par %2&#xa0;: il est donc ouvert ici en lecture seule. Fermez-le là-bas pour pouvoir le modifier.</translation>
    </message>
    <message>
        <source>%1 is in use by %2. Close it there, then open it again.</source>
        <translation>%1 est utilisé par %2. Fermez-le là-bas, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2), where it cannot be locked reliably, so it is open read-only. Copy it to this computer to edit it.</source>
        <translation>%1 se trouve sur un lecteur réseau (%2), où il ne peut pas être verrouillé de façon fiable&#xa0;: il est donc ouvert en lecture seule. Copiez-le sur cet ordinateur pour le modifier.</translation>
    </message>
    <message>
        <source>The note naming who edits %1 (%2) cannot be written, so it is open read-only.</source>
        <translation>La note indiquant qui modifie %1 (%2) ne peut pas être écrite&#xa0;: il est donc ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 already exists and is not replaced; choose another name.</source>
        <translation>%1 existe déjà et n&apos;est pas remplacé&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is in the middle of a change; save or cancel it, then save a copy.</source>
        <translation>%1 est en cours de modification&#xa0;; enregistrez ou annulez la modification, puis enregistrez une copie.</translation>
    </message>
    <message>
        <source>There is no room left on the disk for the copy %1; nothing was kept and the register itself is untouched. Free some space, then try again.</source>
        <translation>Il n&apos;y a plus de place sur le disque pour la copie %1&#xa0;: rien n&apos;a été conservé et le registre lui-même est intact. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be changed (no write permission, or read-only media), so it is open read-only.</source>
        <translation>%1 ne peut pas être modifié (pas de droit d&apos;écriture, ou support en lecture seule)&#xa0;: il est donc ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written (no permission, or read-only media), so it is open read-only.</source>
        <translation>Le dossier de %1 n&apos;est pas accessible en écriture (pas de droit, ou support en lecture seule)&#xa0;: le registre est donc ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is damaged: the check at opening found pages that cannot be read, so it is open read-only and nothing was written to it. Restore a backup, or check the file to see what is wrong.</source>
        <translation>%1 est endommagé : la vérification à l&apos;ouverture a trouvé des pages illisibles ; il est donc ouvert en lecture seule et rien n&apos;y a été écrit. Restaurez une sauvegarde, ou vérifiez le fichier pour voir ce qui ne va pas.</translation>
    </message>
    <message>
        <source>%1 was not closed properly last time (%2); every change saved before that was kept.</source>
        <translation>%1 n&apos;a pas été fermé correctement la dernière fois (%2)&#xa0;; toutes les modifications enregistrées avant ont été conservées.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>La sauvegarde automatique du jour n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is shown as it was at %2, from a private copy: its folder cannot be written, so it cannot be read live. Changes made by others after that are not shown; open it again to see them.</source>
        <translation>%1 est affiché tel qu’il était à %2, d’après une copie privée&#xa0;: son dossier n’est pas accessible en écriture, il ne peut donc pas être lu en direct. Les modifications faites ensuite par d’autres n’apparaissent pas&#xa0;; rouvrez-le pour les voir.</translation>
    </message>
    <message>
        <source>%1 kept changing while a private copy was taken to read it (someone is saving into it), so it was not opened; try again in a moment.</source>
        <translation>%1 n’a pas cessé de changer pendant qu’on en prenait une copie privée pour le lire (quelqu’un y enregistre), il n’a donc pas été ouvert&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is no room on this computer for the private copy %1 must be read from (its folder cannot be written); free some space, then open it again.</source>
        <translation>Il n’y a pas assez de place sur cet ordinateur pour la copie privée d’où %1 doit être lu (son dossier n’est pas accessible en écriture)&#xa0;; libérez de l’espace, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>There is no room left on the disk to finish %1 (the disk is full); nothing was created. Free some space, then try again.</source>
        <translation>Il n’y a plus de place sur le disque pour terminer %1 (le disque est plein)&#xa0;; rien n’a été créé. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is open read-only; changes cannot be saved.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>%1: %2 (you entered “%3”).</source>
        <translation>%1&#xa0;: %2 (vous avez saisi «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>No %1 matches “%2”.</source>
        <translation>Aucun enregistrement de type «&#xa0;%1&#xa0;» ne correspond à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” matches several records (%2): %3. Be more precise.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs enregistrements (%2)&#xa0;: %3. Soyez plus précis.</translation>
    </message>
    <message>
        <source>This record belongs to a meeting whose minutes are approved; open an amendment (with a reason) to change it.</source>
        <translation>Cet enregistrement appartient à une réunion dont le procès-verbal est approuvé&#xa0;; ouvrez un amendement (avec un motif) pour le modifier.</translation>
    </message>
    <message>
        <source>the entry is already of this kind</source>
        <translation>l’entrée est déjà de ce type</translation>
    </message>
    <message>
        <source>only entries recorded at a meeting convert</source>
        <translation>seules les entrées enregistrées en réunion se convertissent</translation>
    </message>
    <message>
        <source>choose one of note, action, decision, announcement</source>
        <translation>choisissez note, action, décision ou annonce</translation>
    </message>
    <message>
        <source>write a number of members (5), a fraction of the voting members (1/2, 2/3, 50 %) or “majority”</source>
        <translation>écrivez un nombre de membres (5), une fraction des membres votants (1/2, 2/3, 50 %) ou « majorité »</translation>
    </message>
    <message>
        <source>a quorum of zero members is no quorum</source>
        <translation>un quorum de zéro membre n’est pas un quorum</translation>
    </message>
    <message>
        <source>a fraction of the members is above 0 and at most 1</source>
        <translation>une fraction des membres est supérieure à 0 et au plus égale à 1</translation>
    </message>
    <message>
        <source>a member marked excused or absent cannot hold a proxy</source>
        <translation>un membre excusé ou absent ne peut pas détenir de procuration</translation>
    </message>
    <message>
        <source>nobody holds their own proxy</source>
        <translation>personne ne détient sa propre procuration</translation>
    </message>
    <message>
        <source>only a meeting that was held has a next one to plan from</source>
        <translation>seule une réunion tenue permet de planifier la suivante</translation>
    </message>
    <message>
        <source>the next meeting starts after this one</source>
        <translation>la réunion suivante commence après celle-ci</translation>
    </message>
    <message>
        <source>this file is larger than the 25 MiB an attachment may hold</source>
        <translation>ce fichier dépasse les 25 Mio qu’une pièce jointe peut contenir</translation>
    </message>
    <message>
        <source>this is not a file that can be read</source>
        <translation>ce n’est pas un fichier lisible</translation>
    </message>
    <message>
        <source>this file could not be written (a folder that does not exist, or no permission)</source>
        <translation>ce fichier n’a pas pu être écrit (dossier inexistant ou droits insuffisants)</translation>
    </message>
    <message>
        <source>files attach to a meeting, an agenda item or a decision</source>
        <translation>un fichier se joint à une réunion, à un point de l’ordre du jour ou à une décision</translation>
    </message>
    <message>
        <source>This action has progress notes, which only an action can hold; it stays an action.</source>
        <translation>Cette action a des notes de suivi, que seule une action peut porter ; elle reste une action.</translation>
    </message>
    <message>
        <source>Actions follow from this decision; link them elsewhere before converting it.</source>
        <translation>Des actions découlent de cette décision ; rattachez-les ailleurs avant de la convertir.</translation>
    </message>
    <message>
        <source>This decision is part of a supersession; it stays a decision.</source>
        <translation>Cette décision fait partie d’un remplacement ; elle reste une décision.</translation>
    </message>
    <message>
        <source>This %1 has figures, which a %2 cannot hold; remove them first.</source>
        <translation>Cet élément (%1) a des chiffres, qu’un élément %2 ne peut pas porter ; retirez-les d’abord.</translation>
    </message>
    <message>
        <source>This %1 feeds initiatives, which a %2 cannot; unlink them first.</source>
        <translation>Cet élément (%1) alimente des initiatives, ce qu’un élément %2 ne peut pas ; retirez ces liens d’abord.</translation>
    </message>
    <message>
        <source>Files are attached to this decision; it stays a decision.</source>
        <translation>Des fichiers sont joints à cette décision ; elle reste une décision.</translation>
    </message>
    <message>
        <source>The file %1 in the register is damaged (its SHA-256 differs).</source>
        <translation>Le fichier %1 du registre est endommagé (son SHA-256 diffère).</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>fichier joint</translation>
    </message>
</context>
<context>
    <name>ExportYear</name>
    <message>
        <source>Export minutes of a year</source>
        <translation>Exporter les procès-verbaux d’une année</translation>
    </message>
    <message>
        <source>Writing the minutes of %1 into %2…</source>
        <translation>Écriture des procès-verbaux de %1 dans %2…</translation>
    </message>
    <message>
        <source>No meeting was held in %2: nothing was written to %3.</source>
        <translation>Aucune réunion ne s’est tenue en %2&#xa0;: rien n’a été écrit dans %3.</translation>
    </message>
    <message>
        <source>Minutes of %2: %1 PDF file(s) written to %3.</source>
        <translation>Procès-verbaux de %2&#xa0;: %1 fichier(s) PDF écrit(s) dans %3.</translation>
    </message>
    <message>
        <source>Export stopped: %1 of %2 PDF files were written to %3, each complete.</source>
        <translation>Export interrompu&#xa0;: %1 fichiers PDF sur %2 ont été écrits dans %3, chacun complet.</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Tous les comités</translation>
    </message>
    <message>
        <source>Each committee&apos;s language</source>
        <translation>La langue de chaque comité</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>procès-verbaux</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Comité&#xa0;:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>One PDF per meeting held that year, named CODE-NUMBER-DATE.pdf. Approved minutes are written exactly as filed; the others as drafts.</source>
        <translation>Un PDF par réunion tenue cette année-là, nommé CODE-NUMÉRO-DATE.pdf. Les procès-verbaux approuvés sont écrits exactement tels qu’archivés&#xa0;; les autres comme projets.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation>Exporter dans quel dossier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ExportYearDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) held in %1.</source>
        <translation>
            <numerusform>%n réunion tenue en %1.</numerusform>
            <numerusform>%n réunions tenues en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>not understood yet</source>
        <translation>pas encore compris</translation>
    </message>
</context>
<context>
    <name>FigureRow</name>
    <message>
        <source>Label, e.g. Initial capital</source>
        <translation>Libellé, ex. Capital initial</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Equivalent (optional)</source>
        <translation>Équivalent (facultatif)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Currency, e.g. KRW</source>
        <translation>Devise, ex. KRW</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Ajouter un chiffre</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The file was imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Le fichier a été importé&#xa0;: %1 ajoutés, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Importer depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Actions in CSV, as actions.csv (*.csv)</source>
        <translation>Actions en CSV, comme actions.csv (*.csv)</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 is sound: the integrity and reference checks found no problem.</source>
        <translation>%1 est sain&#xa0;: les contrôles d&apos;intégrité et de références n&apos;ont trouvé aucun problème.</translation>
    </message>
    <message>
        <source>%1 has problems:</source>
        <translation>%1 présente des problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Copie vers %1…</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Une copie a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation>Registres Minutier (%1)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>There is no meeting in this register yet.</source>
        <translation>Ce registre ne contient encore aucune réunion.</translation>
    </message>
    <message>
        <source>Minutes of which meeting?</source>
        <translation>Procès-verbal de quelle réunion&#xa0;?</translation>
    </message>
    <message>
        <source>minutes-%1.pdf</source>
        <translation>proces-verbal-%1.pdf</translation>
    </message>
    <message>
        <source>Export the minutes as PDF</source>
        <translation>Exporter le procès-verbal en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The minutes are open in your PDF viewer; print them from there.</source>
        <translation>Le procès-verbal est ouvert dans votre lecteur PDF&#xa0;; imprimez-le depuis celui-ci.</translation>
    </message>
    <message>
        <source>No PDF viewer answered on this computer; the minutes are at %1.</source>
        <translation>Aucune visionneuse PDF n&apos;a répondu sur cet ordinateur ; le procès-verbal se trouve dans %1.</translation>
    </message>
    <message>
        <source>The minutes were saved to %1.</source>
        <translation>Le procès-verbal a été enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>This register is empty. A meeting belongs to a committee: create the committee, add its members, then plan its first meeting.</source>
        <translation>Ce registre est vide. Une réunion appartient à un comité : créez le comité, ajoutez ses membres, puis planifiez sa première réunion.</translation>
    </message>
    <message>
        <source>1. Create the &amp;committee…</source>
        <translation>1. Créer le &amp;comité…</translation>
    </message>
    <message>
        <source>2. Add a &amp;member…</source>
        <translation>2. Ajouter un &amp;membre…</translation>
    </message>
    <message>
        <source>3. Plan the first &amp;meeting…</source>
        <translation>3. Planifier la première &amp;réunion…</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>type a note, or D:, A: or N: followed by a text</source>
        <translation>tapez une note, ou D:, A: ou N: suivi d&apos;un texte</translation>
    </message>
    <message>
        <source>nothing is left to record once the owner and due date are taken out</source>
        <translation>il ne reste rien à enregistrer une fois le responsable et l&apos;échéance retirés</translation>
    </message>
    <message>
        <source>write the text to record after the prefix</source>
        <translation>écrivez le texte à enregistrer après le préfixe</translation>
    </message>
    <message>
        <source>type the name of a person or organisation right after @</source>
        <translation>tapez le nom d&apos;une personne ou d&apos;une organisation juste après @</translation>
    </message>
    <message>
        <source>no person or organisation of the register has this name</source>
        <translation>aucune personne ni organisation du registre ne porte ce nom</translation>
    </message>
    <message>
        <source>this line is longer than 20,000 characters; use the meeting&apos;s editor for long texts</source>
        <translation>cette ligne dépasse 20 000 caractères&#xa0;; utilisez l&apos;éditeur de la réunion pour les textes longs</translation>
    </message>
    <message>
        <source>an entry keeps its kind; delete it and type the line again to change it</source>
        <translation>une entrée garde son type&#xa0;; supprimez-la et retapez la ligne pour le changer</translation>
    </message>
    <message>
        <source>the new name must be what follows @ in the line</source>
        <translation>le nouveau nom doit être ce qui suit @ dans la ligne</translation>
    </message>
    <message>
        <source>choose one of the suggestions in the list</source>
        <translation>choisissez l&apos;une des suggestions de la liste</translation>
    </message>
    <message>
        <source>%1: %2 (you entered “%3”).</source>
        <translation>%1&#xa0;: %2 (vous avez saisi «&#xa0;%3&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>HouseStyle</name>
    <message>
        <source>House style of %1</source>
        <translation>Charte graphique de %1</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Sans serif (Noto Sans)</source>
        <translation>Sans empattement (Noto Sans)</translation>
    </message>
    <message>
        <source>Serif (Noto Serif)</source>
        <translation>Avec empattement (Noto Serif)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Attendance list with a signature column</source>
        <translation>Liste de présence avec une colonne de signature</translation>
    </message>
    <message>
        <source>Issuing body (one line each)</source>
        <translation>Émetteur (une ligne par niveau)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG)</source>
        <translation>Logo (PNG ou SVG)</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <source>Typeface</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Header line</source>
        <translation>Ligne d’en-tête</translation>
    </message>
    <message>
        <source>Footer line</source>
        <translation>Ligne de pied de page</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Korean word for the chair</source>
        <translation>Terme coréen pour la présidence</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an SVG image Minutier can draw.</source>
        <translation>%1 n’est pas une image SVG que Minutier sait dessiner.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Logo (%1 kB)</source>
        <translation>Logo (%1 ko)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>Charte graphique</translation>
    </message>
    <message>
        <source>Create a committee first: a house style is its own.</source>
        <translation>Créez d’abord un comité : chaque comité a sa charte graphique.</translation>
    </message>
    <message>
        <source>House style of which committee?</source>
        <translation>La charte graphique de quel comité ?</translation>
    </message>
</context>
<context>
    <name>InitiativeDetail</name>
    <message>
        <source>Select an initiative to see its timeline.</source>
        <translation>Sélectionnez une initiative pour voir sa chronologie.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>Chronologie (la plus récente d&apos;abord)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Nothing is linked to this initiative yet.</source>
        <translation>Rien n&apos;est encore lié à cette initiative.</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions non soldées</translation>
    </message>
    <message>
        <source>New initiative…</source>
        <translation>Nouvelle initiative…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Dossier as PDF…</source>
        <translation>&amp;Dossier en PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy reference (%1)</source>
        <translation>&amp;Copier la référence (%1)</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
</context>
<context>
    <name>InitiativesPicker</name>
    <message>
        <source>Initiatives it feeds</source>
        <translation>Initiatives alimentées</translation>
    </message>
    <message>
        <source>No initiative is registered yet.</source>
        <translation>Aucune initiative n&apos;est encore enregistrée.</translation>
    </message>
</context>
<context>
    <name>LiveEntriesModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Décision %1</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
</context>
<context>
    <name>LiveMeetingWindow</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+Up / Ctrl+Down)</source>
        <translation>Ordre du jour (Ctrl+Haut / Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Recorded entries</source>
        <translation>Entrées consignées</translation>
    </message>
    <message>
        <source>Type and press Enter: a note, or D: decision, A: @owner action by…, N: announcement</source>
        <translation>Tapez puis Entrée : une note, ou D: décision, A: @responsable action d&apos;ici…, N: annonce</translation>
    </message>
    <message>
        <source>Line to record</source>
        <translation>Ligne à consigner</translation>
    </message>
    <message>
        <source>Plain text is a note · D: decision · A: @owner text by end of March (action) · N: @person announcement · F2 corrects the selected entry</source>
        <translation>Texte simple = note · D: décision · A: @responsable texte d&apos;ici fin mars (action) · N: @personne annonce · F2 corrige l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>Nouveau responsable :</translation>
    </message>
    <message>
        <source>Name of the new owner</source>
        <translation>Nom du nouveau responsable</translation>
    </message>
    <message>
        <source>Add as &amp;organisation</source>
        <translation>Ajouter comme &amp;organisation</translation>
    </message>
    <message>
        <source>Add as &amp;person</source>
        <translation>Ajouter comme &amp;personne</translation>
    </message>
    <message>
        <source>&amp;Keep, owner later</source>
        <translation>&amp;Garder, responsable plus tard</translation>
    </message>
    <message>
        <source>Record the line now without an owner; the name stays on it and the Actions page lists it under Owner ▸ To resolve</source>
        <translation>Enregistrer la ligne maintenant sans responsable&#xa0;; le nom reste noté et la page Actions la liste sous Responsable ▸ À identifier</translation>
    </message>
    <message>
        <source>Owners to resolve after the meeting (Actions ▸ Owner ▸ To resolve): %1</source>
        <translation>Responsables à identifier après la réunion (Actions ▸ Responsable ▸ À identifier)&#xa0;: %1</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>réunion %1</translation>
    </message>
    <message>
        <source>Live — %1</source>
        <translation>En direct — %1</translation>
    </message>
    <message>
        <source>Recording outside the agenda</source>
        <translation>Saisie hors ordre du jour</translation>
    </message>
    <message>
        <source>Recording under: %1</source>
        <translation>Saisie sous&#xa0;: %1</translation>
    </message>
    <message>
        <source>No open action is carried to this meeting.</source>
        <translation>Aucune action en cours n&apos;est reportée à cette réunion.</translation>
    </message>
    <message>
        <source>Open actions to review:</source>
        <translation>Actions en cours à passer en revue :</translation>
    </message>
</context>
<context>
    <name>Localized</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This record is not shown on any page.</source>
        <translation>Cet enregistrement n&apos;est affiché sur aucune page.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Changes cannot be saved.</source>
        <translation>Les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Live mode</source>
        <translation>Mode direct</translation>
    </message>
    <message>
        <source>Record the meeting as it happens (F9)</source>
        <translation>Consigner la réunion en direct (F9)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Approve the minutes, amend them, see their versions</source>
        <translation>Approuver le procès-verbal, l’amender, voir ses versions</translation>
    </message>
    <message>
        <source>Approve minutes…</source>
        <translation>Approuver le procès-verbal…</translation>
    </message>
    <message>
        <source>Open amendment…</source>
        <translation>Ouvrir un amendement…</translation>
    </message>
    <message>
        <source>Minutes versions…</source>
        <translation>Versions du procès-verbal…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir les valeurs</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved (version %1, %2) and frozen: nothing in it can be edited. Open an amendment to change it.</source>
        <translation>Le procès-verbal de cette réunion est approuvé (version %1, %2) et figé&#xa0;: rien n’y peut être modifié. Ouvrez un amendement pour le changer.</translation>
    </message>
    <message>
        <source>Amendment open (“%1”): correct the meeting, then approve the minutes again.</source>
        <translation>Amendement ouvert («&#xa0;%1&#xa0;»)&#xa0;: corrigez la réunion, puis approuvez de nouveau le procès-verbal.</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Aucune réunion sélectionnée</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or plan a new one.</source>
        <translation>Choisissez une réunion dans la liste, ou planifiez-en une nouvelle.</translation>
    </message>
    <message>
        <source>%1 — meeting %2</source>
        <translation>%1 — réunion %2</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>One agenda item per line</source>
        <translation>Un point de l&apos;ordre du jour par ligne</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Open the agenda with a review of the open actions of earlier meetings</source>
        <translation>Ouvrir l&apos;ordre du jour par le suivi des actions en cours des réunions précédentes</translation>
    </message>
    <message>
        <source>Open the agenda with a review of the open actions of earlier meetings (%1)</source>
        <translation>Ouvrir l&apos;ordre du jour par une revue des actions non soldées des réunions précédentes (%1)</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Show the meetings of one committee</source>
        <translation>Afficher les réunions d’un seul comité</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Plan the next meeting of a committee (Ctrl+Shift+N)</source>
        <translation>Planifier la prochaine réunion d&apos;un comité (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Plan next of series…</source>
        <translation>Planifier la suivante de la série…</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Nouvelle série…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Tous les comités</translation>
    </message>
    <message>
        <source>&amp;Live mode</source>
        <translation>Mode &amp;direct</translation>
    </message>
    <message>
        <source>&amp;Agenda as PDF…</source>
        <translation>&amp;Ordre du jour en PDF…</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>&amp;Copy reference (%1)</source>
        <translation>&amp;Copier la référence (%1)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>A meeting belongs to a committee, and this register has none yet. Create the committee now? (Committees are also kept under People &amp; organisations ▸ Committees.)</source>
        <translation>Une réunion appartient à un comité, et ce registre n&apos;en a pas encore. Créer le comité maintenant ? (Les comités se trouvent aussi sous Personnes et organisations ▸ Comités.)</translation>
    </message>
    <message>
        <source>Plan next of series</source>
        <translation>Planifier la suivante de la série</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Série&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>Previe&amp;w minutes</source>
        <translation>A&amp;perçu du procès-verbal</translation>
    </message>
    <message>
        <source>Show the minutes of the selected meeting here, page by page</source>
        <translation>Afficher ici le procès-verbal de la réunion sélectionnée, page par page</translation>
    </message>
    <message>
        <source>A&amp;genda as PDF…</source>
        <translation>Ordre du &amp;jour en PDF…</translation>
    </message>
    <message>
        <source>The agenda of the selected meeting, with the open actions it reviews</source>
        <translation>L&apos;ordre du jour de la réunion sélectionnée, avec les actions en cours qu&apos;il passe en revue</translation>
    </message>
    <message>
        <source>Open &amp;actions report…</source>
        <translation>Rapport des &amp;actions en cours…</translation>
    </message>
    <message>
        <source>Initiative &amp;dossier…</source>
        <translation>&amp;Dossier d&apos;initiative…</translation>
    </message>
    <message>
        <source>&amp;Approve minutes…</source>
        <translation>&amp;Approuver le procès-verbal…</translation>
    </message>
    <message>
        <source>Open a&amp;mendment…</source>
        <translation>Ouvrir un a&amp;mendement…</translation>
    </message>
    <message>
        <source>Minutes &amp;versions…</source>
        <translation>&amp;Versions du procès-verbal…</translation>
    </message>
    <message>
        <source>Veri&amp;fy a PDF…</source>
        <translation>&amp;Vérifier un PDF…</translation>
    </message>
    <message>
        <source>Export minutes of a &amp;year…</source>
        <translation>Exporter les procès-verbaux d’une a&amp;nnée…</translation>
    </message>
    <message>
        <source>Session &amp;book…</source>
        <translation>&amp;Recueil de l’année…</translation>
    </message>
    <message>
        <source>&amp;House style…</source>
        <translation>C&amp;harte graphique…</translation>
    </message>
</context>
<context>
    <name>MinutesCommands</name>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <source>Approving the minutes of %1…</source>
        <translation>Approbation du procès-verbal de %1…</translation>
    </message>
    <message>
        <source>The minutes of %1 are approved (version %2); the meeting is now frozen.</source>
        <translation>Le procès-verbal de %1 est approuvé (version %2)&#xa0;; la réunion est désormais figée.</translation>
    </message>
    <message>
        <source>The minutes of %1 are already approved; open an amendment to change them.</source>
        <translation>Le procès-verbal de %1 est déjà approuvé&#xa0;; ouvrez un amendement pour le modifier.</translation>
    </message>
    <message>
        <source>The minutes of %1 can be approved once the meeting has been held.</source>
        <translation>Le procès-verbal de %1 pourra être approuvé une fois la réunion tenue.</translation>
    </message>
    <message>
        <source>The minutes of %1 are not approved: they can be edited without an amendment.</source>
        <translation>Le procès-verbal de %1 n’est pas approuvé&#xa0;: il peut être modifié sans amendement.</translation>
    </message>
    <message>
        <source>Amendment %1 of the minutes of %2 is open: the meeting can be edited again.</source>
        <translation>L’amendement %1 du procès-verbal de %2 est ouvert&#xa0;: la réunion peut de nouveau être modifiée.</translation>
    </message>
    <message>
        <source>The minutes of %1 have no recorded version yet: approving them records the first.</source>
        <translation>Le procès-verbal de %1 n’a encore aucune version enregistrée&#xa0;: l’approuver enregistre la première.</translation>
    </message>
</context>
<context>
    <name>NextMeeting</name>
    <message>
        <source>Date and time of the next meeting (e.g. 2025-03-16 10:00, le 16 mars à 10h):</source>
        <translation>Date et heure de la réunion suivante (par ex. 2025-03-16 10:00, le 16 mars à 10h) :</translation>
    </message>
    <message>
        <source>Plan next meeting…</source>
        <translation>Planifier la suivante…</translation>
    </message>
    <message>
        <source>A new meeting with this one&apos;s committee, place, chair, secretary and standing items; its open actions are listed under the review item</source>
        <translation>Une nouvelle réunion avec le comité, le lieu, le président, le secrétaire et les points permanents de celle-ci ; ses actions ouvertes sont listées sous le point de suivi</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the register</source>
        <translation>Impossible d&apos;ouvrir le registre</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
</context>
<context>
    <name>PdfCommands</name>
    <message>
        <source>Preparing %1…</source>
        <translation>Préparation : %1…</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Procès-verbal de %1</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>Ordre du jour de %1</translation>
    </message>
    <message>
        <source>Open actions report</source>
        <translation>Rapport des actions en cours</translation>
    </message>
    <message>
        <source>Initiative dossier</source>
        <translation>Dossier d&apos;initiative</translation>
    </message>
    <message>
        <source>There is no initiative in this register yet.</source>
        <translation>Ce registre n&apos;a encore aucune initiative.</translation>
    </message>
    <message>
        <source>Dossier of which initiative?</source>
        <translation>Dossier de quelle initiative ?</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Dossier de %1</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom arrière (Ctrl+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Ajuster à la largeur</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Open in &amp;system viewer</source>
        <translation>Ouvrir dans la &amp;visionneuse du système</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>Image de la page</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This PDF has no page.</source>
        <translation>Ce PDF n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Opened in your PDF viewer: %1</source>
        <translation>Ouvert dans votre visionneuse PDF : %1</translation>
    </message>
    <message>
        <source>No PDF viewer answered on this computer; the PDF stays shown here and a copy is at %1.</source>
        <translation>Aucune visionneuse PDF n&apos;a répondu sur cet ordinateur ; le PDF reste affiché ici et une copie se trouve dans %1.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Écriture d&apos;origine</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions non soldées</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add to a committee…</source>
        <translation>Ajouter à un comité…</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>New committee…</source>
        <translation>Nouveau comité…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>People &amp; organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>Actions owned</source>
        <translation>Actions dont elle est responsable</translation>
    </message>
    <message>
        <source>part of %1</source>
        <translation>fait partie de %1</translation>
    </message>
    <message>
        <source>founded %1</source>
        <translation>créé en %1</translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation>fuseau horaire %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) recorded</source>
        <translation>
            <numerusform>%n réunion enregistrée</numerusform>
            <numerusform>%n réunions enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Roles</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Ajouter une fonction</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Minutier.</source>
        <translation>Cette page arrivera dans une prochaine version de Minutier.</translation>
    </message>
</context>
<context>
    <name>PrintMinutes</name>
    <message>
        <source>Print minutes</source>
        <translation>Imprimer le procès-verbal</translation>
    </message>
    <message>
        <source>Preparing %1 for the printer…</source>
        <translation>Préparation de %1 pour l’imprimante…</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>l’imprimante par défaut</translation>
    </message>
    <message>
        <source>The minutes were sent to %1 (%2 copies).</source>
        <translation>Le procès-verbal a été envoyé à %1 (%2 exemplaires).</translation>
    </message>
    <message>
        <source>The minutes were printed to %1.</source>
        <translation>Le procès-verbal a été imprimé dans %1.</translation>
    </message>
    <message>
        <source>This computer has no print spooler Minutier can hand the PDF to. The minutes are open in your PDF viewer: print them from there.</source>
        <translation>Cet ordinateur n’a pas de file d’impression à laquelle Minutier puisse confier le PDF. Le procès-verbal est ouvert dans votre lecteur PDF&#xa0;: imprimez-le depuis celui-ci.</translation>
    </message>
    <message>
        <source>This computer has neither a print spooler Minutier can hand the PDF to nor a PDF viewer. The minutes are at %1; print them from another program.</source>
        <translation>Cet ordinateur n&apos;a ni file d&apos;impression à laquelle Minutier peut confier le PDF, ni visionneuse PDF. Le procès-verbal se trouve dans %1 ; imprimez-le depuis un autre programme.</translation>
    </message>
    <message>
        <source>The printer did not accept the minutes: %1

The PDF is kept at %2; you can open and print it from there.</source>
        <translation>L’imprimante n’a pas accepté le procès-verbal&#xa0;: %1

Le PDF est conservé dans %2&#xa0;; vous pouvez l’ouvrir et l’imprimer depuis cet emplacement.</translation>
    </message>
</context>
<context>
    <name>QuorumLabel</name>
    <message>
        <source>Quorum: %1 present / %2 required</source>
        <translation>Quorum : %1 présents / %2 requis</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not reached: a vote recorded now is flagged</source>
        <translation>non atteint : un vote enregistré maintenant sera signalé</translation>
    </message>
    <message>
        <source>Vote recorded without quorum: %1 present / %2 required</source>
        <translation>Vote enregistré sans quorum : %1 présents / %2 requis</translation>
    </message>
</context>
<context>
    <name>RecordChoices</name>
    <message>
        <source>Count</source>
        <translation>Comptent</translation>
    </message>
    <message>
        <source>This meeting only</source>
        <translation>Cette réunion seulement</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Point permanent</translation>
    </message>
    <message>
        <source>Do not count</source>
        <translation>Ne comptent pas</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Procès-verbal rédigé</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Procès-verbal approuvé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représenté</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Vice-président</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation>Revue des actions</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>Exactement</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Environ</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>New committee</source>
        <translation>Nouveau comité</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New membership</source>
        <translation>Nouvelle appartenance à un comité</translation>
    </message>
    <message>
        <source>New meeting series</source>
        <translation>Nouvelle série de réunions</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nouveau point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Noter la présence</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>New announcement</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Edit committee</source>
        <translation>Modifier le comité</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>Modifier l&apos;appartenance au comité</translation>
    </message>
    <message>
        <source>Edit meeting series</source>
        <translation>Modifier la série de réunions</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Modifier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Edit attendance</source>
        <translation>Modifier la présence</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Edit announcement</source>
        <translation>Modifier l&apos;annonce</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Modifier l&apos;initiative</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>The minutes of this action&apos;s meeting are approved: what was decided is read-only; its status, priority, closing date and progress notes stay open.</source>
        <translation>Le procès-verbal de la réunion de cette action est approuvé : ce qui a été décidé est en lecture seule ; son statut, sa priorité, sa date de clôture et ses notes d&apos;avancement restent modifiables.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved: this record is read-only. Open an amendment of the minutes to correct it.</source>
        <translation>Le procès-verbal de cette réunion est approuvé : cet enregistrement est en lecture seule. Ouvrez un rectificatif du procès-verbal pour le corriger.</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Amendment date</source>
        <translation>Date de l’amendement</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Date d’approbation</translation>
    </message>
    <message>
        <source>Approving meeting</source>
        <translation>Réunion d’approbation</translation>
    </message>
    <message>
        <source>Announced by</source>
        <translation>Annoncé par</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>Convoqué par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>Notes de discussion</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Première réunion</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Langue du procès-verbal</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>Nom dans son écriture d&apos;origine</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Au nom de</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner (organisation)</source>
        <translation>Responsable (organisation)</translation>
    </message>
    <message>
        <source>Owner (person)</source>
        <translation>Responsable (personne)</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Instance de rattachement</translation>
    </message>
    <message>
        <source>Parent initiative</source>
        <translation>Initiative parente</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <source>Confidential (left out of public minutes)</source>
        <translation>Confidentiel (absent du procès-verbal public)</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Organisation de rattachement</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Durée prévue (minutes)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Note d&apos;avancement</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation>Règle de récurrence</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Short code</source>
        <translation>Code court</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Remplacée par</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Voix contre</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Voix pour</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Equivalent amount</source>
        <translation>Montant équivalent</translation>
    </message>
    <message>
        <source>Equivalent currency</source>
        <translation>Devise de l&apos;équivalent</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Proxies towards the quorum</source>
        <translation>Procurations dans le quorum</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message numerus="yes">
        <source>a document of %n byte(s)</source>
        <translation>
            <numerusform>un document de %n octet</numerusform>
            <numerusform>un document de %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>Historique de cet enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s), oldest first. The history cannot be edited.</source>
        <translation>
            <numerusform>%n changement enregistré, du plus ancien au plus récent. L’historique ne peut pas être modifié.</numerusform>
            <numerusform>%n changements enregistrés, du plus ancien au plus récent. L’historique ne peut pas être modifié.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordedEditor</name>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Announcement…</source>
        <translation>Annonce…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Décision…</translation>
    </message>
    <message>
        <source>Action…</source>
        <translation>Action…</translation>
    </message>
    <message>
        <source>Add to this meeting</source>
        <translation>Ajouter à cette réunion</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Convert to</source>
        <translation>Convertir en</translation>
    </message>
</context>
<context>
    <name>RecordedModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Décision %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Select a line to see it here.</source>
        <translation>Sélectionnez une ligne pour l&apos;afficher ici.</translation>
    </message>
</context>
<context>
    <name>RecurrenceField</name>
    <message>
        <source>Every how many</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semaine(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Weeks or months</source>
        <translation>Semaines ou mois</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>Which one of the month</source>
        <translation>Lequel du mois</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervalle :</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Rule typed as text</source>
        <translation>Règle saisie en texte</translation>
    </message>
    <message>
        <source>Recurrence rule (RFC 5545)</source>
        <translation>Règle de récurrence (RFC 5545)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders to owners of actions</source>
        <translation>Rappels aux responsables d’actions</translation>
    </message>
    <message>
        <source>all open actions</source>
        <translation>toutes les actions ouvertes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Secure the connection (STARTTLS)</source>
        <translation>Sécuriser la connexion (STARTTLS)</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in a file</source>
        <translation>gardé dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>Actions due within</source>
        <translation>Actions à échéance dans</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Write e-mails to a folder…</source>
        <translation>Écrire les courriels dans un dossier…</translation>
    </message>
    <message>
        <source>Save settings and send</source>
        <translation>Enregistrer les réglages et envoyer</translation>
    </message>
    <message>
        <source>Folder for the e-mails</source>
        <translation>Dossier des courriels</translation>
    </message>
    <message>
        <source>%1 e-mail(s) written to %2</source>
        <translation>%1 courriel(s) écrit(s) dans %2</translation>
    </message>
    <message>
        <source>%1 e-mail(s) sent through %2</source>
        <translation>%1 courriel(s) envoyé(s) par %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>fichier choisi</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of %1, newest first. The current content is backed up before a restore replaces it.</source>
        <translation>
            <numerusform>%n sauvegarde de %1, de la plus récente à la plus ancienne. Le contenu actuel est sauvegardé avant qu’une restauration ne le remplace.</numerusform>
            <numerusform>%n sauvegardes de %1, de la plus récente à la plus ancienne. Le contenu actuel est sauvegardé avant qu’une restauration ne le remplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>sound</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <source>Minutier registers (*.minutier *.db);;All files (*)</source>
        <translation>Registres Minutier (*.minutier *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the content of %1 with the backup taken %2 (%3 records)? The current content is backed up first, so this can be reversed.</source>
        <translation>Remplacer le contenu de %1 par la sauvegarde prise le %2 (%3 enregistrements)&#xa0;? Le contenu actuel est d’abord sauvegardé&#xa0;: l’opération est réversible.</translation>
    </message>
    <message>
        <source>Restored. The content it replaced was backed up first.</source>
        <translation>Restauré. Le contenu remplacé a d’abord été sauvegardé.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Review packs (%1)</source>
        <translation>Dossiers de revue (%1)</translation>
    </message>
    <message>
        <source>Review pack for…</source>
        <translation>Dossier de revue pour…</translation>
    </message>
    <message>
        <source>%1 (%2 open actions)</source>
        <translation>%1 (%2 actions ouvertes)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Also actions closed in the last</source>
        <translation>Aussi les actions closes depuis</translation>
    </message>
    <message>
        <source>Save the review pack</source>
        <translation>Enregistrer le dossier de revue</translation>
    </message>
    <message>
        <source>Review pack</source>
        <translation>Dossier de revue</translation>
    </message>
    <message>
        <source>The review pack for %1 was written to %2. Give it to them: they open it with Minutier, work offline, and send it back for File ▸ Merge a review pack…</source>
        <translation>Le dossier de revue de %1 a été écrit dans %2. Remettez-le-lui : il l’ouvre avec Minutier, travaille hors ligne et le renvoie pour Fichier ▸ Fusionner un dossier de revue…</translation>
    </message>
    <message>
        <source>Cut a review pack: one owner&apos;s actions to review offline</source>
        <translation>Préparer un dossier de revue : les actions d’un responsable, à revoir hors ligne</translation>
    </message>
    <message>
        <source>Merge a review pack</source>
        <translation>Fusionner un dossier de revue</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 already in the register, %4 conflicts.</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 déjà dans le registre, %4 conflits.</translation>
    </message>
    <message>
        <source>Merge a review pack…</source>
        <translation>Fusionner un dossier de revue…</translation>
    </message>
    <message>
        <source>Merge conflicts…</source>
        <translation>Conflits de fusion…</translation>
    </message>
    <message>
        <source>%1 warnings or conflicts; each is listed under Show Details.</source>
        <translation>%1 avertissements ou conflits ; chacun est détaillé sous « Afficher les détails ».</translation>
    </message>
    <message>
        <source>Show conflicts…</source>
        <translation>Voir les conflits…</translation>
    </message>
    <message>
        <source>Confirmed by %1 of %2 attendees</source>
        <translation>Confirmé par %1 des %2 participants</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review pack — %1</source>
        <translation>Dossier de revue — %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Review pack for %1, cut from %2 on %3 UTC by %4.</source>
        <translation>Dossier de revue pour %1, tiré de %2 le %3 UTC par %4.</translation>
    </message>
    <message>
        <source>You can change an action&apos;s status, add progress notes or comments, and propose a new due date with a reason; the secretariat merges your work back.</source>
        <translation>Vous pouvez changer le statut d’une action, ajouter des notes de suivi ou des commentaires et proposer une nouvelle échéance motivée ; le secrétariat fusionne ensuite votre travail.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Votre revue</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>A progress note or a comment</source>
        <translation>Une note de suivi ou un commentaire</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. 2025-06-30, fin juin</source>
        <translation>p. ex. 2025-06-30, fin juin</translation>
    </message>
    <message>
        <source>Why the date should move (required)</source>
        <translation>Pourquoi la date doit changer (obligatoire)</translation>
    </message>
    <message>
        <source>Propose this due date</source>
        <translation>Proposer cette échéance</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle échéance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No action in this pack.</source>
        <translation>Aucune action dans ce dossier.</translation>
    </message>
    <message>
        <source>Meeting: %1 %2 (%3)</source>
        <translation>Réunion : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Agenda item: %1</source>
        <translation>Point de l’ordre du jour : %1</translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <translation>Décision %1 : %2</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>Initiative : %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>RoleRow</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <source>Select a meeting, action, decision, initiative, person, organisation or committee to see its history.</source>
        <translation>Sélectionnez une réunion, une action, une décision, une initiative, une personne, une organisation ou un comité pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Preview of the result</source>
        <translation>Aperçu du résultat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Decisions (%1)</source>
        <translation>Décisions (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Actions (%1)</translation>
    </message>
    <message>
        <source>Initiatives (%1)</source>
        <translation>Initiatives (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Réunions (%1)</translation>
    </message>
    <message>
        <source>Announcements (%1)</source>
        <translation>Annonces (%1)</translation>
    </message>
    <message>
        <source>Agenda items (%1)</source>
        <translation>Points de l&apos;ordre du jour (%1)</translation>
    </message>
    <message>
        <source>Meeting notes (%1)</source>
        <translation>Notes de réunion (%1)</translation>
    </message>
    <message>
        <source>Progress notes (%1)</source>
        <translation>Notes d&apos;avancement (%1)</translation>
    </message>
    <message>
        <source>Committees (%1)</source>
        <translation>Comités (%1)</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>Organisations (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Fichiers (%1)</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search decisions, actions, initiatives, meetings… (Ctrl+K)</source>
        <translation>Rechercher décisions, actions, initiatives, réunions… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>The next meetings show here once the rule and the first meeting are set.</source>
        <translation>Les prochaines réunions s&apos;affichent ici dès que la règle et la première réunion sont indiquées.</translation>
    </message>
    <message>
        <source>Next meetings: %1</source>
        <translation>Prochaines réunions : %1</translation>
    </message>
</context>
<context>
    <name>SessionBook</name>
    <message>
        <source>Session book</source>
        <translation>Recueil de l’année</translation>
    </message>
    <message>
        <source>The committee&apos;s language</source>
        <translation>La langue du comité</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Binding the minutes of %1…</source>
        <translation>Reliure des procès-verbaux de %1…</translation>
    </message>
    <message>
        <source>Session book of %1 written to %2.</source>
        <translation>Recueil %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Save the session book as</source>
        <translation>Enregistrer le recueil sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language at once; nothing you typed is lost. Dates, numbers and amounts follow the language&apos;s usual format.</source>
        <translation>La fenêtre est reconstruite aussitôt dans la nouvelle langue&#xa0;; rien de ce que vous avez saisi n&apos;est perdu. Les dates, nombres et montants suivent le format habituel de la langue.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Provisional until the next sync: %1</source>
        <translation>Provisoire jusqu’à la prochaine synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>to send: %1</source>
        <translation>à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline (hub unreachable) · %1</source>
        <translation>Hors ligne (serveur commun injoignable) · %1</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Synchronisation refusée</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>Synchronisé %1 · %2</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>conflits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shared through the hub %1.</source>
        <translation>Partagé par le serveur commun %1.</translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <source>Add progress note</source>
        <translation>Ajouter une note d&apos;avancement</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Déplacer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Joindre %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Noter la présence</translation>
    </message>
    <message>
        <source>Convert to %1</source>
        <translation>Convertir en %1</translation>
    </message>
    <message>
        <source>Change meeting status</source>
        <translation>Changer le statut de la réunion</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>Record “%1” and its new owner</source>
        <translation>Consigner « %1 » et son nouveau responsable</translation>
    </message>
    <message>
        <source>Record “%1”, owner to resolve</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;», responsable à identifier</translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Correct entry</source>
        <translation>Corriger l&apos;entrée</translation>
    </message>
    <message>
        <source>Plan next meeting</source>
        <translation>Planifier la réunion suivante</translation>
    </message>
    <message>
        <source>Plan next meeting of series</source>
        <translation>Planifier la prochaine réunion de la série</translation>
    </message>
    <message>
        <source>Open amendment</source>
        <translation>Ouvrir un amendement</translation>
    </message>
    <message numerus="yes">
        <source>Set %n action(s) to “%1”</source>
        <translation>
            <numerusform>Passer %n action à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Passer %n actions à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Set initiative status to “%1”</source>
        <translation>Passer l&apos;initiative à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge review pack %1</source>
        <translation>Fusionner le dossier de revue %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Resolve conflict %1</source>
        <translation>Résoudre le conflit %1</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Propose a due date</source>
        <translation>Proposer une échéance</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>Créer une action</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer une décision</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>Enregistrer une note</translation>
    </message>
    <message>
        <source>Record announcement</source>
        <translation>Enregistrer une annonce</translation>
    </message>
    <message>
        <source>Record line, owner to resolve</source>
        <translation>Enregistrer une ligne, responsable à identifier</translation>
    </message>
    <message>
        <source>Record line and new person</source>
        <translation>Enregistrer une ligne et une nouvelle personne</translation>
    </message>
    <message>
        <source>Record line and new organisation</source>
        <translation>Enregistrer une ligne et une nouvelle organisation</translation>
    </message>
    <message>
        <source>Plan meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <source>Plan meetings of a series</source>
        <translation>Planifier les réunions d&apos;une série</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <source>Open amendment of minutes</source>
        <translation>Ouvrir une modification du procès-verbal</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Ajouter une initiative</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Modifier l&apos;initiative</translation>
    </message>
    <message>
        <source>Change house style</source>
        <translation>Modifier la charte graphique</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Retirer la pièce jointe %1</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Examiner %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>VerifyMinutes</name>
    <message>
        <source>%1 is NOT an approved version of any minutes in this register. It names itself version %2 of the minutes of %3, but its bytes differ from the filed document: it was changed after approval, or re-saved by another program.</source>
        <translation>%1 n’est PAS une version approuvée d’un procès-verbal de ce registre. Il se présente comme la version %2 du procès-verbal de %3, mais ses octets diffèrent du document archivé&#xa0;: il a été modifié après l’approbation, ou réenregistré par un autre programme.</translation>
    </message>
    <message>
        <source>%1 is NOT an approved version of any minutes in this register: not one byte of it matches a filed document.</source>
        <translation>%1 n’est PAS une version approuvée d’un procès-verbal de ce registre&#xa0;: il ne correspond à aucun document archivé.</translation>
    </message>
    <message>
        <source>%1 is version %2 of the minutes of %3, exactly as approved on %4 at meeting %5.</source>
        <translation>%1 est la version %2 du procès-verbal de %3, exactement telle qu’approuvée le %4 à la réunion %5.</translation>
    </message>
    <message>
        <source>%1 is version %2 of the minutes of %3, exactly as approved on %4.</source>
        <translation>%1 est la version %2 du procès-verbal de %3, exactement telle qu’approuvée le %4.</translation>
    </message>
    <message>
        <source>It is the public edition (confidential parts left out).</source>
        <translation>C’est l’édition publique (parties confidentielles retirées).</translation>
    </message>
    <message>
        <source>It is the internal edition (everything, confidential parts marked).</source>
        <translation>C’est l’édition interne (complète, parties confidentielles marquées).</translation>
    </message>
    <message>
        <source>A later version of these minutes has been opened or approved since.</source>
        <translation>Une version ultérieure de ce procès-verbal a été ouverte ou approuvée depuis.</translation>
    </message>
    <message>
        <source>It is the current version, and the register still holds the content it was approved with.</source>
        <translation>C’est la version en vigueur, et le registre contient toujours le contenu avec lequel elle a été approuvée.</translation>
    </message>
    <message>
        <source>Warning: the register&apos;s content of this meeting no longer matches what was approved (it was changed outside Minutier).</source>
        <translation>Attention&#xa0;: le contenu de cette réunion dans le registre ne correspond plus à ce qui a été approuvé (il a été modifié hors de Minutier).</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>Vérifier un PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Minutes versions</source>
        <translation>Versions du procès-verbal</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Procès-verbal de %1</translation>
    </message>
    <message>
        <source>An approved version opens exactly as it was filed; its fingerprint (SHA-256) is the one printed in the footer of the approved PDF.</source>
        <translation>Une version approuvée s’ouvre exactement telle qu’elle a été archivée&#xa0;; son empreinte (SHA-256) est celle imprimée au pied de page du PDF approuvé.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>At meeting</source>
        <translation>À la réunion</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendement</translation>
    </message>
    <message>
        <source>A draft has no filed document yet; export the minutes to see the draft.</source>
        <translation>Un projet n’a pas encore de document archivé&#xa0;; exportez le procès-verbal pour voir le projet.</translation>
    </message>
    <message>
        <source>Opened in your PDF viewer: %1</source>
        <translation>Ouvert dans votre lecteur PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>No PDF viewer answered on this computer; the PDF is at %1.</source>
        <translation>Aucune visionneuse PDF n&apos;a répondu sur cet ordinateur ; le PDF se trouve dans %1.</translation>
    </message>
    <message>
        <source>Save the approved minutes</source>
        <translation>Enregistrer le procès-verbal approuvé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Minutier</source>
        <translation>Bienvenue dans Minutier</translation>
    </message>
    <message>
        <source>Minutier keeps a committee&apos;s meetings, decisions, initiatives and actions in one file on this computer, and prints the official minutes. It works offline.</source>
        <translation>Minutier conserve les réunions, décisions, initiatives et actions d&apos;un comité dans un seul fichier sur cet ordinateur, et imprime les procès-verbaux officiels. Il fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Open the demo meeting</source>
        <translation>Ouvrir la réunion de démonstration</translation>
    </message>
    <message>
        <source>A real meeting to explore: the special committee on AI computing infrastructure, 16 February 2025.</source>
        <translation>Une vraie réunion à explorer&#xa0;: le comité spécial sur l&apos;infrastructure informatique de l&apos;IA, le 16 février 2025.</translation>
    </message>
    <message>
        <source>Start an empty register</source>
        <translation>Commencer un registre vide</translation>
    </message>
    <message>
        <source>A new, empty file for your own committee.</source>
        <translation>Un fichier neuf et vide pour votre propre comité.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>A register you already have, or a copy.</source>
        <translation>Un registre que vous avez déjà, ou une copie.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importer depuis JSON…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export to a &amp;calendar (ICS)…</source>
        <translation>Exporter vers un &amp;agenda (ICS)…</translation>
    </message>
    <message>
        <source>&amp;Reminders to owners…</source>
        <translation>&amp;Rappels aux responsables…</translation>
    </message>
    <message>
        <source>C&amp;heck the file…</source>
        <translation>&amp;Vérifier le fichier…</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>Im&amp;primer le procès-verbal…</translation>
    </message>
    <message>
        <source>&amp;Export minutes as PDF…</source>
        <translation>&amp;Exporter le procès-verbal en PDF…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;History of this record…</source>
        <translation>&amp;Historique de cet enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>Volet de &amp;détail</translation>
    </message>
    <message>
        <source>Show or hide the pane beside the lists</source>
        <translation>Afficher ou masquer le volet à côté des listes</translation>
    </message>
    <message>
        <source>&amp;About Minutier</source>
        <translation>À &amp;propos de Minutier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Procès-verbaux</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Printing minutes comes with the PDF minutes, in a later version.</source>
        <translation>L&apos;impression des procès-verbaux arrivera avec les procès-verbaux PDF, dans une prochaine version.</translation>
    </message>
    <message>
        <source>Print the minutes of the selected meeting</source>
        <translation>Imprimer le procès-verbal de la réunion sélectionnée</translation>
    </message>
    <message>
        <source>Save the minutes of the selected meeting as PDF</source>
        <translation>Enregistrer le procès-verbal de la réunion sélectionnée en PDF</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <source>register.minutier</source>
        <translation>registre.minutier</translation>
    </message>
    <message>
        <source>Minutier registers (%1)</source>
        <translation>Registres Minutier (%1)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the new register.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom pour le nouveau registre.</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
