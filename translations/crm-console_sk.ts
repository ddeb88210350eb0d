<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK">
<context>
    <name>AccountBatch</name>
    <message>
        <source>Not checked yet</source>
        <translation>Ešte nepreverené</translation>
    </message>
    <message>
        <source>Gets an account</source>
        <translation>Dostane účet</translation>
    </message>
    <message>
        <source>Has an account</source>
        <translation>Má účet</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Neplatné</translation>
    </message>
    <message>
        <source>Listed twice</source>
        <translation>Uvedené dvakrát</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Účet vytvorený</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Zlyhalo</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Neodoslané</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>chýba e-mailová adresa</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ nie je platná e-mailová adresa</translation>
    </message>
    <message>
        <source>the same e-mail is on line %1</source>
        <translation>rovnaký e-mail je na riadku %1</translation>
    </message>
    <message>
        <source>the same e-mail is listed earlier</source>
        <translation>rovnaký e-mail je uvedený vyššie</translation>
    </message>
    <message>
        <source>linked to %1&apos;s %2 (%3)</source>
        <translation>prepojené s %2 (%3) člena %1</translation>
    </message>
</context>
<context>
    <name>AccountPlan</name>
    <message>
        <source>already has the account %1</source>
        <translation>už má účet %1</translation>
    </message>
    <message>
        <source>no e-mail: accounts are matched on the primary e-mail</source>
        <translation>chýba e-mail: účty sa párujú podľa hlavného e-mailu</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ nie je platná e-mailová adresa</translation>
    </message>
    <message>
        <source>member %1 has the same e-mail: one account per address</source>
        <translation>člen %1 má rovnaký e-mail: jeden účet na adresu</translation>
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
        <translation>Kľúč API a kľúč stránky</translation>
    </message>
    <message>
        <source>Sign in through the site (OAuth2, in the browser)</source>
        <translation>Prihlásiť sa cez stránku (OAuth2, v prehliadači)</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>ID k&amp;lienta:</translation>
    </message>
    <message>
        <source>the site&apos;s OAuth2 client for CRM Console</source>
        <translation>klient OAuth2 stránky pre CRM Console</translation>
    </message>
    <message>
        <source>Enter the OAuth2 client id the site gave CRM Console.</source>
        <translation>Zadajte ID klienta OAuth2, ktoré stránka pridelila CRM Console.</translation>
    </message>
    <message>
        <source>The CRM makes each account with a password of its own; with the welcome e-mail the member learns how to sign in.</source>
        <translation>CRM vytvorí každý účet s vlastným heslom; z uvítacieho e-mailu sa člen dozvie, ako sa prihlásiť.</translation>
    </message>
    <message>
        <source>Send each new account the &amp;welcome e-mail</source>
        <translation>Poslať každému novému účtu &amp;uvítací e-mail</translation>
    </message>
    <message>
        <source>Identity (member API)</source>
        <translation>Identity (API členov)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kľúč API</translation>
    </message>
    <message>
        <source>Site key</source>
        <translation>Kľúč stránky</translation>
    </message>
    <message>
        <source>Staff password</source>
        <translation>Heslo pracovníka</translation>
    </message>
    <message>
        <source>OAuth2 client secret</source>
        <translation>Tajomstvo klienta OAuth2</translation>
    </message>
    <message>
        <source>Unknown CRM kind “%1”.</source>
        <translation>Neznámy druh CRM „%1“.</translation>
    </message>
    <message>
        <source>REMP CRM (users module)</source>
        <translation>REMP CRM (modul používateľov)</translation>
    </message>
    <message>
        <source>Sta&amp;ff e-mail:</source>
        <translation>E-mail &amp;pracovníka:</translation>
    </message>
    <message>
        <source>optional: to check a staff login and its roles</source>
        <translation>voliteľné: na overenie prihlásenia pracovníka a jeho rolí</translation>
    </message>
    <message>
        <source>SheepCRM (member API)</source>
        <translation>SheepCRM (API členov)</translation>
    </message>
    <message>
        <source>&amp;Flock:</source>
        <translation>&amp;Flock:</translation>
    </message>
    <message>
        <source>the client identifier in the API&apos;s addresses, e.g. myclub</source>
        <translation>identifikátor klienta v adresách API, napr. myclub</translation>
    </message>
    <message>
        <source>Enter the flock (SheepCRM&apos;s client identifier).</source>
        <translation>Zadajte flock (identifikátor klienta v SheepCRM).</translation>
    </message>
    <message>
        <source>A SheepCRM connection needs its flock (the client identifier in the API&apos;s addresses), e.g. the option flock=myclub.</source>
        <translation>Pripojenie k SheepCRM potrebuje svoj flock (identifikátor klienta v adresách API), napr. voľbu flock=myclub.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>transaction</source>
        <translation>transakcia</translation>
    </message>
    <message>
        <source>change</source>
        <translation>zmena</translation>
    </message>
    <message>
        <source>The local cache %1 failed: %2 (%3)</source>
        <translation>Lokálna vyrovnávacia pamäť %1 zlyhala: %2 (%3)</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>príkaz</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otvorenie</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>aktualizácia</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>iba na čítanie</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of CRM Console (schema %2; this version reads up to %3). Update CRM Console, or move the file away to start a fresh cache.</source>
        <translation>Vyrovnávaciu pamäť %1 zapísala novšia verzia CRM Console (schéma %2; táto verzia číta najviac %3). Aktualizujte CRM Console alebo súbor presuňte inam a začnite s novou vyrovnávacou pamäťou.</translation>
    </message>
    <message>
        <source>upgrade to schema %1</source>
        <translation>aktualizácia na schému %1</translation>
    </message>
    <message>
        <source>write</source>
        <translation>zápis</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>potvrdenie</translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation>žiadne pripojenie SQLite</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>read</source>
        <translation>čítanie</translation>
    </message>
</context>
<context>
    <name>CiviCrmBackend</name>
    <message>
        <source>an answer without a contact count</source>
        <translation>odpoveď bez počtu kontaktov</translation>
    </message>
    <message numerus="yes">
        <source>Connected to CiviCRM: %n contact(s).</source>
        <translation>
            <numerusform>Pripojené k CiviCRM: %n kontakt.</numerusform>
            <numerusform>Pripojené k CiviCRM: %n kontakty.</numerusform>
            <numerusform>Pripojené k CiviCRM: %n kontaktov.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact with id %1</source>
        <translation>Žiadny kontakt s ID %1</translation>
    </message>
    <message>
        <source>a Contact.create answer without an id</source>
        <translation>odpoveď na Contact.create bez ID</translation>
    </message>
    <message>
        <source>This connection uses an API key: nobody is signed in with OAuth2.</source>
        <translation>Toto pripojenie používa kľúč API: nikto nie je prihlásený cez OAuth2.</translation>
    </message>
    <message>
        <source>The site&apos;s user %1 has no CiviCRM contact. Ask the CRM administrator to link the account to a contact.</source>
        <translation>Používateľ stránky %1 nemá kontakt v CiviCRM. Požiadajte správcu CRM, aby účet prepojil s kontaktom.</translation>
    </message>
    <message>
        <source>the CRM ignored the range of ids asked for</source>
        <translation>CRM nerešpektovalo požadovaný rozsah ID</translation>
    </message>
    <message>
        <source>a %1.create answer without an id</source>
        <translation>odpoveď na %1.create bez ID</translation>
    </message>
</context>
<context>
    <name>CiviCrmCodec</name>
    <message>
        <source>the site key is wrong</source>
        <translation>kľúč stránky je nesprávny</translation>
    </message>
    <message>
        <source>the API key is wrong</source>
        <translation>kľúč API je nesprávny</translation>
    </message>
    <message>
        <source>CiviCRM reported an error without a message</source>
        <translation>CiviCRM ohlásilo chybu bez popisu</translation>
    </message>
    <message>
        <source>HTTP %1 with a web page instead of an API answer</source>
        <translation>HTTP %1 s webovou stránkou namiesto odpovede API</translation>
    </message>
    <message>
        <source>a web page came back instead of an API answer</source>
        <translation>namiesto odpovede API prišla webová stránka</translation>
    </message>
    <message>
        <source>the CRM did not accept the sign-in</source>
        <translation>CRM neprijalo prihlásenie</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>prázdna odpoveď</translation>
    </message>
    <message>
        <source>XML instead of JSON</source>
        <translation>XML namiesto JSON</translation>
    </message>
    <message>
        <source>an incomplete JSON answer</source>
        <translation>neúplná odpoveď JSON</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte %2</source>
        <translation>chybný JSON: %1 na bajte %2</translation>
    </message>
    <message>
        <source>JSON that is not a CiviCRM API answer</source>
        <translation>JSON, ktorý nie je odpoveďou API CiviCRM</translation>
    </message>
    <message>
        <source>an answer without &quot;values&quot;</source>
        <translation>odpoveď bez „values“</translation>
    </message>
</context>
<context>
    <name>CrmError</name>
    <message>
        <source> The server said: “%1”</source>
        <translation> Server odpovedal: „%1“</translation>
    </message>
    <message>
        <source>The CRM server could not be reached. Check the network connection and the server address; cached records stay available and edits wait until it is back.</source>
        <translation>Server CRM je nedostupný. Skontrolujte sieťové pripojenie a adresu servera; uložené záznamy zostávajú dostupné a úpravy počkajú, kým bude opäť dostupný.</translation>
    </message>
    <message>
        <source>The connection to the CRM server dropped after the request was sent, so it is not known whether the CRM carried it out. It is kept and checked before it is sent again.</source>
        <translation>Spojenie so serverom CRM sa prerušilo po odoslaní požiadavky, takže nie je známe, či ju CRM vykonalo. Požiadavka sa uchová a pred opätovným odoslaním sa preverí.</translation>
    </message>
    <message>
        <source>The connection to the CRM server dropped before the answer was complete. Try again; if it keeps happening, the server or a proxy is cutting connections.</source>
        <translation>Spojenie so serverom CRM sa prerušilo skôr, ako bola odpoveď úplná. Skúste to znova; ak sa to opakuje, spojenia prerušuje server alebo proxy.</translation>
    </message>
    <message>
        <source>The CRM server&apos;s answer kept arriving too slowly and was given up (%1). Try again later; if it keeps happening, the server or the network is overloaded.</source>
        <translation>Odpoveď servera CRM prichádzala príliš pomaly, a tak sa jej čakanie vzdalo (%1). Skúste to neskôr; ak sa to opakuje, server alebo sieť sú preťažené.</translation>
    </message>
    <message>
        <source>The CRM server did not answer in time. Try again later; if it keeps happening, the server is overloaded or the address is wrong.</source>
        <translation>Server CRM neodpovedal včas. Skúste to neskôr; ak sa to opakuje, server je preťažený alebo je adresa nesprávna.</translation>
    </message>
    <message>
        <source>A sign-in to the CRM is needed: %1.%2 Sign in (File → Sign in to the CRM site, or crmctl sign-in); cached records stay available and edits wait until then.</source>
        <translation>Je potrebné prihlásenie do CRM: %1.%2 Prihláste sa (Súbor → Prihlásiť sa na stránku CRM alebo crmctl sign-in); uložené záznamy zostávajú dostupné a úpravy dovtedy počkajú.</translation>
    </message>
    <message>
        <source>the sign-in has ended</source>
        <translation>prihlásenie vypršalo</translation>
    </message>
    <message>
        <source>The CRM refused the credentials.%1 Check the keys in the connection settings.</source>
        <translation>CRM odmietlo prihlasovacie údaje.%1 Skontrolujte kľúče v nastaveniach pripojenia.</translation>
    </message>
    <message>
        <source>The CRM refused the credentials: %1.%2 Check the keys in the connection settings.</source>
        <translation>CRM odmietlo prihlasovacie údaje: %1.%2 Skontrolujte kľúče v nastaveniach pripojenia.</translation>
    </message>
    <message>
        <source>The CRM account is not allowed to do this.%1 Ask the CRM administrator for the permission.</source>
        <translation>Účet CRM na to nemá oprávnenie.%1 Požiadajte správcu CRM o oprávnenie.</translation>
    </message>
    <message>
        <source>The CRM has no such record or endpoint.%1</source>
        <translation>CRM nemá taký záznam ani koncový bod.%1</translation>
    </message>
    <message>
        <source>The record was changed on the server since it was read.%1 Review both versions and choose which to keep.</source>
        <translation>Záznam sa na serveri zmenil, odkedy bol načítaný.%1 Porovnajte obe verzie a vyberte, ktorá zostane.</translation>
    </message>
    <message>
        <source>The CRM refused the values.%1 Correct them and try again.</source>
        <translation>CRM odmietlo hodnoty.%1 Opravte ich a skúste to znova.</translation>
    </message>
    <message>
        <source>The CRM server failed (HTTP %1).%2 Try again later; if it persists, tell the CRM administrator.</source>
        <translation>Server CRM zlyhal (HTTP %1).%2 Skúste to neskôr; ak to pretrváva, informujte správcu CRM.</translation>
    </message>
    <message>
        <source>The CRM reported an error.%1</source>
        <translation>CRM ohlásilo chybu.%1</translation>
    </message>
    <message>
        <source>The CRM is busy or down for a moment (HTTP %1).%2 Cached records stay available and edits wait; they are sent by themselves when it answers again (it asked to wait %3 s).</source>
        <translation>CRM je práve zaneprázdnené alebo nakrátko mimo prevádzky (HTTP %1).%2 Uložené záznamy zostávajú dostupné a úpravy počkajú; odošlú sa samy, keď znova odpovie (požiadalo o čakanie %3 s).</translation>
    </message>
    <message>
        <source>The CRM is busy or down for a moment (HTTP %1).%2 Cached records stay available and edits wait; they are sent by themselves when it answers again.</source>
        <translation>CRM je práve zaneprázdnené alebo nakrátko mimo prevádzky (HTTP %1).%2 Uložené záznamy zostávajú dostupné a úpravy počkajú; odošlú sa samy, keď znova odpovie.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so nothing was sent. Its SHA-256 fingerprint is %2. Trust it for this connection (crmctl trust-certificate NAME FINGERPRINT, or Trust in the window) only if the CRM&apos;s administrator confirms that fingerprint.</source>
        <translation>Bezpečnostnému certifikátu servera sa nedôveruje (%1), preto sa nič neodoslalo. Jeho odtlačok SHA-256 je %2. Dôverujte mu pre toto pripojenie (crmctl trust-certificate NÁZOV ODTLAČOK alebo „Dôverovať“ v okne), len ak správca CRM tento odtlačok potvrdí.</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>neznámy vydavateľ</translation>
    </message>
    <message>
        <source>The CRM address now sends the console to another server (%1). Nothing was sent there. If the CRM has really moved, change the address in the connection settings.</source>
        <translation>Adresa CRM teraz presmerúva konzolu na iný server (%1). Nič sa tam neodoslalo. Ak sa CRM naozaj presťahovalo, zmeňte adresu v nastaveniach pripojenia.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB and was not read. Check that the address points at the CRM&apos;s API; if it does, tell the CRM administrator.</source>
        <translation>Odpoveď servera je väčšia ako %1 MB a nebola načítaná. Skontrolujte, či adresa smeruje na API CRM; ak áno, informujte správcu CRM.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what this CRM sends (%1). Check that the address points at the CRM&apos;s API endpoint, not a web page.</source>
        <translation>Odpoveď servera nie je taká, akú posiela toto CRM (%1). Skontrolujte, či adresa smeruje na koncový bod API CRM, a nie na webovú stránku.</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>nečitateľná odpoveď</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zastavené.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the secrets.%1 Start a Secret Service (for example GNOME Keyring or KWallet) or keep them for this session only.</source>
        <translation>Na uloženie tajných údajov nie je k dispozícii žiadna kľúčenka.%1 Spustite Secret Service (napríklad GNOME Keyring alebo KWallet) alebo ich uchovajte len pre toto sedenie.</translation>
    </message>
    <message>
        <source>The local copy of the CRM data is damaged (%1), so nothing is shown from it. Rebuild it with a full sync (crmctl rebuild NAME): unsent edits are saved to a file first and put back afterwards.</source>
        <translation>Lokálna kópia údajov CRM je poškodená (%1), preto sa z nej nič nezobrazuje. Obnovte ju úplnou synchronizáciou (crmctl rebuild NÁZOV): neodoslané úpravy sa najprv uložia do súboru a potom sa vrátia späť.</translation>
    </message>
    <message>
        <source>The local copy of the CRM data can only be read (%1): records are shown, but nothing can be changed or synced until it is on a writable disk.</source>
        <translation>Lokálnu kópiu údajov CRM možno len čítať (%1): záznamy sa zobrazujú, ale nič sa nedá zmeniť ani synchronizovať, kým nebude na zapisovateľnom disku.</translation>
    </message>
    <message>
        <source>Access was not allowed on the CRM site&apos;s sign-in page.%1 Sign in again and choose “Allow” if CRM Console should work with your account.</source>
        <translation>Na prihlasovacej stránke CRM nebol prístup povolený.%1 Prihláste sa znova a zvoľte „Povoliť“, ak má CRM Console pracovať s vaším účtom.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the line is not UTF-8 text (save the file as UTF-8)</source>
        <translation>riadok nie je text v UTF-8 (uložte súbor ako UTF-8)</translation>
    </message>
    <message>
        <source>a quoted field never ends (a quote is missing)</source>
        <translation>pole v úvodzovkách nikde nekončí (chýba úvodzovka)</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>za zatváracou úvodzovkou nasleduje text</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externé ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Referer</source>
        <translation>Odkazovač</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Miestne nastavenie</translation>
    </message>
    <message>
        <source>Send the welcome e-mail</source>
        <translation>Poslať uvítací e-mail</translation>
    </message>
    <message>
        <source>Skip the e-mail address check</source>
        <translation>Preskočiť kontrolu e-mailovej adresy</translation>
    </message>
    <message>
        <source>Unclaimed account</source>
        <translation>Nenárokovaný účet</translation>
    </message>
    <message>
        <source>Subscribe to newsletters</source>
        <translation>Prihlásiť na odber noviniek</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Krajina (kód ISO)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Spoločnosť</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>IČ DPH</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Address lines</source>
        <translation>Riadky adresy</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Telephones</source>
        <translation>Telefóny</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>May be contacted (comms permission)</source>
        <translation>Smie byť kontaktovaný (súhlas s komunikáciou)</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Stredné meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Prezývka</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Dátum narodenia</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlavie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Pracovná pozícia</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>Neposielať e-maily</translation>
    </message>
    <message>
        <source>Do not phone</source>
        <translation>Nevolať</translation>
    </message>
    <message>
        <source>Do not mail</source>
        <translation>Neposielať poštu</translation>
    </message>
    <message>
        <source>Do not send texts (SMS)</source>
        <translation>Neposielať SMS správy</translation>
    </message>
    <message>
        <source>No bulk e-mail</source>
        <translation>Žiadne hromadné e-maily</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Druh telefónu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Umiestnenie</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Hlavný</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pozastavené</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Riadok adresy 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Štát alebo provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ nie je e-mailová adresa.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces and an optional + in front.</source>
        <translation>„%1“ nie je telefónne číslo: použite číslice, medzery a prípadne + na začiatku.</translation>
    </message>
    <message>
        <source>“%1” is not a birth date: write it as year-month-day, e.g. 1984-03-21.</source>
        <translation>„%1“ nie je dátum narodenia: zapíšte ho ako rok-mesiac-deň, napr. 1984-03-21.</translation>
    </message>
    <message>
        <source>4 digits, e.g. 1010</source>
        <translation>4 číslice, napr. 1010</translation>
    </message>
    <message>
        <source>4 digits, e.g. 8001</source>
        <translation>4 číslice, napr. 8001</translation>
    </message>
    <message>
        <source>5 digits, e.g. 10115</source>
        <translation>5 číslic, napr. 10115</translation>
    </message>
    <message>
        <source>5 digits, e.g. 75001</source>
        <translation>5 číslic, napr. 75001</translation>
    </message>
    <message>
        <source>4 digits and 2 letters, e.g. 6971 BN</source>
        <translation>4 číslice a 2 písmená, napr. 6971 BN</translation>
    </message>
    <message>
        <source>2 digits, a dash and 3 digits, e.g. 30-001</source>
        <translation>2 číslice, pomlčka a 3 číslice, napr. 30-001</translation>
    </message>
    <message>
        <source>4 digits, a dash and 3 digits, e.g. 4000-123</source>
        <translation>4 číslice, pomlčka a 3 číslice, napr. 4000-123</translation>
    </message>
    <message>
        <source>5 digits, e.g. 411 01</source>
        <translation>5 číslic, napr. 411 01</translation>
    </message>
    <message>
        <source>5 digits, e.g. 010 01</source>
        <translation>5 číslic, napr. 010 01</translation>
    </message>
    <message>
        <source>like SW1A 1AA</source>
        <translation>napríklad SW1A 1AA</translation>
    </message>
    <message>
        <source>5 digits, e.g. 94103</source>
        <translation>5 číslic, napr. 94103</translation>
    </message>
    <message>
        <source>“%1” is not a postal code there: %2.</source>
        <translation>„%1“ tam nie je PSČ: %2.</translation>
    </message>
    <message>
        <source>%1 “%2” is not one the CRM knows. Choose one of: %3.</source>
        <translation>%1 „%2“ CRM nepozná. Vyberte jednu z možností: %3.</translation>
    </message>
    <message>
        <source>The CRM&apos;s list of %1 values has not been read yet; run a sync first, or give the number the CRM uses.</source>
        <translation>Zoznam hodnôt %1 sa z CRM ešte nenačítal; najprv spustite synchronizáciu alebo zadajte číslo, ktoré CRM používa.</translation>
    </message>
    <message>
        <source>%1 is yes or no, not “%2”.</source>
        <translation>%1 je áno alebo nie, nie „%2“.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>áno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>it is self-signed</source>
        <translation>je podpísaný sám sebou</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>jeho platnosť vypršala</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>ešte nie je platný</translation>
    </message>
    <message>
        <source>it was made for another address</source>
        <translation>bol vydaný pre inú adresu</translation>
    </message>
    <message>
        <source>no authority this computer trusts has signed it</source>
        <translation>nepodpísala ho žiadna autorita, ktorej tento počítač dôveruje</translation>
    </message>
    <message>
        <source>no answer for %1 s</source>
        <translation>žiadna odpoveď počas %1 s</translation>
    </message>
    <message>
        <source>not complete after %1 s</source>
        <translation>neúplné po %1 s</translation>
    </message>
    <message>
        <source>an answer over %1 bytes</source>
        <translation>odpoveď väčšia ako %1 bajtov</translation>
    </message>
    <message>
        <source>a redirect without an address</source>
        <translation>presmerovanie bez adresy</translation>
    </message>
    <message>
        <source>a redirect to %1 that the console does not follow</source>
        <translation>presmerovanie na %1, ktoré konzola nenasleduje</translation>
    </message>
</context>
<context>
    <name>IdentityCodec</name>
    <message>
        <source>Identity refused the API token</source>
        <translation>Identity odmietlo token API</translation>
    </message>
    <message>
        <source>This address has no Identity API. Check the deployment URL.</source>
        <translation>Táto adresa nemá API Identity. Skontrolujte URL nasadenia.</translation>
    </message>
    <message>
        <source>Identity refused the request (HTTP %1).</source>
        <translation>Identity odmietlo požiadavku (HTTP %1).</translation>
    </message>
    <message>
        <source>Identity refused the request.</source>
        <translation>Identity odmietlo požiadavku.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>the file is empty: it needs a header line naming its columns</source>
        <translation>súbor je prázdny: potrebuje hlavičku s názvami stĺpcov</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 (a delimiter or quote is off)</source>
        <translation>riadok má %1 polí, hlavička %2 (nesedí oddeľovač alebo úvodzovka)</translation>
    </message>
    <message>
        <source>no column is mapped to the e-mail, which rows are matched by</source>
        <translation>žiadny stĺpec nie je priradený e-mailu, podľa ktorého sa riadky párujú</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>chýba e-mail</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ nie je platná e-mailová adresa</translation>
    </message>
    <message>
        <source>the same e-mail as row %1</source>
        <translation>rovnaký e-mail ako riadok %1</translation>
    </message>
    <message>
        <source>%1 members have this e-mail (%2): fix them first</source>
        <translation>tento e-mail (%2) majú viacerí členovia (%1): najprv ich opravte</translation>
    </message>
    <message>
        <source>possibly already a member: %1 (%2), %3</source>
        <translation>možno už je členom: %1 (%2), %3</translation>
    </message>
    <message>
        <source>this CRM cannot create members</source>
        <translation>toto CRM nevie vytvárať členov</translation>
    </message>
    <message>
        <source>no member has this e-mail</source>
        <translation>tento e-mail nemá žiadny člen</translation>
    </message>
    <message>
        <source>already a member (%1)</source>
        <translation>už je členom (%1)</translation>
    </message>
    <message>
        <source>no group %1 in the cache</source>
        <translation>skupina %1 nie je vo vyrovnávacej pamäti</translation>
    </message>
    <message>
        <source>“%1” is a smart group: its members cannot be added by hand</source>
        <translation>„%1“ je inteligentná skupina: jej členov nemožno pridať ručne</translation>
    </message>
    <message>
        <source>already in the group</source>
        <translation>už je v skupine</translation>
    </message>
    <message>
        <source>already a member (%1); this CRM cannot edit members</source>
        <translation>už je členom (%1); toto CRM nevie upravovať členov</translation>
    </message>
    <message>
        <source>already a member (%1); this CRM cannot edit %2</source>
        <translation>už je členom (%1); toto CRM nevie upravovať %2</translation>
    </message>
    <message>
        <source>the member already has these values</source>
        <translation>člen už má tieto hodnoty</translation>
    </message>
</context>
<context>
    <name>JsonAnswer</name>
    <message>
        <source>HTTP %1 with a web page instead of an API answer</source>
        <translation>HTTP %1 s webovou stránkou namiesto odpovede API</translation>
    </message>
    <message>
        <source>a web page came back instead of an API answer</source>
        <translation>namiesto odpovede API prišla webová stránka</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>prázdna odpoveď</translation>
    </message>
    <message>
        <source>an incomplete JSON answer</source>
        <translation>neúplná odpoveď JSON</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte %2</source>
        <translation>chybný JSON: %1 na bajte %2</translation>
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
        <translation>Meno a priezvisko</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>User account id</source>
        <translation>ID používateľského účtu</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Naposledy zmenené</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Group ids</source>
        <translation>ID skupín</translation>
    </message>
    <message>
        <source>Address location</source>
        <translation>Druh adresy</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Riadok adresy 2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>All phones</source>
        <translation>Všetky telefóny</translation>
    </message>
    <message>
        <source>All e-mail addresses</source>
        <translation>Všetky e-mailové adresy</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>unknown column “%1” (known: %2)</source>
        <translation>neznámy stĺpec „%1“ (známe: %2)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zastavené</translation>
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>the same e-mail</source>
        <translation>rovnaký e-mail</translation>
    </message>
    <message>
        <source>the same name and postal code</source>
        <translation>rovnaké meno a PSČ</translation>
    </message>
</context>
<context>
    <name>OAuth2Endpoints</name>
    <message>
        <source>An OAuth2 sign-in works with the address that ends in civicrm/ajax/rest: CiviCRM does not read the sign-in on extern/rest.php, which takes API keys only. Use %1, or sign in with API keys instead.</source>
        <translation>Prihlásenie OAuth2 funguje s adresou, ktorá končí na civicrm/ajax/rest: CiviCRM na extern/rest.php prihlásenie nečíta, prijíma tam len kľúče API. Použite %1 alebo sa namiesto toho prihláste kľúčmi API.</translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>member %1</source>
        <translation>člen %1</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>Upraviť %1: %2</translation>
    </message>
    <message>
        <source>Add %1 to group %2</source>
        <translation>Pridať %1 do skupiny %2</translation>
    </message>
    <message>
        <source>Remove %1 from group %2</source>
        <translation>Odobrať %1 zo skupiny %2</translation>
    </message>
    <message>
        <source>Create member %1</source>
        <translation>Vytvoriť člena %1</translation>
    </message>
    <message>
        <source>Confirm the e-mail of %1</source>
        <translation>Potvrdiť e-mail člena %1</translation>
    </message>
    <message>
        <source>Add an address of type %1 to %2</source>
        <translation>Pridať adresu druhu %1 členovi %2</translation>
    </message>
    <message>
        <source>Request a change of %1&apos;s address of type %2</source>
        <translation>Požiadať o zmenu adresy druhu %2 člena %1</translation>
    </message>
    <message>
        <source>Set meta %1 = “%2” on %3</source>
        <translation>Nastaviť meta %1 = „%2“ pre %3</translation>
    </message>
    <message>
        <source>Delete meta %1 of %2</source>
        <translation>Vymazať meta %1 člena %2</translation>
    </message>
    <message>
        <source>Link %1 %2 &lt;%3&gt; to membership %4</source>
        <translation>Prepojiť %1 %2 &lt;%3&gt; s členstvom %4</translation>
    </message>
    <message>
        <source>Record action “%1” (%2) for %3</source>
        <translation>Zaznamenať akciu „%1“ (%2) pre %3</translation>
    </message>
    <message>
        <source>Remove linked member %1 from membership %2</source>
        <translation>Odobrať prepojeného člena %1 z členstva %2</translation>
    </message>
    <message>
        <source>Add a phone to %1: %2</source>
        <translation>Pridať telefón členovi %1: %2</translation>
    </message>
    <message>
        <source>Add an e-mail address to %1: %2</source>
        <translation>Pridať e-mailovú adresu členovi %1: %2</translation>
    </message>
    <message>
        <source>Add an address to %1: %2</source>
        <translation>Pridať adresu členovi %1: %2</translation>
    </message>
    <message>
        <source>Change %1&apos;s phone: %2</source>
        <translation>Zmeniť telefón člena %1: %2</translation>
    </message>
    <message>
        <source>Change %1&apos;s e-mail address: %2</source>
        <translation>Zmeniť e-mailovú adresu člena %1: %2</translation>
    </message>
    <message>
        <source>Change %1&apos;s address: %2</source>
        <translation>Zmeniť adresu člena %1: %2</translation>
    </message>
    <message>
        <source>Remove %1&apos;s phone: %2</source>
        <translation>Odstrániť telefón člena %1: %2</translation>
    </message>
    <message>
        <source>Remove %1&apos;s e-mail address: %2</source>
        <translation>Odstrániť e-mailovú adresu člena %1: %2</translation>
    </message>
    <message>
        <source>Remove %1&apos;s address: %2</source>
        <translation>Odstrániť adresu člena %1: %2</translation>
    </message>
    <message>
        <source>Add a note to %1: “%2”</source>
        <translation>Pridať poznámku k %1: „%2“</translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>Presunúť %1 do koša</translation>
    </message>
    <message>
        <source>Restore %1 from the trash</source>
        <translation>Obnoviť %1 z koša</translation>
    </message>
    <message>
        <source>sent, then undone</source>
        <translation>odoslané, potom vrátené späť</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>čaká na odoslanie</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>čaká: %1</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>odosiela sa</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odmietnuté: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>konflikt: %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>odoslané</translation>
    </message>
    <message>
        <source>withdrawn before it was sent</source>
        <translation>stiahnuté pred odoslaním</translation>
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
        <translation>priečinok %1 sa nedá vytvoriť</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>%1 sa nedá odložiť nabok</translation>
    </message>
    <message>
        <source>could not put the unsent edits back: %1</source>
        <translation>neodoslané úpravy sa nepodarilo vrátiť späť: %1</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>changed on the server since it was read</source>
        <translation>na serveri zmenené, odkedy bolo načítané</translation>
    </message>
    <message>
        <source>It was removed on the server; add it again if it is still needed.</source>
        <translation>Na serveri bolo odstránené; ak je ešte potrebné, pridajte ho znova.</translation>
    </message>
    <message>
        <source>Member %1 is not in the cache.</source>
        <translation>Člen %1 nie je vo vyrovnávacej pamäti.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The address must start with https:// (or http:// for a server on this computer).</source>
        <translation>Adresa musí začínať https:// (alebo http:// pre server na tomto počítači).</translation>
    </message>
    <message>
        <source>Plain http:// would send the API keys unencrypted. Use https://, or set the option insecure_http=1 if you accept that risk.</source>
        <translation>Obyčajné http:// by posielalo kľúče API nešifrované. Použite https:// alebo nastavte voľbu insecure_http=1, ak toto riziko prijímate.</translation>
    </message>
    <message>
        <source>There is no option “%1”. The options are %2, and custom_N for a custom field&apos;s label. A server&apos;s own certificate is trusted by its fingerprint (tls_certificate_sha256).</source>
        <translation>Voľba „%1“ neexistuje. Voľby sú %2 a custom_N pre označenie vlastného poľa. Vlastnému certifikátu servera sa dôveruje podľa jeho odtlačku (tls_certificate_sha256).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Start a local sandbox CRM and open it.</source>
        <translation>Spustiť lokálne skúšobné CRM a otvoriť ho.</translation>
    </message>
    <message>
        <source>Members in the demo CRM.</source>
        <translation>Počet členov v ukážkovom CRM.</translation>
    </message>
    <message>
        <source>Open this connection.</source>
        <translation>Otvoriť toto pripojenie.</translation>
    </message>
    <message>
        <source>The demo CRM&apos;s kind: %1.</source>
        <translation>Druh ukážkového CRM: %1.</translation>
    </message>
    <message>
        <source>Browse and edit the members of your CRMs, online or offline.</source>
        <translation>Prehliadajte a upravujte členov vo svojich CRM, online aj offline.</translation>
    </message>
    <message>
        <source>CRM Console</source>
        <translation>CRM Console</translation>
    </message>
    <message>
        <source>Start CRM Console&apos;s demo, save a screenshot of each main view, then quit.</source>
        <translation>Spustiť ukážku CRM Console, uložiť snímku každého hlavného zobrazenia a skončiť.</translation>
    </message>
    <message>
        <source>Save the screenshots here.</source>
        <translation>Uložiť snímky sem.</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the one chosen in View &gt; Language or the system&apos;s.</source>
        <translation>Hovoriť týmto jazykom (%1) namiesto jazyka zvoleného v Zobraziť &gt; Jazyk alebo jazyka systému.</translation>
    </message>
    <message>
        <source>Speak this language (%1).</source>
        <translation>Hovoriť týmto jazykom (%1).</translation>
    </message>
    <message>
        <source>Show the window in a dark theme.</source>
        <translation>Zobraziť okno v tmavej téme.</translation>
    </message>
    <message>
        <source>Log every request and step, in the terminal too (the log file is %1).</source>
        <translation>Zaznamenávať každú požiadavku a krok, aj v termináli (súbor záznamu je %1).</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompts</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nedôveryhodný certifikát</translation>
    </message>
    <message>
        <source>The server of “%1” shows a security certificate that this computer does not trust (%2), so nothing was sent to it.</source>
        <translation>Server pripojenia „%1“ predkladá bezpečnostný certifikát, ktorému tento počítač nedôveruje (%2), preto sa mu nič neodoslalo.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is
%1

Trust it for this connection only if the CRM&apos;s administrator confirms this fingerprint. If the certificate changes, CRM Console refuses it again.</source>
        <translation>Jeho odtlačok SHA-256 je
%1

Dôverujte mu pre toto pripojenie, len ak správca CRM tento odtlačok potvrdí. Ak sa certifikát zmení, CRM Console ho znova odmietne.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this connection</source>
        <translation>&amp;Dôverovať tomuto certifikátu pre toto pripojenie</translation>
    </message>
    <message>
        <source>Trust this certificate for this connection</source>
        <translation>Dôverovať tomuto certifikátu pre toto pripojenie</translation>
    </message>
    <message>
        <source>Damaged local copy</source>
        <translation>Poškodená lokálna kópia</translation>
    </message>
    <message>
        <source>The local copy of this connection&apos;s CRM data is damaged, so nothing is shown from it.</source>
        <translation>Lokálna kópia údajov CRM tohto pripojenia je poškodená, preto sa z nej nič nezobrazuje.</translation>
    </message>
    <message>
        <source>Rebuild it with a full sync: the edits not yet sent are first saved to a file in your Documents folder and then sent; the damaged file is kept beside the new one.</source>
        <translation>Obnovte ju úplnou synchronizáciou: ešte neodoslané úpravy sa najprv uložia do súboru v priečinku Dokumenty a potom sa odošlú; poškodený súbor zostane vedľa nového.</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Obnoviť</translation>
    </message>
    <message>
        <source>Rebuild the local copy with a full sync</source>
        <translation>Obnoviť lokálnu kópiu úplnou synchronizáciou</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Žiadna kľúčenka</translation>
    </message>
    <message>
        <source>Without a keychain, CRM Console can keep the keys in memory until it quits. You will be asked for them again next time.</source>
        <translation>Bez kľúčenky môže CRM Console uchovať kľúče v pamäti, kým sa neukončí. Nabudúce sa vás na ne opýta znova.</translation>
    </message>
    <message>
        <source>Keep for this session only…</source>
        <translation>Uchovať len pre toto sedenie…</translation>
    </message>
</context>
<context>
    <name>RempCodec</name>
    <message>
        <source>the API token was refused</source>
        <translation>token API bol odmietnutý</translation>
    </message>
    <message numerus="yes">
        <source>Required field(s) missing: %1.</source>
        <translation>
            <numerusform>Chýba povinné pole: %1.</numerusform>
            <numerusform>Chýbajú povinné polia: %1.</numerusform>
            <numerusform>Chýbajú povinné polia: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not know the REMP users API call. Check that the address is the CRM&apos;s base URL (without /api/v1).</source>
        <translation>Tento server nepozná volanie API používateľov REMP. Skontrolujte, či je adresa základnou URL CRM (bez /api/v1).</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>prekročený limit požiadaviek</translation>
    </message>
    <message>
        <source>REMP CRM refused the request&apos;s data (%1).</source>
        <translation>REMP CRM odmietlo údaje požiadavky (%1).</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Regional scope</source>
        <translation>Regionálny rozsah</translation>
    </message>
</context>
<context>
    <name>SheepCodec</name>
    <message>
        <source>A user account with this e-mail already exists. Look the member up instead of creating one.</source>
        <translation>Používateľský účet s týmto e-mailom už existuje. Vyhľadajte člena namiesto vytvárania nového.</translation>
    </message>
    <message>
        <source>SheepCRM has a person with this e-mail but no user account for them. Give that person an account (Tools → Create user accounts for contacts), or use another e-mail.</source>
        <translation>SheepCRM má osobu s týmto e-mailom, ale bez používateľského účtu. Dajte tejto osobe účet (Nástroje → Vytvoriť používateľské účty pre kontakty) alebo použite iný e-mail.</translation>
    </message>
    <message>
        <source>This membership allows no more linked members. Remove one first, or change the membership&apos;s type in SheepCRM.</source>
        <translation>Toto členstvo nedovoľuje ďalších prepojených členov. Najprv jedného odoberte alebo zmeňte druh členstva v SheepCRM.</translation>
    </message>
    <message>
        <source>SheepCRM refused the values; correct them and try again.</source>
        <translation>SheepCRM odmietlo hodnoty; opravte ich a skúste to znova.</translation>
    </message>
    <message>
        <source>SheepCRM refused the system token</source>
        <translation>SheepCRM odmietlo systémový token</translation>
    </message>
</context>
<context>
    <name>crm::AboutDialog</name>
    <message>
        <source>About CRM Console</source>
        <translation>O aplikácii CRM Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CRM Console %1&lt;/h2&gt;&lt;p&gt;Find members and correct their records in your membership CRMs, online or offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;The guide: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CRM Console %1&lt;/h2&gt;&lt;p&gt;Vyhľadávajte členov a opravujte ich záznamy vo svojich členských CRM, online aj offline.&lt;/p&gt;&lt;p&gt;Zostavené s Qt %2, beží na Qt %3.&lt;/p&gt;&lt;p&gt;Licencované pod GNU General Public License, verzia 3 alebo novšia.&lt;/p&gt;&lt;p&gt;Príručka: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
</context>
<context>
    <name>crm::AccountBatchDialog</name>
    <message>
        <source>Create user accounts for contacts</source>
        <translation>Vytvoriť používateľské účty pre kontakty</translation>
    </message>
    <message>
        <source>Check the list first: the CRM says who has an account already. Try a few dummy addresses before a large batch.</source>
        <translation>Najprv skontrolujte zoznam: CRM povie, kto už účet má. Pred veľkou dávkou vyskúšajte niekoľko testovacích adries.</translation>
    </message>
    <message>
        <source>&amp;Addresses, one a line (a first and last name may follow, separated by commas):</source>
        <translation>&amp;Adresy, jedna na riadok (môže nasledovať meno a priezvisko oddelené čiarkami):</translation>
    </message>
    <message>
        <source>Addresses to give accounts</source>
        <translation>Adresy, ktoré dostanú účty</translation>
    </message>
    <message>
        <source>jane.doe@example.org, Jane, Doe</source>
        <translation>jana.novakova@example.org, Jana, Nováková</translation>
    </message>
    <message>
        <source>&amp;Load a CSV file…</source>
        <translation>&amp;Načítať súbor CSV…</translation>
    </message>
    <message>
        <source>Addresses and their accounts</source>
        <translation>Adresy a ich účty</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno a priezvisko</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Priebeh</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>S&amp;kontrolovať</translation>
    </message>
    <message>
        <source>Ask the CRM which addresses have an account. Nothing is changed.</source>
        <translation>Opýtať sa CRM, ktoré adresy majú účet. Nič sa nezmení.</translation>
    </message>
    <message>
        <source>&amp;Create accounts</source>
        <translation>&amp;Vytvoriť účty</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Zas&amp;taviť</translation>
    </message>
    <message>
        <source>Save the &amp;report…</source>
        <translation>Uložiť &amp;správu…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Uložiť správu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1. Choose another place.</source>
        <translation>Správu sa nepodarilo zapísať do %1. Vyberte iné miesto.</translation>
    </message>
    <message>
        <source>Load addresses</source>
        <translation>Načítať adresy</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Súbory CSV (*.csv *.txt);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 sa nepodarilo načítať: %2</translation>
    </message>
    <message>
        <source>Not connected to the CRM: nothing was sent. Connect, then try again.</source>
        <translation>Nie je pripojenie k CRM: nič sa neodoslalo. Pripojte sa a skúste to znova.</translation>
    </message>
    <message>
        <source>Asking the CRM…</source>
        <translation>Pýtam sa CRM…</translation>
    </message>
    <message>
        <source>Creating the accounts…</source>
        <translation>Vytváram účty…</translation>
    </message>
    <message>
        <source>Stopped. %1 Run it again to do the rest; no address gets two accounts.</source>
        <translation>Zastavené. %1 Spustite to znova a dokončite zvyšok; žiadna adresa nedostane dva účty.</translation>
    </message>
    <message>
        <source>Stopped: %1 %2 Run it again to do the rest; no address gets two accounts.</source>
        <translation>Zastavené: %1 %2 Spustite to znova a dokončite zvyšok; žiadna adresa nedostane dva účty.</translation>
    </message>
    <message>
        <source>The CRM mails each new account the e-mail chosen above.</source>
        <translation>CRM pošle každému novému účtu e-mail zvolený vyššie.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>používateľ %1</translation>
    </message>
    <message>
        <source>No addresses yet: type or paste them above, or load a CSV file.</source>
        <translation>Zatiaľ žiadne adresy: napíšte alebo vložte ich vyššie, alebo načítajte súbor CSV.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n account(s)</source>
        <translation>
            <numerusform>&amp;Vytvoriť %n účet</numerusform>
            <numerusform>&amp;Vytvoriť %n účty</numerusform>
            <numerusform>&amp;Vytvoriť %n účtov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::AccountRunner</name>
    <message>
        <source>not checked: the check was cancelled</source>
        <translation>nepreverené: kontrola bola zrušená</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nepreverené: %1</translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>neodoslané: beh bol zrušený</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>neodoslané: %1</translation>
    </message>
    <message>
        <source>has an account already</source>
        <translation>už má účet</translation>
    </message>
    <message>
        <source>sent, but the answer was lost and the CRM could not be asked whether the account was made (%1); check before sending it again</source>
        <translation>odoslané, ale odpoveď sa stratila a CRM sa nedalo opýtať, či bol účet vytvorený (%1); pred opätovným odoslaním to overte</translation>
    </message>
    <message>
        <source>created; not in the member list yet (%1)</source>
        <translation>vytvorené; zatiaľ nie je v zozname členov (%1)</translation>
    </message>
</context>
<context>
    <name>crm::AccountsDialog</name>
    <message>
        <source>Create user accounts for contacts</source>
        <translation>Vytvoriť používateľské účty pre kontakty</translation>
    </message>
    <message>
        <source>Accounts to make: %1 (of %2 contacts looked at). The file lists them for the site&apos;s user import, which matches on the e-mail, makes the passwords and, if chosen, sends the welcome e-mail. Try it with a few dummy contacts first.</source>
        <translation>Účty na vytvorenie: %1 (z %2 preverených kontaktov). Súbor ich uvádza pre import používateľov na stránke, ktorý páruje podľa e-mailu, vytvorí heslá a ak je to zvolené, pošle uvítací e-mail. Najprv to vyskúšajte na niekoľkých testovacích kontaktoch.</translation>
    </message>
    <message>
        <source>Contacts and their accounts</source>
        <translation>Kontakty a ich účty</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>gets an account</source>
        <translation>dostane účet</translation>
    </message>
    <message>
        <source>has an account</source>
        <translation>má účet</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>chýba e-mail</translation>
    </message>
    <message>
        <source>invalid e-mail</source>
        <translation>neplatný e-mail</translation>
    </message>
    <message>
        <source>e-mail shared</source>
        <translation>e-mail zdieľaný</translation>
    </message>
    <message>
        <source>Send each new user a &amp;welcome e-mail</source>
        <translation>Poslať každému novému používateľovi uvítací &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Save the user import file…</source>
        <translation>&amp;Uložiť súbor na import používateľov…</translation>
    </message>
    <message>
        <source>Save this &amp;list…</source>
        <translation>Uložiť tento &amp;zoznam…</translation>
    </message>
    <message>
        <source>Save the user import file</source>
        <translation>Uložiť súbor na import používateľov</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Uložiť zoznam</translation>
    </message>
</context>
<context>
    <name>crm::ActionDialog</name>
    <message>
        <source>Record an action for %1</source>
        <translation>Zaznamenať akciu pre %1</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Druh akcie</translation>
    </message>
    <message>
        <source>petition, donation, poll…</source>
        <translation>petícia, dar, anketa…</translation>
    </message>
    <message>
        <source>Technical type</source>
        <translation>Technický druh</translation>
    </message>
    <message>
        <source>system:type, e.g. crm-console:petition</source>
        <translation>systém:druh, napr. crm-console:petition</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externé ID</translation>
    </message>
    <message>
        <source>the action&apos;s id in its own system</source>
        <translation>ID akcie v jej vlastnom systéme</translation>
    </message>
    <message>
        <source>Action name</source>
        <translation>Názov akcie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>When the action was taken (UTC)</source>
        <translation>Kedy sa akcia uskutočnila (UTC)</translation>
    </message>
    <message>
        <source>&amp;Opt in to the mailing list</source>
        <translation>Prihlásiť do zoznamu adre&amp;sátov</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>Tec&amp;hnical type:</source>
        <translation>Tec&amp;hnický druh:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterné ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Popis:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>T&amp;ime (UTC):</source>
        <translation>Č&amp;as (UTC):</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Súhlasy</translation>
    </message>
    <message>
        <source>Public id</source>
        <translation>Verejné ID</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Úroveň</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Spôsob</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Možnosť</translation>
    </message>
    <message>
        <source>Add cons&amp;ent</source>
        <translation>Pridať s&amp;úhlas</translation>
    </message>
    <message>
        <source>Remo&amp;ve consent</source>
        <translation>Odobrať súh&amp;las</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Zdroj:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Médium:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampaň:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metaúdaje</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kľúč</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Odpovede v prieskume</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Otázka</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Druh otázky</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpoveď</translation>
    </message>
    <message>
        <source>Metadata and survey responses</source>
        <translation>Metaúdaje a odpovede v prieskume</translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation>P&amp;ridať kľúč</translation>
    </message>
    <message>
        <source>Remove ke&amp;y</source>
        <translation>Odobrať kľú&amp;č</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Pridať o&amp;tázku</translation>
    </message>
    <message>
        <source>Remove q&amp;uestion</source>
        <translation>Odobrať otázk&amp;u</translation>
    </message>
    <message>
        <source>The member as Identity will record them (cons_hash, JSON)</source>
        <translation>Člen tak, ako ho zaznamená Identity (cons_hash, JSON)</translation>
    </message>
    <message>
        <source>Member (cons_hash, from the cached record)</source>
        <translation>Člen (cons_hash, z uloženého záznamu)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Zaznam&amp;enať</translation>
    </message>
    <message>
        <source>Recorded actions wait in the outbox until Identity takes them, and are sent once.</source>
        <translation>Zaznamenané akcie čakajú v zozname na odoslanie, kým ich Identity neprevezme, a odošlú sa raz.</translation>
    </message>
    <message>
        <source>Consent level</source>
        <translation>Úroveň súhlasu</translation>
    </message>
    <message>
        <source>Enter the action&apos;s type, technical type and name.</source>
        <translation>Zadajte druh akcie, technický druh a názov.</translation>
    </message>
    <message>
        <source>The member (cons_hash) is not a JSON object: %1.</source>
        <translation>Člen (cons_hash) nie je objekt JSON: %1.</translation>
    </message>
    <message>
        <source>The member (cons_hash) needs a guid or e-mails, or Identity cannot tell who acted.</source>
        <translation>Člen (cons_hash) potrebuje guid alebo e-maily, inak Identity nevie, kto konal.</translation>
    </message>
</context>
<context>
    <name>crm::AddressDialog</name>
    <message>
        <source>Add address</source>
        <translation>Pridať adresu</translation>
    </message>
    <message>
        <source>Request an address change</source>
        <translation>Požiadať o zmenu adresy</translation>
    </message>
    <message>
        <source>Address type</source>
        <translation>Druh adresy</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pridať</translation>
    </message>
    <message>
        <source>&amp;Request change</source>
        <translation>&amp;Požiadať o zmenu</translation>
    </message>
    <message>
        <source>The CRM records a change request against the current %1 address.</source>
        <translation>CRM zaznamená žiadosť o zmenu aktuálnej adresy druhu %1.</translation>
    </message>
    <message>
        <source>This member has no %1 address yet. The CRM will refuse a change request; you will be offered to create the address instead.</source>
        <translation>Tento člen zatiaľ nemá adresu druhu %1. CRM žiadosť o zmenu odmietne; ponúkne sa vám namiesto toho adresu vytvoriť.</translation>
    </message>
    <message>
        <source>This member already has a %1 address; this adds another.</source>
        <translation>Tento člen už má adresu druhu %1; týmto pribudne ďalšia.</translation>
    </message>
</context>
<context>
    <name>crm::AutoSync</name>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Synchronizovať &amp;automaticky</translation>
    </message>
    <message numerus="yes">
        <source>Fetches what changed every %n minute(s) while the window is open</source>
        <translation>
            <numerusform>Načíta zmeny každú minútu, kým je okno otvorené</numerusform>
            <numerusform>Načíta zmeny každé %n minúty, kým je okno otvorené</numerusform>
            <numerusform>Načíta zmeny každých %n minút, kým je okno otvorené</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetch what changed every %n minute(s) while the window is open</source>
        <translation>
            <numerusform>Načítať zmeny každú minútu, kým je okno otvorené</numerusform>
            <numerusform>Načítať zmeny každé %n minúty, kým je okno otvorené</numerusform>
            <numerusform>Načítať zmeny každých %n minút, kým je okno otvorené</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::BulkEditDialog</name>
    <message numerus="yes">
        <source>Set a field for %n member(s)</source>
        <translation>
            <numerusform>Nastaviť pole pre %n člena</numerusform>
            <numerusform>Nastaviť pole pre %n členov</numerusform>
            <numerusform>Nastaviť pole pre %n členov</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nová hodnota</translation>
    </message>
    <message>
        <source>empty clears the field</source>
        <translation>prázdne pole vymaže</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Pole:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Hodnota:</translation>
    </message>
    <message>
        <source>Each member&apos;s change waits in the outbox and is sent on its own: one the CRM refuses is listed there with the reason, and the others still go.</source>
        <translation>Zmena každého člena čaká v zozname na odoslanie a odošle sa samostatne: tú, ktorú CRM odmietne, tam nájdete aj s dôvodom, a ostatné aj tak odídu.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set for %n member(s)</source>
        <translation>
            <numerusform>&amp;Nastaviť pre %n člena</numerusform>
            <numerusform>&amp;Nastaviť pre %n členov</numerusform>
            <numerusform>&amp;Nastaviť pre %n členov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ConflictDialog</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Zmenené aj na serveri</translation>
    </message>
    <message>
        <source>Someone changed this record in the CRM after it was read here. For each field, choose whose value to keep:
%1</source>
        <translation>Niekto zmenil tento záznam v CRM po tom, ako bol načítaný sem. Pri každom poli vyberte, čia hodnota zostane:
%1</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Polia v konflikte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>When read</source>
        <translation>Pri načítaní</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Vaša</translation>
    </message>
    <message>
        <source>The server&apos;s now</source>
        <translation>Teraz na serveri</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechať</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Ponechať pre %1</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>Serverová</translation>
    </message>
    <message>
        <source>&amp;Apply my choices</source>
        <translation>&amp;Použiť moje voľby</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>Rozhodnúť &amp;neskôr</translation>
    </message>
</context>
<context>
    <name>crm::ConnectionDialog</name>
    <message>
        <source>New CRM connection</source>
        <translation>Nové pripojenie k CRM</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Názov pripojenia</translation>
    </message>
    <message>
        <source>e.g. Members CRM</source>
        <translation>napr. CRM členov</translation>
    </message>
    <message>
        <source>CRM kind</source>
        <translation>Druh CRM</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa servera</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Spôsob prihlásenia</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Spôsob &amp;prihlásenia:</translation>
    </message>
    <message>
        <source>Custom field labels</source>
        <translation>Označenia vlastných polí</translation>
    </message>
    <message>
        <source>custom_23=Regional scope; custom_24=Chapter</source>
        <translation>custom_23=Regionálny rozsah; custom_24=Pobočka</translation>
    </message>
    <message>
        <source>&amp;Custom fields:</source>
        <translation>&amp;Vlastné polia:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Otestovať pripojenie</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Výsledok testu pripojenia</translation>
    </message>
    <message>
        <source>Trust this server&apos;s certificate for this connection</source>
        <translation>Dôverovať certifikátu tohto servera pre toto pripojenie</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in settings files.</source>
        <translation>Kľúče sa uchovávajú v systémovej kľúčenke, nikdy nie v súboroch nastavení.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>voliteľné</translation>
    </message>
    <message>
        <source>Give the connection a name (letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation>Pomenujte pripojenie (písmená, číslice, medzery, „.“, „_“ alebo „-“).</translation>
    </message>
    <message>
        <source>A connection named “%1” exists.</source>
        <translation>Pripojenie s názvom „%1“ už existuje.</translation>
    </message>
    <message>
        <source>Enter the CRM&apos;s API address.</source>
        <translation>Zadajte adresu API CRM.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Zadajte %1.</translation>
    </message>
    <message>
        <source>After saving, CRM Console opens the site&apos;s sign-in page in your browser.</source>
        <translation>Po uložení CRM Console otvorí prihlasovaciu stránku vo vašom prehliadači.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testujem…</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted (%1), so nothing was sent. Its SHA-256 fingerprint is %2. Trust it below only if the CRM&apos;s administrator confirms that fingerprint.</source>
        <translation>Bezpečnostnému certifikátu servera sa nedôveruje (%1), preto sa nič neodoslalo. Jeho odtlačok SHA-256 je %2. Dôverujte mu nižšie, len ak správca CRM tento odtlačok potvrdí.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this connection</source>
        <translation>&amp;Dôverovať tomuto certifikátu pre toto pripojenie</translation>
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
        <translation>Kľúče sa nedajú uložiť</translation>
    </message>
    <message>
        <source>Keys for this session</source>
        <translation>Kľúče pre toto sedenie</translation>
    </message>
</context>
<context>
    <name>crm::ConnectionStatus</name>
    <message>
        <source>Connection problem</source>
        <translation>Problém s pripojením</translation>
    </message>
    <message>
        <source>No connection open</source>
        <translation>Nie je otvorené žiadne pripojenie</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>◐ CRM unavailable: showing cached data</source>
        <translation>◐ CRM nedostupné: zobrazujú sa uložené údaje</translation>
    </message>
    <message>
        <source>○ Offline: showing cached data</source>
        <translation>○ Offline: zobrazujú sa uložené údaje</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Posledná synchronizácia: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ešte nesynchronizované</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n úprava čaká</numerusform>
            <numerusform>%n úpravy čakajú</numerusform>
            <numerusform>%n úprav čaká</numerusform>
        </translation>
    </message>
    <message>
        <source>CRM Console tries again by itself at %1.</source>
        <translation>CRM Console to skúsi znova samo o %1.</translation>
    </message>
    <message>
        <source>CRM Console tries again with the next sync (F5).</source>
        <translation>CRM Console to skúsi znova pri ďalšej synchronizácii (F5).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CRM no longer accepts this connection&apos;s credentials.&lt;/b&gt; %1&lt;br&gt;Edits are kept in the outbox. Check the keys (File → Edit connection) or sign in again, then sync (F5).</source>
        <translation>&lt;b&gt;CRM už neprijíma prihlasovacie údaje tohto pripojenia.&lt;/b&gt; %1&lt;br&gt;Úpravy sa uchovajú v zozname na odoslanie. Skontrolujte kľúče (Súbor → Upraviť pripojenie) alebo sa prihláste znova a potom synchronizujte (F5).</translation>
    </message>
    <message>
        <source>Showing cached data from %1.</source>
        <translation>Zobrazujú sa uložené údaje z %1.</translation>
    </message>
    <message>
        <source>Showing cached data.</source>
        <translation>Zobrazujú sa uložené údaje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working offline.&lt;/b&gt; %1&lt;br&gt;%2 Edits are kept in the outbox and sent when the CRM is back. %3</source>
        <translation>&lt;b&gt;Práca offline.&lt;/b&gt; %1&lt;br&gt;%2 Úpravy sa uchovajú v zozname na odoslanie a odošlú sa, keď bude CRM opäť dostupné. %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM unavailable.&lt;/b&gt; %1&lt;br&gt;%2 %3</source>
        <translation>&lt;b&gt;CRM nedostupné.&lt;/b&gt; %1&lt;br&gt;%2 %3</translation>
    </message>
</context>
<context>
    <name>crm::ContactRecordTab</name>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Umiestnenie</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Hlavný</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>On hold (mail to it bounced)</source>
        <translation>Pozastavené (pošta sa vrátila)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Riadok adresy 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Štát alebo provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Name and personal details</source>
        <translation>Meno a osobné údaje</translation>
    </message>
    <message>
        <source>&amp;Edit name and details</source>
        <translation>Upraviť &amp;meno a údaje</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Stredné meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Prezývka</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Dátum narodenia</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Pohlavie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Pracovná pozícia</translation>
    </message>
    <message>
        <source>Communication preferences</source>
        <translation>Predvoľby komunikácie</translation>
    </message>
    <message>
        <source>Edit &amp;preferences</source>
        <translation>Upraviť predvoľ&amp;by</translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation>Neposielať e-maily</translation>
    </message>
    <message>
        <source>Do not phone</source>
        <translation>Nevolať</translation>
    </message>
    <message>
        <source>Do not mail</source>
        <translation>Neposielať poštu</translation>
    </message>
    <message>
        <source>Do not send texts (SMS)</source>
        <translation>Neposielať SMS správy</translation>
    </message>
    <message>
        <source>No bulk e-mail (opted out)</source>
        <translation>Žiadne hromadné e-maily (odhlásený)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefón</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailová adresa</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresa</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefóny</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mailové adresy</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
</context>
<context>
    <name>crm::CredentialStore</name>
    <message>
        <source>the keychain service did not answer</source>
        <translation>služba kľúčenky neodpovedala</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>prístup ku kľúčenke bol odmietnutý</translation>
    </message>
</context>
<context>
    <name>crm::CrmBackend</name>
    <message>
        <source>This CRM does not offer that.</source>
        <translation>Toto CRM to neponúka.</translation>
    </message>
</context>
<context>
    <name>crm::DemoSession</name>
    <message>
        <source>crm-console: cannot start the sandbox CRM (%1)</source>
        <translation>crm-console: skúšobné CRM sa nedá spustiť (%1)</translation>
    </message>
    <message>
        <source>crm-console: the demo keeps its keys in memory for this session.</source>
        <translation>crm-console: ukážka uchováva svoje kľúče v pamäti len pre toto sedenie.</translation>
    </message>
</context>
<context>
    <name>crm::EditMemberDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Upraviť %1</translation>
    </message>
    <message>
        <source>Edit %1 &lt;%2&gt;</source>
        <translation>Upraviť %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Prie&amp;zvisko:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <source>Changes are saved at once and sent to the CRM; without a connection they wait in the outbox.</source>
        <translation>Zmeny sa uložia hneď a odošlú do CRM; bez pripojenia čakajú v zozname na odoslanie.</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Zadajte meno alebo priezvisko.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (it needs a name, an @ and a domain).</source>
        <translation>„%1“ nie je e-mailová adresa (potrebuje meno, @ a doménu).</translation>
    </message>
</context>
<context>
    <name>crm::EditPersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Upraviť %1</translation>
    </message>
    <message>
        <source>Edit %1 &lt;%2&gt;</source>
        <translation>Upraviť %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address lines, one a line</source>
        <translation>Riadky adresy, jeden na riadok</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Telephone numbers, one a line</source>
        <translation>Telefónne čísla, jedno na riadok</translation>
    </message>
    <message>
        <source>May be contacted (comms permission)</source>
        <translation>Smie byť kontaktovaný (súhlas s komunikáciou)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nový štítok</translation>
    </message>
    <message>
        <source>new tag</source>
        <translation>nový štítok</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>Pridať š&amp;títok</translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation>O&amp;dobrať štítok</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Prie&amp;zvisko:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Address lines:</source>
        <translation>&amp;Riadky adresy:</translation>
    </message>
    <message>
        <source>L&amp;ocality:</source>
        <translation>&amp;Obec:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;PSČ:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Krajina:</translation>
    </message>
    <message>
        <source>Telep&amp;hones:</source>
        <translation>Tele&amp;fóny:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Štítky:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <source>Lists are saved whole: what you see here replaces the CRM&apos;s list.</source>
        <translation>Zoznamy sa ukladajú celé: to, čo tu vidíte, nahradí zoznam v CRM.</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Zadajte meno alebo priezvisko.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (it needs a name, an @ and a domain).</source>
        <translation>„%1“ nie je e-mailová adresa (potrebuje meno, @ a doménu).</translation>
    </message>
</context>
<context>
    <name>crm::ExportDialog</name>
    <message>
        <source>Export members</source>
        <translation>Exportovať členov</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členovia</translation>
    </message>
    <message numerus="yes">
        <source>The %n member(s) shown</source>
        <translation>
            <numerusform>%n zobrazený člen</numerusform>
            <numerusform>%n zobrazení členovia</numerusform>
            <numerusform>%n zobrazených členov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected member(s)</source>
        <translation>
            <numerusform>%n vybraný člen</numerusform>
            <numerusform>%n vybraní členovia</numerusform>
            <numerusform>%n vybraných členov</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Stĺpce na export</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, RFC 4180)</source>
        <translation>CSV (tabuľkové procesory, RFC 4180)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Oddeľovač</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Čiarka</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets in many European languages)</source>
        <translation>Bodkočiarka (tabuľkové procesory v mnohých európskych jazykoch)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>Add a byte order mark (for spreadsheet programs that need it to read UTF-8)</source>
        <translation>Pridať značku poradia bajtov (pre tabuľkové procesory, ktoré ju potrebujú na čítanie UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formát:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Oddeľovač:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovať…</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Stĺpce:</translation>
    </message>
</context>
<context>
    <name>crm::GroupListDialog</name>
    <message>
        <source>Groups of this connection</source>
        <translation>Skupiny tohto pripojenia</translation>
    </message>
    <message>
        <source>This CRM has no call that lists its groups. Enter the id the CRM gives each group and the name to show for it.</source>
        <translation>Toto CRM nemá volanie, ktoré vypíše jeho skupiny. Zadajte ID, ktoré CRM dáva každej skupine, a názov, pod ktorým sa má zobrazovať.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>ID skupiny</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Pridať skupinu</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Odobrať skupinu</translation>
    </message>
    <message>
        <source>Row %1 has a name but no group id.</source>
        <translation>Riadok %1 má názov, ale nemá ID skupiny.</translation>
    </message>
    <message>
        <source>A group id cannot contain “:” or “;”.</source>
        <translation>ID skupiny nesmie obsahovať „:“ ani „;“.</translation>
    </message>
    <message>
        <source>Group id %1 is listed twice.</source>
        <translation>ID skupiny %1 je v zozname dvakrát.</translation>
    </message>
</context>
<context>
    <name>crm::GroupPickerDialog</name>
    <message numerus="yes">
        <source>%n selected member(s). Choose the group:</source>
        <translation>
            <numerusform>%n vybraný člen. Vyberte skupinu:</numerusform>
            <numerusform>%n vybraní členovia. Vyberte skupinu:</numerusform>
            <numerusform>%n vybraných členov. Vyberte skupinu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>%1 — smart group, computed by the CRM</source>
        <translation>%1 – inteligentná skupina, počíta ju CRM</translation>
    </message>
    <message>
        <source>The CRM computes this group&apos;s members from a saved search; they cannot be added or removed by hand.</source>
        <translation>CRM počíta členov tejto skupiny z uloženého vyhľadávania; nemožno ich pridávať ani odoberať ručne.</translation>
    </message>
    <message>
        <source>Smart groups are greyed out: their members follow from the CRM&apos;s saved search.</source>
        <translation>Inteligentné skupiny sú sivé: ich členovia vyplývajú z uloženého vyhľadávania v CRM.</translation>
    </message>
</context>
<context>
    <name>crm::GroupsTableModel</name>
    <message>
        <source>%1
A smart group: the CRM computes its members; they cannot be changed by hand.</source>
        <translation>%1
Inteligentná skupina: jej členov počíta CRM; nemožno ich meniť ručne.</translation>
    </message>
    <message>
        <source>Smart (computed)</source>
        <translation>Inteligentná (počítaná)</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statická</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členovia</translation>
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
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Open a group (double-click or Enter) to list its members. Smart groups are computed by the CRM.</source>
        <translation>Otvorte skupinu (dvojklikom alebo klávesom Enter) a zobrazí sa zoznam jej členov. Inteligentné skupiny počíta CRM.</translation>
    </message>
</context>
<context>
    <name>crm::HistoryTab</name>
    <message>
        <source>History of this member</source>
        <translation>História tohto člena</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmena</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Čo sa s ňou stalo</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>V&amp;rátiť poslednú zmenu</translation>
    </message>
    <message>
        <source>Takes the member&apos;s last change back (Ctrl+Z): one not sent yet is withdrawn, one sent is changed back, unless the CRM has changed it since.</source>
        <translation>Vráti poslednú zmenu člena späť (Ctrl+Z): ešte neodoslaná sa stiahne, odoslaná sa zmení späť, ak ju medzitým CRM nezmenilo.</translation>
    </message>
</context>
<context>
    <name>crm::IdentityBackend</name>
    <message>
        <source>Identity has no member with the %1 %2.</source>
        <translation>Identity nemá člena s %1 %2.</translation>
    </message>
    <message>
        <source>guid</source>
        <translation>guid</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Connected to Identity.</source>
        <translation>Pripojené k Identity.</translation>
    </message>
</context>
<context>
    <name>crm::ImportRunner</name>
    <message>
        <source>done in an earlier run (%1)</source>
        <translation>hotové v predchádzajúcom behu (%1)</translation>
    </message>
    <message>
        <source>not sent: the import was cancelled</source>
        <translation>neodoslané: import bol zrušený</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>neodoslané: %1</translation>
    </message>
    <message>
        <source>an earlier run sent this creation without an answer, and this CRM cannot be asked whether it made the member: check for %1 before importing it again</source>
        <translation>predchádzajúci beh odoslal toto vytvorenie bez odpovede a toto CRM sa nedá opýtať, či člena vytvorilo: pred ďalším importom vyhľadajte %1</translation>
    </message>
    <message>
        <source>created by an earlier run</source>
        <translation>vytvorené predchádzajúcim behom</translation>
    </message>
</context>
<context>
    <name>crm::ImportWizard</name>
    <message>
        <source>will be created</source>
        <translation>bude vytvorený</translation>
    </message>
    <message>
        <source>will be updated</source>
        <translation>bude aktualizovaný</translation>
    </message>
    <message>
        <source>will be added to the group</source>
        <translation>bude pridaný do skupiny</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>bez zmeny</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>preskočený</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>neplatný</translation>
    </message>
    <message>
        <source>created</source>
        <translation>vytvorený</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualizovaný</translation>
    </message>
    <message>
        <source>added to the group</source>
        <translation>pridaný do skupiny</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>zlyhalo</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>neodoslané</translation>
    </message>
    <message>
        <source>E-mail (matches members)</source>
        <translation>E-mail (páruje členov)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Import members from CSV</source>
        <translation>Importovať členov z CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Vyberte súbor CSV</translation>
    </message>
    <message>
        <source>The first line must name the columns. UTF-8 text; comma, semicolon or tab between fields.</source>
        <translation>Prvý riadok musí pomenovať stĺpce. Text v UTF-8; medzi poľami čiarka, bodkočiarka alebo tabulátor.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Súbor CSV</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Prehľadávať…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Súbory CSV (*.csv *.txt);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Oddeľovač</translation>
    </message>
    <message>
        <source>Find it</source>
        <translation>Nájdite ho</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Čiarka</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Bodkočiarka</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Prvé riadky súboru</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Sú&amp;bor:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Oddeľovač:</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>Tento súbor sa nedá načítať: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after the header; fields separated by %1%2.</source>
        <translation>
            <numerusform>%n riadok za hlavičkou; polia oddelené: %1%2.</numerusform>
            <numerusform>%n riadky za hlavičkou; polia oddelené: %1%2.</numerusform>
            <numerusform>%n riadkov za hlavičkou; polia oddelené: %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>commas</source>
        <translation>čiarky</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>bodkočiarky</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulátory</translation>
    </message>
    <message>
        <source> (with a byte order mark)</source>
        <translation> (so značkou poradia bajtov)</translation>
    </message>
    <message>
        <source>Match the columns to member fields</source>
        <translation>Priraďte stĺpce k poliam člena</translation>
    </message>
    <message>
        <source>Rows are matched to members by e-mail (any case, spaces ignored). Columns left “not imported” are ignored.</source>
        <translation>Riadky sa párujú s členmi podľa e-mailu (na veľkosti písmen nezáleží, medzery sa ignorujú). Stĺpce ponechané ako „neimportuje sa“ sa ignorujú.</translation>
    </message>
    <message>
        <source>Choose what each row does</source>
        <translation>Vyberte, čo urobí každý riadok</translation>
    </message>
    <message>
        <source>&amp;Update the matching members (rows matching none are skipped)</source>
        <translation>Ak&amp;tualizovať zodpovedajúcich členov (riadky bez zhody sa preskočia)</translation>
    </message>
    <message>
        <source>&amp;Create new members (rows matching a member are left alone)</source>
        <translation>&amp;Vytvoriť nových členov (riadky zhodné s členom sa nechajú tak)</translation>
    </message>
    <message>
        <source>Create new members and update &amp;matching ones</source>
        <translation>Vytvoriť nových členov a aktualizovať &amp;zhodných</translation>
    </message>
    <message>
        <source>Add the matching members to a &amp;group:</source>
        <translation>Pridať zodpovedajúcich členov do s&amp;kupiny:</translation>
    </message>
    <message>
        <source>This CRM cannot create members.</source>
        <translation>Toto CRM nevie vytvárať členov.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Smart groups are computed by the CRM and are not offered. Nothing is sent before the next page shows what every row will do.</source>
        <translation>Inteligentné skupiny počíta CRM a nie sú ponúknuté. Nič sa neodošle, kým ďalšia stránka neukáže, čo urobí každý riadok.</translation>
    </message>
    <message>
        <source>What will happen (dry run)</source>
        <translation>Čo sa stane (skúšobný beh)</translation>
    </message>
    <message>
        <source>Nothing has been sent. Check the rows, save this list if you like, then choose Import.</source>
        <translation>Nič sa neodoslalo. Skontrolujte riadky, prípadne uložte tento zoznam a potom zvoľte Importovať.</translation>
    </message>
    <message>
        <source>Every row&apos;s outcome</source>
        <translation>Výsledok každého riadka</translation>
    </message>
    <message>
        <source>&amp;Save this list…</source>
        <translation>&amp;Uložiť tento zoznam…</translation>
    </message>
    <message>
        <source>Save the dry run</source>
        <translation>Uložiť skúšobný beh</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovať</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importuje sa</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Priebeh importu</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Zrušiť import</translation>
    </message>
    <message>
        <source>Every row&apos;s result</source>
        <translation>Výsledok každého riadka</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Uložiť &amp;správu…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Uložiť správu o importe</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Pole pre stĺpec %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— neimportuje sa —</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(stĺpec %1)</translation>
    </message>
    <message>
        <source>Not connected to the CRM: nothing was sent. Connect (or sign in) and run the import again; no row is sent twice.</source>
        <translation>Nie je pripojenie k CRM: nič sa neodoslalo. Pripojte sa (alebo sa prihláste) a spustite import znova; žiadny riadok sa neodošle dvakrát.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Odosiela sa %n riadok…</numerusform>
            <numerusform>Odosielajú sa %n riadky…</numerusform>
            <numerusform>Odosiela sa %n riadkov…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 Run the same file again to send the rest; nothing is sent twice.</source>
        <translation>Zrušené. %1 Spustite ten istý súbor znova a odošle sa zvyšok; nič sa neodošle dvakrát.</translation>
    </message>
    <message>
        <source>Stopped: %1 %2 Run the same file again to send the rest; nothing is sent twice.</source>
        <translation>Zastavené: %1 %2 Spustite ten istý súbor znova a odošle sa zvyšok; nič sa neodošle dvakrát.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1.</source>
        <translation>
            <numerusform>%n riadok: %1.</numerusform>
            <numerusform>%n riadky: %1.</numerusform>
            <numerusform>%n riadkov: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Prečo</translation>
    </message>
</context>
<context>
    <name>crm::LinkedMemberDialog</name>
    <message>
        <source>Add a linked member</source>
        <translation>Pridať prepojeného člena</translation>
    </message>
    <message>
        <source>%1: %2 of %3 linked members; %4 more allowed.</source>
        <translation>%1: %2 z %3 prepojených členov; povolených ešte %4.</translation>
    </message>
    <message>
        <source>%1: %2 linked members.</source>
        <translation>%1: prepojení členovia: %2.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Prie&amp;zvisko:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pridať</translation>
    </message>
    <message>
        <source>SheepCRM creates the person if none has this e-mail.</source>
        <translation>SheepCRM osobu vytvorí, ak tento e-mail nikto nemá.</translation>
    </message>
    <message>
        <source>This membership allows no more linked members. Remove one first.</source>
        <translation>Toto členstvo nedovoľuje ďalších prepojených členov. Najprv jedného odoberte.</translation>
    </message>
    <message>
        <source>Enter the first and the last name.</source>
        <translation>Zadajte meno a priezvisko.</translation>
    </message>
    <message>
        <source>Enter the e-mail address (it needs a name, an @ and a domain).</source>
        <translation>Zadajte e-mailovú adresu (potrebuje meno, @ a doménu).</translation>
    </message>
    <message>
        <source>%1 is already linked to this membership.</source>
        <translation>%1 je už s týmto členstvom prepojený.</translation>
    </message>
</context>
<context>
    <name>crm::LookupDialog</name>
    <message>
        <source>Look up members by e-mail</source>
        <translation>Vyhľadať členov podľa e-mailu</translation>
    </message>
    <message>
        <source>One e-mail address or many: one a line, or separated by commas. Members found stay in the cache for offline reading.</source>
        <translation>Jedna e-mailová adresa alebo viac: jedna na riadok alebo oddelené čiarkami. Nájdení členovia zostanú vo vyrovnávacej pamäti na čítanie offline.</translation>
    </message>
    <message>
        <source>E-mail addresses to look up</source>
        <translation>E-mailové adresy na vyhľadanie</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>meno@example.org</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Vyhľadať</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Look-up progress</source>
        <translation>Priebeh vyhľadávania</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v z %m</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Zo &amp;súboru…</translation>
    </message>
    <message>
        <source>Text or CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Textové súbory alebo CSV (*.txt *.csv);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 sa nedá načítať: %2</translation>
    </message>
    <message>
        <source>Look-up results</source>
        <translation>Výsledky vyhľadávania</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Člen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Enter at least one e-mail address.</source>
        <translation>Zadajte aspoň jednu e-mailovú adresu.</translation>
    </message>
    <message>
        <source>Not connected: looking members up needs the CRM. Members looked up before are in the table.</source>
        <translation>Bez pripojenia: vyhľadávanie členov potrebuje CRM. Skôr vyhľadaní členovia sú v tabuľke.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>čaká</translation>
    </message>
    <message>
        <source>%1 found, %2 not found. Press Enter on a row to open the member.</source>
        <translation>Nájdené: %1, nenájdené: %2. Stlačením Enter na riadku otvoríte člena.</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>nie je e-mailová adresa</translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation>vyhľadáva sa…</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nenájdené</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>nevyhľadané</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zastavené</translation>
    </message>
    <message>
        <source>Stopped; %1 found so far.</source>
        <translation>Zastavené; zatiaľ nájdené: %1.</translation>
    </message>
    <message>
        <source>found</source>
        <translation>nájdené</translation>
    </message>
    <message>
        <source>%1 (account: %2)</source>
        <translation>%1 (účet: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) read.</source>
        <translation>
            <numerusform>Načítaná %n e-mailová adresa.</numerusform>
            <numerusform>Načítané %n e-mailové adresy.</numerusform>
            <numerusform>Načítaných %n e-mailových adries.</numerusform>
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
        <translation>&amp;Nové pripojenie…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing automatically every %n minute(s).</source>
        <translation>
            <numerusform>Automatická synchronizácia každú minútu.</numerusform>
            <numerusform>Automatická synchronizácia každé %n minúty.</numerusform>
            <numerusform>Automatická synchronizácia každých %n minút.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs.</source>
        <translation>Automatická synchronizácia je vypnutá; F5 synchronizuje.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Hľadať</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>Č&amp;len</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hlavný</translation>
    </message>
    <message>
        <source>&amp;Connection: </source>
        <translation>&amp;Pripojenie: </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Pripojenie</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>Členo&amp;via</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>S&amp;kupiny</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Na &amp;odoslanie</translation>
    </message>
    <message>
        <source>(no connection: add one)</source>
        <translation>(žiadne pripojenie: pridajte nejaké)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Nástroje</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;cník</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klávesové skratky</translation>
    </message>
    <message>
        <source>&amp;About CRM Console</source>
        <translation>&amp;O aplikácii CRM Console</translation>
    </message>
    <message>
        <source>Saved; sending to the CRM…</source>
        <translation>Uložené; odosiela sa do CRM…</translation>
    </message>
    <message>
        <source>%1 — CRM Console</source>
        <translation>%1 — CRM Console</translation>
    </message>
    <message>
        <source>Cannot open the local cache</source>
        <translation>Lokálnu vyrovnávaciu pamäť nemožno otvoriť</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Nedá sa pripojiť</translation>
    </message>
    <message>
        <source>Automatic sync failed: %1</source>
        <translation>Automatická synchronizácia zlyhala: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronizácia zlyhala</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync continues where this one stopped.</source>
        <translation>Synchronizácia zrušená; ďalšia synchronizácia pokračuje tam, kde táto skončila.</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n member(s) changed since the last sync.</source>
        <translation>
            <numerusform>Aktuálne: od poslednej synchronizácie sa zmenil %n člen.</numerusform>
            <numerusform>Aktuálne: od poslednej synchronizácie sa zmenili %n členovia.</numerusform>
            <numerusform>Aktuálne: od poslednej synchronizácie sa zmenilo %n členov.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Outbox (%1)</source>
        <translation>Na &amp;odoslanie (%1)</translation>
    </message>
    <message>
        <source>Not synced: the server&apos;s certificate is not trusted.</source>
        <translation>Nesynchronizované: certifikátu servera sa nedôveruje.</translation>
    </message>
    <message>
        <source>Cannot rebuild the local copy</source>
        <translation>Lokálnu kópiu nemožno obnoviť</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding: %n unsent edit(s) saved to %1; syncing everything again.</source>
        <translation>
            <numerusform>Obnovuje sa: %n neodoslaná úprava uložená do %1; všetko sa synchronizuje znova.</numerusform>
            <numerusform>Obnovuje sa: %n neodoslané úpravy uložené do %1; všetko sa synchronizuje znova.</numerusform>
            <numerusform>Obnovuje sa: %n neodoslaných úprav uložených do %1; všetko sa synchronizuje znova.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>The &amp;system&apos;s language</source>
        <translation>Jazyk &amp;systému</translation>
    </message>
    <message>
        <source>CRM Console follows the system&apos;s language from its next start.</source>
        <translation>CRM Console bude od nasledujúceho spustenia hovoriť jazykom systému.</translation>
    </message>
    <message>
        <source>CRM Console speaks %1 from its next start.</source>
        <translation>CRM Console bude od nasledujúceho spustenia hovoriť jazykom: %1.</translation>
    </message>
</context>
<context>
    <name>crm::MemberDetailPanel</name>
    <message>
        <source>This member has edits waiting in the outbox.</source>
        <translation>Tento člen má úpravy čakajúce na odoslanie.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Member fields</source>
        <translation>Polia člena</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>Pridať adresu…</translation>
    </message>
    <message>
        <source>Request change…</source>
        <translation>Požiadať o zmenu…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Groups of this member</source>
        <translation>Skupiny tohto člena</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kľúč</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Verejné</translation>
    </message>
    <message>
        <source>User meta</source>
        <translation>Používateľské meta</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Pridať…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Upraviť…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Server field</source>
        <translation>Pole servera</translation>
    </message>
    <message>
        <source>All fields the CRM sent</source>
        <translation>Všetky polia, ktoré CRM poslalo</translation>
    </message>
    <message>
        <source>Person record</source>
        <translation>Záznam osoby</translation>
    </message>
    <message>
        <source>Send password reset e-mail…</source>
        <translation>Poslať e-mail na obnovenie hesla…</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Členstvo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Obdobie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Prepojení</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Členstvá</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Linked members</source>
        <translation>Prepojení členovia</translation>
    </message>
    <message>
        <source>Add linked member…</source>
        <translation>Pridať prepojeného člena…</translation>
    </message>
    <message>
        <source>Remove linked member</source>
        <translation>Odobrať prepojeného člena</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>Profil člena</translation>
    </message>
    <message>
        <source>Record action…</source>
        <translation>Zaznamenať akciu…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
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
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>History</source>
        <translation>História</translation>
    </message>
    <message>
        <source>Raw fields</source>
        <translation>Surové polia</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>Nie je vybraný žiadny člen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez mena)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žiadne)</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Používateľský účet</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID používateľa %2)</translation>
    </message>
    <message>
        <source>Last changed on the server</source>
        <translation>Naposledy zmenené na serveri</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>V žiadnej skupine</translation>
    </message>
    <message>
        <source>No addresses</source>
        <translation>Žiadne adresy</translation>
    </message>
    <message>
        <source>%1 address</source>
        <translation>Adresa: %1</translation>
    </message>
    <message>
        <source>Address %1 (primary)</source>
        <translation>Adresa %1 (hlavná)</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresa %1</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>áno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>active (signs in with a password)</source>
        <translation>aktívny (prihlasuje sa heslom)</translation>
    </message>
    <message>
        <source>waiting for activation</source>
        <translation>čaká na aktiváciu</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>zablokovaný</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>neznámy</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Stav účtu</translation>
    </message>
    <message>
        <source>Address lines</source>
        <translation>Riadky adresy</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Obec</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mailové adresy</translation>
    </message>
    <message>
        <source>Comms permission</source>
        <translation>Súhlas s komunikáciou</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>No memberships</source>
        <translation>Žiadne členstvá</translation>
    </message>
    <message>
        <source>No memberships.</source>
        <translation>Žiadne členstvá.</translation>
    </message>
    <message>
        <source>Linked members of %1 %2: %3.</source>
        <translation>Prepojení členovia %1 %2: %3.</translation>
    </message>
    <message>
        <source>Linked members of %1 %2: %3 of %4; %5 more allowed.</source>
        <translation>Prepojení členovia %1 %2: %3 z %4; povolených ešte %5.</translation>
    </message>
    <message>
        <source>This membership allows no more linked members.</source>
        <translation>Toto členstvo nedovoľuje ďalších prepojených členov.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Vstúpil</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Vstupný bod</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Odhlásený</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Dary</translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n dar</numerusform>
            <numerusform>%n dary</numerusform>
            <numerusform>%n darov</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>žiadne</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Posledný</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Najvyšší</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Priemer</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Pravidelný</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Súhlasy</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n súhlas</numerusform>
            <numerusform>%n súhlasy</numerusform>
            <numerusform>%n súhlasov</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, od %2</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Zamestnanie</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Pracovisko</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Odvetvia</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Profesie</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Akcie</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n akcia</numerusform>
            <numerusform>%n akcie</numerusform>
            <numerusform>%n akcií</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact record</source>
        <translation>Kontaktný záznam</translation>
    </message>
</context>
<context>
    <name>crm::MemberEditActions</name>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Upraviť člena…</translation>
    </message>
    <message>
        <source>&amp;Add to group…</source>
        <translation>Pridať do &amp;skupiny…</translation>
    </message>
    <message>
        <source>&amp;Set a field for the selected…</source>
        <translation>&amp;Nastaviť pole pre vybraných…</translation>
    </message>
    <message>
        <source>&amp;Remove from group…</source>
        <translation>&amp;Odobrať zo skupiny…</translation>
    </message>
    <message>
        <source>Cannot save the edit</source>
        <translation>Úpravu nemožno uložiť</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Pridať do skupiny</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Odobrať zo skupiny</translation>
    </message>
    <message>
        <source>Smart group</source>
        <translation>Inteligentná skupina</translation>
    </message>
    <message>
        <source>“%1” is a smart group: the CRM computes its members from a saved search, so they cannot be added or removed by hand.</source>
        <translation>„%1“ je inteligentná skupina: CRM počíta jej členov z uloženého vyhľadávania, preto ich nemožno pridávať ani odoberať ručne.</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Zmenu nemožno uložiť</translation>
    </message>
    <message>
        <source>Cannot save the change for member %1</source>
        <translation>Zmenu pre člena %1 nemožno uložiť</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved; sending to the CRM…</source>
        <translation>
            <numerusform>%n zmena uložená; odosiela sa do CRM…</numerusform>
            <numerusform>%n zmeny uložené; odosielajú sa do CRM…</numerusform>
            <numerusform>%n zmien uložených; odosielajú sa do CRM…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 refused or waiting: see the Outbox tab.</source>
        <translation>Odoslané: %1, odmietnuté alebo čakajúce: %2 – pozrite kartu Na odoslanie.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n zmena odoslaná.</numerusform>
            <numerusform>%n zmeny odoslané.</numerusform>
            <numerusform>%n zmien odoslaných.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MemberRecordActions</name>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nový člen…</translation>
    </message>
    <message>
        <source>&amp;Confirm e-mail</source>
        <translation>&amp;Potvrdiť e-mail</translation>
    </message>
    <message>
        <source>Find members by &amp;meta key…</source>
        <translation>Nájsť členov podľa &amp;meta kľúča…</translation>
    </message>
    <message>
        <source>Edit &amp;group list…</source>
        <translation>Upraviť zoznam &amp;skupín…</translation>
    </message>
    <message>
        <source>&amp;Support tools…</source>
        <translation>Nástroje &amp;podpory…</translation>
    </message>
    <message>
        <source>&amp;Look up by e-mail…</source>
        <translation>&amp;Vyhľadať podľa e-mailu…</translation>
    </message>
    <message>
        <source>Send &amp;password reset e-mail…</source>
        <translation>Poslať e-mail na obnovenie &amp;hesla…</translation>
    </message>
    <message>
        <source>Record &amp;action…</source>
        <translation>Zaznamenať &amp;akciu…</translation>
    </message>
    <message>
        <source>Cannot open the linked member</source>
        <translation>Prepojeného člena nemožno otvoriť</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Zmenu nemožno uložiť</translation>
    </message>
    <message>
        <source>The CRM checks the address when the member is created; one it has already is refused then.</source>
        <translation>CRM kontroluje adresu pri vytváraní člena; adresu, ktorú už má, vtedy odmietne.</translation>
    </message>
    <message>
        <source>Not connected: the CRM checks the address when the member is created.</source>
        <translation>Bez pripojenia: CRM kontroluje adresu pri vytváraní člena.</translation>
    </message>
    <message>
        <source>• %1 &lt;%2&gt;: %3</source>
        <translation>• %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Maybe a member already</source>
        <translation>Možno už je členom</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>&amp;Otvoriť %1</translation>
    </message>
    <message>
        <source>C&amp;reate anyway</source>
        <translation>Aj tak &amp;vytvoriť</translation>
    </message>
    <message>
        <source>No address to change</source>
        <translation>Žiadna adresa na zmenu</translation>
    </message>
    <message>
        <source>Member %1 has no %2 address, so the CRM cannot record a change request. Create the %2 address with these values instead?</source>
        <translation>Člen %1 nemá adresu druhu %2, preto CRM nemôže zaznamenať žiadosť o zmenu. Vytvoriť namiesto toho adresu druhu %2 s týmito hodnotami?</translation>
    </message>
    <message>
        <source>Cannot send the e-mail</source>
        <translation>E-mail nemožno odoslať</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>bez pripojenia</translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation>Obnovenie hesla</translation>
    </message>
    <message>
        <source>Ask the CRM to send %1 an e-mail with a link to set a new password?</source>
        <translation>Požiadať CRM, aby poslalo %1 e-mail s odkazom na nastavenie nového hesla?</translation>
    </message>
    <message>
        <source>The CRM is sending a password reset e-mail to %1.</source>
        <translation>CRM posiela %1 e-mail na obnovenie hesla.</translation>
    </message>
    <message>
        <source>Cannot send the password reset e-mail</source>
        <translation>E-mail na obnovenie hesla nemožno odoslať</translation>
    </message>
    <message>
        <source>Remove linked member</source>
        <translation>Odobrať prepojeného člena</translation>
    </message>
    <message>
        <source>Remove %1 from this membership? They lose its benefits; you can link them again later.</source>
        <translation>Odobrať %1 z tohto členstva? Stratí jeho výhody; neskôr ho môžete prepojiť znova.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) in the cache may be the same person:</source>
        <translation>
            <numerusform>Člen vo vyrovnávacej pamäti môže byť tá istá osoba:</numerusform>
            <numerusform>%n členovia vo vyrovnávacej pamäti môžu byť tá istá osoba:</numerusform>
            <numerusform>%n členov vo vyrovnávacej pamäti môže byť tá istá osoba:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Open that member to correct the record instead, or create a new one anyway.</source>
        <translation>%1

Namiesto toho otvorte tohto člena a opravte jeho záznam, alebo aj tak vytvorte nového.</translation>
    </message>
</context>
<context>
    <name>crm::MemberVerbs</name>
    <message>
        <source>Not connected to the CRM: try again once the connection is back.</source>
        <translation>Bez pripojenia k CRM: skúste to znova, keď bude pripojenie obnovené.</translation>
    </message>
    <message>
        <source>Member %1 is not in the cache.</source>
        <translation>Člen %1 nie je vo vyrovnávacej pamäti.</translation>
    </message>
    <message>
        <source>Nothing to undo: the console has made no change to this member that is not undone.</source>
        <translation>Nie je čo vrátiť: konzola na tomto členovi nezmenila nič, čo by ešte nebolo vrátené.</translation>
    </message>
    <message>
        <source>There is no change %1 in the outbox.</source>
        <translation>V zozname na odoslanie nie je zmena %1.</translation>
    </message>
    <message>
        <source>“%1” is undone already.</source>
        <translation>„%1“ je už vrátené späť.</translation>
    </message>
    <message>
        <source>“%1” is being sent right now; undo it once it has arrived.</source>
        <translation>„%1“ sa práve odosiela; vráťte to späť, keď dorazí.</translation>
    </message>
    <message>
        <source>“%1” cannot be taken back from the console: the CRM keeps what was made. Change or remove it in the CRM itself.</source>
        <translation>„%1“ nemožno z konzoly vziať späť: CRM si ponechá, čo bolo vytvorené. Zmeňte to alebo odstráňte priamo v CRM.</translation>
    </message>
</context>
<context>
    <name>crm::MembersTableModel</name>
    <message>
        <source>No e-mail address</source>
        <translation>Bez e-mailovej adresy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno a priezvisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Používateľské meno</translation>
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
        <translation>Hľadať členov</translation>
    </message>
    <message>
        <source>Search by name, e-mail or username (Ctrl+F)</source>
        <translation>Hľadať podľa mena, e-mailu alebo používateľského mena (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;all members</source>
        <translation>Zobraziť vš&amp;etkých členov</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členovia</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n člen</numerusform>
            <numerusform>%n členovia</numerusform>
            <numerusform>%n členov</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %L1 members, counting…</source>
        <translation>najmenej %L1 členov, počíta sa…</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Stĺpce</translation>
    </message>
    <message>
        <source>Search the members looked up so far (Ctrl+F); look more up by e-mail with Ctrl+L</source>
        <translation>Hľadať medzi doteraz vyhľadanými členmi (Ctrl+F); ďalších vyhľadáte podľa e-mailu cez Ctrl+L</translation>
    </message>
    <message>
        <source>Members of the smart group “%1” (computed by the CRM)</source>
        <translation>Členovia inteligentnej skupiny „%1“ (počíta ich CRM)</translation>
    </message>
    <message>
        <source>Members of “%1”</source>
        <translation>Členovia skupiny „%1“</translation>
    </message>
</context>
<context>
    <name>crm::MetaEntryDialog</name>
    <message>
        <source>Add meta entry</source>
        <translation>Pridať meta záznam</translation>
    </message>
    <message>
        <source>Edit meta entry</source>
        <translation>Upraviť meta záznam</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kľúč</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>&amp;Public (the member and the CRM&apos;s public calls can see it)</source>
        <translation>&amp;Verejné (vidí ho člen aj verejné volania CRM)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Kľúč:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Hodnota:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
</context>
<context>
    <name>crm::MetaSearchDialog</name>
    <message>
        <source>Find members by meta key</source>
        <translation>Nájsť členov podľa meta kľúča</translation>
    </message>
    <message>
        <source>Meta key</source>
        <translation>Meta kľúč</translation>
    </message>
    <message>
        <source>Meta value</source>
        <translation>Meta hodnota</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>ľubovoľná hodnota</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Hľad&amp;ať</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Kľúč:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Hodnota:</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Nájdení členovia</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno a priezvisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Not connected: the CRM answers this search, so it needs a connection.</source>
        <translation>Bez pripojenia: toto vyhľadávanie vykonáva CRM, preto potrebuje pripojenie.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Hľadá sa…</translation>
    </message>
    <message>
        <source>(not in the cache)</source>
        <translation>(nie je vo vyrovnávacej pamäti)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) with “%1”. Press Enter on a row to open the member.</source>
        <translation>
            <numerusform>%n člen s „%1“. Stlačením Enter na riadku otvoríte člena.</numerusform>
            <numerusform>%n členovia s „%1“. Stlačením Enter na riadku otvoríte člena.</numerusform>
            <numerusform>%n členov s „%1“. Stlačením Enter na riadku otvoríte člena.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::NewMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Nový člen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>meno@example.org</translation>
    </message>
    <message>
        <source>E-mail check</source>
        <translation>Kontrola e-mailu</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>line 1 | line 2</source>
        <translation>riadok 1 | riadok 2</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>oddelené čiarkami</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Vytvoriť</translation>
    </message>
    <message>
        <source>The CRM sets the password; with “Send the welcome e-mail” the member receives it. Without a connection the new member waits in the outbox.</source>
        <translation>Heslo nastaví CRM; s voľbou „Poslať uvítací e-mail“ ho člen dostane. Bez pripojenia nový člen čaká v zozname na odoslanie.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s e-mail address.</source>
        <translation>Zadajte e-mailovú adresu člena.</translation>
    </message>
    <message>
        <source>Not an e-mail address yet (it needs a name, an @ and a domain).</source>
        <translation>Zatiaľ to nie je e-mailová adresa (potrebuje meno, @ a doménu).</translation>
    </message>
    <message>
        <source>Checking with the CRM…</source>
        <translation>Overuje sa v CRM…</translation>
    </message>
    <message>
        <source>The CRM is busy; checking again in a moment…</source>
        <translation>CRM je zaneprázdnené; o chvíľu sa overí znova…</translation>
    </message>
    <message>
        <source>Could not check the address: %1 It is checked again when the member is created.</source>
        <translation>Adresu sa nepodarilo overiť: %1 Overí sa pri vytváraní člena.</translation>
    </message>
    <message>
        <source>Already taken by member %1: open that member instead.</source>
        <translation>Už ju používa člen %1: otvorte radšej toho člena.</translation>
    </message>
    <message>
        <source>✔ Available</source>
        <translation>✔ Voľné</translation>
    </message>
</context>
<context>
    <name>crm::NotesTab</name>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>What was said or done, for whoever reads the record next</source>
        <translation>Čo bolo povedané alebo urobené, pre toho, kto bude záznam čítať nabudúce</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Pre&amp;dmet:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Pozná&amp;mka:</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Prid&amp;ať poznámku</translation>
    </message>
</context>
<context>
    <name>crm::OAuth2SignIn</name>
    <message>
        <source>CRM Console could not listen for the site&apos;s answer on this computer: port %1 is taken by another program. Close it, or set the connection&apos;s option oauth_redirect_port to another port and register http://127.0.0.1:PORT/callback for the client on the site.</source>
        <translation>CRM Console nemohla na tomto počítači čakať na odpoveď stránky: port %1 používa iný program. Zatvorte ho alebo nastavte voľbu pripojenia oauth_redirect_port na iný port a na stránke zaregistrujte pre klienta http://127.0.0.1:PORT/callback.</translation>
    </message>
    <message>
        <source>CRM Console could not listen for the site&apos;s answer on this computer (no free local port).</source>
        <translation>CRM Console nemohla na tomto počítači čakať na odpoveď stránky (žiadny voľný lokálny port).</translation>
    </message>
    <message>
        <source>CRM Console has the site&apos;s answer. You can close this page and return to CRM Console.</source>
        <translation>CRM Console má odpoveď stránky. Túto stránku môžete zavrieť a vrátiť sa do CRM Console.</translation>
    </message>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s); sign in again</source>
        <translation>
            <numerusform>prehliadač neodpovedal do minúty; prihláste sa znova</numerusform>
            <numerusform>prehliadač neodpovedal do %n minút; prihláste sa znova</numerusform>
            <numerusform>prehliadač neodpovedal do %n minút; prihláste sa znova</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer that reached CRM Console does not belong to this sign-in (it came from another sign-in or an old page) and was not used</source>
        <translation>odpoveď, ktorá dorazila do CRM Console, nepatrí k tomuto prihláseniu (prišla z iného prihlásenia alebo zo starej stránky) a nebola použitá</translation>
    </message>
    <message>
        <source>the site refused the sign-in (%1)</source>
        <translation>stránka prihlásenie odmietla (%1)</translation>
    </message>
    <message>
        <source>the site&apos;s answer has no authorization code</source>
        <translation>odpoveď stránky neobsahuje autorizačný kód</translation>
    </message>
    <message>
        <source>the site refused the sign-in&apos;s code (used already, expired, or given for another redirect address than %1)</source>
        <translation>stránka odmietla kód prihlásenia (už použitý, vypršaný alebo vydaný pre inú adresu presmerovania ako %1)</translation>
    </message>
</context>
<context>
    <name>crm::OAuth2TokenClient</name>
    <message>
        <source>the sign-in has expired or was withdrawn</source>
        <translation>prihlásenie vypršalo alebo bolo odvolané</translation>
    </message>
    <message>
        <source>the site expects another redirect address: register http://127.0.0.1:8371/callback for CRM Console&apos;s client on the site (or the port the connection&apos;s option oauth_redirect_port names)</source>
        <translation>stránka očakáva inú adresu presmerovania: zaregistrujte na stránke pre klienta CRM Console http://127.0.0.1:8371/callback (alebo port, ktorý uvádza voľba pripojenia oauth_redirect_port)</translation>
    </message>
    <message>
        <source>the site does not accept this client id (or client secret); check the OAuth2 client in the connection settings</source>
        <translation>stránka neprijíma toto ID klienta (alebo tajomstvo klienta); skontrolujte klienta OAuth2 v nastaveniach pripojenia</translation>
    </message>
    <message>
        <source>The site&apos;s sign-in server refused the request (%1).</source>
        <translation>Prihlasovací server stránky odmietol požiadavku (%1).</translation>
    </message>
    <message>
        <source>a token answer without an access token</source>
        <translation>odpoveď s tokenom bez prístupového tokenu</translation>
    </message>
    <message>
        <source>a token of type “%1”, not Bearer</source>
        <translation>token typu „%1“, nie Bearer</translation>
    </message>
    <message>
        <source>the sign-in has expired</source>
        <translation>prihlásenie vypršalo</translation>
    </message>
    <message>
        <source>a UserInfo answer without “sub” (the user id)</source>
        <translation>odpoveď UserInfo bez „sub“ (ID používateľa)</translation>
    </message>
</context>
<context>
    <name>crm::OAuth2TokenKeeper</name>
    <message>
        <source>the sign-in has expired and cannot be renewed</source>
        <translation>prihlásenie vypršalo a nedá sa obnoviť</translation>
    </message>
</context>
<context>
    <name>crm::OutboxTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>Čaká</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Odosiela sa</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Vrátené späť</translation>
    </message>
    <message>
        <source>%1 %2 &lt;%3&gt;</source>
        <translation>%1 %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Úprava</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Server has now</source>
        <translation>Server má teraz</translation>
    </message>
</context>
<context>
    <name>crm::OutboxView</name>
    <message>
        <source>Edits not yet accepted by the CRM. They are sent at the next sync, or as soon as the CRM can be reached.</source>
        <translation>Úpravy, ktoré CRM ešte neprijalo. Odošlú sa pri ďalšej synchronizácii alebo hneď, ako bude CRM dostupné.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Na odoslanie</translation>
    </message>
    <message>
        <source>&amp;Retry (keep my version)</source>
        <translation>Skúsiť znov&amp;a (ponechať moju verziu)</translation>
    </message>
    <message>
        <source>&amp;Discard (keep the server&apos;s)</source>
        <translation>Za&amp;hodiť (ponechať serverovú)</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Odoslať &amp;teraz</translation>
    </message>
    <message>
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Upraviť a odoslať znova…</translation>
    </message>
    <message>
        <source>Opens the refused change where it was made, filled with what was asked for</source>
        <translation>Otvorí odmietnutú zmenu tam, kde bola urobená, vyplnenú tým, čo sa žiadalo</translation>
    </message>
    <message>
        <source>Re&amp;solve field by field…</source>
        <translation>Vy&amp;riešiť pole po poli…</translation>
    </message>
</context>
<context>
    <name>crm::PartList</name>
    <message>
        <source>A&amp;dd %1…</source>
        <translation>Prid&amp;ať: %1…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Uprav&amp;iť…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Odob&amp;rať</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Pridať: %1</translation>
    </message>
    <message>
        <source>Edit the selected %1</source>
        <translation>Upraviť vybrané: %1</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Odobrať vybrané: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>áno</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nové</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmena</translation>
    </message>
</context>
<context>
    <name>crm::ProfileSession</name>
    <message>
        <source>the unsent edits could not be saved (%1); nothing was changed</source>
        <translation>neodoslané úpravy sa nepodarilo uložiť (%1); nič sa nezmenilo</translation>
    </message>
    <message>
        <source>the %1 is not stored for profile “%2”</source>
        <translation>%1 nie je uložené pre profil „%2“</translation>
    </message>
    <message>
        <source>nobody has signed in with profile “%1” yet</source>
        <translation>s profilom „%1“ sa ešte nikto neprihlásil</translation>
    </message>
    <message>
        <source>Profile “%1” has no OAuth2 client id (option oauth_client_id).</source>
        <translation>Profil „%1“ nemá ID klienta OAuth2 (voľba oauth_client_id).</translation>
    </message>
    <message>
        <source>Profile “%1” uses keys, not a sign-in through the site (option auth=oauth2).</source>
        <translation>Profil „%1“ používa kľúče, nie prihlásenie cez stránku (voľba auth=oauth2).</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Bez pripojenia.</translation>
    </message>
    <message>
        <source>Profile “%1” has no staff account to verify. Add the option staff_email and store the staff password.</source>
        <translation>Profil „%1“ nemá účet pracovníka na overenie. Pridajte voľbu staff_email a uložte heslo pracovníka.</translation>
    </message>
    <message>
        <source>the staff password is not stored for profile “%1”</source>
        <translation>heslo pracovníka nie je uložené pre profil „%1“</translation>
    </message>
</context>
<context>
    <name>crm::RecordPartActions</name>
    <message>
        <source>&amp;Undo Last Change of This Member</source>
        <translation>&amp;Vrátiť poslednú zmenu tohto člena</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Zmena sa neuložila</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>Poznámka sa neuložila</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Odosiela sa: %1</translation>
    </message>
    <message>
        <source>Saved in the outbox, sent when the CRM can be reached: %1</source>
        <translation>Uložené v zozname na odoslanie, odošle sa, keď bude CRM dostupné: %1</translation>
    </message>
    <message>
        <source>Choose a member first: undo takes back the last change of the member shown.</source>
        <translation>Najprv vyberte člena: vrátenie zruší poslednú zmenu zobrazeného člena.</translation>
    </message>
    <message>
        <source>Nothing was undone</source>
        <translation>Nič sa nevrátilo</translation>
    </message>
    <message>
        <source>Withdrawn before it was sent: %1</source>
        <translation>Stiahnuté pred odoslaním: %1</translation>
    </message>
</context>
<context>
    <name>crm::RempBackend</name>
    <message>
        <source>an answer without a user count</source>
        <translation>odpoveď bez počtu používateľov</translation>
    </message>
    <message numerus="yes">
        <source>Connected to REMP CRM: %n user(s).</source>
        <translation>
            <numerusform>Pripojené k REMP CRM: %n používateľ.</numerusform>
            <numerusform>Pripojené k REMP CRM: %n používatelia.</numerusform>
            <numerusform>Pripojené k REMP CRM: %n používateľov.</numerusform>
        </translation>
    </message>
    <message>
        <source>REMP CRM lists no user with id %1.</source>
        <translation>REMP CRM neeviduje používateľa s ID %1.</translation>
    </message>
    <message>
        <source>REMP CRM changes a user&apos;s e-mail only, not “%1”.</source>
        <translation>REMP CRM mení používateľovi len e-mail, nie „%1“.</translation>
    </message>
    <message>
        <source>REMP CRM names users by e-mail, and user %1 has none in the cache. Sync, then try again.</source>
        <translation>REMP CRM označuje používateľov e-mailom a používateľ %1 ho vo vyrovnávacej pamäti nemá. Synchronizujte a skúste to znova.</translation>
    </message>
    <message>
        <source>REMP CRM has no user field “%1”. It knows: %2.</source>
        <translation>REMP CRM nemá pole používateľa „%1“. Pozná: %2.</translation>
    </message>
    <message>
        <source>an answer without the new user</source>
        <translation>odpoveď bez nového používateľa</translation>
    </message>
    <message>
        <source>REMP CRM has no address field “%1”. It knows: %2.</source>
        <translation>REMP CRM nemá pole adresy „%1“. Pozná: %2.</translation>
    </message>
    <message>
        <source>REMP CRM does not accept this autologin token: it may be mistyped, used up or expired. Ask the member for a new link.</source>
        <translation>REMP CRM neprijíma tento token na automatické prihlásenie: môže byť zle opísaný, použitý alebo vypršaný. Požiadajte člena o nový odkaz.</translation>
    </message>
    <message>
        <source>an answer without a device token</source>
        <translation>odpoveď bez tokenu zariadenia</translation>
    </message>
</context>
<context>
    <name>crm::SectionEditor</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upraviť</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žiadne)</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 1984-03-21</source>
        <translation>rok-mesiac-deň, napr. 1984-03-21</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>áno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
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
        <translation>SheepCRM nenašlo používateľa %1 vo flocku „%2“, hoci ho predtým našlo; rovnako odpovedá aj na nesprávny systémový token alebo flock</translation>
    </message>
    <message>
        <source>Reached SheepCRM (flock “%1”). SheepCRM answers “not found” to a wrong token as to an unknown member, so look up a member you know to prove the token.</source>
        <translation>SheepCRM je dostupné (flock „%1“). SheepCRM odpovedá „nenájdené“ na nesprávny token rovnako ako na neznámeho člena, preto na overenie tokenu vyhľadajte člena, ktorého poznáte.</translation>
    </message>
    <message>
        <source>SheepCRM has no user with the e-mail %1 in flock “%2”. (It answers the same to a wrong system token: if members you know are not found either, check the token.)</source>
        <translation>SheepCRM nemá používateľa s e-mailom %1 vo flocku „%2“. (Rovnako odpovedá aj na nesprávny systémový token: ak sa nenájdu ani členovia, ktorých poznáte, skontrolujte token.)</translation>
    </message>
    <message>
        <source>SheepCRM has no editable field “%1”. It knows: %2.</source>
        <translation>SheepCRM nemá upraviteľné pole „%1“. Pozná: %2.</translation>
    </message>
    <message>
        <source>SheepCRM refused some fields (%1); the others were saved.</source>
        <translation>SheepCRM odmietlo niektoré polia (%1); ostatné sa uložili.</translation>
    </message>
    <message>
        <source>SheepCRM has no person field “%1”. It knows: %2.</source>
        <translation>SheepCRM nemá pole osoby „%1“. Pozná: %2.</translation>
    </message>
    <message>
        <source>SheepCRM answered “not found” to creating an account in flock “%1”: the system token or the flock is wrong</source>
        <translation>SheepCRM odpovedalo na vytvorenie účtu vo flocku „%1“ „nenájdené“: systémový token alebo flock je nesprávny</translation>
    </message>
    <message>
        <source>SheepCRM has no linked member %1 on this membership: it was probably removed already (or the system token is wrong).</source>
        <translation>SheepCRM nemá v tomto členstve prepojeného člena %1: pravdepodobne už bol odobratý (alebo je systémový token nesprávny).</translation>
    </message>
    <message>
        <source>SheepCRM has no account with the e-mail %1 to reset.</source>
        <translation>SheepCRM nemá účet s e-mailom %1, ktorý by sa dal obnoviť.</translation>
    </message>
    <message>
        <source>SheepCRM&apos;s answer to the pre-registration names no user</source>
        <translation>Odpoveď SheepCRM na predregistráciu neuvádza žiadneho používateľa</translation>
    </message>
    <message>
        <source>SheepCRM pre-registers each address: the account is joined to the person with that e-mail (or a new one), and with the activation e-mail the person chooses a password.</source>
        <translation>SheepCRM každú adresu predregistruje: účet sa pripojí k osobe s týmto e-mailom (alebo k novej) a z aktivačného e-mailu si osoba zvolí heslo.</translation>
    </message>
    <message>
        <source>Send each new account the &amp;activation e-mail</source>
        <translation>Poslať každému novému účtu &amp;aktivačný e-mail</translation>
    </message>
</context>
<context>
    <name>crm::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klávesové skratky</translation>
    </message>
    <message>
        <source> or </source>
        <translation> alebo </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové skratky</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcia</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klávesy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
</context>
<context>
    <name>crm::SignInController</name>
    <message>
        <source>Sign &amp;in to the CRM site…</source>
        <translation>&amp;Prihlásiť sa na stránku CRM…</translation>
    </message>
    <message>
        <source>Sign &amp;out of the CRM site</source>
        <translation>&amp;Odhlásiť sa zo stránky CRM</translation>
    </message>
    <message>
        <source>&amp;Who is signed in…</source>
        <translation>&amp;Kto je prihlásený…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Prihlásenie zlyhalo</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Prihlásené.</translation>
    </message>
    <message>
        <source>Sign-out failed</source>
        <translation>Odhlásenie zlyhalo</translation>
    </message>
    <message>
        <source>Signed out: cached records stay readable; sign in again to send edits or sync.</source>
        <translation>Odhlásené: uložené záznamy zostávajú čitateľné; na odoslanie úprav alebo synchronizáciu sa prihláste znova.</translation>
    </message>
</context>
<context>
    <name>crm::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Prihlásiť sa do %1</translation>
    </message>
    <message>
        <source>CRM Console opened the site&apos;s sign-in page in your browser. Sign in there and choose &lt;b&gt;Allow&lt;/b&gt;; this window closes by itself when the site sends the browser back.</source>
        <translation>CRM Console otvorila prihlasovaciu stránku vo vašom prehliadači. Prihláste sa tam a zvoľte &lt;b&gt;Povoliť&lt;/b&gt;; toto okno sa zavrie samo, keď stránka prehliadač vráti späť.</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Čaká sa na prehliadač</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresa prihlásenia</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Kopírovať adresu</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Otvoriť znova</translation>
    </message>
    <message>
        <source>If no page opened, copy this address into a browser:</source>
        <translation>Ak sa žiadna stránka neotvorila, skopírujte túto adresu do prehliadača:</translation>
    </message>
</context>
<context>
    <name>crm::SignedInBadge</name>
    <message>
        <source>Picture of the signed-in person</source>
        <translation>Obrázok prihlásenej osoby</translation>
    </message>
    <message>
        <source>&amp;Who is signed in…</source>
        <translation>&amp;Kto je prihlásený…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Odhlásiť sa</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Prihlásiť sa…</translation>
    </message>
    <message>
        <source>Sign in to the CRM site</source>
        <translation>Prihlásiť sa na stránku CRM</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in through the CRM site in your browser</source>
        <translation>Nikto nie je prihlásený: prihláste sa cez stránku CRM vo svojom prehliadači</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Prihlasuje sa…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Prihlásené</translation>
    </message>
    <message>
        <source>Signed in; show who</source>
        <translation>Prihlásené; ukázať kto</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Prihlásený ako %1</translation>
    </message>
    <message>
        <source>%1 (smart)</source>
        <translation>%1 (inteligentná)</translation>
    </message>
    <message>
        <source>%1
%2
Groups: %3</source>
        <translation>%1
%2
Skupiny: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žiadne</translation>
    </message>
</context>
<context>
    <name>crm::SignedInUserDialog</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Prihlásený ako %1</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Obrázok: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Site user id</source>
        <translation>ID používateľa stránky</translation>
    </message>
    <message>
        <source>CiviCRM contact</source>
        <translation>Kontakt v CiviCRM</translation>
    </message>
    <message>
        <source>Groups of the signed-in person</source>
        <translation>Skupiny prihlásenej osoby</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Smart (computed)</source>
        <translation>Inteligentná (počítaná)</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statická</translation>
    </message>
    <message>
        <source>This person&apos;s contact belongs to no CiviCRM group.</source>
        <translation>Kontakt tejto osoby nepatrí do žiadnej skupiny CiviCRM.</translation>
    </message>
    <message>
        <source>CiviCRM groups of this person&apos;s contact (smart groups included):</source>
        <translation>Skupiny CiviCRM kontaktu tejto osoby (vrátane inteligentných skupín):</translation>
    </message>
</context>
<context>
    <name>crm::SupportToolsDialog</name>
    <message>
        <source>Support tools</source>
        <translation>Nástroje podpory</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Účet pracovníka</translation>
    </message>
    <message>
        <source>This connection has no staff account. Add one in the connection settings.</source>
        <translation>Toto pripojenie nemá účet pracovníka. Pridajte ho v nastaveniach pripojenia.</translation>
    </message>
    <message>
        <source>Logs in as %1 with the password in the keychain.</source>
        <translation>Prihlási sa ako %1 heslom z kľúčenky.</translation>
    </message>
    <message>
        <source>&amp;Check staff login</source>
        <translation>&amp;Overiť prihlásenie pracovníka</translation>
    </message>
    <message>
        <source>Staff login result</source>
        <translation>Výsledok prihlásenia pracovníka</translation>
    </message>
    <message>
        <source>Autologin token a member reports</source>
        <translation>Token automatického prihlásenia, ktorý člen nahlási</translation>
    </message>
    <message>
        <source>Autologin token</source>
        <translation>Token automatického prihlásenia</translation>
    </message>
    <message>
        <source>&amp;Verify token</source>
        <translation>O&amp;veriť token</translation>
    </message>
    <message>
        <source>Token check result</source>
        <translation>Výsledok overenia tokenu</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Device token</source>
        <translation>Token zariadenia</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID zariadenia</translation>
    </message>
    <message>
        <source>&amp;Issue device token</source>
        <translation>Vy&amp;dať token zariadenia</translation>
    </message>
    <message>
        <source>Device token result</source>
        <translation>Výsledok tokenu zariadenia</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>ID &amp;zariadenia:</translation>
    </message>
    <message>
        <source>Asking the CRM…</source>
        <translation>Pýtam sa CRM…</translation>
    </message>
    <message>
        <source>✔ %1 (%2), user %3. Roles: %4.</source>
        <translation>✔ %1 (%2), používateľ %3. Roly: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žiadne</translation>
    </message>
    <message>
        <source>Not connected: checking a token needs the CRM.</source>
        <translation>Bez pripojenia: overenie tokenu potrebuje CRM.</translation>
    </message>
    <message>
        <source>✔ The token belongs to member %1, %2 (%3). E-mail confirmed: %4.%5</source>
        <translation>✔ Token patrí členovi %1, %2 (%3). E-mail potvrdený: %4.%5</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> Public meta: %1.</source>
        <translation> Verejné meta: %1.</translation>
    </message>
    <message>
        <source>Enter the device&apos;s id.</source>
        <translation>Zadajte ID zariadenia.</translation>
    </message>
    <message>
        <source>Not connected: issuing a token needs the CRM.</source>
        <translation>Bez pripojenia: vydanie tokenu potrebuje CRM.</translation>
    </message>
    <message>
        <source>✔ A device token for %1 is stored in the keychain as “%2” of connection “%3”. It is not shown here.</source>
        <translation>✔ Token zariadenia pre %1 je uložený v kľúčenke ako „%2“ pripojenia „%3“. Tu sa nezobrazuje.</translation>
    </message>
</context>
<context>
    <name>crm::SyncController</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronizovať</translation>
    </message>
    <message>
        <source>Send waiting edits, then fetch what changed since the last sync (F5)</source>
        <translation>Odoslať čakajúce úpravy a potom načítať, čo sa zmenilo od poslednej synchronizácie (F5)</translation>
    </message>
    <message>
        <source>F&amp;ull sync</source>
        <translation>Ú&amp;plná synchronizácia</translation>
    </message>
    <message>
        <source>Send waiting edits, then fetch every member and group again (Shift+F5)</source>
        <translation>Odoslať čakajúce úpravy a potom znova načítať všetkých členov a skupiny (Shift+F5)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Priebeh synchronizácie</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v z %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Zrušiť synchronizáciu</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Skupiny…</translation>
    </message>
    <message>
        <source>Members: %v of %m</source>
        <translation>Členovia: %v z %m</translation>
    </message>
    <message>
        <source>Checking who is still there: %v of %m</source>
        <translation>Overuje sa, kto tam ešte je: %v z %m</translation>
    </message>
    <message>
        <source>Group members: %v of %m groups</source>
        <translation>Členovia skupín: %v z %m skupín</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Pripája sa…</translation>
    </message>
</context>
<context>
    <name>crm::SyncEngine</name>
    <message>
        <source>the CRM sent a page that does not lead on (its paging cursor did not move); the server ignores the paging the console asks for</source>
        <translation>CRM poslalo stránku, ktorá nikam nevedie (jej kurzor stránkovania sa nepohol); server ignoruje stránkovanie, ktoré konzola žiada</translation>
    </message>
    <message>
        <source>a record without an id</source>
        <translation>záznam bez ID</translation>
    </message>
    <message>
        <source>a record of %1 MB, more than the %2 MB the console keeps</source>
        <translation>záznam s veľkosťou %1 MB, viac ako %2 MB, ktoré konzola uchováva</translation>
    </message>
</context>
<context>
    <name>crm::TransferActions</name>
    <message>
        <source>&amp;Import members from CSV…</source>
        <translation>&amp;Importovať členov z CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>E&amp;xportovať členov…</translation>
    </message>
    <message>
        <source>Create user &amp;accounts for contacts…</source>
        <translation>Vytvoriť používateľské ú&amp;čty pre kontakty…</translation>
    </message>
    <message>
        <source>User import file saved: give it to the site&apos;s user import.</source>
        <translation>Súbor na import používateľov uložený: odovzdajte ho importu používateľov na stránke.</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Exportovať členov</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Súbory JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export zlyhal: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export zlyhal</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 sa nezapísal: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>%n člen exportovaný do %1.</numerusform>
            <numerusform>%n členovia exportovaní do %1.</numerusform>
            <numerusform>%n členov exportovaných do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::TrashActions</name>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Presunúť do &amp;koša…</translation>
    </message>
    <message>
        <source>Moves the selected members to the CRM&apos;s trash, from where they can be restored</source>
        <translation>Presunie vybraných členov do koša CRM, odkiaľ ich možno obnoviť</translation>
    </message>
    <message>
        <source>&amp;Restore from trash…</source>
        <translation>&amp;Obnoviť z koša…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Move %1 to the CRM&apos;s trash?</source>
        <translation>Presunúť %1 do koša CRM?</translation>
    </message>
    <message numerus="yes">
        <source>Move these %n members to the CRM&apos;s trash?

%1</source>
        <translation>
            <numerusform>Presunúť tohto %n člena do koša CRM?

%1</numerusform>
            <numerusform>Presunúť týchto %n členov do koša CRM?

%1</numerusform>
            <numerusform>Presunúť týchto %n členov do koša CRM?

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Presunúť do koša</translation>
    </message>
    <message>
        <source>They leave the member list. The CRM keeps them in its trash; Member &gt; Restore from trash brings them back.</source>
        <translation>Zmiznú zo zoznamu členov. CRM ich uchová vo svojom koši; Člen &gt; Obnoviť z koša ich vráti späť.</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Presunúť do &amp;koša</translation>
    </message>
    <message>
        <source>Moving %1 to the trash</source>
        <translation>%1 sa presúva do koša</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n members to the trash</source>
        <translation>
            <numerusform>%n člen sa presúva do koša</numerusform>
            <numerusform>%n členovia sa presúvajú do koša</numerusform>
            <numerusform>%n členov sa presúva do koša</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n člen</numerusform>
            <numerusform>%n členovia</numerusform>
            <numerusform>%n členov</numerusform>
        </translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>člen %1</translation>
    </message>
    <message>
        <source>Restoring %1: back in the member list once the CRM has restored them</source>
        <translation>%1 sa obnovuje: späť v zozname členov, keď ich CRM obnoví</translation>
    </message>
    <message>
        <source>%1 was not moved to the trash</source>
        <translation>%1 sa nepresunul do koša</translation>
    </message>
    <message>
        <source>%1 was not restored</source>
        <translation>%1 sa neobnovil</translation>
    </message>
</context>
<context>
    <name>crm::TrashDialog</name>
    <message>
        <source>Restore from trash</source>
        <translation>Obnoviť z koša</translation>
    </message>
    <message>
        <source>This console has moved no one to the trash. A member trashed in the CRM itself can be restored by their id.</source>
        <translation>Táto konzola nikoho nepresunula do koša. Člena vymazaného priamo v CRM možno obnoviť podľa jeho ID.</translation>
    </message>
    <message>
        <source>Members this console moved to the CRM&apos;s trash. Choose whom to bring back to the member list:</source>
        <translation>Členovia, ktorých táto konzola presunula do koša CRM. Vyberte, koho vrátiť do zoznamu členov:</translation>
    </message>
    <message>
        <source>Members in the trash</source>
        <translation>Členovia v koši</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno a priezvisko</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Presunuté do koša</translation>
    </message>
    <message>
        <source>Member id of someone else in the trash</source>
        <translation>ID iného člena v koši</translation>
    </message>
    <message>
        <source>the member&apos;s id in the CRM</source>
        <translation>ID člena v CRM</translation>
    </message>
    <message>
        <source>Member &amp;id:</source>
        <translation>&amp;ID člena:</translation>
    </message>
    <message>
        <source>Or another member&apos;s &amp;id:</source>
        <translation>Alebo &amp;ID iného člena:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Obnoviť</translation>
    </message>
</context>
</TS>
