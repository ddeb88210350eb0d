<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountBatch</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Gets an account</source>
        <translation>Bekommt ein Konto</translation>
    </message>
    <message>
        <source>Has an account</source>
        <translation>Hat ein Konto</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Listed twice</source>
        <translation>Doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same e-mail is on line %1</source>
        <translation>dieselbe E-Mail-Adresse steht in Zeile %1</translation>
    </message>
    <message>
        <source>the same e-mail is listed earlier</source>
        <translation>dieselbe E-Mail-Adresse steht weiter oben</translation>
    </message>
    <message>
        <source>linked to %1&apos;s %2 (%3)</source>
        <translation>verknüpft mit %2 von %1 (%3)</translation>
    </message>
</context>
<context>
    <name>AccountPlan</name>
    <message>
        <source>already has the account %1</source>
        <translation>hat bereits das Konto %1</translation>
    </message>
    <message>
        <source>no e-mail: accounts are matched on the primary e-mail</source>
        <translation>keine E-Mail-Adresse: Konten werden über die primäre E-Mail-Adresse zugeordnet</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>member %1 has the same e-mail: one account per address</source>
        <translation>Mitglied %1 hat dieselbe E-Mail-Adresse: ein Konto pro Adresse</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>CiviCRM (API v3 REST)</source>
        <translation>CiviCRM (API v3 REST)</translation>
    </message>
    <message>
        <source>API key and site key</source>
        <translation>API-Schlüssel und Site-Schlüssel</translation>
    </message>
    <message>
        <source>Sign in through the site (OAuth2, in the browser)</source>
        <translation>Über die Website anmelden (OAuth2, im Browser)</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>the site&apos;s OAuth2 client for CRM Console</source>
        <translation>der OAuth2-Client der Website für CRM Console</translation>
    </message>
    <message>
        <source>Enter the OAuth2 client id the site gave CRM Console.</source>
        <translation>Geben Sie die OAuth2-Client-ID ein, die die Website für CRM Console vergeben hat.</translation>
    </message>
    <message>
        <source>The CRM makes each account with a password of its own; with the welcome e-mail the member learns how to sign in.</source>
        <translation>Das CRM legt jedes Konto mit eigenem Passwort an; mit der Willkommens-E-Mail erfährt das Mitglied, wie es sich anmeldet.</translation>
    </message>
    <message>
        <source>Send each new account the &amp;welcome e-mail</source>
        <translation>Jedem neuen Konto die &amp;Willkommens-E-Mail senden</translation>
    </message>
    <message>
        <source>Identity (member API)</source>
        <translation>Identity (Mitglieder-API)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Site key</source>
        <translation>Site-Schlüssel</translation>
    </message>
    <message>
        <source>Staff password</source>
        <translation>Passwort des Mitarbeiterkontos</translation>
    </message>
    <message>
        <source>OAuth2 client secret</source>
        <translation>OAuth2-Client-Geheimnis</translation>
    </message>
    <message>
        <source>Unknown CRM kind “%1”.</source>
        <translation>Unbekannte CRM-Art „%1“.</translation>
    </message>
    <message>
        <source>REMP CRM (users module)</source>
        <translation>REMP CRM (Benutzermodul)</translation>
    </message>
    <message>
        <source>Sta&amp;ff e-mail:</source>
        <translation>&amp;E-Mail des Mitarbeiters:</translation>
    </message>
    <message>
        <source>optional: to check a staff login and its roles</source>
        <translation>optional: um eine Mitarbeiteranmeldung und ihre Rollen zu prüfen</translation>
    </message>
    <message>
        <source>SheepCRM (member API)</source>
        <translation>SheepCRM (Mitglieder-API)</translation>
    </message>
    <message>
        <source>&amp;Flock:</source>
        <translation>&amp;Flock:</translation>
    </message>
    <message>
        <source>the client identifier in the API&apos;s addresses, e.g. myclub</source>
        <translation>die Kundenkennung in den Adressen der API, z. B. myclub</translation>
    </message>
    <message>
        <source>Enter the flock (SheepCRM&apos;s client identifier).</source>
        <translation>Geben Sie den Flock ein (die Kundenkennung von SheepCRM).</translation>
    </message>
    <message>
        <source>A SheepCRM connection needs its flock (the client identifier in the API&apos;s addresses), e.g. the option flock=myclub.</source>
        <translation>Eine SheepCRM-Verbindung braucht ihren Flock (die Kundenkennung in den Adressen der API), z. B. die Option flock=myclub.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The local cache %1 failed: %2 (%3)</source>
        <translation>Der lokale Cache %1 ist fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of CRM Console (schema %2; this version reads up to %3). Update CRM Console, or move the file away to start a fresh cache.</source>
        <translation>Der Cache %1 wurde von einer neueren Version von CRM Console geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie CRM Console oder verschieben Sie die Datei, um mit einem neuen Cache zu beginnen.</translation>
    </message>
    <message>
        <source>upgrade to schema %1</source>
        <translation>Aktualisierung auf Schema %1</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
</context>
<context>
    <name>CiviCrmBackend</name>
    <message>
        <source>an answer without a contact count</source>
        <translation>eine Antwort ohne Anzahl der Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>Connected to CiviCRM: %n contact(s).</source>
        <translation>
            <numerusform>Mit CiviCRM verbunden: %n Kontakt.</numerusform>
            <numerusform>Mit CiviCRM verbunden: %n Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact with id %1</source>
        <translation>Kein Kontakt mit der ID %1</translation>
    </message>
    <message>
        <source>a Contact.create answer without an id</source>
        <translation>eine Antwort auf Contact.create ohne ID</translation>
    </message>
    <message>
        <source>This connection uses an API key: nobody is signed in with OAuth2.</source>
        <translation>Diese Verbindung nutzt einen API-Schlüssel: niemand ist mit OAuth2 angemeldet.</translation>
    </message>
    <message>
        <source>The site&apos;s user %1 has no CiviCRM contact. Ask the CRM administrator to link the account to a contact.</source>
        <translation>Der Website-Benutzer %1 hat keinen CiviCRM-Kontakt. Bitten Sie die CRM-Verwaltung, das Konto mit einem Kontakt zu verknüpfen.</translation>
    </message>
    <message>
        <source>the CRM ignored the range of ids asked for</source>
        <translation>das CRM hat den angefragten ID-Bereich nicht beachtet</translation>
    </message>
    <message>
        <source>a %1.create answer without an id</source>
        <translation>eine Antwort auf %1.create ohne ID</translation>
    </message>
</context>
<context>
    <name>CiviCrmCodec</name>
    <message>
        <source>the site key is wrong</source>
        <translation>der Site-Schlüssel ist falsch</translation>
    </message>
    <message>
        <source>the API key is wrong</source>
        <translation>der API-Schlüssel ist falsch</translation>
    </message>
    <message>
        <source>CiviCRM reported an error without a message</source>
        <translation>CiviCRM meldete einen Fehler ohne Beschreibung</translation>
    </message>
    <message>
        <source>HTTP %1 with a web page instead of an API answer</source>
        <translation>HTTP %1 mit einer Webseite statt einer API-Antwort</translation>
    </message>
    <message>
        <source>a web page came back instead of an API answer</source>
        <translation>statt einer API-Antwort kam eine Webseite zurück</translation>
    </message>
    <message>
        <source>the CRM did not accept the sign-in</source>
        <translation>das CRM hat die Anmeldung nicht angenommen</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>XML instead of JSON</source>
        <translation>XML statt JSON</translation>
    </message>
    <message>
        <source>an incomplete JSON answer</source>
        <translation>eine unvollständige JSON-Antwort</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte %2</source>
        <translation>fehlerhaftes JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>JSON that is not a CiviCRM API answer</source>
        <translation>JSON, das keine CiviCRM-API-Antwort ist</translation>
    </message>
    <message>
        <source>an answer without &quot;values&quot;</source>
        <translation>eine Antwort ohne „values“</translation>
    </message>
</context>
<context>
    <name>CrmError</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>The CRM server could not be reached. Check the network connection and the server address; cached records stay available and edits wait until it is back.</source>
        <translation>Der CRM-Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Serveradresse; zwischengespeicherte Datensätze bleiben verfügbar und Änderungen warten, bis er wieder da ist.</translation>
    </message>
    <message>
        <source>The connection to the CRM server dropped after the request was sent, so it is not known whether the CRM carried it out. It is kept and checked before it is sent again.</source>
        <translation>Die Verbindung zum CRM-Server brach ab, nachdem die Anfrage gesendet war; daher ist unbekannt, ob das CRM sie ausgeführt hat. Sie wird aufbewahrt und geprüft, bevor sie erneut gesendet wird.</translation>
    </message>
    <message>
        <source>The connection to the CRM server dropped before the answer was complete. Try again; if it keeps happening, the server or a proxy is cutting connections.</source>
        <translation>Die Verbindung zum CRM-Server brach ab, bevor die Antwort vollständig war. Versuchen Sie es erneut; wenn das immer wieder passiert, trennt der Server oder ein Proxy die Verbindungen.</translation>
    </message>
    <message>
        <source>The CRM server&apos;s answer kept arriving too slowly and was given up (%1). Try again later; if it keeps happening, the server or the network is overloaded.</source>
        <translation>Die Antwort des CRM-Servers kam zu langsam und wurde aufgegeben (%1). Versuchen Sie es später erneut; wenn das immer wieder passiert, ist der Server oder das Netzwerk überlastet.</translation>
    </message>
    <message>
        <source>The CRM server did not answer in time. Try again later; if it keeps happening, the server is overloaded or the address is wrong.</source>
        <translation>Der CRM-Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut; wenn das immer wieder passiert, ist der Server überlastet oder die Adresse falsch.</translation>
    </message>
    <message>
        <source>A sign-in to the CRM is needed: %1.%2 Sign in (File → Sign in to the CRM site, or crmctl sign-in); cached records stay available and edits wait until then.</source>
        <translation>Eine Anmeldung beim CRM ist nötig: %1.%2 Melden Sie sich an (Datei → Bei der CRM-Website anmelden, oder crmctl sign-in); zwischengespeicherte Datensätze bleiben verfügbar und Änderungen warten bis dahin.</translation>
    </message>
    <message>
        <source>the sign-in has ended</source>
        <translation>die Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <source>The CRM refused the credentials.%1 Check the keys in the connection settings.</source>
        <translation>Das CRM hat die Zugangsdaten abgelehnt.%1 Prüfen Sie die Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The CRM refused the credentials: %1.%2 Check the keys in the connection settings.</source>
        <translation>Das CRM hat die Zugangsdaten abgelehnt: %1.%2 Prüfen Sie die Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The CRM account is not allowed to do this.%1 Ask the CRM administrator for the permission.</source>
        <translation>Das CRM-Konto darf das nicht.%1 Bitten Sie die CRM-Verwaltung um die Berechtigung.</translation>
    </message>
    <message>
        <source>The CRM has no such record or endpoint.%1</source>
        <translation>Das CRM hat keinen solchen Datensatz und keinen solchen Endpunkt.%1</translation>
    </message>
    <message>
        <source>The record was changed on the server since it was read.%1 Review both versions and choose which to keep.</source>
        <translation>Der Datensatz wurde auf dem Server geändert, seit er gelesen wurde.%1 Vergleichen Sie beide Fassungen und wählen Sie, welche bleibt.</translation>
    </message>
    <message>
        <source>The CRM refused the values.%1 Correct them and try again.</source>
        <translation>Das CRM hat die Werte abgelehnt.%1 Korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The CRM server failed (HTTP %1).%2 Try again later; if it persists, tell the CRM administrator.</source>
        <translation>Der CRM-Server hat einen Fehler gemeldet (HTTP %1).%2 Versuchen Sie es später erneut; wenn es so bleibt, informieren Sie die CRM-Verwaltung.</translation>
    </message>
    <message>
        <source>The CRM reported an error.%1</source>
        <translation>Das CRM meldete einen Fehler.%1</translation>
    </message>
    <message>
        <source>The CRM is busy or down for a moment (HTTP %1).%2 Cached records stay available and edits wait; they are sent by themselves when it answers again (it asked to wait %3 s).</source>
        <translation>Das CRM ist gerade ausgelastet oder kurz nicht erreichbar (HTTP %1).%2 Zwischengespeicherte Datensätze bleiben verfügbar und Änderungen warten; sie werden von selbst gesendet, sobald es wieder antwortet (es bat, %3 s zu warten).</translation>
    </message>
    <message>
        <source>The CRM is busy or down for a moment (HTTP %1).%2 Cached records stay available and edits wait; they are sent by themselves when it answers again.</source>
        <translation>Das CRM ist gerade ausgelastet oder kurz nicht erreichbar (HTTP %1).%2 Zwischengespeicherte Datensätze bleiben verfügbar und Änderungen warten; sie werden von selbst gesendet, sobald es wieder antwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so nothing was sent. Its SHA-256 fingerprint is %2. Trust it for this connection (crmctl trust-certificate NAME FINGERPRINT, or Trust in the window) only if the CRM&apos;s administrator confirms that fingerprint.</source>
        <translation>Dem Sicherheitszertifikat des Servers wird nicht vertraut (%1), daher wurde nichts gesendet. Sein SHA-256-Fingerabdruck ist %2. Vertrauen Sie ihm für diese Verbindung (crmctl trust-certificate NAME FINGERABDRUCK oder „Vertrauen“ im Fenster) nur, wenn die CRM-Verwaltung diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>unbekannter Aussteller</translation>
    </message>
    <message>
        <source>The CRM address now sends the console to another server (%1). Nothing was sent there. If the CRM has really moved, change the address in the connection settings.</source>
        <translation>Die CRM-Adresse leitet die Konsole jetzt zu einem anderen Server weiter (%1). Dorthin wurde nichts gesendet. Wenn das CRM wirklich umgezogen ist, ändern Sie die Adresse in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB and was not read. Check that the address points at the CRM&apos;s API; if it does, tell the CRM administrator.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB und wurde nicht gelesen. Prüfen Sie, ob die Adresse auf die API des CRM zeigt; wenn ja, informieren Sie die CRM-Verwaltung.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what this CRM sends (%1). Check that the address points at the CRM&apos;s API endpoint, not a web page.</source>
        <translation>Die Antwort des Servers ist nicht das, was dieses CRM sendet (%1). Prüfen Sie, ob die Adresse auf den API-Endpunkt des CRM zeigt und nicht auf eine Webseite.</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the secrets.%1 Start a Secret Service (for example GNOME Keyring or KWallet) or keep them for this session only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um die Geheimnisse aufzubewahren.%1 Starten Sie einen Secret Service (zum Beispiel GNOME Keyring oder KWallet) oder bewahren Sie sie nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>The local copy of the CRM data is damaged (%1), so nothing is shown from it. Rebuild it with a full sync (crmctl rebuild NAME): unsent edits are saved to a file first and put back afterwards.</source>
        <translation>Die lokale Kopie der CRM-Daten ist beschädigt (%1), daher wird nichts daraus angezeigt. Bauen Sie sie mit einem vollständigen Abgleich neu auf (crmctl rebuild NAME): nicht gesendete Änderungen werden zuerst in einer Datei gesichert und danach wieder eingestellt.</translation>
    </message>
    <message>
        <source>The local copy of the CRM data can only be read (%1): records are shown, but nothing can be changed or synced until it is on a writable disk.</source>
        <translation>Die lokale Kopie der CRM-Daten kann nur gelesen werden (%1): Datensätze werden angezeigt, aber nichts kann geändert oder abgeglichen werden, bis sie auf einem beschreibbaren Datenträger liegt.</translation>
    </message>
    <message>
        <source>Access was not allowed on the CRM site&apos;s sign-in page.%1 Sign in again and choose “Allow” if CRM Console should work with your account.</source>
        <translation>Auf der Anmeldeseite der CRM-Website wurde der Zugriff nicht erlaubt.%1 Melden Sie sich erneut an und wählen Sie „Erlauben“, wenn CRM Console mit Ihrem Konto arbeiten soll.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the line is not UTF-8 text (save the file as UTF-8)</source>
        <translation>die Zeile ist kein UTF-8-Text (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>a quoted field never ends (a quote is missing)</source>
        <translation>ein Feld in Anführungszeichen endet nie (ein Anführungszeichen fehlt)</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>nach einem schließenden Anführungszeichen folgt Text</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Referer</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Send the welcome e-mail</source>
        <translation>Willkommens-E-Mail senden</translation>
    </message>
    <message>
        <source>Skip the e-mail address check</source>
        <translation>Prüfung der E-Mail-Adresse überspringen</translation>
    </message>
    <message>
        <source>Unclaimed account</source>
        <translation>Nicht beanspruchtes Konto</translation>
    </message>
    <message>
        <source>Subscribe to newsletters</source>
        <translation>Newsletter abonnieren</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-Code)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address lines</source>
        <translation>Adresszeilen</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Telephones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>May be contacted (comms permission)</source>
        <translation>Darf kontaktiert werden (Kontakterlaubnis)</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <source>Do not phone</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <source>Do not mail</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <source>Do not send texts (SMS)</source>
        <translation>Keine Kurznachrichten (SMS)</translation>
    </message>
    <message>
        <source>No bulk e-mail</source>
        <translation>Keine Massen-E-Mails</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Telefonart</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces and an optional + in front.</source>
        <translation>„%1“ ist keine Telefonnummer: verwenden Sie Ziffern, Leerzeichen und ein optionales + am Anfang.</translation>
    </message>
    <message>
        <source>“%1” is not a birth date: write it as year-month-day, e.g. 1984-03-21.</source>
        <translation>„%1“ ist kein Geburtsdatum: schreiben Sie es als Jahr-Monat-Tag, z. B. 1984-03-21.</translation>
    </message>
    <message>
        <source>4 digits, e.g. 1010</source>
        <translation>4 Ziffern, z. B. 1010</translation>
    </message>
    <message>
        <source>4 digits, e.g. 8001</source>
        <translation>4 Ziffern, z. B. 8001</translation>
    </message>
    <message>
        <source>5 digits, e.g. 10115</source>
        <translation>5 Ziffern, z. B. 10115</translation>
    </message>
    <message>
        <source>5 digits, e.g. 75001</source>
        <translation>5 Ziffern, z. B. 75001</translation>
    </message>
    <message>
        <source>4 digits and 2 letters, e.g. 6971 BN</source>
        <translation>4 Ziffern und 2 Buchstaben, z. B. 6971 BN</translation>
    </message>
    <message>
        <source>2 digits, a dash and 3 digits, e.g. 30-001</source>
        <translation>2 Ziffern, ein Bindestrich und 3 Ziffern, z. B. 30-001</translation>
    </message>
    <message>
        <source>4 digits, a dash and 3 digits, e.g. 4000-123</source>
        <translation>4 Ziffern, ein Bindestrich und 3 Ziffern, z. B. 4000-123</translation>
    </message>
    <message>
        <source>5 digits, e.g. 411 01</source>
        <translation>5 Ziffern, z. B. 411 01</translation>
    </message>
    <message>
        <source>5 digits, e.g. 010 01</source>
        <translation>5 Ziffern, z. B. 010 01</translation>
    </message>
    <message>
        <source>like SW1A 1AA</source>
        <translation>etwa SW1A 1AA</translation>
    </message>
    <message>
        <source>5 digits, e.g. 94103</source>
        <translation>5 Ziffern, z. B. 94103</translation>
    </message>
    <message>
        <source>“%1” is not a postal code there: %2.</source>
        <translation>„%1“ ist dort keine Postleitzahl: %2.</translation>
    </message>
    <message>
        <source>%1 “%2” is not one the CRM knows. Choose one of: %3.</source>
        <translation>%1 „%2“ kennt das CRM nicht. Wählen Sie eines von: %3.</translation>
    </message>
    <message>
        <source>The CRM&apos;s list of %1 values has not been read yet; run a sync first, or give the number the CRM uses.</source>
        <translation>Die Liste der Werte für %1 wurde noch nicht aus dem CRM gelesen; gleichen Sie zuerst ab oder geben Sie die Nummer an, die das CRM verwendet.</translation>
    </message>
    <message>
        <source>%1 is yes or no, not “%2”.</source>
        <translation>%1 ist ja oder nein, nicht „%2“.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>it is self-signed</source>
        <translation>es ist selbst signiert</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>es ist noch nicht gültig</translation>
    </message>
    <message>
        <source>it was made for another address</source>
        <translation>es wurde für eine andere Adresse ausgestellt</translation>
    </message>
    <message>
        <source>no authority this computer trusts has signed it</source>
        <translation>keine Stelle, der dieser Computer vertraut, hat es signiert</translation>
    </message>
    <message>
        <source>no answer for %1 s</source>
        <translation>keine Antwort seit %1 s</translation>
    </message>
    <message>
        <source>not complete after %1 s</source>
        <translation>nach %1 s nicht vollständig</translation>
    </message>
    <message>
        <source>an answer over %1 bytes</source>
        <translation>eine Antwort über %1 Byte</translation>
    </message>
    <message>
        <source>a redirect without an address</source>
        <translation>eine Weiterleitung ohne Adresse</translation>
    </message>
    <message>
        <source>a redirect to %1 that the console does not follow</source>
        <translation>eine Weiterleitung zu %1, der die Konsole nicht folgt</translation>
    </message>
</context>
<context>
    <name>IdentityCodec</name>
    <message>
        <source>Identity refused the API token</source>
        <translation>Identity hat das API-Token abgelehnt</translation>
    </message>
    <message>
        <source>This address has no Identity API. Check the deployment URL.</source>
        <translation>Diese Adresse hat keine Identity-API. Prüfen Sie die URL der Installation.</translation>
    </message>
    <message>
        <source>Identity refused the request (HTTP %1).</source>
        <translation>Identity hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Identity refused the request.</source>
        <translation>Identity hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>the file is empty: it needs a header line naming its columns</source>
        <translation>die Datei ist leer: sie braucht eine Kopfzeile mit den Namen ihrer Spalten</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 (a delimiter or quote is off)</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2 (ein Trennzeichen oder Anführungszeichen stimmt nicht)</translation>
    </message>
    <message>
        <source>no column is mapped to the e-mail, which rows are matched by</source>
        <translation>keine Spalte ist der E-Mail-Adresse zugeordnet, über die Zeilen zugeordnet werden</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same e-mail as row %1</source>
        <translation>dieselbe E-Mail-Adresse wie Zeile %1</translation>
    </message>
    <message>
        <source>%1 members have this e-mail (%2): fix them first</source>
        <translation>%1 Mitglieder haben diese E-Mail-Adresse (%2): korrigieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>possibly already a member: %1 (%2), %3</source>
        <translation>möglicherweise schon Mitglied: %1 (%2), %3</translation>
    </message>
    <message>
        <source>this CRM cannot create members</source>
        <translation>dieses CRM kann keine Mitglieder anlegen</translation>
    </message>
    <message>
        <source>no member has this e-mail</source>
        <translation>kein Mitglied hat diese E-Mail-Adresse</translation>
    </message>
    <message>
        <source>already a member (%1)</source>
        <translation>bereits Mitglied (%1)</translation>
    </message>
    <message>
        <source>no group %1 in the cache</source>
        <translation>keine Gruppe %1 im Cache</translation>
    </message>
    <message>
        <source>“%1” is a smart group: its members cannot be added by hand</source>
        <translation>„%1“ ist eine intelligente Gruppe: ihre Mitglieder können nicht von Hand hinzugefügt werden</translation>
    </message>
    <message>
        <source>already in the group</source>
        <translation>bereits in der Gruppe</translation>
    </message>
    <message>
        <source>already a member (%1); this CRM cannot edit members</source>
        <translation>bereits Mitglied (%1); dieses CRM kann Mitglieder nicht bearbeiten</translation>
    </message>
    <message>
        <source>already a member (%1); this CRM cannot edit %2</source>
        <translation>bereits Mitglied (%1); dieses CRM kann %2 nicht bearbeiten</translation>
    </message>
    <message>
        <source>the member already has these values</source>
        <translation>das Mitglied hat diese Werte bereits</translation>
    </message>
</context>
<context>
    <name>JsonAnswer</name>
    <message>
        <source>HTTP %1 with a web page instead of an API answer</source>
        <translation>HTTP %1 mit einer Webseite statt einer API-Antwort</translation>
    </message>
    <message>
        <source>a web page came back instead of an API answer</source>
        <translation>statt einer API-Antwort kam eine Webseite zurück</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>an incomplete JSON answer</source>
        <translation>eine unvollständige JSON-Antwort</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte %2</source>
        <translation>fehlerhaftes JSON: %1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>MemberExport</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User account id</source>
        <translation>ID des Benutzerkontos</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Group ids</source>
        <translation>Gruppen-IDs</translation>
    </message>
    <message>
        <source>Address location</source>
        <translation>Art der Adresse</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>All phones</source>
        <translation>Alle Telefonnummern</translation>
    </message>
    <message>
        <source>All e-mail addresses</source>
        <translation>Alle E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>unknown column “%1” (known: %2)</source>
        <translation>unbekannte Spalte „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>the same e-mail</source>
        <translation>dieselbe E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same name and postal code</source>
        <translation>derselbe Name und dieselbe Postleitzahl</translation>
    </message>
</context>
<context>
    <name>OAuth2Endpoints</name>
    <message>
        <source>An OAuth2 sign-in works with the address that ends in civicrm/ajax/rest: CiviCRM does not read the sign-in on extern/rest.php, which takes API keys only. Use %1, or sign in with API keys instead.</source>
        <translation>Eine OAuth2-Anmeldung funktioniert mit der Adresse, die auf civicrm/ajax/rest endet: CiviCRM liest die Anmeldung auf extern/rest.php nicht, das nur API-Schlüssel annimmt. Verwenden Sie %1 oder melden Sie sich stattdessen mit API-Schlüsseln an.</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>%1 bearbeiten: %2</translation>
    </message>
    <message>
        <source>Add %1 to group %2</source>
        <translation>%1 zur Gruppe %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from group %2</source>
        <translation>%1 aus der Gruppe %2 entfernen</translation>
    </message>
    <message>
        <source>Create member %1</source>
        <translation>Mitglied %1 anlegen</translation>
    </message>
    <message>
        <source>Confirm the e-mail of %1</source>
        <translation>E-Mail-Adresse von %1 bestätigen</translation>
    </message>
    <message>
        <source>Add an address of type %1 to %2</source>
        <translation>Eine Adresse der Art %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Request a change of %1&apos;s address of type %2</source>
        <translation>Eine Änderung der Adresse der Art %2 von %1 beantragen</translation>
    </message>
    <message>
        <source>Set meta %1 = “%2” on %3</source>
        <translation>Meta %1 = „%2“ bei %3 setzen</translation>
    </message>
    <message>
        <source>Delete meta %1 of %2</source>
        <translation>Meta %1 von %2 löschen</translation>
    </message>
    <message>
        <source>Link %1 %2 &lt;%3&gt; to membership %4</source>
        <translation>%1 %2 &lt;%3&gt; mit Mitgliedschaft %4 verknüpfen</translation>
    </message>
    <message>
        <source>Record action “%1” (%2) for %3</source>
        <translation>Aktion „%1“ (%2) für %3 erfassen</translation>
    </message>
    <message>
        <source>Remove linked member %1 from membership %2</source>
        <translation>Verknüpftes Mitglied %1 aus Mitgliedschaft %2 entfernen</translation>
    </message>
    <message>
        <source>Add a phone to %1: %2</source>
        <translation>Telefonnummer zu %1 hinzufügen: %2</translation>
    </message>
    <message>
        <source>Add an e-mail address to %1: %2</source>
        <translation>E-Mail-Adresse zu %1 hinzufügen: %2</translation>
    </message>
    <message>
        <source>Add an address to %1: %2</source>
        <translation>Adresse zu %1 hinzufügen: %2</translation>
    </message>
    <message>
        <source>Change %1&apos;s phone: %2</source>
        <translation>Telefonnummer von %1 ändern: %2</translation>
    </message>
    <message>
        <source>Change %1&apos;s e-mail address: %2</source>
        <translation>E-Mail-Adresse von %1 ändern: %2</translation>
    </message>
    <message>
        <source>Change %1&apos;s address: %2</source>
        <translation>Adresse von %1 ändern: %2</translation>
    </message>
    <message>
        <source>Remove %1&apos;s phone: %2</source>
        <translation>Telefonnummer von %1 entfernen: %2</translation>
    </message>
    <message>
        <source>Remove %1&apos;s e-mail address: %2</source>
        <translation>E-Mail-Adresse von %1 entfernen: %2</translation>
    </message>
    <message>
        <source>Remove %1&apos;s address: %2</source>
        <translation>Adresse von %1 entfernen: %2</translation>
    </message>
    <message>
        <source>Add a note to %1: “%2”</source>
        <translation>Notiz zu %1 hinzufügen: „%2“</translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>%1 in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Restore %1 from the trash</source>
        <translation>%1 aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>sent, then undone</source>
        <translation>gesendet, dann rückgängig gemacht</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>withdrawn before it was sent</source>
        <translation>zurückgezogen, bevor es gesendet wurde</translation>
    </message>
    <message>
        <source>%1 “%2” → “%3”</source>
        <translation>%1 „%2“ → „%3“</translation>
    </message>
    <message>
        <source>%1 = “%2”</source>
        <translation>%1 = „%2“</translation>
    </message>
</context>
<context>
    <name>OutboxRescue</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>%1 kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>could not put the unsent edits back: %1</source>
        <translation>die nicht gesendeten Änderungen konnten nicht wieder eingestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>changed on the server since it was read</source>
        <translation>auf dem Server geändert, seit es gelesen wurde</translation>
    </message>
    <message>
        <source>It was removed on the server; add it again if it is still needed.</source>
        <translation>Es wurde auf dem Server entfernt; fügen Sie es erneut hinzu, wenn es noch gebraucht wird.</translation>
    </message>
    <message>
        <source>Member %1 is not in the cache.</source>
        <translation>Mitglied %1 ist nicht im Cache.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The address must start with https:// (or http:// for a server on this computer).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>Plain http:// would send the API keys unencrypted. Use https://, or set the option insecure_http=1 if you accept that risk.</source>
        <translation>Einfaches http:// würde die API-Schlüssel unverschlüsselt senden. Verwenden Sie https:// oder setzen Sie die Option insecure_http=1, wenn Sie dieses Risiko eingehen.</translation>
    </message>
    <message>
        <source>There is no option “%1”. The options are %2, and custom_N for a custom field&apos;s label. A server&apos;s own certificate is trusted by its fingerprint (tls_certificate_sha256).</source>
        <translation>Es gibt keine Option „%1“. Die Optionen sind %2 und custom_N für die Beschriftung eines benutzerdefinierten Felds. Einem eigenen Zertifikat des Servers wird über seinen Fingerabdruck vertraut (tls_certificate_sha256).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Start a local sandbox CRM and open it.</source>
        <translation>Ein lokales Sandbox-CRM starten und öffnen.</translation>
    </message>
    <message>
        <source>Members in the demo CRM.</source>
        <translation>Mitglieder im Demo-CRM.</translation>
    </message>
    <message>
        <source>Open this connection.</source>
        <translation>Diese Verbindung öffnen.</translation>
    </message>
    <message>
        <source>The demo CRM&apos;s kind: %1.</source>
        <translation>Die Art des Demo-CRM: %1.</translation>
    </message>
    <message>
        <source>Browse and edit the members of your CRMs, online or offline.</source>
        <translation>Die Mitglieder Ihrer CRMs durchsuchen und bearbeiten, online oder offline.</translation>
    </message>
    <message>
        <source>CRM Console</source>
        <translation>CRM Console</translation>
    </message>
    <message>
        <source>Start CRM Console&apos;s demo, save a screenshot of each main view, then quit.</source>
        <translation>Die Demo von CRM Console starten, von jeder Hauptansicht ein Bildschirmfoto speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Save the screenshots here.</source>
        <translation>Die Bildschirmfotos hier speichern.</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the one chosen in View &gt; Language or the system&apos;s.</source>
        <translation>Diese Sprache sprechen (%1) statt der unter Ansicht &gt; Sprache gewählten oder der des Systems.</translation>
    </message>
    <message>
        <source>Speak this language (%1).</source>
        <translation>Diese Sprache sprechen (%1).</translation>
    </message>
    <message>
        <source>Show the window in a dark theme.</source>
        <translation>Das Fenster in einem dunklen Farbschema zeigen.</translation>
    </message>
    <message>
        <source>Log every request and step, in the terminal too (the log file is %1).</source>
        <translation>Jede Anfrage und jeden Schritt protokollieren, auch im Terminal (die Protokolldatei ist %1).</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompts</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server of “%1” shows a security certificate that this computer does not trust (%2), so nothing was sent to it.</source>
        <translation>Der Server von „%1“ zeigt ein Sicherheitszertifikat, dem dieser Computer nicht vertraut (%2), daher wurde nichts an ihn gesendet.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is
%1

Trust it for this connection only if the CRM&apos;s administrator confirms this fingerprint. If the certificate changes, CRM Console refuses it again.</source>
        <translation>Sein SHA-256-Fingerabdruck ist
%1

Vertrauen Sie ihm für diese Verbindung nur, wenn die CRM-Verwaltung diesen Fingerabdruck bestätigt. Ändert sich das Zertifikat, lehnt CRM Console es wieder ab.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this connection</source>
        <translation>Diesem Zertifikat für diese Verbindung &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for this connection</source>
        <translation>Diesem Zertifikat für diese Verbindung vertrauen</translation>
    </message>
    <message>
        <source>Damaged local copy</source>
        <translation>Beschädigte lokale Kopie</translation>
    </message>
    <message>
        <source>The local copy of this connection&apos;s CRM data is damaged, so nothing is shown from it.</source>
        <translation>Die lokale Kopie der CRM-Daten dieser Verbindung ist beschädigt, daher wird nichts daraus angezeigt.</translation>
    </message>
    <message>
        <source>Rebuild it with a full sync: the edits not yet sent are first saved to a file in your Documents folder and then sent; the damaged file is kept beside the new one.</source>
        <translation>Bauen Sie sie mit einem vollständigen Abgleich neu auf: die noch nicht gesendeten Änderungen werden zuerst in einer Datei in Ihrem Dokumente-Ordner gesichert und dann gesendet; die beschädigte Datei bleibt neben der neuen erhalten.</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Neu aufbauen</translation>
    </message>
    <message>
        <source>Rebuild the local copy with a full sync</source>
        <translation>Die lokale Kopie mit einem vollständigen Abgleich neu aufbauen</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Without a keychain, CRM Console can keep the keys in memory until it quits. You will be asked for them again next time.</source>
        <translation>Ohne Schlüsselbund kann CRM Console die Schlüssel bis zum Beenden im Arbeitsspeicher behalten. Beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Keep for this session only…</source>
        <translation>Nur für diese Sitzung behalten …</translation>
    </message>
</context>
<context>
    <name>RempCodec</name>
    <message>
        <source>the API token was refused</source>
        <translation>das API-Token wurde abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>Required field(s) missing: %1.</source>
        <translation>
            <numerusform>Pflichtfeld fehlt: %1.</numerusform>
            <numerusform>Pflichtfelder fehlen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not know the REMP users API call. Check that the address is the CRM&apos;s base URL (without /api/v1).</source>
        <translation>Dieser Server kennt den API-Aufruf der REMP-Benutzer nicht. Prüfen Sie, ob die Adresse die Basis-URL des CRM ist (ohne /api/v1).</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>REMP CRM refused the request&apos;s data (%1).</source>
        <translation>REMP CRM hat die Daten der Anfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Regional scope</source>
        <translation>Regionaler Bereich</translation>
    </message>
</context>
<context>
    <name>SheepCodec</name>
    <message>
        <source>A user account with this e-mail already exists. Look the member up instead of creating one.</source>
        <translation>Ein Benutzerkonto mit dieser E-Mail-Adresse gibt es bereits. Suchen Sie das Mitglied, statt eines anzulegen.</translation>
    </message>
    <message>
        <source>SheepCRM has a person with this e-mail but no user account for them. Give that person an account (Tools → Create user accounts for contacts), or use another e-mail.</source>
        <translation>SheepCRM hat eine Person mit dieser E-Mail-Adresse, aber kein Benutzerkonto für sie. Geben Sie dieser Person ein Konto (Werkzeuge → Benutzerkonten für Kontakte anlegen) oder verwenden Sie eine andere E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>This membership allows no more linked members. Remove one first, or change the membership&apos;s type in SheepCRM.</source>
        <translation>Diese Mitgliedschaft erlaubt keine weiteren verknüpften Mitglieder. Entfernen Sie zuerst eines oder ändern Sie die Art der Mitgliedschaft in SheepCRM.</translation>
    </message>
    <message>
        <source>SheepCRM refused the values; correct them and try again.</source>
        <translation>SheepCRM hat die Werte abgelehnt; korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>SheepCRM refused the system token</source>
        <translation>SheepCRM hat das System-Token abgelehnt</translation>
    </message>
</context>
<context>
    <name>crm::AboutDialog</name>
    <message>
        <source>About CRM Console</source>
        <translation>Über CRM Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CRM Console %1&lt;/h2&gt;&lt;p&gt;Find members and correct their records in your membership CRMs, online or offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;The guide: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CRM Console %1&lt;/h2&gt;&lt;p&gt;Mitglieder finden und ihre Datensätze in Ihren Mitglieder-CRMs korrigieren, online oder offline.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Die Anleitung: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>crm::AccountBatchDialog</name>
    <message>
        <source>Create user accounts for contacts</source>
        <translation>Benutzerkonten für Kontakte anlegen</translation>
    </message>
    <message>
        <source>Check the list first: the CRM says who has an account already. Try a few dummy addresses before a large batch.</source>
        <translation>Prüfen Sie die Liste zuerst: das CRM sagt, wer schon ein Konto hat. Probieren Sie vor einer großen Menge einige Testadressen aus.</translation>
    </message>
    <message>
        <source>&amp;Addresses, one a line (a first and last name may follow, separated by commas):</source>
        <translation>&amp;Adressen, eine pro Zeile (Vor- und Nachname dürfen folgen, durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Addresses to give accounts</source>
        <translation>Adressen, die Konten bekommen</translation>
    </message>
    <message>
        <source>jane.doe@example.org, Jane, Doe</source>
        <translation>erika.mustermann@example.org, Erika, Mustermann</translation>
    </message>
    <message>
        <source>&amp;Load a CSV file…</source>
        <translation>CSV-Datei &amp;laden …</translation>
    </message>
    <message>
        <source>Addresses and their accounts</source>
        <translation>Adressen und ihre Konten</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask the CRM which addresses have an account. Nothing is changed.</source>
        <translation>Das CRM fragen, welche Adressen ein Konto haben. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Create accounts</source>
        <translation>Konten a&amp;nlegen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Save the &amp;report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1. Choose another place.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Load addresses</source>
        <translation>Adressen laden</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not connected to the CRM: nothing was sent. Connect, then try again.</source>
        <translation>Nicht mit dem CRM verbunden: es wurde nichts gesendet. Verbinden Sie sich und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Asking the CRM…</source>
        <translation>Das CRM wird gefragt …</translation>
    </message>
    <message>
        <source>Creating the accounts…</source>
        <translation>Die Konten werden angelegt …</translation>
    </message>
    <message>
        <source>Stopped. %1 Run it again to do the rest; no address gets two accounts.</source>
        <translation>Angehalten. %1 Starten Sie erneut, um den Rest zu erledigen; keine Adresse bekommt zwei Konten.</translation>
    </message>
    <message>
        <source>Stopped: %1 %2 Run it again to do the rest; no address gets two accounts.</source>
        <translation>Angehalten: %1 %2 Starten Sie erneut, um den Rest zu erledigen; keine Adresse bekommt zwei Konten.</translation>
    </message>
    <message>
        <source>The CRM mails each new account the e-mail chosen above.</source>
        <translation>Das CRM schickt jedem neuen Konto die oben gewählte E-Mail.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>No addresses yet: type or paste them above, or load a CSV file.</source>
        <translation>Noch keine Adressen: tippen oder fügen Sie sie oben ein, oder laden Sie eine CSV-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n account(s)</source>
        <translation>
            <numerusform>%n Konto a&amp;nlegen</numerusform>
            <numerusform>%n Konten a&amp;nlegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::AccountRunner</name>
    <message>
        <source>not checked: the check was cancelled</source>
        <translation>nicht geprüft: die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>nicht gesendet: der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>has an account already</source>
        <translation>hat bereits ein Konto</translation>
    </message>
    <message>
        <source>sent, but the answer was lost and the CRM could not be asked whether the account was made (%1); check before sending it again</source>
        <translation>gesendet, aber die Antwort ging verloren und das CRM konnte nicht gefragt werden, ob das Konto angelegt wurde (%1); prüfen Sie das, bevor Sie es erneut senden</translation>
    </message>
    <message>
        <source>created; not in the member list yet (%1)</source>
        <translation>angelegt; noch nicht in der Mitgliederliste (%1)</translation>
    </message>
</context>
<context>
    <name>crm::AccountsDialog</name>
    <message>
        <source>Create user accounts for contacts</source>
        <translation>Benutzerkonten für Kontakte anlegen</translation>
    </message>
    <message>
        <source>Accounts to make: %1 (of %2 contacts looked at). The file lists them for the site&apos;s user import, which matches on the e-mail, makes the passwords and, if chosen, sends the welcome e-mail. Try it with a few dummy contacts first.</source>
        <translation>Anzulegende Konten: %1 (von %2 geprüften Kontakten). Die Datei listet sie für den Benutzerimport der Website auf, der über die E-Mail-Adresse zuordnet, die Passwörter erzeugt und, falls gewählt, die Willkommens-E-Mail sendet. Probieren Sie es zuerst mit einigen Testkontakten aus.</translation>
    </message>
    <message>
        <source>Contacts and their accounts</source>
        <translation>Kontakte und ihre Konten</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>gets an account</source>
        <translation>bekommt ein Konto</translation>
    </message>
    <message>
        <source>has an account</source>
        <translation>hat ein Konto</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>invalid e-mail</source>
        <translation>ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>e-mail shared</source>
        <translation>E-Mail-Adresse mehrfach vergeben</translation>
    </message>
    <message>
        <source>Send each new user a &amp;welcome e-mail</source>
        <translation>Jedem neuen Benutzer eine &amp;Willkommens-E-Mail senden</translation>
    </message>
    <message>
        <source>&amp;Save the user import file…</source>
        <translation>Benutzer-Importdatei &amp;speichern …</translation>
    </message>
    <message>
        <source>Save this &amp;list…</source>
        <translation>Diese &amp;Liste speichern …</translation>
    </message>
    <message>
        <source>Save the user import file</source>
        <translation>Benutzer-Importdatei speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Liste speichern</translation>
    </message>
</context>
<context>
    <name>crm::ActionDialog</name>
    <message>
        <source>Record an action for %1</source>
        <translation>Eine Aktion für %1 erfassen</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Art der Aktion</translation>
    </message>
    <message>
        <source>petition, donation, poll…</source>
        <translation>Petition, Spende, Umfrage …</translation>
    </message>
    <message>
        <source>Technical type</source>
        <translation>Technische Art</translation>
    </message>
    <message>
        <source>system:type, e.g. crm-console:petition</source>
        <translation>System:Art, z. B. crm-console:petition</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>the action&apos;s id in its own system</source>
        <translation>die ID der Aktion in ihrem eigenen System</translation>
    </message>
    <message>
        <source>Action name</source>
        <translation>Name der Aktion</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>When the action was taken (UTC)</source>
        <translation>Zeitpunkt der Aktion (UTC)</translation>
    </message>
    <message>
        <source>&amp;Opt in to the mailing list</source>
        <translation>In den &amp;Verteiler eintragen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Tec&amp;hnical type:</source>
        <translation>Tec&amp;hnische Art:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterne ID:</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>T&amp;ime (UTC):</source>
        <translation>Ze&amp;it (UTC):</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Public id</source>
        <translation>Öffentliche ID</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Add cons&amp;ent</source>
        <translation>Einwilligung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve consent</source>
        <translation>Einwilligung en&amp;tfernen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Art der Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Metadata and survey responses</source>
        <translation>Metadaten und Umfrageantworten</translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation>Schl&amp;üssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove ke&amp;y</source>
        <translation>Schlüsse&amp;l entfernen</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>&amp;Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove q&amp;uestion</source>
        <translation>Fra&amp;ge entfernen</translation>
    </message>
    <message>
        <source>The member as Identity will record them (cons_hash, JSON)</source>
        <translation>Das Mitglied, wie Identity es erfassen wird (cons_hash, JSON)</translation>
    </message>
    <message>
        <source>Member (cons_hash, from the cached record)</source>
        <translation>Mitglied (cons_hash, aus dem zwischengespeicherten Datensatz)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Recorded actions wait in the outbox until Identity takes them, and are sent once.</source>
        <translation>Erfasste Aktionen warten im Postausgang, bis Identity sie annimmt, und werden einmal gesendet.</translation>
    </message>
    <message>
        <source>Consent level</source>
        <translation>Stufe der Einwilligung</translation>
    </message>
    <message>
        <source>Enter the action&apos;s type, technical type and name.</source>
        <translation>Geben Sie die Art, die technische Art und den Namen der Aktion ein.</translation>
    </message>
    <message>
        <source>The member (cons_hash) is not a JSON object: %1.</source>
        <translation>Das Mitglied (cons_hash) ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>The member (cons_hash) needs a guid or e-mails, or Identity cannot tell who acted.</source>
        <translation>Das Mitglied (cons_hash) braucht eine GUID oder E-Mail-Adressen, sonst kann Identity nicht erkennen, wer gehandelt hat.</translation>
    </message>
</context>
<context>
    <name>crm::AddressDialog</name>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Request an address change</source>
        <translation>Adressänderung beantragen</translation>
    </message>
    <message>
        <source>Address type</source>
        <translation>Art der Adresse</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Request change</source>
        <translation>Änderung &amp;beantragen</translation>
    </message>
    <message>
        <source>The CRM records a change request against the current %1 address.</source>
        <translation>Das CRM erfasst einen Änderungsantrag zur aktuellen Adresse der Art %1.</translation>
    </message>
    <message>
        <source>This member has no %1 address yet. The CRM will refuse a change request; you will be offered to create the address instead.</source>
        <translation>Dieses Mitglied hat noch keine Adresse der Art %1. Das CRM wird einen Änderungsantrag ablehnen; Ihnen wird dann angeboten, die Adresse stattdessen anzulegen.</translation>
    </message>
    <message>
        <source>This member already has a %1 address; this adds another.</source>
        <translation>Dieses Mitglied hat bereits eine Adresse der Art %1; damit kommt eine weitere hinzu.</translation>
    </message>
</context>
<context>
    <name>crm::AutoSync</name>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>&amp;Automatisch abgleichen</translation>
    </message>
    <message numerus="yes">
        <source>Fetches what changed every %n minute(s) while the window is open</source>
        <translation>
            <numerusform>Holt jede Minute die Änderungen, solange das Fenster offen ist</numerusform>
            <numerusform>Holt alle %n Minuten die Änderungen, solange das Fenster offen ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetch what changed every %n minute(s) while the window is open</source>
        <translation>
            <numerusform>Jede Minute die Änderungen holen, solange das Fenster offen ist</numerusform>
            <numerusform>Alle %n Minuten die Änderungen holen, solange das Fenster offen ist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::BulkEditDialog</name>
    <message numerus="yes">
        <source>Set a field for %n member(s)</source>
        <translation>
            <numerusform>Ein Feld für %n Mitglied setzen</numerusform>
            <numerusform>Ein Feld für %n Mitglieder setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>empty clears the field</source>
        <translation>leer löscht das Feld</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Each member&apos;s change waits in the outbox and is sent on its own: one the CRM refuses is listed there with the reason, and the others still go.</source>
        <translation>Die Änderung jedes Mitglieds wartet im Postausgang und wird einzeln gesendet: eine, die das CRM ablehnt, steht dort mit dem Grund, und die anderen gehen trotzdem hinaus.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set for %n member(s)</source>
        <translation>
            <numerusform>Für %n Mitglied &amp;setzen</numerusform>
            <numerusform>Für %n Mitglieder &amp;setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ConflictDialog</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Auch auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed this record in the CRM after it was read here. For each field, choose whose value to keep:
%1</source>
        <translation>Jemand hat diesen Datensatz im CRM geändert, nachdem er hier gelesen wurde. Wählen Sie für jedes Feld, wessen Wert bleibt:
%1</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Felder im Konflikt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When read</source>
        <translation>Beim Lesen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <source>The server&apos;s now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Für %1 behalten</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>Der des Servers</translation>
    </message>
    <message>
        <source>&amp;Apply my choices</source>
        <translation>Meine &amp;Auswahl übernehmen</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>crm::ConnectionDialog</name>
    <message>
        <source>New CRM connection</source>
        <translation>Neue CRM-Verbindung</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Members CRM</source>
        <translation>z. B. Mitglieder-CRM</translation>
    </message>
    <message>
        <source>CRM kind</source>
        <translation>Art des CRM</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>Custom field labels</source>
        <translation>Beschriftungen benutzerdefinierter Felder</translation>
    </message>
    <message>
        <source>custom_23=Regional scope; custom_24=Chapter</source>
        <translation>custom_23=Regionaler Bereich; custom_24=Ortsgruppe</translation>
    </message>
    <message>
        <source>&amp;Custom fields:</source>
        <translation>Benutzerdefinierte &amp;Felder:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Trust this server&apos;s certificate for this connection</source>
        <translation>Dem Zertifikat dieses Servers für diese Verbindung vertrauen</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in settings files.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in Einstellungsdateien.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Give the connection a name (letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation>Geben Sie der Verbindung einen Namen (Buchstaben, Ziffern, Leerzeichen, „.“, „_“ oder „-“).</translation>
    </message>
    <message>
        <source>A connection named “%1” exists.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Enter the CRM&apos;s API address.</source>
        <translation>Geben Sie die API-Adresse des CRM ein.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>After saving, CRM Console opens the site&apos;s sign-in page in your browser.</source>
        <translation>Nach dem Speichern öffnet CRM Console die Anmeldeseite der Website in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so nothing was sent. Its SHA-256 fingerprint is %2. Trust it below only if the CRM&apos;s administrator confirms that fingerprint.</source>
        <translation>Dem Sicherheitszertifikat des Servers wird nicht vertraut (%1), daher wurde nichts gesendet. Sein SHA-256-Fingerabdruck ist %2. Vertrauen Sie ihm unten nur, wenn die CRM-Verwaltung diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this connection</source>
        <translation>Diesem Zertifikat für diese Verbindung ve&amp;rtrauen</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>crm::ConnectionSetup</name>
    <message>
        <source>Cannot store the keys</source>
        <translation>Die Schlüssel können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Keys for this session</source>
        <translation>Schlüssel für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>crm::ConnectionStatus</name>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>No connection open</source>
        <translation>Keine Verbindung geöffnet</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>◐ CRM unavailable: showing cached data</source>
        <translation>◐ CRM nicht erreichbar: zwischengespeicherte Daten</translation>
    </message>
    <message>
        <source>○ Offline: showing cached data</source>
        <translation>○ Offline: zwischengespeicherte Daten</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzter Abgleich: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie abgeglichen</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>CRM Console tries again by itself at %1.</source>
        <translation>CRM Console versucht es um %1 von selbst erneut.</translation>
    </message>
    <message>
        <source>CRM Console tries again with the next sync (F5).</source>
        <translation>CRM Console versucht es beim nächsten Abgleich (F5) erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CRM no longer accepts this connection&apos;s credentials.&lt;/b&gt; %1&lt;br&gt;Edits are kept in the outbox. Check the keys (File → Edit connection) or sign in again, then sync (F5).</source>
        <translation>&lt;b&gt;Das CRM nimmt die Zugangsdaten dieser Verbindung nicht mehr an.&lt;/b&gt; %1&lt;br&gt;Änderungen bleiben im Postausgang. Prüfen Sie die Schlüssel (Datei → Verbindung bearbeiten) oder melden Sie sich erneut an, dann gleichen Sie ab (F5).</translation>
    </message>
    <message>
        <source>Showing cached data from %1.</source>
        <translation>Zwischengespeicherte Daten vom %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>Showing cached data.</source>
        <translation>Zwischengespeicherte Daten werden angezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working offline.&lt;/b&gt; %1&lt;br&gt;%2 Edits are kept in the outbox and sent when the CRM is back. %3</source>
        <translation>&lt;b&gt;Offline.&lt;/b&gt; %1&lt;br&gt;%2 Änderungen bleiben im Postausgang und werden gesendet, wenn das CRM wieder da ist. %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM unavailable.&lt;/b&gt; %1&lt;br&gt;%2 %3</source>
        <translation>&lt;b&gt;CRM nicht erreichbar.&lt;/b&gt; %1&lt;br&gt;%2 %3</translation>
    </message>
</context>
<context>
    <name>crm::ContactRecordTab</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>On hold (mail to it bounced)</source>
        <translation>Zurückgestellt (Post dorthin kam zurück)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Name and personal details</source>
        <translation>Name und persönliche Angaben</translation>
    </message>
    <message>
        <source>&amp;Edit name and details</source>
        <translation>Name und Angaben &amp;bearbeiten</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Communication preferences</source>
        <translation>Kommunikationseinstellungen</translation>
    </message>
    <message>
        <source>Edit &amp;preferences</source>
        <translation>&amp;Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <source>Do not phone</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <source>Do not mail</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <source>Do not send texts (SMS)</source>
        <translation>Keine Kurznachrichten (SMS)</translation>
    </message>
    <message>
        <source>No bulk e-mail (opted out)</source>
        <translation>Keine Massen-E-Mails (abgemeldet)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
</context>
<context>
    <name>crm::CredentialStore</name>
    <message>
        <source>the keychain service did not answer</source>
        <translation>der Schlüsselbund-Dienst hat nicht geantwortet</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
</context>
<context>
    <name>crm::CrmBackend</name>
    <message>
        <source>This CRM does not offer that.</source>
        <translation>Dieses CRM bietet das nicht an.</translation>
    </message>
</context>
<context>
    <name>crm::DemoSession</name>
    <message>
        <source>crm-console: cannot start the sandbox CRM (%1)</source>
        <translation>crm-console: das Sandbox-CRM kann nicht gestartet werden (%1)</translation>
    </message>
    <message>
        <source>crm-console: the demo keeps its keys in memory for this session.</source>
        <translation>crm-console: die Demo behält ihre Schlüssel für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>crm::EditMemberDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt; bearbeiten</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Changes are saved at once and sent to the CRM; without a connection they wait in the outbox.</source>
        <translation>Änderungen werden sofort gespeichert und an das CRM gesendet; ohne Verbindung warten sie im Postausgang.</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (it needs a name, an @ and a domain).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (sie braucht einen Namen, ein @ und eine Domain).</translation>
    </message>
</context>
<context>
    <name>crm::EditPersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt; bearbeiten</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address lines, one a line</source>
        <translation>Adresszeilen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Telephone numbers, one a line</source>
        <translation>Telefonnummern, eine pro Zeile</translation>
    </message>
    <message>
        <source>May be contacted (comms permission)</source>
        <translation>Darf kontaktiert werden (Kontakterlaubnis)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>new tag</source>
        <translation>neues Schlagwort</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>Schlag&amp;wort hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation>Schlagwort ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Address lines:</source>
        <translation>&amp;Adresszeilen:</translation>
    </message>
    <message>
        <source>L&amp;ocality:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Telep&amp;hones:</source>
        <translation>&amp;Telefonnummern:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Lists are saved whole: what you see here replaces the CRM&apos;s list.</source>
        <translation>Listen werden als Ganzes gespeichert: was Sie hier sehen, ersetzt die Liste im CRM.</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (it needs a name, an @ and a domain).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (sie braucht einen Namen, ein @ und eine Domain).</translation>
    </message>
</context>
<context>
    <name>crm::ExportDialog</name>
    <message>
        <source>Export members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message numerus="yes">
        <source>The %n member(s) shown</source>
        <translation>
            <numerusform>Das angezeigte Mitglied</numerusform>
            <numerusform>Die %n angezeigten Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected member(s)</source>
        <translation>
            <numerusform>Das ausgewählte Mitglied</numerusform>
            <numerusform>Die %n ausgewählten Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, RFC 4180)</source>
        <translation>CSV (Tabellenkalkulation, RFC 4180)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in many European languages)</source>
        <translation>Semikolon (Tabellenkalkulation in vielen europäischen Sprachen)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Add a byte order mark (for spreadsheet programs that need it to read UTF-8)</source>
        <translation>Byte-Order-Mark hinzufügen (für Tabellenkalkulationen, die es zum Lesen von UTF-8 brauchen)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
</context>
<context>
    <name>crm::GroupListDialog</name>
    <message>
        <source>Groups of this connection</source>
        <translation>Gruppen dieser Verbindung</translation>
    </message>
    <message>
        <source>This CRM has no call that lists its groups. Enter the id the CRM gives each group and the name to show for it.</source>
        <translation>Dieses CRM hat keinen Aufruf, der seine Gruppen auflistet. Geben Sie die ID ein, die das CRM jeder Gruppe gibt, und den Namen, unter dem sie erscheinen soll.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>Gruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <source>Row %1 has a name but no group id.</source>
        <translation>Zeile %1 hat einen Namen, aber keine Gruppen-ID.</translation>
    </message>
    <message>
        <source>A group id cannot contain “:” or “;”.</source>
        <translation>Eine Gruppen-ID darf weder „:“ noch „;“ enthalten.</translation>
    </message>
    <message>
        <source>Group id %1 is listed twice.</source>
        <translation>Gruppen-ID %1 steht doppelt in der Liste.</translation>
    </message>
</context>
<context>
    <name>crm::GroupPickerDialog</name>
    <message numerus="yes">
        <source>%n selected member(s). Choose the group:</source>
        <translation>
            <numerusform>%n ausgewähltes Mitglied. Wählen Sie die Gruppe:</numerusform>
            <numerusform>%n ausgewählte Mitglieder. Wählen Sie die Gruppe:</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>%1 — smart group, computed by the CRM</source>
        <translation>%1 – intelligente Gruppe, vom CRM berechnet</translation>
    </message>
    <message>
        <source>The CRM computes this group&apos;s members from a saved search; they cannot be added or removed by hand.</source>
        <translation>Das CRM berechnet die Mitglieder dieser Gruppe aus einer gespeicherten Suche; sie können nicht von Hand hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>Smart groups are greyed out: their members follow from the CRM&apos;s saved search.</source>
        <translation>Intelligente Gruppen sind ausgegraut: ihre Mitglieder ergeben sich aus der gespeicherten Suche des CRM.</translation>
    </message>
</context>
<context>
    <name>crm::GroupsTableModel</name>
    <message>
        <source>%1
A smart group: the CRM computes its members; they cannot be changed by hand.</source>
        <translation>%1
Eine intelligente Gruppe: das CRM berechnet ihre Mitglieder; sie können nicht von Hand geändert werden.</translation>
    </message>
    <message>
        <source>Smart (computed)</source>
        <translation>Intelligent (berechnet)</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>crm::GroupsView</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Open a group (double-click or Enter) to list its members. Smart groups are computed by the CRM.</source>
        <translation>Öffnen Sie eine Gruppe (Doppelklick oder Eingabetaste), um ihre Mitglieder aufzulisten. Intelligente Gruppen berechnet das CRM.</translation>
    </message>
</context>
<context>
    <name>crm::HistoryTab</name>
    <message>
        <source>History of this member</source>
        <translation>Verlauf dieses Mitglieds</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Takes the member&apos;s last change back (Ctrl+Z): one not sent yet is withdrawn, one sent is changed back, unless the CRM has changed it since.</source>
        <translation>Nimmt die letzte Änderung des Mitglieds zurück (Strg+Z): eine noch nicht gesendete wird zurückgezogen, eine gesendete wird zurückgeändert, sofern das CRM sie seitdem nicht geändert hat.</translation>
    </message>
</context>
<context>
    <name>crm::IdentityBackend</name>
    <message>
        <source>Identity has no member with the %1 %2.</source>
        <translation>Identity hat kein Mitglied mit %1 %2.</translation>
    </message>
    <message>
        <source>guid</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Connected to Identity.</source>
        <translation>Mit Identity verbunden.</translation>
    </message>
</context>
<context>
    <name>crm::ImportRunner</name>
    <message>
        <source>done in an earlier run (%1)</source>
        <translation>in einem früheren Lauf erledigt (%1)</translation>
    </message>
    <message>
        <source>not sent: the import was cancelled</source>
        <translation>nicht gesendet: der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>an earlier run sent this creation without an answer, and this CRM cannot be asked whether it made the member: check for %1 before importing it again</source>
        <translation>ein früherer Lauf hat diese Anlage ohne Antwort gesendet, und dieses CRM kann nicht gefragt werden, ob es das Mitglied angelegt hat: suchen Sie nach %1, bevor Sie es erneut importieren</translation>
    </message>
    <message>
        <source>created by an earlier run</source>
        <translation>von einem früheren Lauf angelegt</translation>
    </message>
</context>
<context>
    <name>crm::ImportWizard</name>
    <message>
        <source>will be created</source>
        <translation>wird angelegt</translation>
    </message>
    <message>
        <source>will be updated</source>
        <translation>wird aktualisiert</translation>
    </message>
    <message>
        <source>will be added to the group</source>
        <translation>wird zur Gruppe hinzugefügt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>added to the group</source>
        <translation>zur Gruppe hinzugefügt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>E-mail (matches members)</source>
        <translation>E-Mail (ordnet Mitglieder zu)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Import members from CSV</source>
        <translation>Mitglieder aus CSV importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Wählen Sie eine CSV-Datei</translation>
    </message>
    <message>
        <source>The first line must name the columns. UTF-8 text; comma, semicolon or tab between fields.</source>
        <translation>Die erste Zeile muss die Spalten benennen. UTF-8-Text; Komma, Semikolon oder Tabulator zwischen den Feldern.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Find it</source>
        <translation>Suchen Sie sie</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after the header; fields separated by %1%2.</source>
        <translation>
            <numerusform>%n Zeile nach der Kopfzeile; Felder getrennt durch %1%2.</numerusform>
            <numerusform>%n Zeilen nach der Kopfzeile; Felder getrennt durch %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source> (with a byte order mark)</source>
        <translation> (mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>Match the columns to member fields</source>
        <translation>Ordnen Sie die Spalten den Mitgliederfeldern zu</translation>
    </message>
    <message>
        <source>Rows are matched to members by e-mail (any case, spaces ignored). Columns left “not imported” are ignored.</source>
        <translation>Zeilen werden Mitgliedern über die E-Mail-Adresse zugeordnet (Groß-/Kleinschreibung egal, Leerzeichen ignoriert). Spalten mit „nicht importiert“ werden übergangen.</translation>
    </message>
    <message>
        <source>Choose what each row does</source>
        <translation>Wählen Sie, was jede Zeile bewirkt</translation>
    </message>
    <message>
        <source>&amp;Update the matching members (rows matching none are skipped)</source>
        <translation>Die passenden Mitglieder a&amp;ktualisieren (Zeilen ohne Treffer werden übersprungen)</translation>
    </message>
    <message>
        <source>&amp;Create new members (rows matching a member are left alone)</source>
        <translation>Neue Mitglieder an&amp;legen (Zeilen mit Treffer bleiben unberührt)</translation>
    </message>
    <message>
        <source>Create new members and update &amp;matching ones</source>
        <translation>Neue Mitglieder anlegen und &amp;passende aktualisieren</translation>
    </message>
    <message>
        <source>Add the matching members to a &amp;group:</source>
        <translation>Die passenden Mitglieder einer &amp;Gruppe hinzufügen:</translation>
    </message>
    <message>
        <source>This CRM cannot create members.</source>
        <translation>Dieses CRM kann keine Mitglieder anlegen.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Smart groups are computed by the CRM and are not offered. Nothing is sent before the next page shows what every row will do.</source>
        <translation>Intelligente Gruppen berechnet das CRM; sie werden nicht angeboten. Es wird nichts gesendet, bevor die nächste Seite zeigt, was jede Zeile bewirkt.</translation>
    </message>
    <message>
        <source>What will happen (dry run)</source>
        <translation>Was geschehen wird (Probelauf)</translation>
    </message>
    <message>
        <source>Nothing has been sent. Check the rows, save this list if you like, then choose Import.</source>
        <translation>Es wurde nichts gesendet. Prüfen Sie die Zeilen, speichern Sie diese Liste bei Bedarf und wählen Sie dann Importieren.</translation>
    </message>
    <message>
        <source>Every row&apos;s outcome</source>
        <translation>Das Ergebnis jeder Zeile</translation>
    </message>
    <message>
        <source>&amp;Save this list…</source>
        <translation>Diese Liste &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the dry run</source>
        <translation>Probelauf speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Every row&apos;s result</source>
        <translation>Das Ergebnis jeder Zeile</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Not connected to the CRM: nothing was sent. Connect (or sign in) and run the import again; no row is sent twice.</source>
        <translation>Nicht mit dem CRM verbunden: es wurde nichts gesendet. Verbinden Sie sich (oder melden Sie sich an) und starten Sie den Import erneut; keine Zeile wird doppelt gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird gesendet …</numerusform>
            <numerusform>%n Zeilen werden gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 Run the same file again to send the rest; nothing is sent twice.</source>
        <translation>Abgebrochen. %1 Importieren Sie dieselbe Datei erneut, um den Rest zu senden; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Stopped: %1 %2 Run the same file again to send the rest; nothing is sent twice.</source>
        <translation>Angehalten: %1 %2 Importieren Sie dieselbe Datei erneut, um den Rest zu senden; nichts wird doppelt gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1.</source>
        <translation>
            <numerusform>%n Zeile: %1.</numerusform>
            <numerusform>%n Zeilen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>crm::LinkedMemberDialog</name>
    <message>
        <source>Add a linked member</source>
        <translation>Ein verknüpftes Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 linked members; %4 more allowed.</source>
        <translation>%1: %2 von %3 verknüpften Mitgliedern; %4 weitere erlaubt.</translation>
    </message>
    <message>
        <source>%1: %2 linked members.</source>
        <translation>%1: %2 verknüpfte Mitglieder.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>SheepCRM creates the person if none has this e-mail.</source>
        <translation>SheepCRM legt die Person an, wenn niemand diese E-Mail-Adresse hat.</translation>
    </message>
    <message>
        <source>This membership allows no more linked members. Remove one first.</source>
        <translation>Diese Mitgliedschaft erlaubt keine weiteren verknüpften Mitglieder. Entfernen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Enter the first and the last name.</source>
        <translation>Geben Sie den Vor- und den Nachnamen ein.</translation>
    </message>
    <message>
        <source>Enter the e-mail address (it needs a name, an @ and a domain).</source>
        <translation>Geben Sie die E-Mail-Adresse ein (sie braucht einen Namen, ein @ und eine Domain).</translation>
    </message>
    <message>
        <source>%1 is already linked to this membership.</source>
        <translation>%1 ist bereits mit dieser Mitgliedschaft verknüpft.</translation>
    </message>
</context>
<context>
    <name>crm::LookupDialog</name>
    <message>
        <source>Look up members by e-mail</source>
        <translation>Mitglieder per E-Mail-Adresse nachschlagen</translation>
    </message>
    <message>
        <source>One e-mail address or many: one a line, or separated by commas. Members found stay in the cache for offline reading.</source>
        <translation>Eine E-Mail-Adresse oder viele: eine pro Zeile oder durch Kommas getrennt. Gefundene Mitglieder bleiben zum Lesen ohne Verbindung im Cache.</translation>
    </message>
    <message>
        <source>E-mail addresses to look up</source>
        <translation>Nachzuschlagende E-Mail-Adressen</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Look-up progress</source>
        <translation>Fortschritt des Nachschlagens</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei …</translation>
    </message>
    <message>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Text- oder CSV-Dateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Look-up results</source>
        <translation>Ergebnisse des Nachschlagens</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Enter at least one e-mail address.</source>
        <translation>Geben Sie mindestens eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Not connected: looking members up needs the CRM. Members looked up before are in the table.</source>
        <translation>Keine Verbindung: zum Nachschlagen braucht es das CRM. Früher nachgeschlagene Mitglieder stehen in der Tabelle.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 found, %2 not found. Press Enter on a row to open the member.</source>
        <translation>%1 gefunden, %2 nicht gefunden. Drücken Sie die Eingabetaste auf einer Zeile, um das Mitglied zu öffnen.</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation>wird nachgeschlagen …</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>nicht nachgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Stopped; %1 found so far.</source>
        <translation>Angehalten; bisher %1 gefunden.</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>%1 (account: %2)</source>
        <translation>%1 (Konto: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) read.</source>
        <translation>
            <numerusform>%n E-Mail-Adresse gelesen.</numerusform>
            <numerusform>%n E-Mail-Adressen gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MainWindow</name>
    <message>
        <source>CRM Console</source>
        <translation>CRM Console</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung …</translation>
    </message>
    <message numerus="yes">
        <source>Syncing automatically every %n minute(s).</source>
        <translation>
            <numerusform>Automatischer Abgleich jede Minute.</numerusform>
            <numerusform>Automatischer Abgleich alle %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs.</source>
        <translation>Der automatische Abgleich ist aus; F5 gleicht ab.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Mitglied</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Connection: </source>
        <translation>&amp;Verbindung: </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>Mi&amp;tglieder</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>(no connection: add one)</source>
        <translation>(keine Verbindung: legen Sie eine an)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About CRM Console</source>
        <translation>Ü&amp;ber CRM Console</translation>
    </message>
    <message>
        <source>Saved; sending to the CRM…</source>
        <translation>Gespeichert; wird an das CRM gesendet …</translation>
    </message>
    <message>
        <source>%1 — CRM Console</source>
        <translation>%1 — CRM Console</translation>
    </message>
    <message>
        <source>Cannot open the local cache</source>
        <translation>Der lokale Cache kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Automatic sync failed: %1</source>
        <translation>Automatischer Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync continues where this one stopped.</source>
        <translation>Abgleich abgebrochen; der nächste Abgleich macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n member(s) changed since the last sync.</source>
        <translation>
            <numerusform>Aktuell: %n Mitglied seit dem letzten Abgleich geändert.</numerusform>
            <numerusform>Aktuell: %n Mitglieder seit dem letzten Abgleich geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Postausgang (%1)</translation>
    </message>
    <message>
        <source>Not synced: the server&apos;s certificate is not trusted.</source>
        <translation>Nicht abgeglichen: dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Cannot rebuild the local copy</source>
        <translation>Die lokale Kopie kann nicht neu aufgebaut werden</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding: %n unsent edit(s) saved to %1; syncing everything again.</source>
        <translation>
            <numerusform>Neuaufbau: %n nicht gesendete Änderung in %1 gesichert; alles wird neu abgeglichen.</numerusform>
            <numerusform>Neuaufbau: %n nicht gesendete Änderungen in %1 gesichert; alles wird neu abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>The &amp;system&apos;s language</source>
        <translation>Die Sprache des &amp;Systems</translation>
    </message>
    <message>
        <source>CRM Console follows the system&apos;s language from its next start.</source>
        <translation>CRM Console folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>CRM Console speaks %1 from its next start.</source>
        <translation>CRM Console spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>crm::MemberDetailPanel</name>
    <message>
        <source>This member has edits waiting in the outbox.</source>
        <translation>Für dieses Mitglied warten Änderungen im Postausgang.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Member fields</source>
        <translation>Mitgliederfelder</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>Adresse hinzufügen …</translation>
    </message>
    <message>
        <source>Request change…</source>
        <translation>Änderung beantragen …</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Groups of this member</source>
        <translation>Gruppen dieses Mitglieds</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>User meta</source>
        <translation>Benutzer-Meta</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Server field</source>
        <translation>Serverfeld</translation>
    </message>
    <message>
        <source>All fields the CRM sent</source>
        <translation>Alle Felder, die das CRM gesendet hat</translation>
    </message>
    <message>
        <source>Person record</source>
        <translation>Personendatensatz</translation>
    </message>
    <message>
        <source>Send password reset e-mail…</source>
        <translation>E-Mail zum Zurücksetzen des Passworts senden …</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Linked members</source>
        <translation>Verknüpfte Mitglieder</translation>
    </message>
    <message>
        <source>Add linked member…</source>
        <translation>Verknüpftes Mitglied hinzufügen …</translation>
    </message>
    <message>
        <source>Remove linked member</source>
        <translation>Verknüpftes Mitglied entfernen</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>Mitgliederprofil</translation>
    </message>
    <message>
        <source>Record action…</source>
        <translation>Aktion erfassen …</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Raw fields</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>Kein Mitglied ausgewählt</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (Benutzer-ID %2)</translation>
    </message>
    <message>
        <source>Last changed on the server</source>
        <translation>Zuletzt auf dem Server geändert</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>In keiner Gruppe</translation>
    </message>
    <message>
        <source>No addresses</source>
        <translation>Keine Adressen</translation>
    </message>
    <message>
        <source>%1 address</source>
        <translation>Adresse (%1)</translation>
    </message>
    <message>
        <source>Address %1 (primary)</source>
        <translation>Adresse %1 (primär)</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>active (signs in with a password)</source>
        <translation>aktiv (meldet sich mit Passwort an)</translation>
    </message>
    <message>
        <source>waiting for activation</source>
        <translation>wartet auf Aktivierung</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Address lines</source>
        <translation>Adresszeilen</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Comms permission</source>
        <translation>Kontakterlaubnis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No memberships</source>
        <translation>Keine Mitgliedschaften</translation>
    </message>
    <message>
        <source>No memberships.</source>
        <translation>Keine Mitgliedschaften.</translation>
    </message>
    <message>
        <source>Linked members of %1 %2: %3.</source>
        <translation>Verknüpfte Mitglieder von %1 %2: %3.</translation>
    </message>
    <message>
        <source>Linked members of %1 %2: %3 of %4; %5 more allowed.</source>
        <translation>Verknüpfte Mitglieder von %1 %2: %3 von %4; %5 weitere erlaubt.</translation>
    </message>
    <message>
        <source>This membership allows no more linked members.</source>
        <translation>Diese Mitgliedschaft erlaubt keine weiteren verknüpften Mitglieder.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Spenden</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n Spende</numerusform>
            <numerusform>%n Spenden</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Höchste</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regelmäßig</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Berufe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact record</source>
        <translation>Kontaktdatensatz</translation>
    </message>
</context>
<context>
    <name>crm::MemberEditActions</name>
    <message>
        <source>&amp;Edit member…</source>
        <translation>Mitglied &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Add to group…</source>
        <translation>Zu &amp;Gruppe hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Set a field for the selected…</source>
        <translation>Ein Feld für die Ausgewählten &amp;setzen …</translation>
    </message>
    <message>
        <source>&amp;Remove from group…</source>
        <translation>Aus Gruppe &amp;entfernen …</translation>
    </message>
    <message>
        <source>Cannot save the edit</source>
        <translation>Die Änderung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Zu Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Aus Gruppe entfernen</translation>
    </message>
    <message>
        <source>Smart group</source>
        <translation>Intelligente Gruppe</translation>
    </message>
    <message>
        <source>“%1” is a smart group: the CRM computes its members from a saved search, so they cannot be added or removed by hand.</source>
        <translation>„%1“ ist eine intelligente Gruppe: das CRM berechnet ihre Mitglieder aus einer gespeicherten Suche, daher können sie nicht von Hand hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Die Änderung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the change for member %1</source>
        <translation>Die Änderung für Mitglied %1 kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved; sending to the CRM…</source>
        <translation>
            <numerusform>%n Änderung gespeichert; wird an das CRM gesendet …</numerusform>
            <numerusform>%n Änderungen gespeichert; werden an das CRM gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 refused or waiting: see the Outbox tab.</source>
        <translation>%1 gesendet, %2 abgelehnt oder wartend: siehe Reiter Postausgang.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n Änderung gesendet.</numerusform>
            <numerusform>%n Änderungen gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MemberRecordActions</name>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Neues Mitglied …</translation>
    </message>
    <message>
        <source>&amp;Confirm e-mail</source>
        <translation>E-Mail-Adresse &amp;bestätigen</translation>
    </message>
    <message>
        <source>Find members by &amp;meta key…</source>
        <translation>Mitglieder nach &amp;Meta-Schlüssel suchen …</translation>
    </message>
    <message>
        <source>Edit &amp;group list…</source>
        <translation>&amp;Gruppenliste bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Support tools…</source>
        <translation>&amp;Support-Werkzeuge …</translation>
    </message>
    <message>
        <source>&amp;Look up by e-mail…</source>
        <translation>Per E-Mail-Adresse &amp;nachschlagen …</translation>
    </message>
    <message>
        <source>Send &amp;password reset e-mail…</source>
        <translation>E-Mail zum Zurücksetzen des &amp;Passworts senden …</translation>
    </message>
    <message>
        <source>Record &amp;action…</source>
        <translation>&amp;Aktion erfassen …</translation>
    </message>
    <message>
        <source>Cannot open the linked member</source>
        <translation>Das verknüpfte Mitglied kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Die Änderung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The CRM checks the address when the member is created; one it has already is refused then.</source>
        <translation>Das CRM prüft die Adresse, wenn das Mitglied angelegt wird; eine schon vorhandene wird dann abgelehnt.</translation>
    </message>
    <message>
        <source>Not connected: the CRM checks the address when the member is created.</source>
        <translation>Keine Verbindung: das CRM prüft die Adresse, wenn das Mitglied angelegt wird.</translation>
    </message>
    <message>
        <source>• %1 &lt;%2&gt;: %3</source>
        <translation>• %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Maybe a member already</source>
        <translation>Vielleicht schon Mitglied</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>%1 ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;reate anyway</source>
        <translation>Trotzdem an&amp;legen</translation>
    </message>
    <message>
        <source>No address to change</source>
        <translation>Keine Adresse zum Ändern</translation>
    </message>
    <message>
        <source>Member %1 has no %2 address, so the CRM cannot record a change request. Create the %2 address with these values instead?</source>
        <translation>Mitglied %1 hat keine Adresse der Art %2, daher kann das CRM keinen Änderungsantrag erfassen. Stattdessen die Adresse der Art %2 mit diesen Werten anlegen?</translation>
    </message>
    <message>
        <source>Cannot send the e-mail</source>
        <translation>Die E-Mail kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Ask the CRM to send %1 an e-mail with a link to set a new password?</source>
        <translation>Das CRM bitten, %1 eine E-Mail mit einem Link zum Setzen eines neuen Passworts zu senden?</translation>
    </message>
    <message>
        <source>The CRM is sending a password reset e-mail to %1.</source>
        <translation>Das CRM sendet %1 eine E-Mail zum Zurücksetzen des Passworts.</translation>
    </message>
    <message>
        <source>Cannot send the password reset e-mail</source>
        <translation>Die E-Mail zum Zurücksetzen des Passworts kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>Remove linked member</source>
        <translation>Verknüpftes Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this membership? They lose its benefits; you can link them again later.</source>
        <translation>%1 aus dieser Mitgliedschaft entfernen? Die Person verliert deren Vorteile; Sie können sie später wieder verknüpfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the cache may be the same person:</source>
        <translation>
            <numerusform>Ein Mitglied im Cache könnte dieselbe Person sein:</numerusform>
            <numerusform>%n Mitglieder im Cache könnten dieselbe Person sein:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Open that member to correct the record instead, or create a new one anyway.</source>
        <translation>%1

Öffnen Sie dieses Mitglied, um stattdessen den Datensatz zu korrigieren, oder legen Sie trotzdem ein neues an.</translation>
    </message>
</context>
<context>
    <name>crm::MemberVerbs</name>
    <message>
        <source>Not connected to the CRM: try again once the connection is back.</source>
        <translation>Nicht mit dem CRM verbunden: versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Member %1 is not in the cache.</source>
        <translation>Mitglied %1 ist nicht im Cache.</translation>
    </message>
    <message>
        <source>Nothing to undo: the console has made no change to this member that is not undone.</source>
        <translation>Nichts rückgängig zu machen: die Konsole hat an diesem Mitglied keine Änderung vorgenommen, die nicht schon rückgängig gemacht ist.</translation>
    </message>
    <message>
        <source>There is no change %1 in the outbox.</source>
        <translation>Im Postausgang gibt es keine Änderung %1.</translation>
    </message>
    <message>
        <source>“%1” is undone already.</source>
        <translation>„%1“ ist bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>“%1” is being sent right now; undo it once it has arrived.</source>
        <translation>„%1“ wird gerade gesendet; machen Sie es rückgängig, sobald es angekommen ist.</translation>
    </message>
    <message>
        <source>“%1” cannot be taken back from the console: the CRM keeps what was made. Change or remove it in the CRM itself.</source>
        <translation>„%1“ kann in der Konsole nicht zurückgenommen werden: das CRM behält, was angelegt wurde. Ändern oder entfernen Sie es im CRM selbst.</translation>
    </message>
</context>
<context>
    <name>crm::MembersTableModel</name>
    <message>
        <source>No e-mail address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>crm::MembersView</name>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>Search by name, e-mail or username (Ctrl+F)</source>
        <translation>Nach Name, E-Mail-Adresse oder Benutzername suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show &amp;all members</source>
        <translation>A&amp;lle Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %L1 members, counting…</source>
        <translation>mindestens %L1 Mitglieder, wird gezählt …</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Search the members looked up so far (Ctrl+F); look more up by e-mail with Ctrl+L</source>
        <translation>Die bisher nachgeschlagenen Mitglieder durchsuchen (Strg+F); weitere per E-Mail-Adresse nachschlagen mit Strg+L</translation>
    </message>
    <message>
        <source>Members of the smart group “%1” (computed by the CRM)</source>
        <translation>Mitglieder der intelligenten Gruppe „%1“ (vom CRM berechnet)</translation>
    </message>
    <message>
        <source>Members of “%1”</source>
        <translation>Mitglieder von „%1“</translation>
    </message>
</context>
<context>
    <name>crm::MetaEntryDialog</name>
    <message>
        <source>Add meta entry</source>
        <translation>Meta-Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit meta entry</source>
        <translation>Meta-Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Public (the member and the CRM&apos;s public calls can see it)</source>
        <translation>Ö&amp;ffentlich (das Mitglied und die öffentlichen Aufrufe des CRM können ihn sehen)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>crm::MetaSearchDialog</name>
    <message>
        <source>Find members by meta key</source>
        <translation>Mitglieder nach Meta-Schlüssel suchen</translation>
    </message>
    <message>
        <source>Meta key</source>
        <translation>Meta-Schlüssel</translation>
    </message>
    <message>
        <source>Meta value</source>
        <translation>Meta-Wert</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Gefundene Mitglieder</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Not connected: the CRM answers this search, so it needs a connection.</source>
        <translation>Keine Verbindung: diese Suche beantwortet das CRM, daher braucht sie eine Verbindung.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>(not in the cache)</source>
        <translation>(nicht im Cache)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) with “%1”. Press Enter on a row to open the member.</source>
        <translation>
            <numerusform>%n Mitglied mit „%1“. Drücken Sie die Eingabetaste auf einer Zeile, um das Mitglied zu öffnen.</numerusform>
            <numerusform>%n Mitglieder mit „%1“. Drücken Sie die Eingabetaste auf einer Zeile, um das Mitglied zu öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::NewMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>E-mail check</source>
        <translation>Prüfung der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>line 1 | line 2</source>
        <translation>Zeile 1 | Zeile 2</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>The CRM sets the password; with “Send the welcome e-mail” the member receives it. Without a connection the new member waits in the outbox.</source>
        <translation>Das CRM setzt das Passwort; mit „Willkommens-E-Mail senden“ erhält das Mitglied es. Ohne Verbindung wartet das neue Mitglied im Postausgang.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Mitglieds ein.</translation>
    </message>
    <message>
        <source>Not an e-mail address yet (it needs a name, an @ and a domain).</source>
        <translation>Noch keine E-Mail-Adresse (sie braucht einen Namen, ein @ und eine Domain).</translation>
    </message>
    <message>
        <source>Checking with the CRM…</source>
        <translation>Wird beim CRM geprüft …</translation>
    </message>
    <message>
        <source>The CRM is busy; checking again in a moment…</source>
        <translation>Das CRM ist ausgelastet; gleich wird erneut geprüft …</translation>
    </message>
    <message>
        <source>Could not check the address: %1 It is checked again when the member is created.</source>
        <translation>Die Adresse konnte nicht geprüft werden: %1 Sie wird geprüft, wenn das Mitglied angelegt wird.</translation>
    </message>
    <message>
        <source>Already taken by member %1: open that member instead.</source>
        <translation>Bereits vergeben an Mitglied %1: öffnen Sie stattdessen dieses Mitglied.</translation>
    </message>
    <message>
        <source>✔ Available</source>
        <translation>✔ Verfügbar</translation>
    </message>
</context>
<context>
    <name>crm::NotesTab</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was said or done, for whoever reads the record next</source>
        <translation>Was gesagt oder getan wurde, für alle, die den Datensatz als Nächste lesen</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz hin&amp;zufügen</translation>
    </message>
</context>
<context>
    <name>crm::OAuth2SignIn</name>
    <message>
        <source>CRM Console could not listen for the site&apos;s answer on this computer: port %1 is taken by another program. Close it, or set the connection&apos;s option oauth_redirect_port to another port and register http://127.0.0.1:PORT/callback for the client on the site.</source>
        <translation>CRM Console konnte auf diesem Computer nicht auf die Antwort der Website warten: Port %1 ist von einem anderen Programm belegt. Schließen Sie es oder setzen Sie die Option oauth_redirect_port der Verbindung auf einen anderen Port und registrieren Sie http://127.0.0.1:PORT/callback für den Client auf der Website.</translation>
    </message>
    <message>
        <source>CRM Console could not listen for the site&apos;s answer on this computer (no free local port).</source>
        <translation>CRM Console konnte auf diesem Computer nicht auf die Antwort der Website warten (kein freier lokaler Port).</translation>
    </message>
    <message>
        <source>CRM Console has the site&apos;s answer. You can close this page and return to CRM Console.</source>
        <translation>CRM Console hat die Antwort der Website. Sie können diese Seite schließen und zu CRM Console zurückkehren.</translation>
    </message>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s); sign in again</source>
        <translation>
            <numerusform>keine Antwort vom Browser innerhalb einer Minute; melden Sie sich erneut an</numerusform>
            <numerusform>keine Antwort vom Browser innerhalb von %n Minuten; melden Sie sich erneut an</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer that reached CRM Console does not belong to this sign-in (it came from another sign-in or an old page) and was not used</source>
        <translation>die Antwort, die CRM Console erreicht hat, gehört nicht zu dieser Anmeldung (sie kam von einer anderen Anmeldung oder einer alten Seite) und wurde nicht verwendet</translation>
    </message>
    <message>
        <source>the site refused the sign-in (%1)</source>
        <translation>die Website hat die Anmeldung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the site&apos;s answer has no authorization code</source>
        <translation>die Antwort der Website enthält keinen Autorisierungscode</translation>
    </message>
    <message>
        <source>the site refused the sign-in&apos;s code (used already, expired, or given for another redirect address than %1)</source>
        <translation>die Website hat den Code der Anmeldung abgelehnt (schon verwendet, abgelaufen oder für eine andere Weiterleitungsadresse als %1 ausgestellt)</translation>
    </message>
</context>
<context>
    <name>crm::OAuth2TokenClient</name>
    <message>
        <source>the sign-in has expired or was withdrawn</source>
        <translation>die Anmeldung ist abgelaufen oder wurde widerrufen</translation>
    </message>
    <message>
        <source>the site expects another redirect address: register http://127.0.0.1:8371/callback for CRM Console&apos;s client on the site (or the port the connection&apos;s option oauth_redirect_port names)</source>
        <translation>die Website erwartet eine andere Weiterleitungsadresse: registrieren Sie http://127.0.0.1:8371/callback für den Client von CRM Console auf der Website (oder den Port, den die Option oauth_redirect_port der Verbindung nennt)</translation>
    </message>
    <message>
        <source>the site does not accept this client id (or client secret); check the OAuth2 client in the connection settings</source>
        <translation>die Website nimmt diese Client-ID (oder dieses Client-Geheimnis) nicht an; prüfen Sie den OAuth2-Client in den Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>The site&apos;s sign-in server refused the request (%1).</source>
        <translation>Der Anmeldeserver der Website hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>a token answer without an access token</source>
        <translation>eine Token-Antwort ohne Zugriffstoken</translation>
    </message>
    <message>
        <source>a token of type “%1”, not Bearer</source>
        <translation>ein Token vom Typ „%1“, nicht Bearer</translation>
    </message>
    <message>
        <source>the sign-in has expired</source>
        <translation>die Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <source>a UserInfo answer without “sub” (the user id)</source>
        <translation>eine UserInfo-Antwort ohne „sub“ (die Benutzer-ID)</translation>
    </message>
</context>
<context>
    <name>crm::OAuth2TokenKeeper</name>
    <message>
        <source>the sign-in has expired and cannot be renewed</source>
        <translation>die Anmeldung ist abgelaufen und kann nicht erneuert werden</translation>
    </message>
</context>
<context>
    <name>crm::OutboxTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 %2 &lt;%3&gt;</source>
        <translation>%1 %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Server has now</source>
        <translation>Server hat jetzt</translation>
    </message>
</context>
<context>
    <name>crm::OutboxView</name>
    <message>
        <source>Edits not yet accepted by the CRM. They are sent at the next sync, or as soon as the CRM can be reached.</source>
        <translation>Änderungen, die das CRM noch nicht angenommen hat. Sie werden beim nächsten Abgleich gesendet oder sobald das CRM erreichbar ist.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>&amp;Retry (keep my version)</source>
        <translation>&amp;Erneut versuchen (meine Fassung behalten)</translation>
    </message>
    <message>
        <source>&amp;Discard (keep the server&apos;s)</source>
        <translation>Verwe&amp;rfen (die des Servers behalten)</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Bearbeiten und erneut senden …</translation>
    </message>
    <message>
        <source>Opens the refused change where it was made, filled with what was asked for</source>
        <translation>Öffnet die abgelehnte Änderung dort, wo sie gemacht wurde, ausgefüllt mit dem, was verlangt war</translation>
    </message>
    <message>
        <source>Re&amp;solve field by field…</source>
        <translation>Feld für Feld a&amp;uflösen …</translation>
    </message>
</context>
<context>
    <name>crm::PartList</name>
    <message>
        <source>A&amp;dd %1…</source>
        <translation>%1 hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected %1</source>
        <translation>Ausgewählte %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Ausgewählte %1 entfernen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>crm::ProfileSession</name>
    <message>
        <source>the unsent edits could not be saved (%1); nothing was changed</source>
        <translation>die nicht gesendeten Änderungen konnten nicht gesichert werden (%1); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the %1 is not stored for profile “%2”</source>
        <translation>%1 ist für das Profil „%2“ nicht gespeichert</translation>
    </message>
    <message>
        <source>nobody has signed in with profile “%1” yet</source>
        <translation>mit dem Profil „%1“ hat sich noch niemand angemeldet</translation>
    </message>
    <message>
        <source>Profile “%1” has no OAuth2 client id (option oauth_client_id).</source>
        <translation>Profil „%1“ hat keine OAuth2-Client-ID (Option oauth_client_id).</translation>
    </message>
    <message>
        <source>Profile “%1” uses keys, not a sign-in through the site (option auth=oauth2).</source>
        <translation>Profil „%1“ verwendet Schlüssel, keine Anmeldung über die Website (Option auth=oauth2).</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Profile “%1” has no staff account to verify. Add the option staff_email and store the staff password.</source>
        <translation>Profil „%1“ hat kein Mitarbeiterkonto zum Prüfen. Fügen Sie die Option staff_email hinzu und speichern Sie das Mitarbeiterpasswort.</translation>
    </message>
    <message>
        <source>the staff password is not stored for profile “%1”</source>
        <translation>das Mitarbeiterpasswort ist für das Profil „%1“ nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>crm::RecordPartActions</name>
    <message>
        <source>&amp;Undo Last Change of This Member</source>
        <translation>Letzte Änderung dieses Mitglieds &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>Die Notiz wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Saved in the outbox, sent when the CRM can be reached: %1</source>
        <translation>Im Postausgang gespeichert, wird gesendet, sobald das CRM erreichbar ist: %1</translation>
    </message>
    <message>
        <source>Choose a member first: undo takes back the last change of the member shown.</source>
        <translation>Wählen Sie zuerst ein Mitglied: Rückgängig nimmt die letzte Änderung des angezeigten Mitglieds zurück.</translation>
    </message>
    <message>
        <source>Nothing was undone</source>
        <translation>Es wurde nichts rückgängig gemacht</translation>
    </message>
    <message>
        <source>Withdrawn before it was sent: %1</source>
        <translation>Vor dem Senden zurückgezogen: %1</translation>
    </message>
</context>
<context>
    <name>crm::RempBackend</name>
    <message>
        <source>an answer without a user count</source>
        <translation>eine Antwort ohne Anzahl der Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>Connected to REMP CRM: %n user(s).</source>
        <translation>
            <numerusform>Mit REMP CRM verbunden: %n Benutzer.</numerusform>
            <numerusform>Mit REMP CRM verbunden: %n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>REMP CRM lists no user with id %1.</source>
        <translation>REMP CRM führt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>REMP CRM changes a user&apos;s e-mail only, not “%1”.</source>
        <translation>REMP CRM ändert bei einem Benutzer nur die E-Mail-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>REMP CRM names users by e-mail, and user %1 has none in the cache. Sync, then try again.</source>
        <translation>REMP CRM benennt Benutzer nach ihrer E-Mail-Adresse, und Benutzer %1 hat im Cache keine. Gleichen Sie ab und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>REMP CRM has no user field “%1”. It knows: %2.</source>
        <translation>REMP CRM hat kein Benutzerfeld „%1“. Es kennt: %2.</translation>
    </message>
    <message>
        <source>an answer without the new user</source>
        <translation>eine Antwort ohne den neuen Benutzer</translation>
    </message>
    <message>
        <source>REMP CRM has no address field “%1”. It knows: %2.</source>
        <translation>REMP CRM hat kein Adressfeld „%1“. Es kennt: %2.</translation>
    </message>
    <message>
        <source>REMP CRM does not accept this autologin token: it may be mistyped, used up or expired. Ask the member for a new link.</source>
        <translation>REMP CRM nimmt dieses Autologin-Token nicht an: es ist vielleicht falsch eingegeben, verbraucht oder abgelaufen. Bitten Sie das Mitglied um einen neuen Link.</translation>
    </message>
    <message>
        <source>an answer without a device token</source>
        <translation>eine Antwort ohne Geräte-Token</translation>
    </message>
</context>
<context>
    <name>crm::SectionEditor</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1984-03-21</source>
        <translation>Jahr-Monat-Tag, z. B. 1984-03-21</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>crm::SheepBackend</name>
    <message>
        <source>SheepCRM did not find user %1 in flock “%2”, which it found before; it answers so to a wrong system token or flock too</source>
        <translation>SheepCRM hat Benutzer %1 im Flock „%2“ nicht gefunden, den es vorher gefunden hatte; so antwortet es auch bei falschem System-Token oder Flock</translation>
    </message>
    <message>
        <source>Reached SheepCRM (flock “%1”). SheepCRM answers “not found” to a wrong token as to an unknown member, so look up a member you know to prove the token.</source>
        <translation>SheepCRM erreicht (Flock „%1“). SheepCRM antwortet auf ein falsches Token genauso „nicht gefunden“ wie auf ein unbekanntes Mitglied; schlagen Sie also ein Mitglied nach, das Sie kennen, um das Token zu prüfen.</translation>
    </message>
    <message>
        <source>SheepCRM has no user with the e-mail %1 in flock “%2”. (It answers the same to a wrong system token: if members you know are not found either, check the token.)</source>
        <translation>SheepCRM hat keinen Benutzer mit der E-Mail-Adresse %1 im Flock „%2“. (Genauso antwortet es auf ein falsches System-Token: wenn auch bekannte Mitglieder nicht gefunden werden, prüfen Sie das Token.)</translation>
    </message>
    <message>
        <source>SheepCRM has no editable field “%1”. It knows: %2.</source>
        <translation>SheepCRM hat kein bearbeitbares Feld „%1“. Es kennt: %2.</translation>
    </message>
    <message>
        <source>SheepCRM refused some fields (%1); the others were saved.</source>
        <translation>SheepCRM hat einige Felder abgelehnt (%1); die anderen wurden gespeichert.</translation>
    </message>
    <message>
        <source>SheepCRM has no person field “%1”. It knows: %2.</source>
        <translation>SheepCRM hat kein Personenfeld „%1“. Es kennt: %2.</translation>
    </message>
    <message>
        <source>SheepCRM answered “not found” to creating an account in flock “%1”: the system token or the flock is wrong</source>
        <translation>SheepCRM antwortete beim Anlegen eines Kontos im Flock „%1“ mit „nicht gefunden“: das System-Token oder der Flock ist falsch</translation>
    </message>
    <message>
        <source>SheepCRM has no linked member %1 on this membership: it was probably removed already (or the system token is wrong).</source>
        <translation>SheepCRM hat kein verknüpftes Mitglied %1 in dieser Mitgliedschaft: es wurde wahrscheinlich schon entfernt (oder das System-Token ist falsch).</translation>
    </message>
    <message>
        <source>SheepCRM has no account with the e-mail %1 to reset.</source>
        <translation>SheepCRM hat kein Konto mit der E-Mail-Adresse %1 zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>SheepCRM&apos;s answer to the pre-registration names no user</source>
        <translation>Die Antwort von SheepCRM auf die Vorregistrierung nennt keinen Benutzer</translation>
    </message>
    <message>
        <source>SheepCRM pre-registers each address: the account is joined to the person with that e-mail (or a new one), and with the activation e-mail the person chooses a password.</source>
        <translation>SheepCRM registriert jede Adresse vor: das Konto wird der Person mit dieser E-Mail-Adresse (oder einer neuen) zugeordnet, und mit der Aktivierungs-E-Mail wählt die Person ein Passwort.</translation>
    </message>
    <message>
        <source>Send each new account the &amp;activation e-mail</source>
        <translation>Jedem neuen Konto die &amp;Aktivierungs-E-Mail senden</translation>
    </message>
</context>
<context>
    <name>crm::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>crm::SignInController</name>
    <message>
        <source>Sign &amp;in to the CRM site…</source>
        <translation>Bei der CRM-Website &amp;anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;out of the CRM site</source>
        <translation>Von der CRM-Website &amp;abmelden</translation>
    </message>
    <message>
        <source>&amp;Who is signed in…</source>
        <translation>&amp;Wer ist angemeldet …</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Sign-out failed</source>
        <translation>Abmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed out: cached records stay readable; sign in again to send edits or sync.</source>
        <translation>Abgemeldet: zwischengespeicherte Datensätze bleiben lesbar; melden Sie sich erneut an, um Änderungen zu senden oder abzugleichen.</translation>
    </message>
</context>
<context>
    <name>crm::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>CRM Console opened the site&apos;s sign-in page in your browser. Sign in there and choose &lt;b&gt;Allow&lt;/b&gt;; this window closes by itself when the site sends the browser back.</source>
        <translation>CRM Console hat die Anmeldeseite der Website in Ihrem Browser geöffnet. Melden Sie sich dort an und wählen Sie &lt;b&gt;Erlauben&lt;/b&gt;; dieses Fenster schließt sich von selbst, wenn die Website den Browser zurückschickt.</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>If no page opened, copy this address into a browser:</source>
        <translation>Wenn sich keine Seite geöffnet hat, kopieren Sie diese Adresse in einen Browser:</translation>
    </message>
</context>
<context>
    <name>crm::SignedInBadge</name>
    <message>
        <source>Picture of the signed-in person</source>
        <translation>Bild der angemeldeten Person</translation>
    </message>
    <message>
        <source>&amp;Who is signed in…</source>
        <translation>&amp;Wer ist angemeldet …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Sign in to the CRM site</source>
        <translation>Bei der CRM-Website anmelden</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in through the CRM site in your browser</source>
        <translation>Niemand ist angemeldet: melden Sie sich über die CRM-Website in Ihrem Browser an</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in; show who</source>
        <translation>Angemeldet; zeigen, wer</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 (smart)</source>
        <translation>%1 (intelligent)</translation>
    </message>
    <message>
        <source>%1
%2
Groups: %3</source>
        <translation>%1
%2
Gruppen: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>crm::SignedInUserDialog</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Site user id</source>
        <translation>Benutzer-ID der Website</translation>
    </message>
    <message>
        <source>CiviCRM contact</source>
        <translation>CiviCRM-Kontakt</translation>
    </message>
    <message>
        <source>Groups of the signed-in person</source>
        <translation>Gruppen der angemeldeten Person</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Smart (computed)</source>
        <translation>Intelligent (berechnet)</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>This person&apos;s contact belongs to no CiviCRM group.</source>
        <translation>Der Kontakt dieser Person gehört zu keiner CiviCRM-Gruppe.</translation>
    </message>
    <message>
        <source>CiviCRM groups of this person&apos;s contact (smart groups included):</source>
        <translation>CiviCRM-Gruppen des Kontakts dieser Person (einschließlich intelligenter Gruppen):</translation>
    </message>
</context>
<context>
    <name>crm::SupportToolsDialog</name>
    <message>
        <source>Support tools</source>
        <translation>Support-Werkzeuge</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Mitarbeiterkonto</translation>
    </message>
    <message>
        <source>This connection has no staff account. Add one in the connection settings.</source>
        <translation>Diese Verbindung hat kein Mitarbeiterkonto. Fügen Sie eines in den Verbindungseinstellungen hinzu.</translation>
    </message>
    <message>
        <source>Logs in as %1 with the password in the keychain.</source>
        <translation>Meldet sich als %1 mit dem Passwort aus dem Schlüsselbund an.</translation>
    </message>
    <message>
        <source>&amp;Check staff login</source>
        <translation>Mitarbeiteranmeldung &amp;prüfen</translation>
    </message>
    <message>
        <source>Staff login result</source>
        <translation>Ergebnis der Mitarbeiteranmeldung</translation>
    </message>
    <message>
        <source>Autologin token a member reports</source>
        <translation>Autologin-Token, das ein Mitglied meldet</translation>
    </message>
    <message>
        <source>Autologin token</source>
        <translation>Autologin-Token</translation>
    </message>
    <message>
        <source>&amp;Verify token</source>
        <translation>Token &amp;überprüfen</translation>
    </message>
    <message>
        <source>Token check result</source>
        <translation>Ergebnis der Token-Prüfung</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Device token</source>
        <translation>Geräte-Token</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>&amp;Issue device token</source>
        <translation>Geräte-Token &amp;ausstellen</translation>
    </message>
    <message>
        <source>Device token result</source>
        <translation>Ergebnis des Geräte-Tokens</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>&amp;Geräte-ID:</translation>
    </message>
    <message>
        <source>Asking the CRM…</source>
        <translation>Das CRM wird gefragt …</translation>
    </message>
    <message>
        <source>✔ %1 (%2), user %3. Roles: %4.</source>
        <translation>✔ %1 (%2), Benutzer %3. Rollen: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Not connected: checking a token needs the CRM.</source>
        <translation>Keine Verbindung: die Prüfung eines Tokens braucht das CRM.</translation>
    </message>
    <message>
        <source>✔ The token belongs to member %1, %2 (%3). E-mail confirmed: %4.%5</source>
        <translation>✔ Das Token gehört zu Mitglied %1, %2 (%3). E-Mail-Adresse bestätigt: %4.%5</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source> Public meta: %1.</source>
        <translation> Öffentliche Meta: %1.</translation>
    </message>
    <message>
        <source>Enter the device&apos;s id.</source>
        <translation>Geben Sie die ID des Geräts ein.</translation>
    </message>
    <message>
        <source>Not connected: issuing a token needs the CRM.</source>
        <translation>Keine Verbindung: das Ausstellen eines Tokens braucht das CRM.</translation>
    </message>
    <message>
        <source>✔ A device token for %1 is stored in the keychain as “%2” of connection “%3”. It is not shown here.</source>
        <translation>✔ Ein Geräte-Token für %1 ist im Schlüsselbund als „%2“ der Verbindung „%3“ gespeichert. Es wird hier nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>crm::SyncController</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>Send waiting edits, then fetch what changed since the last sync (F5)</source>
        <translation>Wartende Änderungen senden, dann holen, was sich seit dem letzten Abgleich geändert hat (F5)</translation>
    </message>
    <message>
        <source>F&amp;ull sync</source>
        <translation>&amp;Vollständig abgleichen</translation>
    </message>
    <message>
        <source>Send waiting edits, then fetch every member and group again (Shift+F5)</source>
        <translation>Wartende Änderungen senden, dann alle Mitglieder und Gruppen neu holen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Abgleich abbrechen</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Gruppen …</translation>
    </message>
    <message>
        <source>Members: %v of %m</source>
        <translation>Mitglieder: %v von %m</translation>
    </message>
    <message>
        <source>Checking who is still there: %v of %m</source>
        <translation>Prüfen, wer noch da ist: %v von %m</translation>
    </message>
    <message>
        <source>Group members: %v of %m groups</source>
        <translation>Gruppenmitglieder: %v von %m Gruppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
</context>
<context>
    <name>crm::SyncEngine</name>
    <message>
        <source>the CRM sent a page that does not lead on (its paging cursor did not move); the server ignores the paging the console asks for</source>
        <translation>das CRM hat eine Seite gesendet, die nicht weiterführt (ihr Blätterzeiger hat sich nicht bewegt); der Server ignoriert das Blättern, das die Konsole verlangt</translation>
    </message>
    <message>
        <source>a record without an id</source>
        <translation>ein Datensatz ohne ID</translation>
    </message>
    <message>
        <source>a record of %1 MB, more than the %2 MB the console keeps</source>
        <translation>ein Datensatz mit %1 MB, mehr als die %2 MB, die die Konsole aufbewahrt</translation>
    </message>
</context>
<context>
    <name>crm::TransferActions</name>
    <message>
        <source>&amp;Import members from CSV…</source>
        <translation>Mitglieder aus CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>Mitglieder e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Create user &amp;accounts for contacts…</source>
        <translation>Benutzer&amp;konten für Kontakte anlegen …</translation>
    </message>
    <message>
        <source>User import file saved: give it to the site&apos;s user import.</source>
        <translation>Benutzer-Importdatei gespeichert: geben Sie sie dem Benutzerimport der Website.</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>%n Mitglied nach %1 exportiert.</numerusform>
            <numerusform>%n Mitglieder nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::TrashActions</name>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>In den &amp;Papierkorb verschieben …</translation>
    </message>
    <message>
        <source>Moves the selected members to the CRM&apos;s trash, from where they can be restored</source>
        <translation>Verschiebt die ausgewählten Mitglieder in den Papierkorb des CRM, aus dem sie wiederhergestellt werden können</translation>
    </message>
    <message>
        <source>&amp;Restore from trash…</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Move %1 to the CRM&apos;s trash?</source>
        <translation>%1 in den Papierkorb des CRM verschieben?</translation>
    </message>
    <message numerus="yes">
        <source>Move these %n members to the CRM&apos;s trash?

%1</source>
        <translation>
            <numerusform>Dieses %n Mitglied in den Papierkorb des CRM verschieben?

%1</numerusform>
            <numerusform>Diese %n Mitglieder in den Papierkorb des CRM verschieben?

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>They leave the member list. The CRM keeps them in its trash; Member &gt; Restore from trash brings them back.</source>
        <translation>Sie verschwinden aus der Mitgliederliste. Das CRM bewahrt sie in seinem Papierkorb auf; Mitglied &gt; Aus dem Papierkorb wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Moving %1 to the trash</source>
        <translation>%1 wird in den Papierkorb verschoben</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n members to the trash</source>
        <translation>
            <numerusform>%n Mitglied wird in den Papierkorb verschoben</numerusform>
            <numerusform>%n Mitglieder werden in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>Restoring %1: back in the member list once the CRM has restored them</source>
        <translation>%1 wird wiederhergestellt: wieder in der Mitgliederliste, sobald das CRM sie wiederhergestellt hat</translation>
    </message>
    <message>
        <source>%1 was not moved to the trash</source>
        <translation>%1 wurde nicht in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>%1 was not restored</source>
        <translation>%1 wurde nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>crm::TrashDialog</name>
    <message>
        <source>Restore from trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>This console has moved no one to the trash. A member trashed in the CRM itself can be restored by their id.</source>
        <translation>Diese Konsole hat niemanden in den Papierkorb verschoben. Ein im CRM selbst gelöschtes Mitglied kann über seine ID wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Members this console moved to the CRM&apos;s trash. Choose whom to bring back to the member list:</source>
        <translation>Mitglieder, die diese Konsole in den Papierkorb des CRM verschoben hat. Wählen Sie, wer in die Mitgliederliste zurückkommt:</translation>
    </message>
    <message>
        <source>Members in the trash</source>
        <translation>Mitglieder im Papierkorb</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Member id of someone else in the trash</source>
        <translation>Mitglieds-ID einer anderen Person im Papierkorb</translation>
    </message>
    <message>
        <source>the member&apos;s id in the CRM</source>
        <translation>die ID des Mitglieds im CRM</translation>
    </message>
    <message>
        <source>Member &amp;id:</source>
        <translation>Mitglieds-&amp;ID:</translation>
    </message>
    <message>
        <source>Or another member&apos;s &amp;id:</source>
        <translation>Oder die &amp;ID eines anderen Mitglieds:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
</TS>
