// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace PhoneDesk {

// Reads a whole-number option within bounds; otherwise says on stderr, under the program's file name,
// what is wrong with it and returns false. Shared by the programs' main().
bool readNumberOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *out);

// Reads a share from 0 to 1 (a rate such as 0.2), with the same kind of message when it is not one.
bool readShareOption(const QCommandLineParser &parser, const QString &name, double *out);

} // namespace PhoneDesk
