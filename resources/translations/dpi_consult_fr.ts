<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>ComboChoiceWidget</name>
    <message>
        <source>— No answer —</source>
        <translation>— Pas de réponse —</translation>
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
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>Impossible d’enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
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
    <message>
        <source>%1 file(s): %2 imported, %3 updated, %4 duplicate(s), %5 refused. The collective contribution now holds %6 member(s).</source>
        <translation>%1 fichier(s) : %2 importé(s), %3 mis à jour, %4 doublon(s), %5 refusé(s). La contribution collective compte désormais %6 membre(s).</translation>
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
    <name>MainWindow</name>
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
        <source>&amp;Export to Word…</source>
        <translation>&amp;Exporter en Word…</translation>
    </message>
    <message>
        <source>Export the &amp;blank questionnaire…</source>
        <translation>Exporter le questionnaire &amp;vierge…</translation>
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
        <translation>&amp;Rechercher dans les réponses…</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About dpi-consult</source>
        <translation>À &amp;propos de dpi-consult</translation>
    </message>
    <message>
        <source>No recent drafts</source>
        <translation>Aucun brouillon récent</translation>
    </message>
    <message>
        <source>Untitled contribution</source>
        <translation>Contribution sans titre</translation>
    </message>
    <message>
        <source>About dpi-consult</source>
        <translation>À propos de dpi-consult</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;dpi-consult %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Draft, bring together and export contributions to the CNIL public consultation on the electronic patient record (DPI).&lt;/p&gt;&lt;p&gt;Works offline: nothing you type leaves this computer unless you send the file yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;dpi-consult %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rédiger, rassembler et exporter les contributions à la consultation publique de la CNIL sur le dossier patient informatisé (DPI).&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne : rien de ce que vous saisissez ne quitte cet ordinateur, sauf si vous envoyez vous-même le fichier.&lt;/p&gt;</translation>
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
    <name>MembersCsvExport</name>
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
        <source>%1 of %2 members shown</source>
        <translation>%1 membres affichés sur %2</translation>
    </message>
    <message>
        <source>%1 member(s)</source>
        <translation>%1 membre(s)</translation>
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
        <source>Check &amp;spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
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
        <source>dpi-consult did not close normally. The text of %1 drafts was kept: choose what to do with each one.</source>
        <translation>dpi-consult ne s’est pas fermé normalement. Le texte de %1 brouillons a été conservé : choisissez quoi faire de chacun.</translation>
    </message>
    <message>
        <source>dpi-consult did not close normally. The text you were writing was kept and can be restored.</source>
        <translation>dpi-consult ne s’est pas fermé normalement. Le texte que vous rédigiez a été conservé et peut être restauré.</translation>
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
        <source>Last kept:</source>
        <translation>Dernière sauvegarde :</translation>
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
        <source>Restore opens the recovered text; save it to keep it. Discard deletes the recovered text for good. Decide later keeps it and asks again at the next start.</source>
        <translation>« Restaurer » ouvre le texte récupéré ; enregistrez-le pour le conserver. « Supprimer » efface définitivement le texte récupéré. « Décider plus tard » le garde et vous le proposera au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
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
        <source>… and %1 more answered questions.</source>
        <translation>… et %1 autres questions répondues.</translation>
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
        <source>%1: %2 of %3 questions answered</source>
        <translation>%1 : %2 questions répondues sur %3</translation>
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
        <source>What this sheet recommends</source>
        <translation>Ce que recommande cette fiche</translation>
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
        <source>%1 of %2 questions answered</source>
        <translation>%1 questions répondues sur %2</translation>
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
        <source>Open a draft…</source>
        <translation>Ouvrir un brouillon…</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Brouillons récents</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
</TS>
