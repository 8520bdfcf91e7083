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
    <name>iotpro::BleScanner</name>
    <message>
        <location filename="../core/transport/BleScanner.cpp" line="+23"/>
        <source>The Bluetooth service (BlueZ) is not running on this computer. Start it (`systemctl start bluetooth`), or connect with the USB cable.</source>
        <translation>El servicio Bluetooth (BlueZ) no está en ejecución en este equipo. Inícielo (`systemctl start bluetooth`) o conéctese con el cable USB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tool is not allowed to use Bluetooth: the system refused it access to the Bluetooth service. Ask the administrator for Bluetooth access, then try again.</source>
        <translation>La herramienta no tiene permiso para usar Bluetooth: el sistema le denegó el acceso al servicio Bluetooth. Solicite al administrador acceso a Bluetooth y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Bluetooth scan failed: %1 Check that Bluetooth works on this computer, or connect with the USB cable.</source>
        <translation>La búsqueda Bluetooth falló: %1 Compruebe que Bluetooth funciona en este equipo o conéctese con el cable USB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer has no Bluetooth adapter that the tool can use. Plug in a Bluetooth LE adapter, or connect with the USB cable.</source>
        <translation>Este equipo no tiene ningún adaptador Bluetooth que la herramienta pueda usar. Conecte un adaptador Bluetooth LE o conéctese con el cable USB.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Bluetooth is switched off on this computer. Switch it on (system settings or `bluetoothctl power on`), then try again.</source>
        <translation>Bluetooth está desactivado en este equipo. Actívelo (en la configuración del sistema o con `bluetoothctl power on`) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tool is not allowed to use Bluetooth. Grant it the Bluetooth permission (and location, where the system asks for it), then try again.</source>
        <translation>La herramienta no tiene permiso para usar Bluetooth. Concédale el permiso de Bluetooth (y el de ubicación, si el sistema lo pide) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>iotpro::BleTransport</name>
    <message>
        <location filename="../core/transport/BleTransport.cpp" line="+28"/>
        <source>%1 did not complete the Bluetooth connection within %2 s. Move closer to the module and try again.</source>
        <translation>%1 no completó la conexión Bluetooth en %2 s. Acérquese al módulo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (serial %2) is busy: another tool is connected to it over Bluetooth. Close that connection, or connect with the USB cable.</source>
        <translation>%1 (n.º de serie %2) está ocupado: otra herramienta está conectada a él por Bluetooth. Cierre esa conexión o conéctese con el cable USB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No IoT Pro module with the address %1 answered a %2 s Bluetooth scan: it is out of range, not powered, or the address is wrong. Move closer, check the module&apos;s power, or list the modules in range with `iotpro-cli ports --ble`.</source>
        <translation>Ningún módulo IoT Pro con la dirección %1 respondió a una búsqueda Bluetooth de %2 s: está fuera de alcance, no tiene alimentación o la dirección es incorrecta. Acérquese, compruebe la alimentación del módulo o liste los módulos al alcance con `iotpro-cli ports --ble`.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Bluetooth link to %1 was lost: the module went out of range or restarted. Move closer and reconnect.</source>
        <translation>Se perdió el enlace Bluetooth con %1: el módulo quedó fuera de alcance o se reinició. Acérquese y vuelva a conectar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dropped the Bluetooth connection while it was being set up. Try again; if it keeps happening, restart the module.</source>
        <translation>%1 cortó la conexión Bluetooth mientras se establecía. Vuelva a intentarlo; si sigue ocurriendo, reinicie el módulo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is no longer known to the Bluetooth adapter: it went out of range. Move closer and try again.</source>
        <translation>El adaptador Bluetooth ya no reconoce %1: quedó fuera de alcance. Acérquese y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tool is not allowed to connect to %1 over Bluetooth. Grant it the Bluetooth permission, then try again.</source>
        <translation>La herramienta no tiene permiso para conectarse a %1 por Bluetooth. Concédale el permiso de Bluetooth y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the Bluetooth connection. Reconnect; if it keeps happening, restart the module.</source>
        <translation>%1 cerró la conexión Bluetooth. Vuelva a conectar; si sigue ocurriendo, reinicie el módulo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Bluetooth connection to %1 failed (%2). Move closer, make sure no other tool is connected to the module, and try again.</source>
        <translation>La conexión Bluetooth con %1 falló (%2). Acérquese, asegúrese de que ninguna otra herramienta está conectada al módulo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not an IoT Pro module: it offers no IoT Pro Bluetooth service.</source>
        <translation>%1 no es un módulo IoT Pro: no ofrece el servicio Bluetooth de IoT Pro.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 offers the IoT Pro service without its data characteristics. Update the module&apos;s firmware, or connect with the USB cable.</source>
        <translation>%1 ofrece el servicio IoT Pro sin sus características de datos. Actualice el firmware del módulo o conéctese con el cable USB.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 did not let the tool switch on its notifications. Restart the module and try again.</source>
        <translation>%1 no permitió que la herramienta activara sus notificaciones. Reinicie el módulo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused a Bluetooth write. Reconnect; if it keeps happening, restart the module.</source>
        <translation>%1 rechazó una escritura Bluetooth. Vuelva a conectar; si sigue ocurriendo, reinicie el módulo.</translation>
    </message>
</context>
<context>
    <name>iotpro::CalibrationRequests</name>
    <message>
        <location filename="../core/device/CalibrationRequests.cpp" line="+53"/>
        <source>The module does not trust key %1 as a factory key: enrol it in factory mode (iotpro-cli trust add FILE.pub --role factory) or sign with the factory key it trusts.</source>
        <translation>El módulo no confía en la clave %1 como clave de fábrica: regístrela en modo de fábrica (iotpro-cli trust add FILE.pub --role factory) o firme con la clave de fábrica en la que confía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calibration constants&apos; signature does not verify with the factory key %1 the module trusts.</source>
        <translation>La firma de las constantes de calibración no se verifica con la clave de fábrica %1 en la que confía el módulo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calibration constants were signed for module %1, but this module is %2.</source>
        <translation>Las constantes de calibración se firmaron para el módulo %1, pero este módulo es %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module already holds calibration constants with counter %1 or higher: read them again and sign new ones.</source>
        <translation>El módulo ya tiene constantes de calibración con contador %1 o superior: vuelva a leerlas y firme unas nuevas.</translation>
    </message>
</context>
<context>
    <name>iotpro::ConfigConversions</name>
    <message>
        <location filename="../core/device/ConfigConversions.cpp" line="+68"/>
        <source>The module reported a configuration this tool cannot read (%1): update this tool.</source>
        <translation>El módulo informó de una configuración que esta herramienta no puede leer (%1): actualice esta herramienta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The module reported a signed configuration that does not parse.</source>
        <translation>El módulo informó de una configuración firmada que no se puede analizar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The module reported a trusted key that is not a valid Ed25519 public key.</source>
        <translation>El módulo informó de una clave de confianza que no es una clave pública Ed25519 válida.</translation>
    </message>
</context>
<context>
    <name>iotpro::DeviceClient</name>
    <message>
        <location filename="../core/device/RequestChannel.cpp" line="+34"/>
        <source>The module answered with something other than %1.</source>
        <translation>El módulo respondió con algo distinto de %1.</translation>
    </message>
    <message>
        <location filename="../core/device/DeviceClient.cpp" line="+88"/>
        <source>No IoT Pro module answered on %1. Check that this is the module&apos;s port and that the module is powered.</source>
        <translation>Ningún módulo IoT Pro respondió en %1. Compruebe que es el puerto del módulo y que el módulo está alimentado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <location line="+24"/>
        <location filename="../core/device/RequestChannel.cpp" line="-19"/>
        <source>Connect to a module first.</source>
        <translation>Conéctese primero a un módulo.</translation>
    </message>
    <message>
        <location line="-42"/>
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
        <location line="+43"/>
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
        <location line="+32"/>
        <source>has no link type</source>
        <translation>no tiene tipo de enlace</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/modbus/ModbusAddress.cpp" line="+73"/>
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
    <message>
        <location line="+2"/>
        <source>Invalid configuration</source>
        <translation>Configuración no válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modbus device refused the request</source>
        <translation>El dispositivo Modbus rechazó la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid file</source>
        <translation>Archivo no válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the file</source>
        <translation>No se puede escribir el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid option</source>
        <translation>Opción no válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference not traceable</source>
        <translation>Referencia no trazable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module cannot be adjusted</source>
        <translation>El módulo no se puede ajustar</translation>
    </message>
    <message>
        <location filename="../core/modbus/ModbusAddress.cpp" line="-58"/>
        <source>&quot;%1&quot; %2. Use modbus-tcp:127.0.0.1:502 or modbus-rtu:/dev/ttyUSB0:9600:8N1:1.</source>
        <translation>«%1» %2. Use modbus-tcp:127.0.0.1:502 o modbus-rtu:/dev/ttyUSB0:9600:8N1:1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs a host and a port</source>
        <translation>necesita un host y un puerto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs a port from 1 to 65535</source>
        <translation>necesita un puerto de 1 a 65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>needs a unit id from 1 to %1</source>
        <translation>necesita un id. de unidad de 1 a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs a serial port, a baud rate and a frame such as 8N1</source>
        <translation>necesita un puerto serie, una velocidad en baudios y un formato de trama como 8N1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs a frame of data bits (7, 8), parity (N, E, O) and stop bits (1, 2)</source>
        <translation>necesita un formato de trama con bits de datos (7, 8), paridad (N, E, O) y bits de parada (1, 2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs a baud rate from 300 to 921600</source>
        <translation>necesita una velocidad de 300 a 921600 baudios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is not a Modbus address</source>
        <translation>no es una dirección Modbus</translation>
    </message>
</context>
<context>
    <name>iotpro::JsonFieldReader</name>
    <message>
        <location filename="../core/common/JsonFieldReader.cpp" line="+37"/>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>no es JSON válido en el byte %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must hold one JSON object { … }</source>
        <translation>debe contener un único objeto JSON { … }</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key; known keys are %1</source>
        <translation>clave desconocida; las claves conocidas son %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be text in double quotes</source>
        <translation>debe ser texto entre comillas dobles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an object { … }</source>
        <translation>debe ser un objeto { … }</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an array [ … ]</source>
        <translation>debe ser una lista [ … ]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
</context>
<context>
    <name>iotpro::LinkKeeper</name>
    <message>
        <location filename="../core/device/LinkKeeper.cpp" line="+105"/>
        <source>The Bluetooth link to %1 was lost, and reconnecting failed (attempts: %2). The last attempt: %3 Connect again when the module is in range, or connect with the USB cable.</source>
        <translation>Se perdió el enlace Bluetooth con %1 y la reconexión falló (intentos: %2). Último intento: %3 Vuelva a conectar cuando el módulo esté al alcance o conéctese con el cable USB.</translation>
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
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The module does not trust the key this configuration was signed with: enrol it in factory mode (iotpro-cli trust add) or sign with a key it trusts (iotpro-cli trust list).</source>
        <translation>El módulo no confía en la clave con la que se firmó esta configuración: regístrela en modo de fábrica (iotpro-cli trust add) o firme con una clave en la que confíe (iotpro-cli trust list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module does not trust key %1: enrol it in factory mode (iotpro-cli trust add) or sign with a key it trusts (iotpro-cli trust list).</source>
        <translation>El módulo no confía en la clave %1: regístrela en modo de fábrica (iotpro-cli trust add) o firme con una clave en la que confíe (iotpro-cli trust list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration&apos;s signature does not verify with the key %1 the module trusts: the configuration was altered after signing, or the key file is not the trusted key. Sign it again with the right key.</source>
        <translation>La firma de la configuración no se verifica con la clave %1 en la que confía el módulo: la configuración se modificó después de firmarla o el archivo de clave no es la clave de confianza. Vuelva a firmarla con la clave correcta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The module already holds a newer configuration: this is a replay of an old one or a rollback. Read the module&apos;s configuration again and apply a new one.</source>
        <translation>El módulo ya tiene una configuración más reciente: se trata de la repetición de una antigua o de una vuelta atrás. Vuelva a leer la configuración del módulo y aplique una nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module already holds a configuration with counter %1 or higher: this is a replay of an old one or a rollback. Read the module&apos;s configuration again and apply a new one.</source>
        <translation>El módulo ya tiene una configuración con contador %1 o superior: se trata de la repetición de una antigua o de una vuelta atrás. Vuelva a leer la configuración del módulo y aplique una nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This configuration was signed for module %1, but this module is %2: a configuration cannot be copied to another module. Sign one for this module.</source>
        <translation>Esta configuración se firmó para el módulo %1, pero este módulo es %2: una configuración no se puede copiar a otro módulo. Firme una para este módulo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The module refused the configuration as invalid; correct it and apply again.</source>
        <translation>El módulo rechazó la configuración por no ser válida; corríjala y vuelva a aplicarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The module refused the value of %1; correct that field and apply again.</source>
        <translation>El módulo rechazó el valor de %1; corrija ese campo y vuelva a aplicar la configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The configuration uses an option this module does not have fitted (%1): switch it off or use a module with that option.</source>
        <translation>La configuración usa una opción que este módulo no tiene instalada (%1): desactívela o use un módulo con esa opción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module could not open a sealed secret (Wi-Fi passphrase, LoRaWAN AppKey or APN password): it was altered on the way or sealed for another pairing. Nothing was changed; apply again.</source>
        <translation>El módulo no pudo abrir un secreto sellado (contraseña Wi-Fi, AppKey de LoRaWAN o contraseña del APN): se alteró por el camino o se selló para otro emparejamiento. No se ha cambiado nada; vuelva a aplicar la configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module has no staged configuration to commit (the link was reopened in between): the active configuration is unchanged; apply again.</source>
        <translation>El módulo no tiene ninguna configuración preparada que confirmar (el enlace se volvió a abrir entretanto): la configuración activa no ha cambiado; vuelva a aplicar la configuración.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The module accepts a configuration only after pairing with its label code on this link (a pairing ends when the link is reopened, and after 10 minutes): apply again.</source>
        <translation>El módulo solo acepta una configuración tras emparejarse con el código de su etiqueta en este enlace (un emparejamiento termina al volver a abrir el enlace y a los 10 minutos): vuelva a aplicar la configuración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong label code: check the code printed on the module label and type it again.</source>
        <translation>Código de etiqueta erróneo: compruebe el código impreso en la etiqueta del módulo y vuelva a escribirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong label codes: the module refuses pairing for a while. Wait, then check the code printed on the module label.</source>
        <translation>Demasiados códigos de etiqueta erróneos: el módulo rechaza el emparejamiento durante un tiempo. Espere y compruebe el código impreso en la etiqueta del módulo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong label codes: the module refuses pairing for %1. Wait, then check the code printed on the module label.</source>
        <translation>Demasiados códigos de etiqueta erróneos: el módulo rechaza el emparejamiento durante %1. Espere y compruebe el código impreso en la etiqueta del módulo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The module&apos;s trusted keys can be changed only in factory mode, which takes a physical action on the module (iotpro-sim --factory for the virtual module); they can always be listed.</source>
        <translation>Las claves de confianza del módulo solo se pueden cambiar en modo de fábrica, que requiere una acción física sobre el módulo (iotpro-sim --factory para el módulo virtual); siempre se pueden listar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key %1 is the module&apos;s last configuration-signing key: without it the module could never be configured again. Add the new key first, then remove this one.</source>
        <translation>La clave %1 es la última clave de firma de configuraciones del módulo: sin ella, el módulo no podría volver a configurarse nunca. Añada primero la clave nueva y después elimine esta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module already trusts key %1; nothing was added.</source>
        <translation>El módulo ya confía en la clave %1; no se ha añadido nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module&apos;s trust store is full: remove a key it no longer needs first (iotpro-cli trust remove).</source>
        <translation>El almacén de claves de confianza del módulo está lleno: elimine primero una clave que ya no necesite (iotpro-cli trust remove).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module trusts no key %1: iotpro-cli trust list shows the keys it has.</source>
        <translation>El módulo no confía en ninguna clave %1: iotpro-cli trust list muestra las claves que tiene.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The module&apos;s firmware does not know this request; update the firmware.</source>
        <translation>El firmware del módulo no reconoce esta solicitud; actualice el firmware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module could not read the request.</source>
        <translation>El módulo no pudo leer la solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module does not speak this protocol version.</source>
        <translation>El módulo no admite esta versión del protocolo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module is busy; try again in a few seconds.</source>
        <translation>El módulo está ocupado; vuelva a intentarlo en unos segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The module is busy; try again in %1.</source>
        <translation>El módulo está ocupado; vuelva a intentarlo dentro de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module refused a value.</source>
        <translation>El módulo rechazó un valor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module reported an internal fault; power-cycle it and retry.</source>
        <translation>El módulo informó de un fallo interno; desconecte y vuelva a conectar su alimentación e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module reported error %1.</source>
        <translation>El módulo informó del error %1.</translation>
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
        <location line="+83"/>
        <source>%1 sent no reply within %2 ms (%n attempt(s)).</source>
        <translation>
            <numerusform>%1 no respondió en %2 ms (%n intento).</numerusform>
            <numerusform>%1 no respondió en %2 ms (%n intentos).</numerusform>
        </translation>
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
        <location line="+95"/>
        <location line="+7"/>
        <location line="+30"/>
        <location line="+21"/>
        <source>The virtual module did not start</source>
        <translation>El módulo virtual no se inició</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>It did not report its address within %1 s.</source>
        <translation>No comunicó su dirección en %1 s.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Virtual module not found</source>
        <translation>Módulo virtual no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is missing or not executable. Reinstall IoT Pro Commissioner.</source>
        <translation>%1 falta o no es ejecutable. Reinstale IoT Pro Commissioner.</translation>
    </message>
    <message>
        <location line="+46"/>
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
    <name>iotpro::calibration::AccuracyClass</name>
    <message>
        <location filename="../core/calibration/AccuracyClass.cpp" line="+121"/>
        <source>no accuracy class &quot;%1&quot;; known classes are %2</source>
        <translation>no existe la clase de precisión «%1»; las clases conocidas son %2</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::Adjustment</name>
    <message>
        <location filename="../core/calibration/Adjustment.cpp" line="+65"/>
        <source>element %1 reads %2 % and %3° off: correcting it needs a gain of %4 % and a phase of %5°, beyond the ±%6 % and ±%7° calibration may correct. Check the element&apos;s wiring and current transformer; the module may be faulty.</source>
        <translation>el elemento %1 tiene un error de %2 % y %3°: corregirlo requiere una ganancia de %4 % y una fase de %5°, más allá de los ±%6 % y ±%7° que puede corregir la calibración. Compruebe el cableado y el transformador de corriente del elemento; el módulo puede estar averiado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no accuracy point of the plan loads an element with at least %1 % of In: the errors cannot be measured well enough to adjust. Use a plan with such points.</source>
        <translation>ningún punto de precisión del plan carga un elemento con al menos el %1 % de In: los errores no se pueden medir con la exactitud suficiente para ajustar. Use un plan con esos puntos.</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::BenchLinks</name>
    <message>
        <location filename="../core/calibration/BenchLinks.cpp" line="+23"/>
        <source>no built-in register profile &quot;%1&quot;; the built-in ones are %2, or give a profile file (.json)</source>
        <translation>no hay ningún perfil de registros integrado «%1»; los integrados son %2, o indique un archivo de perfil (.json)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the reference meter on the bench has serial number %1, but its description names %2: check that the description belongs to this meter.</source>
        <translation>el contador de referencia del banco tiene el número de serie %1, pero su descripción indica %2: compruebe que la descripción corresponde a este contador.</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::CalibrationCsv</name>
    <message>
        <location filename="../core/calibration/CalibrationCsv.cpp" line="+97"/>
        <source>cannot read the CSV log %1: %2</source>
        <translation>no se puede leer el registro CSV %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a calibration CSV log of this version (its header differs): choose another file.</source>
        <translation>%1 no es un registro CSV de calibración de esta versión (su cabecera es distinta): elija otro archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write the CSV log %1: %2</source>
        <translation>no se puede escribir el registro CSV %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::CalibrationRun</name>
    <message>
        <location filename="../core/calibration/CalibrationRun.cpp" line="+140"/>
        <source>the source %1 did not report settled within %2 s of point %3.</source>
        <translation>la fuente %1 no indicó que se había estabilizado en %2 s en el punto %3.</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::CertificateTexts</name>
    <message>
        <location filename="../core/calibration/Certificate.cpp" line="+27"/>
        <source>Comparison with a reference standard meter on a three-phase test bench, plan &quot;%1&quot;. For each point the test source was set, the run waited until the source reported its outputs settled and then for the point&apos;s settle time, and averaged the module&apos;s live readings against readings of the reference taken at the same moments (%2 readings per second). The error is that of active power, (module - reference) / reference; the reactive error is reported where |sin φ| ≥ 0.5. The starting-current point passes when the module registers at least %3 Wh while the reference counts the point&apos;s energy; the no-load point at %4 % of Un passes when it registers at most %3 Wh. Ratings: Un %5 V, In %6 A, Imax %7 A, %8 Hz.</source>
        <translation>Comparación con un contador patrón de referencia en un banco de ensayo trifásico, plan «%1». Para cada punto se ajustó la fuente de ensayo; la prueba esperó hasta que la fuente indicó que sus salidas se habían estabilizado y después durante el tiempo de estabilización del punto, y promedió las lecturas en directo del módulo frente a lecturas de la referencia tomadas en los mismos instantes (%2 lecturas por segundo). El error es el de la potencia activa, (módulo - referencia) / referencia; el error reactivo se indica donde |sen φ| ≥ 0,5. El punto de corriente de arranque es conforme cuando el módulo registra al menos %3 Wh mientras la referencia cuenta la energía del punto; el punto sin carga al %4 % de Un es conforme cuando registra como máximo %3 Wh. Valores nominales: Un %5 V, In %6 A, Imax %7 A, %8 Hz.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Guarded acceptance (ILAC-G8:2019, 4.2.2) with the guard band equal to the expanded uncertainty U (k = 2, about 95 %): a point passes when |error| + U ≤ limit, and fails otherwise; a point whose error is within the limit but not by U is reported as &quot;fail (within the guard band)&quot;. U combines the reference&apos;s uncertainty (its accuracy / √3) with the scatter of the point&apos;s readings (standard deviation of the mean). The module passes when every point passes.</source>
        <translation>Aceptación con banda de guarda (ILAC-G8:2019, 4.2.2), con la banda de guarda igual a la incertidumbre expandida U (k = 2, aprox. 95 %): un punto es conforme cuando |error| + U ≤ límite, y no conforme en caso contrario; un punto cuyo error está dentro del límite pero sin un margen de U se indica como «no conforme (dentro de la banda de guarda)». U combina la incertidumbre de la referencia (su precisión / √3) con la dispersión de las lecturas del punto (desviación típica de la media). El módulo es conforme cuando todos los puntos son conformes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail (within the guard band)</source>
        <translation>No conforme (dentro de la banda de guarda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <translation>No conforme</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::ModuleAdjuster</name>
    <message>
        <location filename="../core/calibration/ModuleAdjuster.cpp" line="+52"/>
        <source>the module reports calibration constants %1 other than those written (%2): read them back with a new run before trusting the module.</source>
        <translation>el módulo indica unas constantes de calibración %1 distintas de las escritas (%2): vuelva a leerlas con una nueva prueba antes de confiar en el módulo.</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::ReferenceStandard</name>
    <message>
        <location filename="../core/calibration/ReferenceStandard.cpp" line="+29"/>
        <source>the reference meter&apos;s calibration due date is not known: give it with --reference-due YYYY-MM-DD or in a reference file (--reference-file FILE.json), from the reference&apos;s own certificate.</source>
        <translation>no se conoce la fecha de vencimiento de la calibración del contador de referencia: indíquela con --reference-due YYYY-MM-DD o en un archivo de referencia (--reference-file FILE.json), según el propio certificado de la referencia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reference meter %1 %2 was due for calibration on %3: have it calibrated before using it for certificates.</source>
        <translation>la calibración del contador de referencia %1 %2 vencía el %3: hágalo calibrar antes de usarlo para certificados.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a date, YYYY-MM-DD</source>
        <translation>debe ser una fecha, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the reference description %1: %2</source>
        <translation>no se puede leer la descripción de la referencia %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::SimulatedSource</name>
    <message>
        <location filename="../core/calibration/SimulatedSource.cpp" line="+48"/>
        <source>%1 at %2, unit %3</source>
        <translation>%1 en %2, unidad %3</translation>
    </message>
</context>
<context>
    <name>iotpro::calibration::TestPlan</name>
    <message>
        <location filename="../core/calibration/TestPlan.cpp" line="+45"/>
        <source>must be 1, or a power factor with its side such as &quot;0.5 ind&quot; or &quot;0.8 cap&quot;</source>
        <translation>debe ser 1, o un factor de potencia con su carácter, como «0.5 ind» o «0.8 cap»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a no-load point has no current</source>
        <translation>un punto sin carga no tiene corriente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be above 0</source>
        <translation>debe ser mayor que 0</translation>
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
        <translation>PF %1 cap</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>needs at least one point</source>
        <translation>necesita al menos un punto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is above Imax (%1 A)</source>
        <translation>supera Imax (%1 A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sets no limit at %2 % of In and %3: choose a point the class covers</source>
        <translation>%1 no fija ningún límite al %2 % de In y %3: elija un punto que cubra la clase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the test plan %1: %2</source>
        <translation>no se puede leer el plan de ensayo %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::CalibrateCommand</name>
    <message>
        <location filename="../cli/commands/CalibrateCommand.cpp" line="+22"/>
        <source>Check the module against a reference meter on a production bench; write its certificate.</source>
        <translation>Comprobar el módulo frente a un contador de referencia en un banco de producción; escribir su certificado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>balanced</source>
        <translation>equilibrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>element %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2 % In %3 %4: error %5 % (U %6 %, limit ±%7 %)  %8</source>
        <translation>%1  %2 % In %3 %4: error %5 % (U %6 %, límite ±%7 %)  %8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  starting current %2 % In: module counted %3 Wh while the reference counted %4 Wh  %5</source>
        <translation>%1  corriente de arranque %2 % In: el módulo contó %3 Wh mientras la referencia contó %4 Wh  %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  no load at %2 % Un: module counted %3 Wh in %4 s  %5</source>
        <translation>%1  sin carga al %2 % Un: el módulo contó %3 Wh en %4 s  %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>element %1 read %2 % in gain and %3° in phase (late positive): constants gain %4 %, phase %5° (were %6 %, %7°)</source>
        <translation>el elemento %1 midió %2 % en ganancia y %3° en fase (retraso positivo): constantes ganancia %4 %, fase %5° (antes %6 %, %7°)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>SKIPPED: module %1 already passed in batch %2 (certificate %3, %4).</source>
        <translation>OMITIDO: el módulo %1 ya fue conforme en el lote %2 (certificado %3, %4).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calibration constants %1 written, signed with factory key %2; verifying:</source>
        <translation>Constantes de calibración %1 escritas, firmadas con la clave de fábrica %2; verificando:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>PASS: module %1, certificate %2 written to %3.</source>
        <translation>CONFORME: módulo %1, certificado %2 escrito en %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL: module %1, certificate %2 written to %3.</source>
        <translation>NO CONFORME: módulo %1, certificado %2 escrito en %3.</translation>
    </message>
    <message>
        <location filename="../cli/commands/CalibrateOptions.cpp" line="+13"/>
        <source>The reference meter: modbus-tcp:HOST:PORT[:UNIT] or modbus-rtu:DEVICE:BAUD:8N1[:UNIT].</source>
        <translation>El contador de referencia: modbus-tcp:HOST:PORT[:UNIT] o modbus-rtu:DEVICE:BAUD:8N1[:UNIT].</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The test source (the simulated bench source&apos;s registers); default: at the reference&apos;s address, its own unit id.</source>
        <translation>La fuente de ensayo (los registros de la fuente del banco simulado); por defecto: en la dirección de la referencia, con su propio id. de unidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A test plan (JSON); default: the built-in class 0.5S plan.</source>
        <translation>Un plan de ensayo (JSON); por defecto: el plan integrado de clase 0.5S.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+19"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The reference meter&apos;s description (JSON): model, serial, certificate, calibration due date, accuracy, register profile.</source>
        <translation>La descripción del contador de referencia (JSON): modelo, número de serie, certificado, fecha de vencimiento de la calibración, precisión, perfil de registros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reference meter&apos;s calibration due date, from its certificate.</source>
        <translation>La fecha de vencimiento de la calibración del contador de referencia, según su certificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of the reference meter&apos;s own certificate.</source>
        <translation>El número del propio certificado del contador de referencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reference meter&apos;s accuracy in % of reading (default 0.02).</source>
        <translation>La precisión del contador de referencia en % de la lectura (por defecto 0.02).</translation>
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
        <translation>Quién maneja el banco, para el certificado (por defecto: el nombre de inicio de sesión).</translation>
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
        <translation>Temperatura ambiente en °C, para el certificado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative humidity in %, for the certificate.</source>
        <translation>Humedad relativa en %, para el certificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the calibration certificate (PDF).</source>
        <translation>Dónde escribir el certificado de calibración (PDF).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Append every point&apos;s result to this CSV log (a batch&apos;s modules in one file).</source>
        <translation>Añadir el resultado de cada punto a este registro CSV (los módulos de un lote en un solo archivo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the run, correct each element&apos;s gain and phase with calibration constants signed with the factory key (--factory-key), and run the plan again to verify.</source>
        <translation>Tras la prueba, corregir la ganancia y la fase de cada elemento con constantes de calibración firmadas con la clave de fábrica (--factory-key) y volver a ejecutar el plan para verificar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --adjust: the factory&apos;s private signing key file (iotpro-cli keygen); the module must trust it with the factory role.</source>
        <translation>Con --adjust: el archivo de la clave privada de firma de la fábrica (iotpro-cli keygen); el módulo debe confiar en ella con el rol de fábrica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEYFILE</source>
        <translation>KEYFILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase of an encrypted factory key, on the first line of FILE.</source>
        <translation>La frase de contraseña de una clave de fábrica cifrada, en la primera línea de FILE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The production batch (e.g. a work order): recorded in the job history with each certificate; a module that already passed in this batch is skipped, so a batch can be resumed.</source>
        <translation>El lote de producción (p. ej. una orden de trabajo): se registra en el historial de trabajos con cada certificado; un módulo que ya fue conforme en este lote se omite, de modo que un lote se puede reanudar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>calibrate needs the reference meter: --reference modbus-tcp:HOST:PORT.</source>
        <translation>calibrate necesita el contador de referencia: --reference modbus-tcp:HOST:PORT.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--reference-due needs a date, YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--reference-due necesita una fecha, YYYY-MM-DD, no «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--reference-accuracy needs a percentage from 0.0001 to 1.</source>
        <translation>--reference-accuracy necesita un porcentaje de 0.0001 a 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calibrate needs the operator&apos;s name for the certificate: --operator NAME.</source>
        <translation>calibrate necesita el nombre del operario para el certificado: --operator NAME.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--temperature needs degrees Celsius from -40 to 85.</source>
        <translation>--temperature necesita grados Celsius de -40 a 85.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--humidity needs a relative humidity from 0 to 100 %.</source>
        <translation>--humidity necesita una humedad relativa de 0 a 100 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calibrate needs --certificate FILE.pdf: every calibrated module gets its certificate.</source>
        <translation>calibrate necesita --certificate FILE.pdf: cada módulo calibrado recibe su certificado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--batch needs a name, e.g. the work order.</source>
        <translation>--batch necesita un nombre, p. ej. la orden de trabajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--adjust needs the factory key that signs the calibration constants: --factory-key KEYFILE.</source>
        <translation>--adjust necesita la clave de fábrica que firma las constantes de calibración: --factory-key KEYFILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--factory-key is only used with --adjust.</source>
        <translation>--factory-key solo se usa con --adjust.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::CalibrationRecording</name>
    <message>
        <location filename="../cli/CalibrationRecording.cpp" line="+41"/>
        <source>Batch %1: %2 of %3 modules passed (yield %4 %), %5 after adjustment.</source>
        <translation>Lote %1: %2 de %3 módulos conformes (rendimiento %4 %), %5 tras el ajuste.</translation>
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
        <translation>Uso: iotpro-cli [--device ADDRESS] [--json] [--history FILE] COMMAND [opciones] [argumentos]
Herramienta de puesta en servicio y producción para IoT Pro Energy Modules.

Comandos:
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
Opciones globales:
  -d, --device ADDRESS  serial:/dev/ttyACM0, tcp:HOST:PORT o ble:AA:BB:CC:DD:EE:FF
  --json                salida legible por máquina
  --history FILE        la base de datos del historial de trabajos (por defecto: en su directorio de datos)
  -h, --help            esta ayuda; COMMAND --help para las opciones de un comando
  -v, --version         la versión del programa

Estado de salida: 0 éxito, 1 el comando falló (el motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>iotpro::cli::ConfigApply</name>
    <message>
        <location filename="../cli/commands/ConfigApply.cpp" line="+28"/>
        <source>config apply: the configuration to write, in its JSON form (as config get --json prints it); an empty secret keeps the module&apos;s.</source>
        <translation>config apply: la configuración que se va a escribir, en su forma JSON (tal como la imprime config get --json); un secreto vacío conserva el del módulo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONFIG.json</source>
        <translation>CONFIG.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: the private signing key file (iotpro-cli keygen); the module must trust it.</source>
        <translation>config apply: el archivo de la clave privada de firma (iotpro-cli keygen); el módulo debe confiar en ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEYFILE</source>
        <translation>KEYFILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: the code printed on the module label, e.g. 7391-2204.</source>
        <translation>config apply: el código impreso en la etiqueta del módulo, p. ej. 7391-2204.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: fail unless every enabled network and GPS passes the check and at least one network connects.</source>
        <translation>config apply: fallar a menos que todas las redes habilitadas y el GPS superen la comprobación y al menos una red se conecte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config apply: the passphrase of an encrypted key, on the first line of FILE.</source>
        <translation>config apply: la frase de contraseña de una clave cifrada, en la primera línea de FILE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: the safety checklist points confirmed, comma-separated, of ct_secondaries_never_open, voltage_taps_fused, enclosure_closed (or none); the others are recorded as NOT confirmed. Without it the report says &quot;not performed&quot;.</source>
        <translation>config apply: los puntos confirmados de la lista de comprobación de seguridad, separados por comas, entre ct_secondaries_never_open, voltage_taps_fused, enclosure_closed (o none); los demás se registran como NO confirmados. Sin esta opción, el informe indica «no realizado».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POINTS</source>
        <translation>PUNTOS</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>config apply needs %1.</source>
        <translation>config apply necesita %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config apply: &quot;%1&quot; is no checklist point; --checklist takes ct_secondaries_never_open, voltage_taps_fused, enclosure_closed or none.</source>
        <translation>config apply: «%1» no es un punto de la lista de comprobación; --checklist admite ct_secondaries_never_open, voltage_taps_fused, enclosure_closed o none.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the link broke (%1: %2); reconnecting to find out which configuration the module has …</source>
        <translation>el enlace se cortó (%1: %2); reconectando para saber qué configuración tiene el módulo …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Network check    the module tries each enabled network and GPS (up to %1 s)</source>
        <translation>Comprobación de red    el módulo prueba cada red habilitada y el GPS (hasta %1 s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>network check: %1</source>
        <translation>comprobación de red: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--require-network: the network check did not run to its end.</source>
        <translation>--require-network: la comprobación de red no llegó a terminar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--require-network: the configuration is written, but a network or GPS check failed (see above).</source>
        <translation>--require-network: la configuración está escrita, pero falló una comprobación de red o de GPS (vea más arriba).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--require-network: the configuration is written, but it enables no network to check.</source>
        <translation>--require-network: la configuración está escrita, pero no habilita ninguna red que comprobar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written: the link broke before the configuration was sent (%1).</source>
        <translation>No se escribió nada: el enlace se cortó antes de enviar la configuración (%1).</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ConfigCommand</name>
    <message>
        <location filename="../cli/commands/ConfigCommand.cpp" line="+16"/>
        <source>Read the module&apos;s configuration (get) or write a signed one and verify it (apply).</source>
        <translation>Leer la configuración del módulo (get) o escribir una firmada y verificarla (apply).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>config needs one action: config get, or config apply --file CONFIG.json --key KEYFILE --pop CODE.</source>
        <translation>config necesita una acción: config get, o config apply --file CONFIG.json --key KEYFILE --pop CODE.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 belongs to config apply, not config get.</source>
        <translation>--%1 pertenece a config apply, no a config get.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ConfigFile</name>
    <message>
        <location filename="../cli/ConfigFile.cpp" line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than a configuration can be: is it the right file?</source>
        <translation>%1 es más grande de lo que puede ser una configuración: ¿es el archivo correcto?</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::ConfigOutput</name>
    <message>
        <location filename="../cli/commands/ConfigOutput.cpp" line="+25"/>
        <source>factory default</source>
        <translation>valores de fábrica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slot A</source>
        <translation>ranura A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slot B</source>
        <translation>ranura B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slot %1</source>
        <translation>ranura %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+2"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>factory default, never configured (counter 0)</source>
        <translation>valores de fábrica, nunca configurado (contador 0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counter %1, %2, committed %3</source>
        <translation>contador %1, %2, confirmada %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1 at %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload SHA-256</source>
        <translation>SHA-256 de la carga útil</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Config hash</source>
        <translation>Hash de configuración</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 (%2, %3), %4</source>
        <translation>%1 (%2, %3), %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no time zone</source>
        <translation>sin zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>in step with this computer</source>
        <translation>a la par con este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s ahead of this computer</source>
        <translation>%1 s por delante de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s behind this computer</source>
        <translation>%1 s por detrás de este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; set to %1</source>
        <translation>; ajustado a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; set to %1, zone %2</source>
        <translation>; ajustado a %1, zona %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (configuration counter %2)</source>
        <translation>%1 (contador de configuración %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening energy</source>
        <translation>Energía inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import %1 Wh, export %2 Wh, reactive import %3 varh, reactive export %4 varh</source>
        <translation>importación %1 Wh, exportación %2 Wh, importación reactiva %3 varh, exportación reactiva %4 varh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Module clock</source>
        <translation>Reloj del módulo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (the same configuration, signed anew)</source>
        <translation>ninguno (la misma configuración, firmada de nuevo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter %1 in %2, committed %3</source>
        <translation>contador %1 en %2, confirmada %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read back: payload SHA-256 %1</source>
        <translation>relectura: SHA-256 de la carga útil %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link broke during the write; after reconnecting, the module runs the new configuration.</source>
        <translation>El enlace se cortó durante la escritura; tras reconectar, el módulo funciona con la nueva configuración.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  (checked in %1 s)</source>
        <translation>  (comprobado en %1 s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Factory mode: yes, trusted keys can be added and removed</source>
        <translation>Modo de fábrica: sí, se pueden añadir y eliminar claves de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factory mode: no, trusted keys can be listed, not changed</source>
        <translation>Modo de fábrica: no, las claves de confianza se pueden listar, no cambiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trusted keys.</source>
        <translation>No hay claves de confianza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2  added %3</source>
        <translation>%1  %2  añadida el %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::Console</name>
    <message>
        <location filename="../cli/Console.cpp" line="+64"/>
        <source>yes</source>
        <translation>sí</translation>
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
        <location filename="../cli/GlobalOptions.cpp" line="+10"/>
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
    <message>
        <location line="+6"/>
        <source>The job history database (default: history.sqlite in your data directory).</source>
        <translation>La base de datos del historial de trabajos (por defecto: history.sqlite en su directorio de datos).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryCommand</name>
    <message>
        <location filename="../cli/commands/HistoryCommand.cpp" line="+24"/>
        <source>Only sessions whose serial, site, panel, circuit, notes, technician, company or report id contain every one of WORDS.</source>
        <translation>Solo las sesiones cuyo número de serie, emplazamiento, cuadro, circuito, notas, técnico, empresa o id. de informe contengan cada una de las WORDS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WORDS</source>
        <translation>WORDS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the sessions of this module.</source>
        <translation>Solo las sesiones de este módulo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERIAL</source>
        <translation>SERIAL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only sessions that ended so: passed, warnings, failed or incomplete.</source>
        <translation>Solo las sesiones que terminaron así: passed, warnings, failed o incomplete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most N sessions, newest first.</source>
        <translation>Como máximo N sesiones, las más recientes primero.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile: the technician named on new reports.</source>
        <translation>profile: el técnico que figura en los informes nuevos.</translation>
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
        <translation>profile: la empresa que figura en los informes nuevos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--result must be passed, warnings, failed or incomplete.</source>
        <translation>--result debe ser passed, warnings, failed o incomplete.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit must be a whole number of 1 or more.</source>
        <translation>--limit debe ser un número entero de 1 o más.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No commissioning sessions match.</source>
        <translation>No coincide ninguna sesión de puesta en servicio.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Technician: %1</source>
        <translation>Técnico: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: %1</source>
        <translation>Empresa: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job history: list sessions, set who signs the reports, check the database.</source>
        <translation>El historial de trabajos: listar sesiones, fijar quién firma los informes, comprobar la base de datos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>history needs one of list, profile, check, template, jobpack, tree or export; see iotpro-cli history --help.</source>
        <translation>history necesita uno de list, profile, check, template, jobpack, tree o export; vea iotpro-cli history --help.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The job history %1 is intact.</source>
        <translation>El historial de trabajos %1 está intacto.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryExports</name>
    <message>
        <location filename="../cli/commands/HistoryExports.cpp" line="+29"/>
        <source>history export needs --csv FILE and/or --tts FILE.</source>
        <translation>history export necesita --csv FILE y/o --tts FILE.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n commissioned module(s) written to %1.</source>
        <translation>
            <numerusform>%n módulo puesto en servicio escrito en %1.</numerusform>
            <numerusform>%n módulos puestos en servicio escritos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n LoRaWAN device(s) written to %1. Fill in the app_key column from your key list before importing: the tool never keeps an AppKey.</source>
        <translation>
            <numerusform>%n dispositivo LoRaWAN escrito en %1. Rellene la columna app_key a partir de su lista de claves antes de importar: la herramienta nunca guarda una AppKey.</numerusform>
            <numerusform>%n dispositivos LoRaWAN escritos en %1. Rellene la columna app_key a partir de su lista de claves antes de importar: la herramienta nunca guarda una AppKey.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryJobPacks</name>
    <message numerus="yes">
        <location filename="../cli/commands/HistoryJobPacks.cpp" line="+27"/>
        <source>Nothing was imported from %1: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>No se importó nada de %1: hay %n problema que corregir primero.</numerusform>
            <numerusform>No se importó nada de %1: hay %n problemas que corregir primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %1: %n site(s)</source>
        <translation>
            <numerusform>Importado %1: %n emplazamiento</numerusform>
            <numerusform>Importado %1: %n emplazamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n circuit(s).</source>
        <translation>
            <numerusform>, %n circuito.</numerusform>
            <numerusform>, %n circuitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Job pack with %n site(s) written to %1.</source>
        <translation>
            <numerusform>Paquete de trabajo con %n emplazamiento escrito en %1.</numerusform>
            <numerusform>Paquete de trabajo con %n emplazamientos escrito en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>jobpack show needs --site, --panel and --circuit.</source>
        <translation>jobpack show necesita --site, --panel y --circuit.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not commissioned</source>
        <translation>no puesto en servicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned</source>
        <translation>planificado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>history jobpack needs import FILE, export FILE or show --site S --panel P --circuit C.</source>
        <translation>history jobpack necesita import FILE, export FILE o show --site S --panel P --circuit C.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The job history has no sites yet; import a job pack or commission a module.</source>
        <translation>El historial de trabajos aún no tiene emplazamientos; importe un paquete de trabajo o ponga en servicio un módulo.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryOptions</name>
    <message>
        <location filename="../cli/commands/HistoryOptions.cpp" line="+7"/>
        <source>template save: the configuration to keep (a config JSON file).</source>
        <translation>template save: la configuración que se va a guardar (un archivo JSON de configuración).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFIG.json</source>
        <translation>CONFIG.json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template save: keep the configuration of this recorded session instead.</source>
        <translation>template save: guardar en su lugar la configuración de esta sesión registrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template save: what the template is for.</source>
        <translation>template save: para qué sirve la plantilla.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template save: replace a template of the same name.</source>
        <translation>template save: sustituir una plantilla con el mismo nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template show, jobpack show: the next module&apos;s site; export: only this site.</source>
        <translation>template show, jobpack show: el emplazamiento del siguiente módulo; export: solo este emplazamiento.</translation>
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
        <translation>template show, jobpack show: el cuadro del siguiente módulo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>template show, jobpack show: the next module&apos;s circuit.</source>
        <translation>template show, jobpack show: el circuito del siguiente módulo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: the commissioned modules as CSV to FILE.</source>
        <translation>export: los módulos puestos en servicio como CSV en FILE.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>export: the LoRaWAN devices as a The Things Stack CSV import to FILE.</source>
        <translation>export: los dispositivos LoRaWAN como importación CSV de The Things Stack en FILE.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::HistoryTemplates</name>
    <message>
        <location filename="../cli/commands/HistoryTemplates.cpp" line="+28"/>
        <source>template save needs either --file CONFIG.json or --session ID.</source>
        <translation>template save necesita --file CONFIG.json o --session ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--session takes a session id from iotpro-cli history list.</source>
        <translation>--session recibe un id de sesión de iotpro-cli history list.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Template &quot;%1&quot; saved (without secrets, DevEUI, static address, sensor ROM codes or the circuit&apos;s place).</source>
        <translation>Plantilla &quot;%1&quot; guardada (sin secretos, DevEUI, dirección estática, códigos ROM de sensores ni ubicación del circuito).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No templates yet; history template save NAME --file CONFIG.json keeps one.</source>
        <translation>Aún no hay plantillas; history template save NAME --file CONFIG.json guarda una.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>history template needs save NAME, list, show NAME or delete NAME; see iotpro-cli history --help.</source>
        <translation>history template necesita save NAME, list, show NAME o delete NAME; vea iotpro-cli history --help.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Template &quot;%1&quot; deleted.</source>
        <translation>Plantilla &quot;%1&quot; eliminada.</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::IdentifyCommand</name>
    <message>
        <location filename="../cli/commands/IdentifyCommand.cpp" line="+21"/>
        <source>How long the LED blinks, 1 to 60 s (default 10); 0 stops it.</source>
        <translation>Cuánto tiempo parpadea el LED, de 1 a 60 s (por defecto 10); 0 lo detiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blink the module&apos;s LED to find it on the wall.</source>
        <translation>Hacer parpadear el LED del módulo para localizarlo en la pared.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--seconds must be a whole number from 0 to %1.</source>
        <translation>--seconds debe ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The LED of module %1 stopped blinking.</source>
        <translation>El LED del módulo %1 ha dejado de parpadear.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The LED of module %1 blinks for %n s.</source>
        <translation>
            <numerusform>El LED del módulo %1 parpadea durante %n s.</numerusform>
            <numerusform>El LED del módulo %1 parpadea durante %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotpro::cli::InfoCommand</name>
    <message>
        <location filename="../cli/commands/InfoCommand.cpp" line="+16"/>
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
        <location line="+16"/>
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
        <location line="+39"/>
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
    <name>iotpro::cli::KeysCommand</name>
    <message>
        <location filename="../cli/commands/KeysCommand.cpp" line="+20"/>
        <source>import: the name of the key in the key store.</source>
        <translation>import: el nombre de la clave en el almacén de claves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: write the public key to FILE (a new file).</source>
        <translation>export: escribir la clave pública en FILE (un archivo nuevo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>import: the passphrase of an encrypted key, on the first line of FILE (to check the key).</source>
        <translation>import: la frase de contraseña de una clave cifrada, en la primera línea de FILE (para comprobar la clave).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List, import and export the signing keys of your key store (the desktop app&apos;s).</source>
        <translation>Listar, importar y exportar las claves de firma de su almacén de claves (el de la aplicación de escritorio).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>keys needs one of: list, import FILE --name NAME, export NAME --out FILE.pub.</source>
        <translation>keys necesita uno de: list, import FILE --name NAME, export NAME --out FILE.pub.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No keys in %1. Create one with the desktop app or import one with &quot;keys import FILE --name NAME&quot;.</source>
        <translation>No hay claves en %1. Cree una con la aplicación de escritorio o importe una con &quot;keys import FILE --name NAME&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>keys import needs --name NAME: the name the key gets in the key store.</source>
        <translation>keys import necesita --name NAME: el nombre que recibe la clave en el almacén de claves.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported %1 as %2</source>
        <translation>%1 importada como %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id       %1</source>
        <translation>Id. de clave   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Fingerprint  %1</source>
        <translation>Huella digital %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>keys export needs --out FILE.pub: the file to write the public key to.</source>
        <translation>keys export necesita --out FILE.pub: el archivo en el que escribir la clave pública.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; keys export never replaces a file: choose another --out.</source>
        <translation>%1 ya existe; keys export nunca reemplaza un archivo: elija otro --out.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Public key   %1</source>
        <translation>Clave pública  %1</translation>
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
        <location line="+21"/>
        <source>Bluetooth link lost: reconnecting to %1 (attempt %2 of %3, next in %4 s) …</source>
        <translation>Enlace Bluetooth perdido: reconectando con %1 (intento %2 de %3, siguiente en %4 s) …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reconnected to %1; the live stream continues.</source>
        <translation>reconectado con %1; el flujo en directo continúa.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../cli/ModuleConnection.cpp" line="+22"/>
        <source>this command needs a module: add --device ADDRESS (see iotpro-cli ports).</source>
        <translation>este comando necesita un módulo: añada --device DIRECCIÓN (vea iotpro-cli ports).</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::PortsCommand</name>
    <message>
        <location filename="../cli/commands/PortsCommand.cpp" line="+21"/>
        <source>Also send a Hello to every port to find modules behind other USB adapters.</source>
        <translation>Enviar además un Hello a cada puerto para encontrar módulos tras otros adaptadores USB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the IoT Pro modules in Bluetooth LE range instead (a %1 s scan).</source>
        <translation>Listar en su lugar los módulos IoT Pro al alcance de Bluetooth LE (una búsqueda de %1 s).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List serial ports; IoT Pro modules are marked by their USB identity.</source>
        <translation>Listar los puertos serie; los módulos IoT Pro se reconocen por su identidad USB.</translation>
    </message>
    <message>
        <location line="+72"/>
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
    <message>
        <location line="+40"/>
        <source>No IoT Pro module in Bluetooth range. Move closer, and check that the module is powered.</source>
        <translation>Ningún módulo IoT Pro al alcance de Bluetooth. Acérquese y compruebe que el módulo está alimentado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy: another tool is connected</source>
        <translation>ocupado: hay otra herramienta conectada</translation>
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
        <translation>La sesión grabada sobre la que informar (iotpro-cli history list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the report as a PDF to FILE (A4, or Letter in US locales).</source>
        <translation>Escribir el informe como PDF en FILE (A4, o Letter en configuraciones regionales de EE. UU.).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The commissioning report of a recorded session (PDF and/or JSON), or verify a report file.</source>
        <translation>El informe de puesta en servicio de una sesión grabada (PDF y/o JSON), o verificar un archivo de informe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>report verify needs one FILE.json.</source>
        <translation>report verify necesita un FILE.json.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>report needs --session ID (see iotpro-cli history list) and --pdf FILE, --json FILE or both.</source>
        <translation>report necesita --session ID (vea iotpro-cli history list) y --pdf FILE, --json FILE o ambos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the report was written but not kept in the job history: %1</source>
        <translation>el informe se escribió pero no se guardó en el historial de trabajos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report %1 written to %2 (content SHA-256 %3).</source>
        <translation>Informe %1 escrito en %2 (SHA-256 del contenido %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than any report; is it the right file?</source>
        <translation>%1 es más grande que cualquier informe; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ok  </source>
        <translation>ok  </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session signed no configuration: only the content hash was checked.</source>
        <translation>La sesión no firmó ninguna configuración: solo se comprobó el hash del contenido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report verify: check &quot;%1&quot; failed: %2</source>
        <translation>report verify: la comprobación &quot;%1&quot; falló: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::SessionRecording</name>
    <message>
        <location filename="../cli/SessionRecording.cpp" line="+27"/>
        <source>Recorded as session %1 in the job history (iotpro-cli report --session %1).</source>
        <translation>Grabada como sesión %1 en el historial de trabajos (iotpro-cli report --session %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded in the job history: %1</source>
        <translation>no grabada en el historial de trabajos: %1</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::SigningKeyLoading</name>
    <message>
        <location filename="../cli/SigningKeyLoading.cpp" line="+20"/>
        <source> (with --passphrase-file FILE; this command never prompts)</source>
        <translation> (con --passphrase-file FILE; este comando nunca pregunta)</translation>
    </message>
</context>
<context>
    <name>iotpro::cli::TrustCommand</name>
    <message>
        <location filename="../cli/commands/TrustCommand.cpp" line="+22"/>
        <source>trust add: what the key may sign, configuration (default) or factory.</source>
        <translation>trust add: qué puede firmar la clave, configuration (por defecto) o factory.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trust add: a name for the key in the trust store, e.g. whose laptop it is.</source>
        <translation>trust add: un nombre para la clave en el almacén de confianza, p. ej. de quién es el portátil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trust add: the fingerprint was compared with the key owner&apos;s; do not ask.</source>
        <translation>trust add: la huella digital ya se comparó con la del propietario de la clave; no preguntar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>List the module&apos;s trusted signing keys; add or remove one (factory mode).</source>
        <translation>Listar las claves de firma de confianza del módulo; añadir o quitar una (modo de fábrica).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>trust needs one of: trust list, trust add FILE.pub, trust remove KEYID.</source>
        <translation>trust necesita uno de: trust list, trust add FILE.pub, trust remove KEYID.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--role is configuration or factory, not &quot;%1&quot;.</source>
        <translation>--role es configuration o factory, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>trust add asks to compare the fingerprint %1 with the one the key&apos;s owner gave you: run it on a terminal, or add --yes once you have compared it.</source>
        <translation>trust add pide comparar la huella digital %1 con la que le dio el propietario de la clave: ejecútelo en un terminal, o añada --yes una vez que la haya comparado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key          %1 (%2)
Fingerprint  %3
Module       %4
</source>
        <translation>Clave          %1 (%2)
Huella digital %3
Módulo         %4
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust this key as a %1 signer? Compare the fingerprint with the one its owner gave you. [y/N]</source>
        <translation>¿Confiar en esta clave como firmante de %1? Compare la huella digital con la que le dio su propietario. [y/N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was added.</source>
        <translation>no se añadió nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a key id: give its 16 hex digits, e.g. 7849ac3049680be1 or &quot;7849 ac30 4968 0be1&quot; (trust list shows them).</source>
        <translation>&quot;%1&quot; no es un id. de clave: indique sus 16 dígitos hexadecimales, p. ej. 7849ac3049680be1 o &quot;7849 ac30 4968 0be1&quot; (trust list los muestra).</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::ConfigWrite</name>
    <message>
        <location filename="../core/commissioning/ConfigWrite.cpp" line="+20"/>
        <source>Reading the module&apos;s configuration</source>
        <translation>Leyendo la configuración del módulo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the configuration</source>
        <translation>Comprobando la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the energy registers and the module clock</source>
        <translation>Registrando los contadores de energía y el reloj del módulo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairing with the label code</source>
        <translation>Emparejando con el código de la etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing the configuration</source>
        <translation>Firmando la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploading the configuration</source>
        <translation>Enviando la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activating the configuration</source>
        <translation>Activando la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the configuration back</source>
        <translation>Volviendo a leer la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the networks and GPS</source>
        <translation>Comprobando las redes y el GPS</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The module kept the previous configuration (counter %1); nothing was changed.</source>
        <translation>El módulo mantuvo la configuración anterior (contador %1); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new configuration (counter %1) is active.</source>
        <translation>La nueva configuración (contador %1) está activa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which configuration the module has is not known: read it with &quot;config get&quot;.</source>
        <translation>No se sabe qué configuración tiene el módulo: léala con &quot;config get&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which configuration the module has is not known: read it with &quot;config get&quot; (counter %1 is the previous configuration, %2 the new one).</source>
        <translation>No se sabe qué configuración tiene el módulo: léala con &quot;config get&quot; (el contador %1 es la configuración anterior, %2 la nueva).</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::ConfigWriter</name>
    <message numerus="yes">
        <location filename="../core/commissioning/ConfigWriter.cpp" line="+85"/>
        <source>%n field(s) of the configuration need correcting; nothing was written.</source>
        <translation>
            <numerusform>%n campo de la configuración necesita corrección; no se escribió nada.</numerusform>
            <numerusform>%n campos de la configuración necesitan corrección; no se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The module staged a configuration other than the one sent; it was not activated. Apply again, and report this module if it happens again.</source>
        <translation>El módulo preparó una configuración distinta de la enviada; no se activó. Aplíquela de nuevo e informe de este módulo si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The module reports the new configuration&apos;s hash but different settings; read it with &quot;config get&quot; and apply again.</source>
        <translation>El módulo indica el hash de la nueva configuración pero otros ajustes; léala con &quot;config get&quot; y aplíquela de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The module confirmed the commit but still reports the previous configuration.</source>
        <translation>El módulo confirmó la aplicación pero sigue indicando la configuración anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module reports a configuration (counter %1) that is neither the previous nor the new one: another tool may have written in between.</source>
        <translation>El módulo indica una configuración (contador %1) que no es ni la anterior ni la nueva: puede que otra herramienta haya escrito entretanto.</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::CtCorrection</name>
    <message>
        <location filename="../core/commissioning/CtCorrection.cpp" line="+56"/>
        <source>The correction found does not fit the module&apos;s present CT settings: wait for the next steady reading, then try again.</source>
        <translation>La corrección encontrada no encaja con los ajustes de TC actuales del módulo: espere a la siguiente lectura estable y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CT is on L2&apos;s conductor. In 3P3W wiring the module measures against L2 and cannot pair a current with it, so software cannot correct this: move the CT as the finding says.</source>
        <translation>Hay un TC en el conductor de L2. Con cableado 3P3W el módulo mide respecto a L2 y no puede emparejar una corriente con ella, así que el software no puede corregirlo: cambie el TC de sitio como indica el diagnóstico.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>paired with L%1&apos;s voltage instead of L%2&apos;s</source>
        <translation>emparejada con la tensión de L%1 en lugar de la de L%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inverted</source>
        <translation>invertido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer inverted</source>
        <translation>ya no invertido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT input %1: %2</source>
        <translation>Entrada de TC %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::NetworkCheckText</name>
    <message>
        <location filename="../core/commissioning/NetworkCheckText.cpp" line="+25"/>
        <source>disabled in the configuration</source>
        <translation>desactivado en la configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not fitted</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the module reported a result this tool does not know; update the tool</source>
        <translation>el módulo indicó un resultado que esta herramienta no conoce; actualice la herramienta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FAILED: %1</source>
        <translation>FALLÓ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connected to &quot;%1&quot; (%2, %3 dBm, channel %4), address %5 via %6</source>
        <translation>conectado a &quot;%1&quot; (%2, %3 dBm, canal %4), dirección %5 a través de %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no access point named &quot;%1&quot; in range: check the name and that the access point is on and near enough</source>
        <translation>no hay ningún punto de acceso llamado &quot;%1&quot; al alcance: compruebe el nombre y que el punto de acceso está encendido y lo bastante cerca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the access point refused the passphrase: check it (and WPA2 or WPA3) and apply the configuration again</source>
        <translation>el punto de acceso rechazó la frase de contraseña: compruébela (y WPA2 o WPA3) y aplique de nuevo la configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>associated with &quot;%1&quot; but no address came from DHCP: check the network&apos;s DHCP server, or set a static address</source>
        <translation>asociado con &quot;%1&quot; pero no llegó ninguna dirección por DHCP: compruebe el servidor DHCP de la red o configure una dirección estática</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no connection within the time limit: check the signal at the module</source>
        <translation>sin conexión dentro del tiempo límite: compruebe la señal en el módulo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <location line="+40"/>
        <location line="+25"/>
        <source>for a reason this tool does not know; update the tool</source>
        <translation>por un motivo que esta herramienta no conoce; actualice la herramienta</translation>
    </message>
    <message numerus="yes">
        <location line="-86"/>
        <source>joined as %1 (%2 dBm, SNR %3 dB, DR%4); link margin %5 dB, %n gateway(s) heard it</source>
        <translation>
            <numerusform>unido como %1 (%2 dBm, SNR %3 dB, DR%4); margen de enlace %5 dB, lo oyó %n gateway</numerusform>
            <numerusform>unido como %1 (%2 dBm, SNR %3 dB, DR%4); margen de enlace %5 dB, lo oyeron %n gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>no join accept after %n attempt(s): no gateway in range, or the network server does not know this DevEUI, JoinEUI and AppKey</source>
        <translation>
            <numerusform>ninguna aceptación de unión tras %n intento: no hay ningún gateway al alcance o el servidor de red no conoce este DevEUI, JoinEUI y AppKey</numerusform>
            <numerusform>ninguna aceptación de unión tras %n intentos: no hay ningún gateway al alcance o el servidor de red no conoce este DevEUI, JoinEUI y AppKey</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>joined, but no link check answer came back: coverage is marginal here</source>
        <translation>unido, pero no llegó respuesta a la comprobación de enlace: la cobertura aquí es marginal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no join within the time limit</source>
        <translation>sin unión dentro del tiempo límite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown radio</source>
        <translation>radio desconocida</translation>
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
        <translation>registrado en %1 (%2, RSRP %3 dBm, RSRQ %4 dB, %5 de 5 barras), dirección %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no SIM card: insert the SIM of the data plan</source>
        <translation>no hay tarjeta SIM: inserte la SIM del plan de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SIM asks for a PIN: use a SIM without a PIN lock</source>
        <translation>la SIM pide un PIN: use una SIM sin bloqueo por PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no signal: move the antenna or fit an external one</source>
        <translation>sin señal: mueva la antena o instale una externa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network refused registration: check that the SIM&apos;s plan allows %1 here</source>
        <translation>la red rechazó el registro: compruebe que el plan de la SIM permite %1 aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registered with %1, but the data connection was refused: check the APN, user and password</source>
        <translation>registrado en %1, pero se rechazó la conexión de datos: compruebe el APN, el usuario y la contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no registration within the time limit</source>
        <translation>sin registro dentro del tiempo límite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fix with %1 of %2 satellites after %3 s: %4, %5 (HDOP %6)</source>
        <translation>posición fijada con %1 de %2 satélites tras %3 s: %4, %5 (HDOP %6)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n satellite(s) in view but no fix in time: give the antenna a clearer view of the sky</source>
        <translation>
            <numerusform>%n satélite a la vista pero sin posición a tiempo: dé a la antena una vista más despejada del cielo</numerusform>
            <numerusform>%n satélites a la vista pero sin posición a tiempo: dé a la antena una vista más despejada del cielo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no satellites in view: the antenna is indoors or not connected</source>
        <translation>ningún satélite a la vista: la antena está en interior o no está conectada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>antenna fault (open or short circuit): check the antenna and its cable</source>
        <translation>fallo de antena (circuito abierto o cortocircuito): compruebe la antena y su cable</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoRaWAN</source>
        <translation>LoRaWAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellular</source>
        <translation>Celular</translation>
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
        <translation>El módulo no envió ninguna lectura en directo en %1 s, así que no se pudieron registrar sus contadores de energía.</translation>
    </message>
</context>
<context>
    <name>iotpro::commissioning::Reconnector</name>
    <message>
        <location filename="../core/commissioning/Reconnector.cpp" line="+19"/>
        <source>There is no module address to connect to.</source>
        <translation>No hay ninguna dirección de módulo a la que conectarse.</translation>
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
        <location line="+6"/>
        <source>In 3P3W wiring CT input %1 cannot be mapped to phase 2: the module measures against L2 and pairs currents only with L1 and L3. Map it to phase 1 or 3, and clamp the CTs on L1 and L3.</source>
        <translation>Con cableado 3P3W la entrada de TC %1 no puede asignarse a la fase 2: el módulo mide respecto a L2 y empareja corrientes solo con L1 y L3. Asígnela a la fase 1 o 3 y coloque los TC en L1 y L3.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+163"/>
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
    <name>iotpro::graphics::PhasorDiagram</name>
    <message>
        <location filename="../core/graphics/PhasorDiagram.cpp" line="+37"/>
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
    <name>iotpro::modbus::ModbusErrors</name>
    <message>
        <location filename="../core/modbus/ModbusErrors.cpp" line="+9"/>
        <source>exception 01, illegal function: the device does not support this request; check the register profile&apos;s table (holding or input)</source>
        <translation>excepción 01, función ilegal: el dispositivo no admite esta solicitud; compruebe la tabla del perfil de registros (holding o input)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exception 02, illegal data address: the device has no such register; check the register profile&apos;s addresses</source>
        <translation>excepción 02, dirección de datos ilegal: el dispositivo no tiene ese registro; compruebe las direcciones del perfil de registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exception 03, illegal data value: the device refused the value or the number of registers</source>
        <translation>excepción 03, valor de datos ilegal: el dispositivo rechazó el valor o el número de registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 04, server device failure: the device failed while serving the request</source>
        <translation>excepción 04, fallo del dispositivo servidor: el dispositivo falló al atender la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 05, acknowledge: the device accepted a long task and is still working on it</source>
        <translation>excepción 05, acuse de recibo: el dispositivo aceptó una tarea larga y sigue trabajando en ella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 06, server device busy: the device cannot serve requests now; try again later</source>
        <translation>excepción 06, dispositivo servidor ocupado: el dispositivo no puede atender solicitudes ahora; inténtelo más tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 08, memory parity error: the device&apos;s memory is damaged</source>
        <translation>excepción 08, error de paridad de memoria: la memoria del dispositivo está dañada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 0A, gateway path unavailable: the gateway has no route to that unit id</source>
        <translation>excepción 0A, ruta de gateway no disponible: el gateway no tiene ruta hacia ese id. de unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exception 0B, gateway target failed to respond: nothing answers at that unit id behind the gateway; check the unit id</source>
        <translation>excepción 0B, el destino del gateway no respondió: nada responde en ese id. de unidad detrás del gateway; compruebe el id. de unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exception %1, not defined by the Modbus specification</source>
        <translation>excepción %1, no definida por la especificación Modbus</translation>
    </message>
</context>
<context>
    <name>iotpro::modbus::ModbusLink</name>
    <message>
        <location filename="../core/modbus/ModbusLink.cpp" line="+70"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 no se puede usar: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot connect to the Modbus device at %1:%2 (%3): check that it is on and reachable.</source>
        <translation>no se puede conectar al dispositivo Modbus en %1:%2 (%3): compruebe que está encendido y accesible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the serial port %1 (%2): check the adapter and that you may use it (group dialout).</source>
        <translation>no se puede abrir el puerto serie %1 (%2): compruebe el adaptador y que tiene permiso para usarlo (grupo dialout).</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>no answer from Modbus %1 while %2, within %3 ms on each of %n tries: check the unit id, the wiring and the serial settings.</source>
        <translation>
            <numerusform>sin respuesta de Modbus %1 al %2, en %3 ms en cada uno de %n intento: compruebe el id. de unidad, el cableado y los ajustes serie.</numerusform>
            <numerusform>sin respuesta de Modbus %1 al %2, en %3 ms en cada uno de %n intentos: compruebe el id. de unidad, el cableado y los ajustes serie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Modbus %1 refused %2: %3.</source>
        <translation>Modbus %1 rechazó %2: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Modbus %1 sent a damaged or unexpected reply while %2 (%3; %n CRC error(s) so far): check the cable, its termination and the baud rate.</source>
        <translation>
            <numerusform>Modbus %1 envió una respuesta dañada o inesperada al %2 (%3; %n error de CRC hasta ahora): compruebe el cable, su terminación y la velocidad en baudios.</numerusform>
            <numerusform>Modbus %1 envió una respuesta dañada o inesperada al %2 (%3; %n errores de CRC hasta ahora): compruebe el cable, su terminación y la velocidad en baudios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the link to Modbus %1 broke while %2 (%3).</source>
        <translation>el enlace con Modbus %1 se interrumpió al %2 (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modbus %1 failed while %2: %3.</source>
        <translation>Modbus %1 falló al %2: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Modbus link is not open.</source>
        <translation>el enlace Modbus no está abierto.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>reading %n holding register(s) from %1</source>
        <translation>
            <numerusform>leer %n registro holding desde %1</numerusform>
            <numerusform>leer %n registros holding desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>reading %n input register(s) from %1</source>
        <translation>
            <numerusform>leer %n registro input desde %1</numerusform>
            <numerusform>leer %n registros input desde %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the register &quot;%1&quot; is read-only in its profile.</source>
        <translation>el registro &quot;%1&quot; es de solo lectura en su perfil.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>writing %n holding register(s) from %1</source>
        <translation>
            <numerusform>escribir %n registro holding desde %1</numerusform>
            <numerusform>escribir %n registros holding desde %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotpro::modbus::RegisterMap</name>
    <message>
        <location filename="../core/modbus/RegisterMap.cpp" line="+40"/>
        <source>must not be 0</source>
        <translation>no debe ser 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>input registers are read-only; use &quot;table&quot;: &quot;holding&quot;</source>
        <translation>los registros input son de solo lectura; use &quot;table&quot;: &quot;holding&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value runs past the last register, 0xFFFF</source>
        <translation>el valor sobrepasa el último registro, 0xFFFF</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the register profile &quot;%1&quot; has no register &quot;%2&quot;, which this task needs</source>
        <translation>el perfil de registros &quot;%1&quot; no tiene el registro &quot;%2&quot;, que esta tarea necesita</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be an object { … }</source>
        <translation>debe ser un objeto { … }</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>&quot;%1&quot; está definido dos veces</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the register profile %1: %2</source>
        <translation>no se puede leer el perfil de registros %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::report::CertificatePdf</name>
    <message>
        <location filename="../core/report/CertificatePdf.cpp" line="+31"/>
        <source>balanced</source>
        <translation>equilibrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>element %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>starting current</source>
        <translation>corriente de arranque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>module %1 Wh, reference %2 Wh in %3 s</source>
        <translation>módulo %1 Wh, referencia %2 Wh en %3 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≥ %1 Wh</source>
        <translation>≥ %1 Wh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no load, %1 % Un</source>
        <translation>sin carga, %1 % Un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>module %1 Wh in %2 s</source>
        <translation>módulo %1 Wh en %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤ %1 Wh</source>
        <translation>≤ %1 Wh</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I % In</source>
        <translation>I % In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PF</source>
        <translation>FP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V ref (V)</source>
        <translation>V ref (V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I ref (A)</source>
        <translation>I ref (A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PF meas.</source>
        <translation>PF medido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error P (%)</source>
        <translation>Error P (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U (%)</source>
        <translation>U (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit (%)</source>
        <translation>Límite (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error Q (%)</source>
        <translation>Error Q (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read %1 % in gain and %2° in phase (late positive); constants gain %3 %, phase %4° (were %5 %, %6°)</source>
        <translation>leído %1 % en ganancia y %2° en fase (retraso positivo); constantes ganancia %3 %, fase %4° (antes %5 %, %6°)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calibration constants</source>
        <translation>Constantes de calibración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number %1, signed with factory key %2</source>
        <translation>número %1, firmado con la clave de fábrica %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibration certificate</source>
        <translation>Certificado de calibración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: PASS — every point within its limit</source>
        <translation>Resultado: CORRECTO — todos los puntos dentro de su límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: FAIL — see the points marked Fail</source>
        <translation>Resultado: FALLO — vea los puntos marcados como Fallo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item calibrated</source>
        <translation>Elemento calibrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IoT Pro Energy Module, serial %1</source>
        <translation>IoT Pro Energy Module, n.º de serie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware / firmware</source>
        <translation>Hardware / firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision %1, firmware %2</source>
        <translation>revisión %1, firmware %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metering engine</source>
        <translation>Motor de medida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of calibration</source>
        <translation>Fecha de calibración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference standard and traceability</source>
        <translation>Patrón de referencia y trazabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference meter</source>
        <translation>Medidor de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, serial %2, read at %3</source>
        <translation>%1, n.º de serie %2, leído a las %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its certificate</source>
        <translation>Su certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration due</source>
        <translation>Próxima calibración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its accuracy</source>
        <translation>Su exactitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>±%1 % of reading</source>
        <translation>±%1 % de la lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test source</source>
        <translation>Fuente de prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ambient conditions</source>
        <translation>Condiciones ambientales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative humidity</source>
        <translation>Humedad relativa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy class</source>
        <translation>Clase de exactitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision rule</source>
        <translation>Regla de decisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results as found (before adjustment)</source>
        <translation>Resultados tal como se encontraron (antes del ajuste)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results as left (after adjustment)</source>
        <translation>Resultados tal como se dejaron (después del ajuste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorised by</source>
        <translation>Autorizado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>cannot write the certificate %1: %2</source>
        <translation>no se puede escribir el certificado %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+1"/>
        <source>Calibration certificate %1</source>
        <translation>Certificado de calibración %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — página %2 de %3</translation>
    </message>
</context>
<context>
    <name>iotpro::report::ReportExport</name>
    <message>
        <location filename="../core/report/ReportExport.cpp" line="+25"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::report::ReportPdf</name>
    <message>
        <location filename="../core/report/ReportPdf.cpp" line="+36"/>
        <source>not performed</source>
        <translation>no realizado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+472"/>
        <source>Commissioning report</source>
        <translation>Informe de puesta en servicio</translation>
    </message>
    <message>
        <location line="-465"/>
        <source>IoT Pro Energy Module %1 — %2</source>
        <translation>IoT Pro Energy Module %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place not recorded</source>
        <translation>ubicación no registrada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+383"/>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation point</source>
        <translation>Punto de instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+376"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1° %2, %3° %4, altitude %5 m (%n satellite(s) used)</source>
        <translation>
            <numerusform>%1° %2, %3° %4, altitud %5 m (%n satélite usado)</numerusform>
            <numerusform>%1° %2, %3° %4, altitud %5 m (%n satélites usados)</numerusform>
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
        <translation>E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <comment>west</comment>
        <translation>O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPS position</source>
        <translation>Posición GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, session %3</source>
        <translation>%1, %2, sesión %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+307"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="-306"/>
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
        <source>Metering engine</source>
        <translation>Motor de medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, firmware %2</source>
        <translation>%1, firmware %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options fitted</source>
        <translation>Opciones instaladas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wiring and current transformers</source>
        <translation>Cableado y transformadores de corriente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiring</source>
        <translation>Cableado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal voltage</source>
        <translation>Tensión nominal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 V line to line</source>
        <translation>%1 V entre fases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 V line to neutral</source>
        <translation>%1 V fase-neutro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominal frequency</source>
        <translation>Frecuencia nominal</translation>
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
        <translation>Periodo de demanda</translation>
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
        <translation>Exportación posible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CT input</source>
        <translation>Entrada de TC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Corriente nominal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow points</source>
        <translation>Flecha hacia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clamps phase</source>
        <translation>Fase abrazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inverted</source>
        <translation>Invertido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Software correction</source>
        <translation>Corrección por software</translation>
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
        <translation>⚑ sí, señalado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚑ The module remaps or inverts CT input(s) %1 in software: the wiring on site differs from the terminal labels. Keep this report with the panel&apos;s documents.</source>
        <translation>⚑ El módulo reasigna o invierte por software la(s) entrada(s) de TC %1: el cableado en la instalación difiere de las etiquetas de los bornes. Guarde este informe con la documentación del cuadro.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phasor diagram of the reading the verdict was taken from. Black: the voltages. Blue: the currents; the shaded sectors are where each current belongs (power factor 0.5 lagging to 0.8 leading). Red, dashed: a current out of place. Grey: too little current to judge.</source>
        <translation>Diagrama fasorial de la lectura de la que se obtuvo el resultado. Negro: las tensiones. Azul: las corrientes; los sectores sombreados indican dónde corresponde cada corriente (factor de potencia de 0,5 inductivo a 0,8 capacitivo). Rojo, discontinuo: una corriente fuera de lugar. Gris: corriente insuficiente para evaluar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No diagram: the reading does not have the wiring&apos;s number of elements.</source>
        <translation>Sin diagrama: la lectura no tiene el número de elementos del cableado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Live check</source>
        <translation>Comprobación en vivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the technician went on without a passing verdict</source>
        <translation> — el técnico continuó sin un resultado correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load level</source>
        <translation>Nivel de carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of the CT rating (highest phase) at the time of the check</source>
        <translation>%1 % de la corriente nominal del TC (fase más cargada) en el momento de la comprobación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Voltage (V)</source>
        <translation>Tensión (V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current (A)</source>
        <translation>Corriente (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (kW)</source>
        <translation>Activa (kW)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactive (kvar)</source>
        <translation>Reactiva (kvar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apparent (kVA)</source>
        <translation>Aparente (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PF</source>
        <translation>FP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Angle (°)</source>
        <translation>Ángulo (°)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load (% CT)</source>
        <translation>Carga (% TC)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: the wiring is as declared</source>
        <translation>ninguno: el cableado es el declarado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, debounce %2 ms</source>
        <translation>%1, antirrebote %2 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 per pulse, minimum width %3 ms</source>
        <translation>%1 %2 por impulso, duración mínima %3 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sensors: %1</source>
        <translation>sensores: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mode not known to this tool</source>
        <translation>modo desconocido para esta herramienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+55"/>
        <location line="+9"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>contact closed</source>
        <translation>contacto cerrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contact open</source>
        <translation>contacto abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, event active</source>
        <translation>, evento activo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pulse(s), total %1 %2</source>
        <translation>
            <numerusform>%n impulso, total %1 %2</numerusform>
            <numerusform>%n impulsos, total %1 %2</numerusform>
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
        <translation>%1: NO ENCONTRADO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sensor</source>
        <translation>sin sensor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inputs and I/O check</source>
        <translation>Entradas y comprobación de E/S</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>I/O check</source>
        <translation>Comprobación de E/S</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+133"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reported</source>
        <translation>no comunicado</translation>
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
        <translation>, ALARMA BAJA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, HIGH ALARM</source>
        <translation>, ALARMA ALTA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0-10 V analog</source>
        <translation>analógica 0-10 V</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network and GPS check</source>
        <translation>Comprobación de red y GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network check</source>
        <translation>Comprobación de red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration SHA-256 (secrets removed)</source>
        <translation>SHA-256 de la configuración (sin secretos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+7"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>yes, verified by reading it back; slot %1, committed %2</source>
        <translation>sí, verificada volviéndola a leer; ranura %1, confirmada %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (previous configuration: %2)</source>
        <translation>%1 (configuración anterior: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payload SHA-256</source>
        <translation>SHA-256 de la carga útil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature (Ed25519)</source>
        <translation>Firma (Ed25519)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer fingerprint</source>
        <translation>Huella digital del firmante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the link broke after the upload; the tool reconnected and found it active</source>
        <translation>el enlace se cortó tras la carga; la herramienta volvió a conectarse y la encontró activa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NO — failed while %1: %2. %3</source>
        <translation>NO — falló en el paso «%1»: %2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This report&apos;s content SHA-256</source>
        <translation>SHA-256 del contenido de este informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON form of this report carries the same content with this hash and the signed configuration; &quot;iotpro-cli report verify&quot; checks both. No secret (passphrase, key, password) is ever part of a report.</source>
        <translation>La forma JSON de este informe contiene el mismo contenido con este hash y la configuración firmada; «iotpro-cli report verify» comprueba ambos. Ningún secreto (frase de contraseña, clave, contraseña) forma parte nunca de un informe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Safety checklist</source>
        <translation>Lista de comprobación de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT confirmed</source>
        <translation>NO confirmado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commissioning report %1</source>
        <translation>Informe de puesta en servicio %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissioning report — %1</source>
        <translation>Informe de puesta en servicio — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report %1 — Page %2 of %3</source>
        <translation>Informe %1 — Página %2 de %3</translation>
    </message>
</context>
<context>
    <name>iotpro::report::ReportTexts</name>
    <message>
        <location filename="../core/report/ReportTexts.cpp" line="+11"/>
        <source>commissioning wizard</source>
        <translation>asistente de puesta en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command line (config apply)</source>
        <translation>línea de comandos (config apply)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passed: the configuration is written and verified, and every check that ran passed</source>
        <translation>Correcto: la configuración está escrita y verificada, y todas las comprobaciones realizadas han sido correctas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed with warnings: the configuration is written and verified; see the checks below</source>
        <translation>Correcto con advertencias: la configuración está escrita y verificada; vea las comprobaciones siguientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: the configuration was not written</source>
        <translation>Fallido: la configuración no se escribió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: the session ended before the configuration was written</source>
        <translation>Incompleto: la sesión terminó antes de escribir la configuración</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed on site</source>
        <translation>corregido en el sitio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected in software</source>
        <translation>corregido por software</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged by the technician</source>
        <translation>aceptado por el técnico</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No CT secondary was open-circuited under load</source>
        <translation>Ningún secundario de TC quedó en circuito abierto bajo carga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voltage taps are fused</source>
        <translation>Las tomas de tensión están protegidas con fusibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The enclosure and the panel are closed</source>
        <translation>La envolvente y el cuadro están cerrados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not declared</source>
        <translation>no declarado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main incomer</source>
        <translation>acometida principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sub-distribution board or MCC</source>
        <translation>cuadro secundario o CCM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high-load equipment</source>
        <translation>equipo de gran consumo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cold-chain feed</source>
        <translation>alimentación de cadena de frío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenant or common-area feeder</source>
        <translation>línea de inquilino o de zonas comunes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPS or generator</source>
        <translation>SAI o grupo electrógeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EV charging</source>
        <translation>carga de vehículos eléctricos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>three-phase four-wire (3P4W)</source>
        <translation>trifásica de cuatro hilos (3P4W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three-phase three-wire, Aron (3P3W)</source>
        <translation>trifásica de tres hilos, Aron (3P3W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>single-phase (1P)</source>
        <translation>monofásica (1P)</translation>
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
        <translation>hacia la carga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to the supply</source>
        <translation>hacia la red</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>fallo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dry contact</source>
        <translation>contacto seco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pulse (S0)</source>
        <translation>impulsos (S0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DS18B20 temperature</source>
        <translation>temperatura DS18B20</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>normally open</source>
        <translation>normalmente abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>normally closed</source>
        <translation>normalmente cerrado</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>iotpro::report::ReportVerifier</name>
    <message>
        <location filename="../core/report/ReportVerifier.cpp" line="+67"/>
        <source>signed_envelope.signer_public_key is not an Ed25519 public key</source>
        <translation>signed_envelope.signer_public_key no es una clave pública Ed25519</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked: no usable public key</source>
        <translation>no comprobado: no hay ninguna clave pública utilizable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the configuration was signed by key %1</source>
        <translation>la configuración fue firmada con la clave %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature of the configuration does not verify with key %1</source>
        <translation>la firma de la configuración no se verifica con la clave %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed_envelope.payload is not a signed configuration</source>
        <translation>signed_envelope.payload no es una configuración firmada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signed configuration cannot be read: %1</source>
        <translation>no se puede leer la configuración firmada: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the report describes the signed configuration</source>
        <translation>el informe describe la configuración firmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report differs from the signed configuration in %1</source>
        <translation>el informe difiere de la configuración firmada en %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a commissioning report, format version %1</source>
        <translation>un informe de puesta en servicio, versión de formato %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>no es JSON válido en el byte %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a commissioning report (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>no es un informe de puesta en servicio (&quot;format&quot; no es &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is byte for byte as written</source>
        <translation>el archivo está byte a byte tal como se escribió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s bytes differ from the layout the tool writes (edited or re-formatted)</source>
        <translation>los bytes del archivo difieren del formato que escribe la herramienta (editado o reformateado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 of the content is %1, as stated</source>
        <translation>el SHA-256 del contenido es %1, como se indica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the content is %1, the report states %2: the content was changed</source>
        <translation>el SHA-256 del contenido es %1 y el informe indica %2: el contenido se modificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>iotpro::security::KeyFile</name>
    <message>
        <location filename="../core/security/KeyFile.cpp" line="+48"/>
        <source>cannot read %1, the public key beside %2: %3</source>
        <translation>no se puede leer %1, la clave pública junto a %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::security::KeyStore</name>
    <message>
        <location filename="../core/security/KeyStore.cpp" line="+114"/>
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
    <name>iotpro::storage::CommissionedModules</name>
    <message>
        <location filename="../core/storage/CommissionedModules.cpp" line="+50"/>
        <source>Session %1 of the job history holds a configuration that cannot be read (%2).</source>
        <translation>La sesión %1 del historial de trabajos contiene una configuración que no se puede leer (%2).</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::ExportFile</name>
    <message>
        <location filename="../core/storage/ExportFile.cpp" line="+11"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::HistoryDatabase</name>
    <message>
        <location filename="../core/storage/HistoryDatabase.cpp" line="+25"/>
        <source>The job history %1 cannot use a write-ahead log on this drive; keep it on a local disk.</source>
        <translation>El historial de trabajos %1 no puede usar un registro de escritura anticipada (write-ahead log) en esta unidad; guárdelo en un disco local.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the folder %1 for the job history; choose another file with --history.</source>
        <translation>No se puede crear la carpeta %1 para el historial de trabajos; elija otro archivo con --history.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the job history %1 (%2); check that the file is a job history and that you may write it.</source>
        <translation>No se puede abrir el historial de trabajos %1 (%2); compruebe que el archivo es un historial de trabajos y que tiene permiso para escribir en él.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The job history %1 is damaged: %2. Restore it from a backup.</source>
        <translation>El historial de trabajos %1 está dañado: %2. Restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::JobPack</name>
    <message>
        <location filename="../core/storage/JobPack.cpp" line="+88"/>
        <source>A job pack has no such field here; check its spelling.</source>
        <translation>Un paquete de trabajo no tiene ese campo aquí; compruebe cómo está escrito.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a name (text in double quotes).</source>
        <translation>Introduzca un nombre (texto entre comillas dobles).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field takes text in double quotes.</source>
        <translation>Este campo admite texto entre comillas dobles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This field takes a list, [ … ].</source>
        <translation>Este campo admite una lista, [ … ].</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each entry of this list is a JSON object, { … }.</source>
        <translation>Cada entrada de esta lista es un objeto JSON, { … }.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; appears twice; each name is used once here.</source>
        <translation>«%1» aparece dos veces; aquí cada nombre se usa una sola vez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This field takes a JSON object, { … }, in the configuration&apos;s JSON form.</source>
        <translation>Este campo admite un objeto JSON, { … }, con la forma JSON de la configuración.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A job pack carries no secrets; leave it empty, the technician enters it on site.</source>
        <translation>Un paquete de trabajo no contiene secretos; déjelo vacío, el técnico lo introduce en el sitio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This belongs to one module, not to a site; leave it empty and enter it in the field.</source>
        <translation>Esto corresponde a un único módulo, no a un emplazamiento; déjelo vacío e introdúzcalo en el sitio.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not an installation point; use one of %2.</source>
        <translation>«%1» no es un punto de instalación; use uno de %2.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is larger than any job pack; is it the right file?</source>
        <translation>Este archivo es más grande que cualquier paquete de trabajo; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The job pack is not a JSON object (%1 at byte %2).</source>
        <translation>El paquete de trabajo no es un objeto JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a job pack: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Esto no es un paquete de trabajo: &quot;format&quot; debe ser &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This tool reads job packs of format version %1; this one says %2. Update the tool, or export the pack again with this version.</source>
        <translation>Esta herramienta lee paquetes de trabajo de la versión de formato %1; este indica %2. Actualice la herramienta o vuelva a exportar el paquete con esta versión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A job pack lists at least one site.</source>
        <translation>Un paquete de trabajo incluye al menos un emplazamiento.</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::JobPackStore</name>
    <message>
        <location filename="../core/storage/JobPackStore.cpp" line="+27"/>
        <source>The plan of %1 in the job history cannot be read (%2); import the job pack again.</source>
        <translation>No se puede leer el plan de %1 en el historial de trabajos (%2); vuelva a importar el paquete de trabajo.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>There is no circuit &quot;%1&quot; in panel &quot;%2&quot; of site &quot;%3&quot; in the job history; &quot;iotpro-cli history tree&quot; lists them.</source>
        <translation>No hay ningún circuito «%1» en el cuadro «%2» del emplazamiento «%3» en el historial de trabajos; «iotpro-cli history tree» los enumera.</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::SessionStore</name>
    <message>
        <location filename="../core/storage/SessionStore.cpp" line="+302"/>
        <source>There is no session %1 in the job history %2; &quot;iotpro-cli history list&quot; shows the sessions.</source>
        <translation>No hay ninguna sesión %1 en el historial de trabajos %2; «iotpro-cli history list» muestra las sesiones.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>session %1 of the job history</source>
        <translation>sesión %1 del historial de trabajos</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::Storage</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+119"/>
        <source>The job history %1 was written by a newer version of this tool (schema %2; this version knows up to %3). Update the tool, or choose another file with --history.</source>
        <translation>El historial de trabajos %1 lo escribió una versión más reciente de esta herramienta (esquema %2; esta versión conoce hasta el %3). Actualice la herramienta o elija otro archivo con --history.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlResult.cpp" line="+11"/>
        <source>The job history database refused an operation (%1). Nothing of it was stored; if this repeats, check the disk and run &quot;iotpro-cli history check&quot;.</source>
        <translation>La base de datos del historial de trabajos rechazó una operación (%1). No se guardó nada de ella; si se repite, compruebe el disco y ejecute «iotpro-cli history check».</translation>
    </message>
</context>
<context>
    <name>iotpro::storage::TemplateStore</name>
    <message>
        <location filename="../core/storage/TemplateStore.cpp" line="+28"/>
        <source>The template &quot;%1&quot; in the job history cannot be read (%2); save it again.</source>
        <translation>La plantilla «%1» del historial de trabajos no se puede leer (%2); vuelva a guardarla.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A template name has 1 to %1 characters and no leading or trailing spaces; &quot;%2&quot; does not.</source>
        <translation>Un nombre de plantilla tiene de 1 a %1 caracteres y no empieza ni termina con espacios; «%2» no cumple esto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is already a template &quot;%1&quot;; choose another name or replace it.</source>
        <translation>Ya existe una plantilla «%1»; elija otro nombre o sustitúyala.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no template &quot;%1&quot; in the job history %2; &quot;iotpro-cli history template list&quot; shows them.</source>
        <translation>No hay ninguna plantilla «%1» en el historial de trabajos %2; «iotpro-cli history template list» las muestra.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::AnalogInputBox</name>
    <message>
        <location filename="../ui/wizard/AnalogInputBox.cpp" line="+154"/>
        <source>Analo&amp;g input (0–30 V)</source>
        <translation>Entrada analó&amp;gica (0–30 V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Tank pressure</source>
        <translation>p. ej. Presión del depósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bar, %, °C</source>
        <translation>p. ej. bar, %, °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling, first point:</source>
        <translation>Escala, primer punto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling, second point:</source>
        <translation>Escala, segundo punto:</translation>
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
        <translation>corresponde a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm below</source>
        <translation>Alarma por debajo de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm above</source>
        <translation>Alarma por encima de</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Now: %1 V, which reads %2.</source>
        <translation>Ahora: %1 V, que corresponde a %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low alarm on.</source>
        <translation>Alarma baja activada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High alarm on.</source>
        <translation>Alarma alta activada.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BatchTrendChart</name>
    <message>
        <location filename="../ui/bench/BatchTrendChart.cpp" line="+63"/>
        <source>No accuracy results in this batch yet: calibrate a module with a batch name.</source>
        <translation>Aún no hay resultados de precisión en este lote: calibre un módulo indicando un nombre de lote.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — limit ±%2 %</source>
        <translation>%1 — límite ±%2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drifting toward the limit</source>
        <translation>deriva hacia el límite</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>module 1</source>
        <translation>módulo 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>module %1 (test order)</source>
        <translation>módulo %1 (orden de ensayo)</translation>
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
        <translation>%1 por módulo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drifting toward the limit</source>
        <translation>deriva hacia el límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failures</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit %</source>
        <translation>Límite %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean error %</source>
        <translation>Error medio %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest |error| %</source>
        <translation>|Error| máximo %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend of |error| %</source>
        <translation>Tendencia del |error| %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BatchView</name>
    <message>
        <location filename="../ui/bench/BatchView.cpp" line="+99"/>
        <location line="+22"/>
        <source>The job history cannot be read: %1</source>
        <translation>No se puede leer el historial de trabajos: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No batch yet: calibrate modules in the Bench mode with a batch name.</source>
        <translation>Aún no hay ningún lote: calibre módulos en el modo Banco de fábrica indicando un nombre de lote.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yield %1 %: %2 of %3 modules passed, %4 after adjustment.</source>
        <translation>Rendimiento %1 %: %2 de %3 módulos conformes, %4 tras el ajuste.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchController</name>
    <message>
        <location filename="../ui/bench/BenchController.cpp" line="+22"/>
        <source>Connect the module under test, then scan its serial number.</source>
        <translation>Conecte el módulo en ensayo y escanee su número de serie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No module is connected: connect module %1, then scan it again. Nothing was run.</source>
        <translation>No hay ningún módulo conectado: conecte el módulo %1 y vuelva a escanearlo. No se ejecutó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanned serial number %1 is not the connected module&apos;s (%2). Nothing was run: scan the label of the module on the bench, or connect module %1.</source>
        <translation>El número de serie escaneado %1 no es el del módulo conectado (%2). No se ejecutó nada: escanee la etiqueta del módulo que está en el banco o conecte el módulo %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No factory key chosen: import the factory&apos;s calibration key into the key store (iotpro-cli keys import), or clear &quot;Adjust the module&quot;.</source>
        <translation>No se ha elegido ninguna clave de fábrica: importe la clave de calibración de la fábrica en el almacén de claves (iotpro-cli keys import) o desmarque «Ajustar el módulo».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Module %1 adjusted; checking it again.</source>
        <translation>Módulo %1 ajustado; volviendo a comprobarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking module %1 against the reference meter…</source>
        <translation>Comprobando el módulo %1 frente al contador de referencia…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Module %1 passed. Certificate %2 written.</source>
        <translation>Módulo %1 conforme. Certificado %2 escrito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module %1 failed at the points marked Fail. Certificate %2 written.</source>
        <translation>El módulo %1 falló en los puntos marcados como Fallo. Certificado %2 escrito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded in the job history: %1</source>
        <translation>No se registró en el historial de trabajos: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Module %1: the run stopped and nothing was written. %2</source>
        <translation>Módulo %1: la prueba se detuvo y no se escribió nada. %2</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchPointModel</name>
    <message>
        <location filename="../ui/bench/BenchPointModel.cpp" line="+61"/>
        <source>As found</source>
        <translation>Como se encontró</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As left</source>
        <translation>Como se dejó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balanced</source>
        <translation>equilibrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>element %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % In, %2, %3</source>
        <translation>%1 % In, %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting current, %1 % In</source>
        <translation>corriente de arranque, %1 % In</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no load, %1 % Un</source>
        <translation>sin carga, %1 % Un</translation>
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
        <translation>en curso…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error %</source>
        <translation>Error %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit %</source>
        <translation>Límite %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchResultBanner</name>
    <message>
        <location filename="../ui/bench/BenchResultBanner.cpp" line="+24"/>
        <source>READY</source>
        <translation>LISTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RUNNING</source>
        <translation>EN CURSO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOPPED</source>
        <translation>DETENIDO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REFUSED</source>
        <translation>RECHAZADO</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchSettingsCheck</name>
    <message>
        <location filename="../ui/bench/BenchSettings.cpp" line="+78"/>
        <source>Enter the reference meter&apos;s address, e.g. modbus-tcp:127.0.0.1:5502.</source>
        <translation>Introduzca la dirección del contador de referencia, p. ej. modbus-tcp:127.0.0.1:5502.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the number of the reference meter&apos;s own calibration certificate.</source>
        <translation>Introduzca el número del propio certificado de calibración del contador de referencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the reference meter&apos;s calibration due date from its certificate, as YYYY-MM-DD.</source>
        <translation>Introduzca la fecha de vencimiento de la calibración del contador de referencia, según su certificado, como YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the operator&apos;s name: it is printed on every certificate.</source>
        <translation>Introduzca el nombre del operador: se imprime en cada certificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an existing folder for the certificates and the CSV log.</source>
        <translation>Elija una carpeta existente para los certificados y el registro CSV.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::BenchView</name>
    <message>
        <location filename="../ui/bench/BenchView.cpp" line="+187"/>
        <source>Bench setup</source>
        <translation>Configuración del banco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference meter:</source>
        <translation>&amp;Contador de referencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modbus-tcp:HOST:PORT or modbus-rtu:DEVICE:BAUD:8N1</source>
        <translation>modbus-tcp:HOST:PORT o modbus-rtu:DEVICE:BAUD:8N1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference cer&amp;tificate:</source>
        <translation>Cer&amp;tificado de la referencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its own calibration certificate&apos;s number</source>
        <translation>número del propio certificado de calibración del contador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference calibration du&amp;e:</source>
        <translation>Pró&amp;xima calibración de la referencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;plan:</source>
        <translation>&amp;Plan de ensayo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in: IEC 62053-22 class 0.5S</source>
        <translation>integrado: IEC 62053-22 clase 0.5S</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the work order</source>
        <translation>p. ej. la orden de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utput folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust the module (factory &amp;key), then check it again</source>
        <translation>Ajustar el módulo (cla&amp;ve de fábrica) y volver a comprobarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factory key:</source>
        <translation>Clave de fábrica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only for an encrypted key</source>
        <translation>solo para una clave cifrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serial number:</source>
        <translation>&amp;Número de serie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scan the module&apos;s label, or type its serial number and press Enter</source>
        <translation>escanee la etiqueta del módulo o escriba su número de serie y pulse Intro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Certificate: %1
CSV log: %2</source>
        <translation>Certificado: %1
Registro CSV: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Test plan</source>
        <translation>Plan de ensayo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test plans (*.json)</source>
        <translation>Planes de ensayo (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
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
    <name>iotpro::ui::CommissioningWizard</name>
    <message>
        <location filename="../ui/wizard/CommissioningWizard.cpp" line="+214"/>
        <source>‹ &amp;Back</source>
        <translation>‹ &amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ›</source>
        <translation>&amp;Siguiente ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read again</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is module %1, but you were commissioning module %2. Connect %2 again to continue where you stopped, or start over with %1.</source>
        <translation>Este es el módulo %1, pero estaba poniendo en servicio el módulo %2. Vuelva a conectar %2 para continuar donde lo dejó, o empiece de nuevo con %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start over with %1</source>
        <translation>&amp;Empezar de nuevo con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link to module %1 is lost. Everything you entered is kept: connect it again and the wizard continues here.</source>
        <translation>Se perdió el enlace con el módulo %1. Todo lo introducido se conserva: vuelva a conectarlo y el asistente continuará aquí.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectPage</name>
    <message>
        <location filename="../ui/wizard/ConnectPage.cpp" line="+42"/>
        <source>Connect to the module</source>
        <translation>Conectarse al módulo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plug the module&apos;s USB cable in, choose it in the Connection list on the left and press Connect. With the keyboard: Alt+C, the arrow keys, then Enter.</source>
        <translation>Conecte el cable USB del módulo, elíjalo en la lista Conexión de la izquierda y pulse Conectar. Con el teclado: Alt+E, las teclas de flecha y luego Intro.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the virtual module…</source>
        <translation>Iniciando el módulo virtual…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to module %1.</source>
        <translation>Conectado al módulo %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the virtual module built into the app. Its label code is %1 — a real module has its code printed on its label. You will need it to write the configuration.</source>
        <translation>Este es el módulo virtual integrado en la aplicación. Su código de etiqueta es %1 — un módulo real lleva su código impreso en la etiqueta. Lo necesitará para escribir la configuración.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+1"/>
        <source>Firmware %1, hardware %2. Fitted options: %3.
%4</source>
        <translation>Firmware %1, hardware %2. Opciones instaladas: %3.
%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its configuration could not be read.</source>
        <translation>No se pudo leer su configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading its configuration…</source>
        <translation>Leyendo su configuración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration: factory default — this module was never configured.</source>
        <translation>Configuración: la de fábrica — este módulo nunca se ha configurado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration: number %1, signed by key %2 on %3.</source>
        <translation>Configuración: número %1, firmada con la clave %2 el %3.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectionListModel</name>
    <message>
        <location filename="../ui/ConnectionListModel.cpp" line="+277"/>
        <source>USB and serial ports</source>
        <translation>Puertos USB y serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bluetooth LE</source>
        <translation>Bluetooth LE</translation>
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
        <location line="+5"/>
        <source>Searching for IoT Pro modules in Bluetooth range…</source>
        <translation>Buscando módulos IoT Pro al alcance de Bluetooth…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No serial port found. Plug in the module&apos;s USB cable.</source>
        <translation>No se encontró ningún puerto serie. Conecte el cable USB del módulo.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation>Ocupado: hay otra herramienta conectada</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>%1
Bluetooth address: %2</source>
        <translation>%1
Dirección Bluetooth: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts a simulated IoT Pro module on this computer, for training and testing.</source>
        <translation>Inicia un módulo IoT Pro simulado en este ordenador, para formación y pruebas.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ConnectionPanel</name>
    <message>
        <location filename="../ui/ConnectionPanel.cpp" line="+102"/>
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
    <name>iotpro::ui::CorrectionWriteDialog</name>
    <message>
        <location filename="../ui/wizard/CorrectionWriteDialog.cpp" line="+32"/>
        <source>Apply the software correction</source>
        <translation>Aplicar la corrección por software</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The module&apos;s present configuration is written again with only these CT settings changed:</source>
        <translation>Se vuelve a escribir la configuración actual del módulo cambiando solo estos ajustes de TC:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is signed with your key and written as one transaction; the live check then starts over with the corrected readings. Your other settings are written at step 10, with this correction in them, and the report flags it as a software correction.</source>
        <translation>Se firma con su clave y se escribe en una sola transacción; después, la comprobación en vivo empieza de nuevo con las lecturas corregidas. Sus demás ajustes se escriben en el paso 10, con esta corrección incluida, y el informe la señala como corrección por software.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write the correction</source>
        <translation>&amp;Escribir la corrección</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::CtDirectionPicture</name>
    <message>
        <location filename="../ui/wizard/CtDirectionPicture.cpp" line="+89"/>
        <source>SUPPLY</source>
        <translation>RED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOAD</source>
        <translation>CARGA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transformer, main breaker</source>
        <translation>transformador, interruptor general</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>machines, sub-board</source>
        <translation>máquinas, cuadro secundario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>current to the load</source>
        <translation>corriente hacia la carga</translation>
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
        <translation>flecha del TC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P1 faces the supply; the arrow on the CT points to the load.</source>
        <translation>P1 mira hacia la red; la flecha del TC apunta a la carga.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::CtPage</name>
    <message>
        <location filename="../ui/wizard/CtPage.cpp" line="+181"/>
        <source>Current transformers</source>
        <translation>Transformadores de corriente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each CT: the rating printed on it, what its secondary delivers, and which way it is mounted. Not sure of the size? The helper suggests one from the breaker.</source>
        <translation>Para cada TC: la corriente nominal impresa en él, lo que entrega su secundario y en qué sentido está montado. ¿No está seguro del tamaño? La ayuda sugiere uno a partir del interruptor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CT size helper</source>
        <translation>Ayuda para elegir el TC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaker or cable &amp;rating:</source>
        <translation>Calibre del interruptor o del &amp;cable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> A</source>
        <translation> A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not entered</source>
        <translation>sin introducir</translation>
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
        <translation>Corriente nominal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The primary current printed on the CT; type another value for a custom CT.</source>
        <translation>La corriente primaria impresa en el TC; escriba otro valor para un TC especial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary:</source>
        <translation>Secundario:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow on the CT points:</source>
        <translation>La flecha del TC apunta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the load — the right way</source>
        <translation>hacia la carga — sentido correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the supply — the module turns it round</source>
        <translation>hacia la red — el módulo lo invierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CT is mounted the other way round; the module inverts its current in software, so it need not be refitted.</source>
        <translation>El TC está montado al revés; el módulo invierte su corriente por software, así que no hace falta volver a montarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software correction:</source>
        <translation>Corrección por software:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phase whose conductor this CT really clamps. The live check proposes it.</source>
        <translation>La fase cuyo conductor abraza realmente este TC. La comprobación en vivo la propone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inverted</source>
        <translation>invertido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 A and 5 A CTs: short the secondary before you disconnect its leads under load; an open secondary gives dangerous voltages. 333 mV CTs are safe to disconnect.</source>
        <translation>TC de 1 A y 5 A: cortocircuite el secundario antes de desconectar sus cables bajo carga; un secundario abierto genera tensiones peligrosas. Los TC de 333 mV se pueden desconectar sin peligro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CT input &amp;%1 — belongs on L%2</source>
        <translation>Entrada de TC &amp;%1 — corresponde a L%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the rating of the breaker that protects the circuit, or the current its cable may carry, to see which CT fits.</source>
        <translation>Introduzca el calibre del interruptor que protege el circuito, o la corriente que admite su cable, para ver qué TC es adecuado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No standard CT is large enough: use a CT rated at least %1 A and type its rating for each input.</source>
        <translation>Ningún TC estándar es lo bastante grande: use un TC de al menos %1 A nominales y escriba su corriente nominal en cada entrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested: a %1 A CT. It measures accurately up to %2 A, above the %3 A the breaker lets through without tripping.</source>
        <translation>Sugerido: un TC de %1 A. Mide con precisión hasta %2 A, por encima de los %3 A que el interruptor deja pasar sin disparar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use %1 A for every CT</source>
        <translation>&amp;Usar %1 A para todos los TC</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::DigitalInputBox</name>
    <message>
        <location filename="../ui/wizard/DigitalInputBox.cpp" line="+228"/>
        <source>Hold one sensor firmly in your hand. Warmest so far: +%1 °C.</source>
        <translation>Sujete firmemente un sensor con la mano. El más caliente hasta ahora: +%1 °C.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Several sensors are getting warmer (%1): hold only one of them.</source>
        <translation>Varios sensores se están calentando (%1): sujete solo uno de ellos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search stopped: %1</source>
        <translation>La búsqueda se detuvo: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Digital input &amp;%1</source>
        <translation>Entrada digital &amp;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Door contact, Water meter</source>
        <translation>p. ej. Contacto de puerta, Contador de agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing (off)</source>
        <translation>Nada (desactivada)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dry contact</source>
        <translation>Contacto seco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulse counter (S0)</source>
        <translation>Contador de impulsos (S0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DS18B20 temperature sensors</source>
        <translation>Sensores de temperatura DS18B20</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This input is not used.</source>
        <translation>Esta entrada no se usa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normally open (closes on the event)</source>
        <translation>Normalmente abierto (se cierra con el evento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normally closed (opens on the event)</source>
        <translation>Normalmente cerrado (se abre con el evento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debounce:</source>
        <translation>Antirrebote:</translation>
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
        <translation>Un impulso equivale a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Wh, L, m³</source>
        <translation>p. ej. Wh, L, m³</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest pulse:</source>
        <translation>Impulso más corto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the bus</source>
        <translation>Explorar el bus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists every sensor on this input&apos;s cable; new ones are added without a name.</source>
        <translation>Enumera todos los sensores del cable de esta entrada; los nuevos se añaden sin nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop searching</source>
        <translation>Detener la búsqueda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find by warming…</source>
        <translation>Buscar calentando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold one sensor in your hand: the one that gets warmer is selected for naming.</source>
        <translation>Sujete un sensor con la mano: el que se caliente se seleccionará para asignarle un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The module uses this input as “%1” until you write the new configuration.</source>
        <translation>El módulo usa esta entrada como «%1» hasta que escriba la nueva configuración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now: contact closed, the event is %1.</source>
        <translation>Ahora: contacto cerrado, el evento está %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now: contact open, the event is %1.</source>
        <translation>Ahora: contacto abierto, el evento está %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulses counted since the module started: %1.</source>
        <translation>Impulsos contados desde que se inició el módulo: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scanning the bus…</source>
        <translation>Explorando el bus…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan failed: %1</source>
        <translation>La exploración falló: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No sensor answers on this input: check the cable and the pull-up.</source>
        <translation>Ningún sensor responde en esta entrada: compruebe el cable y la resistencia pull-up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors on the bus: %1, new: %2. Give each a name, or find which is which by warming it.</source>
        <translation>Sensores en el bus: %1, nuevos: %2. Asigne un nombre a cada uno, o averigüe cuál es cuál calentándolo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hold one sensor firmly in your hand…</source>
        <translation>Sujete un sensor firmemente con la mano…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found it: sensor %1 is in your hand. Type its name.</source>
        <translation>Encontrado: el sensor %1 está en su mano. Escriba su nombre.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::DonePage</name>
    <message>
        <location filename="../ui/wizard/DonePage.cpp" line="+45"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commission the ne&amp;xt module</source>
        <translation>Poner en servicio el &amp;siguiente módulo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✔ Module %1 is commissioned with configuration number %2.</source>
        <translation>✔ El módulo %1 está puesto en servicio con el número de configuración %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where: %1.</source>
        <translation>Ubicación: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiring check: PASS.</source>
        <translation>Comprobación del cableado: CORRECTO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiring check: continued without PASS, as you confirmed.</source>
        <translation>Comprobación del cableado: se continuó sin CORRECTO, según lo confirmó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety checklist: every point confirmed.</source>
        <translation>Lista de comprobación de seguridad: todos los puntos confirmados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ Safety checklist: NOT confirmed, and reported so: %1.</source>
        <translation>✖ Lista de comprobación de seguridad: NO confirmada, y así consta en el informe: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded in the job history as session %1.</source>
        <translation>Registrado en el historial de trabajos como sesión %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ The job history could not be updated: %1</source>
        <translation>✖ No se pudo actualizar el historial de trabajos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not recorded in the job history: %1</source>
        <translation>✖ No registrado en el historial de trabajos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the module, close the panel, and connect the next module to commission it.</source>
        <translation>Desconecte el módulo, cierre el cuadro y conecte el siguiente módulo para ponerlo en servicio.</translation>
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
        <translation>no responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ROM code</source>
        <translation>Código ROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (what it measures)</source>
        <translation>Nombre (lo que mide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/FindingsPanel.cpp" line="+31"/>
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
        <location line="+69"/>
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
        <location line="+54"/>
        <source>Applying the correction writes the module&apos;s configuration, signed with a key the module trusts and paired with the code on its label. Open the commissioning wizard at its live check (step 6) and apply it there: these readings then come right.</source>
        <translation>Aplicar la corrección escribe la configuración del módulo, firmada con una clave en la que el módulo confía y emparejada con el código de su etiqueta. Abra el asistente de puesta en servicio en su comprobación en vivo (paso 6) y aplíquela allí: así estas lecturas serán correctas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes the CT remap and inversion the findings call for to the module, signed with your key, so that its readings come right.</source>
        <translation>Escribe en el módulo la reasignación e inversión de TC que indican los hallazgos, firmadas con su clave, para que sus lecturas sean correctas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correcting the inputs in software changes the module&apos;s configuration, which needs its signed configuration write: use the commissioning wizard.</source>
        <translation>Corregir las entradas por software cambia la configuración del módulo, lo que requiere su escritura de configuración firmada: use el asistente de puesta en servicio.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The findings appear here after %1 s of steady readings, each with its fix.</source>
        <translation>Los hallazgos aparecen aquí tras %1 s de lecturas estables, cada uno con su solución.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::HistoryView</name>
    <message>
        <location filename="../ui/history/HistoryView.cpp" line="+130"/>
        <source>The job history %1 cannot be read: %2</source>
        <translation>No se puede leer el historial de trabajos %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session %1 cannot be read: %2</source>
        <translation>No se puede leer la sesión %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number, site, panel or circuit</source>
        <translation>Número de serie, emplazamiento, cuadro o circuito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the job history again (sessions recorded by iotpro-cli meanwhile).</source>
        <translation>Volver a leer el historial de trabajos (sesiones registradas mientras tanto por iotpro-cli).</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::IdentifyPage</name>
    <message>
        <location filename="../ui/wizard/IdentifyPage.cpp" line="+57"/>
        <source>Identify the module</source>
        <translation>Identificar el módulo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make sure you configure the module in front of you: compare the serial number with its label, or make its LED blink.</source>
        <translation>Asegúrese de configurar el módulo que tiene delante: compare el número de serie con su etiqueta o haga parpadear su LED.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial number of the connected module:</source>
        <translation>Número de serie del módulo conectado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blink &amp;the LED</source>
        <translation>Hacer parpadear &amp;el LED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;is the module in front of me</source>
        <translation>Este es el módulo que tengo &amp;delante</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Asking the module to blink…</source>
        <translation>Pidiendo al módulo que parpadee…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The module did not blink: %1</source>
        <translation>El módulo no parpadeó: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The virtual module answered that it blinks for %1 s (it has no LED to see).</source>
        <translation>El módulo virtual respondió que parpadea durante %1 s (no tiene LED que ver).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its status LED blinks for %1 s now.</source>
        <translation>Su LED de estado parpadea ahora durante %1 s.</translation>
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
    <name>iotpro::ui::InputsPage</name>
    <message>
        <location filename="../ui/wizard/InputsPage.cpp" line="+71"/>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wired to the four digital inputs and the analog input. Operate a contact, send a pulse or warm a sensor: the module&apos;s reading shows under each input.</source>
        <translation>Qué está conectado a las cuatro entradas digitales y a la entrada analógica. Accione un contacto, envíe un impulso o caliente un sensor: la lectura del módulo aparece bajo cada entrada.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::JobHistory</name>
    <message numerus="yes">
        <location filename="../ui/history/JobHistory.cpp" line="+146"/>
        <source>Nothing was imported from %1: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>No se importó nada de %1: hay %n problema que corregir primero.</numerusform>
            <numerusform>No se importó nada de %1: hay %n problemas que corregir primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotpro::ui::JobTools</name>
    <message>
        <location filename="../ui/history/JobTools.cpp" line="+35"/>
        <location line="+230"/>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>A template never keeps a secret, a DevEUI, a static address or the circuit&apos;s name: the next module gets its own.</source>
        <translation>Una plantilla nunca guarda secretos, DevEUI, dirección estática ni el nombre del circuito: el siguiente módulo recibe los suyos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export the job pack</source>
        <translation>Exportar el paquete de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+190"/>
        <source>Job packs (*.json)</source>
        <translation>Paquetes de trabajo (*.json)</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Export the commissioned modules</source>
        <translation>Exportar los módulos puestos en servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export the LoRaWAN devices for The Things Stack</source>
        <translation>Exportar los dispositivos LoRaWAN para The Things Stack</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a commissioned session in the tree first: its configuration becomes the template.</source>
        <translation>Primero elija en el árbol una sesión de puesta en servicio: su configuración pasa a ser la plantilla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ Template &quot;%1&quot; saved from session %2, without secrets, DevEUI, static address or circuit name.</source>
        <translation>✔ Plantilla «%1» guardada a partir de la sesión %2, sin secretos, DevEUI, dirección estática ni nombre del circuito.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> for %1</source>
        <translation> para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ The wizard starts from template &quot;%1&quot;%2. Type the secrets and the module&apos;s own DevEUI there: a template has none.</source>
        <translation>✔ El asistente empieza con la plantilla «%1»%2. Escriba allí los secretos y el DevEUI propio del módulo: una plantilla no los tiene.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a circuit in the tree first.</source>
        <translation>Primero elija un circuito en el árbol.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ The wizard starts for %1 with its planned CTs and its site&apos;s network. Type the secrets there: a job pack has none.</source>
        <translation>✔ El asistente empieza para %1 con sus TC planificados y la red de su emplazamiento. Escriba allí los secretos: un paquete de trabajo no los tiene.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>✔ Imported %1: %n site(s)</source>
        <translation>
            <numerusform>✔ Importado %1: %n emplazamiento</numerusform>
            <numerusform>✔ Importado %1: %n emplazamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n circuit(s); they show in the tree.</source>
        <translation>
            <numerusform>, %n circuito; aparecen en el árbol.</numerusform>
            <numerusform>, %n circuitos; aparecen en el árbol.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>✔ Job pack with %n site(s) written to %1.</source>
        <translation>
            <numerusform>✔ Paquete de trabajo con %n emplazamiento escrito en %1.</numerusform>
            <numerusform>✔ Paquete de trabajo con %n emplazamientos escrito en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>✔ %n commissioned module(s) written to %1.</source>
        <translation>
            <numerusform>✔ %n módulo puesto en servicio escrito en %1.</numerusform>
            <numerusform>✔ %n módulos puestos en servicio escritos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>✔ %n LoRaWAN device(s) written to %1. Fill in the app_key column from your key list before importing: the tool never keeps an AppKey.</source>
        <translation>
            <numerusform>✔ %n dispositivo LoRaWAN escrito en %1. Rellene la columna app_key con su lista de claves antes de importar: la herramienta nunca guarda una AppKey.</numerusform>
            <numerusform>✔ %n dispositivos LoRaWAN escritos en %1. Rellene la columna app_key con su lista de claves antes de importar: la herramienta nunca guarda una AppKey.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already a template &quot;%1&quot;. Replace it?</source>
        <translation>Ya existe una plantilla «%1». ¿Desea sustituirla?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no template yet: choose a commissioned session and &quot;Save as template&quot;.</source>
        <translation>Aún no hay ninguna plantilla: elija una sesión de puesta en servicio y «Guardar como plantilla».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next module from a template</source>
        <translation>Siguiente módulo desde una plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template for the module at %1:</source>
        <translation>Plantilla para el módulo en %1:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a job pack</source>
        <translation>Importar un paquete de trabajo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save as &amp;template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen session&apos;s configuration for the next modules of a phased rollout (never its secrets).</source>
        <translation>Conservar la configuración de la sesión elegida para los siguientes módulos de un despliegue por fases (nunca sus secretos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt module from a template…</source>
        <translation>&amp;Siguiente módulo desde una plantilla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard from a template, at the chosen circuit if one is chosen.</source>
        <translation>Iniciar el asistente desde una plantilla, en el circuito elegido si hay uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission this circuit from its &amp;plan</source>
        <translation>Poner en servicio este &amp;circuito según su plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard with the chosen circuit&apos;s planned CTs and its site&apos;s network.</source>
        <translation>Iniciar el asistente con los TC planificados del circuito elegido y la red de su emplazamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import job pack…</source>
        <translation>&amp;Importar paquete de trabajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the sites, panels and circuits planned in the office.</source>
        <translation>Añadir los emplazamientos, cuadros y circuitos planificados en la oficina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export job pac&amp;k…</source>
        <translation>Exportar paque&amp;te de trabajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every site, panel and circuit of the history, for the office.</source>
        <translation>Todos los emplazamientos, cuadros y circuitos del historial, para la oficina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export mod&amp;ules (CSV)…</source>
        <translation>Exportar mó&amp;dulos (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every commissioned module with its place and configuration hash.</source>
        <translation>Cada módulo puesto en servicio con su ubicación y el hash de su configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for The Thin&amp;gs Stack…</source>
        <translation>Exportar para The Thin&amp;gs Stack…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The LoRaWAN modules in The Things Stack&apos;s device import format (CSV).</source>
        <translation>Los módulos LoRaWAN en el formato de importación de dispositivos de The Things Stack (CSV).</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::JobTreeModel</name>
    <message>
        <location filename="../ui/history/JobTreeModel.cpp" line="+41"/>
        <source>✔ Passed</source>
        <translation>✔ Correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Warnings</source>
        <translation>⚠ Advertencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Failed</source>
        <translation>✖ Fallido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… Incomplete</source>
        <translation>… Incompleto</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>(no site)</source>
        <translation>(sin emplazamiento)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no panel)</source>
        <translation>(sin cuadro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no circuit)</source>
        <translation>(sin circuito)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Site / panel / circuit / module / session</source>
        <translation>Emplazamiento / cuadro / circuito / módulo / sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run from</source>
        <translation>Ejecutado desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::KeyChooser</name>
    <message>
        <location filename="../ui/wizard/KeyChooser.cpp" line="+142"/>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key file, e.g. made by iotpro-cli keygen</source>
        <translation>El archivo de clave privada, p. ej. creado con iotpro-cli keygen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key passphrase:</source>
        <translation>Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart the virtual module trusting your keys</source>
        <translation>&amp;Reiniciar el módulo virtual confiando en sus claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key…</source>
        <translation>Nueva clave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new signing key is kept in your key store (%1), readable only by you. A passphrase protects it if the laptop is lost; you will type it for every write.</source>
        <translation>Una nueva clave de firma se guarda en su almacén de claves (%1), legible solo por usted. Una frase de contraseña la protege si pierde el portátil; la escribirá en cada escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the new ke&amp;y:</source>
        <translation>Nombre de la nueva c&amp;lave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase (optional):</source>
        <translation>Frase de contraseña (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>Repita la frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the key</source>
        <translation>Crear la clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>A key file on disk…</source>
        <translation>Un archivo de clave en disco…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Asking the module whether it trusts this key…</source>
        <translation>Preguntando al módulo si confía en esta clave…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The module&apos;s trusted keys could not be read: %1</source>
        <translation>No se pudieron leer las claves de confianza del módulo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ The module trusts this key.</source>
        <translation>✔ El módulo confía en esta clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ The virtual module does not trust this key yet: it trusts the keys of your key store it was started with. Restart it to add this one.</source>
        <translation>✖ El módulo virtual aún no confía en esta clave: confía en las claves de su almacén de claves con las que se inició. Reinícielo para añadir esta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ The module does not trust this key and will refuse the configuration. Modules learn their signing keys in production (iotpro-cli trust add, in factory mode): choose a key it trusts, or have this one enrolled.</source>
        <translation>✖ El módulo no confía en esta clave y rechazará la configuración. Los módulos aprenden sus claves de firma en fábrica (iotpro-cli trust add, en modo fábrica): elija una clave en la que confíe o haga registrar esta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a private key file</source>
        <translation>Elija un archivo de clave privada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ The two passphrases differ; type them again.</source>
        <translation>⚠ Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::LabelCodeBox</name>
    <message>
        <location filename="../ui/wizard/LabelCodeBox.cpp" line="+48"/>
        <source>Code on the module&apos;s label</source>
        <translation>Código de la etiqueta del módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab&amp;el code:</source>
        <translation>Código de la &amp;etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 7391-2204</source>
        <translation>p. ej. 7391-2204</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual module&apos;s label code is %1.</source>
        <translation>El código de etiqueta del módulo virtual es %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the module&apos;s label, next to the serial number. Wrong codes lock pairing for a while.</source>
        <translation>Impreso en la etiqueta del módulo, junto al número de serie. Los códigos erróneos bloquean el emparejamiento durante un tiempo.</translation>
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
    <name>iotpro::ui::LiveCheckPage</name>
    <message>
        <location filename="../ui/wizard/LiveCheckPage.cpp" line="+116"/>
        <source>Live wiring check</source>
        <translation>Comprobación del cableado en vivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With load on the circuit, the module&apos;s readings show whether each CT is on its phase and faces the right way. Fix what the findings say until the check shows PASS.</source>
        <translation>Con carga en el circuito, las lecturas del módulo muestran si cada TC está en su fase y orientado en el sentido correcto. Corrija lo que indiquen los hallazgos hasta que la comprobación muestre CORRECTO.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phasors appear here when live readings arrive.</source>
        <translation>Los fasores aparecen aquí cuando llegan las lecturas en vivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go &amp;on without PASS (this is recorded)</source>
        <translation>C&amp;ontinuar sin CORRECTO (queda registrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings and clamp me&amp;ter…</source>
        <translation>Lecturas y pinza ampe&amp;rimétrica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the full live check: the readings table and the clamp-meter cross-check.</source>
        <translation>Abre la comprobación en vivo completa: la tabla de lecturas y la comprobación cruzada con la pinza amperimétrica.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The module still measures with its present settings (%1, CTs of %2 A): this check uses them. Your settings take effect when you write them (step 10); the Verify step shows this check again with them.</source>
        <translation>El módulo sigue midiendo con sus ajustes actuales (%1, TC de %2 A): esta comprobación los usa. Sus ajustes se aplican cuando los escriba (paso 10); el paso Verificar vuelve a mostrar esta comprobación con ellos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect the module again to write the correction.</source>
        <translation>Vuelva a conectar el módulo para escribir la corrección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The correction can be written once the module&apos;s configuration is read.</source>
        <translation>La corrección se puede escribir una vez leída la configuración del módulo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A configuration is being written; the correction can be written after it.</source>
        <translation>Se está escribiendo una configuración; la corrección se puede escribir después.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module measures as %1 and your settings say %2: this correction belongs to the wiring the module measures now. Write your settings first (step 10), then come back to this step.</source>
        <translation>El módulo mide como %1 y sus ajustes indican %2: esta corrección corresponde al cableado que el módulo mide ahora. Escriba primero sus ajustes (paso 10) y luego vuelva a este paso.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✔ The correction is written: the module runs configuration number %1 and corrects its CT inputs in software. The check starts over with the corrected readings.</source>
        <translation>✔ La corrección está escrita: el módulo funciona con el número de configuración %1 y corrige sus entradas de TC por software. La comprobación vuelve a empezar con las lecturas corregidas.</translation>
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
        <location filename="../ui/MainWindow.cpp" line="+95"/>
        <source>Commissioning wizard</source>
        <translation>Asistente de puesta en servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard is writing a configuration; start the next module when it has finished.</source>
        <translation>El asistente está escribiendo una configuración; empiece el siguiente módulo cuando haya terminado.</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <source>Commissioning &amp;wizard</source>
        <translation>&amp;Asistente de puesta en servicio</translation>
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
        <location line="+1"/>
        <source>&amp;Job history</source>
        <translation>&amp;Historial de trabajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor&amp;y bench</source>
        <translation>&amp;Banco de fábrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;quality</source>
        <translation>&amp;Calidad de lotes</translation>
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
        <location line="+4"/>
        <source>Reconnecting to %1 (attempt %2 of %3, next in %4 s)…</source>
        <translation>Reconectando con %1 (intento %2 de %3, siguiente en %4 s)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>iotpro::ui::NetworkPage</name>
    <message>
        <location filename="../ui/wizard/NetworkPage.cpp" line="+388"/>
        <source>Network and GPS</source>
        <translation>Red y GPS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the module sends its readings. Only the options fitted on this module can be switched on. Passphrases and keys stay hidden, here and everywhere else.</source>
        <translation>Cómo envía el módulo sus lecturas. Solo se pueden activar las opciones instaladas en este módulo. Las contraseñas y claves permanecen ocultas, aquí y en cualquier otro lugar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network name (SSID):</source>
        <translation>Nombre de la red (SSID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (DHCP)</source>
        <translation>Automática (DHCP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed (static)</source>
        <translation>Fija (estática)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address:</source>
        <translation>Dirección IP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet mask:</source>
        <translation>Máscara de subred:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway:</source>
        <translation>Puerta de enlace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server:</source>
        <translation>Servidor DNS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-band:</source>
        <translation>Subbanda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A (battery-friendly, the usual)</source>
        <translation>A (bajo consumo de batería, la habitual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C (always listening)</source>
        <translation>C (siempre a la escucha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DevEUI:</source>
        <translation>DevEUI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 hex digits, on the module&apos;s label</source>
        <translation>16 dígitos hexadecimales, en la etiqueta del módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JoinEUI:</source>
        <translation>JoinEUI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 hex digits, from the network server</source>
        <translation>16 dígitos hexadecimales, del servidor de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppKey:</source>
        <translation>AppKey:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adaptive data rate (ADR)</source>
        <translation>Velocidad de datos adaptativa (ADR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APN:</source>
        <translation>APN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User (if any):</source>
        <translation>Usuario (si lo hay):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (if any):</source>
        <translation>Contraseña (si la hay):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio:</source>
        <translation>Radio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uplink: report every</source>
        <translation>Enlace &amp;ascendente: informe cada</translation>
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
        <translation>Posicionamiento cada:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 — not fitted on this module</source>
        <translation>%1 — no instalado en este módulo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wi-F&amp;i</source>
        <translation>Wi-F&amp;i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;RaWAN (private network)</source>
        <translation>Lo&amp;RaWAN (red privada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ellular (public network)</source>
        <translation>Red &amp;móvil (red pública)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GPS</source>
        <translation>&amp;GPS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new value replaces the one on the module when you write the configuration.</source>
        <translation>El nuevo valor sustituye al del módulo cuando escriba la configuración.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A passphrase is stored on the module. Leave the field empty to keep it.</source>
        <translation>Hay una contraseña guardada en el módulo. Deje el campo vacío para conservarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No passphrase is stored on the module yet.</source>
        <translation>Aún no hay ninguna contraseña guardada en el módulo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An AppKey is stored on the module. Leave the field empty to keep it.</source>
        <translation>Hay una AppKey guardada en el módulo. Deje el campo vacío para conservarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No AppKey is stored on the module yet.</source>
        <translation>Aún no hay ninguna AppKey guardada en el módulo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is stored on the module. Leave the field empty to keep it.</source>
        <translation>Hay una contraseña guardada en el módulo. Deje el campo vacío para conservarla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is stored on the module; leave it empty if the APN needs none.</source>
        <translation>No hay ninguna contraseña guardada en el módulo; déjelo vacío si el APN no la necesita.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none in this region</source>
        <translation>ninguna en esta región</translation>
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
<context>
    <name>iotpro::ui::ReportExportButtons</name>
    <message>
        <location filename="../ui/history/ReportExportButtons.cpp" line="+75"/>
        <source>&amp;Export report (PDF)…</source>
        <translation>&amp;Exportar informe (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commissioning report to hand to the client.</source>
        <translation>El informe de puesta en servicio para entregar al cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report (JS&amp;ON)…</source>
        <translation>Exportar informe (JS&amp;ON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commissioning report as data that iotpro-cli report verify checks.</source>
        <translation>El informe de puesta en servicio como datos que comprueba iotpro-cli report verify.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the commissioning report</source>
        <translation>Exportar el informe de puesta en servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report data (*.json)</source>
        <translation>Datos del informe (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ Report %1 saved as %2 (content SHA-256 %3).</source>
        <translation>✔ Informe %1 guardado como %2 (SHA-256 del contenido %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job history could not keep its copy: %1</source>
        <translation>El historial de trabajos no pudo guardar su copia: %1</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ReviewChangesModel</name>
    <message>
        <location filename="../ui/wizard/ReviewChangesModel.cpp" line="+41"/>
        <source>Secrets are never shown: only that a new one will be stored.</source>
        <translation>Los secretos nunca se muestran: solo que se guardará uno nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new one (hidden)</source>
        <translation>uno nuevo (oculto)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the module now</source>
        <translation>En el módulo ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/ReviewPage.cpp" line="+63"/>
        <source>Review the changes</source>
        <translation>Revisar los cambios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings change when you write. To change one, select it and open its step.</source>
        <translation>Estos ajustes cambian al escribir. Para cambiar uno, selecciónelo y abra su paso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open its step</source>
        <translation>&amp;Abrir su paso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The module&apos;s configuration is not read yet.</source>
        <translation>Aún no se ha leído la configuración del módulo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changes on module %1. Writing records this configuration as signed by you (number %2).</source>
        <translation>No cambia nada en el módulo %1. La escritura registra esta configuración como firmada por usted (número %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings that change on module %1: %2. Its configuration becomes number %3.</source>
        <translation>Ajustes que cambian en el módulo %1: %2. Su configuración pasa a ser la número %3.</translation>
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
        <translation>no realizada</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1, continued without PASS as the technician confirmed</source>
        <translation>%1, se continuó sin CORRECTO según confirmó el técnico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>did not complete: %1</source>
        <translation>no se completó: %1</translation>
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
        <translation>☐ %1: NO confirmado</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run from:</source>
        <translation>Ejecutado desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technician:</source>
        <translation>Técnico:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configuration hash:</source>
        <translation>Hash de la configuración:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configuration number:</source>
        <translation>Número de configuración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by key:</source>
        <translation>Firmado con la clave:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live check:</source>
        <translation>Comprobación en vivo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network check:</source>
        <translation>Comprobación de red:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety checklist:</source>
        <translation>Lista de comprobación de seguridad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a session in the list to see what was checked and written.</source>
        <translation>Elija una sesión de la lista para ver qué se comprobó y escribió.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The write failed at &quot;%1&quot;: %2 %3</source>
        <translation>La escritura falló en &quot;%1&quot;: %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not named (iotpro-cli history profile)</source>
        <translation>sin nombre (perfil de historial de iotpro-cli)</translation>
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
        <translation>%1, hardware %2, firmware %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (was %2), committed %3</source>
        <translation>%1 (antes %2), confirmada %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not written</source>
        <translation>no escrita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was signed</source>
        <translation>no se firmó nada</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::SignWritePage</name>
    <message>
        <location filename="../ui/wizard/SignWritePage.cpp" line="+76"/>
        <source>The link broke while %1 (%2). Reconnecting to find out which configuration the module has…</source>
        <translation>El enlace se cortó mientras %1 (%2). Reconectando para averiguar qué configuración tiene el módulo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ Written and verified: the module runs configuration number %1.</source>
        <translation>✔ Escrita y verificada: el módulo funciona con el número de configuración %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign and write</source>
        <translation>Firmar y escribir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The module only accepts a configuration signed with a key it trusts, and only from someone who knows the code on its label. Nothing changes on the module unless all of it is written.</source>
        <translation>El módulo solo acepta una configuración firmada con una clave en la que confía, y solo de alguien que conozca el código de su etiqueta. No cambia nada en el módulo a menos que se escriba todo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>&amp;Sign and write</source>
        <translation>&amp;Firmar y escribir</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Go to the setting</source>
        <translation>&amp;Ir al ajuste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Sign and write again</source>
        <translation>&amp;Firmar y escribir de nuevo</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::SitePage</name>
    <message>
        <location filename="../ui/wizard/SitePage.cpp" line="+91"/>
        <source>Site and circuit</source>
        <translation>Emplazamiento y circuito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where does this module measure? The names appear in the module&apos;s reports.</source>
        <translation>¿Dónde mide este módulo? Los nombres aparecen en los informes del módulo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Site:</source>
        <translation>&amp;Emplazamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Riverside Logistics, Hall B</source>
        <translation>p. ej. Riverside Logistics, nave B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panel:</source>
        <translation>&amp;Cuadro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. MDB-2</source>
        <translation>p. ej. CGBT-2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ci&amp;rcuit:</source>
        <translation>Ci&amp;rcuito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Feeder 4, chillers</source>
        <translation>p. ej. Salida 4, enfriadoras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation p&amp;oint:</source>
        <translation>Punto de instalaci&amp;ón:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Sin declarar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main incomer</source>
        <translation>Acometida principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-distribution board or MCC</source>
        <translation>Cuadro secundario o CCM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-load equipment</source>
        <translation>Equipo de gran consumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold-chain feed</source>
        <translation>Alimentación de cadena de frío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant or common-area feeder</source>
        <translation>Salida a inquilino o zonas comunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS or generator</source>
        <translation>SAI o grupo electrógeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV charging</source>
        <translation>Recarga de vehículos eléctricos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything the next person at this panel should know</source>
        <translation>Lo que debería saber la próxima persona que trabaje en este cuadro</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::StepTexts</name>
    <message>
        <location filename="../ui/wizard/StepTexts.cpp" line="+12"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identify the module</source>
        <translation>Identificar el módulo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site and circuit</source>
        <translation>Emplazamiento y circuito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiring type</source>
        <translation>Tipo de conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current transformers</source>
        <translation>Transformadores de corriente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live wiring check</source>
        <translation>Comprobación del cableado en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and GPS</source>
        <translation>Red y GPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the changes</source>
        <translation>Revisar los cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign and write</source>
        <translation>Firmar y escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to the module to go on.</source>
        <translation>Conéctese al módulo para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the module&apos;s configuration…</source>
        <translation>Leyendo la configuración del módulo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module&apos;s configuration could not be read: %1</source>
        <translation>No se pudo leer la configuración del módulo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another module is connected: see the message above.</source>
        <translation>Hay otro módulo conectado: vea el mensaje de arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm that this is the module in front of you to go on.</source>
        <translation>Confirme que este es el módulo que tiene delante para continuar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some settings are not valid: use Change to correct them.</source>
        <translation>Algunos ajustes no son válidos: use Cambiar para corregirlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the fields marked ⚠ to go on.</source>
        <translation>Corrija los campos marcados con ⚠ para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for PASS, or confirm that you go on without it.</source>
        <translation>Espere a CORRECTO o confirme que continúa sin él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign and write the configuration to go on.</source>
        <translation>Firme y escriba la configuración para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network check is running…</source>
        <translation>La comprobación de red está en curso…</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::VerifyPage</name>
    <message>
        <location filename="../ui/wizard/VerifyPage.cpp" line="+145"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration is read back from the module and compared, then the module tries its networks and GPS with it.</source>
        <translation>La configuración se vuelve a leer del módulo y se compara; después, el módulo prueba con ella sus redes y el GPS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Networks and GPS</source>
        <translation>Redes y GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the networks a&amp;gain</source>
        <translation>Comprobar las redes de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live wiring check with the new settings</source>
        <translation>Comprobación del cableado en vivo con los nuevos ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety checklist: before you leave the panel</source>
        <translation>Lista de comprobación de seguridad: antes de dejar el cuadro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;T secondaries were never open-circuited (shorted before any was disconnected)</source>
        <translation>Los secundarios de los &amp;TC nunca quedaron en circuito abierto (se cortocircuitaron antes de desconectar ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voltage taps are fused</source>
        <translation>&amp;Las tomas de tensión están protegidas con fusibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;enclosure and the panel are closed</source>
        <translation>La &amp;envolvente y el cuadro están cerrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick only what you have checked. Each point is recorded in the job history as you tick it; one left unticked is reported as NOT confirmed.</source>
        <translation>Marque solo lo que haya comprobado. Cada punto se registra en el historial de trabajos al marcarlo; uno sin marcar consta como NO confirmado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The configuration is not written yet.</source>
        <translation>La configuración aún no está escrita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Module %1 runs configuration number %2: read back and identical to what was signed.</source>
        <translation>✔ El módulo %1 funciona con el número de configuración %2: releída e idéntica a lo que se firmó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link broke during the write; reading the module afterwards showed the new configuration active.</source>
        <translation>El enlace se cortó durante la escritura; al leer el módulo después, la nueva configuración estaba activa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed with key %1. Settings changed: %2. Fingerprint of the configuration: %3.</source>
        <translation>Firmado con la clave %1. Ajustes cambiados: %2. Huella digital de la configuración: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy registers before the write: %1 kWh imported, %2 kWh exported.</source>
        <translation>Registros de energía antes de la escritura: %1 kWh importados, %2 kWh exportados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module&apos;s clock had not been set since it started; it was set to this computer&apos;s time.</source>
        <translation>El reloj del módulo no se había ajustado desde que se inició; se ajustó a la hora de este ordenador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module&apos;s clock was %1 s off; it was set to this computer&apos;s time.</source>
        <translation>El reloj del módulo tenía un desfase de %1 s; se ajustó a la hora de este ordenador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The module&apos;s clock is right (time zone %1).</source>
        <translation>El reloj del módulo es correcto (zona horaria %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link broke after the upload; reconnecting showed the new configuration active.</source>
        <translation>El enlace se cortó después de la carga; al reconectar, la nueva configuración estaba activa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The module is trying its networks and GPS… (up to %1 s)</source>
        <translation>El módulo está probando sus redes y el GPS… (hasta %1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ The network check did not complete: %1</source>
        <translation>✖ La comprobación de red no se completó: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No network check has run. Networks and GPS are off, or the check was not run yet.</source>
        <translation>No se ha realizado ninguna comprobación de red. Las redes y el GPS están desactivados, o la comprobación aún no se ha realizado.</translation>
    </message>
</context>
<context>
    <name>iotpro::ui::WiringPage</name>
    <message>
        <location filename="../ui/wizard/WiringPage.cpp" line="+108"/>
        <source>Wiring type</source>
        <translation>Tipo de conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How is the module connected to the supply? The live check and the readings depend on it.</source>
        <translation>¿Cómo está conectado el módulo a la alimentación? La comprobación en vivo y las lecturas dependen de ello.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiring:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-phase, fo&amp;ur wire: L1, L2, L3 and N; 3 CTs (3P4W)</source>
        <translation>Trifásica, c&amp;uatro hilos: L1, L2, L3 y N; 3 TC (3P4W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three-phase, thr&amp;ee wire: no neutral; 2 CTs on L1 and L3 (3P3W)</source>
        <translation>Trifásica, t&amp;res hilos: sin neutro; 2 TC en L1 y L3 (3P3W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sin&amp;gle-phase: L and N; 1 CT (1P)</source>
        <translation>Mono&amp;fásica: L y N; 1 TC (1P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal &amp;voltage:</source>
        <translation>&amp;Tensión nominal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fre&amp;quency:</source>
        <translation>Fre&amp;cuencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand &amp;period:</source>
        <translation>&amp;Periodo de demanda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power can flow bac&amp;k: PV, a generator or a battery is on this circuit</source>
        <translation>La energía puede &amp;volver a la red: hay FV, un generador o una batería en este circuito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without export a negative power means a CT faces the wrong way; with it, the live check cannot tell the two apart on its own.</source>
        <translation>Sin exportación, una potencia negativa significa que un TC está orientado al revés; con ella, la comprobación en vivo no puede distinguir por sí sola entre ambos casos.</translation>
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
        <translation>%1 V entre fases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 V line to neutral</source>
        <translation>%1 V fase-neutro</translation>
    </message>
</context>
</TS>
