// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QTextStream>
#include <QThread>
#include <QtGlobal>

#include <algorithm>

// Small helpers of phonedesk-bench: medians, the process's memory, the machine.
namespace BenchStats {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// A field of /proc/self/status in MiB ("VmRSS", "VmHWM"); 0 where /proc is missing.
inline double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// The load average of the last minute: how busy the shared machine was while measuring.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').constFirst());
}

// One figure per line, "name: value", so that scripts can pick them up.
inline void print(const QString &name, double value, int decimals = 1)
{
    QTextStream out(stdout);
    out << name << ": " << QString::number(value, 'f', decimals) << Qt::endl;
}

inline void printText(const QString &name, const QString &value)
{
    QTextStream out(stdout);
    out << name << ": " << value << Qt::endl;
}

} // namespace BenchStats
