<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Movie Tool</source>
        <translation>Movie Tool</translation>
    </message>
    <message>
        <source>The library in %1 cannot be opened: %2</source>
        <translation>Die Bibliothek in %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>mt::AssetDelegate</name>
    <message>
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>BILD</translation>
    </message>
    <message>
        <source>AUDIO</source>
        <translation>AUDIO</translation>
    </message>
    <message>
        <source>STORYBOARD</source>
        <translation>STORYBOARD</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>storyboard card</source>
        <translation>Storyboard-Karte</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
</context>
<context>
    <name>mt::AssetModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Storyboard card: generate the shot to replace it.</source>
        <translation>Storyboard-Karte: Generieren Sie die Einstellung, um die Karte zu ersetzen.</translation>
    </message>
    <message>
        <source>Take review is checking this take…</source>
        <translation>Die Take-Prüfung prüft diesen Take …</translation>
    </message>
</context>
<context>
    <name>mt::AssetStore</name>
    <message>
        <source>No project with id %1. `movietool-cli project list` shows the projects.</source>
        <translation>Kein Projekt mit der ID %1. `movietool-cli project list` zeigt die Projekte.</translation>
    </message>
    <message>
        <source>“%1” is not a path inside the library; import files through the library so that they are copied into it.</source>
        <translation>„%1“ ist kein Pfad innerhalb der Bibliothek; importieren Sie Dateien über die Bibliothek, damit sie dorthin kopiert werden.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 digest (64 lower-case hex digits).</source>
        <translation>„%1“ ist kein SHA-256-Hashwert (64 Hexadezimalziffern in Kleinbuchstaben).</translation>
    </message>
    <message>
        <source>A file size cannot be negative (%1).</source>
        <translation>Eine Dateigröße kann nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>A duration cannot be negative (%L1 s).</source>
        <translation>Eine Dauer kann nicht negativ sein (%L1 s).</translation>
    </message>
    <message>
        <source>The file name has %1 characters; at most %2 are kept.</source>
        <translation>Der Dateiname hat %1 Zeichen; höchstens %2 werden beibehalten.</translation>
    </message>
    <message>
        <source>This file is already asset %1 (“%2”) of the project.</source>
        <translation>Diese Datei ist bereits Medium %1 („%2“) des Projekts.</translation>
    </message>
    <message>
        <source>No asset with id %1. `movietool-cli asset list P` shows a project&apos;s assets.</source>
        <translation>Kein Medium mit der ID %1. `movietool-cli asset list P` zeigt die Medien eines Projekts.</translation>
    </message>
    <message numerus="yes">
        <source>Asset %1 (“%2”) is used by %n clip(s) on the timeline. Remove them first (`movietool-cli timeline show %3` lists them), then the asset.</source>
        <translation>
            <numerusform>Medium %1 („%2“) wird von %n Clip in der Zeitleiste verwendet. Entfernen Sie zuerst diesen Clip (`movietool-cli timeline show %3` zeigt ihn an), dann das Medium.</numerusform>
            <numerusform>Medium %1 („%2“) wird von %n Clips in der Zeitleiste verwendet. Entfernen Sie zuerst diese Clips (`movietool-cli timeline show %3` listet sie auf), dann das Medium.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mt::AudioWaveform</name>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>Das Lesen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2).</source>
        <translation>„%1“ konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). Check that it is a complete media file.</source>
        <translation>„%1“ konnte nicht gelesen werden (%2). Prüfen Sie, ob die Mediendatei vollständig ist.</translation>
    </message>
    <message>
        <source>“%1” has no sound, so it has no waveform.</source>
        <translation>„%1“ hat keinen Ton und daher keine Wellenform.</translation>
    </message>
    <message>
        <source>“%1” uses the %2 codec, which this FFmpeg cannot decode. Convert it to a common format such as AAC first.</source>
        <translation>„%1“ verwendet den Codec %2, den dieses FFmpeg nicht dekodieren kann. Wandeln Sie die Datei zuerst in ein gängiges Format wie AAC um.</translation>
    </message>
    <message>
        <source>Out of memory while reading “%1”.</source>
        <translation>Nicht genug Arbeitsspeicher beim Lesen von „%1“.</translation>
    </message>
    <message>
        <source>The sound of “%1” could not be decoded (%2). The file may be damaged; copy or download it again.</source>
        <translation>Der Ton von „%1“ konnte nicht dekodiert werden (%2). Die Datei ist möglicherweise beschädigt; kopieren Sie sie erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>The sound of “%1” cannot be mixed to mono (%2).</source>
        <translation>Der Ton von „%1“ kann nicht zu Mono heruntergemischt werden (%2).</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <source>No sound could be decoded from “%1” (%2). The file may be damaged; copy or download it again.</source>
        <translation>Aus „%1“ konnte kein Ton dekodiert werden (%2). Die Datei ist möglicherweise beschädigt; kopieren Sie sie erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>“%1” is truncated: its sound ends at %L2 s of the %L3 s its header announces. Copy or download it again.</source>
        <translation>„%1“ ist unvollständig: Der Ton endet bei %L2 s, der Dateikopf gibt aber %L3 s an. Kopieren Sie die Datei erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>A waveform has 1 to %1 parts.</source>
        <translation>Eine Wellenform besteht aus 1 bis %1 Teilen.</translation>
    </message>
    <message>
        <source>Making the waveform was cancelled.</source>
        <translation>Das Erstellen der Wellenform wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the folder&apos;s free space and permissions.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>%1 is not a waveform made by Movie Tool.</source>
        <translation>%1 ist keine von Movie Tool erstellte Wellenform.</translation>
    </message>
</context>
<context>
    <name>mt::CharacterDelegate</name>
    <message>
        <source>no pictures yet</source>
        <translation>noch keine Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mt::CharacterEditor</name>
    <message>
        <source>Add Pictures…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <source>Make Primary</source>
        <translation>Zum Hauptbild machen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Edit Character</source>
        <translation>Figur bearbeiten</translation>
    </message>
    <message>
        <source>New Character</source>
        <translation>Neue Figur</translation>
    </message>
    <message>
        <source>How the film calls them</source>
        <translation>Wie der Film sie nennt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Looks, clothes, manner: what every shot should keep the same.</source>
        <translation>Aussehen, Kleidung, Auftreten: was in jeder Einstellung gleich bleiben soll.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Reference pictures</source>
        <translation>Referenzbilder</translation>
    </message>
    <message>
        <source>Drop pictures here from your file manager</source>
        <translation>Ziehen Sie Bilder aus Ihrem Dateimanager hierher</translation>
    </message>
    <message>
        <source>Add reference pictures</source>
        <translation>Referenzbilder hinzufügen</translation>
    </message>
    <message>
        <source>Make the selected picture primary</source>
        <translation>Das ausgewählte Bild zum Hauptbild machen</translation>
    </message>
    <message>
        <source>The primary picture is the portrait and what character-to-video sends</source>
        <translation>Das Hauptbild ist das Porträt und wird bei Figur zu Video gesendet</translation>
    </message>
    <message>
        <source>Remove the selected picture</source>
        <translation>Das ausgewählte Bild entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Drop pictures of the character here, or add them. The primary one (★) is the portrait.</source>
        <translation>Ziehen Sie Bilder der Figur hierher oder fügen Sie sie hinzu. Das Hauptbild (★) ist das Porträt.</translation>
    </message>
    <message>
        <source>The character could not be read.</source>
        <translation>Die Figur konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>★ Primary</source>
        <translation>★ Hauptbild</translation>
    </message>
    <message>
        <source>%1 (added when you save)</source>
        <translation>%1 (wird beim Speichern hinzugefügt)</translation>
    </message>
    <message>
        <source>“%1” is not a picture Movie Tool can read. Use a JPEG, PNG or WebP image.</source>
        <translation>„%1“ ist kein Bild, das Movie Tool lesen kann. Verwenden Sie ein JPEG-, PNG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>Some files were not added:</source>
        <translation>Einige Dateien wurden nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>Add Reference Pictures</source>
        <translation>Referenzbilder hinzufügen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the character a name.</source>
        <translation>Geben Sie der Figur einen Namen.</translation>
    </message>
    <message>
        <source>The description is too long.</source>
        <translation>Die Beschreibung ist zu lang.</translation>
    </message>
    <message>
        <source>Shorten it to %1 characters.</source>
        <translation>Kürzen Sie sie auf %1 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” was saved, but not all of its pictures:</source>
        <translation>„%1“ wurde gespeichert, aber nicht alle Bilder:</translation>
    </message>
</context>
<context>
    <name>mt::CharacterModel</name>
    <message>
        <source>Portrait of %1</source>
        <translation>Porträt von %1</translation>
    </message>
</context>
<context>
    <name>mt::CharacterStore</name>
    <message>
        <source>“%1” is not a path inside the library; add images through the library so that they are copied into it.</source>
        <translation>„%1“ ist kein Pfad innerhalb der Bibliothek; fügen Sie Bilder über die Bibliothek hinzu, damit sie dorthin kopiert werden.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 digest (64 lower-case hex digits).</source>
        <translation>„%1“ ist kein SHA-256-Hashwert (64 Hexadezimalziffern in Kleinbuchstaben).</translation>
    </message>
    <message>
        <source>An image of %1×%2 pixels cannot be a reference image: each side must be 1 to %3 pixels.</source>
        <translation>Ein Bild mit %1×%2 Pixeln kann kein Referenzbild sein: Jede Seite muss 1 bis %3 Pixel lang sein.</translation>
    </message>
    <message>
        <source>A file size cannot be negative (%1).</source>
        <translation>Eine Dateigröße kann nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>The file name has %1 characters; at most %2 are kept.</source>
        <translation>Der Dateiname hat %1 Zeichen; höchstens %2 werden beibehalten.</translation>
    </message>
    <message>
        <source>This picture is already image %1 of “%2”.</source>
        <translation>Dieses Bild ist bereits Bild %1 von „%2“.</translation>
    </message>
    <message>
        <source>No character with id %1. `movietool-cli character list` shows the characters.</source>
        <translation>Keine Figur mit der ID %1. `movietool-cli character list` zeigt die Figuren.</translation>
    </message>
    <message>
        <source>No character image with id %1. `movietool-cli character show C` lists a character&apos;s images.</source>
        <translation>Kein Figurenbild mit der ID %1. `movietool-cli character show C` listet die Bilder einer Figur auf.</translation>
    </message>
    <message>
        <source>No character with id or name “%1”. `movietool-cli character list` shows the characters.</source>
        <translation>Keine Figur mit der ID oder dem Namen „%1“. `movietool-cli character list` zeigt die Figuren.</translation>
    </message>
    <message>
        <source>A character needs a name of 1 to %1 characters.</source>
        <translation>Eine Figur braucht einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The character name has %1 characters; shorten it to at most %2.</source>
        <translation>Der Name der Figur hat %1 Zeichen; kürzen Sie ihn auf höchstens %2.</translation>
    </message>
    <message>
        <source>The description has %1 characters; shorten it to at most %2.</source>
        <translation>Die Beschreibung hat %1 Zeichen; kürzen Sie sie auf höchstens %2.</translation>
    </message>
    <message>
        <source>There is already a character named “%1” (id %2). Choose another name; names are compared ignoring case.</source>
        <translation>Es gibt bereits eine Figur namens „%1“ (ID %2). Wählen Sie einen anderen Namen; beim Vergleich wird Groß- und Kleinschreibung nicht beachtet.</translation>
    </message>
</context>
<context>
    <name>mt::CharactersPanel</name>
    <message>
        <source>New Character…</source>
        <translation>Neue Figur…</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <source>New character</source>
        <translation>Neue Figur</translation>
    </message>
    <message>
        <source>Add a character to the cast, with reference pictures</source>
        <translation>Eine Figur mit Referenzbildern zur Besetzung hinzufügen</translation>
    </message>
    <message>
        <source>Search the cast</source>
        <translation>Besetzung durchsuchen</translation>
    </message>
    <message>
        <source>Search characters by name</source>
        <translation>Figuren nach Namen suchen</translation>
    </message>
    <message>
        <source>The cast</source>
        <translation>Die Besetzung</translation>
    </message>
    <message>
        <source>The cast could not be listed.</source>
        <translation>Die Besetzung konnte nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>No characters yet</source>
        <translation>Noch keine Figuren</translation>
    </message>
    <message>
        <source>Give your film a cast: a name, a description and a few reference pictures keep a character the same from shot to shot.</source>
        <translation>Geben Sie Ihrem Film eine Besetzung: Ein Name, eine Beschreibung und einige Referenzbilder halten eine Figur von Einstellung zu Einstellung gleich.</translation>
    </message>
    <message>
        <source>Nobody matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No character&apos;s name contains “%1”.</source>
        <translation>Kein Figurenname enthält „%1“.</translation>
    </message>
    <message>
        <source>Show the whole cast</source>
        <translation>Gesamte Besetzung anzeigen</translation>
    </message>
    <message>
        <source>Some pictures were not added to “%1”:</source>
        <translation>Einige Bilder wurden „%1“ nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete Character</source>
        <translation>Figur löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from the cast? Its reference pictures go to the library&apos;s trash.</source>
        <translation>„%1“ aus der Besetzung löschen? Die Referenzbilder kommen in den Papierkorb der Bibliothek.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>mt::ClipFeed</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>%1 has no picture any more. Import it again, or remove its clip.</source>
        <translation>%1 hat kein Bild mehr. Importieren Sie die Datei erneut oder entfernen Sie ihren Clip.</translation>
    </message>
    <message>
        <source>Seeking in %1 failed</source>
        <translation>Positionieren in %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation>Lesen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Decoding %1 failed</source>
        <translation>Dekodieren von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 changes its picture size or format part-way. Convert it (movietool-cli convert) and use the converted file.</source>
        <translation>%1 ändert mittendrin Bildgröße oder Bildformat. Wandeln Sie die Datei um (movietool-cli convert) und verwenden Sie die umgewandelte Datei.</translation>
    </message>
    <message>
        <source>Converting the picture of %1 failed</source>
        <translation>Umwandeln des Bildes von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 changes its sound format part-way. Convert it (movietool-cli convert) and use the converted file.</source>
        <translation>%1 ändert mittendrin das Tonformat. Wandeln Sie die Datei um (movietool-cli convert) und verwenden Sie die umgewandelte Datei.</translation>
    </message>
    <message>
        <source>Converting the sound of %1 failed</source>
        <translation>Umwandeln des Tons von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rendering %1 failed</source>
        <translation>Rendern von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rendering the picture of %1 failed</source>
        <translation>Rendern des Bildes von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rendering the sound of %1 failed</source>
        <translation>Rendern des Tons von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No picture could be decoded from “%1”. Check the file in a player, or remove its clip.</source>
        <translation>Aus „%1“ konnte kein Bild dekodiert werden. Prüfen Sie die Datei in einem Player oder entfernen Sie ihren Clip.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
</context>
<context>
    <name>mt::CredentialStore</name>
    <message>
        <source>No system keychain is available, so API keys are kept in a file only you can read. Anyone with access to your account can read them; install a keyring (GNOME Keyring, KWallet) to keep them in the keychain instead.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher werden API-Schlüssel in einer Datei gespeichert, die nur Sie lesen können. Jeder mit Zugriff auf Ihr Benutzerkonto kann sie lesen; installieren Sie einen Schlüsselbund (GNOME Keyring, KWallet), um sie stattdessen dort zu speichern.</translation>
    </message>
    <message>
        <source>%1 must be an https address (plain http only for this machine: localhost, 127.0.0.1, ::1); got “%2”.</source>
        <translation>%1 muss eine https-Adresse sein (einfaches http nur für diesen Rechner: localhost, 127.0.0.1, ::1); erhalten: „%2“.</translation>
    </message>
    <message>
        <source>The API key for %1 is empty. Paste the key from your %1 account.</source>
        <translation>Der API-Schlüssel für %1 ist leer. Fügen Sie den Schlüssel aus Ihrem %1-Konto ein.</translation>
    </message>
    <message>
        <source>That is not an API key for %1: it is longer than %2 characters.</source>
        <translation>Das ist kein API-Schlüssel für %1: Er ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>That is not an API key for %1: it contains spaces or control characters. Paste the key alone.</source>
        <translation>Das ist kein API-Schlüssel für %1: Er enthält Leer- oder Steuerzeichen. Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the API keys.</source>
        <translation>Der Ordner %1 für die API-Schlüssel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write the API key file %1: %2.</source>
        <translation>Die API-Schlüsseldatei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>mt::Database</name>
    <message>
        <source>No library database file was given.</source>
        <translation>Es wurde keine Datenbankdatei für die Bibliothek angegeben.</translation>
    </message>
    <message>
        <source>The library database %1 could not be opened (%2). Check that the folder exists and is writable.</source>
        <translation>Die Bibliotheksdatenbank %1 konnte nicht geöffnet werden (%2). Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The library database was not updated, because no backup could be made first: %1</source>
        <translation>Die Bibliotheksdatenbank wurde nicht aktualisiert, weil zuvor keine Sicherung erstellt werden konnte: %1</translation>
    </message>
    <message>
        <source>The library database could not be updated to version %1 (%2); it was left at version %3. %4</source>
        <translation>Die Bibliotheksdatenbank konnte nicht auf Version %1 aktualisiert werden (%2); sie bleibt auf Version %3. %4</translation>
    </message>
    <message>
        <source>The library database could not be updated to version %1 (%2): it would break references in table %3. It was left at version %4.</source>
        <translation>Die Bibliotheksdatenbank konnte nicht auf Version %1 aktualisiert werden (%2): Dabei würden Verweise in der Tabelle %3 ungültig. Sie bleibt auf Version %4.</translation>
    </message>
    <message>
        <source>Could not write the database copy %1. Check that the folder is writable and the disk has free space.</source>
        <translation>Die Datenbankkopie %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar ist und genug Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1. Check that it is writable.</source>
        <translation>Der Sicherungsordner %1 konnte nicht erstellt werden. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database in %1, so it was not replaced. Check that the folder is writable.</source>
        <translation>In %1 konnte keine Kopie der aktuellen Datenbank angelegt werden, daher wurde sie nicht ersetzt. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>No library database is open to back up.</source>
        <translation>Es ist keine Bibliotheksdatenbank geöffnet, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>There is no database file %1. Backups are kept in the library&apos;s backups folder.</source>
        <translation>Es gibt keine Datenbankdatei %1. Sicherungen liegen im Sicherungsordner der Bibliothek.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>No library database is open to restore into.</source>
        <translation>Es ist keine Bibliotheksdatenbank geöffnet, in die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <source>%1 is the library database itself; choose a backup to restore.</source>
        <translation>%1 ist die Bibliotheksdatenbank selbst; wählen Sie eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1. Check its permissions.</source>
        <translation>Der Ordner für %1 konnte nicht erstellt werden. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not remove %1; is Movie Tool still running? Close it and try again.</source>
        <translation>%1 konnte nicht entfernt werden. Läuft Movie Tool noch? Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not replace %1 (%2).</source>
        <translation>%1 konnte nicht ersetzt werden (%2).</translation>
    </message>
    <message>
        <source>The library database %1 is damaged or is not a database (%2). The file was left untouched. Restore a backup with `movietool-cli library restore FILE`; backups are kept in %3.</source>
        <translation>Die Bibliotheksdatenbank %1 ist beschädigt oder keine Datenbank (%2). Die Datei wurde nicht verändert. Stellen Sie mit `movietool-cli library restore FILE` eine Sicherung wieder her; Sicherungen liegen in %3.</translation>
    </message>
    <message>
        <source>The library database %1 is locked by another program (%2). Close other Movie Tool windows or commands using this library and try again.</source>
        <translation>Die Bibliotheksdatenbank %1 ist von einem anderen Programm gesperrt (%2). Schließen Sie andere Movie-Tool-Fenster oder Befehle, die diese Bibliothek verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a Movie Tool library database; it belongs to another program and was left untouched. Choose another library folder.</source>
        <translation>%1 ist keine Bibliotheksdatenbank von Movie Tool; sie gehört zu einem anderen Programm und wurde nicht verändert. Wählen Sie einen anderen Bibliotheksordner.</translation>
    </message>
    <message>
        <source>The library database %1 was made by a newer Movie Tool (schema version %2; this one knows up to %3). Update Movie Tool to open it.</source>
        <translation>Die Bibliotheksdatenbank %1 wurde von einer neueren Version von Movie Tool erstellt (Schemaversion %2; diese Version unterstützt bis %3). Aktualisieren Sie Movie Tool, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database (%2); nothing was changed. Choose another backup, for example one in %3.</source>
        <translation>%1 ist beschädigt oder keine Datenbank (%2); es wurde nichts geändert. Wählen Sie eine andere Sicherung, zum Beispiel eine aus %3.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2); nothing was changed. Try again when it is free.</source>
        <translation>%1 ist von einem anderen Programm gesperrt (%2); es wurde nichts geändert. Versuchen Sie es erneut, wenn die Datei frei ist.</translation>
    </message>
    <message>
        <source>%1 is not a Movie Tool library database; nothing was changed. Choose a backup made by Movie Tool, for example one in %2.</source>
        <translation>%1 ist keine Bibliotheksdatenbank von Movie Tool; es wurde nichts geändert. Wählen Sie eine von Movie Tool erstellte Sicherung, zum Beispiel eine aus %2.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Movie Tool (schema version %2); nothing was changed. Update Movie Tool to restore it.</source>
        <translation>%1 wurde von einer neueren Version von Movie Tool erstellt (Schemaversion %2); es wurde nichts geändert. Aktualisieren Sie Movie Tool, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The library database could not be read or written (%1). Check that the disk has free space and that no other program holds the library, then try again.</source>
        <translation>Die Bibliotheksdatenbank konnte nicht gelesen oder geschrieben werden (%1). Prüfen Sie, ob genug Speicherplatz frei ist und kein anderes Programm die Bibliothek verwendet, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>mt::DemoFilm</name>
    <message>
        <source>A lighthouse on a cliff at dusk, waves breaking far below</source>
        <translation>Ein Leuchtturm auf einer Klippe in der Abenddämmerung, tief unten brechen sich die Wellen</translation>
    </message>
    <message>
        <source>The keeper climbs the spiral stairs, lantern in hand</source>
        <translation>Der Wärter steigt mit der Laterne in der Hand die Wendeltreppe hinauf</translation>
    </message>
    <message>
        <source>On the beach below, a seed glows in the wet sand</source>
        <translation>Unten am Strand leuchtet ein Samenkorn im nassen Sand</translation>
    </message>
    <message>
        <source>The seed sprouts into a tree made of light</source>
        <translation>Aus dem Samenkorn wächst ein Baum aus Licht</translation>
    </message>
    <message>
        <source>The lighthouse beam sweeps over a sea full of lights</source>
        <translation>Der Strahl des Leuchtturms streicht über ein Meer voller Lichter</translation>
    </message>
    <message>
        <source>A short film of storyboard cards, made offline. Generate any shot for real from its clip, and export it in one click.</source>
        <translation>Ein kurzer Film aus Storyboard-Karten, offline erstellt. Generieren Sie jede Einstellung aus ihrem Clip heraus richtig und exportieren Sie den Film mit einem Klick.</translation>
    </message>
    <message>
        <source>Demo film</source>
        <translation>Demofilm</translation>
    </message>
    <message>
        <source>A shot of the demo film could not be made.</source>
        <translation>Eine Einstellung des Demofilms konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>mt::EditHistory</name>
    <message>
        <source>This step uses a file (asset %1) that has been removed from the library since, so it cannot be taken.</source>
        <translation>Dieser Schritt verwendet eine Datei (Medium %1), die inzwischen aus der Bibliothek entfernt wurde, und kann daher nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The edit history names a column “%1” that the table “%2” does not have.</source>
        <translation>Der Bearbeitungsverlauf nennt eine Spalte „%1“, die es in der Tabelle „%2“ nicht gibt.</translation>
    </message>
    <message>
        <source>The timeline was changed outside the edit history, so this step cannot be taken safely. Edit the timeline by hand instead.</source>
        <translation>Die Zeitleiste wurde außerhalb des Bearbeitungsverlaufs geändert, daher kann dieser Schritt nicht sicher ausgeführt werden. Bearbeiten Sie die Zeitleiste stattdessen von Hand.</translation>
    </message>
    <message>
        <source>The edit history could not be read. Try again; if it keeps failing, restore a backup (library restore).</source>
        <translation>Der Bearbeitungsverlauf konnte nicht gelesen werden. Versuchen Sie es erneut; falls es weiterhin fehlschlägt, stellen Sie eine Sicherung wieder her (library restore).</translation>
    </message>
    <message>
        <source>Nothing to undo: no edit of this timeline is left to take back.</source>
        <translation>Nichts rückgängig zu machen: Es gibt keine Bearbeitung dieser Zeitleiste mehr, die zurückgenommen werden kann.</translation>
    </message>
    <message>
        <source>Nothing to redo: no undone edit is left to make again.</source>
        <translation>Nichts wiederherzustellen: Es gibt keine rückgängig gemachte Bearbeitung mehr, die erneut ausgeführt werden kann.</translation>
    </message>
</context>
<context>
    <name>mt::EmptyState</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Make your first film</source>
        <translation>Erstellen Sie Ihren ersten Film</translation>
    </message>
    <message>
        <source>A project holds one film: import your shots, put them in order on the timeline and export with one click.</source>
        <translation>Ein Projekt enthält einen Film: Importieren Sie Ihre Einstellungen, ordnen Sie sie in der Zeitleiste an und exportieren Sie mit einem Klick.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Choose a project in the Projects panel, or start a new one.</source>
        <translation>Wählen Sie ein Projekt im Bereich „Projekte“ oder beginnen Sie ein neues.</translation>
    </message>
</context>
<context>
    <name>mt::EncodedOutput</name>
    <message>
        <source>Encoding</source>
        <translation>Kodieren</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Encoding with %1 failed (%2).</source>
        <translation>Kodieren mit %1 fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>mt::Encoder</name>
    <message>
        <source>The %1 encoder is missing.</source>
        <translation>Der Encoder %1 fehlt.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The %1 encoder would not start (%2).</source>
        <translation>Der Encoder %1 ließ sich nicht starten (%2).</translation>
    </message>
    <message>
        <source>The %1 encoder has no option “%2”; check the preset.</source>
        <translation>Der Encoder %1 hat keine Option „%2“; prüfen Sie die Voreinstellung.</translation>
    </message>
</context>
<context>
    <name>mt::ExportBanner</name>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the exported film</source>
        <translation>Den exportierten Film abspielen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show the exported film in its folder</source>
        <translation>Den exportierten Film in seinem Ordner anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exported &lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exportiert (%2, %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export of “%1” failed.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Export von „%1“ fehlgeschlagen.&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>mt::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Project to export</source>
        <translation>Zu exportierendes Projekt</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei auswählen</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Render mode</source>
        <translation>Render-Modus</translation>
    </message>
    <message>
        <source>Automatic — the fastest exact way</source>
        <translation>Automatisch – der schnellste exakte Weg</translation>
    </message>
    <message>
        <source>Copy — whole clips only, no re-encoding</source>
        <translation>Kopieren – nur ganze Clips, ohne Neukodierung</translation>
    </message>
    <message>
        <source>Smart — re-encode only around cuts</source>
        <translation>Smart – nur um Schnitte herum neu kodieren</translation>
    </message>
    <message>
        <source>Full — re-encode everything</source>
        <translation>Vollständig – alles neu kodieren</translation>
    </message>
    <message>
        <source>Render &amp;mode:</source>
        <translation>Render-&amp;Modus:</translation>
    </message>
    <message>
        <source>Batch: export several projects and presets at once</source>
        <translation>Stapel: mehrere Projekte und Voreinstellungen auf einmal exportieren</translation>
    </message>
    <message>
        <source>Projects to export</source>
        <translation>Zu exportierende Projekte</translation>
    </message>
    <message>
        <source>Presets to export with</source>
        <translation>Voreinstellungen für den Export</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>A new file in %1</source>
        <translation>Eine neue Datei in %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Films to queue: %1, each into its project&apos;s export folder.</source>
        <translation>Filme für die Warteschlange: %1, jeweils in den Exportordner ihres Projekts.</translation>
    </message>
    <message>
        <source>Tick at least one project and one preset.</source>
        <translation>Haken Sie mindestens ein Projekt und eine Voreinstellung an.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Nothing was queued:</source>
        <translation>Nichts wurde in die Warteschlange gestellt:</translation>
    </message>
    <message>
        <source>Queued: %1. Refused:</source>
        <translation>In die Warteschlange gestellt: %1. Abgelehnt:</translation>
    </message>
</context>
<context>
    <name>mt::ExportPlanner</name>
    <message>
        <source>the “%1” preset writes other codecs than the clips&apos; H.264 and AAC</source>
        <translation>die Voreinstellung „%1“ schreibt andere Codecs als H.264 und AAC der Clips</translation>
    </message>
    <message>
        <source>music or voice is laid under the picture</source>
        <translation>unter dem Bild liegt Musik oder Sprache</translation>
    </message>
    <message>
        <source>clip %1 is a still picture</source>
        <translation>Clip %1 ist ein Standbild</translation>
    </message>
    <message>
        <source>the volume of clip %1 is changed</source>
        <translation>die Lautstärke von Clip %1 ist geändert</translation>
    </message>
    <message>
        <source>clip %1 crossfades into the next</source>
        <translation>Clip %1 wird in den nächsten übergeblendet</translation>
    </message>
    <message>
        <source>clip %1 dips to black before the next</source>
        <translation>Clip %1 blendet vor dem nächsten auf Schwarz ab</translation>
    </message>
    <message>
        <source>clip %1 is not H.264</source>
        <translation>Clip %1 ist nicht H.264</translation>
    </message>
    <message>
        <source>the sound of clip %1 is not AAC</source>
        <translation>der Ton von Clip %1 ist nicht AAC</translation>
    </message>
    <message>
        <source>clip %1 is turned (a phone held upright)</source>
        <translation>Clip %1 ist gedreht (hochkant gehaltenes Telefon)</translation>
    </message>
    <message>
        <source>clip %1 has a variable frame rate</source>
        <translation>Clip %1 hat eine variable Bildrate</translation>
    </message>
    <message>
        <source>clip %1 is %2×%3, not the project&apos;s %4×%5</source>
        <translation>Clip %1 hat %2×%3 statt der %4×%5 des Projekts</translation>
    </message>
    <message>
        <source>clip %1 runs at %2 frames per second, not the project&apos;s %3</source>
        <translation>Clip %1 läuft mit %2 Bildern pro Sekunde statt mit den %3 des Projekts</translation>
    </message>
    <message>
        <source>A film exports with a video or sound preset (share, h265, webm, prores, m4a). For a GIF or a picture, convert the exported film.</source>
        <translation>Ein Film wird mit einer Video- oder Tonvoreinstellung exportiert (share, h265, webm, prores, m4a). Für ein GIF oder ein Bild wandeln Sie den exportierten Film um.</translation>
    </message>
    <message>
        <source>The timeline of “%1” is empty: add a clip, then export.</source>
        <translation>Die Zeitleiste von „%1“ ist leer: Fügen Sie einen Clip hinzu und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>The file of %1 (“%2”) is missing from the library (%3). Import it again, or remove it from the timeline.</source>
        <translation>Die Datei für %1 („%2“) fehlt in der Bibliothek (%3). Importieren Sie sie erneut oder entfernen Sie %1 aus der Zeitleiste.</translation>
    </message>
    <message>
        <source>clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <source>the sound at %L1 s</source>
        <translation>den Ton bei %L1 s</translation>
    </message>
    <message>
        <source>The export folder %1 could not be made. Choose another in the project&apos;s settings.</source>
        <translation>Der Exportordner %1 konnte nicht erstellt werden. Wählen Sie in den Projekteinstellungen einen anderen.</translation>
    </message>
    <message>
        <source>The “%1” preset writes .%2 files; name the output so, or choose another preset.</source>
        <translation>Die Voreinstellung „%1“ schreibt .%2-Dateien; benennen Sie die Ausgabe entsprechend oder wählen Sie eine andere Voreinstellung.</translation>
    </message>
    <message>
        <source>The clips cannot be copied. %1 Export with the render mode “auto” or “full”.</source>
        <translation>Die Clips können nicht kopiert werden. %1 Exportieren Sie mit dem Render-Modus „auto“ oder „full“.</translation>
    </message>
    <message>
        <source>Copying joins whole clips, and some are trimmed. Export with the render mode “smart”: it is as exact, and re-encodes only from each cut to the next keyframe.</source>
        <translation>Kopieren fügt ganze Clips aneinander, und einige sind getrimmt. Exportieren Sie mit dem Render-Modus „smart“: Er ist genauso exakt und kodiert nur von jedem Schnitt bis zum nächsten Schlüsselbild neu.</translation>
    </message>
    <message>
        <source>Smart render needs clips it can copy. %1 Export with the render mode “auto” or “full”.</source>
        <translation>Smart Render braucht Clips, die es kopieren kann. %1 Exportieren Sie mit dem Render-Modus „auto“ oder „full“.</translation>
    </message>
</context>
<context>
    <name>mt::ExportPreset</name>
    <message>
        <source>The preset “%1” needs the %2 encoder, which the FFmpeg libraries on this computer lack. Install an FFmpeg build that has it, or choose another preset.</source>
        <translation>Die Voreinstellung „%1“ benötigt den Encoder %2, der den FFmpeg-Bibliotheken auf diesem Computer fehlt. Installieren Sie eine FFmpeg-Version, die ihn enthält, oder wählen Sie eine andere Voreinstellung.</translation>
    </message>
    <message>
        <source>The preset “%1” writes %2 files, which the FFmpeg libraries on this computer cannot write. Choose another preset.</source>
        <translation>Die Voreinstellung „%1“ schreibt %2-Dateien, die die FFmpeg-Bibliotheken auf diesem Computer nicht schreiben können. Wählen Sie eine andere Voreinstellung.</translation>
    </message>
    <message>
        <source>The preset “%1” is invalid: %2.</source>
        <translation>Die Voreinstellung „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <source>it needs a name, a container and an extension</source>
        <translation>sie braucht einen Namen, ein Containerformat und eine Dateiendung</translation>
    </message>
    <message>
        <source>maxDuration is negative</source>
        <translation>maxDuration ist negativ</translation>
    </message>
    <message>
        <source>maxFrameRate is not a frame rate</source>
        <translation>maxFrameRate ist keine Bildrate</translation>
    </message>
    <message>
        <source>the video has no codec</source>
        <translation>das Video hat keinen Codec</translation>
    </message>
    <message>
        <source>“%1” is not a pixel format</source>
        <translation>„%1“ ist kein Pixelformat</translation>
    </message>
    <message>
        <source>the codec tag must have four characters</source>
        <translation>das Codec-Tag muss aus vier Zeichen bestehen</translation>
    </message>
    <message>
        <source>the audio has no codec</source>
        <translation>der Ton hat keinen Codec</translation>
    </message>
    <message>
        <source>the sample rate %1 Hz is out of range</source>
        <translation>die Abtastrate %1 Hz liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>“%1” is not a channel layout</source>
        <translation>„%1“ ist keine Kanalbelegung</translation>
    </message>
    <message>
        <source>it writes neither picture nor sound</source>
        <translation>sie schreibt weder Bild noch Ton</translation>
    </message>
    <message>
        <source>a single frame needs a picture</source>
        <translation>ein Einzelbild braucht eine Bildspur</translation>
    </message>
</context>
<context>
    <name>mt::ExportService</name>
    <message>
        <source>Export “%1”</source>
        <translation>Export von „%1“</translation>
    </message>
</context>
<context>
    <name>mt::Exporter</name>
    <message>
        <source>it lasts %L1 s, not the planned %L2 s</source>
        <translation>er dauert %L1 s statt der geplanten %L2 s</translation>
    </message>
    <message>
        <source>its picture is %1×%2, not %3×%4</source>
        <translation>sein Bild hat %1×%2 statt %3×%4</translation>
    </message>
    <message>
        <source>it has %1 pictures, not the planned %2</source>
        <translation>er hat %1 Bilder statt der geplanten %2</translation>
    </message>
    <message>
        <source>The export was checked and not kept because %1. This is a fault of Movie Tool; please report it with the project.</source>
        <translation>Der Export wurde geprüft und verworfen: %1. Das ist ein Fehler in Movie Tool; bitte melden Sie ihn zusammen mit dem Projekt.</translation>
    </message>
</context>
<context>
    <name>mt::FlagIcons</name>
    <message>
        <source>Black picture</source>
        <translation>Schwarzes Bild</translation>
    </message>
    <message>
        <source>Frozen picture</source>
        <translation>Eingefrorenes Bild</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>Wrong length</source>
        <translation>Falsche Länge</translation>
    </message>
    <message>
        <source>Wrong frame size</source>
        <translation>Falsche Bildgröße</translation>
    </message>
    <message>
        <source>Damaged data</source>
        <translation>Beschädigte Daten</translation>
    </message>
    <message>
        <source>Drifts from its reference</source>
        <translation>Weicht von der Vorlage ab</translation>
    </message>
</context>
<context>
    <name>mt::FlagStore</name>
    <message>
        <source>No flag with id %1. `movietool-cli asset show A` lists the flags of an asset.</source>
        <translation>Keine Markierung mit der ID %1. `movietool-cli asset show A` listet die Markierungen eines Mediums auf.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of flag: use lower-case letters, digits, - and _ (at most 32), such as “frozen”.</source>
        <translation>„%1“ ist keine Art von Markierung: Verwenden Sie Kleinbuchstaben, Ziffern, - und _ (höchstens 32), etwa „frozen“.</translation>
    </message>
    <message>
        <source>A %1 flag must start at 0 s or later and end no earlier than it starts (from %L2 s to %L3 s).</source>
        <translation>Eine %1-Markierung muss bei 0 s oder später beginnen und darf nicht vor ihrem Beginn enden (von %L2 s bis %L3 s).</translation>
    </message>
    <message>
        <source>The message of a %1 flag has %2 characters; at most %3 are kept.</source>
        <translation>Die Meldung einer %1-Markierung hat %2 Zeichen; höchstens %3 werden gespeichert.</translation>
    </message>
    <message>
        <source>A review found %1 problems in asset %2; at most %3 are kept.</source>
        <translation>Eine Prüfung hat %1 Probleme in Medium %2 gefunden; höchstens %3 werden gespeichert.</translation>
    </message>
    <message>
        <source>No asset with id %1: it may have been removed while it was being reviewed.</source>
        <translation>Kein Medium mit der ID %1: Es wurde vielleicht während der Prüfung entfernt.</translation>
    </message>
</context>
<context>
    <name>mt::FrameScaler</name>
    <message>
        <source>Out of memory for a %1×%2 picture.</source>
        <translation>Nicht genug Arbeitsspeicher für ein Bild mit %1×%2.</translation>
    </message>
    <message>
        <source>Movie Tool cannot convert pictures in the %1 pixel format.</source>
        <translation>Movie Tool kann keine Bilder im Pixelformat %1 umwandeln.</translation>
    </message>
    <message>
        <source>A picture could not be scaled to %1×%2.</source>
        <translation>Ein Bild konnte nicht auf %1×%2 skaliert werden.</translation>
    </message>
</context>
<context>
    <name>mt::GenerateDialog</name>
    <message>
        <source>First frame:</source>
        <translation>Erstes Bild:</translation>
    </message>
    <message>
        <source>Character:</source>
        <translation>Figur:</translation>
    </message>
    <message>
        <source>Let the provider improve the prompt</source>
        <translation>Den Anbieter den Prompt verbessern lassen</translation>
    </message>
    <message>
        <source>Replace this clip (the current take stays as an alternate)</source>
        <translation>Diesen Clip ersetzen (der aktuelle Take bleibt als Alternative erhalten)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Generate This Shot Again</source>
        <translation>Diese Einstellung erneut generieren</translation>
    </message>
    <message>
        <source>Generate a Shot</source>
        <translation>Eine Einstellung generieren</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Describe the shot: who, where, what happens, the light and the mood. Pick camera moves below instead of writing them.</source>
        <translation>Beschreiben Sie die Einstellung: wer, wo, was geschieht, das Licht und die Stimmung. Wählen Sie Kamerabewegungen unten aus, statt sie zu beschreiben.</translation>
    </message>
    <message>
        <source>Camera moves</source>
        <translation>Kamerabewegungen</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Erstes Bild</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Prompt optimizer</source>
        <translation>Prompt-Optimierung</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>Each take is a variation of the same shot; the takes become alternates of one clip.</source>
        <translation>Jeder Take ist eine Variante derselben Einstellung; die Takes werden zu Alternativen eines Clips.</translation>
    </message>
    <message>
        <source>Replace this clip</source>
        <translation>Diesen Clip ersetzen</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Takes:</source>
        <translation>Takes:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>%1 — no API key (set it in Settings → Providers)</source>
        <translation>%1 – kein API-Schlüssel (in Einstellungen → Anbieter festlegen)</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent with [%1] · %2</source>
        <translation>Gesendet mit [%1] · %2</translation>
    </message>
    <message>
        <source>Free: rendered on this computer as a storyboard card, to be generated for real later.</source>
        <translation>Kostenlos: auf diesem Computer als Storyboard-Karte gerendert, um später richtig generiert zu werden.</translation>
    </message>
    <message>
        <source>Estimated cost: %1 × %2 takes = %3</source>
        <translation>Geschätzte Kosten: %1 × %2 Takes = %3</translation>
    </message>
    <message>
        <source>Estimated cost: %1</source>
        <translation>Geschätzte Kosten: %1</translation>
    </message>
    <message>
        <source>%1 of this month&apos;s %2 budget left</source>
        <translation>%1 vom Monatsbudget (%2) übrig</translation>
    </message>
    <message>
        <source>no monthly budget set</source>
        <translation>kein Monatsbudget festgelegt</translation>
    </message>
    <message>
        <source>No provider can make video shots in this build.</source>
        <translation>In dieser Version kann kein Anbieter Videoeinstellungen erstellen.</translation>
    </message>
    <message>
        <source>Describe the shot: the prompt is empty.</source>
        <translation>Beschreiben Sie die Einstellung: Der Prompt ist leer.</translation>
    </message>
    <message>
        <source>The prompt has %1 characters; shorten it to %2 or fewer.</source>
        <translation>Der Prompt hat %1 Zeichen; kürzen Sie ihn auf %2 oder weniger.</translation>
    </message>
    <message>
        <source>Pick a first frame: an image of the project, or a character.</source>
        <translation>Wählen Sie ein erstes Bild: ein Bild des Projekts oder eine Figur.</translation>
    </message>
    <message>
        <source>Image to video needs a first frame: import an image into the project, or pick a character.</source>
        <translation>Bild zu Video braucht ein erstes Bild: Importieren Sie ein Bild in das Projekt oder wählen Sie eine Figur.</translation>
    </message>
    <message>
        <source>Pick the character the shot is about.</source>
        <translation>Wählen Sie die Figur, um die es in der Einstellung geht.</translation>
    </message>
    <message>
        <source>Character to video needs a character: add one in the Characters panel, with a picture.</source>
        <translation>Figur zu Video braucht eine Figur: Fügen Sie im Bereich „Figuren“ eine mit Bild hinzu.</translation>
    </message>
    <message>
        <source>%1 has no API key. Set one in Settings → Providers, or pick the storyboard to make a placeholder shot now.</source>
        <translation>%1 hat keinen API-Schlüssel. Legen Sie einen unter Einstellungen → Anbieter fest oder wählen Sie das Storyboard, um jetzt eine Platzhalter-Einstellung zu erstellen.</translation>
    </message>
    <message>
        <source>The shot was not generated.</source>
        <translation>Die Einstellung wurde nicht generiert.</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>Text zu Video</translation>
    </message>
    <message>
        <source>Image to video (from a first frame)</source>
        <translation>Bild zu Video (aus einem ersten Bild)</translation>
    </message>
    <message>
        <source>Character to video</source>
        <translation>Figur zu Video</translation>
    </message>
    <message>
        <source>None (use the first frame)</source>
        <translation>Keine (erstes Bild verwenden)</translation>
    </message>
    <message>
        <source>Pick a character</source>
        <translation>Wählen Sie eine Figur</translation>
    </message>
    <message>
        <source>The project&apos;s size</source>
        <translation>Die Größe des Projekts</translation>
    </message>
    <message>
        <source>Pick one move for the shot.</source>
        <translation>Wählen Sie eine Bewegung für die Einstellung.</translation>
    </message>
    <message>
        <source>Pick up to %1 moves, in the order they should happen.</source>
        <translation>Wählen Sie bis zu %1 Bewegungen in der Reihenfolge, in der sie ablaufen sollen.</translation>
    </message>
    <message>
        <source>This model does not take camera moves; Director models do.</source>
        <translation>Dieses Modell akzeptiert keine Kamerabewegungen; Director-Modelle schon.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Pick an image of the project</source>
        <translation>Wählen Sie ein Bild des Projekts</translation>
    </message>
    <message>
        <source>The project&apos;s images could not be listed.</source>
        <translation>Die Bilder des Projekts konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>%1 (no picture yet)</source>
        <translation>%1 (noch kein Bild)</translation>
    </message>
</context>
<context>
    <name>mt::GenerationDelegate</name>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
</context>
<context>
    <name>mt::GenerationService</name>
    <message>
        <source>An import of a generation needs a file.</source>
        <translation>Ein Import einer Generierung braucht eine Datei.</translation>
    </message>
    <message>
        <source>The provider gave a download address that is not on the web. The video was not downloaded.</source>
        <translation>Der Anbieter hat eine Download-Adresse angegeben, die nicht im Internet liegt. Das Video wurde nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>The provider gave a download address that is not secure (%1). The video was not downloaded.</source>
        <translation>Der Anbieter hat eine unsichere Download-Adresse angegeben (%1). Das Video wurde nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the library&apos;s permissions.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden. Prüfen Sie die Berechtigungen der Bibliothek.</translation>
    </message>
    <message>
        <source>Could not write into the library (%1): %2.</source>
        <translation>In die Bibliothek konnte nicht geschrieben werden (%1): %2.</translation>
    </message>
    <message>
        <source>The generated file is larger than %1 MB, the most the library downloads. Raise the import limit in the library settings and retry.</source>
        <translation>Die generierte Datei ist größer als %1 MB, das Maximum, das die Bibliothek herunterlädt. Erhöhen Sie die Importgrenze in den Bibliothekseinstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The generated video could not be downloaded (%1). Retry the task to try again; it will not be generated twice.</source>
        <translation>Das generierte Video konnte nicht heruntergeladen werden (%1). Wiederholen Sie die Aufgabe, um es erneut zu versuchen; es wird nicht zweimal generiert.</translation>
    </message>
    <message>
        <source>Import generated shot (task %1)</source>
        <translation>Generierte Einstellung importieren (Aufgabe %1)</translation>
    </message>
    <message>
        <source>The generated file could not be added to the library: %1</source>
        <translation>Die generierte Datei konnte nicht zur Bibliothek hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The shot was generated and is in the media bin, but it could not be put on the timeline: %1</source>
        <translation>Die Einstellung wurde generiert und liegt in der Medienablage, konnte aber nicht in die Zeitleiste gelegt werden: %1</translation>
    </message>
    <message>
        <source>The provider “%1” is not available in this build. Available: %2.</source>
        <translation>Der Anbieter „%1“ ist in dieser Version nicht verfügbar. Verfügbar: %2.</translation>
    </message>
    <message>
        <source>%1 cannot make %2. Pick another provider or mode.</source>
        <translation>%1 unterstützt %2 nicht. Wählen Sie einen anderen Anbieter oder Modus.</translation>
    </message>
    <message>
        <source>%1 has no model “%2”. Models for %3: %4.</source>
        <translation>%1 hat kein Modell „%2“. Modelle für %3: %4.</translation>
    </message>
    <message>
        <source>“%1” is not a camera move. Pick one of: %2.</source>
        <translation>„%1“ ist keine Kamerabewegung. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Asset %1 belongs to another project; import the first frame into this one.</source>
        <translation>Medium %1 gehört zu einem anderen Projekt; importieren Sie das erste Bild in dieses.</translation>
    </message>
    <message>
        <source>Asset %1 is %2, not an image: a first frame is a picture.</source>
        <translation>Medium %1 ist %2, kein Bild: Ein erstes Bild ist ein Bild.</translation>
    </message>
    <message>
        <source>%1 has no reference image yet. Add one with “character add-image”.</source>
        <translation>%1 hat noch kein Referenzbild. Fügen Sie eines mit „character add-image“ hinzu.</translation>
    </message>
    <message>
        <source>Clip %1 is on another project&apos;s timeline.</source>
        <translation>Clip %1 liegt in der Zeitleiste eines anderen Projekts.</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 takes; got %2.</source>
        <translation>Fordern Sie 1 bis %1 Takes an; erhalten: %2.</translation>
    </message>
    <message>
        <source>%1 has no API key. Set one in Settings → Providers or with “providers set-key %2”, or generate with the storyboard provider.</source>
        <translation>%1 hat keinen API-Schlüssel. Legen Sie einen unter Einstellungen → Anbieter oder mit „providers set-key %2“ fest, oder generieren Sie mit dem Storyboard-Anbieter.</translation>
    </message>
    <message>
        <source>Movie Tool stopped while sending this request to %1, so it cannot tell whether %1 received it. Check your %1 account: if the video is not there, retry the task; otherwise cancel it.</source>
        <translation>Movie Tool wurde beendet, während diese Anfrage an %1 gesendet wurde, und kann daher nicht feststellen, ob %1 sie erhalten hat. Prüfen Sie Ihr %1-Konto: Wenn das Video dort nicht ist, wiederholen Sie die Aufgabe; andernfalls brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>Aufgabe %1 hat bereits den Status „%2“.</translation>
    </message>
    <message>
        <source>Cancelled here; %1 may still finish and bill it (it has no way to stop a task).</source>
        <translation>Hier abgebrochen; %1 kann sie dennoch fertigstellen und berechnen (es gibt keine Möglichkeit, eine Aufgabe dort zu stoppen).</translation>
    </message>
    <message>
        <source>Task %1 is %2; only failed, cancelled or needs-attention tasks can be retried.</source>
        <translation>Aufgabe %1 hat den Status „%2“; nur fehlgeschlagene oder abgebrochene Aufgaben und solche, die eine Entscheidung brauchen, können wiederholt werden.</translation>
    </message>
    <message>
        <source>Task %1 is done. Generate again to make another take.</source>
        <translation>Aufgabe %1 ist fertig. Generieren Sie erneut, um einen weiteren Take zu erstellen.</translation>
    </message>
    <message>
        <source>The provider “%1” is not available in this build.</source>
        <translation>Der Anbieter „%1“ ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cancelled here after %1 accepted it; it may still finish and bill it.</source>
        <translation>Hier abgebrochen, nachdem %1 sie angenommen hatte; sie kann dennoch fertiggestellt und berechnet werden.</translation>
    </message>
    <message>
        <source>%1 may have received this request, but its answer was lost (%2). Check your %1 account: if the video is not there, retry the task; otherwise cancel it.</source>
        <translation>%1 hat diese Anfrage möglicherweise erhalten, aber die Antwort ging verloren (%2). Prüfen Sie Ihr %1-Konto: Wenn das Video dort nicht ist, wiederholen Sie die Aufgabe; andernfalls brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>%1 has not finished this task in %2 minutes. Retry it later to look again (it will not be submitted twice).</source>
        <translation>%1 hat diese Aufgabe in %2 Minuten nicht fertiggestellt. Wiederholen Sie sie später, um erneut nachzufragen (sie wird nicht zweimal übermittelt).</translation>
    </message>
    <message>
        <source>%1 reported that the generation failed.</source>
        <translation>%1 hat gemeldet, dass die Generierung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The download link answered with a document (%1) instead of the generated video, so nothing was added. Retry the task later; it will not be generated twice.</source>
        <translation>Der Download-Link lieferte ein Dokument (%1) statt des generierten Videos, daher wurde nichts hinzugefügt. Wiederholen Sie den Auftrag später; er wird nicht zweimal generiert.</translation>
    </message>
    <message>
        <source>the transfer ended early, %1 times</source>
        <translation>die Übertragung brach %1-mal vorzeitig ab</translation>
    </message>
</context>
<context>
    <name>mt::GenerationTaskModel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Submitting to %1</source>
        <translation>Wird an %1 übermittelt</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Warten auf %1</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Entscheidung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>shot %1</source>
        <translation>Einstellung %1</translation>
    </message>
    <message>
        <source>take %1</source>
        <translation>Take %1</translation>
    </message>
    <message>
        <source>variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
</context>
<context>
    <name>mt::GenerationTaskStore</name>
    <message>
        <source>There is no generation task %1. “tasks list” shows them.</source>
        <translation>Es gibt keine Generierungsaufgabe %1. „tasks list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>There is no generation task %1.</source>
        <translation>Es gibt keine Generierungsaufgabe %1.</translation>
    </message>
</context>
<context>
    <name>mt::GenerationsPanel</name>
    <message>
        <source>Generate…</source>
        <translation>Generieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the generation</source>
        <translation>Die Generierung abbrechen</translation>
    </message>
    <message>
        <source>Stop working on this task (a provider that already has it may still bill it)</source>
        <translation>Die Arbeit an dieser Aufgabe beenden (ein Anbieter, der sie bereits hat, kann sie dennoch berechnen)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry the generation</source>
        <translation>Die Generierung wiederholen</translation>
    </message>
    <message>
        <source>Run this task again</source>
        <translation>Diese Aufgabe erneut ausführen</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again with the provider</source>
        <translation>Erneut beim Anbieter nachfragen</translation>
    </message>
    <message>
        <source>Ask the provider about the task it already has; nothing is submitted again</source>
        <translation>Den Anbieter nach der Aufgabe fragen, die er bereits hat; nichts wird erneut übermittelt</translation>
    </message>
    <message>
        <source>Submit Again…</source>
        <translation>Erneut übermitteln…</translation>
    </message>
    <message>
        <source>Submit again, may be charged twice</source>
        <translation>Erneut übermitteln, kann doppelt berechnet werden</translation>
    </message>
    <message>
        <source>Send the request once more: if the first one did reach the provider, you pay twice</source>
        <translation>Die Anfrage noch einmal senden: Wenn die erste den Anbieter doch erreicht hat, zahlen Sie doppelt</translation>
    </message>
    <message>
        <source>Give Up</source>
        <translation>Aufgeben</translation>
    </message>
    <message>
        <source>Give up on the task</source>
        <translation>Die Aufgabe aufgeben</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>Diese Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Generate Again</source>
        <translation>Erneut generieren</translation>
    </message>
    <message>
        <source>Generate again from the same request</source>
        <translation>Aus derselben Anfrage erneut generieren</translation>
    </message>
    <message>
        <source>Make this shot again from its recorded request</source>
        <translation>Diese Einstellung aus ihrer gespeicherten Anfrage erneut erstellen</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Generate a variation</source>
        <translation>Eine Variante generieren</translation>
    </message>
    <message>
        <source>Make another take of this shot; it becomes an alternate of the clip</source>
        <translation>Einen weiteren Take dieser Einstellung erstellen; er wird zu einer Alternative des Clips</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Generierungen</translation>
    </message>
    <message>
        <source>Generate a shot</source>
        <translation>Eine Einstellung generieren</translation>
    </message>
    <message>
        <source>Generate a shot for the timeline from a prompt</source>
        <translation>Eine Einstellung für die Zeitleiste aus einem Prompt generieren</translation>
    </message>
    <message>
        <source>Generation tasks</source>
        <translation>Generierungsaufgaben</translation>
    </message>
    <message>
        <source>No generations yet</source>
        <translation>Noch keine Generierungen</translation>
    </message>
    <message>
        <source>Describe a shot and Movie Tool makes it, with a cloud video model or as an offline storyboard card. Each result lands on the timeline.</source>
        <translation>Beschreiben Sie eine Einstellung, und Movie Tool erstellt sie, mit einem Cloud-Videomodell oder als Offline-Storyboard-Karte. Jedes Ergebnis landet in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Generate a Shot…</source>
        <translation>Eine Einstellung generieren…</translation>
    </message>
    <message>
        <source>The generation tasks could not be listed.</source>
        <translation>Die Generierungsaufgaben konnten nicht aufgelistet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n braucht Entscheidung</numerusform>
            <numerusform>%n brauchen Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>estimated %1</source>
        <translation>geschätzt %1</translation>
    </message>
    <message>
        <source>Movie Tool cannot tell whether the provider received this request.</source>
        <translation>Movie Tool kann nicht feststellen, ob der Anbieter diese Anfrage erhalten hat.</translation>
    </message>
    <message>
        <source>No task id came back. Check your account on the provider&apos;s site: if the video is there, give up here; if not, submit again.</source>
        <translation>Es kam keine Aufgaben-ID zurück. Prüfen Sie Ihr Konto auf der Website des Anbieters: Wenn das Video dort ist, geben Sie hier auf; wenn nicht, übermitteln Sie erneut.</translation>
    </message>
    <message>
        <source>The provider gave this task an id, so Movie Tool can ask about it again without paying twice.</source>
        <translation>Der Anbieter hat dieser Aufgabe eine ID gegeben, sodass Movie Tool erneut nachfragen kann, ohne doppelt zu zahlen.</translation>
    </message>
    <message>
        <source>The shot is in the media bin and on the timeline. Double-click the row to preview it; Variation makes another take of it.</source>
        <translation>Die Einstellung liegt in der Medienablage und in der Zeitleiste. Doppelklicken Sie auf die Zeile, um sie in der Vorschau zu sehen; „Variante“ erstellt einen weiteren Take davon.</translation>
    </message>
    <message>
        <source>The task was not cancelled.</source>
        <translation>Die Aufgabe wurde nicht abgebrochen.</translation>
    </message>
    <message>
        <source>The task was not retried.</source>
        <translation>Die Aufgabe wurde nicht wiederholt.</translation>
    </message>
    <message>
        <source>Submit Again?</source>
        <translation>Erneut übermitteln?</translation>
    </message>
    <message>
        <source>If the first request reached the provider, it is being generated and billed already, and submitting again is charged twice.</source>
        <translation>Wenn die erste Anfrage den Anbieter erreicht hat, wird sie bereits generiert und berechnet, und eine erneute Übermittlung wird doppelt berechnet.</translation>
    </message>
    <message>
        <source>Check your account on the provider&apos;s site first. Submit again only when the video is not there.</source>
        <translation>Prüfen Sie zuerst Ihr Konto auf der Website des Anbieters. Übermitteln Sie nur erneut, wenn das Video dort nicht ist.</translation>
    </message>
    <message>
        <source>Submit Again</source>
        <translation>Erneut übermitteln</translation>
    </message>
    <message>
        <source>The task was not submitted.</source>
        <translation>Die Aufgabe wurde nicht übermittelt.</translation>
    </message>
    <message>
        <source>The variation was not started.</source>
        <translation>Die Variante wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The shot was not generated again.</source>
        <translation>Die Einstellung wurde nicht erneut generiert.</translation>
    </message>
</context>
<context>
    <name>mt::HttpProvider</name>
    <message>
        <source>No API key for %1 is set. Add it in Settings → Providers, or set %2.</source>
        <translation>Es ist kein API-Schlüssel für %1 festgelegt. Fügen Sie ihn unter Einstellungen → Anbieter hinzu oder setzen Sie %2.</translation>
    </message>
    <message>
        <source>The base URL %1 of %2 is refused: only https is allowed, and plain http only to this computer (loopback). Correct it in Settings → Providers or %3.</source>
        <translation>Die Basis-URL %1 von %2 wird abgelehnt: Nur https ist erlaubt, einfaches http nur zu diesem Computer (Loopback). Korrigieren Sie sie unter Einstellungen → Anbieter oder in %3.</translation>
    </message>
</context>
<context>
    <name>mt::ImportJobs</name>
    <message>
        <source>The folder “%1” holds no files to import.</source>
        <translation>Der Ordner „%1“ enthält keine Dateien zum Importieren.</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n items</source>
        <translation>
            <numerusform>%n Element importieren</numerusform>
            <numerusform>%n Elemente importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: give at least one file or folder.</source>
        <translation>Nichts zu importieren: Geben Sie mindestens eine Datei oder einen Ordner an.</translation>
    </message>
    <message>
        <source>Looking for files</source>
        <translation>Dateien werden gesucht</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>%1 wird importiert (%2 von %3)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>mt::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>mt::InputMedia</name>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>Nicht genug Arbeitsspeicher beim Öffnen von %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cannot be read as media (%2). Check that the file exists and is a video, picture or sound file.</source>
        <translation>%1 kann nicht als Mediendatei gelesen werden (%2). Prüfen Sie, ob die Datei existiert und eine Video-, Bild- oder Tondatei ist.</translation>
    </message>
    <message>
        <source>%1 cannot be read as media (%2).</source>
        <translation>%1 kann nicht als Mediendatei gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: no %2 decoder could be opened (%3).</source>
        <translation>%1 kann nicht dekodiert werden: Es konnte kein Decoder für %2 geöffnet werden (%3).</translation>
    </message>
</context>
<context>
    <name>mt::JobModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Medieninfo</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Trimmen</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Umwandeln</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <source>Generated shot</source>
        <translation>Generierte Einstellung</translation>
    </message>
    <message>
        <source>Take review found a problem: see the take&apos;s flag in the Takes panel.</source>
        <translation>Die Take-Prüfung hat ein Problem gefunden: Siehe die Markierung des Takes im Bereich „Takes“.</translation>
    </message>
    <message>
        <source>Take review found %1 problems: see the take&apos;s flags in the Takes panel.</source>
        <translation>Die Take-Prüfung hat %1 Probleme gefunden: Siehe die Markierungen des Takes im Bereich „Takes“.</translation>
    </message>
    <message>
        <source>1 problem found</source>
        <translation>1 Problem gefunden</translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation>%1 Probleme gefunden</translation>
    </message>
    <message>
        <source>Take review</source>
        <translation>Take-Prüfung</translation>
    </message>
</context>
<context>
    <name>mt::JobQueue</name>
    <message>
        <source>Movie Tool cannot run jobs of kind “%1”.</source>
        <translation>Movie Tool kann keine Aufträge der Art „%1“ ausführen.</translation>
    </message>
    <message>
        <source>Job %1 has not ended yet; it cannot be retried.</source>
        <translation>Auftrag %1 ist noch nicht beendet und kann daher nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a failed, cancelled or interrupted job can be retried.</source>
        <translation>Auftrag %1 hat den Status „%2“: Nur ein fehlgeschlagener, abgebrochener oder unterbrochener Auftrag kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Job %1 has already ended (%2).</source>
        <translation>Auftrag %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <source>The job stopped on an internal error (%1). Retry it; if it fails again, please report the problem.</source>
        <translation>Der Auftrag wurde wegen eines internen Fehlers angehalten (%1). Wiederholen Sie ihn; falls er erneut fehlschlägt, melden Sie bitte das Problem.</translation>
    </message>
    <message>
        <source>The job stopped on an internal error. Retry it; if it fails again, please report the problem.</source>
        <translation>Der Auftrag wurde wegen eines internen Fehlers angehalten. Wiederholen Sie ihn; falls er erneut fehlschlägt, melden Sie bitte das Problem.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The job failed without saying why. Retry it.</source>
        <translation>Der Auftrag ist ohne Angabe eines Grundes fehlgeschlagen. Wiederholen Sie ihn.</translation>
    </message>
    <message>
        <source>Job %1 is %2 in another Movie Tool program on this library (the editor or a movietool-cli command); cancel it there.</source>
        <translation>Auftrag %1 ist %2 in einem anderen Movie-Tool-Programm auf dieser Bibliothek (dem Editor oder einem movietool-cli-Befehl); brechen Sie ihn dort ab.</translation>
    </message>
</context>
<context>
    <name>mt::JobStore</name>
    <message>
        <source>Movie Tool stopped while this job was waiting or running. Retry it to run it again.</source>
        <translation>Movie Tool wurde beendet, während dieser Auftrag wartete oder lief. Wiederholen Sie den Auftrag, um ihn erneut auszuführen.</translation>
    </message>
    <message>
        <source>No job with id %1.</source>
        <translation>Kein Auftrag mit der ID %1.</translation>
    </message>
    <message>
        <source>“%1” is not a job kind: give 1 to %2 characters.</source>
        <translation>„%1“ ist keine Auftragsart: Geben Sie 1 bis %2 Zeichen an.</translation>
    </message>
    <message>
        <source>No project with id %1.</source>
        <translation>Kein Projekt mit der ID %1.</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a failed, cancelled or interrupted job can be retried.</source>
        <translation>Auftrag %1 hat den Status „%2“: Nur ein fehlgeschlagener, abgebrochener oder unterbrochener Auftrag kann wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>mt::JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>No jobs yet. Exports and media work show here while they run, and stay listed when they are done.</source>
        <translation>Noch keine Aufträge. Exporte und Medienarbeiten werden hier angezeigt, während sie laufen, und bleiben aufgelistet, wenn sie fertig sind.</translation>
    </message>
    <message>
        <source>Show background work</source>
        <translation>Hintergrundarbeit anzeigen</translation>
    </message>
    <message>
        <source>Also list the probes and thumbnails made for each media file</source>
        <translation>Auch die für jede Mediendatei ermittelten Medieninfos und erstellten Vorschaubilder auflisten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation>Auftrag wiederholen</translation>
    </message>
    <message>
        <source>Open result</source>
        <translation>Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Open the file the job made</source>
        <translation>Die vom Auftrag erstellte Datei öffnen</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Es ist kein Programm zum Öffnen von %1 eingerichtet.</translation>
    </message>
</context>
<context>
    <name>mt::Library</name>
    <message>
        <source>Could not create the library folder %1. Check its permissions or choose another library with --library.</source>
        <translation>Der Bibliotheksordner %1 konnte nicht erstellt werden. Prüfen Sie seine Berechtigungen oder wählen Sie mit --library eine andere Bibliothek.</translation>
    </message>
</context>
<context>
    <name>mt::MainWindow</name>
    <message>
        <source>Movie Tool</source>
        <translation>Movie Tool</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Media bin</source>
        <translation>Medienablage</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Generierungen</translation>
    </message>
    <message>
        <source>&amp;Generate shot…</source>
        <translation>Einstellung &amp;generieren…</translation>
    </message>
    <message>
        <source>Generate a shot for the timeline from a prompt (Ctrl+G)</source>
        <translation>Eine Einstellung für die Zeitleiste aus einem Prompt generieren (Strg+G)</translation>
    </message>
    <message>
        <source>Open the demo film</source>
        <translation>Den Demofilm öffnen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create a project (%1)</source>
        <translation>Ein Projekt erstellen (%1)</translation>
    </message>
    <message>
        <source>&amp;Quick export</source>
        <translation>&amp;Schnellexport</translation>
    </message>
    <message>
        <source>Export the film with the project&apos;s default preset into its export folder (Ctrl+E)</source>
        <translation>Den Film mit der Standardvoreinstellung des Projekts in seinen Exportordner exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;About Movie Tool</source>
        <translation>&amp;Über Movie Tool</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Progress of the running jobs</source>
        <translation>Fortschritt der laufenden Aufträge</translation>
    </message>
    <message>
        <source>About Movie Tool</source>
        <translation>Über Movie Tool</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Movie Tool %1&lt;/h3&gt;&lt;p&gt;An editor for short films made of AI-generated shots: import, cut on the timeline, export in one click.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Movie Tool %1&lt;/h3&gt;&lt;p&gt;Ein Editor für Kurzfilme aus KI-generierten Einstellungen: importieren, in der Zeitleiste schneiden, mit einem Klick exportieren.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: %2, %3 %</source>
        <translation>%1: %2, %3 %</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · noch %2</translation>
    </message>
    <message>
        <source>Jobs running: %1 · %2 % done</source>
        <translation>Laufende Aufträge: %1 · %2 % erledigt</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
</context>
<context>
    <name>mt::MediaAnalyzer</name>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). Check that it is a complete media file.</source>
        <translation>„%1“ konnte nicht gelesen werden (%2). Prüfen Sie, ob die Mediendatei vollständig ist.</translation>
    </message>
    <message>
        <source>Out of memory while opening “%1”.</source>
        <translation>Nicht genug Arbeitsspeicher beim Öffnen von „%1“.</translation>
    </message>
    <message>
        <source>“%1” contains no video or audio. Choose a video or audio file.</source>
        <translation>„%1“ enthält weder Video noch Ton. Wählen Sie eine Video- oder Audiodatei.</translation>
    </message>
    <message>
        <source>“%1” uses the %2 video codec, which this FFmpeg cannot decode. Convert it to a common format such as H.264 first.</source>
        <translation>„%1“ verwendet den Videocodec %2, den dieses FFmpeg nicht dekodieren kann. Wandeln Sie die Datei zuerst in ein gängiges Format wie H.264 um.</translation>
    </message>
    <message>
        <source>The audio (%1) cannot be decoded by this FFmpeg, so it was not analysed.</source>
        <translation>Der Ton (%1) kann von diesem FFmpeg nicht dekodiert werden und wurde daher nicht analysiert.</translation>
    </message>
    <message>
        <source>“%1” could not be decoded (%2). The file may be damaged.</source>
        <translation>„%1“ konnte nicht dekodiert werden (%2). Die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>The demuxer marked this packet as damaged.</source>
        <translation>Der Demuxer hat dieses Paket als beschädigt markiert.</translation>
    </message>
    <message>
        <source>A picture refers to one that is missing or damaged; it shows wrong parts.</source>
        <translation>Ein Bild verweist auf ein fehlendes oder beschädigtes Bild; Teile davon werden falsch angezeigt.</translation>
    </message>
    <message>
        <source>A picture is damaged; the decoder covered the damage up.</source>
        <translation>Ein Bild ist beschädigt; der Decoder hat den Schaden kaschiert.</translation>
    </message>
    <message>
        <source>A picture is damaged.</source>
        <translation>Ein Bild ist beschädigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) after this point.</source>
        <translation>
            <numerusform>%n weiteres Problem nach dieser Stelle.</numerusform>
            <numerusform>%n weitere Probleme nach dieser Stelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The black pixel threshold</source>
        <translation>Der Schwellenwert für schwarze Pixel</translation>
    </message>
    <message>
        <source>The black picture ratio</source>
        <translation>Der Schwarzanteil des Bildes</translation>
    </message>
    <message>
        <source>The minimum black duration</source>
        <translation>Die Mindestdauer für Schwarzbilder</translation>
    </message>
    <message>
        <source>The freeze noise tolerance</source>
        <translation>Die Rauschtoleranz für eingefrorene Bilder</translation>
    </message>
    <message>
        <source>The minimum freeze duration</source>
        <translation>Die Mindestdauer für eingefrorene Bilder</translation>
    </message>
    <message>
        <source>The silence level (dB)</source>
        <translation>Der Stillepegel (dB)</translation>
    </message>
    <message>
        <source>The minimum silence duration</source>
        <translation>Die Mindestdauer für Stille</translation>
    </message>
    <message>
        <source>The scene cut threshold</source>
        <translation>Der Schwellenwert für Szenenwechsel</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht bei %4.</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>The analysis of “%1” was cancelled.</source>
        <translation>Die Analyse von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is a still image. Analysis looks at videos and sound; choose a video or audio file.</source>
        <translation>„%1“ ist ein Standbild. Die Analyse untersucht Videos und Ton; wählen Sie eine Video- oder Audiodatei.</translation>
    </message>
    <message>
        <source>“%1” has no pictures to compare with “%2”. PSNR and SSIM need two videos.</source>
        <translation>„%1“ hat keine Bilder, die mit „%2“ verglichen werden könnten. PSNR und SSIM brauchen zwei Videos.</translation>
    </message>
    <message>
        <source>The reference “%1” is not a video. Choose the video to compare “%2” with.</source>
        <translation>Die Referenz „%1“ ist kein Video. Wählen Sie das Video, mit dem „%2“ verglichen werden soll.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No picture of the reference “%1” could be decoded. Choose another reference.</source>
        <translation>Aus der Referenz „%1“ konnte kein Bild dekodiert werden. Wählen Sie eine andere Referenz.</translation>
    </message>
    <message>
        <source>The sound changes from %1 to %2 here; it was analysed up to this point.</source>
        <translation>Das Tonformat wechselt hier von %1 zu %2; der Ton wurde bis zu dieser Stelle analysiert.</translation>
    </message>
    <message>
        <source>The data ends at %L1 s of the %L2 s the header announces: the file is cut short.</source>
        <translation>Die Daten enden bei %L1 s, der Dateikopf gibt aber %L2 s an: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The analysis of “%1” failed (%2). Try again; if it fails again, convert the file first.</source>
        <translation>Die Analyse von „%1“ ist fehlgeschlagen (%2). Versuchen Sie es erneut; falls sie wieder fehlschlägt, wandeln Sie die Datei zuerst um.</translation>
    </message>
    <message>
        <source>The first-frame image “%1” cannot be read (%2). Choose a PNG or JPEG picture.</source>
        <translation>Das Startbild „%1“ kann nicht gelesen werden (%2). Wählen Sie ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>“%1” has no pictures to compare with the first-frame image “%2”.</source>
        <translation>„%1“ hat keine Bilder, die mit dem Startbild „%2“ verglichen werden könnten.</translation>
    </message>
</context>
<context>
    <name>mt::MediaBinPanel</name>
    <message>
        <source>Media bin</source>
        <translation>Medienablage</translation>
    </message>
    <message>
        <source>Media of the project</source>
        <translation>Medien des Projekts</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Remove from Project</source>
        <translation>Aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>The media could not be listed.</source>
        <translation>Die Medien konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import video, images and sound into the project</source>
        <translation>Videos, Bilder und Ton in das Projekt importieren</translation>
    </message>
    <message>
        <source>Import media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <source>Search media</source>
        <translation>Medien durchsuchen</translation>
    </message>
    <message>
        <source>Search media by name</source>
        <translation>Medien nach Namen suchen</translation>
    </message>
    <message>
        <source>Show media of kind</source>
        <translation>Medien dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All media</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Storyboard cards</source>
        <translation>Storyboard-Karten</translation>
    </message>
    <message>
        <source>Show as a grid</source>
        <translation>Als Raster anzeigen</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Als Liste anzeigen</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Create or open a project, then drop footage, stills and music here.</source>
        <translation>Erstellen oder öffnen Sie ein Projekt und ziehen Sie dann Filmmaterial, Standbilder und Musik hierher.</translation>
    </message>
    <message>
        <source>Importing your media…</source>
        <translation>Ihre Medien werden importiert…</translation>
    </message>
    <message>
        <source>The files appear here once all of them are copied into the library.</source>
        <translation>Die Dateien erscheinen hier, sobald alle in die Bibliothek kopiert sind.</translation>
    </message>
    <message>
        <source>Drop footage, stills and music here</source>
        <translation>Ziehen Sie Filmmaterial, Standbilder und Musik hierher</translation>
    </message>
    <message>
        <source>Files or whole folders, from your file manager. Video, images and sound are copied into the library; anything else is listed with the reason.</source>
        <translation>Dateien oder ganze Ordner aus Ihrem Dateimanager. Videos, Bilder und Ton werden in die Bibliothek kopiert; alles andere wird mit Begründung aufgelistet.</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No media of this project matches the search or the kind chosen.</source>
        <translation>Keine Medien dieses Projekts passen zur Suche oder zur gewählten Art.</translation>
    </message>
    <message>
        <source>Show all media</source>
        <translation>Alle Medien anzeigen</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Create or open a project first, then import into it.</source>
        <translation>Erstellen oder öffnen Sie zuerst ein Projekt und importieren Sie dann hinein.</translation>
    </message>
    <message>
        <source>The import could not start.</source>
        <translation>Der Import konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird importiert…</numerusform>
            <numerusform>%n Elemente werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more file(s) that are not media.</source>
        <translation>
            <numerusform>…und %n weitere Datei, die kein Medium ist.</numerusform>
            <numerusform>…und %n weitere Dateien, die keine Medien sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s). Some were not imported:</source>
        <translation>
            <numerusform>%n Datei importiert. Einige wurden nicht importiert:</numerusform>
            <numerusform>%n Dateien importiert. Einige wurden nicht importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Nichts wurde importiert:</translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <source>Media (*.mp4 *.mov *.mkv *.webm *.avi *.m4v *.mts *.ts *.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.mp3 *.wav *.flac *.ogg *.opus *.m4a *.aac);;All files (*)</source>
        <translation>Medien (*.mp4 *.mov *.mkv *.webm *.avi *.m4v *.mts *.ts *.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.mp3 *.wav *.flac *.ogg *.opus *.m4a *.aac);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Show in Preview</source>
        <translation>In der Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Some media was not removed:</source>
        <translation>Einige Medien wurden nicht entfernt:</translation>
    </message>
</context>
<context>
    <name>mt::MediaInput</name>
    <message>
        <source>“%1” cannot be read as a video (%2). Check that it is a complete media file.</source>
        <translation>„%1“ kann nicht als Video gelesen werden (%2). Prüfen Sie, ob die Mediendatei vollständig ist.</translation>
    </message>
    <message>
        <source>“%1” has no video to cut. Choose a video file.</source>
        <translation>„%1“ enthält kein Video zum Schneiden. Wählen Sie eine Videodatei.</translation>
    </message>
</context>
<context>
    <name>mt::MediaJobs</name>
    <message>
        <source>The job&apos;s parameters lack “%1”.</source>
        <translation>In den Parametern des Auftrags fehlt „%1“.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from 1 to %2.</source>
        <translation>„%1“ muss eine ganze Zahl von 1 bis %2 sein.</translation>
    </message>
    <message>
        <source>Probing was cancelled.</source>
        <translation>Die Untersuchung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Filmstrip</source>
        <translation>Filmstreifen</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <source>No preset writes “.%1” files; choose one.</source>
        <translation>Keine Voreinstellung schreibt „.%1“-Dateien; wählen Sie eine Voreinstellung.</translation>
    </message>
    <message>
        <source>“fps” must be a frame rate such as 30 or 30000/1001.</source>
        <translation>„fps“ muss eine Bildrate wie 30 oder 30000/1001 sein.</translation>
    </message>
    <message>
        <source>“stillDuration” must be seconds above 0.</source>
        <translation>„stillDuration“ muss eine Sekundenzahl über 0 sein.</translation>
    </message>
</context>
<context>
    <name>mt::MediaLibrary</name>
    <message>
        <source>“%1” does not exist. Check the path.</source>
        <translation>„%1“ existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Import the files inside it.</source>
        <translation>„%1“ ist ein Ordner. Importieren Sie die Dateien darin.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check its permissions.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes). Copy or download it again.</source>
        <translation>„%1“ ist leer (0 Byte). Kopieren Sie die Datei erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>“%1” is %2, over the import limit of %3. Raise the limit in the library settings or import a smaller file.</source>
        <translation>„%1“ ist %2 groß und überschreitet damit die Importgrenze von %3. Erhöhen Sie die Grenze in den Bibliothekseinstellungen oder importieren Sie eine kleinere Datei.</translation>
    </message>
    <message>
        <source>Importing “%1” (%2) would exceed the library&apos;s quota of %3 (%4 in use). Delete media you no longer need, empty the trash, or raise the quota.</source>
        <translation>Der Import von „%1“ (%2) würde das Kontingent der Bibliothek von %3 überschreiten (%4 belegt). Löschen Sie nicht mehr benötigte Medien, leeren Sie den Papierkorb oder erhöhen Sie das Kontingent.</translation>
    </message>
    <message>
        <source>“%1” is %2 media; only %3 can be used here.</source>
        <translation>„%1“ ist ein Medium vom Typ %2; hier können nur Medien vom Typ %3 verwendet werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the library&apos;s permissions.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden. Prüfen Sie die Berechtigungen der Bibliothek.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not write into the library (%1): %2.</source>
        <translation>In die Bibliothek konnte nicht geschrieben werden (%1): %2.</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2. Check the disk or copy the file again.</source>
        <translation>Das Lesen von „%1“ ist fehlgeschlagen: %2. Prüfen Sie den Datenträger oder kopieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Copying “%1” into the library failed: %2. Free some disk space and import it again.</source>
        <translation>Das Kopieren von „%1“ in die Bibliothek ist fehlgeschlagen: %2. Geben Sie Speicherplatz frei und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Could not move “%1” into place in the library (%2). Check the library&apos;s permissions.</source>
        <translation>„%1“ konnte nicht an seinen Platz in der Bibliothek verschoben werden (%2). Prüfen Sie die Berechtigungen der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>mt::MediaPreviews</name>
    <message>
        <source>Pictures of %1</source>
        <translation>Vorschaubilder von %1</translation>
    </message>
</context>
<context>
    <name>mt::MediaProbe</name>
    <message>
        <source>“%1” does not exist. Check the path, or whether the file was moved or deleted.</source>
        <translation>„%1“ existiert nicht. Prüfen Sie den Pfad und ob die Datei verschoben oder gelöscht wurde.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file. Choose a video, image or audio file.</source>
        <translation>„%1“ ist ein Ordner, keine Mediendatei. Wählen Sie eine Video-, Bild- oder Audiodatei.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file. Choose a video, image or audio file.</source>
        <translation>„%1“ ist keine reguläre Datei. Wählen Sie eine Video-, Bild- oder Audiodatei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check its permissions.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes). Copy or download it again.</source>
        <translation>„%1“ ist leer (0 Byte). Kopieren Sie die Datei erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>“%1” contains no video or audio. Choose a video, image or audio file.</source>
        <translation>„%1“ enthält weder Video noch Ton. Wählen Sie eine Video-, Bild- oder Audiodatei.</translation>
    </message>
    <message>
        <source>“%1” uses a codec FFmpeg does not know. Convert it to a common format such as H.264 first.</source>
        <translation>„%1“ verwendet einen Codec, den FFmpeg nicht kennt. Wandeln Sie die Datei zuerst in ein gängiges Format wie H.264 um.</translation>
    </message>
</context>
<context>
    <name>mt::MediaWriter</name>
    <message>
        <source>Movie Tool cannot write a “.%1” file. Choose a name ending in .mp4, .mov or .mkv.</source>
        <translation>Movie Tool kann keine „.%1“-Datei schreiben. Wählen Sie einen Namen, der auf .mp4, .mov oder .mkv endet.</translation>
    </message>
    <message>
        <source>The pieces of %1 do not join up (stream %2: decode time %3 after %4).</source>
        <translation>Die Teile von %1 schließen nicht aneinander an (Stream %2: Dekodierzeit %3 nach %4).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space and the folder&apos;s permissions, then try again.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>mt::Merger</name>
    <message>
        <source>“.%1” files are always re-encoded; copying writes .mp4, .mov or .mkv.</source>
        <translation>„.%1“-Dateien werden immer neu kodiert; beim Kopieren entstehen .mp4-, .mov- oder .mkv-Dateien.</translation>
    </message>
    <message>
        <source>Nothing to merge: name at least one input file.</source>
        <translation>Nichts zusammenzufügen: Geben Sie mindestens eine Eingabedatei an.</translation>
    </message>
</context>
<context>
    <name>mt::MinimaxProvider</name>
    <message>
        <source>MiniMax is limiting requests (HTTP 429). The task waits and tries again.</source>
        <translation>MiniMax begrenzt die Anfragen (HTTP 429). Die Aufgabe wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>MiniMax refused access (HTTP %1). Check the API key in Settings → Providers.</source>
        <translation>MiniMax hat den Zugriff verweigert (HTTP %1). Prüfen Sie den API-Schlüssel unter Einstellungen → Anbieter.</translation>
    </message>
    <message>
        <source>MiniMax&apos;s API was not found at %1 (HTTP 404). Check the base URL.</source>
        <translation>Die API von MiniMax wurde unter %1 nicht gefunden (HTTP 404). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>MiniMax&apos;s server failed (HTTP %1). The task waits and tries again.</source>
        <translation>Der Server von MiniMax ist ausgefallen (HTTP %1). Die Aufgabe wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source> The request may have reached MiniMax; check its task list before generating again, or it may be paid twice.</source>
        <translation> Die Anfrage hat MiniMax möglicherweise erreicht; prüfen Sie dort die Aufgabenliste, bevor Sie erneut generieren, sonst wird eventuell doppelt bezahlt.</translation>
    </message>
    <message>
        <source>MiniMax refused the request (HTTP %1). Check the request&apos;s settings.</source>
        <translation>MiniMax hat die Anfrage abgelehnt (HTTP %1). Prüfen Sie die Einstellungen der Anfrage.</translation>
    </message>
    <message>
        <source>MiniMax could not make the video and gave no reason. Generate it again.</source>
        <translation>MiniMax konnte das Video nicht erstellen und hat keinen Grund genannt. Generieren Sie es erneut.</translation>
    </message>
    <message>
        <source>MiniMax has not said which file task %1 made. Check its status again.</source>
        <translation>MiniMax hat nicht mitgeteilt, welche Datei Aufgabe %1 erstellt hat. Prüfen Sie ihren Status erneut.</translation>
    </message>
    <message>
        <source>MiniMax gave a download link that is not https. It was not followed; try again later.</source>
        <translation>MiniMax hat einen Download-Link angegeben, der kein https ist. Ihm wurde nicht gefolgt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The key is accepted.</source>
        <translation>Der Schlüssel wurde akzeptiert.</translation>
    </message>
    <message>
        <source>MiniMax (Hailuo)</source>
        <translation>MiniMax (Hailuo)</translation>
    </message>
    <message>
        <source>text to video</source>
        <translation>Text zu Video</translation>
    </message>
    <message>
        <source>image to video</source>
        <translation>Bild zu Video</translation>
    </message>
    <message>
        <source>character to video</source>
        <translation>Figur zu Video</translation>
    </message>
    <message>
        <source>text to image</source>
        <translation>Text zu Bild</translation>
    </message>
    <message>
        <source>image to image</source>
        <translation>Bild zu Bild</translation>
    </message>
    <message>
        <source>MiniMax rejected the API key (%1). Check it in Settings → Providers; a key works only on its own region&apos;s host (api.minimax.io or api.minimaxi.com).</source>
        <translation>MiniMax hat den API-Schlüssel abgelehnt (%1). Prüfen Sie ihn unter Einstellungen → Anbieter; ein Schlüssel funktioniert nur auf dem Host seiner Region (api.minimax.io oder api.minimaxi.com).</translation>
    </message>
    <message>
        <source>The MiniMax account is out of credit (1008). Top it up on the MiniMax platform, then retry.</source>
        <translation>Das MiniMax-Konto hat kein Guthaben mehr (1008). Laden Sie es auf der MiniMax-Plattform auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The MiniMax plan&apos;s usage limit is reached (2056). Wait for the quota to reset or change the plan, then retry.</source>
        <translation>Das Nutzungslimit des MiniMax-Tarifs ist erreicht (2056). Warten Sie, bis das Kontingent zurückgesetzt wird, oder wechseln Sie den Tarif, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>MiniMax&apos;s moderation flagged the prompt or the image (1026). Change them and generate again.</source>
        <translation>Die Moderation von MiniMax hat den Prompt oder das Bild beanstandet (1026). Ändern Sie sie und generieren Sie erneut.</translation>
    </message>
    <message>
        <source>MiniMax&apos;s moderation flagged the generated video (1027). Change the prompt and generate again.</source>
        <translation>Die Moderation von MiniMax hat das generierte Video beanstandet (1027). Ändern Sie den Prompt und generieren Sie erneut.</translation>
    </message>
    <message>
        <source>The prompt has too many invisible or unusual characters (1042). Retype it as plain text.</source>
        <translation>Der Prompt enthält zu viele unsichtbare oder ungewöhnliche Zeichen (1042). Geben Sie ihn als einfachen Text neu ein.</translation>
    </message>
    <message>
        <source>MiniMax does not know this task or file (2013: %1). It may belong to another account or key.</source>
        <translation>MiniMax kennt diese Aufgabe oder Datei nicht (2013: %1). Sie gehört möglicherweise zu einem anderen Konto oder Schlüssel.</translation>
    </message>
    <message>
        <source>MiniMax refused the request&apos;s parameters (2013: %1). Change the model, resolution, duration or image.</source>
        <translation>MiniMax hat die Parameter der Anfrage abgelehnt (2013: %1). Ändern Sie Modell, Auflösung, Dauer oder Bild.</translation>
    </message>
    <message>
        <source>MiniMax is limiting requests (%1). The task waits and tries again.</source>
        <translation>MiniMax begrenzt die Anfragen (%1). Die Aufgabe wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>MiniMax had an internal error (%1). The task waits and tries again.</source>
        <translation>Bei MiniMax ist ein interner Fehler aufgetreten (%1). Die Aufgabe wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>MiniMax refused the request (%1: %2). Check the request and the account on the MiniMax platform.</source>
        <translation>MiniMax hat die Anfrage abgelehnt (%1: %2). Prüfen Sie die Anfrage und das Konto auf der MiniMax-Plattform.</translation>
    </message>
    <message>
        <source>MiniMax makes videos only; make portraits and first frames with Segmind or import an image.</source>
        <translation>MiniMax erstellt nur Videos; erstellen Sie Porträts und erste Bilder mit Segmind oder importieren Sie ein Bild.</translation>
    </message>
    <message>
        <source>%1 cannot make %2. Pick %3, or another mode.</source>
        <translation>%1 unterstützt %2 nicht. Wählen Sie %3 oder einen anderen Modus.</translation>
    </message>
    <message>
        <source>“%1” is not a camera move. Pick moves from the list: %2.</source>
        <translation>„%1“ ist keine Kamerabewegung. Wählen Sie Bewegungen aus der Liste: %2.</translation>
    </message>
    <message>
        <source>The camera move “%1” is listed twice. Remove one.</source>
        <translation>Die Kamerabewegung „%1“ ist doppelt aufgeführt. Entfernen Sie eine.</translation>
    </message>
    <message>
        <source>The camera moves “%1” and “%2” cannot run at the same time. Keep one of them.</source>
        <translation>Die Kamerabewegungen „%1“ und „%2“ können nicht gleichzeitig laufen. Behalten Sie eine davon.</translation>
    </message>
    <message>
        <source>%1 does not follow camera moves. Pick %2, or remove the moves.</source>
        <translation>%1 folgt keinen Kamerabewegungen. Wählen Sie %2 oder entfernen Sie die Bewegungen.</translation>
    </message>
    <message>
        <source>%1 camera moves were picked; MiniMax runs at most %2 at once. Remove %3.</source>
        <translation>%1 Kamerabewegungen wurden gewählt; MiniMax führt höchstens %2 gleichzeitig aus. Entfernen Sie %3.</translation>
    </message>
    <message>
        <source>The prompt contains square brackets, which MiniMax reads as camera commands. Remove them and pick camera moves from the list instead.</source>
        <translation>Der Prompt enthält eckige Klammern, die MiniMax als Kamerabefehle liest. Entfernen Sie sie und wählen Sie stattdessen Kamerabewegungen aus der Liste.</translation>
    </message>
    <message>
        <source>%1 does not make %2 video. Pick %3.</source>
        <translation>%1 erstellt kein %2-Video. Wählen Sie %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source> (%1 s needs %2)</source>
        <translation> (%1 s erfordert %2)</translation>
    </message>
    <message>
        <source>%1 at %2 makes %3 s shots, not %4 s%5. Pick %3 s.</source>
        <translation>%1 mit %2 erstellt Einstellungen von %3 s, nicht %4 s%5. Wählen Sie %3 s.</translation>
    </message>
    <message>
        <source>The image of %1</source>
        <translation>Das Bild von %1</translation>
    </message>
    <message>
        <source>Character to video needs a character with a reference image. Pick a character, or add an image to it.</source>
        <translation>Figur zu Video braucht eine Figur mit Referenzbild. Wählen Sie eine Figur oder fügen Sie ihr ein Bild hinzu.</translation>
    </message>
    <message>
        <source>MiniMax has no option “%1”. Remove it.</source>
        <translation>MiniMax hat keine Option „%1“. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The option “%1” is on or off (true or false).</source>
        <translation>Die Option „%1“ ist ein- oder ausgeschaltet (true oder false).</translation>
    </message>
    <message>
        <source>Fast pretreatment works only with the Hailuo 2.3 and 02 models. Turn it off or pick one of them.</source>
        <translation>Die schnelle Vorverarbeitung funktioniert nur mit den Modellen Hailuo 2.3 und 02. Schalten Sie sie aus oder wählen Sie eines dieser Modelle.</translation>
    </message>
    <message>
        <source>The prompt with its camera commands</source>
        <translation>Der Prompt mit seinen Kamerabefehlen</translation>
    </message>
</context>
<context>
    <name>mt::Muxer</name>
    <message>
        <source>Movie Tool cannot write %1 files (%2).</source>
        <translation>Movie Tool kann keine %1-Dateien schreiben (%2).</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The %1 container has no option “%2”; check the preset.</source>
        <translation>Das Containerformat %1 hat keine Option „%2“; prüfen Sie die Voreinstellung.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2). Check that the disk has free space and the folder can be written to, then try again.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen (%2). Prüfen Sie, ob genug Speicherplatz frei ist und der Ordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>mt::OutputFile</name>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name to write.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen zum Schreiben.</translation>
    </message>
    <message>
        <source>Movie Tool cannot write to the folder %1 (%2). Choose a folder you can write to.</source>
        <translation>Movie Tool kann nicht in den Ordner %1 schreiben (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: about %2 MB are needed and %3 MB are free. Free some space or choose another folder.</source>
        <translation>Nicht genug Speicherplatz in %1: Benötigt werden etwa %2 MB, frei sind %3 MB. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 has already been written.</source>
        <translation>%1 wurde bereits geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written for %1, so it was not saved.</source>
        <translation>Für %1 wurde nichts geschrieben, daher wurde die Datei nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check the folder&apos;s permissions and free space, then try again.</source>
        <translation>%1 konnte nicht gespeichert werden (%2). Prüfen Sie die Berechtigungen und den freien Speicherplatz des Ordners und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>mt::PiecePlan</name>
    <message>
        <source>“%1” has no frame between %L2 s and %L3 s. Choose a longer span.</source>
        <translation>„%1“ hat kein Bild zwischen %L2 s und %L3 s. Wählen Sie einen längeren Abschnitt.</translation>
    </message>
</context>
<context>
    <name>mt::PresetBox</name>
    <message>
        <source>Export preset</source>
        <translation>Exportvoreinstellung</translation>
    </message>
</context>
<context>
    <name>mt::PresetCatalog</name>
    <message>
        <source>The presets are not a JSON object with a “presets” list (%1).</source>
        <translation>Die Voreinstellungen sind kein JSON-Objekt mit einer Liste „presets“ (%1).</translation>
    </message>
    <message>
        <source>The preset name “%1” is used twice.</source>
        <translation>Der Name der Voreinstellung „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>There is no preset “%1”. The presets are: %2.</source>
        <translation>Es gibt keine Voreinstellung „%1“. Verfügbare Voreinstellungen: %2.</translation>
    </message>
</context>
<context>
    <name>mt::PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>Videovorschau</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Shuttle speed</source>
        <translation>Shuttle-Geschwindigkeit</translation>
    </message>
    <message>
        <source>The preview cannot play this file: %1
On Debian, the preview needs the packages gstreamer1.0-libav and gstreamer1.0-plugins-good. The export is not affected.</source>
        <translation>Die Vorschau kann diese Datei nicht abspielen: %1
Unter Debian braucht die Vorschau die Pakete gstreamer1.0-libav und gstreamer1.0-plugins-good. Der Export ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>♪ %1</source>
        <translation>♪ %1</translation>
    </message>
    <message>
        <source>Double-click media in the bin to see it here, or press Space on the timeline to play the film.</source>
        <translation>Doppelklicken Sie auf ein Medium in der Ablage, um es hier zu sehen, oder drücken Sie in der Zeitleiste die Leertaste, um den Film abzuspielen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read: %2.</source>
        <translation>Das Bild „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Timeline of “%1”</source>
        <translation>Zeitleiste von „%1“</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The timeline is empty. Drag media from the bin onto it, then play.</source>
        <translation>Die Zeitleiste ist leer. Ziehen Sie Medien aus der Ablage hinein und spielen Sie dann ab.</translation>
    </message>
</context>
<context>
    <name>mt::ProjectDialog</name>
    <message>
        <source>HD 720p landscape</source>
        <translation>HD 720p Querformat</translation>
    </message>
    <message>
        <source>Full HD 1080p landscape</source>
        <translation>Full HD 1080p Querformat</translation>
    </message>
    <message>
        <source>4K UHD landscape</source>
        <translation>4K UHD Querformat</translation>
    </message>
    <message>
        <source>Vertical 720 × 1280 (stories, shorts)</source>
        <translation>Hochformat 720 × 1280 (Stories, Shorts)</translation>
    </message>
    <message>
        <source>Vertical 1080 × 1920</source>
        <translation>Hochformat 1080 × 1920</translation>
    </message>
    <message>
        <source>Square 1080 × 1080</source>
        <translation>Quadratisch 1080 × 1080</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Project settings — %1</source>
        <translation>Projekteinstellungen – %1</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>My first film</source>
        <translation>Mein erster Film</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Frame size preset</source>
        <translation>Voreinstellung für die Bildgröße</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Frame size:</source>
        <translation>&amp;Bildgröße:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>F&amp;rame rate:</source>
        <translation>Bild&amp;rate:</translation>
    </message>
    <message>
        <source>Default export preset</source>
        <translation>Standard-Exportvoreinstellung</translation>
    </message>
    <message>
        <source>Default &amp;export:</source>
        <translation>Standard&amp;export:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Leave empty to export into the library&apos;s folder for this project.</source>
        <translation>Leer lassen, um in den Ordner der Bibliothek für dieses Projekt zu exportieren.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Den Exportordner auswählen</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>Exportordner:</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Projekt erstellen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Untitled film</source>
        <translation>Unbenannter Film</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>mt::ProjectModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 fps</source>
        <translation>%1 × %2 · %3 fps</translation>
    </message>
</context>
<context>
    <name>mt::ProjectStore</name>
    <message>
        <source>No project with id %1. `movietool-cli project list` shows the projects.</source>
        <translation>Kein Projekt mit der ID %1. `movietool-cli project list` zeigt die Projekte.</translation>
    </message>
    <message>
        <source>No project with id or name “%1”. `movietool-cli project list` shows the projects.</source>
        <translation>Kein Projekt mit der ID oder dem Namen „%1“. `movietool-cli project list` zeigt die Projekte.</translation>
    </message>
    <message>
        <source>A project needs a name of 1 to %1 characters.</source>
        <translation>Ein Projekt braucht einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The project name has %1 characters; shorten it to at most %2.</source>
        <translation>Der Projektname hat %1 Zeichen; kürzen Sie ihn auf höchstens %2.</translation>
    </message>
    <message>
        <source>The description has %1 characters; shorten it to at most %2.</source>
        <translation>Die Beschreibung hat %1 Zeichen; kürzen Sie sie auf höchstens %2.</translation>
    </message>
    <message>
        <source>A frame of %1×%2 is not possible: width and height must be between %3 and %4 pixels.</source>
        <translation>Eine Bildgröße von %1×%2 ist nicht möglich: Breite und Höhe müssen zwischen %3 und %4 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The frame %1×%2 has an odd side; video encoders need even sizes, for example %3×%4.</source>
        <translation>Die Bildgröße %1×%2 hat eine ungerade Seitenlänge; Video-Encoder brauchen gerade Werte, zum Beispiel %3×%4.</translation>
    </message>
    <message>
        <source>A frame rate of %1 fps is not possible: give %2 to %3 fps.</source>
        <translation>Eine Bildrate von %1 fps ist nicht möglich: Geben Sie %2 bis %3 fps an.</translation>
    </message>
    <message>
        <source>“%1” is not a preset name. `movietool-cli presets` lists them.</source>
        <translation>„%1“ ist kein Name einer Voreinstellung. `movietool-cli presets` listet sie auf.</translation>
    </message>
    <message>
        <source>The export folder must be an absolute path, or empty for the library&apos;s exports folder: “%1” is not.</source>
        <translation>Der Exportordner muss ein absoluter Pfad sein oder leer bleiben, um den Exportordner der Bibliothek zu verwenden: „%1“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>A project named “%1” already exists (id %2). Choose another name.</source>
        <translation>Ein Projekt namens „%1“ existiert bereits (ID %2). Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>mt::ProjectsPanel</name>
    <message>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Ein Projekt erstellen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete the project; its media go to the library&apos;s trash</source>
        <translation>Das Projekt löschen; seine Medien kommen in den Papierkorb der Bibliothek</translation>
    </message>
    <message>
        <source>No projects yet.
A project holds one film: its media, its timeline and its exports.</source>
        <translation>Noch keine Projekte.
Ein Projekt enthält einen Film: seine Medien, seine Zeitleiste und seine Exporte.</translation>
    </message>
    <message>
        <source>No project matches “%1”.</source>
        <translation>Kein Projekt passt zu „%1“.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Its timeline and history are deleted. Media files no other project uses go to the library&apos;s trash, where they stay until you empty it. Exported films are kept.</source>
        <translation>Seine Zeitleiste und sein Verlauf werden gelöscht. Mediendateien, die kein anderes Projekt verwendet, kommen in den Papierkorb der Bibliothek, wo sie bleiben, bis Sie ihn leeren. Exportierte Filme bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>mt::ProviderHttp</name>
    <message>
        <source> The request may have reached %1; check its task list before generating again, or it may be paid twice.</source>
        <translation> Die Anfrage hat %1 möglicherweise erreicht; prüfen Sie dort die Aufgabenliste, bevor Sie erneut generieren, sonst wird eventuell doppelt bezahlt.</translation>
    </message>
    <message>
        <source>%1 sent an answer far larger than its API does; it was cut off. Check the base URL in Settings → Providers.</source>
        <translation>%1 hat eine Antwort gesendet, die weit größer ist als bei seiner API üblich; sie wurde abgeschnitten. Prüfen Sie die Basis-URL unter Einstellungen → Anbieter.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network and try again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the network connection and the base URL.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified. Check the system clock and any proxy that inspects HTTPS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat konnte nicht überprüft werden. Prüfen Sie die Systemuhr und jeden Proxy, der HTTPS untersucht.</translation>
    </message>
    <message>
        <source>The base URL of %1 is not an http(s) address. Correct it in Settings → Providers.</source>
        <translation>Die Basis-URL von %1 ist keine http(s)-Adresse. Korrigieren Sie sie unter Einstellungen → Anbieter.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2), which is not followed so that the key goes nowhere else. Check the base URL.</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet (HTTP %2), der nicht gefolgt wird, damit der Schlüssel nirgendwo anders hingelangt. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check the network and try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of its API&apos;s data; a network sign-in page or a proxy may be in the way. Check the connection and the base URL.</source>
        <translation>%1 hat mit einer Webseite statt mit den Daten seiner API geantwortet; möglicherweise steht eine Netzwerk-Anmeldeseite oder ein Proxy im Weg. Prüfen Sie die Verbindung und die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 sent an answer that cannot be read; it may have been cut off. Try again later.</source>
        <translation>%1 hat eine Antwort gesendet, die nicht gelesen werden kann; sie wurde möglicherweise abgeschnitten. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>mt::ProviderRegistry</name>
    <message>
        <source>MiniMax (Hailuo)</source>
        <translation>MiniMax (Hailuo)</translation>
    </message>
    <message>
        <source>Segmind (Kling, Flux)</source>
        <translation>Segmind (Kling, Flux)</translation>
    </message>
    <message>
        <source>Storyboard (offline)</source>
        <translation>Storyboard (offline)</translation>
    </message>
</context>
<context>
    <name>mt::ProviderSettings</name>
    <message>
        <source>The base URL of %1 must be an https address (plain http only for this machine: localhost, 127.0.0.1, ::1), not “%2”.</source>
        <translation>Die Basis-URL von %1 muss eine https-Adresse sein (einfaches http nur für diesen Rechner: localhost, 127.0.0.1, ::1), nicht „%2“.</translation>
    </message>
    <message>
        <source>Requests per minute go from 1 to %1 and tasks in flight from 1 to %2 (0: the provider&apos;s own).</source>
        <translation>Anfragen pro Minute reichen von 1 bis %1 und gleichzeitige Aufträge von 1 bis %2 (0: die Vorgabe des Anbieters).</translation>
    </message>
</context>
<context>
    <name>mt::ProviderSettingsPage</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Keys of the cloud video services. Without a key, shots are made as offline storyboard cards, to be generated for real later.</source>
        <translation>Schlüssel der Cloud-Videodienste. Ohne Schlüssel werden Einstellungen als Offline-Storyboard-Karten erstellt, um später richtig generiert zu werden.</translation>
    </message>
    <message>
        <source>A provider could not be set up.</source>
        <translation>Ein Anbieter konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>No keychain: keys are stored in a file only you can read.</source>
        <translation>Kein Schlüsselbund: Schlüssel werden in einer Datei gespeichert, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Save the API key for %1</source>
        <translation>Den API-Schlüssel für %1 speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the API key for %1</source>
        <translation>Den API-Schlüssel für %1 entfernen</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Pacing:</source>
        <translation>Taktung:</translation>
    </message>
    <message>
        <source>No key set: shots are made as storyboard cards.</source>
        <translation>Kein Schlüssel festgelegt: Einstellungen werden als Storyboard-Karten erstellt.</translation>
    </message>
    <message>
        <source>Set by %1 in the environment; change it there.</source>
        <translation>Durch %1 in der Umgebung festgelegt; ändern Sie den Wert dort.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Stored in a file only you can read.</source>
        <translation>In einer Datei gespeichert, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Fügen Sie den API-Schlüssel ein</translation>
    </message>
    <message>
        <source>A key is set; paste one to replace it</source>
        <translation>Ein Schlüssel ist festgelegt; fügen Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>Der Schlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The key was not removed.</source>
        <translation>Der Schlüssel wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Prices and budget</source>
        <translation>Preise und Budget</translation>
    </message>
    <message>
        <source>Price per generation</source>
        <translation>Preis pro Generierung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Your price (USD)</source>
        <translation>Ihr Preis (USD)</translation>
    </message>
    <message>
        <source>Leave empty to use the list price</source>
        <translation>Leer lassen, um den Listenpreis zu verwenden</translation>
    </message>
    <message>
        <source>Monthly budget in US dollars</source>
        <translation>Monatsbudget in US-Dollar</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>Spent this month: %1</source>
        <translation>In diesem Monat ausgegeben: %1</translation>
    </message>
    <message>
        <source>Prices are per generation. Paid tasks that would take this month&apos;s spending over the budget are refused before anything is sent.</source>
        <translation>Preise gelten pro Generierung. Bezahlte Aufgaben, mit denen die Ausgaben dieses Monats das Budget überschreiten würden, werden abgelehnt, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation>Monatsbudget:</translation>
    </message>
    <message>
        <source>The price of %1 is “%2”: write an amount in US dollars, like 0.25, or leave it empty for the list price.</source>
        <translation>Der Preis von %1 ist „%2“: Geben Sie einen Betrag in US-Dollar an, etwa 0.25, oder lassen Sie ihn für den Listenpreis leer.</translation>
    </message>
    <message>
        <source>The prices were not saved.</source>
        <translation>Die Preise wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The prices and budget were not saved.</source>
        <translation>Die Preise und das Budget wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The provider&apos;s own</source>
        <translation>Die des Anbieters</translation>
    </message>
    <message>
        <source>Base URL of %1</source>
        <translation>Basis-URL von %1</translation>
    </message>
    <message>
        <source>Set by %1 in the environment.</source>
        <translation>Durch %1 in der Umgebung festgelegt.</translation>
    </message>
    <message>
        <source>Provider&apos;s own (%1)</source>
        <translation>Vorgabe des Anbieters (%1)</translation>
    </message>
    <message>
        <source>Requests per minute to %1</source>
        <translation>Anfragen pro Minute an %1</translation>
    </message>
    <message>
        <source>Tasks in flight at %1</source>
        <translation>Gleichzeitige Aufträge bei %1</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>tasks at once</source>
        <translation>Aufträge gleichzeitig</translation>
    </message>
    <message>
        <source>The provider settings were not saved.</source>
        <translation>Die Anbietereinstellungen wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>mt::ReferenceImage</name>
    <message>
        <source>%1 is missing (%2). Pick an image that exists.</source>
        <translation>%1 fehlt (%2). Wählen Sie ein vorhandenes Bild.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read. Use a %2 file.</source>
        <translation>%1 ist kein lesbares Bild. Verwenden Sie eine %2-Datei.</translation>
    </message>
    <message>
        <source>%1 is a %2 image; %3 takes only %4. Convert it first.</source>
        <translation>%1 ist ein %2-Bild; %3 akzeptiert nur %4. Wandeln Sie es zuerst um.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; %3 takes at most %4 MB. Use a smaller or more compressed image.</source>
        <translation>%1 ist %2 MB groß; %3 akzeptiert höchstens %4 MB. Verwenden Sie ein kleineres oder stärker komprimiertes Bild.</translation>
    </message>
    <message>
        <source>%1 is %2×%3; %4 needs its short side to be %5 %6 px. Use a larger image.</source>
        <translation>%1 hat %2×%3; %4 braucht eine kurze Seite von %5 %6 px. Verwenden Sie ein größeres Bild.</translation>
    </message>
    <message>
        <source>over</source>
        <translation>über</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>%1 is %2×%3, too long and narrow; %4 takes images up to %5:1 either way. Crop it.</source>
        <translation>%1 hat %2×%3 und ist zu lang und schmal; %4 akzeptiert Bilder bis %5:1 in beide Richtungen. Schneiden Sie es zu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 changed while it was being sent. Try again.</source>
        <translation>%1 hat sich beim Senden geändert. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>mt::RequestRules</name>
    <message>
        <source>%1 has no model “%2”. Pick one of: %3.</source>
        <translation>%1 hat kein Modell „%2“. Wählen Sie eines von: %3.</translation>
    </message>
    <message>
        <source>The prompt is empty. Describe the shot.</source>
        <translation>Der Prompt ist leer. Beschreiben Sie die Einstellung.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; %3 takes at most %4. Shorten it by %5.</source>
        <translation>%1 ist %2 Zeichen lang; %3 akzeptiert höchstens %4. Kürzen Sie ihn um %5.</translation>
    </message>
    <message>
        <source>Image to video needs a first frame: pick an image or a character.</source>
        <translation>Bild zu Video braucht ein erstes Bild: Wählen Sie ein Bild oder eine Figur.</translation>
    </message>
    <message>
        <source>The first frame</source>
        <translation>Das erste Bild</translation>
    </message>
    <message>
        <source>The image of %1</source>
        <translation>Das Bild von %1</translation>
    </message>
</context>
<context>
    <name>mt::ReviewJobs</name>
    <message>
        <source>“%1” must be a whole number of pixels from 16 to 16384.</source>
        <translation>„%1“ muss eine ganze Zahl von Pixeln zwischen 16 und 16384 sein.</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>„%1“ prüfen</translation>
    </message>
    <message>
        <source>A review needs the asset to check (“assetId”).</source>
        <translation>Eine Prüfung braucht das zu prüfende Medium („assetId“).</translation>
    </message>
    <message>
        <source>“%1” is not a video; take review checks videos.</source>
        <translation>„%1“ ist kein Video; die Take-Prüfung prüft Videos.</translation>
    </message>
    <message>
        <source>“duration” must be seconds above 0, up to an hour.</source>
        <translation>„duration“ muss eine Sekundenzahl über 0 und höchstens eine Stunde sein.</translation>
    </message>
    <message>
        <source>The reference image “%1” cannot be read; review the take without it or restore the image.</source>
        <translation>Das Referenzbild „%1“ kann nicht gelesen werden; prüfen Sie den Take ohne es oder stellen Sie das Bild wieder her.</translation>
    </message>
    <message>
        <source>Reviewing the take</source>
        <translation>Take wird geprüft</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>mt::SegmindProvider</name>
    <message>
        <source>Segmind finished but gave no usable https link to the result. Try again later.</source>
        <translation>Segmind ist fertig, hat aber keinen brauchbaren https-Link zum Ergebnis geliefert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Segmind job %1 has no result yet. Check its status again.</source>
        <translation>Segmind-Auftrag %1 hat noch kein Ergebnis. Prüfen Sie seinen Status erneut.</translation>
    </message>
    <message>
        <source>Balance %1 credits</source>
        <translation>Guthaben: %1 Credits</translation>
    </message>
    <message>
        <source>The key is accepted.</source>
        <translation>Der Schlüssel wurde akzeptiert.</translation>
    </message>
    <message>
        <source>Segmind (Kling, Flux)</source>
        <translation>Segmind (Kling, Flux)</translation>
    </message>
    <message>
        <source>Segmind rejected the API key (HTTP 401). Check it in Settings → Providers, or set MOVIETOOL_SEGMIND_API_KEY.</source>
        <translation>Segmind hat den API-Schlüssel abgelehnt (HTTP 401). Prüfen Sie ihn unter Einstellungen → Anbieter oder setzen Sie MOVIETOOL_SEGMIND_API_KEY.</translation>
    </message>
    <message>
        <source>Segmind does not let this account use the model (HTTP 403). Check the account&apos;s access on segmind.com, or pick another model.</source>
        <translation>Segmind erlaubt diesem Konto das Modell nicht (HTTP 403). Prüfen Sie den Zugang des Kontos auf segmind.com oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The Segmind account has too little credit or reached its spend limit (HTTP %1: %2). Top it up on segmind.com, then retry.</source>
        <translation>Das Segmind-Konto hat zu wenig Guthaben oder sein Ausgabenlimit erreicht (HTTP %1: %2). Laden Sie es auf segmind.com auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Segmind refused a value in the request (HTTP 406: %1). Change it and try again.</source>
        <translation>Segmind hat einen Wert in der Anfrage abgelehnt (HTTP 406: %1). Ändern Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Segmind no longer knows this job (HTTP 404); it keeps a job&apos;s status for one hour.</source>
        <translation>Segmind kennt diesen Auftrag nicht mehr (HTTP 404); der Status eines Auftrags wird dort eine Stunde lang aufbewahrt.</translation>
    </message>
    <message>
        <source>Segmind has no such model (HTTP 404: %1). Pick another model.</source>
        <translation>Segmind hat kein solches Modell (HTTP 404: %1). Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Segmind has retired this model (HTTP 410). Pick another model.</source>
        <translation>Segmind hat dieses Modell eingestellt (HTTP 410). Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Segmind is limiting requests (HTTP 429). The task waits and tries again.</source>
        <translation>Segmind begrenzt die Anfragen (HTTP 429). Die Aufgabe wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>Segmind&apos;s server failed (HTTP %1). The task waits and tries again.</source>
        <translation>Der Server von Segmind ist ausgefallen (HTTP %1). Die Aufgabe wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>Segmind refused the request (HTTP %1: %2). Change what it names and try again.</source>
        <translation>Segmind hat die Anfrage abgelehnt (HTTP %1: %2). Ändern Sie das Genannte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Segmind answered HTTP %1 (%2). Check the base URL and the account.</source>
        <translation>Segmind hat mit HTTP %1 geantwortet (%2). Prüfen Sie die Basis-URL und das Konto.</translation>
    </message>
    <message>
        <source>Segmind&apos;s moderation stopped the generation (%1). Change the prompt or the image and generate again.</source>
        <translation>Die Moderation von Segmind hat die Generierung gestoppt (%1). Ändern Sie den Prompt oder das Bild und generieren Sie erneut.</translation>
    </message>
    <message>
        <source>Segmind refused the request (%1). Change what it names and generate again.</source>
        <translation>Segmind hat die Anfrage abgelehnt (%1). Ändern Sie das Genannte und generieren Sie erneut.</translation>
    </message>
    <message>
        <source>Segmind could not make the result (%1). A failed job is not charged; generate again.</source>
        <translation>Segmind konnte das Ergebnis nicht erstellen (%1). Ein fehlgeschlagener Auftrag wird nicht berechnet; generieren Sie erneut.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Segmind offers text to video, image to video and images here. For character to video use MiniMax, or image to video with the character&apos;s image.</source>
        <translation>Segmind bietet hier Text zu Video, Bild zu Video und Bilder. Für Figur zu Video verwenden Sie MiniMax oder Bild zu Video mit dem Bild der Figur.</translation>
    </message>
    <message>
        <source>%1 cannot make that kind of result. Pick %2.</source>
        <translation>%1 kann diese Art von Ergebnis nicht erstellen. Wählen Sie %2.</translation>
    </message>
    <message>
        <source>%1 does not take camera moves. Pick %2, or remove the moves.</source>
        <translation>%1 akzeptiert keine Kamerabewegungen. Wählen Sie %2 oder entfernen Sie die Bewegungen.</translation>
    </message>
    <message>
        <source>Kling takes one camera move per shot; %1 were picked. Keep one.</source>
        <translation>Kling akzeptiert eine Kamerabewegung pro Einstellung; %1 wurden gewählt. Behalten Sie eine.</translation>
    </message>
    <message>
        <source>Kling cannot do the camera move “%1”. Pick truck, pedestal, pan, tilt or zoom.</source>
        <translation>Kling kann die Kamerabewegung „%1“ nicht ausführen. Wählen Sie truck, pedestal, pan, tilt oder zoom.</translation>
    </message>
    <message>
        <source>Kling on Segmind makes 720P (standard) or 1080P (pro) video, not %1. Pick one of them.</source>
        <translation>Kling bei Segmind erstellt Videos in 720P (Standard) oder 1080P (Pro), nicht %1. Wählen Sie eines davon.</translation>
    </message>
    <message>
        <source>Kling makes 5 s or 10 s shots, not %1 s. Pick 5 or 10.</source>
        <translation>Kling erstellt Einstellungen von 5 s oder 10 s, nicht %1 s. Wählen Sie 5 oder 10.</translation>
    </message>
    <message>
        <source>%1 has no option “%2”. Remove it.</source>
        <translation>%1 hat keine Option „%2“. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The guidance scale (cfg_scale) must be between 0 and 1.</source>
        <translation>Die Guidance-Skala (cfg_scale) muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>Flux Schnell takes 1 to 8 steps.</source>
        <translation>Flux Schnell akzeptiert 1 bis 8 Schritte.</translation>
    </message>
    <message>
        <source>%1 takes the aspect ratios %2, not %3. Pick one of them.</source>
        <translation>%1 akzeptiert die Seitenverhältnisse %2, nicht %3. Wählen Sie eines davon.</translation>
    </message>
    <message>
        <source>The prompt</source>
        <translation>Der Prompt</translation>
    </message>
</context>
<context>
    <name>mt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Library in use</source>
        <translation>Verwendete Bibliothek</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In Verwendung:</translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation>Belegter Speicher:</translation>
    </message>
    <message>
        <source>%1 media · %2 in the trash · %3 of previews</source>
        <translation>%1 Medien · %2 im Papierkorb · %3 für Vorschauen</translation>
    </message>
    <message>
        <source>Library folder at the next start</source>
        <translation>Bibliotheksordner beim nächsten Start</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Den Bibliotheksordner auswählen</translation>
    </message>
    <message>
        <source>Next start:</source>
        <translation>Nächster Start:</translation>
    </message>
    <message>
        <source>Movie Tool opens this folder from its next start (an empty or new folder becomes a new library). The environment variable MOVIETOOL_LIBRARY, when set, wins over this setting.</source>
        <translation>Movie Tool öffnet diesen Ordner ab dem nächsten Start (ein leerer oder neuer Ordner wird zu einer neuen Bibliothek). Die Umgebungsvariable MOVIETOOL_LIBRARY hat, wenn gesetzt, Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>Storage quota in gibibytes</source>
        <translation>Speicherkontingent in Gibibyte</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Kein Kontingent</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Kontingent:</translation>
    </message>
    <message>
        <source>Largest file an import accepts, in gibibytes</source>
        <translation>Größte Datei, die ein Import akzeptiert, in Gibibyte</translation>
    </message>
    <message>
        <source>&amp;Largest import:</source>
        <translation>&amp;Größter Import:</translation>
    </message>
    <message>
        <source>Imports that would go over the quota or the largest size are refused with the reason. These two apply to everyone who uses this library.</source>
        <translation>Importe, die das Kontingent oder die größte Dateigröße überschreiten würden, werden mit Begründung abgelehnt. Beide gelten für alle, die diese Bibliothek verwenden.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Default export preset of new projects</source>
        <translation>Standard-Exportvoreinstellung neuer Projekte</translation>
    </message>
    <message>
        <source>New projects &amp;export as:</source>
        <translation>Neue Projekte &amp;exportieren als:</translation>
    </message>
    <message>
        <source>Render mode</source>
        <translation>Render-Modus</translation>
    </message>
    <message>
        <source>Automatic — the fastest exact way</source>
        <translation>Automatisch – der schnellste exakte Weg</translation>
    </message>
    <message>
        <source>Copy — whole clips only</source>
        <translation>Kopieren – nur ganze Clips</translation>
    </message>
    <message>
        <source>Smart — re-encode only around cuts</source>
        <translation>Smart – nur um Schnitte herum neu kodieren</translation>
    </message>
    <message>
        <source>Full — re-encode everything</source>
        <translation>Vollständig – alles neu kodieren</translation>
    </message>
    <message>
        <source>&amp;Render mode:</source>
        <translation>&amp;Render-Modus:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Used from the next start.</source>
        <translation>Wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
</context>
<context>
    <name>mt::SettingsStore</name>
    <message>
        <source>A quota of %1 bytes is too small: give at least %2 MiB, or 0 for no quota.</source>
        <translation>Ein Kontingent von %1 Byte ist zu klein: Geben Sie mindestens %2 MiB an oder 0 für kein Kontingent.</translation>
    </message>
    <message>
        <source>The largest import must be between %1 MiB and %2 GiB; %3 bytes is outside.</source>
        <translation>Die Importgrenze muss zwischen %1 MiB und %2 GiB liegen; %3 Byte liegen außerhalb.</translation>
    </message>
    <message>
        <source>A setting&apos;s name must be 1 to %1 characters long.</source>
        <translation>Der Name einer Einstellung muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The value of setting %1 is too long: at most %2 characters.</source>
        <translation>Der Wert der Einstellung %1 ist zu lang: höchstens %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>mt::SmartCut</name>
    <message>
        <source>“%1” could not be read (%2).</source>
        <translation>„%1“ konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>“%1” could not be decoded.</source>
        <translation>„%1“ konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>Nothing to cut: no pieces were given.</source>
        <translation>Nichts zu schneiden: Es wurden keine Teile angegeben.</translation>
    </message>
    <message>
        <source>Reading keyframes</source>
        <translation>Lesen der Schlüsselbilder</translation>
    </message>
    <message>
        <source>Cutting</source>
        <translation>Schneiden</translation>
    </message>
    <message>
        <source>Re-encoding</source>
        <translation>Neukodieren</translation>
    </message>
</context>
<context>
    <name>mt::SourceRenderer</name>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>No picture could be decoded from %1 (%2 damaged packets). Check the file in a player, or leave it out.</source>
        <translation>Aus %1 konnte kein Bild dekodiert werden (%2 beschädigte Pakete). Prüfen Sie die Datei in einem Player oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation>Lesen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Decoding %1 failed</source>
        <translation>Dekodieren von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Converting the picture of %1 failed</source>
        <translation>Umwandeln des Bildes von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Converting the sound of %1 failed</source>
        <translation>Umwandeln des Tons von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
</context>
<context>
    <name>mt::SpanAudio</name>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The sound could not be added to the output.</source>
        <translation>Der Ton konnte nicht zur Ausgabe hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The sound of “%1” could not be decoded (%2).</source>
        <translation>Der Ton von „%1“ konnte nicht dekodiert werden (%2).</translation>
    </message>
    <message>
        <source>The sound of “%1” could not be converted.</source>
        <translation>Der Ton von „%1“ konnte nicht umgewandelt werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The sound of “%1” could not be read (%2).</source>
        <translation>Der Ton von „%1“ konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The audio encoder failed.</source>
        <translation>Der Audio-Encoder ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>mt::SpendLedger</name>
    <message>
        <source>A monthly budget is an amount in US dollars from 0 (no budget) up; got %1.</source>
        <translation>Ein Monatsbudget ist ein Betrag in US-Dollar ab 0 (kein Budget); erhalten: %1.</translation>
    </message>
    <message>
        <source>Prices are {&quot;provider&quot;: {&quot;model&quot;: USD}}; “%1” is not.</source>
        <translation>Preise haben die Form {&quot;provider&quot;: {&quot;model&quot;: USD}}; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The price of %1 %2 must be a number of US dollars, 0 or more.</source>
        <translation>Der Preis von %1 %2 muss eine Zahl von US-Dollar sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>This generation (about %1) would go over this month&apos;s budget of %2: %3 spent, %4 in tasks still running. Raise the budget in Settings → Providers, or use the storyboard provider, which is free.</source>
        <translation>Diese Generierung (etwa %1) würde das Budget dieses Monats von %2 überschreiten: %3 ausgegeben, %4 in noch laufenden Aufgaben. Erhöhen Sie das Budget unter Einstellungen → Anbieter oder verwenden Sie den Storyboard-Anbieter, der kostenlos ist.</translation>
    </message>
</context>
<context>
    <name>mt::StoryboardProvider</name>
    <message>
        <source>A storyboard shot needs a file to write.</source>
        <translation>Eine Storyboard-Einstellung braucht eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>Title card</source>
        <translation>Titelkarte</translation>
    </message>
    <message>
        <source>The storyboard makes video shots (t2v, i2v, s2v), not %1.</source>
        <translation>Das Storyboard erstellt Videoeinstellungen (t2v, i2v, s2v), nicht %1.</translation>
    </message>
    <message>
        <source>The prompt has %1 characters; shorten it to %2 or fewer.</source>
        <translation>Der Prompt hat %1 Zeichen; kürzen Sie ihn auf %2 oder weniger.</translation>
    </message>
    <message>
        <source>Pick at most 3 camera moves for one shot.</source>
        <translation>Wählen Sie höchstens 3 Kamerabewegungen für eine Einstellung.</translation>
    </message>
    <message>
        <source>Image to video needs a first frame: give an image asset (--first-frame) or a character (--character).</source>
        <translation>Bild zu Video braucht ein erstes Bild: Geben Sie ein Bild-Medium (--first-frame) oder eine Figur (--character) an.</translation>
    </message>
    <message>
        <source>Subject to video needs a character with a reference image (--character).</source>
        <translation>Figur zu Video braucht eine Figur mit Referenzbild (--character).</translation>
    </message>
    <message>
        <source>%1 is not a picture the storyboard can read (use JPEG, PNG or WebP).</source>
        <translation>%1 ist kein Bild, das das Storyboard lesen kann (verwenden Sie JPEG, PNG oder WebP).</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Storyboard shot %1</source>
        <translation>Storyboard-Einstellung %1</translation>
    </message>
    <message>
        <source>The storyboard job %1 is gone.</source>
        <translation>Der Storyboard-Auftrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The storyboard shot was not rendered (%1).</source>
        <translation>Die Storyboard-Einstellung wurde nicht gerendert (%1).</translation>
    </message>
    <message>
        <source>The rendered storyboard shot is missing; retry the task to render it again.</source>
        <translation>Die gerenderte Storyboard-Einstellung fehlt; wiederholen Sie die Aufgabe, um sie erneut zu rendern.</translation>
    </message>
    <message>
        <source>Works offline; needs no key.</source>
        <translation>Funktioniert offline; braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Storyboard (offline)</source>
        <translation>Storyboard (offline)</translation>
    </message>
</context>
<context>
    <name>mt::StoryboardRenderer</name>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The picture could not be converted for the encoder.</source>
        <translation>Das Bild konnte nicht für den Encoder umgewandelt werden.</translation>
    </message>
    <message>
        <source>A storyboard shot needs an even size from 16×16 to 7680×7680; the project is %1×%2.</source>
        <translation>Eine Storyboard-Einstellung braucht eine gerade Größe von 16×16 bis 7680×7680; das Projekt hat %1×%2.</translation>
    </message>
    <message>
        <source>A storyboard shot needs a frame rate from 1 to 240 fps.</source>
        <translation>Eine Storyboard-Einstellung braucht eine Bildrate von 1 bis 240 fps.</translation>
    </message>
    <message>
        <source>A storyboard shot lasts more than 0 and at most %1 seconds; got %2.</source>
        <translation>Eine Storyboard-Einstellung dauert mehr als 0 und höchstens %1 Sekunden; erhalten: %2.</translation>
    </message>
    <message>
        <source>The picture %1 cannot be read.</source>
        <translation>Das Bild %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>SHOT %1</source>
        <translation>EINSTELLUNG %1</translation>
    </message>
    <message>
        <source>TAKE %1</source>
        <translation>TAKE %1</translation>
    </message>
    <message>
        <source>STORYBOARD</source>
        <translation>STORYBOARD</translation>
    </message>
    <message>
        <source>CAMERA</source>
        <translation>KAMERA</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>%1 s · %2 fps</source>
        <translation>%1 s · %2 fps</translation>
    </message>
    <message>
        <source>%1 is not a picture this build can read.</source>
        <translation>%1 ist kein Bild, das diese Version lesen kann.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mt::StreamCopy</name>
    <message>
        <source>its video is %1, not %2</source>
        <translation>ihr Video ist %1 statt %2</translation>
    </message>
    <message>
        <source>its frame size is %1, not %2</source>
        <translation>ihre Bildgröße ist %1 statt %2</translation>
    </message>
    <message>
        <source>its pixel format differs</source>
        <translation>ihr Pixelformat ist anders</translation>
    </message>
    <message>
        <source>its pixel aspect ratio differs</source>
        <translation>ihr Pixel-Seitenverhältnis ist anders</translation>
    </message>
    <message>
        <source>it runs at %1 frames per second, not %2</source>
        <translation>sie läuft mit %1 Bildern pro Sekunde statt %2</translation>
    </message>
    <message>
        <source>its video time scale does not fit the first file&apos;s</source>
        <translation>ihre Video-Zeitbasis passt nicht zu der der ersten Datei</translation>
    </message>
    <message>
        <source>its video was encoded with other settings (the codec&apos;s parameter sets differ)</source>
        <translation>ihr Video wurde mit anderen Einstellungen kodiert (die Parametersätze des Codecs unterscheiden sich)</translation>
    </message>
    <message>
        <source>it has sound and the first file has none</source>
        <translation>sie hat Ton, die erste Datei aber nicht</translation>
    </message>
    <message>
        <source>it has no sound and the first file has</source>
        <translation>sie hat keinen Ton, die erste Datei aber schon</translation>
    </message>
    <message>
        <source>its audio is %1, not %2</source>
        <translation>ihr Ton ist %1 statt %2</translation>
    </message>
    <message>
        <source>its audio has %1 Hz, not %2 Hz</source>
        <translation>ihr Ton hat %1 Hz statt %2 Hz</translation>
    </message>
    <message>
        <source>its audio has other channels</source>
        <translation>ihr Ton hat andere Kanäle</translation>
    </message>
    <message>
        <source>its audio was encoded with other settings</source>
        <translation>ihr Ton wurde mit anderen Einstellungen kodiert</translation>
    </message>
    <message>
        <source>“%1” cannot be joined to “%2” without re-encoding: %3.</source>
        <translation>Die Datei „%1“ kann nicht ohne Neukodierung an „%2“ angefügt werden: %3.</translation>
    </message>
    <message>
        <source>No files were given to join.</source>
        <translation>Es wurden keine Dateien zum Aneinanderfügen angegeben.</translation>
    </message>
    <message>
        <source>only videos can be joined by copying</source>
        <translation>nur Videos lassen sich durch Kopieren aneinanderfügen</translation>
    </message>
    <message>
        <source>its video profile is %1, not %2</source>
        <translation>ihr Videoprofil ist %1 statt %2</translation>
    </message>
    <message>
        <source>its pixel format is %1, not %2</source>
        <translation>ihr Pixelformat ist %1 statt %2</translation>
    </message>
    <message>
        <source>its audio format differs</source>
        <translation>ihr Tonformat ist anders</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2).</source>
        <translation>„%1“ konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The start of a trim must be 0 s or later (got %L1 s).</source>
        <translation>Der Anfang eines Trimmbereichs muss bei 0 s oder später liegen (angegeben: %L1 s).</translation>
    </message>
    <message>
        <source>The end of a trim (%L1 s) must come after its start (%L2 s).</source>
        <translation>Das Ende eines Trimmbereichs (%L1 s) muss nach seinem Anfang (%L2 s) liegen.</translation>
    </message>
    <message>
        <source>“%1” is only %L2 s long; a trim cannot start at %L3 s. Choose a start inside the clip.</source>
        <translation>„%1“ ist nur %L2 s lang; ein Trimmbereich kann nicht bei %L3 s beginnen. Wählen Sie einen Anfang innerhalb des Clips.</translation>
    </message>
    <message>
        <source>Finding keyframes</source>
        <translation>Suchen der Schlüsselbilder</translation>
    </message>
    <message>
        <source>“%1” has no frame between %L2 s and %L3 s.</source>
        <translation>„%1“ hat kein Bild zwischen %L2 s und %L3 s.</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>mt::TakeCard</name>
    <message>
        <source>Take %1</source>
        <translation>Take %1</translation>
    </message>
    <message>
        <source>Take in use: %1</source>
        <translation>Verwendeter Take: %1</translation>
    </message>
    <message>
        <source>Alternate take: %1</source>
        <translation>Alternativer Take: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Take review is looking at this take; you can use it meanwhile.</source>
        <translation>Die Take-Prüfung sieht sich diesen Take an; Sie können ihn währenddessen schon verwenden.</translation>
    </message>
    <message>
        <source>✓  No problems found</source>
        <translation>✓  Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Take review checks generated takes as they arrive.</source>
        <translation>Die Take-Prüfung prüft generierte Takes, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>%1 abspielen</translation>
    </message>
    <message>
        <source>Show this take in the preview</source>
        <translation>Diesen Take in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Use this take</source>
        <translation>Diesen Take verwenden</translation>
    </message>
    <message>
        <source>Use %1 in the clip</source>
        <translation>%1 im Clip verwenden</translation>
    </message>
    <message>
        <source>The timeline plays this take</source>
        <translation>Die Zeitleiste spielt diesen Take</translation>
    </message>
    <message>
        <source>Put this take in the clip&apos;s place, keeping its position and trims (Ctrl+Z takes it back)</source>
        <translation>Diesen Take an die Stelle des Clips setzen, Position und Schnittpunkte bleiben (Strg+Z nimmt es zurück)</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Restore the flag: %1</source>
        <translation>Markierung wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Dismiss the flag: %1</source>
        <translation>Markierung verwerfen: %1</translation>
    </message>
    <message>
        <source>Count this problem again</source>
        <translation>Dieses Problem wieder berücksichtigen</translation>
    </message>
    <message>
        <source>Not a problem for this film: stop marking the take for it (Ctrl+Z takes it back)</source>
        <translation>Für diesen Film kein Problem: den Take dafür nicht mehr markieren (Strg+Z nimmt es zurück)</translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation>VERWENDET</translation>
    </message>
</context>
<context>
    <name>mt::TakeModel</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
</context>
<context>
    <name>mt::TakeReview</name>
    <message>
        <source>Black from start to end (%1 s): the generation produced no picture.</source>
        <translation>Schwarz vom Anfang bis zum Ende (%1 s): Die Generierung hat kein Bild erzeugt.</translation>
    </message>
    <message>
        <source>Black from the start to %1 s: the shot starts late; trim the black off on the timeline.</source>
        <translation>Schwarz vom Anfang bis %1 s: Die Einstellung beginnt spät; schneiden Sie das Schwarz in der Zeitleiste ab.</translation>
    </message>
    <message>
        <source>Black from %1 s to the end at %2 s: the shot may have been padded with black or cut off.</source>
        <translation>Schwarz von %1 s bis zum Ende bei %2 s: Die Einstellung wurde vielleicht mit Schwarz aufgefüllt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>Black from %1 s to %2 s: the generation may have failed for part of the shot.</source>
        <translation>Schwarz von %1 s bis %2 s: Die Generierung ist für einen Teil der Einstellung vielleicht fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Frozen from start to end (%1 s): the take is a still picture, not a moving shot.</source>
        <translation>Eingefroren vom Anfang bis zum Ende (%1 s): Der Take ist ein Standbild, keine bewegte Einstellung.</translation>
    </message>
    <message>
        <source>Frozen from the start to %1 s: the picture only starts moving then; trim the still part off if it shows.</source>
        <translation>Eingefroren vom Anfang bis %1 s: Das Bild bewegt sich erst ab dann; schneiden Sie den stehenden Teil ab, wenn er auffällt.</translation>
    </message>
    <message>
        <source>Frozen from %1 s to %2 s: the provider may have padded a short clip.</source>
        <translation>Eingefroren von %1 s bis %2 s: Der Anbieter hat vielleicht einen zu kurzen Clip aufgefüllt.</translation>
    </message>
    <message>
        <source>Frozen from %1 s to %2 s: the picture stops moving, then moves again.</source>
        <translation>Eingefroren von %1 s bis %2 s: Das Bild bleibt stehen und bewegt sich dann wieder.</translation>
    </message>
    <message>
        <source>The take has no sound at all, although sound was asked for: the provider may not generate audio.</source>
        <translation>Der Take hat überhaupt keinen Ton, obwohl Ton angefordert wurde: Der Anbieter erzeugt vielleicht keinen Ton.</translation>
    </message>
    <message>
        <source>Silent from start to end (%1 s), although sound was asked for.</source>
        <translation>Stumm vom Anfang bis zum Ende (%1 s), obwohl Ton angefordert wurde.</translation>
    </message>
    <message>
        <source>Silent from %1 s to %2 s, although sound was asked for.</source>
        <translation>Stumm von %1 s bis %2 s, obwohl Ton angefordert wurde.</translation>
    </message>
    <message>
        <source>Download the take again; if it stays damaged, generate it anew.</source>
        <translation>Laden Sie den Take erneut herunter; bleibt er beschädigt, generieren Sie ihn neu.</translation>
    </message>
    <message>
        <source>The data stops at %1 s of the %2 s the file announces: the download was cut short. %3</source>
        <translation>Die Daten enden bei %1 s der %2 s, die die Datei angibt: Der Download wurde abgebrochen. %3</translation>
    </message>
    <message>
        <source>Damaged data at %1 s: %2 %3</source>
        <translation>Beschädigte Daten bei %1 s: %2 %3</translation>
    </message>
    <message>
        <source>Damaged data at %1 s (%2 problems; the first: %3) %4</source>
        <translation>Beschädigte Daten bei %1 s (%2 Probleme; das erste: %3) %4</translation>
    </message>
    <message>
        <source>Damaged data from %1 s to %2 s (%3 problems; the first: %4) %5</source>
        <translation>Beschädigte Daten von %1 s bis %2 s (%3 Probleme; das erste: %4) %5</translation>
    </message>
    <message>
        <source>The take is %1 s long, %2 s shorter than the %3 s asked for: the shot may end early or be cut off.</source>
        <translation>Der Take ist %1 s lang, %2 s kürzer als die angeforderten %3 s: Die Einstellung endet vielleicht zu früh oder ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The take is %1 s long, %2 s longer than the %3 s asked for: trim it on the timeline.</source>
        <translation>Der Take ist %1 s lang, %2 s länger als die angeforderten %3 s: Kürzen Sie ihn in der Zeitleiste.</translation>
    </message>
    <message>
        <source>The take has no picture, although a %1×%2 video was asked for.</source>
        <translation>Der Take hat kein Bild, obwohl ein Video in %1×%2 angefordert wurde.</translation>
    </message>
    <message>
        <source>The picture is %1×%2, not the %3×%4 asked for: the provider may not offer that size; the film will scale it.</source>
        <translation>Das Bild ist %1×%2 groß, nicht die angeforderten %3×%4: Der Anbieter bietet diese Größe vielleicht nicht an; der Film skaliert es.</translation>
    </message>
    <message>
        <source>The first frame matches the first-frame image at SSIM %1 (1 is identical; under %2 it is another picture): the take may not start from your picture.</source>
        <translation>Das erste Bild stimmt mit dem Startbild zu SSIM %1 überein (1 ist identisch; unter %2 ist es ein anderes Bild): Der Take beginnt vielleicht nicht mit Ihrem Bild.</translation>
    </message>
    <message>
        <source>The take cannot be played: %1 Download it again; if it stays unreadable, generate it anew.</source>
        <translation>Der Take kann nicht abgespielt werden: %1 Laden Sie ihn erneut herunter; bleibt er unlesbar, generieren Sie ihn neu.</translation>
    </message>
</context>
<context>
    <name>mt::TakeStripPanel</name>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>No clip selected</source>
        <translation>Kein Clip ausgewählt</translation>
    </message>
    <message>
        <source>Select a clip on the timeline to compare its takes.</source>
        <translation>Wählen Sie einen Clip in der Zeitleiste, um seine Takes zu vergleichen.</translation>
    </message>
    <message>
        <source>Takes of the selected clip</source>
        <translation>Takes des ausgewählten Clips</translation>
    </message>
    <message>
        <source>Takes of clip %1</source>
        <translation>Takes von Clip %1</translation>
    </message>
    <message>
        <source>This clip has one take. Make a variation of it in the Generations panel and its takes line up here to compare.</source>
        <translation>Dieser Clip hat einen Take. Erstellen Sie im Bereich „Generierungen“ eine Variation, dann reihen sich seine Takes hier zum Vergleich auf.</translation>
    </message>
    <message>
        <source>1 take</source>
        <translation>1 Take</translation>
    </message>
    <message>
        <source>%1 takes</source>
        <translation>%1 Takes</translation>
    </message>
    <message>
        <source>%1 flagged</source>
        <translation>%1 markiert</translation>
    </message>
</context>
<context>
    <name>mt::Thumbnailer</name>
    <message>
        <source>%1 could not be written (%2). Check the folder&apos;s free space and permissions.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>%1 is not a %2 made by Movie Tool.</source>
        <translation>%1 ist keine von Movie Tool erstellte Datei vom Typ „%2“.</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation>Die JPEG-Qualität muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>Making the thumbnail was cancelled.</source>
        <translation>Das Erstellen des Vorschaubilds wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A thumbnail&apos;s width must be between 1 and %1 pixels.</source>
        <translation>Die Breite eines Vorschaubilds muss zwischen 1 und %1 Pixeln liegen.</translation>
    </message>
    <message>
        <source>A %1 pixels wide thumbnail of “%2” would be too tall for a JPEG. Choose a smaller width.</source>
        <translation>Ein %1 Pixel breites Vorschaubild von „%2“ wäre zu hoch für ein JPEG. Wählen Sie eine geringere Breite.</translation>
    </message>
    <message>
        <source>Making the thumbnail of “%1” was cancelled.</source>
        <translation>Das Erstellen des Vorschaubilds von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A filmstrip has 1 to %1 pictures.</source>
        <translation>Ein Filmstreifen besteht aus 1 bis %1 Bildern.</translation>
    </message>
    <message>
        <source>A filmstrip&apos;s height must be between 1 and %1 pixels.</source>
        <translation>Die Höhe eines Filmstreifens muss zwischen 1 und %1 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The part of “%1” to show is empty: it must start before it ends, inside the clip&apos;s %L2 s.</source>
        <translation>Der anzuzeigende Abschnitt von „%1“ ist leer: Er muss vor seinem Ende beginnen und innerhalb der %L2 s des Clips liegen.</translation>
    </message>
    <message>
        <source>Filmstrip</source>
        <translation>Filmstreifen</translation>
    </message>
    <message>
        <source>Making the filmstrip of “%1” was cancelled.</source>
        <translation>Das Erstellen des Filmstreifens von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A filmstrip of %1 pictures %2 pixels high would be too wide for a JPEG. Ask for fewer or lower pictures.</source>
        <translation>Ein Filmstreifen aus %1 Bildern mit %2 Pixeln Höhe wäre zu breit für ein JPEG. Fordern Sie weniger oder niedrigere Bilder an.</translation>
    </message>
    <message>
        <source>Out of memory for a filmstrip of “%1”.</source>
        <translation>Nicht genug Arbeitsspeicher für einen Filmstreifen von „%1“.</translation>
    </message>
    <message>
        <source>%1 is not a filmstrip made by Movie Tool.</source>
        <translation>%1 ist kein von Movie Tool erstellter Filmstreifen.</translation>
    </message>
</context>
<context>
    <name>mt::TimelineEditor</name>
    <message>
        <source>“%1” has no sound. Choose an audio file or a video with sound.</source>
        <translation>„%1“ hat keinen Ton. Wählen Sie eine Audiodatei oder ein Video mit Ton.</translation>
    </message>
    <message>
        <source>A sound starts at 0 s of the film or later.</source>
        <translation>Ein Ton muss bei 0 s des Films oder später beginnen.</translation>
    </message>
    <message>
        <source>The volume is from 0 (silent) to %1 (four times as loud); 1 is as recorded.</source>
        <translation>Die Lautstärke reicht von 0 (stumm) bis %1 (viermal so laut); 1 entspricht der Aufnahme.</translation>
    </message>
    <message>
        <source>The fades (%L1 s in, %L2 s out) must be 0 or more and fit in the sound&apos;s %L3 s together.</source>
        <translation>Die Blenden (%L1 s Einblendung, %L2 s Ausblendung) dürfen nicht negativ sein und müssen zusammen in die %L3 s des Tons passen.</translation>
    </message>
    <message>
        <source>Name the sound&apos;s asset.</source>
        <translation>Geben Sie das Medium für den Ton an.</translation>
    </message>
    <message>
        <source>Add clip</source>
        <translation>Clip hinzufügen</translation>
    </message>
    <message>
        <source>Insert clip</source>
        <translation>Clip einfügen</translation>
    </message>
    <message>
        <source>Move clip</source>
        <translation>Clip verschieben</translation>
    </message>
    <message>
        <source>Trim clip</source>
        <translation>Clip trimmen</translation>
    </message>
    <message>
        <source>Split clip</source>
        <translation>Clip teilen</translation>
    </message>
    <message>
        <source>Remove clip</source>
        <translation>Clip entfernen</translation>
    </message>
    <message>
        <source>Replace clip</source>
        <translation>Clip ersetzen</translation>
    </message>
    <message>
        <source>Set transition</source>
        <translation>Übergang festlegen</translation>
    </message>
    <message>
        <source>Set volume</source>
        <translation>Lautstärke festlegen</translation>
    </message>
    <message>
        <source>Add music</source>
        <translation>Musik hinzufügen</translation>
    </message>
    <message>
        <source>Add voice</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Change sound</source>
        <translation>Ton ändern</translation>
    </message>
    <message>
        <source>Remove sound</source>
        <translation>Ton entfernen</translation>
    </message>
    <message>
        <source>Asset %1 belongs to another project. Import the file into this project first.</source>
        <translation>Medium %1 gehört zu einem anderen Projekt. Importieren Sie die Datei zuerst in dieses Projekt.</translation>
    </message>
    <message>
        <source>The in point %L1 s is outside “%2”, which lasts %L3 s. Choose an in point from 0 to a little before its end.</source>
        <translation>Der In-Punkt %L1 s liegt außerhalb von „%2“, das %L3 s dauert. Wählen Sie einen In-Punkt von 0 bis kurz vor dem Ende.</translation>
    </message>
    <message>
        <source>The out point %L1 s must lie after the in point (%L2 s) and no later than the end of “%3” (%L4 s).</source>
        <translation>Der Out-Punkt %L1 s muss nach dem In-Punkt (%L2 s) und spätestens am Ende von „%3“ (%L4 s) liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Position %1 is not on the timeline; it has %n clip(s), so choose 0 to %n.</source>
        <translation>
            <numerusform>Position %1 liegt nicht in der Zeitleiste; sie hat %n Clip, wählen Sie also 0 bis %n.</numerusform>
            <numerusform>Position %1 liegt nicht in der Zeitleiste; sie hat %n Clips, wählen Sie also 0 bis %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is only sound. Lay it under the picture as music or voice instead.</source>
        <translation>„%1“ ist nur Ton. Legen Sie die Datei stattdessen als Musik oder Sprache unter das Bild.</translation>
    </message>
    <message>
        <source>A still has no in and out points; give the seconds it shows instead.</source>
        <translation>Ein Standbild hat keine In- und Out-Punkte; geben Sie stattdessen an, wie viele Sekunden es zu sehen ist.</translation>
    </message>
    <message>
        <source>A still shows for %L1 s to an hour, not %L2 s.</source>
        <translation>Ein Standbild muss %L1 s bis eine Stunde lang zu sehen sein, nicht %L2 s.</translation>
    </message>
    <message>
        <source>A video clip is as long as its in and out points make it; give those instead of a duration.</source>
        <translation>Ein Videoclip ist so lang, wie seine In- und Out-Punkte es vorgeben; geben Sie diese statt einer Dauer an.</translation>
    </message>
    <message>
        <source>Position %1 is not on the timeline; choose 0 to %2.</source>
        <translation>Position %1 liegt nicht in der Zeitleiste; wählen Sie 0 bis %2.</translation>
    </message>
    <message>
        <source>Give the seconds the still shows, from %1 to 3600.</source>
        <translation>Geben Sie an, wie viele Sekunden das Standbild zu sehen ist, von %1 bis 3600.</translation>
    </message>
    <message>
        <source>A split at %L1 s would leave an empty part; the clip lasts %L2 s, so split between %L3 s and %L4 s.</source>
        <translation>Beim Teilen bei %L1 s entstünde ein leerer Teil; der Clip dauert %L2 s, teilen Sie also zwischen %L3 s und %L4 s.</translation>
    </message>
    <message>
        <source>Clip %1 already shows asset %2.</source>
        <translation>Clip %1 zeigt bereits Medium %2.</translation>
    </message>
    <message>
        <source>“%1” is only sound; a clip needs a picture.</source>
        <translation>„%1“ ist nur Ton; ein Clip braucht ein Bild.</translation>
    </message>
    <message>
        <source>Clip %1 is the last one; a transition goes between a clip and the next.</source>
        <translation>Clip %1 ist der letzte; ein Übergang liegt zwischen einem Clip und dem nächsten.</translation>
    </message>
    <message>
        <source>A transition here lasts more than 0 and at most %L1 s (as long as the shorter of the two clips, up to %L2 s), not %L3 s.</source>
        <translation>Ein Übergang muss hier länger als 0 und höchstens %L1 s dauern (so lang wie der kürzere der beiden Clips, bis zu %L2 s), nicht %L3 s.</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Markierung verwerfen</translation>
    </message>
    <message>
        <source>Restore flag</source>
        <translation>Markierung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>mt::TimelinePainter</name>
    <message>
        <source>Duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>In %1   Out %2   %3</source>
        <translation>In %1   Out %2   %3</translation>
    </message>
    <message>
        <source>V1</source>
        <translation>V1</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>D%1</source>
        <translation>D%1</translation>
    </message>
    <message>
        <source>A%1</source>
        <translation>A%1</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>%1 %  ·  %2</source>
        <translation>%1 %  ·  %2</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>Dip %1</source>
        <translation>Abblende %1</translation>
    </message>
    <message>
        <source>  ·  %1 %</source>
        <translation>  ·  %1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>mt::TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Split the clip at the playhead (S)</source>
        <translation>Den Clip am Abspielkopf teilen (S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the selected clip and close the gap (Delete)</source>
        <translation>Den ausgewählten Clip entfernen und die Lücke schließen (Entf)</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Einrasten</translation>
    </message>
    <message>
        <source>Snap to clip edges and the playhead while dragging</source>
        <translation>Beim Ziehen an Clipkanten und am Abspielkopf einrasten</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole film</source>
        <translation>Den ganzen Film anzeigen</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel over the tracks)</source>
        <translation>Zoom (Strg+Mausrad über den Spuren)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Playhead position</source>
        <translation>Position des Abspielkopfs</translation>
    </message>
    <message>
        <source>Drag shots from the media bin here to start the film.</source>
        <translation>Ziehen Sie Einstellungen aus der Medienablage hierher, um den Film zu beginnen.</translation>
    </message>
    <message>
        <source>Open or create a project to edit its timeline.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, um seine Zeitleiste zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Put the playhead on a clip to split it there.</source>
        <translation>Setzen Sie den Abspielkopf auf einen Clip, um ihn dort zu teilen.</translation>
    </message>
    <message>
        <source>Select a clip or a sound to delete it.</source>
        <translation>Wählen Sie einen Clip oder einen Ton aus, um ihn zu löschen.</translation>
    </message>
    <message>
        <source>Put the playhead on a clip to set its %1 point there.</source>
        <translation>Setzen Sie den Abspielkopf auf einen Clip, um dort seinen %1-Punkt zu setzen.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>In</translation>
    </message>
    <message>
        <source>out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>Dauer des Übergangs</translation>
    </message>
    <message>
        <source>Split at Playhead</source>
        <translation>Am Abspielkopf teilen</translation>
    </message>
    <message>
        <source>Delete (Close Gap)</source>
        <translation>Löschen (Lücke schließen)</translation>
    </message>
    <message>
        <source>Transition to Next Clip</source>
        <translation>Übergang zum nächsten Clip</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <source>Crossfade</source>
        <translation>Überblendung</translation>
    </message>
    <message>
        <source>Dip to Black</source>
        <translation>Abblende auf Schwarz</translation>
    </message>
    <message>
        <source>Volume… (%1 %)</source>
        <translation>Lautstärke… (%1 %)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Fade In</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Fade Out</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Use as Music</source>
        <translation>Als Musik verwenden</translation>
    </message>
    <message>
        <source>Use as Voice</source>
        <translation>Als Sprache verwenden</translation>
    </message>
    <message>
        <source>Remove Sound</source>
        <translation>Ton entfernen</translation>
    </message>
    <message>
        <source>Snap to Edges</source>
        <translation>An Kanten einrasten</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume in percent (100 % plays it as recorded, 0 % silences it):</source>
        <translation>Lautstärke in Prozent (100 % gibt sie wie aufgenommen wieder, 0 % schaltet sie stumm):</translation>
    </message>
</context>
<context>
    <name>mt::TimelineRenderer</name>
    <message>
        <source>The timeline is empty: add a clip, then export.</source>
        <translation>Die Zeitleiste ist leer: Fügen Sie einen Clip hinzu und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>The film&apos;s filter graph could not be built (%1).</source>
        <translation>Der Filtergraph des Films konnte nicht aufgebaut werden (%1).</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Rendering the film failed (%1).</source>
        <translation>Das Rendern des Films ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Rendering the film stopped before its end: the filter graph waits for input that has all been given. Export with --render full after removing transitions, and please report this with the project.</source>
        <translation>Das Rendern des Films wurde vor dem Ende angehalten: Der Filtergraph wartet auf Eingaben, die bereits vollständig übergeben wurden. Entfernen Sie die Übergänge, exportieren Sie mit --render full und melden Sie dies bitte zusammen mit dem Projekt.</translation>
    </message>
</context>
<context>
    <name>mt::TimelineStore</name>
    <message>
        <source>No clip with id %1. `movietool-cli timeline show P` lists the clips.</source>
        <translation>Kein Clip mit der ID %1. `movietool-cli timeline show P` listet die Clips auf.</translation>
    </message>
    <message>
        <source>No audio clip with id %1. `movietool-cli timeline show P` lists them.</source>
        <translation>Kein Audioclip mit der ID %1. `movietool-cli timeline show P` listet sie auf.</translation>
    </message>
</context>
<context>
    <name>mt::TimelineUndoStack</name>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
</context>
<context>
    <name>mt::TimelineView</name>
    <message>
        <source>Timeline tracks</source>
        <translation>Zeitleistenspuren</translation>
    </message>
    <message>
        <source>Video, music and voice tracks. Drop media here; drag clips to reorder, drag their edges to trim.</source>
        <translation>Video-, Musik- und Sprachspuren. Legen Sie Medien hier ab; ziehen Sie Clips, um sie neu anzuordnen, und ziehen Sie ihre Kanten, um sie zu trimmen.</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Medium %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Still, shown for %1</source>
        <translation>Standbild, angezeigt für %1</translation>
    </message>
    <message>
        <source>In %1 · Out %2 · %3</source>
        <translation>In %1 · Out %2 · %3</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>Beginnt bei %1</translation>
    </message>
    <message>
        <source>Crossfade to the next clip: %1</source>
        <translation>Überblendung zum nächsten Clip: %1</translation>
    </message>
    <message>
        <source>Dip to black before the next clip: %1</source>
        <translation>Abblende auf Schwarz vor dem nächsten Clip: %1</translation>
    </message>
    <message>
        <source>Volume %1 %</source>
        <translation>Lautstärke %1 %</translation>
    </message>
    <message>
        <source>From %1 for %2</source>
        <translation>Ab %1 für %2</translation>
    </message>
    <message>
        <source>Volume %1 % · fade in %2 · fade out %3</source>
        <translation>Lautstärke %1 % · Einblenden %2 · Ausblenden %3</translation>
    </message>
</context>
<context>
    <name>mt::Transaction</name>
    <message>
        <source>No library database is open.</source>
        <translation>Es ist keine Bibliotheksdatenbank geöffnet.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Die Transaktion ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>mt::TranscodePlan</name>
    <message>
        <source>There is nothing to convert: give at least one input file.</source>
        <translation>Es gibt nichts umzuwandeln: Geben Sie mindestens eine Eingabedatei an.</translation>
    </message>
    <message>
        <source>The preset “%1” writes one picture, so it takes one input.</source>
        <translation>Die Voreinstellung „%1“ schreibt ein einzelnes Bild und nimmt daher nur eine Eingabe an.</translation>
    </message>
    <message>
        <source>The frame rate %1 is out of range (above 0, at most %2).</source>
        <translation>Die Bildrate %1 liegt außerhalb des zulässigen Bereichs (über 0, höchstens %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A still is held between 0 and %1 seconds, not %2.</source>
        <translation>Ein Standbild kann 0 bis %1 Sekunden lang gezeigt werden, nicht %2.</translation>
    </message>
    <message>
        <source>%1 has no picture, and the preset “%2” writes video. Choose a sound-only preset such as “m4a”, or add a video or still.</source>
        <translation>%1 hat kein Bild, die Voreinstellung „%2“ schreibt aber Video. Wählen Sie eine reine Tonvoreinstellung wie „m4a“ oder fügen Sie ein Video oder Standbild hinzu.</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bildspur</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>Tonspur</translation>
    </message>
    <message>
        <source>The %1 of %2 is in a format (%3) the FFmpeg libraries on this computer cannot decode. Convert it to a common format first, or leave it out.</source>
        <translation>Die %1 von %2 liegt in einem Format (%3) vor, das die FFmpeg-Bibliotheken auf diesem Computer nicht dekodieren können. Wandeln Sie die Datei zuerst in ein gängiges Format um oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>None of the inputs has sound, and the preset “%1” writes only sound.</source>
        <translation>Keine der Eingaben hat Ton, die Voreinstellung „%1“ schreibt aber nur Ton.</translation>
    </message>
    <message>
        <source>The preset “%1” needs a width divisible by %2 and a height divisible by %3; %4×%5 is not.</source>
        <translation>Die Voreinstellung „%1“ braucht eine durch %2 teilbare Breite und eine durch %3 teilbare Höhe; %4×%5 erfüllt das nicht.</translation>
    </message>
    <message>
        <source>The output size %1×%2 is out of range: each side must be between %3 and %4 pixels. Choose another size.</source>
        <translation>Die Ausgabegröße %1×%2 liegt außerhalb des zulässigen Bereichs: Jede Seite muss zwischen %3 und %4 Pixeln liegen. Wählen Sie eine andere Größe.</translation>
    </message>
    <message>
        <source>The preset “%1” writes .%2 files, but the output %3 is named otherwise. Give it the extension .%2 or choose another preset.</source>
        <translation>Die Voreinstellung „%1“ schreibt .%2-Dateien, aber die Ausgabe %3 ist anders benannt. Geben Sie ihr die Endung .%2 oder wählen Sie eine andere Voreinstellung.</translation>
    </message>
</context>
<context>
    <name>mt::Transcoder</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mt::Trash</name>
    <message>
        <source>Could not create the trash folder %1. Check the library&apos;s permissions.</source>
        <translation>Der Papierkorbordner %1 konnte nicht erstellt werden. Prüfen Sie die Berechtigungen der Bibliothek.</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash. Check the library&apos;s permissions.</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden. Prüfen Sie die Berechtigungen der Bibliothek.</translation>
    </message>
    <message>
        <source>Could not delete %1 from the trash. Check its permissions.</source>
        <translation>%1 konnte nicht aus dem Papierkorb gelöscht werden. Prüfen Sie die Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>mt::VideoFrameReader</name>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>Das Lesen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2).</source>
        <translation>„%1“ konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). Check that it is a complete media file.</source>
        <translation>„%1“ konnte nicht gelesen werden (%2). Prüfen Sie, ob die Mediendatei vollständig ist.</translation>
    </message>
    <message>
        <source>“%1” has no picture to show: it holds only sound or data. Choose a video or an image.</source>
        <translation>„%1“ hat kein Bild zum Anzeigen: Die Datei enthält nur Ton oder Daten. Wählen Sie ein Video oder ein Bild.</translation>
    </message>
    <message>
        <source>“%1” uses the %2 codec, which this FFmpeg cannot decode. Convert it to a common format such as H.264 first.</source>
        <translation>„%1“ verwendet den Codec %2, den dieses FFmpeg nicht dekodieren kann. Wandeln Sie die Datei zuerst in ein gängiges Format wie H.264 um.</translation>
    </message>
    <message>
        <source>Out of memory while opening “%1”.</source>
        <translation>Nicht genug Arbeitsspeicher beim Öffnen von „%1“.</translation>
    </message>
    <message>
        <source>“%1” could not be decoded (%2). The file may be damaged; copy or download it again.</source>
        <translation>„%1“ konnte nicht dekodiert werden (%2). Die Datei ist möglicherweise beschädigt; kopieren Sie sie erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>Out of memory while reading “%1”.</source>
        <translation>Nicht genug Arbeitsspeicher beim Lesen von „%1“.</translation>
    </message>
    <message>
        <source>No picture could be decoded from “%1” (%2). The file may be damaged; copy or download it again.</source>
        <translation>Aus „%1“ konnte kein Bild dekodiert werden (%2). Die Datei ist möglicherweise beschädigt; kopieren Sie sie erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>“%1” is truncated: its pictures end at %L2 s of the %L3 s its header announces. Copy or download it again.</source>
        <translation>„%1“ ist unvollständig: Die Bilder enden bei %L2 s, der Dateikopf gibt aber %L3 s an. Kopieren Sie die Datei erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>“%1” could not be decoded after %L2 s (%3). The file may be damaged; copy or download it again.</source>
        <translation>„%1“ konnte nach %L2 s nicht mehr dekodiert werden (%3). Die Datei ist möglicherweise beschädigt; kopieren Sie sie erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>Movie Tool could not find its way in “%1” (%2). The file may be damaged; copy or download it again.</source>
        <translation>Movie Tool konnte in „%1“ nicht an die gewünschte Stelle springen (%2). Die Datei ist möglicherweise beschädigt; kopieren Sie sie erneut oder laden Sie sie neu herunter.</translation>
    </message>
</context>
<context>
    <name>mt::VideoSpanEncoder</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” could not be decoded (%2). The file may be damaged.</source>
        <translation>„%1“ konnte nicht dekodiert werden (%2). Die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The picture could not be converted for the encoder.</source>
        <translation>Das Bild konnte nicht für den Encoder umgewandelt werden.</translation>
    </message>
    <message>
        <source>The video encoder failed (%1).</source>
        <translation>Der Video-Encoder ist fehlgeschlagen (%1).</translation>
    </message>
</context>
</TS>
