#include "LabelCodeBox.h"

#include "FormRows.h"
#include "device/VirtualModuleLauncher.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace iotpro::ui {

LabelCodeBox::LabelCodeBox(const VirtualModuleLauncher& virtualModule, QWidget* parent)
    : QGroupBox(parent)
    , m_virtualModule(virtualModule)
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_codeHint(newHint(this))
{
    setObjectName(QStringLiteral("labelCodeBox"));
    m_code->setObjectName(QStringLiteral("labelCodeEdit"));
    m_codeLabel->setBuddy(m_code);
    auto* form = new QFormLayout(this);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_codeHint);
    connect(m_code, &QLineEdit::textChanged, this, &LabelCodeBox::codeChanged);
    retranslate();
}

QString LabelCodeBox::code() const
{
    return m_code->text().trimmed();
}

void LabelCodeBox::setVirtualModule(bool virtualModule)
{
    m_virtual = virtualModule;
    retranslate();
}

void LabelCodeBox::fillInVirtualCode()
{
    if (m_virtual && m_code->text().isEmpty())
        m_code->setText(m_virtualModule.labelCode());
}

void LabelCodeBox::retranslate()
{
    setTitle(tr("Code on the module's label"));
    m_codeLabel->setText(tr("Lab&el code:"));
    m_code->setPlaceholderText(tr("e.g. 7391-2204"));
    m_codeHint->setText(m_virtual
            ? tr("The virtual module's label code is %1.").arg(m_virtualModule.labelCode())
            : tr("Printed on the module's label, next to the serial number. Wrong codes lock pairing for a while."));
}

} // namespace iotpro::ui
