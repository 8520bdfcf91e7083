#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace iotpro {
class VirtualModuleLauncher;
}

namespace iotpro::ui {

/// The code printed on the module's label, which pairing needs before anything is written. For
/// the built-in virtual module, whose label is on screen rather than on a box, it says the code
/// and fills it in.
class LabelCodeBox : public QGroupBox
{
    Q_OBJECT

public:
    LabelCodeBox(const VirtualModuleLauncher& virtualModule, QWidget* parent = nullptr);

    /// The code as typed, without surrounding blanks.
    QString code() const;
    /// Says where the code is: on the label, or for the virtual module, which code it has.
    void setVirtualModule(bool virtualModule);
    /// For the virtual module, its code, when the field is empty.
    void fillInVirtualCode();
    void retranslate();
    /// The field, for the tab order of the page around it.
    QLineEdit* field() const { return m_code; }

Q_SIGNALS:
    void codeChanged();

private:
    const VirtualModuleLauncher& m_virtualModule;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_codeHint;
    bool m_virtual = false;
};

} // namespace iotpro::ui
