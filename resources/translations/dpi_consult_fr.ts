<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About dpi-consult</source>
        <translation>À propos de dpi-consult</translation>
    </message>
    <message>
        <source>Drafts, by default</source>
        <translation>Brouillons, par défaut</translation>
    </message>
    <message>
        <source>Program data</source>
        <translation>Données du programme</translation>
    </message>
    <message>
        <source>Recovery copies</source>
        <translation>Copies de récupération</translation>
    </message>
    <message>
        <source>Crash reports</source>
        <translation>Rapports d’incident</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dpi-consult %1&lt;/b&gt; — licence %2&lt;/p&gt;&lt;p&gt;Draft, bring together and export contributions to the CNIL public consultation on the electronic patient record (DPI).&lt;/p&gt;&lt;p&gt;Works offline: nothing you type leaves this computer unless you send the file yourself.&lt;/p&gt;&lt;p&gt;Form: %3, version %4.&lt;/p&gt;&lt;p&gt;Where files are kept:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dpi-consult %1&lt;/b&gt; — licence %2&lt;/p&gt;&lt;p&gt;Rédiger, rassembler et exporter les contributions à la consultation publique de la CNIL sur le dossier patient informatisé (DPI).&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne : rien de ce que vous saisissez ne quitte cet ordinateur, sauf si vous envoyez vous-même le fichier.&lt;/p&gt;&lt;p&gt;Formulaire : %3, version %4.&lt;/p&gt;&lt;p&gt;Emplacement des fichiers :&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnswerChangesDialog</name>
    <message>
        <source>What %1 changed</source>
        <translation>Ce que %1 a changé</translation>
    </message>
    <message>
        <source>Version dealt with</source>
        <translation>Version traitée</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Version dealt with (removed words struck through)</source>
        <translation>Version traitée (mots retirés barrés)</translation>
    </message>
    <message>
        <source>New version (added words highlighted)</source>
        <translation>Nouvelle version (mots ajoutés surlignés)</translation>
    </message>
</context>
<context>
    <name>AnswerReader</name>
    <message>
        <source>Answer of the selected member</source>
        <translation>Réponse du membre sélectionné</translation>
    </message>
    <message>
        <source>Select an answer to read it, then select a passage.</source>
        <translation>Sélectionnez une réponse pour la lire, puis sélectionnez-en un passage.</translation>
    </message>
    <message>
        <source>already taken in ¶%1</source>
        <translation>déjà repris dans ¶%1</translation>
    </message>
</context>
<context>
    <name>AnswerWidget</name>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (choix retiré)</translation>
    </message>
</context>
<context>
    <name>AnswersCsvExport</name>
    <message>
        <source>CSV for French Excel, semicolon-separated (*.csv)</source>
        <translation>CSV pour Excel en français, séparateur point-virgule (*.csv)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparateur virgule (*.csv)</translation>
    </message>
    <message>
        <source>Export the members’ answers</source>
        <translation>Exporter les réponses des membres</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing the members’ answers…</source>
        <translation>Écriture des réponses des membres…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>%1 answers written to %2</source>
        <translation>%1 réponses écrites dans %2</translation>
    </message>
</context>
<context>
    <name>ChoiceChart</name>
    <message>
        <source>Answers by option</source>
        <translation>Réponses par option</translation>
    </message>
</context>
<context>
    <name>CollectiveActions</name>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <source>&amp;Import contributions…</source>
        <translation>&amp;Importer des contributions…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Members &amp;overview</source>
        <translation>&amp;Vue d’ensemble des membres</translation>
    </message>
    <message>
        <source>&amp;Export the members’ answers (CSV)…</source>
        <translation>&amp;Exporter les réponses des membres (CSV)…</translation>
    </message>
</context>
<context>
    <name>CollectiveAnswerPane</name>
    <message>
        <source>Collective answer</source>
        <translation>Réponse collective</translation>
    </message>
    <message>
        <source>Write the federation&apos;s answer, or insert members&apos; passages.</source>
        <translation>Rédigez la réponse de la fédération ou insérez des passages des réponses des membres.</translation>
    </message>
    <message>
        <source>Paragraphs and their members</source>
        <translation>Paragraphes et membres dont ils sont issus</translation>
    </message>
    <message>
        <source>&amp;Members of this paragraph…</source>
        <translation>&amp;Membres de ce paragraphe…</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed</source>
        <translation>Marquer comme &amp;revu</translation>
    </message>
    <message>
        <source>The paragraph was checked against the members&apos; newer versions</source>
        <translation>Le paragraphe a été relu au regard des nouvelles versions envoyées par les membres</translation>
    </message>
    <message>
        <source>Mark &amp;all as reviewed</source>
        <translation>Tout marquer comme re&amp;vu</translation>
    </message>
    <message>
        <source>Every flagged paragraph of this answer was checked</source>
        <translation>Tous les paragraphes signalés de cette réponse ont été relus</translation>
    </message>
    <message>
        <source>What c&amp;hanged…</source>
        <translation>Voir les c&amp;hangements…</translation>
    </message>
    <message>
        <source>The member&apos;s new version beside the one the paragraph was taken from</source>
        <translation>La nouvelle version du membre, à côté de celle dont le paragraphe a été tiré</translation>
    </message>
    <message>
        <source>Question &amp;consolidated</source>
        <translation>Question &amp;consolidée</translation>
    </message>
    <message>
        <source>Where each paragraph comes from:</source>
        <translation>Origine de chaque paragraphe :</translation>
    </message>
    <message>
        <source>Passage already taken</source>
        <translation>Passage déjà repris</translation>
    </message>
    <message>
        <source>The collective answer already holds this passage (%1). Attribute it to these members there, or insert it again?</source>
        <translation>La réponse collective contient déjà ce passage (%1). L’attribuer à ces membres à cet endroit, ou l’insérer une seconde fois ?</translation>
    </message>
    <message>
        <source>&amp;Attribute to %1</source>
        <translation>&amp;Attribuer au %1</translation>
    </message>
    <message>
        <source>&amp;Insert again</source>
        <translation>&amp;Insérer à nouveau</translation>
    </message>
    <message>
        <source>Question consolidated?</source>
        <translation>Question consolidée ?</translation>
    </message>
    <message>
        <source>%1 members&apos; answers to this question have not been dealt with yet. Mark it consolidated anyway?</source>
        <translation>%1 réponses de membres à cette question n’ont pas encore été traitées. La marquer quand même comme consolidée ?</translation>
    </message>
    <message>
        <source>Written by the federation (no member)</source>
        <translation>Rédigé par la fédération (aucun membre)</translation>
    </message>
    <message>
        <source>member no longer collected</source>
        <translation>membre qui n’est plus dans la collecte</translation>
    </message>
    <message>
        <source>Members (%1): </source>
        <translation>Membres (%1) : </translation>
    </message>
    <message>
        <source>To review: newer version sent by %1</source>
        <translation>À revoir : nouvelle version envoyée par %1</translation>
    </message>
</context>
<context>
    <name>CombinedTextDialog</name>
    <message>
        <source>Combined text</source>
        <translation>Texte combiné</translation>
    </message>
    <message>
        <source>Both versions, one after the other: keep what should stay.</source>
        <translation>Les deux versions, l’une après l’autre : gardez ce qui doit rester.</translation>
    </message>
</context>
<context>
    <name>ComboChoiceWidget</name>
    <message>
        <source>— No answer —</source>
        <translation>— Pas de réponse —</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Keep &amp;both, one after the other</source>
        <translation>Garder les &amp;deux, l’une après l’autre</translation>
    </message>
    <message>
        <source>&amp;Write the combined text…</source>
        <translation>&amp;Rédiger le texte combiné…</translation>
    </message>
    <message>
        <source>Against the text both copies started from: added words highlighted, removed words struck through.</source>
        <translation>Par rapport au texte dont les deux copies sont parties : mots ajoutés surlignés, mots supprimés barrés.</translation>
    </message>
    <message>
        <source>Version of %1, %2</source>
        <translation>Version de %1, %2</translation>
    </message>
    <message>
        <source>No conflict left to resolve.</source>
        <translation>Plus aucun conflit à résoudre.</translation>
    </message>
    <message>
        <source>This answer was changed after the merge: choosing a version replaces that change.</source>
        <translation>Cette réponse a été modifiée après la fusion : choisir une version remplace la partie en conflit, le reste de la modification est gardé.</translation>
    </message>
    <message>
        <source>Keep the version of %1</source>
        <translation>Garder la version de %1</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Questions to consolidate</source>
        <translation>Questions à consolider</translation>
    </message>
    <message>
        <source>Members&apos; answers left to deal with</source>
        <translation>Réponses des membres restant à traiter</translation>
    </message>
    <message>
        <source>Members&apos; answers</source>
        <translation>Réponses des membres</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>%1 left to deal with</source>
        <translation>%1 à traiter</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 à revoir</translation>
    </message>
    <message>
        <source>consolidated</source>
        <translation>consolidée</translation>
    </message>
    <message>
        <source>Taken into the collective answer: %1 answers dealt with.</source>
        <translation>Repris dans la réponse collective : %1 réponses traitées.</translation>
    </message>
    <message>
        <source>%1 answers set aside.</source>
        <translation>%1 réponses mises de côté.</translation>
    </message>
    <message>
        <source>%1 answers attributed to the paragraph and dealt with.</source>
        <translation>%1 réponses attribuées au paragraphe et traitées.</translation>
    </message>
    <message>
        <source>Put the cursor of the collective answer in the paragraph these answers support, then attribute them.</source>
        <translation>Placez le curseur de la réponse collective dans le paragraphe que ces réponses soutiennent, puis attribuez-les.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Consolidation — %1 (%2 members)</source>
        <translation>Consolidation — %1 (%2 membres)</translation>
    </message>
</context>
<context>
    <name>ContributionImport</name>
    <message>
        <source>Import contributions</source>
        <translation>Importer des contributions</translation>
    </message>
    <message>
        <source>Member contributions (*.dpic *.docx);;dpi-consult files (*.dpic);;Word questionnaires (*.docx)</source>
        <translation>Contributions des membres (*.dpic *.docx);;Fichiers dpi-consult (*.dpic);;Questionnaires Word (*.docx)</translation>
    </message>
    <message>
        <source>Import a folder of contributions</source>
        <translation>Importer un dossier de contributions</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>“%1” has subfolders. Import the contributions they hold too?</source>
        <translation>« %1 » contient des sous-dossiers. Importer aussi les contributions qu’ils contiennent ?</translation>
    </message>
    <message>
        <source>File dropped</source>
        <translation>Fichier déposé</translation>
    </message>
    <message>
        <source>Import “%1” into this collective contribution as a member’s contribution, or open it in place of the collective contribution?</source>
        <translation>Importer « %1 » dans cette contribution collective comme contribution d’un membre, ou l’ouvrir à la place de la contribution collective ?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>This draft holds no member contributions yet. Importing makes it a collective contribution: the members’ answers are kept in it, each with its author. Continue?</source>
        <translation>Ce brouillon ne contient encore aucune contribution de membre. L’import en fait une contribution collective : les réponses des membres y sont conservées, chacune avec son auteur. Continuer ?</translation>
    </message>
    <message>
        <source>This draft is open read-only: save a copy under another name to import contributions into it.</source>
        <translation>Ce brouillon est ouvert en lecture seule : enregistrez-en une copie sous un autre nom pour y importer des contributions.</translation>
    </message>
    <message>
        <source>Reading the members’ files…</source>
        <translation>Lecture des fichiers des membres…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>An internal error occurred in dpi-consult (a defect of the program, not of your files).</source>
        <translation>Une erreur interne s’est produite dans dpi-consult (un défaut du logiciel, pas de vos fichiers).</translation>
    </message>
    <message>
        <source>Your work is in the recovery file: it will be offered at the next start if you close the window now.</source>
        <translation>Votre travail est dans le fichier de récupération : il vous sera proposé au prochain démarrage si vous fermez la fenêtre maintenant.</translation>
    </message>
    <message>
        <source>Report written to: %1</source>
        <translation>Rapport écrit dans : %1</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exporter en Word</translation>
    </message>
    <message>
        <source>Exporting the contribution…</source>
        <translation>Export de la contribution…</translation>
    </message>
    <message>
        <source>Export the blank questionnaire</source>
        <translation>Exporter le questionnaire vierge</translation>
    </message>
    <message>
        <source>Writing the blank questionnaire…</source>
        <translation>Écriture du questionnaire vierge…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>The document was written:
%1</source>
        <translation>Le document a été enregistré :
%1</translation>
    </message>
    <message>
        <source>Open the &amp;document</source>
        <translation>Ouvrir le &amp;document</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Exporter en Word</translation>
    </message>
    <message>
        <source>Bundled template</source>
        <translation>Modèle fourni</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Answered questions only</source>
        <translation>Questions &amp;répondues seulement</translation>
    </message>
    <message>
        <source>A&amp;ll questions (“Pas de réponse.” where unanswered)</source>
        <translation>&amp;Toutes les questions (« Pas de réponse. » pour celles restées sans réponse)</translation>
    </message>
    <message>
        <source>Add an &amp;annex with the members’ answers</source>
        <translation>Ajouter en &amp;annexe les réponses des membres</translation>
    </message>
    <message>
        <source>Only a collective draft holds members’ answers</source>
        <translation>Seul un brouillon collectif contient des réponses de membres</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Choisir un modèle Word</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documents et modèles Word (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>dpi-consult drafts (*.dpic)</source>
        <translation>Brouillons dpi-consult (*.dpic)</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>Impossible d’ouvrir le brouillon</translation>
    </message>
    <message>
        <source>New draft started from the federation’s kit: save it under a name of your own.</source>
        <translation>Nouveau brouillon créé à partir du kit de la fédération : enregistrez-le sous un nom qui vous est propre.</translation>
    </message>
    <message>
        <source>Copy of the draft: save it under a name of your own.</source>
        <translation>Copie du brouillon : enregistrez-la sous un nom qui lui est propre.</translation>
    </message>
    <message>
        <source>Reload the file</source>
        <translation>Recharger le fichier</translation>
    </message>
    <message>
        <source>Your changes not yet saved will be lost. Reload the file anyway?</source>
        <translation>Vos modifications non enregistrées seront perdues. Recharger quand même le fichier ?</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>Impossible d’enregistrer le brouillon</translation>
    </message>
    <message>
        <source>“%1” is open for %2: choose another name.</source>
        <translation>« %1 » est ouvert par %2 : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>File changed elsewhere</source>
        <translation>Fichier modifié ailleurs</translation>
    </message>
    <message>
        <source>“%1” was changed since you opened it (%2). Saving here would erase those changes.

Merge those changes into yours before saving (what only one of you changed is kept, what both changed is shown side by side), save your version under another name, or replace the file anyway?</source>
        <translation>« %1 » a été modifié depuis que vous l’avez ouvert (%2). Enregistrer ici effacerait ces modifications.

Fusionner ces modifications avec les vôtres avant d’enregistrer (ce qu’un seul de vous a modifié est gardé, ce que vous avez modifié tous deux est présenté côte à côte), enregistrer votre version sous un autre nom, ou remplacer le fichier malgré tout ?</translation>
    </message>
    <message>
        <source>&amp;Merge and save</source>
        <translation>&amp;Fusionner et enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Replace anyway</source>
        <translation>&amp;Remplacer quand même</translation>
    </message>
    <message>
        <source>Contribution already started</source>
        <translation>Contribution déjà commencée</translation>
    </message>
    <message>
        <source>You already started a contribution from this kit: “%1”. Opening the kit starts a new, empty one; your answers are in “%1”.</source>
        <translation>Vous avez déjà commencé une contribution à partir de ce kit : « %1 ». Ouvrir le kit en commence une nouvelle, vide ; vos réponses sont dans « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Resume “%1”</source>
        <translation>&amp;Reprendre « %1 »</translation>
    </message>
    <message>
        <source>Start a &amp;new contribution</source>
        <translation>Commencer une &amp;nouvelle contribution</translation>
    </message>
    <message>
        <source>Untitled contribution</source>
        <translation>Contribution sans titre</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>« %1 » comporte des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>someone (the lock file cannot be read)</source>
        <translation>un utilisateur inconnu (verrou illisible)</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>un utilisateur sans nom</translation>
    </message>
    <message>
        <source>%1, on the computer %2, since %3</source>
        <translation>%1, sur le poste %2, depuis le %3</translation>
    </message>
    <message>
        <source>Draft already open</source>
        <translation>Brouillon déjà ouvert</translation>
    </message>
    <message>
        <source>This draft is already open by %1.

If you both change it, one of you would have to save under another name. Open it read-only, open a copy to save under a new name, or open it anyway?</source>
        <translation>Ce brouillon est déjà ouvert par %1.

Si vous le modifiez tous les deux, l’un de vous devra enregistrer sous un autre nom. L’ouvrir en lecture seule, ouvrir une copie à enregistrer sous un nouveau nom, ou l’ouvrir quand même ?</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <source>Open a &amp;copy</source>
        <translation>Ouvrir une &amp;copie</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>Ouvrir &amp;quand même</translation>
    </message>
    <message>
        <source>Abandoned lock</source>
        <translation>Verrou abandonné</translation>
    </message>
    <message>
        <source>This draft was opened by %1, but %2: the lock was probably left by a crash.

Remove the lock and open the draft?</source>
        <translation>Ce brouillon a été ouvert par %1, mais %2 : le verrou a sans doute été laissé par un arrêt inattendu.

Supprimer le verrou et ouvrir le brouillon ?</translation>
    </message>
    <message>
        <source>&amp;Remove the lock and open</source>
        <translation>&amp;Supprimer le verrou et ouvrir</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>saved by someone else</source>
        <translation>enregistré par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>saved by %1 on %2</source>
        <translation>enregistré par %1 le %2</translation>
    </message>
    <message>
        <source>saved on %1</source>
        <translation>enregistré le %1</translation>
    </message>
</context>
<context>
    <name>FormUpdateBanner</name>
    <message>
        <source>See the &amp;changes…</source>
        <translation>Voir les &amp;changements…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>FormUpdateDialog</name>
    <message>
        <source>Changes in version %1 of the form</source>
        <translation>Changements de la version %1 du formulaire</translation>
    </message>
    <message>
        <source>Your answers to look at again</source>
        <translation>Vos réponses à revoir</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouvelle : %1</translation>
    </message>
    <message>
        <source>Reworded: %1</source>
        <translation>Reformulée : %1</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>Retirée : %1</translation>
    </message>
    <message>
        <source>&amp;Go to the question</source>
        <translation>&amp;Aller à la question</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>dpi-consult guide</source>
        <translation>Guide de dpi-consult</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Answering&lt;/h2&gt;&lt;p&gt;The left-hand list holds the identification, the form’s 14 sheets, the general remarks and the publication consent. Answer only the sheets that concern you: nobody has to answer everything. Each sheet starts with what is known of it from public analyses of the draft (the draft itself was not available to the form’s authors); write your answers as in Word (Ctrl+B, Ctrl+I, lists, links, pasting from Word). The counter under each answer shows the characters left. Mark each sheet &lt;i&gt;ready&lt;/i&gt; or &lt;i&gt;validated&lt;/i&gt; as your team reviews it; internal notes are never exported.&lt;/p&gt;&lt;p&gt;File &amp;gt; Export to Word writes the document to send. Before it is written, the app lists what is missing, too long or looks like personal data, with a button to go to each answer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Répondre&lt;/h2&gt;&lt;p&gt;La liste de gauche présente l’identification, les 14 fiches du formulaire, les remarques générales et l’accord de publication. Répondez seulement aux fiches qui vous concernent : personne n’est tenu de répondre à tout. Chaque fiche commence par ce que l’on en sait d’après les analyses publiques du projet (le texte du projet n’était pas accessible aux auteurs du formulaire) ; rédigez vos réponses comme dans Word (Ctrl+B, Ctrl+I, listes, liens, coller depuis Word). Le compteur sous chaque réponse indique les caractères restants. Marquez chaque fiche &lt;i&gt;prêt&lt;/i&gt; ou &lt;i&gt;validé&lt;/i&gt; au fil de la relecture par votre équipe ; les notes internes ne sont jamais exportées.&lt;/p&gt;&lt;p&gt;Fichier &amp;gt; Exporter en Word écrit le document à envoyer. Avant de l’écrire, l’application liste ce qui manque, ce qui est trop long ou ce qui ressemble à une donnée personnelle, avec un bouton pour aller à chaque réponse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Working with a federation&lt;/h2&gt;&lt;p&gt;A federation prepares one kit per member (File &amp;gt; Prepare the members’ kit): its guidance, its proposed answers and the deadline. A member opens the kit, which starts a new contribution, answers, then sends back the file written by File &amp;gt; Export for the federation (without internal notes or history). The federation brings the members&apos; files together with Contributions &amp;gt; Import contributions, reads them side by side, consolidates them into one answer and exports it to Word, with an annex of the members&apos; answers if it wishes.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Travailler avec une fédération&lt;/h2&gt;&lt;p&gt;Une fédération prépare un kit par membre (Fichier &amp;gt; Préparer le kit des membres) : ses consignes, ses réponses proposées et la date limite. Le membre ouvre le kit, ce qui commence une nouvelle contribution, répond, puis renvoie le fichier écrit par Fichier &amp;gt; Exporter pour la fédération (sans notes internes ni historique). La fédération rassemble les fichiers des membres avec Contributions &amp;gt; Importer des contributions, les lit côte à côte, les consolide en une seule réponse et l’exporte en Word, avec si elle le souhaite une annexe des réponses des membres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your drafts and exports (suggested folder)</source>
        <translation>Vos brouillons et exports (dossier proposé)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Recovery copies after a crash</source>
        <translation>Copies de récupération après un arrêt brutal</translation>
    </message>
    <message>
        <source>Recent documents and window layout</source>
        <translation>Documents récents et disposition de la fenêtre</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where the files are kept&lt;/h2&gt;&lt;p&gt;Everything stays on this computer: the app opens no network connection. A draft is a &lt;code&gt;.dpic&lt;/code&gt; file saved where you choose, on a shared drive too (the app says when someone else has it open).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Où sont conservés les fichiers&lt;/h2&gt;&lt;p&gt;Tout reste sur cet ordinateur : l’application n’ouvre aucune connexion réseau. Un brouillon est un fichier &lt;code&gt;.dpic&lt;/code&gt; enregistré où vous le choisissez, y compris sur un lecteur partagé (l’application signale quand quelqu’un d’autre l’a ouvert).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Compte rendu de l’import</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le compte rendu</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. The collective contribution now holds %6.</source>
        <translation>%1 : %2, %3, %4, %5. La contribution collective compte désormais %6.</translation>
    </message>
</context>
<context>
    <name>IntegerWidget</name>
    <message>
        <source>Expected a number from %1 to %2</source>
        <translation>Nombre attendu entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>KitActions</name>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>The export would replace the draft itself, with its notes and history: choose another name.</source>
        <translation>L’export remplacerait le brouillon lui-même, avec ses notes et son historique : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Written for the federation: %1</source>
        <translation>Export pour la fédération écrit : %1</translation>
    </message>
    <message>
        <source>Export for the federation</source>
        <translation>Exporter pour la fédération</translation>
    </message>
    <message>
        <source>The file to send to the federation was written:
%1

It holds your identity, your answers and your answer on being named in the annex; not your internal notes, statuses, history, nor the federation’s guidance and proposals.</source>
        <translation>Le fichier à envoyer à la fédération a été écrit :
%1

Il contient votre identité, vos réponses et votre réponse sur la mention de votre nom dans l’annexe ; ni vos notes internes, ni les statuts, ni l’historique, ni les consignes et propositions de la fédération.</translation>
    </message>
    <message>
        <source>dpi-consult drafts (*.dpic)</source>
        <translation>Brouillons dpi-consult (*.dpic)</translation>
    </message>
    <message>
        <source>Prepare the members’ kits</source>
        <translation>Préparer les kits des membres</translation>
    </message>
    <message>
        <source>Cannot prepare the kits</source>
        <translation>Préparation des kits impossible</translation>
    </message>
    <message>
        <source>Replace the kits?</source>
        <translation>Remplacer les kits ?</translation>
    </message>
    <message>
        <source>The folder %1 already holds kits with the same names. Replace them?</source>
        <translation>Le dossier %1 contient déjà des kits portant les mêmes noms. Les remplacer ?</translation>
    </message>
    <message>
        <source>Kits prepared</source>
        <translation>Kits préparés</translation>
    </message>
    <message numerus="yes">
        <source>%n kit(s) written in %1. Save the collective draft: it keeps the kit settings and the list of expected members.</source>
        <translation>
            <numerusform>%n kit écrit dans %1. Enregistrez le brouillon collectif : il conserve les réglages du kit et la liste des membres attendus.</numerusform>
            <numerusform>%n kits écrits dans %1. Enregistrez le brouillon collectif : il conserve les réglages du kit et la liste des membres attendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>KitBanner</name>
    <message>
        <source>Questions to the federation: %1</source>
        <translation>Questions à la fédération : %1</translation>
    </message>
    <message>
        <source>May the federation name you in the annex of its contribution?</source>
        <translation>La fédération peut-elle vous nommer dans l’annexe de sa contribution ?</translation>
    </message>
    <message>
        <source>No answer (anonymous)</source>
        <translation>Sans réponse (anonyme)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No (anonymous)</source>
        <translation>Non (anonyme)</translation>
    </message>
    <message>
        <source>Naming in the federation’s annex</source>
        <translation>Mention de votre nom dans l’annexe de la fédération</translation>
    </message>
</context>
<context>
    <name>KitQuestionPanel</name>
    <message>
        <source>Guidance from the federation</source>
        <translation>Consigne de la fédération</translation>
    </message>
    <message>
        <source>Answer proposed by the federation</source>
        <translation>Réponse proposée par la fédération</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <source>Make this proposal your answer</source>
        <translation>Faire de cette proposition votre réponse</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Copy this proposal into your answer to adapt it</source>
        <translation>Recopier cette proposition dans votre réponse pour l’adapter</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Answer without this proposal</source>
        <translation>Répondre sans tenir compte de cette proposition</translation>
    </message>
    <message>
        <source>Undo this choice</source>
        <translation>Revenir sur ce choix</translation>
    </message>
    <message>
        <source>You adopted this proposal: it is your answer.</source>
        <translation>Proposition adoptée : c’est votre réponse.</translation>
    </message>
    <message>
        <source>You took this proposal up and adapted it in your answer.</source>
        <translation>Proposition reprise et adaptée dans votre réponse.</translation>
    </message>
    <message>
        <source>You ignored this proposal: it is not part of your answer.</source>
        <translation>Proposition ignorée : elle ne fait pas partie de votre réponse.</translation>
    </message>
    <message>
        <source>Not part of your answer unless you adopt or edit it.</source>
        <translation>Elle ne compte dans votre réponse que si vous l’adoptez ou la modifiez.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled contribution</source>
        <translation>Contribution sans titre</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Preview of the answer</source>
        <translation>Aperçu de la réponse</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button glyph</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic glyph</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1.</source>
        <comment>numbered list glyph</comment>
        <translation>1.</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>link button text</comment>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the formatted answer (%1)</source>
        <translation>Afficher la réponse mise en forme (%1)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Show the Markdown source</source>
        <translation>Afficher le code Markdown</translation>
    </message>
    <message>
        <source>Show the answer as Markdown source, without formatting</source>
        <translation>Afficher la réponse en code Markdown, sans mise en forme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>%1 / %2 characters — %3 over the limit</source>
        <translation>%1 / %2 caractères — %3 de trop</translation>
    </message>
    <message>
        <source>Over the character limit</source>
        <translation>Limite de caractères dépassée</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>MemberAnswersDialog</name>
    <message>
        <source>Answers of %1</source>
        <translation>Réponses de %1</translation>
    </message>
    <message>
        <source>This member answered no question of the sheets.</source>
        <translation>Ce membre n’a répondu à aucune question des fiches.</translation>
    </message>
</context>
<context>
    <name>MemberAnswersPane</name>
    <message>
        <source>All respondent types</source>
        <translation>Tous les types de répondant</translation>
    </message>
    <message>
        <source>Respondent type</source>
        <translation>Type de répondant</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Answers shown</source>
        <translation>Réponses affichées</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Left to deal with</source>
        <translation>Restant à traiter</translation>
    </message>
    <message>
        <source>To deal with</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>New versions</source>
        <translation>Nouvelles versions</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <source>Search members and answers</source>
        <translation>Rechercher dans les membres et les réponses</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nb</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Members&apos; answers, alike ones grouped</source>
        <translation>Réponses des membres, les semblables regroupées</translation>
    </message>
    <message>
        <source>Answer shown</source>
        <translation>Réponse affichée</translation>
    </message>
    <message>
        <source>&amp;Attribute to the paragraph</source>
        <translation>&amp;Attribuer au paragraphe</translation>
    </message>
    <message>
        <source>The selected answers support the paragraph under the cursor of the collective answer (%1)</source>
        <translation>Les réponses sélectionnées soutiennent le paragraphe sous le curseur de la réponse collective (%1)</translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation>Mettre de &amp;côté</translation>
    </message>
    <message>
        <source>Read, and deliberately left out of the collective answer</source>
        <translation>Lue, et volontairement laissée hors de la réponse collective</translation>
    </message>
    <message>
        <source>Back to &amp;do</source>
        <translation>Remettre à &amp;traiter</translation>
    </message>
    <message>
        <source>What &amp;changed…</source>
        <translation>Voir les c&amp;hangements…</translation>
    </message>
    <message>
        <source>The new version beside the one dealt with, word by word</source>
        <translation>La nouvelle version à côté de celle qui a été traitée, mot à mot</translation>
    </message>
    <message>
        <source>Text of:</source>
        <translation>Texte de :</translation>
    </message>
    <message>
        <source>%1 and %2 others</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>%1 of %2 members answered, in %3 groups; %4 shown; %5 left to deal with.</source>
        <translation>%1 membres sur %2 ont répondu, en %3 groupes ; %4 affichés ; %5 à traiter.</translation>
    </message>
    <message>
        <source>%1 of %2 members answered; %4 shown.</source>
        <translation>%1 membres sur %2 ont répondu ; %4 affichés.</translation>
    </message>
    <message>
        <source>dealt with</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>%1 to do</source>
        <translation>%1 à traiter</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 à revoir</translation>
    </message>
    <message>
        <source>%1 groups selected: %2 members.</source>
        <translation>%1 groupes sélectionnés : %2 membres.</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identiques</translation>
    </message>
    <message>
        <source>identical or nearly</source>
        <translation>identiques ou presque</translation>
    </message>
    <message>
        <source>%1 answers %2: %3</source>
        <translation>%1 réponses %2 : %3</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Insert the &amp;selected passage</source>
        <translation>Insérer le passage &amp;sélectionné</translation>
    </message>
    <message>
        <source>Insert the &amp;whole answer</source>
        <translation>Insérer toute la ré&amp;ponse</translation>
    </message>
</context>
<context>
    <name>MembersOverview</name>
    <message>
        <source>Members overview</source>
        <translation>Vue d’ensemble des membres</translation>
    </message>
    <message>
        <source>Filter by member name, type or region</source>
        <translation>Filtrer par nom, type ou région du membre</translation>
    </message>
    <message>
        <source>Filter the members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <source>Questions answered by each member, sheet by sheet</source>
        <translation>Questions auxquelles chaque membre a répondu, fiche par fiche</translation>
    </message>
    <message>
        <source>Double-click a member to read its answers</source>
        <translation>Double-cliquez sur un membre pour lire ses réponses</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Members who have not answered this sheet</source>
        <translation>Membres qui n’ont pas répondu à cette fiche</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <source>Members without an answer to:</source>
        <translation>Membres sans réponse à :</translation>
    </message>
    <message>
        <source>Expected members who have sent nothing</source>
        <translation>Membres attendus qui n’ont rien envoyé</translation>
    </message>
    <message>
        <source>Have sent nothing: %1 of the %2 members the kits were prepared for</source>
        <translation>N’ont rien envoyé : %1 des %2 membres pour lesquels les kits ont été préparés</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>%1 membres affichés sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Merge a copy of this draft</source>
        <translation>Fusionner une copie de ce brouillon</translation>
    </message>
    <message>
        <source>dpi-consult drafts (*.dpic)</source>
        <translation>Brouillons dpi-consult (*.dpic)</translation>
    </message>
    <message>
        <source>Another copy of this draft</source>
        <translation>Une autre copie de ce brouillon</translation>
    </message>
    <message>
        <source>%1 is another copy of the draft open here. Merge it into this draft, or open it instead?</source>
        <translation>%1 est une autre copie du brouillon ouvert ici. La fusionner avec ce brouillon, ou plutôt l’ouvrir ?</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;L’ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s) to resolve: both versions are kept until you choose.</source>
        <translation>
            <numerusform>%n conflit de fusion à résoudre : les deux versions sont gardées jusqu’à votre choix.</numerusform>
            <numerusform>%n conflits de fusion à résoudre : les deux versions sont gardées jusqu’à votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>Cannot merge this file</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Merging the copy…</source>
        <translation>Fusion de la copie…</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken from the copy</source>
        <translation>
            <numerusform>%n réponse reprise de la copie</numerusform>
            <numerusform>%n réponses reprises de la copie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) combined from both</source>
        <translation>
            <numerusform>%n réponse combinée des deux</numerusform>
            <numerusform>%n réponses combinées des deux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added or updated</source>
        <translation>
            <numerusform>%n membre ajouté ou mis à jour</numerusform>
            <numerusform>%n membres ajoutés ou mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 merged: %2.</source>
        <translation>%1 fusionné : %2.</translation>
    </message>
    <message>
        <source>No conflict. Save to keep the merge.</source>
        <translation>Aucun conflit. Enregistrez pour garder la fusion.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: both versions are kept until you choose.</source>
        <translation>
            <numerusform>%n conflit à résoudre : les deux versions sont gardées jusqu’à votre choix.</numerusform>
            <numerusform>%n conflits à résoudre : les deux versions sont gardées jusqu’à votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resolve the conflicts…</source>
        <translation>&amp;Résoudre les conflits…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>PageNotices</name>
    <message>
        <source>Read-only: a colleague has this draft open. You can read it, search it and export it; to change it, save a copy under another name.</source>
        <translation>Lecture seule : un collègue a ce brouillon ouvert. Vous pouvez le lire, y chercher et l’exporter ; pour le modifier, enregistrez-en une copie sous un autre nom.</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>This file was changed outside this window (%1). Merge those changes into your version, reload the file, or keep editing and save your version under another name.</source>
        <translation>Ce fichier a été modifié en dehors de cette fenêtre (%1). Fusionnez ces modifications avec votre version, rechargez le fichier, ou continuez et enregistrez votre version sous un autre nom.</translation>
    </message>
    <message>
        <source>&amp;Merge into mine</source>
        <translation>&amp;Fusionner avec ma version</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Keep editing and save &amp;as…</source>
        <translation>Continuer et enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Recorded as the author of your changes.</source>
        <translation>Enregistré comme auteur de vos modifications.</translation>
    </message>
    <message>
        <source>Takes effect the next time the application starts.</source>
        <translation>Prend effet au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>&amp;Save the file automatically</source>
        <translation>&amp;Enregistrer le fichier automatiquement</translation>
    </message>
    <message>
        <source>The working state is always kept for recovery; this also saves the file itself a few seconds after each change.</source>
        <translation>Le travail en cours est toujours conservé pour la récupération ; cette option enregistre aussi le fichier lui-même quelques secondes après chaque modification.</translation>
    </message>
    <message>
        <source>&amp;Reopen the last document at start</source>
        <translation>&amp;Rouvrir le dernier document au démarrage</translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
    </message>
    <message>
        <source>Show the answers as &amp;Markdown source, without formatting</source>
        <translation>Afficher les réponses en code &amp;Markdown, sans mise en forme</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Size of the text of the answers, in points.</source>
        <translation>Taille du texte des réponses, en points.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>Enter your name to save the preferences.</source>
        <translation>Saisissez votre nom pour enregistrer les préférences.</translation>
    </message>
</context>
<context>
    <name>PrepareKitDialog</name>
    <message>
        <source>Prepare the members’ kit</source>
        <translation>Préparer le kit des membres</translation>
    </message>
    <message>
        <source>Federation and deadline</source>
        <translation>Fédération et date limite</translation>
    </message>
    <message>
        <source>Guidance per question</source>
        <translation>Consignes par question</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Write the kits</source>
        <translation>Écrire les kits</translation>
    </message>
    <message>
        <source>Federation:</source>
        <translation>Fédération :</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>Adresse électronique de contact :</translation>
    </message>
    <message>
        <source>Deadline for the members’ answers:</source>
        <translation>Date limite de renvoi des contributions :</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Attach proposed answers (the collective draft’s current answers: %1)</source>
        <translation>Joindre des réponses proposées (les réponses actuelles de la contribution collective : %1)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Dossier de destination :</translation>
    </message>
    <message>
        <source>The kits carry the form, the federation, the deadline, the guidance and the proposed answers; never the collected contributions, the notes or the history.</source>
        <translation>Les kits contiennent le formulaire, la fédération, la date limite, les consignes et les réponses proposées ; jamais les contributions collectées, les notes ni l’historique.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Guidance for this question (Markdown)</source>
        <translation>Consigne pour cette question (Markdown)</translation>
    </message>
    <message>
        <source>Guidance shown to members above this question, in Markdown (**bold**, lists…)</source>
        <translation>Consigne montrée aux membres au-dessus de cette question, en Markdown (**gras**, listes…)</translation>
    </message>
    <message>
        <source>With a list of members, one kit per member is written, pre-filled with its identity, and the overview shows who has sent nothing.</source>
        <translation>Avec une liste de membres, un kit est écrit pour chaque membre, prérempli avec son identité, et la vue d’ensemble montre qui n’a rien envoyé.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Expected members</source>
        <translation>Membres attendus</translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Remove the selected members</source>
        <translation>&amp;Retirer les membres sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Load a CSV file…</source>
        <translation>&amp;Charger un fichier CSV…</translation>
    </message>
    <message>
        <source>Load the list of members</source>
        <translation>Charger la liste des membres</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read the list of members</source>
        <translation>Lecture de la liste des membres impossible</translation>
    </message>
    <message>
        <source>List of members</source>
        <translation>Liste des membres</translation>
    </message>
    <message>
        <source>Folder for the kits</source>
        <translation>Dossier des kits</translation>
    </message>
    <message>
        <source>Give the federation’s name: members see it on their kit.</source>
        <translation>Indiquez le nom de la fédération : les membres le voient sur leur kit.</translation>
    </message>
    <message>
        <source>The contact e-mail address is not valid.</source>
        <translation>L’adresse électronique de contact n’est pas valide.</translation>
    </message>
    <message>
        <source>Choose the folder where the kits are written.</source>
        <translation>Choisissez le dossier où écrire les kits.</translation>
    </message>
    <message>
        <source>Cannot prepare the kits</source>
        <translation>Préparation des kits impossible</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Recovered drafts</source>
        <translation>Brouillons récupérés</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>dpi-consult did not close normally. Copies of %1 drafts were kept: choose what to do with each one. Each copy holds the work up to the time it was written; what was typed after that could not be kept.</source>
        <translation>dpi-consult ne s’est pas fermé normalement. Des copies de %1 brouillons ont été conservées : choisissez que faire de chacune. Chaque copie contient le travail jusqu’à l’heure où elle a été écrite ; ce qui a été tapé ensuite n’a pas pu être conservé.</translation>
    </message>
    <message>
        <source>Copy written:</source>
        <translation>Copie écrite le :</translation>
    </message>
    <message>
        <source>File last saved:</source>
        <translation>Fichier enregistré le :</translation>
    </message>
    <message>
        <source>Answered questions:</source>
        <translation>Questions répondues :</translation>
    </message>
    <message>
        <source>Member contributions:</source>
        <translation>Contributions des membres :</translation>
    </message>
    <message>
        <source>What would be restored:</source>
        <translation>Ce qui serait restauré :</translation>
    </message>
    <message>
        <source>What would be restored</source>
        <translation>Ce qui serait restauré</translation>
    </message>
    <message>
        <source>Restore opens the copy; save it to keep it. Delete removes the copy for good, after asking when it holds work the saved file does not. Decide later keeps it and asks again at the next start.</source>
        <translation>Restaurer ouvre la copie ; enregistrez-la pour la garder. Supprimer efface la copie définitivement, après confirmation si elle contient du travail absent du fichier enregistré. Décider plus tard la garde et la propose au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>Dans le fichier :</translation>
    </message>
    <message>
        <source>In the copy:</source>
        <translation>Dans la copie :</translation>
    </message>
    <message>
        <source>… and %1 more differences.</source>
        <translation>… et %1 autres différences.</translation>
    </message>
    <message>
        <source>Internal note — %1</source>
        <translation>Note interne — %1</translation>
    </message>
    <message>
        <source>Status — %1</source>
        <translation>Statut — %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>What differs from the saved file:</source>
        <translation>Ce qui diffère du fichier enregistré :</translation>
    </message>
    <message>
        <source>Delete the recovered copy</source>
        <translation>Supprimer la copie récupérée</translation>
    </message>
    <message>
        <source>The copy of “%1” holds work that no saved file holds. Delete it for good?</source>
        <translation>La copie de « %1 » contient du travail qu’aucun fichier enregistré ne contient. La supprimer définitivement ?</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>dpi-consult did not close normally. A copy of your work written on %1 can be restored; what was typed after that could not be kept.</source>
        <translation>dpi-consult ne s’est pas fermé normalement. Une copie de votre travail, écrite le %1, peut être restaurée ; ce qui a été tapé ensuite n’a pas pu être conservé.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Décider plus tard</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Brouillon sans titre</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Nothing differs from the saved file: deleting this copy loses nothing.</source>
        <translation>Rien ne diffère du fichier enregistré : supprimer cette copie ne fait rien perdre.</translation>
    </message>
    <message>
        <source>The saved file cannot be read (%1): everything the copy holds is shown.</source>
        <translation>Le fichier enregistré ne peut pas être lu (%1) : tout le contenu de la copie est affiché.</translation>
    </message>
    <message>
        <source>… and %1 more answered questions.</source>
        <translation>… et %1 autres questions répondues.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the answers</source>
        <translation>Rechercher dans les réponses</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Type the words to find. Capitals and accents do not matter.</source>
        <translation>Saisissez les mots à trouver. Majuscules et accents sont indifférents.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>The first %1 results; type more words to narrow the search.</source>
        <translation>Les %1 premiers résultats ; ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 résultats</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>Sections of the form</source>
        <translation>Sections du formulaire</translation>
    </message>
    <message>
        <source>%1 to check</source>
        <translation>%1 à revoir</translation>
    </message>
    <message>
        <source>%1: %2 of %3 questions answered</source>
        <translation>%1 : %2 questions répondues sur %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 question answered</source>
        <translation>%1 : %2 question répondue sur %3</translation>
    </message>
    <message>
        <source>%1 answer to check (required and missing, too long or malformed)</source>
        <translation>%1 réponse à revoir (obligatoire et absente, trop longue ou mal formée)</translation>
    </message>
    <message>
        <source>%1 answers to check (required and missing, too long or malformed)</source>
        <translation>%1 réponses à revoir (obligatoires et absentes, trop longues ou mal formées)</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Status of this section</source>
        <translation>Statut de cette section</translation>
    </message>
    <message>
        <source>What is known of this sheet</source>
        <translation>Ce que l’on sait de cette fiche</translation>
    </message>
    <message>
        <source>About this section</source>
        <translation>À propos de cette section</translation>
    </message>
    <message>
        <source>Show or hide the summary of the sheet</source>
        <translation>Afficher ou masquer le résumé de la fiche</translation>
    </message>
    <message>
        <source>Internal notes for the team (never exported)</source>
        <translation>Notes internes pour l’équipe (jamais exportées)</translation>
    </message>
    <message>
        <source>Reminders, points to check with colleagues…</source>
        <translation>Rappels, points à vérifier avec les collègues…</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Replace your answer?</source>
        <translation>Remplacer votre réponse ?</translation>
    </message>
    <message>
        <source>Your answer to this question will be replaced by the federation’s proposal.</source>
        <translation>Votre réponse à cette question sera remplacée par la proposition de la fédération.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 questions répondues sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 question answered</source>
        <translation>%1 question répondue sur %2</translation>
    </message>
</context>
<context>
    <name>SendCheckDialog</name>
    <message>
        <source>Before sending</source>
        <translation>Avant l’envoi</translation>
    </message>
    <message>
        <source>%1 point to check before “%2”:</source>
        <translation>%1 point à vérifier avant « %2 » :</translation>
    </message>
    <message>
        <source>%1 points to check before “%2”:</source>
        <translation>%1 points à vérifier avant « %2 » :</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Required answer missing</source>
        <translation>Réponse obligatoire absente</translation>
    </message>
    <message>
        <source>Answer too long</source>
        <translation>Réponse trop longue</translation>
    </message>
    <message>
        <source>Answer not in the expected form</source>
        <translation>Réponse mal formée</translation>
    </message>
    <message>
        <source>Possible personal data</source>
        <translation>Donnée personnelle possible</translation>
    </message>
    <message>
        <source>Choice no longer offered by the form</source>
        <translation>Choix retiré du formulaire</translation>
    </message>
    <message>
        <source>Merge conflict to resolve</source>
        <translation>Conflit de fusion à résoudre</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <source>Go to the answer selected in the list</source>
        <translation>Aller à la réponse choisie dans la liste</translation>
    </message>
</context>
<context>
    <name>SingleChoiceWidget</name>
    <message>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>Leave this question unanswered</source>
        <translation>Laisser cette question sans réponse</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Members of this paragraph</source>
        <translation>Membres dont ce paragraphe est issu</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Tick the members whose answers this paragraph takes up.</source>
        <translation>Cochez les membres dont ce paragraphe reprend les réponses.</translation>
    </message>
</context>
<context>
    <name>SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>“%1”, open at the last exit, cannot be reached: it was moved or deleted, or its drive does not answer.</source>
        <translation>« %1 », ouvert à la dernière fermeture, est inaccessible : il a été déplacé ou supprimé, ou son lecteur ne répond pas.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validé</translation>
    </message>
</context>
<context>
    <name>ThemesPane</name>
    <message>
        <source>Find the &amp;themes</source>
        <translation>&amp;Grouper par thème</translation>
    </message>
    <message>
        <source>Group the answers by what they say; pinned themes stay as they are</source>
        <translation>Regrouper les réponses selon ce qu’elles disent ; les thèmes épinglés restent tels quels</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Themes of the answers</source>
        <translation>Thèmes des réponses</translation>
    </message>
    <message>
        <source>What the theme says</source>
        <translation>Ce que dit le thème</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>Éping&amp;ler</translation>
    </message>
    <message>
        <source>A pinned theme keeps its answers when the themes are found again</source>
        <translation>Un thème épinglé garde ses réponses quand les réponses sont regroupées à nouveau</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Spl&amp;it</source>
        <translation>&amp;Diviser</translation>
    </message>
    <message>
        <source>Mo&amp;ve answers to</source>
        <translation>Déplacer l&amp;es réponses vers</translation>
    </message>
    <message>
        <source>Move the answers selected below to another theme</source>
        <translation>Déplacer les réponses choisies ci-dessous vers un autre thème</translation>
    </message>
    <message>
        <source>Attri&amp;bute the theme</source>
        <translation>Attri&amp;buer le thème</translation>
    </message>
    <message>
        <source>Every answer of the theme supports the paragraph under the cursor of the collective answer (%1)</source>
        <translation>Toutes les réponses du thème appuient le paragraphe où se trouve le curseur dans la réponse collective (%1)</translation>
    </message>
    <message>
        <source>Describing the themes…</source>
        <translation>Description des thèmes…</translation>
    </message>
    <message>
        <source>The answers are not grouped by theme yet.</source>
        <translation>Les réponses ne sont pas encore regroupées par thème.</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s); a pinned theme keeps its answers.</source>
        <translation>
            <numerusform>%n thème ; un thème épinglé garde ses réponses.</numerusform>
            <numerusform>%n thèmes ; un thème épinglé garde ses réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the &amp;themes again</source>
        <translation>Re&amp;grouper par thème</translation>
    </message>
    <message>
        <source>Others (fit no theme)</source>
        <translation>Autres (ne relèvent d’aucun thème)</translation>
    </message>
    <message>
        <source>New (collected since, near no theme)</source>
        <translation>Nouvelles (collectées depuis, loin de tout thème)</translation>
    </message>
    <message>
        <source>Theme without distinctive terms</source>
        <translation>Thème sans terme distinctif</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Grouping the answers by theme…</source>
        <translation>Regroupement des réponses par thème…</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>Nom du thème :</translation>
    </message>
    <message>
        <source>Splitting the theme…</source>
        <translation>Division du thème…</translation>
    </message>
    <message>
        <source>A new theme…</source>
        <translation>Un nouveau thème…</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name is recorded as the author of your changes, so colleagues can see who wrote what when drafts are brought together. You can change it later in the preferences.</source>
        <translation>Votre nom est enregistré comme auteur de vos modifications : quand les brouillons sont rassemblés, vos collègues voient qui a écrit quoi. Vous pourrez le changer dans les préférences.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Save a version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Name of this version (for instance « Relue par le DIM »):</source>
        <translation>Nom de cette version (par exemple « Relue par le DIM ») :</translation>
    </message>
    <message>
        <source>Version “%1” kept: save the draft to keep it in the file.</source>
        <translation>Version « %1 » gardée : enregistrez le brouillon pour la garder dans le fichier.</translation>
    </message>
    <message>
        <source>Back to “%1”; the text before is kept as a version.</source>
        <translation>Retour à « %1 » ; le texte d’avant est gardé comme version.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of the draft</source>
        <translation>Versions du brouillon</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>&amp;Go back to this version…</source>
        <translation>&amp;Revenir à cette version…</translation>
    </message>
    <message>
        <source>No version kept yet: File &gt; Save a version… keeps the draft as it is now, under a name.</source>
        <translation>Aucune version gardée pour l’instant : Fichier &gt; Enregistrer une version… garde le brouillon tel qu’il est, sous un nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) differ between this version and the draft now (removed words struck through, added words highlighted).</source>
        <translation>
            <numerusform>%n réponse diffère entre cette version et le brouillon actuel (mots supprimés barrés, mots ajoutés surlignés).</numerusform>
            <numerusform>%n réponses diffèrent entre cette version et le brouillon actuel (mots supprimés barrés, mots ajoutés surlignés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Go back to a version</source>
        <translation>Revenir à une version</translation>
    </message>
    <message>
        <source>Go back to “%1”? The draft as it is now is first kept as a version, so nothing is lost.</source>
        <translation>Revenir à « %1 » ? Le brouillon tel qu’il est maintenant est d’abord gardé comme version : rien n’est perdu.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Contribution to the CNIL consultation on the patient record</source>
        <translation>Contribution à la consultation de la CNIL sur le dossier patient informatisé</translation>
    </message>
    <message>
        <source>Draft your answers sheet by sheet, offline. Nobody has to answer every question: answer the sheets that concern you.</source>
        <translation>Rédigez vos réponses fiche par fiche, hors ligne. Personne n’est tenu de répondre à tout : répondez aux fiches qui vous concernent.</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>Ouvrir un document…</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
    <message>
        <source>Checking that the file is there…</source>
        <translation>Vérification de l’accès au fichier…</translation>
    </message>
    <message>
        <source>Unavailable: the file was moved or deleted, or its drive does not answer</source>
        <translation>Indisponible : le fichier a été déplacé ou supprimé, ou son lecteur ne répond pas</translation>
    </message>
    <message>
        <source>Kit sent by %1</source>
        <translation>Kit envoyé par %1</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Opening it starts a new contribution.</source>
        <translation>L’ouvrir commence une nouvelle contribution.</translation>
    </message>
    <message>
        <source>Already started from it: %1</source>
        <translation>Déjà commencée à partir de ce kit : %1</translation>
    </message>
    <message>
        <source>Collective contribution</source>
        <translation>Contribution collective</translation>
    </message>
    <message>
        <source>saved on %1 at %2</source>
        <translation>enregistré le %1 à %2</translation>
    </message>
    <message>
        <source>%1 of %2 question answered</source>
        <translation>%1 question répondue sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 questions répondues sur %2</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Merge a copy…</source>
        <translation>Fusionner une &amp;copie…</translation>
    </message>
    <message>
        <source>Resolve the &amp;conflicts…</source>
        <translation>Résoudre les conf&amp;lits…</translation>
    </message>
    <message>
        <source>Save a &amp;version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Vers&amp;ions…</translation>
    </message>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>Exporter en &amp;Word…</translation>
    </message>
    <message>
        <source>Export the &amp;blank questionnaire…</source>
        <translation>Exporter le questionnaire vier&amp;ge…</translation>
    </message>
    <message>
        <source>Export for the &amp;federation…</source>
        <translation>Exporter pour la fé&amp;dération…</translation>
    </message>
    <message>
        <source>Prepare the &amp;members’ kit…</source>
        <translation>Préparer le &amp;kit des membres…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Search the answers…</source>
        <translation>Rec&amp;hercher dans les réponses…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Consolidate the members&apos; answers…</source>
        <translation>&amp;Consolider les réponses des membres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About dpi-consult</source>
        <translation>À &amp;propos de dpi-consult</translation>
    </message>
    <message>
        <source>%1 (kit: starts a new contribution)</source>
        <translation>%1 (kit : commence une nouvelle contribution)</translation>
    </message>
    <message>
        <source>No recent drafts</source>
        <translation>Aucun brouillon récent</translation>
    </message>
</context>
</TS>
