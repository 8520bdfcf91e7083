#pragma once

#include "DeviceConfig.h"
#include "ReadResult.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

namespace iotpro::config {

/// Allowed values from `min` (excluded when `minExclusive`) to `max` (included).
struct Range
{
    double min = 0;
    double max = 0;
    bool minExclusive = false;

    bool contains(double value) const { return (minExclusive ? value > min : value >= min) && value <= max; }

    friend bool operator==(const Range&, const Range&) = default;
};

/// Every limit a configuration is validated against, read from one data table,
/// resources/config/limits.json (its keys in comments below). The table is embedded into
/// iotpro_core as the resource ResourcePath; CMake names its source file in
/// IOTPRO_CONFIG_LIMITS_FILE so the virtual module embeds the same file and checks it with its own
/// code, as firmware would. Correct a limit there, never in code.
struct ConfigLimits
{
    struct Installation
    {
        qsizetype textMaxBytes = 0; ///< text_max_bytes: site, panel, circuit
        qsizetype notesMaxBytes = 0; ///< notes_max_bytes

        friend bool operator==(const Installation&, const Installation&) = default;
    };

    struct Metering
    {
        QMap<Wiring, QList<quint32>> nominalVoltagesV; ///< nominal_voltages_v, per wiring
        QList<quint32> nominalFrequenciesHz; ///< nominal_frequencies_hz
        Range ctRatingA; ///< ct_rating_a
        QList<quint32> standardCtRatingsA; ///< standard_ct_ratings_a: what the tool offers first
        QList<quint32> demandPeriodsS; ///< demand_periods_s

        friend bool operator==(const Metering&, const Metering&) = default;
    };

    struct Inputs
    {
        qsizetype nameMaxBytes = 0; ///< name_max_bytes: input, sensor and analog names
        Range dryContactDebounceMs; ///< dry_contact_debounce_ms
        Range pulseMinWidthMs; ///< pulse_min_width_ms
        Range pulseWeight; ///< pulse_weight
        Range pulseUnitBytes; ///< pulse_unit_bytes
        Range ds18b20SensorsPerInput; ///< ds18b20_sensors_per_input
        Range analogInputV; ///< analog_input_v
        Range analogUnitBytes; ///< analog_unit_bytes

        friend bool operator==(const Inputs&, const Inputs&) = default;
    };

    struct Network
    {
        Range wifiSsidBytes; ///< wifi_ssid_bytes
        Range wifiPassphraseChars; ///< wifi_passphrase_chars
        qsizetype wifiRawPskHexDigits = 0; ///< wifi_raw_psk_hex_digits (WPA2 only)
        qsizetype lorawanEuiHexDigits = 0; ///< lorawan_eui_hex_digits
        qsizetype lorawanAppKeyHexDigits = 0; ///< lorawan_app_key_hex_digits
        QList<LorawanRegion> regionsWithSubBands; ///< lorawan_sub_bands.regions
        Range lorawanSubBand; ///< lorawan_sub_bands.min, .max
        Range cellularApnBytes; ///< cellular_apn_bytes
        Range cellularUserBytes; ///< cellular_user_bytes
        Range cellularPasswordBytes; ///< cellular_password_bytes
        Range uplinkIntervalS; ///< uplink_interval_s

        friend bool operator==(const Network&, const Network&) = default;
    };

    struct Gps
    {
        Range fixIntervalS; ///< fix_interval_s

        friend bool operator==(const Gps&, const Gps&) = default;
    };

    Installation installation;
    Metering metering;
    Inputs inputs;
    Network network;
    Gps gps;

    /// The version of the table's layout this code reads (the table's "format_version").
    static constexpr int FormatVersion = 1;
    /// Where the table is embedded.
    static constexpr QStringView ResourcePath = u":/iotpro/config/limits.json";

    /// The embedded table. A table that does not load is a defect of the build (the tests load it),
    /// so this aborts with the reason rather than validate against made-up limits.
    static ConfigLimits builtIn();

    /// The limits in a table (limits.json layout), or the first entry that is missing or wrong,
    /// named by its path in the table ("network.wifi_ssid_bytes.max").
    static ReadResult<ConfigLimits> fromJson(QByteArrayView json);

    friend bool operator==(const ConfigLimits&, const ConfigLimits&) = default;
};

} // namespace iotpro::config
