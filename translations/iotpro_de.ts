<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/StartupOptions.cpp" line="+22"/>
        <source>Commissioning tool for the IoT Pro Energy Module.</source>
        <translation>Inbetriebnahme-Werkzeug für das IoT Pro Energy Module.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the built-in virtual module and connect to it.</source>
        <translation>Das eingebaute virtuelle Modul starten und sich damit verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the module at &lt;address&gt; (serial:/dev/ttyACM0, tcp:192.168.1.20:5020).</source>
        <translation>Mit dem Modul unter &lt;address&gt; verbinden (serial:/dev/ttyACM0, tcp:192.168.1.20:5020).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra arguments for the built-in virtual module, quoted as one, e.g. &quot;--scenario NAME --fault ct_reversed:2&quot; (see iotpro-sim --help).</source>
        <translation>Zusätzliche Argumente für das eingebaute virtuelle Modul, als ein Argument in Anführungszeichen, z. B. &quot;--scenario NAME --fault ct_reversed:2&quot; (siehe iotpro-sim --help).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use either --virtual or --device, not both.</source>
        <translation>Verwenden Sie entweder --virtual oder --device, nicht beides.</translation>
    </message>
</context>
<context>
    <name>iotpro::DeviceClient</name>
    <message>
        <location filename="../core/device/DeviceClient.cpp" line="+29"/>
        <source>The module answered with something other than %1.</source>
        <translation>Das Modul hat mit etwas anderem als %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No IoT Pro module answered on %1. Check that this is the module&apos;s port and that the module is powered.</source>
        <translation>An %1 hat kein IoT-Pro-Modul geantwortet. Prüfen Sie, ob dies der Anschluss des Moduls ist und ob das Modul Spannung hat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+48"/>
        <location line="+24"/>
        <source>Connect to a module first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Modul.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The module speaks protocol versions %1 to %2, this tool %3 to %4. Update %5.</source>
        <translation>Das Modul spricht die Protokollversionen %1 bis %2, dieses Werkzeug %3 bis %4. Aktualisieren Sie %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the module&apos;s firmware</source>
        <translation>die Firmware des Moduls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this tool</source>
        <translation>dieses Werkzeug</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 snapshots per second is not possible; choose %2 to %3.</source>
        <translation>%1 Messwerte pro Sekunde sind nicht möglich; wählen Sie %2 bis %3.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The link to %1 closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
</context>
<context>
    <name>iotpro::Errors</name>
    <message>
        <location filename="../core/transport/DeviceAddress.cpp" line="+12"/>
        <source>&quot;%1&quot; %2. Use serial:/dev/ttyACM0, tcp:127.0.0.1:5020 or ble:AA:BB:CC:DD:EE:FF.</source>
        <translation>„%1“ %2. Verwenden Sie serial:/dev/ttyACM0, tcp:127.0.0.1:5020 oder ble:AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>has no link type</source>
        <translation>hat keinen Verbindungstyp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names no serial port</source>
        <translation>nennt keinen seriellen Anschluss</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs a host and a port from 1 to 65535</source>
        <translation>braucht einen Host und einen Port von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs a Bluetooth address of six hex pairs</source>
        <translation>braucht eine Bluetooth-Adresse aus sechs Hex-Paaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an unknown link type &quot;%1&quot;</source>
        <translation>hat einen unbekannten Verbindungstyp „%1“</translation>
    </message>
    <message>
        <location filename="../core/transport/TransportFactory.cpp" line="+19"/>
        <source>%1: this build has no Bluetooth LE link yet. Connect with the USB cable.</source>
        <translation>%1: Diese Version kann noch nicht über Bluetooth LE verbinden. Verbinden Sie sich mit dem USB-Kabel.</translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="+19"/>
        <source>Invalid device address</source>
        <translation>Ungültige Geräteadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the link</source>
        <translation>Verbindung lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No IoT Pro module</source>
        <translation>Kein IoT-Pro-Modul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incompatible module</source>
        <translation>Inkompatibles Modul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module refused the request</source>
        <translation>Modul hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected reply</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key file problem</source>
        <translation>Problem mit der Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key is locked</source>
        <translation>Schlüssel ist gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security check failed</source>
        <translation>Sicherheitsprüfung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>iotpro::SerialTransport</name>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="+79"/>
        <source>%1 went away: the cable was pulled or the module restarted. Check the USB cable, then reconnect.</source>
        <translation>%1 ist weg: das Kabel wurde gezogen oder das Modul neu gestartet. Prüfen Sie das USB-Kabel und verbinden Sie dann neu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist. Check the USB cable and pick the port again.</source>
        <translation>%1 existiert nicht. Prüfen Sie das USB-Kabel und wählen Sie den Anschluss erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in use by another program or you lack permission (add yourself to the &quot;dialout&quot; group and log in again).</source>
        <translation>%1 wird von einem anderen Programm benutzt oder Ihnen fehlt die Berechtigung (treten Sie der Gruppe „dialout“ bei und melden Sie sich neu an).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2. Check the USB cable and that the module is powered.</source>
        <translation>%1: %2. Prüfen Sie das USB-Kabel und ob das Modul Spannung hat.</translation>
    </message>
</context>
<context>
    <name>iotpro::Session</name>
    <message>
        <location filename="../core/protocol/Session.cpp" line="+32"/>
        <source>The link to %1 closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connect to a module first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Modul.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 sent no reply within %2 ms (%n attempt(s)).</source>
        <translation>
            <numerusform>%1 hat innerhalb von %2 ms nicht geantwortet (%n Versuch).</numerusform>
            <numerusform>%1 hat innerhalb von %2 ms nicht geantwortet (%n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The module&apos;s firmware does not know this request; update the firmware.</source>
        <translation>Die Firmware des Moduls kennt diese Anfrage nicht; aktualisieren Sie die Firmware.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module could not read the request.</source>
        <translation>Das Modul konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module does not speak this protocol version.</source>
        <translation>Das Modul spricht diese Protokollversion nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module is busy; try again in a few seconds.</source>
        <translation>Das Modul ist beschäftigt; versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module refused a value.</source>
        <translation>Das Modul hat einen Wert abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module reported an internal fault; power-cycle it and retry.</source>
        <translation>Das Modul meldet einen internen Fehler; schalten Sie es aus und wieder ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module reported error %1.</source>
        <translation>Das Modul meldet Fehler %1.</translation>
    </message>
</context>
<context>
    <name>iotpro::TcpTransport</name>
    <message>
        <location filename="../core/transport/TcpTransport.cpp" line="+18"/>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation>%1 hat innerhalb von %2 s keine Verbindung angenommen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>iotpro::VirtualModuleLauncher</name>
    <message>
        <location filename="../core/device/VirtualModuleLauncher.cpp" line="+36"/>
        <location line="+85"/>
        <location line="+7"/>
        <location line="+30"/>
        <location line="+21"/>
        <source>The virtual module did not start</source>
        <translation>Das virtuelle Modul ist nicht gestartet</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>It did not report its address within %1 s.</source>
        <translation>Es hat seine Adresse nicht innerhalb von %1 s gemeldet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Virtual module not found</source>
        <translation>Virtuelles Modul nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is missing or not executable. Reinstall IoT Pro Commissioner.</source>
        <translation>%1 fehlt oder ist nicht ausführbar. Installieren Sie IoT Pro Commissioner neu.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>It printed something other than its address.</source>
        <translation>Es hat etwas anderes als seine Adresse ausgegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It printed &quot;%1&quot; instead of its address.</source>
        <translation>Es hat „%1“ statt seiner Adresse ausgegeben.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It ended before it was ready (%1).</source>
        <translation>Es wurde beendet, bevor es bereit war (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ended unexpectedly (%1).</source>
        <translation>Es wurde unerwartet beendet (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The virtual module stopped</source>
        <translation>Das virtuelle Modul wurde beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it crashed or was killed</source>
        <translation>es ist abgestürzt oder wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::CliApplication</name>
    <message>
        <location filename="../cli/CliApplication.cpp" line="+60"/>
        <source>Usage: iotpro-cli [--device ADDRESS] [--json] COMMAND [options] [arguments]
Commissioning and production tool for IoT Pro Energy Modules.

Commands:
</source>
        <translation>Aufruf: iotpro-cli [--device ADRESSE] [--json] BEFEHL [Optionen] [Argumente]
Inbetriebnahme- und Produktionswerkzeug für IoT Pro Energy Modules.

Befehle:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Global options:
  -d, --device ADDRESS  serial:/dev/ttyACM0, tcp:HOST:PORT or ble:AA:BB:CC:DD:EE:FF
  --json                machine-readable output
  -h, --help            this help; COMMAND --help for a command&apos;s options
  -v, --version         the program&apos;s version

Exit status: 0 success, 1 the command failed (its reason on stderr), 2 usage error.
</source>
        <translation>
Globale Optionen:
  -d, --device ADRESSE  serial:/dev/ttyACM0, tcp:HOST:PORT oder ble:AA:BB:CC:DD:EE:FF
  --json                maschinenlesbare Ausgabe
  -h, --help            diese Hilfe; BEFEHL --help für die Optionen eines Befehls
  -v, --version         die Version des Programms

Exit-Status: 0 Erfolg, 1 der Befehl ist fehlgeschlagen (Grund auf stderr), 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no command given; see the list above.</source>
        <translation>kein Befehl angegeben; siehe die Liste oben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &quot;%1&quot;; run iotpro-cli --help for the list.</source>
        <translation>unbekannter Befehl „%1“; iotpro-cli --help zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: iotpro-cli %1 [options] %2</source>
        <translation>Aufruf: iotpro-cli %1 [Optionen] %2</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::DiagnoseCommand</name>
    <message>
        <location filename="../cli/commands/DiagnoseCommand.cpp" line="+20"/>
        <source>Installation and readings as JSON (see docs/diagnosis.md); - reads standard input.</source>
        <translation>Installation und Messwerte als JSON (siehe docs/diagnosis.md); - liest die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the CT wiring from recorded readings: which phase each CT is on, which way it faces, and what to do.</source>
        <translation>Die Stromwandler-Verdrahtung anhand aufgezeichneter Messwerte prüfen: an welcher Phase jeder Stromwandler sitzt, wie herum er eingebaut ist und was zu tun ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>diagnose needs --input FILE (or --input - for standard input), or --device ADDRESS for the live check.</source>
        <translation>diagnose braucht --input FILE (oder --input - für die Standardeingabe) oder --device ADRESSE für die Live-Prüfung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the readings did not settle within %1 s (%2): wait for a steady load and try again.</source>
        <translation>die Messwerte haben sich nicht innerhalb von %1 s beruhigt (%2): warten Sie auf eine gleichmäßige Last und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::GlobalOptions</name>
    <message>
        <location filename="../cli/GlobalOptions.cpp" line="+8"/>
        <source>The module: serial:/dev/ttyACM0, tcp:HOST:PORT or ble:AA:BB:CC:DD:EE:FF.</source>
        <translation>Das Modul: serial:/dev/ttyACM0, tcp:HOST:PORT oder ble:AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print machine-readable JSON instead of text.</source>
        <translation>Maschinenlesbares JSON statt Text ausgeben.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::InfoCommand</name>
    <message>
        <location filename="../cli/commands/InfoCommand.cpp" line="+15"/>
        <source>Show the module&apos;s identity: serial, hardware, firmware, options, config counter.</source>
        <translation>Die Identität des Moduls anzeigen: Seriennummer, Hardware, Firmware, Optionen, Konfigurationszähler.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRaWAN</source>
        <translation>LoRaWAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cellular</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware revision</source>
        <translation>Hardware-Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (module speaks %2 to %3)</source>
        <translation>%1 (das Modul spricht %2 bis %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metering engine</source>
        <translation>Messwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config counter</source>
        <translation>Konfigurationszähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module clock</source>
        <translation>Moduluhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 UTC, zone %2, %3</source>
        <translation>%1 UTC, Zone %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronised</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not synchronised</source>
        <translation>nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB identity</source>
        <translation>USB-Kennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bluetooth LE</source>
        <translation>Bluetooth LE</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::KeygenCommand</name>
    <message>
        <location filename="../cli/commands/KeygenCommand.cpp" line="+26"/>
        <source>Write the private key to FILE and the public key to FILE.pub (both new files).</source>
        <translation>Den privaten Schlüssel in DATEI und den öffentlichen in DATEI.pub schreiben (beides neue Dateien).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Encrypt the private key with the passphrase on the first line of FILE.</source>
        <translation>Den privaten Schlüssel mit der Passphrase aus der ersten Zeile von DATEI verschlüsseln.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the passphrase file %1 is larger than %2 bytes: is it the right file?</source>
        <translation>die Passphrase-Datei %1 ist größer als %2 Bytes: ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the first line of the passphrase file %1 is empty: write the passphrase there (an empty one would leave the key unencrypted)</source>
        <translation>die erste Zeile der Passphrase-Datei %1 ist leer: schreiben Sie die Passphrase dorthin (eine leere ließe den Schlüssel unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a configuration signing key: FILE (private) and FILE.pub (public).</source>
        <translation>Einen Schlüssel zum Signieren von Konfigurationen erzeugen: DATEI (privat) und DATEI.pub (öffentlich).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>keygen needs --out FILE: the file to write the private key to.</source>
        <translation>keygen braucht --out DATEI: die Datei, in die der private Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists; keygen never replaces a file: choose another --out or move the file away.</source>
        <translation>%1 existiert bereits; keygen ersetzt nie eine Datei: wählen Sie ein anderes --out oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Private key  %1 (%2)</source>
        <translation>Privater Schlüssel      %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted with the passphrase</source>
        <translation>mit der Passphrase verschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted: keep it on this computer only</source>
        <translation>nicht verschlüsselt: nur auf diesem Computer aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key   %1</source>
        <translation>Öffentlicher Schlüssel  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id       %1</source>
        <translation>Schlüssel-ID            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint  %1</source>
        <translation>Fingerabdruck           %1</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::LiveCommand</name>
    <message>
        <location filename="../cli/commands/LiveCommand.cpp" line="+17"/>
        <source>Snapshots per second, 1 to 20 (default 10).</source>
        <translation>Messwerte pro Sekunde, 1 bis 20 (Vorgabe 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop after N snapshots (default: until interrupted).</source>
        <translation>Nach N Messwerten aufhören (Vorgabe: bis zum Abbruch).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stream live per-phase readings: V, I, P, Q, S, PF, angles, THD, energy.</source>
        <translation>Live-Messwerte je Phase ausgeben: V, I, P, Q, S, PF, Winkel, THD, Energie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--rate must be a whole number from 1 to 20.</source>
        <translation>--rate muss eine ganze Zahl von 1 bis 20 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--count must be a whole number (0 for no limit).</source>
        <translation>--count muss eine ganze Zahl sein (0 für keine Grenze).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>gap in the live stream: %n snapshot(s) from #%1 on never arrived.</source>
        <translation>
            <numerusform>Lücke im Live-Datenstrom: %n Messwert ab #%1 ist nie angekommen.</numerusform>
            <numerusform>Lücke im Live-Datenstrom: %n Messwerte ab #%1 sind nie angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>#%1  %2 Hz</source>
        <translation>#%1  %2 Hz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  | %1: %2 V %3 A %4 kW PF %5 %6°</source>
        <translation>  | %1: %2 V %3 A %4 kW PF %5 %6°</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ModuleConnection</name>
    <message>
        <location filename="../cli/ModuleConnection.cpp" line="+21"/>
        <source>this command needs a module: add --device ADDRESS (see iotpro-cli ports).</source>
        <translation>dieser Befehl braucht ein Modul: geben Sie --device ADRESSE an (siehe iotpro-cli ports).</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::PortsCommand</name>
    <message>
        <location filename="../cli/commands/PortsCommand.cpp" line="+18"/>
        <source>Also send a Hello to every port to find modules behind other USB adapters.</source>
        <translation>Zusätzlich an jeden Anschluss ein Hello senden, um Module hinter anderen USB-Adaptern zu finden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List serial ports; IoT Pro modules are marked by their USB identity.</source>
        <translation>Serielle Anschlüsse auflisten; IoT-Pro-Module sind an ihrer USB-Kennung erkennbar.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No serial ports found. Is the module&apos;s USB cable plugged in?</source>
        <translation>Keine seriellen Anschlüsse gefunden. Ist das USB-Kabel des Moduls eingesteckt?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IoT Pro module</source>
        <translation>IoT-Pro-Modul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other device</source>
        <translation>anderes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IoT Pro module %1</source>
        <translation>IoT-Pro-Modul %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no answer to a probe</source>
        <translation>, keine Antwort auf eine Abfrage</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigDiff</name>
    <message>
        <location filename="../core/config/ConfigDiff.cpp" line="+21"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: (changed)</source>
        <translation>%1: (geändert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigJson</name>
    <message>
        <location filename="../core/config/ConfigJson.cpp" line="+27"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number from 0 to 4294967295</source>
        <translation>eine ganze Zahl von 0 bis 4294967295</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text in double quotes</source>
        <translation>Text in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a value this field can take; it takes %2.</source>
        <translation>%1 ist kein Wert, den dieses Feld annehmen kann; es nimmt %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A configuration has no such field; check its spelling.</source>
        <translation>Eine Konfiguration hat kein solches Feld; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration cannot be read: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The configuration is not valid JSON (%1 at %2).</source>
        <translation>Die Konfiguration ist kein gültiges JSON (%1 bei %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A configuration is a JSON object, { … }.</source>
        <translation>Eine Konfiguration ist ein JSON-Objekt, { … }.</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigLimits</name>
    <message>
        <location filename="../core/config/ConfigLimits.cpp" line="+33"/>
        <source>must be an object { … }</source>
        <translation>muss ein Objekt { … } sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must list numbers only</source>
        <translation>darf nur Zahlen auflisten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must list names in double quotes</source>
        <translation>muss Namen in doppelten Anführungszeichen auflisten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>max is below the lower bound</source>
        <translation>max liegt unter der unteren Grenze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist keines von %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a list [ … ]</source>
        <translation>muss eine Liste [ … ] sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number of 0 or more</source>
        <translation>muss eine ganze Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The limits table is not valid JSON: %1 at byte %2</source>
        <translation>Die Grenzwerttabelle ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limits table must be a JSON object { … }</source>
        <translation>Die Grenzwerttabelle muss ein JSON-Objekt { … } sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The limits table has format version %1; this tool reads version %2.</source>
        <translation>Die Grenzwerttabelle hat die Formatversion %1; dieses Werkzeug liest Version %2.</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigProto</name>
    <message>
        <location filename="../core/config/ConfigProto.cpp" line="+148"/>
        <source>No value is chosen; choose one of %1.</source>
        <translation>Kein Wert gewählt; wählen Sie einen von %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value %1 is unknown to this version of the tool; choose one of %2.</source>
        <translation>Der Wert %1 ist dieser Version des Werkzeugs unbekannt; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There are %1 %2; a configuration has exactly %3, one per input of the module.</source>
        <translation>Es gibt %1 %2; eine Konfiguration hat genau %3, einen je Eingang des Moduls.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>CT inputs</source>
        <translation>Stromwandlereingänge</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>digital inputs</source>
        <translation>Digitaleingänge</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigValidator</name>
    <message>
        <location filename="../core/config/ConfigValidator.cpp" line="+21"/>
        <source>This text is %1 bytes long; at most %2 bytes fit (letters with accents and symbols take 2 to 4 bytes).</source>
        <translation>Dieser Text ist %1 Byte lang; höchstens %2 Byte passen (Buchstaben mit Akzenten und Symbole brauchen 2 bis 4 Byte).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This module has no GPS; switch GPS off.</source>
        <translation>Dieses Modul hat kein GPS; schalten Sie GPS aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A position fix every %1 s is not possible; choose %2 to %3 s.</source>
        <translation>Eine Positionsbestimmung alle %1 s ist nicht möglich; wählen Sie %2 bis %3 s.</translation>
    </message>
    <message>
        <location filename="../core/config/MeteringRules.cpp" line="+33"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CT input %1 has no rating; enter the primary current printed on the CT, for example 100 A.</source>
        <translation>Stromwandlereingang %1 hat keinen Nennstrom; geben Sie den auf dem Wandler aufgedruckten Primärstrom ein, zum Beispiel 100 A.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CT input %1 is rated %2 A; a CT rating is from %3 to %4 A.</source>
        <translation>Stromwandlereingang %1 hat %2 A Nennstrom; ein Wandler-Nennstrom liegt zwischen %3 und %4 A.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In 1P wiring CT input 1 is on phase 1, the only phase the module measures.</source>
        <translation>Bei 1P-Verdrahtung liegt Stromwandlereingang 1 an Phase 1, der einzigen Phase, die das Modul misst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CT input %1 is mapped to phase %2; choose phase 1, 2 or 3.</source>
        <translation>Stromwandlereingang %1 ist Phase %2 zugeordnet; wählen Sie Phase 1, 2 oder 3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 V is not a nominal line-to-line voltage; for %2 wiring choose one of %3 V.</source>
        <translation>%1 V ist keine Nenn-Außenleiterspannung; wählen Sie für %2-Verdrahtung eine von %3 V.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 V is not a nominal line-to-neutral voltage; for %2 wiring choose one of %3 V.</source>
        <translation>%1 V ist keine Nenn-Strangspannung (Leiter–Neutralleiter); wählen Sie für %2-Verdrahtung eine von %3 V.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Hz is not a mains frequency; choose one of %2 Hz.</source>
        <translation>%1 Hz ist keine Netzfrequenz; wählen Sie eine von %2 Hz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CT inputs %1 and %2 are both mapped to phase %3; each CT clamps a different phase conductor.</source>
        <translation>Stromwandlereingänge %1 und %2 sind beide Phase %3 zugeordnet; jeder Stromwandler umfasst einen anderen Außenleiter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A demand period of %1 is not possible; choose one of %2.</source>
        <translation>Eine Leistungsmittelungsperiode von %1 ist nicht möglich; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <location filename="../core/config/InputRules.cpp" line="+21"/>
        <source>Digital input %1 debounces for %2 ms; choose %3 to %4 ms (contacts bounce for up to about 20 ms).</source>
        <translation>Digitaleingang %1 entprellt %2 ms lang; wählen Sie %3 bis %4 ms (Kontakte prellen bis zu etwa 20 ms).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Digital input %1 has a pulse weight of %2; enter what one pulse stands for, more than 0 (for example 10 Wh).</source>
        <translation>Digitaleingang %1 hat eine Impulswertigkeit von %2; geben Sie ein, wofür ein Impuls steht, mehr als 0 (zum Beispiel 10 Wh).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digital input %1 has a pulse weight of %2; one pulse stands for at most %3.</source>
        <translation>Digitaleingang %1 hat eine Impulswertigkeit von %2; ein Impuls steht für höchstens %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Digital input %1 has no unit for its pulses; enter one, for example Wh, L or m³.</source>
        <translation>Digitaleingang %1 hat keine Einheit für seine Impulse; geben Sie eine ein, zum Beispiel Wh, L oder m³.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digital input %1 accepts pulses from %2 ms; choose %3 to %4 ms (an S0 output&apos;s pulses last at least %3 ms).</source>
        <translation>Digitaleingang %1 nimmt Impulse ab %2 ms an; wählen Sie %3 bis %4 ms (die Impulse eines S0-Ausgangs dauern mindestens %3 ms).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Digital input %1 reads DS18B20 sensors but lists none; add the sensors on its bus.</source>
        <translation>Digitaleingang %1 liest DS18B20-Sensoren, führt aber keine auf; tragen Sie die Sensoren an seinem Bus ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Digital input %1 lists %2 DS18B20 sensors; at most %3 fit on one input.</source>
        <translation>Digitaleingang %1 führt %2 DS18B20-Sensoren auf; höchstens %3 passen an einen Eingang.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sensor %1 of digital input %2: the ROM code &quot;%3&quot; must be 16 hex digits (0-9, A-F).</source>
        <translation>Sensor %1 an Digitaleingang %2: der ROM-Code &quot;%3&quot; muss aus 16 Hexadezimalziffern bestehen (0-9, A-F).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensor %1 of digital input %2: the ROM code starts with family code %3, not 28: it is not a DS18B20.</source>
        <translation>Sensor %1 an Digitaleingang %2: der ROM-Code beginnt mit dem Familiencode %3, nicht 28: es ist kein DS18B20.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensor %1 of digital input %2: the last two digits of the ROM code (its check sum) do not match; read the code from the bus again or look for a typo.</source>
        <translation>Sensor %1 an Digitaleingang %2: die letzten beiden Ziffern des ROM-Codes (seine Prüfsumme) stimmen nicht; lesen Sie den Code erneut vom Bus oder suchen Sie einen Tippfehler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sensor %1 of digital input %2 is the same sensor as sensor %3 of digital input %4; list each sensor once.</source>
        <translation>Sensor %1 an Digitaleingang %2 ist derselbe Sensor wie Sensor %3 an Digitaleingang %4; führen Sie jeden Sensor nur einmal auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sensor %1 of digital input %2 has no name; name what it measures, for example &quot;Cold room 1 air&quot;.</source>
        <translation>Sensor %1 an Digitaleingang %2 hat keinen Namen; benennen Sie, was er misst, zum Beispiel &quot;Kühlraum 1 Luft&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The analog input has no unit; enter one, for example bar, % or °C.</source>
        <translation>Der Analogeingang hat keine Einheit; geben Sie eine ein, zum Beispiel bar, % oder °C.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A scaling point is at %1 V; the analog input measures %2 to %3 V.</source>
        <translation>Ein Skalierungspunkt liegt bei %1 V; der Analogeingang misst %2 bis %3 V.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scaling point needs a value, a number.</source>
        <translation>Ein Skalierungspunkt braucht einen Wert, eine Zahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both scaling points are at %1 V; give the two points different voltages.</source>
        <translation>Beide Skalierungspunkte liegen bei %1 V; geben Sie den beiden Punkten verschiedene Spannungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both scaling points read %1 %2; give the two points different values.</source>
        <translation>Beide Skalierungspunkte zeigen %1 %2; geben Sie den beiden Punkten verschiedene Werte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The low alarm needs a limit, a number.</source>
        <translation>Der untere Alarm braucht einen Grenzwert, eine Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The high alarm needs a limit, a number.</source>
        <translation>Der obere Alarm braucht einen Grenzwert, eine Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The low alarm (%1 %3) must be below the high alarm (%2 %3).</source>
        <translation>Der untere Alarm (%1 %3) muss unter dem oberen Alarm (%2 %3) liegen.</translation>
    </message>
    <message>
        <location filename="../core/config/NetworkRules.cpp" line="+91"/>
        <source>Enter an IPv4 address, for example 192.168.1.20.</source>
        <translation>Geben Sie eine IPv4-Adresse ein, zum Beispiel 192.168.1.20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an IPv4 address; write four numbers from 0 to 255 separated by dots, for example 192.168.1.20.</source>
        <translation>&quot;%1&quot; ist keine IPv4-Adresse; schreiben Sie vier Zahlen von 0 bis 255, durch Punkte getrennt, zum Beispiel 192.168.1.20.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a subnet mask; a mask is ones followed by zeros, /1 to /30, for example 255.255.255.0.</source>
        <translation>&quot;%1&quot; ist keine Subnetzmaske; eine Maske besteht aus Einsen gefolgt von Nullen, /1 bis /30, zum Beispiel 255.255.255.0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the network or broadcast address of subnet %2/%3; choose another address for the module.</source>
        <translation>%1 ist die Netz- oder Broadcast-Adresse des Subnetzes %2/%3; wählen Sie eine andere Adresse für das Modul.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway cannot be the module&apos;s own address; enter the router&apos;s address.</source>
        <translation>Das Gateway kann nicht die eigene Adresse des Moduls sein; geben Sie die Adresse des Routers ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway %1 is outside the module&apos;s subnet %2/%3, so the module cannot reach it; check the address, the mask and the gateway.</source>
        <translation>Das Gateway %1 liegt außerhalb des Subnetzes %2/%3 des Moduls, daher kann das Modul es nicht erreichen; prüfen Sie Adresse, Maske und Gateway.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the Wi-Fi passphrase; the module has none stored.</source>
        <translation>Geben Sie die WLAN-Passphrase ein; das Modul hat keine gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase of %1 characters is taken as a raw key and must be %1 hex digits (0-9, A-F); a passphrase has at most %2 characters.</source>
        <translation>Eine Passphrase aus %1 Zeichen gilt als Rohschlüssel und muss aus %1 Hexadezimalziffern bestehen (0-9, A-F); eine Passphrase hat höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Wi-Fi passphrase may only contain printable ASCII characters: letters without accents, digits, punctuation and spaces.</source>
        <translation>Die WLAN-Passphrase darf nur druckbare ASCII-Zeichen enthalten: Buchstaben ohne Akzente, Ziffern, Satzzeichen und Leerzeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Wi-Fi passphrase has %1 characters; it needs at least %2.</source>
        <translation>Die WLAN-Passphrase hat %1 Zeichen; sie braucht mindestens %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Wi-Fi passphrase has %1 characters; at most %2 fit, or exactly %3 hex digits for a raw key.</source>
        <translation>Die WLAN-Passphrase hat %1 Zeichen; höchstens %2 passen, oder genau %3 Hexadezimalziffern für einen Rohschlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Wi-Fi passphrase has %1 characters; at most %2 fit.</source>
        <translation>Die WLAN-Passphrase hat %1 Zeichen; höchstens %2 passen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the Wi-Fi name (SSID).</source>
        <translation>Geben Sie den WLAN-Namen (SSID) ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Wi-Fi name is %1 bytes long; a Wi-Fi name has at most %2 bytes (letters with accents and symbols take 2 to 4 bytes).</source>
        <translation>Der WLAN-Name ist %1 Byte lang; ein WLAN-Name hat höchstens %2 Byte (Buchstaben mit Akzenten und Symbole brauchen 2 bis 4 Byte).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has sub-bands %2 to %3; choose the one your gateways listen on.</source>
        <translation>%1 hat die Teilbänder %2 bis %3; wählen Sie das, auf dem Ihre Gateways empfangen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no sub-bands; set the sub-band to 0.</source>
        <translation>%1 hat keine Teilbänder; setzen Sie das Teilband auf 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the DevEUI, %1 hex digits, as on the module&apos;s label.</source>
        <translation>Geben Sie die DevEUI ein, %1 Hexadezimalziffern, wie auf dem Etikett des Moduls.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DevEUI &quot;%1&quot; must be %2 hex digits (0-9, A-F), as on the module&apos;s label.</source>
        <translation>Die DevEUI &quot;%1&quot; muss aus %2 Hexadezimalziffern bestehen (0-9, A-F), wie auf dem Etikett des Moduls.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the JoinEUI, %1 hex digits, as the network server shows it.</source>
        <translation>Geben Sie die JoinEUI ein, %1 Hexadezimalziffern, wie der Netzwerkserver sie anzeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JoinEUI &quot;%1&quot; must be %2 hex digits (0-9, A-F), as the network server shows it.</source>
        <translation>Die JoinEUI &quot;%1&quot; muss aus %2 Hexadezimalziffern bestehen (0-9, A-F), wie der Netzwerkserver sie anzeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the AppKey from the network server; the module has none stored.</source>
        <translation>Geben Sie den AppKey vom Netzwerkserver ein; das Modul hat keinen gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AppKey must be %1 hex digits (0-9, A-F), as the network server shows it.</source>
        <translation>Der AppKey muss aus %1 Hexadezimalziffern bestehen (0-9, A-F), wie der Netzwerkserver ihn anzeigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the APN (access point name) given by the SIM provider.</source>
        <translation>Geben Sie den APN (Zugangspunktnamen) des SIM-Anbieters ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The APN password is too long; at most %1 bytes fit.</source>
        <translation>Das APN-Passwort ist zu lang; höchstens %1 Byte passen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This module has no Wi-Fi; switch Wi-Fi off.</source>
        <translation>Dieses Modul hat kein WLAN; schalten Sie WLAN aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This module has no LoRaWAN radio; switch LoRaWAN off.</source>
        <translation>Dieses Modul hat keinen LoRaWAN-Funk; schalten Sie LoRaWAN aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This module has no cellular modem; switch cellular off.</source>
        <translation>Dieses Modul hat kein Mobilfunkmodem; schalten Sie Mobilfunk aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report every %1 s is not possible; choose %2 to %3 s.</source>
        <translation>Ein Bericht alle %1 s ist nicht möglich; wählen Sie %2 bis %3 s.</translation>
    </message>
</context>
<context>
    <name>iotpro::electrical::Diagnosis</name>
    <message>
        <location filename="../core/electrical/DiagnosisMessages.cpp" line="+34"/>
        <source>Input %1 reads no voltage (%2 V): its voltage lead is loose or not connected, or its fuse is open. The CT on input %1 cannot be checked until it reads voltage.</source>
        <translation>Eingang %1 misst keine Spannung (%2 V): seine Spannungsleitung ist lose oder nicht angeschlossen, oder seine Sicherung hat ausgelöst. Der Stromwandler an Eingang %1 lässt sich erst prüfen, wenn Spannung anliegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input %1 reads %2 V, outside %3-%4 V (nominal +-10 %): check its voltage lead and the declared nominal voltage.</source>
        <translation>Eingang %1 misst %2 V, außerhalb von %3–%4 V (Nennwert ±10 %): prüfen Sie seine Spannungsleitung und die angegebene Nennspannung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Input 2&apos;s voltage (V32) is at %1 deg to input 1&apos;s (V12) where +60 or -60 deg is expected: check that the common voltage lead is on L2 and the others on L1 and L3.</source>
        <translation>Die Spannung von Eingang 2 (V32) liegt bei %1° zu der von Eingang 1 (V12), erwartet sind +60° oder −60°: prüfen Sie, ob die gemeinsame Spannungsleitung an L2 und die anderen an L1 und L3 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input %1&apos;s voltage is at %2 deg to input 1&apos;s where -120 or +120 deg is expected: its voltage lead is probably on the same conductor as another input&apos;s. Put each voltage lead on its own phase.</source>
        <translation>Die Spannung von Eingang %1 liegt bei %2° zu der von Eingang 1, erwartet sind −120° oder +120°: seine Spannungsleitung liegt wahrscheinlich am selben Leiter wie die eines anderen Eingangs. Legen Sie jede Spannungsleitung an ihre eigene Phase.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The supply frequency is %1 Hz, outside %2-%3 Hz: check the declared nominal frequency (50 or 60 Hz).</source>
        <translation>Die Netzfrequenz beträgt %1 Hz, außerhalb von %2–%3 Hz: prüfen Sie die angegebene Nennfrequenz (50 oder 60 Hz).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input %1 carries %2 A, %3 % of the %4 A CT rating: below the 10 % a reliable check needs, so this CT is not judged. Switch on more load on its phase and check again.</source>
        <translation>Eingang %1 führt %2 A, %3 % des Wandler-Nennstroms von %4 A: unter den 10 %, die eine verlässliche Prüfung braucht, daher wird dieser Stromwandler nicht bewertet. Schalten Sie mehr Last auf seiner Phase ein und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input %1 carries %2 A, %3 % of the %4 A CT rating (at most 120 %): the CT is too small and reads wrong here. Fit a larger CT and declare its rating.</source>
        <translation>Eingang %1 führt %2 A, %3 % des Wandler-Nennstroms von %4 A (höchstens 120 %): der Stromwandler ist zu klein und misst hier falsch. Bauen Sie einen größeren Stromwandler ein und geben Sie seinen Nennstrom an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Input %1 reads %2 A but the clamp meter shows %3 A, further apart than the %4 % the CT and the clamp meter allow: the CT fitted is probably not the declared %5 A one but behaves like a %6 A CT. Check the rating on its label and declare that.</source>
        <translation>Eingang %1 misst %2 A, die Stromzange zeigt aber %3 A, mehr Abweichung als die %4 %, die Stromwandler und Stromzange zulassen: der eingebaute Stromwandler ist wahrscheinlich nicht der angegebene %5-A-Wandler, sondern verhält sich wie ein %6-A-Wandler. Prüfen Sie den Nennstrom auf seinem Schild und geben Sie diesen an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To fix it on site instead: </source>
        <translation>Stattdessen vor Ort beheben: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To fix it: </source>
        <translation>Zur Behebung: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first short the CT&apos;s secondary (an open %1 secondary under load gives dangerous voltages), then </source>
        <translation>schließen Sie zuerst die Sekundärseite des Stromwandlers kurz (eine offene %1-Sekundärseite unter Last erzeugt gefährliche Spannungen), dann </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CT on input %1 faces the wrong way.</source>
        <translation>Der Stromwandler an Eingang %1 ist falsch herum eingebaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module can invert input %1 in software; that is offered first, so the panel need not be opened again.</source>
        <translation>Das Modul kann Eingang %1 per Software umkehren; das wird zuerst angeboten, damit der Verteiler nicht erneut geöffnet werden muss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>turn the CT so its arrow points to the load, or swap its two leads at the module&apos;s terminals.</source>
        <translation>drehen Sie den Stromwandler so, dass sein Pfeil zur Last zeigt, oder tauschen Sie seine beiden Leitungen an den Klemmen des Moduls.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CT on input %1 is on L%2&apos;s conductor and faces the wrong way.</source>
        <translation>Der Stromwandler an Eingang %1 sitzt auf dem Leiter von L%2 und ist falsch herum eingebaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CT on input %1 is on L%2&apos;s conductor.</source>
        <translation>Der Stromwandler an Eingang %1 sitzt auf dem Leiter von L%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move it to L%1&apos;s conductor and turn it so its arrow points to the load.</source>
        <translation>setzen Sie ihn auf den Leiter von L%1 um und drehen Sie ihn so, dass sein Pfeil zur Last zeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move it to L%1&apos;s conductor.</source>
        <translation>setzen Sie ihn auf den Leiter von L%1 um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CT now on L%1 belongs to input %2.</source>
        <translation>Der Stromwandler, der jetzt auf L%1 sitzt, gehört zu Eingang %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module can pair input %1 with L%2&apos;s voltage%3 in software; that is offered first, so the panel need not be opened again.</source>
        <translation>Das Modul kann Eingang %1 per Software der Spannung von L%2 zuordnen%3; das wird zuerst angeboten, damit der Verteiler nicht erneut geöffnet werden muss.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and invert it</source>
        <translation> und ihn umkehren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voltages rotate L1-L3-L2 while the CTs follow L1-L2-L3: the voltage leads of L%1 and L%2 are most likely swapped. Swapping those two voltage leads fixes the rotation and the CT findings on those inputs at once.</source>
        <translation>Die Spannungen drehen L1-L3-L2, die Stromwandler aber L1-L2-L3: die Spannungsleitungen von L%1 und L%2 sind sehr wahrscheinlich vertauscht. Das Tauschen dieser beiden Spannungsleitungen behebt das Drehfeld und die Wandler-Befunde an diesen Eingängen auf einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voltages rotate L1-L3-L2 (negative sequence). Metering stays right while every CT follows its voltage, but either the supply turns the other way or two voltage leads are swapped together with their CTs: check the phase labels with a rotation tester.</source>
        <translation>Die Spannungen drehen L1-L3-L2 (Linksdrehfeld). Die Messung bleibt richtig, solange jeder Stromwandler seiner Spannung folgt, aber entweder dreht das Netz andersherum oder zwei Spannungsleitungen sind samt ihren Stromwandlern vertauscht: prüfen Sie die Phasenbezeichnungen mit einem Drehfeldmessgerät.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CT on input %1 is on L%2 and faces the wrong way</source>
        <translation>der Stromwandler an Eingang %1 sitzt auf L%2 und ist falsch herum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CT on input %1 is on L%2</source>
        <translation>der Stromwandler an Eingang %1 sitzt auf L%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CT on input %1 faces the wrong way</source>
        <translation>der Stromwandler an Eingang %1 ist falsch herum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L%1 exports (generation running)</source>
        <translation>L%1 speist ein (Erzeugung läuft)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CTs are wired right</source>
        <translation>die Stromwandler sind richtig angeschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rises</source>
        <translation>steigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>falls</source>
        <translation>fällt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stays the same</source>
        <translation>bleibt gleich</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n explanation(s) fit these readings about equally well:</source>
        <translation>
            <numerusform>%n Erklärung passt etwa gleich gut zu diesen Messwerten:</numerusform>
            <numerusform>%n Erklärungen passen etwa gleich gut zu diesen Messwerten:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1) %2.</source>
        <translation>(%1) %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To tell them apart, check with a clamp meter which conductor each CT is on and that its arrow points to the load.</source>
        <translation>Um sie zu unterscheiden, prüfen Sie mit einer Stromzange, auf welchem Leiter jeder Stromwandler sitzt und ob sein Pfeil zur Last zeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on L%1 only</source>
        <translation>nur an L%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between L%1 and L%2 only</source>
        <translation>nur zwischen L%1 und L%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To tell them apart, switch on a resistive load of known power (a heater) %1 and watch input %2&apos;s active power:</source>
        <translation>Um sie zu unterscheiden, schalten Sie eine ohmsche Last bekannter Leistung (ein Heizgerät) %1 ein und beobachten Sie die Wirkleistung von Eingang %2:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it %1 if (%2)</source>
        <translation>sie %1, wenn (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To tell them apart, switch on a resistive load of known power (a heater) %1 and watch the active power of inputs %2 and %3:</source>
        <translation>Um sie zu unterscheiden, schalten Sie eine ohmsche Last bekannter Leistung (einen Heizlüfter) %1 ein und beobachten Sie die Wirkleistung der Eingänge %2 und %3:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input %1 %2</source>
        <translation>Eingang %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 if (%2)</source>
        <translation>%1, wenn (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lagging</source>
        <translation>%1 induktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 leading</source>
        <translation>%1 kapazitiv</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>input %1: %2</source>
        <translation>Eingang %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readings fit no CT arrangement with a usual load (PF 0.5 lagging to 0.8 leading, similar on every phase). The closest is: %1, with load power factors %2. Check that each voltage lead is on its own phase, or check again with a more usual load such as a heater switched on.</source>
        <translation>Die Messwerte passen zu keiner Stromwandler-Anordnung mit üblicher Last (Leistungsfaktor 0,5 induktiv bis 0,8 kapazitiv, auf allen Phasen ähnlich). Am nächsten kommt: %1, mit Last-Leistungsfaktoren %2. Prüfen Sie, ob jede Spannungsleitung an ihrer eigenen Phase liegt, oder prüfen Sie erneut mit einer üblicheren Last, etwa einem eingeschalteten Heizgerät.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reading has %1 metering element(s) but this wiring has %2: check the declared wiring.</source>
        <translation>Der Messwert hat %1 Messelement(e), diese Verdrahtung aber %2: prüfen Sie die angegebene Verdrahtung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
</context>
<context>
    <name>iotpro::electrical::DiagnosisJson</name>
    <message>
        <location filename="../core/electrical/DiagnosisJson.cpp" line="+32"/>
        <source>&quot;%1&quot; is missing or not a number.</source>
        <translation>„%1“ fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>„%1“ muss mindestens %2 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be greater than 0.</source>
        <translation>„%1“ muss größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is missing or not true/false.</source>
        <translation>„%1“ fehlt oder ist nicht true/false.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>„%1“ muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;elements&quot;[%1] is not an object.</source>
        <translation>&quot;elements&quot;[%1] ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;v_angle&quot; is not a number.</source>
        <translation>&quot;v_angle&quot; ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The input is not valid JSON: %1 at byte %2.</source>
        <translation>Die Eingabe ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The input must be a JSON object.</source>
        <translation>Die Eingabe muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;elements&quot; must be an array of %1 element(s) for %2 wiring.</source>
        <translation>&quot;elements&quot; muss für die Verdrahtung %2 ein Array mit %1 Element(en) sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;clamp_current_a&quot; must be an array with one value (or null) per element.</source>
        <translation>&quot;clamp_current_a&quot; muss ein Array mit einem Wert (oder null) je Element sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;clamp_current_a&quot; holds something that is neither a current nor null.</source>
        <translation>&quot;clamp_current_a&quot; enthält etwas, das weder ein Strom noch null ist.</translation>
    </message>
</context>
<context>
    <name>iotpro::electrical::SnapshotWindow</name>
    <message>
        <location filename="../core/electrical/SnapshotWindow.cpp" line="+58"/>
        <source>Waiting for %1 readings in a row (have %2).</source>
        <translation>Warte auf %1 Messungen in Folge (%2 vorhanden).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The readings in the window have different numbers of elements.</source>
        <translation>Die Messungen im Fenster haben unterschiedlich viele Messelemente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The voltage on input %1 is not steady.</source>
        <translation>Die Spannung an Eingang %1 ist nicht stabil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current on input %1 is not steady: wait until the load settles.</source>
        <translation>Der Strom an Eingang %1 ist nicht stabil: warten Sie, bis sich die Last beruhigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The power factor on input %1 is not steady: wait until the load settles.</source>
        <translation>Der Leistungsfaktor an Eingang %1 ist nicht stabil: warten Sie, bis sich die Last beruhigt.</translation>
    </message>
</context>
<context>
    <name>iotpro::security::KeyStore</name>
    <message>
        <location filename="../core/security/KeyStore.cpp" line="+113"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>there is no key named %1 in %2</source>
        <translation>in %2 gibt es keinen Schlüssel namens %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; cannot name a key: use 1 to 64 letters, digits, dots, dashes or underscores, not starting with a dot</source>
        <translation>„%1“ ist kein gültiger Schlüsselname: verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche, nicht mit einem Punkt beginnend</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create the key directory %1</source>
        <translation>das Schlüsselverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a key named %1 already exists in %2: choose another name or remove it first</source>
        <translation>in %2 gibt es bereits einen Schlüssel namens %1: wählen Sie einen anderen Namen oder entfernen Sie ihn zuerst</translation>
    </message>
</context>
<context>
    <name>iotpro::security::OwnerOnlyFile</name>
    <message>
        <location filename="../core/security/OwnerOnlyFile.cpp" line="+96"/>
        <location line="+22"/>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+71"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+57"/>
        <source>%1 already exists: choose another name or remove it first</source>
        <translation>%1 existiert bereits: wählen Sie einen anderen Namen oder entfernen Sie es zuerst</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+7"/>
        <location line="+23"/>
        <location line="+29"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine normale Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to another user: a private key must be your own file</source>
        <translation>%1 gehört einem anderen Benutzer: ein privater Schlüssel muss Ihre eigene Datei sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is accessible by other users (permissions %2): it may have been copied; run &quot;chmod 600 %1&quot; and consider replacing the key</source>
        <translation>%1 ist für andere Benutzer zugänglich (Rechte %2): er könnte kopiert worden sein; führen Sie „chmod 600 %1“ aus und erwägen Sie, den Schlüssel zu ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>%1 is too large to be a private key</source>
        <translation>%1 ist zu groß für einen privaten Schlüssel</translation>
    </message>
</context>
<context>
    <name>iotpro::security::Pake</name>
    <message>
        <location filename="../core/security/PakeKeySchedule.cpp" line="+39"/>
        <source>no pairing code given: type the code printed on the module label</source>
        <translation>kein Kopplungscode angegeben: geben Sie den Code vom Typenschild des Moduls ein</translation>
    </message>
    <message>
        <location filename="../core/security/Pake.cpp" line="+30"/>
        <source>pairing message out of order: this pairing run has ended or not begun; start a new one</source>
        <translation>Kopplungsnachricht in falscher Reihenfolge: dieser Kopplungsvorgang ist beendet oder hat nicht begonnen; starten Sie einen neuen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed pairing message (%1 bytes, expected %2): pairing aborted</source>
        <translation>fehlerhafte Kopplungsnachricht (%1 Bytes, erwartet %2): Kopplung abgebrochen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the module sent an invalid key share: pairing aborted</source>
        <translation>das Modul hat einen ungültigen Schlüsselanteil gesendet: Kopplung abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the module did not prove it knows the pairing code: check the code on the module label and try again (the module locks pairing for a while after repeated wrong codes)</source>
        <translation>das Modul hat nicht nachgewiesen, dass es den Kopplungscode kennt: prüfen Sie den Code auf dem Typenschild und versuchen Sie es erneut (nach wiederholt falschen Codes sperrt das Modul die Kopplung eine Weile)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the tool sent an invalid key share: pairing aborted</source>
        <translation>das Werkzeug hat einen ungültigen Schlüsselanteil gesendet: Kopplung abgebrochen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the tool did not prove it knows the pairing code: wrong code</source>
        <translation>das Werkzeug hat nicht nachgewiesen, dass es den Kopplungscode kennt: falscher Code</translation>
    </message>
</context>
<context>
    <name>iotpro::security::PrivateKeyCodec</name>
    <message>
        <location filename="../core/security/PrivateKeyCodec.cpp" line="+53"/>
        <source>key %1 is damaged (truncated or altered): restore it from a backup</source>
        <translation>Schlüssel %1 ist beschädigt (abgeschnitten oder verändert): stellen Sie ihn aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not enough memory to protect the key with its passphrase (Argon2id needs %1 MiB): close other programs and try again</source>
        <translation>nicht genug Speicher, um den Schlüssel mit seiner Passphrase zu schützen (Argon2id braucht %1 MiB): schließen Sie andere Programme und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not an IoT Pro private key</source>
        <translation>%1 ist kein privater IoT-Pro-Schlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>key %1 has format version %2, this tool reads version %3: use a newer version of the tool</source>
        <translation>Schlüssel %1 hat das Format Version %2, dieses Werkzeug liest Version %3: verwenden Sie eine neuere Version des Werkzeugs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>key %1 is encrypted: give its passphrase</source>
        <translation>Schlüssel %1 ist verschlüsselt: geben Sie seine Passphrase an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to unlock key %1 (Argon2id needs %2 MiB): close other programs and try again</source>
        <translation>nicht genug Speicher, um Schlüssel %1 zu entsperren (Argon2id braucht %2 MiB): schließen Sie andere Programme und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wrong passphrase for key %1</source>
        <translation>falsche Passphrase für Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>iotpro::security::PublicKeyCodec</name>
    <message>
        <location filename="../core/security/PublicKeyCodec.cpp" line="+30"/>
        <source>%1 is not an IoT Pro public key (expected one line &quot;%2 KEY FINGERPRINT&quot;)</source>
        <translation>%1 ist kein öffentlicher IoT-Pro-Schlüssel (erwartet wird eine Zeile „%2 KEY FINGERPRINT“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key in %1 is not a valid Ed25519 public key</source>
        <translation>der Schlüssel in %1 ist kein gültiger öffentlicher Ed25519-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fingerprint in %1 (%2) does not match its key (%3): the file was edited or damaged; ask its owner for a fresh copy</source>
        <translation>der Fingerabdruck in %1 (%2) passt nicht zu seinem Schlüssel (%3): die Datei wurde bearbeitet oder beschädigt; bitten Sie den Besitzer um eine neue Kopie</translation>
    </message>
</context>
<context>
    <name>iotpro::security::Seal</name>
    <message>
        <location filename="../core/security/Seal.cpp" line="+51"/>
        <source>sealed data failed authentication: it was altered, or sealed for another session or another configuration</source>
        <translation>versiegelte Daten haben die Authentifizierung nicht bestanden: sie wurden verändert oder für eine andere Sitzung oder Konfiguration versiegelt</translation>
    </message>
</context>
<context>
    <name>iotpro::security::Signing</name>
    <message>
        <location filename="../core/security/Signing.cpp" line="+48"/>
        <source>the signature does not match key %1: the data was altered, or signed by another key or for another purpose</source>
        <translation>die Signatur passt nicht zu Schlüssel %1: die Daten wurden verändert oder mit einem anderen Schlüssel oder für einen anderen Zweck signiert</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ClampMeterPanel</name>
    <message>
        <location filename="../ui/ClampMeterPanel.cpp" line="+57"/>
        <source>Clamp meter cross-check</source>
        <translation>Gegenprobe mit der Stromzange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clamp each CT&apos;s conductor and type the current shown.</source>
        <translation>Umfassen Sie den Leiter jedes Stromwandlers mit der Zange und tragen Sie den angezeigten Strom ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> A</source>
        <translation> A</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>L%1 (input %2):</source>
        <translation>L%1 (Eingang %2):</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectionListModel</name>
    <message>
        <location filename="../ui/ConnectionListModel.cpp" line="+245"/>
        <source>USB and serial ports</source>
        <translation>USB- und serielle Anschlüsse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without hardware</source>
        <translation>Ohne Hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent devices</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No serial port found. Plug in the module&apos;s USB cable.</source>
        <translation>Kein serieller Anschluss gefunden. Stecken Sie das USB-Kabel des Moduls ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IoT Pro module on %1</source>
        <translation>IoT-Pro-Modul an %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual module (built-in)</source>
        <translation>Virtuelles Modul (eingebaut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manufacturer: %1</source>
        <translation>Hersteller: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB identity: %1</source>
        <translation>USB-Kennung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB serial number: %1</source>
        <translation>USB-Seriennummer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts a simulated IoT Pro module on this computer, for training and testing.</source>
        <translation>Startet ein simuliertes IoT-Pro-Modul auf diesem Computer, für Schulung und Test.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectionPanel</name>
    <message>
        <location filename="../ui/ConnectionPanel.cpp" line="+96"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a port or device:</source>
        <translation>&amp;Anschluss oder Gerät wählen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type an &amp;address:</source>
        <translation>Oder Adresse &amp;eingeben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.1.20:5020 or serial:/dev/ttyUSB0</source>
        <translation>z. B. 192.168.1.20:5020 oder serial:/dev/ttyUSB0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="+30"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHECK</source>
        <translation>PRÜFEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Findings and fixes</source>
        <translation>Befunde und Abhilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT &amp;secondary:</source>
        <translation>Wandler-&amp;Sekundärseite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>333 mV (safe to disconnect)</source>
        <translation>333 mV (gefahrlos abklemmbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 A (short before disconnecting)</source>
        <translation>1 A (vor dem Abklemmen kurzschließen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 A (short before disconnecting)</source>
        <translation>5 A (vor dem Abklemmen kurzschließen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the CTs deliver. The fixes advised depend on it: an open 1 A or 5 A secondary under load gives dangerous voltages.</source>
        <translation>Was die Stromwandler liefern. Die empfohlene Abhilfe hängt davon ab: eine offene 1-A- oder 5-A-Sekundärseite unter Last erzeugt gefährliche Spannungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module already corrects its CT inputs in software (its configuration moves or inverts them): these readings and findings are after that correction.</source>
        <translation>Das Modul korrigiert seine Stromwandlereingänge bereits per Software (seine Konfiguration verschiebt oder invertiert sie): diese Messwerte und Befunde gelten nach dieser Korrektur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply software correction</source>
        <translation>Software-Korrektur anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correcting the inputs in software changes the module&apos;s configuration, which needs its signed configuration write: use the configuration wizard.</source>
        <translation>Eine Korrektur der Eingänge per Software ändert die Konfiguration des Moduls und braucht dessen signierten Konfigurationsschreibvorgang: verwenden Sie den Konfigurationsassistenten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The findings appear here after %1 s of steady readings, each with its fix.</source>
        <translation>Die Befunde erscheinen hier nach %1 s stabiler Messwerte, jeder mit seiner Abhilfe.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::IdentityPanel</name>
    <message>
        <location filename="../ui/IdentityPanel.cpp" line="+96"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a module to see who it is.</source>
        <translation>Verbinden Sie sich mit einem Modul, um zu sehen, welches es ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2 (synchronized)</source>
        <translation>%1 %2 (synchronisiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (not synchronized)</source>
        <translation>%1 %2 (nicht synchronisiert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware revision:</source>
        <translation>Hardware-Revision:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol version:</source>
        <translation>Protokollversion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metering engine:</source>
        <translation>Messwerk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fitted options:</source>
        <translation>Bestückte Optionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration counter:</source>
        <translation>Konfigurationszähler:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module clock:</source>
        <translation>Moduluhr:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB identity:</source>
        <translation>USB-Kennung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bluetooth identity:</source>
        <translation>Bluetooth-Kennung:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (the module supports %2 to %3)</source>
        <translation>%1 (das Modul unterstützt %2 bis %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, firmware %2</source>
        <translation>%1, Firmware %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRaWAN</source>
        <translation>LoRaWAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cellular</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2 (vendor:product)</source>
        <translation>%1:%2 (Hersteller:Produkt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, address %2</source>
        <translation>%1, Adresse %2</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+44"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LiveCheckSummary</name>
    <message>
        <location filename="../ui/LiveCheckSummary.cpp" line="+33"/>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every CT is on its phase and faces the right way.</source>
        <translation>Jeder Stromwandler sitzt an seiner Phase und ist richtig herum eingebaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CHECK</source>
        <translation>PRÜFEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (and %n more)</source>
        <comment>the first problem</comment>
        <translation>
            <numerusform>%1 (und %n weiteres)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The readings are changing: %1 Showing the result of the last steady %2 s.</source>
        <translation>Die Messwerte ändern sich: %1 Angezeigt wird das Ergebnis der letzten stabilen %2 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the last %1 s of steady readings; confidence %2 %.</source>
        <translation>Aus den letzten %1 s stabiler Messwerte; Sicherheit %2 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the last %1 s of steady readings.</source>
        <translation>Aus den letzten %1 s stabiler Messwerte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NOT CONNECTED</source>
        <translation>NICHT VERBUNDEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a module to check its wiring live.</source>
        <translation>Verbinden Sie sich mit einem Modul, um seine Verdrahtung live zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>WAITING</source>
        <translation>WARTEN</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Starting the live readings…</source>
        <translation>Live-Messwerte werden gestartet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO LIVE READINGS</source>
        <translation>KEINE LIVE-MESSWERTE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NO READINGS</source>
        <translation>KEINE MESSWERTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings for %1 s: what is shown is not current.</source>
        <translation>Seit %1 s keine Messwerte: die Anzeige ist nicht aktuell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the cable to the module; the readings resume by themselves.</source>
        <translation>Prüfen Sie das Kabel zum Modul; die Messwerte kommen von selbst wieder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for steady readings.</source>
        <translation>Warte auf stabile Messwerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKING</source>
        <translation>PRÜFUNG LÄUFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting steady readings…</source>
        <translation>Stabile Messwerte werden gesammelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A verdict needs %1 s of steady readings.</source>
        <translation>Ein Ergebnis braucht %1 s stabile Messwerte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CT on input %1 faces the wrong way</source>
        <translation>Stromwandler an Eingang %1 ist verkehrt herum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CT on input %1 is on the wrong phase</source>
        <translation>Stromwandler an Eingang %1 sitzt an der falschen Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage phase sequence reversed</source>
        <translation>Spannungs-Drehfeld vertauscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voltage on input %1</source>
        <translation>Keine Spannung an Eingang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage out of range on input %1</source>
        <translation>Spannung an Eingang %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage lead of input %1 on the wrong conductor</source>
        <translation>Spannungsleitung von Eingang %1 am falschen Leiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequency out of range</source>
        <translation>Frequenz außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little load on input %1 for a verdict</source>
        <translation>Zu wenig Last an Eingang %1 für ein Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CT on input %1 carries more than its rating</source>
        <translation>Stromwandler an Eingang %1 führt mehr als seinen Nennstrom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong CT size on input %1</source>
        <translation>Falsche Wandlergröße an Eingang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than one wiring fits: one test tells them apart</source>
        <translation>Mehr als eine Verdrahtung passt: ein Test unterscheidet sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings fit no usual wiring</source>
        <translation>Die Messwerte passen zu keiner üblichen Verdrahtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings do not match the declared wiring</source>
        <translation>Die Messwerte passen nicht zur angegebenen Verdrahtung</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LiveCheckView</name>
    <message>
        <location filename="../ui/LiveCheckView.cpp" line="+75"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phasors appear here when live readings arrive.</source>
        <translation>Die Zeiger erscheinen hier, sobald Live-Messwerte eintreffen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black: voltages. Blue: currents. Shaded: where each current belongs (power factor 0.5 lagging to 0.8 leading). Red, dashed, with ⚠: a current out of place. Grey: too little current to judge.</source>
        <translation>Schwarz: Spannungen. Blau: Ströme. Schattiert: wo jeder Strom hingehört (Leistungsfaktor 0,5 induktiv bis 0,8 kapazitiv). Rot, gestrichelt, mit ⚠: ein Strom an falscher Stelle. Grau: zu wenig Strom für eine Bewertung.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LiveReadingsModel</name>
    <message>
        <location filename="../ui/LiveReadingsModel.cpp" line="+185"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <comment>phase (voltage name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>V
(V)</source>
        <translation>U
(V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I
(A)</source>
        <translation>I
(A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CT load
(%)</source>
        <translation>Last
(% In)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P
(kW)</source>
        <translation>P
(kW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q
(kvar)</source>
        <translation>Q
(kvar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S
(kVA)</source>
        <translation>S
(kVA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PF</source>
        <translation>PF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Angle
(°)</source>
        <translation>Winkel
(°)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>THD-V
(%)</source>
        <translation>THD-U
(%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>THD-I
(%)</source>
        <translation>THD-I
(%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RMS voltage: line to neutral in 3P4W and 1P, line to line in 3P3W.</source>
        <translation>Effektivspannung: Leiter–Neutralleiter bei 3P4W und 1P, Leiter–Leiter bei 3P3W.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RMS current in primary amperes, after the CT ratio.</source>
        <translation>Effektivstrom in Primärampere, nach dem Wandlerverhältnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current as a share of the CT&apos;s rated primary current.</source>
        <translation>Strom als Anteil am Primär-Nennstrom des Stromwandlers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active power; negative means power flows back to the supply.</source>
        <translation>Wirkleistung; negativ heißt, Leistung fließt ins Netz zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive power; positive means inductive (lagging).</source>
        <translation>Blindleistung; positiv heißt induktiv (nacheilend).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apparent power.</source>
        <translation>Scheinleistung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power factor |P| / S, without sign: the angle column tells lagging from leading.</source>
        <translation>Leistungsfaktor |P| / S, ohne Vorzeichen: die Winkelspalte unterscheidet induktiv von kapazitiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far the current lags its voltage; negative means leading.</source>
        <translation>Wie weit der Strom seiner Spannung nacheilt; negativ heißt voreilend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total harmonic distortion of the voltage.</source>
        <translation>Gesamte harmonische Verzerrung der Spannung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total harmonic distortion of the current.</source>
        <translation>Gesamte harmonische Verzerrung des Stroms.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LiveReadingsView</name>
    <message>
        <location filename="../ui/LiveReadingsView.cpp" line="+98"/>
        <source>No readings.</source>
        <translation>Keine Messwerte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frequency: %1 Hz
Energy imported: %2 kWh
Energy exported: %3 kWh
Demand (%4 min): %5 kW
Maximum demand: %6 kW</source>
        <translation>Frequenz: %1 Hz
Energie bezogen: %2 kWh
Energie eingespeist: %3 kWh
Leistungsmittelwert (%4 min): %5 kW
Höchster Mittelwert: %6 kW</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LoadGauge</name>
    <message>
        <location filename="../ui/LoadGauge.cpp" line="+19"/>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no voltage — its CT cannot be checked</source>
        <translation>%1: keine Spannung – sein Stromwandler kann nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 A of %3 A needed — add %4 A of load</source>
        <translation>%1: %2 A von %3 A nötig – %4 A Last zuschalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 A — enough load (%3 A needed)</source>
        <translation>%1: %2 A – genug Last (%3 A nötig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 A — over the %3 A the CT is rated for</source>
        <translation>%1: %2 A – über den %3 A, für die der Stromwandler ausgelegt ist</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LoadGaugePanel</name>
    <message>
        <location filename="../ui/LoadGaugePanel.cpp" line="+73"/>
        <source>Load for a verdict</source>
        <translation>Last für ein Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each CT needs at least 10 % of its rated current.</source>
        <translation>Jeder Stromwandler braucht mindestens 10 % seines Nennstroms.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+110"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About IoT Pro Commissioner</source>
        <translation>&amp;Über IoT Pro Commissioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live check</source>
        <translation>&amp;Live-Prüfung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the virtual module (%1)</source>
        <translation>dem virtuellen Modul (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the virtual module…</source>
        <translation>Virtuelles Modul wird gestartet …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IoT Pro Commissioner</source>
        <translation>IoT Pro Commissioner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTT: no reply</source>
        <translation>RTT: keine Antwort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About IoT Pro Commissioner</source>
        <translation>Über IoT Pro Commissioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;IoT Pro Commissioner %1&lt;/h3&gt;&lt;p&gt;Commissioning tool for the IoT Pro Energy Module.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IoT Pro Commissioner %1&lt;/h3&gt;&lt;p&gt;Inbetriebnahme-Werkzeug für das IoT Pro Energy Module.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::PhasorDiagram</name>
    <message>
        <location filename="../ui/PhasorDiagram.cpp" line="+37"/>
        <source>on L%1, reversed</source>
        <translation>auf L%1, verkehrt herum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on L%1</source>
        <translation>auf L%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>reversed</source>
        <translation>verkehrt herum</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 export or reversed</source>
        <translation>%1 Einspeisung oder verkehrt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 unexpected angle</source>
        <translation>%1 unerwarteter Winkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>current name, what is wrong</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ProblemBanner</name>
    <message>
        <location filename="../ui/ProblemBanner.cpp" line="+78"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
</TS>
