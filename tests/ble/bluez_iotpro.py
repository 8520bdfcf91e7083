'''python-dbusmock template: BlueZ with one adapter and one IoT Pro module in radio range.

The module's GATT service (docs/protocol.md, section 1.3) is bridged to a real `iotpro-sim`
over its TCP link: bytes written to RX go to the simulator, bytes from the simulator are
notified on TX in chunks of the ATT payload size. The tool under test talks to this mock
through QtBluetooth's own BlueZ D-Bus backend, exactly as it would talk to bluetoothd.

Parameters (python3 -m dbusmock --system --template bluez_iotpro.py -p JSON):
  sim          "HOST:PORT" of iotpro-sim --tcp (required)
  address      the module's Bluetooth address: the sim's DeviceInfo.ble.address (required)
  serial       the serial number it advertises (default the sim's IOTPRO-SIM-0001)
  rssi         signal strength in dBm (default -58)
  att_payload  ATT payload size, MTU - 3 (default 244; 20 is the smallest a link has)
  adapter      "on" (default), "off" (powered off) or "none" (no adapter at all)
  in_range     false: a scan never sees the module
  busy         true: the module advertises that another tool holds its link and refuses connections
  drop_at_write  N: the radio link drops at the N-th RX write of a connection (once), as when the
               technician walks out of range mid-transfer; the simulator's link closes with it
  drop_at_request  B: the radio link drops (once) at the RX write that completes the first request
               whose Envelope body has field number B (e.g. 50, PairingStart); the module never gets it

Test control (not BlueZ): the object /org/iotpro/mock, interface org.iotpro.MockControl1, with
  DropLink()        the radio link drops now (as drop_at_write does, between two writes)
  SetInRange(b)     the module is (true) or is not (false) seen by the next scans
'''

import socket
import struct

import dbus
from gi.repository import GLib

from dbusmock import OBJECT_MANAGER_IFACE, mockobject

BUS_NAME = 'org.bluez'
MAIN_OBJ = '/'
SYSTEM_BUS = True
IS_OBJECT_MANAGER = True

ADAPTER_IFACE = 'org.bluez.Adapter1'
DEVICE_IFACE = 'org.bluez.Device1'
SERVICE_IFACE = 'org.bluez.GattService1'
CHAR_IFACE = 'org.bluez.GattCharacteristic1'
DESC_IFACE = 'org.bluez.GattDescriptor1'

# The UUIDs and advertising layout of docs/protocol.md section 1.3 (core/transport/BleGattProfile.h).
SERVICE_UUID = '5e1f0001-9c3a-4d8e-b7a2-6f1d0c2e4a90'
RX_UUID = '5e1f0002-9c3a-4d8e-b7a2-6f1d0c2e4a90'
TX_UUID = '5e1f0003-9c3a-4d8e-b7a2-6f1d0c2e4a90'
LINK_UUID = '5e1f0004-9c3a-4d8e-b7a2-6f1d0c2e4a90'
CCCD_UUID = '00002902-0000-1000-8000-00805f9b34fb'
COMPANY_ID = 0xFFFF
ADVERTISING_FORMAT = 1
FLAG_BUSY = 0x01
NAME_PREFIX = 'IoTPro-'

ADAPTER_PATH = '/org/bluez/hci0'

state = {}


def variant(value):
    return dbus.types.Variant(value) if not hasattr(value, 'variant_level') else value


def byte_array(data):
    return dbus.Array([dbus.Byte(b) for b in data], signature='y')


def emit_changed(path, iface, changes):
    obj = mockobject.objects[path]
    for name, value in changes.items():
        obj.props[iface][name] = value
    obj.EmitSignal(dbus.PROPERTIES_IFACE, 'PropertiesChanged', 'sa{sv}as',
                   [iface, dbus.Dictionary(changes, signature='sv'), dbus.Array([], signature='s')])


def manager():
    return mockobject.objects['/']


def device_path():
    return ADAPTER_PATH + '/dev_' + state['address'].replace(':', '_')


def advertised_manufacturer_data():
    flags = FLAG_BUSY if state['busy'] else 0
    data = bytes([ADVERTISING_FORMAT, flags])
    return dbus.Dictionary({dbus.UInt16(COMPANY_ID): dbus.Array(byte_array(data), variant_level=1)},
                           signature='qv')


# ---- Adapter ------------------------------------------------------------------------------

def StartDiscovery(adapter):
    if not adapter.props[ADAPTER_IFACE]['Powered']:
        raise dbus.exceptions.DBusException('Resource Not Ready', name='org.bluez.Error.NotReady')
    emit_changed(ADAPTER_PATH, ADAPTER_IFACE, {'Discovering': dbus.Boolean(True)})
    if state['in_range']:
        # The module's next advertisement arrives a moment after the scan starts.
        GLib.timeout_add(150, advertisement_seen)


def StopDiscovery(adapter):
    emit_changed(ADAPTER_PATH, ADAPTER_IFACE, {'Discovering': dbus.Boolean(False)})
    # As bluetoothd does when a discovery ends: the devices it keeps lose their RSSI until heard again.
    path = device_path()
    if path in mockobject.objects and 'RSSI' in mockobject.objects[path].props[DEVICE_IFACE]:
        del mockobject.objects[path].props[DEVICE_IFACE]['RSSI']
        mockobject.objects[path].EmitSignal(dbus.PROPERTIES_IFACE, 'PropertiesChanged', 'sa{sv}as',
                                            [DEVICE_IFACE, dbus.Dictionary({}, signature='sv'),
                                             dbus.Array(['RSSI'], signature='s')])


def SetDiscoveryFilter(adapter, discovery_filter):
    state['filter'] = discovery_filter


def RemoveDevice(adapter, path):
    # QtBluetooth drops unconnected devices from BlueZ's cache when a scan starts, to see them afresh.
    if path not in mockobject.objects:
        raise dbus.exceptions.DBusException('Does Not Exist', name='org.bluez.Error.DoesNotExist')
    if path == device_path():
        link_down()
    manager().RemoveObject(path)
    manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesRemoved', 'oas',
                         [dbus.ObjectPath(path), dbus.Array([DEVICE_IFACE], signature='s')])


def advertisement_seen():
    if not mockobject.objects[ADAPTER_PATH].props[ADAPTER_IFACE]['Discovering']:
        return False
    path = device_path()
    if path in mockobject.objects:
        emit_changed(path, DEVICE_IFACE, {'RSSI': dbus.Int16(state['rssi'])})
        return False
    properties = {
        'Address': dbus.String(state['address']),
        'AddressType': dbus.String('random'),
        'Name': dbus.String(NAME_PREFIX + state['serial']),
        'Alias': dbus.String(NAME_PREFIX + state['serial']),
        'Adapter': dbus.ObjectPath(ADAPTER_PATH),
        'Paired': dbus.Boolean(False),
        'Trusted': dbus.Boolean(False),
        'Blocked': dbus.Boolean(False),
        'LegacyPairing': dbus.Boolean(False),
        'Connected': dbus.Boolean(False),
        'ServicesResolved': dbus.Boolean(False),
        'RSSI': dbus.Int16(state['rssi']),
        'UUIDs': dbus.Array([SERVICE_UUID], signature='s'),
        'ManufacturerData': advertised_manufacturer_data(),
    }
    manager().AddObject(path, DEVICE_IFACE, properties, [
        ('Connect', '', '', Connect),
        ('Disconnect', '', '', Disconnect),
    ])
    manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                         [dbus.ObjectPath(path), {DEVICE_IFACE: properties}])
    return False


# ---- Device: the link to the simulator ----------------------------------------------------

def Connect(device):
    if not state['in_range']:
        raise dbus.exceptions.DBusException('le-connection-abort-by-local', name='org.bluez.Error.Failed')
    if state['busy']:
        raise dbus.exceptions.DBusException('le-connection-abort-by-local', name='org.bluez.Error.Failed')
    if state['sock'] is not None:
        raise dbus.exceptions.DBusException('Already Connected', name='org.bluez.Error.AlreadyConnected')
    host, port = state['sim'].rsplit(':', 1)
    try:
        sock = socket.create_connection((host, int(port)), timeout=3)
    except OSError as error:
        raise dbus.exceptions.DBusException(str(error), name='org.bluez.Error.Failed')
    sock.setblocking(False)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    state['sock'] = sock
    state['pending_tx'] = b''
    state['connection_writes'] = 0
    state['rx_frames'] = b''
    state['watch'] = GLib.io_add_watch(sock.fileno(), GLib.IO_IN | GLib.IO_HUP | GLib.IO_ERR, sim_readable)
    emit_changed(device.path, DEVICE_IFACE, {'Connected': dbus.Boolean(True)})
    add_gatt_objects()
    emit_changed(device.path, DEVICE_IFACE, {'ServicesResolved': dbus.Boolean(True)})


def Disconnect(device):
    link_down()


def link_down():
    '''The radio link ends: the simulator's TCP link closes with it and the GATT objects go.'''
    if state['sock'] is None:
        return
    GLib.source_remove(state['watch'])
    state['sock'].close()
    state['sock'] = None
    remove_gatt_objects()
    path = device_path()
    emit_changed(path, DEVICE_IFACE, {'ServicesResolved': dbus.Boolean(False)})
    emit_changed(path, DEVICE_IFACE, {'Connected': dbus.Boolean(False)})


def sim_readable(_fd, condition):
    try:
        data = state['sock'].recv(65536) if condition & GLib.IO_IN else b''
    except BlockingIOError:
        return True
    except OSError:
        data = b''
    if not data:
        state['watch'] = 0
        GLib.idle_add(link_down_after_watch)
        return False
    state['pending_tx'] += data
    flush_tx()
    return True


def link_down_after_watch():
    if state['sock'] is not None:
        state['watch'] = GLib.idle_add(lambda: False)
        link_down()
    return False


def flush_tx():
    '''Notifies the simulator's bytes on TX, one ATT payload at a time, once the tool enabled them.'''
    tx = state['paths']['tx']
    if tx not in mockobject.objects or not mockobject.objects[tx].props[CHAR_IFACE]['Notifying']:
        return
    size = state['att_payload']
    while state['pending_tx']:
        chunk, state['pending_tx'] = state['pending_tx'][:size], state['pending_tx'][size:]
        state['notified_chunks'] += 1
        emit_changed(tx, CHAR_IFACE, {'Value': byte_array(chunk)})


# ---- GATT ---------------------------------------------------------------------------------

def add_gatt_objects():
    dev = device_path()
    paths = {
        'service': dev + '/service0010',
        'rx': dev + '/service0010/char0011',
        'tx': dev + '/service0010/char0013',
        'cccd': dev + '/service0010/char0013/desc0015',
        'link': dev + '/service0010/char0016',
    }
    state['paths'] = paths
    mtu = dbus.UInt16(state['att_payload'] + 3)
    objects = [
        (paths['service'], SERVICE_IFACE, {
            'UUID': dbus.String(SERVICE_UUID), 'Device': dbus.ObjectPath(dev),
            'Primary': dbus.Boolean(True), 'Includes': dbus.Array([], signature='o')}, []),
        (paths['rx'], CHAR_IFACE, {
            'UUID': dbus.String(RX_UUID), 'Service': dbus.ObjectPath(paths['service']),
            'Value': byte_array(b''), 'Notifying': dbus.Boolean(False), 'MTU': mtu,
            'Flags': dbus.Array(['write-without-response', 'write'], signature='s')},
         [('WriteValue', 'aya{sv}', '', RxWriteValue), ('ReadValue', 'a{sv}', 'ay', NotPermittedRead)]),
        (paths['tx'], CHAR_IFACE, {
            'UUID': dbus.String(TX_UUID), 'Service': dbus.ObjectPath(paths['service']),
            'Value': byte_array(b''), 'Notifying': dbus.Boolean(False), 'MTU': mtu,
            'Flags': dbus.Array(['notify'], signature='s')},
         [('StartNotify', '', '', TxStartNotify), ('StopNotify', '', '', TxStopNotify),
          ('ReadValue', 'a{sv}', 'ay', NotPermittedRead)]),
        (paths['cccd'], DESC_IFACE, {
            'UUID': dbus.String(CCCD_UUID), 'Characteristic': dbus.ObjectPath(paths['tx']),
            'Value': byte_array(b'\x00\x00'), 'Flags': dbus.Array(['read', 'write'], signature='s')},
         [('ReadValue', 'a{sv}', 'ay', CccdReadValue)]),
        (paths['link'], CHAR_IFACE, {
            'UUID': dbus.String(LINK_UUID), 'Service': dbus.ObjectPath(paths['service']),
            'Value': byte_array(b''), 'Notifying': dbus.Boolean(False), 'MTU': mtu,
            'Flags': dbus.Array(['read'], signature='s')},
         [('ReadValue', 'a{sv}', 'ay', LinkReadValue)]),
    ]
    for path, iface, properties, methods in objects:
        manager().AddObject(path, iface, properties, methods)
        manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                             [dbus.ObjectPath(path), {iface: properties}])


def remove_gatt_objects():
    for key, iface in (('cccd', DESC_IFACE), ('link', CHAR_IFACE), ('tx', CHAR_IFACE),
                       ('rx', CHAR_IFACE), ('service', SERVICE_IFACE)):
        path = state['paths'][key]
        if path in mockobject.objects:
            manager().RemoveObject(path)
            manager().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesRemoved', 'oas',
                                 [dbus.ObjectPath(path), [iface]])


def RxWriteValue(characteristic, value, options):
    # A real link cannot carry more than one ATT payload per write: a tool that overruns fails here.
    if len(value) > state['att_payload']:
        raise dbus.exceptions.DBusException(
            f'{len(value)} bytes exceed the ATT payload of {state["att_payload"]}',
            name='org.bluez.Error.InvalidValueLength')
    if state['sock'] is None:
        raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.NotConnected')
    state['connection_writes'] += 1
    if state['connection_writes'] == state['drop_at_write'] or completes_dropped_request(value):
        state['drop_at_write'] = 0
        state['drop_at_request'] = 0
        link_down()  # the chunk never arrives; the tool hears of the lost link before the failed write
        raise dbus.exceptions.DBusException('Not connected', name='org.bluez.Error.NotConnected')
    state['written_chunks'] += 1
    state['sock'].sendall(bytes(value))


def cobs_decode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        code = data[i]
        if code == 0:
            raise ValueError('zero byte inside a COBS frame')
        out += data[i + 1:i + code]
        i += code
        if code < 0xFF and i < len(data):
            out.append(0)
    return bytes(out)


def envelope_fields(message):
    '''The field numbers at the top level of a protobuf message (wire format, no schema needed).'''
    fields = []
    i = 0
    while i < len(message):
        key, i = varint(message, i)
        fields.append(key >> 3)
        wire_type = key & 7
        if wire_type == 0:
            _, i = varint(message, i)
        elif wire_type == 1:
            i += 8
        elif wire_type == 2:
            length, i = varint(message, i)
            i += length
        elif wire_type == 5:
            i += 4
        else:
            raise ValueError(f'wire type {wire_type}')
    return fields


def varint(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, i


def completes_dropped_request(value):
    '''Whether this RX write completes a frame (COBS, CRC-32C, 0x00) carrying the request to drop at.'''
    if not state['drop_at_request']:
        return False
    state['rx_frames'] += bytes(value)
    *frames, state['rx_frames'] = state['rx_frames'].split(b'\x00')
    for frame in frames:
        try:
            if frame and state['drop_at_request'] in envelope_fields(cobs_decode(frame)[:-4]):
                return True
        except (ValueError, IndexError):
            pass
    return False


def NotPermittedRead(characteristic, options):
    raise dbus.exceptions.DBusException('Read not permitted', name='org.bluez.Error.NotPermitted')


def TxStartNotify(characteristic):
    emit_changed(characteristic.path, CHAR_IFACE, {'Notifying': dbus.Boolean(True)})
    mockobject.objects[state['paths']['cccd']].props[DESC_IFACE]['Value'] = byte_array(b'\x01\x00')
    flush_tx()


def TxStopNotify(characteristic):
    emit_changed(characteristic.path, CHAR_IFACE, {'Notifying': dbus.Boolean(False)})
    mockobject.objects[state['paths']['cccd']].props[DESC_IFACE]['Value'] = byte_array(b'\x00\x00')


def CccdReadValue(descriptor, options):
    return descriptor.props[DESC_IFACE]['Value']


def LinkReadValue(characteristic, options):
    # The module reports the ATT payload size it negotiated: uint16, little-endian.
    return byte_array(struct.pack('<H', state['att_payload']))


# ---- Test control --------------------------------------------------------------------------

CONTROL_PATH = '/org/iotpro/mock'
CONTROL_IFACE = 'org.iotpro.MockControl1'


def DropLink(control):
    link_down()


def SetInRange(control, in_range):
    state['in_range'] = bool(in_range)


# ---- Template entry point -----------------------------------------------------------------

def load(mock, parameters):
    state.update({
        'sim': parameters['sim'],
        'address': parameters['address'].upper(),
        'serial': parameters.get('serial', 'IOTPRO-SIM-0001'),
        'rssi': int(parameters.get('rssi', -58)),
        'att_payload': int(parameters.get('att_payload', 244)),
        'in_range': bool(parameters.get('in_range', True)),
        'busy': bool(parameters.get('busy', False)),
        'drop_at_write': int(parameters.get('drop_at_write', 0)), 'connection_writes': 0,
        'drop_at_request': int(parameters.get('drop_at_request', 0)), 'rx_frames': b'',
        'sock': None, 'watch': 0, 'paths': {}, 'pending_tx': b'',
        'written_chunks': 0, 'notified_chunks': 0,
    })
    mock.AddObject(CONTROL_PATH, CONTROL_IFACE, {}, [
        ('DropLink', '', '', DropLink), ('SetInRange', 'b', '', SetInRange)])
    adapter = parameters.get('adapter', 'on')
    mock.AddObject('/org/bluez', 'org.bluez.AgentManager1', {}, [
        ('RegisterAgent', 'os', '', ''), ('UnregisterAgent', 'o', '', ''),
        ('RequestDefaultAgent', 'o', '', '')])
    if adapter == 'none':
        return
    properties = {
        'Address': dbus.String('00:1A:7D:DA:71:13'),
        'AddressType': dbus.String('public'),
        'Name': dbus.String('mock-hci0'),
        'Alias': dbus.String('mock-hci0'),
        'Class': dbus.UInt32(0x10010c),
        'Powered': dbus.Boolean(adapter == 'on'),
        'Discoverable': dbus.Boolean(False),
        'DiscoverableTimeout': dbus.UInt32(180),
        'Pairable': dbus.Boolean(True),
        'PairableTimeout': dbus.UInt32(0),
        'Discovering': dbus.Boolean(False),
        'UUIDs': dbus.Array(['00001800-0000-1000-8000-00805f9b34fb',
                             '00001801-0000-1000-8000-00805f9b34fb'], signature='s'),
        'Modalias': dbus.String('usb:v1D6Bp0246d0542'),
    }
    mock.AddObject(ADAPTER_PATH, ADAPTER_IFACE, properties, [
        ('StartDiscovery', '', '', StartDiscovery),
        ('StopDiscovery', '', '', StopDiscovery),
        ('SetDiscoveryFilter', 'a{sv}', '', SetDiscoveryFilter),
        ('GetDiscoveryFilters', '', 'as', 'ret = ["UUIDs", "RSSI", "Transport", "DuplicateData"]'),
        ('RemoveDevice', 'o', '', RemoveDevice),
    ])
    mock.EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                    [dbus.ObjectPath(ADAPTER_PATH), {ADAPTER_IFACE: properties}])
