#include "NetworkPage.h"

#include "FormRows.h"
#include "commissioning/CommissioningSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotpro::ui {

using config::LorawanRegion;

namespace {

constexpr std::pair<LorawanRegion, const char*> kRegions[] = {
    { LorawanRegion::Eu868, "EU868" },
    { LorawanRegion::Us915, "US915" },
    { LorawanRegion::Au915, "AU915" },
    { LorawanRegion::As923_1, "AS923-1" },
    { LorawanRegion::As923_2, "AS923-2" },
    { LorawanRegion::As923_3, "AS923-3" },
    { LorawanRegion::As923_4, "AS923-4" },
    { LorawanRegion::In865, "IN865" },
    { LorawanRegion::Kr920, "KR920" },
};
constexpr config::WifiSecurity kSecurities[] = { config::WifiSecurity::Wpa2Psk, config::WifiSecurity::Wpa3Sae };
constexpr config::Ipv4Mode kIpv4Modes[] = { config::Ipv4Mode::Dhcp, config::Ipv4Mode::Static };
constexpr config::LorawanClass kClasses[] = { config::LorawanClass::A, config::LorawanClass::C };
constexpr config::CellularRat kRats[] = { config::CellularRat::LteM, config::CellularRat::NbIot };

template <typename T, std::size_t N> int indexIn(const T (&values)[N], T value)
{
    return int(std::find(std::begin(values), std::end(values), value) - std::begin(values));
}

int regionIndex(LorawanRegion region)
{
    for (std::size_t i = 0; i < std::size(kRegions); ++i) {
        if (kRegions[i].first == region)
            return static_cast<int>(i);
    }
    return -1;
}

void setTextIfChanged(QLineEdit& field, const QString& text)
{
    if (field.text() != text)
        field.setText(text);
}

} // namespace

NetworkPage::NetworkPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Network, services, parent)
{
    auto* content = new QWidget;
    m_wifi = buildWifi();
    m_lorawan = buildLorawan();
    m_cellular = buildCellular();
    m_gps = buildGps();
    for (QGroupBox* group : { m_wifi, m_lorawan, m_cellular, m_gps })
        group->setParent(content);
    m_uplinkLabel = new QLabel(content);
    m_uplink = new QSpinBox(content);
    m_uplink->setObjectName(QStringLiteral("uplinkIntervalSpin"));
    const config::Range& uplink = m_services.session.limits().network.uplinkIntervalS;
    m_uplink->setRange(static_cast<int>(uplink.min), static_cast<int>(uplink.max));
    m_uplink->setSingleStep(60);
    m_uplinkLabel->setBuddy(m_uplink);
    auto* uplinkRow = new QFormLayout;
    uplinkRow->addRow(m_uplinkLabel,
        fieldWithIssue(m_uplink, m_issues.add(u"network.uplink_interval_s"_qs, content)));

    auto* grid = new QGridLayout(content);
    grid->addWidget(m_wifi, 0, 0);
    grid->addWidget(m_lorawan, 0, 1);
    grid->addWidget(m_cellular, 1, 0);
    auto* right = new QVBoxLayout;
    right->addLayout(uplinkRow);
    right->addWidget(m_gps);
    right->addStretch(1);
    grid->addLayout(right, 1, 1);
    grid->addWidget(m_issues.addForPage(content), 2, 0, 1, 2);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    setTabOrderChain({ m_wifi, m_ssid, m_security, m_passphrase, m_ipv4Mode, m_address, m_netmask, m_gateway, m_dns,
        m_lorawan, m_region, m_subBand, m_class, m_devEui, m_joinEui, m_appKey, m_adr, m_cellular, m_apn, m_user,
        m_password, m_rat, m_uplink, m_gps, m_fix });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_uplink, &QSpinBox::valueChanged, this, [this](int seconds) {
        edit([&](config::DeviceConfig& c) { c.network.uplinkIntervalS = static_cast<quint32>(seconds); });
    });
    retranslate();
}

QLineEdit* NetworkPage::newSecretField(const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    // Masked always: no "show" switch, so a secret never appears on screen or in a screenshot.
    field->setEchoMode(QLineEdit::Password);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    return field;
}

QGroupBox* NetworkPage::buildWifi()
{
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("wifiGroup"));
    group->setCheckable(true);
    m_ssidLabel = new QLabel(group);
    m_ssid = new QLineEdit(group);
    m_ssid->setObjectName(QStringLiteral("wifiSsid"));
    m_securityLabel = new QLabel(group);
    m_security = new QComboBox(group);
    m_security->setObjectName(QStringLiteral("wifiSecurity"));
    m_security->addItems({ QStringLiteral("WPA2-PSK"), QStringLiteral("WPA3-SAE") });
    m_passphraseLabel = new QLabel(group);
    m_passphrase = newSecretField(u"wifiPassphrase"_qs, group);
    m_passphraseNote = newHint(group);
    m_passphraseNote->setObjectName(QStringLiteral("wifiPassphraseNote"));
    m_ipv4Label = new QLabel(group);
    m_ipv4Mode = new QComboBox(group);
    m_ipv4Mode->setObjectName(QStringLiteral("wifiIpv4Mode"));
    m_ipv4Mode->addItems({ QString(), QString() });
    m_addressLabel = new QLabel(group);
    m_address = new QLineEdit(group);
    m_address->setObjectName(QStringLiteral("wifiAddress"));
    m_netmaskLabel = new QLabel(group);
    m_netmask = new QLineEdit(group);
    m_netmask->setObjectName(QStringLiteral("wifiNetmask"));
    m_gatewayLabel = new QLabel(group);
    m_gateway = new QLineEdit(group);
    m_gateway->setObjectName(QStringLiteral("wifiGateway"));
    m_dnsLabel = new QLabel(group);
    m_dns = new QLineEdit(group);
    m_dns->setObjectName(QStringLiteral("wifiDns"));
    for (auto [label, field] : { std::pair<QLabel*, QWidget*> { m_ssidLabel, m_ssid }, { m_securityLabel, m_security },
             { m_passphraseLabel, m_passphrase }, { m_ipv4Label, m_ipv4Mode }, { m_addressLabel, m_address },
             { m_netmaskLabel, m_netmask }, { m_gatewayLabel, m_gateway }, { m_dnsLabel, m_dns } })
        label->setBuddy(field);

    auto* passphraseBox = new QWidget(group);
    auto* passphraseColumn = new QVBoxLayout(passphraseBox);
    passphraseColumn->setContentsMargins(0, 0, 0, 0);
    passphraseColumn->setSpacing(2);
    m_passphrase->setParent(passphraseBox);
    m_passphraseNote->setParent(passphraseBox);
    passphraseColumn->addWidget(m_passphrase);
    passphraseColumn->addWidget(m_passphraseNote);
    passphraseColumn->addWidget(m_issues.add(u"network.wifi.passphrase"_qs, passphraseBox));

    auto* form = new QFormLayout(group);
    form->addRow(m_issues.add(u"network.wifi.enabled"_qs, group));
    form->addRow(m_ssidLabel, fieldWithIssue(m_ssid, m_issues.add(u"network.wifi.ssid"_qs, group)));
    form->addRow(m_securityLabel, m_security);
    form->addRow(m_passphraseLabel, passphraseBox);
    form->addRow(m_ipv4Label, m_ipv4Mode);
    form->addRow(m_addressLabel, fieldWithIssue(m_address, m_issues.add(u"network.wifi.ipv4.address"_qs, group)));
    form->addRow(m_netmaskLabel, fieldWithIssue(m_netmask, m_issues.add(u"network.wifi.ipv4.netmask"_qs, group)));
    form->addRow(m_gatewayLabel, fieldWithIssue(m_gateway, m_issues.add(u"network.wifi.ipv4.gateway"_qs, group)));
    form->addRow(m_dnsLabel, fieldWithIssue(m_dns, m_issues.add(u"network.wifi.ipv4.dns"_qs, group)));

    using Wifi = config::WifiConfig;
    const auto wifiEdit = [this](const std::function<void(Wifi&)>& change) {
        edit([&](config::DeviceConfig& c) { change(c.network.wifi); });
    };
    connect(group, &QGroupBox::toggled, this, [wifiEdit](bool on) { wifiEdit([&](Wifi& w) { w.enabled = on; }); });
    connect(m_ssid, &QLineEdit::textEdited, this,
        [wifiEdit](const QString& text) { wifiEdit([&](Wifi& w) { w.ssid = text; }); });
    connect(m_security, &QComboBox::activated, this,
        [wifiEdit](int chosen) { wifiEdit([&](Wifi& w) { w.security = kSecurities[chosen]; }); });
    connect(m_passphrase, &QLineEdit::textEdited, this, [this, wifiEdit](const QString& text) {
        wifiEdit([&](Wifi& w) { w.passphrase = text; });
        refreshSecretNotes();
    });
    connect(m_ipv4Mode, &QComboBox::activated, this, [this, wifiEdit](int chosen) {
        wifiEdit([&](Wifi& w) { w.ipv4.mode = kIpv4Modes[chosen]; });
        refreshStaticIpv4();
    });
    const auto ipv4Text = [this, wifiEdit](QLineEdit* field, QString config::Ipv4Config::*member) {
        connect(field, &QLineEdit::textEdited, this, [wifiEdit, member](const QString& text) {
            wifiEdit([&](Wifi& w) { w.ipv4.*member = text.trimmed(); });
        });
    };
    ipv4Text(m_address, &config::Ipv4Config::address);
    ipv4Text(m_netmask, &config::Ipv4Config::netmask);
    ipv4Text(m_gateway, &config::Ipv4Config::gateway);
    ipv4Text(m_dns, &config::Ipv4Config::dns);
    return group;
}

QGroupBox* NetworkPage::buildLorawan()
{
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("lorawanGroup"));
    group->setCheckable(true);
    m_regionLabel = new QLabel(group);
    m_region = new QComboBox(group);
    m_region->setObjectName(QStringLiteral("lorawanRegion"));
    for (const auto& region : kRegions)
        m_region->addItem(QLatin1StringView(region.second));
    m_subBandLabel = new QLabel(group);
    m_subBand = new QSpinBox(group);
    m_subBand->setObjectName(QStringLiteral("lorawanSubBand"));
    m_subBand->setRange(0, static_cast<int>(m_services.session.limits().network.lorawanSubBand.max));
    m_classLabel = new QLabel(group);
    m_class = new QComboBox(group);
    m_class->setObjectName(QStringLiteral("lorawanClass"));
    m_class->addItems({ QString(), QString() });
    m_devEuiLabel = new QLabel(group);
    m_devEui = new QLineEdit(group);
    m_devEui->setObjectName(QStringLiteral("lorawanDevEui"));
    m_joinEuiLabel = new QLabel(group);
    m_joinEui = new QLineEdit(group);
    m_joinEui->setObjectName(QStringLiteral("lorawanJoinEui"));
    m_appKeyLabel = new QLabel(group);
    m_appKey = newSecretField(u"lorawanAppKey"_qs, group);
    m_appKeyNote = newHint(group);
    m_appKeyNote->setObjectName(QStringLiteral("lorawanAppKeyNote"));
    m_adr = new QCheckBox(group);
    m_adr->setObjectName(QStringLiteral("lorawanAdr"));
    for (auto [label, field] : { std::pair<QLabel*, QWidget*> { m_regionLabel, m_region }, { m_subBandLabel, m_subBand },
             { m_classLabel, m_class }, { m_devEuiLabel, m_devEui }, { m_joinEuiLabel, m_joinEui },
             { m_appKeyLabel, m_appKey } })
        label->setBuddy(field);
    // The EUIs and the key are hex: a fixed-width font makes a missing digit visible.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_devEui->setFont(fixed);
    m_joinEui->setFont(fixed);

    auto* appKeyBox = new QWidget(group);
    auto* appKeyColumn = new QVBoxLayout(appKeyBox);
    appKeyColumn->setContentsMargins(0, 0, 0, 0);
    appKeyColumn->setSpacing(2);
    m_appKey->setParent(appKeyBox);
    m_appKeyNote->setParent(appKeyBox);
    appKeyColumn->addWidget(m_appKey);
    appKeyColumn->addWidget(m_appKeyNote);
    appKeyColumn->addWidget(m_issues.add(u"network.lorawan.app_key"_qs, appKeyBox));

    auto* form = new QFormLayout(group);
    form->addRow(m_issues.add(u"network.lorawan.enabled"_qs, group));
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_subBandLabel, fieldWithIssue(m_subBand, m_issues.add(u"network.lorawan.sub_band"_qs, group)));
    form->addRow(m_classLabel, m_class);
    form->addRow(m_devEuiLabel, fieldWithIssue(m_devEui, m_issues.add(u"network.lorawan.dev_eui"_qs, group)));
    form->addRow(m_joinEuiLabel, fieldWithIssue(m_joinEui, m_issues.add(u"network.lorawan.join_eui"_qs, group)));
    form->addRow(m_appKeyLabel, appKeyBox);
    form->addRow(m_adr);

    using Lorawan = config::LorawanConfig;
    const auto loraEdit = [this](const std::function<void(Lorawan&)>& change) {
        edit([&](config::DeviceConfig& c) { change(c.network.lorawan); });
    };
    connect(group, &QGroupBox::toggled, this, [loraEdit](bool on) { loraEdit([&](Lorawan& l) { l.enabled = on; }); });
    connect(m_region, &QComboBox::activated, this, [this, loraEdit](int chosen) {
        const LorawanRegion region = kRegions[chosen].first;
        const bool hasSubBands = m_services.session.limits().network.regionsWithSubBands.contains(region);
        // A sub-band only exists in some regions: 0 where there are none, the first one where there are.
        loraEdit([&](Lorawan& l) {
            l.region = region;
            if (!hasSubBands)
                l.subBand = 0;
            else if (l.subBand == 0)
                l.subBand = 1;
        });
        reload();
    });
    connect(m_subBand, &QSpinBox::valueChanged, this,
        [loraEdit](int band) { loraEdit([&](Lorawan& l) { l.subBand = static_cast<quint32>(band); }); });
    connect(m_class, &QComboBox::activated, this,
        [loraEdit](int chosen) { loraEdit([&](Lorawan& l) { l.deviceClass = kClasses[chosen]; }); });
    connect(m_devEui, &QLineEdit::textEdited, this,
        [loraEdit](const QString& text) { loraEdit([&](Lorawan& l) { l.devEui = text.trimmed(); }); });
    connect(m_joinEui, &QLineEdit::textEdited, this,
        [loraEdit](const QString& text) { loraEdit([&](Lorawan& l) { l.joinEui = text.trimmed(); }); });
    connect(m_appKey, &QLineEdit::textEdited, this, [this, loraEdit](const QString& text) {
        loraEdit([&](Lorawan& l) { l.appKey = text.trimmed(); });
        refreshSecretNotes();
    });
    connect(m_adr, &QCheckBox::toggled, this, [loraEdit](bool on) { loraEdit([&](Lorawan& l) { l.adr = on; }); });
    return group;
}

QGroupBox* NetworkPage::buildCellular()
{
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("cellularGroup"));
    group->setCheckable(true);
    m_apnLabel = new QLabel(group);
    m_apn = new QLineEdit(group);
    m_apn->setObjectName(QStringLiteral("cellularApn"));
    m_userLabel = new QLabel(group);
    m_user = new QLineEdit(group);
    m_user->setObjectName(QStringLiteral("cellularUser"));
    m_passwordLabel = new QLabel(group);
    m_password = newSecretField(u"cellularPassword"_qs, group);
    m_passwordNote = newHint(group);
    m_passwordNote->setObjectName(QStringLiteral("cellularPasswordNote"));
    m_ratLabel = new QLabel(group);
    m_rat = new QComboBox(group);
    m_rat->setObjectName(QStringLiteral("cellularRat"));
    m_rat->addItems({ QStringLiteral("LTE-M"), QStringLiteral("NB-IoT") });
    for (auto [label, field] : { std::pair<QLabel*, QWidget*> { m_apnLabel, m_apn }, { m_userLabel, m_user },
             { m_passwordLabel, m_password }, { m_ratLabel, m_rat } })
        label->setBuddy(field);

    auto* passwordBox = new QWidget(group);
    auto* passwordColumn = new QVBoxLayout(passwordBox);
    passwordColumn->setContentsMargins(0, 0, 0, 0);
    passwordColumn->setSpacing(2);
    m_password->setParent(passwordBox);
    m_passwordNote->setParent(passwordBox);
    passwordColumn->addWidget(m_password);
    passwordColumn->addWidget(m_passwordNote);
    passwordColumn->addWidget(m_issues.add(u"network.cellular.password"_qs, passwordBox));

    auto* form = new QFormLayout(group);
    form->addRow(m_issues.add(u"network.cellular.enabled"_qs, group));
    form->addRow(m_apnLabel, fieldWithIssue(m_apn, m_issues.add(u"network.cellular.apn"_qs, group)));
    form->addRow(m_userLabel, fieldWithIssue(m_user, m_issues.add(u"network.cellular.user"_qs, group)));
    form->addRow(m_passwordLabel, passwordBox);
    form->addRow(m_ratLabel, m_rat);

    using Cellular = config::CellularConfig;
    const auto cellEdit = [this](const std::function<void(Cellular&)>& change) {
        edit([&](config::DeviceConfig& c) { change(c.network.cellular); });
    };
    connect(group, &QGroupBox::toggled, this, [cellEdit](bool on) { cellEdit([&](Cellular& c) { c.enabled = on; }); });
    connect(m_apn, &QLineEdit::textEdited, this,
        [cellEdit](const QString& text) { cellEdit([&](Cellular& c) { c.apn = text.trimmed(); }); });
    connect(m_user, &QLineEdit::textEdited, this,
        [cellEdit](const QString& text) { cellEdit([&](Cellular& c) { c.user = text; }); });
    connect(m_password, &QLineEdit::textEdited, this, [this, cellEdit](const QString& text) {
        cellEdit([&](Cellular& c) { c.password = text; });
        refreshSecretNotes();
    });
    connect(m_rat, &QComboBox::activated, this,
        [cellEdit](int chosen) { cellEdit([&](Cellular& c) { c.rat = kRats[chosen]; }); });
    return group;
}

QGroupBox* NetworkPage::buildGps()
{
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("gpsGroup"));
    group->setCheckable(true);
    m_fixLabel = new QLabel(group);
    m_fix = new QSpinBox(group);
    m_fix->setObjectName(QStringLiteral("gpsFixInterval"));
    const config::Range& fix = m_services.session.limits().gps.fixIntervalS;
    m_fix->setRange(static_cast<int>(fix.min), static_cast<int>(fix.max));
    m_fix->setSingleStep(60);
    m_fixLabel->setBuddy(m_fix);
    auto* form = new QFormLayout(group);
    form->addRow(m_issues.add(u"gps.enabled"_qs, group));
    form->addRow(m_fixLabel, fieldWithIssue(m_fix, m_issues.add(u"gps.fix_interval_s"_qs, group)));
    connect(group, &QGroupBox::toggled, this,
        [this](bool on) { edit([&](config::DeviceConfig& c) { c.gps.enabled = on; }); });
    connect(m_fix, &QSpinBox::valueChanged, this, [this](int seconds) {
        edit([&](config::DeviceConfig& c) { c.gps.fixIntervalS = static_cast<quint32>(seconds); });
    });
    return group;
}

QString NetworkPage::title() const
{
    return tr("Network and GPS");
}

QString NetworkPage::instructions() const
{
    return tr("How the module sends its readings. Only the options fitted on this module can be switched on. "
              "Passphrases and keys stay hidden, here and everywhere else.");
}

void NetworkPage::retranslate()
{
    m_ssidLabel->setText(tr("Network name (SSID):"));
    m_securityLabel->setText(tr("Security:"));
    m_passphraseLabel->setText(tr("Passphrase:"));
    m_ipv4Label->setText(tr("Address:"));
    m_ipv4Mode->setItemText(0, tr("Automatic (DHCP)"));
    m_ipv4Mode->setItemText(1, tr("Fixed (static)"));
    m_addressLabel->setText(tr("IP address:"));
    m_netmaskLabel->setText(tr("Subnet mask:"));
    m_gatewayLabel->setText(tr("Gateway:"));
    m_dnsLabel->setText(tr("DNS server:"));
    m_regionLabel->setText(tr("Region:"));
    m_subBandLabel->setText(tr("Sub-band:"));
    m_classLabel->setText(tr("Class:"));
    m_class->setItemText(0, tr("A (battery-friendly, the usual)"));
    m_class->setItemText(1, tr("C (always listening)"));
    m_devEuiLabel->setText(tr("DevEUI:"));
    m_devEui->setPlaceholderText(tr("16 hex digits, on the module's label"));
    m_joinEuiLabel->setText(tr("JoinEUI:"));
    m_joinEui->setPlaceholderText(tr("16 hex digits, from the network server"));
    m_appKeyLabel->setText(tr("AppKey:"));
    m_adr->setText(tr("Adaptive data rate (ADR)"));
    m_apnLabel->setText(tr("APN:"));
    m_userLabel->setText(tr("User (if any):"));
    m_passwordLabel->setText(tr("Password (if any):"));
    m_ratLabel->setText(tr("Radio:"));
    m_uplinkLabel->setText(tr("&Uplink: report every"));
    m_uplink->setSuffix(tr(" s"));
    m_fixLabel->setText(tr("Position fix every:"));
    m_fix->setSuffix(tr(" s"));
    refresh();
}

void NetworkPage::loadDraft()
{
    const config::NetworkConfig& network = draft().network;
    m_wifi->setChecked(network.wifi.enabled);
    setTextIfChanged(*m_ssid, network.wifi.ssid);
    m_security->setCurrentIndex(indexIn(kSecurities, network.wifi.security));
    setTextIfChanged(*m_passphrase, network.wifi.passphrase);
    m_ipv4Mode->setCurrentIndex(indexIn(kIpv4Modes, network.wifi.ipv4.mode));
    setTextIfChanged(*m_address, network.wifi.ipv4.address);
    setTextIfChanged(*m_netmask, network.wifi.ipv4.netmask);
    setTextIfChanged(*m_gateway, network.wifi.ipv4.gateway);
    setTextIfChanged(*m_dns, network.wifi.ipv4.dns);

    m_lorawan->setChecked(network.lorawan.enabled);
    m_region->setCurrentIndex(regionIndex(network.lorawan.region));
    m_subBand->setValue(static_cast<int>(network.lorawan.subBand));
    m_class->setCurrentIndex(indexIn(kClasses, network.lorawan.deviceClass));
    setTextIfChanged(*m_devEui, network.lorawan.devEui);
    setTextIfChanged(*m_joinEui, network.lorawan.joinEui);
    setTextIfChanged(*m_appKey, network.lorawan.appKey);
    m_adr->setChecked(network.lorawan.adr);

    m_cellular->setChecked(network.cellular.enabled);
    setTextIfChanged(*m_apn, network.cellular.apn);
    setTextIfChanged(*m_user, network.cellular.user);
    setTextIfChanged(*m_password, network.cellular.password);
    m_rat->setCurrentIndex(indexIn(kRats, network.cellular.rat));

    m_uplink->setValue(static_cast<int>(network.uplinkIntervalS));
    m_gps->setChecked(draft().gps.enabled);
    m_fix->setValue(static_cast<int>(draft().gps.fixIntervalS));
    refreshStaticIpv4();
    refreshSubBand();
    refreshSecretNotes();
}

void NetworkPage::refresh()
{
    const std::optional<DeviceInfo>& module = m_services.session.module();
    const DeviceInfo::Options fitted = module ? module->options : DeviceInfo::Options {};
    // An option the module lacks cannot be switched on; one switched on anyway (an old
    // configuration) stays switchable off, and the validator says why.
    const auto title = [this](QGroupBox* group, const QString& name, bool isFitted) {
        group->setTitle(isFitted ? name : tr("%1 — not fitted on this module").arg(name));
        group->setEnabled(isFitted || group->isChecked());
    };
    title(m_wifi, tr("Wi-F&i"), fitted.wifi);
    title(m_lorawan, tr("Lo&RaWAN (private network)"), fitted.lorawan);
    title(m_cellular, tr("C&ellular (public network)"), fitted.cellular);
    title(m_gps, tr("&GPS"), fitted.gps);
    refreshSecretNotes();
}

void NetworkPage::refreshSecretNotes()
{
    const std::optional<ConfigState>& state = m_services.session.moduleState();
    const config::NetworkConfig* stored = state ? &state->config.network : nullptr;
    const auto note = [this](QLabel* label, const QLineEdit* field, bool isStored, const QString& storedText,
                          const QString& missingText) {
        QString text;
        if (!field->text().isEmpty())
            text = tr("The new value replaces the one on the module when you write the configuration.");
        else if (isStored)
            text = storedText;
        else
            text = missingText;
        label->setText(text);
    };
    note(m_passphraseNote, m_passphrase, stored && stored->wifi.passphraseSet,
        tr("A passphrase is stored on the module. Leave the field empty to keep it."),
        tr("No passphrase is stored on the module yet."));
    note(m_appKeyNote, m_appKey, stored && stored->lorawan.appKeySet,
        tr("An AppKey is stored on the module. Leave the field empty to keep it."),
        tr("No AppKey is stored on the module yet."));
    note(m_passwordNote, m_password, stored && stored->cellular.passwordSet,
        tr("A password is stored on the module. Leave the field empty to keep it."),
        tr("No password is stored on the module; leave it empty if the APN needs none."));
}

void NetworkPage::refreshStaticIpv4()
{
    const bool isStatic = kIpv4Modes[std::max(0, m_ipv4Mode->currentIndex())] == config::Ipv4Mode::Static;
    for (QWidget* field : { static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_netmask),
             static_cast<QWidget*>(m_gateway), static_cast<QWidget*>(m_dns) })
        field->setEnabled(isStatic);
}

void NetworkPage::refreshSubBand()
{
    const bool hasSubBands = m_services.session.limits().network.regionsWithSubBands.contains(draft().network.lorawan.region);
    m_subBand->setEnabled(hasSubBands);
    m_subBand->setSpecialValueText(hasSubBands ? QString() : tr("none in this region"));
}

} // namespace iotpro::ui
