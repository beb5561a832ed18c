// SPDX-License-Identifier: MIT
#include "numberoption.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace PhoneDesk {

bool readNumberOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        std::fprintf(stderr, "%s: --%s must be a whole number from %lld to %lld, not \"%s\"\n",
                     qUtf8Printable(QFileInfo(QCoreApplication::applicationFilePath()).fileName()), qUtf8Printable(name), static_cast<long long>(min),
                     static_cast<long long>(max), qUtf8Printable(parser.value(name)));
        return false;
    }
    *out = value;
    return true;
}

bool readShareOption(const QCommandLineParser &parser, const QString &name, double *out)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0)) {
        std::fprintf(stderr, "%s: --%s must be a share from 0 to 1 (e.g. 0.2), not \"%s\"\n",
                     qUtf8Printable(QFileInfo(QCoreApplication::applicationFilePath()).fileName()), qUtf8Printable(name),
                     qUtf8Printable(parser.value(name)));
        return false;
    }
    *out = value;
    return true;
}

} // namespace PhoneDesk
