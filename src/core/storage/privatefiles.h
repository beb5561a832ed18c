// SPDX-License-Identifier: MIT
#pragma once

#include <QFileDevice>
#include <QString>
#include <QStringList>

class QSaveFile;

namespace PhoneDesk {

// What making files and folders private came to: the paths whose modes had to be narrowed (they
// were open to other accounts on the computer), and why it failed when it did.
struct PrivateOutcome
{
    QStringList tightened;
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    // Adds `other`'s paths; its error when this has none yet.
    void add(const PrivateOutcome &other);
};

// Customers' data at rest is for the account that runs PhoneDesk only: every file PhoneDesk writes
// on its own is 0600 in folders 0700, whatever umask it was started with, and a file or folder of
// PhoneDesk's found wider (written by an older version) is narrowed. POSIX modes: on other
// systems these do nothing and answer success.
class PrivateFiles
{
public:
    static constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // From now on this process creates files 0600 and folders 0700 (umask 077): the safety net
    // for what Qt writes on its own (settings and their lock files, caches).
    static void restrictNewFiles();

    // Makes `folder` 0700, and its missing parents 0700 too (as the XDG base directory
    // specification asks of the folders it names); `folder` found wider is narrowed. Parents that
    // exist are left as they are: they are not PhoneDesk's.
    static PrivateOutcome makeFolder(const QString &folder);
    // Narrows an existing file to 0600; a file that does not exist is no error.
    static PrivateOutcome narrowFile(const QString &path);
    // `folder` and everything under it: folders 0700, files 0600. Symbolic links are not followed;
    // a folder that does not exist is no error.
    static PrivateOutcome narrowTree(const QString &folder);

    // Finishes `file` privately and durably: 0600, its bytes on the disk (fsync), renamed over its
    // name, and the rename on the disk too (fsync of the folder). False, with why in `error`, when
    // any step failed; the file under its name is then the one before, whole.
    static bool commit(QSaveFile &file, QString *error);

    // The mode of `path` as four octal digits ("0644"); empty when it cannot be read.
    [[nodiscard]] static QString modeOf(const QString &path);
};

} // namespace PhoneDesk
