#!/usr/bin/python3
'''CTest fixture for the `ble` tests: a private D-Bus system bus with a mock BlueZ on it.

  ble_fixture.py start DIR --sim PATH --cli PATH [--sim-arg ARG ...] [--param KEY=VALUE ...]
                         [--deny-bluetooth]
      starts, in DIR: a dbus-daemon of type "system" listening on DIR/system_bus_socket,
      `iotpro-sim --tcp 0` with its state in DIR/sim-state, and python-dbusmock serving
      org.bluez from the template bluez_iotpro.py (beside this script), bridged to the sim.
      The mock advertises the address the sim reports as its own (DeviceInfo.ble, read over
      TCP with `iotpro-cli info`), written to DIR/module-address for the test.
      Returns once org.bluez is on the bus; the processes keep running.
  ble_fixture.py stop DIR
      ends the processes that `start` recorded in DIR/pids.

Tests reach the bus through DBUS_SYSTEM_BUS_ADDRESS=unix:path=DIR/system_bus_socket.
'''

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import dbus

HERE = os.path.dirname(os.path.abspath(__file__))
BUS_CONFIG = '''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>{deny}
</busconfig>
'''


# A user without the right to use Bluetooth: the system bus refuses their calls to bluetoothd.
DENY_BLUETOOTH = '''
  <policy context="mandatory">
    <deny send_destination="org.bluez" send_type="method_call"/>
  </policy>'''


def wait_for(what, predicate, timeout_s=10.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.05)
    sys.exit(f'ble fixture: {what} did not happen within {timeout_s} s')


def spawn(pids_file, args, **kwargs):
    process = subprocess.Popen(args, stdin=subprocess.DEVNULL, start_new_session=True, **kwargs)
    with open(pids_file, 'a', encoding='utf-8') as pids:
        pids.write(f'{process.pid}\n')
    return process


def sim_address(out_path):
    try:
        with open(out_path, encoding='utf-8') as out:
            line = out.readline().strip()
    except FileNotFoundError:
        return None
    return line[len('tcp:'):] if line.startswith('tcp:') else None


def bluez_on_bus(address):
    try:
        bus = dbus.bus.BusConnection(address)
        owned = bus.name_has_owner('org.bluez')
        bus.close()
        return owned
    except dbus.exceptions.DBusException:
        return False


def module_ble_address(cli, sim_endpoint):
    run = subprocess.run([cli, '--device', 'tcp:' + sim_endpoint, 'info', '--json'], capture_output=True,
                         text=True, timeout=15, check=False)
    if run.returncode != 0:
        sys.exit(f'ble fixture: iotpro-cli info over TCP failed: {run.stderr.strip()}')
    return json.loads(run.stdout)['ble']['address']


def start(directory, sim, cli, sim_args, params, deny_bluetooth):
    stop(directory)
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    pids_file = os.path.join(directory, 'pids')
    socket_path = os.path.join(directory, 'system_bus_socket')
    config = os.path.join(directory, 'bus.conf')
    with open(config, 'w', encoding='utf-8') as out:
        out.write(BUS_CONFIG.format(socket=socket_path, deny=DENY_BLUETOOTH if deny_bluetooth else ''))
    address = f'unix:path={socket_path}'

    with open(os.path.join(directory, 'dbus.log'), 'w', encoding='utf-8') as log:
        spawn(pids_file, ['dbus-daemon', '--nofork', '--nopidfile', f'--config-file={config}'],
              stdout=log, stderr=subprocess.STDOUT)
    wait_for('the private bus socket', lambda: os.path.exists(socket_path))

    sim_out = os.path.join(directory, 'sim.out')
    with open(sim_out, 'w', encoding='utf-8') as out, \
            open(os.path.join(directory, 'sim.err'), 'w', encoding='utf-8') as err:
        serial_args = ['--serial', params['serial']] if 'serial' in params else []
        spawn(pids_file, [sim, '--tcp', '0', '--state-dir', os.path.join(directory, 'sim-state')]
              + serial_args + sim_args, stdout=out, stderr=err)
    params['sim'] = wait_for('iotpro-sim printing its address', lambda: sim_address(sim_out))
    params['address'] = module_ble_address(cli, params['sim'])
    with open(os.path.join(directory, 'module-address'), 'w', encoding='utf-8') as out:
        out.write(params['address'])

    env = dict(os.environ, DBUS_SYSTEM_BUS_ADDRESS=address, PYTHONPATH=HERE)
    with open(os.path.join(directory, 'mock.log'), 'w', encoding='utf-8') as log:
        spawn(pids_file, [sys.executable, '-m', 'dbusmock', '--system', '--template',
                          os.path.join(HERE, 'bluez_iotpro.py'), '-p', json.dumps(params)],
              env=env, stdout=log, stderr=subprocess.STDOUT)
    wait_for('the mock BlueZ owning org.bluez', lambda: bluez_on_bus(address))


def stop(directory):
    pids_file = os.path.join(directory, 'pids')
    if not os.path.exists(pids_file):
        return
    with open(pids_file, encoding='utf-8') as pids:
        recorded = [int(line) for line in pids if line.strip()]
    for pid in reversed(recorded):
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    os.remove(pids_file)


def parameter(text):
    key, _, value = text.partition('=')
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('command', choices=['start', 'stop'])
    parser.add_argument('directory')
    parser.add_argument('--sim', help='path of iotpro-sim')
    parser.add_argument('--cli', help='path of iotpro-cli (asks the sim for its BLE address)')
    parser.add_argument('--sim-arg', action='append', default=[], help='one more argument for iotpro-sim')
    parser.add_argument('--deny-bluetooth', action='store_true',
                        help='the bus refuses method calls to org.bluez (no permission)')
    parser.add_argument('--param', action='append', default=[], type=parameter,
                        help='a template parameter KEY=VALUE (VALUE as JSON, else a string)')
    args = parser.parse_args()
    if args.command == 'start':
        if not args.sim or not args.cli:
            parser.error('start needs --sim and --cli')
        start(args.directory, args.sim, args.cli, args.sim_arg, dict(args.param), args.deny_bluetooth)
    else:
        stop(args.directory)


if __name__ == '__main__':
    main()
