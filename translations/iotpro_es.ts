<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/StartupOptions.cpp" line="+22"/>
        <source>Commissioning tool for the IoT Pro Energy Module.</source>
        <translation>Herramienta de puesta en marcha para el IoT Pro Energy Module.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the built-in virtual module and connect to it.</source>
        <translation>Iniciar el módulo virtual integrado y conectarse a él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the module at &lt;address&gt; (serial:/dev/ttyACM0, tcp:192.168.1.20:5020).</source>
        <translation>Conectarse al módulo en &lt;address&gt; (serial:/dev/ttyACM0, tcp:192.168.1.20:5020).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra arguments for the built-in virtual module, quoted as one, e.g. &quot;--scenario NAME --fault ct_reversed:2&quot; (see iotpro-sim --help).</source>
        <translation>Argumentos adicionales para el módulo virtual integrado, entre comillas como uno solo, p. ej. &quot;--scenario NOMBRE --fault ct_reversed:2&quot; (vea iotpro-sim --help).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use either --virtual or --device, not both.</source>
        <translation>Use --virtual o --device, no ambos.</translation>
    </message>
</context>
<context>
    <name>iotpro::DeviceClient</name>
    <message>
        <location filename="../core/device/DeviceClient.cpp" line="+29"/>
        <source>The module answered with something other than %1.</source>
        <translation>El módulo respondió con algo distinto de %1.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No IoT Pro module answered on %1. Check that this is the module&apos;s port and that the module is powered.</source>
        <translation>Ningún módulo IoT Pro respondió en %1. Compruebe que es el puerto del módulo y que el módulo está alimentado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+48"/>
        <location line="+24"/>
        <source>Connect to a module first.</source>
        <translation>Conéctese primero a un módulo.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The module speaks protocol versions %1 to %2, this tool %3 to %4. Update %5.</source>
        <translation>El módulo usa las versiones de protocolo %1 a %2 y esta herramienta %3 a %4. Actualice %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the module&apos;s firmware</source>
        <translation>el firmware del módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this tool</source>
        <translation>esta herramienta</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 snapshots per second is not possible; choose %2 to %3.</source>
        <translation>No es posible %1 lecturas por segundo; elija de %2 a %3.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The link to %1 closed.</source>
        <translation>Se cerró el enlace con %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
</context>
<context>
    <name>iotpro::Errors</name>
    <message>
        <location filename="../core/transport/DeviceAddress.cpp" line="+12"/>
        <source>&quot;%1&quot; %2. Use serial:/dev/ttyACM0, tcp:127.0.0.1:5020 or ble:AA:BB:CC:DD:EE:FF.</source>
        <translation>«%1» %2. Use serial:/dev/ttyACM0, tcp:127.0.0.1:5020 o ble:AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>has no link type</source>
        <translation>no tiene tipo de enlace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names no serial port</source>
        <translation>no indica ningún puerto serie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs a host and a port from 1 to 65535</source>
        <translation>necesita un host y un puerto de 1 a 65535</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs a Bluetooth address of six hex pairs</source>
        <translation>necesita una dirección Bluetooth de seis pares hexadecimales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an unknown link type &quot;%1&quot;</source>
        <translation>tiene un tipo de enlace desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../core/transport/TransportFactory.cpp" line="+19"/>
        <source>%1: this build has no Bluetooth LE link yet. Connect with the USB cable.</source>
        <translation>%1: esta versión aún no tiene enlace Bluetooth LE. Conéctese con el cable USB.</translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="+19"/>
        <source>Invalid device address</source>
        <translation>Dirección de dispositivo no válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not supported</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link lost</source>
        <translation>Enlace perdido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reply</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No IoT Pro module</source>
        <translation>Ningún módulo IoT Pro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incompatible module</source>
        <translation>Módulo incompatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module refused the request</source>
        <translation>El módulo rechazó la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected reply</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key file problem</source>
        <translation>Problema con el archivo de clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key is locked</source>
        <translation>La clave está bloqueada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security check failed</source>
        <translation>Falló la comprobación de seguridad</translation>
    </message>
</context>
<context>
    <name>iotpro::SerialTransport</name>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="+79"/>
        <source>%1 went away: the cable was pulled or the module restarted. Check the USB cable, then reconnect.</source>
        <translation>%1 ha desaparecido: se desconectó el cable o el módulo se reinició. Compruebe el cable USB y vuelva a conectar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist. Check the USB cable and pick the port again.</source>
        <translation>%1 no existe. Compruebe el cable USB y vuelva a elegir el puerto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in use by another program or you lack permission (add yourself to the &quot;dialout&quot; group and log in again).</source>
        <translation>%1 está en uso por otro programa o no tiene permiso (añádase al grupo «dialout» y vuelva a iniciar sesión).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already open.</source>
        <translation>%1 ya está abierto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2. Check the USB cable and that the module is powered.</source>
        <translation>%1: %2. Compruebe el cable USB y que el módulo está alimentado.</translation>
    </message>
</context>
<context>
    <name>iotpro::Session</name>
    <message>
        <location filename="../core/protocol/Session.cpp" line="+32"/>
        <source>The link to %1 closed.</source>
        <translation>Se cerró el enlace con %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Connect to a module first.</source>
        <translation>Conéctese primero a un módulo.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 sent no reply within %2 ms (%n attempt(s)).</source>
        <translation>
            <numerusform>%1 no respondió en %2 ms (%n intento).</numerusform>
            <numerusform>%1 no respondió en %2 ms (%n intentos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The module&apos;s firmware does not know this request; update the firmware.</source>
        <translation>El firmware del módulo no conoce esta solicitud; actualice el firmware.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module could not read the request.</source>
        <translation>El módulo no pudo leer la solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module does not speak this protocol version.</source>
        <translation>El módulo no usa esta versión del protocolo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module is busy; try again in a few seconds.</source>
        <translation>El módulo está ocupado; vuelva a intentarlo en unos segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module refused a value.</source>
        <translation>El módulo rechazó un valor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module reported an internal fault; power-cycle it and retry.</source>
        <translation>El módulo informó de un fallo interno; apáguelo y enciéndalo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module reported error %1.</source>
        <translation>El módulo informó del error %1.</translation>
    </message>
</context>
<context>
    <name>iotpro::TcpTransport</name>
    <message>
        <location filename="../core/transport/TcpTransport.cpp" line="+18"/>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation>%1 no aceptó la conexión en %2 s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 closed the connection.</source>
        <translation>%1 cerró la conexión.</translation>
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
        <translation>El módulo virtual no se inició</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>It did not report its address within %1 s.</source>
        <translation>No comunicó su dirección en %1 s.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Virtual module not found</source>
        <translation>Módulo virtual no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is missing or not executable. Reinstall IoT Pro Commissioner.</source>
        <translation>%1 falta o no es ejecutable. Reinstale IoT Pro Commissioner.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>It printed something other than its address.</source>
        <translation>Mostró algo distinto de su dirección.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It printed &quot;%1&quot; instead of its address.</source>
        <translation>Mostró «%1» en lugar de su dirección.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It ended before it was ready (%1).</source>
        <translation>Terminó antes de estar listo (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ended unexpectedly (%1).</source>
        <translation>Terminó de forma inesperada (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It said: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The virtual module stopped</source>
        <translation>El módulo virtual se detuvo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it crashed or was killed</source>
        <translation>se bloqueó o fue terminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
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
        <translation>Uso: iotpro-cli [--device DIRECCIÓN] [--json] COMANDO [opciones] [argumentos]
Herramienta de puesta en marcha y producción para IoT Pro Energy Modules.

Comandos:
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
Opciones globales:
  -d, --device DIRECCIÓN  serial:/dev/ttyACM0, tcp:HOST:PORT o ble:AA:BB:CC:DD:EE:FF
  --json                  salida legible por máquina
  -h, --help              esta ayuda; COMANDO --help para las opciones de un comando
  -v, --version           la versión del programa

Estado de salida: 0 éxito, 1 el comando falló (el motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no command given; see the list above.</source>
        <translation>no se indicó ningún comando; vea la lista de arriba.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &quot;%1&quot;; run iotpro-cli --help for the list.</source>
        <translation>comando desconocido «%1»; ejecute iotpro-cli --help para ver la lista.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: iotpro-cli %1 [options] %2</source>
        <translation>Uso: iotpro-cli %1 [opciones] %2</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::DiagnoseCommand</name>
    <message>
        <location filename="../cli/commands/DiagnoseCommand.cpp" line="+20"/>
        <source>Installation and readings as JSON (see docs/diagnosis.md); - reads standard input.</source>
        <translation>Instalación y lecturas en JSON (vea docs/diagnosis.md); - lee la entrada estándar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the CT wiring from recorded readings: which phase each CT is on, which way it faces, and what to do.</source>
        <translation>Comprobar el cableado de los transformadores de corriente a partir de lecturas grabadas: en qué fase está cada uno, en qué sentido está montado y qué hacer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>diagnose needs --input FILE (or --input - for standard input), or --device ADDRESS for the live check.</source>
        <translation>diagnose necesita --input FILE (o --input - para la entrada estándar) o --device DIRECCIÓN para la comprobación en directo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the readings did not settle within %1 s (%2): wait for a steady load and try again.</source>
        <translation>las lecturas no se estabilizaron en %1 s (%2): espere a que la carga sea estable y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::GlobalOptions</name>
    <message>
        <location filename="../cli/GlobalOptions.cpp" line="+8"/>
        <source>The module: serial:/dev/ttyACM0, tcp:HOST:PORT or ble:AA:BB:CC:DD:EE:FF.</source>
        <translation>El módulo: serial:/dev/ttyACM0, tcp:HOST:PORT o ble:AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print machine-readable JSON instead of text.</source>
        <translation>Imprimir JSON legible por máquina en lugar de texto.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::InfoCommand</name>
    <message>
        <location filename="../cli/commands/InfoCommand.cpp" line="+15"/>
        <source>Show the module&apos;s identity: serial, hardware, firmware, options, config counter.</source>
        <translation>Mostrar la identidad del módulo: número de serie, hardware, firmware, opciones, contador de configuración.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRaWAN</source>
        <translation>LoRaWAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cellular</source>
        <translation>celular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware revision</source>
        <translation>Revisión de hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (module speaks %2 to %3)</source>
        <translation>%1 (el módulo usa de %2 a %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metering engine</source>
        <translation>Motor de medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config counter</source>
        <translation>Contador de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module clock</source>
        <translation>Reloj del módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 UTC, zone %2, %3</source>
        <translation>%1 UTC, zona %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synchronised</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not synchronised</source>
        <translation>no sincronizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB identity</source>
        <translation>Identidad USB</translation>
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
        <translation>Escribir la clave privada en ARCHIVO y la pública en ARCHIVO.pub (ambos archivos nuevos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Encrypt the private key with the passphrase on the first line of FILE.</source>
        <translation>Cifrar la clave privada con la frase de contraseña de la primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>no se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the passphrase file %1 is larger than %2 bytes: is it the right file?</source>
        <translation>el archivo de frase de contraseña %1 ocupa más de %2 bytes: ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the first line of the passphrase file %1 is empty: write the passphrase there (an empty one would leave the key unencrypted)</source>
        <translation>la primera línea del archivo de frase de contraseña %1 está vacía: escriba ahí la frase de contraseña (una vacía dejaría la clave sin cifrar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a configuration signing key: FILE (private) and FILE.pub (public).</source>
        <translation>Crear una clave para firmar configuraciones: ARCHIVO (privada) y ARCHIVO.pub (pública).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>keygen needs --out FILE: the file to write the private key to.</source>
        <translation>keygen necesita --out ARCHIVO: el archivo en el que escribir la clave privada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists; keygen never replaces a file: choose another --out or move the file away.</source>
        <translation>%1 ya existe; keygen nunca sustituye un archivo: elija otro --out o mueva el archivo a otro sitio.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Private key  %1 (%2)</source>
        <translation>Clave privada  %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted with the passphrase</source>
        <translation>cifrada con la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not encrypted: keep it on this computer only</source>
        <translation>sin cifrar: guárdela solo en este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key   %1</source>
        <translation>Clave pública  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id       %1</source>
        <translation>Id. de clave   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint  %1</source>
        <translation>Huella digital %1</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::LiveCommand</name>
    <message>
        <location filename="../cli/commands/LiveCommand.cpp" line="+17"/>
        <source>Snapshots per second, 1 to 20 (default 10).</source>
        <translation>Lecturas por segundo, de 1 a 20 (por defecto 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop after N snapshots (default: until interrupted).</source>
        <translation>Parar tras N lecturas (por defecto: hasta que se interrumpa).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stream live per-phase readings: V, I, P, Q, S, PF, angles, THD, energy.</source>
        <translation>Mostrar en directo las lecturas por fase: V, I, P, Q, S, FP, ángulos, THD, energía.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--rate must be a whole number from 1 to 20.</source>
        <translation>--rate debe ser un número entero de 1 a 20.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--count must be a whole number (0 for no limit).</source>
        <translation>--count debe ser un número entero (0 para sin límite).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>gap in the live stream: %n snapshot(s) from #%1 on never arrived.</source>
        <translation>
            <numerusform>hueco en el flujo en directo: %n lectura a partir de #%1 nunca llegó.</numerusform>
            <numerusform>hueco en el flujo en directo: %n lecturas a partir de #%1 nunca llegaron.</numerusform>
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
        <translation>  | %1: %2 V %3 A %4 kW FP %5 %6°</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ModuleConnection</name>
    <message>
        <location filename="../cli/ModuleConnection.cpp" line="+21"/>
        <source>this command needs a module: add --device ADDRESS (see iotpro-cli ports).</source>
        <translation>este comando necesita un módulo: añada --device DIRECCIÓN (vea iotpro-cli ports).</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::PortsCommand</name>
    <message>
        <location filename="../cli/commands/PortsCommand.cpp" line="+18"/>
        <source>Also send a Hello to every port to find modules behind other USB adapters.</source>
        <translation>Enviar además un Hello a cada puerto para encontrar módulos tras otros adaptadores USB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List serial ports; IoT Pro modules are marked by their USB identity.</source>
        <translation>Listar los puertos serie; los módulos IoT Pro se reconocen por su identidad USB.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No serial ports found. Is the module&apos;s USB cable plugged in?</source>
        <translation>No se encontró ningún puerto serie. ¿Está conectado el cable USB del módulo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IoT Pro module</source>
        <translation>Módulo IoT Pro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other device</source>
        <translation>otro dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IoT Pro module %1</source>
        <translation>Módulo IoT Pro %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, no answer to a probe</source>
        <translation>, sin respuesta a un sondeo</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigDiff</name>
    <message>
        <location filename="../core/config/ConfigDiff.cpp" line="+21"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: (changed)</source>
        <translation>%1: (cambiado)</translation>
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
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number from 0 to 4294967295</source>
        <translation>un número entero de 0 a 4294967295</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text in double quotes</source>
        <translation>texto entre comillas dobles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a value this field can take; it takes %2.</source>
        <translation>%1 no es un valor que este campo admita; admite %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A configuration has no such field; check its spelling.</source>
        <translation>Una configuración no tiene ese campo; compruebe cómo está escrito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration cannot be read: %1</source>
        <translation>No se puede leer la configuración: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The configuration is not valid JSON (%1 at %2).</source>
        <translation>La configuración no es JSON válido (%1 en %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A configuration is a JSON object, { … }.</source>
        <translation>Una configuración es un objeto JSON, { … }.</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigLimits</name>
    <message>
        <location filename="../core/config/ConfigLimits.cpp" line="+33"/>
        <source>must be an object { … }</source>
        <translation>debe ser un objeto { … }</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must list numbers only</source>
        <translation>solo debe contener números</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must list names in double quotes</source>
        <translation>debe contener nombres entre comillas dobles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>max is below the lower bound</source>
        <translation>max está por debajo del límite inferior</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a list [ … ]</source>
        <translation>debe ser una lista [ … ]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number of 0 or more</source>
        <translation>debe ser un número entero de 0 o más</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The limits table is not valid JSON: %1 at byte %2</source>
        <translation>La tabla de límites no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limits table must be a JSON object { … }</source>
        <translation>La tabla de límites debe ser un objeto JSON { … }</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The limits table has format version %1; this tool reads version %2.</source>
        <translation>La tabla de límites tiene la versión de formato %1; esta herramienta lee la versión %2.</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigProto</name>
    <message>
        <location filename="../core/config/ConfigProto.cpp" line="+148"/>
        <source>No value is chosen; choose one of %1.</source>
        <translation>No se ha elegido ningún valor; elija uno de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value %1 is unknown to this version of the tool; choose one of %2.</source>
        <translation>Esta versión de la herramienta no conoce el valor %1; elija uno de %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There are %1 %2; a configuration has exactly %3, one per input of the module.</source>
        <translation>Hay %1 %2; una configuración tiene exactamente %3, uno por cada entrada del módulo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>CT inputs</source>
        <translation>entradas de TC</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>digital inputs</source>
        <translation>entradas digitales</translation>
    </message>
</context>
<context>
    <name>iotpro::config::ConfigValidator</name>
    <message>
        <location filename="../core/config/ConfigValidator.cpp" line="+21"/>
        <source>This text is %1 bytes long; at most %2 bytes fit (letters with accents and symbols take 2 to 4 bytes).</source>
        <translation>Este texto ocupa %1 bytes; caben como máximo %2 bytes (las letras con tilde y los símbolos ocupan de 2 a 4 bytes).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This module has no GPS; switch GPS off.</source>
        <translation>Este módulo no tiene GPS; desactive el GPS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A position fix every %1 s is not possible; choose %2 to %3 s.</source>
        <translation>No es posible una posición cada %1 s; elija de %2 a %3 s.</translation>
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
        <translation>La entrada de TC %1 no tiene corriente nominal; introduzca la corriente primaria impresa en el TC, por ejemplo 100 A.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CT input %1 is rated %2 A; a CT rating is from %3 to %4 A.</source>
        <translation>La entrada de TC %1 tiene %2 A nominales; la corriente nominal de un TC va de %3 a %4 A.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In 1P wiring CT input 1 is on phase 1, the only phase the module measures.</source>
        <translation>Con cableado 1P la entrada de TC 1 está en la fase 1, la única fase que mide el módulo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CT input %1 is mapped to phase %2; choose phase 1, 2 or 3.</source>
        <translation>La entrada de TC %1 está asignada a la fase %2; elija la fase 1, 2 o 3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 V is not a nominal line-to-line voltage; for %2 wiring choose one of %3 V.</source>
        <translation>%1 V no es una tensión nominal entre fases; para el cableado %2 elija una de %3 V.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 V is not a nominal line-to-neutral voltage; for %2 wiring choose one of %3 V.</source>
        <translation>%1 V no es una tensión nominal fase-neutro; para el cableado %2 elija una de %3 V.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Hz is not a mains frequency; choose one of %2 Hz.</source>
        <translation>%1 Hz no es una frecuencia de red; elija una de %2 Hz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CT inputs %1 and %2 are both mapped to phase %3; each CT clamps a different phase conductor.</source>
        <translation>Las entradas de TC %1 y %2 están asignadas ambas a la fase %3; cada TC abraza un conductor de fase distinto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A demand period of %1 is not possible; choose one of %2.</source>
        <translation>Un periodo de demanda de %1 no es posible; elija uno de %2.</translation>
    </message>
    <message>
        <location filename="../core/config/InputRules.cpp" line="+21"/>
        <source>Digital input %1 debounces for %2 ms; choose %3 to %4 ms (contacts bounce for up to about 20 ms).</source>
        <translation>La entrada digital %1 filtra rebotes durante %2 ms; elija de %3 a %4 ms (los contactos rebotan hasta unos 20 ms).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Digital input %1 has a pulse weight of %2; enter what one pulse stands for, more than 0 (for example 10 Wh).</source>
        <translation>La entrada digital %1 tiene un peso de impulso de %2; introduzca lo que vale un impulso, más de 0 (por ejemplo 10 Wh).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digital input %1 has a pulse weight of %2; one pulse stands for at most %3.</source>
        <translation>La entrada digital %1 tiene un peso de impulso de %2; un impulso vale como máximo %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Digital input %1 has no unit for its pulses; enter one, for example Wh, L or m³.</source>
        <translation>La entrada digital %1 no tiene unidad para sus impulsos; introduzca una, por ejemplo Wh, L o m³.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digital input %1 accepts pulses from %2 ms; choose %3 to %4 ms (an S0 output&apos;s pulses last at least %3 ms).</source>
        <translation>La entrada digital %1 acepta impulsos desde %2 ms; elija de %3 a %4 ms (los impulsos de una salida S0 duran al menos %3 ms).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Digital input %1 reads DS18B20 sensors but lists none; add the sensors on its bus.</source>
        <translation>La entrada digital %1 lee sensores DS18B20 pero no enumera ninguno; añada los sensores de su bus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Digital input %1 lists %2 DS18B20 sensors; at most %3 fit on one input.</source>
        <translation>La entrada digital %1 enumera %2 sensores DS18B20; caben como máximo %3 en una entrada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sensor %1 of digital input %2: the ROM code &quot;%3&quot; must be 16 hex digits (0-9, A-F).</source>
        <translation>Sensor %1 de la entrada digital %2: el código ROM &quot;%3&quot; debe tener 16 dígitos hexadecimales (0-9, A-F).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensor %1 of digital input %2: the ROM code starts with family code %3, not 28: it is not a DS18B20.</source>
        <translation>Sensor %1 de la entrada digital %2: el código ROM empieza con el código de familia %3, no 28: no es un DS18B20.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensor %1 of digital input %2: the last two digits of the ROM code (its check sum) do not match; read the code from the bus again or look for a typo.</source>
        <translation>Sensor %1 de la entrada digital %2: los dos últimos dígitos del código ROM (su suma de comprobación) no coinciden; vuelva a leer el código del bus o busque una errata.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sensor %1 of digital input %2 is the same sensor as sensor %3 of digital input %4; list each sensor once.</source>
        <translation>El sensor %1 de la entrada digital %2 es el mismo que el sensor %3 de la entrada digital %4; enumere cada sensor una sola vez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sensor %1 of digital input %2 has no name; name what it measures, for example &quot;Cold room 1 air&quot;.</source>
        <translation>El sensor %1 de la entrada digital %2 no tiene nombre; indique lo que mide, por ejemplo &quot;Aire cámara frigorífica 1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The analog input has no unit; enter one, for example bar, % or °C.</source>
        <translation>La entrada analógica no tiene unidad; introduzca una, por ejemplo bar, % o °C.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A scaling point is at %1 V; the analog input measures %2 to %3 V.</source>
        <translation>Un punto de escala está en %1 V; la entrada analógica mide de %2 a %3 V.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scaling point needs a value, a number.</source>
        <translation>Un punto de escala necesita un valor, un número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both scaling points are at %1 V; give the two points different voltages.</source>
        <translation>Los dos puntos de escala están en %1 V; dé a los dos puntos tensiones distintas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both scaling points read %1 %2; give the two points different values.</source>
        <translation>Los dos puntos de escala marcan %1 %2; dé a los dos puntos valores distintos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The low alarm needs a limit, a number.</source>
        <translation>La alarma baja necesita un límite, un número.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The high alarm needs a limit, a number.</source>
        <translation>La alarma alta necesita un límite, un número.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The low alarm (%1 %3) must be below the high alarm (%2 %3).</source>
        <translation>La alarma baja (%1 %3) debe estar por debajo de la alarma alta (%2 %3).</translation>
    </message>
    <message>
        <location filename="../core/config/NetworkRules.cpp" line="+91"/>
        <source>Enter an IPv4 address, for example 192.168.1.20.</source>
        <translation>Introduzca una dirección IPv4, por ejemplo 192.168.1.20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an IPv4 address; write four numbers from 0 to 255 separated by dots, for example 192.168.1.20.</source>
        <translation>&quot;%1&quot; no es una dirección IPv4; escriba cuatro números de 0 a 255 separados por puntos, por ejemplo 192.168.1.20.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a subnet mask; a mask is ones followed by zeros, /1 to /30, for example 255.255.255.0.</source>
        <translation>&quot;%1&quot; no es una máscara de subred; una máscara son unos seguidos de ceros, de /1 a /30, por ejemplo 255.255.255.0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the network or broadcast address of subnet %2/%3; choose another address for the module.</source>
        <translation>%1 es la dirección de red o de difusión de la subred %2/%3; elija otra dirección para el módulo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway cannot be the module&apos;s own address; enter the router&apos;s address.</source>
        <translation>La puerta de enlace no puede ser la dirección del propio módulo; introduzca la dirección del router.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway %1 is outside the module&apos;s subnet %2/%3, so the module cannot reach it; check the address, the mask and the gateway.</source>
        <translation>La puerta de enlace %1 está fuera de la subred %2/%3 del módulo, así que el módulo no puede alcanzarla; compruebe la dirección, la máscara y la puerta de enlace.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the Wi-Fi passphrase; the module has none stored.</source>
        <translation>Introduzca la contraseña Wi-Fi; el módulo no tiene ninguna guardada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase of %1 characters is taken as a raw key and must be %1 hex digits (0-9, A-F); a passphrase has at most %2 characters.</source>
        <translation>Una contraseña de %1 caracteres se toma como clave en bruto y debe tener %1 dígitos hexadecimales (0-9, A-F); una contraseña tiene como máximo %2 caracteres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Wi-Fi passphrase may only contain printable ASCII characters: letters without accents, digits, punctuation and spaces.</source>
        <translation>La contraseña Wi-Fi solo puede contener caracteres ASCII imprimibles: letras sin tilde, dígitos, signos de puntuación y espacios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Wi-Fi passphrase has %1 characters; it needs at least %2.</source>
        <translation>La contraseña Wi-Fi tiene %1 caracteres; necesita al menos %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Wi-Fi passphrase has %1 characters; at most %2 fit, or exactly %3 hex digits for a raw key.</source>
        <translation>La contraseña Wi-Fi tiene %1 caracteres; caben como máximo %2, o exactamente %3 dígitos hexadecimales para una clave en bruto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Wi-Fi passphrase has %1 characters; at most %2 fit.</source>
        <translation>La contraseña Wi-Fi tiene %1 caracteres; caben como máximo %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the Wi-Fi name (SSID).</source>
        <translation>Introduzca el nombre de la red Wi-Fi (SSID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Wi-Fi name is %1 bytes long; a Wi-Fi name has at most %2 bytes (letters with accents and symbols take 2 to 4 bytes).</source>
        <translation>El nombre de la red Wi-Fi ocupa %1 bytes; un nombre de red Wi-Fi tiene como máximo %2 bytes (las letras con tilde y los símbolos ocupan de 2 a 4 bytes).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has sub-bands %2 to %3; choose the one your gateways listen on.</source>
        <translation>%1 tiene las subbandas %2 a %3; elija aquella en la que escuchan sus gateways.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no sub-bands; set the sub-band to 0.</source>
        <translation>%1 no tiene subbandas; ponga la subbanda a 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the DevEUI, %1 hex digits, as on the module&apos;s label.</source>
        <translation>Introduzca el DevEUI, %1 dígitos hexadecimales, como en la etiqueta del módulo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DevEUI &quot;%1&quot; must be %2 hex digits (0-9, A-F), as on the module&apos;s label.</source>
        <translation>El DevEUI &quot;%1&quot; debe tener %2 dígitos hexadecimales (0-9, A-F), como en la etiqueta del módulo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the JoinEUI, %1 hex digits, as the network server shows it.</source>
        <translation>Introduzca el JoinEUI, %1 dígitos hexadecimales, tal como lo muestra el servidor de red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JoinEUI &quot;%1&quot; must be %2 hex digits (0-9, A-F), as the network server shows it.</source>
        <translation>El JoinEUI &quot;%1&quot; debe tener %2 dígitos hexadecimales (0-9, A-F), tal como lo muestra el servidor de red.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the AppKey from the network server; the module has none stored.</source>
        <translation>Introduzca la AppKey del servidor de red; el módulo no tiene ninguna guardada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AppKey must be %1 hex digits (0-9, A-F), as the network server shows it.</source>
        <translation>La AppKey debe tener %1 dígitos hexadecimales (0-9, A-F), tal como la muestra el servidor de red.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the APN (access point name) given by the SIM provider.</source>
        <translation>Introduzca el APN (nombre del punto de acceso) que indica el proveedor de la SIM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The APN password is too long; at most %1 bytes fit.</source>
        <translation>La contraseña del APN es demasiado larga; caben como máximo %1 bytes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This module has no Wi-Fi; switch Wi-Fi off.</source>
        <translation>Este módulo no tiene Wi-Fi; desactive el Wi-Fi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This module has no LoRaWAN radio; switch LoRaWAN off.</source>
        <translation>Este módulo no tiene radio LoRaWAN; desactive LoRaWAN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This module has no cellular modem; switch cellular off.</source>
        <translation>Este módulo no tiene módem móvil; desactive la red móvil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report every %1 s is not possible; choose %2 to %3 s.</source>
        <translation>No es posible un informe cada %1 s; elija de %2 a %3 s.</translation>
    </message>
</context>
<context>
    <name>iotpro::electrical::Diagnosis</name>
    <message>
        <location filename="../core/electrical/DiagnosisMessages.cpp" line="+34"/>
        <source>Input %1 reads no voltage (%2 V): its voltage lead is loose or not connected, or its fuse is open. The CT on input %1 cannot be checked until it reads voltage.</source>
        <translation>La entrada %1 no mide tensión (%2 V): su cable de tensión está suelto o sin conectar, o su fusible está abierto. El TC de la entrada %1 no se puede comprobar hasta que mida tensión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input %1 reads %2 V, outside %3-%4 V (nominal +-10 %): check its voltage lead and the declared nominal voltage.</source>
        <translation>La entrada %1 mide %2 V, fuera de %3-%4 V (nominal ±10 %): compruebe su cable de tensión y la tensión nominal declarada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Input 2&apos;s voltage (V32) is at %1 deg to input 1&apos;s (V12) where +60 or -60 deg is expected: check that the common voltage lead is on L2 and the others on L1 and L3.</source>
        <translation>La tensión de la entrada 2 (V32) está a %1° de la de la entrada 1 (V12) cuando se esperan +60° o −60°: compruebe que el cable de tensión común está en L2 y los otros en L1 y L3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input %1&apos;s voltage is at %2 deg to input 1&apos;s where -120 or +120 deg is expected: its voltage lead is probably on the same conductor as another input&apos;s. Put each voltage lead on its own phase.</source>
        <translation>La tensión de la entrada %1 está a %2° de la de la entrada 1 cuando se esperan −120° o +120°: su cable de tensión probablemente está en el mismo conductor que el de otra entrada. Conecte cada cable de tensión a su propia fase.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The supply frequency is %1 Hz, outside %2-%3 Hz: check the declared nominal frequency (50 or 60 Hz).</source>
        <translation>La frecuencia de red es %1 Hz, fuera de %2-%3 Hz: compruebe la frecuencia nominal declarada (50 o 60 Hz).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input %1 carries %2 A, %3 % of the %4 A CT rating: below the 10 % a reliable check needs, so this CT is not judged. Switch on more load on its phase and check again.</source>
        <translation>La entrada %1 lleva %2 A, el %3 % de los %4 A nominales del TC: por debajo del 10 % que necesita una comprobación fiable, así que este TC no se evalúa. Conecte más carga en su fase y vuelva a comprobar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input %1 carries %2 A, %3 % of the %4 A CT rating (at most 120 %): the CT is too small and reads wrong here. Fit a larger CT and declare its rating.</source>
        <translation>La entrada %1 lleva %2 A, el %3 % de los %4 A nominales del TC (como máximo 120 %): el TC es demasiado pequeño y aquí mide mal. Instale un TC mayor y declare su valor nominal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Input %1 reads %2 A but the clamp meter shows %3 A, further apart than the %4 % the CT and the clamp meter allow: the CT fitted is probably not the declared %5 A one but behaves like a %6 A CT. Check the rating on its label and declare that.</source>
        <translation>La entrada %1 mide %2 A pero la pinza amperimétrica marca %3 A, más diferencia que el %4 % que permiten el TC y la pinza: el TC instalado probablemente no es el de %5 A declarado, sino que se comporta como uno de %6 A. Compruebe el valor de su etiqueta y declare ese.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To fix it on site instead: </source>
        <translation>Para corregirlo en el sitio: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To fix it: </source>
        <translation>Para corregirlo: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first short the CT&apos;s secondary (an open %1 secondary under load gives dangerous voltages), then </source>
        <translation>primero cortocircuite el secundario del TC (un secundario %1 abierto bajo carga genera tensiones peligrosas), y luego </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CT on input %1 faces the wrong way.</source>
        <translation>El TC de la entrada %1 está al revés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module can invert input %1 in software; that is offered first, so the panel need not be opened again.</source>
        <translation>El módulo puede invertir la entrada %1 por software; se ofrece primero, para no tener que volver a abrir el cuadro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>turn the CT so its arrow points to the load, or swap its two leads at the module&apos;s terminals.</source>
        <translation>gire el TC para que su flecha apunte a la carga, o intercambie sus dos cables en los bornes del módulo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CT on input %1 is on L%2&apos;s conductor and faces the wrong way.</source>
        <translation>El TC de la entrada %1 está en el conductor de L%2 y al revés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CT on input %1 is on L%2&apos;s conductor.</source>
        <translation>El TC de la entrada %1 está en el conductor de L%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move it to L%1&apos;s conductor and turn it so its arrow points to the load.</source>
        <translation>páselo al conductor de L%1 y gírelo para que su flecha apunte a la carga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move it to L%1&apos;s conductor.</source>
        <translation>páselo al conductor de L%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CT now on L%1 belongs to input %2.</source>
        <translation>El TC que ahora está en L%1 corresponde a la entrada %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module can pair input %1 with L%2&apos;s voltage%3 in software; that is offered first, so the panel need not be opened again.</source>
        <translation>El módulo puede asociar por software la entrada %1 a la tensión de L%2%3; se ofrece primero, para no tener que volver a abrir el cuadro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and invert it</source>
        <translation> e invertirla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voltages rotate L1-L3-L2 while the CTs follow L1-L2-L3: the voltage leads of L%1 and L%2 are most likely swapped. Swapping those two voltage leads fixes the rotation and the CT findings on those inputs at once.</source>
        <translation>Las tensiones giran L1-L3-L2 mientras los TC siguen L1-L2-L3: lo más probable es que los cables de tensión de L%1 y L%2 estén intercambiados. Intercambiar esos dos cables de tensión corrige a la vez la secuencia y los hallazgos de los TC en esas entradas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The voltages rotate L1-L3-L2 (negative sequence). Metering stays right while every CT follows its voltage, but either the supply turns the other way or two voltage leads are swapped together with their CTs: check the phase labels with a rotation tester.</source>
        <translation>Las tensiones giran L1-L3-L2 (secuencia negativa). La medida sigue siendo correcta mientras cada TC siga a su tensión, pero o bien la red gira al revés o dos cables de tensión están intercambiados junto con sus TC: compruebe las etiquetas de fase con un secuencímetro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CT on input %1 is on L%2 and faces the wrong way</source>
        <translation>el TC de la entrada %1 está en L%2 y al revés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CT on input %1 is on L%2</source>
        <translation>el TC de la entrada %1 está en L%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CT on input %1 faces the wrong way</source>
        <translation>el TC de la entrada %1 está al revés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L%1 exports (generation running)</source>
        <translation>L%1 exporta (generación en marcha)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CTs are wired right</source>
        <translation>los TC están bien conectados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rises</source>
        <translation>sube</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>falls</source>
        <translation>baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stays the same</source>
        <translation>no cambia</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n explanation(s) fit these readings about equally well:</source>
        <translation>
            <numerusform>%n explicación encaja casi igual de bien con estas lecturas:</numerusform>
            <numerusform>%n explicaciones encajan casi igual de bien con estas lecturas:</numerusform>
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
        <translation>Para distinguirlas, compruebe con una pinza amperimétrica en qué conductor está cada TC y que su flecha apunta a la carga.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on L%1 only</source>
        <translation>solo en L%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between L%1 and L%2 only</source>
        <translation>solo entre L%1 y L%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To tell them apart, switch on a resistive load of known power (a heater) %1 and watch input %2&apos;s active power:</source>
        <translation>Para distinguirlas, conecte una carga resistiva de potencia conocida (un calefactor) %1 y observe la potencia activa de la entrada %2:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it %1 if (%2)</source>
        <translation>%1 si (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To tell them apart, switch on a resistive load of known power (a heater) %1 and watch the active power of inputs %2 and %3:</source>
        <translation>Para distinguirlas, conecte una carga resistiva de potencia conocida (un calefactor) %1 y observe la potencia activa de las entradas %2 y %3:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input %1 %2</source>
        <translation>la entrada %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 if (%2)</source>
        <translation>%1 si (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lagging</source>
        <translation>%1 inductivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 leading</source>
        <translation>%1 capacitivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>input %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The readings fit no CT arrangement with a usual load (PF 0.5 lagging to 0.8 leading, similar on every phase). The closest is: %1, with load power factors %2. Check that each voltage lead is on its own phase, or check again with a more usual load such as a heater switched on.</source>
        <translation>Las lecturas no encajan con ninguna disposición de TC con una carga habitual (FP de 0,5 inductivo a 0,8 capacitivo, similar en todas las fases). La más cercana es: %1, con factores de potencia de carga %2. Compruebe que cada cable de tensión está en su propia fase, o vuelva a comprobar con una carga más habitual, como un calefactor encendido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reading has %1 metering element(s) but this wiring has %2: check the declared wiring.</source>
        <translation>La lectura tiene %1 elemento(s) de medida pero este cableado tiene %2: compruebe el cableado declarado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also: %1</source>
        <translation>Además: %1</translation>
    </message>
</context>
<context>
    <name>iotpro::electrical::DiagnosisJson</name>
    <message>
        <location filename="../core/electrical/DiagnosisJson.cpp" line="+32"/>
        <source>&quot;%1&quot; is missing or not a number.</source>
        <translation>«%1» falta o no es un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>«%1» debe ser como mínimo %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be greater than 0.</source>
        <translation>«%1» debe ser mayor que 0.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is missing or not true/false.</source>
        <translation>«%1» falta o no es true/false.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>«%1» debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;elements&quot;[%1] is not an object.</source>
        <translation>&quot;elements&quot;[%1] no es un objeto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;v_angle&quot; is not a number.</source>
        <translation>&quot;v_angle&quot; no es un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element %1: %2</source>
        <translation>Elemento %1: %2</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The input is not valid JSON: %1 at byte %2.</source>
        <translation>La entrada no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The input must be a JSON object.</source>
        <translation>La entrada debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;elements&quot; must be an array of %1 element(s) for %2 wiring.</source>
        <translation>&quot;elements&quot; debe ser un array de %1 elemento(s) para el cableado %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;clamp_current_a&quot; must be an array with one value (or null) per element.</source>
        <translation>&quot;clamp_current_a&quot; debe ser un array con un valor (o null) por elemento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;clamp_current_a&quot; holds something that is neither a current nor null.</source>
        <translation>&quot;clamp_current_a&quot; contiene algo que no es una corriente ni null.</translation>
    </message>
</context>
<context>
    <name>iotpro::electrical::SnapshotWindow</name>
    <message>
        <location filename="../core/electrical/SnapshotWindow.cpp" line="+58"/>
        <source>Waiting for %1 readings in a row (have %2).</source>
        <translation>Esperando %1 lecturas seguidas (hay %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The readings in the window have different numbers of elements.</source>
        <translation>Las lecturas de la ventana tienen distinto número de elementos.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The voltage on input %1 is not steady.</source>
        <translation>La tensión de la entrada %1 no es estable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current on input %1 is not steady: wait until the load settles.</source>
        <translation>La corriente de la entrada %1 no es estable: espere a que la carga se estabilice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The power factor on input %1 is not steady: wait until the load settles.</source>
        <translation>El factor de potencia de la entrada %1 no es estable: espere a que la carga se estabilice.</translation>
    </message>
</context>
<context>
    <name>iotpro::security::KeyStore</name>
    <message>
        <location filename="../core/security/KeyStore.cpp" line="+113"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>there is no key named %1 in %2</source>
        <translation>no hay ninguna clave llamada %1 en %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>cannot remove %1: %2</source>
        <translation>no se puede eliminar %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; cannot name a key: use 1 to 64 letters, digits, dots, dashes or underscores, not starting with a dot</source>
        <translation>«%1» no sirve como nombre de clave: use de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos, sin empezar por un punto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot create the key directory %1</source>
        <translation>no se puede crear el directorio de claves %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a key named %1 already exists in %2: choose another name or remove it first</source>
        <translation>ya existe una clave llamada %1 en %2: elija otro nombre o elimínela primero</translation>
    </message>
</context>
<context>
    <name>iotpro::security::OwnerOnlyFile</name>
    <message>
        <location filename="../core/security/OwnerOnlyFile.cpp" line="+96"/>
        <location line="+22"/>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+71"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+57"/>
        <source>%1 already exists: choose another name or remove it first</source>
        <translation>%1 ya existe: elija otro nombre o elimínelo primero</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+7"/>
        <location line="+23"/>
        <location line="+29"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to another user: a private key must be your own file</source>
        <translation>%1 pertenece a otro usuario: una clave privada debe ser un archivo suyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is accessible by other users (permissions %2): it may have been copied; run &quot;chmod 600 %1&quot; and consider replacing the key</source>
        <translation>%1 es accesible para otros usuarios (permisos %2): puede haberse copiado; ejecute «chmod 600 %1» y considere sustituir la clave</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>%1 is too large to be a private key</source>
        <translation>%1 es demasiado grande para ser una clave privada</translation>
    </message>
</context>
<context>
    <name>iotpro::security::Pake</name>
    <message>
        <location filename="../core/security/PakeKeySchedule.cpp" line="+39"/>
        <source>no pairing code given: type the code printed on the module label</source>
        <translation>no se indicó código de emparejamiento: escriba el código impreso en la etiqueta del módulo</translation>
    </message>
    <message>
        <location filename="../core/security/Pake.cpp" line="+30"/>
        <source>pairing message out of order: this pairing run has ended or not begun; start a new one</source>
        <translation>mensaje de emparejamiento fuera de orden: este emparejamiento ha terminado o no ha empezado; inicie uno nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed pairing message (%1 bytes, expected %2): pairing aborted</source>
        <translation>mensaje de emparejamiento mal formado (%1 bytes, se esperaban %2): emparejamiento cancelado</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the module sent an invalid key share: pairing aborted</source>
        <translation>el módulo envió una parte de clave no válida: emparejamiento cancelado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the module did not prove it knows the pairing code: check the code on the module label and try again (the module locks pairing for a while after repeated wrong codes)</source>
        <translation>el módulo no demostró conocer el código de emparejamiento: compruebe el código de la etiqueta del módulo y vuelva a intentarlo (tras varios códigos erróneos el módulo bloquea el emparejamiento durante un tiempo)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the tool sent an invalid key share: pairing aborted</source>
        <translation>la herramienta envió una parte de clave no válida: emparejamiento cancelado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the tool did not prove it knows the pairing code: wrong code</source>
        <translation>la herramienta no demostró conocer el código de emparejamiento: código erróneo</translation>
    </message>
</context>
<context>
    <name>iotpro::security::PrivateKeyCodec</name>
    <message>
        <location filename="../core/security/PrivateKeyCodec.cpp" line="+53"/>
        <source>key %1 is damaged (truncated or altered): restore it from a backup</source>
        <translation>la clave %1 está dañada (truncada o alterada): restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not enough memory to protect the key with its passphrase (Argon2id needs %1 MiB): close other programs and try again</source>
        <translation>no hay memoria suficiente para proteger la clave con su frase de contraseña (Argon2id necesita %1 MiB): cierre otros programas y vuelva a intentarlo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not an IoT Pro private key</source>
        <translation>%1 no es una clave privada de IoT Pro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>key %1 has format version %2, this tool reads version %3: use a newer version of the tool</source>
        <translation>la clave %1 tiene la versión de formato %2 y esta herramienta lee la versión %3: use una versión más reciente de la herramienta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>key %1 is encrypted: give its passphrase</source>
        <translation>la clave %1 está cifrada: indique su frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to unlock key %1 (Argon2id needs %2 MiB): close other programs and try again</source>
        <translation>no hay memoria suficiente para desbloquear la clave %1 (Argon2id necesita %2 MiB): cierre otros programas y vuelva a intentarlo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>wrong passphrase for key %1</source>
        <translation>frase de contraseña errónea para la clave %1</translation>
    </message>
</context>
<context>
    <name>iotpro::security::PublicKeyCodec</name>
    <message>
        <location filename="../core/security/PublicKeyCodec.cpp" line="+30"/>
        <source>%1 is not an IoT Pro public key (expected one line &quot;%2 KEY FINGERPRINT&quot;)</source>
        <translation>%1 no es una clave pública de IoT Pro (se esperaba una línea «%2 KEY FINGERPRINT»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key in %1 is not a valid Ed25519 public key</source>
        <translation>la clave de %1 no es una clave pública Ed25519 válida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fingerprint in %1 (%2) does not match its key (%3): the file was edited or damaged; ask its owner for a fresh copy</source>
        <translation>la huella de %1 (%2) no coincide con su clave (%3): el archivo se editó o dañó; pida una copia nueva a su propietario</translation>
    </message>
</context>
<context>
    <name>iotpro::security::Seal</name>
    <message>
        <location filename="../core/security/Seal.cpp" line="+51"/>
        <source>sealed data failed authentication: it was altered, or sealed for another session or another configuration</source>
        <translation>los datos sellados no superaron la autenticación: se alteraron o se sellaron para otra sesión u otra configuración</translation>
    </message>
</context>
<context>
    <name>iotpro::security::Signing</name>
    <message>
        <location filename="../core/security/Signing.cpp" line="+48"/>
        <source>the signature does not match key %1: the data was altered, or signed by another key or for another purpose</source>
        <translation>la firma no coincide con la clave %1: los datos se alteraron o se firmaron con otra clave o para otro fin</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ClampMeterPanel</name>
    <message>
        <location filename="../ui/ClampMeterPanel.cpp" line="+57"/>
        <source>Clamp meter cross-check</source>
        <translation>Comprobación con pinza amperimétrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clamp each CT&apos;s conductor and type the current shown.</source>
        <translation>Abrace el conductor de cada TC con la pinza y escriba la corriente que marca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> A</source>
        <translation> A</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>L%1 (input %2):</source>
        <translation>L%1 (entrada %2):</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectionListModel</name>
    <message>
        <location filename="../ui/ConnectionListModel.cpp" line="+245"/>
        <source>USB and serial ports</source>
        <translation>Puertos USB y serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without hardware</source>
        <translation>Sin hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent devices</source>
        <translation>Dispositivos recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No serial port found. Plug in the module&apos;s USB cable.</source>
        <translation>No se encontró ningún puerto serie. Conecte el cable USB del módulo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IoT Pro module on %1</source>
        <translation>Módulo IoT Pro en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual module (built-in)</source>
        <translation>Módulo virtual (integrado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Manufacturer: %1</source>
        <translation>Fabricante: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB identity: %1</source>
        <translation>Identidad USB: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB serial number: %1</source>
        <translation>Número de serie USB: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts a simulated IoT Pro module on this computer, for training and testing.</source>
        <translation>Inicia un módulo IoT Pro simulado en este ordenador, para formación y pruebas.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectionPanel</name>
    <message>
        <location filename="../ui/ConnectionPanel.cpp" line="+96"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a port or device:</source>
        <translation>&amp;Elija un puerto o dispositivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type an &amp;address:</source>
        <translation>O escriba una &amp;dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.1.20:5020 or serial:/dev/ttyUSB0</source>
        <translation>p. ej. 192.168.1.20:5020 o serial:/dev/ttyUSB0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="+30"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHECK</source>
        <translation>REVISAR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Findings and fixes</source>
        <translation>Hallazgos y soluciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT &amp;secondary:</source>
        <translation>&amp;Secundario del TC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>333 mV (safe to disconnect)</source>
        <translation>333 mV (se puede desconectar sin peligro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 A (short before disconnecting)</source>
        <translation>1 A (cortocircuitar antes de desconectar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 A (short before disconnecting)</source>
        <translation>5 A (cortocircuitar antes de desconectar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the CTs deliver. The fixes advised depend on it: an open 1 A or 5 A secondary under load gives dangerous voltages.</source>
        <translation>Lo que entregan los TC. Las soluciones recomendadas dependen de ello: un secundario de 1 A o 5 A abierto bajo carga genera tensiones peligrosas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module already corrects its CT inputs in software (its configuration moves or inverts them): these readings and findings are after that correction.</source>
        <translation>El módulo ya corrige sus entradas de TC por software (su configuración las reasigna o invierte): estas lecturas y hallazgos son posteriores a esa corrección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply software correction</source>
        <translation>Aplicar corrección por software</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correcting the inputs in software changes the module&apos;s configuration, which needs its signed configuration write: use the configuration wizard.</source>
        <translation>Corregir las entradas por software cambia la configuración del módulo, lo que requiere su escritura de configuración firmada: use el asistente de configuración.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The findings appear here after %1 s of steady readings, each with its fix.</source>
        <translation>Los hallazgos aparecen aquí tras %1 s de lecturas estables, cada uno con su solución.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::IdentityPanel</name>
    <message>
        <location filename="../ui/IdentityPanel.cpp" line="+96"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a module to see who it is.</source>
        <translation>Conéctese a un módulo para ver cuál es.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2 (synchronized)</source>
        <translation>%1 %2 (sincronizado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (not synchronized)</source>
        <translation>%1 %2 (no sincronizado)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware revision:</source>
        <translation>Revisión de hardware:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol version:</source>
        <translation>Versión del protocolo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metering engine:</source>
        <translation>Motor de medida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fitted options:</source>
        <translation>Opciones instaladas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration counter:</source>
        <translation>Contador de configuración:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module clock:</source>
        <translation>Reloj del módulo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB identity:</source>
        <translation>Identidad USB:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bluetooth identity:</source>
        <translation>Identidad Bluetooth:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (the module supports %2 to %3)</source>
        <translation>%1 (el módulo admite de %2 a %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, firmware %2</source>
        <translation>%1, firmware %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoRaWAN</source>
        <translation>LoRaWAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cellular</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2 (vendor:product)</source>
        <translation>%1:%2 (fabricante:producto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, address %2</source>
        <translation>%1, dirección %2</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/LanguageMenu.cpp" line="+44"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LiveCheckSummary</name>
    <message>
        <location filename="../ui/LiveCheckSummary.cpp" line="+33"/>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every CT is on its phase and faces the right way.</source>
        <translation>Cada TC está en su fase y orientado correctamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CHECK</source>
        <translation>REVISAR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (and %n more)</source>
        <comment>the first problem</comment>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The readings are changing: %1 Showing the result of the last steady %2 s.</source>
        <translation>Las lecturas están cambiando: %1 Se muestra el resultado de los últimos %2 s estables.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the last %1 s of steady readings; confidence %2 %.</source>
        <translation>De los últimos %1 s de lecturas estables; confianza %2 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the last %1 s of steady readings.</source>
        <translation>De los últimos %1 s de lecturas estables.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NOT CONNECTED</source>
        <translation>SIN CONEXIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a module to check its wiring live.</source>
        <translation>Conéctese a un módulo para comprobar su cableado en vivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>WAITING</source>
        <translation>ESPERANDO</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Starting the live readings…</source>
        <translation>Iniciando las lecturas en vivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO LIVE READINGS</source>
        <translation>SIN LECTURAS EN VIVO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NO READINGS</source>
        <translation>SIN LECTURAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings for %1 s: what is shown is not current.</source>
        <translation>Sin lecturas desde hace %1 s: lo que se muestra no es actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the cable to the module; the readings resume by themselves.</source>
        <translation>Compruebe el cable al módulo; las lecturas se reanudan solas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for steady readings.</source>
        <translation>Esperando lecturas estables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECKING</source>
        <translation>COMPROBANDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting steady readings…</source>
        <translation>Recogiendo lecturas estables…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A verdict needs %1 s of steady readings.</source>
        <translation>Un resultado necesita %1 s de lecturas estables.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CT on input %1 faces the wrong way</source>
        <translation>El TC de la entrada %1 está invertido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CT on input %1 is on the wrong phase</source>
        <translation>El TC de la entrada %1 está en la fase equivocada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage phase sequence reversed</source>
        <translation>Secuencia de fases de tensión invertida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voltage on input %1</source>
        <translation>Sin tensión en la entrada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage out of range on input %1</source>
        <translation>Tensión fuera de rango en la entrada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voltage lead of input %1 on the wrong conductor</source>
        <translation>Cable de tensión de la entrada %1 en el conductor equivocado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequency out of range</source>
        <translation>Frecuencia fuera de rango</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little load on input %1 for a verdict</source>
        <translation>Muy poca carga en la entrada %1 para un resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CT on input %1 carries more than its rating</source>
        <translation>El TC de la entrada %1 lleva más que su corriente nominal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong CT size on input %1</source>
        <translation>Tamaño de TC equivocado en la entrada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than one wiring fits: one test tells them apart</source>
        <translation>Encaja más de un cableado: una prueba los distingue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings fit no usual wiring</source>
        <translation>Las lecturas no encajan con ningún cableado habitual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The readings do not match the declared wiring</source>
        <translation>Las lecturas no coinciden con el cableado declarado</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LiveCheckView</name>
    <message>
        <location filename="../ui/LiveCheckView.cpp" line="+75"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phasors appear here when live readings arrive.</source>
        <translation>Los fasores aparecen aquí cuando llegan las lecturas en vivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black: voltages. Blue: currents. Shaded: where each current belongs (power factor 0.5 lagging to 0.8 leading). Red, dashed, with ⚠: a current out of place. Grey: too little current to judge.</source>
        <translation>Negro: tensiones. Azul: corrientes. Sombreado: dónde debe estar cada corriente (factor de potencia 0,5 inductivo a 0,8 capacitivo). Rojo, discontinuo, con ⚠: una corriente fuera de lugar. Gris: muy poca corriente para evaluar.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LiveReadingsModel</name>
    <message>
        <location filename="../ui/LiveReadingsModel.cpp" line="+185"/>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>V
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
        <translation>Carga TC
(%)</translation>
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
        <translation>FP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Angle
(°)</source>
        <translation>Ángulo
(°)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>THD-V
(%)</source>
        <translation>THD-V
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
        <translation>Tensión eficaz: fase-neutro en 3P4W y 1P, entre fases en 3P3W.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RMS current in primary amperes, after the CT ratio.</source>
        <translation>Corriente eficaz en amperios primarios, tras la relación del TC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current as a share of the CT&apos;s rated primary current.</source>
        <translation>Corriente como fracción de la corriente primaria nominal del TC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active power; negative means power flows back to the supply.</source>
        <translation>Potencia activa; negativa significa que la potencia vuelve a la red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactive power; positive means inductive (lagging).</source>
        <translation>Potencia reactiva; positiva significa inductiva (en retraso).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apparent power.</source>
        <translation>Potencia aparente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power factor |P| / S, without sign: the angle column tells lagging from leading.</source>
        <translation>Factor de potencia |P| / S, sin signo: la columna del ángulo distingue inductivo de capacitivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far the current lags its voltage; negative means leading.</source>
        <translation>Cuánto se retrasa la corriente respecto a su tensión; negativo significa en adelanto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total harmonic distortion of the voltage.</source>
        <translation>Distorsión armónica total de la tensión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total harmonic distortion of the current.</source>
        <translation>Distorsión armónica total de la corriente.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LiveReadingsView</name>
    <message>
        <location filename="../ui/LiveReadingsView.cpp" line="+98"/>
        <source>No readings.</source>
        <translation>Sin lecturas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frequency: %1 Hz
Energy imported: %2 kWh
Energy exported: %3 kWh
Demand (%4 min): %5 kW
Maximum demand: %6 kW</source>
        <translation>Frecuencia: %1 Hz
Energía importada: %2 kWh
Energía exportada: %3 kWh
Demanda (%4 min): %5 kW
Demanda máxima: %6 kW</translation>
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
        <translation>%1: sin tensión; su TC no se puede comprobar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 A of %3 A needed — add %4 A of load</source>
        <translation>%1: %2 A de %3 A necesarios; añada %4 A de carga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 A — enough load (%3 A needed)</source>
        <translation>%1: %2 A; carga suficiente (%3 A necesarios)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 A — over the %3 A the CT is rated for</source>
        <translation>%1: %2 A; por encima de los %3 A para los que está dimensionado el TC</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LoadGaugePanel</name>
    <message>
        <location filename="../ui/LoadGaugePanel.cpp" line="+73"/>
        <source>Load for a verdict</source>
        <translation>Carga para un resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each CT needs at least 10 % of its rated current.</source>
        <translation>Cada TC necesita al menos el 10 % de su corriente nominal.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+110"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About IoT Pro Commissioner</source>
        <translation>&amp;Acerca de IoT Pro Commissioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Module</source>
        <translation>&amp;Módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live check</source>
        <translation>Comprobación en &amp;vivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the virtual module (%1)</source>
        <translation>el módulo virtual (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the virtual module…</source>
        <translation>Iniciando el módulo virtual…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1</source>
        <translation>Conectado con %1</translation>
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
        <translation>RTT: sin respuesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About IoT Pro Commissioner</source>
        <translation>Acerca de IoT Pro Commissioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;IoT Pro Commissioner %1&lt;/h3&gt;&lt;p&gt;Commissioning tool for the IoT Pro Energy Module.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IoT Pro Commissioner %1&lt;/h3&gt;&lt;p&gt;Herramienta de puesta en marcha para el IoT Pro Energy Module.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::PhasorDiagram</name>
    <message>
        <location filename="../ui/PhasorDiagram.cpp" line="+37"/>
        <source>on L%1, reversed</source>
        <translation>en L%1, invertido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on L%1</source>
        <translation>en L%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>reversed</source>
        <translation>invertido</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 export or reversed</source>
        <translation>%1 exportación o invertido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 unexpected angle</source>
        <translation>%1 ángulo inesperado</translation>
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
        <translation>Reconectar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
</TS>
