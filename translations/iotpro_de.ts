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
    <name>iotpro::BleScanner</name>
    <message>
        <location filename="../core/transport/BleScanner.cpp" line="+23"/>
        <source>The Bluetooth service (BlueZ) is not running on this computer. Start it (`systemctl start bluetooth`), or connect with the USB cable.</source>
        <translation>Der Bluetooth-Dienst (BlueZ) läuft auf diesem Computer nicht. Starten Sie ihn (`systemctl start bluetooth`) oder verbinden Sie sich über das USB-Kabel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tool is not allowed to use Bluetooth: the system refused it access to the Bluetooth service. Ask the administrator for Bluetooth access, then try again.</source>
        <translation>Das Werkzeug darf Bluetooth nicht verwenden: das System hat ihm den Zugriff auf den Bluetooth-Dienst verweigert. Bitten Sie den Administrator um Bluetooth-Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Bluetooth scan failed: %1 Check that Bluetooth works on this computer, or connect with the USB cable.</source>
        <translation>Die Bluetooth-Suche ist fehlgeschlagen: %1 Prüfen Sie, ob Bluetooth auf diesem Computer funktioniert, oder verbinden Sie sich über das USB-Kabel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer has no Bluetooth adapter that the tool can use. Plug in a Bluetooth LE adapter, or connect with the USB cable.</source>
        <translation>Dieser Computer hat keinen Bluetooth-Adapter, den das Werkzeug verwenden kann. Stecken Sie einen Bluetooth-LE-Adapter ein oder verbinden Sie sich über das USB-Kabel.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Bluetooth is switched off on this computer. Switch it on (system settings or `bluetoothctl power on`), then try again.</source>
        <translation>Bluetooth ist auf diesem Computer ausgeschaltet. Schalten Sie es ein (Systemeinstellungen oder `bluetoothctl power on`) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tool is not allowed to use Bluetooth. Grant it the Bluetooth permission (and location, where the system asks for it), then try again.</source>
        <translation>Das Werkzeug darf Bluetooth nicht verwenden. Erteilen Sie ihm die Bluetooth-Berechtigung (und die Standortberechtigung, wo das System danach fragt) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>iotpro::BleTransport</name>
    <message>
        <location filename="../core/transport/BleTransport.cpp" line="+28"/>
        <source>%1 did not complete the Bluetooth connection within %2 s. Move closer to the module and try again.</source>
        <translation>%1 hat die Bluetooth-Verbindung nicht innerhalb von %2 s hergestellt. Gehen Sie näher an das Modul heran und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (serial %2) is busy: another tool is connected to it over Bluetooth. Close that connection, or connect with the USB cable.</source>
        <translation>%1 (Seriennummer %2) ist belegt: ein anderes Werkzeug ist über Bluetooth damit verbunden. Schließen Sie diese Verbindung oder verbinden Sie sich über das USB-Kabel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No IoT Pro module with the address %1 answered a %2 s Bluetooth scan: it is out of range, not powered, or the address is wrong. Move closer, check the module&apos;s power, or list the modules in range with `iotpro-cli ports --ble`.</source>
        <translation>Kein IoT-Pro-Modul mit der Adresse %1 hat bei einer Bluetooth-Suche von %2 s geantwortet: es ist außer Reichweite, hat keine Spannung, oder die Adresse ist falsch. Gehen Sie näher heran, prüfen Sie die Versorgung des Moduls oder listen Sie die Module in Reichweite mit `iotpro-cli ports --ble` auf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Bluetooth link to %1 was lost: the module went out of range or restarted. Move closer and reconnect.</source>
        <translation>Die Bluetooth-Verbindung zu %1 ist abgerissen: das Modul ist außer Reichweite geraten oder wurde neu gestartet. Gehen Sie näher heran und verbinden Sie neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dropped the Bluetooth connection while it was being set up. Try again; if it keeps happening, restart the module.</source>
        <translation>%1 hat die Bluetooth-Verbindung während des Aufbaus getrennt. Versuchen Sie es erneut; wenn das wiederholt passiert, starten Sie das Modul neu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is no longer known to the Bluetooth adapter: it went out of range. Move closer and try again.</source>
        <translation>%1 ist dem Bluetooth-Adapter nicht mehr bekannt: es ist außer Reichweite geraten. Gehen Sie näher heran und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tool is not allowed to connect to %1 over Bluetooth. Grant it the Bluetooth permission, then try again.</source>
        <translation>Das Werkzeug darf sich nicht über Bluetooth mit %1 verbinden. Erteilen Sie ihm die Bluetooth-Berechtigung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the Bluetooth connection. Reconnect; if it keeps happening, restart the module.</source>
        <translation>%1 hat die Bluetooth-Verbindung geschlossen. Verbinden Sie neu; wenn das wiederholt passiert, starten Sie das Modul neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Bluetooth connection to %1 failed (%2). Move closer, make sure no other tool is connected to the module, and try again.</source>
        <translation>Die Bluetooth-Verbindung zu %1 ist fehlgeschlagen (%2). Gehen Sie näher heran, stellen Sie sicher, dass kein anderes Werkzeug mit dem Modul verbunden ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not an IoT Pro module: it offers no IoT Pro Bluetooth service.</source>
        <translation>%1 ist kein IoT-Pro-Modul: es bietet keinen IoT-Pro-Bluetooth-Dienst an.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 offers the IoT Pro service without its data characteristics. Update the module&apos;s firmware, or connect with the USB cable.</source>
        <translation>%1 bietet den IoT-Pro-Dienst ohne seine Daten-Characteristics an. Aktualisieren Sie die Firmware des Moduls oder verbinden Sie sich über das USB-Kabel.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 did not let the tool switch on its notifications. Restart the module and try again.</source>
        <translation>%1 hat dem Werkzeug nicht erlaubt, seine Benachrichtigungen einzuschalten. Starten Sie das Modul neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused a Bluetooth write. Reconnect; if it keeps happening, restart the module.</source>
        <translation>%1 hat einen Bluetooth-Schreibvorgang abgelehnt. Verbinden Sie neu; wenn das wiederholt passiert, starten Sie das Modul neu.</translation>
    </message>
</context>
<context>
    <name>iotpro::CalibrationRequests</name>
    <message>
        <location filename="../core/device/CalibrationRequests.cpp" line="+53"/>
        <source>The module does not trust key %1 as a factory key: enrol it in factory mode (iotpro-cli trust add FILE.pub --role factory) or sign with the factory key it trusts.</source>
        <translation>Das Modul vertraut Schlüssel %1 nicht als Werksschlüssel: registrieren Sie ihn im Werksmodus (iotpro-cli trust add FILE.pub --role factory) oder signieren Sie mit dem Werksschlüssel, dem es vertraut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calibration constants&apos; signature does not verify with the factory key %1 the module trusts.</source>
        <translation>Die Signatur der Kalibrierkonstanten ist mit dem Werksschlüssel %1, dem das Modul vertraut, nicht gültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calibration constants were signed for module %1, but this module is %2.</source>
        <translation>Die Kalibrierkonstanten wurden für Modul %1 signiert, dieses Modul ist aber %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module already holds calibration constants with counter %1 or higher: read them again and sign new ones.</source>
        <translation>Das Modul hat bereits Kalibrierkonstanten mit Zähler %1 oder höher: lesen Sie sie erneut aus und signieren Sie neue.</translation>
    </message>
</context>
<context>
    <name>iotpro::ConfigConversions</name>
    <message>
        <location filename="../core/device/ConfigConversions.cpp" line="+68"/>
        <source>The module reported a configuration this tool cannot read (%1): update this tool.</source>
        <translation>Das Modul hat eine Konfiguration gemeldet, die dieses Werkzeug nicht lesen kann (%1): aktualisieren Sie dieses Werkzeug.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The module reported a signed configuration that does not parse.</source>
        <translation>Das Modul hat eine signierte Konfiguration gemeldet, die sich nicht auswerten lässt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The module reported a trusted key that is not a valid Ed25519 public key.</source>
        <translation>Das Modul hat einen vertrauenswürdigen Schlüssel gemeldet, der kein gültiger öffentlicher Ed25519-Schlüssel ist.</translation>
    </message>
</context>
<context>
    <name>iotpro::DeviceClient</name>
    <message>
        <location filename="../core/device/RequestChannel.cpp" line="+34"/>
        <source>The module answered with something other than %1.</source>
        <translation>Das Modul hat mit etwas anderem als %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/device/DeviceClient.cpp" line="+88"/>
        <source>No IoT Pro module answered on %1. Check that this is the module&apos;s port and that the module is powered.</source>
        <translation>An %1 hat kein IoT-Pro-Modul geantwortet. Prüfen Sie, ob dies der Anschluss des Moduls ist und ob das Modul Spannung hat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <location line="+24"/>
        <location filename="../core/device/RequestChannel.cpp" line="-19"/>
        <source>Connect to a module first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Modul.</translation>
    </message>
    <message>
        <location line="-42"/>
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
        <location line="+43"/>
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
        <location line="+32"/>
        <source>has no link type</source>
        <translation>hat keinen Verbindungstyp</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/modbus/ModbusAddress.cpp" line="+73"/>
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
    <message>
        <location line="+2"/>
        <source>Invalid configuration</source>
        <translation>Ungültige Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modbus device refused the request</source>
        <translation>Modbus-Gerät hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid file</source>
        <translation>Ungültige Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the file</source>
        <translation>Datei lässt sich nicht schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid option</source>
        <translation>Ungültige Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference not traceable</source>
        <translation>Referenz nicht rückführbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module cannot be adjusted</source>
        <translation>Modul lässt sich nicht justieren</translation>
    </message>
    <message>
        <location filename="../core/modbus/ModbusAddress.cpp" line="-58"/>
        <source>&quot;%1&quot; %2. Use modbus-tcp:127.0.0.1:502 or modbus-rtu:/dev/ttyUSB0:9600:8N1:1.</source>
        <translation>„%1“ %2. Verwenden Sie modbus-tcp:127.0.0.1:502 oder modbus-rtu:/dev/ttyUSB0:9600:8N1:1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs a host and a port</source>
        <translation>braucht einen Host und einen Port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs a port from 1 to 65535</source>
        <translation>braucht einen Port von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>needs a unit id from 1 to %1</source>
        <translation>braucht eine Unit-ID von 1 bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs a serial port, a baud rate and a frame such as 8N1</source>
        <translation>braucht einen seriellen Anschluss, eine Baudrate und ein Datenformat wie 8N1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs a frame of data bits (7, 8), parity (N, E, O) and stop bits (1, 2)</source>
        <translation>braucht ein Datenformat aus Datenbits (7, 8), Parität (N, E, O) und Stoppbits (1, 2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs a baud rate from 300 to 921600</source>
        <translation>braucht eine Baudrate von 300 bis 921600</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is not a Modbus address</source>
        <translation>ist keine Modbus-Adresse</translation>
    </message>
</context>
<context>
    <name>iotpro::JsonFieldReader</name>
    <message>
        <location filename="../core/common/JsonFieldReader.cpp" line="+37"/>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>kein gültiges JSON bei Byte %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must hold one JSON object { … }</source>
        <translation>muss genau ein JSON-Objekt { … } enthalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key; known keys are %1</source>
        <translation>unbekannter Schlüssel; bekannte Schlüssel sind %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be text in double quotes</source>
        <translation>muss Text in doppelten Anführungszeichen sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an object { … }</source>
        <translation>muss ein Objekt { … } sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an array [ … ]</source>
        <translation>muss ein Array [ … ] sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
</context>
<context>
    <name>iotpro::LinkKeeper</name>
    <message>
        <location filename="../core/device/LinkKeeper.cpp" line="+105"/>
        <source>The Bluetooth link to %1 was lost, and reconnecting failed (attempts: %2). The last attempt: %3 Connect again when the module is in range, or connect with the USB cable.</source>
        <translation>Die Bluetooth-Verbindung zu %1 ist abgerissen, und das erneute Verbinden ist fehlgeschlagen (Versuche: %2). Letzter Versuch: %3 Verbinden Sie erneut, sobald das Modul in Reichweite ist, oder verbinden Sie sich über das USB-Kabel.</translation>
    </message>
</context>
<context>
    <name>iotpro::RemoteError</name>
    <message>
        <location filename="../core/protocol/RemoteError.cpp" line="+20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The module does not trust the key this configuration was signed with: enrol it in factory mode (iotpro-cli trust add) or sign with a key it trusts (iotpro-cli trust list).</source>
        <translation>Das Modul vertraut dem Schlüssel nicht, mit dem diese Konfiguration signiert wurde: registrieren Sie ihn im Werksmodus (iotpro-cli trust add) oder signieren Sie mit einem Schlüssel, dem es vertraut (iotpro-cli trust list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module does not trust key %1: enrol it in factory mode (iotpro-cli trust add) or sign with a key it trusts (iotpro-cli trust list).</source>
        <translation>Das Modul vertraut Schlüssel %1 nicht: registrieren Sie ihn im Werksmodus (iotpro-cli trust add) oder signieren Sie mit einem Schlüssel, dem es vertraut (iotpro-cli trust list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration&apos;s signature does not verify with the key %1 the module trusts: the configuration was altered after signing, or the key file is not the trusted key. Sign it again with the right key.</source>
        <translation>Die Signatur der Konfiguration ist mit dem Schlüssel %1, dem das Modul vertraut, nicht gültig: die Konfiguration wurde nach dem Signieren verändert, oder die Schlüsseldatei ist nicht der vertrauenswürdige Schlüssel. Signieren Sie sie erneut mit dem richtigen Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The module already holds a newer configuration: this is a replay of an old one or a rollback. Read the module&apos;s configuration again and apply a new one.</source>
        <translation>Das Modul hat bereits eine neuere Konfiguration: dies ist eine wiederholte alte Konfiguration oder ein Rollback. Lesen Sie die Konfiguration des Moduls erneut aus und übertragen Sie eine neue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module already holds a configuration with counter %1 or higher: this is a replay of an old one or a rollback. Read the module&apos;s configuration again and apply a new one.</source>
        <translation>Das Modul hat bereits eine Konfiguration mit Zähler %1 oder höher: dies ist eine wiederholte alte Konfiguration oder ein Rollback. Lesen Sie die Konfiguration des Moduls erneut aus und übertragen Sie eine neue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This configuration was signed for module %1, but this module is %2: a configuration cannot be copied to another module. Sign one for this module.</source>
        <translation>Diese Konfiguration wurde für Modul %1 signiert, dieses Modul ist aber %2: eine Konfiguration lässt sich nicht auf ein anderes Modul kopieren. Signieren Sie eine für dieses Modul.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The module refused the configuration as invalid; correct it and apply again.</source>
        <translation>Das Modul hat die Konfiguration als ungültig abgelehnt; korrigieren Sie sie und übertragen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The module refused the value of %1; correct that field and apply again.</source>
        <translation>Das Modul hat den Wert von %1 abgelehnt; korrigieren Sie dieses Feld und übertragen Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration uses an option this module does not have fitted (%1): switch it off or use a module with that option.</source>
        <translation>Die Konfiguration nutzt eine Option, mit der dieses Modul nicht bestückt ist (%1): schalten Sie sie aus oder verwenden Sie ein Modul mit dieser Option.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module could not open a sealed secret (Wi-Fi passphrase, LoRaWAN AppKey or APN password): it was altered on the way or sealed for another pairing. Nothing was changed; apply again.</source>
        <translation>Das Modul konnte ein versiegeltes Geheimnis (WLAN-Passphrase, LoRaWAN-AppKey oder APN-Passwort) nicht öffnen: es wurde unterwegs verändert oder für eine andere Kopplung versiegelt. Es wurde nichts geändert; übertragen Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module has no staged configuration to commit (the link was reopened in between): the active configuration is unchanged; apply again.</source>
        <translation>Das Modul hat keine vorbereitete Konfiguration zum Übernehmen (die Verbindung wurde zwischendurch neu geöffnet): die aktive Konfiguration ist unverändert; übertragen Sie erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The module accepts a configuration only after pairing with its label code on this link (a pairing ends when the link is reopened, and after 10 minutes): apply again.</source>
        <translation>Das Modul nimmt eine Konfiguration erst nach der Kopplung mit dem Code vom Typenschild über diese Verbindung an (eine Kopplung endet, wenn die Verbindung neu geöffnet wird, und nach 10 Minuten): übertragen Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong label code: check the code printed on the module label and type it again.</source>
        <translation>Falscher Code: prüfen Sie den Code auf dem Typenschild des Moduls und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong label codes: the module refuses pairing for a while. Wait, then check the code printed on the module label.</source>
        <translation>Zu viele falsche Codes: das Modul verweigert die Kopplung für eine Weile. Warten Sie und prüfen Sie dann den Code auf dem Typenschild des Moduls.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong label codes: the module refuses pairing for %1. Wait, then check the code printed on the module label.</source>
        <translation>Zu viele falsche Codes: das Modul verweigert die Kopplung für %1. Warten Sie und prüfen Sie dann den Code auf dem Typenschild des Moduls.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The module&apos;s trusted keys can be changed only in factory mode, which takes a physical action on the module (iotpro-sim --factory for the virtual module); they can always be listed.</source>
        <translation>Die vertrauenswürdigen Schlüssel des Moduls lassen sich nur im Werksmodus ändern, der einen Eingriff direkt am Modul erfordert (iotpro-sim --factory für das virtuelle Modul); auflisten lassen sie sich immer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key %1 is the module&apos;s last configuration-signing key: without it the module could never be configured again. Add the new key first, then remove this one.</source>
        <translation>Schlüssel %1 ist der letzte Schlüssel des Moduls zum Signieren von Konfigurationen: ohne ihn ließe sich das Modul nie wieder konfigurieren. Fügen Sie zuerst den neuen Schlüssel hinzu und entfernen Sie dann diesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module already trusts key %1; nothing was added.</source>
        <translation>Das Modul vertraut Schlüssel %1 bereits; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module&apos;s trust store is full: remove a key it no longer needs first (iotpro-cli trust remove).</source>
        <translation>Der Schlüsselspeicher des Moduls ist voll: entfernen Sie zuerst einen Schlüssel, den es nicht mehr braucht (iotpro-cli trust remove).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module trusts no key %1: iotpro-cli trust list shows the keys it has.</source>
        <translation>Das Modul hat keinen vertrauenswürdigen Schlüssel %1: iotpro-cli trust list zeigt seine Schlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The module&apos;s firmware does not know this request; update the firmware.</source>
        <translation>Die Firmware des Moduls kennt diese Anfrage nicht; aktualisieren Sie die Firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module could not read the request.</source>
        <translation>Das Modul konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module does not speak this protocol version.</source>
        <translation>Das Modul spricht diese Protokollversion nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module is busy; try again in a few seconds.</source>
        <translation>Das Modul ist beschäftigt; versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The module is busy; try again in %1.</source>
        <translation>Das Modul ist beschäftigt; versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module refused a value.</source>
        <translation>Das Modul hat einen Wert abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module reported an internal fault; power-cycle it and retry.</source>
        <translation>Das Modul hat einen internen Fehler gemeldet; schalten Sie es aus und wieder ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module reported error %1.</source>
        <translation>Das Modul hat Fehler %1 gemeldet.</translation>
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
        <location line="+83"/>
        <source>%1 sent no reply within %2 ms (%n attempt(s)).</source>
        <translation>
            <numerusform>%1 hat innerhalb von %2 ms nicht geantwortet (%n Versuch).</numerusform>
            <numerusform>%1 hat innerhalb von %2 ms nicht geantwortet (%n Versuche).</numerusform>
        </translation>
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
        <location line="+95"/>
        <location line="+7"/>
        <location line="+30"/>
        <location line="+21"/>
        <source>The virtual module did not start</source>
        <translation>Das virtuelle Modul ist nicht gestartet</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>It did not report its address within %1 s.</source>
        <translation>Es hat seine Adresse nicht innerhalb von %1 s gemeldet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Virtual module not found</source>
        <translation>Virtuelles Modul nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is missing or not executable. Reinstall IoT Pro Commissioner.</source>
        <translation>%1 fehlt oder ist nicht ausführbar. Installieren Sie IoT Pro Commissioner neu.</translation>
    </message>
    <message>
        <location line="+46"/>
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
    <name>iotpro::calibration::AccuracyClass</name>
    <message>
        <location filename="../core/calibration/AccuracyClass.cpp" line="+121"/>
        <source>no accuracy class &quot;%1&quot;; known classes are %2</source>
        <translation>keine Genauigkeitsklasse „%1“; bekannte Klassen sind %2</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::Adjustment</name>
    <message>
        <location filename="../core/calibration/Adjustment.cpp" line="+65"/>
        <source>element %1 reads %2 % and %3° off: correcting it needs a gain of %4 % and a phase of %5°, beyond the ±%6 % and ±%7° calibration may correct. Check the element&apos;s wiring and current transformer; the module may be faulty.</source>
        <translation>Messelement %1 weicht um %2 % und %3° ab: die Korrektur bräuchte eine Verstärkung von %4 % und eine Phase von %5°, mehr als die ±%6 % und ±%7°, die die Kalibrierung korrigieren darf. Prüfen Sie die Verdrahtung und den Stromwandler des Messelements; das Modul ist möglicherweise defekt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no accuracy point of the plan loads an element with at least %1 % of In: the errors cannot be measured well enough to adjust. Use a plan with such points.</source>
        <translation>kein Genauigkeitspunkt des Plans belastet ein Messelement mit mindestens %1 % von In: die Fehler lassen sich nicht genau genug messen, um zu justieren. Verwenden Sie einen Plan mit solchen Punkten.</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::BenchLinks</name>
    <message>
        <location filename="../core/calibration/BenchLinks.cpp" line="+23"/>
        <source>no built-in register profile &quot;%1&quot;; the built-in ones are %2, or give a profile file (.json)</source>
        <translation>kein eingebautes Registerprofil „%1“; die eingebauten sind %2, oder geben Sie eine Profildatei (.json) an</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the reference meter on the bench has serial number %1, but its description names %2: check that the description belongs to this meter.</source>
        <translation>der Referenzzähler auf dem Prüfplatz hat die Seriennummer %1, seine Beschreibung nennt aber %2: prüfen Sie, ob die Beschreibung zu diesem Zähler gehört.</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::CalibrationCsv</name>
    <message>
        <location filename="../core/calibration/CalibrationCsv.cpp" line="+97"/>
        <source>cannot read the CSV log %1: %2</source>
        <translation>das CSV-Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a calibration CSV log of this version (its header differs): choose another file.</source>
        <translation>%1 ist kein Kalibrier-CSV-Protokoll dieser Version (die Kopfzeile weicht ab): wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write the CSV log %1: %2</source>
        <translation>das CSV-Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::CalibrationRun</name>
    <message>
        <location filename="../core/calibration/CalibrationRun.cpp" line="+140"/>
        <source>the source %1 did not report settled within %2 s of point %3.</source>
        <translation>die Quelle %1 hat bei Punkt %3 nicht innerhalb von %2 s gemeldet, dass sie eingeschwungen ist.</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::CertificateTexts</name>
    <message>
        <location filename="../core/calibration/Certificate.cpp" line="+27"/>
        <source>Comparison with a reference standard meter on a three-phase test bench, plan &quot;%1&quot;. For each point the test source was set, the run waited until the source reported its outputs settled and then for the point&apos;s settle time, and averaged the module&apos;s live readings against readings of the reference taken at the same moments (%2 readings per second). The error is that of active power, (module - reference) / reference; the reactive error is reported where |sin φ| ≥ 0.5. The starting-current point passes when the module registers at least %3 Wh while the reference counts the point&apos;s energy; the no-load point at %4 % of Un passes when it registers at most %3 Wh. Ratings: Un %5 V, In %6 A, Imax %7 A, %8 Hz.</source>
        <translation>Vergleich mit einem Referenz-Normalzähler auf einem Dreiphasen-Prüfplatz, Plan „%1“. Für jeden Punkt wurde die Prüfquelle eingestellt; der Ablauf wartete, bis die Quelle ihre Ausgänge als eingeschwungen meldete, dann noch die Einschwingzeit des Punkts, und mittelte die Live-Messwerte des Moduls gegen Messwerte der Referenz, die zu denselben Zeitpunkten aufgenommen wurden (%2 Messwerte pro Sekunde). Der Fehler ist der Fehler der Wirkleistung, (Modul - Referenz) / Referenz; der Blindleistungsfehler wird angegeben, wo |sin φ| ≥ 0,5. Der Anlaufstrompunkt ist bestanden, wenn das Modul mindestens %3 Wh erfasst, während die Referenz die Energie des Punkts zählt; der Leerlaufpunkt bei %4 % von Un ist bestanden, wenn es höchstens %3 Wh erfasst. Bemessungswerte: Un %5 V, In %6 A, Imax %7 A, %8 Hz.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Guarded acceptance (ILAC-G8:2019, 4.2.2) with the guard band equal to the expanded uncertainty U (k = 2, about 95 %): a point passes when |error| + U ≤ limit, and fails otherwise; a point whose error is within the limit but not by U is reported as &quot;fail (within the guard band)&quot;. U combines the reference&apos;s uncertainty (its accuracy / √3) with the scatter of the point&apos;s readings (standard deviation of the mean). The module passes when every point passes.</source>
        <translation>Entscheidungsregel mit Schutzband (ILAC-G8:2019, 4.2.2), Schutzband gleich der erweiterten Messunsicherheit U (k = 2, etwa 95 %): ein Punkt ist bestanden, wenn |Fehler| + U ≤ Grenzwert, andernfalls nicht bestanden; ein Punkt, dessen Fehler innerhalb des Grenzwerts liegt, aber nicht um mindestens U, wird als „nicht bestanden (im Schutzband)“ angegeben. U kombiniert die Unsicherheit der Referenz (ihre Genauigkeit / √3) mit der Streuung der Messwerte des Punkts (Standardabweichung des Mittelwerts). Das Modul hat bestanden, wenn jeder Punkt bestanden ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail (within the guard band)</source>
        <translation>Nicht bestanden (im Schutzband)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::ModuleAdjuster</name>
    <message>
        <location filename="../core/calibration/ModuleAdjuster.cpp" line="+52"/>
        <source>the module reports calibration constants %1 other than those written (%2): read them back with a new run before trusting the module.</source>
        <translation>das Modul meldet Kalibrierkonstanten %1, die von den geschriebenen (%2) abweichen: lesen Sie sie mit einem neuen Durchlauf zurück, bevor Sie dem Modul vertrauen.</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::ReferenceStandard</name>
    <message>
        <location filename="../core/calibration/ReferenceStandard.cpp" line="+29"/>
        <source>the reference meter&apos;s calibration due date is not known: give it with --reference-due YYYY-MM-DD or in a reference file (--reference-file FILE.json), from the reference&apos;s own certificate.</source>
        <translation>das Fälligkeitsdatum der Kalibrierung des Referenzzählers ist nicht bekannt: geben Sie es mit --reference-due YYYY-MM-DD oder in einer Referenzdatei (--reference-file FILE.json) an, laut dem eigenen Kalibrierschein der Referenz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reference meter %1 %2 was due for calibration on %3: have it calibrated before using it for certificates.</source>
        <translation>der Referenzzähler %1 %2 war am %3 zur Kalibrierung fällig: lassen Sie ihn kalibrieren, bevor Sie ihn für Kalibrierscheine verwenden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a date, YYYY-MM-DD</source>
        <translation>muss ein Datum sein, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the reference description %1: %2</source>
        <translation>die Referenzbeschreibung %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::SimulatedSource</name>
    <message>
        <location filename="../core/calibration/SimulatedSource.cpp" line="+48"/>
        <source>%1 at %2, unit %3</source>
        <translation>%1 an %2, Unit-ID %3</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::TestPlan</name>
    <message>
        <location filename="../core/calibration/TestPlan.cpp" line="+45"/>
        <source>must be 1, or a power factor with its side such as &quot;0.5 ind&quot; or &quot;0.8 cap&quot;</source>
        <translation>muss 1 sein oder ein Leistungsfaktor mit Angabe der Art wie „0.5 ind“ oder „0.8 cap“</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a no-load point has no current</source>
        <translation>ein Leerlaufpunkt hat keinen Strom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be above 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PF 1</source>
        <translation>PF 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PF %1 ind</source>
        <translation>PF %1 ind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PF %1 cap</source>
        <translation>PF %1 kap</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>needs at least one point</source>
        <translation>braucht mindestens einen Punkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is above Imax (%1 A)</source>
        <translation>liegt über Imax (%1 A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sets no limit at %2 % of In and %3: choose a point the class covers</source>
        <translation>%1 legt keinen Grenzwert bei %2 % von In und %3 fest: wählen Sie einen Punkt, den die Klasse abdeckt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the test plan %1: %2</source>
        <translation>der Prüfplan %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::CalibrateCommand</name>
    <message>
        <location filename="../cli/commands/CalibrateCommand.cpp" line="+22"/>
        <source>Check the module against a reference meter on a production bench; write its certificate.</source>
        <translation>Das Modul an einem Fertigungsprüfplatz gegen einen Referenzzähler prüfen; seinen Kalibrierschein schreiben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>balanced</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>element %1</source>
        <translation>Messelement %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2 % In %3 %4: error %5 % (U %6 %, limit ±%7 %)  %8</source>
        <translation>%1  %2 % In %3 %4: Fehler %5 % (U %6 %, Grenze ±%7 %)  %8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  starting current %2 % In: module counted %3 Wh while the reference counted %4 Wh  %5</source>
        <translation>%1  Anlaufstrom %2 % In: Modul zählte %3 Wh, während die Referenz %4 Wh zählte  %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  no load at %2 % Un: module counted %3 Wh in %4 s  %5</source>
        <translation>%1  Leerlauf bei %2 % Un: Modul zählte %3 Wh in %4 s  %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>element %1 read %2 % in gain and %3° in phase (late positive): constants gain %4 %, phase %5° (were %6 %, %7°)</source>
        <translation>Messelement %1 maß %2 % in der Verstärkung und %3° in der Phase (nacheilend positiv): Konstanten Verstärkung %4 %, Phase %5° (vorher %6 %, %7°)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>SKIPPED: module %1 already passed in batch %2 (certificate %3, %4).</source>
        <translation>ÜBERSPRUNGEN: Modul %1 hat in Los %2 bereits bestanden (Kalibrierschein %3, %4).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calibration constants %1 written, signed with factory key %2; verifying:</source>
        <translation>Kalibrierkonstanten %1 geschrieben, signiert mit Werksschlüssel %2; Kontrolle:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>PASS: module %1, certificate %2 written to %3.</source>
        <translation>BESTANDEN: Modul %1, Kalibrierschein %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL: module %1, certificate %2 written to %3.</source>
        <translation>NICHT BESTANDEN: Modul %1, Kalibrierschein %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/commands/CalibrateOptions.cpp" line="+13"/>
        <source>The reference meter: modbus-tcp:HOST:PORT[:UNIT] or modbus-rtu:DEVICE:BAUD:8N1[:UNIT].</source>
        <translation>Der Referenzzähler: modbus-tcp:HOST:PORT[:UNIT] oder modbus-rtu:DEVICE:BAUD:8N1[:UNIT].</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The test source (the simulated bench source&apos;s registers); default: at the reference&apos;s address, its own unit id.</source>
        <translation>Die Prüfquelle (die Register der simulierten Prüfplatzquelle); Vorgabe: unter der Adresse der Referenz, mit eigener Unit-ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A test plan (JSON); default: the built-in class 0.5S plan.</source>
        <translation>Ein Prüfplan (JSON); Vorgabe: der eingebaute Plan für Klasse 0.5S.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+19"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The reference meter&apos;s description (JSON): model, serial, certificate, calibration due date, accuracy, register profile.</source>
        <translation>Die Beschreibung des Referenzzählers (JSON): Modell, Seriennummer, Kalibrierschein, Fälligkeit der Kalibrierung, Genauigkeit, Registerprofil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reference meter&apos;s calibration due date, from its certificate.</source>
        <translation>Das Fälligkeitsdatum der Kalibrierung des Referenzzählers, laut seinem Kalibrierschein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of the reference meter&apos;s own certificate.</source>
        <translation>Die Nummer des eigenen Kalibrierscheins des Referenzzählers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reference meter&apos;s accuracy in % of reading (default 0.02).</source>
        <translation>Die Genauigkeit des Referenzzählers in % vom Messwert (Vorgabe 0.02).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>PCT</source>
        <translation>PCT</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Who runs the bench, for the certificate (default: the login name).</source>
        <translation>Wer den Prüfplatz bedient, für den Kalibrierschein (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ambient temperature in °C, for the certificate.</source>
        <translation>Umgebungstemperatur in °C, für den Kalibrierschein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative humidity in %, for the certificate.</source>
        <translation>Relative Luftfeuchte in %, für den Kalibrierschein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the calibration certificate (PDF).</source>
        <translation>Wohin der Kalibrierschein (PDF) geschrieben wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Append every point&apos;s result to this CSV log (a batch&apos;s modules in one file).</source>
        <translation>Das Ergebnis jedes Punkts an dieses CSV-Protokoll anhängen (die Module eines Loses in einer Datei).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the run, correct each element&apos;s gain and phase with calibration constants signed with the factory key (--factory-key), and run the plan again to verify.</source>
        <translation>Nach dem Durchlauf Verstärkung und Phase jedes Messelements mit Kalibrierkonstanten korrigieren, die mit dem Werksschlüssel (--factory-key) signiert sind, und den Plan zur Kontrolle erneut ausführen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --adjust: the factory&apos;s private signing key file (iotpro-cli keygen); the module must trust it with the factory role.</source>
        <translation>Mit --adjust: die private Signaturschlüsseldatei des Werks (iotpro-cli keygen); das Modul muss ihr mit der Rolle factory vertrauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEYFILE</source>
        <translation>KEYFILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase of an encrypted factory key, on the first line of FILE.</source>
        <translation>Die Passphrase eines verschlüsselten Werksschlüssels, aus der ersten Zeile von FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The production batch (e.g. a work order): recorded in the job history with each certificate; a module that already passed in this batch is skipped, so a batch can be resumed.</source>
        <translation>Das Fertigungslos (z. B. ein Fertigungsauftrag): wird mit jedem Kalibrierschein im Auftragsverlauf gespeichert; ein Modul, das in diesem Los bereits bestanden hat, wird übersprungen, sodass sich ein Los fortsetzen lässt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>calibrate needs the reference meter: --reference modbus-tcp:HOST:PORT.</source>
        <translation>calibrate braucht den Referenzzähler: --reference modbus-tcp:HOST:PORT.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--reference-due needs a date, YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--reference-due braucht ein Datum, YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--reference-accuracy needs a percentage from 0.0001 to 1.</source>
        <translation>--reference-accuracy braucht einen Prozentwert von 0.0001 bis 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calibrate needs the operator&apos;s name for the certificate: --operator NAME.</source>
        <translation>calibrate braucht den Namen des Bedieners für den Kalibrierschein: --operator NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--temperature needs degrees Celsius from -40 to 85.</source>
        <translation>--temperature braucht Grad Celsius von -40 bis 85.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--humidity needs a relative humidity from 0 to 100 %.</source>
        <translation>--humidity braucht eine relative Luftfeuchte von 0 bis 100 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calibrate needs --certificate FILE.pdf: every calibrated module gets its certificate.</source>
        <translation>calibrate braucht --certificate FILE.pdf: jedes kalibrierte Modul erhält seinen Kalibrierschein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--batch needs a name, e.g. the work order.</source>
        <translation>--batch braucht einen Namen, z. B. den Fertigungsauftrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--adjust needs the factory key that signs the calibration constants: --factory-key KEYFILE.</source>
        <translation>--adjust braucht den Werksschlüssel, der die Kalibrierkonstanten signiert: --factory-key KEYFILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--factory-key is only used with --adjust.</source>
        <translation>--factory-key wird nur mit --adjust verwendet.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::CalibrationRecording</name>
    <message>
        <location filename="../cli/CalibrationRecording.cpp" line="+41"/>
        <source>Batch %1: %2 of %3 modules passed (yield %4 %), %5 after adjustment.</source>
        <translation>Los %1: %2 von %3 Modulen bestanden (Ausbeute %4 %), %5 nach Justierung.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::CliApplication</name>
    <message>
        <location filename="../cli/CliApplication.cpp" line="+60"/>
        <source>Usage: iotpro-cli [--device ADDRESS] [--json] [--history FILE] COMMAND [options] [arguments]
Commissioning and production tool for IoT Pro Energy Modules.

Commands:
</source>
        <translation>Aufruf: iotpro-cli [--device ADDRESS] [--json] [--history FILE] COMMAND [Optionen] [Argumente]
Inbetriebnahme- und Fertigungswerkzeug für IoT Pro Energy Modules.

Befehle:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Global options:
  -d, --device ADDRESS  serial:/dev/ttyACM0, tcp:HOST:PORT or ble:AA:BB:CC:DD:EE:FF
  --json                machine-readable output
  --history FILE        the job history database (default: in your data directory)
  -h, --help            this help; COMMAND --help for a command&apos;s options
  -v, --version         the program&apos;s version

Exit status: 0 success, 1 the command failed (its reason on stderr), 2 usage error.
</source>
        <translation>
Globale Optionen:
  -d, --device ADDRESS  serial:/dev/ttyACM0, tcp:HOST:PORT oder ble:AA:BB:CC:DD:EE:FF
  --json                maschinenlesbare Ausgabe
  --history FILE        die Datenbank des Auftragsverlaufs (Vorgabe: in Ihrem Datenverzeichnis)
  -h, --help            diese Hilfe; COMMAND --help für die Optionen eines Befehls
  -v, --version         die Version des Programms

Exit-Status: 0 Erfolg, 1 der Befehl ist fehlgeschlagen (Grund auf stderr), 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>iotpro::cli::ConfigApply</name>
    <message>
        <location filename="../cli/commands/ConfigApply.cpp" line="+28"/>
        <source>config apply: the configuration to write, in its JSON form (as config get --json prints it); an empty secret keeps the module&apos;s.</source>
        <translation>config apply: die zu schreibende Konfiguration in ihrer JSON-Form (wie config get --json sie ausgibt); ein leeres Geheimnis behält das des Moduls bei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONFIG.json</source>
        <translation>CONFIG.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: the private signing key file (iotpro-cli keygen); the module must trust it.</source>
        <translation>config apply: die private Signaturschlüsseldatei (iotpro-cli keygen); das Modul muss ihr vertrauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEYFILE</source>
        <translation>KEYFILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: the code printed on the module label, e.g. 7391-2204.</source>
        <translation>config apply: der Code vom Typenschild des Moduls, z. B. 7391-2204.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: fail unless every enabled network and GPS passes the check and at least one network connects.</source>
        <translation>config apply: fehlschlagen, wenn nicht jedes aktivierte Netzwerk und GPS die Prüfung besteht und mindestens ein Netzwerk eine Verbindung herstellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config apply: the passphrase of an encrypted key, on the first line of FILE.</source>
        <translation>config apply: die Passphrase eines verschlüsselten Schlüssels, aus der ersten Zeile von FILE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: the safety checklist points confirmed, comma-separated, of ct_secondaries_never_open, voltage_taps_fused, enclosure_closed (or none); the others are recorded as NOT confirmed. Without it the report says &quot;not performed&quot;.</source>
        <translation>config apply: die bestätigten Punkte der Sicherheits-Checkliste, durch Kommas getrennt, aus ct_secondaries_never_open, voltage_taps_fused, enclosure_closed (oder none); die übrigen werden als NICHT bestätigt gespeichert. Ohne diese Option steht im Protokoll „nicht durchgeführt“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POINTS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>config apply needs %1.</source>
        <translation>config apply braucht %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: &quot;%1&quot; is no checklist point; --checklist takes ct_secondaries_never_open, voltage_taps_fused, enclosure_closed or none.</source>
        <translation>config apply: „%1“ ist kein Punkt der Checkliste; --checklist akzeptiert ct_secondaries_never_open, voltage_taps_fused, enclosure_closed oder none.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the link broke (%1: %2); reconnecting to find out which configuration the module has …</source>
        <translation>die Verbindung ist abgerissen (%1: %2); verbinde neu, um festzustellen, welche Konfiguration das Modul hat …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Network check    the module tries each enabled network and GPS (up to %1 s)</source>
        <translation>Netzwerkprüfung  das Modul testet jedes aktivierte Netzwerk und GPS (bis zu %1 s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>network check: %1</source>
        <translation>Netzwerkprüfung: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--require-network: the network check did not run to its end.</source>
        <translation>--require-network: die Netzwerkprüfung ist nicht bis zum Ende gelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--require-network: the configuration is written, but a network or GPS check failed (see above).</source>
        <translation>--require-network: die Konfiguration ist geschrieben, aber eine Netzwerk- oder GPS-Prüfung ist fehlgeschlagen (siehe oben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--require-network: the configuration is written, but it enables no network to check.</source>
        <translation>--require-network: die Konfiguration ist geschrieben, aktiviert aber kein Netzwerk, das geprüft werden könnte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written: the link broke before the configuration was sent (%1).</source>
        <translation>Es wurde nichts geschrieben: die Verbindung ist abgebrochen, bevor die Konfiguration gesendet wurde (%1).</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ConfigCommand</name>
    <message>
        <location filename="../cli/commands/ConfigCommand.cpp" line="+16"/>
        <source>Read the module&apos;s configuration (get) or write a signed one and verify it (apply).</source>
        <translation>Die Konfiguration des Moduls lesen (get) oder eine signierte schreiben und prüfen (apply).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>config needs one action: config get, or config apply --file CONFIG.json --key KEYFILE --pop CODE.</source>
        <translation>config braucht eine Aktion: config get oder config apply --file CONFIG.json --key KEYFILE --pop CODE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 belongs to config apply, not config get.</source>
        <translation>--%1 gehört zu config apply, nicht zu config get.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ConfigFile</name>
    <message>
        <location filename="../cli/ConfigFile.cpp" line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than a configuration can be: is it the right file?</source>
        <translation>%1 ist größer, als eine Konfiguration sein kann: ist es die richtige Datei?</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ConfigOutput</name>
    <message>
        <location filename="../cli/commands/ConfigOutput.cpp" line="+25"/>
        <source>factory default</source>
        <translation>Werkseinstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slot A</source>
        <translation>Slot A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slot B</source>
        <translation>Slot B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+2"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>factory default, never configured (counter 0)</source>
        <translation>Werkseinstellung, nie konfiguriert (Zähler 0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counter %1, %2, committed %3</source>
        <translation>Zähler %1, %2, übernommen %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload SHA-256</source>
        <translation>Nutzdaten-SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Config hash</source>
        <translation>Konfigurations-Hash</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 (%2, %3), %4</source>
        <translation>%1 (%2, %3), %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no time zone</source>
        <translation>keine Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>in step with this computer</source>
        <translation>gleichauf mit diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s ahead of this computer</source>
        <translation>%1 s vor diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s behind this computer</source>
        <translation>%1 s hinter diesem Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; set to %1</source>
        <translation>; gestellt auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; set to %1, zone %2</source>
        <translation>; gestellt auf %1, Zone %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (configuration counter %2)</source>
        <translation>%1 (Konfigurationszähler %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening energy</source>
        <translation>Anfangszählerstände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import %1 Wh, export %2 Wh, reactive import %3 varh, reactive export %4 varh</source>
        <translation>Bezug %1 Wh, Einspeisung %2 Wh, Blindenergie Bezug %3 varh, Blindenergie Einspeisung %4 varh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Module clock</source>
        <translation>Moduluhr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (the same configuration, signed anew)</source>
        <translation>keine (dieselbe Konfiguration, neu signiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter %1 in %2, committed %3</source>
        <translation>Zähler %1 in %2, übernommen %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read back: payload SHA-256 %1</source>
        <translation>zurückgelesen: Nutzdaten-SHA-256 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link broke during the write; after reconnecting, the module runs the new configuration.</source>
        <translation>Die Verbindung ist beim Schreiben abgerissen; nach dem erneuten Verbinden läuft das Modul mit der neuen Konfiguration.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  (checked in %1 s)</source>
        <translation>  (geprüft in %1 s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Factory mode: yes, trusted keys can be added and removed</source>
        <translation>Werksmodus: ja, vertrauenswürdige Schlüssel können hinzugefügt und entfernt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factory mode: no, trusted keys can be listed, not changed</source>
        <translation>Werksmodus: nein, vertrauenswürdige Schlüssel können aufgelistet, aber nicht geändert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trusted keys.</source>
        <translation>Keine vertrauenswürdigen Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2  added %3</source>
        <translation>%1  %2  hinzugefügt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::Console</name>
    <message>
        <location filename="../cli/Console.cpp" line="+64"/>
        <source>yes</source>
        <translation>ja</translation>
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
        <location filename="../cli/GlobalOptions.cpp" line="+10"/>
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
    <message>
        <location line="+6"/>
        <source>The job history database (default: history.sqlite in your data directory).</source>
        <translation>Die Datenbank des Auftragsverlaufs (Vorgabe: history.sqlite in Ihrem Datenverzeichnis).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryCommand</name>
    <message>
        <location filename="../cli/commands/HistoryCommand.cpp" line="+24"/>
        <source>Only sessions whose serial, site, panel, circuit, notes, technician, company or report id contain every one of WORDS.</source>
        <translation>Nur Inbetriebnahmen, deren Seriennummer, Standort, Verteiler, Stromkreis, Notizen, Techniker, Firma oder Berichts-ID jedes der WORDS enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WORDS</source>
        <translation>WORDS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the sessions of this module.</source>
        <translation>Nur die Inbetriebnahmen dieses Moduls.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERIAL</source>
        <translation>SERIAL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only sessions that ended so: passed, warnings, failed or incomplete.</source>
        <translation>Nur Inbetriebnahmen mit diesem Ergebnis: passed, warnings, failed oder incomplete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most N sessions, newest first.</source>
        <translation>Höchstens N Inbetriebnahmen, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile: the technician named on new reports.</source>
        <translation>profile: der Techniker, der auf neuen Berichten genannt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>profile: the company named on new reports.</source>
        <translation>profile: die Firma, die auf neuen Berichten genannt wird.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--result must be passed, warnings, failed or incomplete.</source>
        <translation>--result muss passed, warnings, failed oder incomplete sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit must be a whole number of 1 or more.</source>
        <translation>--limit muss eine ganze Zahl von 1 oder mehr sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No commissioning sessions match.</source>
        <translation>Keine passenden Inbetriebnahmen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Technician: %1</source>
        <translation>Techniker: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job history: list sessions, set who signs the reports, check the database.</source>
        <translation>Der Auftragsverlauf: Inbetriebnahmen auflisten, festlegen, wer die Berichte unterzeichnet, die Datenbank prüfen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>history needs one of list, profile, check, template, jobpack, tree or export; see iotpro-cli history --help.</source>
        <translation>history braucht eines von list, profile, check, template, jobpack, tree oder export; siehe iotpro-cli history --help.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The job history %1 is intact.</source>
        <translation>Der Auftragsverlauf %1 ist intakt.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryExports</name>
    <message>
        <location filename="../cli/commands/HistoryExports.cpp" line="+29"/>
        <source>history export needs --csv FILE and/or --tts FILE.</source>
        <translation>history export braucht --csv FILE und/oder --tts FILE.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n commissioned module(s) written to %1.</source>
        <translation>
            <numerusform>%n in Betrieb genommenes Modul nach %1 geschrieben.</numerusform>
            <numerusform>%n in Betrieb genommene Module nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n LoRaWAN device(s) written to %1. Fill in the app_key column from your key list before importing: the tool never keeps an AppKey.</source>
        <translation>
            <numerusform>%n LoRaWAN-Gerät nach %1 geschrieben. Tragen Sie vor dem Import die Spalte app_key aus Ihrer Schlüsselliste ein: das Werkzeug speichert nie einen AppKey.</numerusform>
            <numerusform>%n LoRaWAN-Geräte nach %1 geschrieben. Tragen Sie vor dem Import die Spalte app_key aus Ihrer Schlüsselliste ein: das Werkzeug speichert nie einen AppKey.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryJobPacks</name>
    <message numerus="yes">
        <location filename="../cli/commands/HistoryJobPacks.cpp" line="+27"/>
        <source>Nothing was imported from %1: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Aus %1 wurde nichts importiert: zuerst %n Problem beheben.</numerusform>
            <numerusform>Aus %1 wurde nichts importiert: zuerst %n Probleme beheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %1: %n site(s)</source>
        <translation>
            <numerusform>%1 importiert: %n Standort</numerusform>
            <numerusform>%1 importiert: %n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n circuit(s).</source>
        <translation>
            <numerusform>, %n Stromkreis.</numerusform>
            <numerusform>, %n Stromkreise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Job pack with %n site(s) written to %1.</source>
        <translation>
            <numerusform>Auftragspaket mit %n Standort nach %1 geschrieben.</numerusform>
            <numerusform>Auftragspaket mit %n Standorten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>jobpack show needs --site, --panel and --circuit.</source>
        <translation>jobpack show braucht --site, --panel und --circuit.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not commissioned</source>
        <translation>nicht in Betrieb genommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>history jobpack needs import FILE, export FILE or show --site S --panel P --circuit C.</source>
        <translation>history jobpack braucht import FILE, export FILE oder show --site S --panel P --circuit C.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The job history has no sites yet; import a job pack or commission a module.</source>
        <translation>Der Auftragsverlauf enthält noch keine Standorte; importieren Sie ein Auftragspaket oder nehmen Sie ein Modul in Betrieb.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryOptions</name>
    <message>
        <location filename="../cli/commands/HistoryOptions.cpp" line="+7"/>
        <source>template save: the configuration to keep (a config JSON file).</source>
        <translation>template save: die zu speichernde Konfiguration (eine Konfigurationsdatei im JSON-Format).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFIG.json</source>
        <translation>CONFIG.json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template save: keep the configuration of this recorded session instead.</source>
        <translation>template save: stattdessen die Konfiguration dieser aufgezeichneten Inbetriebnahme speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template save: what the template is for.</source>
        <translation>template save: wofür die Vorlage gedacht ist.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template save: replace a template of the same name.</source>
        <translation>template save: eine Vorlage mit demselben Namen ersetzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template show, jobpack show: the next module&apos;s site; export: only this site.</source>
        <translation>template show, jobpack show: der Standort des nächsten Moduls; export: nur dieser Standort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>template show, jobpack show: the next module&apos;s panel.</source>
        <translation>template show, jobpack show: der Verteiler des nächsten Moduls.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template show, jobpack show: the next module&apos;s circuit.</source>
        <translation>template show, jobpack show: der Stromkreis des nächsten Moduls.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: the commissioned modules as CSV to FILE.</source>
        <translation>export: die in Betrieb genommenen Module als CSV nach FILE.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>export: the LoRaWAN devices as a The Things Stack CSV import to FILE.</source>
        <translation>export: die LoRaWAN-Geräte als CSV-Import für The Things Stack nach FILE.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryTemplates</name>
    <message>
        <location filename="../cli/commands/HistoryTemplates.cpp" line="+28"/>
        <source>template save needs either --file CONFIG.json or --session ID.</source>
        <translation>template save braucht entweder --file CONFIG.json oder --session ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--session takes a session id from iotpro-cli history list.</source>
        <translation>--session nimmt eine Sitzungs-ID aus iotpro-cli history list.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Template &quot;%1&quot; saved (without secrets, DevEUI, static address, sensor ROM codes or the circuit&apos;s place).</source>
        <translation>Vorlage &quot;%1&quot; gespeichert (ohne Zugangsdaten, DevEUI, statische Adresse, Sensor-ROM-Codes und Einbauort des Stromkreises).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No templates yet; history template save NAME --file CONFIG.json keeps one.</source>
        <translation>Noch keine Vorlagen; mit history template save NAME --file CONFIG.json speichern Sie eine.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>history template needs save NAME, list, show NAME or delete NAME; see iotpro-cli history --help.</source>
        <translation>history template braucht save NAME, list, show NAME oder delete NAME; siehe iotpro-cli history --help.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Template &quot;%1&quot; deleted.</source>
        <translation>Vorlage &quot;%1&quot; gelöscht.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::IdentifyCommand</name>
    <message>
        <location filename="../cli/commands/IdentifyCommand.cpp" line="+21"/>
        <source>How long the LED blinks, 1 to 60 s (default 10); 0 stops it.</source>
        <translation>Wie lange die LED blinkt, 1 bis 60 s (Vorgabe 10); 0 beendet das Blinken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blink the module&apos;s LED to find it on the wall.</source>
        <translation>Die LED des Moduls blinken lassen, um es an der Wand zu finden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--seconds must be a whole number from 0 to %1.</source>
        <translation>--seconds muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The LED of module %1 stopped blinking.</source>
        <translation>Die LED von Modul %1 blinkt nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The LED of module %1 blinks for %n s.</source>
        <translation>
            <numerusform>Die LED von Modul %1 blinkt %n s lang.</numerusform>
            <numerusform>Die LED von Modul %1 blinkt %n s lang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotpro::cli::InfoCommand</name>
    <message>
        <location filename="../cli/commands/InfoCommand.cpp" line="+16"/>
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
        <location line="+16"/>
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
        <location line="+39"/>
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
    <name>iotpro::cli::KeysCommand</name>
    <message>
        <location filename="../cli/commands/KeysCommand.cpp" line="+20"/>
        <source>import: the name of the key in the key store.</source>
        <translation>import: der Name des Schlüssels im Schlüsselspeicher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: write the public key to FILE (a new file).</source>
        <translation>export: den öffentlichen Schlüssel in FILE schreiben (eine neue Datei).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>import: the passphrase of an encrypted key, on the first line of FILE (to check the key).</source>
        <translation>import: die Passphrase eines verschlüsselten Schlüssels, in der ersten Zeile von FILE (um den Schlüssel zu prüfen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List, import and export the signing keys of your key store (the desktop app&apos;s).</source>
        <translation>Die Signierschlüssel Ihres Schlüsselspeichers (dem der Desktop-App) auflisten, importieren und exportieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>keys needs one of: list, import FILE --name NAME, export NAME --out FILE.pub.</source>
        <translation>keys braucht eines von: list, import FILE --name NAME, export NAME --out FILE.pub.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No keys in %1. Create one with the desktop app or import one with &quot;keys import FILE --name NAME&quot;.</source>
        <translation>Keine Schlüssel in %1. Erzeugen Sie einen mit der Desktop-App oder importieren Sie einen mit &quot;keys import FILE --name NAME&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>keys import needs --name NAME: the name the key gets in the key store.</source>
        <translation>keys import braucht --name NAME: den Namen, den der Schlüssel im Schlüsselspeicher erhält.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported %1 as %2</source>
        <translation>%1 als %2 importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id       %1</source>
        <translation>Schlüssel-ID            %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Fingerprint  %1</source>
        <translation>Fingerabdruck           %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>keys export needs --out FILE.pub: the file to write the public key to.</source>
        <translation>keys export braucht --out FILE.pub: die Datei, in die der öffentliche Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; keys export never replaces a file: choose another --out.</source>
        <translation>%1 existiert bereits; keys export ersetzt nie eine Datei: wählen Sie ein anderes --out.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Public key   %1</source>
        <translation>Öffentlicher Schlüssel  %1</translation>
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
        <location line="+21"/>
        <source>Bluetooth link lost: reconnecting to %1 (attempt %2 of %3, next in %4 s) …</source>
        <translation>Bluetooth-Verbindung abgerissen: neuer Verbindungsversuch zu %1 (Versuch %2 von %3, nächster in %4 s) …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reconnected to %1; the live stream continues.</source>
        <translation>wieder mit %1 verbunden; der Live-Datenstrom läuft weiter.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../cli/ModuleConnection.cpp" line="+22"/>
        <source>this command needs a module: add --device ADDRESS (see iotpro-cli ports).</source>
        <translation>dieser Befehl braucht ein Modul: geben Sie --device ADRESSE an (siehe iotpro-cli ports).</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::PortsCommand</name>
    <message>
        <location filename="../cli/commands/PortsCommand.cpp" line="+21"/>
        <source>Also send a Hello to every port to find modules behind other USB adapters.</source>
        <translation>Zusätzlich an jeden Anschluss ein Hello senden, um Module hinter anderen USB-Adaptern zu finden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the IoT Pro modules in Bluetooth LE range instead (a %1 s scan).</source>
        <translation>Stattdessen die IoT-Pro-Module in Bluetooth-LE-Reichweite auflisten (Suche von %1 s).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List serial ports; IoT Pro modules are marked by their USB identity.</source>
        <translation>Serielle Anschlüsse auflisten; IoT-Pro-Module sind an ihrer USB-Kennung erkennbar.</translation>
    </message>
    <message>
        <location line="+72"/>
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
    <message>
        <location line="+40"/>
        <source>No IoT Pro module in Bluetooth range. Move closer, and check that the module is powered.</source>
        <translation>Kein IoT-Pro-Modul in Bluetooth-Reichweite. Gehen Sie näher heran und prüfen Sie, ob das Modul Spannung hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy: another tool is connected</source>
        <translation>belegt: ein anderes Werkzeug ist verbunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ReportCommand</name>
    <message>
        <location filename="../cli/commands/ReportCommand.cpp" line="+23"/>
        <source>The recorded session to report on (iotpro-cli history list).</source>
        <translation>Die aufgezeichnete Sitzung, für die das Protokoll erstellt wird (iotpro-cli history list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the report as a PDF to FILE (A4, or Letter in US locales).</source>
        <translation>Das Protokoll als PDF in FILE schreiben (A4, oder Letter bei US-Gebietsschema).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The commissioning report of a recorded session (PDF and/or JSON), or verify a report file.</source>
        <translation>Das Inbetriebnahmeprotokoll einer aufgezeichneten Sitzung (PDF und/oder JSON) erstellen oder eine Protokolldatei prüfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>report verify needs one FILE.json.</source>
        <translation>report verify braucht genau eine FILE.json.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>report needs --session ID (see iotpro-cli history list) and --pdf FILE, --json FILE or both.</source>
        <translation>report braucht --session ID (siehe iotpro-cli history list) und --pdf FILE, --json FILE oder beides.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the report was written but not kept in the job history: %1</source>
        <translation>das Protokoll wurde geschrieben, aber nicht im Auftragsverlauf gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report %1 written to %2 (content SHA-256 %3).</source>
        <translation>Protokoll %1 in %2 geschrieben (Inhalts-SHA-256 %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than any report; is it the right file?</source>
        <translation>%1 ist größer als jedes Protokoll; ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ok  </source>
        <translation>ok    </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session signed no configuration: only the content hash was checked.</source>
        <translation>Die Sitzung hat keine Konfiguration signiert: nur der Inhalts-Hash wurde geprüft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report verify: check &quot;%1&quot; failed: %2</source>
        <translation>report verify: Prüfung &quot;%1&quot; fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::SessionRecording</name>
    <message>
        <location filename="../cli/SessionRecording.cpp" line="+27"/>
        <source>Recorded as session %1 in the job history (iotpro-cli report --session %1).</source>
        <translation>Als Sitzung %1 im Auftragsverlauf gespeichert (iotpro-cli report --session %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded in the job history: %1</source>
        <translation>nicht im Auftragsverlauf gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::SigningKeyLoading</name>
    <message>
        <location filename="../cli/SigningKeyLoading.cpp" line="+20"/>
        <source> (with --passphrase-file FILE; this command never prompts)</source>
        <translation> (mit --passphrase-file FILE; dieser Befehl fragt nie nach)</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::TrustCommand</name>
    <message>
        <location filename="../cli/commands/TrustCommand.cpp" line="+22"/>
        <source>trust add: what the key may sign, configuration (default) or factory.</source>
        <translation>trust add: was der Schlüssel signieren darf, configuration (Vorgabe) oder factory.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trust add: a name for the key in the trust store, e.g. whose laptop it is.</source>
        <translation>trust add: ein Name für den Schlüssel im Vertrauensspeicher, z. B. wessen Laptop es ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trust add: the fingerprint was compared with the key owner&apos;s; do not ask.</source>
        <translation>trust add: der Fingerabdruck wurde mit dem des Schlüsselbesitzers verglichen; nicht nachfragen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>List the module&apos;s trusted signing keys; add or remove one (factory mode).</source>
        <translation>Die vertrauenswürdigen Signierschlüssel des Moduls auflisten; einen hinzufügen oder entfernen (Werksmodus).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>trust needs one of: trust list, trust add FILE.pub, trust remove KEYID.</source>
        <translation>trust braucht eines von: trust list, trust add FILE.pub, trust remove KEYID.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--role is configuration or factory, not &quot;%1&quot;.</source>
        <translation>--role ist configuration oder factory, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>trust add asks to compare the fingerprint %1 with the one the key&apos;s owner gave you: run it on a terminal, or add --yes once you have compared it.</source>
        <translation>trust add verlangt, den Fingerabdruck %1 mit dem zu vergleichen, den Ihnen der Besitzer des Schlüssels gegeben hat: führen Sie den Befehl in einem Terminal aus, oder fügen Sie --yes hinzu, sobald Sie ihn verglichen haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key          %1 (%2)
Fingerprint  %3
Module       %4
</source>
        <translation>Schlüssel      %1 (%2)
Fingerabdruck  %3
Modul          %4
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this key as a %1 signer? Compare the fingerprint with the one its owner gave you. [y/N]</source>
        <translation>Diesem Schlüssel als %1-Unterzeichner vertrauen? Vergleichen Sie den Fingerabdruck mit dem, den Ihnen sein Besitzer gegeben hat. [y/N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was added.</source>
        <translation>es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a key id: give its 16 hex digits, e.g. 7849ac3049680be1 or &quot;7849 ac30 4968 0be1&quot; (trust list shows them).</source>
        <translation>&quot;%1&quot; ist keine Schlüssel-ID: geben Sie ihre 16 Hexadezimalziffern an, z. B. 7849ac3049680be1 oder &quot;7849 ac30 4968 0be1&quot; (trust list zeigt sie an).</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::ConfigWrite</name>
    <message>
        <location filename="../core/commissioning/ConfigWrite.cpp" line="+20"/>
        <source>Reading the module&apos;s configuration</source>
        <translation>Konfiguration des Moduls wird gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the configuration</source>
        <translation>Konfiguration wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the energy registers and the module clock</source>
        <translation>Energieregister und Moduluhr werden aufgezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing with the label code</source>
        <translation>Kopplung mit dem Code vom Typenschild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing the configuration</source>
        <translation>Konfiguration wird signiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploading the configuration</source>
        <translation>Konfiguration wird übertragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activating the configuration</source>
        <translation>Konfiguration wird aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the configuration back</source>
        <translation>Konfiguration wird zurückgelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the networks and GPS</source>
        <translation>Netzwerke und GPS werden geprüft</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The module kept the previous configuration (counter %1); nothing was changed.</source>
        <translation>Das Modul hat die bisherige Konfiguration behalten (Zähler %1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new configuration (counter %1) is active.</source>
        <translation>Die neue Konfiguration (Zähler %1) ist aktiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which configuration the module has is not known: read it with &quot;config get&quot;.</source>
        <translation>Welche Konfiguration das Modul hat, ist unbekannt: lesen Sie sie mit &quot;config get&quot; aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which configuration the module has is not known: read it with &quot;config get&quot; (counter %1 is the previous configuration, %2 the new one).</source>
        <translation>Welche Konfiguration das Modul hat, ist unbekannt: lesen Sie sie mit &quot;config get&quot; aus (Zähler %1 ist die bisherige Konfiguration, %2 die neue).</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::ConfigWriter</name>
    <message numerus="yes">
        <location filename="../core/commissioning/ConfigWriter.cpp" line="+85"/>
        <source>%n field(s) of the configuration need correcting; nothing was written.</source>
        <translation>
            <numerusform>%n Feld der Konfiguration muss korrigiert werden; es wurde nichts geschrieben.</numerusform>
            <numerusform>%n Felder der Konfiguration müssen korrigiert werden; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The module staged a configuration other than the one sent; it was not activated. Apply again, and report this module if it happens again.</source>
        <translation>Das Modul hat eine andere Konfiguration als die gesendete bereitgestellt; sie wurde nicht aktiviert. Übernehmen Sie sie erneut und melden Sie dieses Modul, falls es wieder vorkommt.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The module reports the new configuration&apos;s hash but different settings; read it with &quot;config get&quot; and apply again.</source>
        <translation>Das Modul meldet den Hash der neuen Konfiguration, aber andere Einstellungen; lesen Sie sie mit &quot;config get&quot; aus und übernehmen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The module confirmed the commit but still reports the previous configuration.</source>
        <translation>Das Modul hat die Übernahme bestätigt, meldet aber noch die bisherige Konfiguration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module reports a configuration (counter %1) that is neither the previous nor the new one: another tool may have written in between.</source>
        <translation>Das Modul meldet eine Konfiguration (Zähler %1), die weder die bisherige noch die neue ist: möglicherweise hat zwischenzeitlich ein anderes Werkzeug geschrieben.</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::CtCorrection</name>
    <message>
        <location filename="../core/commissioning/CtCorrection.cpp" line="+56"/>
        <source>The correction found does not fit the module&apos;s present CT settings: wait for the next steady reading, then try again.</source>
        <translation>Die ermittelte Korrektur passt nicht zu den aktuellen Stromwandler-Einstellungen des Moduls: warten Sie auf den nächsten stabilen Messwert und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CT is on L2&apos;s conductor. In 3P3W wiring the module measures against L2 and cannot pair a current with it, so software cannot correct this: move the CT as the finding says.</source>
        <translation>Ein Stromwandler sitzt auf dem Leiter von L2. Bei 3P3W-Verdrahtung misst das Modul gegen L2 und kann ihm keinen Strom zuordnen, daher lässt sich das nicht per Software korrigieren: setzen Sie den Stromwandler um, wie im Befund angegeben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>paired with L%1&apos;s voltage instead of L%2&apos;s</source>
        <translation>der Spannung von L%1 statt der von L%2 zugeordnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inverted</source>
        <translation>umgekehrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer inverted</source>
        <translation>nicht mehr umgekehrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT input %1: %2</source>
        <translation>Stromwandlereingang %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::NetworkCheckText</name>
    <message>
        <location filename="../core/commissioning/NetworkCheckText.cpp" line="+25"/>
        <source>disabled in the configuration</source>
        <translation>in der Konfiguration deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not fitted</source>
        <translation>nicht bestückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the module reported a result this tool does not know; update the tool</source>
        <translation>das Modul hat ein Ergebnis gemeldet, das dieses Werkzeug nicht kennt; aktualisieren Sie das Werkzeug</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connected to &quot;%1&quot; (%2, %3 dBm, channel %4), address %5 via %6</source>
        <translation>verbunden mit &quot;%1&quot; (%2, %3 dBm, Kanal %4), Adresse %5 über %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no access point named &quot;%1&quot; in range: check the name and that the access point is on and near enough</source>
        <translation>kein Access Point namens &quot;%1&quot; in Reichweite: prüfen Sie den Namen und ob der Access Point eingeschaltet und nah genug ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the access point refused the passphrase: check it (and WPA2 or WPA3) and apply the configuration again</source>
        <translation>der Access Point hat die Passphrase abgelehnt: prüfen Sie sie (und WPA2 oder WPA3) und übernehmen Sie die Konfiguration erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>associated with &quot;%1&quot; but no address came from DHCP: check the network&apos;s DHCP server, or set a static address</source>
        <translation>mit &quot;%1&quot; verbunden, aber per DHCP kam keine Adresse: prüfen Sie den DHCP-Server des Netzwerks oder legen Sie eine statische Adresse fest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no connection within the time limit: check the signal at the module</source>
        <translation>keine Verbindung innerhalb der Zeitgrenze: prüfen Sie das Signal am Modul</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <location line="+40"/>
        <location line="+25"/>
        <source>for a reason this tool does not know; update the tool</source>
        <translation>aus einem Grund, den dieses Werkzeug nicht kennt; aktualisieren Sie das Werkzeug</translation>
    </message>
    <message numerus="yes">
        <location line="-86"/>
        <source>joined as %1 (%2 dBm, SNR %3 dB, DR%4); link margin %5 dB, %n gateway(s) heard it</source>
        <translation>
            <numerusform>beigetreten als %1 (%2 dBm, SNR %3 dB, DR%4); Linkreserve %5 dB, %n Gateway hat ihn empfangen</numerusform>
            <numerusform>beigetreten als %1 (%2 dBm, SNR %3 dB, DR%4); Linkreserve %5 dB, %n Gateways haben ihn empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>no join accept after %n attempt(s): no gateway in range, or the network server does not know this DevEUI, JoinEUI and AppKey</source>
        <translation>
            <numerusform>kein Join-Accept nach %n Versuch: kein Gateway in Reichweite, oder der Netzwerkserver kennt diese DevEUI, JoinEUI und diesen AppKey nicht</numerusform>
            <numerusform>kein Join-Accept nach %n Versuchen: kein Gateway in Reichweite, oder der Netzwerkserver kennt diese DevEUI, JoinEUI und diesen AppKey nicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>joined, but no link check answer came back: coverage is marginal here</source>
        <translation>beigetreten, aber auf den Link-Check kam keine Antwort: die Abdeckung ist hier grenzwertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no join within the time limit</source>
        <translation>kein Beitritt innerhalb der Zeitgrenze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown radio</source>
        <translation>unbekanntes Funkmodul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTE-M</source>
        <translation>LTE-M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NB-IoT</source>
        <translation>NB-IoT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>registered with %1 (%2, RSRP %3 dBm, RSRQ %4 dB, %5 of 5 bars), address %6</source>
        <translation>eingebucht bei %1 (%2, RSRP %3 dBm, RSRQ %4 dB, %5 von 5 Balken), Adresse %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no SIM card: insert the SIM of the data plan</source>
        <translation>keine SIM-Karte: setzen Sie die SIM des Datentarifs ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SIM asks for a PIN: use a SIM without a PIN lock</source>
        <translation>die SIM verlangt eine PIN: verwenden Sie eine SIM ohne PIN-Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no signal: move the antenna or fit an external one</source>
        <translation>kein Signal: versetzen Sie die Antenne oder schließen Sie eine externe an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network refused registration: check that the SIM&apos;s plan allows %1 here</source>
        <translation>das Netz hat die Einbuchung abgelehnt: prüfen Sie, ob der Tarif der SIM hier %1 erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registered with %1, but the data connection was refused: check the APN, user and password</source>
        <translation>eingebucht bei %1, aber die Datenverbindung wurde abgelehnt: prüfen Sie APN, Benutzer und Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no registration within the time limit</source>
        <translation>keine Einbuchung innerhalb der Zeitgrenze</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fix with %1 of %2 satellites after %3 s: %4, %5 (HDOP %6)</source>
        <translation>Position mit %1 von %2 Satelliten nach %3 s: %4, %5 (HDOP %6)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n satellite(s) in view but no fix in time: give the antenna a clearer view of the sky</source>
        <translation>
            <numerusform>%n Satellit sichtbar, aber keine Position in der Zeit: geben Sie der Antenne freiere Sicht zum Himmel</numerusform>
            <numerusform>%n Satelliten sichtbar, aber keine Position in der Zeit: geben Sie der Antenne freiere Sicht zum Himmel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no satellites in view: the antenna is indoors or not connected</source>
        <translation>keine Satelliten sichtbar: die Antenne ist im Gebäude oder nicht angeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>antenna fault (open or short circuit): check the antenna and its cable</source>
        <translation>Antennenfehler (Unterbrechung oder Kurzschluss): prüfen Sie die Antenne und ihr Kabel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoRaWAN</source>
        <translation>LoRaWAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellular</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::OpeningReader</name>
    <message>
        <location filename="../core/commissioning/OpeningReader.cpp" line="+38"/>
        <source>The module sent no live reading within %1 s, so its energy registers could not be recorded.</source>
        <translation>Das Modul hat innerhalb von %1 s keinen Live-Messwert gesendet, daher konnten seine Energieregister nicht aufgezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::Reconnector</name>
    <message>
        <location filename="../core/commissioning/Reconnector.cpp" line="+19"/>
        <source>There is no module address to connect to.</source>
        <translation>Es gibt keine Moduladresse, zu der verbunden werden kann.</translation>
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
        <location line="+6"/>
        <source>In 3P3W wiring CT input %1 cannot be mapped to phase 2: the module measures against L2 and pairs currents only with L1 and L3. Map it to phase 1 or 3, and clamp the CTs on L1 and L3.</source>
        <translation>Bei 3P3W-Verdrahtung kann Stromwandlereingang %1 nicht Phase 2 zugeordnet werden: das Modul misst gegen L2 und ordnet Ströme nur L1 und L3 zu. Ordnen Sie ihn Phase 1 oder 3 zu und setzen Sie die Stromwandler auf L1 und L3.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+163"/>
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
    <name>iotpro::graphics::PhasorDiagram</name>
    <message>
        <location filename="../core/graphics/PhasorDiagram.cpp" line="+37"/>
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
    <name>iotpro::modbus::ModbusErrors</name>
    <message>
        <location filename="../core/modbus/ModbusErrors.cpp" line="+9"/>
        <source>exception 01, illegal function: the device does not support this request; check the register profile&apos;s table (holding or input)</source>
        <translation>Exception 01, unzulässige Funktion: das Gerät unterstützt diese Anfrage nicht; prüfen Sie die Tabelle im Registerprofil (holding oder input)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exception 02, illegal data address: the device has no such register; check the register profile&apos;s addresses</source>
        <translation>Exception 02, unzulässige Datenadresse: das Gerät hat kein solches Register; prüfen Sie die Adressen im Registerprofil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exception 03, illegal data value: the device refused the value or the number of registers</source>
        <translation>Exception 03, unzulässiger Datenwert: das Gerät hat den Wert oder die Anzahl der Register abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 04, server device failure: the device failed while serving the request</source>
        <translation>Exception 04, Gerätefehler: das Gerät ist beim Bearbeiten der Anfrage ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 05, acknowledge: the device accepted a long task and is still working on it</source>
        <translation>Exception 05, Bestätigung: das Gerät hat eine lange Aufgabe angenommen und arbeitet noch daran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 06, server device busy: the device cannot serve requests now; try again later</source>
        <translation>Exception 06, Gerät beschäftigt: das Gerät kann jetzt keine Anfragen bearbeiten; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 08, memory parity error: the device&apos;s memory is damaged</source>
        <translation>Exception 08, Speicher-Paritätsfehler: der Speicher des Geräts ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 0A, gateway path unavailable: the gateway has no route to that unit id</source>
        <translation>Exception 0A, Gateway-Pfad nicht verfügbar: das Gateway hat keine Route zu dieser Unit-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 0B, gateway target failed to respond: nothing answers at that unit id behind the gateway; check the unit id</source>
        <translation>Exception 0B, Gateway-Ziel antwortet nicht: hinter dem Gateway antwortet nichts unter dieser Unit-ID; prüfen Sie die Unit-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exception %1, not defined by the Modbus specification</source>
        <translation>Exception %1, in der Modbus-Spezifikation nicht definiert</translation>
    </message>
</context>
<context>
    <name>iotpro::modbus::ModbusLink</name>
    <message>
        <location filename="../core/modbus/ModbusLink.cpp" line="+70"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot connect to the Modbus device at %1:%2 (%3): check that it is on and reachable.</source>
        <translation>keine Verbindung zum Modbus-Gerät unter %1:%2 (%3): prüfen Sie, ob es eingeschaltet und erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the serial port %1 (%2): check the adapter and that you may use it (group dialout).</source>
        <translation>die serielle Schnittstelle %1 kann nicht geöffnet werden (%2): prüfen Sie den Adapter und ob Sie ihn verwenden dürfen (Gruppe dialout).</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>no answer from Modbus %1 while %2, within %3 ms on each of %n tries: check the unit id, the wiring and the serial settings.</source>
        <translation>
            <numerusform>keine Antwort von Modbus %1 beim %2, innerhalb von %3 ms bei %n Versuch: prüfen Sie die Unit-ID, die Verdrahtung und die seriellen Einstellungen.</numerusform>
            <numerusform>keine Antwort von Modbus %1 beim %2, innerhalb von je %3 ms bei %n Versuchen: prüfen Sie die Unit-ID, die Verdrahtung und die seriellen Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Modbus %1 refused %2: %3.</source>
        <translation>Modbus %1 hat abgelehnt (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Modbus %1 sent a damaged or unexpected reply while %2 (%3; %n CRC error(s) so far): check the cable, its termination and the baud rate.</source>
        <translation>
            <numerusform>Modbus %1 hat beim %2 eine beschädigte oder unerwartete Antwort gesendet (%3; bisher %n CRC-Fehler): prüfen Sie das Kabel, seinen Abschluss und die Baudrate.</numerusform>
            <numerusform>Modbus %1 hat beim %2 eine beschädigte oder unerwartete Antwort gesendet (%3; bisher %n CRC-Fehler): prüfen Sie das Kabel, seinen Abschluss und die Baudrate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the link to Modbus %1 broke while %2 (%3).</source>
        <translation>die Verbindung zu Modbus %1 ist beim %2 abgebrochen (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modbus %1 failed while %2: %3.</source>
        <translation>Modbus %1 ist beim %2 fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Modbus link is not open.</source>
        <translation>die Modbus-Verbindung ist nicht geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>reading %n holding register(s) from %1</source>
        <translation>
            <numerusform>Lesen von %n Holding-Register ab %1</numerusform>
            <numerusform>Lesen von %n Holding-Registern ab %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>reading %n input register(s) from %1</source>
        <translation>
            <numerusform>Lesen von %n Input-Register ab %1</numerusform>
            <numerusform>Lesen von %n Input-Registern ab %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the register &quot;%1&quot; is read-only in its profile.</source>
        <translation>das Register &quot;%1&quot; ist in seinem Profil schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>writing %n holding register(s) from %1</source>
        <translation>
            <numerusform>Schreiben von %n Holding-Register ab %1</numerusform>
            <numerusform>Schreiben von %n Holding-Registern ab %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotpro::modbus::RegisterMap</name>
    <message>
        <location filename="../core/modbus/RegisterMap.cpp" line="+40"/>
        <source>must not be 0</source>
        <translation>darf nicht 0 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>input registers are read-only; use &quot;table&quot;: &quot;holding&quot;</source>
        <translation>Input-Register sind schreibgeschützt; verwenden Sie &quot;table&quot;: &quot;holding&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value runs past the last register, 0xFFFF</source>
        <translation>der Wert reicht über das letzte Register, 0xFFFF, hinaus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the register profile &quot;%1&quot; has no register &quot;%2&quot;, which this task needs</source>
        <translation>das Registerprofil &quot;%1&quot; hat kein Register &quot;%2&quot;, das diese Aufgabe braucht</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be an object { … }</source>
        <translation>muss ein Objekt { … } sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>&quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the register profile %1: %2</source>
        <translation>das Registerprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::report::CertificatePdf</name>
    <message>
        <location filename="../core/report/CertificatePdf.cpp" line="+31"/>
        <source>balanced</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>element %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>starting current</source>
        <translation>Anlaufstrom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>module %1 Wh, reference %2 Wh in %3 s</source>
        <translation>Modul %1 Wh, Referenz %2 Wh in %3 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≥ %1 Wh</source>
        <translation>≥ %1 Wh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no load, %1 % Un</source>
        <translation>Leerlauf, %1 % Un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>module %1 Wh in %2 s</source>
        <translation>Modul %1 Wh in %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤ %1 Wh</source>
        <translation>≤ %1 Wh</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I % In</source>
        <translation>I % In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PF</source>
        <translation>PF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V ref (V)</source>
        <translation>U ref (V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I ref (A)</source>
        <translation>I ref (A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PF meas.</source>
        <translation>PF gem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error P (%)</source>
        <translation>Fehler P (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U (%)</source>
        <translation>U (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit (%)</source>
        <translation>Grenze (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error Q (%)</source>
        <translation>Fehler Q (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adjustment</source>
        <translation>Justierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read %1 % in gain and %2° in phase (late positive); constants gain %3 %, phase %4° (were %5 %, %6°)</source>
        <translation>gemessen %1 % Verstärkung und %2° Phase (nacheilend positiv); Konstanten Verstärkung %3 %, Phase %4° (vorher %5 %, %6°)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calibration constants</source>
        <translation>Kalibrierkonstanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number %1, signed with factory key %2</source>
        <translation>Nummer %1, signiert mit Werksschlüssel %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibration certificate</source>
        <translation>Kalibrierschein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: PASS — every point within its limit</source>
        <translation>Ergebnis: BESTANDEN — jeder Prüfpunkt innerhalb seiner Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: FAIL — see the points marked Fail</source>
        <translation>Ergebnis: NICHT BESTANDEN — siehe die als nicht bestanden markierten Prüfpunkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item calibrated</source>
        <translation>Kalibriergegenstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Kalibrierschein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IoT Pro Energy Module, serial %1</source>
        <translation>IoT Pro Energy Module, Seriennummer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware / firmware</source>
        <translation>Hardware / Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision %1, firmware %2</source>
        <translation>Revision %1, Firmware %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metering engine</source>
        <translation>Messwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of calibration</source>
        <translation>Datum der Kalibrierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference standard and traceability</source>
        <translation>Bezugsnormal und Rückführbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference meter</source>
        <translation>Referenzzähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, serial %2, read at %3</source>
        <translation>%1, Seriennummer %2, abgelesen um %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its certificate</source>
        <translation>Dessen Kalibrierschein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration due</source>
        <translation>Nächste Kalibrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its accuracy</source>
        <translation>Dessen Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>±%1 % of reading</source>
        <translation>±%1 % vom Messwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test source</source>
        <translation>Prüfquelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ambient conditions</source>
        <translation>Umgebungsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative humidity</source>
        <translation>Relative Luftfeuchte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy class</source>
        <translation>Genauigkeitsklasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision rule</source>
        <translation>Entscheidungsregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results as found (before adjustment)</source>
        <translation>Ergebnisse im Anlieferungszustand (vor Justierung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results as left (after adjustment)</source>
        <translation>Ergebnisse im Auslieferungszustand (nach Justierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorised by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>cannot write the certificate %1: %2</source>
        <translation>der Kalibrierschein %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+1"/>
        <source>Calibration certificate %1</source>
        <translation>Kalibrierschein %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>iotpro::report::ReportExport</name>
    <message>
        <location filename="../core/report/ReportExport.cpp" line="+25"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::report::ReportPdf</name>
    <message>
        <location filename="../core/report/ReportPdf.cpp" line="+36"/>
        <source>not performed</source>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+472"/>
        <source>Commissioning report</source>
        <translation>Inbetriebnahmeprotokoll</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>IoT Pro Energy Module %1 — %2</source>
        <translation>IoT Pro Energy Module %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place not recorded</source>
        <translation>Einbauort nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+383"/>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circuit</source>
        <translation>Stromkreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation point</source>
        <translation>Einbauort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+376"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1° %2, %3° %4, altitude %5 m (%n satellite(s) used)</source>
        <translation>
            <numerusform>%1° %2, %3° %4, Höhe %5 m (%n Satellit genutzt)</numerusform>
            <numerusform>%1° %2, %3° %4, Höhe %5 m (%n Satelliten genutzt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N</source>
        <comment>north</comment>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <comment>south</comment>
        <translation>S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E</source>
        <comment>east</comment>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <comment>west</comment>
        <translation>W</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPS position</source>
        <translation>GPS-Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Aufgezeichnet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, session %3</source>
        <translation>%1, %2, Sitzung %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+307"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="-306"/>
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
        <source>Metering engine</source>
        <translation>Messwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, firmware %2</source>
        <translation>%1, Firmware %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options fitted</source>
        <translation>Bestückte Optionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wiring and current transformers</source>
        <translation>Verdrahtung und Stromwandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiring</source>
        <translation>Verdrahtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal voltage</source>
        <translation>Nennspannung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 V line to line</source>
        <translation>%1 V Außenleiter–Außenleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 V line to neutral</source>
        <translation>%1 V Außenleiter–Neutralleiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominal frequency</source>
        <translation>Nennfrequenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+86"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Demand period</source>
        <translation>Mittelungsperiode</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+247"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Export possible</source>
        <translation>Einspeisung möglich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CT input</source>
        <translation>Stromwandlereingang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Nennstrom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow points</source>
        <translation>Pfeil zeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clamps phase</source>
        <translation>Umfasst Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inverted</source>
        <translation>Umgekehrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Software correction</source>
        <translation>Softwarekorrektur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 A</source>
        <translation>%1 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚑ yes, flagged</source>
        <translation>⚑ ja, markiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚑ The module remaps or inverts CT input(s) %1 in software: the wiring on site differs from the terminal labels. Keep this report with the panel&apos;s documents.</source>
        <translation>⚑ Das Modul ordnet per Software Stromwandlereingänge neu zu oder kehrt sie um (%1): die Verdrahtung vor Ort weicht von der Klemmenbeschriftung ab. Bewahren Sie dieses Protokoll bei den Unterlagen des Verteilers auf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phasor diagram of the reading the verdict was taken from. Black: the voltages. Blue: the currents; the shaded sectors are where each current belongs (power factor 0.5 lagging to 0.8 leading). Red, dashed: a current out of place. Grey: too little current to judge.</source>
        <translation>Zeigerdiagramm des Messwerts, aus dem das Ergebnis stammt. Schwarz: die Spannungen. Blau: die Ströme; die schattierten Sektoren zeigen, wo jeder Strom hingehört (Leistungsfaktor 0,5 induktiv bis 0,8 kapazitiv). Rot, gestrichelt: ein Strom an falscher Stelle. Grau: zu wenig Strom für eine Beurteilung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No diagram: the reading does not have the wiring&apos;s number of elements.</source>
        <translation>Kein Diagramm: der Messwert hat nicht die Anzahl Messelemente der Verdrahtung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Live check</source>
        <translation>Live-Prüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the technician went on without a passing verdict</source>
        <translation> — der Techniker hat ohne bestandenes Ergebnis fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load level</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of the CT rating (highest phase) at the time of the check</source>
        <translation>%1 % des Wandler-Nennstroms (höchste Phase) zum Zeitpunkt der Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Element</source>
        <translation>Messelement</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Voltage (V)</source>
        <translation>Spannung (V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current (A)</source>
        <translation>Strom (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (kW)</source>
        <translation>Wirkleistung (kW)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactive (kvar)</source>
        <translation>Blindleistung (kvar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apparent (kVA)</source>
        <translation>Scheinleistung (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PF</source>
        <translation>PF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angle (°)</source>
        <translation>Winkel (°)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load (% CT)</source>
        <translation>Last (% In)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: the wiring is as declared</source>
        <translation>keine: die Verdrahtung entspricht der Angabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, debounce %2 ms</source>
        <translation>%1, Entprellung %2 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 per pulse, minimum width %3 ms</source>
        <translation>%1 %2 je Impuls, Mindestimpulsdauer %3 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sensors: %1</source>
        <translation>Sensoren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mode not known to this tool</source>
        <translation>diesem Werkzeug unbekannte Betriebsart</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+55"/>
        <location line="+9"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>contact closed</source>
        <translation>Kontakt geschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contact open</source>
        <translation>Kontakt offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, event active</source>
        <translation>, Ereignis aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pulse(s), total %1 %2</source>
        <translation>
            <numerusform>%n Impuls, gesamt %1 %2</numerusform>
            <numerusform>%n Impulse, gesamt %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 °C</source>
        <translation>%1: %2 °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: NOT FOUND</source>
        <translation>%1: NICHT GEFUNDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sensor</source>
        <translation>kein Sensor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inputs and I/O check</source>
        <translation>Eingänge und E/A-Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>I/O check</source>
        <translation>E/A-Prüfung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+133"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Mode</source>
        <translation>Betriebsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DI%1</source>
        <translation>DI%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 V = %2 %3, %4 V = %5 %3</source>
        <translation>%1 V = %2 %3, %4 V = %5 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 V = %2 %3</source>
        <translation>%1 V = %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, LOW ALARM</source>
        <translation>, UNTERER ALARM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, HIGH ALARM</source>
        <translation>, OBERER ALARM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0-10 V analog</source>
        <translation>0-10 V analog</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network and GPS check</source>
        <translation>Netzwerk- und GPS-Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network check</source>
        <translation>Netzwerkprüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration SHA-256 (secrets removed)</source>
        <translation>SHA-256 der Konfiguration (ohne Geheimdaten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>yes, verified by reading it back; slot %1, committed %2</source>
        <translation>ja, durch Zurücklesen verifiziert; Slot %1, übernommen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <translation>Konfigurationszähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (previous configuration: %2)</source>
        <translation>%1 (vorherige Konfiguration: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payload SHA-256</source>
        <translation>SHA-256 der Nutzdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature (Ed25519)</source>
        <translation>Signatur (Ed25519)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer fingerprint</source>
        <translation>Fingerabdruck des Unterzeichners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the link broke after the upload; the tool reconnected and found it active</source>
        <translation>die Verbindung brach nach dem Hochladen ab; das Werkzeug hat sich neu verbunden und die Konfiguration aktiv vorgefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NO — failed while %1: %2. %3</source>
        <translation>NEIN — fehlgeschlagen bei %1: %2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This report&apos;s content SHA-256</source>
        <translation>SHA-256 des Inhalts dieses Protokolls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON form of this report carries the same content with this hash and the signed configuration; &quot;iotpro-cli report verify&quot; checks both. No secret (passphrase, key, password) is ever part of a report.</source>
        <translation>Die JSON-Form dieses Protokolls enthält denselben Inhalt mit diesem Hash sowie die signierte Konfiguration; „iotpro-cli report verify“ prüft beides. Geheimdaten (Passphrase, Schlüssel, Passwort) sind nie Teil eines Protokolls.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Safety checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT confirmed</source>
        <translation>NICHT bestätigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commissioning report %1</source>
        <translation>Inbetriebnahmeprotokoll %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissioning report — %1</source>
        <translation>Inbetriebnahmeprotokoll — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report %1 — Page %2 of %3</source>
        <translation>Protokoll %1 — Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>iotpro::report::ReportTexts</name>
    <message>
        <location filename="../core/report/ReportTexts.cpp" line="+11"/>
        <source>commissioning wizard</source>
        <translation>Inbetriebnahme-Assistent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command line (config apply)</source>
        <translation>Kommandozeile (config apply)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passed: the configuration is written and verified, and every check that ran passed</source>
        <translation>Bestanden: die Konfiguration ist geschrieben und verifiziert, und jede durchgeführte Prüfung wurde bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed with warnings: the configuration is written and verified; see the checks below</source>
        <translation>Bestanden mit Warnungen: die Konfiguration ist geschrieben und verifiziert; siehe die Prüfungen unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: the configuration was not written</source>
        <translation>Nicht bestanden: die Konfiguration wurde nicht geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: the session ended before the configuration was written</source>
        <translation>Unvollständig: die Sitzung endete, bevor die Konfiguration geschrieben wurde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed on site</source>
        <translation>vor Ort behoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected in software</source>
        <translation>per Software korrigiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged by the technician</source>
        <translation>vom Techniker zur Kenntnis genommen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No CT secondary was open-circuited under load</source>
        <translation>Keine Stromwandler-Sekundärseite wurde unter Last geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voltage taps are fused</source>
        <translation>Die Spannungsabgriffe sind abgesichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The enclosure and the panel are closed</source>
        <translation>Gehäuse und Verteiler sind geschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not declared</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main incomer</source>
        <translation>Haupteinspeisung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sub-distribution board or MCC</source>
        <translation>Unterverteilung oder MCC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high-load equipment</source>
        <translation>Großverbraucher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cold-chain feed</source>
        <translation>Versorgung Kühlkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenant or common-area feeder</source>
        <translation>Mieter- oder Allgemeinstromabgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPS or generator</source>
        <translation>USV oder Generator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EV charging</source>
        <translation>Ladeinfrastruktur E-Fahrzeuge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>three-phase four-wire (3P4W)</source>
        <translation>Drehstrom-Vierleiter (3P4W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three-phase three-wire, Aron (3P3W)</source>
        <translation>Drehstrom-Dreileiter, Aron (3P3W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>single-phase (1P)</source>
        <translation>einphasig (1P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>333 mV</source>
        <translation>333 mV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 A</source>
        <translation>1 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 A</source>
        <translation>5 A</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to the load</source>
        <translation>zur Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to the supply</source>
        <translation>zum Netz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dry contact</source>
        <translation>potenzialfreier Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pulse (S0)</source>
        <translation>Impuls (S0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DS18B20 temperature</source>
        <translation>DS18B20-Temperatur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>normally open</source>
        <translation>Schließer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>normally closed</source>
        <translation>Öffner</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>iotpro::report::ReportVerifier</name>
    <message>
        <location filename="../core/report/ReportVerifier.cpp" line="+67"/>
        <source>signed_envelope.signer_public_key is not an Ed25519 public key</source>
        <translation>signed_envelope.signer_public_key ist kein öffentlicher Ed25519-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked: no usable public key</source>
        <translation>nicht geprüft: kein verwendbarer öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the configuration was signed by key %1</source>
        <translation>die Konfiguration wurde mit Schlüssel %1 signiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature of the configuration does not verify with key %1</source>
        <translation>die Signatur der Konfiguration lässt sich mit Schlüssel %1 nicht verifizieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed_envelope.payload is not a signed configuration</source>
        <translation>signed_envelope.payload ist keine signierte Konfiguration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signed configuration cannot be read: %1</source>
        <translation>die signierte Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the report describes the signed configuration</source>
        <translation>das Protokoll beschreibt die signierte Konfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report differs from the signed configuration in %1</source>
        <translation>das Protokoll weicht in %1 von der signierten Konfiguration ab</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a commissioning report, format version %1</source>
        <translation>ein Inbetriebnahmeprotokoll, Formatversion %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>kein gültiges JSON bei Byte %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a commissioning report (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>kein Inbetriebnahmeprotokoll („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is byte for byte as written</source>
        <translation>die Datei ist Byte für Byte so, wie sie geschrieben wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s bytes differ from the layout the tool writes (edited or re-formatted)</source>
        <translation>die Bytes der Datei weichen von dem Layout ab, das das Werkzeug schreibt (bearbeitet oder neu formatiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 of the content is %1, as stated</source>
        <translation>SHA-256 des Inhalts ist %1, wie angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the content is %1, the report states %2: the content was changed</source>
        <translation>SHA-256 des Inhalts ist %1, das Protokoll gibt %2 an: der Inhalt wurde verändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>iotpro::security::KeyFile</name>
    <message>
        <location filename="../core/security/KeyFile.cpp" line="+48"/>
        <source>cannot read %1, the public key beside %2: %3</source>
        <translation>%1, der öffentliche Schlüssel neben %2, kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::security::KeyStore</name>
    <message>
        <location filename="../core/security/KeyStore.cpp" line="+114"/>
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
    <name>iotpro::storage::CommissionedModules</name>
    <message>
        <location filename="../core/storage/CommissionedModules.cpp" line="+50"/>
        <source>Session %1 of the job history holds a configuration that cannot be read (%2).</source>
        <translation>Sitzung %1 des Auftragsverlaufs enthält eine Konfiguration, die nicht gelesen werden kann (%2).</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::ExportFile</name>
    <message>
        <location filename="../core/storage/ExportFile.cpp" line="+11"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::HistoryDatabase</name>
    <message>
        <location filename="../core/storage/HistoryDatabase.cpp" line="+25"/>
        <source>The job history %1 cannot use a write-ahead log on this drive; keep it on a local disk.</source>
        <translation>Der Auftragsverlauf %1 kann auf diesem Laufwerk kein Write-Ahead-Log verwenden; legen Sie ihn auf einer lokalen Festplatte ab.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the folder %1 for the job history; choose another file with --history.</source>
        <translation>Der Ordner %1 für den Auftragsverlauf kann nicht angelegt werden; wählen Sie mit --history eine andere Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the job history %1 (%2); check that the file is a job history and that you may write it.</source>
        <translation>Der Auftragsverlauf %1 kann nicht geöffnet werden (%2); prüfen Sie, ob die Datei ein Auftragsverlauf ist und ob Sie darauf schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The job history %1 is damaged: %2. Restore it from a backup.</source>
        <translation>Der Auftragsverlauf %1 ist beschädigt: %2. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::JobPack</name>
    <message>
        <location filename="../core/storage/JobPack.cpp" line="+88"/>
        <source>A job pack has no such field here; check its spelling.</source>
        <translation>Ein Auftragspaket hat hier kein solches Feld; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a name (text in double quotes).</source>
        <translation>Geben Sie einen Namen ein (Text in doppelten Anführungszeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field takes text in double quotes.</source>
        <translation>Dieses Feld nimmt Text in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This field takes a list, [ … ].</source>
        <translation>Dieses Feld nimmt eine Liste, [ … ].</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each entry of this list is a JSON object, { … }.</source>
        <translation>Jeder Eintrag dieser Liste ist ein JSON-Objekt, { … }.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; appears twice; each name is used once here.</source>
        <translation>„%1“ kommt zweimal vor; jeder Name wird hier nur einmal verwendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This field takes a JSON object, { … }, in the configuration&apos;s JSON form.</source>
        <translation>Dieses Feld nimmt ein JSON-Objekt, { … }, in der JSON-Form der Konfiguration.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A job pack carries no secrets; leave it empty, the technician enters it on site.</source>
        <translation>Ein Auftragspaket enthält keine Geheimdaten; lassen Sie das Feld leer, der Techniker gibt den Wert vor Ort ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This belongs to one module, not to a site; leave it empty and enter it in the field.</source>
        <translation>Dies gehört zu einem einzelnen Modul, nicht zu einem Standort; lassen Sie das Feld leer und geben Sie den Wert vor Ort ein.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not an installation point; use one of %2.</source>
        <translation>„%1“ ist keine Einbaustelle; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is larger than any job pack; is it the right file?</source>
        <translation>Diese Datei ist größer als jedes Auftragspaket; ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The job pack is not a JSON object (%1 at byte %2).</source>
        <translation>Das Auftragspaket ist kein JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a job pack: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Dies ist kein Auftragspaket: „format“ muss „%1“ sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This tool reads job packs of format version %1; this one says %2. Update the tool, or export the pack again with this version.</source>
        <translation>Dieses Werkzeug liest Auftragspakete der Formatversion %1; dieses gibt %2 an. Aktualisieren Sie das Werkzeug oder exportieren Sie das Paket mit dieser Version erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A job pack lists at least one site.</source>
        <translation>Ein Auftragspaket führt mindestens einen Standort auf.</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::JobPackStore</name>
    <message>
        <location filename="../core/storage/JobPackStore.cpp" line="+27"/>
        <source>The plan of %1 in the job history cannot be read (%2); import the job pack again.</source>
        <translation>Der Plan von %1 im Auftragsverlauf kann nicht gelesen werden (%2); importieren Sie das Auftragspaket erneut.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>There is no circuit &quot;%1&quot; in panel &quot;%2&quot; of site &quot;%3&quot; in the job history; &quot;iotpro-cli history tree&quot; lists them.</source>
        <translation>Im Auftragsverlauf gibt es keinen Stromkreis „%1“ im Verteiler „%2“ des Standorts „%3“; „iotpro-cli history tree“ listet sie auf.</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::SessionStore</name>
    <message>
        <location filename="../core/storage/SessionStore.cpp" line="+302"/>
        <source>There is no session %1 in the job history %2; &quot;iotpro-cli history list&quot; shows the sessions.</source>
        <translation>Im Auftragsverlauf %2 gibt es keine Sitzung %1; „iotpro-cli history list“ zeigt die Sitzungen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>session %1 of the job history</source>
        <translation>Sitzung %1 des Auftragsverlaufs</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::Storage</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+119"/>
        <source>The job history %1 was written by a newer version of this tool (schema %2; this version knows up to %3). Update the tool, or choose another file with --history.</source>
        <translation>Der Auftragsverlauf %1 wurde von einer neueren Version dieses Werkzeugs geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie das Werkzeug oder wählen Sie mit --history eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlResult.cpp" line="+11"/>
        <source>The job history database refused an operation (%1). Nothing of it was stored; if this repeats, check the disk and run &quot;iotpro-cli history check&quot;.</source>
        <translation>Die Datenbank des Auftragsverlaufs hat einen Vorgang abgelehnt (%1). Davon wurde nichts gespeichert; wenn das wieder vorkommt, prüfen Sie den Datenträger und führen Sie „iotpro-cli history check“ aus.</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::TemplateStore</name>
    <message>
        <location filename="../core/storage/TemplateStore.cpp" line="+28"/>
        <source>The template &quot;%1&quot; in the job history cannot be read (%2); save it again.</source>
        <translation>Die Vorlage „%1“ im Auftragsverlauf kann nicht gelesen werden (%2); speichern Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A template name has 1 to %1 characters and no leading or trailing spaces; &quot;%2&quot; does not.</source>
        <translation>Ein Vorlagenname hat 1 bis %1 Zeichen und keine Leerzeichen am Anfang oder Ende; „%2“ erfüllt das nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is already a template &quot;%1&quot;; choose another name or replace it.</source>
        <translation>Es gibt bereits eine Vorlage „%1“; wählen Sie einen anderen Namen oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no template &quot;%1&quot; in the job history %2; &quot;iotpro-cli history template list&quot; shows them.</source>
        <translation>Im Auftragsverlauf %2 gibt es keine Vorlage „%1“; „iotpro-cli history template list“ zeigt die Vorlagen.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::AnalogInputBox</name>
    <message>
        <location filename="../ui/wizard/AnalogInputBox.cpp" line="+154"/>
        <source>Analo&amp;g input (0–30 V)</source>
        <translation>Analo&amp;geingang (0–30 V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Tank pressure</source>
        <translation>z. B. Tankdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bar, %, °C</source>
        <translation>z. B. bar, %, °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling, first point:</source>
        <translation>Skalierung, erster Punkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling, second point:</source>
        <translation>Skalierung, zweiter Punkt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> V</source>
        <translation> V</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>reads</source>
        <translation>entspricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm below</source>
        <translation>Alarm unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm above</source>
        <translation>Alarm über</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Now: %1 V, which reads %2.</source>
        <translation>Jetzt: %1 V, das entspricht %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low alarm on.</source>
        <translation>Unterer Alarm aktiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High alarm on.</source>
        <translation>Oberer Alarm aktiv.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BatchTrendChart</name>
    <message>
        <location filename="../ui/bench/BatchTrendChart.cpp" line="+63"/>
        <source>No accuracy results in this batch yet: calibrate a module with a batch name.</source>
        <translation>Noch keine Genauigkeitsergebnisse in diesem Los: kalibrieren Sie ein Modul mit Angabe eines Loses.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — limit ±%2 %</source>
        <translation>%1 — Grenze ±%2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drifting toward the limit</source>
        <translation>driftet Richtung Grenze</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>module 1</source>
        <translation>Modul 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>module %1 (test order)</source>
        <translation>Modul %1 (Prüfreihenfolge)</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BatchTrendModel</name>
    <message>
        <location filename="../ui/bench/BatchTrendModel.cpp" line="+39"/>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 per module</source>
        <translation>%1 je Modul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drifting toward the limit</source>
        <translation>driftet Richtung Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failures</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Point</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit %</source>
        <translation>Grenze %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean error %</source>
        <translation>Mittlerer Fehler %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest |error| %</source>
        <translation>Größter |Fehler| %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend of |error| %</source>
        <translation>Trend |Fehler| %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BatchView</name>
    <message>
        <location filename="../ui/bench/BatchView.cpp" line="+99"/>
        <location line="+22"/>
        <source>The job history cannot be read: %1</source>
        <translation>Der Auftragsverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No batch yet: calibrate modules in the Bench mode with a batch name.</source>
        <translation>Noch kein Los: kalibrieren Sie Module am Werks-Prüfplatz mit Angabe eines Loses.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yield %1 %: %2 of %3 modules passed, %4 after adjustment.</source>
        <translation>Ausbeute %1 %: %2 von %3 Modulen bestanden, %4 nach Justierung.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Los:</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchController</name>
    <message>
        <location filename="../ui/bench/BenchController.cpp" line="+22"/>
        <source>Connect the module under test, then scan its serial number.</source>
        <translation>Schließen Sie den Prüfling an und scannen Sie dann seine Seriennummer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No module is connected: connect module %1, then scan it again. Nothing was run.</source>
        <translation>Kein Modul angeschlossen: schließen Sie Modul %1 an und scannen Sie es erneut. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned serial number %1 is not the connected module&apos;s (%2). Nothing was run: scan the label of the module on the bench, or connect module %1.</source>
        <translation>Die gescannte Seriennummer %1 gehört nicht zum angeschlossenen Modul (%2). Es wurde nichts ausgeführt: scannen Sie das Etikett des Moduls auf dem Prüfplatz oder schließen Sie Modul %1 an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No factory key chosen: import the factory&apos;s calibration key into the key store (iotpro-cli keys import), or clear &quot;Adjust the module&quot;.</source>
        <translation>Kein Werksschlüssel gewählt: importieren Sie den Kalibrierschlüssel des Werks in den Schlüsselspeicher (iotpro-cli keys import) oder entfernen Sie den Haken bei „Modul justieren“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Module %1 adjusted; checking it again.</source>
        <translation>Modul %1 justiert; es wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking module %1 against the reference meter…</source>
        <translation>Modul %1 wird gegen den Referenzzähler geprüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Module %1 passed. Certificate %2 written.</source>
        <translation>Modul %1 hat bestanden. Kalibrierschein %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module %1 failed at the points marked Fail. Certificate %2 written.</source>
        <translation>Modul %1 hat nicht bestanden (siehe die als „Nicht bestanden“ markierten Prüfpunkte). Kalibrierschein %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded in the job history: %1</source>
        <translation>Nicht im Auftragsverlauf gespeichert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Module %1: the run stopped and nothing was written. %2</source>
        <translation>Modul %1: der Durchlauf wurde abgebrochen, es wurde nichts geschrieben. %2</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchPointModel</name>
    <message>
        <location filename="../ui/bench/BenchPointModel.cpp" line="+61"/>
        <source>As found</source>
        <translation>Vor Justierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As left</source>
        <translation>Nach Justierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balanced</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>element %1</source>
        <translation>Messelement %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % In, %2, %3</source>
        <translation>%1 % In, %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting current, %1 % In</source>
        <translation>Anlaufstrom, %1 % In</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no load, %1 % Un</source>
        <translation>Leerlauf, %1 % Un</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Wh</source>
        <translation>%1 Wh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit %</source>
        <translation>Grenze %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchResultBanner</name>
    <message>
        <location filename="../ui/bench/BenchResultBanner.cpp" line="+24"/>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RUNNING</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOPPED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchSettingsCheck</name>
    <message>
        <location filename="../ui/bench/BenchSettings.cpp" line="+78"/>
        <source>Enter the reference meter&apos;s address, e.g. modbus-tcp:127.0.0.1:5502.</source>
        <translation>Geben Sie die Adresse des Referenzzählers ein, z. B. modbus-tcp:127.0.0.1:5502.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the number of the reference meter&apos;s own calibration certificate.</source>
        <translation>Geben Sie die Nummer des Kalibrierscheins des Referenzzählers ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the reference meter&apos;s calibration due date from its certificate, as YYYY-MM-DD.</source>
        <translation>Geben Sie das Fälligkeitsdatum der Kalibrierung des Referenzzählers laut seinem Kalibrierschein ein, im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the operator&apos;s name: it is printed on every certificate.</source>
        <translation>Geben Sie den Namen des Bearbeiters ein: er wird auf jeden Kalibrierschein gedruckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an existing folder for the certificates and the CSV log.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für die Kalibrierscheine und das CSV-Protokoll.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchView</name>
    <message>
        <location filename="../ui/bench/BenchView.cpp" line="+187"/>
        <source>Bench setup</source>
        <translation>Einrichtung des Prüfplatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference meter:</source>
        <translation>&amp;Referenzzähler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modbus-tcp:HOST:PORT or modbus-rtu:DEVICE:BAUD:8N1</source>
        <translation>modbus-tcp:HOST:PORT oder modbus-rtu:DEVICE:BAUD:8N1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference cer&amp;tificate:</source>
        <translation>Referenz-&amp;Kalibrierschein:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its own calibration certificate&apos;s number</source>
        <translation>Nummer seines eigenen Kalibrierscheins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference calibration du&amp;e:</source>
        <translation>Referenz-Kalibrierung &amp;fällig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;plan:</source>
        <translation>Prüf&amp;plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in: IEC 62053-22 class 0.5S</source>
        <translation>eingebaut: IEC 62053-22 Klasse 0.5S</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Los:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the work order</source>
        <translation>z. B. der Fertigungsauftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utput folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust the module (factory &amp;key), then check it again</source>
        <translation>Modul justieren (&amp;Werksschlüssel), dann erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factory key:</source>
        <translation>Werksschlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only for an encrypted key</source>
        <translation>nur bei verschlüsseltem Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serial number:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scan the module&apos;s label, or type its serial number and press Enter</source>
        <translation>Etikett des Moduls scannen oder Seriennummer eingeben und die Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Certificate: %1
CSV log: %2</source>
        <translation>Kalibrierschein: %1
CSV-Protokoll: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Test plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test plans (*.json)</source>
        <translation>Prüfpläne (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
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
    <name>iotpro::ui::CommissioningWizard</name>
    <message>
        <location filename="../ui/wizard/CommissioningWizard.cpp" line="+214"/>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ›</source>
        <translation>&amp;Weiter ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is module %1, but you were commissioning module %2. Connect %2 again to continue where you stopped, or start over with %1.</source>
        <translation>Dies ist Modul %1, Sie haben aber Modul %2 in Betrieb genommen. Verbinden Sie %2 erneut, um dort weiterzumachen, wo Sie aufgehört haben, oder beginnen Sie mit %1 neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start over with %1</source>
        <translation>Mit %1 neu &amp;beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link to module %1 is lost. Everything you entered is kept: connect it again and the wizard continues here.</source>
        <translation>Die Verbindung zu Modul %1 ist unterbrochen. Alle Eingaben bleiben erhalten: verbinden Sie es erneut, dann macht der Assistent hier weiter.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectPage</name>
    <message>
        <location filename="../ui/wizard/ConnectPage.cpp" line="+42"/>
        <source>Connect to the module</source>
        <translation>Mit dem Modul verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plug the module&apos;s USB cable in, choose it in the Connection list on the left and press Connect. With the keyboard: Alt+C, the arrow keys, then Enter.</source>
        <translation>Stecken Sie das USB-Kabel des Moduls ein, wählen Sie es links in der Liste „Verbindung“ und klicken Sie auf „Verbinden“. Mit der Tastatur: Alt+A, die Pfeiltasten, dann Enter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the virtual module…</source>
        <translation>Virtuelles Modul wird gestartet …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to module %1.</source>
        <translation>Mit Modul %1 verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the virtual module built into the app. Its label code is %1 — a real module has its code printed on its label. You will need it to write the configuration.</source>
        <translation>Dies ist das in die App eingebaute virtuelle Modul. Sein Etikettcode ist %1 — bei einem echten Modul ist der Code auf das Etikett gedruckt. Sie brauchen ihn, um die Konfiguration zu schreiben.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+1"/>
        <source>Firmware %1, hardware %2. Fitted options: %3.
%4</source>
        <translation>Firmware %1, Hardware %2. Bestückte Optionen: %3.
%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its configuration could not be read.</source>
        <translation>Seine Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading its configuration…</source>
        <translation>Konfiguration wird gelesen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration: factory default — this module was never configured.</source>
        <translation>Konfiguration: Werkseinstellung — dieses Modul wurde nie konfiguriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration: number %1, signed by key %2 on %3.</source>
        <translation>Konfiguration: Nummer %1, signiert mit Schlüssel %2 am %3.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectionListModel</name>
    <message>
        <location filename="../ui/ConnectionListModel.cpp" line="+277"/>
        <source>USB and serial ports</source>
        <translation>USB- und serielle Anschlüsse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bluetooth LE</source>
        <translation>Bluetooth LE</translation>
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
        <location line="+5"/>
        <source>Searching for IoT Pro modules in Bluetooth range…</source>
        <translation>Suche nach IoT-Pro-Modulen in Bluetooth-Reichweite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial port found. Plug in the module&apos;s USB cable.</source>
        <translation>Kein serieller Anschluss gefunden. Stecken Sie das USB-Kabel des Moduls ein.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+9"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy: another tool is connected</source>
        <translation>Belegt: ein anderes Werkzeug ist verbunden</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>%1
Bluetooth address: %2</source>
        <translation>%1
Bluetooth-Adresse: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts a simulated IoT Pro module on this computer, for training and testing.</source>
        <translation>Startet ein simuliertes IoT-Pro-Modul auf diesem Computer, für Schulung und Test.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectionPanel</name>
    <message>
        <location filename="../ui/ConnectionPanel.cpp" line="+102"/>
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
    <name>iotpro::ui::CorrectionWriteDialog</name>
    <message>
        <location filename="../ui/wizard/CorrectionWriteDialog.cpp" line="+32"/>
        <source>Apply the software correction</source>
        <translation>Software-Korrektur anwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The module&apos;s present configuration is written again with only these CT settings changed:</source>
        <translation>Die aktuelle Konfiguration des Moduls wird erneut geschrieben, nur diese Stromwandler-Einstellungen werden geändert:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is signed with your key and written as one transaction; the live check then starts over with the corrected readings. Your other settings are written at step 10, with this correction in them, and the report flags it as a software correction.</source>
        <translation>Sie wird mit Ihrem Schlüssel signiert und in einem Vorgang geschrieben; danach beginnt die Live-Prüfung mit den korrigierten Messwerten neu. Ihre übrigen Einstellungen werden in Schritt 10 geschrieben, einschließlich dieser Korrektur, und das Protokoll weist sie als Software-Korrektur aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write the correction</source>
        <translation>Korrektur &amp;schreiben</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::CtDirectionPicture</name>
    <message>
        <location filename="../ui/wizard/CtDirectionPicture.cpp" line="+89"/>
        <source>SUPPLY</source>
        <translation>NETZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOAD</source>
        <translation>LAST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transformer, main breaker</source>
        <translation>Transformator, Hauptschalter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>machines, sub-board</source>
        <translation>Maschinen, Unterverteilung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>current to the load</source>
        <translation>Strom zur Last</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P1</source>
        <translation>P1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P2</source>
        <translation>P2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>arrow on the CT</source>
        <translation>Pfeil auf dem Stromwandler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P1 faces the supply; the arrow on the CT points to the load.</source>
        <translation>P1 zeigt zum Netz; der Pfeil auf dem Stromwandler zeigt zur Last.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::CtPage</name>
    <message>
        <location filename="../ui/wizard/CtPage.cpp" line="+181"/>
        <source>Current transformers</source>
        <translation>Stromwandler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each CT: the rating printed on it, what its secondary delivers, and which way it is mounted. Not sure of the size? The helper suggests one from the breaker.</source>
        <translation>Für jeden Stromwandler: der aufgedruckte Nennstrom, was seine Sekundärseite liefert und wie herum er eingebaut ist. Größe unklar? Die Hilfe schlägt eine anhand der Absicherung vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CT size helper</source>
        <translation>Hilfe zur Wandlergröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaker or cable &amp;rating:</source>
        <translation>&amp;Absicherung oder Belastbarkeit des Kabels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> A</source>
        <translation> A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not entered</source>
        <translation>nicht eingegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>333 mV</source>
        <translation>333 mV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 A</source>
        <translation>1 A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 A</source>
        <translation>5 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating:</source>
        <translation>Nennstrom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The primary current printed on the CT; type another value for a custom CT.</source>
        <translation>Der auf dem Stromwandler aufgedruckte Primärstrom; geben Sie für einen Sonderwandler einen anderen Wert ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary:</source>
        <translation>Sekundärseite:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow on the CT points:</source>
        <translation>Der Pfeil auf dem Stromwandler zeigt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the load — the right way</source>
        <translation>zur Last — richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the supply — the module turns it round</source>
        <translation>zum Netz — das Modul kehrt ihn um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CT is mounted the other way round; the module inverts its current in software, so it need not be refitted.</source>
        <translation>Der Stromwandler ist andersherum eingebaut; das Modul kehrt seinen Strom per Software um, er muss also nicht umgebaut werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software correction:</source>
        <translation>Software-Korrektur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phase whose conductor this CT really clamps. The live check proposes it.</source>
        <translation>Die Phase, deren Leiter dieser Stromwandler tatsächlich umfasst. Die Live-Prüfung schlägt sie vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inverted</source>
        <translation>umgekehrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 A and 5 A CTs: short the secondary before you disconnect its leads under load; an open secondary gives dangerous voltages. 333 mV CTs are safe to disconnect.</source>
        <translation>1-A- und 5-A-Stromwandler: schließen Sie die Sekundärseite kurz, bevor Sie ihre Leitungen unter Last abklemmen; eine offene Sekundärseite erzeugt gefährliche Spannungen. 333-mV-Stromwandler können gefahrlos abgeklemmt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CT input &amp;%1 — belongs on L%2</source>
        <translation>Stromwandlereingang &amp;%1 — gehört an L%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the rating of the breaker that protects the circuit, or the current its cable may carry, to see which CT fits.</source>
        <translation>Geben Sie den Nennstrom des Schutzorgans ein, das den Stromkreis absichert, oder den Strom, den sein Kabel führen darf, um zu sehen, welcher Stromwandler passt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No standard CT is large enough: use a CT rated at least %1 A and type its rating for each input.</source>
        <translation>Kein Standard-Stromwandler ist groß genug: verwenden Sie einen Stromwandler mit mindestens %1 A Nennstrom und geben Sie seinen Nennstrom für jeden Eingang ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested: a %1 A CT. It measures accurately up to %2 A, above the %3 A the breaker lets through without tripping.</source>
        <translation>Vorschlag: ein %1-A-Stromwandler. Er misst genau bis %2 A, also über den %3 A, die das Schutzorgan ohne Auslösen durchlässt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use %1 A for every CT</source>
        <translation>%1 A für &amp;jeden Stromwandler verwenden</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::DigitalInputBox</name>
    <message>
        <location filename="../ui/wizard/DigitalInputBox.cpp" line="+228"/>
        <source>Hold one sensor firmly in your hand. Warmest so far: +%1 °C.</source>
        <translation>Halten Sie einen Sensor fest in der Hand. Bisher wärmster: +%1 °C.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Several sensors are getting warmer (%1): hold only one of them.</source>
        <translation>Mehrere Sensoren werden wärmer (%1): halten Sie nur einen davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search stopped: %1</source>
        <translation>Die Suche wurde beendet: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Digital input &amp;%1</source>
        <translation>Digitaleingang &amp;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Door contact, Water meter</source>
        <translation>z. B. Türkontakt, Wasserzähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for:</source>
        <translation>Verwendet für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing (off)</source>
        <translation>Nichts (aus)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dry contact</source>
        <translation>Potenzialfreier Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse counter (S0)</source>
        <translation>Impulszähler (S0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DS18B20 temperature sensors</source>
        <translation>DS18B20-Temperatursensoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This input is not used.</source>
        <translation>Dieser Eingang wird nicht verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normally open (closes on the event)</source>
        <translation>Schließer (schließt beim Ereignis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normally closed (opens on the event)</source>
        <translation>Öffner (öffnet beim Ereignis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debounce:</source>
        <translation>Entprellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>One pulse is:</source>
        <translation>Ein Impuls entspricht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Wh, L, m³</source>
        <translation>z. B. Wh, L, m³</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest pulse:</source>
        <translation>Kürzester Impuls:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the bus</source>
        <translation>Bus durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists every sensor on this input&apos;s cable; new ones are added without a name.</source>
        <translation>Listet jeden Sensor am Kabel dieses Eingangs auf; neue werden ohne Namen hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop searching</source>
        <translation>Suche beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find by warming…</source>
        <translation>Durch Erwärmen finden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold one sensor in your hand: the one that gets warmer is selected for naming.</source>
        <translation>Halten Sie einen Sensor in der Hand: der Sensor, der wärmer wird, wird zur Benennung ausgewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The module uses this input as “%1” until you write the new configuration.</source>
        <translation>Das Modul verwendet diesen Eingang als „%1“, bis Sie die neue Konfiguration schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now: contact closed, the event is %1.</source>
        <translation>Jetzt: Kontakt geschlossen, das Ereignis ist %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now: contact open, the event is %1.</source>
        <translation>Jetzt: Kontakt offen, das Ereignis ist %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulses counted since the module started: %1.</source>
        <translation>Seit dem Start des Moduls gezählte Impulse: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scanning the bus…</source>
        <translation>Bus wird abgesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No sensor answers on this input: check the cable and the pull-up.</source>
        <translation>Kein Sensor antwortet an diesem Eingang: prüfen Sie das Kabel und den Pull-up-Widerstand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors on the bus: %1, new: %2. Give each a name, or find which is which by warming it.</source>
        <translation>Sensoren am Bus: %1, neu: %2. Geben Sie jedem einen Namen oder finden Sie durch Erwärmen heraus, welcher welcher ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hold one sensor firmly in your hand…</source>
        <translation>Halten Sie einen Sensor fest in der Hand…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found it: sensor %1 is in your hand. Type its name.</source>
        <translation>Gefunden: Sensor %1 ist in Ihrer Hand. Geben Sie seinen Namen ein.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::DonePage</name>
    <message>
        <location filename="../ui/wizard/DonePage.cpp" line="+45"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commission the ne&amp;xt module</source>
        <translation>&amp;Nächstes Modul in Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✔ Module %1 is commissioned with configuration number %2.</source>
        <translation>✔ Modul %1 ist mit Konfigurationsnummer %2 in Betrieb genommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where: %1.</source>
        <translation>Ort: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiring check: PASS.</source>
        <translation>Verdrahtungsprüfung: BESTANDEN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiring check: continued without PASS, as you confirmed.</source>
        <translation>Verdrahtungsprüfung: ohne BESTANDEN fortgesetzt, wie von Ihnen bestätigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety checklist: every point confirmed.</source>
        <translation>Sicherheits-Checkliste: alle Punkte bestätigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ Safety checklist: NOT confirmed, and reported so: %1.</source>
        <translation>✖ Sicherheits-Checkliste: NICHT bestätigt und so protokolliert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded in the job history as session %1.</source>
        <translation>Im Auftragsverlauf als Sitzung %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ The job history could not be updated: %1</source>
        <translation>✖ Der Auftragsverlauf konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not recorded in the job history: %1</source>
        <translation>✖ Nicht im Auftragsverlauf gespeichert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the module, close the panel, and connect the next module to commission it.</source>
        <translation>Trennen Sie das Modul, schließen Sie den Verteiler und schließen Sie das nächste Modul zur Inbetriebnahme an.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::Ds18b20SensorModel</name>
    <message>
        <location filename="../ui/wizard/Ds18b20SensorModel.cpp" line="+72"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ROM code</source>
        <translation>ROM-Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (what it measures)</source>
        <translation>Name (was er misst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="+31"/>
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
        <location line="+69"/>
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
        <location line="+54"/>
        <source>Applying the correction writes the module&apos;s configuration, signed with a key the module trusts and paired with the code on its label. Open the commissioning wizard at its live check (step 6) and apply it there: these readings then come right.</source>
        <translation>Das Anwenden der Korrektur schreibt die Konfiguration des Moduls, signiert mit einem Schlüssel, dem das Modul vertraut, und gekoppelt mit dem Code auf seinem Etikett. Öffnen Sie den Inbetriebnahme-Assistenten bei der Live-Prüfung (Schritt 6) und wenden Sie sie dort an: danach stimmen diese Messwerte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes the CT remap and inversion the findings call for to the module, signed with your key, so that its readings come right.</source>
        <translation>Schreibt die von den Befunden geforderte Neuzuordnung und Umkehrung der Stromwandler ins Modul, signiert mit Ihrem Schlüssel, damit seine Messwerte stimmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correcting the inputs in software changes the module&apos;s configuration, which needs its signed configuration write: use the commissioning wizard.</source>
        <translation>Das Korrigieren der Eingänge per Software ändert die Konfiguration des Moduls, was ein signiertes Schreiben der Konfiguration erfordert: verwenden Sie den Inbetriebnahme-Assistenten.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The findings appear here after %1 s of steady readings, each with its fix.</source>
        <translation>Die Befunde erscheinen hier nach %1 s stabiler Messwerte, jeder mit seiner Abhilfe.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="+130"/>
        <source>The job history %1 cannot be read: %2</source>
        <translation>Der Auftragsverlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session %1 cannot be read: %2</source>
        <translation>Sitzung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number, site, panel or circuit</source>
        <translation>Seriennummer, Anlage, Verteiler oder Stromkreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the job history again (sessions recorded by iotpro-cli meanwhile).</source>
        <translation>Den Auftragsverlauf erneut lesen (inzwischen von iotpro-cli gespeicherte Sitzungen).</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::IdentifyPage</name>
    <message>
        <location filename="../ui/wizard/IdentifyPage.cpp" line="+57"/>
        <source>Identify the module</source>
        <translation>Modul identifizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make sure you configure the module in front of you: compare the serial number with its label, or make its LED blink.</source>
        <translation>Stellen Sie sicher, dass Sie das Modul vor Ihnen konfigurieren: vergleichen Sie die Seriennummer mit seinem Etikett oder lassen Sie seine LED blinken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial number of the connected module:</source>
        <translation>Seriennummer des angeschlossenen Moduls:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blink &amp;the LED</source>
        <translation>&amp;LED blinken lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;is the module in front of me</source>
        <translation>&amp;Das ist das Modul vor mir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Asking the module to blink…</source>
        <translation>Modul wird zum Blinken aufgefordert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The module did not blink: %1</source>
        <translation>Das Modul hat nicht geblinkt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The virtual module answered that it blinks for %1 s (it has no LED to see).</source>
        <translation>Das virtuelle Modul hat geantwortet, dass es %1 s lang blinkt (es hat keine sichtbare LED).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its status LED blinks for %1 s now.</source>
        <translation>Seine Status-LED blinkt jetzt %1 s lang.</translation>
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
    <name>iotpro::ui::InputsPage</name>
    <message>
        <location filename="../ui/wizard/InputsPage.cpp" line="+71"/>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wired to the four digital inputs and the analog input. Operate a contact, send a pulse or warm a sensor: the module&apos;s reading shows under each input.</source>
        <translation>Was an den vier Digitaleingängen und dem Analogeingang angeschlossen ist. Betätigen Sie einen Kontakt, senden Sie einen Impuls oder erwärmen Sie einen Sensor: der Messwert des Moduls erscheint unter jedem Eingang.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::JobHistory</name>
    <message numerus="yes">
        <location filename="../ui/history/JobHistory.cpp" line="+146"/>
        <source>Nothing was imported from %1: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Nichts aus %1 importiert: %n Problem muss zuerst behoben werden.</numerusform>
            <numerusform>Nichts aus %1 importiert: %n Probleme müssen zuerst behoben werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotpro::ui::JobTools</name>
    <message>
        <location filename="../ui/history/JobTools.cpp" line="+35"/>
        <location line="+230"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>A template never keeps a secret, a DevEUI, a static address or the circuit&apos;s name: the next module gets its own.</source>
        <translation>Eine Vorlage enthält nie Geheimdaten, DevEUI, statische Adresse oder den Namen des Stromkreises: das nächste Modul erhält eigene.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export the job pack</source>
        <translation>Auftragspaket exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+190"/>
        <source>Job packs (*.json)</source>
        <translation>Auftragspakete (*.json)</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Export the commissioned modules</source>
        <translation>In Betrieb genommene Module exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export the LoRaWAN devices for The Things Stack</source>
        <translation>LoRaWAN-Geräte für The Things Stack exportieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a commissioned session in the tree first: its configuration becomes the template.</source>
        <translation>Wählen Sie zuerst im Baum eine abgeschlossene Inbetriebnahme: ihre Konfiguration wird zur Vorlage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ Template &quot;%1&quot; saved from session %2, without secrets, DevEUI, static address or circuit name.</source>
        <translation>✔ Vorlage „%1“ aus Sitzung %2 gespeichert, ohne Geheimdaten, DevEUI, statische Adresse und Stromkreisnamen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ The wizard starts from template &quot;%1&quot;%2. Type the secrets and the module&apos;s own DevEUI there: a template has none.</source>
        <translation>✔ Der Assistent startet mit Vorlage „%1“%2. Geben Sie dort die Geheimdaten und die eigene DevEUI des Moduls ein: eine Vorlage enthält keine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a circuit in the tree first.</source>
        <translation>Wählen Sie zuerst einen Stromkreis im Baum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ The wizard starts for %1 with its planned CTs and its site&apos;s network. Type the secrets there: a job pack has none.</source>
        <translation>✔ Der Assistent startet für %1 mit den geplanten Stromwandlern und dem Netzwerk des Standorts. Geben Sie dort die Geheimdaten ein: ein Auftragspaket enthält keine.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>✔ Imported %1: %n site(s)</source>
        <translation>
            <numerusform>✔ %1 importiert: %n Standort</numerusform>
            <numerusform>✔ %1 importiert: %n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n circuit(s); they show in the tree.</source>
        <translation>
            <numerusform>, %n Stromkreis; alles erscheint im Baum.</numerusform>
            <numerusform>, %n Stromkreise; alles erscheint im Baum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>✔ Job pack with %n site(s) written to %1.</source>
        <translation>
            <numerusform>✔ Auftragspaket mit %n Standort nach %1 geschrieben.</numerusform>
            <numerusform>✔ Auftragspaket mit %n Standorten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>✔ %n commissioned module(s) written to %1.</source>
        <translation>
            <numerusform>✔ %n in Betrieb genommenes Modul nach %1 geschrieben.</numerusform>
            <numerusform>✔ %n in Betrieb genommene Module nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>✔ %n LoRaWAN device(s) written to %1. Fill in the app_key column from your key list before importing: the tool never keeps an AppKey.</source>
        <translation>
            <numerusform>✔ %n LoRaWAN-Gerät nach %1 geschrieben. Tragen Sie vor dem Import die Spalte app_key aus Ihrer Schlüsselliste ein: das Werkzeug speichert nie einen AppKey.</numerusform>
            <numerusform>✔ %n LoRaWAN-Geräte nach %1 geschrieben. Tragen Sie vor dem Import die Spalte app_key aus Ihrer Schlüsselliste ein: das Werkzeug speichert nie einen AppKey.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already a template &quot;%1&quot;. Replace it?</source>
        <translation>Es gibt bereits eine Vorlage „%1“. Ersetzen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no template yet: choose a commissioned session and &quot;Save as template&quot;.</source>
        <translation>Es gibt noch keine Vorlage: wählen Sie eine abgeschlossene Inbetriebnahme und dann „Als Vorlage speichern“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next module from a template</source>
        <translation>Nächstes Modul aus einer Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template for the module at %1:</source>
        <translation>Vorlage für das Modul an %1:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a job pack</source>
        <translation>Auftragspaket importieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save as &amp;template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen session&apos;s configuration for the next modules of a phased rollout (never its secrets).</source>
        <translation>Die Konfiguration der gewählten Sitzung für die nächsten Module einer schrittweisen Einführung übernehmen (nie ihre Geheimdaten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt module from a template…</source>
        <translation>Nä&amp;chstes Modul aus Vorlage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard from a template, at the chosen circuit if one is chosen.</source>
        <translation>Den Assistenten mit einer Vorlage starten, beim gewählten Stromkreis, falls einer gewählt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission this circuit from its &amp;plan</source>
        <translation>Diesen Stromkreis nach seinem &amp;Plan in Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard with the chosen circuit&apos;s planned CTs and its site&apos;s network.</source>
        <translation>Den Assistenten mit den geplanten Stromwandlern des gewählten Stromkreises und dem Netzwerk seines Standorts starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import job pack…</source>
        <translation>Auftragspaket imp&amp;ortieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the sites, panels and circuits planned in the office.</source>
        <translation>Die im Büro geplanten Standorte, Verteiler und Stromkreise hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export job pac&amp;k…</source>
        <translation>Auftragspaket e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every site, panel and circuit of the history, for the office.</source>
        <translation>Alle Standorte, Verteiler und Stromkreise des Verlaufs, für das Büro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export mod&amp;ules (CSV)…</source>
        <translation>Mod&amp;ule exportieren (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every commissioned module with its place and configuration hash.</source>
        <translation>Jedes in Betrieb genommene Modul mit Einbauort und Konfigurations-Hash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for The Thin&amp;gs Stack…</source>
        <translation>Für The Thin&amp;gs Stack exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The LoRaWAN modules in The Things Stack&apos;s device import format (CSV).</source>
        <translation>Die LoRaWAN-Module im Geräte-Importformat von The Things Stack (CSV).</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::JobTreeModel</name>
    <message>
        <location filename="../ui/history/JobTreeModel.cpp" line="+41"/>
        <source>✔ Passed</source>
        <translation>✔ Bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Warnings</source>
        <translation>⚠ Warnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Failed</source>
        <translation>✖ Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… Incomplete</source>
        <translation>… Unvollständig</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>(no site)</source>
        <translation>(keine Anlage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no panel)</source>
        <translation>(kein Verteiler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no circuit)</source>
        <translation>(kein Stromkreis)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Site / panel / circuit / module / session</source>
        <translation>Anlage / Verteiler / Stromkreis / Modul / Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run from</source>
        <translation>Ausgeführt mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::KeyChooser</name>
    <message>
        <location filename="../ui/wizard/KeyChooser.cpp" line="+142"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key file, e.g. made by iotpro-cli keygen</source>
        <translation>Die private Schlüsseldatei, z. B. erzeugt mit iotpro-cli keygen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key passphrase:</source>
        <translation>Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart the virtual module trusting your keys</source>
        <translation>Virtuelles Modul &amp;neu starten und Ihren Schlüsseln vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key…</source>
        <translation>Neuer Schlüssel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new signing key is kept in your key store (%1), readable only by you. A passphrase protects it if the laptop is lost; you will type it for every write.</source>
        <translation>Ein neuer Signaturschlüssel wird in Ihrem Schlüsselspeicher (%1) abgelegt, nur für Sie lesbar. Eine Passphrase schützt ihn, falls der Laptop verloren geht; Sie geben sie bei jedem Schreiben ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the new ke&amp;y:</source>
        <translation>Name des neuen Sc&amp;hlüssels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase (optional):</source>
        <translation>Passphrase (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>A key file on disk…</source>
        <translation>Eine Schlüsseldatei auf dem Datenträger…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Asking the module whether it trusts this key…</source>
        <translation>Modul wird gefragt, ob es diesem Schlüssel vertraut…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The module&apos;s trusted keys could not be read: %1</source>
        <translation>Die vertrauenswürdigen Schlüssel des Moduls konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ The module trusts this key.</source>
        <translation>✔ Das Modul vertraut diesem Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ The virtual module does not trust this key yet: it trusts the keys of your key store it was started with. Restart it to add this one.</source>
        <translation>✖ Das virtuelle Modul vertraut diesem Schlüssel noch nicht: es vertraut den Schlüsseln Ihres Schlüsselspeichers, mit denen es gestartet wurde. Starten Sie es neu, um diesen hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ The module does not trust this key and will refuse the configuration. Modules learn their signing keys in production (iotpro-cli trust add, in factory mode): choose a key it trusts, or have this one enrolled.</source>
        <translation>✖ Das Modul vertraut diesem Schlüssel nicht und wird die Konfiguration ablehnen. Module lernen ihre Signaturschlüssel in der Fertigung (iotpro-cli trust add, im Werksmodus): wählen Sie einen Schlüssel, dem es vertraut, oder lassen Sie diesen eintragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a private key file</source>
        <translation>Private Schlüsseldatei wählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ The two passphrases differ; type them again.</source>
        <translation>⚠ Die beiden Passphrasen stimmen nicht überein; geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LabelCodeBox</name>
    <message>
        <location filename="../ui/wizard/LabelCodeBox.cpp" line="+48"/>
        <source>Code on the module&apos;s label</source>
        <translation>Code auf dem Etikett des Moduls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab&amp;el code:</source>
        <translation>&amp;Etikettcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 7391-2204</source>
        <translation>z. B. 7391-2204</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual module&apos;s label code is %1.</source>
        <translation>Der Etikettcode des virtuellen Moduls ist %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the module&apos;s label, next to the serial number. Wrong codes lock pairing for a while.</source>
        <translation>Auf das Etikett des Moduls gedruckt, neben der Seriennummer. Falsche Codes sperren die Kopplung für eine Weile.</translation>
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
    <name>iotpro::ui::LiveCheckPage</name>
    <message>
        <location filename="../ui/wizard/LiveCheckPage.cpp" line="+116"/>
        <source>Live wiring check</source>
        <translation>Live-Verdrahtungsprüfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With load on the circuit, the module&apos;s readings show whether each CT is on its phase and faces the right way. Fix what the findings say until the check shows PASS.</source>
        <translation>Mit Last am Stromkreis zeigen die Messwerte des Moduls, ob jeder Stromwandler an seiner Phase sitzt und richtig herum eingebaut ist. Beheben Sie, was die Befunde nennen, bis die Prüfung BESTANDEN zeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phasors appear here when live readings arrive.</source>
        <translation>Die Zeiger erscheinen hier, sobald Live-Messwerte eintreffen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go &amp;on without PASS (this is recorded)</source>
        <translation>&amp;Ohne BESTANDEN fortfahren (wird protokolliert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings and clamp me&amp;ter…</source>
        <translation>Messwerte und &amp;Stromzange…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the full live check: the readings table and the clamp-meter cross-check.</source>
        <translation>Öffnet die vollständige Live-Prüfung: die Messwerttabelle und die Gegenprobe mit der Stromzange.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The module still measures with its present settings (%1, CTs of %2 A): this check uses them. Your settings take effect when you write them (step 10); the Verify step shows this check again with them.</source>
        <translation>Das Modul misst noch mit seinen aktuellen Einstellungen (%1, Stromwandler mit %2 A): diese Prüfung verwendet sie. Ihre Einstellungen werden wirksam, wenn Sie sie schreiben (Schritt 10); der Schritt Überprüfen zeigt diese Prüfung dann erneut mit ihnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect the module again to write the correction.</source>
        <translation>Verbinden Sie das Modul erneut, um die Korrektur zu schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The correction can be written once the module&apos;s configuration is read.</source>
        <translation>Die Korrektur kann geschrieben werden, sobald die Konfiguration des Moduls gelesen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A configuration is being written; the correction can be written after it.</source>
        <translation>Eine Konfiguration wird gerade geschrieben; die Korrektur kann danach geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module measures as %1 and your settings say %2: this correction belongs to the wiring the module measures now. Write your settings first (step 10), then come back to this step.</source>
        <translation>Das Modul misst als %1, Ihre Einstellungen sagen %2: diese Korrektur gehört zur Verdrahtung, die das Modul jetzt misst. Schreiben Sie zuerst Ihre Einstellungen (Schritt 10) und kehren Sie dann zu diesem Schritt zurück.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✔ The correction is written: the module runs configuration number %1 and corrects its CT inputs in software. The check starts over with the corrected readings.</source>
        <translation>✔ Die Korrektur ist geschrieben: das Modul läuft mit Konfigurationsnummer %1 und korrigiert seine Stromwandlereingänge per Software. Die Prüfung beginnt neu mit den korrigierten Messwerten.</translation>
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
        <location filename="../ui/MainWindow.cpp" line="+95"/>
        <source>Commissioning wizard</source>
        <translation>Inbetriebnahme-Assistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard is writing a configuration; start the next module when it has finished.</source>
        <translation>Der Assistent schreibt gerade eine Konfiguration; starten Sie das nächste Modul, wenn er fertig ist.</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <source>Commissioning &amp;wizard</source>
        <translation>&amp;Inbetriebnahme-Assistent</translation>
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
        <location line="+1"/>
        <source>&amp;Job history</source>
        <translation>&amp;Auftragsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor&amp;y bench</source>
        <translation>&amp;Werks-Prüfplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;quality</source>
        <translation>Los&amp;qualität</translation>
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
        <location line="+4"/>
        <source>Reconnecting to %1 (attempt %2 of %3, next in %4 s)…</source>
        <translation>Neuer Verbindungsversuch zu %1 (Versuch %2 von %3, nächster in %4 s)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>iotpro::ui::NetworkPage</name>
    <message>
        <location filename="../ui/wizard/NetworkPage.cpp" line="+388"/>
        <source>Network and GPS</source>
        <translation>Netzwerk und GPS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the module sends its readings. Only the options fitted on this module can be switched on. Passphrases and keys stay hidden, here and everywhere else.</source>
        <translation>Wie das Modul seine Messwerte sendet. Nur die auf diesem Modul bestückten Optionen lassen sich einschalten. Passphrasen und Schlüssel bleiben verborgen, hier und überall sonst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network name (SSID):</source>
        <translation>Netzwerkname (SSID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (DHCP)</source>
        <translation>Automatisch (DHCP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed (static)</source>
        <translation>Fest (statisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet mask:</source>
        <translation>Subnetzmaske:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server:</source>
        <translation>DNS-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-band:</source>
        <translation>Teilband:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A (battery-friendly, the usual)</source>
        <translation>A (batterieschonend, üblich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C (always listening)</source>
        <translation>C (immer empfangsbereit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DevEUI:</source>
        <translation>DevEUI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 hex digits, on the module&apos;s label</source>
        <translation>16 Hexadezimalziffern, auf dem Etikett des Moduls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JoinEUI:</source>
        <translation>JoinEUI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 hex digits, from the network server</source>
        <translation>16 Hexadezimalziffern, vom Netzwerkserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppKey:</source>
        <translation>AppKey:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptive data rate (ADR)</source>
        <translation>Adaptive Datenrate (ADR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APN:</source>
        <translation>APN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User (if any):</source>
        <translation>Benutzer (falls nötig):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (if any):</source>
        <translation>Passwort (falls nötig):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio:</source>
        <translation>Funk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uplink: report every</source>
        <translation>&amp;Uplink: Bericht alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Position fix every:</source>
        <translation>Positionsbestimmung alle:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 — not fitted on this module</source>
        <translation>%1 — auf diesem Modul nicht bestückt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wi-F&amp;i</source>
        <translation>&amp;WLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;RaWAN (private network)</source>
        <translation>Lo&amp;RaWAN (privates Netz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ellular (public network)</source>
        <translation>&amp;Mobilfunk (öffentliches Netz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new value replaces the one on the module when you write the configuration.</source>
        <translation>Der neue Wert ersetzt den auf dem Modul, wenn Sie die Konfiguration schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is stored on the module. Leave the field empty to keep it.</source>
        <translation>Auf dem Modul ist eine Passphrase gespeichert. Lassen Sie das Feld leer, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No passphrase is stored on the module yet.</source>
        <translation>Auf dem Modul ist noch keine Passphrase gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An AppKey is stored on the module. Leave the field empty to keep it.</source>
        <translation>Auf dem Modul ist ein AppKey gespeichert. Lassen Sie das Feld leer, um ihn zu behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No AppKey is stored on the module yet.</source>
        <translation>Auf dem Modul ist noch kein AppKey gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is stored on the module. Leave the field empty to keep it.</source>
        <translation>Auf dem Modul ist ein Passwort gespeichert. Lassen Sie das Feld leer, um es zu behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is stored on the module; leave it empty if the APN needs none.</source>
        <translation>Auf dem Modul ist kein Passwort gespeichert; lassen Sie das Feld leer, wenn der APN keines braucht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none in this region</source>
        <translation>keine in dieser Region</translation>
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
<context>
    <name>iotpro::ui::ReportExportButtons</name>
    <message>
        <location filename="../ui/history/ReportExportButtons.cpp" line="+75"/>
        <source>&amp;Export report (PDF)…</source>
        <translation>Bericht &amp;exportieren (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commissioning report to hand to the client.</source>
        <translation>Der Inbetriebnahmebericht zur Übergabe an den Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report (JS&amp;ON)…</source>
        <translation>Bericht exportieren (JS&amp;ON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commissioning report as data that iotpro-cli report verify checks.</source>
        <translation>Der Inbetriebnahmebericht als Daten, die iotpro-cli report verify prüft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the commissioning report</source>
        <translation>Inbetriebnahmebericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report data (*.json)</source>
        <translation>Berichtsdaten (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ Report %1 saved as %2 (content SHA-256 %3).</source>
        <translation>✔ Bericht %1 gespeichert als %2 (Inhalt SHA-256 %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job history could not keep its copy: %1</source>
        <translation>Der Auftragsverlauf konnte seine Kopie nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ReviewChangesModel</name>
    <message>
        <location filename="../ui/wizard/ReviewChangesModel.cpp" line="+41"/>
        <source>Secrets are never shown: only that a new one will be stored.</source>
        <translation>Geheimnisse werden nie angezeigt: nur, dass ein neues gespeichert wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new one (hidden)</source>
        <translation>ein neuer Wert (verborgen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the module now</source>
        <translation>Jetzt auf dem Modul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/ReviewPage.cpp" line="+63"/>
        <source>Review the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings change when you write. To change one, select it and open its step.</source>
        <translation>Diese Einstellungen ändern sich beim Schreiben. Um eine zu ändern, wählen Sie sie aus und öffnen Sie ihren Schritt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open its step</source>
        <translation>Schritt ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The module&apos;s configuration is not read yet.</source>
        <translation>Die Konfiguration des Moduls ist noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changes on module %1. Writing records this configuration as signed by you (number %2).</source>
        <translation>Auf Modul %1 ändert sich nichts. Das Schreiben protokolliert diese Konfiguration als von Ihnen signiert (Nummer %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that change on module %1: %2. Its configuration becomes number %3.</source>
        <translation>Einstellungen, die sich auf Modul %1 ändern: %2. Seine Konfiguration erhält die Nummer %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::SessionDetails</name>
    <message>
        <location filename="../ui/history/SessionDetails.cpp" line="+45"/>
        <location line="+17"/>
        <location line="+10"/>
        <source>not performed</source>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1, continued without PASS as the technician confirmed</source>
        <translation>%1, ohne BESTANDEN fortgesetzt, wie vom Techniker bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>did not complete: %1</source>
        <translation>nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>☑ %1</source>
        <translation>☑ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☐ %1: NOT confirmed</source>
        <translation>☐ %1: NICHT bestätigt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run from:</source>
        <translation>Ausgeführt mit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician:</source>
        <translation>Techniker:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configuration hash:</source>
        <translation>Konfigurations-Hash:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configuration number:</source>
        <translation>Konfigurationsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by key:</source>
        <translation>Signiert mit Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live check:</source>
        <translation>Live-Prüfung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network check:</source>
        <translation>Netzwerkprüfung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety checklist:</source>
        <translation>Sicherheits-Checkliste:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a session in the list to see what was checked and written.</source>
        <translation>Wählen Sie eine Sitzung in der Liste, um zu sehen, was geprüft und geschrieben wurde.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The write failed at &quot;%1&quot;: %2 %3</source>
        <translation>Das Schreiben ist bei „%1“ fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not named (iotpro-cli history profile)</source>
        <translation>nicht benannt (iotpro-cli history profile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, hardware %2, firmware %3</source>
        <translation>%1, Hardware %2, Firmware %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (was %2), committed %3</source>
        <translation>%1 (vorher %2), übernommen %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was signed</source>
        <translation>nichts wurde signiert</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::SignWritePage</name>
    <message>
        <location filename="../ui/wizard/SignWritePage.cpp" line="+76"/>
        <source>The link broke while %1 (%2). Reconnecting to find out which configuration the module has…</source>
        <translation>Die Verbindung ist abgebrochen während %1 (%2). Neu verbinden, um festzustellen, welche Konfiguration das Modul hat…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ Written and verified: the module runs configuration number %1.</source>
        <translation>✔ Geschrieben und überprüft: das Modul läuft mit Konfigurationsnummer %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign and write</source>
        <translation>Signieren und schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The module only accepts a configuration signed with a key it trusts, and only from someone who knows the code on its label. Nothing changes on the module unless all of it is written.</source>
        <translation>Das Modul nimmt nur eine Konfiguration an, die mit einem Schlüssel signiert ist, dem es vertraut, und nur von jemandem, der den Code auf seinem Etikett kennt. Auf dem Modul ändert sich nichts, solange nicht alles geschrieben ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>&amp;Sign and write</source>
        <translation>&amp;Signieren und schreiben</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Go to the setting</source>
        <translation>&amp;Zur Einstellung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Sign and write again</source>
        <translation>Erneut &amp;signieren und schreiben</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::SitePage</name>
    <message>
        <location filename="../ui/wizard/SitePage.cpp" line="+91"/>
        <source>Site and circuit</source>
        <translation>Anlage und Stromkreis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where does this module measure? The names appear in the module&apos;s reports.</source>
        <translation>Wo misst dieses Modul? Die Namen erscheinen in den Berichten des Moduls.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Site:</source>
        <translation>&amp;Anlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Riverside Logistics, Hall B</source>
        <translation>z. B. Riverside Logistics, Halle B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panel:</source>
        <translation>&amp;Verteiler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. MDB-2</source>
        <translation>z. B. HV-2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ci&amp;rcuit:</source>
        <translation>St&amp;romkreis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Feeder 4, chillers</source>
        <translation>z. B. Abgang 4, Kältemaschinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation p&amp;oint:</source>
        <translation>Einbau&amp;ort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main incomer</source>
        <translation>Haupteinspeisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-distribution board or MCC</source>
        <translation>Unterverteilung oder MCC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-load equipment</source>
        <translation>Großverbraucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold-chain feed</source>
        <translation>Versorgung Kühlkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant or common-area feeder</source>
        <translation>Abgang Mieter oder Allgemeinbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS or generator</source>
        <translation>USV oder Generator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV charging</source>
        <translation>E-Auto-Ladung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the next person at this panel should know</source>
        <translation>Alles, was die nächste Person an diesem Verteiler wissen sollte</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::StepTexts</name>
    <message>
        <location filename="../ui/wizard/StepTexts.cpp" line="+12"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identify the module</source>
        <translation>Modul identifizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site and circuit</source>
        <translation>Anlage und Stromkreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiring type</source>
        <translation>Verdrahtungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current transformers</source>
        <translation>Stromwandler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live wiring check</source>
        <translation>Live-Verdrahtungsprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and GPS</source>
        <translation>Netzwerk und GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign and write</source>
        <translation>Signieren und schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to the module to go on.</source>
        <translation>Verbinden Sie sich mit dem Modul, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the module&apos;s configuration…</source>
        <translation>Konfiguration des Moduls wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module&apos;s configuration could not be read: %1</source>
        <translation>Die Konfiguration des Moduls konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another module is connected: see the message above.</source>
        <translation>Ein anderes Modul ist angeschlossen: siehe die Meldung oben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm that this is the module in front of you to go on.</source>
        <translation>Bestätigen Sie, dass dies das Modul vor Ihnen ist, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some settings are not valid: use Change to correct them.</source>
        <translation>Einige Einstellungen sind ungültig: korrigieren Sie sie mit Ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the fields marked ⚠ to go on.</source>
        <translation>Korrigieren Sie die mit ⚠ markierten Felder, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for PASS, or confirm that you go on without it.</source>
        <translation>Warten Sie auf BESTANDEN oder bestätigen Sie, dass Sie ohne fortfahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign and write the configuration to go on.</source>
        <translation>Signieren und schreiben Sie die Konfiguration, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network check is running…</source>
        <translation>Die Netzwerkprüfung läuft…</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::VerifyPage</name>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="+145"/>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration is read back from the module and compared, then the module tries its networks and GPS with it.</source>
        <translation>Die Konfiguration wird aus dem Modul zurückgelesen und verglichen, dann probiert das Modul damit seine Netzwerke und GPS aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Networks and GPS</source>
        <translation>Netzwerke und GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the networks a&amp;gain</source>
        <translation>Netzwerke erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live wiring check with the new settings</source>
        <translation>Live-Verdrahtungsprüfung mit den neuen Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety checklist: before you leave the panel</source>
        <translation>Sicherheits-Checkliste: bevor Sie den Verteiler verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;T secondaries were never open-circuited (shorted before any was disconnected)</source>
        <translation>&amp;Stromwandler-Sekundärseiten wurden nie geöffnet (vor jedem Abklemmen kurzgeschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voltage taps are fused</source>
        <translation>Spannungsabgriffe sind &amp;abgesichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;enclosure and the panel are closed</source>
        <translation>&amp;Gehäuse und Verteiler sind geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick only what you have checked. Each point is recorded in the job history as you tick it; one left unticked is reported as NOT confirmed.</source>
        <translation>Haken Sie nur ab, was Sie geprüft haben. Jeder Punkt wird beim Abhaken im Auftragsverlauf gespeichert; ein nicht abgehakter Punkt wird als NICHT bestätigt protokolliert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The configuration is not written yet.</source>
        <translation>Die Konfiguration ist noch nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Module %1 runs configuration number %2: read back and identical to what was signed.</source>
        <translation>✔ Modul %1 läuft mit Konfigurationsnummer %2: zurückgelesen und identisch mit dem Signierten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link broke during the write; reading the module afterwards showed the new configuration active.</source>
        <translation>Die Verbindung ist beim Schreiben abgebrochen; das anschließende Lesen des Moduls zeigte die neue Konfiguration aktiv.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed with key %1. Settings changed: %2. Fingerprint of the configuration: %3.</source>
        <translation>Signiert mit Schlüssel %1. Geänderte Einstellungen: %2. Fingerabdruck der Konfiguration: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy registers before the write: %1 kWh imported, %2 kWh exported.</source>
        <translation>Energiezähler vor dem Schreiben: %1 kWh Bezug, %2 kWh Einspeisung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module&apos;s clock had not been set since it started; it was set to this computer&apos;s time.</source>
        <translation>Die Uhr des Moduls war seit seinem Start nicht gestellt; sie wurde auf die Zeit dieses Computers gestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module&apos;s clock was %1 s off; it was set to this computer&apos;s time.</source>
        <translation>Die Uhr des Moduls ging %1 s falsch; sie wurde auf die Zeit dieses Computers gestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module&apos;s clock is right (time zone %1).</source>
        <translation>Die Uhr des Moduls geht richtig (Zeitzone %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link broke after the upload; reconnecting showed the new configuration active.</source>
        <translation>Die Verbindung ist nach dem Hochladen abgebrochen; das erneute Verbinden zeigte die neue Konfiguration aktiv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The module is trying its networks and GPS… (up to %1 s)</source>
        <translation>Das Modul probiert seine Netzwerke und GPS aus… (bis zu %1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ The network check did not complete: %1</source>
        <translation>✖ Die Netzwerkprüfung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No network check has run. Networks and GPS are off, or the check was not run yet.</source>
        <translation>Es wurde keine Netzwerkprüfung durchgeführt. Netzwerke und GPS sind aus, oder die Prüfung wurde noch nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::WiringPage</name>
    <message>
        <location filename="../ui/wizard/WiringPage.cpp" line="+108"/>
        <source>Wiring type</source>
        <translation>Verdrahtungsart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How is the module connected to the supply? The live check and the readings depend on it.</source>
        <translation>Wie ist das Modul an die Versorgung angeschlossen? Die Live-Prüfung und die Messwerte hängen davon ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiring:</source>
        <translation>Verdrahtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-phase, fo&amp;ur wire: L1, L2, L3 and N; 3 CTs (3P4W)</source>
        <translation>Drehstrom, &amp;vier Leiter: L1, L2, L3 und N; 3 Stromwandler (3P4W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-phase, thr&amp;ee wire: no neutral; 2 CTs on L1 and L3 (3P3W)</source>
        <translation>Drehstrom, &amp;drei Leiter: ohne Neutralleiter; 2 Stromwandler an L1 und L3 (3P3W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sin&amp;gle-phase: L and N; 1 CT (1P)</source>
        <translation>&amp;Einphasig: L und N; 1 Stromwandler (1P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal &amp;voltage:</source>
        <translation>Nenn&amp;spannung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fre&amp;quency:</source>
        <translation>Fre&amp;quenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand &amp;period:</source>
        <translation>Mittelungs&amp;periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power can flow bac&amp;k: PV, a generator or a battery is on this circuit</source>
        <translation>Leistung kann zurück&amp;fließen: PV, ein Generator oder eine Batterie ist an diesem Stromkreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without export a negative power means a CT faces the wrong way; with it, the live check cannot tell the two apart on its own.</source>
        <translation>Ohne Einspeisung bedeutet eine negative Leistung, dass ein Stromwandler verkehrt herum eingebaut ist; mit Einspeisung kann die Live-Prüfung beides nicht allein unterscheiden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 V line to line</source>
        <translation>%1 V Leiter–Leiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 V line to neutral</source>
        <translation>%1 V Leiter–Neutralleiter</translation>
    </message>
</context>
</TS>
