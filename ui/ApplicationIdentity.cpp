#include "ApplicationIdentity.h"

#include <QCoreApplication>

namespace iotpro::ui {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("IoTPro"));
    QCoreApplication::setApplicationName(QStringLiteral("iotpro-commissioner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IOTPRO_VERSION));
}

} // namespace iotpro::ui
