#pragma once

#include "WizardPage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace iotpro::ui {

/// Step 8: Wi-Fi, private LoRaWAN, cellular, how often the module reports, and GPS. Only the
/// options the module has fitted can be switched on. Secrets are typed into masked fields and
/// never shown again: once the module holds one, the page only says that it does.
class NetworkPage : public WizardPage
{
    Q_OBJECT

public:
    NetworkPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

protected:
    void retranslate() override;
    void loadDraft() override;
    void refresh() override;

private:
    QGroupBox* buildWifi();
    QGroupBox* buildLorawan();
    QGroupBox* buildCellular();
    QGroupBox* buildGps();
    /// A masked field for a secret: never echoed, never copied out.
    QLineEdit* newSecretField(const QString& name, QWidget* parent);
    void refreshSecretNotes();
    void refreshStaticIpv4();
    void refreshSubBand();

    QGroupBox* m_wifi;
    QLabel* m_ssidLabel;
    QLineEdit* m_ssid;
    QLabel* m_securityLabel;
    QComboBox* m_security;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_passphraseNote;
    QLabel* m_ipv4Label;
    QComboBox* m_ipv4Mode;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_netmaskLabel;
    QLineEdit* m_netmask;
    QLabel* m_gatewayLabel;
    QLineEdit* m_gateway;
    QLabel* m_dnsLabel;
    QLineEdit* m_dns;

    QGroupBox* m_lorawan;
    QLabel* m_regionLabel;
    QComboBox* m_region;
    QLabel* m_subBandLabel;
    QSpinBox* m_subBand;
    QLabel* m_classLabel;
    QComboBox* m_class;
    QLabel* m_devEuiLabel;
    QLineEdit* m_devEui;
    QLabel* m_joinEuiLabel;
    QLineEdit* m_joinEui;
    QLabel* m_appKeyLabel;
    QLineEdit* m_appKey;
    QLabel* m_appKeyNote;
    QCheckBox* m_adr;

    QGroupBox* m_cellular;
    QLabel* m_apnLabel;
    QLineEdit* m_apn;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_passwordNote;
    QLabel* m_ratLabel;
    QComboBox* m_rat;

    QLabel* m_uplinkLabel;
    QSpinBox* m_uplink;
    QGroupBox* m_gps;
    QLabel* m_fixLabel;
    QSpinBox* m_fix;
};

} // namespace iotpro::ui
