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
        <source>A duration cannot be negative (%1 s).</source>
        <translation>Eine Dauer kann nicht negativ sein (%1 s).</translation>
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
        <source>“%1” is truncated: its sound ends at %2 s of the %3 s its header announces. Copy or download it again.</source>
        <translation>„%1“ ist unvollständig: Der Ton endet bei %2 s, der Dateikopf gibt aber %3 s an. Kopieren Sie die Datei erneut oder laden Sie sie neu herunter.</translation>
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
        <source>the sound at %1 s</source>
        <translation>den Ton bei %1 s</translation>
    </message>
    <message>
        <source>The clips cannot be copied: %1. Export with --render auto or full.</source>
        <translation>Die Clips können nicht kopiert werden: %1. Exportieren Sie mit --render auto oder full.</translation>
    </message>
    <message>
        <source>Copying joins whole clips, and some are trimmed. Export with --render smart: it is as exact, and re-encodes only from each cut to the next keyframe.</source>
        <translation>Beim Kopieren werden ganze Clips aneinandergefügt, einige sind aber getrimmt. Exportieren Sie mit --render smart: Das ist ebenso genau und kodiert nur jeweils vom Schnitt bis zum nächsten Schlüsselbild neu.</translation>
    </message>
    <message>
        <source>Smart render needs clips it can copy, but %1. Export with --render auto or full.</source>
        <translation>Smart Render braucht Clips, die sich kopieren lassen, aber %1. Exportieren Sie mit --render auto oder full.</translation>
    </message>
    <message>
        <source>The export folder %1 could not be made. Choose another in the project&apos;s settings.</source>
        <translation>Der Exportordner %1 konnte nicht erstellt werden. Wählen Sie in den Projekteinstellungen einen anderen.</translation>
    </message>
    <message>
        <source>The “%1” preset writes .%2 files; name the output so, or choose another preset.</source>
        <translation>Die Voreinstellung „%1“ schreibt .%2-Dateien; benennen Sie die Ausgabe entsprechend oder wählen Sie eine andere Voreinstellung.</translation>
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
        <source>it lasts %1 s, not the planned %2 s</source>
        <translation>er dauert %1 s statt der geplanten %2 s</translation>
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
        <source>Use movietool-cli to manage the library for now.</source>
        <translation>Verwalten Sie die Bibliothek vorerst mit movietool-cli.</translation>
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
        <source>The data ends at %1 s of the %2 s the header announces: the file is cut short.</source>
        <translation>Die Daten enden bei %1 s, der Dateikopf gibt aber %2 s an: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The analysis of “%1” failed (%2). Try again; if it fails again, convert the file first.</source>
        <translation>Die Analyse von „%1“ ist fehlgeschlagen (%2). Versuchen Sie es erneut; falls sie wieder fehlschlägt, wandeln Sie die Datei zuerst um.</translation>
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
        <source>“%1” has no frame between %2 s and %3 s. Choose a longer span.</source>
        <translation>„%1“ hat kein Bild zwischen %2 s und %3 s. Wählen Sie einen längeren Abschnitt.</translation>
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
        <source>The start of a trim must be 0 s or later (got %1 s).</source>
        <translation>Der Anfang eines Trimmbereichs muss bei 0 s oder später liegen (angegeben: %1 s).</translation>
    </message>
    <message>
        <source>The end of a trim (%1 s) must come after its start (%2 s).</source>
        <translation>Das Ende eines Trimmbereichs (%1 s) muss nach seinem Anfang (%2 s) liegen.</translation>
    </message>
    <message>
        <source>“%1” is only %2 s long; a trim cannot start at %3 s. Choose a start inside the clip.</source>
        <translation>„%1“ ist nur %2 s lang; ein Trimmbereich kann nicht bei %3 s beginnen. Wählen Sie einen Anfang innerhalb des Clips.</translation>
    </message>
    <message>
        <source>Finding keyframes</source>
        <translation>Suchen der Schlüsselbilder</translation>
    </message>
    <message>
        <source>“%1” has no frame between %2 s and %3 s.</source>
        <translation>„%1“ hat kein Bild zwischen %2 s und %3 s.</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopieren</translation>
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
        <source>The part of “%1” to show is empty: it must start before it ends, inside the clip&apos;s %2 s.</source>
        <translation>Der anzuzeigende Abschnitt von „%1“ ist leer: Er muss vor seinem Ende beginnen und innerhalb der %2 s des Clips liegen.</translation>
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
        <source>The fades (%1 s in, %2 s out) must be 0 or more and fit in the sound&apos;s %3 s together.</source>
        <translation>Die Blenden (%1 s Einblendung, %2 s Ausblendung) dürfen nicht negativ sein und müssen zusammen in die %3 s des Tons passen.</translation>
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
        <source>The in point %1 s is outside “%2”, which lasts %3 s. Choose an in point from 0 to a little before its end.</source>
        <translation>Der In-Punkt %1 s liegt außerhalb von „%2“, das %3 s dauert. Wählen Sie einen In-Punkt von 0 bis kurz vor dem Ende.</translation>
    </message>
    <message>
        <source>The out point %1 s must lie after the in point (%2 s) and no later than the end of “%3” (%4 s).</source>
        <translation>Der Out-Punkt %1 s muss nach dem In-Punkt (%2 s) und spätestens am Ende von „%3“ (%4 s) liegen.</translation>
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
        <source>A still shows for %1 s to an hour, not %2 s.</source>
        <translation>Ein Standbild muss %1 s bis eine Stunde lang zu sehen sein, nicht %2 s.</translation>
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
        <source>A split at %1 s would leave an empty part; the clip lasts %2 s, so split between %3 s and %4 s.</source>
        <translation>Beim Teilen bei %1 s entstünde ein leerer Teil; der Clip dauert %2 s, teilen Sie also zwischen %3 s und %4 s.</translation>
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
        <source>A transition here lasts more than 0 and at most %1 s (as long as the shorter of the two clips, up to %2 s), not %3 s.</source>
        <translation>Ein Übergang muss hier länger als 0 und höchstens %1 s dauern (so lang wie der kürzere der beiden Clips, bis zu %2 s), nicht %3 s.</translation>
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
        <source>The preset “%1” writes .%2 files, but the output %3 is named otherwise. Name it ….%2 or choose another preset.</source>
        <translation>Die Voreinstellung „%1“ schreibt .%2-Dateien, die Ausgabe %3 ist aber anders benannt. Geben Sie ihr die Endung .%2 oder wählen Sie eine andere Voreinstellung.</translation>
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
        <source>“%1” is truncated: its pictures end at %2 s of the %3 s its header announces. Copy or download it again.</source>
        <translation>„%1“ ist unvollständig: Die Bilder enden bei %2 s, der Dateikopf gibt aber %3 s an. Kopieren Sie die Datei erneut oder laden Sie sie neu herunter.</translation>
    </message>
    <message>
        <source>“%1” could not be decoded after %2 s (%3). The file may be damaged; copy or download it again.</source>
        <translation>„%1“ konnte nach %2 s nicht mehr dekodiert werden (%3). Die Datei ist möglicherweise beschädigt; kopieren Sie sie erneut oder laden Sie sie neu herunter.</translation>
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
